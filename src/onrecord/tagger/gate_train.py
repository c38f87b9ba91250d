"""Train the hybrid's learned gate (:mod:`onrecord.tagger.gate`) on the CC0 corpus.

``python -m onrecord.tagger.gate_train --data W4.jsonl ... --validate W8.jsonl ... --out DIR``
runs the rules and the model in DIR over every article (statements scope), reads each tagged
content no rule record overlaps (:class:`~onrecord.extract.gate_features.Reading`), and labels it
right when its content MATCHes@0.5 (token Jaccard, as ``onrecord eval polnear`` scores) a gold
content that no rule record matches. It fits a logistic regression on the ``--data`` files,
picks the penalty whose gate keeps the most right contents of the ``--validate`` files when it
keeps as many as the guards do, refits on both files with it, sets a threshold per scope at the
guards' budget (:func:`budget_threshold`) in each scope where it kept more right contents than
the guards on the validation files (the others keep the guards), and writes ``DIR/gate.json``
with the files' names and licence and the validation figures. Train it on
writers the model never saw (the shipped model's are in its ``meta.json``), never on PolNeAR.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from onrecord.evaluate.scoring import tokens_in, trim_span
from onrecord.extract.gate_features import gate_features
from onrecord.logistic import Gate, fit_logistic
from onrecord.tagger.convert import read_records
from onrecord.tagger.gate import GATE_FILE

__all__ = ["SCOPES", "Example", "budget_threshold", "collect", "jaccard_match", "main", "select_penalty"]

_TOKEN = re.compile(r"\w+")
_THAT_BEFORE = re.compile(r"(?<![\w'’])that\s+$", re.IGNORECASE)
_PENALTIES = (0.3, 1.0, 3.0, 10.0)


@dataclass(frozen=True, slots=True)
class Example:
    """One tagged content: its features, its label, and per scope the guard that drops it (or ``None``)."""

    features: dict[str, float]
    label: int
    guards: dict[str, str | None]
    article: str

    def eligible(self, scope: str) -> bool:
        """Whether the gate decides this content in ``scope`` (the statements scope's own guards
        and the speaker-inside guard drop it whatever the gate says; there a type other than
        speech is out of scope too)."""
        guard = self.guards[scope]
        if scope == "statements":
            return guard not in _STATEMENTS_GUARDS and self.features.get("class_speech", 0.0) == 1.0
        return guard != "speaker_inside"

    def guarded(self, scope: str) -> bool:
        """Whether the guards keep this content in ``scope``."""
        return self.eligible(scope) and self.guards[scope] is None


_STATEMENTS_GUARDS = frozenset({"no_cue_class", "not_clause", "unsaid", "speaker_inside"})
SCOPES = ("statements", "attributions")


@functools.lru_cache(maxsize=4)
def _token_starts(text: str) -> list[int]:
    """Where each token of an article starts (read once per article, not once per pair of spans)."""
    return [m.start() for m in _TOKEN.finditer(text)]


def jaccard_match(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans share at least half their tokens (token Jaccard >= 0.5 after trimming)."""
    starts = _token_starts(text)
    ta, tb = tokens_in(starts, *trim_span(text, *a)), tokens_in(starts, *trim_span(text, *b))
    return bool(ta and tb) and len(ta & tb) / len(ta | tb) >= 0.5


def _with_that(text: str, span: tuple[int, int]) -> tuple[int, int]:
    found = _THAT_BEFORE.search(text, max(0, span[0] - 12), span[0])
    return (found.start(), span[1]) if found else span


def collect(files: Sequence[str | Path], model: str | Path) -> tuple[list[Example], dict[str, int]]:
    """Read and label the tagged contents of every article in ``files``.

    Returns:
        The examples, and the counts ``gold`` (gold contents), ``rules`` (rule records) and
        ``rules_match`` (gold contents a rule record matches), summed over the articles.
    """
    from onrecord.extract.candidates import ExtractOptions, find_candidates
    from onrecord.extract.gate_features import Reading
    from onrecord.extract.hybrid import HybridOptions, _guard, add_tagger_candidates
    from onrecord.tagger.model import load
    from onrecord.tagger.score import gold_attributions

    tagger = load(model)
    options = ExtractOptions()
    scopes = {name: ExtractOptions.scope(name) for name in SCOPES}
    hybrid = HybridOptions(gate=False)
    examples: list[Example] = []
    totals = {"gold": 0, "rules": 0, "rules_match": 0}
    for file in files:
        for record in read_records(file):
            text = record.text
            gold = [(g.start, g.end) for g in gold_attributions(record)]
            analysis = find_candidates(text, options)
            rules = [(c.start, c.end) for c in analysis.candidates]
            readings: list[Reading] = []
            add_tagger_candidates(analysis, tagger, options, hybrid, readings=readings)
            taken = [g for g in gold if any(jaccard_match(text, r, g) for r in rules)]
            free = [g for g in gold if g not in taken]
            totals["gold"] += len(gold)
            totals["rules_match"] += len(taken)
            totals["rules"] += len(rules)
            for r in readings:
                spans = (r.span, _with_that(text, r.span))
                right = any(jaccard_match(text, s, g) for s in spans for g in free)
                guards = {name: _guard(r, hybrid, o) for name, o in scopes.items()}
                examples.append(Example(gate_features(r), int(right), guards, record.id))
    return examples, totals


def budget_threshold(gate: Gate, examples: Sequence[Example], scope: str) -> float:
    """The threshold at which ``gate`` keeps as many of the contents it decides in ``scope`` as the
    guards keep: it chooses which ones, not how many (the share of right contents is far higher in
    the corpus the gate learns from than in other news, so a threshold set for the best F1 there
    would keep too many elsewhere)."""
    decided = sorted((gate.probability(e.features) for e in examples if e.eligible(scope)), reverse=True)
    budget = sum(1 for e in examples if e.guarded(scope))
    if not decided or budget == 0:
        return 1.0
    return decided[min(budget, len(decided)) - 1]


def _right_at_budget(gate: Gate, examples: Sequence[Example], scope: str) -> tuple[int, int, int]:
    """(kept, right among the gate's, right among the guards') in ``scope`` at the guards' budget."""
    threshold = budget_threshold(gate, examples, scope)
    kept = [e for e in examples if e.eligible(scope) and gate.probability(e.features) >= threshold]
    return len(kept), sum(e.label for e in kept), sum(e.label for e in examples if e.guarded(scope))


def _fit(examples: Sequence[Example], names: Sequence[str], l2: float) -> Gate:
    decided = [e for e in examples if e.eligible("attributions")]
    weights, bias = fit_logistic([e.features for e in decided], [e.label for e in decided], names, l2)
    return Gate(tuple(names), weights, bias)


def select_penalty(train: Sequence[Example], validate: Sequence[Example]) -> tuple[float, dict[str, Any]]:
    """The penalty whose gate, fitted on ``train``, keeps the most right contents of ``validate``
    at the guards' budget (both scopes summed), with the figures per penalty."""
    names = sorted({n for e in train for n in e.features})
    best, figures = _PENALTIES[0], {}
    for l2 in _PENALTIES:
        gate = _fit(train, names, l2)
        figures[str(l2)] = {scope: _right_at_budget(gate, validate, scope) for scope in SCOPES}
        if sum(f[1] for f in figures[str(l2)].values()) > sum(f[1] for f in figures[str(best)].values()):
            best = l2
    return best, figures


def _licence(files: Sequence[str | Path]) -> str:
    licences = {r.license for f in files for r in read_records(f)}
    only = licences.pop() if len(licences) == 1 else None
    return only or "unknown — not for redistribution"


def main(argv: Sequence[str] | None = None) -> int:
    """Train the gate and write ``gate.json`` into the model folder."""
    parser = argparse.ArgumentParser(prog="python -m onrecord.tagger.gate_train", description=__doc__)
    parser.add_argument("--data", action="append", required=True, help="training JSONL (repeat)")
    parser.add_argument("--validate", action="append", required=True, help="validation JSONL (repeat)")
    parser.add_argument("--model", required=True, help="the model folder the gate serves (written into)")
    args = parser.parse_args(argv)
    train, _ = collect(args.data, args.model)
    validate, _ = collect(args.validate, args.model)
    l2, figures = select_penalty(train, validate)
    both = [*train, *validate]
    gate = _fit(both, sorted({n for e in both for n in e.features}), l2)
    # a scope where the gate kept no more right contents than the guards on the validation writers
    # keeps its guards
    served = [scope for scope in SCOPES if figures[str(l2)][scope][1] > figures[str(l2)][scope][2]]
    scopes = {scope: budget_threshold(gate, both, scope) for scope in served}
    meta: dict[str, Any] = {
        "trained_on": [Path(f).name for f in [*args.data, *args.validate]],
        "license": _licence([*args.data, *args.validate]),
        "validated_on": [Path(f).name for f in args.validate],
        "examples": {"train": len(train), "validate": len(validate), "right": sum(e.label for e in both)},
        "penalty": l2,
        "validation": {"per penalty, per scope: kept, right kept by the gate, right kept by the guards": figures},
        "command": "python -m onrecord.tagger.gate_train "
        + " ".join(f"--data {Path(f).name}" for f in args.data)
        + " "
        + " ".join(f"--validate {Path(f).name}" for f in args.validate)
        + " --model MODEL",
    }
    if not scopes:
        print("the gate keeps no more right contents than the guards in any scope: no gate written")
        return 1
    meta["scopes"] = served
    gate = Gate(gate.names, gate.weights, gate.bias, max(scopes.values()), scopes, meta)
    (Path(args.model) / GATE_FILE).write_text(
        json.dumps(gate.to_dict(), indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(json.dumps(meta, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
