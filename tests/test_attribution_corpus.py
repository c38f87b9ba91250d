"""The openly licensed attribution corpus (``data/attributions``): every offset holds, the JSONL
is what the marked-up articles convert to, and it is as large as issue 12 asks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "data" / "attributions"
RECORDS = [json.loads(line) for path in sorted((CORPUS / "jsonl").glob("*.jsonl")) for line in path.open()]
TYPES = {"speech", "belief", "document", "other"}


def test_the_corpus_is_as_large_as_asked_and_cc0() -> None:
    assert len(RECORDS) >= 300
    assert sum(len(r["attributions"]) for r in RECORDS) >= 6000
    assert {r["meta"]["license"] for r in RECORDS} == {"CC0-1.0"}
    assert len({r["id"] for r in RECORDS}) == len(RECORDS)


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_every_span_is_its_text(record: dict) -> None:  # type: ignore[type-arg]
    text = record["text"]
    assert "<t" not in text and "<s" not in text and "<c" not in text
    ids = [a["id"] for a in record["attributions"]]
    assert len(set(ids)) == len(ids)
    for attribution in record["attributions"]:
        assert attribution["cue"] and attribution["content"], attribution["id"]
        assert attribution["type"] in TYPES
        for role in ("source", "cue", "content"):
            for span in attribution[role]:
                assert 0 <= span["start"] < span["end"] <= len(text)
                assert text[span["start"] : span["end"]] == span["text"], (attribution["id"], role)


@pytest.mark.parametrize("writer", sorted(p.name for p in (CORPUS / "raw").iterdir() if p.is_dir()))
def test_the_jsonl_is_what_the_marked_up_articles_convert_to(writer: str, tmp_path: Path) -> None:
    out = tmp_path / f"{writer}.jsonl"
    tool = CORPUS / "tools" / "convert.py"
    subprocess.run([sys.executable, str(tool), "--out", str(out), str(CORPUS / "raw" / writer)], check=True, cwd=CORPUS)
    assert out.read_text(encoding="utf-8") == (CORPUS / "jsonl" / f"{writer}.jsonl").read_text(encoding="utf-8")
