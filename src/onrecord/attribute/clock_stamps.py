"""The clock times a live blog opens its entries with ("16.06 The rescue agency said ...",
"09:41 GMT – Talks resume"): the entry's time of posting, no words of a quote or a role.

A live blog writes each entry's time at the head of its first paragraph, on the same line as its
text. The body keeps the times (the day rules read a blog's entries by them); a quote that
starts with its paragraph starts after the time, and a role read before a name drops it
("07.49 airline boss Kai Lund" -> "airline boss"). A text is taken for a live blog when at least
:data:`MIN_STAMPED` paragraphs open with such a time followed by a capitalised word; a single
paragraph that opens with a time ("10.30 was when the doors opened") is left as written.
"""

from __future__ import annotations

import re

__all__ = ["MIN_STAMPED", "after_clock_stamp", "is_live_blog", "role_without_stamp"]

MIN_STAMPED = 2
"""Paragraphs that must open with a clock time for a text to be read as a live blog."""

_TIME = (
    r"(?:[01]?\d|2[0-3])[.:][0-5]\d"
    r"(?:[^\S\n]?(?:[ap]\.?m\.?|[AP]M))?"
    r"(?:[^\S\n]?(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT))?"
    r"(?:[^\S\n]*[-–—:|][^\S\n]*|[^\S\n]+)"
)
_STAMP = re.compile(_TIME + r"(?=[A-ZÀ-Þ\"“‘'«„])")
_OPENING_STAMP = re.compile(r"(?m)^[^\S\n]*" + _TIME + r"(?=[A-ZÀ-Þ\"“‘'«„])")
_ROLE_STAMP = re.compile(r"^\s*" + _TIME, re.IGNORECASE)


def is_live_blog(text: str) -> bool:
    """Whether at least :data:`MIN_STAMPED` paragraphs of ``text`` open with a clock time."""
    return sum(1 for _ in _OPENING_STAMP.finditer(text)) >= MIN_STAMPED


def after_clock_stamp(text: str, start: int, live: bool) -> int:
    """Where a quote starting at ``start`` starts without the entry's time before its words.

    Args:
        text: the article's text.
        start: the quote's first offset.
        live: whether the text is a live blog (:func:`is_live_blog`).

    Returns:
        The offset after the time, when ``live`` and the quote starts its paragraph with a time
        and a capitalised word; else ``start``.
    """
    if not live or (start > 0 and text[start - 1] != "\n"):
        return start
    m = _STAMP.match(text, start)
    return m.end() if m is not None else start


def role_without_stamp(role: str) -> str:
    """A role read before a name without the clock time that opened its paragraph
    ("07.49 airline boss" -> "airline boss")."""
    m = _ROLE_STAMP.match(role)
    return role[m.end() :] if m is not None and m.end() < len(role) else role
