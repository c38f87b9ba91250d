"""Tests for onrecord.store.articles: an article's metadata round-trips through the store."""

from __future__ import annotations

from pathlib import Path

from onrecord.model import Article
from onrecord.store import connect, transaction
from onrecord.store.articles import get_article, put_article


def test_the_wire_a_copy_came_from_is_stored_and_read_back(tmp_path: Path) -> None:
    body = "TORVIK — A ferry was stuck in ice on Tuesday, its captain said."
    conn = connect(tmp_path / "a.db")
    article = Article(
        "c1", body, body, body, ((0, 0, len(body)),), "h1", outlet="The Kell Examiner", syndicated_from="KPA"
    )
    with transaction(conn):
        put_article(conn, article)
    stored = get_article(conn, "c1")
    assert stored is not None
    assert (stored.outlet, stored.syndicated_from) == ("The Kell Examiner", "KPA")
    assert stored.to_dict()["syndicated_from"] == "KPA"
