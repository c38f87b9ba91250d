"""Syndicated copies: near-duplicate articles found with MinHash on their bodies.

Band keys of each article's signature are stored (a persistent LSH index), so a new article is
compared only with the stored ones that share a band; those few candidates are then checked on
their exact word 5-grams: a copy shares most of them (Jaccard >= 0.6), or holds almost all of the
shorter text (containment >= 0.8: a republication that dropped a paragraph or two and changed
the headline). The earliest article of a group is the original; every other one points to it
(``duplicate_of``), and its quotes count once per statement.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from onrecord.link.features import tokens
from onrecord.link.minhash import MinHashParams, band_hashes, signature
from onrecord.model import Article
from onrecord.store import cache

__all__ = ["ARTICLE_MINHASH", "CONTAINMENT_THRESHOLD", "DUPLICATE_THRESHOLD", "is_copy", "mark_duplicates"]

ARTICLE_MINHASH = MinHashParams(num_perm=64, seed=20251210, shingle=5, bands=16)
DUPLICATE_THRESHOLD = 0.6
CONTAINMENT_THRESHOLD = 0.8
_MIN_SHINGLES = 30  # shorter texts are briefs: too little to call one a copy of another


def _shingles(body: str, k: int) -> set[tuple[str, ...]]:
    words = tokens(body)
    return {tuple(words[i : i + k]) for i in range(len(words) - k + 1)}


def is_copy(a: str, b: str, k: int = ARTICLE_MINHASH.shingle) -> bool:
    """Whether two article bodies are one story: near-equal, or the shorter almost inside the longer."""
    x, y = _shingles(a, k), _shingles(b, k)
    if min(len(x), len(y)) < _MIN_SHINGLES:
        return x == y and bool(x)
    shared = len(x & y)
    return shared / len(x | y) >= DUPLICATE_THRESHOLD or shared / min(len(x), len(y)) >= CONTAINMENT_THRESHOLD


def mark_duplicates(conn: sqlite3.Connection, articles: Iterable[Article]) -> dict[str, str]:
    """Index new articles and mark syndicated copies.

    Returns:
        ``{copy id: original id}`` for the groups the new articles joined.
    """
    params = ARTICLE_MINHASH
    cache.set_meta(conn, "article_minhash", params.to_dict())
    marked: dict[str, str] = {}
    for article in sorted(articles, key=lambda a: (a.published or "~", a.id)):
        sig = signature(tokens(article.body), params)
        bands = band_hashes(sig, params)
        candidates = [aid for aid, _ in cache.article_candidates(conn, bands, article.id)]
        if not candidates:
            cache.put_article_signature(conn, article.id, sig, bands)
            continue
        bodies: dict[str, str] = dict(
            conn.execute(
                f"SELECT id, body FROM articles WHERE id IN ({','.join('?' * len(candidates))})", candidates
            ).fetchall()
        )
        matches = [aid for aid in candidates if aid in bodies and is_copy(article.body, bodies[aid])]
        cache.put_article_signature(conn, article.id, sig, bands)
        if not matches:
            continue
        group = set(matches) | {article.id}
        originals = {
            r[0]
            for r in conn.execute(
                f"SELECT coalesce(duplicate_of, id) FROM articles WHERE id IN ({','.join('?' * len(group))})",
                list(group),
            )
        }
        group |= originals
        group |= {
            r[0]
            for r in conn.execute(
                f"SELECT id FROM articles WHERE duplicate_of IN ({','.join('?' * len(originals))})", list(originals)
            )
        }
        marks = ",".join("?" * len(group))
        rows = conn.execute(
            f"SELECT id, published, length(body) FROM articles WHERE id IN ({marks})", list(group)
        ).fetchall()
        # the earliest; on the same day the longest (a copy drops paragraphs, it seldom adds them)
        original = min(rows, key=lambda r: ((r[1] or "~")[:10], -r[2], r[1] or "~", r[0]))[0]
        for aid, *_ in rows:
            value = None if aid == original else original
            conn.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", (value, aid))
            if value:
                marked[aid] = value
    return marked
