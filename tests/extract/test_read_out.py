"""Words read out in a transcript's turn: the formula that announces a reading."""

from __future__ import annotations

import pytest

from onrecord.extract.read_out import reading


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ('The council wrote to us. It says, and I quote: "', True),
        ('They issued a statement at noon. Quote, "', True),
        ("On Monday he posted, and I'm quoting him, \"", True),
        ("She sent a statement, which I'll read in full: \"", True),
        ('The notice reads: "', True),
        ("The mill owners faxed it over at nine. I'll read it as written: \"", True),
        ("I'll read it word for word: \"", True),
        ('We had a statement from the mill owners. It says: "', True),
        ('It says "', False),  # no colon: a report of what the document says, not a reading
        ('The ranger said: "', False),
        ('She wrote, quoting the statute, "', False),
        ('That was the quote "', False),
        ('It says, and I quote:\n"', False),  # the formula is in another line
    ],
)
def test_a_reading_is_announced(before: str, expected: bool) -> None:
    text = before + 'The pier stays shut."'
    assert (reading(text, len(before)) is not None) is expected


def test_reading_spans_the_formula_without_its_punctuation() -> None:
    before = 'Quote, "'
    span = reading(before + 'We will sail."', len(before))
    assert span is not None
    assert (before + "x")[span[0] : span[1]] == "Quote"
