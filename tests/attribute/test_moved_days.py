"""Tests for the day a clause after a statement's words moves its speaker on to."""

from __future__ import annotations

from datetime import date

import pytest

from onrecord.attribute import moved_days
from onrecord.attribute.moved_days import day_moved_on

REF = date(2027, 4, 15)  # a Thursday


def test_public_names() -> None:
    assert moved_days.__all__ == ["day_moved_on"]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # a new clause that opens with a day and names the speaker moves her on to it
        ("; by Thursday she put the repair bill at £9,000.", date(2027, 4, 15)),
        (" — on Tuesday she doubled it.", date(2027, 4, 13)),
        (", but by Wednesday she had halved the figure.", date(2027, 4, 14)),
        # a day in the middle of the clause tells of something else
        ("; she put the bill at £9,000 on Thursday.", None),
        # a clause that does not name the speaker is another's scene
        ("; by Thursday the bill had doubled.", None),
        # no new clause: the words' own cue goes on
        (" on Thursday, she said.", None),
        ("", None),
    ],
)
def test_day_moved_on(tail: str, expected: date | None) -> None:
    assert day_moved_on(tail, ["she", "Marrow"], REF) == expected


def test_the_speakers_name_counts_as_the_pronoun_does() -> None:
    assert day_moved_on("; by Tuesday Marrow had raised it again.", ["Marrow"], REF) == date(2027, 4, 13)


@pytest.mark.parametrize(
    "tail",
    [
        # the speaker is what another's clause is done to, not its subject
        " — on Tuesday the parish board wrote to Quillon to turn the grant down.",
        " — on Tuesday the parish board told Quillon no.",
        # the speaker's own clause, but of going or doing, not of saying
        " — on Tuesday Quillon drove to Antwerp for a trade fair.",
        "; by Wednesday she was on a ferry to Orkney.",
        # a name that merely ends the clause's subject is not hers ("aides to Quillon")
        "; on Tuesday aides to Quillon said it was settled.",
    ],
)
def test_a_clause_of_another_or_of_no_words_moves_nobody(tail: str) -> None:
    assert day_moved_on(tail, ["she", "Quillon"], REF) is None


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # her saying or restating, with a first name, an auxiliary, a time of day or an aside
        (" — on Tuesday Ines Quillon told a radio station the ward would close.", date(2027, 4, 13)),
        ("; by Wednesday evening she was telling callers it would stay open.", date(2027, 4, 14)),
        ("; on Monday night, in a post on her blog, she had lowered the estimate.", date(2027, 4, 12)),
        ("; by Wednesday she had added a second condition.", date(2027, 4, 14)),
        ("; by Monday, she said, the ward had a waiting list.", date(2027, 4, 12)),
        # her subject left out, her verb going on and her pronoun after it
        (", then on Tuesday told the inquiry she had misread the figures.", date(2027, 4, 13)),
    ],
)
def test_her_own_words_on_the_new_day_move_her_on(tail: str, expected: date) -> None:
    assert day_moved_on(tail, ["she", "Quillon"], REF) == expected
