"""A learned gate over inferred days: whether a record keeps the ``said_on`` its rules gave it.

The day rules (:mod:`onrecord.attribute`, ``_said_on`` and the passes after it) date a quote
that names no day of its own by what stands around it: the day of the speaker's earlier dated
statement (``context``), of a wire dateline (``dateline``), of the occasion the lede reports
(``lede``), of a live blog's heading, and so on. Whether a writer means such a day for the quote
is a convention of the article, not of one phrase: a feature that quotes a speaker's reflections
under a dated lede gives them no day, a wire report's quotes are said on its dateline's day.
The gate reads the convention statistically: a logistic regression over features of the record
and its article (:func:`day_features`: where the day came from, the quote's kind and cue tense,
whether its sentence or paragraph names a day, its place in the article, whether its speaker is
the lede's, the article's shape and how many days it names, the day's distance from the
publication date, the language) gives the probability that the day is the one the writer
means, and a record below the threshold gets ``said_on`` null.

The weights are package data (``data/day_gate.json``), learned from the development held-out
sets by :mod:`onrecord.attribute.day_gate_train` (its docstring gives the command that rebuilds
the file byte for byte). The gate is on by default (:func:`gate_enabled`); ``ONRECORD_DAY_GATE=off``
turns it off.

A day the gate withholds is not lost: the record keeps it as ``withheld_said_on`` (with its source,
``withheld_said_on_source``), internal fields the store keeps in their own columns and the
statements linker reads as evidence of the occasion (a speaker's words dated to two days by the
rules stay two statements), while the published record's ``said_on`` is null.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from onrecord.dates import WEEKDAYS, find_dates, to_date, weekday_alternation
from onrecord.logistic import Gate
from onrecord.model import Article, Quote

__all__ = [
    "CROSSED",
    "DAY_GATE_FILE",
    "GATED_SOURCES",
    "SOURCES",
    "ArticleFacts",
    "article_facts",
    "crossed",
    "day_features",
    "gate_days",
    "gate_enabled",
    "load_day_gate",
]

DAY_GATE_FILE = Path(__file__).parent / "data" / "day_gate.json"

# every said_on_source the day rules give (one feature each); "other" stands for any new one
SOURCES = (
    "stated",
    "context",
    "dateline",
    "lede",
    "heading",
    "header",
    "preceding",
    "slug",
    "release",
    "document",
    "occasion",
    "words",
    "published",
)
# the sources the gate decides: days the quote's own attribution does not state (a "stated" day
# is read from the quote's sentence, and the rules that read it are the surer judges)
GATED_SOURCES = frozenset(SOURCES) - {"stated"}

_ALL_WEEKDAYS = weekday_alternation(sorted(WEEKDAYS, key=lambda w: (-len(w), w)))
_WEEKDAY = re.compile(r"(?<!\w)(?:" + _ALL_WEEKDAYS + r")(?!\w)", re.IGNORECASE)
_ENGLISH_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last night|"
    r"this (?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
_TIMESTAMP_LINE = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?\s*(?:[A-Z]{2,4}\s*)?$", re.M | re.I)
_TURN_LINE = re.compile(r"^\s*[A-Z][A-Za-z .'-]{1,40}:\s", re.M)
_SENTENCE_END = re.compile(r"[.!?][\"'”’»]?\s+")
_PRESENT_CUE = re.compile(
    r"(?:^|\s)(?:says|tells|insists|adds|explains|argues|writes|notes|warns|admits|thinks)\b", re.I
)
_PAST_CUE = re.compile(r"\w(?:ed|ote|old|aid|oke)\b", re.I)
_PERFECT_CUE = re.compile(r"\b(?:had|has|have)\s+(?:\w+\s+)?\w+(?:ed|en|aid|old)\b", re.I)


def _names_weekday(text: str) -> bool:
    return bool(_ENGLISH_DAY.search(text) or _WEEKDAY.search(text))


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """What the gate reads of an article once, for all of its records.

    Attributes:
        paragraphs: the (start, end) of each non-empty line of the body.
        published: the publication day, when known.
        days_named: how many distinct days the body names by date.
        weekdays_named: how many distinct weekday (or today/yesterday) words the body writes.
        live: the body has timestamp lines (a live blog's entries).
        transcript: the body has three or more "Name:" turn lines.
        dateline: the article has a wire dateline.
        english: the article is in English (or of no known language).
        lede_speaker: the speaker id of the first record that names one.
        record_days: how many distinct days the article's records carry.
        stated_share: the share of the article's records whose day is stated.
        dated_share: the share of the article's records that have a day.
    """

    paragraphs: tuple[tuple[int, int], ...]
    published: date | None
    days_named: int
    weekdays_named: int
    live: bool
    transcript: bool
    dateline: bool
    english: bool
    lede_speaker: str | None
    record_days: int
    stated_share: float
    dated_share: float


def article_facts(article: Article, quotes: Sequence[Quote]) -> ArticleFacts:
    """Read the article-wide facts the features use (once per article)."""
    body = article.body
    paragraphs: list[tuple[int, int]] = []
    at = 0
    for line in body.split("\n"):
        if line.strip():
            paragraphs.append((at, at + len(line)))
        at += len(line) + 1
    published = to_date(article.published)
    found = find_dates(body, default_year=published.year if published else None)
    weekdays = {m.group().casefold() for m in _ENGLISH_DAY.finditer(body)} | {
        m.group().casefold() for m in _WEEKDAY.finditer(body)
    }
    lede_speaker = next((q.speaker.id for q in sorted(quotes, key=lambda q: q.start) if q.speaker), None)
    n = max(1, len(quotes))
    return ArticleFacts(
        paragraphs=tuple(paragraphs),
        published=published,
        days_named=len({f.iso[:10] for f in found}),
        weekdays_named=len(weekdays),
        live=len(_TIMESTAMP_LINE.findall(body)) >= 2,
        transcript=len(_TURN_LINE.findall(body)) >= 3,
        dateline=bool(article.dateline),
        english=(article.language or "en").startswith("en"),
        lede_speaker=lede_speaker,
        record_days=len({q.said_on[:10] for q in quotes if q.said_on}),
        stated_share=sum(1 for q in quotes if q.said_on and q.said_on_source == "stated") / n,
        dated_share=sum(1 for q in quotes if q.said_on) / n,
    )


def _paragraph_of(facts: ArticleFacts, offset: int) -> int:
    for i, (_, end) in enumerate(facts.paragraphs):
        if offset <= end:
            return i
    return max(0, len(facts.paragraphs) - 1)


def _sentence_around(body: str, start: int, end: int, floor: int, ceiling: int) -> str:
    """The text of the sentences a span stands in (within its paragraph's bounds)."""
    head = floor
    for m in _SENTENCE_END.finditer(body, floor, start):
        head = m.end()
    tail = _SENTENCE_END.search(body, end, ceiling)
    return body[head : tail.end() if tail else ceiling]


def day_features(article: Article, quote: Quote, quotes: Sequence[Quote], facts: ArticleFacts) -> dict[str, float]:
    """The features of one dated record the gate reads (names to values; absent names count 0).

    Args:
        article: the record's article.
        quote: the record, with the day its rules gave it.
        quotes: all records of the article.
        facts: :func:`article_facts` of the article.
    """
    body = article.body
    source = quote.said_on_source or "other"
    f: dict[str, float] = {f"src_{source if source in SOURCES else 'other'}": 1.0}
    f[f"kind_{quote.kind}"] = 1.0
    if quote.type:
        f[f"type_{quote.type}"] = 1.0
    cue = quote.cue.text if quote.cue else ""
    if not cue:
        f["cue_none"] = 1.0
    elif _PRESENT_CUE.search(" " + cue):
        f["cue_present"] = 1.0
    elif _PERFECT_CUE.search(cue):
        f["cue_perfect"] = 1.0
    elif _PAST_CUE.search(cue):
        f["cue_past"] = 1.0
    if quote.via:
        f["via"] = 1.0
    if quote.speaker is None:
        f["no_speaker"] = 1.0
    elif quote.speaker.id == facts.lede_speaker:
        f["lede_speaker"] = 1.0
    if quote.speaker is not None:
        own = sum(1 for q in quotes if q.speaker is not None and q.speaker.id == quote.speaker.id)
        f["speaker_records"] = math.log1p(own)
        if any(
            q.speaker is not None
            and q.speaker.id == quote.speaker.id
            and q.said_on_source == "stated"
            and q.said_on
            and quote.said_on
            and q.said_on[:10] == quote.said_on[:10]
            for q in quotes
        ):
            f["speaker_stated_same"] = 1.0
    first = _paragraph_of(facts, quote.start)
    last = _paragraph_of(facts, max(quote.start, quote.end - 1))
    f["paragraph"] = math.log1p(first)
    if first <= 2:
        f["early_paragraph"] = 1.0
    f["position"] = quote.start / max(1, len(body))
    floor = facts.paragraphs[first][0] if facts.paragraphs else 0
    ceiling = facts.paragraphs[last][1] if facts.paragraphs else len(body)
    sentence = _sentence_around(body, quote.start, quote.end, floor, ceiling)
    if _names_weekday(sentence):
        f["sentence_weekday"] = 1.0
    if _names_weekday(body[floor:ceiling]):
        f["paragraph_weekday"] = 1.0
    if facts.live:
        f["live"] = 1.0
    if facts.transcript:
        f["transcript"] = 1.0
    if facts.dateline:
        f["dateline"] = 1.0
    if not facts.english:
        f["foreign"] = 1.0
    f["days_named"] = math.log1p(facts.days_named)
    f["weekdays_named"] = math.log1p(facts.weekdays_named)
    f["record_days"] = math.log1p(facts.record_days)
    f["stated_share"] = facts.stated_share
    f["dated_share"] = facts.dated_share
    day = to_date(quote.said_on)
    if facts.published is None or day is None:
        f["lag_unknown"] = 1.0
    else:
        lag = (facts.published - day).days
        bucket = "ahead" if lag < 0 else "0" if lag == 0 else "1" if lag == 1 else "2_7" if lag <= 7 else "more"
        f[f"lag_{bucket}"] = 1.0
    same = sum(1 for q in quotes if q.said_on and quote.said_on and q.said_on[:10] == quote.said_on[:10])
    f["same_day_share"] = same / max(1, len(quotes))
    return crossed(f)


# the features whose weight depends on where the day came from (each also crossed with the source)
CROSSED = (
    "kind_direct",
    "cue_present",
    "cue_past",
    "lede_speaker",
    "sentence_weekday",
    "paragraph_weekday",
    "early_paragraph",
    "live",
)


def crossed(features: dict[str, float]) -> dict[str, float]:
    """The features with each of :data:`CROSSED` present also crossed with the day's source
    (``cue_present*lede``), any earlier crossings replaced."""
    out = {n: v for n, v in features.items() if "*" not in n}
    source = next((n[4:] for n in out if n.startswith("src_")), "other")
    for name in CROSSED:
        if out.get(name):
            out[f"{name}*{source}"] = 1.0
    return out


@functools.lru_cache(maxsize=1)
def _shipped() -> Gate | None:
    if not DAY_GATE_FILE.is_file():
        return None
    return Gate.from_dict(json.loads(DAY_GATE_FILE.read_text(encoding="utf-8")))


def load_day_gate() -> Gate | None:
    """The shipped day gate (read once per process), or ``None`` when the package has none."""
    return _shipped()


def gate_enabled() -> bool:
    """Whether the day gate runs: unless ``ONRECORD_DAY_GATE`` is ``off`` (or ``0``, ``no``, ``false``).

    The days it withholds stay linking evidence (``Quote.withheld_said_on``), so turning it off
    changes the published days only, not which quotes are one statement."""
    return os.environ.get("ONRECORD_DAY_GATE", "").strip().casefold() not in {"off", "0", "no", "false"}


def gate_days(article: Article, quotes: Sequence[Quote], gate: Gate | None = None) -> list[Quote]:
    """The records with the days the gate doubts set to null.

    Args:
        article: the records' article.
        quotes: the article's records, dated by the day rules.
        gate: the gate to apply (default: the shipped one, when the gate is enabled).

    Returns:
        The records; one whose day came from a gated source and whose probability is below the
        gate's threshold has ``said_on`` and ``said_on_source`` null, and the day and its source
        in ``withheld_said_on`` and ``withheld_said_on_source`` (for linking, not published).
    """
    if gate is None:
        gate = load_day_gate() if gate_enabled() else None
    if gate is None or not any(q.said_on and q.said_on_source in GATED_SOURCES for q in quotes):
        return list(quotes)
    facts = article_facts(article, quotes)
    out: list[Quote] = []
    for q in quotes:
        if q.said_on and q.said_on_source in GATED_SOURCES and not gate.keeps(day_features(article, q, quotes, facts)):
            q = replace(
                q,
                said_on=None,
                said_on_source=None,
                withheld_said_on=q.said_on,
                withheld_said_on_source=q.said_on_source,
            )
        out.append(q)
    return out
