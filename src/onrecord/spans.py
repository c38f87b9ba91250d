"""Small helpers over (start, end) offsets into a text."""

from __future__ import annotations

__all__ = ["strip_span"]


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
