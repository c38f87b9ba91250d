"""The day of a date line in a language onrecord has no month names for.

A paper's date line holds the year in digits whatever its language; the month is a word the
month lists may not hold, or a number. Two readings, tried only where no known date was found:

* a word that sounds like a month another language writes (its transliteration's consonants
  those of one month's names only: Zulu "Meyi" of May, Sinhala "සැප්තැම්බර්" of September),
  next to a day's number: "12 Meyi 2027", "සැප්තැම්බර් 14, 2027";
* the year first, then the month's and the day's numbers with a word or two between them, as
  the languages that write year, month, day in that order do with their words for "year",
  "month" and "day" ("2027 оны 10 дугаар сарын 13").
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from difflib import SequenceMatcher
from functools import cache, lru_cache
from itertools import pairwise

from onrecord.dates import FULL_WEEKDAYS, MONTHS, find_dates
from onrecord.resolve.translit import transliterate

__all__ = [
    "date_line_days",
    "date_line_words",
    "day_word",
    "month_by_ear",
    "names_the_days_date",
    "unread_header_date",
    "weekday_by_ear",
    "weekday_heard",
]

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# a word (letters with the marks of their script) or a number
_TOKEN = re.compile(r"\d+|[^\W\d_][^\s\d,.;:|/()\[\]\-–—]*")
_CONSONANTS = re.compile(r"[^a-z]|[aeiouyh]")
_PREFIX = 2  # letters of a class or case prefix a word may take or drop (Zulu "Ulwesithathu", "ngoLwesithathu")
_MIN_PREFIX = 4  # consonants a shortened spelling keeps ("Septemba" of September: "sptmb")
# how close the letters must be besides: closer for a word of few consonants ("Meyi" of "mei",
# not "Mashi" of Turkish "mayıs")
_CLOSE = 0.5
_CLOSE_SHORT = 0.75
_SHORT = 2
# the year first, then two numbers with at most two words between each (no clock's colon)
_YEAR_FIRST = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)(?!\d)(?P<g1>[^\d:\n]{1,30}?)(?<!\d)(?P<m>\d{1,2})(?!\d)"
    r"(?P<g2>[^\d:\n]{1,30}?)(?<!\d)(?P<d>\d{1,2})(?![\d:])"
)
_MAX_GAP_WORDS = 2


def _latin(word: str) -> str:
    """``word`` in plain Latin letters: transliterated, casefolded, accents dropped."""
    return "".join(c for c in unicodedata.normalize("NFKD", transliterate(word).casefold()) if "a" <= c <= "z")


def _skeleton(latin: str) -> str:
    """The consonants of a word in plain Latin letters (vowels, y and h dropped)."""
    return _CONSONANTS.sub("", latin)


def _one_word(name: str) -> bool:
    """Whether a month's or a weekday's name is one word of letters (with the vowel signs of its
    script), no abbreviation."""
    return all(c.isalpha() or unicodedata.category(c).startswith("M") for c in name)


def _sounds(names: dict[str, int]) -> list[tuple[str, str, int]]:
    """Each one-word name of ``names``, of any script, in plain Latin letters, its consonants and
    its number, in order."""
    latin = {(_latin(name), number) for name, number in names.items() if _one_word(name)}
    return sorted((spelled, _skeleton(spelled), number) for spelled, number in latin)


@cache
def _month_names() -> tuple[tuple[str, str, int], ...]:
    """Each month name in plain letters, its consonants and its month."""
    # (the names of every script, in Latin letters: Belarusian "верасня" sounds as Ukrainian "вересня")
    return tuple(s for s in _sounds(MONTHS) if s[1])


def month_by_ear(word: str) -> int | None:
    """The month ``word`` sounds like (its consonants those of one month's names, and its letters
    close to them), or None."""
    if word.casefold() in MONTHS:
        return None  # a known name: the date patterns read it
    latin = _latin(word)
    skeleton = _skeleton(latin)
    if not skeleton:
        return None
    close = _CLOSE_SHORT if len(skeleton) <= _SHORT else _CLOSE
    months: set[int] = set()
    for name, known, number in _month_names():
        prefix = min(len(skeleton), len(known)) >= _MIN_PREFIX and (
            known.startswith(skeleton) or skeleton.startswith(known)
        )
        if (skeleton == known or prefix) and SequenceMatcher(None, latin, name).ratio() >= close:
            months.add(number)
    return next(iter(months)) if len(months) == 1 else None


# consonants of a weekday's name heard by ear (not three: Uzbek "shunday", "so", sounds as "sunday")
_MIN_WEEKDAY = 4


# letters of a weekday's name heard only by its spelling, accents aside ("marti"; not "rabu")
_MIN_SPELLED = 5


@cache
def _weekday_names(fewest: int = 0) -> tuple[tuple[str, str, int], ...]:
    """Each full weekday name of one word, of any script, in plain Latin letters, its consonants
    and its weekday (Monday 0): those of ``_MIN_WEEKDAY`` consonants or more, or with ``fewest``,
    every one of that many letters or more."""
    if fewest:
        return tuple(s for s in _sounds(FULL_WEEKDAYS) if len(s[0]) >= fewest)
    return tuple(s for s in _sounds(FULL_WEEKDAYS) if len(s[1]) >= _MIN_WEEKDAY)


def weekday_by_ear(word: str) -> int | None:
    """The weekday (Monday 0) ``word`` sounds like, in a language onrecord has no weekday names
    of, written in lower case or in a script without capitals: its consonants those of one
    weekday's names in another language, or those and one more sound (a case ending), and its
    letters close to them (Uzbek "seshanba" of Kazakh "сейсенбі"
    and Persian "سه‌شنبه", Tuesday; Telugu "సోమవారం" of Hindi "सोमवार", Monday); None for a known
    name (the weekday patterns read it) or one that sounds like no weekday or like two."""
    if word.casefold() in FULL_WEEKDAYS or word[:1].isupper():
        return None  # (a capitalised word in a script with capitals is a name as often: "Mercer")
    latin = _latin(word)
    skeleton = _skeleton(latin)
    if len(skeleton) < _MIN_WEEKDAY:
        # a name of few consonants heard only when spelled as another language's weekday is, but
        # for its accents (Corsican "marti" as Romanian "marți", Tuesday)
        spelled = {day for name, _, day in _weekday_names(_MIN_SPELLED) if name == latin}
        return spelled.pop() if len(latin) >= _MIN_SPELLED and len(spelled) == 1 else None
    days: set[int] = set()
    for name, known, day in _weekday_names():
        shorter, longer = sorted((skeleton, known), key=len)
        heard = skeleton == known or (
            len(longer) - len(shorter) == 1 and longer.startswith(shorter)
        )
        if heard and SequenceMatcher(None, latin, name).ratio() >= _CLOSE:
            days.add(day)
    return next(iter(days)) if len(days) == 1 else None


def weekday_heard(words: str, ref: date) -> date | None:
    """The day of the week up to ``ref`` that ``words`` (a quotation's sentence, its quoted words
    left out) name by ear (:func:`weekday_by_ear`): "... seshanba kuni ..." under a Wednesday's
    date line is the day before; ``ref`` itself for its own weekday. None when they name none, or
    two different ones."""
    days = {d for m in _LETTERS.finditer(words) if (d := weekday_by_ear(m.group())) is not None}
    if len(days) != 1:
        return None
    return ref - timedelta(days=(ref.weekday() - days.pop()) % 7)


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def unread_header_date(line: str) -> str | None:
    """The ISO day a date line names (see the module's docstring), or None.

    Args:
        line: a short line at the top of an article, in which no known date was found.
    """
    years = _YEAR.findall(line)
    if len(years) != 1:
        return None
    year = int(years[0])
    m = _YEAR_FIRST.search(line)
    gaps = (m.group("g1"), m.group("g2")) if m else ()
    if m and all(len(gap.split()) <= _MAX_GAP_WORDS and re.search(r"[^\W\d_]", gap) for gap in gaps):
        found = _day(year, int(m.group("m")), int(m.group("d")))
        if found:
            return found
    tokens = list(_TOKEN.finditer(line))
    for i, token in enumerate(tokens):
        if token.group().isdigit():
            continue
        month = month_by_ear(token.group())
        if month is None:
            continue
        for j in (i + 1, i - 1):  # the day's number beside the month
            if 0 <= j < len(tokens) and tokens[j].group().isdigit() and len(tokens[j].group()) <= 2:
                found = _day(year, month, int(tokens[j].group()))
                if found:
                    return found
    return None


_HEAD_LINES = 8  # the lines at an article's top a date line stands among
_DATE_LINE_WORDS = 8
_SEGMENT = re.compile(r"[^|·•\n]+")
_LETTERS = re.compile(r"[^\W\d_][^\s\d,.;:|/()\[\]\-–—]*")


def _date_segments(text: str) -> list[str]:
    """The parts of the short lines at an article's top (between "|" or "·") that are a date and
    little else: a year, a day's number, eight words at most, a date onrecord reads."""
    found = []
    for line in [ln for ln in text.splitlines() if ln.strip()][:_HEAD_LINES]:
        for segment in _SEGMENT.findall(line):
            if len(segment.split()) > _DATE_LINE_WORDS or len(_YEAR.findall(segment)) != 1:
                continue
            if not re.search(r"(?<!\d)\d{1,2}(?!\d)", segment):
                continue
            if any(d.year_known for d in find_dates(segment)) or unread_header_date(segment):
                found.append(segment)
    return found


@lru_cache(maxsize=8)
def date_line_words(text: str) -> frozenset[str]:
    """The words of an article's date line, casefolded: the part of a short line at its top that
    is a date ("Ulwesithathu, 12 Meyi 2027", "2027 оны 10 дугаар сарын 13, Лхагва гараг": a
    weekday, a month, the words for year, month and day; or the town the paper writes from), none
    of them a person's name."""
    return frozenset(w.casefold() for segment in _date_segments(text) for w in _LETTERS.findall(segment))


def day_word(text: str, word: str, after: str) -> bool:
    """Whether ``word`` names a day as the date line does: it is one of the date line's words, or
    the word ``after`` it is another form of the word the date line writes after one of its own
    (Mongolian "Мягмар гарагт", on Tuesday, beside the date line's "Лхагва гараг")."""
    words = date_line_words(text)
    if word.casefold() in words:
        return True
    after = after.casefold()
    return len(after) >= _MIN_PREFIX and any(
        w[:_MIN_PREFIX + 1] == after[:_MIN_PREFIX + 1] for w in _day_nouns(text) if len(w) > _MIN_PREFIX
    )


@lru_cache(maxsize=8)
def _day_nouns(text: str) -> frozenset[str]:
    """The date line's words written after another of its words in lower case (the word for "day"
    after a weekday's name: "гараг")."""
    found: set[str] = set()
    for segment in _date_segments(text):
        for a, b in pairwise(_LETTERS.findall(segment)):
            if a[:1].isupper() and b[:1].islower():
                found.add(b.casefold())
    return frozenset(found)


@lru_cache(maxsize=8)
def date_line_days(text: str) -> frozenset[str]:
    """The capitalised words of an article's date line that stand apart from its numbers (not
    the month's or the year's word): its weekday ("Ulwesithathu, 12 Meyi 2027", "..., Лхагва
    гараг"), or the town it writes from. Casefolded."""
    found: set[str] = set()
    for segment in _date_segments(text):
        for m in _LETTERS.finditer(segment):
            token = m.group()
            # (a space alone between a word and a number: the month's word, "12 Meyi", "2027 оны")
            beside = re.search(r"\d\s+$", segment[: m.start()]) or re.match(r"\s+\d", segment[m.end() :])
            if token[:1].isupper() and len(token) >= _MIN_PREFIX and not beside:
                found.add(token.casefold())
    return frozenset(found)


def names_the_days_date(text: str, words: str) -> bool:
    """Whether ``words`` (a quotation's sentence, its quoted words left out) name a word of the
    article's date line that stands apart from its numbers (:func:`date_line_days`), in any of its
    forms ("ngoLwesithathu", on Wednesday, of the date line's "Ulwesithathu"): the day of the date
    line, in a language onrecord has no weekday names of."""
    days = [day[k:] for day in date_line_days(text) for k in range(_PREFIX + 1) if len(day) - k > _MIN_PREFIX]
    return bool(days) and any(day in token.casefold() for token in _LETTERS.findall(words) for day in days)
