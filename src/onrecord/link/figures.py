"""Whether two wordings in one language give different figures for the same thing.

"More than 300 people" is not "more than 3,000 people", and "frozen for two years" is not
"frozen for three years": a wording may drop a figure the other gives, never change one. But two
wordings that each give a figure the other lacks need not disagree: "the seamers, not his
hundred, had won the cup" and "The bat got us to 283, but the seamers won us the cup" count
different things, and so do "the checks over the past three days" and "two more datasets". Two
figures only one side gives each disagree when both identify the statement (a figure above ten
but for a bare "hundred" or "thousand", a percentage, a decimal, a year: what a report keeps as
it is), or when they count the same
thing (the word after each, past function words and hyphens: "two years" / "three years",
"seven-member" / "two members"; a day of a month counts dates: "on May 2" / "on 3 May", and an
hour times of day: "at 8 p.m." / "at nine this morning"; hours, days and years count a length
of time: "a pause of 72 hours" / "a pause of five days"), or
when neither counts anything named ("by 3" / "by 2"), or when one identifies a count of a thing
the other names with another figure or none ("120 flights" / "dozens of flights").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from onrecord.dates import MONTHS

__all__ = ["FigureKey", "counted_word", "figures_disagree"]

_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
_COUNTED_READ = 60  # characters after a figure read for the word it counts
_SKIPPED_MOST = 3  # function words and figures skipped at most before that word
_STEM = 5  # letters of the counted word compared ("member" = "members")
_YEAR = re.compile(r"(?:19|20)\d\d")
_SMALL = 10  # counts up to this identify nothing ("two members", "three days")
_ROUND = re.compile(r"10+")
_DATE = "<date>"  # what a day of a month counts
_TIME = "<time>"  # what an hour counts
_DURATION = "<duration>"  # what a count of hours, days or years counts: a length of time
_UNITS_OF_TIME = frozenset("second minute hour day week fortnight month year decade".split())
_CLOCK = re.compile(r"\s*(?:[ap]\.?\s?m\b|o['’]clock\b)", re.I)
_TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "tonight", "night", "midnight", "noon"})
_MONTH_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+$")


class FigureKey(NamedTuple):
    """What a wording gives of its figures, as :func:`figures_disagree` compares them.

    Attributes:
        numbers: every figure, canonical ("3000", "4.75", "9%").
        identifying: the figures that identify a statement (above ten, percentages, decimals).
        counted: (figure, the word it counts, cut to its stem; "" when none follows).
        content: the wording's content words, cut to the same stem.
    """

    numbers: frozenset[str]
    identifying: frozenset[str]
    counted: frozenset[tuple[str, str]]
    content: frozenset[str] = frozenset()


def counted_word(before: str, rest: str, skip: Callable[[str], bool]) -> str:
    """The word a figure counts, cut to its stem: the first word of ``rest`` (the text right
    after the figure) that ``skip`` does not pass over, before any punctuation but a hyphen
    ("seven-member board"); a date's mark for a day of a month ("May 2", "2 May"); "" when none.

    Args:
        before: the text before the figure (a month name right before it makes it a day).
        rest: the text after the figure.
        skip: whether a lower-case word is a function word or another figure, passed over.
    """
    month = _MONTH_BEFORE.search(before[-12:])
    if month and month.group(1).casefold() in MONTHS:
        return _DATE
    if _CLOCK.match(rest):
        return _TIME
    skipped = 0
    for m in _TOKEN.finditer(rest[:_COUNTED_READ]):
        word = m.group(0).casefold()
        if not word[0].isalnum():
            if word in "-‐‑":
                continue
            return ""
        if word in MONTHS:
            return _DATE  # "4 May" ("may" is a modal too)
        if word in _TIMES_OF_DAY:
            return _TIME
        if word.removesuffix("s") in _UNITS_OF_TIME:
            return _DURATION  # "72 hours" and "five days" measure one thing, a length of time
        if skip(word) or word.isdigit():
            skipped += 1
            if skipped > _SKIPPED_MOST:
                return ""
            continue
        return word[:_STEM]
    return ""


def _identifies(figure: str, key: FigureKey) -> bool:
    """A figure that identifies a statement: one the wording's features call so, a year, or a
    number above ten written in words ("eighteen months"), but for a bare power of ten ("his
    hundred", "a thousand times": a round word, not a count)."""
    if figure in key.identifying or _YEAR.fullmatch(figure) is not None:
        return True
    return _ROUND.fullmatch(figure) is None and figure.replace(".", "", 1).isdigit() and float(figure) > _SMALL


def _counts(figures: frozenset[str], key: FigureKey) -> set[str]:
    return {word for figure, word in key.counted if figure in figures}


def _named_otherwise(figures: frozenset[str], key: FigureKey, other: FigureKey) -> bool:
    """Whether an identifying figure of ``figures`` counts a thing the other wording names
    with another figure or none ("120 flights" / "dozens of flights after a three-day strike")."""
    return any(
        word in other.content
        for figure in figures
        if _identifies(figure, key)
        for word in _counts(frozenset({figure}), key)
        if word
    )


def figures_disagree(a: FigureKey, b: FigureKey) -> bool:
    """Whether two wordings in one language give different figures for the same thing (the
    module docstring gives the rule); a figure one of them drops is no disagreement."""
    if not a.numbers or not b.numbers or a.numbers <= b.numbers or b.numbers <= a.numbers:
        return False
    only_a, only_b = a.numbers - b.numbers, b.numbers - a.numbers
    if any(_identifies(x, a) for x in only_a) and any(_identifies(y, b) for y in only_b):
        return True
    counts_a, counts_b = _counts(only_a, a), _counts(only_b, b)
    if (counts_a & counts_b) - {""}:
        return True
    if _named_otherwise(only_a, a, b) or _named_otherwise(only_b, b, a):
        return True
    # figures that count nothing named on either side, none identifying: nothing tells them apart
    bare_a = {x for x in only_a if not _identifies(x, a) and _counts(frozenset({x}), a) <= {""}}
    bare_b = {y for y in only_b if not _identifies(y, b) and _counts(frozenset({y}), b) <= {""}}
    return bool(bare_a and bare_b)

