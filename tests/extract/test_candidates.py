"""The offset indexes of extraction answer as a scan of the whole article would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.extract.candidates import _ByOffset, _QuoteIndex
from onrecord.extract.marks import find_quotes

_PIECES = ['"We will go," she said. ', "“Not now” and ‘maybe’ ", '"He said \'no\' twice." ', "plain words. ", '"open ']


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_inside_answers_as_a_scan_of_every_quote(parts: list[str]) -> None:
    text = "".join(parts)
    quotes = [q for q in find_quotes(text) if q.nested_in is None]
    index = _QuoteIndex(quotes)
    for offset in range(len(text) + 1):
        scan = any(s <= offset < e for q in quotes if q.open <= offset for s, e in q.pieces)
        assert index.inside(offset) == scan, (text, offset)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.one_of(st.none(), st.integers(0, 50)), max_size=30),
    st.lists(st.tuples(st.integers(-5, 55), st.integers(0, 20)), min_size=1, max_size=3),
)
def test_between_gives_the_offsets_in_range_in_order(offsets: list[int | None], ranges: list[tuple[int, int]]) -> None:
    spans = [(lo, lo + width) for lo, width in ranges]
    expected = [i for i, o in enumerate(offsets) if o is not None and any(lo <= o < hi for lo, hi in spans)]
    assert _ByOffset(offsets).between(*spans) == expected
