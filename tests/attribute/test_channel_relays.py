"""People who relay another's words: a promise or warning made to the speaker, opening the words
the speaker reports (attribute.channel_relays)."""

from __future__ import annotations

import pytest

from onrecord import extract


def _said(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {
        q.text[:24]: (q.speaker.name if q.speaker else None, q.via, q.via_kind)
        for q in extract(text, published="2027-06-09")
    }


@pytest.mark.parametrize(
    ("text", "quote", "said"),
    [
        # a role the article gave one person promised the speaker, who reports it
        (
            "The port minister, Ilse Vandermolen, has not visited the harbour since the spring. "
            "Rasmus Kettunen, a crane driver, waited at the gate on Monday. "
            "The minister promised us in April that no berths would close, Kettunen said.",
            "The minister promised us",
            ("Ilse Vandermolen", "Rasmus Kettunen", "person"),
        ),
        # a named person told the speaker, in the past perfect
        (
            "Marta Oyelaran chairs the growers' cooperative. Tobias Wendell runs the water board. "
            "Wendell had told her in May that the quotas would stay as they were, Oyelaran said.",
            "Wendell had told her in ",
            ("Tobias Wendell", "Marta Oyelaran", "person"),
        ),
    ],
)
def test_a_promise_opening_the_words_is_its_makers_through_the_speaker(
    text: str, quote: str, said: tuple[str | None, str | None, str | None]
) -> None:
    assert _said(text)[quote] == said


@pytest.mark.parametrize(
    ("text", "quote", "said"),
    [
        # the speaker's own promise, told of in the first person: no relay
        (
            "Greta Lindqvist leads the tenants' union. "
            "I promised them in March that nobody would be evicted, Lindqvist said.",
            "I promised them in March",
            ("Greta Lindqvist", None, None),
        ),
        # an opening naming nobody the article knows stays the speaker's own words
        (
            "Samir Okonedo leads the dockers. "
            "Somebody upstairs warned us in June that the cranes would go, Okonedo said.",
            "Somebody upstairs warned",
            ("Samir Okonedo", None, None),
        ),
    ],
)
def test_no_relay_without_another_known_person(
    text: str, quote: str, said: tuple[str | None, str | None, str | None]
) -> None:
    assert _said(text)[quote] == said


def test_words_going_on_past_the_promise_stay_the_speakers() -> None:
    said = _said(
        "Farmers' leader Joginder Sahni spoke at the gate. "
        '"The Collector promised us in January that the depot would open in February. It is April, and '
        'the gate is still locked," Sahni said.'
    )
    speaker, via, kind = said["The Collector promised u"]
    assert (speaker, via, kind) == ("Sahni", None, None)
