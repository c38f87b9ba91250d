"""The trainer of the channel gate: its threshold and its fit, on invented rows."""

from __future__ import annotations

from pathlib import Path

from onrecord.attribute.channel_gate_train import choose_threshold, fit_gate, set_folder


def test_set_folders() -> None:
    assert set_folder(Path("data"), 1) == Path("data/linking_heldout")
    assert set_folder(Path("data"), 12) == Path("data/linking_heldout12")


def test_the_threshold_keeps_most_right_minus_false() -> None:
    probabilities = [0.9, 0.8, 0.3, 0.2, 0.1]
    labels = [1, 1, 0, 0, 1]
    threshold, margin = choose_threshold(probabilities, labels)
    assert 0.3 < threshold <= 0.8
    assert margin == 2


def test_a_threshold_that_never_acts_when_nothing_pays() -> None:
    # nulling nothing keeps every right channel; a threshold is taken only when it nulls more false than right
    assert choose_threshold([0.9, 0.6], [1, 1]) == (0.0, 2)
    assert choose_threshold([0.9, 0.6], [1, 0]) == (0.65, 1)


def test_the_fit_learns_a_feature_that_marks_false_channels() -> None:
    rows = []
    for s in range(1, 15):
        rows += [{"set": s, "label": 1, "x": {"origin_cue": 1.0}} for _ in range(6)]
        rows += [{"set": s, "label": 0, "x": {"origin_credited": 1.0}} for _ in range(3)]
        rows.append({"set": s, "label": 2, "x": {"origin_credited": 1.0}})  # (not fitted on)
    gate = fit_gate(rows)
    assert gate.keeps({"origin_cue": 1.0})
    assert not gate.keeps({"origin_credited": 1.0})
    assert gate.meta["rows"] == 14 * 9
    assert gate.meta["cv_false_nulled"] == 14 * 3 and gate.meta["cv_right_nulled"] == 0
