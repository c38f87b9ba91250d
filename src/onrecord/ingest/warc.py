"""WARC web archives (``.warc``, ``.warc.gz``): one article per archived HTML response."""

from __future__ import annotations

from collections.abc import Iterator

from onrecord.errors import InputError
from onrecord.ingest.base import READERS
from onrecord.ingest.limits import format_size
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
        """Yield one HTML document per archived page.

        A page is read (and decompressed) up to ``source.limits.max_bytes``: a larger one is
        reported and skipped, and the next record read. A record whose header declares more than
        ``max_record_bytes`` ends the file, since skipping it means decompressing all of it.
        """
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        limits = source.limits
        stream = source.open()
        pages = 0
        with stream:
            try:
                for number, record in enumerate(ArchiveIterator(stream), start=1):
                    location = f"record {number}"
                    if record.length is not None and record.length > limits.max_record_bytes:
                        yield InputError(
                            source.name,
                            f"record of {format_size(record.length)} is larger than the limit of "
                            f"{format_size(limits.max_record_bytes)} (raise it with --max-record-bytes); "
                            "rest of the file skipped",
                            location,
                        )
                        return
                    if record.rec_type != "response" or record.http_headers is None:
                        continue
                    content_type = record.http_headers.get_header("Content-Type") or ""
                    if "html" not in content_type.lower():
                        continue
                    pages += 1
                    payload = record.content_stream().read(limits.max_bytes + 1)
                    if len(payload) > limits.max_bytes:
                        yield InputError(
                            source.name,
                            f"archived page is larger than the limit of {format_size(limits.max_bytes)} "
                            "once decompressed (raise it with --max-bytes)",
                            location,
                        )
                        continue
                    charset = "utf-8"
                    if "charset=" in content_type:
                        charset = content_type.split("charset=", 1)[1].split(";")[0].strip()
                    try:
                        html = payload.decode(charset, errors="replace")
                    except LookupError:
                        html = payload.decode("utf-8", errors="replace")
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    if not html.strip():
                        yield InputError(source.name, "archived page is empty", location)
                        continue
                    yield Document(
                        content=html,
                        source=source.name,
                        reader=self.name,
                        media_type="html",
                        location=location,
                        url=url,
                    )
            except ArchiveLoadFailed as exc:
                raise InputError(source.name, f"not a readable WARC file ({exc})") from None
        if not pages:
            raise InputError(source.name, "WARC file holds no HTML pages")


READERS.add("warc", WarcReader())
