"""Reported speech that goes on after a mid-sentence attribution: ``A, she said, and B.``"""

from __future__ import annotations

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
