"""Words said again: the attribution that tells of a second occasion.

"In the same interview, Marchetti said again: ...", "he repeated the claim", "ha ribadito",
"a répété": the journalist says the words were said before and are said now on another
occasion. Such a report is not a report of the earlier occasion; linking uses that to keep the
repetition apart from what was published before it was said (:mod:`onrecord.link.linker`).
"""

from __future__ import annotations

import re

from onrecord.dates import WEEKDAYS

__all__ = ["named_weekday", "repeated_before", "said_again"]

# "again", "repeated", "reiterated" and their equivalents; "repeatedly" (asked repeatedly) is a
# manner, not a second occasion
_AGAIN = re.compile(
    r"\b(?:again|once more|repeat(?:ed|s|ing)?|reiterat\w*|restat\w*"
    r"|erneut|noch einmal|wiederholt(?:e|en)?\b|bekräftigt\w*"
    r"|de nouveau|à nouveau|répét\w*|réitér\w*"
    r"|otra vez|de nuevo|repiti\w*|reiter\w*"
    r"|di nuovo|ancora una volta|ribadi\w*"
    r"|novamente|repetiu|repete"
    r"|снова|вновь|повтори\w*)(?!\w)",
    re.I,
)
# what ends the attribution's clause on either side: a sentence's end, a quotation mark, a colon
_EDGE = re.compile(r"[.!?:\"“”„«»]")


def said_again(before: str, after: str) -> bool:
    """Whether the attribution around a quote's cue says the words are said again.

    Args:
        before: the text before the cue's end, back to at most a few words before the cue (and
            never into the quote).
        after: the text after the cue's end (never into the quote).

    Returns:
        True when the cue's clause (``before`` from its last sentence end or quotation mark,
        ``after`` to its first) has a word of repetition.
    """
    return _AGAIN.search(_clause(before, after)) is not None


# A weekday by its full name; one with a possessive ("Friday's vote") names an event, not the day
# the words were said.
_WEEKDAY = re.compile(r"\b(" + "|".join(n for n in WEEKDAYS if len(n) > 4) + r")\b(?!['’]s\b)", re.I)


def _clause(before: str, after: str) -> str:
    """The cue's clause: ``before`` from its last sentence end or quotation mark, ``after`` to
    its first."""
    edges = list(_EDGE.finditer(before))
    clause = before[edges[-1].end() :] if edges else before
    cut = _EDGE.search(after)
    return clause + (after[: cut.start()] if cut else after)


def named_weekday(before: str, after: str) -> int | None:
    """The weekday (Monday 0) the attribution around a quote's cue names ("she told reporters
    Monday", "said on Tuesday"), read whether or not the article is dated; None when its clause
    names no weekday, or two different ones.

    Args:
        before: the text before the cue's end (never into the quote).
        after: the text after the cue's end (never into the quote).
    """
    days = {WEEKDAYS[m.group(1).lower()] for m in _WEEKDAY.finditer(_clause(before, after))}
    return days.pop() if len(days) == 1 else None


# The end of the sentence before a quote that opens its own: a full stop (or colon), then the
# opening quotation mark.
_OPENS_SENTENCE = re.compile(r"[.!?:]\s*[\"“„«‘']?\s*$")
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[\"“„«‘'A-ZÀ-Þ])")


def repeated_before(text: str) -> bool:
    """Whether the sentence just before a quote that opens its own sentence tells of words said
    again ("Kulkarni repeated on Wednesday, at an event in Nadigaon, what he had said on Monday.
    "The festival is free to choose its own films," Kulkarni said.").

    Args:
        text: the article's text just before the quote's first word (its opening mark included).
    """
    if not _OPENS_SENTENCE.search(text):
        return False
    body = text.rstrip().rstrip("\"“„«‘'").rstrip()
    sentence = _SENTENCE_START.split(body[:-1])[-1] if body else ""
    return bool(sentence) and _QUOTE_MARKS.search(sentence) is None and _AGAIN.search(sentence) is not None


_QUOTE_MARKS = re.compile(r"[\"“”„«»]")
