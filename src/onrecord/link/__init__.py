"""Statement linking: quotes that report the same statement, across outlets, wordings, languages."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

import numpy as np

from onrecord.link.embed import MODEL, embed
from onrecord.link.features import Features, compatible, features
from onrecord.link.linker import LinkItem, LinkOptions, link_block, statement_id
from onrecord.store import cache
from onrecord.store import statements as store

__all__ = [
    "Features",
    "LinkItem",
    "LinkOptions",
    "cached_embedder",
    "compatible",
    "features",
    "link_block",
    "relink",
    "statement_id",
]


def cached_embedder(conn: sqlite3.Connection):  # type: ignore[no-untyped-def]
    """An embedder that reads and fills the archive's vector cache."""

    def vectors(items: Sequence[LinkItem]) -> np.ndarray:
        keys = [(it.quote_id, store.text_hash(it.text)) for it in items]
        found = cache.get_vectors(conn, keys, MODEL)
        missing = [i for i, it in enumerate(items) if it.quote_id not in found]
        if missing:
            fresh = embed([items[i].text for i in missing])
            cache.put_vectors(conn, [(items[i].quote_id, keys[i][1], fresh[k]) for k, i in enumerate(missing)], MODEL)
            for k, i in enumerate(missing):
                found[items[i].quote_id] = fresh[k]
        return np.vstack([found[it.quote_id] for it in items])

    return vectors


def relink(conn: sqlite3.Connection, speaker_ids: Iterable[str | None], options: LinkOptions | None = None) -> int:
    """Link the quotes of the given speakers into statements again (None: quotes with no speaker).

    Each speaker's statements are recomputed from all its quotes, so the result is the same
    whatever order the quotes were ingested in. Returns the number of statements written.
    """
    options = options or LinkOptions()
    cache.set_meta(conn, "quote_minhash", options.minhash.to_dict())
    embedder = cached_embedder(conn)
    written = 0
    for sid in sorted(set(speaker_ids), key=lambda s: (s is None, s or "")):
        items = store.link_items(conn, sid)
        if not items:
            continue
        block_options = (
            options
            if sid is not None
            else LinkOptions(window_days=options.window_days, minhash=options.minhash, embed=False)
        )
        reps = link_block(items, block_options, embedder)
        groups: dict[str, list[str]] = {}
        for item, rep in zip(items, reps, strict=True):
            groups.setdefault(statement_id(items[rep].quote_id), []).append(item.quote_id)
        store.assign_statements(conn, sid, groups)
        written += len(groups)
    return written
