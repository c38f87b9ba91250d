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
