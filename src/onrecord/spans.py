"""Small helpers over (start, end) offsets into a text."""

from __future__ import annotations

__all__ = ["mask_pieces", "strip_span"]


def strip_span(
    text: str, start: int, end: int, chars: str | frozenset[str] | set[str] | None = None
) -> tuple[int, int]:
    """Move ``start`` and ``end`` inwards past ``chars`` (whitespace when None) at either end."""
    if chars is None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def mask_pieces(text: str, start: int, end: int, pieces: list[tuple[int, int]]) -> str:
    """``text[start:end]`` with the characters of ``pieces`` (offsets into ``text``) blanked out,
    so that what a quote says is not read as its attribution."""
    chars = list(text[start:end])
    for s, e in pieces:
        for i in range(max(s, start), min(e, end)):
            chars[i - start] = " "
    return "".join(chars)
