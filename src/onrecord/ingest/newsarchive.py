"""Newspaper-archive exports: the plain-text files researchers download from press databases.

One file holds one or several documents, separated by lines like ``1 of 25 DOCUMENTS``,
``Document 1 of 3`` or ``End of Document`` (or by nothing: a document then ends after the last
trailer field before the next body). Each document has a header (a copyright line, the
paper's name, a date line with its weekday, an edition line, then ``SECTION:``, ``LENGTH:``,
``HEADLINE:``, ``BYLINE:``, ``DATELINE:``), the article after ``BODY:`` (or a line ``Body``), and
a trailer (``URL:``, ``GRAPHIC:``, ``LOAD-DATE:``, ``LANGUAGE:``, ``PUBLICATION-TYPE:``, copyright
lines). Title, byline, dateline, date, outlet, URL and language come from the header and trailer;
the article's text is the body only, kept exactly as exported (``''`` quotes included). Each
document is its own article; its id is the hash of its body, so the same document in two
exports is stored once.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from onrecord.dates import parse_date
from onrecord.errors import InputError
from onrecord.ingest.base import READERS
from onrecord.ingest.decode import decode_text
from onrecord.ingest.sources import Source
from onrecord.model import Document

__all__ = ["ExportDocument", "NewsArchiveReader", "split_export"]

_SEPARATOR = re.compile(
    r"^[ \t]*(?:\d+[ \t]+of[ \t]+\d+[ \t]+DOCUMENTS?|Document[ \t]+\d+[ \t]+of[ \t]+\d+|End[ \t]+of[ \t]+Document)"
    r"[ \t]*$",
    re.I | re.M,
)
_HEADER_FIELDS = frozenset(
    {"SECTION", "LENGTH", "HEADLINE", "BYLINE", "DATELINE", "HIGHLIGHT", "ABSTRACT", "SOURCE", "SERIES", "COLUMN"}
)
_TRAILER_FIELDS = (
    "URL|GRAPHIC|LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|DOCUMENT-TYPE|JOURNAL-CODE|CORRECTION-DATE|CORRECTION|"
    "NOTES|DISTRIBUTION|SUBJECT|ORGANIZATION|PERSON|GEOGRAPHIC|CITY|STATE|COUNTRY|INDUSTRY|TICKER|ACC-NO|TYPE"
)
# After the body, a trailer field in capitals (``LOAD-DATE:``) or as newer exports write it
# (``Load-Date:``), or a ``Classification`` or ``Graphic`` heading, ends the article.
_TRAILER = re.compile(
    rf"^[ \t]*(?:(?:{_TRAILER_FIELDS})[ \t]*:|(?:Url|Graphic|Load-Date|Language|Publication-Type|Document-Type|"
    rf"Journal-Code|Correction-Date|Notes|Subject)[ \t]*:|(?:Classification|Graphic|GRAPHIC)[ \t]*$)",
    re.M,
)
_FIELD = re.compile(r"^[ \t]*([A-Za-z]+(?:-[A-Za-z]+)*)[ \t]*:[ \t]*(.*)$")
_BODY = re.compile(r"^[ \t]*(?:BODY[ \t]*:[ \t]*|Body[ \t]*$)", re.M)
_COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)\s*\d{4}|all rights reserved)", re.I)
_EDITION = re.compile(r"\bedition\b|^(?:final|late|early|first|second|home|city|metro|national)\b", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b")
_SNIFF_FIELD = re.compile(r"^[ \t]*(SECTION|LENGTH|HEADLINE|BYLINE|DATELINE|BODY|LOAD-DATE)[ \t]*:", re.M | re.I)
_LANGUAGES = {
    "english": "en",
    "german": "de",
    "deutsch": "de",
    "french": "fr",
    "spanish": "es",
    "russian": "ru",
    "ukrainian": "uk",
    "italian": "it",
    "dutch": "nl",
    "portuguese": "pt",
}


@dataclass(slots=True)
class ExportDocument:
    """One document of an export: its header fields, preamble lines and body."""

    number: int
    fields: dict[str, str] = field(default_factory=dict)
    preamble: list[str] = field(default_factory=list)
    body: str = ""


def split_export(text: str) -> Iterator[ExportDocument]:
    """Split an export into its documents; a document without a body comes back with an empty one.

    A chunk between separators with neither a body nor a header field (a cover page, blank
    space) is no document.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    number = 0
    for chunk in (doc for part in _SEPARATOR.split(text) for doc in _unjoin(part)):
        body_at = _BODY.search(chunk)
        head = chunk[: body_at.start()] if body_at else chunk
        fields, preamble = _read_header(head)
        if not body_at and not fields:
            continue  # a cover page or the blank space between separators
        number += 1
        doc = ExportDocument(number, fields, preamble)
        if body_at:
            rest = chunk[body_at.end() :]
            trailer_at = _TRAILER.search(rest)
            body, trailer = (rest[: trailer_at.start()], rest[trailer_at.start() :]) if trailer_at else (rest, "")
            doc.body = _drop_closing_copyright(body)
            for key, value in _read_header(trailer)[0].items():
                doc.fields.setdefault(key, value)
        yield doc


def _unjoin(chunk: str) -> list[str]:
    """Documents exported without separators: each ends after the last trailer field before the
    next body (the next document's copyright, paper and date lines follow it)."""
    bodies = list(_BODY.finditer(chunk))
    parts: list[str] = []
    start = 0
    for before, after in itertools.pairwise(bodies):
        between = chunk[before.end() : after.start()]
        trailers = list(_TRAILER.finditer(between))
        if not trailers:
            continue
        end = between.find("\n\n", trailers[-1].end())
        cut = before.end() + (end if end != -1 else len(between))
        parts.append(chunk[start:cut])
        start = cut
    parts.append(chunk[start:])
    return parts


def _read_header(head: str) -> tuple[dict[str, str], list[str]]:
    """Fields (continuation lines joined) and the non-blank lines before the first field."""
    fields: dict[str, str] = {}
    preamble: list[str] = []
    current: str | None = None
    for raw in head.split("\n"):
        line = raw.strip()
        if not line:
            current = None
            continue
        m = _FIELD.match(raw)
        key = m.group(1).upper() if m else None
        if m and key and (key in _HEADER_FIELDS or _TRAILER.match(raw)):
            current = key
            fields[key] = m.group(2).strip() if key not in fields else fields[key]
            continue
        if current is not None:
            fields[current] = f"{fields[current]} {line}".strip()
        elif not fields:
            preamble.append(line)
    return fields, preamble


def _drop_closing_copyright(body: str) -> str:
    lines = body.rstrip().split("\n")
    while lines and (not lines[-1].strip() or _COPYRIGHT.match(lines[-1].strip())):
        lines.pop()
    return "\n".join(lines).strip("\n")


@dataclass(slots=True)
class _Masthead:
    outlet: str | None = None
    title: str | None = None
    date_line: str | None = None
    published: str | None = None
    edition: str | None = None
    copyright: str | None = None


def _read_masthead(preamble: list[str]) -> _Masthead:
    """Outlet, date, edition and copyright from the lines above the fields.

    Older exports put the copyright line first, then the paper, the date and the edition; newer
    ones put the headline first, then the paper, the date, the edition and the copyright.
    """
    found = _Masthead()
    names: list[str] = []
    for line in preamble:
        if _COPYRIGHT.match(line):
            found.copyright = found.copyright or line
        elif found.published is None and len(line) <= 80 and _YEAR.search(line) and parse_date(line):
            found.date_line, found.published = line, parse_date(line)
        elif found.published is not None and found.edition is None and _EDITION.search(line) and len(line) <= 60:
            found.edition = line
        elif found.published is None:
            names.append(line)
    if names:
        found.outlet = names[-1]
        if len(names) > 1:
            found.title = " ".join(names[:-1])
    return found


def _document(doc: ExportDocument, source: Source, reader: str, notes: tuple[str, ...]) -> Document:
    location = f"document {doc.number}"
    if not doc.body.strip():
        raise InputError(source.name, "no BODY: section (no article text)", location)
    mast = _read_masthead(doc.preamble)
    fields = doc.fields
    published = _numeric_date(mast.date_line, fields.get("LOAD-DATE")) or mast.date_line
    extra = list(notes)
    if published is None and fields.get("LOAD-DATE"):
        published = fields["LOAD-DATE"]
        extra.append(f"published: no date line; LOAD-DATE {published!r} used")
    for key, label in (("BYLINE", "byline"), ("SECTION", "section"), ("LENGTH", "length")):
        if fields.get(key):
            extra.append(f"{label}: {fields[key]}")
    if mast.edition:
        extra.append(f"edition: {mast.edition}")
    if fields.get("LOAD-DATE"):
        extra.append(f"load date: {fields['LOAD-DATE']}")
    if mast.copyright:
        extra.append(f"copyright: {mast.copyright}")
    language = _LANGUAGES.get((fields.get("LANGUAGE") or "").split(";")[0].strip().casefold())
    return Document(
        content=doc.body,
        source=source.name,
        reader=reader,
        location=location,
        url=(fields.get("URL") or "").split()[0] if fields.get("URL") else None,
        title=fields.get("HEADLINE") or mast.title,
        published=published,
        outlet=mast.outlet,
        language=language,
        dateline=fields.get("DATELINE") or None,
        notes=tuple(extra),
    )


def _numeric_date(line: str | None, load_date: str | None) -> str | None:
    """A numeric date line (``04/09/2026``) read the way that puts it on or just before the day the
    database loaded the article; None when the line is not numeric or not ambiguous."""
    m = _NUMERIC_DATE.match(line or "")
    loaded = parse_date(load_date) if load_date else None
    if not m or not loaded:
        return None
    first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    readings = []
    for month, day in ((second, first), (first, second)):  # day first (as elsewhere), then month first
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    loaded_day = date.fromisoformat(loaded[:10])
    before = [d for d in readings if d <= loaded_day]
    if len(readings) < 2 or not before:
        return None
    return max(before).isoformat()


class NewsArchiveReader:
    """Plain-text exports of press databases, recognised by their header fields."""

    name = "newsarchive"
    extensions: tuple[str, ...] = (".txt", ".text")

    def sniff(self, head: bytes) -> bool:
        """True when the start holds a document separator or two header fields."""
        text = head.decode("utf-8", errors="replace")
        if _SEPARATOR.search(text) and _SNIFF_FIELD.search(text):
            return True
        return len({m.group(1).upper() for m in _SNIFF_FIELD.finditer(text)}) >= 2

    def read(self, source: Source) -> Iterator[Document | InputError]:
        """Yield one document per exported article; one without a body is reported and skipped."""
        text, notes = decode_text(source.read_bytes(source.limits.max_file_bytes, "--max-file-bytes"), source.name)
        found = 0
        for doc in split_export(text):
            found += 1
            try:
                yield _document(doc, source, self.name, notes)
            except InputError as exc:
                yield exc
        if not found:
            raise InputError(source.name, "no exported article (no BODY: section) in the file")


READERS.add("newsarchive", NewsArchiveReader())
