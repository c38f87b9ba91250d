"""Attribution: speakers for quote candidates (coreference), relays, and when it was said."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from onrecord.attribute.entities import Entity, EntityTracker
from onrecord.attribute.when import TimeExpression, find_time, reference_date
from onrecord.extract.candidates import Analysis, Candidate
from onrecord.model import ArticleSpeaker, Quote, Span, SpeakerRef

__all__ = ["ArticleContext", "attribute"]

_BARE_REACH = 2  # paragraphs back a bare quote may look for its speaker


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """What attribution needs to know about the article besides its text."""

    article_id: str
    published: str | None = None
    dateline: str | None = None
    source: str | None = None
    outlet: str | None = None
    language: str | None = None


def quote_id(article_id: str, start: int, end: int) -> str:
    """A stable id for the quote at ``start:end`` of an article."""
    digest = hashlib.sha1(f"{article_id}\x00{start}\x00{end}".encode()).hexdigest()
    return f"q{digest[:15]}"


def _mask(text: str, start: int, end: int, pieces: list[tuple[int, int]]) -> str:
    chars = list(text[start:end])
    for s, e in pieces:
        for i in range(max(s, start), min(e, end)):
            chars[i - start] = " "
    return "".join(chars)


def attribute(analysis: Analysis, context: ArticleContext) -> tuple[list[Quote], list[ArticleSpeaker]]:
    """Resolve every candidate's speaker, relay and date.

    Returns:
        The quote records (offsets index ``analysis.text``) and the article's speakers.
    """
    text = analysis.text
    tracker = EntityTracker()
    events: list[tuple[int, int, object]] = [(m.start, 0, m) for m in analysis.names]
    for c in analysis.candidates:
        pos = c.mention.start if c.mention is not None else (c.cue[0] if c.cue else c.start)
        events.append((pos, 1, c))
    events.sort(key=lambda e: (e[0], e[1]))
    ref = reference_date(context.published, context.dateline)
    times = {id(c): _explicit_time(analysis, c, ref) for c in analysis.candidates}
    speakers: dict[int, Entity | None] = {}
    for pos, kind, item in events:
        if kind == 0:
            tracker.observe(item)  # type: ignore[arg-type]
            continue
        candidate: Candidate = item  # type: ignore[assignment]
        if candidate.bare:
            continue
        channel = _channel(text, candidate)
        entity = _outer_speaker(candidate, analysis.candidates, speakers)
        if entity is None:
            entity = tracker.resolve(candidate.mention, pos, channel)
        speakers[id(candidate)] = entity
        if entity is not None:
            tracker.spoke(entity, max(pos, candidate.end), channel)
    _attribute_bare(analysis, speakers)

    last_day: dict[int, str] = {}
    quotes: list[Quote] = []
    for c in sorted(analysis.candidates, key=lambda c: c.start):
        entity = speakers.get(id(c))
        said_on, said_on_source = _said_on(c, times[id(c)], entity, last_day)
        quotes.append(_record(text, c, entity, said_on, context, said_on_source))
    spoken = {id(e) for e in speakers.values() if e is not None}
    return quotes, _article_speakers([e for e in tracker.entities if id(e) in spoken])


def _article_speakers(entities: list[Entity]) -> list[ArticleSpeaker]:
    """One speaker per id: two entities whose names share an id ("Dmitry Peskov" and
    "Дмитрий Песков") are one speaker of the article, named as first seen."""
    merged: dict[str, ArticleSpeaker] = {}
    for e in entities:
        first = merged.get(e.id)
        if first is None:
            merged[e.id] = ArticleSpeaker(e.id, e.name, e.kind, e.gender, tuple(sorted(e.forms)), tuple(e.roles))
            continue
        merged[e.id] = ArticleSpeaker(
            e.id,
            first.name,
            first.kind,
            first.gender or e.gender,
            tuple(sorted({*first.names, *e.forms})),
            tuple(dict.fromkeys([*first.roles, *e.roles])),
        )
    return list(merged.values())


_AUDIENCES = ("journalists", "reporters", "lawmakers", "supporters", "the press", "the media", "correspondents")


def _channel(text: str, c: Candidate) -> str | None:
    """The audience a cue names ("told journalists" -> journalists), if any."""
    if c.cue is None:
        return None
    cue = text[c.cue[0] : c.cue[1]].casefold()
    return next((a for a in _AUDIENCES if a in cue), None)


def _outer_speaker(c: Candidate, candidates: list[Candidate], speakers: dict[int, Entity | None]) -> Entity | None:
    """``Zelensky said he expected ...``: a pronoun inside reported content means its speaker."""
    mention = c.mention
    if mention is None or mention.kind != "pronoun" or c.cue is None:
        return None
    for outer in candidates:
        if outer is c or outer.bare or not (outer.start <= c.cue[0] < outer.end):
            continue
        entity = speakers.get(id(outer))
        if (
            entity is not None
            and entity.kind != "organisation"
            and (mention.gender is None or entity.gender is None or mention.gender == entity.gender)
            and mention.number != "pl"
        ):
            return entity
    return None


def _paragraph(analysis: Analysis, c: Candidate) -> int:
    return analysis.sentences[analysis.sentence_at(c.start)].paragraph if analysis.sentences else 0


def _attribute_bare(analysis: Analysis, speakers: dict[int, Entity | None]) -> None:
    """A quote with no cue of its own belongs to the nearest speaker before it (or just after)."""
    ordered = sorted(analysis.candidates, key=lambda c: c.start)
    for i, c in enumerate(ordered):
        if not c.bare:
            continue
        para = _paragraph(analysis, c)
        chosen: Candidate | None = None
        for prev in reversed(ordered[:i]):
            if para - _paragraph(analysis, prev) > _BARE_REACH:
                break
            if speakers.get(id(prev)) is not None:
                chosen = prev
                break
        if chosen is None:
            for nxt in ordered[i + 1 :]:
                if _paragraph(analysis, nxt) - para > 0 or nxt.bare:
                    break
                if speakers.get(id(nxt)) is not None:
                    chosen = nxt
                    break
        if chosen is not None:
            speakers[id(c)] = speakers[id(chosen)]
            c.mention = None
            c.via = c.via or chosen.via


def _explicit_time(analysis: Analysis, c: Candidate, ref: date | None) -> TimeExpression | None:
    """The time expression of a candidate's own cue sentence (content masked out), if any."""
    if c.cue is None or c.bare:
        return None
    sentence = analysis.sentences[analysis.sentence_at(c.cue[0])]
    window = _mask(analysis.text, sentence.start, sentence.end, c.pieces)
    return find_time(window, c.cue[0] - sentence.start, ref)


def _said_on(
    c: Candidate, time: TimeExpression | None, entity: Entity | None, last_day: dict[int, str]
) -> tuple[str | None, str | None]:
    """The day of the statement and where it comes from: its own time expression (``stated``),
    else the speaker's last dated one (``context``)."""
    key = entity.key if entity is not None else -1
    if c.cue is not None and not c.bare:
        if c.past_perfect:
            return None, None
        if time is not None:
            kind, day, _ = time
            if kind == "day" and day is not None:
                iso = day.isoformat()
                if entity is not None:
                    last_day[key] = iso
                return iso, "stated"
            return None, None
        if c.via:
            return None, None  # relayed from another outlet's report: its day is that report's
    earlier = last_day.get(key) if entity is not None else None
    return earlier, "context" if earlier else None


def _span(text: str, span: tuple[int, int] | None) -> Span | None:
    if span is None:
        return None
    return Span(text[span[0] : span[1]], span[0], span[1])


def _record(
    text: str,
    c: Candidate,
    entity: Entity | None,
    said_on: str | None,
    context: ArticleContext,
    said_on_source: str | None = None,
) -> Quote:
    start, end = c.start, c.end
    mention = _span(text, (c.mention.start, c.mention.end)) if c.mention is not None else None
    speaker = None
    if entity is not None:
        speaker = SpeakerRef(entity.id, entity.name, mention, entity.kind)
    fragments = tuple(Span(text[s:e], s, e) for s, e in c.pieces) if len(c.pieces) > 1 else ()
    return Quote(
        quote_id=quote_id(context.article_id, start, end),
        article_id=context.article_id,
        kind=c.kind,
        text=text[start:end],
        start=start,
        end=end,
        cue=_span(text, c.cue),
        speaker=speaker,
        via=c.via,
        said_on=said_on,
        fragments=fragments,
        source=context.source,
        outlet=context.outlet,
        published=context.published,
        language=context.language,
        source_mention=mention if speaker is None else None,
        said_on_source=said_on_source,
    )
