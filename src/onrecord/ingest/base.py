"""The reader interface, the reader registry, and how a reader is chosen for a source."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from onrecord.errors import ConfigError, InputError
from onrecord.ingest.sources import Source
from onrecord.model import Document
from onrecord.registry import Registry

__all__ = ["READERS", "Reader", "choose_reader"]


class Reader(Protocol):
    """Reads one source into documents.

    A reader yields an :class:`InputError` for a record it cannot read (a bad JSONL line) and
    goes on with the next; it raises one only when the whole source is unreadable.
    """

    name: str
    extensions: tuple[str, ...]

    def sniff(self, head: bytes) -> bool:
        """Return True when the first bytes of a source look like this reader's format."""
        ...

    def read(self, source: Source) -> Iterator[Document | InputError]:
        """Yield the documents in ``source``, and an error for each record that is broken."""
        ...


READERS: Registry[Reader] = Registry("reader")

# The order sniffing tries readers in: specific formats first, plain text last.
_SNIFF_ORDER = ("warc", "feed", "html", "jsonl", "newsarchive", "text")


def choose_reader(source: Source, format: str | None = None) -> Reader:
    """Pick the reader for ``source``: ``format`` if given, else by extension, else by content.

    Raises:
        ConfigError: ``format`` names no registered reader.
        InputError: the source cannot be read.
    """
    if format:
        return READERS.get(format)
    suffix = source.suffix
    by_extension = [r for _, r in READERS if suffix and suffix in r.extensions]
    # Readers sharing an extension (.txt: an archive export or plain text) are tried specific first.
    by_extension.sort(key=lambda r: _SNIFF_ORDER.index(r.name) if r.name in _SNIFF_ORDER else -1)
    head = b""
    if source.path is not None or source.data is not None:
        with source.open() as stream:
            head = stream.read(4096)
    # An extension that several readers share (.xml: feed or page) is settled by content.
    for reader in by_extension:
        if len(by_extension) == 1 or reader.sniff(head):
            return reader
    for name in _SNIFF_ORDER:
        if name in READERS and READERS.get(name).sniff(head):
            return READERS.get(name)
    try:
        return READERS.get("text")
    except ConfigError:  # pragma: no cover - text is always registered
        raise InputError(source.name, "no reader for this file") from None
