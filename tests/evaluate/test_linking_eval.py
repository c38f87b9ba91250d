"""The linking evaluation on a tiny set written here, so the scorer is tested on its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.errors import EvaluationError
from onrecord.evaluate.linking import evaluate_linking

A = (
    "VALMORA, March 4 (Meridian) - Union leader Ana Ruiz said on Wednesday that the strike would go on.\n\n"
    '"We will not go back without a deal," Ruiz told reporters.'
)
B = (
    "VALMORA (Harbour Wire) - The dock strike will continue, union leader Ana Ruiz said.\n\n"
    '"We will not return without a deal," she told reporters on Wednesday.\n\n'
    '"We will return without a deal," said port manager Ana Lopez.'
)


def _write(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(A)
    (tmp_path / "articles" / "b.txt").write_text(B)
    gold = {
        "articles": {
            "a.txt": {"outlet": "Meridian", "published": "2026-03-04", "language": "en", "syndicated_from": None},
            "b.txt": {"outlet": "Harbour Wire", "published": "2026-03-04", "language": "en", "syndicated_from": None},
        },
        "speakers": {"ruiz": {"name": "Ana Ruiz", "kind": "person"}, "lopez": {"name": "Ana Lopez", "kind": "person"}},
        "quotes": [
            {
                "article": "a.txt",
                "text": "the strike would go on",
                "kind": "indirect",
                "speaker": "ruiz",
                "statement": "go-on",
            },
            {
                "article": "a.txt",
                "text": "We will not go back without a deal",
                "kind": "direct",
                "speaker": "ruiz",
                "statement": "no-deal",
            },
            {
                "article": "b.txt",
                "text": "The dock strike will continue",
                "kind": "indirect",
                "speaker": "ruiz",
                "statement": "go-on",
            },
            {
                "article": "b.txt",
                "text": "We will not return without a deal",
                "kind": "direct",
                "speaker": "ruiz",
                "statement": "no-deal",
            },
            {
                "article": "b.txt",
                "text": "We will return without a deal",
                "kind": "direct",
                "speaker": "lopez",
                "statement": "lopez",
            },
        ],
        "traps": [{"a": "no-deal", "b": "lopez", "why": "negation"}],
    }
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "port.json").write_text(json.dumps(gold))
    return tmp_path


def test_linking_evaluation(tmp_path: Path) -> None:
    figures = evaluate_linking(_write(tmp_path))
    assert figures["quotes"] == {"gold": 5, "matched": 5, "gold_text_not_found": 0}
    assert figures["trap_merges"] == {"traps": 1, "merged": 0}
    assert figures["speaker_pairs"]["f1"] == 1.0
    assert figures["statement_pairs"]["precision"] == 1.0
    assert figures["statement_pairs"]["recall"] >= 0.5


def test_missing_set(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="not found"):
        evaluate_linking(tmp_path / "nowhere")


def test_the_cli_lists_what_the_figures_count(tmp_path: Path) -> None:
    import json as json_module

    from click.testing import CliRunner

    from onrecord.cli import main

    folder = _write(tmp_path)
    plain = CliRunner().invoke(main, ["eval", "linking", "--data", str(folder), "-v"])
    assert plain.exit_code == 0, plain.output
    assert "statement_pairs" in plain.output
    as_json = CliRunner().invoke(main, ["eval", "linking", "--data", str(folder), "--json", "-v"])
    figures = json_module.loads(as_json.output)  # one JSON document, nothing after it
    assert set(figures["errors"]) == {"missed", "split", "merged"}
    assert figures["errors"]["missed"] == []
