from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from onrecord.errors import StoreError
from onrecord.store import SCHEMA_VERSION, connect, transaction


def test_new_database_is_migrated_and_in_wal_mode(tmp_path: Path) -> None:
    conn = connect(tmp_path / "x.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "outlets", "quotes", "quotes_fts"} <= tables
    conn.close()
    again = connect(tmp_path / "x.db")  # reopening runs no migration twice
    assert again.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    raw.close()
    with pytest.raises(StoreError, match="newer than this onrecord"):
        connect(path)


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        connect(path)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        connect(tmp_path / "no" / "such" / "x.db")


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    conn = connect(tmp_path / "x.db")
    with pytest.raises(RuntimeError), transaction(conn):
        conn.execute("INSERT INTO outlets(name) VALUES ('Wire')")
        raise RuntimeError("interrupted")
    assert conn.execute("SELECT count(*) FROM outlets").fetchone()[0] == 0


def test_an_archive_of_the_first_schema_is_migrated_in_place(tmp_path: Path) -> None:
    from onrecord.store.db import _statements
    from onrecord.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    raw = sqlite3.connect(path)
    for statement in _statements(MIGRATIONS[0]):
        raw.execute(statement)
    raw.execute("PRAGMA user_version = 1")
    raw.commit()
    raw.close()
    conn = connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    columns = {r[1] for r in conn.execute("PRAGMA table_info(quotes)")}
    assert "said_on_source" in columns
