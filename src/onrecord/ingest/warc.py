"""WARC web archives (``.warc``, ``.warc.gz``): one article per archived HTML response."""

from __future__ import annotations

from collections.abc import Iterator

from onrecord.errors import InputError
from onrecord.ingest.base import READERS
from onrecord.ingest.sources import Source
from onrecord.model import Document

__all__ = ["WarcReader"]


class WarcReader:
    """HTML ``response`` records of a WARC file, read with warcio; other records are ignored."""

    name = "warc"
    extensions: tuple[str, ...] = (".warc", ".warc.gz", ".arc", ".arc.gz")

    def sniff(self, head: bytes) -> bool:
        """True for an uncompressed WARC or a gzip stream starting a WARC record."""
        return head.startswith(b"WARC/")

    def read(self, source: Source) -> Iterator[Document | InputError]:
        """Yield one HTML document per archived page."""
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        stream = source.open()
        found = 0
        with stream:
            try:
                for number, record in enumerate(ArchiveIterator(stream), start=1):
                    if record.rec_type != "response" or record.http_headers is None:
                        continue
                    content_type = record.http_headers.get_header("Content-Type") or ""
                    if "html" not in content_type.lower():
                        continue
                    payload = record.content_stream().read()
                    charset = "utf-8"
                    if "charset=" in content_type:
                        charset = content_type.split("charset=", 1)[1].split(";")[0].strip()
                    try:
                        html = payload.decode(charset, errors="replace")
                    except LookupError:
                        html = payload.decode("utf-8", errors="replace")
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    if not html.strip():
                        yield InputError(source.name, "archived page is empty", f"record {number}")
                        continue
                    found += 1
                    yield Document(
                        content=html,
                        source=source.name,
                        reader=self.name,
                        media_type="html",
                        location=f"record {number}",
                        url=url,
                    )
            except ArchiveLoadFailed as exc:
                raise InputError(source.name, f"not a readable WARC file ({exc})") from None
        if not found:
            raise InputError(source.name, "WARC file holds no HTML pages")


READERS.add("warc", WarcReader())
