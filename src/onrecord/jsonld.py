"""schema.org JSON-LD for statements, quotes, articles, speakers and outlets.

The pages embed it and ``onrecord export --format jsonld`` writes it: ``Quotation`` with its
``creator``/``spokenByCharacter``, ``isPartOf`` the ``NewsArticle`` that reported it, and
``datePublished``.
"""

from __future__ import annotations

import json
from typing import Any

from onrecord.model import Article, Quote, Speaker, Statement, StatementVariant

__all__ = [
    "CONTEXT",
    "article_ld",
    "document",
    "outlet_ld",
    "quote_ld",
    "script_json",
    "speaker_ld",
    "statement_ld",
]

CONTEXT = "https://schema.org"


def _agent(speaker_id: str | None, name: str | None, kind: str = "person") -> dict[str, Any] | None:
    if not name:
        return None
    agent: dict[str, Any] = {"@type": "Organization" if kind == "organisation" else "Person", "name": name}
    if speaker_id:
        agent["identifier"] = speaker_id
    return agent


def _news_article(article_id: str, outlet: str | None, published: str | None, **extra: Any) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "NewsArticle", "identifier": article_id}
    if published:
        node["datePublished"] = published
    if outlet:
        node["publisher"] = {"@type": "NewsMediaOrganization", "name": outlet}
    node.update({k: v for k, v in extra.items() if v})
    return node


def _quotation(
    quote_id: str,
    text: str,
    agent: dict[str, Any] | None,
    article: dict[str, Any],
    said_on: str | None,
    language: str | None,
) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Quotation", "identifier": quote_id, "text": text, "isPartOf": article}
    if agent:
        node["creator"] = agent
        if agent["@type"] == "Person":
            node["spokenByCharacter"] = agent
    if said_on:
        node["dateCreated"] = said_on
    if article.get("datePublished"):
        node["datePublished"] = article["datePublished"]
    if language:
        node["inLanguage"] = language
    return node


def quote_ld(quote: Quote) -> dict[str, Any]:
    """A quote record as a ``Quotation`` that ``isPartOf`` its ``NewsArticle``."""
    speaker = quote.speaker
    agent = _agent(speaker.id, speaker.name, speaker.kind) if speaker else None
    article = _news_article(quote.article_id, quote.outlet, quote.published)
    return _quotation(quote.quote_id, quote.text, agent, article, quote.said_on, quote.language)


def _variant_ld(statement: Statement, variant: StatementVariant) -> dict[str, Any]:
    agent = _agent(statement.speaker_id, statement.speaker_name)
    article = _news_article(variant.article_id, variant.outlet, variant.published)
    return _quotation(variant.quote_id, variant.text, agent, article, variant.said_on, variant.language)


def statement_ld(statement: Statement) -> dict[str, Any]:
    """A statement as a ``Quotation`` of its canonical wording, with each report as a ``Quotation`` too."""
    first = statement.first_seen
    node: dict[str, Any] = {"@type": "Quotation", "identifier": statement.id, "text": statement.text}
    agent = _agent(statement.speaker_id, statement.speaker_name)
    if agent:
        node["creator"] = agent
        node["spokenByCharacter"] = agent
    if statement.said_on:
        node["dateCreated"] = statement.said_on
    if first is not None:
        node["isPartOf"] = _news_article(first.article_id, first.outlet, first.published)
        if first.published:
            node["datePublished"] = first.published
    node["citation"] = [_variant_ld(statement, v) for v in statement.variants]
    return node


def article_ld(article: Article, quotes: list[Quote]) -> dict[str, Any]:
    """An article as a ``NewsArticle`` whose parts are its quotes."""
    node = _news_article(
        article.id,
        article.outlet,
        article.published,
        headline=article.title,
        url=article.url if article.url and article.url.startswith(("http://", "https://")) else None,
        inLanguage=article.language,
        dateline=article.dateline,
    )
    node["hasPart"] = [
        _quotation(
            q.quote_id,
            q.text,
            _agent(q.speaker.id, q.speaker.name, q.speaker.kind) if q.speaker else None,
            {"@type": "NewsArticle", "identifier": article.id},
            q.said_on,
            q.language,
        )
        for q in quotes
    ]
    return node


def speaker_ld(speaker: Speaker) -> dict[str, Any]:
    """A speaker as a ``Person`` or ``Organization`` with its other names and roles."""
    node = _agent(speaker.id, speaker.name, speaker.kind) or {}
    if speaker.aliases:
        node["alternateName"] = list(dict.fromkeys(speaker.aliases))
    if speaker.roles and node.get("@type") == "Person":
        node["jobTitle"] = [role for role, _, _ in speaker.roles]
    return node


def outlet_ld(name: str) -> dict[str, Any]:
    """An outlet as a ``NewsMediaOrganization``."""
    return {"@type": "NewsMediaOrganization", "name": name}


def document(node: dict[str, Any] | list[dict[str, Any]]) -> dict[str, Any]:
    """Wrap a node (or a list of them, as ``@graph``) with the schema.org context."""
    if isinstance(node, list):
        return {"@context": CONTEXT, "@graph": node}
    return {"@context": CONTEXT, **node}


def script_json(data: Any) -> str:
    """JSON safe to place inside ``<script type="application/ld+json">``: no ``<``, ``>`` or ``&``."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
