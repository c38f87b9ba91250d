"""Extraction: direct quotes, reported speech and their cues, attributed to speakers.

``extract(text)`` is the one-call API; ``extract_article(article)`` is what ingest runs on a
cleaned article (offsets into its body).
"""

from __future__ import annotations

from dataclasses import replace

from onrecord.attribute import ArticleContext, attribute
from onrecord.attribute.day_gate import gate_days
from onrecord.extract.across_attribution import join_across_attribution
from onrecord.extract.attribution_inside import join_over_attribution
from onrecord.extract.bare_clips import with_bare_clips
from onrecord.extract.candidates import ExtractOptions, find_candidates, relayed_by_interviewer
from onrecord.extract.colon_headlines import colon_headline
from onrecord.extract.continued_predicates import extend_continued_predicates
from onrecord.extract.coordinated import split_coordinated_reports, split_second_cues
from onrecord.extract.headlines import without_headlines
from onrecord.extract.heads import without_writers_heads
from onrecord.extract.hybrid import add_tagger_candidates, quote_type
from onrecord.extract.mixed_continued import join_mixed_continuations
from onrecord.extract.notes import without_notes_to_readers
from onrecord.extract.overlaps import one_record_per_span
from onrecord.extract.relative_cues import after_relative_cues
from onrecord.extract.subject_only import through_the_verb
from onrecord.extract.tails import without_writers_tails
from onrecord.extract.transcript import find_turns
from onrecord.model import Article, ArticleSpeaker, Document, Quote, Span, SpeakerRef
from onrecord.tagger.select import resolve_model

__all__ = [
    "ExtractOptions",
    "analyse_article",
    "extract",
    "extract_article",
    "extract_document",
    "to_source_offsets",
]


def extract_article(article: Article, options: ExtractOptions | None = None) -> list[Quote]:
    """Extract the quotes of a cleaned article; offsets index ``article.body``."""
    return analyse_article(article, options)[0]


def analyse_article(
    article: Article, options: ExtractOptions | None = None
) -> tuple[list[Quote], list[ArticleSpeaker]]:
    """Extract the quotes of a cleaned article and the speakers it names (body offsets).

    English articles get the full treatment (the rules, and the tagger beside them when
    ``options.model`` or the default selects one: :mod:`onrecord.extract.hybrid`); in other
    languages (German, Russian, Ukrainian, French, Spanish, Italian, Portuguese) direct quotes are
    extracted with the speaker named next to them. Each quote carries its attribution ``type``
    (:func:`onrecord.extract.hybrid.quote_type`).
    """
    from onrecord.clean.language import unread_language
    from onrecord.extract.foreign import LANGUAGES, find_foreign_candidates
    from onrecord.extract.noun_names import without_noun_names

    # a language onrecord has no entry for: quotation marks and the names beside them, no cue words
    foreign = article.language in LANGUAGES or (article.language is None and unread_language(article.body))
    if foreign:
        analysis = find_foreign_candidates(article.body, article.language or "")
        if article.language in LANGUAGES:
            # a capitalised noun or a sentence's first word is no speaker ("Haushalte", "Dann")
            analysis = without_noun_names(analysis, article.language or "")
        if options is None or options.speech_only:
            # a headline's report is the writer's summary in any language ("Halden thừa nhận
            # nguồn nhiễm khuẩn ...", "X admits the source ...")
            analysis.candidates = without_headlines(analysis, analysis.candidates)
    else:
        analysis = find_candidates(article.body, options)
        tagger = resolve_model(options.model if options is not None else None)
        if tagger is not None:
            analysis.candidates = add_tagger_candidates(analysis, tagger, options)
            asked = [(t.start, t.end) for t in find_turns(analysis.text) if t.question]
            if asked:  # an interviewer's question is no statement on record, whoever finds it (a
                # third party's words the interviewer relays are)
                analysis.candidates = [
                    c
                    for c in analysis.candidates
                    if not any(s <= c.start < e for s, e in asked)
                    or c.frame == "turn"
                    or relayed_by_interviewer(c, analysis.text)
                ]
        if options is None or options.speech_only:
            # a headline's report is the writer's summary, no statement on record; PolNeAR's wider
            # notion of attribution (the attributions scope) annotates it
            analysis.candidates = without_headlines(analysis, analysis.candidates)
        else:
            headline = colon_headline(analysis)
            if headline is not None and not any(
                c.start < headline.end and headline.start < c.end for c in analysis.candidates
            ):
                analysis.candidates = [headline, *analysis.candidates]
    analysis.candidates = without_notes_to_readers(analysis.text, analysis.candidates)
    if not foreign:
        analysis.candidates = through_the_verb(analysis.text, analysis.candidates, analysis.sentences)
        analysis.candidates = after_relative_cues(analysis.text, analysis.candidates)
    analysis.candidates = without_writers_tails(analysis.text, analysis.candidates, article.language or "en")
    if not foreign:
        analysis.candidates = extend_continued_predicates(
            analysis.text, analysis.candidates, analysis.sentences, analysis.quotes
        )
        analysis.candidates = join_over_attribution(
            analysis.text, analysis.candidates, analysis.sentences, analysis.quotes
        )
        analysis.candidates = split_second_cues(analysis.text, analysis.candidates)
        analysis.candidates = split_coordinated_reports(
            analysis.text, analysis.candidates, analysis.sentences, analysis.quotes
        )
    if not foreign:
        analysis.candidates = without_writers_heads(analysis.text, analysis.candidates)
        analysis.candidates = join_across_attribution(
            analysis.text, analysis.sentences, analysis.candidates, analysis.parsed
        )
        # a script's clips printed without quotation marks under the slug naming their speaker
        analysis.candidates = with_bare_clips(
            analysis.text, analysis.candidates, analysis.sentence_at, lambda end, start: _one_break(article, end, start)
        )
    analysis.candidates = one_record_per_span(analysis.candidates, analysis.text)
    if not foreign:
        analysis.candidates = join_mixed_continuations(analysis.text, analysis.candidates)
    context = ArticleContext(
        article_id=article.id,
        published=article.published,
        dateline=article.dateline,
        source=article.source,
        outlet=article.outlet,
        language=article.language,
        place=article.place,
        wire=article.syndicated_from,
    )
    quotes, speakers = attribute(analysis, context)
    types = {(c.start, c.end): quote_type(c) for c in analysis.candidates}
    quotes = [replace(q, type=types.get((q.start, q.end))) for q in quotes]
    # the learned gate over inferred days (onrecord.attribute.day_gate; ONRECORD_DAY_GATE=off turns it off)
    return gate_days(article, quotes), speakers


def _one_break(article: Article, end: int, start: int) -> bool:
    """Whether the body's break between offsets ``end`` and ``start`` was one line break in the
    text cleaning worked on (no blank line)."""
    return article.source_text.count("\n", article.source_end_offset(end), article.source_offset(start)) == 1


def _map(article: Article, span: Span | None) -> Span | None:
    if span is None:
        return None
    start = article.source_offset(span.start)
    end = max(start, article.source_end_offset(span.end))
    return Span(article.source_text[start:end], start, end)


def to_source_offsets(article: Article, quote: Quote) -> Quote:
    """Return ``quote`` with every offset moved from the body to ``article.source_text``."""
    main = _map(article, Span(quote.text, quote.start, quote.end))
    assert main is not None
    speaker = quote.speaker
    if speaker is not None:
        speaker = SpeakerRef(speaker.id, speaker.name, _map(article, speaker.mention), speaker.kind)
    return replace(
        quote,
        text=main.text,
        start=main.start,
        end=main.end,
        cue=_map(article, quote.cue),
        speaker=speaker,
        fragments=tuple(f for f in (_map(article, f) for f in quote.fragments) if f is not None),
        quoted=tuple(f for f in (_map(article, f) for f in quote.quoted) if f is not None),
        source_mention=_map(article, quote.source_mention),
    )


def extract_document(document: Document, options: ExtractOptions | None = None) -> tuple[Article, list[Quote]]:
    """Clean a document and extract its quotes with offsets into the text as given.

    For text inputs the offsets index the input text exactly; for HTML they index the article
    text extracted from the page (its body).

    Raises:
        InputError: the document holds no article text.
    """
    from onrecord.clean import clean

    article = clean(document)
    quotes = extract_article(article, options)
    if document.media_type == "html":
        return article, quotes
    return article, [to_source_offsets(article, q) for q in quotes]


def extract(
    text: str,
    *,
    published: str | None = None,
    article_id: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    source: str | None = None,
    html: bool = False,
    options: ExtractOptions | None = None,
) -> list[Quote]:
    """Extract every quote from one article's text.

    Args:
        text: the article (plain text, or HTML with ``html=True``).
        published: publication date (ISO 8601) that relative dates ("on Wednesday") count from.
        article_id: the id to give the article (else one derived from its content).
        outlet: who published it.
        title: its headline, if known (a repeated headline is then left out).
        source: where it came from, for the records.
        html: ``text`` is an HTML page.
        options: what counts as a quote (see :class:`ExtractOptions`).

    Returns:
        The quotes in text order; offsets index ``text`` (for HTML, the extracted article text).

    Raises:
        InputError: the text holds no article.
    """
    document = Document(
        content=text,
        source=source or "<text>",
        reader="html" if html else "text",
        media_type="html" if html else "text",
        id=article_id,
        published=published,
        outlet=outlet,
        title=title,
    )
    return extract_document(document, options)[1]
