"""Search expressions, keyset pagination helpers and the FTS tables Datasette and sqlite-utils read."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from onrecord.archive import Archive
from onrecord.errors import InputError, StoreError
from onrecord.store import connect_readonly
from onrecord.store.quotes import search_query
from onrecord.store.sql import after_key, decode_cursor, encode_cursor


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ("ceasefire", '"ceasefire"'),
        ("not peace", '"not" "peace"'),
        ('"not peace" ceasefire', '"not peace" "ceasefire"'),
        ("cease*", '"cease"*'),
        ("Pesk* Kremlin", '"Pesk"* "Kremlin"'),
        ('"unbalanced phrase', '"unbalanced phrase"'),
        ("' OR 1=1 --", '"OR" "1" "1"'),
        ("NEAR(a b) AND c", '"NEAR" "a" "b" "AND" "c"'),
        ("*", ""),
        ('""', ""),
        ("über-Präsident", '"über" "Präsident"'),
    ],
)
def test_search_query_is_always_a_safe_fts_expression(typed: str, expression: str) -> None:
    assert search_query(typed) == expression
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    if expression:
        conn.execute("SELECT * FROM t WHERE t MATCH ?", (expression,)).fetchall()


@pytest.mark.parametrize(
    ("order", "key", "clause"),
    [
        ([("a", False)], [1], "((a > ?))"),
        ([("a", True), ("b", False)], ["x", 2], "((a < ?) OR (a = ? AND b > ?))"),
    ],
)
def test_after_key_is_the_lexicographic_successor(
    order: list[tuple[str, bool]], key: list[object], clause: str
) -> None:
    sql, params = after_key(order, key)
    assert sql == clause
    assert len(params) == sql.count("?")


@pytest.mark.parametrize("key", [["2026-01-01", "abc", 3], [None, 1.5], ["ü", ""]])
def test_cursor_round_trip(key: list[object]) -> None:
    assert decode_cursor(encode_cursor(key), len(key)) == key


@pytest.mark.parametrize("cursor", ["", "!!!", encode_cursor([1]), encode_cursor([True, 1]), encode_cursor([[1], 2])])
def test_bad_cursor_is_an_input_error(cursor: str) -> None:
    with pytest.raises(InputError):
        decode_cursor(cursor, 2)


def test_fts_tables_follow_their_tables(web_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    db.write_bytes(web_db.read_bytes())
    with Archive(db) as archive:
        conn = archive.connection
        sql = {r[0]: r[1] for r in conn.execute("SELECT name, sql FROM sqlite_master WHERE name LIKE '%_fts'")}
        for table in ("quotes", "articles", "speakers", "speaker_aliases"):
            assert f'content="{table}"' in sql[f"{table}_fts"]  # the form Datasette and sqlite-utils detect
        assert [a.id for a in archive.search("rules out").articles.items] == ["np-budget"]
        assert archive.search("Kowal*").speakers.items
        conn.execute("UPDATE articles SET title = 'Harbour cranes idle' WHERE id = 'np-budget'")
        assert not archive.search('"rules out"').articles.items
        assert [a.id for a in archive.search("cranes").articles.items] == ["np-budget"]
        conn.execute("DELETE FROM articles WHERE id = 'np-budget'")
        assert not archive.search("cranes").articles.items
        conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        conn.execute("INSERT INTO speakers_fts(speakers_fts) VALUES ('integrity-check')")


def test_readonly_connection(web_db: Path, tmp_path: Path) -> None:
    conn = connect_readonly(web_db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM articles")
    with pytest.raises(StoreError, match="no such database"):
        connect_readonly(tmp_path / "missing.db")
    old = tmp_path / "old.db"
    sqlite3.connect(old).execute("PRAGMA user_version = 1")
    with pytest.raises(StoreError, match="migrate"):
        connect_readonly(old)


def test_an_archive_from_before_search_gains_it_when_opened(tmp_path: Path) -> None:
    from onrecord.store.db import _statements
    from onrecord.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    before_search = next(i for i, script in enumerate(MIGRATIONS) if "speakers_fts" in script)  # adds search
    for script in MIGRATIONS[:before_search]:
        for statement in _statements(script):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {before_search}")
    body = "The mayor said the bridge would reopen."
    conn.execute(  # the article columns of that schema (put_article writes today's)
        "INSERT INTO articles(id, title, media_type, body, raw, segments, content_hash, ingested_at) "
        "VALUES ('a1', 'Bridge to reopen', 'text', ?, ?, ?, 'h', '2026-01-01T00:00:00')",
        (body, body, f"[[0, 0, {len(body)}]]"),
    )
    conn.execute(  # the quote columns of that schema (put_quotes writes today's)
        'INSERT INTO quotes(id, article_id, seq, kind, text, start, "end", speaker_id, speaker_name) '
        "VALUES ('q1', 'a1', 0, 'indirect', 'the bridge would reopen', 16, 39, 'p:mayor', 'Ada Mayor')"
    )
    conn.commit()
    conn.close()
    with Archive(path) as archive:
        found = archive.search('"bridge would"')
        assert [q.quote_id for q in found.quotes.items] == ["q1"]
        assert [a.id for a in archive.search("reopen").articles.items] == ["a1"]
        sql = archive.connection.execute("SELECT sql FROM sqlite_master WHERE name = 'quotes_fts'").fetchone()[0]
        assert 'content="quotes"' in sql
