"""Logistic regression: the scorer every learned gate and ranker of onrecord shares."""

from __future__ import annotations

import math

from onrecord.logistic import Gate, fit_logistic, probability


def test_probability_is_the_logistic_of_the_weighted_features() -> None:
    assert probability(("a", "b"), (2.0, -1.0), 0.5, {"a": 1.0, "b": 3.0}) == 1.0 / (1.0 + math.exp(0.5))
    assert probability((), (), 0.0, {"anything": 9.0}) == 0.5
    assert probability(("a",), (1000.0,), 0.0, {"a": 1.0}) == 1.0 / (1.0 + math.exp(-50.0))  # clipped


def test_the_gate_keeps_a_content_at_or_above_its_threshold() -> None:
    gate = Gate(("cue_far", "finite"), (-3.0, 2.0), 0.0, threshold=0.5)
    assert gate.keeps({"finite": 1.0})
    assert not gate.keeps({"cue_far": 1.0, "finite": 1.0})
    assert gate.probability({}) == 0.5  # unknown or missing names count 0
    assert gate.keeps({"unknown": 5.0})


def test_logistic_regression_learns_which_feature_marks_a_right_content() -> None:
    rows = [{"good": 1.0, "noise": float(i % 2)} for i in range(20)] + [
        {"good": 0.0, "noise": float(i % 2)} for i in range(20)
    ]
    labels = [1] * 18 + [0] * 2 + [0] * 18 + [1] * 2
    weights, bias = fit_logistic(rows, labels, ["good", "noise"], l2=0.1)
    assert weights[0] > 2.0 and abs(weights[1]) < 0.5
    gate = Gate(("good", "noise"), weights, bias)
    assert gate.keeps({"good": 1.0}) and not gate.keeps({"good": 0.0})
    assert fit_logistic(rows, labels, ["good", "noise"], l2=0.1) == (weights, bias)  # deterministic


def test_a_scope_may_have_its_own_threshold() -> None:
    gate = Gate(("x",), (1.0,), 0.0, threshold=0.6, scopes={"statements": 0.8})
    assert gate.keeps({"x": 1.0}) and gate.keeps({"x": 1.0}, "attributions")
    assert not gate.keeps({"x": 1.0}, "statements")


def test_a_gate_with_thresholds_per_scope_serves_only_those_scopes() -> None:
    assert Gate((), (), 0.0).serves("statements")
    gate = Gate((), (), 0.0, scopes={"attributions": 0.4})
    assert gate.serves("attributions") and not gate.serves("statements")
