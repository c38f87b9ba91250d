"""Train the cross-language pair scorer (:mod:`onrecord.link.crosslingual`).

``python -m onrecord.link.crosslingual_train collect --out tests/data/crosslingual_pairs.jsonl``
ingests each development set (``tests/data/linking_heldout`` ... ``linking_heldout84``, only those
whose gold has an article in a language the first embedder does not read) with the scorer
switched off and the recorder on, matches the stored quotes to the gold quotes (token Jaccard, as
``onrecord eval linking`` does), and writes one line per wording and candidate statement: the set,
the two quote ids, the features (with the evidence the model does not weigh: the statement's
support in articles, figures on one side only, digits in the wording), the label (1 when the
gold puts the two quotes in one statement) and the candidates that are its siblings
(:func:`~onrecord.link.crosslingual.figures_decide`). No text is written. ``fit`` counts a best
statement the sibling guard keeps apart as not taken (the committed table, collected before the
guard, names no siblings).

``python -m onrecord.link.crosslingual_train fit --pairs tests/data/crosslingual_pairs.jsonl
--out src/onrecord/link/data/crosslingual.json`` fits a logistic regression
(:func:`onrecord.logistic.fit_logistic`) on those rows and chooses its threshold on
development folds (sets split by their number into :data:`FOLDS` folds; each fold scored by the
model fitted on the others): the least chance at which the wordings' best statements taken are
right at least :data:`PRECISION` of the time over all folds. The weights are then fitted on
every row. The output is byte for byte the same for the same rows.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from onrecord.evaluate.splits import parse_sets, set_folder
from onrecord.link.crosslingual import FEATURES, PairModel, cosine_of, figures_decide

__all__ = ["FOLDS", "PRECISION", "choose_threshold", "collect_set", "fit", "main", "take_best"]

FOLDS = 4
PRECISION = 0.8
"""How often a statement taken must be right on the held-back folds (a wrong one joins two
statements: a trap merged, or a pair the gold keeps apart)."""
L2 = 1.0
_GRID = tuple(round(0.3 + 0.01 * k, 2) for k in range(66))


def collect_set(folder: Path, name: str) -> list[dict[str, Any]]:
    """The candidate rows of one set (see the module docstring)."""
    from onrecord.archive import Archive
    from onrecord.evaluate.linking import _locate, load_linking_gold
    from onrecord.evaluate.seeds import match_quotes
    from onrecord.link import crosslingual
    from onrecord.link.crosslingual import recorder

    gold = load_linking_gold(folder)
    crosslingual.load_model.cache_clear()
    saved = crosslingual.load_model
    crosslingual.load_model = lambda: None  # type: ignore[assignment]
    recorder(True)
    try:
        with Archive(":memory:") as archive:
            archive.ingest([str(folder / "articles" / n) for n in sorted(gold["articles"])])
            by_source = {Path(a.source or "").name: a for a in archive.articles()}
            statement: dict[str, str] = {}
            for name_, article in sorted(by_source.items()):
                located: list[dict[str, Any]] = []
                base = article.source_text if article.media_type != "html" else article.body
                stored = archive.quotes(article=article.id)
                if article.media_type != "html":
                    from dataclasses import replace

                    stored = [
                        replace(q, start=article.source_offset(q.start), end=article.source_end_offset(q.end))
                        for q in stored
                    ]
                for g in (g for g in gold["quotes"] if g["article"] == name_):
                    seen = [x for x in located if x["text"] == g["text"]]
                    span = _locate(base, g["text"], seen[-1]["end"] if seen else 0)
                    located.append({**g, "start": span[0] if span else 0, "end": span[1] if span else 0})
                for k, q in match_quotes(base, located, stored):
                    statement[stored[q].quote_id] = located[k]["statement"]
    finally:
        records = recorder(False) or {}
        crosslingual.load_model = saved
    rows = []
    for qid in sorted(records):
        if qid not in statement:
            continue
        weighed = records[qid]
        for cand in weighed:
            other = str(cand["other"])
            label = int(statement.get(other) == statement[qid])
            features = {k: round(float(v), 6) for k, v in dict(cand["features"]).items()}  # type: ignore[call-overload]
            siblings = sorted(str(weighed[n]["other"]) for n in cand.get("siblings", []))  # type: ignore[attr-defined]
            rows.append(
                {"set": name, "quote": qid, "other": other, "label": label, "features": features, "siblings": siblings}
            )
    return rows


def take_best(rows: Sequence[dict[str, Any]], model: PairModel) -> list[tuple[float, int]]:
    """For each wording (set, quote), its best statement's chance and label; a best statement
    :func:`~onrecord.link.crosslingual.figures_decide` keeps apart counts as never taken (chance 0)."""
    best: dict[tuple[str, str], tuple[float, dict[str, Any]]] = {}
    weighed: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        key = (r["set"], r["quote"])
        weighed.setdefault(key, []).append(r)
        chance = model.probability(r["features"])
        if key not in best or chance > best[key][0]:
            best[key] = (chance, r)
    out = []
    for key, (chance, r) in best.items():
        out.append((chance if _decided(r, weighed[key]) else 0.0, int(r["label"])))
    return sorted(out, reverse=True)


def _decided(row: dict[str, Any], weighed: Sequence[dict[str, Any]]) -> bool:
    """:func:`~onrecord.link.crosslingual.figures_decide` on a recorded row (its cosine read back
    from the feature)."""
    sibling = set(row.get("siblings", []))
    return figures_decide(
        0,
        cosine_of(row["features"]),
        [(cosine_of(r["features"]), 1) for r in weighed if r["other"] in sibling],
        lambda _a, _b: True,
        float(row["features"]["figures"]) > 0,
    )


def choose_threshold(scored: Sequence[tuple[float, int]], precision: float = PRECISION) -> float:
    """The least threshold of :data:`_GRID` at which the taken best statements are right at least
    ``precision`` of the time, and at every higher threshold of the grid too."""
    chosen = _GRID[-1]
    for t in reversed(_GRID):
        taken = [label for chance, label in scored if chance >= t]
        if taken and sum(taken) / len(taken) < precision:
            break
        chosen = t
    return chosen


def _fit_rows(rows: Sequence[dict[str, Any]]) -> tuple[tuple[float, ...], float]:
    from onrecord.logistic import fit_logistic

    return fit_logistic([r["features"] for r in rows], [r["label"] for r in rows], FEATURES, l2=L2)


def fit(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The model's JSON (weights, threshold, fold figures) for the candidate rows."""
    scored: list[tuple[float, int]] = []
    for fold in range(FOLDS):
        train = [r for r in rows if _fold(r["set"]) != fold]
        test = [r for r in rows if _fold(r["set"]) == fold]
        weights, bias = _fit_rows(train)
        scored += take_best(test, PairModel(FEATURES, weights, bias, 0.0))
    threshold = choose_threshold(scored)
    taken = [label for chance, label in scored if chance >= threshold]
    weights, bias = _fit_rows(rows)
    wordings = len({(r["set"], r["quote"]) for r in rows})
    return {
        "features": list(FEATURES),
        "weights": [round(w, 6) for w in weights],
        "bias": round(bias, 6),
        "threshold": threshold,
        "trained_on": "development sets 1-84 (tests/data/crosslingual_pairs.jsonl)",
        "folds": {
            "wordings": wordings,
            "with_own_statement": sum(label for _, label in take_best(rows, PairModel(FEATURES, weights, bias, 0.0))),
            "taken": len(taken),
            "right": sum(taken),
        },
    }


def _fold(name: str) -> int:
    return int(name) % FOLDS


def _collect_one(args: tuple[int, str]) -> list[dict[str, Any]]:
    number, root = args
    return collect_set(set_folder(Path(root), number), str(number))


def _wanted(number: int, root: Path) -> bool:
    from onrecord.evaluate.linking import load_linking_gold
    from onrecord.link.embed import LANGUAGES

    gold = load_linking_gold(set_folder(root, number))
    return any(q.get("language", "en") not in LANGUAGES for q in gold["quotes"])


def main(argv: Sequence[str] | None = None) -> int:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(prog="python -m onrecord.link.crosslingual_train")
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--root", default="tests/data")
    c.add_argument("--sets", default="1-84")
    c.add_argument("--jobs", type=int, default=1)
    c.add_argument("--out", required=True)
    f = sub.add_parser("fit")
    f.add_argument("--pairs", required=True)
    f.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    if args.command == "collect":
        root = Path(args.root)
        numbers = [n for n in parse_sets(args.sets) if _wanted(n, root)]
        work = [(n, str(root)) for n in numbers]
        if args.jobs > 1:
            from multiprocessing import get_context

            with get_context("spawn").Pool(args.jobs) as pool:
                parts = pool.map(_collect_one, work, chunksize=1)
        else:
            parts = [_collect_one(w) for w in work]
        with open(args.out, "w", encoding="utf-8") as out:
            for part in parts:
                for row in part:
                    out.write(json.dumps(row, sort_keys=True) + "\n")
        return 0
    rows = [json.loads(line) for line in Path(args.pairs).read_text(encoding="utf-8").splitlines() if line]
    model = fit(rows)
    Path(args.out).write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(model["folds"]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
