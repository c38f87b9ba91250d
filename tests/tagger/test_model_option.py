"""--model / ONRECORD_MODEL on the commands that extract; eval polnear side by side."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli import main
from onrecord.evaluate import compare_polnear
from onrecord.extract import ExtractOptions
from onrecord.tagger import TrainResult
from tests.conftest import POLNEAR, needs_polnear

ARTICLE = (
    "Governor Anna Berg spoke at the port on Monday. She argued that the new terminal would bring "
    'jobs to the valley. "This is our chance," Berg said.\n'
)


COMMANDS = [["extract"], ["ingest"], ["eval", "polnear"], ["eval", "seeds"], ["eval", "linking"]]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_that_extracts_takes_model(command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "--model" in result.output and "ONRECORD_MODEL" in result.output


@pytest.mark.parametrize("model", ["rules", "shipped", "trained"])
def test_extract_with_a_model(model: str, trained: TrainResult, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    name = str(trained.path) if model == "trained" else model
    result = CliRunner().invoke(main, ["extract", str(article), "--model", name])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert any(r["text"] == "This is our chance" and r["speaker"]["name"] == "Anna Berg" for r in records)


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--model", "no-such-model"], None),
        ([], "no-such-model"),
    ],
)
def test_a_bad_model_fails_before_any_work(
    args: list[str], env: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    if env is not None:
        monkeypatch.setenv("ONRECORD_MODEL", env)
    result = CliRunner().invoke(main, ["extract", str(article), *args])
    assert result.exit_code != 0
    assert "not a tagger model folder" in result.output


def test_ingest_with_the_shipped_model(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "x.db"
    result = CliRunner().invoke(main, ["ingest", str(article), "--db", str(db), "--model", "shipped", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "1 new" in result.output


@needs_polnear
def test_eval_polnear_side_by_side() -> None:
    systems = compare_polnear("dev", POLNEAR, limit=3, options=ExtractOptions(model="rules"))
    assert list(systems) == ["rules", "tagger", "hybrid"]
    assert [systems[s]["model"] for s in systems] == ["rules", "shipped", "shipped"]
    for figures in systems.values():
        assert figures["documents"] == 3
        assert float(figures["articles_per_s"]) > 0  # type: ignore[arg-type]
    result = CliRunner().invoke(main, ["eval", "polnear", "--data", str(POLNEAR), "--limit", "2"])
    assert result.exit_code == 0, result.output
    assert all(word in result.output for word in ("rules", "tagger", "hybrid", "END-TO-END", "articles/s"))
