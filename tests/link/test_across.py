"""Links across speaker blocks: candidates, features, the guards, and the statement's speaker."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from onrecord.archive import Archive
from onrecord.link import across
from onrecord.link.across import FEATURES, Quoted, candidate_pairs, link_across, pair_features, recording
from onrecord.link.features import features
from onrecord.link.learned import PairScorer
from onrecord.link.linker import LinkOptions

_LEDE = "PORT VELLIS, March 3, 2026 — The island ferry to Tollan was halted on Tuesday after an engine fault.\n\n"
_FIRST = (
    "Ferry service to Tollan Island suspended\n\n"
    "PORT VELLIS, March 3, 2026 — The harbour master of Port Vellis, Mara Quillfeather, said on Tuesday "
    "that the island ferry would stay in dock until the engine was repaired.\n\n"
    '"No passenger will board the Tollan ferry until every engine part has been checked twice," '
    "Quillfeather told reporters at the quay.\n\n"
    "She added that a replacement vessel was being sought from the mainland.\n"
)
_SAME = (
    "Island ferry halted\n\n" + _LEDE + '"No passenger will board the Tollan ferry until every engine part has '
    'been checked twice," the Port Vellis Harbour Authority said in a statement.\n'
)
_NEGATED = (
    "Island ferry halted\n\n" + _LEDE + '"Every passenger will board the Tollan ferry until every engine part has '
    'been checked twice," the Port Vellis Harbour Authority said in a statement.\n'
)


def _always() -> PairScorer:
    """A scorer that accepts every pair (its bias alone is far above the threshold)."""
    return PairScorer(FEATURES, tuple(0.0 for _ in FEATURES), 10.0, 0.5)


@pytest.fixture
def archive(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Archive]:
    (tmp_path / "a.txt").write_text(_FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(request.param, encoding="utf-8")
    with Archive(":memory:", link=LinkOptions(across=False)) as opened:
        opened.ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
        yield opened


def _boarding(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    query = "SELECT speaker_id, statement_id, text FROM quotes WHERE text LIKE '%passenger%' ORDER BY speaker_id"
    return [(r[0], r[1], r[2]) for r in conn.execute(query)]


def _quoted(qid: str, speaker: str | None, statement: str, text: str, kind: str = "person") -> Quoted:
    name = speaker.split(":")[1].title() if speaker else None
    return Quoted(qid, speaker, name, kind, statement, text, "direct", "en", 100, "a")


def test_public_names() -> None:
    assert set(across.__all__) == {
        "FEATURES",
        "SCORER_FILE",
        "Quoted",
        "Recorded",
        "candidate_pairs",
        "close_pairs",
        "link_across",
        "load_scorer",
        "pair_features",
        "recorder",
        "recording",
    }


_WORDS = "The reservoir at Kelby Fen will be full again before the autumn rains"


@pytest.mark.parametrize(
    ("second", "found"),
    [
        (_quoted("q2", "p:orrin", "s2", _WORDS), True),  # another speaker, the same words
        (_quoted("q2", None, "s2", "the reservoir at Kelby Fen will be full again"), True),  # no speaker, a part
        (_quoted("q2", "p:orrin", "s2", "Kelby Fen reservoir full again before autumn rains, engineers hope"), True),
        (_quoted("q2", "p:talia", "s2", _WORDS), False),  # the same speaker: the block links it
        (_quoted("q2", "p:orrin", "s1", _WORDS), False),  # already one statement
        (_quoted("q2", "p:orrin", "s2", "Nobody expected the bridge toll to rise in March"), False),
    ],
)
def test_candidate_pairs(second: Quoted, found: bool) -> None:
    first = _quoted("q1", "p:talia", "s1", _WORDS)
    assert bool(candidate_pairs([first, second])) is found


def test_features_of_a_missing_speaker() -> None:
    a = _quoted("q1", "p:talia-brenn", "s1", _WORDS)
    b = _quoted("q2", None, "s2", _WORDS)
    row = pair_features(a, b, features(a.text, "en"), features(b.text, "en"), 1.0, (5, 0), 3)
    assert set(row) == set(FEATURES)
    assert row["equal"] == row["one_missing"] == row["same_article"] == 1.0
    assert row["names_share_word"] == 0.0
    assert row["few_quotes"] == pytest.approx(1 / 5)
    assert row["statement_size"] == pytest.approx(3 / 12)


def test_features_of_a_translation_the_second_model_found() -> None:
    from onrecord.link.across_unread import Second

    a = _quoted("q1", "p:talia-brenn", "s1", _WORDS)
    rendered = "केल्बी फेन का जलाशय शरद की बारिश से पहले फिर भर जाएगा"
    b = Quoted("q2", None, None, None, "s2", rendered, "direct", "hi", 100, "b")
    row = pair_features(a, b, features(a.text, "en"), features(b.text, "hi"), 0.0, (2, 0), 2, None, Second(0.9, 0.03))
    assert row["unread"] == 1.0 and row["cross_language"] == 1.0
    assert row["second_cosine"] == pytest.approx(0.5) and row["second_lead"] == pytest.approx(0.5)
    plain = pair_features(a, a, features(a.text, "en"), features(a.text, "en"), 1.0, (2, 2), 2)
    assert plain["unread"] == plain["second_cosine"] == plain["second_lead"] == 0.0


def test_features_of_a_spokesperson_and_the_body() -> None:
    a = _quoted("q1", "p:talia-brenn", "s1", _WORDS)
    b = _quoted("q2", "o:brenn-water-board", "s2", _WORDS, kind="organisation")
    row = pair_features(a, b, features(a.text, "en"), features(b.text, "en"), 1.0, (2, 1), 2)
    assert row["one_organisation"] == 1.0 and row["both_persons"] == 0.0
    assert row["names_share_word"] == 1.0
    assert row["few_quotes"] == 1.0


@pytest.mark.parametrize("archive", [_SAME], indirect=True)
def test_equal_words_of_two_speaker_ids_join(archive: Archive) -> None:
    conn = archive.connection
    before = _boarding(conn)
    assert len(before) == 2 and before[0][1] != before[1][1]
    assert link_across(conn, None, LinkOptions(), _always()) == 1
    after = _boarding(conn)
    assert after[0][1] == after[1][1]
    assert [r[0] for r in after] == [r[0] for r in before]  # each quote keeps its speaker
    speaker, quotes = conn.execute("SELECT speaker_id, quotes FROM statements WHERE id = ?", (after[0][1],)).fetchone()
    assert (speaker, quotes) == ("p:mara-kuilfeater", 2)  # one quote each: the person before the body
    assert conn.execute("SELECT count(*) FROM statements WHERE id = ?", (before[0][1],)).fetchone()[0] in (0, 1)
    assert link_across(conn, None, LinkOptions(), _always()) == 0  # done once


@pytest.mark.parametrize("archive", [_SAME], indirect=True)
def test_the_switch_turns_it_off(archive: Archive) -> None:
    assert link_across(archive.connection, None, LinkOptions(across=False), _always()) == 0


@pytest.mark.parametrize("archive", [_NEGATED], indirect=True)
def test_a_negation_keeps_them_apart(archive: Archive) -> None:
    conn = archive.connection
    assert link_across(conn, None, LinkOptions(), _always()) == 0
    rows = _boarding(conn)
    assert len(rows) == 2 and rows[0][1] != rows[1][1]


@pytest.mark.parametrize("archive", [_SAME], indirect=True)
def test_recording_decides_nothing(archive: Archive) -> None:
    conn = archive.connection
    with recording() as found:
        assert link_across(conn, None, LinkOptions()) == 0
    assert len(found) == 1
    (pair,) = found.values()
    assert pair.features["equal"] == 1.0 and pair.features["one_organisation"] == 1.0
    assert len({r[1] for r in _boarding(conn)}) == 2


_SLOGAN = (
    "Island ferry halted\n\n" + _LEDE + '"No passenger will board the Tollan ferry until every engine part has '
    "been checked twice,\" said Dorran Pike, who leads the Tollan islanders' council.\n"
)


@pytest.mark.parametrize("archive", [_SLOGAN], indirect=True)
def test_two_named_persons_saying_one_slogan_never_join(archive: Archive) -> None:
    conn = archive.connection
    rows = _boarding(conn)
    assert len({r[0] for r in rows}) == 2 and all(r[0].startswith("p:") for r in rows)
    with recording() as found:
        link_across(conn, None, LinkOptions())
    assert not found  # the veto comes before the scorer: never a candidate
    assert link_across(conn, None, LinkOptions(), _always()) == 0
    assert len({r[1] for r in _boarding(conn)}) == 2


def test_the_environment_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONRECORD_ACROSS", "off")
    assert LinkOptions().across is False
    with Archive(":memory:") as opened:
        assert opened.link_options.across is False
    monkeypatch.setenv("ONRECORD_ACROSS", "on")
    assert LinkOptions().across is True
    monkeypatch.delenv("ONRECORD_ACROSS")
    assert LinkOptions().across is True


def _dangling(conn: sqlite3.Connection) -> int:
    return int(
        conn.execute(
            "SELECT count(*) FROM quotes q LEFT JOIN statements s ON s.id = q.statement_id "
            "WHERE q.statement_id IS NOT NULL AND s.id IS NULL"
        ).fetchone()[0]
    )


def _miscounted(conn: sqlite3.Connection) -> int:
    return int(
        conn.execute(
            "SELECT count(*) FROM statements s WHERE s.quotes != "
            "(SELECT count(*) FROM quotes q WHERE q.statement_id = s.id)"
        ).fetchone()[0]
    )


def test_ingest_and_relink_keep_the_joined_statements_consistent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(across, "load_scorer", _always)
    said = '"No passenger will board the Tollan ferry until every engine part has been checked twice," '
    (tmp_path / "a.txt").write_text(_FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(_SAME, encoding="utf-8")
    (tmp_path / "c.txt").write_text(
        "Ferry stays in dock\n\n" + _LEDE + said + "the harbour authority said again on Wednesday.\n", encoding="utf-8"
    )
    with Archive(":memory:", link=LinkOptions(across=True)) as opened:
        opened.ingest([str(tmp_path / name) for name in ("a.txt", "b.txt", "c.txt")])
        conn = opened.connection
        rows = _boarding(conn)
        assert len(rows) == 3 and len({r[1] for r in rows}) == 1  # joined at ingest, as the eval joins them
        speakers = [r[0] for r in rows]
        (statement,) = {r[1] for r in rows}
        shown = conn.execute("SELECT speaker_id FROM statements WHERE id = ?", (statement,)).fetchone()[0]
        assert shown == max(set(speakers), key=speakers.count)  # the majority speaker is the one shown
        assert _dangling(conn) == 0 and _miscounted(conn) == 0
        opened.relink()
        assert _dangling(conn) == 0 and _miscounted(conn) == 0
        assert len({r[1] for r in _boarding(conn)}) == 1
        opened.link_options = LinkOptions(across=False)
        opened.relink()  # each speaker's block alone again: still no quote names a missing statement
        assert _dangling(conn) == 0 and _miscounted(conn) == 0
        assert len({r[1] for r in _boarding(conn)}) == 2


def _partition(conn: sqlite3.Connection) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for text, statement in conn.execute(
        "SELECT q.text || '@' || a.source, q.statement_id FROM quotes q JOIN articles a ON a.id = q.article_id"
    ):
        groups.setdefault(statement, set()).add(text)
    return {frozenset(g) for g in groups.values()}


def test_ingest_one_by_one_gives_the_statements_of_one_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(across, "load_scorer", _always)
    names = []
    again = _SAME.replace("said in a statement", "said again on Wednesday")
    for name, text in (("a.txt", _FIRST), ("b.txt", _SAME), ("c.txt", again)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        names.append(str(tmp_path / name))
    with Archive(":memory:", link=LinkOptions(across=True)) as together:
        together.ingest(names)
        expected = _partition(together.connection)
    with Archive(":memory:", link=LinkOptions(across=True)) as apart:
        for name in names:
            apart.ingest([name])
        assert _partition(apart.connection) == expected
        assert _dangling(apart.connection) == 0 and _miscounted(apart.connection) == 0
