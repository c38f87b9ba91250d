"""Response shapes for the OpenAPI document; the routes send the library's own dicts.

Each model mirrors a ``to_dict``/``to_record`` of :mod:`onrecord.model`; schemathesis checks
every response against them, so a drift between the two fails the tests.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "ArticleDetail",
    "ArticleOut",
    "ArticlePage",
    "IngestOut",
    "OutletOut",
    "Problem",
    "QuoteOut",
    "QuotePage",
    "SearchOut",
    "SpeakerDetail",
    "SpeakerOut",
    "SpeakerPage",
    "StatementOut",
    "StatementPage",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SpanOut(_Model):
    """A piece of the article body: ``body[start:end] == text``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class SpeakerRefOut(_Model):
    """Who a quote is attributed to, and the words naming them in the article."""

    id: str
    name: str
    mention: SpanOut | None
    kind: str


class QuoteOut(_Model):
    """A quote record, exactly as ``onrecord quotes --format jsonl`` prints it (quote.schema.json)."""

    quote_id: str
    article_id: str
    source: str | None
    outlet: str | None
    published: str | None
    kind: Literal["direct", "indirect", "mixed"]
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    cue: SpanOut | None
    speaker: SpeakerRefOut | None
    via: str | None
    said_on: str | None
    statement_id: str | None
    fragments: list[SpanOut] | None = None
    quoted: list[SpanOut] | None = None
    via_kind: Literal["outlet", "wire", "platform", "person"] | None = None
    said_on_source: str | None = None
    language: str | None = None
    source_mention: SpanOut | None = None
    type: Literal["speech", "belief", "document", "other"] | None = Field(
        default=None, description="the kind of attribution, when extraction could tell"
    )


class ArticleOut(_Model):
    """An article's metadata (listings leave the body out)."""

    id: str
    source: str | None
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    published_from: str | None
    dateline: str | None
    place: str | None
    language: str | None
    media_type: str
    content_hash: str
    ingested_at: str | None
    duplicate_of: str | None
    syndicated_from: str | None = Field(
        default=None, description="the wire or agency whose story this outlet ran (its credit lines name it)"
    )
    notes: list[str]


class ArticleDetail(ArticleOut):
    """One article: metadata, body, its quotes (in body order) and, on request, the raw input."""

    body: str
    raw: str | None = None
    quotes: list[QuoteOut]


class RoleOut(_Model):
    """A role phrase the corpus ties to a speaker, with the days it was seen."""

    role: str
    from_: str | None = Field(alias="from")
    until: str | None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class SpeakerOut(_Model):
    """A speaker with what the corpus says of them."""

    id: str
    name: str
    kind: str
    aliases: list[str]
    roles: list[RoleOut]
    statements: int
    quotes: int
    outlets: int
    first_seen: str | None
    last_seen: str | None


class VariantOut(_Model):
    """One report of a statement."""

    quote_id: str
    article_id: str
    outlet: str | None
    published: str | None
    kind: str
    text: str
    via: str | None
    language: str | None
    said_on: str | None
    duplicate_of: str | None
    cue: str | None
    syndicated_from: str | None = Field(default=None, description="the wire whose story the outlet ran")


class StatementSpeaker(_Model):
    """The speaker of a statement (both null for quotes with no known speaker)."""

    id: str | None
    name: str | None


class StatementOut(_Model):
    """A statement with every report of it, earliest first."""

    id: str
    speaker: StatementSpeaker
    text: str
    said_on: str | None
    outlets: list[str]
    languages: list[str]
    via: list[str]
    reports: int
    first_seen: VariantOut | None
    variants: list[VariantOut]


class TimelineDay(_Model):
    """Statements a speaker made on one day, and how often they were reported."""

    day: str
    statements: int
    reports: int


class SpeakerDetail(SpeakerOut):
    """One speaker with a page of statements (newest first) and statements per day."""

    statements_list: list[StatementOut]
    next: str | None
    timeline: list[TimelineDay]


class _Page(_Model):
    next: str | None = Field(description="the URL of the next page (null on the last page)")


class ArticlePage(_Page):
    """A page of articles, newest first."""

    items: list[ArticleOut]


class QuotePage(_Page):
    """A page of quote records, newest article first."""

    items: list[QuoteOut]


class SpeakerPage(_Page):
    """A page of speakers, most statements first."""

    items: list[SpeakerOut]


class StatementPage(_Page):
    """A page of statements, newest first."""

    items: list[StatementOut]


class SearchOut(_Model):
    """What a search found; each ``next`` is the URL of that kind's next page."""

    query: str
    statements: StatementPage
    speakers: SpeakerPage
    articles: ArticlePage
    quotes: QuotePage


class OutletOut(_Model):
    """An outlet: counts, a page of its articles, the statements it reported first."""

    name: str
    articles: int
    quotes: int
    first_article: str | None
    last_article: str | None
    recent: ArticlePage
    first_reports: list[StatementOut]


class SkippedOut(_Model):
    """An input the ingest skipped, and why."""

    source: str
    location: str | None
    reason: str


class IngestOut(_Model):
    """What an ingest stored."""

    new: int
    already_stored: int
    updated: int
    quotes: int
    skipped: list[SkippedOut]


class Problem(BaseModel):
    """An error, as RFC 9457 problem details (``application/problem+json``)."""

    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None
    code: str
