"""Train the learned pair scorer (:mod:`onrecord.link.learned`) on the development sets.

``python -m onrecord.link.learned_train --sets 1-84 --jobs 2`` scores every development set
(``tests/data/linking_heldout`` and ``linking_heldout2`` ... ``linking_heldout84``) with the
scorer off, records each close pair of one speaker's quotes that the cascade leaves in two
statements and whose link the guards would allow (:func:`~onrecord.link.learned.recording`), and
labels it from the set's gold: one statement or two, what linking it would change in the
statement pairs (right minus wrong, over the two statements' members), and whether it would
merge a trap. It fits a logistic regression (:func:`onrecord.logistic.fit_logistic`) for
each penalty on folds of the sets (every set's pairs in one fold), picks the penalty and the
threshold at which the pairs accepted out of fold gain the most right pairs less wrong ones
with no trap merged, refits on every set with that penalty and writes
``src/onrecord/link/data/pair_scorer.json`` with the figures. ``--pairs FILE`` keeps the
recorded pairs (JSON Lines) and ``--from-pairs`` fits from such a file without scoring again.
The validation sets (85-94) are never read; the development sets are 1-84 and 95-102
(:data:`~onrecord.evaluate.splits.DEVELOPMENT`: ``--sets 1-84,95-102`` learns from all of them).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from onrecord.evaluate.splits import DEVELOPMENT, parse_sets, set_folder
from onrecord.link.learned import FEATURES, SCORER_FILE, PairScorer
from onrecord.logistic import fit_logistic

__all__ = [
    "DEVELOPMENT",
    "Example",
    "choose",
    "collect",
    "collect_sets",
    "development_sets",
    "fit_scorer",
    "folds",
    "main",
    "read_pairs",
    "set_folder",
    "train",
    "with_feature",
]

_PENALTIES = (0.3, 1.0, 3.0, 10.0)
# the sets the shipped scorer learned from: scoring all 84 takes an hour on a busy machine
_SHIPPED_SETS = "1-84"
_FOLDS = 6
_THRESHOLDS = tuple(round(0.2 + k / 100, 2) for k in range(80))


@dataclass(frozen=True, slots=True)
class Example:
    """One recorded pair: its set, features, whether it is one statement, what linking it
    changes in the statement pairs (right minus wrong) and whether it merges a trap; and, so that
    a feature added later can be computed from the file without scoring the sets again, the two
    quotes' ids, texts, languages and articles (empty in a file recorded before they were kept)."""

    set: int
    features: dict[str, float]
    label: int
    gain: int
    trap: bool
    quotes: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()
    languages: tuple[str | None, ...] = ()
    articles: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Example:
        """The example a ``--pairs`` line holds (a line of an older file, without the quotes'
        ids, texts, languages and articles, reads with those empty)."""
        return cls(
            int(row["set"]),
            dict(row["features"]),
            int(row["label"]),
            int(row["gain"]),
            bool(row["trap"]),
            tuple(row.get("quotes", ())),
            tuple(row.get("texts", ())),
            tuple(row.get("languages", ())),
            tuple(row.get("articles", ())),
        )


def collect(
    root: Path, number: int, recorder: Callable[[], AbstractContextManager[Any]] | None = None
) -> list[Example]:
    """Score one set with the scorer off and label the pairs it would decide.

    Args:
        root: the folder holding the sets.
        number: the set's number.
        recorder: what records the pairs instead of deciding them (default: this scorer's
            :func:`~onrecord.link.learned.recording`; the cross-speaker pass gives its own).
    """
    from onrecord.evaluate.linking import evaluate_linking, load_linking_gold
    from onrecord.link.learned import recording

    folder = set_folder(root, number)
    gold_of: dict[str, str] = {}
    with (recorder or recording)() as found:
        evaluate_linking(folder, gold_of=gold_of)
    traps = {frozenset((t["a"], t["b"])) for t in load_linking_gold(folder)["traps"]}
    out = []
    for key in sorted(found):
        pair = found[key]
        if pair.first not in gold_of or pair.second not in gold_of:
            continue  # a quote the gold does not have: linking it changes no figure
        left = [gold_of[q] for q in pair.members[0] if q in gold_of]
        right = [gold_of[q] for q in pair.members[1] if q in gold_of]
        gain = sum(1 if x == y else -1 for x in left for y in right)
        trap = any(frozenset((x, y)) in traps for x in set(left) for y in set(right))
        label = int(gold_of[pair.first] == gold_of[pair.second])
        out.append(
            Example(
                number,
                pair.features,
                label,
                gain,
                trap,
                (pair.first, pair.second),
                pair.texts,
                pair.languages,
                pair.articles,
            )
        )
    return out


def _collect_one(args: tuple[str, int]) -> list[Example]:
    return collect(Path(args[0]), args[1])


def folds(examples: Sequence[Example], count: int = _FOLDS) -> list[list[int]]:
    """Indexes of the examples in each fold: a set's pairs all in one fold (the sets dealt out
    in their order, one to each fold in turn)."""
    rank = {number: k for k, number in enumerate(sorted({e.set for e in examples}))}
    out: list[list[int]] = [[] for _ in range(count)]
    for k, e in enumerate(examples):
        out[rank[e.set] % count].append(k)
    return out


def development_sets(text: str) -> list[int]:
    """Set numbers from ``"1-84"`` or ``"1,3,5-9"``, all of them development sets.

    Raises:
        ValueError: a set that is not a development set (the validation sets never train).
    """
    out = set(parse_sets(text))
    if not out <= set(DEVELOPMENT):
        raise ValueError("only development sets 1-84 and 95-102 train the scorer (85-94 validate)")
    return sorted(out)


def fit_scorer(examples: Sequence[Example], l2: float, names: Sequence[str] = FEATURES) -> PairScorer:
    """A logistic regression over ``names`` fitted to the examples with penalty ``l2``
    (:func:`onrecord.logistic.fit_logistic`); no threshold yet."""
    weights, bias = fit_logistic([e.features for e in examples], [e.label for e in examples], names, l2)
    return PairScorer(tuple(names), weights, bias)


def _out_of_fold(examples: Sequence[Example], l2: float, names: Sequence[str]) -> list[float]:
    probs = [0.0] * len(examples)
    for held in folds(examples):
        chosen = set(held)
        scorer = fit_scorer([e for k, e in enumerate(examples) if k not in chosen], l2, names)
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


def choose(
    examples: Sequence[Example], names: Sequence[str] = FEATURES, penalties: Sequence[float] = _PENALTIES
) -> tuple[float, float, dict[str, Any]]:
    """The penalty and threshold whose out-of-fold acceptances gain the most (right pairs less
    wrong ones) with no trap merged, and the figures at each penalty's best threshold.

    Args:
        examples: the recorded pairs.
        names: the features the scorer reads, in weight order.
        penalties: the L2 penalties tried.

    Returns:
        ``(penalty, threshold, figures)``; threshold 1.0 when no threshold gains anything.
    """
    best: tuple[int, float, float] = (0, penalties[0], 1.0)
    figures: dict[str, Any] = {}
    for l2 in penalties:
        probs = _out_of_fold(examples, l2, names)
        rows = {t: _at(examples, probs, t) for t in _THRESHOLDS}
        safe = [(r["gain"], -t, t) for t, r in rows.items() if r["traps"] == 0]
        gain, _, threshold = max(safe) if safe else (0, 0.0, 1.0)
        figures[str(l2)] = {"threshold": threshold, **rows.get(threshold, {})}
        if gain > best[0]:
            best = (gain, l2, threshold)
    return best[1], best[2], figures


def train(
    examples: Sequence[Example],
    names: Sequence[str],
    penalties: Sequence[float],
    out: Path,
    module: str,
    sets: str,
) -> dict[str, Any]:
    """Choose the penalty and threshold on folds (:func:`choose`), refit on every example with
    that penalty and write the scorer with its figures to ``out`` (sorted JSON: the same
    examples give the same bytes); the trainers of :mod:`onrecord.link.learned` and
    :mod:`onrecord.link.across` both end here.

    Args:
        examples: the recorded pairs, in a stable order.
        names: the features the scorer reads, in weight order.
        penalties: the L2 penalties tried.
        out: the scorer file to write.
        module: the trainer's module (named in the rebuild command the file records).
        sets: the development sets the examples come from, as given (``"1-84"``).

    Returns:
        The figures written as the scorer's ``meta``.
    """
    l2, threshold, figures = choose(examples, names, penalties)
    scorer = fit_scorer(examples, l2, names)
    meta = {
        "trained_on": f"development sets {sets}",
        "examples": {"pairs": len(examples), "one_statement": sum(e.label for e in examples)},
        "penalty": l2,
        "cross_validation": {
            "folds": _FOLDS,
            "per penalty, at its best threshold with no trap merged (accepted, one statement, gain, traps)": figures,
        },
        "command": f"python -m {module} --sets {sets} --jobs 2",
    }
    scorer = PairScorer(scorer.names, scorer.weights, scorer.bias, threshold, meta=meta)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(scorer.to_dict(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return meta


def read_pairs(path: Path, sets: Sequence[int]) -> list[Example]:
    """The examples of ``sets`` in a ``--pairs`` file (JSON Lines)."""
    wanted = set(sets)
    lines = path.read_text(encoding="utf-8").splitlines()
    return [e for e in (Example.from_dict(json.loads(line)) for line in lines if line) if e.set in wanted]


def with_feature(examples: Sequence[Example], name: str, value: Callable[[Example], float]) -> list[Example]:
    """The examples with one feature more, ``name``, computed from what each recorded pair keeps
    (its quotes' texts, languages and articles): a feature tried without scoring the sets again,
    fitted by :func:`choose` with ``(*FEATURES, name)``.

    Raises:
        ValueError: an example recorded before the quotes' texts were kept.
    """
    if any(len(e.texts) != 2 for e in examples):
        raise ValueError("a pair recorded without its quotes' texts: record the sets again")
    return [replace(e, features={**e.features, name: value(e)}) for e in examples]


def collect_sets(
    collect_one: Callable[[tuple[str, int]], list[Example]],
    root: str,
    sets: Sequence[int],
    jobs: int,
    pairs: str | None,
) -> list[Example]:
    """Score the sets ``jobs`` at a time with ``collect_one`` and gather their examples (each
    set's kept in ``pairs``, JSON Lines, as soon as it is scored: a long run can be fitted midway)."""
    from multiprocessing import Pool

    # every fourth set first: a run stopped midway has a spread of the sets
    work = [(root, n) for n in sorted(sets, key=lambda n: (n % 4, n))]
    examples: list[Example] = []
    with Pool(jobs) as pool:
        for part in pool.imap_unordered(collect_one, work, chunksize=1):
            examples += part
            if pairs:
                with Path(pairs).open("a", encoding="utf-8") as out:
                    out.writelines(json.dumps(asdict(e), sort_keys=True) + "\n" for e in part)
    return examples


def training_parser(module: str, description: str | None, out: Path) -> argparse.ArgumentParser:
    """The command line both pair trainers take (``python -m MODULE``): the sets to learn from,
    how many to score at once, where recorded pairs go, and the scorer file to write (``out``)."""
    parser = argparse.ArgumentParser(prog=f"python -m {module}", description=description)
    parser.add_argument("--root", default="tests/data", help="the folder of the development sets")
    parser.add_argument("--sets", default=_SHIPPED_SETS, help="development sets to learn from (default: %(default)s)")
    parser.add_argument("--jobs", type=int, default=1, help="sets scored at once")
    parser.add_argument("--pairs", help="write the recorded pairs here (JSON Lines), or read them with --from-pairs")
    parser.add_argument("--from-pairs", action="store_true", help="fit from --pairs without scoring the sets")
    parser.add_argument("--out", default=str(out), help="the scorer file to write")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Collect the pairs, choose the penalty and threshold, and write the scorer."""
    args = training_parser("onrecord.link.learned_train", __doc__, SCORER_FILE).parse_args(argv)
    sets = development_sets(args.sets)
    if args.from_pairs:
        examples = read_pairs(Path(args.pairs), sets)
    else:
        examples = collect_sets(_collect_one, args.root, sets, args.jobs, args.pairs)
    examples.sort(key=lambda e: e.set)  # stable: each set's pairs in their recorded order
    meta = train(examples, FEATURES, _PENALTIES, Path(args.out), "onrecord.link.learned_train", args.sets)
    print(json.dumps(meta, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
