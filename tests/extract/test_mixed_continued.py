"""A mixed content, its attribution, then a quotation that goes on with it: one record."""

from __future__ import annotations

import pytest

from onrecord import extract


def test_a_quotation_after_a_mixed_contents_attribution_joins_it() -> None:
    text = (
        "The harbour board met on Friday. Ferry traffic is \u201cstill well below what we planned for,\u201d "
        "board chair Ilse Varga said. \u201cWe will not cut the winter timetable again.\u201d"
    )
    [quote] = extract(text)
    assert quote.kind == "mixed"
    assert [f.text for f in quote.fragments] == [
        "Ferry traffic is \u201cstill well below what we planned for",
        "We will not cut the winter timetable again.",
    ]
    assert quote.speaker is not None and quote.speaker.name == "Ilse Varga"


def test_the_quotation_may_take_the_whole_next_paragraph() -> None:
    text = (
        "The harbour board met on Friday.\n\nFerry traffic is \u201cstill well below what we planned for,\u201d "
        "board chair Ilse Varga said.\n\n\u201cWe will not cut the winter timetable again.\u201d\n\n"
        "The board votes in May."
    )
    [quote] = extract(text)
    assert quote.kind == "mixed" and quote.text.endswith("winter timetable again.")


@pytest.mark.parametrize(
    "after",
    [
        # the quotation has a cue of its own
        "\u201cWe will not cut the winter timetable again,\u201d she added.",
        # another sentence of the writer's comes between
        "Then she left the room. \u201cWe will not cut the winter timetable again.\u201d",
    ],
)
def test_a_quotation_with_more_between_stays_apart(after: str) -> None:
    text = (
        "The harbour board met on Friday. Ferry traffic is \u201cstill well below what we planned for,\u201d "
        f"board chair Ilse Varga said. {after}"
    )
    kinds = sorted(q.kind for q in extract(text))
    assert kinds == ["direct", "mixed"]


def test_a_relayed_mixed_content_keeps_the_speakers_own_quotation_apart() -> None:
    text = (
        "The harbour board met on Friday. The minister had told her last autumn that the ferry would "
        "\u201cnever again miss a winter crossing,\u201d board chair Ilse Varga said. \u201cI would like him to "
        "come and count the crossings.\u201d"
    )
    quotes = extract(text)
    assert "I would like him to come and count the crossings." in [q.text for q in quotes if q.kind == "direct"]
    assert not any(len(q.fragments) > 1 for q in quotes)
