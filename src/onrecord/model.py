"""The records onrecord passes between stages and returns to users (frozen dataclasses)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "QUOTE_TYPES",
    "Article",
    "ArticleSpeaker",
    "Document",
    "Quote",
    "Span",
    "Speaker",
    "SpeakerRef",
    "Statement",
    "StatementVariant",
]

QUOTE_TYPES = ("speech", "belief", "document", "other")
"""The kinds of attribution a quote record's ``type`` names: words said or written (``said``,
``according to``), a belief (``believes``, ``fears``), a document's finding (``the report found``),
or another stance (``rejected the plan``, ``praised``)."""


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of an article: ``text == article_text[start:end]``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Return the schema's ``span`` object."""
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Return the span ``text[start:end]``."""
        return cls(text[start:end], start, end)


@dataclass(frozen=True, slots=True)
class Document:
    """One input record as a reader produced it, before cleaning.

    ``content`` is text or HTML (see ``media_type``); the other fields are hints the input
    carried (a JSONL ``id``, a feed item's ``pubDate``, an archive export's ``DATELINE:``) and win
    over what cleaning guesses.
    """

    content: str
    source: str
    reader: str
    media_type: str = "text"
    location: str | None = None
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    language: str | None = None
    notes: tuple[str, ...] = ()
    dateline: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: its body, metadata and where each body character came from.

    ``segments`` maps the body back to ``source_text`` (the text cleaning worked on: the input
    text for text inputs, the extracted main text for HTML): each ``(body_start, source_start,
    length)`` says ``body[b:b+n] == source_text[s:s+n]``. Characters outside every segment are
    separators that cleaning inserted between paragraphs.
    """

    id: str
    body: str
    raw: str
    source_text: str
    segments: tuple[tuple[int, int, int], ...]
    content_hash: str
    source: str | None = None
    url: str | None = None
    outlet: str | None = None
    outlet_from: str | None = None
    title: str | None = None
    published: str | None = None
    published_from: str | None = None
    dateline: str | None = None
    place: str | None = None
    language: str | None = None
    media_type: str = "text"
    notes: tuple[str, ...] = ()
    ingested_at: str | None = None
    duplicate_of: str | None = None
    syndicated_from: str | None = None

    def to_dict(self, *, with_raw: bool = False) -> dict[str, Any]:
        """Return the article as a JSON-ready dict (the raw input only when asked)."""
        record: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published,
            "published_from": self.published_from,
            "dateline": self.dateline,
            "place": self.place,
            "language": self.language,
            "media_type": self.media_type,
            "content_hash": self.content_hash,
            "ingested_at": self.ingested_at,
            "duplicate_of": self.duplicate_of,
            "syndicated_from": self.syndicated_from,
            "notes": list(self.notes),
            "body": self.body,
        }
        if with_raw:
            record["raw"] = self.raw
        return record

    def source_offset(self, body_offset: int) -> int:
        """Map an offset in ``body`` to the corresponding offset in ``source_text``.

        An offset inside an inserted separator maps to the end of the segment before it.
        """
        if not self.segments:
            return body_offset
        starts = [seg[0] for seg in self.segments]
        i = bisect.bisect_right(starts, body_offset) - 1
        if i < 0:
            return self.segments[0][1]
        b, s, n = self.segments[i]
        return s + min(body_offset - b, n)

    def source_end_offset(self, body_offset: int) -> int:
        """Map an end offset (exclusive) in ``body`` to ``source_text``.

        An end that falls at the start of a segment belongs to the segment before it.
        """
        if body_offset <= 0 or not self.segments:
            return self.source_offset(body_offset)
        return self.source_offset(body_offset - 1) + 1


@dataclass(frozen=True, slots=True)
class SpeakerRef:
    """Who a quote is attributed to: the entity and the words that name it in this article."""

    id: str
    name: str
    mention: Span | None
    kind: str = "person"

    def to_dict(self) -> dict[str, Any]:
        """Return the schema's ``speaker`` object."""
        return {
            "id": self.id,
            "name": self.name,
            "mention": self.mention.to_dict() if self.mention else None,
            "kind": self.kind,
        }


@dataclass(frozen=True, slots=True)
class ArticleSpeaker:
    """A speaker as one article names it, before corpus-wide resolution.

    ``local_id`` is the id the article's quotes carry; ``names`` are the name forms the article
    uses ("Dmitry Peskov", "Peskov"), ``roles`` the role phrases it ties to the speaker
    ("Kremlin spokesman").
    """

    local_id: str
    name: str
    kind: str
    gender: str | None = None
    names: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """One quote or reported statement (see ``shared/schema/quote.schema.json``).

    ``withheld_said_on`` and ``withheld_said_on_source`` are internal, never in the record: the
    day the day rules gave the quote and where it came from, when the learned day gate
    (:mod:`onrecord.attribute.day_gate`) withheld it from ``said_on``. The store keeps them so
    that linking still reads the rules' day as evidence of the occasion (two statements of one
    speaker said on two days stay apart) while the record publishes the gated day.
    """

    quote_id: str
    article_id: str
    kind: str
    text: str
    start: int
    end: int
    cue: Span | None
    speaker: SpeakerRef | None
    via: str | None = None
    said_on: str | None = None
    statement_id: str | None = None
    fragments: tuple[Span, ...] = ()
    source: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None
    source_mention: Span | None = None
    said_on_source: str | None = None
    quoted: tuple[Span, ...] = ()
    via_kind: str | None = None
    type: str | None = None
    withheld_said_on: str | None = None
    withheld_said_on_source: str | None = None

    def to_record(self) -> dict[str, Any]:
        """Return the quote as a schema-valid record (the JSONL line users get).

        Beyond the schema's required fields: ``fragments`` for interrupted quotes, ``language``,
        ``source_mention`` (the words naming an unnamed source, "two officials", when the
        speaker is unknown and so ``null``), and ``said_on_source``: ``stated`` when the quote's
        own sentence names the day, ``context`` when it is the day of the speaker's previous
        dated statement in the article, ``heading`` when it is the day heading of a live blog's
        entry, ``header`` when it is a transcript's recording date, ``release`` when it is the
        date of the press release the quote stands in, ``preceding`` when the sentence before
        the quote names its speaker and the day, ``dateline`` when it is the day of a wire
        dateline and nothing else dates the quote, ``lede`` when it is the day of the occasion
        the story's first paragraph reports ("confirmed on Tuesday") and nothing else dates the
        quote, ``words`` when a direct quote's own words say "today" or "this morning" and
        nothing else dates it, ``document`` when the quote is read from a document (a judgment,
        an award, an order) and the day is the one the article gives that document. ``via_kind`` says what
        ``via`` is: ``outlet``, ``wire``, ``platform`` or ``person``. A ``mixed`` record
        carries ``quoted``: the pieces of its text that stand inside quotation marks (each
        exactly ``body[start:end]``). ``type`` is the kind of attribution (one of
        :data:`QUOTE_TYPES`: ``speech``, ``belief``, ``document`` or ``other``, a stance), when
        extraction could tell.
        """
        record: dict[str, Any] = {
            "quote_id": self.quote_id,
            "article_id": self.article_id,
            "source": self.source,
            "outlet": self.outlet,
            "published": self.published,
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "via": self.via,
            "said_on": self.said_on,
            "statement_id": self.statement_id,
        }
        if self.fragments:
            record["fragments"] = [f.to_dict() for f in self.fragments]
        if self.quoted:
            record["quoted"] = [f.to_dict() for f in self.quoted]
        if self.via and self.via_kind:
            record["via_kind"] = self.via_kind
        if self.said_on_source and self.said_on:
            record["said_on_source"] = self.said_on_source
        if self.language:
            record["language"] = self.language
        if self.source_mention is not None and self.speaker is None:
            record["source_mention"] = self.source_mention.to_dict()
        if self.type is not None:
            record["type"] = self.type
        return record


@dataclass(frozen=True, slots=True)
class Speaker:
    """A person or organisation that speaks in the corpus, with what the corpus says of it."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    roles: tuple[tuple[str, str | None, str | None], ...] = ()
    statements: int = 0
    quotes: int = 0
    outlets: int = 0
    first_seen: str | None = None
    last_seen: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the speaker as a JSON-ready dict."""
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "aliases": list(dict.fromkeys(self.aliases)),
            "roles": [{"role": r, "from": a, "until": b} for r, a, b in self.roles],
            "statements": self.statements,
            "quotes": self.quotes,
            "outlets": self.outlets,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
        }


@dataclass(frozen=True, slots=True)
class StatementVariant:
    """One report of a statement: a quote with the article it appeared in."""

    quote_id: str
    article_id: str
    outlet: str | None
    published: str | None
    kind: str
    text: str
    via: str | None
    language: str | None
    said_on: str | None = None
    duplicate_of: str | None = None
    cue: str | None = None
    syndicated_from: str | None = None  # the wire whose story the outlet ran

    def to_dict(self) -> dict[str, Any]:
        """Return the variant as a JSON-ready dict."""
        return {
            "quote_id": self.quote_id,
            "article_id": self.article_id,
            "outlet": self.outlet,
            "published": self.published,
            "kind": self.kind,
            "text": self.text,
            "via": self.via,
            "language": self.language,
            "said_on": self.said_on,
            "duplicate_of": self.duplicate_of,
            "cue": self.cue,
            "syndicated_from": self.syndicated_from,
        }


@dataclass(frozen=True, slots=True)
class Statement:
    """What one speaker said once, however many outlets reported it and in whatever words."""

    id: str
    speaker_id: str | None
    speaker_name: str | None
    text: str
    variants: tuple[StatementVariant, ...] = field(default_factory=tuple)
    outlets: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    first_seen: StatementVariant | None = None
    said_on: str | None = None
    via: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the statement as a JSON-ready dict."""
        return {
            "id": self.id,
            "speaker": {"id": self.speaker_id, "name": self.speaker_name},
            "text": self.text,
            "said_on": self.said_on,
            "outlets": list(self.outlets),
            "languages": list(self.languages),
            "via": list(self.via),
            "reports": len(self.variants),
            "first_seen": self.first_seen.to_dict() if self.first_seen else None,
            "variants": [v.to_dict() for v in self.variants],
        }
