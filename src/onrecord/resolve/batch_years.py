"""The year of a dateline written without one, from the batch it came in with.

A wire dateline names a month and day ("ARDMORROW, Aug 10 (CNW) -"); cleaning reads its year from
the weekdays the story names (:func:`onrecord.dates.infer_year`). Those cannot always tell: a story
filed on Tuesday about Monday's statements ("said on Monday", twice, and nothing else) reads the
same as one filed on a Monday a year earlier. The articles ingested with it can: news is read in
batches of the same weeks, so a year that puts the dateline among the batch's dated articles, when
the year the weekdays chose puts it far from all of them, is the story's. The clock is never
asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from onrecord.clean.article import YEAR_FROM_HEADING, YEAR_FROM_WEEKDAYS, YEAR_INFERRED
from onrecord.dates import WEEKDAYS, to_date, weekday_alternation, weekday_number
from onrecord.model import Article

__all__ = ["YEAR_FROM_BATCH", "place_years"]

YEAR_FROM_BATCH = "dateline (year from the dated articles of its batch)"

# How near a dated article of the batch a dateline's day must be for the batch to place it (a
# month: stories of one batch are of the same weeks).
_NEAR = timedelta(days=31)
# How many dated articles must stand near the day a dateline is moved to: one archived story of
# another year is no batch's weeks.
_MIN_NEAR = 2

_WEEKDAY = re.compile(r"\b(" + weekday_alternation(n for n in WEEKDAYS if len(n) > 4) + r")\b", re.I)


def _near(day: date, dated: Sequence[date], least: int = 1) -> bool:
    """Whether at least ``least`` of the ``dated`` days lie within :data:`_NEAR` of ``day``."""
    return sum(abs(day - other) <= _NEAR for other in dated) >= least


def _same_day_in(day: date, year: int) -> date | None:
    """``day`` in ``year``, or None where that year has no such day (29 February)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None  # 29 February


def _fits(day: date, text: str) -> bool:
    """Whether the story's weekdays allow ``day`` as its filing day: it names that day's weekday
    or the day before's (a story tells of its own day and the one before it)."""
    named = {weekday_number(m.group(1)) for m in _WEEKDAY.finditer(text)}
    return day.weekday() in named or (day.weekday() - 1) % 7 in named


def place_years(articles: Sequence[Article]) -> list[Article]:
    """The articles, each whose dateline's year was read from its weekdays moved to the year
    before or after when that puts its day within a month of two articles of the batch whose
    dates were written with their years (one of them may be a live blog's day heading, whose date
    was written with its weekday), the year its weekdays chose puts it near none, and its weekdays
    allow that day (it names the day's weekday or the day before's).

    Args:
        articles: one batch of cleaned articles, in any order.

    Returns:
        The articles in the same order; only those moved are new objects.
    """
    dated = [
        day for a in articles if a.published_from not in YEAR_INFERRED and (day := to_date(a.published)) is not None
    ]
    if not dated:
        return list(articles)
    # a day heading's date was written with its weekday ("Tuesday 9 March"), which fixes its year
    # as no weekday named in running text does: it counts among the near articles beside one
    # whose year is written
    headed = [day for a in articles if a.published_from == YEAR_FROM_HEADING and (day := to_date(a.published))]
    out = []
    for article in articles:
        day = to_date(article.published) if article.published_from == YEAR_FROM_WEEKDAYS else None
        if day is None or _near(day, dated):
            out.append(article)
            continue
        moved = [
            other
            for year in (day.year - 1, day.year + 1)
            if (other := _same_day_in(day, year)) is not None
            and _near(other, dated)
            and _near(other, dated + headed, _MIN_NEAR)
            and _fits(other, article.body)
        ]
        if len(moved) != 1:
            out.append(article)
            continue
        note = f"dateline {article.dateline!r}: the batch's dated articles put it in {moved[0].year}"
        out.append(
            replace(
                article,
                published=moved[0].isoformat(),
                published_from=YEAR_FROM_BATCH,
                notes=(*article.notes, note),
            )
        )
    return out
