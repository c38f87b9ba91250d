"""Training the cross-language pair scorer: threshold on folds, the best statement per wording."""

from __future__ import annotations

from typing import Any

from onrecord.link.crosslingual import FEATURES, PairModel
from onrecord.link.crosslingual_train import choose_threshold, fit, take_best


def _row(set_: str, quote: str, cosine: float, label: int) -> dict[str, Any]:
    features = {n: 0.0 for n in FEATURES}
    features["cosine"] = cosine
    return {"set": set_, "quote": quote, "other": f"{quote}-{cosine}", "label": label, "features": features}


def test_take_best_keeps_each_wordings_likeliest_statement() -> None:
    model = PairModel(FEATURES, tuple(10.0 if n == "cosine" else 0.0 for n in FEATURES), 0.0, 0.5)
    rows = [_row("1", "q", 0.1, 1), _row("1", "q", -0.1, 0), _row("2", "q", -0.2, 0)]
    best = take_best(rows, model)
    assert [label for _, label in best] == [1, 0]


def test_choose_threshold_stops_where_precision_falls() -> None:
    scored = [(0.95, 1), (0.9, 1), (0.85, 1), (0.8, 0), (0.75, 1), (0.5, 0), (0.45, 0)]
    # from .81 up all taken are right; at .80 three of four (.75 < .9)
    assert choose_threshold(scored, precision=0.9) == 0.81
    assert choose_threshold(scored, precision=0.7) <= 0.75


def test_fit_is_deterministic_and_learns_the_cosine() -> None:
    rows = []
    for s in range(8):
        for k in range(6):
            rows.append(_row(str(s), f"w{k}", 0.08 + 0.01 * k, 1))
            rows.append(_row(str(s), f"w{k}", -0.02 - 0.01 * k, 0))
    a, b = fit(rows), fit(rows)
    assert a == b
    assert a["weights"][FEATURES.index("cosine")] > 0
    assert a["folds"]["taken"] >= a["folds"]["right"]


def test_take_best_counts_a_blind_pick_between_siblings_as_not_taken() -> None:
    model = PairModel(FEATURES, tuple(10.0 if n == "cosine" else 0.0 for n in FEATURES), 0.0, 0.5)
    best, sibling = _row("1", "q", 0.1, 0), _row("1", "q", 0.05, 1)
    best["siblings"], sibling["siblings"] = [sibling["other"]], [best["other"]]
    assert take_best([best, sibling], model) == [(0.0, 0)]
    best["features"]["figures"] = 1.0  # the wording gives the best one's figures: taken
    assert take_best([best, sibling], model)[0][0] > 0.5
