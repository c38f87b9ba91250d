"""Train the day gate (:mod:`onrecord.attribute.day_gate`) on the development held-out sets.

``python -m onrecord.attribute.day_gate_train --sets 1-84 --cache day_examples.jsonl
--out src/onrecord/attribute/data/day_gate.json`` ingests every article of the held-out sets
``tests/data/linking_heldout`` (set 1), ``linking_heldout2`` ... with the gate off, pairs each
record with its gold quote as ``onrecord eval linking`` does (token Jaccard >= 0.5), and keeps
as an example every record whose day came from a gated source and whose gold grades ``said_on``:
a day the gold gives is a positive, a day where the gold has null a negative (a day where the
gold has another day is wrong whatever the gate does, and teaches nothing). ``--cache`` stores
the examples (and reads them back when the file exists, so a refit needs no new ingest).

It fits a logistic regression (:func:`onrecord.logistic.fit_logistic`) over the features
seen at least ``--min-count`` times, picks the penalty and the threshold that maximise right
minus false days over the sets' cross-validation folds (folds by set, so no article is judged by
a model that saw it), refits on every example with that penalty, and writes the gate (weights,
threshold, the folds' figures) as sorted JSON. Everything is deterministic: the same sets give
the same file byte for byte.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import replace
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from onrecord.attribute.day_gate import GATED_SOURCES, article_facts, crossed, day_features
from onrecord.evaluate.splits import parse_sets, set_folder
from onrecord.logistic import Gate, fit_logistic

__all__ = ["choose", "collect_set", "gain", "main", "parse_sets", "set_folder"]

_PENALTIES = (1.0, 3.0, 10.0, 30.0)
_THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(1, 20))
_FOLDS = 6
_HOOK = "gate_days"  # the name onrecord.extract.analyse_article calls the gate by
_REBUILD = "python -m onrecord.attribute.day_gate_train --sets 1-84 --out src/onrecord/attribute/data/day_gate.json"


def collect_set(folder: Path, number: int) -> list[dict[str, Any]]:
    """The examples of one held-out set (the gate off, the day rules' records as they stand).

    Returns:
        One dict per graded record with a day (of any source): ``set``, ``article``, ``source``, ``day``,
        ``gold`` (the gold day or null) and ``features``.
    """
    os.environ["ONRECORD_DAY_GATE"] = "off"
    import importlib

    extract = importlib.import_module("onrecord.extract")
    from onrecord.archive import Archive
    from onrecord.evaluate.linking import _locate, load_linking_gold
    from onrecord.evaluate.seeds import match_quotes
    from onrecord.pipeline import PipelineOptions

    seen: dict[tuple[str, int, int], tuple[str, str, dict[str, float]]] = {}
    ungated = getattr(extract, _HOOK)

    def record(article: Any, quotes: Sequence[Any], gate: Any = None) -> list[Any]:
        facts = article_facts(article, quotes)
        for q in quotes:
            if q.said_on:  # (every dated record: which sources to gate is read from the examples)
                seen[(article.id, q.start, q.end)] = (
                    q.said_on[:10],
                    q.said_on_source or "",
                    day_features(article, q, quotes, facts),
                )
        return ungated(article, quotes, gate)

    setattr(extract, _HOOK, record)  # every article's records pass the recorder, then the gate (off)
    try:
        gold = load_linking_gold(folder)
        meta: dict[str, Any] = gold["articles"]
        out: list[dict[str, Any]] = []
        with Archive(":memory:", PipelineOptions()) as archive:
            archive.ingest([str(folder / "articles" / name) for name in sorted(meta)])
            by_source = {Path(a.source or "").name: a for a in archive.articles()}
            for name in sorted(meta):
                article = by_source.get(name)
                if article is None:
                    continue
                stored = archive.quotes(article=article.id)
                keys = [(q.article_id, q.start, q.end) for q in stored]
                if article.media_type != "html":
                    stored = [
                        replace(q, start=article.source_offset(q.start), end=article.source_end_offset(q.end))
                        for q in stored
                    ]
                    base = article.source_text
                else:
                    base = article.body
                located: list[dict[str, Any]] = []
                for g in (g for g in gold["quotes"] if g["article"] == name):
                    prior = [x for x in located if x["text"] == g["text"]]
                    span = _locate(base, g["text"], prior[-1]["end"] if prior else 0)
                    located.append({**g, "start": span[0] if span else 0, "end": span[1] if span else 0})
                for j, k in match_quotes(base, located, stored):
                    g = located[j]
                    if "said_on" not in g or keys[k] not in seen:
                        continue
                    day, source, features = seen[keys[k]]  # (the day before linking, as the gate sees it)
                    out.append(
                        {
                            "set": number,
                            "article": name,
                            "source": source,
                            "day": day,
                            "gold": g["said_on"] or None,
                            "features": {n: round(v, 6) for n, v in sorted(features.items())},
                        }
                    )
        return out
    finally:
        setattr(extract, _HOOK, ungated)


def _collect_one(args: tuple[str, int]) -> list[dict[str, Any]]:
    root, n = args
    return collect_set(set_folder(Path(root), n), n)


def gain(examples: Iterable[dict[str, Any]], probabilities: Iterable[float], threshold: float) -> int:
    """Right minus false days won by dropping the days below ``threshold``: each dropped false
    day (gold null) wins one, each dropped right day loses one."""
    total = 0
    for e, p in zip(examples, probabilities, strict=True):
        if p < threshold:
            total += -1 if e["gold"] == e["day"] else 1 if e["gold"] is None else 0
    return total


def _probabilities(gate: Gate, rows: Sequence[dict[str, Any]]) -> list[float]:
    return [gate.probability(e["features"]) for e in rows]


def choose(examples: Sequence[dict[str, Any]], names: Sequence[str]) -> tuple[float, float, dict[str, Any]]:
    """The penalty and threshold with the most cross-validated gain (folds by set), and the
    figures of every choice."""
    usable = [e for e in examples if e["gold"] is None or e["gold"] == e["day"]]
    best: tuple[int, float, float] | None = None
    table: dict[str, Any] = {}
    for l2 in _PENALTIES:
        probabilities: list[float] = [0.0] * len(examples)
        for fold in range(_FOLDS):
            train = [e for e in usable if e["set"] % _FOLDS != fold]
            weights, bias = fit_logistic(
                [e["features"] for e in train], [int(e["gold"] is not None) for e in train], names, l2=l2
            )
            gate = Gate(tuple(names), weights, bias)
            for i, e in enumerate(examples):
                if e["set"] % _FOLDS == fold:
                    probabilities[i] = gate.probability(e["features"])
        for t in _THRESHOLDS:
            g = gain(examples, probabilities, t)
            table[f"l2={l2:g} t={t:.2f}"] = g
            if best is None or g > best[0]:
                best = (g, l2, t)
    assert best is not None
    return best[1], best[2], table


def main(argv: Sequence[str] | None = None) -> int:
    """Collect (or read) the examples, choose and fit the gate, write it."""
    parser = argparse.ArgumentParser(prog="python -m onrecord.attribute.day_gate_train", description=__doc__)
    parser.add_argument("--sets", default="1-84", help="development set numbers (default 1-84)")
    parser.add_argument("--data", default="tests/data", help="the folder holding the held-out sets")
    parser.add_argument("--cache", default=None, help="JSONL of examples: read when it exists, else written")
    parser.add_argument("--out", required=True, help="the gate's JSON file to write")
    parser.add_argument("--min-count", type=int, default=10, help="features seen fewer times are left out")
    parser.add_argument("--jobs", type=int, default=2, help="sets ingested at once")
    args = parser.parse_args(argv)
    numbers = parse_sets(args.sets)
    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.is_file():
        examples = [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines() if line]
    else:
        with get_context("spawn").Pool(args.jobs) as pool:
            parts = pool.map(_collect_one, [(args.data, n) for n in numbers], chunksize=1)
        examples = [e for part in parts for e in part]
        if cache is not None:
            cache.write_text("".join(json.dumps(e, sort_keys=True) + "\n" for e in examples), encoding="utf-8")
    examples = [
        {**e, "features": crossed(e["features"])}
        for e in examples
        if e["set"] in numbers and e["source"] in GATED_SOURCES
    ]
    counts: dict[str, int] = {}
    for e in examples:
        for n in e["features"]:
            counts[n] = counts.get(n, 0) + 1
    names = sorted(n for n, c in counts.items() if c >= args.min_count)
    l2, threshold, table = choose(examples, names)
    usable = [e for e in examples if e["gold"] is None or e["gold"] == e["day"]]
    weights, bias = fit_logistic(
        [e["features"] for e in usable], [int(e["gold"] is not None) for e in usable], names, l2=l2
    )
    gate = Gate(tuple(names), weights, bias, threshold)
    fitted = gain(examples, _probabilities(gate, examples), threshold)
    gate = replace(
        gate,
        meta={
            "trained_on": f"tests/data linking held-out sets {args.sets} (development)",
            "examples": len(examples),
            "right": sum(1 for e in examples if e["gold"] == e["day"]),
            "false": sum(1 for e in examples if e["gold"] is None),
            "l2": l2,
            "cv_gain": table[f"l2={l2:g} t={threshold:.2f}"],
            "fitted_gain": fitted,
            "rebuild": _REBUILD,
        },
    )
    Path(args.out).write_text(json.dumps(gate.to_dict(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in gate.meta.items() if k != "rebuild"}, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
