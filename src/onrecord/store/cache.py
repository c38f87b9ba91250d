"""What linking keeps between runs: settings, embedding vectors, article MinHash bands."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

import numpy as np

__all__ = [
    "article_candidates",
    "get_meta",
    "get_vectors",
    "put_article_signature",
    "put_vectors",
    "set_meta",
    "stored_vectors",
]


def get_meta(conn: sqlite3.Connection, key: str) -> object | None:
    """Return a stored setting (JSON value), or None."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else None


def set_meta(conn: sqlite3.Connection, key: str, value: object) -> None:
    """Store a setting as JSON."""
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, json.dumps(value)))


def get_vectors(conn: sqlite3.Connection, keys: Sequence[tuple[str, str]], model: str) -> dict[str, np.ndarray]:
    """Cached vectors for (quote id, text hash) pairs; stale or missing ones are left out."""
    out: dict[str, np.ndarray] = {}
    wanted = dict(keys)
    ids = list(wanted)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT quote_id, text_hash, vector FROM quote_vectors WHERE model = ? AND quote_id IN ({marks})",
            [model, *chunk],
        )
        for quote_id, text_hash, blob in rows:
            if wanted.get(quote_id) == text_hash:
                out[quote_id] = np.frombuffer(blob, dtype=np.float32)
    return out


def put_vectors(conn: sqlite3.Connection, rows: Sequence[tuple[str, str, np.ndarray]], model: str) -> None:
    """Cache vectors: (quote id, text hash, vector)."""
    conn.executemany(
        "INSERT OR REPLACE INTO quote_vectors(quote_id, model, text_hash, vector) VALUES (?, ?, ?, ?)",
        [(q, model, h, np.asarray(v, dtype=np.float32).tobytes()) for q, h, v in rows],
    )


def put_article_signature(
    conn: sqlite3.Connection, article_id: str, signature: np.ndarray, bands: Sequence[str]
) -> None:
    """Store an article's MinHash signature and its LSH band keys."""
    conn.execute("DELETE FROM article_bands WHERE article_id = ?", (article_id,))
    conn.execute(
        "INSERT OR REPLACE INTO article_signatures(article_id, signature) VALUES (?, ?)",
        (article_id, np.asarray(signature, dtype=np.uint64).tobytes()),
    )
    conn.executemany("INSERT INTO article_bands(band, article_id) VALUES (?, ?)", [(b, article_id) for b in bands])


def article_candidates(conn: sqlite3.Connection, bands: Sequence[str], exclude: str) -> list[tuple[str, np.ndarray]]:
    """Stored articles sharing an LSH band with ``bands``, with their signatures."""
    if not bands:
        return []
    marks = ",".join("?" * len(bands))
    rows = conn.execute(
        f"SELECT DISTINCT s.article_id, s.signature FROM article_bands b "
        f"JOIN article_signatures s ON s.article_id = b.article_id "
        f"WHERE b.band IN ({marks}) AND b.article_id != ?",
        [*bands, exclude],
    )
    return [(article_id, np.frombuffer(blob, dtype=np.uint64)) for article_id, blob in rows]


def stored_vectors(conn: sqlite3.Connection, quote_ids: Sequence[str], model: str) -> dict[str, np.ndarray]:
    """The cached vectors of the given quotes under ``model`` (those it has), whatever wording
    they were made of: a stored quote's words change only with its id."""
    out: dict[str, np.ndarray] = {}
    ids = sorted(set(quote_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT quote_id, vector FROM quote_vectors WHERE model = ? AND quote_id IN ({marks})", [model, *chunk]
        )
        for quote_id, blob in rows:
            out[quote_id] = np.frombuffer(blob, dtype=np.float32)
    return out
