"""Main text and metadata of an HTML page.

Text comes from trafilatura (comments, navigation and related-story boxes left out); when it finds
none, :mod:`onrecord.clean.fallback` reads the text with lxml (an embedded fragment of a feed or
JSONL record is kept as the source gave it; a page must hold a sentence-long paragraph). Metadata is
read from the page itself, most explicit first: JSON-LD ``NewsArticle`` (``datePublished``,
``publisher.name``, ``headline``), then ``<meta>`` tags (``article:published_time``,
``og:site_name``, ``og:title``), then the canonical link; trafilatura's guesses fill the gaps.
"""

from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass
from typing import Any

from onrecord.clean.fallback import TREE_DEPTH_LIMIT, html_paragraphs
from onrecord.errors import InputError

__all__ = ["PageMetadata", "extract_page"]

_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dc.date",
    "date",
    "sailthru.date",
    "parsely-pub-date",
    "citation_publication_date",
)
_SITE_META = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")
_MIN_WORDS = 4  # fewer words than this is page furniture (a menu), not an article
_MIN_PAGE_PARAGRAPH = 8  # a page read by the fallback needs one paragraph of this many words
_TITLE_META = ("og:title", "twitter:title", "headline", "dc.title")


@dataclass(frozen=True, slots=True)
class PageMetadata:
    """What a page says about itself, and where each value came from."""

    title: str | None = None
    published: str | None = None
    published_from: str | None = None
    outlet: str | None = None
    outlet_from: str | None = None
    url: str | None = None
    language: str | None = None
    notes: tuple[str, ...] = ()


def _iter_jsonld(node: Any) -> Any:
    if isinstance(node, list):
        for item in node:
            yield from _iter_jsonld(item)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity"):
            if key in node:
                yield from _iter_jsonld(node[key])


def _is_article(node: dict[str, Any]) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(
        isinstance(k, str) and ("Article" in k or k in {"Report", "BlogPosting", "LiveBlogPosting"}) for k in kinds
    )


def _name_of(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _read_metadata(tree: Any) -> PageMetadata:
    title = published = published_from = outlet = outlet_from = url = language = None
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "")
        except ValueError:
            continue
        for node in _iter_jsonld(data):
            if not _is_article(node):
                continue
            if not published and isinstance(node.get("datePublished"), str):
                published, published_from = node["datePublished"], "json-ld datePublished"
            if not outlet and _name_of(node.get("publisher")):
                outlet, outlet_from = _name_of(node.get("publisher")), "json-ld publisher"
            if not title and isinstance(node.get("headline"), str):
                title = node["headline"].strip() or None
            if not url and isinstance(node.get("url"), str):
                url = node["url"]
    metas: dict[str, str] = {}
    for meta in tree.xpath("//meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = (meta.get("content") or "").strip()
        if key and value and key not in metas:
            metas[key] = value
    if not published:
        for key in _DATE_META:
            if key in metas:
                published, published_from = metas[key], f"meta {key}"
                break
    if not outlet:
        for key in _SITE_META:
            if key in metas and not metas[key].startswith("@"):
                outlet, outlet_from = metas[key], f"meta {key}"
                break
    if not title:
        for key in _TITLE_META:
            if key in metas:
                title = metas[key]
                break
    if not url:
        canonical = tree.xpath('//link[@rel="canonical"]/@href')
        url = canonical[0].strip() if canonical else metas.get("og:url")
    lang = tree.xpath("/html/@lang")
    if lang:
        language = str(lang[0]).split("-")[0].lower() or None
    return PageMetadata(title, published, published_from, outlet, outlet_from, url, language)


def _page_title(tree: Any) -> str | None:
    h1 = tree.xpath("//h1")
    if h1:
        text = re.sub(r"\s+", " ", h1[0].text_content()).strip()
        if text:
            return text
    titles = tree.xpath("//title")
    if titles:
        text = re.sub(r"\s+", " ", titles[0].text_content()).strip()
        return re.split(r"\s+[|–—-]\s+", text)[0] or None
    return None


def _main_text(html: str, url: str | None, favor_precision: bool = False, favor_recall: bool = False) -> Any:
    """trafilatura's main text and metadata, without comments, tables or images. The date
    parser's warnings about a page's time zone names (``EST`` not understood) are its own: a
    page's date is read or not, and the run's output stays clean."""
    import trafilatura

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="tzname .* identified but not understood")
        return trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            deduplicate=False,
            favor_precision=favor_precision,
            favor_recall=favor_recall,
        )


def extract_page(html: str, source: str, url: str | None = None, fragment: bool = False) -> tuple[str, PageMetadata]:
    """Return the main text of a page (paragraphs separated by newlines) and its metadata.

    Args:
        html: the page, or an HTML fragment.
        source: where it came from, for messages.
        url: the page's address, if known.
        fragment: the HTML is an article a feed or a JSONL record gave (not a whole page): when
            trafilatura declines it, its text is kept as lxml reads it.

    Raises:
        InputError: the page cannot be parsed or holds no article text.
    """
    import lxml.html
    from lxml.etree import ParserError

    parser = lxml.html.HTMLParser()
    try:
        tree = lxml.html.fromstring(html, parser=parser)
    except (ParserError, ValueError) as exc:
        raise InputError(source, f"not parseable as HTML ({exc})") from None
    # libxml2's tree keeps no element nested deeper than its limit; trafilatura sees that tree.
    truncated = any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log)
    meta = _read_metadata(tree)
    result = _main_text(html, url or meta.url, favor_precision=True)
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        # favor_precision can drop short pages; try once more favouring recall.
        result = _main_text(html, url or meta.url, favor_recall=True)
        text = getattr(result, "text", None) if result is not None else None
    notes: tuple[str, ...] = ()
    if not text or len(text.split()) < _MIN_WORDS:
        text, notes = _fallback_text(html, source, fragment)
    elif truncated:
        text, notes = _deeper_text(html, text, fragment)
    title = meta.title or (getattr(result, "title", None) if result is not None else None)
    title = title or _page_title(tree)
    published, published_from = meta.published, meta.published_from
    if not published and getattr(result, "date", None):
        published, published_from = getattr(result, "date", None), "trafilatura"
    outlet, outlet_from = meta.outlet, meta.outlet_from
    if not outlet and getattr(result, "sitename", None):
        outlet, outlet_from = getattr(result, "sitename", None), "trafilatura"
    meta = PageMetadata(
        title=title,
        published=published,
        published_from=published_from,
        outlet=outlet,
        outlet_from=outlet_from,
        url=meta.url or (getattr(result, "url", None) if result is not None else None),
        language=meta.language,
        notes=notes,
    )
    return text, meta


def _deeper_text(html: str, text: str, fragment: bool) -> tuple[str, tuple[str, ...]]:
    """For a page nested deeper than the tree keeps: lxml's reading of the whole page when
    trafilatura, seeing only the shallow part, found less than half of its words."""
    found = html_paragraphs(html)
    seen = len(text.split())
    longest = max((len(p.split()) for p in found.paragraphs), default=0)
    if seen * 2 >= found.words or not (fragment or longest >= _MIN_PAGE_PARAGRAPH):
        return text, ()
    return found.text, (
        f"text read with lxml: nested {found.max_depth} elements deep, the page's tree was cut at "
        f"{TREE_DEPTH_LIMIT} levels and trafilatura found {seen} of its {found.words} words",
    )


def _fallback_text(html: str, source: str, fragment: bool) -> tuple[str, tuple[str, ...]]:
    """The text lxml reads when trafilatura found none, with a note; or an error saying why not."""
    found = html_paragraphs(html)
    deep = found.max_depth > TREE_DEPTH_LIMIT
    depth = f"nested {found.max_depth} elements deep, " if deep else ""
    if fragment and found.words:
        return found.text, (f"text read with lxml: {depth}trafilatura found no main text in the item",)
    longest = max((len(p.split()) for p in found.paragraphs), default=0)
    if not fragment and longest >= _MIN_PAGE_PARAGRAPH:
        return found.text, (f"text read with lxml: {depth}trafilatura found no main text in the page",)
    if not found.words:
        why = "the page holds no text outside navigation, scripts, headers and footers"
    else:
        why = (
            f"outside navigation, scripts, headers and footers it holds {found.words} words, "
            f"in no paragraph of {_MIN_PAGE_PARAGRAPH} words or more"
        )
    if deep:
        why = f"the page is {depth.rstrip(', ')}; {why}"
    raise InputError(source, f"no article text found in the page ({why})")
