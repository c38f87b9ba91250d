"""RSS 2.0 and Atom feeds: one article per item.

An item's article is its full content (``content:encoded``, Atom ``content``) when present,
else its summary. Its id is the guid (Atom id), else its link; its date is ``pubDate``
(Atom ``published``), else ``updated``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import feedparser

from onrecord.errors import InputError
from onrecord.ingest.base import READERS
from onrecord.ingest.sources import Source
from onrecord.model import Document

__all__ = ["FeedReader"]

_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
_MARKUP = re.compile(r"<[a-zA-Z][^>]*>")


class FeedReader:
    """RSS 0.9x/1.0/2.0 and Atom, parsed with feedparser."""

    name = "feed"
    extensions: tuple[str, ...] = (".rss", ".atom", ".xml", ".rdf")

    def sniff(self, head: bytes) -> bool:
        """True when the document's root element is a feed."""
        return bool(_FEED_ROOT.search(head[:2048]))

    def read(self, source: Source) -> Iterator[Document | InputError]:
        """Yield one document per feed item."""
        data = source.read_bytes(source.limits.max_file_bytes, "--max-file-bytes")
        if not data.strip():
            raise InputError(source.name, "empty: no feed to read")
        parsed = feedparser.parse(data)
        if not parsed.get("version") and not parsed.entries:
            reason = "not an RSS or Atom feed"
            if parsed.get("bozo") and parsed.get("bozo_exception") is not None:
                reason += f" ({parsed['bozo_exception']})"
            raise InputError(source.name, reason)
        outlet = (parsed.feed.get("title") or "").strip() or None
        if not parsed.entries:
            raise InputError(source.name, "feed has no items")
        for number, entry in enumerate(parsed.entries, start=1):
            location = f"item {number}"
            content = _entry_content(entry)
            if not content.strip():
                yield InputError(source.name, "item has neither content nor summary", location)
                continue
            yield Document(
                content=content,
                source=source.name,
                reader=self.name,
                media_type="html" if _MARKUP.search(content) else "text",
                location=location,
                id=entry.get("id") or entry.get("link") or None,
                url=entry.get("link") or None,
                title=(entry.get("title") or "").strip() or None,
                published=entry.get("published") or entry.get("updated") or None,
                outlet=outlet,
                language=(entry.get("language") or parsed.feed.get("language") or None),
            )


def _entry_content(entry: Any) -> str:
    for item in entry.get("content") or []:
        value = item.get("value") or ""
        if value.strip():
            return str(value)
    return str(entry.get("summary") or entry.get("description") or "")


READERS.add("feed", FeedReader())
