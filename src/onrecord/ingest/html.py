"""HTML pages (``.html``, ``.htm``): one page, one article; text extraction happens in cleaning."""

from __future__ import annotations

import re
from collections.abc import Iterator

from onrecord.errors import InputError
from onrecord.ingest.base import READERS
from onrecord.ingest.decode import decode_text
from onrecord.ingest.sources import Source
from onrecord.model import Document

__all__ = ["HtmlReader"]

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html|<head|<body|<meta|<article)", re.I | re.S)
_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", re.I)


class HtmlReader:
    """A web page, decoded with its declared charset when it has one."""

    name = "html"
    extensions: tuple[str, ...] = (".html", ".htm", ".xhtml")

    def sniff(self, head: bytes) -> bool:
        """True when the content starts like an HTML document."""
        return bool(_HTML_START.match(head.lstrip(b"\xef\xbb\xbf")))

    def read(self, source: Source) -> Iterator[Document | InputError]:
        """Yield the page as one HTML document."""
        data = source.read_bytes(source.limits.max_bytes)
        declared = _CHARSET.search(data[:4096])
        notes: tuple[str, ...] = ()
        html: str | None = None
        if declared:
            try:
                html = data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                html = None
        if html is None:
            html, notes = decode_text(data, source.name)
        if not html.strip():
            raise InputError(source.name, "empty: no HTML to read")
        yield Document(content=html, source=source.name, reader=self.name, media_type="html", notes=notes)


READERS.add("html", HtmlReader())
