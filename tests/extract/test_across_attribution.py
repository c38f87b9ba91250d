"""Reported speech that goes on after a mid-sentence attribution: ``A, she said, and B.``"""

from __future__ import annotations

import pytest

from onrecord import extract

TEXT = (
    "Nurses walk out at Dunmere\n\n"
    "Her complaint was about numbers on the wards. Staffing on the wards at Dunmere General was at breaking "
    "point, Orla Quinn said, and night shifts on the heart unit had run with two nurses for thirty beds.\n\n"
    "There was a longer memory, too. Mr Hale told us in January there would be no cuts to ward staff this "
    "year, Quinn said on Monday, and by February two posts on the heart unit had been frozen.\n\n"
    "The pay offer was fair, Tomas Hale said, and then told the room the union had no case.\n"
)


def _texts() -> list[str]:
    return [q.text for q in extract(TEXT)]


def test_the_clause_after_the_attribution_is_part_of_the_statement() -> None:
    assert (
        "Staffing on the wards at Dunmere General was at breaking point, Orla Quinn said, and night shifts on "
        "the heart unit had run with two nurses for thirty beds"
    ) in _texts()


def test_after_a_relay_the_second_clause_is_the_speakers_own_record() -> None:
    quotes = {q.text: q for q in extract(TEXT)}
    own = quotes["by February two posts on the heart unit had been frozen"]
    assert own.speaker is not None and own.speaker.name == "Orla Quinn"
    assert "there would be no cuts to ward staff this year" in " ".join(quotes)


def test_a_second_cue_after_the_conjunction_is_left_to_its_own_reading() -> None:
    assert not any(t.startswith("The pay offer was fair, Tomas Hale said") for t in _texts())


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a fragment before the attribution: the words after finish its clause
        ("Tessa Marl runs a bakery in Dunholt. The change now, Ms. Marl told us on Friday, is that the mill "
         "sells flour to the town at cost.",
         "The change now, Ms. Marl told us on Friday, is that the mill sells flour to the town at cost"),
        # a conjunction that goes on with the clause
        ("Tessa Marl runs a bakery in Dunholt. Trade was brisk, Ms. Marl said, until the bridge closed in 1999.",
         "Trade was brisk, Ms. Marl said, until the bridge closed in 1999"),
        # a condition the speaker sets ("subject to")
        ("Tessa Marl runs a bakery in Dunholt. A second oven would follow in 2028, Ms. Marl said on Monday, "
         "subject to the council's approval of the lease.",
         "A second oven would follow in 2028, Ms. Marl said on Monday, subject to the council's approval of the "
         "lease"),
        # a subordinate clause before, the main clause after
        ("Tessa Marl runs a bakery in Dunholt. Though the move was smooth, Ms. Marl said, replacing the oven "
         "would be much harder.",
         "Though the move was smooth, Ms. Marl said, replacing the oven would be much harder"),
    ],
)  # fmt: skip
def test_the_words_after_the_attribution_finish_the_reported_clause(text: str, content: str) -> None:
    quotes = [q for q in extract(text) if q.kind == "indirect"]
    assert [q.text for q in quotes] == [content]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Tessa Marl"


@pytest.mark.parametrize(
    "text",
    [
        "Tessa Marl runs a bakery in Dunholt. Trade was brisk, Ms. Marl said, in an interview on Monday.",
        "Tessa Marl runs a bakery in Dunholt. Trade was brisk, Ms. Marl said, adding that the mill had closed.",
        "Tessa Marl runs a bakery in Dunholt. Trade was brisk, Ms. Marl said, after the meeting ended early.",
    ],
)
def test_the_writers_words_after_the_attribution_stay_out(text: str) -> None:
    assert "Trade was brisk" in [q.text for q in extract(text)]
