"""Offsets helpers: trimming a span, blanking pieces of a window."""

from __future__ import annotations

import pytest

from onrecord.spans import mask_pieces, strip_span

QUOTE = '"We stay," she said.'


@pytest.mark.parametrize(
    ("start", "end", "pieces", "wanted"),
    [
        # the quote's own words blanked: only its attribution stays readable
        (0, 20, [(1, 8)], '"       ," she said.'),
        # a piece outside the window changes nothing; one reaching into it blanks what is inside
        (10, 20, [(1, 8)], " she said."),
        (5, 12, [(1, 8)], '   ," s'),
    ],
)
def test_mask_pieces(start: int, end: int, pieces: list[tuple[int, int]], wanted: str) -> None:
    assert mask_pieces(QUOTE, start, end, pieces) == wanted


def test_strip_span() -> None:
    assert strip_span("  a quote  ", 0, 11) == (2, 9)
