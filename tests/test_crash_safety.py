"""``kill -9`` during an ingest, then the same command again: the archive a clean run gives."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

_PEOPLE = [
    ("Anna Berg", "the port authority's director"),
    ("Luis Pardo", "the transport minister"),
    ("Marta Kowalczyk", "the union leader"),
    ("Tomas Brandl", "the employers' spokesman"),
    ("Ines Duarte", "the mayor"),
]
_CLAIMS = [
    "the strike will end before the weekend",
    "no ship will leave the harbour until wages rise",
    "the talks are making real progress",
    "the government will not pay for a deal",
    "the port loses {n} million a day",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _corpus(path: Path, articles: int) -> Path:
    """News-like articles in which a few speakers repeat a few claims across outlets."""
    rng = random.Random(20270310)
    lines = []
    for i in range(articles):
        paragraphs = [f"Port strike, update {i}", f"HARBOURTON, March {10 + i % 5} (Coast Wire) -"]
        for _ in range(3):
            name, role = rng.choice(_PEOPLE)
            claim = rng.choice(_CLAIMS).format(n=rng.choice([2, 3, 4]))
            day = rng.choice(_DAYS)
            if rng.random() < 0.5:
                paragraphs.append(f'"{claim[0].upper()}{claim[1:]}," {name}, {role}, told reporters on {day}.')
            else:
                paragraphs.append(f"{name}, {role}, said on {day} that {claim}.")
        record = {"id": f"port-{i:04d}", "text": "\n\n".join(paragraphs), "published": f"2027-03-{10 + i % 5}"}
        lines.append(json.dumps(record))
    path.write_text("\n".join(lines) + "\n")
    return path


def _ingest(source: Path, db: Path) -> subprocess.Popen[bytes]:
    code = "import sys; from onrecord.cli import main; sys.exit(main())"
    args = [sys.executable, "-c", code, "ingest", str(source), "--db", str(db), "--no-progress"]
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {
            "articles": conn.execute("SELECT id, content_hash, body FROM articles ORDER BY id").fetchall(),
            "quotes": conn.execute(
                'SELECT id, article_id, kind, start, "end", speaker_id, statement_id, said_on FROM quotes ORDER BY id'
            ).fetchall(),
            "speakers": conn.execute("SELECT id, name, kind FROM speakers ORDER BY id").fetchall(),
            "statements": conn.execute(
                "SELECT id, speaker_id, text, quotes, reports FROM statements ORDER BY id"
            ).fetchall(),
        }
    finally:
        conn.close()


@pytest.mark.slow
def test_kill_9_at_random_points_then_rerun_gives_the_clean_archive(tmp_path: Path) -> None:
    source = _corpus(tmp_path / "port.jsonl", 240)
    clean_db = tmp_path / "clean.db"
    started = time.monotonic()
    clean = _ingest(source, clean_db)
    out, err = clean.communicate(timeout=600)
    took = time.monotonic() - started
    assert clean.returncode == 0, err.decode()
    assert out.decode().startswith("240 new, 0 already stored")
    expected = _snapshot(clean_db)
    assert len(expected["statements"]) < len(expected["quotes"])  # statements do link quotes

    db = tmp_path / "killed.db"
    rng = random.Random(9)
    stored_before = 0
    for _ in range(4):
        run = _ingest(source, db)
        time.sleep(rng.uniform(0.2, 1.0) * took)
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=60)
        if db.exists():
            partial = _snapshot(db)  # whole articles only, the database intact
            quoted = {q[1] for q in partial["quotes"]}
            assert quoted <= {a[0] for a in partial["articles"]}
            assert len(partial["articles"]) >= stored_before
            stored_before = len(partial["articles"])
    assert stored_before > 0  # the kills fell mid-run
    final = _ingest(source, db)
    out, err = final.communicate(timeout=600)
    assert final.returncode == 0, err.decode()
    assert f"{240 - stored_before} new, {stored_before} already stored" in out.decode()
    assert _snapshot(db) == expected
