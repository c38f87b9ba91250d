"""The week of an undated article, from reports of the same words in dated ones.

An article with no date of its own (no dateline date, no publication date) still names the
weekdays its quotes were said on ("Marsh said Tuesday"), but cannot turn them into days. When
linking puts one of those quotes in a statement with a report in a dated article whose day falls
on the weekday the undated one names, that day places the undated article's week: each weekday
it names for its quotes is the latest such day on or before two days after the latest of those
days (a story tells mostly of the days before it is filed, now and then of a day or two after the
words another paper dated). Quotes that name no weekday get no day here: once the week is placed,
:func:`onrecord.link.date_undated` has the article read again as if published on the day after
its latest anchored words (:func:`filed_by`), and a quote whose own sentence names a day only a
date places ("the same day", "on March 8") gets it; one that names none keeps no day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from onrecord.dates import to_date

__all__ = ["Told", "anchored_days", "filed_by", "week_end"]

SOURCE = "linked"  # said_on_source of a day placed this way
# days after its latest anchored words an undated story may have been filed: a story tells of the
# days before it, and now and then of a day or two after the words another paper dated ("On
# Sunday she wrote ...; the senator said Tuesday ...")
_FILED_AFTER = 2
_WEEK = 7


@dataclass(frozen=True, slots=True)
class Told:
    """One quote of an undated article as anchoring sees it.

    Args:
        quote_id: the quote.
        weekday: the weekday (Monday 0) its attribution names (None: none).
        reported: the days on which dated articles' reports of the same statement were said.
    """

    quote_id: str
    weekday: int | None
    reported: tuple[date, ...] = ()


def filed_by(quotes: Iterable[Told]) -> date | None:
    """The day an undated article placed by :func:`week_end` is read as if published on: the day
    after its latest anchored words (within its week), or the latest day of its week one of its
    quotes names by its weekday when that is later."""
    quotes = list(quotes)
    anchors, end = _anchored_week(quotes)
    if end is None:
        return None
    # (a weekday it names later in its week than those words is a day it reports itself:
    # "said Monday night ... on Wednesday called for ...")
    named = [end - timedelta(days=(end.weekday() - q.weekday) % _WEEK) for q in quotes if q.weekday is not None]
    return min(end, max([max(anchors) + timedelta(days=1), *named]))


def week_end(quotes: Iterable[Told]) -> date | None:
    """The last day an undated article's weekdays can fall on: two days after the latest report
    in a dated article, of one of its quotes, said on the weekday the quote names (no later than
    six days after the earliest such report); None when no
    such report is known, or when two such reports lie a week or more apart (the article does
    not tell one week)."""
    return _anchored_week(quotes)[1]


def _anchored_week(quotes: Iterable[Told]) -> tuple[frozenset[date], date | None]:
    """The anchors (the days dated articles' reports of the quotes were said, on the weekday each
    quote names) and the week's last day they place (:func:`week_end`; None: no week placed)."""
    anchors = frozenset(d for q in quotes if q.weekday is not None for d in q.reported if d.weekday() == q.weekday)
    if not anchors or (max(anchors) - min(anchors)).days >= _WEEK - 1:
        return anchors, None
    # (no later than the week the earliest anchor ends: every anchor stays in the week)
    return anchors, min(max(anchors) + timedelta(days=_FILED_AFTER), min(anchors) + timedelta(days=_WEEK - 1))


def anchored_days(quotes: Sequence[Told]) -> dict[str, date]:
    """The day each quote of one undated article that names a weekday was said, in the week
    :func:`week_end` places; empty when no week is placed.

    Args:
        quotes: the article's quotes that have no day yet.
    """
    end = week_end(quotes)
    if end is None:
        return {}
    return {
        q.quote_id: end - timedelta(days=(end.weekday() - q.weekday) % _WEEK) for q in quotes if q.weekday is not None
    }


def reported_days(rows: Iterable[tuple[str, str | None]]) -> Mapping[str, tuple[date, ...]]:
    """Statement id -> the days its reports in dated articles were said, from (statement id,
    ISO day) rows."""
    out: dict[str, set[date]] = {}
    for sid, day in rows:
        parsed = to_date(day)
        if parsed is not None:
            out.setdefault(sid, set()).add(parsed)
    return {sid: tuple(sorted(days)) for sid, days in out.items()}
