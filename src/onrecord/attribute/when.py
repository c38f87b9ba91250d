"""When a statement was made: time expressions around the cue, resolved against the dateline.

``On Wednesday`` is the most recent Wednesday on or before the reference day (the dateline's
date, else the publication date); ``yesterday`` the day before; ``on Dec 10`` that day.
``Earlier this month``, ``last week`` and past-perfect cues (``had dismissed``) name no day:
the quote gets no date. A quote whose sentence names no time takes the day of the speaker's
previous dated statement in the article (wire copy names the day once per event).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from onrecord.dates import (
    FULL_WEEKDAYS,
    MONTHS,
    find_dates,
    parse_date,
    to_date,
    weekday_alternation,
    weekday_number,
)
from onrecord.languages import language as language_data

__all__ = [
    "SAME_DAY",
    "TimeExpression",
    "after_midnight",
    "after_next_day",
    "afternoon_stamp",
    "by_a_day",
    "continues_the_day",
    "day_named_last",
    "day_of_month",
    "earlier_occasions_out",
    "filed_next_day",
    "find_time",
    "lag_days",
    "lede_at_night",
    "lede_day",
    "lede_speech_day",
    "lede_weekday",
    "names_today",
    "on_an_occasion",
    "opens_with_day",
    "outside_clauses",
    "present_perfect",
    "present_tense",
    "reference_date",
    "relative_to_previous",
    "restrictive_clauses_out",
    "to_come",
    "year_before",
]

# Full weekday names in every language extraction reads ("mon", "sun" are words too).
# (Vietnamese "thứ" days are not among them: _VI_WEEKDAY below reads them by their case.)
_DAY_NAMES = FULL_WEEKDAYS
# A weekday with a possessive ("Sunday's run-off", "Friday's walkout") names an event, not the day of speech.
# A weekday after "since" or "until" bounds another event (see _bounding).
_WEEKDAY = re.compile(
    r"\b(?:(last|this|on|past|since|until|till)\s+)?(" + "|".join(_DAY_NAMES) + r")"
    r"(?:abend|morgen|nachmittag|vormittag|mittag|nacht)?\b(?!['’]s\b)",  # German "Montagabend"
    re.I,
)
# Vietnamese weekdays: "thứ" days read by their case (dates.weekday_alternation: "hôm thứ Năm", on
# Thursday; "lần thứ năm", the fifth time), and "Chủ nhật" (Sunday). Not one to come ("thứ Hai tới",
# "thứ Hai tuần sau": next Monday).
_VI_WEEKDAY = re.compile(
    r"(?<!\w)(" + weekday_alternation() + r")(?!\w)(?!\s+(?:tới|tuần\s+(?:sau|tới)))"
    r"|(?<!\w)(Chủ\s+nhật|Chủ\s+Nhật)(?!\w)"
)


def _vietnamese_weekday(m: re.Match[str]) -> int:
    """The weekday (Monday 0) a match of :data:`_VI_WEEKDAY` names."""
    return weekday_number(m.group(1)) if m.group(1) else 6


# ... but the occasion of speech when the words were said at it: "said at Wednesday's briefing",
# "At Tuesday's debate, Kessler said", "in Monday's club statement", "Speaking to Monday's
# briefing", "told Monday's hearing" (not "on Monday's programme": a look back as often).
# The occasions words are said at.
_OCCASION_NOUNS = (
    r"(?:briefing|conference|debate|meeting|hearing|statement|speech|session|interview|address|rally|remarks|"
    r"sitting|summit|call|announcement|release|programme|program|show|broadcast)s?\b"
)
_OCCASION = re.compile(
    r"\b(?:at|on|during|in|to|told|telling|tells)\s+(?:(last|this|past)\s+)?("
    + "|".join(_DAY_NAMES)
    + r")['’]s\s+(?:[\w-]+\s+){0,2}?"
    + _OCCASION_NOUNS,
    re.I,
)


def on_an_occasion(text: str, pos: int) -> bool:
    """Whether the time expression at ``pos`` is an occasion named after "on" by its day's
    possessive ("On Tuesday's results call, X had said", "Asked on Monday's breakfast programme,
    he said"): the day of those words only, which the speaker's later words do not take on (the
    article goes on about another occasion, as often as not)."""
    m = _OCCASION.match(text, pos)
    return m is not None and m.group(0)[:2].casefold() == "on"


# "yesterday's match", like "Sunday's run-off", names an event, not the day of speech; "the day
# before the result came through", "the day before he announced" count back from another day
# than the story's, which the phrase goes on to name ("the day before" alone,
# or before "that" or a comma, is the day before the story's)
_YESTERDAY = re.compile(
    r"\b(yesterday|the day before(?!\s+(?:yesterday|the|a|an|his|her|its|their|our|my|your|this|these|those|"
    r"he|she|they|we|it|I|you)\b))\b(?!['’]s\b)",
    re.I,
)
# the words that name the story's own day
_TODAY_WORDS = r"today|this\s+(?:morning|afternoon|evening)|tonight"
_TODAY = re.compile(r"\b(" + _TODAY_WORDS + r"|earlier today|on this day)\b", re.I)
_TODAY_ONLY = re.compile(r"\b(?:" + _TODAY_WORDS + r")\b", re.I)
# "rang us a short time ago", "wrote about twenty minutes ago", "in her video, about two hours
# ago": a time some minutes or a few hours before the story's own, on its day (not "twenty-four
# hours ago", a day before, nor "days ago"; nor the vague "a while ago", "a little while ago",
# as often weeks or months back as hours)
_MOMENTS_AGO = re.compile(
    r"(?<!-)\b(?:a\s+short\s+time|(?:just\s+)?moments|"
    r"(?:(?:about|some|around|only|just)\s+)?(?:(?:a\s+few|a\s+couple\s+of|several|"
    r"one|two|three|four|five|ten|fifteen|twenty|thirty|forty|forty-five|\d{1,2})\s+minutes|"
    r"(?:an|one|half\s+an|a\s+few|a\s+couple\s+of|two|three|\d)\s+hours?))\s+ago\b",
    re.I,
)


def names_today(text: str) -> bool:
    """Whether ``text`` names the day it is said on: "today", "this morning", "tonight" (not "on
    this day", which may be any year's)."""
    return _TODAY_ONLY.search(text) is not None


# "read a statement the authority issued that night", "Later that morning she posted again": a part
# of the day named just before (see SAME_DAY)
_THAT_PART_OF_DAY = r"that\s+(?:same\s+)?(?:night|evening|morning|afternoon)\b(?![’'])"


def continues_the_day(text: str) -> bool:
    """Whether ``text`` names a part of the day named before it ("that night", "later that
    morning"): the same day and, as often as not, the same occasion, not one of its own."""
    return re.search(r"\b" + _THAT_PART_OF_DAY, text, re.I) is not None


# "he told reporters the same day", "in the association's statement that day": the day named just
# before ("previous" to find_time), not the reference day.
SAME_DAY = re.compile(
    r"\b(?:(?:on|later|earlier)\s+)?(?:the same day|that (?:same )?day|am (?:selben|gleichen) Tag|le même jour|"
    # "read a statement the authority issued that night", "In a post that evening, he wrote"
    + _THAT_PART_OF_DAY
    + r"|"
    r"ce jour-là|(?:el|ese|aquel) mismo día|lo stesso giorno|no mesmo dia|того ж дня|в тот же день)(?!\w)"
    # "Speaking on the same call, he told analysts": the occasion the sentence before named
    r"|\b(?:on|at|during|in)\s+the\s+same\s+" + _OCCASION_NOUNS +
    # "then" closing the cue ("she said then.", "Oduya said then, and nobody did"): the occasion
    # the sentence before told of, not the reference day
    r"|\b(?:said|says|added|wrote|told\s+(?:him|her|them|us|me|reporters|the\s+\w+))\s+then(?=\s*(?:[,.;:!?]|$))",
    re.I,
)
# How many days a counted lag is: "a day later", "two days after saying", "the day after".
_COUNTS = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "A day later", "three days later", "the next morning": some days after the day named just
# before ("previous" to find_time), as SAME_DAY is that day itself ("the day later" is no phrase).
_LATER = re.compile(
    r"\b(?:(" + "|".join(c for c in _COUNTS if c != "the") + r")\s+(days?|weeks?)\s+later|"
    r"the\s+(?:next|following)\s+(?:day|morning|afternoon|evening))\b",
    re.I,
)
# "A day earlier", "Two days before, she had ...", "a week earlier", "the previous day": some days
# before the day named just before, as _LATER is after it ("two days before the fire" dates the
# fire: only a "before" that closes its phrase counts; "the day before" is _YESTERDAY's).
_EARLIER = re.compile(
    r"\b(?:(" + "|".join(c for c in _COUNTS if c != "the") + r")\s+(days?|weeks?)\s+"
    r"(?:earlier(?!\s+than)|before(?=\s*,))|"
    r"the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening)(?![’']s))",
    re.I,
)
_LAST_NIGHT = re.compile(r"\blast night\b", re.I)
# "Three days ago the mayor argued ...": a counted number of days before the story's day (a
# counted number of weeks, "a week ago", is a rounder, vaguer time: _NOT_A_DAY's or none)
_DAYS_AGO = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten)\s+days\s+ago\b", re.I)
_AGO_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# "Earlier today", "told me earlier this afternoon": the story's own day (_TODAY), no vague "earlier"
_EARLIER_TODAY = r"(?!\s+(?:today|tonight|this\s+(?:morning|afternoon|evening))\b)"
_NOT_A_DAY = re.compile(
    r"\b(earlier this (?:week|month|year)|last (?:week|month|year|summer|winter|spring|autumn|fall)|"
    r"this (?:week|month|year)|"
    # a vague "earlier", not "earlier today" or "said earlier this morning" (_EARLIER_TODAY)
    r"(?:(?<![\w-])earlier(?=\s*[,.;]|\s+(?:on|this|in the (?:week|month|year))\b)|"
    r"(?:said|told|added|stated|noted|wrote|had)\s+earlier|^\s*earlier\b)"
    + _EARLIER_TODAY
    + r"|previously|in the past|recently|"
    # a year alone, in the languages onrecord reads: "in 2014", "en 2014", "у 1998 році", "2014 року"
    r"(?:in|en|im(?: Jahr)?|nel|em|i|у|в)\s+(?:19|20)\d\d(?!\s*[-/.]\d)|(?:19|20)\d\d\s+(?:року|році|году)|"
    r"(?:several|few|two|three) (?:weeks|months|years) ago|(?:several|few) days ago|"
    r"in (?:january|february|march|april|may|june|july|august|september|october|november|december))\b",
    re.I,
)

_A_YEAR = re.compile(r"(?<![\w./-])(?:19|20)\d\d(?![\w/-])")


def own_time(sentence: str, year: int) -> bool:
    """Whether a sentence places what it tells in a time of its own, not the article's day: a
    vague or past time ("earlier this year", "last month", "previously", :data:`_NOT_A_DAY`) or a
    year other than ``year`` ("told Radio Alder in a 2021 interview"), outside its relative clauses
    ("Strachan, who has lived there since last spring, said ...": the clause's time is no quote's)."""
    sentence = outside_clauses(sentence, -1)
    return _NOT_A_DAY.search(sentence) is not None or any(int(m.group(0)) != year for m in _A_YEAR.finditer(sentence))


TimeExpression = tuple[str, "date | None", int]  # (kind: day|not-day, date, position)

# A relative clause after a comma ("The agency, which has worked there since late last month,
# said on Monday ...", "..., said Ruiz, who wrote on X last week"): its times tell of its own verb.
_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which|where)\b[^,;:.!?]*", re.I)


# A relative clause with no comma before it, inside the noun phrase of the speaker or of another
# ("Ines Marr, the student whose post went viral on Thursday, has been speaking to us", "a lawyer
# who filed suit on Tuesday, said ...", "..., and who spent Monday night at the pumps"): its times
# tell of who the person is, never of the cue's words (unless it holds the cue).
_RESTRICTIVE = re.compile(r"(?<=[^\W\d_])\s+(?:who|whose)\s[^,;:.!?\"“”«»]*", re.I)


def restrictive_clauses_out(text: str, keep: int, asides_only: bool = False) -> str:
    """``text`` with its relative clauses of "who" or "whose" after no comma (``_RESTRICTIVE``)
    blanked out, except one holding offset ``keep``; with ``asides_only``, only those of a
    person's aside or of the speaker (see ``_of_an_aside``)."""
    return _RESTRICTIVE.sub(
        lambda m: (
            m.group(0)
            if m.start() <= keep < m.end() or (asides_only and not _of_an_aside(text, m, keep))
            else " " * len(m.group(0))
        ),
        text,
    )


# The words after a comma that open an aside about a person: an article or a possessive ("Ada
# Foss, a plumber who ...", "Ines Marr, the cyclist whose ..."), or a relative or "and" (", who
# runs the galley and who ...").
_ASIDE_OPENS = re.compile(r",\s+(?:a|an|the|his|her|their|its|our|who|whom|whose|which|and)\b[^,;:.!?]*$", re.I)


def _of_an_aside(text: str, m: re.Match[str], cue: int) -> bool:
    """Whether the restrictive clause ``m`` tells who someone is: inside an aside after a comma
    (``_ASIDE_OPENS``), or closing the speaker's noun phrase right before the cue ("A lawyer who
    filed suit on Tuesday said"). Not one of the cue's hearers or of a participle before the
    speaker ("told volunteers who arrived on Sunday", "Speaking to farmers who gathered on Friday,
    Lenz said"): those tell of the occasion the words were said at."""
    if _ASIDE_OPENS.search(text, 0, m.start()) is not None:
        return True
    return m.end() <= cue and not text[m.end() : cue].strip(" ,")


# A reduced relative clause of an earlier occasion: a participle after "first", "originally" or
# "previously" that tells of the noun before it ("He repeated a pledge first made at a rally on
# Friday, telling supporters ...", "a figure originally given on Monday"): its times are that
# occasion's, not the cue's.
_EARLIER_OCCASION = re.compile(
    r"\b(?:first|originally|previously)\s+(?:made|given|said|put|set|told|spoken|written|floated|aired|voiced"
    r"|raised|offered|issued|delivered|announced|[a-z]+ed)\b[^,;:.!?]*",
    re.I,
)


# A free relative of an earlier occasion: "she repeated what she had said three days earlier",
# "what the minister had told MPs on Monday": its times are that occasion's, not the cue's.
_WHAT_HAD_SAID = re.compile(
    r"\bwhat\s+(?:[\w’'-]+\s+){1,3}?had\s+(?:\w+\s+)?(?:said|told|written|promised|claimed|stated|announced)\b"
    r"[^,;:.!?]*",
    re.I,
)


# A comparison with an earlier figure or earlier words: "11 deaths, up from seven on Tuesday",
# "half a point lower than her forecast on Monday", "four fewer than when the inquiry opened on
# Monday", "a line he repeated almost word for word on Tuesday", "repeating his Monday
# assessment": its times are the earlier figure's or words', not the cue's.
_COMPARED = re.compile(
    r"\b(?:(?:up|down)\s+from|than\s+(?:when|her|his|its|their|the)|repeat(?:ed|ing))\b"
    r"(?:[^,;:.!?]|(?<=\d)[,.](?=\d))*",  # (through a figure's comma: "up from the $4,500 it announced")
    re.I,
)


# A comparison with what someone did or said before, its subject a pronoun: "has gone further this
# morning than she did last night", "bigger than he had said on Monday": no cue's clause, wherever
# it stands, and its times are the earlier occasion's.
_THAN_BEFORE = re.compile(
    r"\bthan\s+(?:he|she|they|it|we|I)\s+(?:had\s+)?(?:did|had|said|told|was|were|gave|put)\b[^,;:.!?]*", re.I
)


# A relative clause in the simple present: a standing role ("who chairs the group this year").
_ROLE_CLAUSE = re.compile(r",\s+(?:who|which)\s+(?!(?:has|was|is|does)\b)[a-z]+[^s\W]s\b[^,;:.!?]*", re.I)


def _in_a_role(text: str, pos: int) -> bool:
    """Whether offset ``pos`` lies in a relative clause in the simple present ("Okeke, who chairs
    the group this year, said"): a role held, whose vague time dates no words said."""
    return any(m.start() <= pos < m.end() for m in _ROLE_CLAUSE.finditer(text))


# A past perfect: "had put", "had earlier said", "'d told"
_PAST_PERFECT = re.compile(
    r"\b(?:had|['’]d)\s+(?:[a-z]+ly\s+|already\s+|earlier\s+|first\s+)?[a-z]+(?:ed|en|t|n|d)\b", re.I
)


def _in_a_perfect_clause(text: str, pos: int, cue: int) -> bool:
    """Whether offset ``pos`` lies in a relative clause after a comma in the past perfect that does
    not hold the cue ("Ada Brun, who on Friday had priced the repair at a million, said ..."): a time
    before the main clause's, whose day is not the cue's."""
    return any(
        m.start() <= pos < m.end() and not m.start() <= cue < m.end() and _PAST_PERFECT.search(m.group(0))
        for m in _RELATIVE.finditer(text)
    )


def _blank(pattern: re.Pattern[str], text: str, keep: int) -> str:
    """``text`` with the matches of ``pattern`` blanked out, except one holding offset ``keep``."""
    return pattern.sub(lambda m: m.group(0) if m.start() <= keep < m.end() else " " * len(m.group(0)), text)


def outside_clauses(text: str, keep: int) -> str:
    """``text`` with its relative clauses blanked out, except one holding offset ``keep``."""
    return _blank(_RELATIVE, text, keep)


# What a relative clause tells of when its day may be the day of the main clause's words: a verb
# of speech or of an occasion the speaker was at ("who spoke on Tuesday", "which wrote to members
# on Monday", "who visited the site on Friday"), or such an occasion's noun ("who gave a briefing
# on Monday").
_WORDS_OR_OCCASION = re.compile(
    r"\b(?:sp[oe]ke|speaking|said|says|told|tells|wrote|written|posted|tweeted|read|gave|issued|announced"
    r"|appeared|testified|briefed|addressed|commented|replied|responded|answered|called|rang|met|meeting"
    r"|visited|toured|attended|joined|led|chaired|opened|arrived|came|went|returned|stood|interviewed"
    r"|drove|flew|travell?ed|walked|sailed|rode|headed"
    r"|confirmed|warned|promised|pledged|vowed|published|released|revealed|reported|asked|urged|"
    r"accused|admitted|denied|insisted|claimed|argued)\b|" + _OCCASION_NOUNS,
    re.I,
)


def _clause_dates_the_words(text: str, pos: int) -> bool:
    """Whether a day at offset ``pos`` of ``text`` (the cue's sentence) may date the words of the
    sentence's cue when it stands in a relative clause and the rest of the sentence names no time
    (a day in no relative clause may): not in a clause of "whose" ("Ola Roe, whose son was taken
    to hospital on Monday, said": another's event), nor in one with no verb or noun of speech or of
    an occasion the speaker went to (``_WORDS_OR_OCCASION``: "who learned on Thursday that her
    street was cut off"; but "who drove to the quay on Tuesday")."""
    clauses = [m for m in (*_RELATIVE.finditer(text), *_RESTRICTIVE.finditer(text)) if m.start() <= pos < m.end()]
    if not clauses:
        return True
    clause = min(clauses, key=lambda m: m.end() - m.start()).group(0)
    if re.match(r"[\s,]*whose\b", clause, re.I):
        return False
    return _WORDS_OR_OCCASION.search(clause) is not None


def in_an_aside(text: str, pos: int) -> bool:
    """Whether offset ``pos`` stands in a relative clause between commas, the sentence's main
    clause going on after it ("Harlow Rail, which announced on Monday that it would cut jobs,
    said ..."): an act before the main clause's, whose day is not the main cue's."""
    return any(
        m.start() <= pos < m.end() and text.startswith(",", m.end()) and text[m.end() + 1 :].strip()
        for m in _RELATIVE.finditer(text)
    )


def earlier_occasions_out(text: str, keep: int) -> str:
    """``text`` with its reduced relative clauses of an earlier occasion ("a pledge first made on
    Friday", see ``_EARLIER_OCCASION``; "what she had said on Monday", ``_WHAT_HAD_SAID``) and its
    comparisons with an earlier figure or earlier words after it ("up from seven on Tuesday",
    ``_COMPARED``) blanked out, except one holding offset ``keep``, and comparisons with what someone
    did before ("further than she did last night", ``_THAN_BEFORE``) wherever they stand: their
    times are never the cue's."""
    text = _blank(_WHAT_HAD_SAID, _blank(_EARLIER_OCCASION, text, keep), keep)
    text = _blank(_THAN_BEFORE, text, -1)
    # a comparison after the cue only: one before it may be the day its cue tells of ("a call
    # brighter than the one she gave on Monday, when she said ...")
    return _COMPARED.sub(lambda m: m.group(0) if m.start() <= keep else " " * len(m.group(0)), text)


# A date with a determiner or a possessive before it modifies a noun ("the government's Dec. 31
# deadline", "the March 3 vote"): another event's day, not the day of speech; unless the noun is
# an occasion of speech ("in its March 9 release", "at the May 2 briefing").
_ATTRIBUTIVE = re.compile(r"\b(?:the|its|their|his|her|[A-Za-z]+['’]s)\s+$", re.I)
_OCCASION_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + _OCCASION_NOUNS, re.I)


def _shift(day: date, days: int) -> date | None:
    """``day`` moved by ``days``; None past the calendar's ends (year 1, year 9999)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def year_before(day: date) -> date | None:
    """The same day a year earlier; None when there is none (29 February, year 1)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return None


# The hour from which a publication stamp is of a report filed the day its words were said
# ("Saturday 16 October 2027, 19:48" under a match report); a morning's stamp is the next day's paper.
_AFTERNOON = 12


def afternoon_stamp(published: str | None) -> date | None:
    """The day of a publication stamp written with a time of the afternoon or evening ("16
    October 2027, 19:48"); None for a date without a time, or a morning's stamp (a paper that
    reports the day before)."""
    if not published or "T" not in published:
        return None
    try:
        stamp = datetime.fromisoformat(published)
    except ValueError:
        return None
    return stamp.date() if stamp.hour >= _AFTERNOON else None


def filed_next_day(wire_day: date, lede: date | None) -> date:
    """The day a wire story dated ``wire_day`` tells of: the day its lede gives the words it
    reports (``lede``, :func:`lede_speech_day`) when that is the day before the dateline's
    ("KELDON, 11 May (Wire) - ... the warden said on Tuesday", a Wednesday's dateline: a story
    filed the morning after the words it reports), else the dateline's."""
    return lede if lede is not None and lede == wire_day - timedelta(days=1) else wire_day


def after_next_day(day: date, ref: date) -> bool:
    """Whether ``day`` is later than the day after ``ref``."""
    following = _shift(ref, 1)
    return following is not None and day > following


# How far ahead of the story's day a date written without its year is read as an event to come
# ("the product ships April 20", read on March 10) rather than last year's (December 28, read on
# January 5): half a year.
_AHEAD_DAYS = 183


def to_come(day: date, ref: date) -> bool:
    """Whether ``day``, later than the story's day ``ref``, is near enough ahead of it to be an
    event to come, not last year's date written without its year."""
    return (day - ref).days <= _AHEAD_DAYS


def reference_date(published: str | None, dateline: str | None) -> date | None:
    """The day relative expressions count from: the dateline's date, else the publication day."""
    pub = to_date(published)
    if dateline:
        found = find_dates(dateline, default_year=pub.year if pub else None)
        if found:
            day = to_date(found[0].iso)
            if day is not None and pub is not None and after_next_day(day, pub):
                day = year_before(day)
            if day is not None:
                return day
    return pub


# A verb in the future just before a weekday: the day of an event to come ("the assembly will
# vote on Saturday", "votará el sábado", Catalan "votarà dijous", "wird am Freitag entscheiden"),
# not a day of speech.
_FUTURE_VERBS = r"will|would|shall|wird|werden|[a-záéíóàèò]{2,}(?:rá|rán|remos|rà)"
_FUTURE = re.compile(rf"\b(?:{_FUTURE_VERBS}|va|vont)\s+(?:[\w-]+\s+){{0,3}}$", re.I)
# Languages whose "va" + infinitive is the past, not the future of French "il va annoncer lundi":
# Catalan "va anunciar dijous" (announced on Thursday) names the day of speech.
_GO_PAST = frozenset({"ca"})
_FUTURE_NOT_GO = re.compile(rf"\b(?:{_FUTURE_VERBS})\s+(?:[\w-]+\s+){{0,3}}$", re.I)


@lru_cache(maxsize=64)
def _yesterday_in(language: str | None) -> re.Pattern[str] | None:
    """The words of ``language`` for the day before the reference day (``languages.json``'s
    ``yesterday``: Swahili "jana", Serbian "јуче"), or None when its entry gives none."""
    words = language_data(language).yesterday
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.I)


def _future_before(text: str, language: str | None) -> bool:
    """Whether ``text`` ends in a verb in the future, as ``language`` writes it (see ``_FUTURE``)."""
    return (_FUTURE_NOT_GO if language in _GO_PAST else _FUTURE).search(text) is not None


# An event's schedule before a weekday: "the by-election taking place on Thursday", "due on
# Friday", "ahead of Monday's vote": the day of that event, not of what the lede reports.
_SCHEDULED = re.compile(
    r"\b(?:tak(?:ing|es) place|to be held|due|scheduled|slated|set|planned|expected|ahead of|before|next)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)

# "by Monday" is a deadline ("no deal by Monday") as often as the day ("by Tuesday she said"): not one.
_BOUNDS = frozenset({"since", "until", "till"})


def _bounding(qualifier: str | None) -> bool:
    """Whether a weekday's qualifier makes it another event's bound: "since Monday", "until Friday"."""
    return qualifier is not None and qualifier.lower() in _BOUNDS


def _weekday(ref: date, name: str, qualifier: str | None) -> date | None:
    target = _DAY_NAMES[name.lower()]
    delta = (ref.weekday() - target) % 7
    if qualifier and qualifier.lower() in {"last", "past"} and delta == 0:
        delta = 7
    return _shift(ref, -delta)


# How far from the cue an occasion is the cue's: "said at Wednesday's briefing", "told
# reporters at Tuesday's news conference"; not "... up from the figure he cited at Tuesday's".
_OCCASION_REACH = 40


_KICKER = re.compile(r"^\s*[A-Z][A-Z'’ -]*:\s*")  # a fact check's or a briefing's label: "FACT CHECK:"


def _at_the_cue(text: str, pos: int, cue_offset: int) -> bool:
    """Whether an occasion at ``pos`` is the cue's own: next to it, or opening the sentence, a
    participle before it at most ("Asked during Monday's programme about ..., he said"), after a
    label ("FACT CHECK: At Tuesday's debate, ...")."""
    opening = _KICKER.sub("", text[:pos])  # "FACT CHECK: At Tuesday's debate, X said"
    return abs(pos - cue_offset) <= _OCCASION_REACH or len(opening.split()) <= 1


def _day(day: date | None, pos: int) -> TimeExpression:
    """A day expression; one whose day falls off the calendar names no day."""
    return ("day", day, pos) if day is not None else ("not-day", None, pos)


# A cue some days after the day the sentence names: "..., two days after saying it would stay
# out", "a week after telling reporters ...", and the cue's own subject between them: "three
# days after she had vowed ...", "a day after the company's chief executive said ..." (no
# punctuation between: "two days after the vote, she said" is the day of the vote's sentence).
# Not a duration ("will be held in custody for two weeks after a prosecutor told a judge on
# Tuesday", "within three days after"): the cue is of the day the sentence names.
_LAG_SUBJECT = 6  # words of the cue's subject between "after" and the cue, at most
_LAG = re.compile(
    r"(?<!\bfor\s)(?<!\bwithin\s)\b(" + "|".join(_COUNTS) + r")\s+(days?|weeks?)\s+after\s+"
    r"(?:[^\s,;:.!?()\"“”«»]+\s+){0," + str(_LAG_SUBJECT) + r"}$",
    re.I,
)


def days_later(m: re.Match[str]) -> int:
    """How many days after (``_LATER``) or before (``_EARLIER``) the day named before the
    expression ``m`` is: its count (group 1) of days or weeks (group 2), or one where it names no
    count ("three days later" 3, "a week earlier" 7, "the next morning" 1, "the previous day" 1)."""
    if m.group(1) is None:
        return 1
    return (7 if m.group(2).lower().startswith("week") else 1) * _COUNTS[m.group(1).lower()]


def relative_to_previous(text: str) -> bool:
    """Whether ``text`` names a day only relative to the day named before it: "the same day",
    "that day", "a day later", "three days later", "the next morning", "a day earlier"."""
    return SAME_DAY.search(text) is not None or _LATER.search(text) is not None or _EARLIER.search(text) is not None


def lag_days(before: str) -> int:
    """How many days before the day its sentence names a cue was said, from the words just
    before it ("two days after" -> 2, "a week after" -> 7); 0 when they name no lag."""
    lag = _LAG.search(before)
    if lag is None:
        return 0
    return (7 if lag.group(2).lower().startswith("week") else 1) * _COUNTS[lag.group(1).lower()]


def find_time(
    text: str, cue_offset: int, ref: date | None, previous: date | None = None, language: str | None = None
) -> TimeExpression | None:
    """Find the time expression nearest the cue in ``text`` (content already masked out).

    Args:
        text: the sentence of the cue, with the quoted content replaced by spaces.
        cue_offset: where the cue is in ``text``.
        ref: the reference day.
        previous: the day the text before the sentence named last, what "that day" means (and
            what "a day later", "three days later" count from).
        language: the article's language (Catalan "va anunciar dijous" is the past, see ``_GO_PAST``).

    Returns:
        ``("day", date, pos)``, ``("not-day", None, pos)``, or None when the sentence names no time.
    """
    text = earlier_occasions_out(text, cue_offset)
    # a restrictive clause of one of the cue's hearers or of a participle before the speaker
    # ("told volunteers who arrived on Sunday") counts as a comma's relative clause does, below:
    # its days when the rest names none (one of an aside or of the speaker never)
    unblanked, text = text, restrictive_clauses_out(text, cue_offset)
    # a relative clause's times count only when the rest of the sentence names none, and then only
    # its days, or a vague time of a standing role ("Okeke, who chairs the group this year, said") or
    # after the cue (", she said, where the firm cut jobs last year": the reported words go on):
    # another vague time tells of its own verb ("Ruiz, who has lived here since 2019, said")
    # (but never a counted "two days ago" of a clause the cue is not in: it dates the clause's own
    # event, "Marsh, who took office two days ago, said", as no day of speech would be counted)
    found = _expressions(outside_clauses(text, cue_offset), cue_offset, ref, language) or [
        f
        for f in _expressions(text, cue_offset, ref, language)
        if (f[0] == "day" or f[2] > cue_offset or _in_a_role(text, f[2]))
        and not _DAYS_AGO.match(text, f[2])
        and not _in_a_perfect_clause(text, f[2], cue_offset)
        and (f[0] != "day" or _clause_dates_the_words(text, f[2]))
    ]
    if not found and text != unblanked:
        hearers = restrictive_clauses_out(unblanked, cue_offset, asides_only=True)
        if hearers != text:
            found = [
                f
                for f in _expressions(hearers, cue_offset, ref, language)
                if f[0] == "day" and not _DAYS_AGO.match(hearers, f[2])
            ]
    found.extend(_from_previous(text, previous))
    if previous is not None:
        # "A day earlier, she had said": the "earlier" of a counted day is no vague time
        spans = [m.span() for m in _EARLIER.finditer(text)]
        found = [f for f in found if f[0] != "not-day" or not any(a <= f[2] < b for a, b in spans)]
    if not found:
        return None
    nearest = min(found, key=lambda f: abs(f[2] - cue_offset))
    lag = lag_days(text[:cue_offset])
    if lag and nearest[0] == "day" and nearest[1] is not None:
        # "... said Thursday, two days after saying he would wait": two days before Thursday
        return _day(_shift(nearest[1], -lag), nearest[2])
    return nearest


def _from_previous(text: str, previous: date | None) -> list[TimeExpression]:
    """The days ``text``'s "the same day", "a day later" and "a day earlier" name, counted from
    ``previous``, the day named before; "three days later" with no day named before it is a day the story moved
    to, but which is unknown."""
    found: list[TimeExpression] = []
    if previous is not None:
        found.extend(("day", previous, m.start()) for m in SAME_DAY.finditer(text))
    found.extend(_day(_shift(previous, days_later(m)) if previous else None, m.start()) for m in _LATER.finditer(text))
    if previous is not None:
        found.extend(_day(_shift(previous, -days_later(m)), m.start()) for m in _EARLIER.finditer(text))
    return found


def day_named_last(text: str, ref: date | None, previous: date | None = None) -> date | None:
    """The day the last time expression of ``text`` names; None when it names none, or a vague time.
    ``previous`` is the day named before ``text``, what its "the same day" and "a day later" mean
    (a chain: "On Monday ... A day later ... The next morning ...")."""
    found = _expressions(text, len(text), ref)
    if previous is not None:
        found.extend(_from_previous(text, previous))
    if not found:
        return None
    return max(found, key=lambda f: f[2])[1]


# The same moment in another time zone, in brackets: "shortly after 2 a.m. (1800 GMT Saturday)"
# names the day where it is not the story's (the day of the story's own clock is the day).
_OTHER_ZONE = re.compile(r"\([^()]*\b(?:GMT|UTC)\b[^()]*\)")


# A pronoun and a verb that tell of an earlier figure or promise, closing a noun phrase: "the
# 12,000 homes she cited Friday", "the offer they made on Monday", "up from the 120 he had
# counted on Tuesday" (no cue: "she promised Monday"; a cue's verb only after the noun it closes:
# "up from the 300 it pledged on Monday").
# So does a free relative of a verb of saying, which no cue is: "word for word what she posted
# last night", "what he said on Monday".
_CITED = re.compile(
    r"\b(?:he|she|they|we|I|it)\s+(?:had\s+)?(?:cited|gave|used|quoted|floated|mentioned|made|put forward|counted"
    r"|recorded|estimated|reported|offered)\s+(?:on\s+)?$"
    # a cue's verb after a noun phrase that it closes: "up from the 300 it pledged on Monday"
    r"|\bthe\s+(?:(?!(?:said|says|told|added)\b)[^\s;:!?]*[^\s,;:.!?]\s+){1,4}(?:he|she|they|we|I|it)\s+(?:had\s+)?"
    r"(?:announced|proposed|pledged|promised)\s+(?:on\s+)?$"
    # an earlier figure given for comparison: "He gave a figure of 90 yesterday."
    r"|\b(?:gave|cited|put|reported|quoted)\s+(?:a|the|her|his|their|its)\s+(?:figure|number|count|total|estimate)"
    r"\s+(?:of|at)\s+\S+\s+(?:on\s+)?$"
    r"|\bwhat\s+(?:he|she|they|we|I|it)\s+(?:had\s+)?(?:said|posted|wrote|told\s+\w+|tweeted|promised)\s+(?:on\s+)?$",
    re.I,
)


# A weekday in a title: "told the Sunday Beacon", "The Sunday Clarion's reporter": "the", the
# weekday, and a capitalised word after it, no day of anyone's words.
_TITLE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_TITLE_AFTER = re.compile(r"\s+[A-Z][a-z]")
# After "on the", a day as often as a title ("on the Friday Parliament rose"): a title only when its
# capitalised words end at a punctuation mark or the text's end ("on the Sunday Show, she said").
_ON_THE_BEFORE = re.compile(r"\bon\s+the\s+$", re.I)
_TITLE_CLOSED = re.compile(r"(?:\s+[A-Z][\w'’-]*)+\s*(?:[,.;:!?)\"”’]|$)")


def _in_a_name(text: str, m: re.Match[str]) -> bool:
    """Whether the weekday matched by :data:`_WEEKDAY` at ``m`` is a word of a title ("told the
    Sunday Beacon yesterday", "He told The Sunday Clarion on Friday"), not a day."""
    return (
        m.group(1) is None
        and m.group(2)[:1].isupper()
        and _TITLE_BEFORE.search(text, 0, m.start()) is not None
        and _TITLE_AFTER.match(text, m.end()) is not None
        and (_ON_THE_BEFORE.search(text, 0, m.start()) is None or _TITLE_CLOSED.match(text, m.end()) is not None)
    )


# "Tonight" after a capitalised word: a programme's title ("on KRB's Harbour Tonight"), no day
# ("Today" is left: an outlet's own "told Farm Week Today" is as often the story's day).
_TITLE_WORD_BEFORE = re.compile(r"\b[A-Z][\w-]*(?:['’]s)?\s+$")


def _titled(text: str, m: re.Match[str]) -> bool:
    """Whether "Tonight" matched by :data:`_TODAY` at ``m`` closes a programme's title ("on KRB's
    Harbour Tonight") rather than naming the day."""
    return m.group(0) == "Tonight" and _TITLE_WORD_BEFORE.search(text, 0, m.start()) is not None


# After "the" and a weekday (and its part of the day), a word that makes the weekday a noun's
# modifier: a lower-case word but a pronoun, an article, a preposition or a conjunction ("the
# Tuesday meeting", "the Tuesday morning briefing", "in the Tuesday edition"; not "On the Tuesday
# she said", "the Tuesday before", "On the Tuesday, the board ...").
_WEEKDAY_AS_MODIFIER = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?!(?:she|he|they|we|I|it|you|the|a|an|this|that|his|her|"
    r"their|its|our|of|before|after|following|when|as|at|in|on|by|and|but|or|to|for|with|itself)\b)[a-z][a-z-]+\b"
)


# "on Tuesday last": the qualifier after the weekday, as British copy writes it (not "Tuesday last
# week", a day of another week that no qualifier here reads)
# (not "last-minute", "last-ditch": a compound of the words that follow)
_LAST_AFTER = re.compile(r"\s+last(?![\w’'-])(?!\s+(?:week|month|year|night|time)\b)", re.I)


def _looking_back(text: str, m: re.Match[str]) -> str | None:
    """The qualifier of the weekday matched by :data:`_WEEKDAY` at ``m``; "past" for one after "the"
    ("On the Monday she said 46 people had been treated"): a day of the week the story looks back
    on, never the story's own day (that is "today", not "the Monday"). A weekday that modifies a
    noun after it ("at the Tuesday meeting", :data:`_WEEKDAY_AS_MODIFIER`) names the occasion's
    day as a bare weekday does: the story's own day when it is that weekday."""
    if m.group(1) in (None, "on", "On") and _LAST_AFTER.match(text, m.end()):
        return "last"  # "on Tuesday last", said on a Tuesday: a week before
    if (
        m.group(1) is None
        and _TITLE_BEFORE.search(text, 0, m.start()) is not None
        and _WEEKDAY_AS_MODIFIER.match(text, m.end()) is None
    ):
        return "past"
    return m.group(1)


def _expressions(text: str, cue_offset: int, ref: date | None, language: str | None = None) -> list[TimeExpression]:
    """Every time expression of ``text`` (see find_time)."""
    text = _OTHER_ZONE.sub(lambda m: " " * len(m.group(0)), text)
    found: list[TimeExpression] = []
    for m in _NOT_A_DAY.finditer(text):
        found.append(("not-day", None, m.start()))
    if ref is not None:
        for m in _WEEKDAY.finditer(text):
            if _in_a_name(text, m):
                continue
            if not _bounding(m.group(1)) and not _future_before(text[: m.start()], language):
                found.append(_day(_weekday(ref, m.group(2), _looking_back(text, m)), m.start()))
        for m in _VI_WEEKDAY.finditer(text):
            found.append(_day(_shift(ref, -((ref.weekday() - _vietnamese_weekday(m)) % 7)), m.start()))
        for m in _OCCASION.finditer(text):
            # ("she will go to Monday's hearing": an occasion to come)
            if _at_the_cue(text, m.start(), cue_offset) and not _future_before(text[: m.start()], language):
                found.append(_day(_weekday(ref, m.group(2), m.group(1)), m.start()))
        for m in _YESTERDAY.finditer(text):
            found.append(_day(_shift(ref, -1), m.start()))
        yesterday = _yesterday_in(language)
        for m in yesterday.finditer(text) if yesterday is not None else ():
            found.append(_day(_shift(ref, -1), m.start()))
        for m in _TODAY.finditer(text):
            if not _titled(text, m):
                found.append(("day", ref, m.start()))
        for m in _LAST_NIGHT.finditer(text):
            found.append(_day(_shift(ref, -1), m.start()))
        for m in _MOMENTS_AGO.finditer(text):
            found.append(("day", ref, m.start()))
        for m in _DAYS_AGO.finditer(text):
            found.append(_day(_shift(ref, -_AGO_COUNTS[m.group(1).lower()]), m.start()))
        for f in find_dates(text, default_year=ref.year):
            if _ATTRIBUTIVE.search(text[: f.start]) and not _OCCASION_AFTER.match(text, f.end):
                continue
            day = to_date(parse_date(f.iso))
            if day is not None and after_next_day(day, ref):
                # later than the story's day: an event to come ("Halo ships April 20, she said"), or
                # last year's date when this year's is too far ahead to be planned for
                day = year_before(day) if not f.year_known and not to_come(day, ref) else None
            if day is not None:
                found.append(("day", day, f.start))
        for m in _DAY_OF_MONTH.finditer(text):
            found.append(_day(day_of_month(ref, int(m.group(1))), m.start()))
        ordinals = [m for m in _ORDINAL_DAY.finditer(text) if _dates_words(text, m)]
        # ("on Wednesday the 16th": the weekday is the ordinal's, read with it)
        named = {m.start("weekday") for m in ordinals if m.group("weekday")}
        found = [f for f in found if f[2] not in named]
        found.extend(_day(_ordinal_day(m, ref), m.start("at")) for m in ordinals)
    # "up from the 900 she cited Friday": the day of an earlier figure's verb, not the cue's
    return [f for f in found if f[0] != "day" or not _CITED.search(text[: f[2]])]


# A day of the month alone, as Chinese and Japanese copy names the day of speech ("3日上午", on the
# morning of the 3rd), and Korean copy ("7일 ... 밝혔다", said on the 7th); "11月2日" and "9월 7일"
# are whole dates (find_dates), "7일간", "7일 동안" (for seven days) and "3일째" (the third day) no day.
_DAY_OF_MONTH = re.compile(r"(?<![\d月월])(?<!월 )(\d{1,2})(?:日|일(?!\s*(?:간|동안|째)))")


def day_of_month(ref: date, day: int) -> date | None:
    """The last ``day`` of a month on or before ``ref`` (the 3rd of the reference's month, or of the
    month before when the reference is earlier in its month); None for a day no month has."""
    year, month = ref.year, ref.month
    if day > ref.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return date(year, month, day)
    except ValueError:
        return None


_ENGLISH_MONTHS = "january february march april may june july august september october november december".split()
# A day of the month written as an ordinal, the month left to the reader ("told him on the 21st
# that", "a bulletin dated the 16th", "on Wednesday the 16th,") or named after it ("on the 3rd of
# May"): after "on" or "dated", and followed by punctuation, the month or a word that opens the
# rest of the clause, never a noun the ordinal counts ("on the 3rd floor", "on the 10th anniversary").
_ORDINAL_DAY = re.compile(
    r"\b(?:on|dated)\s+(?P<at>(?:(?P<weekday>"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\b"
    r"(?:\s+of\s+(?P<month>" + "|".join(_ENGLISH_MONTHS) + r")\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?)?"
    r"(?=\s*(?:[,.;:!?)\"”’]|$)|\s+(?:that|when|and|but|as|at|in|to|after|before|he|she|they|we|I|it|"
    r"his|her|their|its|the|a|an|said|told|with|by|for|was|were|had)\b)",
    re.I,
)
# Words that tell of words said, written or put out ("told him on the 21st", "rang me on the 2nd",
# "published on the 14th", "who read a statement to the council on the 24th"): a clause with one
# dates them by an ordinal day alone; another clause's ordinal counts a thing left unnamed, as
# sports copy does ("bogeyed on the 17th", "finished on the 3rd", "sent off on the 2nd").
_WORDS_CLAUSE = re.compile(
    r"\b(?:sa(?:id|y|ys|ying)|t(?:old|ell|ells|elling)|sp(?:oke|oken|eak|eaks|eaking)|talk(?:ed|s|ing)?|"
    r"wr(?:ote|itten|ite|ites|iting)|r(?:ang|ung)|call(?:ed|s|ing)?|phon(?:ed|es|ing)|e-?mail(?:ed|s|ing)?|"
    r"text(?:ed|s|ing)|messag(?:ed|es|ing)|post(?:ed|s|ing)|tweet(?:ed|s|ing)|publish(?:ed|es|ing)|"
    r"issu(?:ed|es|ing)|releas(?:ed|es|ing)|announc(?:ed|es|ing)|stat(?:ed|es|ing)|declar(?:ed|es|ing)|"
    r"read|testif(?:ied|ies|y|ying)|confirm(?:ed|s|ing)|repl(?:ied|ies|y|ying)|answer(?:ed|s|ing)|"
    r"warn(?:ed|s|ing)|add(?:ed|s|ing)|brief(?:ed|s|ing)|address(?:ed|es|ing)|statements?|interviews?|"
    r"letters?|notices?|memos?|bulletins?|speech(?:es)?|reports?|remarks?)\b",
    re.I,
)
_CLAUSE_START = re.compile(r"[,;:()\"“”—–]|\s-\s")


def _dates_words(text: str, m: re.Match[str]) -> bool:
    """Whether the ordinal day ``m`` (``_ORDINAL_DAY``) may name the day of words: with its weekday
    or its month, after "dated", or in a clause that tells of words (``_WORDS_CLAUSE``), from the
    clause's start to the ordinal's "on"."""
    if m.group("weekday") or m.group("month") or m.group(0).lower().startswith("dated"):
        return True
    starts = [b.end() for b in _CLAUSE_START.finditer(text, 0, m.start())]
    return _WORDS_CLAUSE.search(text, starts[-1] if starts else 0, m.start()) is not None


_MONTHS_BACK = 3  # how far back a weekday named with the ordinal may send the day ("Friday the 13th")


def _ordinal_day(m: re.Match[str], ref: date) -> date | None:
    """The day an ordinal day of the month (``_ORDINAL_DAY``) names: with its month, that day of the
    reference's year (of the year before when that falls after the day after ``ref``); without, the
    last such day on or before ``ref`` (:func:`day_of_month`) that falls on the weekday named with
    it, if one is, within a few months; None when none does."""
    number = int(m.group("d"))
    day: date | None
    if m.group("month"):
        year = int(m.group("year")) if m.group("year") else ref.year
        try:
            day = date(year, MONTHS[m.group("month").lower()], number)
        except ValueError:
            return None
        return year_before(day) if not m.group("year") and after_next_day(day, ref) else day
    day = day_of_month(ref, number)
    weekday = m.group("weekday")
    if weekday is None:
        return day
    at: date | None = ref
    for _ in range(_MONTHS_BACK):
        if day is not None and day.weekday() == _DAY_NAMES[weekday.lower()]:
            return day
        at = _shift(at.replace(day=1), -1) if at is not None else None  # the month before's last day
        day = day_of_month(at, number) if at is not None else None
    return None


# Abbreviations whose point is no sentence's end: times of day, titles, months in US style.
_ABBREVIATION = re.compile(
    r"\b(?:[ap]\.m\.|(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Coun|Cllr|Cr|Jan|Feb|Mar|Apr|Aug|"
    r"Sept|Sep|Oct|Nov|Dec|Jr|Sr|No|Inc|Corp|Ltd|Co|U\.S|U\.K)\.)"
)

# A lede is a paragraph of running text; header lines (headline, standfirst, byline) are shorter.
_MIN_LEDE_WORDS = 12
# (a colon ends a lede that introduces its first quote: "..., the union's chair was blunt:")
_SENTENCE_END = re.compile(r"[.!?:][\"'”’»]?\s*$")


# "that" opening a clause (the reported words, or a relative), not "that day", "that same week"
_COMPLEMENT = re.compile(
    r"(?<=\w)[\s,]+that\b(?!\s+(?:same\s+)?(?:day|week|month|year|morning|afternoon|evening|night)\b)", re.I
)


_GREETING = re.compile(r"\bgood\s+(?:" + "|".join(_DAY_NAMES) + r")\s+(?:morning|afternoon|evening)\b", re.I)
# A conjunction a sentence of a story moving on may open with: "And by Wednesday lunchtime ..."
_OPENING_CONJUNCTION = r"(?:(?:and|but|then|yet)\s+)?"
# A sentence opening with the day by which something had happened: "By Tuesday evening, after a
# call with the governor, she had switched sides", "And by yesterday morning her tone had hardened".
_BY_DAY = re.compile(
    r"^\W*" + _OPENING_CONJUNCTION + r"by\s+(?:(?:" + "|".join(_DAY_NAMES) + r")|yesterday|last night|this morning)\b",
    re.I,
)


def by_a_day(sentence: str) -> bool:
    """Whether a sentence opens with the day by which something had happened ("By Tuesday
    evening, she had switched sides"): its past perfect tells of that day, not of an earlier one."""
    return _BY_DAY.match(sentence) is not None


# A sentence opening with the day it tells of: "On Tuesday, over the same phone line, the tally
# was smaller.", "By Tuesday evening all that was forgotten.", "Later on Monday, the mood shifted.",
# or with the occasion of that day it tells of ("Speaking to Monday's hearing, the warden was calm.")
_OPENS_WITH_DAY = re.compile(
    r"^\W*"
    + _OPENING_CONJUNCTION
    + r"(?:(?:later|earlier|early|late)\s+)?(?:on|by)\s+(?:"
    + "|".join(_DAY_NAMES)
    + r")\b"
    # "By yesterday morning the timetable had tightened."
    r"|^\W*" + _OPENING_CONJUNCTION + r"by\s+(?:yesterday|last\s+night|this\s+(?:morning|afternoon|evening))\b"
    r"|^\W*(?:this|yesterday)\s+(?:morning|afternoon|evening)\b"
    # "Speaking to Monday's hearing by video link, the warden was calm."
    r"|^\W*(?:speaking|asked|writing|appearing)\s+(?:at|to|during|in|on|before)\s+(?:"
    + "|".join(_DAY_NAMES)
    + r")['’]s\s"
    # an opening phrase that holds the day, up to its comma: "At the school gates this morning, ..."
    r"|^\W*(?:on|at|in|outside|after|during)\s+(?:[^\s,;:.!?]+\s+){0,5}?(?:"
    + "|".join(_DAY_NAMES)
    + r"|this\s+(?:morning|afternoon|evening)|yesterday|today|tonight|last\s+night)"
    + r"(?:\s+(?:morning|afternoon|evening|night))?\s*,",
    re.I,
)


def opens_with_day(sentence: str) -> bool:
    """Whether a sentence opens with the day it tells of ("On Tuesday, over the same phone line, the
    tally was smaller.", "By Tuesday evening all that was forgotten."): a scene the next quote is set in."""
    return _OPENS_WITH_DAY.match(sentence) is not None


_PLACE_DATELINE = re.compile(r"^[^\W\d_a-z]+(?:[ -][^\W\d_a-z]+){0,2}\.$")  # "HALLWANG.", a German dateline


def _lede_sentence(paragraphs: list[str]) -> str | None:
    """The first sentence of the story's first paragraph of running text (a newsletter's
    greeting and a dateline's place left out); None when no paragraph is running text."""
    sentences = _lede_sentences(paragraphs)
    return sentences[0] if sentences else None


def _lede_sentences(paragraphs: list[str]) -> list[str]:
    """The sentences of the story's first paragraph of running text (see :func:`_lede_sentence`),
    the first in full, at most three."""
    for paragraph in paragraphs:
        if len(paragraph.split()) < _MIN_LEDE_WORDS or not _SENTENCE_END.search(paragraph):
            continue
        # "11 p.m. Tuesday", "Gov. Ruiz said Tuesday": an abbreviation's point ends no sentence
        running = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), paragraph.strip())
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“‘'«„])", running, maxsplit=2)
        if len(sentences) > 1 and _PLACE_DATELINE.match(sentences[0]):
            sentences = sentences[1:]  # "HALLWANG. Es ist ...": the place the story is filed from
        return [_GREETING.sub("", s) for s in sentences]  # "Good Wednesday morning.": a newsletter's day, no event's
    return []


_THE = re.compile(r"\bthe\s+$", re.I)
_FROM = re.compile(r"\b(?:from|starting|beginning)\s+(?:next\s+)?$", re.I)
_LedeMark = tuple[re.Match[str], int | None]  # a day word, and its shift from the reference day (None: a weekday)


def _lede_marks(first: str | None) -> list[_LedeMark] | None:
    """The words of the lede sentence ``first`` (:func:`_lede_sentence`) that name the day of what
    it reports: weekdays, "yesterday", "last night", "today"; None when it has none to read (no
    lede, or a vague time before any "that")."""
    if first is None:
        return None
    marks: list[_LedeMark] = []
    for pattern, shift in ((_WEEKDAY, None), (_YESTERDAY, -1), (_LAST_NIGHT, -1), (_TODAY, 0)):
        for m in pattern.finditer(first):
            before = first[: m.start()]
            to_come = _FUTURE.search(before) or _SCHEDULED.search(before)  # "taking place on Thursday"
            # "on the Thursday I visited": a feature's scene, not the day of what it reports
            scene = _THE.search(before) is not None
            # "water on alternate days from Saturday": the start of what it reports, not its day
            start = _FROM.search(before) is not None
            if pattern is _WEEKDAY and (_bounding(m.group(1)) or to_come or scene or start):
                continue
            marks.append((m, shift))
    # a vague time after a "that" is the reported words' own ("... told councillors yesterday
    # that fares rose last year"), not the occasion's
    if _NOT_A_DAY.search(_COMPLEMENT.split(first, maxsplit=1)[0]):
        return None
    return marks


def lede_day(paragraphs: list[str], ref: date | None) -> date | None:
    """The day the story's first paragraph of running text names for what it reports: "Rivermouth
    Athletic confirmed on Tuesday ...", "... the flood agency confirmed yesterday". A lede that
    names no day, or a vague time ("last week"), or two different days, gives none; a vague time
    after a "that" is the reported words' own ("... told councillors yesterday that fares rose
    last year": yesterday), and a newsletter's greeting ("Good Wednesday morning") names no event's
    day.

    Args:
        paragraphs: the article's paragraphs, in order (header lines included).
        ref: the reference day.
    """
    sentences = _lede_sentences(paragraphs)
    first = sentences[0] if sentences else None
    marks = _lede_marks(first) if ref is not None else None
    if ref is None or marks is None:
        return None
    days = _marked_days(marks, ref) | _lede_dates(first or "", ref)
    if days and first is not None and _SAID_ON_DAY.search(first) is None and not _speech_day(first, marks):
        # "... why a Friday-night race was halted. This is what they said on Saturday.": the
        # day the lede's next sentence gives the words, not the day of the first's event (a
        # first sentence whose day is its own speech verb's, "X announced a pay rise on Tuesday",
        # keeps it; and a day said in a relative clause, "the union, which said on Friday that
        # ...", is no day of the story's words: :func:`_said_part`)
        said = {d for s in sentences[1:] for d in _marked_days(_lede_marks(_said_part(s)) or [], ref)}
        if len(said) == 1 and None not in said:
            return said.pop()
    if len(days) > 1:
        days = _days_before_the_words(first or "", ref)
    if len(days) != 1:
        return None
    day = days.pop()
    for sentence in sentences[1:]:
        # "X spent Tuesday assuring lenders ... By Wednesday the tone was different.": a
        # lede of a change between two days gives neither to the story's quotes
        if _OPENS_WITH_DAY.match(sentence) and _marked_days(_lede_marks(sentence) or [], ref) - {day}:
            return None
    return day


# The verbs of speech a lede's day may follow ("said", "posted" ...); _SPEECH_VERB adds others
# ("confirmed", "warned" ...)
_SAY_VERBS = r"said|wrote|posted|tweeted|commented|reacted|responded|announced|declared|stated"
# A speech verb with the day it was said on right after it: "said on Sunday", "wrote yesterday",
# "posted on Monday evening" (the day of the words the story reports, not of an event it tells of)
_SAID_ON_DAY = re.compile(
    r"\b(?:" + _SAY_VERBS + r")\s+"
    r"(?P<day>(?:on\s+)?(?:" + "|".join(_DAY_NAMES) + r")|yesterday|today)\b",
    re.I,
)


# A relative clause still open at the end of a text: "The porters' union, which " (a clause closed
# by a comma before, "The union, which represents porters, ", is not)
_OPEN_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b[^,;:.!?()\"“”—–]*$", re.I)

# A verb of speech, in whatever place of its sentence: "announced a pay rise on Tuesday"
_SPEECH_VERB = re.compile(
    r"\b(?:" + _SAY_VERBS + r"|says|told|confirmed|unveiled|warned|insisted|claimed|promised|pledged)\b",
    re.I,
)


def _said_part(sentence: str) -> str:
    """The day words of ``sentence`` that follow a speech verb of its main clause ("what they said
    on Sunday"), blank when it has none: a speech verb in a relative clause ("the union, which said
    on Friday that ...") tells of another occasion than the story's words."""
    return " ".join(
        m.group("day") for m in _SAID_ON_DAY.finditer(sentence) if not _OPEN_RELATIVE.search(sentence, 0, m.start())
    )


def _speech_day(first: str, marks: list[_LedeMark]) -> bool:
    """Whether the lede sentence ``first`` gives its day to a speech verb of its own main clause
    ("Minister X announced a pay rise for porters on Tuesday"), not to an event it tells of ("after
    a Monday-night storm brought down the pier"): a speech verb outside relative clauses, before the
    words it reports, with a day of the sentence in that same part."""
    head = _COMPLEMENT.split(first, maxsplit=1)[0]
    if marks and all(m.start() >= len(head) for m, _ in marks):
        return False  # the day is in the reported words: their event's
    return any(not _OPEN_RELATIVE.search(head, 0, v.start()) for v in _SPEECH_VERB.finditer(head))


# The end of the clause a speech verb opens: "announced a pay rise on Tuesday, ..."
_CLAUSE_END = re.compile(r"[,;:.!?()\"“”—–]")


def lede_speech_day(paragraphs: list[str], ref: date | None) -> date | None:
    """The lede's day (:func:`lede_day`) when the lede gives it to a verb of speech: "the warden
    said on Tuesday", "... what they said on Saturday." in its next sentence, "the minister
    announced a pay rise on Tuesday" (the day in the clause the verb opens); None when the day is
    an event's ("A storm tore the roof off the hall on Tuesday night, ...", "The river burst its
    banks on Monday, the warden said"), whose words may be of any later day."""
    day = lede_day(paragraphs, ref)
    if day is None or ref is None:
        return None
    sentences = _lede_sentences(paragraphs)
    if any(day in _marked_days(_lede_marks(_said_part(s)) or [], ref) for s in sentences):
        return day
    head = _COMPLEMENT.split(sentences[0], maxsplit=1)[0]
    for verb in _SPEECH_VERB.finditer(head):
        if _OPEN_RELATIVE.search(head, 0, verb.start()):
            continue  # "the union, which warned on Friday ...": another occasion's day
        clause = _CLAUSE_END.split(head[verb.end() :], maxsplit=1)[0]
        if day in _marked_days(_lede_marks(clause) or [], ref) | _lede_dates(clause, ref):
            return day
    return None


def _days_before_the_words(first: str, ref: date) -> set[date | None]:
    """The days the lede sentence ``first`` names before the words it reports ("told MPs on Tuesday
    that 38 wells had been capped, going back on what it said on Sunday": Tuesday); none when no
    "that" opens reported words (the other days after it are the words' own events)."""
    head = _COMPLEMENT.split(first, maxsplit=1)[0]
    if head == first:
        return set()
    return _marked_days(_lede_marks(head) or [], ref) | _lede_dates(head, ref)


def _marked_days(marks: list[_LedeMark], ref: date) -> set[date | None]:
    """The days the day words of a lede sentence name, read against ``ref``."""
    return {_weekday(ref, m.group(2), m.group(1)) if shift is None else _shift(ref, shift) for m, shift in marks}


_QUOTED = re.compile(r"[\"“«„][^\"“”«»„]*[\"”»]")


def _lede_dates(first: str, ref: date) -> set[date | None]:
    """The dates the lede sentence names for what it reports ("On 14 September the court
    ruled ...", Korean "7일", the 7th): not a date before a noun ("the March 3 ruling"), nor one
    ahead of the story's day."""
    days: set[date | None] = set()
    first = _QUOTED.sub(lambda m: " " * len(m.group(0)), first)  # the quoted words' dates are their own
    for f in find_dates(first, default_year=ref.year):
        before = first[: f.start]
        if _ATTRIBUTIVE.search(before) or _FUTURE.search(before) or _SCHEDULED.search(before):
            continue
        day = to_date(f.iso)
        if day is not None and after_next_day(day, ref):
            day = year_before(day) if not f.year_known and not to_come(day, ref) else None
        if day is not None:
            days.add(day)
    # "장관은 7일 ... 밝혔다", "3日上午": a day of the month alone is of the reference's month or the one before
    days |= {day for m in _DAY_OF_MONTH.finditer(first) if (day := day_of_month(ref, int(m.group(1)))) is not None}
    return days


_DAY_ALTERNATION = "|".join(_DAY_NAMES)
# The lede's day is an evening's: "a little after 11:30 p.m. Tuesday", "late Tuesday", "on Tuesday
# night" (the lede sentence has its abbreviations' points removed: "11:30 pm")
_AT_NIGHT = re.compile(
    r"\b(?:(?:1[01]|[6-9])(?::[0-5]\d)?\s*p\.?m\b|late\s+(?:on\s+)?(?:" + _DAY_ALTERNATION + r")\b|"
    r"(?:" + _DAY_ALTERNATION + r")\s+(?:night|evening)\b)",
    re.I,
)
# A time in the small hours ("shortly after midnight", "at 12:24 a.m.") that names no day of its
# own ("at 2 a.m. Tuesday" does)
_SMALL_HOURS = re.compile(
    r"\b(?:after\s+midnight|(?:12|[1-4])(?::[0-5]\d)?\s*a\.m\.)(?!,?\s+(?:on\s+)?(?:" + _DAY_ALTERNATION + r")\b)",
    re.I,
)


def lede_at_night(paragraphs: list[str]) -> bool:
    """Whether the lede names its day as an evening's or a night's ("climbed onto the stage a
    little after 11:30 p.m. Tuesday", "late Tuesday", "on Tuesday night"): an election night's or a
    late sitting's story, whose words said after midnight are of the next day.

    Args:
        paragraphs: the article's paragraphs, in order (header lines included).
    """
    first = _lede_sentence(paragraphs)
    return first is not None and _AT_NIGHT.search(first) is not None


def after_midnight(text: str) -> bool:
    """Whether ``text`` places what it tells in the small hours and names no day for them
    ("conceded shortly after midnight", "in a statement sent at 12:51 a.m."; not "at 2 a.m.
    Tuesday")."""
    return _SMALL_HOURS.search(text) is not None


def lede_weekday(paragraphs: list[str]) -> int | None:
    """The weekday (Monday 0) the lede names for what it reports, read without a reference day
    (an undated wire story: "The minister promised Tuesday that ..."): as :func:`lede_day`, but
    a lede that also says "yesterday" or "today", which only a date places, gives none.

    Args:
        paragraphs: the article's paragraphs, in order (header lines included).
    """
    marks = _lede_marks(_lede_sentence(paragraphs))
    if not marks or any(shift is not None for _, shift in marks):
        return None
    days = {_DAY_NAMES[m.group(2).lower()] for m, _ in marks}
    return days.pop() if len(days) == 1 else None


# A cue in the present tense ("says", "insists", "sagt", "dit", "dice", "говорит"): a feature's
# interview, of no particular day.
_PRESENT = re.compile(
    r"^(?:(?!was$|has$|is$|does$)[a-z]+[^s]s|says|adds|say|insist|argue|claim|believe|fear|hope|warn|"
    r"maintain|contend|agree|sagt|sagen|erklärt|meint|betont|fügt|dit|affirme|estime|explique|"
    r"assure|souligne|ajoute|dice|afirma|asegura|explica|añade|говорит|считает|отмечает|добавляет)$",
    re.I,
)


def present_tense(cue: str) -> bool:
    """Whether a cue's verb is in the present tense ("says", "insists", "sagt"): in news, a
    statement of no particular day (an interview for a feature, a standing position)."""
    words = cue.split()
    return bool(words) and _PRESENT.match(words[0]) is not None


# "has said", "have long argued", "has repeatedly told": the words just before a cue that put it
# in the present perfect (at most one adverb between).
_PERFECT = re.compile(r"\b(?:has|have|'s|'ve)\s+(?:[a-z]+ly\s+|long\s+|also\s+|since\s+|already\s+)?$", re.I)


# "has said little beyond a promise, made on Monday, that ...": the perfect tells how much was
# said; the words are the promise's, of its own day.
_AMOUNT = re.compile(r"^\s*(?:little|nothing|less|much|more)\b", re.I)


def present_perfect(before: str, after: str = "") -> bool:
    """Whether a cue stands in the present perfect, from the text just before it ("The union has
    said", "Ruiz has repeatedly told reporters"): a position held up to now, of no particular day,
    so neither a day the sentence names for another clause ("which endorsed the bill on Wednesday,
    has said") nor the lede's or the dateline's is its day. Not when the text just after it tells
    how much was said ("has said little beyond a promise made on Monday")."""
    return _PERFECT.search(before[-40:]) is not None and _AMOUNT.match(after) is None
