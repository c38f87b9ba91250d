"""Train the cross-speaker pair scorer (:mod:`onrecord.link.across`) on the development sets.

``python -m onrecord.link.across_train --sets 1-84 --jobs 2`` scores every development set
(``tests/data/linking_heldout`` and ``linking_heldout2`` ... ``linking_heldout84``), records each
pair of two speaker ids' quotes that share trigrams, lie in two statements and pass the linker's
guards (:func:`~onrecord.link.across.recording`), and labels it from the set's gold: one
statement or two (two real speakers repeating one slogan, a trap: two), what joining the two
statements would change in the statement pairs (right minus wrong, over their members), and
whether it would merge a trap. It fits a logistic regression
(:func:`onrecord.logistic.fit_logistic`) for each penalty on folds of the sets (every set's
pairs in one fold), picks the penalty and the threshold at which the pairs accepted out of fold
gain the most right pairs less wrong ones with no trap merged, refits on every set with that
penalty and writes ``src/onrecord/link/data/across_scorer.json`` with the figures.
``--pairs FILE`` keeps the recorded pairs (JSON Lines) and ``--from-pairs`` fits from such a file
without scoring again. The validation sets (85 on) are never read.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from onrecord.evaluate.splits import set_folder
from onrecord.link.across import FEATURES, SCORER_FILE
from onrecord.link.learned import PairScorer
from onrecord.link.learned_train import Example, development_sets, folds
from onrecord.logistic import fit_logistic

__all__ = ["choose", "collect", "main"]

_PENALTIES = (0.3, 1.0, 3.0, 10.0, 30.0)
_SHIPPED_SETS = "1-84"
_THRESHOLDS = tuple(round(0.2 + k / 100, 2) for k in range(80))


def collect(root: Path, number: int) -> list[Example]:
    """Score one set with the pass recording and label the pairs it would decide."""
    from onrecord.evaluate.linking import evaluate_linking, load_linking_gold
    from onrecord.link.across import recording

    folder = set_folder(root, number)
    gold_of: dict[str, str] = {}
    with recording() as found:
        evaluate_linking(folder, gold_of=gold_of)
    traps = {frozenset((t["a"], t["b"])) for t in load_linking_gold(folder)["traps"]}
    out = []
    for key in sorted(found):
        pair = found[key]
        if pair.first not in gold_of or pair.second not in gold_of:
            continue  # a quote the gold does not have: joining it changes no figure
        left = [gold_of[q] for q in pair.members[0] if q in gold_of]
        right = [gold_of[q] for q in pair.members[1] if q in gold_of]
        gain = sum(1 if x == y else -1 for x in left for y in right)
        trap = any(frozenset((x, y)) in traps for x in set(left) for y in set(right))
        label = int(gold_of[pair.first] == gold_of[pair.second])
        out.append(Example(number, pair.features, label, gain, trap))
    return out


def _collect_one(args: tuple[str, int]) -> list[Example]:
    return collect(Path(args[0]), args[1])


def _fit(examples: Sequence[Example], l2: float) -> PairScorer:
    weights, bias = fit_logistic([e.features for e in examples], [e.label for e in examples], FEATURES, l2)
    return PairScorer(FEATURES, weights, bias)


def _out_of_fold(examples: Sequence[Example], l2: float) -> list[float]:
    probs = [0.0] * len(examples)
    for held in folds(examples):
        chosen = set(held)
        scorer = _fit([e for k, e in enumerate(examples) if k not in chosen], l2)
        for k in held:
            probs[k] = scorer.probability(examples[k].features)
    return probs


def _at(examples: Sequence[Example], probs: Sequence[float], threshold: float) -> dict[str, int]:
    taken = [e for e, p in zip(examples, probs, strict=True) if p >= threshold]
    return {
        "accepted": len(taken),
        "one_statement": sum(e.label for e in taken),
        "gain": sum(e.gain for e in taken),
        "traps": sum(e.trap for e in taken),
    }


def choose(examples: Sequence[Example]) -> tuple[float, float, dict[str, Any]]:
    """The penalty and threshold whose out-of-fold acceptances gain the most (right pairs less
    wrong ones) with no trap merged, and the figures at each penalty's best threshold.

    Returns:
        ``(penalty, threshold, figures)``; threshold 1.0 when no threshold gains anything.
    """
    best: tuple[int, float, float] = (0, _PENALTIES[0], 1.0)
    figures: dict[str, Any] = {}
    for l2 in _PENALTIES:
        probs = _out_of_fold(examples, l2)
        rows = {t: _at(examples, probs, t) for t in _THRESHOLDS}
        safe = [(r["gain"], -t, t) for t, r in rows.items() if r["traps"] == 0]
        gain, _, threshold = max(safe) if safe else (0, 0.0, 1.0)
        figures[str(l2)] = {"threshold": threshold, **rows.get(threshold, {})}
        if gain > best[0]:
            best = (gain, l2, threshold)
    return best[1], best[2], figures


def main(argv: Sequence[str] | None = None) -> int:
    """Collect the pairs, choose the penalty and threshold, and write the scorer."""
    parser = argparse.ArgumentParser(prog="python -m onrecord.link.across_train", description=__doc__)
    parser.add_argument("--root", default="tests/data", help="the folder of the development sets")
    parser.add_argument("--sets", default=_SHIPPED_SETS, help="development sets to learn from (default: %(default)s)")
    parser.add_argument("--jobs", type=int, default=1, help="sets scored at once")
    parser.add_argument("--pairs", help="write the recorded pairs here (JSON Lines), or read them with --from-pairs")
    parser.add_argument("--from-pairs", action="store_true", help="fit from --pairs without scoring the sets")
    parser.add_argument("--out", default=str(SCORER_FILE), help="the scorer file to write")
    args = parser.parse_args(argv)
    sets = development_sets(args.sets)
    if args.from_pairs:
        lines = Path(args.pairs).read_text(encoding="utf-8").splitlines()
        wanted = set(sets)
        examples = [e for e in (Example(**json.loads(line)) for line in lines if line) if e.set in wanted]
    else:
        from multiprocessing import Pool

        work = [(args.root, n) for n in sorted(sets, key=lambda n: (n % 4, n))]
        examples = []
        with Pool(args.jobs) as pool:
            for part in pool.imap_unordered(_collect_one, work, chunksize=1):
                examples += part
                if args.pairs:
                    with Path(args.pairs).open("a", encoding="utf-8") as out:
                        out.writelines(json.dumps(asdict(e), sort_keys=True) + "\n" for e in part)
    # stable: each set's pairs in their recorded order, the sets in order
    examples.sort(key=lambda e: (e.set, json.dumps(e.features, sort_keys=True), e.label, e.gain, e.trap))
    l2, threshold, figures = choose(examples)
    scorer = _fit(examples, l2)
    meta = {
        "trained_on": f"development sets {args.sets}",
        "examples": {"pairs": len(examples), "one_statement": sum(e.label for e in examples)},
        "penalty": l2,
        "cross_validation": {
            "folds": len(folds(examples)),
            "per penalty, at its best threshold with no trap merged (accepted, one statement, gain, traps)": figures,
        },
        "command": f"python -m onrecord.link.across_train --sets {args.sets} --jobs 2",
    }
    scorer = PairScorer(scorer.names, scorer.weights, scorer.bias, threshold, meta=meta)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(scorer.to_dict(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(meta, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
