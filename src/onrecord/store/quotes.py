"""Quotes in the database, and the filtered queries over them."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from onrecord.model import Quote, Span, SpeakerRef
from onrecord.store.sql import Page, after_key, day_range, decode_cursor, encode_cursor, order_by

__all__ = [
    "QuoteFilter",
    "article_speaker_ids",
    "count_quotes",
    "fts_query",
    "iter_quotes",
    "page_quotes",
    "put_quotes",
    "quote_from_row",
    "search_query",
]


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """Which quotes a query returns; every field left None matches everything.

    Args:
        speaker: a speaker name or alias (case-insensitive; a surname matches the full name).
        speaker_id: an exact speaker id.
        text: words that must all occur in the quote (full-text search).
        kind: ``direct``, ``indirect`` or ``mixed``.
        type: the kind of attribution: ``speech``, ``belief``, ``document`` or ``other``
            (:data:`onrecord.model.QUOTE_TYPES`); quotes stored with no type never match one.
        outlet: the outlet's name.
        since: first publication day (ISO date) included.
        until: last publication day included.
        article: an article id.
        statement: a statement id.
        query: a search expression (see :func:`search_query`): words, "exact phrases", prefix*.
    """

    speaker: str | None = None
    speaker_id: str | None = None
    text: str | None = None
    kind: str | None = None
    type: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    article: str | None = None
    statement: str | None = None
    query: str | None = None


def _mention(q: Quote) -> Span | None:
    if q.speaker is not None:
        return q.speaker.mention
    return q.source_mention


def _mention_columns(q: Quote) -> tuple[str | None, int | None, int | None]:
    mention = _mention(q)
    return (mention.text, mention.start, mention.end) if mention is not None else (None, None, None)


def _spans_json(spans: Sequence[Span]) -> str | None:
    return json.dumps([f.to_dict() for f in spans]) if spans else None


def _spans(value: str | None) -> tuple[Span, ...]:
    return tuple(Span(f["text"], f["start"], f["end"]) for f in json.loads(value)) if value else ()


def article_speaker_ids(conn: sqlite3.Connection, article_id: str) -> set[str | None]:
    """The speakers of an article's stored quotes (None for quotes with no speaker)."""
    return {r[0] for r in conn.execute("SELECT DISTINCT speaker_id FROM quotes WHERE article_id = ?", (article_id,))}


def put_quotes(conn: sqlite3.Connection, article_id: str, quotes: Sequence[Quote]) -> None:
    """Replace the stored quotes of one article with ``quotes``."""
    conn.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
    conn.executemany(
        'INSERT INTO quotes(id, article_id, seq, kind, text, start, "end", fragments, cue_text, '
        "cue_start, cue_end, speaker_id, speaker_name, speaker_kind, mention_text, mention_start, "
        "mention_end, via, said_on, statement_id, language, local_speaker, said_on_source, quoted, via_kind, type, "
        "withheld_said_on, withheld_said_on_source) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                q.quote_id,
                article_id,
                seq,
                q.kind,
                q.text,
                q.start,
                q.end,
                _spans_json(q.fragments),
                q.cue.text if q.cue else None,
                q.cue.start if q.cue else None,
                q.cue.end if q.cue else None,
                q.speaker.id if q.speaker else None,
                q.speaker.name if q.speaker else None,
                q.speaker.kind if q.speaker else None,
                *_mention_columns(q),
                q.via,
                q.said_on,
                q.statement_id,
                q.language,
                q.speaker.id if q.speaker else None,
                q.said_on_source,
                _spans_json(q.quoted),
                q.via_kind,
                q.type,
                q.withheld_said_on,
                q.withheld_said_on_source if q.withheld_said_on else None,
            )
            for seq, q in enumerate(quotes)
        ],
    )


_QUOTE_COLUMNS = (
    'q.id, q.article_id, q.kind, q.text, q.start, q."end", q.fragments, q.cue_text, q.cue_start, '
    "q.cue_end, q.speaker_id, q.speaker_name, q.speaker_kind, q.mention_text, q.mention_start, "
    "q.mention_end, q.via, q.said_on, q.statement_id, q.language, q.said_on_source, q.quoted, q.via_kind, "
    "q.type, q.withheld_said_on, q.withheld_said_on_source, a.source, a.published, o.name AS outlet"
)


def quote_from_row(row: sqlite3.Row) -> Quote:
    """Build a :class:`Quote` from a row selected with the quote columns."""
    speaker = None
    mention = None
    if row["mention_text"] is not None:
        mention = Span(row["mention_text"], row["mention_start"], row["mention_end"])
    if row["speaker_name"] is not None:
        speaker = SpeakerRef(
            id=row["speaker_id"] or "",
            name=row["speaker_name"],
            mention=mention,
            kind=row["speaker_kind"] or "person",
        )
    cue = None
    if row["cue_text"] is not None:
        cue = Span(row["cue_text"], row["cue_start"], row["cue_end"])
    return Quote(
        quote_id=row["id"],
        article_id=row["article_id"],
        kind=row["kind"],
        text=row["text"],
        start=row["start"],
        end=row["end"],
        cue=cue,
        speaker=speaker,
        via=row["via"],
        said_on=row["said_on"],
        statement_id=row["statement_id"],
        fragments=_spans(row["fragments"]),
        quoted=_spans(row["quoted"]),
        via_kind=row["via_kind"],
        source=row["source"],
        outlet=row["outlet"],
        published=row["published"],
        language=row["language"],
        source_mention=mention if speaker is None else None,
        said_on_source=row["said_on_source"],
        type=row["type"],
        withheld_said_on=row["withheld_said_on"],
        withheld_said_on_source=row["withheld_said_on_source"],
    )


def fts_query(words: str) -> str:
    """Turn free text into an FTS5 query in which every word must occur (as a prefix)."""
    tokens = re.findall(r"\w+", words, flags=re.UNICODE)
    return " ".join(f'"{t}"*' for t in tokens)


_PHRASE = re.compile(r'"([^"]*)"?|(\S+)')


def search_query(text: str) -> str:
    """Turn what a user typed into a safe FTS5 query: every part must match.

    ``"exact phrase"`` matches the words in that order, ``word*`` matches words starting with
    ``word``, any other word matches itself. Everything else (FTS5 operators, punctuation, SQL)
    is read as plain words, so no input makes the query fail.

    Returns:
        The FTS5 expression, or ``""`` when ``text`` holds no word.
    """
    parts: list[str] = []
    for match in _PHRASE.finditer(text):
        phrase, word = match.group(1), match.group(2)
        if phrase is not None:
            tokens = re.findall(r"\w+", phrase, flags=re.UNICODE)
            if tokens:
                parts.append('"' + " ".join(tokens) + '"')
            continue
        tokens = re.findall(r"\w+", word, flags=re.UNICODE)
        for i, token in enumerate(tokens):
            prefix = i == len(tokens) - 1 and word.endswith("*")
            parts.append(f'"{token}"' + ("*" if prefix else ""))
    return " ".join(parts)


def _where(f: QuoteFilter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if f.speaker:
        clauses.append(
            "(q.speaker_name = ? COLLATE NOCASE OR q.speaker_name LIKE ? OR q.speaker_id = ? OR q.speaker_id IN "
            "(SELECT speaker_id FROM speaker_aliases WHERE alias = ? COLLATE NOCASE AND kind != 'beside'))"
        )
        params += [f.speaker, f"% {f.speaker}", f.speaker, f.speaker]
    if f.speaker_id:
        clauses.append("q.speaker_id = ?")
        params.append(f.speaker_id)
    if f.text:
        query = fts_query(f.text)
        if query:
            clauses.append("q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            params.append(query)
    if f.query is not None:
        query = search_query(f.query)
        clauses.append("q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)" if query else "0")
        if query:
            params.append(query)
    if f.kind:
        clauses.append("q.kind = ?")
        params.append(f.kind)
    if f.type:
        clauses.append("q.type = ?")
        params.append(f.type)
    if f.outlet:
        clauses.append("o.name = ? COLLATE NOCASE")
        params.append(f.outlet)
    days, day_params = day_range("coalesce(q.said_on, a.published)", f.since, f.until)
    clauses += days
    params += day_params
    if f.article:
        clauses.append("q.article_id = ?")
        params.append(f.article)
    if f.statement:
        clauses.append("q.statement_id = ?")
        params.append(f.statement)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


_FROM = "FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN outlets o ON o.id = a.outlet_id"


def iter_quotes(
    conn: sqlite3.Connection,
    filters: QuoteFilter | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[Quote]:
    """Yield stored quotes matching ``filters``, newest article first, in article order."""
    where, params = _where(filters or QuoteFilter())
    sql = f"SELECT {_QUOTE_COLUMNS} {_FROM}{where} ORDER BY a.published IS NULL, a.published DESC, q.article_id, q.seq"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    for row in conn.execute(sql, params):
        yield quote_from_row(row)


def count_quotes(conn: sqlite3.Connection, filters: QuoteFilter | None = None) -> int:
    """Return how many stored quotes match ``filters``."""
    where, params = _where(filters or QuoteFilter())
    return int(conn.execute(f"SELECT count(*) {_FROM}{where}", params).fetchone()[0])


_ORDER = (("coalesce(a.published, '')", True), ("q.article_id", False), ("q.seq", False))
# a search lists what was stored last first: the full-text index yields rows in that order, so a
# page costs its own rows however many quotes match
_SEARCH_ORDER = (("q.rowid", True),)


def page_quotes(
    conn: sqlite3.Connection, filters: QuoteFilter | None = None, *, after: str | None = None, limit: int = 50
) -> Page[Quote]:
    """One page of quotes matching ``filters``, newest article first, in article order
    (with a search ``query``: the quotes stored last first).

    Args:
        conn: the database.
        filters: which quotes.
        after: the cursor of the page before (None: the first page).
        limit: at most this many quotes.

    Raises:
        InputError: ``after`` is not a cursor of this listing.
    """
    filters = filters or QuoteFilter()
    order = _SEARCH_ORDER if filters.query is not None else _ORDER
    where, params = _where(filters)
    if after is not None:
        clause, key_params = after_key(order, decode_cursor(after, len(order)))
        where = (where + " AND " if where else " WHERE ") + clause
        params += key_params
    keys = ", ".join(f"{e} AS k{i}" for i, (e, _) in enumerate(order))
    sql = f"SELECT {_QUOTE_COLUMNS}, {keys} {_FROM}{where} ORDER BY {order_by(order)} LIMIT ?"
    rows = conn.execute(sql, [*params, limit + 1]).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = encode_cursor([rows[-1][f"k{i}"] for i in range(len(order))]) if more and rows else None
    return Page([quote_from_row(r) for r in rows], cursor)
