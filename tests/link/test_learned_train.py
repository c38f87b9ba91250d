"""The pair scorer's trainer: folds by set, the sets it may read, the choice of a threshold."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.link.learned_train import Example, choose, development_sets, folds, set_folder


def _example(number: int, cosine: float, label: int, gain: int = 0, trap: bool = False) -> Example:
    return Example(
        number, {"cosine": cosine, "margin": cosine - 0.65}, label, gain if gain else (1 if label else -1), trap
    )


@pytest.mark.parametrize(
    ("text", "sets"),
    [("1-3", [1, 2, 3]), ("4,8", [4, 8]), ("2-3,10", [2, 3, 10]), ("84", [84]), ("84,95-96", [84, 95, 96])],
)
def test_parse_sets(text: str, sets: list[int]) -> None:
    assert development_sets(text) == sets


@pytest.mark.parametrize("text", ["85", "80-90", "0", "94", "101"])
def test_validation_sets_never_train(text: str) -> None:
    with pytest.raises(ValueError, match="development"):
        development_sets(text)


def test_set_folder() -> None:
    assert set_folder(Path("d"), 1) == Path("d/linking_heldout")
    assert set_folder(Path("d"), 12) == Path("d/linking_heldout12")


def test_a_set_stays_in_one_fold() -> None:
    examples = [_example(n, 0.5, 0) for n in (4, 4, 8, 12, 12, 16)]
    parts = folds(examples, 3)
    assert parts == [[0, 1, 5], [2], [3, 4]]


def test_choose_separates_by_cosine() -> None:
    examples = [
        _example(n, cosine, int(cosine > 0.5))
        for n in range(1, 13)
        for cosine in (0.32, 0.36, 0.41, 0.44, 0.56, 0.6, 0.63, 0.66)
    ]
    _, threshold, figures = choose(examples)
    assert 0.2 <= threshold < 1.0
    best = max(figures.values(), key=lambda f: f["gain"])
    assert best["gain"] == 48 and best["traps"] == 0


def test_choose_merges_no_trap() -> None:
    # the likeliest pair of each set is a trap: the threshold must stay above it, however it pays
    examples = [
        e
        for n in range(1, 13)
        for e in (_example(n, 0.7, 0, gain=5, trap=True), _example(n, 0.3, 0), _example(n, 0.4, 0))
    ]
    _, threshold, figures = choose(examples)
    assert all(f.get("traps", 0) == 0 for f in figures.values())
    assert threshold == 1.0
