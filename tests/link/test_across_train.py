"""The cross-speaker scorer's trainer: its threshold keeps traps apart, its file is the scorer's."""

from __future__ import annotations

from onrecord.link import across_train
from onrecord.link.across import FEATURES
from onrecord.link.across_train import PENALTIES
from onrecord.link.learned_train import Example, choose


def _example(number: int, share: float, label: int, trap: bool = False) -> Example:
    return Example(number, {"containment": share, "equal": float(share == 1.0)}, label, 1 if label else -1, trap)


def test_public_names() -> None:
    assert set(across_train.__all__) == {"PENALTIES", "collect", "main"}


def test_choose_separates_by_share() -> None:
    examples = [_example(n, share, int(share > 0.6)) for n in range(1, 13) for share in (0.3, 0.4, 0.5, 0.7, 0.9, 1.0)]
    _, threshold, figures = choose(examples, FEATURES, PENALTIES)
    assert 0.2 <= threshold < 1.0
    assert all(row["traps"] == 0 for row in figures.values())


def test_a_trap_among_the_likeliest_raises_the_threshold() -> None:
    # two speakers repeating one slogan: equal words, two statements, and a trap
    examples = [_example(n, 0.9, 1) for n in range(1, 13)] + [_example(n, 1.0, 0, trap=True) for n in (3, 7)]
    _, threshold, figures = choose(examples, FEATURES, PENALTIES)
    assert all(row.get("traps", 0) == 0 for row in figures.values())
    assert threshold <= 1.0


def test_features_are_the_scorers() -> None:
    assert across_train.FEATURES == FEATURES
