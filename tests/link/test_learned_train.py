"""The pair scorer's trainer: folds by set, the sets it may read, the choice of a threshold."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from onrecord.link.learned_train import (
    Example,
    choose,
    development_sets,
    folds,
    read_pairs,
    set_folder,
    with_feature,
)


def _example(number: int, cosine: float, label: int, gain: int = 0, trap: bool = False) -> Example:
    return Example(
        number, {"cosine": cosine, "margin": cosine - 0.65}, label, gain if gain else (1 if label else -1), trap
    )


@pytest.mark.parametrize(
    ("text", "sets"),
    [
        ("1-3", [1, 2, 3]),
        ("4,8", [4, 8]),
        ("2-3,10", [2, 3, 10]),
        ("84", [84]),
        ("84,95-96", [84, 95, 96]),
        ("100-102", [100, 101, 102]),
    ],
)
def test_parse_sets(text: str, sets: list[int]) -> None:
    assert development_sets(text) == sets


@pytest.mark.parametrize("text", ["85", "80-90", "0", "94", "103"])
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


def test_pairs_file_keeps_the_quotes_and_reads_an_older_file(tmp_path: Path) -> None:
    """A recorded pair keeps its quotes' ids, texts, languages and articles (a feature added later
    is computed from the file), and a line recorded before they were kept still reads."""
    new = Example(
        96,
        {"cosine": 0.52},
        1,
        1,
        False,
        ("a1-q2", "a1-q5"),
        ("the library would not be charging a fine", "He doesn't owe us a cent"),
        ("en", "en"),
        ("a1", "a1"),
    )
    old = {"set": 4, "features": {"cosine": 0.41}, "label": 0, "gain": -1, "trap": False}
    path = tmp_path / "pairs.jsonl"
    path.write_text(json.dumps(old) + "\n" + json.dumps(dataclasses.asdict(new)) + "\n", encoding="utf-8")
    read = read_pairs(path, [4, 96])
    assert read[1] == new
    assert read[0] == Example(4, {"cosine": 0.41}, 0, -1, False)
    assert read[0].texts == () and read[0].quotes == ()
    assert read_pairs(path, [96]) == [new]


def test_a_feature_added_from_the_kept_texts() -> None:
    """A feature tried later (here: whether the two share a word) is computed from the texts a
    recorded pair keeps; a pair recorded without them cannot give it."""
    pair = Example(
        97,
        {"cosine": 0.48},
        1,
        1,
        False,
        ("b-q1", "b-q3"),
        ("the council would be naming the businesses responsible", "We will be naming businesses"),
        ("en", "en"),
        ("b", "b"),
    )

    def shares(e: Example) -> float:
        return float(bool(set(e.texts[0].lower().split()) & set(e.texts[1].lower().split())))

    (added,) = with_feature([pair], "shares_word", shares)
    assert added.features == {"cosine": 0.48, "shares_word": 1.0}
    assert pair.features == {"cosine": 0.48}  # the recorded example is left as it was
    with pytest.raises(ValueError, match="texts"):
        with_feature([Example(4, {"cosine": 0.4}, 0, -1, False)], "shares_word", shares)
