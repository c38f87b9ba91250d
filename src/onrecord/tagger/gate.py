"""A learned gate over the tagger's contents: which ones the hybrid keeps as records.

The hybrid (:mod:`onrecord.extract.hybrid`) drops a tagged content that no rule record overlaps
when one of its guards says so (its cue in another sentence, no speaker that names someone, its
cue already a rule record's, ...). The gate replaces those guards' verdicts by a logistic
regression over features of the content (:mod:`onrecord.extract.gate_features`): the guards'
own outcomes among them, so it can keep what a guard drops and drop what every guard lets pass.
It is trained (:mod:`onrecord.tagger.gate_train`) on tagged contents of the CC0 corpus's writers
that the shipped tagger never saw, never on PolNeAR.

The gate is a :class:`onrecord.logistic.Gate` (which :func:`fit_logistic` fits; both are
re-exported here). Its weights are a small JSON file (``gate.json``) in the model folder: feature names, weights,
the threshold, and the name and licence of the data they were learned from.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from onrecord.logistic import Gate, fit_logistic

__all__ = ["GATE_FILE", "Gate", "fit_logistic", "load_gate"]

GATE_FILE = "gate.json"


@functools.lru_cache(maxsize=8)
def _load(path: str) -> Gate | None:
    file = Path(path) / GATE_FILE
    if not file.is_file():
        return None
    return Gate.from_dict(json.loads(file.read_text(encoding="utf-8")))


def load_gate(folder: str | Path) -> Gate | None:
    """The gate stored in a model folder (loaded once per process), or ``None`` when it has none."""
    return _load(str(Path(folder).resolve()))
