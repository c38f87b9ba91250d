"""Train the cross-speaker pair scorer (:mod:`onrecord.link.across`) on the development sets.

``python -m onrecord.link.across_train --sets 1-84 --jobs 2`` scores every development set
(``tests/data/linking_heldout`` and ``linking_heldout2`` ... ``linking_heldout84``), records each
pair of two speaker ids' quotes that share trigrams, lie in two statements and pass the linker's
guards and the veto on two named persons (:func:`~onrecord.link.across.recording`), and labels
it from the set's gold: one statement or two (two real speakers repeating one slogan, a trap:
two), what joining the two statements would change in the statement pairs (right minus wrong,
over their members), and whether it would merge a trap. The fitting is the pair scorer's
(:func:`onrecord.link.learned_train.train`, one function both trainers call): a logistic
regression (:func:`onrecord.logistic.fit_logistic`) for each penalty on folds of the sets (every
set's pairs in one fold), the penalty and threshold at which the pairs accepted out of fold gain
the most right pairs less wrong ones with no trap merged, a refit on every set with that penalty,
written to ``src/onrecord/link/data/across_scorer.json`` with the figures. ``--pairs FILE`` keeps
the recorded pairs (JSON Lines) and ``--from-pairs`` fits from such a file without scoring again.
The validation sets (85-94) are never read.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from onrecord.link.across import FEATURES, SCORER_FILE
from onrecord.link.learned_train import Example, collect_sets, development_sets, read_pairs, train, training_parser
from onrecord.link.learned_train import collect as learned_collect
from onrecord.link.linker import ACROSS_ENV

__all__ = ["PENALTIES", "collect", "main"]

PENALTIES = (0.3, 1.0, 3.0, 10.0, 30.0)
"""The L2 penalties tried (a stronger one than the pair scorer's: few positive pairs)."""
_SHIPPED_SETS = "1-84"


def collect(root: Path, number: int) -> list[Example]:
    """Score one set with the pass recording and label the pairs it would decide (the pair
    scorer's collection, :func:`~onrecord.link.learned_train.collect`, with this pass's recorder)."""
    from onrecord.link.across import recording

    return learned_collect(root, number, recording)


def _collect_one(args: tuple[str, int]) -> list[Example]:
    return collect(Path(args[0]), args[1])


def main(argv: Sequence[str] | None = None) -> int:
    """Collect the pairs, choose the penalty and threshold, and write the scorer."""
    args = training_parser("onrecord.link.across_train", __doc__, SCORER_FILE).parse_args(argv)
    sets = development_sets(args.sets)
    os.environ.pop(ACROSS_ENV, None)  # the pass records whatever the environment says of it
    if args.from_pairs:
        examples = read_pairs(Path(args.pairs), sets)
    else:
        examples = collect_sets(_collect_one, args.root, sets, args.jobs, args.pairs)
    # stable: the sets in order, each set's pairs by their features
    examples.sort(key=lambda e: (e.set, json.dumps(e.features, sort_keys=True), e.label, e.gain, e.trap))
    meta = train(examples, FEATURES, PENALTIES, Path(args.out), "onrecord.link.across_train", args.sets)
    print(json.dumps(meta, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
