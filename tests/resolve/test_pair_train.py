"""Training the speaker-pair scorer on invented gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.resolve.pair_train import collect, main, name_forms, set_folder


@pytest.mark.parametrize(
    ("speaker", "forms"),
    [
        (
            {"name": "Halvard Quennell", "aliases": ["Quennell", "the harbourmaster", "Its chair, Halvard Quennell"]},
            ["Halvard Quennell", "Quennell"],
        ),
        ({"name": "Brisworth Tramways Authority", "aliases": ["BTA", "BTA"]}, ["Brisworth Tramways Authority", "BTA"]),
    ],
)
def test_name_forms(speaker: dict[str, object], forms: list[str]) -> None:
    assert name_forms(speaker) == forms


def _gold_set(root: Path, number: int, speakers: dict[str, object]) -> None:
    events = set_folder(root, number) / "events"
    events.mkdir(parents=True)
    (events / "story.json").write_text(json.dumps({"articles": {}, "quotes": [], "speakers": speakers}))


def test_pairs_of_one_speaker_are_positive(tmp_path: Path) -> None:
    _gold_set(
        tmp_path,
        1,
        {
            "q": {"name": "Halvard Quennell", "kind": "person", "aliases": ["Quennell"]},
            "m": {"name": "Marit Quennell", "kind": "person", "aliases": []},
        },
    )
    labels = sorted(p.label for p in collect(tmp_path, [1]))
    assert labels == [0, 0, 1]  # Marit apart from both of Halvard's names


def test_the_model_file_is_rebuilt_the_same(tmp_path: Path) -> None:
    for n in range(1, 7):
        _gold_set(
            tmp_path,
            n,
            {
                "a": {"name": f"Brisworth Authority {n}", "kind": "organisation", "aliases": [f"BA{n}"]},
                "b": {"name": f"Orlaith Penwarden{n}", "kind": "person", "aliases": [f"Penwarden{n}"]},
                "c": {"name": f"Tobiah Penwarden{n}", "kind": "person", "aliases": []},
            },
        )
    first, second = tmp_path / "one.json", tmp_path / "two.json"
    assert main(["--data", str(tmp_path), "--sets", "1-6", "--out", str(first)]) == 0
    assert main(["--data", str(tmp_path), "--sets", "1-6", "--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
