"""Days that a document's layout gives its statements: live-blog day headings, transcript headers.

A live blog (two or more entries opening with a time stamp) groups its entries under day
headings (``Thursday 11 March``, ``Friday, May 6``), and a blog heads each post with its date and
time (``Monday 17 May 2027, 23:40 (station time)``, two or more such lines): every statement in an entry was made that
day unless its own sentence says otherwise; entries above the first heading are of the day the
lede (above the entries) tells of, else of the publication day. A transcript's header names the
recording or broadcast date (``Recorded: Thursday,
May 13, 2027``, ``Call date: ...``, ``Transcript of interview — recorded Thursday, ...``, a Q&A's
``We met on 28 October ...``, ``She spoke to our correspondent ... on Wednesday 13 October``,
``This interview was conducted ... on Friday 5 November 2027``, ``The agency's director spoke to ...
on ...``, a broadcast script's ``TX: THURSDAY 14/10/2027 19:30``): every turn
was said that day; a transcript whose header names no date, on its publication day. A press
release (``PRESS RELEASE``, ``FOR IMMEDIATE RELEASE``, ``Pressemitteilung``, ``Communiqué de
presse``, a ``Club Statement`` at its head) speaks on its own date: a quote in it whose sentence names no day was said
that day; so does any document a body issues in its own name (a regulator's ``DECISION``, a ``Drug Safety
Notice``, a league's ``DISCIPLINARY UPDATE``), dated by its header when no date was read for the article.
So does the record of a meeting whose header line gives its date (``Date: Tuesday, April 13, 2027``
over a board's minutes): what is said in it, its sentence naming no day, was said that day; and a
broadcast script's clips, quoted outside any turn, under its transmission line (``TX: ...``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from onrecord.attribute.when import after_next_day, find_time, lede_day, year_before
from onrecord.dates import FoundDate, find_dates, to_date

__all__ = [
    "SECTION",
    "DayMarks",
    "byline_outlet",
    "day_marks",
    "header_outlet",
    "is_filing",
    "is_issued",
    "is_release",
    "proceedings_header",
    "programme_outlet",
    "station_below",
]

_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
# A paragraph that is only a date, the weekday optional: "Thursday 11 March", "Friday, May 6, 2027".
_WEEKDAY_ONLY = re.compile(_WEEKDAY, re.I)
_MAX_HEADING_CHARS = 40
# "The interview was conducted/recorded/held ... on", "The interview took place at her office on"
_NOTE_OPENING = (
    r"(?:\binterview\s+(?:(?:was|has\s+been)\s+(?:conducted|recorded|held|taped|carried\s+out)|took\s+place)\b"
    r"[^\n.]{0,40}?\bon\s+"
    # a note's clipped form, the date right after the verb: "Interview conducted Wednesday 10 March 2027."
    r"|^\W*interview\s+(?:conducted|recorded|held|taped)\s+(?:on\s+)?(?=[^\n]*\d))"
)
_HEADER = re.compile(
    r"^\s*(?:recorded|broadcast|aired|transmitted|taped|held|tx|(?:(?:recording|air|interview|call|briefing|hearing|"
    r"broadcast|meeting|event)\s+)?date)"
    r"\s*(?:on)?\s*[:\-—–]\s*(?P<rest>[^\n]+)$"
    # "Transcript of interview — recorded Thursday, April 15, 2027"
    r"|\b(?:recorded|taped|aired|broadcast)\s+(?:on\s+)?(?P<inline>[^\n]*\d[^\n]*)$"
    # a monitoring export's source line: "Source: Sever-24 TV, Kamsk, in Russian 1600 gmt 17 Nov 27"
    r"|^\s*source\s*:(?P<source>[^\n]*\d[^\n]*)$"
    # a Q&A's introduction: "We met on 28 October in a café by the harbour ...", the one interviewed
    # its subject ("She spoke to our science editor, Ada Lee, at the lab in Orm on Friday 7 May"), or
    # questions put to her ("We put your questions to Dr Ada Lee of Orm University on Friday 7 May")
    r"|\b(?:(?:we|I|she|he)\s+(?:met|spoke|talked|put\s+(?:[\w'’]+\s+){0,2}?questions\s+to)"
    # or anyone named or titled who spoke to the interviewer ("The board's chair spoke to Ada Lee at ...")
    r"|[\w'’-]+\s+(?:spoke|talked)\s+(?:to|with))\b[^\n.]{0,120}?"
    r"\bon\s+(?P<met>(?:[^\n]*\d|" + _WEEKDAY + r"(?!\w))[^\n]*)$"
    # an interview's note: "This interview was conducted in Harnvik on Friday 7 May 2027"
    r"|" + _NOTE_OPENING + r"(?P<conducted>[^\n]*\d[^\n]*)$",
    re.I | re.M,
)
# An interview's note in the introduction's later sentences, which dates the talk whatever the
# sentence before it named ("She spoke to the Orm Ledger about Tuesday's gale. The interview took
# place by phone on Thursday, 14 October 2027."): the note's date, up to the end of its sentence.
_NOTE = re.compile(_NOTE_OPENING + r"(?P<conducted>[^\n.]*\d[^\n]*)", re.I)
_MAX_HEADER_CHARS = 1500
# A live-blog entry's time stamp opening its line: "17:52", "2:05 p.m. —", "10.05 BST", a zone
# with its offset from UTC ("21:40 GMT+8", "09:15 UTC+05:30").
_STAMP = re.compile(
    r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4}\b(?:\s?[+−-]\s?\d{1,2}(?::?\d{2})?\b)?)?"
    r"\s*(?:[—–\-|:].*)?$",
    re.I,
)
_MIN_STAMPS = 2  # a transcript's header sits above its first turns
# A timeline's entry stamp that opens with its weekday ("Wednesday, 8:15 a.m. — the prime minister"):
# a stamp, and the heading of that day's entries (the weekday's last day up to the publication day).
_WEEKDAY_STAMP = re.compile(
    r"^\s*(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:at\s+)?"
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*(?:[—–\-|:].*)?$",
    re.I,
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELEASE = re.compile(
    r"^\W*(?:press|news|media)\s+release\b|\bfor\s+immediate\s+(?:release|publication)\b|"
    r"^\W*(?:pressemitteilung|communiqué de presse|comunicado de prensa|пресс-релиз)\b|"
    r"^\W*press\s+summary\b|"  # a court's summary of its judgment
    # a body's own statement, headed as one: "Club Statement", "Official statement", and with its
    # date after a dash or bar: "Statement — 13 May 2027", "Statement | Thursday 13 May 2027"
    r"^\W*(?:(?:club|official|company|joint|public|media)\s+){0,2}statement"
    r"(?:\W*$|\s+[—–|-]\s+(?:[A-Za-z]+,?\s+)?(?:\d{1,2}\s+[A-Za-z]+|[A-Za-z]+\s+\d{1,2})\b(?:,?\s+\d{4})?\W*$)",
    re.I | re.M,
)
# a stock-exchange filing's header: "Company announcement", "Inside information"
_FILING = re.compile(
    r"\b(?:company|stock exchange|regulatory) announcement\b|\binside information\b|\bregulatory news\b",
    re.I | re.M,
)


def is_release(text: str) -> bool:
    """True when the text's header marks it as a press release ("MEDIA RELEASE", "FOR IMMEDIATE
    RELEASE", "Pressemitteilung"): its outlet is the organisation that issues it."""
    return _RELEASE.search(text[:_MAX_HEADER_CHARS]) is not None


def is_filing(text: str) -> bool:
    """True when the text's header marks it as a press release or a stock-exchange filing: a
    document of its issuer's own, dated by its header."""
    return is_release(text) or _FILING.search(text[:_MAX_HEADER_CHARS]) is not None


# A line of the header naming the document a body issues in its own name, nothing else on the
# line but the body's name before a dash, a reference number and an aside in brackets: "DECISION",
# "Press statement", "Drug Safety Notice DSN-2027-014 (Update 1)", "NATIONAL RUGBY BOARD —
# DISCIPLINARY UPDATE"; the body's name before a dash in capitals (not a headline's "Council row —
# Decision"), the reference number too, and an update only with a word before it (a live blog's
# "UPDATE" line is none)
_ISSUED_KIND = r"(?:final|public|official|formal|disciplinary|safety|drug|product|recall|regulatory|press)\s+"
_ISSUED = re.compile(
    r"^[ \t]*(?:(?-i:[^\na-z]*?)\s[—–|-]\s+)?"
    rf"(?:(?:{_ISSUED_KIND}){{1,2}}update|(?:{_ISSUED_KIND}){{0,2}}(?:decision|notice|statement))"
    r"(?:\s+(?-i:[A-Z]{2,}[\w/.-]*))?(?:\s*\([^()\n]*\))?[ \t]*$",
    re.I | re.M,
)


def is_issued(text: str) -> bool:
    """True when the text is a document a body issues in its own name, dated by its header: a
    press release or a filing (:func:`is_filing`), a regulator's decision or notice, a league's
    disciplinary update ("DECISION", "Drug Safety Notice DSN-2027-014" on a line of the header).
    What is said in it, its sentence naming no day, was said on its date."""
    return is_filing(text) or _ISSUED.search(text[:_MAX_HEADER_CHARS]) is not None


def _issued_on(text: str, ref: date | None) -> str | None:
    """The day an issued document (:func:`is_issued`) gives its words: the reference day, else
    (an article no date was read for) the first date with its year in its header ("Statement read
    ... at the media briefing, Tuesday 9 March 2027, 11:00"); None for any other text."""
    if not is_issued(text):
        return None
    if ref is not None:
        return ref.isoformat()
    written = [f for f in find_dates(text[:_MAX_HEADER_CHARS]) if f.year_known]
    day = to_date(written[0].iso) if written else None
    return day.isoformat() if day is not None else None


@dataclass(frozen=True, slots=True)
class DayMarks:
    """Day headings in text order, the header's date (for transcripts), and the date a labelled
    header line gives (``record``: the day of a meeting's minutes)."""

    starts: tuple[int, ...] = ()
    days: tuple[str, ...] = ()
    header: str | None = None
    blog_start: int | None = None
    blog_day: str | None = None
    release: str | None = None
    published: str | None = None
    record: str | None = None  # the date a labelled header line gives ("Date: Tuesday, April 13, 2027")

    def turn_day(self) -> str | None:
        """The day of a transcript's turns: the date its header gives, else the reference day
        (a transcript is published the day it is recorded or aired)."""
        return self.header or self.published

    def heading_day(self, offset: int) -> str | None:
        """The day of the live-blog entry holding ``offset``: its day heading's, else (an entry
        before any heading) the publication day; None outside a live blog."""
        if self.blog_start is None or offset < self.blog_start:
            return None
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.days[i] if i >= 0 else self.blog_day


_ASIDE = re.compile(r"\([^()\n]*\)")  # "(station time)", "(local time)"
_MAX_POST_HEADING_CHARS = 60


def _line_day(line: str, ref: date | None) -> tuple[str | None, bool]:
    """The day a line names when the line is nothing but that day, a weekday allowed with it (a
    day heading), or nothing but a date with its time, a weekday and an aside in brackets
    allowed (a blog post's heading: "Tuesday 18 May 2027, 21:15 (station time)"); and whether
    the line gives the time (a post's heading)."""
    if not line or len(line) > max(_MAX_HEADING_CHARS, _MAX_POST_HEADING_CHARS):
        return None, False
    found = find_dates(line, default_year=ref.year if ref else 2000)
    if len(found) != 1:
        return None, False
    has_time = found[0].has_time
    if len(line) > (_MAX_POST_HEADING_CHARS if has_time else _MAX_HEADING_CHARS):
        return None, has_time
    rest = line[: found[0].start] + line[found[0].end :]
    rest = (_ASIDE.sub("", rest) if has_time else rest).strip(" ,.")
    if rest and not _WEEKDAY_ONLY.fullmatch(rest):
        return None, has_time
    # the dates found already, where the reference's year went with them as it does there
    return _one_date(line, ref, found if ref is not None else None), has_time


def _one_date(text: str, ref: date | None, found: list[FoundDate] | None = None) -> str | None:
    """The one date ``text`` gives (``found``: its dates, read with the reference's year), a
    year-less one after the day after ``ref`` taken to be of the year before."""
    if found is None:
        found = find_dates(text, default_year=ref.year if ref else None)
    if len(found) != 1:
        return None
    day = to_date(found[0].iso)
    if day is None:
        return None
    if not found[0].year_known and ref is not None and after_next_day(day, ref):
        earlier = year_before(day)  # none before year 1, nor for 29 February
        if earlier is None:
            return None
        day = earlier
    return day.isoformat()


def day_marks(text: str, ref: date | None) -> DayMarks:
    """Find the day headings and the header date of ``text`` (``ref``: the publication day,
    which gives headings without a year their year)."""
    starts: list[int] = []
    days: list[str] = []
    stamps: list[int] = []
    posts: list[tuple[int, str]] = []  # a blog's dated posts: "Monday 17 May 2027, 23:40"
    offset = 0
    for line in text.splitlines(keepends=True):
        day, timed = _line_day(line.strip(), ref)
        if day is not None and not timed:
            starts.append(offset)
            days.append(day)
        elif day is not None:
            posts.append((offset, day))
        elif _STAMP.match(line):
            stamps.append(offset)
        elif ref is not None and (weekday := _WEEKDAY_STAMP.match(line)) is not None:
            back = (ref.weekday() - _WEEKDAYS.index(weekday.group("weekday").casefold())) % 7
            starts.append(offset)
            days.append(date.fromordinal(ref.toordinal() - back).isoformat())
            stamps.append(offset)
        offset += len(line)
    if len(posts) >= _MIN_STAMPS and not starts:
        # (one such line is a paper's header stamp; two or more head a blog's posts, newest first or not)
        starts, days = [at for at, _ in posts], [day for _, day in posts]
        stamps = sorted([*stamps, *starts])
    blog = len(stamps) >= _MIN_STAMPS
    release = _issued_on(text, ref)
    header = None
    record = None
    for m in _HEADER.finditer(text[:_MAX_HEADER_CHARS]):
        note = _NOTE.search(m.group("met")) if m.group("met") else None
        if note is not None:
            rest = note.group("conducted")  # the interview's own note dates it, not the meeting's sentence
        elif m.group("met") and not _met_for_the_interview(m.group(0), m.group("met"), text):
            continue
        else:
            rest = m.group("rest") or m.group("inline") or m.group("source") or m.group("met") or m.group("conducted")
        header = _one_date(rest, ref) or _first_date(rest, ref)
        if header is None and m.group("met") and m.end() <= _first_turn(text):
            header = _weekday_met(rest, ref)  # (a weekday alone only in the introduction above the turns)
        if header:
            # a line of its own, "Date: ...", not a sentence's words, nor an e-mail's sending date
            record = header if m.group("rest") and not _mail_header(text, m.start()) else None
            break
    published = ref.isoformat() if ref is not None else None
    if not blog:
        return DayMarks(header=header, release=release, published=published, record=record)
    first = min([stamps[0], *(s for s in starts if s < stamps[0])])
    # entries above any day heading: of the day the lede tells of ("It took the court forty minutes
    # on Tuesday morning ...": a timeline published the morning after), else the publication day
    told = lede_day([p for p in re.split(r"\n\s*\n", text[:first]) if p.strip()], ref)
    blog_day = told.isoformat() if told is not None else published
    return DayMarks(tuple(starts), tuple(days), header, first, blog_day, release, published, record)


# Whom a Q&A's subject spoke or talked to, in its introduction ("She spoke to our science editor,
# Tom Vos, ...", "The harbour master spoke exclusively to Ada Lee ...").
_SPOKE_TO = re.compile(
    r"\b(?P<we>(?:we|I)\s+)?(?:spoke|talked)\s+(?:[a-z]+ly\s+)?(?:to|with)\s+(?P<to>[^\n,.;:()]*)", re.I
)
# ... the newsroom or its interviewer: "our reporter", "me", "us", "this newspaper", "the host"
_THE_NEWSROOM = re.compile(
    r"(?:our|my|me|us)\b|(?:this|the)\s+(?:newspaper|paper|site|newsroom|magazine|programme|program|"
    r"podcast|show|interviewer|host|presenter)\b",
    re.I,
)
# ... not a gathering or an audience ("parliament", "reporters", "the conference"): the org
# words of :mod:`onrecord.attribute.knowledge` and these
_AUDIENCE = frozenset(
    "assembly conference summit forum congress convention rally reporters journalists press media delegates "
    "students voters members crowd audience lawmakers legislators MPs investors analysts".casefold().split()
)
_CAPITALISED_WORD = re.compile(r"(?-i:[A-ZÀ-Þ])[\w'’-]*")
# A later sentence of the introduction telling of another occasion for the interview ("This week
# she answered readers' questions."): a time named and the interview's words.
_ANOTHER_TIME = re.compile(
    r"\b(?:(?:this|last|next|that)\s+(?:week|weekend|month|morning|afternoon|evening|year)|today|yesterday|"
    r"tonight|(?:days?|weeks?|months?)\s+later|since\s+then|(?:on|this|last)\s+" + _WEEKDAY + r")(?!\w)",
    re.I,
)
_INTERVIEW_WORDS = re.compile(
    r"\b(?:answer(?:s|ed|ing)?|spoke|speaks|talked|talks|met|meets|sat\s+down|interview(?:s|ed)?|"
    r"questions?|told\s+(?:us|me|our))\b",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'(]?[A-ZÀ-Þ])")


def _met_for_the_interview(said: str, met: str, text: str = "") -> bool:
    """Whether a Q&A's introduction ("... spoke to Tom Vos at the lab on Friday 7 May") dates
    the interview below it: the one spoken or talked to is the interviewer or the newsroom (our
    reporter, me, us, this newspaper, a person's name, the paper's masthead, the masthead that
    heads ``text``, a paper's journalist: "the Orm Ledger's science editor"), not a gathering or
    an audience ("spoke to parliament on 3 March", "talked to reporters on ..."); and the
    introduction does not go on to another occasion for the questions ("... on 3 March 2027
    about the 2030 targets. This week she answered readers' questions.")."""
    from onrecord.attribute.knowledge import knowledge

    for sentence in _SENTENCE_END.split(met)[1:]:  # (the sentences after the one of the meeting)
        if _ANOTHER_TIME.search(sentence) and _INTERVIEW_WORDS.search(sentence):
            return False
    to = _SPOKE_TO.search(said)
    if to is None or to.group("we"):
        return True  # "We met on 2 May ...", "We spoke to him at the depot on ...": the interviewer's meeting
    whom = to.group("to").strip()
    if _THE_NEWSROOM.match(whom):
        return True
    lead = re.sub(r"^the\s+", "", whom, flags=re.I)
    name = []
    for word in lead.split():
        if not _CAPITALISED_WORD.fullmatch(word):
            break
        name.append(re.sub(r"['’]s?$", "", word))
    if not name:
        return False  # "parliament", "reporters", "the committee": no one's name
    if knowledge().is_masthead(" ".join(name)) or _heads_the_text(" ".join(name), text):
        return True  # "spoke to the Orm Ledger"; "spoke to The Orm Review" under "THE ORM REVIEW | Q&A"
    if _JOURNALIST.match(lead):
        return True  # "spoke to the Orm Ledger's science editor": a journalist of a paper
    # a person's name ("Tom Vos"), not a body's ("Parliament", "the Harbour Board")
    return lead == whom and not any(knowledge().is_org_word(w) or w.casefold() in _AUDIENCE for w in name)


# A journalist of a paper, after its name: "Orm Ledger's editor", "Orm Ledger's chief reporter",
# "Orm Radio’s science correspondent".
_JOURNALIST = re.compile(
    r"(?:[A-ZÀ-Þ][\w-]*\s+){0,4}[A-ZÀ-Þ][\w-]*['’]s?\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:editor|reporter|correspondent|journalist|writer|columnist|interviewer|host|presenter|producer)s?\b"
)


def _heads_the_text(name: str, text: str) -> bool:
    """Whether ``name`` is the masthead that heads ``text``: its first line, or that line's first
    piece before a bar or a dash ("THE ORM REVIEW | Interview"), an article "The" aside."""
    first = text.strip().split("\n", 1)[0] if text else ""
    piece = re.split(r"\s+[—–|-]\s+|\s*\|\s*", first, maxsplit=1)[0]
    piece = re.sub(r"^the\s+", "", piece.strip(), flags=re.I)
    return bool(piece) and piece.casefold() == name.casefold()


# A field of an e-mail's header: "From: ...", "To: ...", "Subject: ..."
_MAIL_FIELD = re.compile(r"^[ \t]*(?:from|to|cc|reply-to)[ \t]*:", re.I | re.M)
_MAIL_REACH = 3  # lines either side of the date line


def _mail_header(text: str, at: int) -> bool:
    """Whether the line at ``at`` ("Date: Tuesday, 9 March 2027, 07:41") sits among an e-mail's
    header fields ("From: ...", "Subject: ..."): the day the mail was sent, which dates none of
    the words it reports as a meeting's minutes do."""
    lines = text[:at].splitlines()[-_MAIL_REACH:] + text[at:].splitlines()[1 : _MAIL_REACH + 1]
    return any(_MAIL_FIELD.match(line) for line in lines)


def _first_turn(text: str) -> int:
    """Where the first turn's label ("Q:", "A:", "HOST:") opens a line of ``text``, a label that
    opens two lines or more (not a headline's "Rail fares: ..."); -1 for none."""
    labels = list(_LINE_LABEL.finditer(text))
    counts = Counter(m.group(0) for m in labels)
    return next((m.start() for m in labels if counts[m.group(0)] > 1), -1)


_LINE_LABEL = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{0,40}:(?=\s)", re.M)


def _weekday_met(met: str, ref: date | None) -> str | None:
    """The day a Q&A's introduction met on by its weekday alone ("spoke with us on Wednesday
    evening, between shifts"): the last such day up to ``ref``, the publication day."""
    weekday = _WEEKDAY_ONLY.match(met)
    if weekday is None or ref is None:
        return None
    found = find_time(met[: weekday.end()], 0, ref)
    return found[1].isoformat() if found is not None and found[0] == "day" and found[1] is not None else None


def _first_date(text: str, ref: date | None) -> str | None:
    found = find_dates(text, default_year=ref.year if ref else None)
    day = to_date(found[0].iso) if found else None
    return day.isoformat() if day else None


_SOURCE_FIELD = re.compile(
    r"^\s*(?:source|station|network|broadcaster|channel|outlet)\s*:\s*(?P<name>[^\n(,;]+)", re.I | re.M
)


def header_outlet(text: str) -> str | None:
    """The outlet a document's header names, for a transcript or a monitoring export whose
    metadata gave none: a ``Source: ZTV1 (Zelavia)`` field, or a first line that is a
    masthead (``RADIO PUBLIQUE ESTRELLE — INTERNATIONAL SERVICE``, ``NBN NEWS — CAPITOL DESK``)."""
    from onrecord.attribute.knowledge import knowledge

    head = text[:_MAX_HEADER_CHARS]
    field = _SOURCE_FIELD.search(head)
    if field:
        name = field.group("name").strip()
        if name:
            return name
    first = head.strip().split("\n", 1)[0]
    name = re.split(r"\s+[—–|-]\s+", first, maxsplit=1)[0].strip()
    if name.count("(") != name.count(")"):
        return None  # "KORVA (City News / Wirepress - 13th August)": a dateline's credit, cut at its dash
    # "KXRB NEWS 7 / PINE BAY PUBLIC RADIO": a station's two names, the first its own
    name = re.split(r"\s+/\s+", name, maxsplit=1)[0]
    tuned = without_frequency(name)
    if tuned != name and _a_call_sign(tuned):
        return tuned  # "KQMZ 1340 AM": the call sign, where to tune it no part of the name
    if name.isupper():
        # "NBN NEWS" -> "NBN News": a short word without vowels is an abbreviation, kept
        name = " ".join(w if len(w) <= 4 and not _has_vowel(w) else w.capitalize() for w in name.split())
    # "Le Courrier économique": a title's lower-case adjective after its masthead word
    capitalised = re.sub(r"(?:\s+[a-zà-ÿ][\w’'-]*){1,2}$", "", name)
    return name if name and len(name.split()) <= 5 and knowledge().is_masthead(capitalised) else None


# A station's frequency after its name: "Quillmere Sound 97.4 FM", "Radio Kell 101.2", "KQMZ 1340
# AM" (a whole number only with its band: "News 9", "Radio 702" are names).
_TUNING = re.compile(r"\s+(?:\d{2,3}[.,]\d(?:\s*(?:FM|AM|MHz))?|\d{3,4}\s*(?:AM|FM|kHz))$", re.I)


def without_frequency(name: str) -> str:
    """``name`` without the frequency after it ("Radio Tarvel 94.1" -> "Radio Tarvel")."""
    return _TUNING.sub("", name)


def _a_call_sign(name: str) -> bool:
    """Whether ``name`` is a station's call sign alone ("KQMZ", "WBXT"): capitals without a vowel."""
    return 3 <= len(name) <= 5 and name.isupper() and name.isalpha() and not _has_vowel(name)


def _has_vowel(word: str) -> bool:
    return any(ch in "AEIOUaeiou" for ch in word)


# A transcript of proceedings rather than of a programme: the body that sat speaks on its own
# record, through no outlet (a parliament's official report, an inquiry, a court, a briefing, a
# company's earnings call).
_PROCEEDINGS = re.compile(
    r"\b(?:proceedings|official report|hansard|inquiry|tribunal|hearing|court|parliament|assembly|"
    r"senate|house of|committee|commission|council|department|ministry|office of|briefing|"
    r"earnings|conference call|investor call|call date|press conference|news conference|"
    r"minutes|verbatim record|plenary)\b",
    re.I,
)
# Words of a programme's header: a broadcast or a podcast, with a host ("news" of a news
# conference or a news briefing names the proceedings, not a news programme).
_PROGRAMME = re.compile(
    r"\b(?:host|hosts|presenter|anchor|podcast|episode|programme|program|show|broadcast|aired|"
    r"on air|segment|radio|television|tv|fm|news(?!\s+(?:conference|briefing)\b)|desk|morning|tonight|live)\b",
    re.I,
)
_HEADER_LINES = 6
_FREQUENCY = re.compile(r"\s+\d{2,3}[.,]\d$")  # "HARBOUR FM 97.4": the frequency is no part of the name


def _head_lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.strip().splitlines() if ln.strip()][:_HEADER_LINES]


# A turn's label in capitals opening a line ("TIONGSON: ...", "Q: ..."), where the header ends.
_TURN_LABEL = re.compile(r"^(?:\*\*)?[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{0,40}(?:\*\*)?:(?:\*\*)?\s")


def _before_turns(lines: list[str], text: str) -> list[str]:
    """A transcript's header lines before its first turn, a label that opens another of the
    lines too (the turns' words are no header: a guest who names "the committee" in the first
    answer does not make proceedings; a headline "IRHF: Freight levy ..." is no turn)."""
    for i, line in enumerate(lines):
        label = _TURN_LABEL.match(line)
        if i > 0 and label is not None and len(re.findall(rf"^{re.escape(label.group(0))}", text, re.M)) > 1:
            return lines[:i]
    return lines


def proceedings_header(text: str) -> bool:
    """Whether a transcript's header is that of proceedings (a parliament's official report,
    an inquiry's day, a ministry's briefing, an earnings call), not of a programme: its turns
    are on the record of the body that sat, through no outlet. A broadcaster's title whose
    other piece names proceedings ("KTVX NEWS — BRIEFING TRANSCRIPT") carries the briefing,
    said to the press at large, not an interview of its own."""
    lines = _before_turns(_head_lines(text), text)
    head = "\n".join(lines)
    first = head.split("\n", 1)[0]
    if not _PROGRAMME.search(first):
        return bool(_PROCEEDINGS.search(head))
    # a broadcaster's title over the proceedings it carries: "KTVX NEWS — BRIEFING TRANSCRIPT",
    # or over a line saying what it carries: "Special coverage: the mayor's news conference"
    return any(_PROCEEDINGS.search(p) and not _PROGRAMME.search(p) for p in _PIECES.split(first)[1:]) or any(
        _carried_line(line, first) for line in lines[1:]
    )


def _carried_line(line: str, title: str) -> bool:
    """Whether a header line below a programme's ``title`` names a press conference or briefing
    the programme carries ("Special coverage: the mayor's news conference", "Coast Guard press
    briefing on the grounding" under "VPB NEWS — TRANSCRIPT"): not a line presenting its people
    (:data:`_CAST_LINE`) nor a topic line ("Today: reaction to the joint briefing on flood
    defences"); a briefing only where the line says it is carried or the title is a transcript's
    (a programme talks of briefings more often than it carries one)."""
    if len(line) > _CARRIED_LINE or _CAST_LINE.match(line):
        return False
    found = _CARRIED.search(line)
    if found is None or _TOPIC_LINE.match(line) or _TOPIC_WORDS.search(line[: found.start()]):
        return False
    carried = _CARRIED_CONFERENCE.search(line) or _CARRIED_CONFERENCE.search(title)
    return carried is not None or "briefing" not in found.group(0).casefold()


# A header line presenting the programme's people ("Guest: Ada Lind, who spoke at the press
# briefing"): a conference it names is the guest's, not what the programme carries.
_CAST_LINE = re.compile(r"^(?:guests?|hosts?|presenters?|anchors?|interviewer|moderator)\s*[:\-–—]", re.I)


# A press conference a broadcaster carries, named on a header line below its title: said to the
# press at large, not to the broadcaster (not a hearing: a programme may be about one).
_CARRIED = re.compile(
    r"\b(?:press|news)\s+conference\b|\bpress\s+point\b|\bmedia\s+availability\b|"
    r"\b(?:press|news|media|joint)\s+briefing\b",
    re.I,
)
_CARRIED_LINE = 120  # a header line, not a paragraph of prose
# words saying a line, or the title above it, is what the programme carries: "LIVE:", "Special
# coverage:", "... in full", "TRANSCRIPT"
_CARRIED_CONFERENCE = re.compile(
    r"\b(?:live|in\s+full|special\s+(?:coverage|broadcast|programme|edition|report)|coverage|transcripts?|"
    r"carried|full\s+text|verbatim|as\s+it\s+happened)\b",
    re.I,
)
# a programme's topic line: "Today: ...", "Coming up: ...", "On the programme: ..."
_TOPIC_LINE = re.compile(
    r"^(?:today|tonight|this\s+(?:morning|evening|week)|coming\s+up|next|later|also|plus|inside|topics?|"
    r"on\s+(?:the|today's|tonight's|this\s+week's)\s+(?:programme|program|show|agenda)|in\s+this\s+episode|"
    r"this\s+episode|headlines)\b[^:\n]{0,20}[:\-–—]",
    re.I,
)
# ... or words before the conference telling of talk about it: "reaction to", "after", "ahead of"
_TOPIC_WORDS = re.compile(
    r"\b(?:reactions?|responses?|analysis|fallout|debate|discussion|verdict|questions|what\s+\w+\s+said|"
    r"after|following|ahead\s+of|before|since)\b",
    re.I,
)


# A label of the document's kind before the programme's name: "TRANSCRIPT — THE NOON HOUR".
_DOCUMENT_LABEL = re.compile(r"^(?:(?:full|partial|edited)\s+)?transcript\s+[—–|-]\s+(?=\S)", re.I)


def programme_outlet(text: str) -> str | None:
    """The programme or station a broadcast or podcast transcript's first line names, when the
    header shows a programme (a host, an episode, "recorded", a station) and no proceedings:
    ``THE BEDSIDE TABLE — a health podcast`` -> "The Bedside Table", ``HARBOUR FM 97.4 —
    "THE SOUND THIS MORNING"`` -> "Harbour FM", ``THE WEEK IN WASHINGTON`` over ``Transcript —
    Sunday, June 13, 2027`` and a host's turns -> "The Week in Washington", ``TRANSCRIPT — THE
    NOON HOUR`` -> "The Noon Hour" (the document's kind is no part of the name); the station a line
    below the title names, for a programme of that station (``MORNING LINE`` over ``KPRR Public
    Radio — Portland, Oregon`` -> "KPRR Public Radio")."""
    lines = _head_lines(text)
    if not lines or proceedings_header(text):
        return None
    head = "\n".join(lines)
    if not (_PROGRAMME.search(head) or re.search(r"\b(?:recorded|transcript)\b", head, re.I)):
        return None
    name = re.split(r"\s+[—–|-]\s+|\s*[\"“:]", _DOCUMENT_LABEL.sub("", lines[0]), maxsplit=1)[0].strip(" ,.")
    name = _FREQUENCY.sub("", name)
    if not name or len(name.split()) > 5 or not name[:1].isupper() or re.search(r"\d{4}", name):
        return None
    if re.search(r"\b(?:transcripts?|monitor|monitoring|services?)\b", name, re.I):
        return None  # a transcription or monitoring service, not the programme
    if re.search(r"\b(?:interview|conversation|talk|chat)\s+with\b", name, re.I):
        return None  # "An interview with John Key": the piece's headline, not a programme
    station = station_below(text)
    if station is not None:
        return station  # a programme of the station named below it: the station recorded it
    if name.isupper():
        small = {"of", "the", "in", "on", "at", "for", "and", "a", "to"}
        words = name.split()
        name = " ".join(
            w.capitalize()
            if w.isalpha() and (len(w) > 4 or _has_vowel(w)) and (i == 0 or w.casefold() not in small)
            else (w.casefold() if w.casefold() in small and i else w)
            for i, w in enumerate(words)
        )
    return name


# A broadcaster's word in a name: "Radio Lorn", "KVLT-TV", "Channel 9", "Harbour FM", "WBS Newsline".
_BROADCASTER = re.compile(r"\b(?:radio|tv|television|channel|fm|am|broadcast\w*|network|news\w*)\b", re.I)


def _a_broadcaster(name: str) -> bool:
    """Whether ``name`` names a broadcaster: a broadcaster's word or a call sign ("KPRR")."""
    calls = (w.split("-")[0] for w in name.split())
    return bool(_BROADCASTER.search(name)) or any(3 <= len(w) <= 5 and w.isupper() and not _has_vowel(w) for w in calls)


def station_below(text: str) -> str | None:
    """The station that recorded a programme's transcript, named on a line below a title that
    names no broadcaster ("FARM HOUR" over "Public affairs program, KXLT Channel 5" -> "KXLT
    Channel 5"); None for proceedings or a title that is the broadcaster's own."""
    lines = _head_lines(text)
    if not lines or proceedings_header(text) or _a_broadcaster(_PIECES.split(lines[0])[0]):
        return None
    lines = [line for line in lines[1:] if not _PARTICIPANT.match(line)]
    return next((found for line in lines if (found := _station_of(line))), None)


# A participant's line in a transcript's header: a name in capitals, then a comma and their
# affiliation ("DANA PELL, moderator, science editor, Harbour Times"): no station.
_PARTICIPANT = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+)+,\s")


def _station_of(line: str) -> str | None:
    """The station a header line below a programme's title names ("KPRR Public Radio —
    Portland, Oregon", "Public affairs program, WNPT Channel 7"): a piece of the line that is a
    masthead; no labelled field ("Guest: ...", "Programme: ...")."""
    from onrecord.attribute.knowledge import knowledge

    for piece in re.split(r"\s+[—–|-]\s+|,\s*", line):
        name = _FREQUENCY.sub("", piece.strip(" .")).strip()
        if name and ":" not in name and len(name.split()) <= 5 and knowledge().is_masthead(name):
            return name
    return None


_BYLINE = re.compile(r"^(?:by|por|par|von|di|от|автор)\s+\S", re.I)
_PIECES = re.compile(r"\s*[|·•]\s*|\s+[—–]\s+")
# What follows an outlet's name in its own header: its staff, its live team ("Pitchside staff",
# "Harbour Daily live coverage").
_STAFF = re.compile(r"\s+(?:staff(?: writers?| reporters?)?|live (?:team|coverage|desk)|newsroom|reporters?)$", re.I)
# Words of an organisation's own release, not of a news outlet's masthead.
_ISSUER = re.compile(
    r"\b(?:group|inc|ltd|llc|plc|n\.?v|ag|gmbh|sa|jsc|corp(?:oration)?|company|systems|holdings|union|"
    r"federation|confederation|association|alliance|coalition|council|authority|agency|department|ministry|"
    r"office|secretariat|district|university|hospital|police|government|newsroom|media cent(?:re|er)|"
    r"assembly|parliament|inquiry|court|senate|commission|committee|"
    r"press releases?|news releases?|media releases?|opinion|analysis|fact[- ]check|live|update|breaking)\b",
    re.I,
)
_ROLE = re.compile(r"\b(?:writers?|bureau|correspondents?|editors?|columnist|contributor|desk|in [A-Z]\w+)\b", re.I)
_MAX_MASTHEAD_WORDS = 5
# A newspaper's section or desk beside its date or under a byline ("NEWS | Tuesday, 5 October",
# "SPORT | FOOTBALL", "Education reporter", "EXPLAINER"): the part of the paper, never its name.
SECTION = re.compile(
    r"^(?:news|sports?|football|business|politics|health|world|opinion|comment|analysis|culture|economy|"
    r"education|science|technology|tech|local|national|international|nation|metro|features?|explainer|live|"
    r"lifestyle|travel|money|weather|environment|crime|courts|city|region|regions|long read|weekend|arts|"
    r"entertainment|obituaries|letters|editorials?|investigations?|foreign|abroad|markets|finance)$",
    re.I,
)
# A part's heading in a long read ("I. Sunday", "II"), an initial ("P."): no outlet's name.
_PART_HEADING = re.compile(r"^(?:[IVX]{1,4}|[A-Z])\.(?:\s|$)")
_OUTLET_SCAN = 10  # header lines


def _masthead_piece(piece: str) -> str | None:
    """An outlet's name as a header line writes it, or None: capitalised words, no date, no
    organisation's word ("THE DAILY BEACON (Nairobi)" -> "The Daily Beacon")."""
    piece = re.sub(r"\s*\([^)]*\)\s*$", "", piece).strip(" ,.:")  # "(Nairobi)": the city it serves
    if _ROLE.search(piece):
        return None  # "Sentinel Staff Writer", "Register Washington Bureau": the writer's desk
    piece = _STAFF.sub("", piece)
    if SECTION.match(piece) or _PART_HEADING.match(piece):
        return None  # "NEWS | Tuesday", "Education reporter", "I. Sunday": a section, a desk, a part
    words = piece.split()
    if not words or len(words) > _MAX_MASTHEAD_WORDS or re.search(r"\d", piece) or _ISSUER.search(piece):
        return None
    small = {"de", "del", "do", "da", "di", "du", "des", "of", "the", "la", "le", "el", "y", "and", "&"}
    if not all(w[:1].isupper() or w.casefold() in small or w[:2] in ("d'", "l'") for w in words):
        return None
    if not words[0][:1].isupper() or words[-1].casefold() in small or _WEEKDAY_ONLY.fullmatch(words[0]):
        return None
    if words[0].casefold() in {"recorded", "transcript", "updated", "published", "posted", "filed"}:
        return None
    if piece.isupper():
        piece = " ".join(w.capitalize() if w.isalpha() and (len(w) > 4 or _has_vowel(w)) else w for w in piece.split())
        piece = re.sub(
            r"(?<= )(De|Del|Do|Da|Di|Du|Des|Of|The|La|Le|El|Y|And)(?= )", lambda m: m.group(1).lower(), piece
        )
    return piece


def _is_date_piece(piece: str) -> bool:
    """Whether a piece of a header line is a date and nothing else ("Wednesday 12 May 2027,
    07:30", "9 de junho de 2027"), not a dateline's city or agency ("KIRKVALE, Oct 15 (Seaboard Press)")."""
    rest = piece
    for found in sorted(find_dates(piece, default_year=2000), key=lambda f: -f.start):
        rest = rest[: found.start] + " " + rest[found.end :]
    if rest == piece and not re.search(r"\d", piece):
        return False
    rest = _WEEKDAY_ONLY.sub(" ", rest)
    return bool(
        re.fullmatch(r"[\s,.:;\d-]*(?:(?:[ap]\.?\s?m\.?|h)\b)?\s*(?:[A-Z]{2,4})?[\s,.]*(?:de|of)?[\s,.]*", rest, re.I)
    )


def _over_section(first: str, found: str) -> str:
    """The outlet a header names: a masthead in capitals on its first line ("THE CALDER ECHO")
    over a section beside the date ("Weekend Review · Thursday 7 October 2027") that shares no
    word with it is the outlet; else the name found beside the date."""
    from onrecord.attribute.knowledge import knowledge

    words = {w.casefold() for w in found.split()} - {"the"}
    if (
        first.isupper()
        and len(first.split()) <= 5
        and (knowledge().is_masthead(first.title()) or _ampersand_name(first))
        and not words & {w.casefold() for w in first.split()}
    ):
        return _masthead_piece(first) or found
    return found


def _ampersand_name(line: str) -> bool:
    """Whether a header line is a title of two words joined by an ampersand ("SALT & CEDAR"): a
    masthead's shape, never a headline's."""
    words = line.split()
    return len(words) == 3 and words[1] == "&" and words[0].isalpha() and words[2].isalpha()


# A place after a masthead's name on its line: ", Eastport".
_PLACE_AFTER = re.compile(r",\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$")


def byline_outlet(text: str) -> str | None:
    """The outlet a news article's header names beside its byline or its date: ``By Sigrid Mørk
    | The Meridian Review | Saturday 13 March 2027``, a line of its own under ``By Marcus
    Tendai-Ross`` (``Capitol Wire Service``), ``The Northern Ledger, Wednesday 3 March 2027``,
    ``Pitchside staff | 9 June 2027``, or a masthead line over the headline with its byline or
    date below (``THE DAILY BEACON (Nairobi)``, ``THE LONG VIEW — Weekend Feature``). None for
    a press release, whose issuer is no outlet."""
    from onrecord.attribute.knowledge import knowledge

    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()][:_OUTLET_SCAN]
    if not lines or _RELEASE.search("\n".join(lines)):
        return None
    bylined = False
    for i, line in enumerate(lines):
        pieces = [p for p in _PIECES.split(line) if p]
        if not pieces:
            continue  # a line of separators only ("|", "·"): a page's menu, nothing named
        if _BYLINE.match(line):
            bylined = True
            for piece in pieces[1:]:
                if not _is_date_piece(piece):
                    return _masthead_piece(piece)
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if nxt and not _BYLINE.match(nxt) and not _is_date_piece(nxt) and not nxt.isupper():
                # "Capitol Wire Service" on a line of its own, or with the place it is published in
                # ("The Harbour Courier, Eastport")
                found = _masthead_piece(nxt)
                placed = _PLACE_AFTER.sub("", nxt)
                if found and placed != nxt and knowledge().is_masthead(placed):
                    found = _masthead_piece(placed)
                if found:
                    return found
            continue
        # "Coastal Times | Wednesday 12 May 2027, 07:30", "The Northern Ledger, Wednesday 3 March
        # 2027": a masthead's name (not a dateline's place) before the date
        name, _, rest = line.partition(",")
        for head, dated in (
            (pieces[0], len(pieces) >= 2 and all(_is_date_piece(p) for p in pieces[1:])),
            (name, bool(rest) and _is_date_piece(rest.strip())),
        ):
            found = _masthead_piece(head) if dated else None
            if found and (_STAFF.search(head) or knowledge().is_masthead(found)):
                return _over_section(lines[0], found) if i > 0 else found
    first = _PIECES.split(lines[0])[0]
    # (a date may close a line of the issue's pieces: "Issue #48 · Friday, March 12, 2027")
    dated_below = bylined or any(_is_date_piece(ln) or _is_date_piece(_PIECES.split(ln)[-1]) for ln in lines[1:6])
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", lines[0])  # "THE DAILY BEACON (Nairobi)"
    if dated_below and (bare.isupper() or first != lines[0]) and not re.search(r"[:!?]", first):
        return _masthead_piece(first)
    return _masthead_over_date(lines)


# A date line in any language: a day and a year, in a few words ("Miercuri, 10 noiembrie 2027").
_DATE_LINE = re.compile(r"^(?=.*\b\d{1,2}\b)(?=.*\b(?:19|20)\d{2}\b)\S+(?:\s+\S+){0,5}$")
# A byline in the languages whose word for "by" is short ("de Ana Pop", "af Mette Holm", "door Jan de Vries").
_SHORT_BYLINE = re.compile(r"^(?:de|af|av|door|od)\s+[A-ZÀ-ÞŁŚŻ][\w’'-]+(?:\s+[\w’'-]+){0,3}$")


def _masthead_over_date(lines: list[str]) -> str | None:
    """The outlet a title-case first line names when the date stands right under it and the
    headline and then the byline follow ("The Harbour Islander" / "Wednesday, March 10, 2027" /
    headline / "By ..."): a headline over its date has its byline right under the date."""
    if len(lines) < 4 or not (_is_date_piece(lines[1]) or _DATE_LINE.match(lines[1])):
        return None
    if re.search(r"[:!?.,;\"“”'‘’«»]", lines[0]):
        return None
    bylines = [i for i, ln in enumerate(lines[:6]) if _BYLINE.match(ln) or _SHORT_BYLINE.match(ln)]
    if not bylines or bylines[0] < 3:
        return None
    return _masthead_piece(lines[0])
