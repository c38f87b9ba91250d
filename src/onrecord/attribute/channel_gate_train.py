"""Train the channel gate (:mod:`onrecord.attribute.channel_gate`) on the development held-out sets.

Two steps, both deterministic::

    PYTHONPATH=src python -m onrecord.attribute.channel_gate_train collect --out /tmp/via-rows.jsonl
    PYTHONPATH=src python -m onrecord.attribute.channel_gate_train fit --rows /tmp/via-rows.jsonl

``collect`` ingests every development set (``tests/data/linking_heldout`` .. ``linking_heldout84``)
with the gate off, and writes one row per matched gold quote whose gold gives a ``via`` and to
which the rules gave a channel: the channel's features and its label (1 the gold's channel, 0 a
channel where the gold has none; a channel other than the gold's is written with label 2 and not
fitted on, as nulling it neither gains nor loses a right channel). ``fit`` fits the logistic
regression (:func:`onrecord.logistic.fit_logistic`), chooses its threshold by cross-validation
over folds of whole sets (maximising right channels kept minus false ones kept, out of fold) and
writes ``data/channel_gate.json``. The validation sets (85 on) are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from onrecord.attribute.channel_gate import GATE_PATH, recorder
from onrecord.evaluate.splits import DEVELOPMENT, parse_sets, set_folder
from onrecord.logistic import Gate, fit_logistic

__all__ = ["choose_threshold", "collect_set", "fit_gate", "main", "set_folder"]

FOLDS = 7
THRESHOLDS = (*(round(0.05 * k, 2) for k in range(1, 20)), 1.0)  # (1.0: never acts)


def collect_set(folder: Path, number: int) -> list[dict[str, Any]]:
    """The gate's rows of one set: every matched gold quote graded for ``via`` that the rules gave a channel."""
    from onrecord.archive import Archive
    from onrecord.evaluate.linking import _agrees, _locate, _via, load_linking_gold
    from onrecord.evaluate.seeds import match_quotes
    from onrecord.extract.candidates import ExtractOptions
    from onrecord.pipeline import PipelineOptions

    gold = load_linking_gold(folder)
    store: dict[str, Any] = {}
    recorder(store)
    rows: list[dict[str, Any]] = []
    try:
        names = sorted(gold["articles"])
        with Archive(":memory:", PipelineOptions(quotes=ExtractOptions())) as archive:
            archive.ingest([str(folder / "articles" / name) for name in names])
            by_source = {Path(a.source or "").name: a for a in archive.articles()}
            for name in names:
                article = by_source.get(name)
                if article is None:
                    continue
                stored = archive.quotes(article=article.id)
                if article.media_type != "html":
                    stored = [
                        replace(q, start=article.source_offset(q.start), end=article.source_end_offset(q.end))
                        for q in stored
                    ]
                base = article.source_text if article.media_type != "html" else article.body
                located: list[dict[str, Any]] = []
                for g in (g for g in gold["quotes"] if g["article"] == name):
                    seen = [x for x in located if x["text"] == g["text"]]
                    span = _locate(base, g["text"], seen[-1]["end"] if seen else 0)
                    located.append({**g, "start": span[0] if span else 0, "end": span[1] if span else 0})
                for j, i in sorted(match_quotes(base, located, stored)):
                    g, q = located[j], stored[i]
                    if "via" not in g:
                        continue
                    where = {"set": number, "article": name, "start": q.start}
                    if q.via and q.quote_id in store:
                        label = 1 if _agrees(_via(q), g, "via") else (0 if not g["via"] else 2)
                        rows.append({**where, "model": "gate", "label": label, "x": store[q.quote_id]})
    finally:
        recorder(None)
    return rows


def _collect_one(job: tuple[str, int]) -> list[dict[str, Any]]:
    return collect_set(set_folder(Path(job[0]), job[1]), job[1])


def collect(root: Path, sets: Iterable[int], jobs: int = 1) -> list[dict[str, Any]]:
    """The rows of every set in ``sets`` (in set order), ``jobs`` sets at a time."""
    work = [(str(root), n) for n in sets if set_folder(root, n).is_dir()]
    if jobs > 1:
        from multiprocessing import Pool

        with Pool(jobs) as pool:
            parts = pool.map(_collect_one, work, chunksize=1)
    else:
        parts = [_collect_one(job) for job in work]
    return [row for part in parts for row in part]


def choose_threshold(probabilities: Sequence[float], labels: Sequence[int]) -> tuple[float, int]:
    """The threshold that keeps most right channels minus false ones (labels 1 and 0), and that margin.

    The gate keeps a channel whose probability reaches the threshold (and nulls the rest). A
    threshold is chosen over the one that does nothing (0.0) only when it does strictly better."""
    best = (0.0, sum(1 if y == 1 else -1 for y in labels))
    for t in THRESHOLDS:
        margin = sum((1 if y == 1 else -1) for p, y in zip(probabilities, labels, strict=True) if p >= t)
        if margin > best[1]:
            best = (t, margin)
    return best


def fit_gate(rows: Sequence[dict[str, Any]], l2: float = 1.0) -> Gate:
    """Fit the gate on labelled rows (labels 1 and 0), its threshold chosen out of fold by set."""
    fitted = [r for r in rows if r["label"] in (0, 1)]
    names = sorted({n for r in fitted for n in r["x"]})
    probabilities: list[float] = []
    labels: list[int] = []
    for fold in range(FOLDS):
        train = [r for r in fitted if r["set"] % FOLDS != fold]
        test = [r for r in fitted if r["set"] % FOLDS == fold]
        weights, bias = fit_logistic([r["x"] for r in train], [r["label"] for r in train], names, l2=l2)
        probe = Gate(tuple(names), weights, bias)
        probabilities += [probe.probability(r["x"]) for r in test]
        labels += [r["label"] for r in test]
    threshold, margin = choose_threshold(probabilities, labels)
    kept = [(p >= threshold, y) for p, y in zip(probabilities, labels, strict=True)]
    weights, bias = fit_logistic([r["x"] for r in fitted], [r["label"] for r in fitted], names, l2=l2)
    meta = {
        "data": "onrecord held-out development sets 1-84 (tests/data/linking_heldout*), gold via",
        "rows": len(fitted),
        "right": sum(labels),
        "false": len(labels) - sum(labels),
        "cv_folds_by_set": FOLDS,
        "cv_right_nulled": sum(1 for k, y in kept if not k and y == 1),
        "cv_false_nulled": sum(1 for k, y in kept if not k and y == 0),
        "cv_margin": margin,
        "l2": l2,
    }
    return Gate(tuple(names), weights, bias, threshold, {}, meta)


def main(argv: Sequence[str] | None = None) -> int:
    """``collect`` the rows of the development sets, or ``fit`` the gate on them."""
    parser = argparse.ArgumentParser(prog="python -m onrecord.attribute.channel_gate_train")
    sub = parser.add_subparsers(dest="step", required=True)
    c = sub.add_parser("collect", help="write the rows of the development sets (gate off)")
    c.add_argument("--data", default="tests/data", help="the folder holding linking_heldout*")
    c.add_argument("--sets", default="1-84", help="a range of development sets (never 85 on)")
    c.add_argument("--jobs", type=int, default=1)
    c.add_argument("--out", required=True)
    f = sub.add_parser("fit", help="fit the gate on collected rows and write it")
    f.add_argument("--rows", required=True)
    f.add_argument("--out", default=str(GATE_PATH))
    f.add_argument("--l2", type=float, default=1.0)
    args = parser.parse_args(argv)
    if args.step == "collect":
        sets = [n for n in parse_sets(args.sets) if n in DEVELOPMENT]
        rows = collect(Path(args.data), sets, args.jobs)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", delete=False, dir=Path(args.out).parent) as out:
            out.writelines(json.dumps(r, sort_keys=True) + "\n" for r in rows)
        Path(out.name).replace(args.out)
        print(f"{len(rows)} rows from {len(sets)} sets", file=sys.stderr)
        return 0
    rows = [json.loads(line) for line in Path(args.rows).read_text(encoding="utf-8").splitlines() if line]
    rows = [r for r in rows if r["set"] in DEVELOPMENT and r.get("model", "gate") == "gate"]
    gate = fit_gate(rows, args.l2)
    Path(args.out).write_text(json.dumps(gate.to_dict(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(gate.meta), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
