"""From a document to a clean article: body text, title, dates, outlet, place, language.

The body is built from slices of the text cleaning worked on (``Article.source_text``), one
paragraph per slice, joined by blank lines; ``Article.segments`` records where each slice came
from so offsets in the body map back to the input.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from onrecord.clean.html import extract_page
from onrecord.clean.language import detect_language
from onrecord.clean.lines import classify_line, signoff_outlet
from onrecord.clean.markers import Dateline, find_date_marker, find_dateline, find_inline_signoff
from onrecord.clean.unread_dates import unread_header_date
from onrecord.clean.wire_credit import agency_like, credit_lines, masthead_line, spelled_credit, syndication
from onrecord.dates import WEEKDAYS, find_dates, infer_year, parse_date, to_date, weekday_alternation, weekday_number
from onrecord.errors import InputError
from onrecord.model import Article, Document
from onrecord.spans import strip_span

__all__ = ["YEAR_FROM_HEADING", "YEAR_FROM_WEEKDAYS", "YEAR_INFERRED", "CleanOptions", "clean", "content_hash"]

# Where a publication date written without its year got its year (``Article.published_from``): a
# wire dateline's from the weekdays the story names, a live blog's day heading from its own weekday.
YEAR_FROM_WEEKDAYS = "dateline (year from the weekdays it names)"
YEAR_FROM_HEADING = "day heading (year from its weekday)"
YEAR_INFERRED = frozenset({YEAR_FROM_WEEKDAYS, YEAR_FROM_HEADING})

_TERMINAL = re.compile(r"[.!?:;\"”’»…)\]]\s*$")
_SOFT_START = re.compile(r"^\s*[a-z0-9(,;]")
_SPACE = re.compile(r"\s+")
PARAGRAPH_SEPARATOR = "\n\n"
# Readers whose HTML is an article the source already chose (a feed item, a JSONL ``html``
# field), not a whole page: when trafilatura declines it, lxml's reading of it is kept.
EMBEDDING_READERS = frozenset({"feed", "jsonl", "json"})


@dataclass(frozen=True, slots=True)
class CleanOptions:
    """How cleaning treats a document.

    Args:
        remove_boilerplate: drop bylines, read-more lines, photo credits, newsletter and cookie
            text, sign-offs and live-blog markers.
        split_dateline: put a leading dateline (``Moscow, Dec 11 (IANS)``) in its own paragraph.
        detect_language: guess the language when the input does not say.
        today: the day of reading, whose year anchors a date written without one (default:
            the clock); see :func:`onrecord.dates.infer_year`.
    """

    remove_boilerplate: bool = True
    split_dateline: bool = True
    detect_language: bool = True
    today: date | None = None


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    kind: str
    dates: tuple[str, ...] = ()


@dataclass(slots=True)
class _Evidence:
    dates: list[tuple[str, str]] = field(default_factory=list)  # (iso, where it came from)
    outlets: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def content_hash(text: str) -> str:
    """Return the SHA-256 of ``text`` normalised (NFC, whitespace collapsed, trimmed)."""
    normal = _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def _norm_line(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold().rstrip(".")


_HEADER_LINES = 8
_HEADER_WORDS = 20
_CLOCK_END = re.compile(r"^[ap]\.m\.$", re.I)  # "recorded Thursday, April 15, 2027, 6:40 p.m."
_WEEKDAY_FIRST = re.compile(r"^\W*([^\W\d_]+)\W")
# A header line's label for the day the article came out ("Published 7 May 2027", "Updated:")
_PUBLICATION_LABEL = re.compile(
    r"^\W*(?:(?:first|last)\s+)?(?:published|posted|updated|filed|released|issued)\b(?!\s+(?:by|in|for)\b)", re.I
)


# A byline with no "By" on a header line of its own: the writer and where they file from
# ("Sarah Keane in Brussels"), or their desk ("Tom Reilly, Political Correspondent").
_BARE_BYLINE = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|da|di|Ó|Ní|Mac|Mc))+)"
    r"(?:\s+(?:in|at)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}"
    r"|\s*,\s+(?:(?:[A-Z][a-z]+|and)\s+){0,3}(?:Editor|Correspondent|Reporter|Writer|Columnist))$"
)


def _bare_byline(line: str) -> bool:
    """Whether a header line is a byline without "By": a person's name, whose first word is a
    known given name, then where they file from or their desk ("Sarah Keane in Brussels",
    "Tom Reilly, Political Correspondent"). Such a name is no person of the story: a role
    named next ("The Taoiseach has predicted ...") is not theirs, nor is "he"."""
    found = _BARE_BYLINE.match(line.strip())
    if found is None or len(found.group("name").split()) > 4:
        return False
    from onrecord.attribute.knowledge import knowledge

    return knowledge().gender_of_given(found.group("name").split()[0]) is not None


# A day's or a year's number with the point of an ordinal, which ends a date written year first
# (Hungarian "Budapest, 2027. március 10.") or day first in Croatian ("Zagreb, petak, 18. lipnja
# 2027."): the line is a date, not a sentence.
_DAY_NUMBER = re.compile(r"\d{1,2}\.|\d{4}\.")


def _header_date(text: str, lines: list[_Line], this_year: int) -> tuple[str, str] | None:
    """A date in a short line at the top that is no sentence, and where it came from: a full
    date ("By Helen Marsh | Tuesday 11 May 2027", "Publié le 18 mars 2027 à 07h30 – Par ...",
    "MARREN CREEK (Colorado), 4 de agosto de 2027"), else a date with its weekday and no year
    (a live blog's newest day heading, "Wednesday 5 May"), the year the one where that day
    falls on that weekday (:func:`infer_year`); else, in copy not in English, a date whose month
    onrecord knows no name of (:func:`onrecord.clean.unread_dates.unread_header_date`)."""
    short = []
    for line in [ln for ln in lines if ln.kind != "blank"][:_HEADER_LINES]:
        words = text[line.start : line.end].split()
        if (
            words
            and len(words) <= _HEADER_WORDS
            and (not words[-1].endswith(".") or _CLOCK_END.search(words[-1]) or _DAY_NUMBER.fullmatch(words[-1]))
        ):
            short.append(" ".join(words))
    # a line that says it gives the publication date ("Published 7 May 2027") over a title that
    # dates the story's event ("Northgate Building Bank: the app failure of 4 May 2027") above it
    for line_text in sorted(short, key=lambda ln: _PUBLICATION_LABEL.match(ln) is None):
        found = [d for d in find_dates(line_text) if d.year_known]
        if found:
            return found[0].iso, "header line"
    for line_text in short:
        first = _WEEKDAY_FIRST.match(line_text)
        weekday = WEEKDAYS.get(first.group(1).casefold()) if first else None
        found = find_dates(line_text, default_year=2000)  # a leap year: 29 February parses
        if weekday is None or len(found) != 1 or len(line_text.split()) > 5:
            continue
        month_day = to_date(found[0].iso)
        if month_day is None:
            continue
        year = infer_year(month_day.month, month_day.day, text, this_year=this_year, weekday=weekday)
        if year is not None:
            return f"{year:04d}-{month_day.month:02d}-{month_day.day:02d}", YEAR_FROM_HEADING
    if detect_language(text) == "en":
        return None  # an English headline's "My" or "Mary" sounds like a month: no date line
    for line_text in short:  # a language with no month names onrecord knows ("12 Meyi 2027")
        day = unread_header_date(line_text)
        if day:
            return day, "header line (month by its sound or number)"
    return None


# Every line boundary str.splitlines knows: a file with CR-only line ends, or a paragraph
# separator (U+2029) between a "Read more:" line and the story, is lines, not one line.
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


# A live-blog entry's time stamp opening its line ("16:40", "2:05 p.m. —").
_ENTRY_STAMP = re.compile(r"^\s*\d{1,2}[:.]\d{2}\b")


def _day_heading(line: str) -> bool:
    """Whether a line is only a day ("Wednesday 14 April 2027"), no time of day."""
    found = find_dates(line)
    return len(line.strip()) <= 40 and len(found) == 1 and not found[0].has_time


def _split_lines(text: str, start: int) -> list[_Line]:
    lines = []
    pos = start
    for brk in [*_LINE_BREAK.finditer(text, start), None]:
        end = brk.start() if brk else len(text)
        s, e = strip_span(text, pos, end)
        lines.append(_Line(s, e, "blank" if s == e else "content"))
        pos = brk.end() if brk else end
    return lines


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 25 and not line.rstrip().endswith((".", ",", ";", ":", '"', "”"))


def _hard_wrapped(lines: list[_Line]) -> bool:
    lengths = [ln.end - ln.start for ln in lines if ln.kind == "content"]
    if len(lengths) < 6:
        return False
    wrapped = sum(1 for n in lengths if 50 <= n <= 90)
    return wrapped / len(lengths) >= 0.7


def _paragraphs(text: str, lines: list[_Line]) -> list[tuple[int, int]]:
    """Group kept lines into paragraphs; a line break inside a sentence does not end one."""
    hard = _hard_wrapped(lines)
    paragraphs: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    broken = True  # whether a blank or removed line came since the current paragraph
    for line in lines:
        if line.kind != "content":
            broken = True
            continue
        if current is not None and not broken:
            prev = text[current[0] : current[1]]
            nxt = text[line.start : line.end]
            if hard or (not _TERMINAL.search(prev) and _SOFT_START.match(nxt)):
                current = (current[0], line.end)
                continue
        if current is not None:
            paragraphs.append(current)
        current = (line.start, line.end)
        broken = False
    if current is not None:
        paragraphs.append(current)
    return paragraphs


# Which evidence wins, most explicit first; anything not listed ranks after these.
_RANK = (
    "metadata",
    "json-ld",
    "meta ",
    "page metadata",
    "trafilatura",
    "date marker",
    "timestamp line",
    "dateline",
    "sign-off",
)


def _rank(where: str) -> int:
    return next((i for i, key in enumerate(_RANK) if key in where), len(_RANK))


def _choose(values: list[tuple[str, str]], what: str, notes: list[str]) -> tuple[str | None, str | None]:
    """Pick the most explicit value; note when other evidence disagrees with it."""
    if not values:
        return None, None
    values = sorted(values, key=lambda v: _rank(v[1]))
    best, where = values[0]
    best_day = to_date(best) if what == "published" else None
    for other, other_where in values[1:]:
        differs = (to_date(other) != best_day) if what == "published" else (other.casefold() != best.casefold())
        if differs and (what != "published" or to_date(other) is not None):
            notes.append(f"{what}: kept {best!r} ({where}) over {other!r} ({other_where})")
    return best, where


def clean(document: Document, options: CleanOptions | None = None) -> Article:
    """Clean one document into an article.

    Args:
        document: what a reader produced.
        options: cleaning options (defaults when None).

    Returns:
        The article, with its body, metadata and the body-to-input mapping.

    Raises:
        InputError: the document holds no article text.
    """
    options = options or CleanOptions()
    ev = _Evidence(notes=list(document.notes))
    where = document.source + (f", {document.location}" if document.location else "")
    title_hint = document.title
    url = document.url
    language = document.language
    if document.published:
        parsed = parse_date(document.published)
        if parsed:
            ev.dates.append((parsed, f"{document.reader} metadata"))
        else:
            ev.notes.append(f"published: cannot read {document.published!r} as a date")
    if document.outlet:
        ev.outlets.append((document.outlet.strip(), f"{document.reader} metadata"))

    if document.media_type == "html":
        fragment = document.reader in EMBEDDING_READERS
        text, meta = extract_page(document.content, where, url, fragment=fragment)
        ev.notes.extend(meta.notes)
        title_hint = title_hint or meta.title
        url = url or meta.url
        language = language or meta.language
        if meta.published:
            parsed = parse_date(meta.published)
            if parsed:
                ev.dates.append((parsed, meta.published_from or "page metadata"))
        if meta.outlet:
            ev.outlets.append((meta.outlet, meta.outlet_from or "page metadata"))
    else:
        text = document.content

    start = 0
    marker = find_date_marker(text)
    if marker:
        parsed = parse_date(marker[0])
        if parsed:
            ev.dates.append((parsed, "date marker"))
        start = marker[1]

    lines = _split_lines(text, start)
    entries = False  # a live blog's first time-stamped entry seen
    for line in lines:
        if line.kind == "content":
            kind = classify_line(text[line.start : line.end])
            if kind.kind == "timestamp" and entries and _day_heading(text[line.start : line.end]):
                continue  # a day heading between a live blog's entries: the day of those below it
            if kind.kind == "timestamp":
                line.kind, line.dates = "timestamp", kind.dates
            elif kind.kind == "content" and _ENTRY_STAMP.match(text[line.start : line.end]):
                entries = True
            elif options.remove_boilerplate and kind.kind != "content":
                line.kind = kind.kind
                if kind.kind == "signoff":
                    outlet = signoff_outlet(text[line.start : line.end])
                    if outlet:
                        ev.outlets.append((outlet, "sign-off"))
    if options.remove_boilerplate:
        for line in [ln for ln in lines if ln.kind != "blank"][:_HEADER_LINES]:
            if line.kind == "content" and _bare_byline(text[line.start : line.end]):
                line.kind = "byline"
        from onrecord.attribute.headings import byline_outlet

        masthead = byline_outlet(text)  # "By Marisol Ferrante / The Cascade Review / Friday, May 21"
        if masthead:
            ev.outlets.append((masthead, "header byline"))
    for line in lines:
        if line.kind == "timestamp" and line.dates:
            ev.dates.append((line.dates[0], "timestamp line"))
            break
    this_year = (options.today or date.today()).year
    header = _header_date(text, lines, this_year)
    if header:
        ev.dates.append(header)

    title = _remove_headlines(text, lines, title_hint)
    content = [ln for ln in lines if ln.kind == "content"]
    if not content:
        raise InputError(where, "no article text left after cleaning")

    if options.remove_boilerplate:
        last = content[-1]
        inline = find_inline_signoff(text[last.start : last.end])
        if inline and inline[1] > 0:
            ev.outlets.append((inline[0], "sign-off"))
            last.end = last.start + inline[1]
            while last.end > last.start and text[last.end - 1].isspace():
                last.end -= 1

    paragraphs = _paragraphs(text, lines)
    dateline_text = place = None
    at = 0
    if title and len(paragraphs) > 1 and _norm_line(text[paragraphs[0][0] : paragraphs[0][1]]) == _norm_line(title):
        at = 1  # the headline kept as the first paragraph: the dateline opens the next one
    first = paragraphs[at]
    dateline = find_dateline(text[first[0] : first[1]], text)
    k = at
    while dateline is None and k + 1 < len(paragraphs) and k < at + _MAX_HEAD_LINES:
        # headlines, standfirsts and a press release's header lines first: the dateline opens
        # the first paragraph after them
        if not _headline_like(text[paragraphs[k][0] : paragraphs[k][1]]):
            break
        k += 1
        dateline = find_dateline(text[paragraphs[k][0] : paragraphs[k][1]], text)
        if dateline is not None:
            at, first = k, paragraphs[k]
    if dateline is None or (not dateline.date and _headline_like(text[first[0] : first[1]])):
        # no dateline yet, or only a header line that reads like one ("IRNA - Islamic Republic
        # News Agency"): a dated dateline further down wins
        found = _dateline_after_header(text, paragraphs, at)
        if found is not None:
            at, dateline = found
            first = paragraphs[at]
    if dateline:
        dateline_text, place = dateline.text, dateline.place
        if dateline.outlet:
            ev.outlets.append((dateline.outlet, "dateline"))
        if options.split_dateline:
            head_end = first[0] + dateline.start + len(dateline.text)
            paragraphs[at : at + 1] = [(first[0] + dateline.start, head_end), (first[0] + dateline.end, first[1])]

    if document.dateline and document.dateline.strip():  # the input's own dateline field wins
        dateline_text = document.dateline.strip()
        given = find_dateline(f"{dateline_text} \u2014 .")
        place = given.place if given else dateline_text.split(",")[0].strip() or None

    segments: list[tuple[int, int, int]] = []
    parts: list[str] = []
    offset = 0
    for s, e in paragraphs:
        if parts:
            offset += len(PARAGRAPH_SEPARATOR)
        segments.append((offset, s, e - s))
        parts.append(text[s:e])
        offset += e - s
    body = PARAGRAPH_SEPARATOR.join(parts)

    published, published_from = _choose(ev.dates, "published", ev.notes)
    if dateline and dateline.date:
        pub_day = to_date(published)
        year = pub_day.year if pub_day else None
        day = parse_date(dateline.date, default_year=year) if year else None
        if day and published and to_date(day) != to_date(published):
            ev.notes.append(f"published: kept {published!r} ({published_from}) over dateline {dateline.date!r}")
        written = [d for d in find_dates(dateline.date) if d.year_known]
        if not published and written:
            published, published_from = written[0].iso, "dateline"  # "HALLVIK, 12 marzo 2027 –"
        elif not published and year is None:
            lede = text[first[0] + dateline.end : first[1]]
            published = _dateline_day(dateline.date, text, this_year, lede)
            if published:
                published_from = YEAR_FROM_WEEKDAYS
                ev.notes.append(f"dateline {dateline.date!r} names no year; its weekdays fit {published[:4]}")
            else:
                ev.notes.append(f"dateline {dateline.date!r} names no year; publication date unknown")
    outlet, outlet_from = _choose(ev.outlets, "outlet", ev.notes)
    outlet, outlet_from, syndicated_from = _syndicated(text, ev, outlet, outlet_from)
    # an agency its dateline names by initials, its byline or credit in full: the name in full
    outlet, syndicated_from = spelled_credit(outlet, text), spelled_credit(syndicated_from, text)
    if options.detect_language and not language:
        language = detect_language(body)
    digest = content_hash(body)
    return Article(
        id=document.id or f"a{digest[:15]}",
        body=body,
        raw=document.content,
        source_text=text,
        segments=tuple(segments),
        content_hash=digest,
        source=document.source,
        url=url,
        outlet=outlet,
        outlet_from=outlet_from,
        title=title,
        published=published,
        published_from=published_from,
        dateline=dateline_text,
        place=place,
        language=language,
        media_type=document.media_type,
        notes=tuple(ev.notes),
        syndicated_from=syndicated_from,
    )


def _syndicated(
    text: str, ev: _Evidence, outlet: str | None, outlet_from: str | None
) -> tuple[str | None, str | None, str | None]:
    """The outlet that ran the article and the agency its copy came from (None when it credits
    no other outlet than its masthead): a masthead (metadata, a page's publisher, the header's
    outlet) beside an agency the dateline, sign-off or a credit line names (see
    :mod:`onrecord.clean.wire_credit`) is a copy of that agency's story, and the masthead is its
    outlet even where the dateline's credit would otherwise win."""
    mastheads = sorted(
        ((v, w) for v, w in ev.outlets if _rank(w) < _rank("date marker") or "header byline" in w),
        key=lambda v: _rank(v[1]),
    )
    line = masthead_line(text)
    if line:  # a paper's name over the page before the byline's outlet, which may be the agency's
        at = next((i for i, (_, w) in enumerate(mastheads) if "header byline" in w), len(mastheads))
        mastheads.insert(at, (line, "masthead line"))
    if not mastheads:
        return outlet, outlet_from, None
    # a sign-off's wire: "(Korrin)", "--KPA", "— Korrin Press"; not a list item's word ("- Skincare")
    signed = [v for v, w in ev.outlets if w == "sign-off" and (agency_like(v) or f"({v})" in text)]
    credits = [v for v, w in ev.outlets if w == "dateline"] + signed + credit_lines(text)
    name, where = mastheads[0]
    agency = syndication(name, credits)
    if agency is None:
        return outlet, outlet_from, None
    if outlet != name:
        ev.notes.append(f"outlet: {name!r} ({where}) ran a copy of {agency!r}")
    return name, where, agency


_LEDE_WEEKDAY = re.compile(r"\b(" + weekday_alternation(n for n in WEEKDAYS if len(n) > 4) + r")", re.I)


def _dateline_day(written: str, text: str, this_year: int, lede: str = "") -> str | None:
    """The day of a dateline written without a year ("Sept 21"), its year the one where the
    weekday the article names most falls on it (of two named as often, the one the lede names
    first: see :func:`infer_year`); None when the weekdays do not tell."""
    found = find_dates(written, default_year=2000)  # a leap year: 29 February parses
    month_day = to_date(found[0].iso) if found else None
    if month_day is None:
        return None
    first = _LEDE_WEEKDAY.search(lede.split("\n", 1)[0])
    weekday = weekday_number(first.group(1)) if first else None
    year = infer_year(month_day.month, month_day.day, text, this_year=this_year, lede=weekday)
    return f"{year:04d}-{month_day.month:02d}-{month_day.day:02d}" if year is not None else None


def _remove_headlines(text: str, lines: list[_Line], title_hint: str | None) -> str | None:
    """Drop repeated headlines (and lines equal to the known title); return the title."""
    content = [ln for ln in lines if ln.kind == "content"]
    if not content:
        return title_hint
    if title_hint:
        hint = _norm_line(title_hint)
        repeats = [ln for ln in content if _norm_line(text[ln.start : ln.end]) == hint]
        if len(repeats) < len(content):  # a text that is its title and nothing else keeps it
            for line in repeats:
                line.kind = "headline"
        return title_hint.strip()
    first = text[content[0].start : content[0].end]
    if not _looks_like_headline(first):
        return None
    key = _norm_line(first)
    repeats = [ln for ln in content if _norm_line(text[ln.start : ln.end]) == key]
    if len(repeats) >= 2:
        # a text that is one paragraph repeated keeps one copy as its body
        for line in repeats if len(repeats) < len(content) else repeats[:-1]:
            line.kind = "headline"
        return first.strip()
    if len(content) >= 3:
        return first.strip()  # a title line that is also the first paragraph: kept in the body
    return None


_MAX_HEAD_LINES = 8
_MAX_HEADER_PART_WORDS = 30


def _dateline_after_header(text: str, paragraphs: list[tuple[int, int]], at: int) -> tuple[int, Dateline] | None:
    """A dated dateline ("HALLVIK, 12 marzo 2027 –") that opens a paragraph after a header of
    short parts the headline test did not pass (a standfirst ending on a quote, «Lo Stato non ne
    è parte»): its paragraph and the dateline. Only a dateline with a date is taken this far down."""
    for k in range(at, min(len(paragraphs), at + _MAX_HEAD_LINES + 1)):
        paragraph = text[paragraphs[k][0] : paragraphs[k][1]]
        if k > at:
            found = find_dateline(paragraph, text)
            if found is not None and found.date:
                return k, found
        if len(paragraph.split()) > _MAX_HEADER_PART_WORDS:
            return None
    return None


def _headline_like(paragraph: str) -> bool:
    """A short paragraph with no closing full stop (or a very short one: "Acme Holdings Inc."): a
    headline or a header line, not the story's first sentence."""
    line = paragraph.strip()
    words = len(line.split())
    return words <= 6 or (words <= 20 and not line.endswith((".", '"', "”", "»", "'")))  # "Tamberlane Mobility Inc."
