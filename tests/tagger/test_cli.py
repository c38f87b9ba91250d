from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli import main
from onrecord.tagger import TrainResult


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["train", "--help"], ["--data", "--out", "--epochs", "--seed", "--parse-features", "licence"]),
        (["eval", "tagger", "--help"], ["--model", "--data"]),
        (["eval", "--help"], ["tagger", "polnear"]),
    ],
)
def test_help(args: list[str], words: list[str]) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0
    for word in words:
        assert word in result.output


@pytest.mark.parametrize(("flags", "features"), [([], None), (["--parse-features"], ["TAG", "DEP", "LEMMA"])])
def test_train_and_eval_on_fixture(
    fixture_files: tuple[Path, Path], tmp_path: Path, flags: list[str], features: list[str] | None
) -> None:
    out = tmp_path / "model"
    runner = CliRunner()
    flags = ["--progress", *flags]
    result = runner.invoke(
        main,
        ["train", "--data", str(fixture_files[0]), "--out", str(out), "--epochs", "1", "--seed", "3", *flags],
    )
    assert result.exit_code == 0, result.output
    assert "licence: CC0-1.0" in result.output and "held-out CONTENT match@0.5" in result.output
    info = json.loads((out / "meta.json").read_text(encoding="utf-8"))["onrecord"]
    assert info["options"]["seed"] == 3 and info.get("features") == features
    result = runner.invoke(main, ["eval", "tagger", "--model", str(out), "--data", str(fixture_files[0]), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["documents"] == 10 and figures["gold"] == 30


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["train", "--data", "missing.jsonl", "--out", "m"], 1, "cannot read training data"),
        (["train", "--data", "x.jsonl", "--out", "m", "--epochs", "0"], 2, "--epochs"),
        (["eval", "tagger", "--model", ".", "--data", "x.jsonl"], 2, "not a tagger model folder"),
    ],
)
def test_errors(tmp_path: Path, args: list[str], code: int, message: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == code
    assert message in result.output


def test_eval_tagger_table(trained: TrainResult, fixture_files: tuple[Path, Path]) -> None:
    result = CliRunner().invoke(main, ["eval", "tagger", "--model", str(trained.path), "--data", str(fixture_files[1])])
    assert result.exit_code == 0, result.output
    assert "match@0.5" in result.output and "exact" in result.output
