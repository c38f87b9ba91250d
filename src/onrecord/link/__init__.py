"""Statement linking: quotes that report the same statement, across outlets, wordings, languages.

:func:`relink` links speakers' whole blocks (``onrecord relink``); :func:`link_changes` links
what a stored batch changed: each speaker's new quotes with its stored quotes said within the
time window of one of them, closed over their statements (the *region*), so a batch costs what
the batch and the quotes around it in time cost, not the speaker's block. It gives the
statements of :func:`relink` unless a new quote changes how a quote at the region's edge merged
with one outside it (a merge refused before and accepted now, or the reverse), or the block is
large enough for its bounds to differ from the region's (above 2,048 wordings a whole block
takes close vectors from an approximate index; the 32 closest near-duplicates of a wording).
On PolNeAR (1,008 articles) and the linking set ingested in batches neither happened; on a
generated 10,128-quote speaker 0.8% of the quotes differ, at the same pair precision and
recall (README, *Linking a batch*).
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, timedelta

import numpy as np

from onrecord.dates import MONTHS, WEEKDAYS, to_date
from onrecord.link.across import link_across
from onrecord.link.anchored import SOURCE, Told, anchored_days, filed_by, reported_days
from onrecord.link.embed import MODEL, SECOND_MODEL, embed, embed_second
from onrecord.link.features import Features, compatible, features
from onrecord.link.linker import Embedder, LinkItem, LinkOptions, LinkStats, link_block, statement_id
from onrecord.link.repeats import repeated_speaker
from onrecord.store import cache
from onrecord.store import statements as store
from onrecord.store.articles import get_article

__all__ = [
    "Features",
    "LinkItem",
    "LinkOptions",
    "LinkStats",
    "cached_embedder",
    "compatible",
    "date_undated",
    "features",
    "link_block",
    "link_changes",
    "link_corpus",
    "relink",
    "statement_id",
]


def cached_embedder(
    conn: sqlite3.Connection, model: str = MODEL, encode: Callable[[Sequence[str]], np.ndarray] = embed
) -> Callable[[Sequence[LinkItem]], np.ndarray]:
    """An embedder that reads and fills the archive's vector cache: the first model by default,
    or ``encode`` under ``model``'s name (the second model, :data:`~onrecord.link.embed.SECOND_MODEL`,
    whose vectors are kept beside the first's)."""

    def vectors(items: Sequence[LinkItem]) -> np.ndarray:
        keys = [(it.quote_id, store.text_hash(it.text)) for it in items]
        found = cache.get_vectors(conn, keys, model)
        missing = [i for i, it in enumerate(items) if it.quote_id not in found]
        if missing:
            fresh = encode([items[i].text for i in missing])
            cache.put_vectors(conn, [(items[i].quote_id, keys[i][1], fresh[k]) for k, i in enumerate(missing)], model)
            for k, i in enumerate(missing):
                found[items[i].quote_id] = fresh[k]
        return np.vstack([found[it.quote_id] for it in items])

    return vectors


def _embedders(conn: sqlite3.Connection) -> tuple[Embedder, Embedder]:
    """The first and the second model's embedders, each through the archive's vector cache."""
    return cached_embedder(conn), cached_embedder(conn, SECOND_MODEL, embed_second)


def relink(conn: sqlite3.Connection, speaker_ids: Iterable[str | None], options: LinkOptions | None = None) -> int:
    """Link the quotes of the given speakers into statements again (None: quotes with no speaker).

    Each speaker's statements are recomputed from all its quotes, so the result is the same
    whatever order the quotes were ingested in. Returns the number of statements written.
    """
    options = options or LinkOptions()
    cache.set_meta(conn, "quote_minhash", options.minhash.to_dict())
    embedders = _embedders(conn)
    gained, _ = _take_repeated_speakers(conn, None, options.window_days)
    written = sum(
        _link_speaker(conn, sid, None, options, embedders)
        for sid in sorted(set(speaker_ids) | gained, key=lambda s: (s is None, s or ""))
    )
    return written - link_across(conn, None, options, embedder=embedders[0], second=embedders[1])


def _take_repeated_speakers(
    conn: sqlite3.Connection, quote_ids: Sequence[str] | None, window: int
) -> tuple[set[str | None], bool]:
    """Give each quote of ``quote_ids`` (None: of all) that has no speaker the speaker whose
    quotes said within ``window`` days of it it repeats (:mod:`onrecord.link.repeats`), in an
    article of the same story or its own, before linking.

    Returns:
        The speakers that took quotes, and whether any of those quotes left a statement (the
        quotes with no speaker are then linked again whole).
    """
    found: dict[str, str] = {}
    unrelated = _other_story(conn)
    for quote in store.speakerless_quotes(conn, quote_ids):
        speaker = repeated_speaker(quote, store.repeated_quotes(conn, quote), window, unrelated)
        if speaker is not None:
            found[quote.quote_id] = speaker
    left = store.take_speakers(conn, found)
    return set(found.values()), bool(left)


def _other_story(conn: sqlite3.Connection) -> Callable[[str, str], bool]:
    """Whether two stored articles surely tell two stories (:func:`onrecord.resolve.stories.other_story`)."""
    from onrecord.resolve.stories import other_story
    from onrecord.store.articles import get_article

    @functools.lru_cache(maxsize=256)
    def body(article_id: str) -> str:
        article = get_article(conn, article_id)
        return (article.body or "") if article is not None else ""

    return lambda a, b: other_story(body(a), body(b))


def link_changes(
    conn: sqlite3.Connection,
    speaker_ids: Iterable[str | None],
    options: LinkOptions | None = None,
    whole: Iterable[str | None] = (),
) -> int:
    """Link what a stored batch changed: the given speakers' quotes that are in none of their
    statements yet, with the quotes that linking may join them to.

    Quotes said further apart than ``options.window_days`` are never one statement, so for each
    speaker only its quotes said within the window of a new quote are linked again, with every
    other member of their statements (the *region*, fetched by date through SQL, never the whole
    block); the rest of the speaker's statements are kept. The speakers in ``whole`` (whose
    statements lost quotes: a changed article's old version) and a speaker with a new quote
    without a readable day are linked again whole, as :func:`relink` does. A quote that moves to
    another speaker leaves its statement (:func:`onrecord.store.merge_speaker`), so it is new
    to the speaker it joins.

    The region gives the statements a full :func:`relink` gives except in the corners the
    module docstring names; the README gives how often they happened.

    Returns:
        The number of statements written.
    """
    options = options or LinkOptions()
    cache.set_meta(conn, "quote_minhash", options.minhash.to_dict())
    embedders = _embedders(conn)
    written = 0
    full = set(whole)
    speakers = set(speaker_ids) | full
    # the quotes with no speaker that a new quote may repeat or be repeated by: the new ones,
    # and the old ones said within the window of a new quote of any speaker
    new = [q for sid in speakers for q in store.unlinked_quotes(conn, sid)]
    near = _ranges([day for _, day in new if day is not None], options.window_days)
    gained, left = _take_repeated_speakers(
        conn, [qid for qid, _ in new] + store.region(conn, None, near), options.window_days
    )
    speakers |= gained
    if left:
        full.add(None)
        speakers.add(None)
    whole_pass = bool(full)  # a speaker linked again whole: its statements may change anywhere
    new_days: list[int] = []
    for sid in sorted(speakers, key=lambda s: (s is None, s or "")):
        days = [day for _, day in store.unlinked_quotes(conn, sid)]
        if sid not in full and not days:
            continue
        if sid in full or any(day is None for day in days):
            whole_pass = True
            written += _link_speaker(conn, sid, None, options, embedders)
            continue
        new_days += [d for d in days if d is not None]
        ids = store.region(conn, sid, _ranges([d for d in days if d is not None], options.window_days))
        written += _link_speaker(conn, sid, ids, options, embedders)
    # statements of two speaker ids: those of the quotes said within the window of a new one
    near_new = None if whole_pass else _ranges(new_days, options.window_days)
    return written - link_across(conn, near_new, options, embedder=embedders[0], second=embedders[1])


# Reads an article (by id) again as if published on a day: quote id -> (the ISO day its quote gets
# then, where that day came from: a said_on_source).
ReadAgain = Callable[[str, date], Mapping[str, tuple[str, str]]]

# The days an undated story read again in its placed week keeps: a quote's own sentence's, a live
# blog's heading, a transcript's header; and the days carried to a quote from elsewhere in the
# story (its speaker's last, the sentence before's, the lede's, the dateline's), as a dated story
# of the same style would get them.
_READ_AGAIN = frozenset(
    {"stated", "heading", "header", "context", "preceding", "lede", "dateline", "release", "document"}
)

# The days an undated story placed by its speakers' dated words keeps when read again: those its
# own sentences tell ("said Thursday", "the night before") or carry from a dated sentence.
_OWN_DAYS = frozenset({"stated", "heading", "header", "context", "preceding"})


def date_undated(conn: sqlite3.Connection, article_ids: Sequence[str], read_again: ReadAgain | None = None) -> int:
    """Date the quotes of undated articles by the weekdays their attributions name, in the week
    that linked reports in dated articles place (:mod:`onrecord.link.anchored`): the articles of
    ``article_ids`` and the undated articles whose statements theirs share.

    Once its week is placed, an undated article is read again (``read_again``) as if published
    on the day after its latest anchored words (:func:`onrecord.link.anchored.filed_by`), so that
    a quote whose own sentence names a day only a date can place ("the same day", "a day later",
    "on March 8") gets it, and so does one that takes its
    day from the story (its speaker's last, the lede's). An article none of whose linked quotes
    names a weekday is read as if published on each day a dated report of its linked quotes was
    said (and the day after): the reading that gives the most of those quotes their reports'
    days places it (see :func:`agreeing_day`).

    Returns:
        The number of quotes given a day.
    """
    rows = store.undated_quotes(conn, article_ids)
    if not rows:
        return 0
    reported = reported_days(store.dated_reports(conn, [r[2] for r in rows]))
    by_article: dict[str, list[tuple[str, str]]] = {}
    for article_id, qid, sid in rows:
        by_article.setdefault(article_id, []).append((qid, sid))
    days: dict[str, str] = {}
    for article_id, members in by_article.items():
        if not any(sid in reported for _, sid in members):
            days.update(_placed_by_speakers(conn, article_id, members, read_again))
            continue
        weekdays = store.named_weekdays(conn, [qid for qid, _ in members])
        told = [Told(qid, weekdays.get(qid), reported.get(sid, ())) for qid, sid in members]
        named = anchored_days(told)
        days.update((qid, day.isoformat()) for qid, day in named.items())
        if read_again is None:
            continue
        end = filed_by(told)
        dated: Mapping[str, tuple[str, str]] = {}
        if end is not None:
            dated = read_again(article_id, end)
        else:
            dated = agreeing_day(told, functools.partial(read_again, article_id))
        kept = {qid: day for qid, (day, source) in dated.items() if source in _READ_AGAIN}
        if not named and not kept:
            # its reports in dated articles were said on other weekdays than it names ("on
            # Wednesday called for ..." of words first posted on Monday), and no reading agrees
            # with them: its speakers' dated words may place its week still
            days.update(_placed_by_speakers(conn, article_id, members, read_again))
            continue
        days.update((qid, kept[qid]) for qid, _ in members if qid not in named and qid in kept)
    store.date_quotes(conn, days, SOURCE)
    return len(days)


def _placed_by_speakers(
    conn: sqlite3.Connection, article_id: str, members: Sequence[tuple[str, str]], read_again: ReadAgain | None
) -> Mapping[str, str]:
    """The days of an undated article's quotes when none of its statements is reported in a dated
    article: its speakers' words in dated articles place its week instead ("Minister X said
    Thursday ..." beside a dated story's "the minister said on Thursday ..." of other words),
    when those said on the weekdays it names lie within one week. Read again in that week, it keeps
    only the days its own sentences tell or carry (:data:`_OWN_DAYS`): a lede's or a dateline's day
    is the story's, and where the week comes from the speakers, not the story's words, the
    story's own day is not known."""
    quote_ids = [qid for qid, _ in members]
    weekdays = store.named_weekdays(conn, quote_ids)
    anchors = _speaker_anchors(conn, article_id, quote_ids, weekdays)
    told = [Told(qid, weekdays.get(qid), anchors.get(qid, ())) for qid in quote_ids]
    named = anchored_days(told)
    days = {qid: day.isoformat() for qid, day in named.items()}
    end = filed_by(told)
    if end is None or read_again is None:
        return days
    dated = read_again(article_id, end)
    kept = {qid: day for qid, (day, source) in dated.items() if source in _OWN_DAYS}
    days.update((qid, kept[qid]) for qid in quote_ids if qid not in named and qid in kept)
    return days


# weekdays and months, in every language onrecord reads dates in: capitalised, yet no name
_NOT_A_NAME = frozenset(MONTHS) | frozenset(WEEKDAYS)
_CAPITAL = re.compile(r"\b[A-Z][\w'’-]{2,}")
_LOWER = re.compile(r"\b[a-z][\w'’-]{2,}")


def _names_in(text: str) -> set[str]:
    """The capitalised words of a text (casefolded) that it never writes in lower case: names
    (a dateline's place too), not a sentence's first word, a weekday or a month."""
    lower = set(_LOWER.findall(text))
    return {w.casefold() for w in _CAPITAL.findall(text)} - lower - _NOT_A_NAME


def _speaker_anchors(
    conn: sqlite3.Connection, article_id: str, quote_ids: Sequence[str], weekdays: Mapping[str, int | None]
) -> dict[str, tuple[date, ...]]:
    """For each quote of an undated article that names a weekday, the days its speaker's quotes in
    dated articles were said on that weekday, when they are evidence of the article's week: the
    speakers of two or more of its quotes agree on it, or the dated article names someone or
    something the undated one names besides the speaker (the same event, not only the same person
    speaking on another week's Thursday)."""
    found: dict[str, list[tuple[date, str, str]]] = {}
    for qid, said in store.speaker_day_articles(conn, quote_ids).items():
        weekday = weekdays.get(qid)
        for day, other, name in said:
            parsed = to_date(day)
            if weekday is not None and parsed is not None and parsed.weekday() == weekday:
                found.setdefault(qid, []).append((parsed, other, name))
    if not found:
        return {}
    speakers = {name for rows in found.values() for _, _, name in rows}
    if len(speakers) < 2:
        own = get_article(conn, article_id)
        own_words = {w.casefold() for name in speakers for w in re.findall(r"[\w'’-]+", name)}
        names = _names_in(f"{own.title or ''}\n{own.body}") - own_words if own is not None else set()
        texts: dict[str, set[str]] = {}
        for rows in found.values():
            for _, other, _ in rows:
                if other not in texts:
                    art = get_article(conn, other)
                    texts[other] = _names_in(f"{art.title or ''}\n{art.body}") if art is not None else set()
        found = {qid: [row for row in rows if names & texts[row[1]]] for qid, rows in found.items()}
    return {qid: tuple(sorted({day for day, _, _ in rows})) for qid, rows in found.items() if rows}


def agreeing_day(
    told: Sequence[Told], read_as_of: Callable[[date], Mapping[str, tuple[str, str]]]
) -> Mapping[str, tuple[str, str]]:
    """An undated article's reading (quote id: (ISO day, source)) as if published on the day, of
    the days its linked quotes' dated reports were said and the days after them, that gives the
    most of those quotes one of their reports' days; the earliest such day (a wire files the day
    its words are said) of those agreeing alike. Empty when no reading gives any quote its report's day."""
    candidates = sorted({d + timedelta(days=k) for q in told for d in q.reported for k in (0, 1)})
    best: Mapping[str, tuple[str, str]] = {}
    top = 0
    for day in candidates:
        reading = read_as_of(day)
        agree = sum(1 for q in told if q.quote_id in reading and to_date(reading[q.quote_id][0]) in q.reported)
        if agree > top:
            best, top = reading, agree
    return best


def _ranges(days: Iterable[int], window: int) -> list[tuple[int, int]]:
    """The days within ``window`` of any of ``days``, as few inclusive ranges."""
    out: list[tuple[int, int]] = []
    for day in sorted(set(days)):
        lo, hi = day - window, day + window
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _link_speaker(
    conn: sqlite3.Connection,
    sid: str | None,
    quote_ids: Sequence[str] | None,
    options: LinkOptions,
    embedders: tuple[Embedder, Embedder],
) -> int:
    """Link one speaker's quotes (``quote_ids``, or all of them) and store their statements
    (``embedders``: the first and the second model's, :func:`_embedders`)."""
    items = store.link_items(conn, sid, quote_ids)
    if not items:
        return 0
    block_options = options
    if sid is None:  # quotes with no speaker: lexical linking only
        block_options = LinkOptions(window_days=options.window_days, minhash=options.minhash, embed=False)
    reps = link_block(items, block_options, embedders[0], second=embedders[1])
    groups: dict[str, list[str]] = {}
    for item, rep in zip(items, reps, strict=True):
        groups.setdefault(statement_id(items[rep].quote_id), []).append(item.quote_id)
    if quote_ids is None:
        store.assign_statements(conn, sid, groups)
    else:
        store.replace_statements(conn, sid, [it.quote_id for it in items], groups)
    return len(groups)


def _link_partition(args: tuple[list[LinkItem], LinkOptions]) -> list[tuple[str, str]]:
    items, options = args
    reps = link_block(items, options, lambda its: embed([i.text for i in its]))
    return [(item.quote_id, statement_id(items[rep].quote_id)) for item, rep in zip(items, reps, strict=True)]


def link_corpus(items: Iterable[LinkItem], options: LinkOptions | None = None, jobs: int = 1) -> dict[str, str]:
    """Link a whole corpus of quotes at once (the batch path used for large corpora).

    Quotes are shuffled into partitions by speaker, each partition is linked on its own (in a
    pool of ``jobs`` processes), and the statement ids are collected.

    Returns:
        ``{quote id: statement id}``.
    """
    from onrecord.engine import get_executor

    options = options or LinkOptions()
    blocks: dict[str, list[LinkItem]] = {}
    for item in items:
        blocks.setdefault(item.speaker_id, []).append(item)
    work = [(block, options) for block in sorted(blocks.values(), key=len, reverse=True)]
    executor = get_executor("local", jobs)
    out: dict[str, str] = {}
    try:
        for pairs in executor.map(_link_partition, work):
            out.update(pairs)
    finally:
        executor.close()
    return out
