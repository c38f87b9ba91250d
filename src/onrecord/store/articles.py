"""Articles and outlets in the database."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime

from onrecord.model import Article
from onrecord.store.quotes import search_query
from onrecord.store.sql import Page, after_key, day_range, decode_cursor, encode_cursor, order_by

__all__ = [
    "article_state",
    "count_articles",
    "delete_article",
    "get_article",
    "iter_articles",
    "outlet_first_reports",
    "outlet_id",
    "outlet_summary",
    "page_articles",
    "put_article",
]

_COLUMNS = (
    "a.id, a.source, a.url, o.name AS outlet, a.outlet_from, a.title, a.published, "
    "a.published_from, a.dateline, a.place, a.language, a.media_type, a.body, a.raw, "
    "a.source_text, a.segments, a.content_hash, a.notes, a.ingested_at, a.duplicate_of, a.syndicated_from"
)


def outlet_id(conn: sqlite3.Connection, name: str | None) -> int | None:
    """Return the id of the outlet called ``name`` (case-insensitive), creating it if new."""
    if not name:
        return None
    row = conn.execute("SELECT id FROM outlets WHERE name = ?", (name,)).fetchone()
    if row:
        return int(row[0])
    return int(conn.execute("INSERT INTO outlets(name) VALUES (?)", (name,)).lastrowid or 0)


def article_state(conn: sqlite3.Connection, article_id: str, content_hash: str) -> str:
    """Return ``new``, ``same`` (stored with this content) or ``changed`` (stored, different)."""
    row = conn.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return "new"
    return "same" if row[0] == content_hash else "changed"


def put_article(conn: sqlite3.Connection, article: Article) -> None:
    """Insert or replace ``article`` (its quotes go with it when replaced)."""
    now = article.ingested_at or datetime.now(UTC).isoformat(timespec="seconds")
    conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
    conn.execute(
        "INSERT INTO articles(id, source, url, outlet_id, outlet_from, title, published, "
        "published_from, dateline, place, language, media_type, body, raw, source_text, segments, "
        "content_hash, notes, ingested_at, syndicated_from) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            article.id,
            article.source,
            article.url,
            outlet_id(conn, article.outlet),
            article.outlet_from,
            article.title,
            article.published,
            article.published_from,
            article.dateline,
            article.place,
            article.language,
            article.media_type,
            article.body,
            article.raw,
            None if article.source_text == article.raw else article.source_text,
            json.dumps(article.segments),
            article.content_hash,
            json.dumps(list(article.notes)),
            now,
            article.syndicated_from,
        ),
    )


def delete_article(conn: sqlite3.Connection, article_id: str) -> None:
    """Delete an article and everything extracted from it."""
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))


def _article(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"],
        body=row["body"],
        raw=row["raw"],
        source_text=row["source_text"] if row["source_text"] is not None else row["raw"],
        segments=tuple((int(b), int(s), int(n)) for b, s, n in json.loads(row["segments"])),
        content_hash=row["content_hash"],
        source=row["source"],
        url=row["url"],
        outlet=row["outlet"],
        outlet_from=row["outlet_from"],
        title=row["title"],
        published=row["published"],
        published_from=row["published_from"],
        dateline=row["dateline"],
        place=row["place"],
        language=row["language"],
        media_type=row["media_type"],
        notes=tuple(json.loads(row["notes"])),
        ingested_at=row["ingested_at"],
        duplicate_of=row["duplicate_of"],
        syndicated_from=row["syndicated_from"],
    )


def get_article(conn: sqlite3.Connection, article_id: str) -> Article | None:
    """Return the stored article with this id, or None."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    return _article(row) if row else None


def _where(
    outlet: str | None, since: str | None, until: str | None, query: str | None = None
) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if query is not None:
        expression = search_query(query)
        clauses.append("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)" if expression else "0")
        if expression:
            params.append(expression)
    if outlet:
        clauses.append("o.name = ? COLLATE NOCASE")
        params.append(outlet)
    days, day_params = day_range("a.published", since, until)
    clauses += days
    params += day_params
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def iter_articles(
    conn: sqlite3.Connection,
    *,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[Article]:
    """Yield stored articles, newest first, filtered by outlet and publication day."""
    where, params = _where(outlet, since, until)
    sql = (
        f"SELECT {_COLUMNS} FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id{where} "
        "ORDER BY a.published IS NULL, a.published DESC, a.id"
    )
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    for row in conn.execute(sql, params):
        yield _article(row)


def count_articles(
    conn: sqlite3.Connection,
    *,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> int:
    """Return how many stored articles match the filters."""
    where, params = _where(outlet, since, until)
    sql = f"SELECT count(*) FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id{where}"
    return int(conn.execute(sql, params).fetchone()[0])


_ORDER = (("coalesce(a.published, '')", True), ("a.id", False))
_SEARCH_ORDER = (("a.rowid", True),)  # a title search: the articles stored last first


def page_articles(
    conn: sqlite3.Connection,
    *,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    query: str | None = None,
    after: str | None = None,
    limit: int = 50,
) -> Page[Article]:
    """One page of articles, newest first (with a title ``query``: the articles stored last first).

    Args:
        conn: the database.
        outlet: only this outlet's articles.
        since: published on or after this day.
        until: published on or before this day.
        query: a search expression over titles (words, "phrases", prefix*).
        after: the cursor of the page before (None: the first page).
        limit: at most this many articles.

    Raises:
        InputError: ``after`` is not a cursor of this listing.
    """
    order = _SEARCH_ORDER if query is not None else _ORDER
    where, params = _where(outlet, since, until, query)
    if after is not None:
        clause, key_params = after_key(order, decode_cursor(after, len(order)))
        where = (where + " AND " if where else " WHERE ") + clause
        params += key_params
    keys = ", ".join(f"{e} AS k{i}" for i, (e, _) in enumerate(order))
    sql = (
        f"SELECT {_COLUMNS}, {keys} FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id{where} "
        f"ORDER BY {order_by(order)} LIMIT ?"
    )
    rows = conn.execute(sql, [*params, limit + 1]).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = encode_cursor([rows[-1][f"k{i}"] for i in range(len(order))]) if more and rows else None
    return Page([_article(r) for r in rows], cursor)


def outlet_summary(conn: sqlite3.Connection, name: str) -> tuple[str, int, int, str | None, str | None] | None:
    """An outlet's name as stored, its article and quote counts, its first and last publication; None if unknown."""
    row = conn.execute(
        "SELECT o.id, o.name, (SELECT count(*) FROM articles a WHERE a.outlet_id = o.id), "
        "(SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.outlet_id = o.id), "
        "(SELECT min(a.published) FROM articles a WHERE a.outlet_id = o.id), "
        "(SELECT max(a.published) FROM articles a WHERE a.outlet_id = o.id) "
        "FROM outlets o WHERE o.name = ?",
        (name,),
    ).fetchone()
    if row is None:
        return None
    return (str(row[1]), int(row[2]), int(row[3]), row[4], row[5])


def outlet_first_reports(conn: sqlite3.Connection, name: str, limit: int = 50) -> list[str]:
    """Ids of the statements whose first report is this outlet's, newest first."""
    rows = conn.execute(
        "SELECT s.id FROM statements s JOIN quotes q ON q.id = s.first_quote JOIN articles a ON a.id = q.article_id "
        "JOIN outlets o ON o.id = a.outlet_id WHERE o.name = ? "
        "ORDER BY coalesce(s.first_seen, '') DESC, s.id LIMIT ?",
        (name, limit),
    )
    return [r[0] for r in rows]
