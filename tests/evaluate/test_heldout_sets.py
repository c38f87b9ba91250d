"""The held-out linking sets, written by other authors: they load whole, and no trap merges.

Their pair figures are reported in the README, not floored: each set's first score is its
held-out measurement, and a floor would invite tuning on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.evaluate.linking import evaluate_linking

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = sorted(p.name for p in DATA.glob("linking_heldout*") if (p / "events").is_dir())


def test_the_sets_are_there() -> None:
    wanted = [f"linking_heldout{n}" for n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10")]
    assert sorted(wanted) == SETS


# No set merges a trap (set 5's "frozen for two years" against a figure of two or three years
# stays apart since the fourth session's dateline and said_on work gave its quotes their days).
NO_TRAP_MERGED = [f"linking_heldout{n}" for n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10")]


@pytest.mark.parametrize("name", SETS)
def test_a_heldout_set_reads_whole_and_merges_no_trap(name: str) -> None:
    figures = evaluate_linking(DATA / name)
    assert figures["skipped_inputs"] == 0
    assert figures["quotes"]["gold_text_not_found"] == 0
    if name in NO_TRAP_MERGED:
        assert figures["trap_merges"]["merged"] == 0, figures["merged_traps"]
