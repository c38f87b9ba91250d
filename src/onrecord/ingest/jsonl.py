"""JSON Lines: one article per line, ``{id, url, title, published, outlet, text}``.

Only ``text`` is required; ``html`` is accepted instead of ``text``. Other exports' names for the
metadata are read too ("publication_date", "publisher", "datePublished", ...), also inside a
nested ``meta`` or ``metadata`` object. A broken line is reported
with its number and skipped; the other lines are read.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import BinaryIO

from onrecord.errors import InputError
from onrecord.ingest.base import READERS
from onrecord.ingest.limits import format_size
from onrecord.ingest.sources import Source
from onrecord.model import Document

__all__ = ["JsonReader", "JsonlReader", "document_from_record"]

_OPTIONAL = ("id", "url", "title", "published", "outlet", "language")
# the names other exports give the same fields (a corpus's "publication_date" and "publisher", a
# schema.org "datePublished"), read when the record has no field of onrecord's own name
_ALIASES = {
    "published": ("publication_date", "date_published", "datePublished", "pubDate", "published_at", "date"),
    "outlet": ("publisher", "site_name", "source_name"),
    "title": ("headline",),
}
# an object inside the record that holds its metadata ("meta": {"publication_date": ...})
_NESTED = ("meta", "metadata")


def _hint(record: dict[str, object], key: str) -> object:
    """The record's value for ``key``: under its own name, else under another export's name for
    it, at the top level or in a nested metadata object; None when nothing holds it."""
    value = record.get(key)
    if value is not None:
        return value
    places = [record] + [n for n in (record.get(k) for k in _NESTED) if isinstance(n, dict)]
    for place in places:
        for name in (key, *_ALIASES.get(key, ())):
            found = place.get(name)
            if isinstance(found, (str, int, float)) and str(found).strip():
                return found
    return None


def document_from_record(record: object, source: str, location: str | None, reader: str) -> Document:
    """Build a document from one decoded JSON record.

    Raises:
        InputError: the record is not an object, or has neither a ``text`` nor an ``html`` string.
    """
    if not isinstance(record, dict):
        raise InputError(source, "expected a JSON object per line", location)
    hints: dict[str, str | None] = {}
    for key in _OPTIONAL:
        value = _hint(record, key)
        if value is not None and not isinstance(value, (str, int, float)):
            raise InputError(source, f"field {key!r} must be a string", location)
        hints[key] = None if value is None else str(value)
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        content, media_type = text, "text"
    elif isinstance(html, str) and html.strip():
        content, media_type = html, "html"
    elif "text" in record or "html" in record:
        raise InputError(source, "'text' is empty or not a string", location)
    else:
        raise InputError(source, "no 'text' (or 'html') field", location)
    return Document(
        content=content,
        source=source,
        reader=reader,
        media_type=media_type,
        location=location,
        id=hints["id"],
        url=hints["url"],
        title=hints["title"],
        published=hints["published"],
        outlet=hints["outlet"],
        language=hints["language"],
    )


class JsonlReader:
    """JSON Lines, streamed line by line."""

    name = "jsonl"
    extensions: tuple[str, ...] = (".jsonl", ".ndjson", ".jsonl.gz")

    def sniff(self, head: bytes) -> bool:
        """True when the first line is a JSON object."""
        first = head.lstrip(b"\xef\xbb\xbf").lstrip().split(b"\n", 1)[0].strip()
        if not first.startswith(b"{"):
            return False
        try:
            json.loads(first)
        except ValueError:
            return len(first) >= 4000  # a line longer than the sniffed head
        return True

    def read(self, source: Source) -> Iterator[Document | InputError]:
        """Yield one document per good line and one error per bad line.

        Lines are read as a stream, at most ``source.limits.max_bytes`` of each: a longer line is
        reported and read through in pieces without holding it in memory; one that goes on past
        ``max_record_bytes`` (a gzip bomb) ends the file.
        """
        raw = source.open()
        if source.suffix.endswith(".gz"):
            import gzip

            stream: BinaryIO = gzip.GzipFile(fileobj=raw)  # type: ignore[assignment]
        else:
            stream = raw
        limits = source.limits
        with raw, stream:
            try:
                yield from self._documents(source, _iter_lines(stream, limits.max_bytes, limits.max_record_bytes))
            except _GaveUp as gave_up:
                yield InputError(
                    source.name,
                    f"line goes on past {format_size(limits.max_record_bytes)} without ending; rest of the file "
                    "skipped (raise it with --max-record-bytes)",
                    f"line {gave_up.number}",
                )

    def _documents(
        self, source: Source, lines: Iterator[tuple[int, bytes | None, int]]
    ) -> Iterator[Document | InputError]:
        limit = source.limits.max_bytes
        seen_any = False
        for number, line, size in lines:
            location = f"line {number}"
            if line is None:
                seen_any = True
                yield InputError(
                    source.name,
                    f"line of {format_size(size)} is longer than the limit of {format_size(limit)} "
                    "(raise it with --max-bytes)",
                    location,
                )
                continue
            if number == 1 and line.startswith(codecs.BOM_UTF8):
                line = line[len(codecs.BOM_UTF8) :]
            if not line.strip():
                continue
            seen_any = True
            try:
                record = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield InputError(source.name, f"not UTF-8 ({exc.reason})", location)
                continue
            except json.JSONDecodeError as exc:
                yield InputError(source.name, f"malformed JSON ({exc.msg} at column {exc.colno})", location)
                continue
            try:
                yield document_from_record(record, source.name, location, self.name)
            except InputError as exc:
                yield exc
        if not seen_any:
            raise InputError(source.name, "empty: no JSON lines to read")


class _GaveUp(Exception):
    """An overlong line ran past the most a reader reads through to skip it."""

    def __init__(self, number: int, size: int) -> None:
        super().__init__(number, size)
        self.number = number
        self.size = size


def _iter_lines(stream: BinaryIO, limit: int, skip_limit: int | None = None) -> Iterator[tuple[int, bytes | None, int]]:
    """Yield ``(number, line, size)`` per line; ``line`` is None for a line longer than ``limit``,
    which is read through in pieces and dropped, so memory stays within ``limit``.

    Raises:
        _GaveUp: an overlong line went on past ``skip_limit`` bytes (a gzip bomb inflates without
            end): the rest of the stream is not read.
    """
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) <= limit or line.endswith(b"\n"):
            yield number, line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            if skip_limit is not None and size > skip_limit:
                raise _GaveUp(number, size)
            line = stream.readline(1 << 20)
            if not line:
                break
            size += len(line)
        yield number, None, size


READERS.add("jsonl", JsonlReader())


class JsonReader:
    """A ``.json`` file holding one article object or a list of them (same fields as JSONL)."""

    name = "json"
    extensions: tuple[str, ...] = (".json",)

    def sniff(self, head: bytes) -> bool:
        """Never chosen by content alone: JSON Lines and JSON look alike at the start."""
        return False

    def read(self, source: Source) -> Iterator[Document | InputError]:
        """Yield one document per article object."""
        data = source.read_bytes(source.limits.max_file_bytes, "--max-file-bytes")
        try:
            value = json.loads(data.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            raise InputError(source.name, f"not UTF-8 ({exc.reason})") from None
        except json.JSONDecodeError as exc:
            raise InputError(
                source.name, f"malformed JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
            ) from None
        records = value if isinstance(value, list) else [value]
        if not all(isinstance(r, dict) and ("text" in r or "html" in r) for r in records):
            raise InputError(source.name, "JSON file is not an article or a list of articles (no 'text' field)")
        for number, record in enumerate(records, start=1):
            location = f"item {number}" if isinstance(value, list) else None
            try:
                yield document_from_record(record, source.name, location, self.name)
            except InputError as exc:
                yield exc


READERS.add("json", JsonReader())
