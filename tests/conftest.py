"""Shared fixtures: paths to test data and the shared evaluation data, and throwaway archives."""

from __future__ import annotations

import hashlib
import pickle
import socket
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

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


class MemoExecutor:
    """The in-process executor with a cache keyed on the pickled function and input: an article
    analysed once is not analysed again for the next archive a test builds from the same input.
    Analysis is a pure function of its options and the article (the executor interface's
    contract), so a hit returns what a fresh run would; each hit is a fresh copy (unpickled), so no
    archive shares an object with another. An input that does not pickle the same is a miss."""

    def __init__(self, cache: dict[bytes, bytes]) -> None:
        self.cache = cache
        self.hits = 0

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            key = hashlib.sha256(pickle.dumps((fn, item), protocol=5)).digest()
            if key not in self.cache:
                self.cache[key] = pickle.dumps(fn(item), protocol=5)
            else:
                self.hits += 1
            yield pickle.loads(self.cache[key])

    def close(self) -> None:
        pass


_ANALYSES: dict[bytes, bytes] = {}


@pytest.fixture()
def analyses_once(monkeypatch: pytest.MonkeyPatch) -> MemoExecutor:
    """Archives ingest through one executor per test process that analyses each distinct article
    once (see :class:`MemoExecutor`); storing and linking run in full every time."""
    import onrecord.archive

    executor = MemoExecutor(_ANALYSES)
    monkeypatch.setattr(onrecord.archive, "get_executor", lambda *args, **kwargs: executor)
    return executor


# Tests that take most of the suite's time (seconds each; the held-out sets about ten): they run
# first, so that pytest-xdist never starts one of them last on one worker while the others idle.
_LONG_FIRST = (
    "tests/evaluate/test_heldout_sets.py",
    "tests/evaluate/test_quality.py",
    "tests/evaluate/test_linking_floors.py",
    "tests/link/test_link_changes.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Whole modules of long tests first, in the order above (each module's tests stay together
    and in order, so a module-scoped fixture is built once); every other test as collected."""

    def rank(item: pytest.Item) -> int:
        path = item.nodeid.split("::", 1)[0]
        return _LONG_FIRST.index(path) if path in _LONG_FIRST else len(_LONG_FIRST)

    items.sort(key=rank)  # stable
