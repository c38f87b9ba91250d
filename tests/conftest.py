"""Shared fixtures: paths to test data and the shared evaluation data, and throwaway archives."""

from __future__ import annotations

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
