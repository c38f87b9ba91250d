from __future__ import annotations

import pytest

from onrecord.attribute.orphan_cues_train import fold_figures, parse_sets


@pytest.mark.parametrize(
    ("spec", "sets"),
    [("1-4", [1, 2, 3, 4]), ("2", [2]), ("1,3,5-6", [1, 3, 5, 6])],
)
def test_parse_sets(spec: str, sets: list[int]) -> None:
    assert parse_sets(spec) == sets


def _example(n: int, opener_right: bool) -> dict[str, object]:
    return {
        "set": n,
        "choices": [
            {"features": {"opens": 1.0, "first": 1.0, "same_sentence": 1.0}, "label": int(opener_right)},
            {"features": {"last_speaker": 1.0, "distance": 1.0}, "label": int(not opener_right)},
        ],
    }


def test_fold_figures_compare_the_ranker_with_the_rule() -> None:
    # the opener is right in most sets: both rule and ranker take it
    examples = [_example(n, opener_right=n % 5 != 0) for n in range(1, 41)]
    figures = fold_figures(examples)
    rule_right, rule_wrong = figures["rule"]
    assert (rule_right, rule_wrong) == (32, 8)
    right, wrong = figures["grid"][figures["best"]]
    assert right - wrong >= rule_right - rule_wrong
