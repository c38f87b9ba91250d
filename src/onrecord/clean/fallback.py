"""Text of HTML without building a tree: lxml's parser feeding a collector, paragraph by paragraph.

The fallback when trafilatura finds no main text: a feed item or JSONL ``html`` holding one short
paragraph (trafilatura declines it as too short to be an article, but the feed already gave the
article), or a page nested deeper than libxml2's tree limit (its tree builder drops everything
below 255 levels; a parser target sees every element at any depth). Scripts, styles, navigation,
headers, footers, asides, forms, captions and elements whose class or id names page furniture
(cookie banners, menus, share bars, related stories) are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["FallbackText", "html_paragraphs"]

TREE_DEPTH_LIMIT = 255  # libxml2's HTML tree builder keeps no element nested deeper than this

_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "option",
        "textarea",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "figcaption",
        "menu",
    }
)
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "section",
        "article",
        "main",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "hr",
        "figure",
        "address",
        "body",
    }
)
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:cookie|consent|gdpr|nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|"
    r"related|recommended|comments?|advert|ads?|promo|newsletter|subscribe|sidebar|footer|masthead|"
    r"paywall|banner)(?:$|[\s_-])",
    re.I,
)
_SPACE = re.compile(r"\s+")


@dataclass(slots=True)
class FallbackText:
    """What the fallback read: the paragraphs, and how deep the page was nested."""

    paragraphs: list[str] = field(default_factory=list)
    max_depth: int = 0

    @property
    def words(self) -> int:
        """The number of words in every paragraph."""
        return sum(len(p.split()) for p in self.paragraphs)

    @property
    def text(self) -> str:
        """The paragraphs, one per line."""
        return "\n".join(self.paragraphs)


class _Collector:
    """An lxml parser target: text outside skipped elements, split at block elements."""

    def __init__(self) -> None:
        self.result = FallbackText()
        self._skipping: list[bool] = []
        self._skip = 0
        self._depth = 0
        self._current: list[str] = []

    def _flush(self) -> None:
        if self._current:
            paragraph = _SPACE.sub(" ", "".join(self._current)).strip()
            self._current = []
            if paragraph:
                self.result.paragraphs.append(paragraph)

    def start(self, tag: str | bytes, attrib: dict[str | bytes, str | bytes]) -> None:
        name = tag.lower() if isinstance(tag, str) else ""
        self._depth += 1
        self.result.max_depth = max(self.result.max_depth, self._depth)
        marks = " ".join(str(attrib.get(key, "")) for key in ("class", "id", "role"))
        skip = name in _SKIP_TAGS or bool(marks.strip() and _FURNITURE.search(marks))
        if not self._skip and (skip or name in _BLOCK_TAGS):
            self._flush()
        self._skipping.append(skip)
        if skip:
            self._skip += 1

    def end(self, tag: str | bytes) -> None:
        name = tag.lower() if isinstance(tag, str) else ""
        self._depth = max(0, self._depth - 1)
        if self._skipping and self._skipping.pop():
            self._skip -= 1
        elif name in _BLOCK_TAGS and not self._skip:
            self._flush()

    def data(self, data: str | bytes) -> None:
        if not self._skip:
            self._current.append(data if isinstance(data, str) else data.decode("utf-8", "replace"))

    def comment(self, text: str | bytes) -> None:
        """Comments are not text."""

    def close(self) -> None:
        self._flush()


def html_paragraphs(html: str) -> FallbackText:
    """Read the text of a page or fragment, one paragraph per block element, at any depth.

    Args:
        html: an HTML page or fragment.

    Returns:
        The paragraphs outside page furniture, and the deepest nesting seen.
    """
    from lxml import etree

    collector = _Collector()
    parser = etree.HTMLParser(target=collector, recover=True, no_network=True)
    try:
        parser.feed(html)
    except ValueError:  # a str declaring an encoding: let libxml2 read the bytes instead
        collector = _Collector()
        parser = etree.HTMLParser(target=collector, recover=True, no_network=True)
        parser.feed(html.encode("utf-8"))
    parser.close()
    return collector.result
