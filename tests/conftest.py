"""Shared fixtures: paths to test data and the shared evaluation data, and throwaway archives."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from onrecord.archive import Archive
from onrecord.evaluate.corpora import find_shared

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SAMPLE = ROOT / "examples" / "corpus"
SEEDS = SAMPLE / "seeds"
SEED_GOLD = DATA / "seeds" / "gold.json"
POLNEAR = find_shared("data", "polnear")

needs_polnear = pytest.mark.skipif(
    POLNEAR is None or not (POLNEAR / "dev.jsonl").exists(),
    reason="PolNeAR data not found (set ONRECORD_SHARED to the folder holding data/polnear)",
)


@pytest.fixture()
def archive(tmp_path: Path) -> Iterator[Archive]:
    """An empty archive in a temporary folder."""
    with Archive(tmp_path / "test.db") as a:
        yield a


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The two seed articles by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


WEB_CORPUS = DATA / "web" / "articles.jsonl"
HOSTILE_NAME = 'Jan <script>alert(1)</script> Novak "><img src=x onerror=alert(1)>'


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive of four small articles: one statement reported by three outlets (with a relay),
    and a hostile article whose title, outlet, URL, quotes and speaker name carry markup and script."""
    path = tmp_path_factory.mktemp("web") / "web.db"
    with Archive(path) as archive:
        report = archive.ingest([str(WEB_CORPUS)])
        assert report.new == 4 and not report.errors
        novak = archive.speaker("Jan Novak").id
        # a speaker name never comes out of extraction like this; put it there to see it rendered as text
        archive.connection.execute("UPDATE speakers SET name = ? WHERE id = ?", (HOSTILE_NAME, novak))
        archive.connection.execute("UPDATE quotes SET speaker_name = ? WHERE speaker_id = ?", (HOSTILE_NAME, novak))
    return path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
