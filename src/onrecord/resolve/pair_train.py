"""Train the scorer that tells whether two speaker names are one entity (:mod:`onrecord.resolve.pair_score`).

``python -m onrecord.resolve.pair_train --data tests/data --sets 1-84 --out src/onrecord/resolve/data/pair_model.json``
reads the gold of the linking sets (``linking_heldout``, ``linking_heldout2`` ...): every gold
speaker's name and the aliases its articles call it by that are names (capitalised, no
description such as "the mayor" or "its chair, ..."). Two names of one gold speaker are a
positive pair, two names of different gold speakers of the same set a negative one (two people
sharing a surname among them), each pair only when :func:`~onrecord.resolve.pair_features.candidate_pair`
would score it and :func:`~onrecord.resolve.pair_features.names_apart` would not keep it apart
(the resolver never joins those). A logistic regression (:func:`onrecord.logistic.fit_logistic`)
is fitted; its penalty and threshold are chosen by cross-validation over folds of whole sets: the
lowest threshold whose out-of-fold merges are at least :data:`PRECISION` right. The file written
is the same byte for byte for the same sets.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from onrecord.evaluate.splits import parse_sets, set_folder
from onrecord.logistic import fit_logistic, probability
from onrecord.resolve.pair_features import FEATURES, candidate_pair, names_apart, pair_features
from onrecord.resolve.speakers import bare_person_name

__all__ = ["PRECISION", "Pair", "collect", "main", "name_forms", "set_folder"]

PRECISION = 0.97
_FOLDS = 6
_PENALTIES = (0.3, 1.0, 3.0)
_NOT_A_NAME = re.compile(r"^(?:the|a|an|its|their|his|her|our|this|that)\b", re.I)


@dataclass(frozen=True, slots=True)
class Pair:
    """Two names of one set's gold speakers: features, whether one speaker, which set."""

    features: dict[str, float]
    label: int
    set_number: int


def name_forms(speaker: dict[str, object]) -> list[str]:
    """A gold speaker's name and the aliases that are names, not descriptions."""
    aliases = speaker.get("aliases")
    forms = [str(speaker.get("name") or "")] + [
        a for a in (aliases if isinstance(aliases, list) else []) if isinstance(a, str)
    ]
    kept: list[str] = []
    for form in forms:
        form = " ".join(form.split())
        if not form or "," in form or "(" in form or _NOT_A_NAME.match(form) or len(form.split()) > 6:
            continue
        if not (form[0].isupper() or not form[0].isascii()):
            continue
        if form not in kept:
            kept.append(form)
    return kept


def collect(root: Path, numbers: Sequence[int]) -> list[Pair]:
    """Every scored pair of gold speaker names in the sets ``numbers``."""
    pairs: list[Pair] = []
    for number in numbers:
        folder = set_folder(root, number)
        speakers: dict[str, dict[str, object]] = {}
        for path in sorted((folder / "events").glob("*.json")):
            speakers.update(json.loads(path.read_text(encoding="utf-8")).get("speakers", {}))
        mentions = [
            (sid, bare_person_name(form) if s.get("kind") == "person" else form, str(s.get("kind")))
            for sid, s in sorted(speakers.items())
            if s.get("kind") in {"person", "organisation"}
            for form in name_forms(s)
        ]
        for i, (sa, fa, ka) in enumerate(mentions):
            for sb, fb, kb in mentions[i + 1 :]:
                if ka != kb or not candidate_pair(fa, fb) or names_apart(fa, ka, fb, kb):
                    continue
                pairs.append(Pair(pair_features(fa, ka, fb, kb), int(sa == sb), number))
    return pairs


def _probabilities(pairs: Sequence[Pair], weights: Sequence[float], intercept: float) -> list[float]:
    return [probability(FEATURES, weights, intercept, p.features) for p in pairs]


def _threshold(scored: Sequence[tuple[float, int]]) -> tuple[float, int, float]:
    """The lowest threshold at which the merges are at least :data:`PRECISION` right: (threshold,
    right merges, precision); 1.0 when none is."""
    best = (1.0, 0, 1.0)
    for t in sorted({round(p, 3) for p, _ in scored if p >= 0.5}):
        kept = [y for p, y in scored if p >= t]
        right = sum(kept)
        if kept and right / len(kept) >= PRECISION and right > best[1]:
            best = (t, right, right / len(kept))
    return best


def _cross_validate(pairs: Sequence[Pair], l2: float) -> list[tuple[float, int]]:
    scored: list[tuple[float, int]] = []
    for fold in range(_FOLDS):
        train = [p for p in pairs if p.set_number % _FOLDS != fold]
        test = [p for p in pairs if p.set_number % _FOLDS == fold]
        weights, intercept = fit_logistic([p.features for p in train], [p.label for p in train], FEATURES, l2=l2)
        scored += list(zip(_probabilities(test, weights, intercept), [p.label for p in test], strict=True))
    return scored


def main(argv: Sequence[str] | None = None) -> int:
    """Train on the gold of the given sets and write the scorer's JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder holding linking_heldout*")
    parser.add_argument("--sets", default="1-84", help="set numbers, e.g. 1-84")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    numbers = parse_sets(args.sets)
    pairs = collect(args.data, numbers)
    results = []
    for l2 in _PENALTIES:
        threshold, right, precision = _threshold(_cross_validate(pairs, l2))
        results.append((right, -l2, l2, threshold, precision))
    right, _, l2, threshold, precision = max(results)
    weights, intercept = fit_logistic([p.features for p in pairs], [p.label for p in pairs], FEATURES, l2=l2)
    model = {
        "trained_on": f"linking sets {args.sets}",
        "pairs": len(pairs),
        "positives": sum(p.label for p in pairs),
        "l2": l2,
        "threshold": threshold,
        "cross_validation": {"folds": _FOLDS, "right_merges": right, "precision": round(precision, 4)},
        "intercept": round(intercept, 6),
        "weights": {n: round(w, 6) for n, w in zip(FEATURES, weights, strict=True)},
    }
    args.out.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in model.items() if k != "weights"}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
