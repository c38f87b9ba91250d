from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.errors import ConfigError, InputError
from onrecord.tagger import UNKNOWN_LICENSE, TrainResult, load, read_records, split_heldout, tag, train


def test_model_folder_has_its_card_and_licence(trained: TrainResult) -> None:
    folder = trained.path
    for name in ("meta.json", "config.cfg", "README.md", "ner", "tok2vec", "vocab"):
        assert (folder / name).exists(), name
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    info = meta["onrecord"]
    assert [(d["path"], d["articles"], d["license"]) for d in info["data"]] == [
        ("town.jsonl", 10, "CC0-1.0"),
        ("town-unlicensed.jsonl", 4, UNKNOWN_LICENSE),
    ]
    assert meta["license"] == UNKNOWN_LICENSE  # one file without a licence taints the model
    assert info["options"]["seed"] == 7 and info["options"]["epochs"] == 2
    assert len(info["losses"]) == 2
    assert info["train_articles"] + info["heldout_articles"] == 14 and info["heldout_articles"] >= 1
    content = info["heldout"]["content"]
    assert content["gold"] == 3 * info["heldout_articles"]
    assert set(content["match@0.5"]) == {"precision", "recall", "f1"}
    card = (folder / "README.md").read_text(encoding="utf-8")
    assert UNKNOWN_LICENSE in card and "town.jsonl" in card and "--seed 7" in card
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    assert size < 8_000_000


def test_licence_of_licensed_data_only(fixture_files: tuple[Path, Path], tmp_path: Path) -> None:
    result = train([fixture_files[0]], tmp_path / "m", epochs=1, seed=1)
    assert result.meta["license"] == "CC0-1.0"
    assert result.meta["sources"] == [{"name": "town.jsonl", "license": "CC0-1.0"}]


def test_load_is_cached_and_tags_offsets(trained: TrainResult) -> None:
    tagger = load(trained.path)
    assert load(str(trained.path)) is tagger
    text = 'Mara Osk said that the bridge would reopen in May. "Prices had doubled," Pell Okafor told reporters.'
    spans = tagger.tag(text)
    assert spans == tag(text, trained.path)
    for label, start, end in spans:
        assert label in {"CONTENT", "SOURCE", "CUE"}
        assert 0 <= start < end <= len(text)
    assert tagger.meta["onrecord"]["options"]["seed"] == 7


def test_same_seed_same_model(fixture_files: tuple[Path, Path], trained: TrainResult, tmp_path: Path) -> None:
    again = train(list(fixture_files), tmp_path / "again", epochs=2, seed=7)
    assert again.meta["onrecord"]["losses"] == trained.meta["onrecord"]["losses"]
    assert again.heldout == trained.heldout
    text = next(iter(read_records(fixture_files[0]))).text
    assert load(again.path).tag(text) == load(trained.path).tag(text)
    other = train(list(fixture_files), tmp_path / "other", epochs=2, seed=8)
    assert other.meta["onrecord"]["losses"] != trained.meta["onrecord"]["losses"]


def test_heldout_split_is_stable_and_never_empty(fixture_files: tuple[Path, Path]) -> None:
    records = list(read_records(fixture_files[0]))
    first = split_heldout(records)
    assert split_heldout(list(reversed(records)))[1] == sorted(first[1], key=lambda r: -records.index(r))
    assert first[1] and len(first[0]) + len(first[1]) == len(records)
    assert not {r.id for r in first[0]} & {r.id for r in first[1]}


@pytest.mark.parametrize(
    ("rows", "epochs", "error", "message"),
    [
        ([], 2, ConfigError, "no training data"),
        (['{"id": "a", "text": "x", "attributions": []}'], 2, ConfigError, "too few"),
        (['{"id": "a", "text": "x", "attributions": []}'] * 2, 2, InputError, "appears twice"),
        (
            ['{"id": "a", "text": "x", "attributions": []}', '{"id": "b", "text": "y", "attributions": []}'],
            0,
            ConfigError,
            "at least 1",
        ),
    ],
)
def test_train_refuses(tmp_path: Path, rows: list[str], epochs: int, error: type[Exception], message: str) -> None:
    paths = []
    if rows:
        path = tmp_path / "d.jsonl"
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        paths.append(path)
    with pytest.raises(error, match=message):
        train(paths, tmp_path / "m", epochs=epochs)


def test_load_refuses_other_folders(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not a tagger model folder"):
        load(tmp_path)
    (tmp_path / "meta.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ConfigError, match="not written by"):
        load(tmp_path)
