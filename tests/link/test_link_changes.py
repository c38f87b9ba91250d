"""Linking what a batch changed gives the statements of a full relink, whatever the batches."""

from __future__ import annotations

import json
import random
import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onrecord.archive import Archive
from onrecord.evaluate.linking import default_linking_data
from onrecord.link import _ranges
from onrecord.store.statements import link_items
from tests.conftest import MemoExecutor

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
from speaker_ingest import speaker_articles

_LINKING = default_linking_data()


def _statements(conn: sqlite3.Connection) -> tuple[dict[str, list[str]], list[tuple[object, ...]]]:
    members: dict[str, list[str]] = {}
    for qid, sid in conn.execute("SELECT id, statement_id FROM quotes ORDER BY id"):
        members.setdefault(sid, []).append(qid)
    rows = conn.execute("SELECT * FROM statements ORDER BY id").fetchall()
    return members, rows


def _ingest_in_batches(paths: list[str], batch_size: int) -> Archive:
    archive = Archive(":memory:")
    report = archive.ingest(paths, batch_size=batch_size)
    assert not report.errors
    return archive


def _check_same_as_full_relink(archive: Archive, tolerance: float = 0.0) -> None:
    """The archive's statements are a full relink's; with a ``tolerance``, all but that share of
    the quotes are in the same statements (the corner the README documents: a region's edge, and
    the bounds that see a region instead of the block)."""
    conn = archive.connection
    speakers = [None, *(r[0] for r in conn.execute("SELECT id FROM speakers"))]
    for item in (it for sid in speakers for it in link_items(conn, sid)):
        # the stored day the region is found by is the day linking reads, or '' (every region)
        stored = conn.execute("SELECT link_day FROM quotes WHERE id = ?", (item.quote_id,)).fetchone()[0]
        assert stored == ("" if item.day is None else date.fromordinal(item.day).isoformat())
    incremental = _statements(archive.connection)
    assert None not in incremental[0]  # every quote is in a statement
    archive.relink()
    full = _statements(archive.connection)
    if not tolerance:
        assert full == incremental
        return
    differ = {(sid, tuple(qids)) for sid, qids in full[0].items()} ^ {
        (sid, tuple(qids)) for sid, qids in incremental[0].items()
    }
    moved = {qid for _, qids in differ for qid in qids}
    assert len(moved) <= tolerance * sum(len(qids) for qids in full[0].values())


def _generated(folder: Path, order: random.Random, repetitive: bool) -> list[str]:
    """One speaker's articles, spread over about a month (some days with no article), in a
    shuffled order: a batch holds days far apart, and days next to stored ones."""
    records = speaker_articles(300, repetitive=repetitive)
    for i, record in enumerate(records):  # gaps wider than the time window
        if i >= 20:
            record["published"] = record["published"].replace("2025-01", "2025-02")
    order.shuffle(records)
    path = folder / "speaker.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return [str(path)]


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**6), batch_size=st.integers(1, 12), repetitive=st.booleans())
def test_a_generated_speaker_in_random_batches_gets_the_statements_of_a_full_relink(
    tmp_path: Path, analyses_once: MemoExecutor, seed: int, batch_size: int, repetitive: bool
) -> None:
    archive = _ingest_in_batches(_generated(tmp_path, random.Random(seed), repetitive), batch_size)
    with archive:
        # statements reported again and again with small edits reach the documented corner
        _check_same_as_full_relink(archive, tolerance=0.02 if repetitive else 0.0)


@pytest.mark.skipif(_LINKING is None, reason="the linking set is not bundled here")
@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**6), batch_size=st.integers(1, 10))
def test_the_linking_set_in_random_batches_gets_the_statements_of_a_full_relink(
    analyses_once: MemoExecutor, seed: int, batch_size: int
) -> None:
    assert _LINKING is not None
    paths = sorted(str(p) for p in (_LINKING / "articles").iterdir())
    random.Random(seed).shuffle(paths)
    with _ingest_in_batches(paths, batch_size) as archive:
        _check_same_as_full_relink(archive)


@pytest.mark.parametrize(
    ("days", "window", "ranges"),
    [
        ([], 7, []),
        ([10], 7, [(3, 17)]),
        ([10, 12, 10], 7, [(3, 19)]),
        ([10, 25], 7, [(3, 32)]),  # adjacent ranges are one
        ([10, 26], 7, [(3, 17), (19, 33)]),
        ([10, 40], 7, [(3, 17), (33, 47)]),
        ([10, 11], 0, [(10, 11)]),
    ],
)
def test_ranges_cover_the_window_of_each_day_merged(
    days: list[int], window: int, ranges: list[tuple[int, int]]
) -> None:
    assert _ranges(days, window) == ranges


def _article(folder: Path, name: str, text: str, published: str) -> str:
    path = folder / f"{name}.jsonl"
    path.write_text(json.dumps({"id": name, "text": text, "published": published}) + "\n", encoding="utf-8")
    return str(path)


def test_quotes_of_a_speaker_merged_into_another_join_its_statements(tmp_path: Path) -> None:
    said = '"We will raise the tax on fuel by 12% before the summer,"'
    first = _article(tmp_path, "a1", f"Budget row\n\n{said} Keller said.", "2025-03-03")
    second = _article(
        tmp_path,
        "a2",
        'Budget row, day two\n\n"We will raise the tax on fuel by 12% before the summer," Maria Keller said.',
        "2025-03-04",
    )
    with Archive(":memory:") as archive:
        archive.ingest([first])
        archive.ingest([second])
        quotes = archive.quotes()
        assert len(quotes) == 2 and len({q.speaker.id for q in quotes if q.speaker}) == 1
        assert len({q.statement_id for q in quotes}) == 1
        assert archive.connection.execute("SELECT count(*) FROM statements").fetchone()[0] == 1
        _check_same_as_full_relink(archive)


def test_a_changed_article_leaves_the_statements_of_a_full_relink(tmp_path: Path) -> None:
    text = 'Budget row\n\n"We will raise the tax on fuel by 12% before the summer," Maria Keller said.'
    other = _article(tmp_path, "a0", text.replace("fuel", "tobacco"), "2025-03-02")
    path = _article(tmp_path, "a1", text, "2025-03-03")
    with Archive(":memory:") as archive:
        archive.ingest([other, path])
        Path(path).write_text(
            json.dumps({"id": "a1", "text": text.replace("12%", "15%"), "published": "2025-03-03"}) + "\n",
            encoding="utf-8",
        )
        assert archive.ingest([path]).updated == 1
        assert "15%" in " ".join(q.text for q in archive.quotes())
        _check_same_as_full_relink(archive)


_REPEATED = (
    'Mayor Ilse Brandvold said on Tuesday that the town would buy a second boat. "The ferry will run every '
    'hour from the first of June, and the fares will stay where they are," Brandvold told the council.'
)
_REPETITION = '"The ferry will run every hour from the first of June."\n\nCouncil members voted nine to two on Tuesday.'


@pytest.mark.parametrize(("repetition_first", "batch_size"), [(False, 1), (True, 1), (True, 2)])
def test_a_quote_with_no_speaker_that_repeats_a_quote_takes_its_speaker(
    tmp_path: Path, repetition_first: bool, batch_size: int
) -> None:
    said = _article(tmp_path, "a1", f"Ferry timetable to double\n\n{_REPEATED}", "2027-03-03")
    repeated = _article(tmp_path, "a2", f"Harbour notes\n\n{_REPETITION}", "2027-03-04")
    with Archive(":memory:") as archive:
        archive.ingest([repeated, said] if repetition_first else [said, repeated], batch_size=batch_size)
        ferry = [q for q in archive.quotes() if "ferry" in q.text]
        assert len(ferry) == 2
        assert {q.speaker.name if q.speaker else None for q in ferry} == {"Ilse Brandvold"}
        assert len({q.statement_id for q in ferry}) == 1
        _check_same_as_full_relink(archive)


def test_a_stock_phrase_repeated_in_another_story_takes_no_speaker(tmp_path: Path) -> None:
    # the same week, two stories (a ferry in Dunmere, a derby in Ashgrove) that share no name:
    # the derby's words with no speaker are not the mayor's, though she said them too
    said = _article(
        tmp_path,
        "a1",
        "Ferry timetable to double\n\nMayor Ilse Brandvold of Dunmere said on Tuesday that the Kelsby ferry would "
        'run hourly. "We will do everything in our power to keep people safe on the water," Brandvold said.',
        "2027-03-03",
    )
    other = _article(
        tmp_path,
        "a2",
        "Derby day\n\nAshgrove host Pellinor Rovers on Saturday, and stewards at Ashgrove Park expect a "
        'full house.\n\n"We will do everything in our power to keep people safe on the water."',
        "2027-03-04",
    )
    with Archive(":memory:") as archive:
        archive.ingest([said, other], batch_size=1)
        derby = [q for q in archive.quotes() if q.article_id == "a2" and "safe" in q.text]
        assert derby
        assert all(q.speaker is None for q in derby)


def test_the_second_models_vectors_are_kept_in_the_archives_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # a Swedish report of an English statement: the second model's vectors are stored under its
    # name beside the first's, and linking again reads them from the store, encoding nothing
    from onrecord.link.embed import SECOND_MODEL
    from onrecord.link.embed import embed_second as real

    encoded: list[str] = []

    def counting(texts):  # type: ignore[no-untyped-def]
        encoded.extend(texts)
        return real(texts)

    monkeypatch.setattr("onrecord.link.embed_second", counting)
    records = [
        {
            "url": "a.txt",
            "published": "2031-05-05",
            "language": "en",
            "text": 'Mayor Vella Strand said on Monday: "We will build a new school by the harbour this year."\n',
        },
        {
            "url": "b.txt",
            "published": "2031-05-05",
            "language": "sv",
            "text": "Borgmästaren Vella Strand sa på måndagen: ”Vi kommer att bygga en ny skola vid hamnen i år.”\n",
        },
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    archive = Archive(":memory:")
    assert not archive.ingest([str(feed)]).errors
    conn = archive.connection
    stored = conn.execute("SELECT COUNT(*) FROM quote_vectors WHERE model = ?", (SECOND_MODEL,)).fetchone()[0]
    assert stored >= 2 and encoded
    encoded.clear()
    archive.relink()
    assert encoded == []
