"""Folding speakers the learned scorer calls one (invented names and articles only)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from onrecord.archive import Archive
from onrecord.resolve.pair_score import (
    ENV_VAR,
    PairModel,
    enabled,
    load_model,
    merge_by_score,
    other_institutions,
    other_stories,
)
from onrecord.store.speakers import get_speaker


@pytest.fixture
def conn(monkeypatch: pytest.MonkeyPatch) -> Iterator[sqlite3.Connection]:
    """An empty archive's connection, the folding turned on."""
    monkeypatch.setenv(ENV_VAR, "on")
    with Archive(":memory:") as opened:
        yield opened._conn


def _article(conn: sqlite3.Connection, article_id: str, day: str, *speakers: tuple[str, str, str]) -> None:
    conn.execute(
        "INSERT INTO articles(id, published, media_type, body, raw, segments, language, content_hash, ingested_at) "
        "VALUES (?, ?, 'text', '', '', '[]', 'en', ?, '2031-01-01')",
        (article_id, day, article_id),
    )
    for n, (sid, name, kind) in enumerate(speakers):
        if get_speaker(conn, sid) is None:
            conn.execute(
                "INSERT INTO speakers(id, name, kind, key) VALUES (?, ?, ?, ?)", (sid, name, kind, name.lower())
            )
        conn.execute(
            "INSERT INTO article_speakers(article_id, local_id, name, kind, names, roles, speaker_id) "
            "VALUES (?, ?, ?, ?, '[]', '[]', ?)",
            (article_id, f"s{n}", name, kind, sid),
        )


def test_the_shipped_model_loads() -> None:
    model = load_model()
    assert 0.5 <= model.threshold < 1.0
    assert model.probability("Θεόδωρος Καλλέργης", "person", "Theodore Kallergis", "person") >= model.threshold
    assert model.probability("Jonas Quennell", "person", "Marit Quennell", "person") < model.threshold


def test_one_person_written_in_two_scripts_becomes_one(conn: sqlite3.Connection) -> None:
    _article(conn, "a1", "2031-03-02", ("p1", "Theodore Kallergis", "person"))
    _article(conn, "a2", "2031-03-03", ("p2", "Θεόδωρος Καλλέργης", "person"))
    assert merge_by_score(conn, ["a2"]) == {"p1", "p2"}
    assert get_speaker(conn, "p2") is None and get_speaker(conn, "p1") is not None


def test_two_people_named_apart_in_one_article_stay_apart(conn: sqlite3.Connection) -> None:
    _article(conn, "a1", "2031-03-02", ("p1", "Orlaith Penwarden", "person"), ("p2", "Orlaith Penwardin", "person"))
    assert merge_by_score(conn, ["a1"]) == set()


def test_one_alike_to_two_who_are_not_keeps_everyone_apart(conn: sqlite3.Connection) -> None:
    model = load_model()
    assert model.probability("Quennell", "person", "Marit Quennell", "person") >= model.threshold
    _article(conn, "a1", "2031-03-02", ("p1", "Halvard Quennell", "person"))
    _article(conn, "a2", "2031-03-02", ("p2", "Marit Quennell", "person"))
    _article(conn, "a3", "2031-03-03", ("p3", "Quennell", "person"))
    assert merge_by_score(conn, ["a3"]) == set()


def test_a_group_alike_two_by_two_becomes_one(conn: sqlite3.Connection) -> None:
    always = PairModel({}, 10.0, 0.5)  # calls every scored pair one
    _article(conn, "a1", "2031-03-02", ("p1", "Halvard Quennell", "person"))
    _article(conn, "a2", "2031-03-02", ("p2", "Quennell", "person"))
    _article(conn, "a3", "2031-03-03", ("p3", "Halvart Quennell", "person"))
    assert merge_by_score(conn, ["a3"], always) == {"p1", "p2", "p3"}
    assert [get_speaker(conn, p) is None for p in ("p1", "p2", "p3")].count(False) == 1


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("Anna Lindqvist", "Hanna Lindqvist", "person"),
        ("Harwick Port Authority", "Harwick Police Authority", "organisation"),
        ("Tallby", "Tallby Dockers' Union", "organisation"),
    ],
)
def test_names_that_tell_two_apart_are_never_joined(conn: sqlite3.Connection, a: str, b: str, kind: str) -> None:
    always = PairModel({}, 10.0, 0.5)  # calls every scored pair one
    _article(conn, "a1", "2031-03-02", ("p1", a, kind))
    _article(conn, "a2", "2031-03-03", ("p2", b, kind))
    assert merge_by_score(conn, ["a2"], always) == set()


def test_far_apart_in_time_is_not_compared(conn: sqlite3.Connection) -> None:
    _article(conn, "a1", "2031-03-02", ("p1", "Theodore Kallergis", "person"))
    _article(conn, "a2", "2032-09-03", ("p2", "Θεόδωρος Καλλέργης", "person"))
    assert merge_by_score(conn, ["a2"]) == set()


def test_it_is_off_unless_turned_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert not enabled()
    monkeypatch.setenv(ENV_VAR, "on")
    assert enabled()


def test_it_can_be_turned_off(conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, "off")
    assert not enabled()
    _article(conn, "a1", "2031-03-02", ("p1", "Theodore Kallergis", "person"))
    _article(conn, "a2", "2031-03-03", ("p2", "Θεόδωρος Καλλέργης", "person"))
    assert merge_by_score(conn, ["a2"]) == set()


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("Министерство экономики", "Ministère de la Santé", True),  # economy and health
        ("Ministry of Health", "Министерство здравоохранения", False),
        ("Kestrel Lines", "Ministry of Health", False),  # a company: no institution of the lexicon
    ],
)
def test_other_institutions(a: str, b: str, apart: bool) -> None:
    assert other_institutions(a, b) is apart


_FERRY = "The ferry to Quillon Bay was late, said Marta Oduya of Kestrel Lines in the harbour."
_FERRY_RU = "Паром в Quillon Bay опоздал, сказала Марта Одуя из компании Kestrel Lines."
_SCHOOL = "Pupils at Ravensmoor Academy sat the exam again, the head, Marta Penwarden, wrote."


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ([_FERRY], [_SCHOOL], True),
        ([_FERRY], [_FERRY_RU], False),  # names shared across scripts
        ([_FERRY], ["Он сказал."], False),  # too few names to tell
        ([_FERRY, _SCHOOL], [_SCHOOL], False),
    ],
)
def test_other_stories(a: list[str], b: list[str], apart: bool) -> None:
    assert other_stories(a, b, ("Marta Oduya", "Marta Penwarden")) is apart
