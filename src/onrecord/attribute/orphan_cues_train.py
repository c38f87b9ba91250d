"""Fit the orphan-cue ranker (:mod:`onrecord.attribute.orphan_cues`) on the development sets.

``python -m onrecord.attribute.orphan_cues_train --sets 1-84 --out src/onrecord/attribute/data/orphan_rank.json``
scores every held-out set named (``tests/data/linking_heldout``, ``linking_heldout2`` ...) with the
choices of each orphan cue recorded (:func:`~onrecord.attribute.orphan_cues.record_choices`: no
choice is taken meanwhile), labels a choice right when its entity's name is the gold speaker's (as
``onrecord eval linking`` judges a speaker), and fits a logistic regression
(:func:`onrecord.logistic.fit_logistic`) over :data:`~onrecord.attribute.orphan_cues.FEATURES`.
The penalty and the threshold are chosen on four folds of sets (a set's number modulo four): the
pair whose held-out picks score most, a right speaker counting one and a wrong one minus one (a
missing speaker is no worse for accuracy than a wrong one, but a wrong one joins two people's
statements). The hand rule's figures on the same folds are written beside the model's.
``--examples FILE`` reads (or, when absent, writes) the recorded examples as JSON lines, so a
refit needs no rescoring. Train on development sets only, never on validation (85-90).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from onrecord.attribute import orphan_cues
from onrecord.attribute.orphan_cues import FEATURES, Choice, OrphanRanker, opener_rule, pick
from onrecord.evaluate.splits import parse_sets, set_folder
from onrecord.logistic import fit_logistic

__all__ = ["Example", "collect", "fold_figures", "main", "parse_sets"]

_PENALTIES = (0.3, 1.0, 3.0, 10.0)
_THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(1, 20))
_FOLDS = 4

Example = dict[str, Any]  # {"set": int, "choices": [{"features": {...}, "label": 0|1}]}


@contextmanager
def _captured() -> Iterator[list[tuple[list[dict[str, Any]], list[Any], dict[str, Any]]]]:
    """Every scored set's gold quotes, found quotes and gold speakers, while the block runs."""
    from onrecord.evaluate import linking

    seen: list[tuple[list[dict[str, Any]], list[Any], dict[str, Any]]] = []
    original = linking.attribution_scores

    def capture(gold: Any, found: Any, speakers: Any, articles: Any, places: Any) -> dict[str, Any]:
        seen.append((gold, found, speakers))
        return original(gold, found, speakers, articles, places)

    linking.attribution_scores = capture  # type: ignore[assignment]
    try:
        yield seen
    finally:
        linking.attribution_scores = original


def _right(entity: Any, wanted: dict[str, Any]) -> bool:
    from onrecord.evaluate.linking import _right_name

    return any(_right_name(n, wanted) for n in sorted({entity.name, *getattr(entity, "forms", ())}))


def collect(root: Path, sets: Sequence[int]) -> list[Example]:
    """The labelled orphan choices of every matched quote of the sets."""
    from onrecord.attribute import quote_id
    from onrecord.evaluate.linking import evaluate_linking

    examples: list[Example] = []
    for n in sets:
        recorder: list[tuple[str, int, int, list[Choice]]] = []
        orphan_cues.record_choices(recorder)
        try:
            with _captured() as seen:
                evaluate_linking(set_folder(root, n))
        finally:
            orphan_cues.record_choices(None)
        by_id = {quote_id(a, s, e): choices for a, s, e, choices in recorder}
        for gold, found, speakers in seen:
            for g, q in zip(gold, found, strict=True):
                if q is None or q.quote_id not in by_id:
                    continue
                wanted = speakers.get(g["speaker"], {})
                examples.append(
                    {
                        "set": n,
                        "choices": [
                            {"features": ch.features, "label": int(_right(ch.entity, wanted))}
                            for ch in by_id[q.quote_id]
                        ],
                    }
                )
    return examples


def _pick(ranker: OrphanRanker | None, example: Example) -> int | None:
    choices = [Choice(None, None, c["features"]) for c in example["choices"]]
    picked = pick(ranker, choices) if ranker is not None else opener_rule(choices)
    if picked is None:
        return None
    return example["choices"][choices.index(picked)]["label"]


def _fit(examples: Sequence[Example], penalty: float) -> tuple[tuple[float, ...], float]:
    rows = [c["features"] for e in examples for c in e["choices"]]
    labels = [c["label"] for e in examples for c in e["choices"]]
    return fit_logistic(rows, labels, FEATURES, l2=penalty)


def _tally(ranker: OrphanRanker | None, examples: Sequence[Example]) -> tuple[int, int]:
    picks = [_pick(ranker, e) for e in examples]
    return sum(1 for p in picks if p == 1), sum(1 for p in picks if p == 0)


def fold_figures(examples: Sequence[Example]) -> dict[str, Any]:
    """Held-out right and wrong picks per penalty and threshold on the folds, and the rule's."""
    grid: dict[tuple[float, float], list[int]] = {(p, t): [0, 0] for p in _PENALTIES for t in _THRESHOLDS}
    rule = [0, 0]
    for k in range(_FOLDS):
        train = [e for e in examples if e["set"] % _FOLDS != k]
        test = [e for e in examples if e["set"] % _FOLDS == k]
        right, wrong = _tally(None, test)
        rule[0] += right
        rule[1] += wrong
        for p in _PENALTIES:
            weights, intercept = _fit(train, p)
            for t in _THRESHOLDS:
                right, wrong = _tally(OrphanRanker(FEATURES, weights, intercept, t), test)
                grid[(p, t)][0] += right
                grid[(p, t)][1] += wrong
    best = max(grid, key=lambda pt: (grid[pt][0] - grid[pt][1], grid[pt][0], -pt[0], -pt[1]))
    return {"grid": grid, "best": best, "rule": tuple(rule)}


def main(argv: Sequence[str] | None = None) -> int:
    """Collect (or read) the examples, choose penalty and threshold on folds, fit, write JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="1-84", help="development sets to train on (never 85-90)")
    parser.add_argument("--data", default="tests/data", help="the folder holding the held-out sets")
    parser.add_argument("--examples", help="JSON lines of recorded examples: read if present, else written")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    sets = parse_sets(args.sets)
    cached = Path(args.examples) if args.examples else None
    if cached is not None and cached.is_file():
        examples = [json.loads(line) for line in cached.read_text(encoding="utf-8").splitlines() if line]
        examples = [e for e in examples if e["set"] in sets]
    else:
        examples = collect(Path(args.data), sets)
        if cached is not None:
            cached.write_text("".join(json.dumps(e, sort_keys=True) + "\n" for e in examples), encoding="utf-8")
    figures = fold_figures(examples)
    penalty, threshold = figures["best"]
    weights, intercept = _fit(examples, penalty)
    right, wrong = figures["grid"][figures["best"]]
    reachable = sum(1 for e in examples if any(c["label"] for c in e["choices"]))
    model = {
        "features": list(FEATURES),
        "weights": [round(w, 6) for w in weights],
        "intercept": round(intercept, 6),
        "threshold": threshold,
        "penalty": penalty,
        "trained_on": args.sets,
        "orphans": len(examples),
        "reachable": reachable,
        "folds": {
            "ranker_right": right,
            "ranker_wrong": wrong,
            "rule_right": figures["rule"][0],
            "rule_wrong": figures["rule"][1],
        },
    }
    Path(args.out).write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(
        json.dumps(model["folds"]),
        f"orphans {len(examples)} reachable {reachable} penalty {penalty} threshold {threshold}",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
