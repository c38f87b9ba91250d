"""Statements: groups of quotes that report one thing one speaker said, with their summaries."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from onrecord.attribute.channel_headed import WIRE_WORDS
from onrecord.clean.language import unread_language
from onrecord.dates import day_ordinal
from onrecord.errors import InputError
from onrecord.link.denials import denies
from onrecord.link.features import UNREAD
from onrecord.link.linker import RELAYED, LinkItem
from onrecord.link.occasions import (
    named_weekday,
    repeated_before,
    repeated_later,
    said_again,
    spoken_on,
    weekdays_named,
)
from onrecord.link.repeats import Worded, core_phrase, search_terms
from onrecord.model import Statement, StatementVariant
from onrecord.store.quotes import fts_query, search_query
from onrecord.store.sql import Page, after_key, day_range, decode_cursor, encode_cursor, order_by

__all__ = [
    "StatementFilter",
    "across_quotes",
    "assign_statements",
    "count_statements",
    "date_quotes",
    "dated_reports",
    "get_statement",
    "get_statements",
    "join_statements",
    "link_items",
    "list_statements",
    "named_weekdays",
    "page_statements",
    "region",
    "repeated_quotes",
    "replace_statements",
    "speaker_day_articles",
    "speaker_sizes",
    "speaker_timeline",
    "speakerless_quotes",
    "take_speakers",
    "text_hash",
    "undated_quotes",
    "unlinked_quotes",
]


def text_hash(text: str) -> str:
    """A short hash of a quote's words (embedding vectors are cached per wording)."""
    return hashlib.sha1(text.encode()).hexdigest()[:16]




def _speaker_condition(column: str, speaker_id: str | None) -> tuple[str, tuple[object, ...]]:
    if speaker_id is None:
        return f"{column} IS NULL", ()
    return f"{column} = ?", (speaker_id,)


_AROUND_CUE = 60  # characters of attribution read on either side of a quote's cue
# substr() arguments (1-based) of the text before a cue's end, from _AROUND_CUE characters before
# the cue but after the quote when the quote comes first, and of the text after the cue, up to the
# quote when it comes next
_BEFORE_CUE = (
    f'max(1, q.cue_start + 1 - {_AROUND_CUE}, CASE WHEN q."end" <= q.cue_start THEN q."end" + 1 ELSE 1 END), '
    f"q.cue_end + 1 - max(1, q.cue_start + 1 - {_AROUND_CUE}, "
    'CASE WHEN q."end" <= q.cue_start THEN q."end" + 1 ELSE 1 END)'
)
_AFTER_CUE = (
    f"q.cue_end + 1, CASE WHEN q.start >= q.cue_end THEN min({_AROUND_CUE}, q.start - q.cue_end) ELSE {_AROUND_CUE} END"
)
_BEFORE_QUOTE = 240  # characters read before a quote for the sentence that introduces it
# The day linking reads as a quote's occasion, and where it came from: the day rules' day, also
# when the learned day gate withheld it from the published said_on (a speaker's words the rules
# date to two days stay two statements whatever the record publishes)
_RULES_DAY = "coalesce(q.withheld_said_on, q.said_on)"
_RULES_SOURCE = "CASE WHEN q.withheld_said_on IS NULL THEN q.said_on_source ELSE q.withheld_said_on_source END"
_LINK_COLUMNS = (
    f"SELECT q.id, q.text, q.kind, coalesce(q.language, a.language), coalesce({_RULES_DAY}, a.published), "
    "q.article_id, q.start, a.published, q.fragments, "
    # (not a day carried from the lede: the story's occasion, which a quote that names no day may not be of)
    f"CASE WHEN {_RULES_SOURCE} IN ('stated', 'preceding', 'heading', 'header', 'release') THEN {_RULES_DAY} END, "
    # the attribution around the cue, never into the quote: does it say the words are said again?
    f"{_RULES_DAY}, CASE WHEN q.cue_start IS NULL THEN NULL ELSE substr(a.body, {_BEFORE_CUE}) END, "
    f"CASE WHEN q.cue_end IS NULL THEN NULL ELSE substr(a.body, {_AFTER_CUE}) END, "
    # the sentence before a quote that opens its own: "Kulkarni repeated on Wednesday what he had said"
    f"substr(a.body, max(1, q.start + 1 - {_BEFORE_QUOTE}), min({_BEFORE_QUOTE}, q.start)) , "
    f"q.via, q.via_kind, o.name, {_RULES_SOURCE} "
    "FROM quotes q "
    "JOIN articles a ON a.id = q.article_id "
    "LEFT JOIN outlets o ON o.id = a.outlet_id "
)


def own_medium(via: str | None, via_kind: str | None, outlet: str | None) -> str | None:
    """How a quote's own occasion reached its article: ``post`` (the words were posted on a
    platform), ``interview`` (the speaker told them to the article's own outlet: "told Harbour
    Wire" in the copy of HW), ``relayed`` (a person tells what the speaker told them: "she told
    me herself that ...", a telling of its own); None for no channel, or an outlet that relays
    the words.

    Args:
        via: the quote's channel.
        via_kind: what that channel is (``platform``, ``outlet``, ``wire``, ``person``).
        outlet: the name of the outlet of the quote's article.
    """
    if via is None:
        return None
    if via_kind == "person":
        return RELAYED
    if via_kind == "platform":
        return "post"
    return "interview" if outlet is not None and _one_outlet(via, outlet) else None


def _one_outlet(a: str, b: str) -> bool:
    """Whether two names are one outlet: equal but for a leading "The" and case, one the
    initials of the other ("HW", "Harbour Wire"), or one the short name that opens the other
    before a wire's word ("Harbour", "Harbour Business Wire": a wire's dateline credit and its
    header's name)."""
    wa, wb = (re.findall(r"[^\W_]+", n.casefold()) for n in (a, b))
    wa, wb = (w[1:] if w[:1] == ["the"] else w for w in (wa, wb))
    if wa == wb:
        return True
    if any(
        0 < len(x) < len(y) and y[: len(x)] == x and WIRE_WORDS & set(y[len(x) :]) for x, y in ((wa, wb), (wb, wa))
    ):
        return True
    return any(len(x) == 1 and len(y) > 1 and x[0] == "".join(w[0] for w in y) for x, y in ((wa, wb), (wb, wa)))


def _link_item(r: Any, speaker_id: str | None, ledes: Mapping[str, int | None]) -> LinkItem:
    fragments = json.loads(r[8]) if r[8] else []
    parts = tuple(f["text"] for f in fragments)
    text = " ".join(parts) if parts else r[1]  # the words, without the interruption
    retold = repeated_before(r[13] or "")
    again = (r[11] is not None and said_again(r[11], r[12] or "")) or retold
    weekday = named_weekday(r[11], r[12] or "") if r[11] is not None else None
    # "he said on the tarmac, a line he repeated on Tuesday": the day named is the repetition's
    earlier = r[11] is not None and repeated_later(r[12] or "")
    lede = ledes.get(r[5])
    if weekday is None and lede is not None and r[10] is None and r[14] is None and not (again or earlier):
        # an undated wire story's quote that names no day and no channel, nor another day just
        # before it ("GMT had on Monday submitted a proposal. ..."): of the day its lede reports
        # ("The minister promised Tuesday that ...")
        weekday = lede if _days_near(r) <= {lede} else None
    said_on, said_day = (None, None) if earlier else (day_ordinal(r[9]), day_ordinal(r[10]))
    denied = r[11] is not None and denies(r[11])
    return LinkItem(
        r[0], speaker_id or "", text, r[2], r[3], day_ordinal(r[4]), r[5], r[6], r[7], parts,
        said_on, said_day, again, weekday, retold, earlier, denied, own_medium(r[14], r[15], r[16]),
        r[17] == "context" and not earlier, r[17] == "lede" and not earlier, tuple(f["start"] for f in fragments),
    )


def link_items(
    conn: sqlite3.Connection, speaker_id: str | None, quote_ids: Sequence[str] | None = None
) -> list[LinkItem]:
    """The quotes of one speaker (None: quotes with no speaker), as linking sees them.

    Args:
        conn: the archive.
        speaker_id: the speaker.
        quote_ids: only these of the speaker's quotes (None: all of them).
    """
    condition, params = _speaker_condition("q.speaker_id", speaker_id)
    if quote_ids is None:
        rows = conn.execute(_LINK_COLUMNS + f"WHERE {condition}", params).fetchall()
    else:
        rows = []
        ids = sorted(set(quote_ids))
        for chunk, marks in _chunks(ids):
            rows += conn.execute(
                _LINK_COLUMNS + f"WHERE {condition} AND q.id IN ({marks})", [*params, *chunk]
            ).fetchall()
    ledes = _lede_weekdays(conn, sorted({r[5] for r in rows if r[7] is None}))
    unread = _unread_articles(conn, sorted({r[5] for r in rows if r[3] is None}))
    return [
        replace(it, language=UNREAD) if it.language is None and it.article_id in unread else it
        for it in (_link_item(r, speaker_id, ledes) for r in rows)
    ]


def _unread_articles(conn: sqlite3.Connection, article_ids: Sequence[str]) -> frozenset[str]:
    """Of articles whose language was not told, those written in a language onrecord has no data
    for (:func:`~onrecord.clean.language.unread_language`, read from the whole body). Their
    wordings are in that language whatever their own few words look like: a Scottish Gaelic quote
    writes "a" and "an" ("Tha an dàrna seòmar ag atharrachadh an deilbh") and alone, or as the
    speaker's one wording there, would be read as English, no translation of an English report."""
    out = set()
    for chunk, marks in _chunks(list(article_ids)):
        rows = conn.execute(
            f"SELECT id, body FROM articles WHERE language IS NULL AND id IN ({marks})", chunk
        ).fetchall()
        out |= {r[0] for r in rows if _unread_body(r[1] or "")}
    return frozenset(out)


@lru_cache(maxsize=1024)
def _unread_body(body: str) -> bool:
    return unread_language(body)


def _days_near(r: Any) -> frozenset[int]:
    """The weekdays the words around a quote's cue and just before the quote name."""
    return frozenset().union(*(weekdays_named(text) for text in (r[11], r[12], r[13]) if text))


def _lede_weekdays(conn: sqlite3.Connection, article_ids: Sequence[str]) -> dict[str, int | None]:
    """For each undated article, the weekday its lede names for words said (None: none, or the
    day of an event, not of words said: see :func:`onrecord.attribute.when.lede_weekday` and
    :func:`onrecord.link.occasions.spoken_on`)."""
    # imported here: attribution imports extraction, which imports the store
    from onrecord.attribute.when import lede_weekday
    from onrecord.extract.sentences import paragraph_spans

    out: dict[str, int | None] = {}
    for chunk, marks in _chunks(article_ids):
        for article_id, body in conn.execute(f"SELECT id, body FROM articles WHERE id IN ({marks})", chunk):
            paragraphs = [body[s:e] for s, e in paragraph_spans(body or "")]
            weekday = lede_weekday(paragraphs)
            out[article_id] = weekday if weekday is not None and spoken_on(paragraphs, weekday) else None
    return out


def unlinked_quotes(conn: sqlite3.Connection, speaker_id: str | None) -> list[tuple[str, int | None]]:
    """The speaker's quotes in no statement yet (new, or moved to it from another speaker), with
    the day linking reads for each (None: no day, or one it cannot read); found through the
    index on statements, whatever the size of the speaker's block."""
    condition, params = _speaker_condition("q.speaker_id", speaker_id)
    rows = conn.execute(
        f"SELECT q.id, coalesce({_RULES_DAY}, a.published) FROM quotes q INDEXED BY quotes_statement "
        f"JOIN articles a ON a.id = q.article_id WHERE q.statement_id IS NULL AND {condition}",
        params,
    ).fetchall()
    return [(r[0], day_ordinal(r[1])) for r in rows]


_WORDED = (
    'SELECT q.id, q.text, coalesce(q.language, a.language), q.speaker_id, q.article_id, q.start, q."end", q.link_day '
    "FROM quotes q JOIN articles a ON a.id = q.article_id "
)


def _worded(r: Any) -> Worded:
    return Worded(r[0], r[1], r[2], r[3], r[4], r[5], r[6], day_ordinal(r[7] or None))


def speakerless_quotes(conn: sqlite3.Connection, quote_ids: Sequence[str] | None = None) -> list[Worded]:
    """Those of ``quote_ids`` (None: of all quotes) that have no speaker, with their words."""
    if quote_ids is None:
        return [_worded(r) for r in conn.execute(_WORDED + "WHERE q.speaker_id IS NULL")]
    out: list[Worded] = []
    for chunk, marks in _chunks(sorted(set(quote_ids))):
        rows = conn.execute(_WORDED + f"WHERE q.speaker_id IS NULL AND q.id IN ({marks})", chunk).fetchall()
        out += [_worded(r) for r in rows]
    return out


_NEAR_ROWS = 64  # quotes a near repetition is compared with: those that share most of its words


def repeated_quotes(conn: sqlite3.Connection, quote: Worded) -> list[Worded]:
    """The other quotes whose words may hold ``quote``'s (found through the full-text index: they
    hold its :func:`~onrecord.link.repeats.core_phrase`, or are the :data:`_NEAR_ROWS` that share
    most of its :func:`~onrecord.link.repeats.search_terms`, for a repetition that changes a word
    or shifts the tense; linking checks the rest)."""
    phrase = core_phrase(quote.text)
    if not phrase:
        return []
    terms = search_terms(quote.text)
    rows = conn.execute(
        _WORDED + "WHERE q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?) "
        "AND q.id != ?",
        ('{text}: "' + phrase + '"', quote.quote_id),
    ).fetchall()
    if terms:
        near = " OR ".join(f'"{t}"' for t in terms)
        rows += conn.execute(
            _WORDED + "WHERE q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? "
            "ORDER BY rank LIMIT ?) AND q.id != ?",
            ("{text}: (" + near + ")", _NEAR_ROWS, quote.quote_id),
        ).fetchall()
    return list({w.quote_id: w for w in map(_worded, rows)}.values())


def take_speakers(conn: sqlite3.Connection, speakers: Mapping[str, str]) -> list[str]:
    """Give each quote of ``speakers`` (quote id: speaker id) that speaker, named as a quote of
    that speaker names it; the quote leaves the statement it was in, so linking takes it in as
    a new quote of its speaker. Returns the statements the quotes left."""
    left = sorted(
        {
            r[0]
            for chunk, marks in _chunks(sorted(speakers))
            for r in conn.execute(
                f"SELECT statement_id FROM quotes WHERE id IN ({marks}) AND statement_id IS NOT NULL", chunk
            )
        }
    )
    conn.executemany(
        "UPDATE quotes SET (speaker_id, speaker_name, speaker_kind) = "
        "(SELECT speaker_id, speaker_name, speaker_kind FROM quotes WHERE speaker_id = ? "
        "AND speaker_name IS NOT NULL ORDER BY id LIMIT 1), statement_id = NULL WHERE id = ?",
        [(sid, qid) for qid, sid in sorted(speakers.items())],
    )
    return left


def _chunks(values: Sequence[str], size: int = 500) -> Iterator[tuple[list[str], str]]:
    """``values`` in slices SQLite takes as parameters, each with its ``?,?,...`` marks."""
    for i in range(0, len(values), size):
        chunk = list(values[i : i + size])
        yield chunk, ",".join("?" * len(chunk))


_LAST_DAY = date.max.toordinal()  # a window around 9999-12-30 ends at the calendar's end


def region(conn: sqlite3.Connection, speaker_id: str | None, ranges: Sequence[tuple[int, int]]) -> list[str]:
    """The ids of the speaker's quotes that linking may join to quotes said within ``ranges``
    (inclusive day ordinals), with every other member of their statements.

    A quote whose day linking cannot read is in every range (it is within the time window of
    any quote). The quotes are found through the index on (speaker, day), so no quote outside
    the ranges is read.
    """
    condition, params = _speaker_condition("speaker_id", speaker_id)
    select = f"SELECT id, statement_id FROM quotes WHERE {condition} AND "
    queries = [select + "link_day = ''"]  # one index range per query: an OR would scan the speaker
    values: list[object] = [*params]
    for lo, hi in ranges:
        queries.append(select + "link_day BETWEEN ? AND ?")
        values += [*params, date.fromordinal(max(lo, 1)).isoformat(), date.fromordinal(min(hi, _LAST_DAY)).isoformat()]
    rows = conn.execute(" UNION ALL ".join(queries), values).fetchall()
    ids = {r[0] for r in rows}
    statements = sorted({r[1] for r in rows if r[1]})
    for chunk, marks in _chunks(statements):
        ids |= {
            r[0]
            for r in conn.execute(
                f"SELECT id FROM quotes WHERE {condition} AND statement_id IN ({marks})", [*params, *chunk]
            )
        }
    return sorted(ids)


def replace_statements(
    conn: sqlite3.Connection, speaker_id: str | None, quote_ids: Sequence[str], groups: Mapping[str, Sequence[str]]
) -> None:
    """Store the statements of some of one speaker's quotes: the speaker's statements that held
    any of ``quote_ids`` are replaced by ``groups`` (statement id: its quote ids), which must
    cover those quotes and the other members of those statements."""
    ids = sorted(set(quote_ids))
    old: set[str] = set()
    held: set[str] = set()  # every statement the quotes were in, whoever's
    for chunk, marks in _chunks(ids):
        for sid, owner in conn.execute(
            f"SELECT DISTINCT s.id, s.speaker_id FROM quotes q JOIN statements s ON s.id = q.statement_id "
            f"WHERE q.id IN ({marks})",
            chunk,
        ):
            held.add(sid)
            if owner == speaker_id:
                old.add(sid)
    conn.executemany("DELETE FROM statements WHERE id = ?", [(s,) for s in sorted(old)])
    updates = [(sid, qid) for sid, qids in groups.items() for qid in qids]
    conn.executemany("UPDATE quotes SET statement_id = ? WHERE id = ?", updates)
    for sid, qids in groups.items():
        _summarise(conn, sid, speaker_id, qids)
    _settle_left(conn, held - set(groups))


def assign_statements(conn: sqlite3.Connection, speaker_id: str | None, groups: Mapping[str, Sequence[str]]) -> None:
    """Store one speaker's statements: ``groups`` maps each statement id to its quote ids.

    The speaker's earlier statements are replaced; each statement's summary (canonical wording,
    first report, outlets, languages) is computed from its quotes.
    """
    held = {
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT statement_id FROM quotes WHERE speaker_id IS ? AND statement_id IS NOT NULL", (speaker_id,)
        )
    }  # (quotes of no statement yet, new in this batch, hold none)
    if speaker_id is None:
        conn.executemany("DELETE FROM statements WHERE id = ?", [(s,) for s in sorted(held)])
    else:
        held |= {r[0] for r in conn.execute("SELECT id FROM statements WHERE speaker_id = ?", (speaker_id,))}
        conn.execute("DELETE FROM statements WHERE speaker_id = ?", (speaker_id,))
    updates = [(sid, qid) for sid, qids in groups.items() for qid in qids]
    conn.executemany("UPDATE quotes SET statement_id = ? WHERE id = ?", updates)
    for sid, qids in groups.items():
        _summarise(conn, sid, speaker_id, qids)
    _settle_left(conn, {s for s in held if s} - set(groups))


def _settle_left(conn: sqlite3.Connection, statement_ids: set[str]) -> None:
    """The statements a re-link took quotes out of (or removed) while other speakers' quotes are
    still in them (a statement :func:`join_statements` made across speaker ids): each is stored
    again with the quotes it has left, under the speaker most of them carry, and removed when it
    has none, so that no quote names a statement that is gone and no summary counts a quote that left."""
    for sid in sorted(statement_ids):
        rows = conn.execute("SELECT id, speaker_id, speaker_kind FROM quotes WHERE statement_id = ?", (sid,)).fetchall()
        if not rows:
            conn.execute("DELETE FROM statements WHERE id = ?", (sid,))
            continue
        _summarise(conn, sid, _majority_speaker(rows), [r[0] for r in rows])


def _majority_speaker(rows: Sequence[Sequence[Any]]) -> str | None:
    """The speaker id most of a statement's quotes carry (rows: quote id, speaker id, speaker kind;
    of those that have one): a person before an organisation or a role, then the smallest id."""
    count = Counter(r[1] for r in rows if r[1] is not None)
    kinds = {r[1]: r[2] for r in rows}
    return min(count, key=lambda s: (-count[s], kinds.get(s) != "person", s)) if count else None


def undated_quotes(conn: sqlite3.Connection, article_ids: Sequence[str]) -> list[tuple[str, str, str]]:
    """The quotes with no day, in the articles of ``article_ids`` that have no publication day
    and in the undated articles whose quotes share a statement with theirs, as (article id,
    quote id, statement id); only quotes in a statement."""
    found: set[str] = set()
    for chunk, marks in _chunks(sorted(set(article_ids))):
        found |= {
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT o.article_id FROM quotes q JOIN quotes o ON o.statement_id = q.statement_id "
                f"JOIN articles a ON a.id = o.article_id WHERE q.article_id IN ({marks}) AND a.published IS NULL",
                chunk,
            )
        }
    rows: list[tuple[str, str, str]] = []
    for chunk, marks in _chunks(sorted(found)):
        rows += conn.execute(
            "SELECT article_id, id, statement_id FROM quotes "
            f"WHERE article_id IN ({marks}) AND said_on IS NULL AND statement_id IS NOT NULL",
            chunk,
        ).fetchall()
    return rows


def named_weekdays(conn: sqlite3.Connection, quote_ids: Sequence[str]) -> dict[str, int | None]:
    """For each quote, the weekday its own attribution names ("Marsh said Tuesday"; not a day it
    names for a later repetition, "a line he repeated on Tuesday"); None when it names none."""
    out: dict[str, int | None] = {}
    for chunk, marks in _chunks(sorted(set(quote_ids))):
        for r in conn.execute(_LINK_COLUMNS + f"WHERE q.id IN ({marks})", chunk):
            named = r[11] is not None and not repeated_later(r[12] or "")
            out[r[0]] = named_weekday(r[11], r[12] or "") if named else None
    return out


def dated_reports(conn: sqlite3.Connection, statement_ids: Sequence[str]) -> list[tuple[str, str]]:
    """(statement id, day said) of the reports of ``statement_ids`` in articles with a
    publication day, for those whose day is known."""
    rows: list[tuple[str, str]] = []
    for chunk, marks in _chunks(sorted(set(statement_ids))):
        rows += conn.execute(
            "SELECT q.statement_id, q.said_on FROM quotes q JOIN articles a ON a.id = q.article_id "
            f"WHERE q.statement_id IN ({marks}) AND a.published IS NOT NULL AND q.said_on IS NOT NULL",
            chunk,
        ).fetchall()
    return rows


def speaker_day_articles(
    conn: sqlite3.Connection, quote_ids: Sequence[str]
) -> dict[str, tuple[tuple[str, str, str], ...]]:
    """For each quote with a speaker, the days its speaker's quotes in articles with a publication
    day were said, where their own attribution, a heading or a header tells the day (not a day
    carried from the lede or the dateline: the story's occasion, not the speaker's), each with the
    article whose quote tells it and the speaker's name (quote id: (ISO day, article id, name)
    triples)."""
    out: dict[str, set[tuple[str, str, str]]] = {}
    for chunk, marks in _chunks(sorted(set(quote_ids))):
        for qid, day, article_id, name in conn.execute(
            "SELECT u.id, q.said_on, q.article_id, s.name FROM quotes u JOIN quotes q ON q.speaker_id = u.speaker_id "
            "JOIN articles a ON a.id = q.article_id JOIN speakers s ON s.id = u.speaker_id "
            f"WHERE u.id IN ({marks}) AND a.published IS NOT NULL AND q.said_on IS NOT NULL "
            "AND q.said_on_source IN ('stated', 'preceding', 'heading', 'header')",
            chunk,
        ):
            out.setdefault(qid, set()).add((day, article_id, name))
    return {qid: tuple(sorted(days)) for qid, days in out.items()}


def date_quotes(conn: sqlite3.Connection, days: Mapping[str, str], source: str) -> None:
    """Give quotes the days they were said (quote id: ISO day) and where each day came from;
    the statements holding them summarise their days again."""
    if not days:
        return
    updates = [(day, source, qid) for qid, day in days.items()]
    conn.executemany("UPDATE quotes SET said_on = ?, said_on_source = ? WHERE id = ?", updates)
    touched: dict[str, str | None] = {}
    for chunk, marks in _chunks(sorted(days)):
        for sid, speaker_id in conn.execute(
            f"SELECT DISTINCT statement_id, speaker_id FROM quotes WHERE id IN ({marks}) AND statement_id IS NOT NULL",
            chunk,
        ):
            touched[sid] = speaker_id
    for sid, speaker_id in touched.items():
        qids = [r[0] for r in conn.execute("SELECT id FROM quotes WHERE statement_id = ?", (sid,))]
        _summarise(conn, sid, speaker_id, qids)


def _words(text: str, fragments: str | None) -> str:
    """A quote's own words: an interrupted quote's pieces joined by an ellipsis, without the
    attribution that interrupts them ("A," she said, "B." -> "A … B")."""
    if not fragments:
        return text
    pieces = [f["text"].strip().strip("\"“”‘’'«»„,").strip() for f in json.loads(fragments)]
    return " … ".join(p for p in pieces if p) or text


def _summarise(conn: sqlite3.Connection, sid: str, speaker_id: str | None, qids: Sequence[str]) -> None:
    marks = ",".join("?" * len(qids))
    rows = conn.execute(
        "SELECT q.id, q.kind, q.text, q.said_on, a.published, a.id, coalesce(a.duplicate_of, a.id), o.name, "
        "coalesce(q.language, a.language), q.fragments FROM quotes q JOIN articles a ON a.id = q.article_id "
        f"LEFT JOIN outlets o ON o.id = a.outlet_id WHERE q.id IN ({marks})",
        list(qids),
    ).fetchall()
    if not rows:
        return
    order = sorted(rows, key=lambda r: (r[4] or "~", r[0]))
    first = order[0]
    directs = [r for r in order if r[1] == "direct" and (r[8] in (None, "en"))] or [
        r for r in order if r[1] == "direct"
    ]
    canonical = (directs or order)[0]
    said = Counter(r[3] for r in rows if r[3])
    said_on = min(said, key=lambda d: (-said[d], d)) if said else None
    conn.execute(
        "INSERT OR REPLACE INTO statements(id, speaker_id, text, canonical_quote, first_quote, first_seen, said_on, "
        "quotes, reports, outlets, languages) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            sid,
            speaker_id,
            _words(canonical[2], canonical[9]),
            canonical[0],
            first[0],
            first[4],
            said_on,
            len(rows),
            len({r[6] for r in rows}),
            len({r[7] for r in rows if r[7]}),
            len({r[8] for r in rows if r[8]}),
        ),
    )


@dataclass(frozen=True, slots=True)
class StatementFilter:
    """Which statements a query returns.

    Args:
        speaker_ids: only these speakers.
        text: words that one of the statement's wordings contains.
        since: said (or first reported) on or after this day.
        until: said (or first reported) on or before this day.
        min_outlets: reported by at least this many outlets.
        query: a search expression (words, "exact phrases", prefix*) one wording matches.
        ids: only these statements.
    """

    speaker_ids: tuple[str, ...] | None = None
    text: str | None = None
    since: str | None = None
    until: str | None = None
    min_outlets: int | None = None
    query: str | None = None
    ids: tuple[str, ...] | None = None


def _where(f: StatementFilter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if f.speaker_ids is not None:
        clauses.append(f"s.speaker_id IN ({','.join('?' * len(f.speaker_ids)) or 'NULL'})")
        params += list(f.speaker_ids)
    if f.text:
        query = fts_query(f.text)
        if query:
            clauses.append(
                "s.id IN (SELECT q.statement_id FROM quotes q WHERE q.rowid IN "
                "(SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?))"
            )
            params.append(query)
    if f.query is not None:
        expression = search_query(f.query)
        clauses.append(
            "s.id IN (SELECT q.statement_id FROM quotes q WHERE q.rowid IN "
            "(SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?))"
            if expression
            else "0"
        )
        if expression:
            params.append(expression)
    if f.ids is not None:
        clauses.append(f"s.id IN ({','.join('?' * len(f.ids)) or 'NULL'})")
        params += list(f.ids)
    days, day_params = day_range("coalesce(s.said_on, s.first_seen)", f.since, f.until)
    clauses += days
    params += day_params
    if f.min_outlets:
        clauses.append("s.outlets >= ?")
        params.append(f.min_outlets)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


_COLUMNS = "s.id, s.speaker_id, sp.name, s.text, s.first_quote, s.said_on"


def count_statements(conn: sqlite3.Connection, filters: StatementFilter | None = None) -> int:
    """How many statements match."""
    where, params = _where(filters or StatementFilter())
    return int(conn.execute(f"SELECT count(*) FROM statements s{where}", params).fetchone()[0])


def list_statements(
    conn: sqlite3.Connection, filters: StatementFilter | None = None, *, limit: int | None = None, offset: int = 0
) -> list[Statement]:
    """Statements, newest first, each with its variants."""
    where, params = _where(filters or StatementFilter())
    sql = f"SELECT s.id FROM statements s{where} ORDER BY {order_by(_ORDER)}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return get_statements(conn, [r[0] for r in conn.execute(sql, params).fetchall()])


def get_statement(conn: sqlite3.Connection, statement_id: str) -> Statement | None:
    """One statement with every report of it, earliest first."""
    found = get_statements(conn, [statement_id])
    return found[0] if found else None


_VARIANT_COLUMNS = (
    "q.id, q.article_id, o.name, a.published, q.kind, q.text, q.via, coalesce(q.language, a.language), "
    "q.said_on, a.duplicate_of, q.cue_text, a.syndicated_from"
)


def get_statements(conn: sqlite3.Connection, statement_ids: Sequence[str]) -> list[Statement]:
    """The statements with these ids (in that order, unknown ids left out), each with every report of it."""
    if not statement_ids:
        return []
    marks = ",".join("?" * len(statement_ids))
    heads = {
        r[0]: r
        for r in conn.execute(
            f"SELECT {_COLUMNS} FROM statements s LEFT JOIN speakers sp ON sp.id = s.speaker_id "
            f"WHERE s.id IN ({marks})",
            list(statement_ids),
        )
    }
    reports: dict[str, list[StatementVariant]] = {}
    for r in conn.execute(
        f"SELECT q.statement_id, {_VARIANT_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id "
        f"LEFT JOIN outlets o ON o.id = a.outlet_id WHERE q.statement_id IN ({marks}) "
        "ORDER BY a.published IS NULL, a.published, q.id",
        list(statement_ids),
    ):
        reports.setdefault(r[0], []).append(StatementVariant(*r[1:]))
    out = []
    for sid in dict.fromkeys(statement_ids):
        head = heads.get(sid)
        if head is None:
            continue
        variants = tuple(reports.get(sid, ()))
        first = next((v for v in variants if v.quote_id == head[4]), variants[0] if variants else None)
        outlets = tuple(dict.fromkeys(v.outlet for v in variants if v.outlet))
        languages = tuple(dict.fromkeys(v.language for v in variants if v.language))
        via = tuple(dict.fromkeys(v.via for v in variants if v.via))
        out.append(Statement(head[0], head[1], head[2], head[3], variants, outlets, languages, first, head[5], via))
    return out


_ORDER = (("substr(coalesce(s.said_on, s.first_seen, ''), 1, 10)", True), ("s.reports", True), ("s.id", False))


def page_statements(
    conn: sqlite3.Connection, filters: StatementFilter | None = None, *, after: str | None = None, limit: int = 50
) -> Page[Statement]:
    """One page of statements, newest first (then most reported), each with its variants.

    Args:
        conn: the database.
        filters: which statements.
        after: the cursor of the page before (None: the first page).
        limit: at most this many statements.

    Raises:
        InputError: ``after`` is not a cursor of this listing.
    """
    filters = filters or StatementFilter()
    if filters.query is not None:
        return _search_page(conn, filters, after, limit)
    where, params = _where(filters)
    if after is not None:
        clause, key_params = after_key(_ORDER, decode_cursor(after, len(_ORDER)))
        where = (where + " AND " if where else " WHERE ") + clause
        params += key_params
    keys = ", ".join(f"{e} AS k{i}" for i, (e, _) in enumerate(_ORDER))
    sql = f"SELECT s.id, {keys} FROM statements s{where} ORDER BY {order_by(_ORDER)} LIMIT ?"
    rows = conn.execute(sql, [*params, limit + 1]).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    items = get_statements(conn, [r[0] for r in rows])
    cursor = encode_cursor([rows[-1][f"k{i}"] for i in range(len(_ORDER))]) if more and rows else None
    return Page(items, cursor)


def _search_page(conn: sqlite3.Connection, filters: StatementFilter, after: str | None, limit: int) -> Page[Statement]:
    """Statements a search matches, in the order of their matching quote stored last.

    The full-text index yields matching quotes newest first, so a page reads only as far as its
    statements reach. The cursor is the rowid of the last statement's quote; the next page skips
    statements that a quote at or above it already listed.
    """
    expression = search_query(filters.query or "")
    if not expression:
        return Page()
    rest, params = _where(replace(filters, query=None))
    base = (
        "SELECT f.rowid, q.statement_id FROM quotes_fts f JOIN quotes q ON q.rowid = f.rowid "
        "JOIN statements s ON s.id = q.statement_id WHERE quotes_fts MATCH ?"
        + (" AND " + rest[len(" WHERE ") :] if rest else "")
    )
    seen: set[str] = set()
    below: list[object] = []
    if after is not None:
        (top,) = decode_cursor(after, 1)
        if not isinstance(top, int):
            raise InputError("cursor", "not a cursor of this search; start again without it")
        seen = {r[1] for r in conn.execute(base + " AND f.rowid >= ?", [expression, *params, top])}
        below = [top]
    sql = base + (" AND f.rowid < ?" if below else "") + " ORDER BY f.rowid DESC"
    ids: list[str] = []
    last: dict[str, int] = {}
    for rowid, sid in conn.execute(sql, [expression, *params, *below]):
        if sid in seen:
            continue
        seen.add(sid)
        ids.append(sid)
        last[sid] = rowid
        if len(ids) > limit:
            break
    more = len(ids) > limit
    ids = ids[:limit]
    return Page(get_statements(conn, ids), encode_cursor([last[ids[-1]]]) if more and ids else None)


def speaker_timeline(conn: sqlite3.Connection, speaker_id: str) -> list[tuple[str, int, int]]:
    """A speaker's statements per day: ``(day, statements, reports)``, earliest day first."""
    rows = conn.execute(
        "SELECT substr(coalesce(s.said_on, s.first_seen), 1, 10) AS day, count(*), sum(s.reports) "
        "FROM statements s WHERE s.speaker_id = ? AND day IS NOT NULL GROUP BY day ORDER BY day",
        (speaker_id,),
    )
    return [(r[0], int(r[1]), int(r[2])) for r in rows]


_ACROSS = (
    "SELECT q.id, q.speaker_id, q.speaker_name, q.speaker_kind, q.statement_id, q.text, q.kind, "
    "coalesce(q.language, a.language), q.link_day, q.article_id FROM quotes q "
    "JOIN articles a ON a.id = q.article_id WHERE q.statement_id IS NOT NULL"
)


def across_quotes(conn: sqlite3.Connection, ranges: Sequence[tuple[int, int]] | None = None) -> list[tuple[Any, ...]]:
    """The linked quotes of every speaker said within ``ranges`` (inclusive day ordinals; a quote
    whose day linking cannot read is in every range; None: all of them), as the cross-speaker
    pass (:mod:`onrecord.link.across`) reads them: id, speaker id, speaker name, speaker kind,
    statement id, text, kind, language, link day, article id; ordered by id."""
    if ranges is None:
        return conn.execute(_ACROSS + " ORDER BY q.id").fetchall()
    queries = [_ACROSS + " AND q.link_day = ''"]
    values: list[object] = []
    for lo, hi in ranges:
        queries.append(_ACROSS + " AND q.link_day BETWEEN ? AND ?")
        values += [date.fromordinal(max(lo, 1)).isoformat(), date.fromordinal(min(hi, _LAST_DAY)).isoformat()]
    rows = {r[0]: r for r in conn.execute(" UNION ALL ".join(queries), values)}
    return [rows[k] for k in sorted(rows)]


def speaker_sizes(conn: sqlite3.Connection, speaker_ids: Sequence[str]) -> dict[str, int]:
    """How many quotes each of ``speaker_ids`` has in the archive."""
    out: dict[str, int] = {}
    for chunk, marks in _chunks(sorted(set(speaker_ids))):
        out.update(
            conn.execute(
                f"SELECT speaker_id, count(*) FROM quotes WHERE speaker_id IN ({marks}) GROUP BY speaker_id", chunk
            ).fetchall()
        )
    return out


def join_statements(conn: sqlite3.Connection, groups: Sequence[Sequence[str]]) -> int:
    """Make each group of statements (their ids) one statement, though their quotes have several
    speaker ids (:mod:`onrecord.link.across`'s links across speaker blocks).

    The statement's speaker is the speaker id most of its quotes carry (of those that have one;
    a person before an organisation or a role, then the smallest id); it keeps the id of the
    statement that holds most of that speaker's quotes (then the smallest id), the others' rows go
    and their quotes take that id, and its summary is computed again from all its quotes. Each
    quote keeps its own speaker.

    Returns:
        The number of statements that joined another.
    """
    joined = 0
    for group in groups:
        ids = sorted(set(group))
        if len(ids) < 2:
            continue
        marks = ",".join("?" * len(ids))
        rows = conn.execute(
            f"SELECT id, speaker_id, speaker_kind, statement_id FROM quotes WHERE statement_id IN ({marks})", ids
        ).fetchall()
        if not rows:
            continue
        speaker = _majority_speaker(rows)
        held = Counter(r[3] for r in rows if r[1] == speaker)
        keep = min(held, key=lambda s: (-held[s], s))
        others = [s for s in ids if s != keep]
        conn.executemany("DELETE FROM statements WHERE id = ?", [(s,) for s in others])
        conn.executemany("UPDATE quotes SET statement_id = ? WHERE statement_id = ?", [(keep, s) for s in others])
        _summarise(conn, keep, speaker, [r[0] for r in rows])
        joined += len(others)
    return joined
