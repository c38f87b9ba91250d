"""Linking floors on the bundled multi-outlet set (tests/data/linking, written for onrecord).

The set holds 8 events: 6 by its first author and 2 (``court``, ``factory``) by a second one,
which were held out until 2026-12-01 and have been used for error analysis since. Measured on
2026-12-01 with the defaults: statement pairs P 0.995 R 0.884 F1 0.936, speaker pairs F1 0.975,
translation recall 0.899, 0 of 18 traps merged, 3 of 3 syndicated copies found.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.evaluate.linking import evaluate_linking

SET = Path(__file__).resolve().parents[1] / "data" / "linking"


@pytest.fixture(scope="module")
def figures() -> dict[str, object]:
    return evaluate_linking(SET)


def test_the_set_is_what_the_issue_asks_for(figures: dict) -> None:  # type: ignore[type-arg]
    import json

    events = sorted((SET / "events").glob("*.json"))
    assert len(events) >= 6
    for path in events:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert len({m["outlet"] for m in gold["articles"].values()}) >= 3, path.name
        assert gold["traps"], path.name
    assert figures["quotes"]["gold_text_not_found"] == 0
    assert figures["skipped_inputs"] == 0


def test_no_trap_is_merged(figures: dict) -> None:  # type: ignore[type-arg]
    assert figures["trap_merges"]["merged"] == 0, figures["merged_traps"]


def test_statement_pairs(figures: dict) -> None:  # type: ignore[type-arg]
    pairs = figures["statement_pairs"]
    assert pairs["precision"] >= 0.98
    assert pairs["f1"] >= 0.92


def test_translations_and_copies(figures: dict) -> None:  # type: ignore[type-arg]
    assert figures["translation_recall"]["recall"] >= 0.88
    copies = figures["syndicated_copies"]
    assert copies["found"] == copies["gold"] and copies["false"] == 0


def test_speakers_across_outlets_and_languages(figures: dict) -> None:  # type: ignore[type-arg]
    assert figures["speaker_pairs"]["f1"] >= 0.96
