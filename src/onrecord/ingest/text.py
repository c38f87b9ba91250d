"""Plain text articles (``.txt``): one file, one article."""

from __future__ import annotations

from collections.abc import Iterator

from onrecord.errors import InputError
from onrecord.ingest.base import READERS
from onrecord.ingest.decode import decode_text, looks_binary
from onrecord.ingest.sources import Source
from onrecord.model import Document

__all__ = ["TextReader"]


class TextReader:
    """UTF-8 text (BOM allowed), falling back to cp1252 with a note."""

    name = "text"
    extensions: tuple[str, ...] = (".txt", ".text", "")

    def sniff(self, head: bytes) -> bool:
        """Any non-binary content can be read as text."""
        return not looks_binary(head)

    def read(self, source: Source) -> Iterator[Document | InputError]:
        """Yield the file as one text document."""
        text, notes = decode_text(source.read_bytes(source.limits.max_bytes), source.name)
        yield Document(content=text, source=source.name, reader=self.name, notes=notes)


READERS.add("text", TextReader())
