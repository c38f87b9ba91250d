"""The SQLite connection: opening, migrating, transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from onrecord.errors import StoreError
from onrecord.store.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = ["connect", "connect_readonly", "transaction"]


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at ``path``.

    ``":memory:"`` opens a private in-memory database.

    Raises:
        StoreError: the file cannot be opened, is not an onrecord database, or is newer than
            this version of onrecord.
    """
    name = str(path)
    if name != ":memory:":
        parent = Path(name).expanduser().resolve().parent
        if not parent.is_dir():
            raise StoreError(f"{name}: folder {parent} does not exist")
    try:
        conn = sqlite3.connect(name, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        if name != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        _migrate(conn, name)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{name}: cannot open as an onrecord database ({exc})") from None
    return conn


def connect_readonly(path: str | Path) -> sqlite3.Connection:
    """Open an existing database for reading only (``mode=ro``), so that another process may write.

    Raises:
        StoreError: the file is missing, not an onrecord database, or of another schema version
            (open it once with :func:`connect` to migrate it).
    """
    name = str(path)
    resolved = Path(name).expanduser().resolve()
    if not resolved.is_file():
        raise StoreError(f"{name}: no such database")
    try:
        conn = sqlite3.connect(f"{resolved.as_uri()}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 10000")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{name}: cannot open as an onrecord database ({exc})") from None
    if version != SCHEMA_VERSION:
        conn.close()
        raise StoreError(
            f"{name}: database schema version {version}, this onrecord reads {SCHEMA_VERSION}; "
            "open it once for writing (onrecord ingest or serve) to migrate it"
        )
    return conn


def _migrate(conn: sqlite3.Connection, name: str) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{name}: database schema version {version} is newer than this onrecord "
            f"({SCHEMA_VERSION}); upgrade onrecord"
        )
    for number in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[number]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _statements(script: str) -> Iterator[str]:
    """Split a migration into statements (``sqlite3.complete_statement`` keeps triggers whole)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run the block in one transaction: all of it is stored, or none of it."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
