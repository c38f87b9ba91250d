"""The tagger's gate file: a :class:`onrecord.logistic.Gate` stored as gate.json in a model folder."""

from __future__ import annotations

import json
from pathlib import Path

from onrecord.tagger.gate import GATE_FILE, Gate, load_gate


def test_the_gate_reads_back_what_it_writes(tmp_path: Path) -> None:
    gate = Gate(("a", "b"), (0.25, -1.5), 0.125, 0.4, {"statements": 0.6}, {"license": "CC0-1.0"})
    (tmp_path / GATE_FILE).write_text(json.dumps(gate.to_dict()), encoding="utf-8")
    assert load_gate(tmp_path) == gate
    assert load_gate(tmp_path / "none") is None
