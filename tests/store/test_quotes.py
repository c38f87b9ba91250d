"""Stored quotes keep their attribution type, and listings filter on it."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from onrecord.model import Article, Quote, Span
from onrecord.store import SCHEMA_VERSION, connect
from onrecord.store.articles import put_article
from onrecord.store.quotes import QuoteFilter, count_quotes, iter_quotes, page_quotes, put_quotes

BODY = (
    "Mayor Ines Duarte said the ferry would run again on Friday. The harbour board believes the storm "
    "will pass. An audit by the council found that fares rose by a fifth. Duarte rejected the fare plan."
)

_CLAUSES = [
    ("the ferry would run again on Friday", "said", "speech"),
    ("the storm will pass", "believes", "belief"),
    ("fares rose by a fifth", "found", "document"),
    ("the fare plan", "rejected", "other"),
    ("the ferry would run again", None, None),  # stored without a type (an archive written before it was recorded)
]


def _quote(text: str, cue: str | None, kind: str | None) -> Quote:
    start = BODY.index(text)
    cue_span = None
    if cue is not None:
        at = BODY.index(cue)
        cue_span = Span(cue, at, at + len(cue))
    end = start + len(text)
    return Quote(f"q-{start}-{end}", "a1", "indirect", text, start, end, cue_span, None, type=kind)


def _archive(tmp_path: Path) -> sqlite3.Connection:
    conn = connect(tmp_path / "types.db")
    article = Article("a1", BODY, BODY, BODY, ((0, 0, len(BODY)),), "h1", published="2026-03-02")
    put_article(conn, article)
    put_quotes(conn, "a1", [_quote(*c) for c in _CLAUSES])
    return conn


def test_a_quote_keeps_its_type_in_the_archive(tmp_path: Path) -> None:
    conn = _archive(tmp_path)
    stored = {q.text: q.type for q in iter_quotes(conn)}
    assert stored == {text: kind for text, _, kind in _CLAUSES}


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("speech", ["the ferry would run again on Friday"]),
        ("belief", ["the storm will pass"]),
        ("document", ["fares rose by a fifth"]),
        ("other", ["the fare plan"]),
        (None, [text for text, _, _ in _CLAUSES]),  # no filter: every quote, typed or not
    ],
)
def test_listings_filter_on_the_type(tmp_path: Path, kind: str | None, expected: list[str]) -> None:
    conn = _archive(tmp_path)
    filters = QuoteFilter(type=kind)
    assert sorted(q.text for q in iter_quotes(conn, filters)) == sorted(expected)
    assert count_quotes(conn, filters) == len(expected)
    assert sorted(q.text for q in page_quotes(conn, filters).items) == sorted(expected)


@pytest.mark.parametrize(("kind", "in_record"), [("belief", True), (None, False)])
def test_the_record_carries_the_type_only_when_known(kind: str | None, in_record: bool) -> None:
    record = _quote("the storm will pass", "believes", kind).to_record()
    assert ("type" in record) is in_record
    assert record.get("type") == kind


def test_an_archive_of_the_schema_before_types_is_migrated_and_its_quotes_have_none(tmp_path: Path) -> None:
    from onrecord.store.db import _statements
    from onrecord.store.schema import MIGRATIONS

    path = tmp_path / "before.db"
    raw = sqlite3.connect(path)
    before_types = 8  # the migrations before the one adding quotes.type
    for migration in MIGRATIONS[:before_types]:
        for statement in _statements(migration):
            raw.execute(statement)
    raw.execute(f"PRAGMA user_version = {before_types}")
    raw.execute(
        "INSERT INTO articles(id, body, raw, segments, content_hash, media_type, notes, ingested_at) "
        "VALUES ('a1', ?, ?, '[]', 'h1', 'text', '[]', '2026-03-02T00:00:00')",
        (BODY, BODY),
    )
    raw.execute(
        'INSERT INTO quotes(id, article_id, seq, kind, text, start, "end") VALUES (?,?,?,?,?,?,?)',
        ("q1", "a1", 0, "indirect", "the storm will pass", BODY.index("the storm"), BODY.index("the storm") + 19),
    )
    raw.commit()
    raw.close()
    conn = connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [(q.text, q.type) for q in iter_quotes(conn)] == [("the storm will pass", None)]
    assert "type" not in next(iter_quotes(conn)).to_record()
    assert list(iter_quotes(conn, QuoteFilter(type="belief"))) == []


def _withheld(day: str | None) -> Quote:
    """A quote whose day the day gate withheld (``day``), published with none."""
    return replace(
        _quote("the storm will pass", "believes", "belief"),
        withheld_said_on=day,
        withheld_said_on_source="lede" if day else None,
    )


def _link_day(conn: sqlite3.Connection) -> str:
    return str(conn.execute("SELECT link_day FROM quotes").fetchone()[0])


def test_a_withheld_day_is_stored_and_read_back_but_never_published(tmp_path: Path) -> None:
    conn = connect(tmp_path / "days.db")
    put_article(conn, Article("a1", BODY, BODY, BODY, ((0, 0, len(BODY)),), "h1", published="2026-03-02"))
    put_quotes(conn, "a1", [_withheld("2026-02-27")])
    (quote,) = iter_quotes(conn)
    assert (quote.said_on, quote.withheld_said_on, quote.withheld_said_on_source) == (None, "2026-02-27", "lede")
    record = quote.to_record()
    assert record["said_on"] is None and not any(k.startswith("withheld") for k in record)
    # the day linking finds the quote by is the rules' day, not the publication day
    assert _link_day(conn) == "2026-02-27"
    conn.execute("UPDATE quotes SET said_on = '2026-02-28'")  # a day placed later keeps it so
    assert _link_day(conn) == "2026-02-27"
    put_quotes(conn, "a1", [_withheld(None)])
    assert _link_day(conn) == "2026-03-02"


def test_an_archive_of_the_schema_before_withheld_days_is_migrated(tmp_path: Path) -> None:
    from onrecord.store.db import _statements
    from onrecord.store.schema import MIGRATIONS

    path = tmp_path / "before.db"
    raw = sqlite3.connect(path)
    for migration in MIGRATIONS[:-1]:
        for statement in _statements(migration):
            raw.execute(statement)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    raw.execute(
        "INSERT INTO articles(id, body, raw, segments, content_hash, media_type, notes, ingested_at, published) "
        "VALUES ('a1', ?, ?, '[]', 'h1', 'text', '[]', '2026-03-02T00:00:00', '2026-03-02')",
        (BODY, BODY),
    )
    raw.execute(
        'INSERT INTO quotes(id, article_id, seq, kind, text, start, "end", said_on) VALUES (?,?,?,?,?,?,?,?)',
        ("q1", "a1", 0, "indirect", "the storm will pass", 0, 19, "2026-03-01"),
    )
    raw.commit()
    raw.close()
    conn = connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    (quote,) = iter_quotes(conn)
    assert (quote.said_on, quote.withheld_said_on) == ("2026-03-01", None)
    assert _link_day(conn) == "2026-03-01"
    conn.execute("UPDATE quotes SET withheld_said_on = '2026-02-20', said_on = NULL")  # the new trigger
    assert _link_day(conn) == "2026-02-20"
