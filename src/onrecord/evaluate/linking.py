"""``onrecord eval linking``: statements and speakers on the multi-outlet evaluation set.

The set (``tests/data/linking``: articles plus ``gold.json``) is ingested into a throwaway
archive; extracted quotes are matched to gold quotes (token Jaccard >= 0.5, per article), and
pairs of gold quotes are scored: statement pairs (same statement?), speaker pairs (same
speaker?), translation recall (gold pairs in two languages that were linked), and trap merges
(statements that must stay apart but share a predicted statement). Syndicated copies are
checked against the gold's ``syndicated_from``.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from onrecord.errors import EvaluationError
from onrecord.evaluate.seeds import _pair_scores, match_quotes

__all__ = ["default_linking_data", "evaluate_linking", "load_linking_gold"]


def _has_gold(path: Path) -> bool:
    return (path / "gold.json").is_file() or any((path / "events").glob("*.json"))


def default_linking_data() -> Path | None:
    """The bundled set: ``tests/data/linking`` in the working directory or the source checkout."""
    for base in (Path.cwd(), Path(__file__).resolve().parents[3]):
        path = base / "tests" / "data" / "linking"
        if _has_gold(path):
            return path
    return None


def load_linking_gold(folder: Path) -> dict[str, Any]:
    """The gold of a linking set: ``gold.json``, or every ``events/*.json`` merged.

    Raises:
        EvaluationError: no gold, or gold that is not JSON of the expected shape.
    """
    files = [folder / "gold.json"] if (folder / "gold.json").is_file() else sorted((folder / "events").glob("*.json"))
    if not files:
        raise EvaluationError(f"{folder}: no gold.json and no events/*.json")
    merged: dict[str, Any] = {"articles": {}, "speakers": {}, "quotes": [], "traps": []}
    for path in files:
        try:
            part = json.loads(path.read_text(encoding="utf-8"))
            merged["articles"].update(part["articles"])
            merged["speakers"].update(part.get("speakers", {}))
            merged["quotes"].extend(part["quotes"])
            merged["traps"].extend(part.get("traps", []))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise EvaluationError(f"{path}: not linking gold ({exc})") from None
    return merged


def _locate(text: str, snippet: str) -> tuple[int, int] | None:
    start = text.find(snippet)
    if start < 0:
        start = text.find(" ".join(snippet.split()))
    return (start, start + len(snippet)) if start >= 0 else None


def evaluate_linking(data: str | Path | None = None) -> dict[str, Any]:
    """Ingest the multi-outlet set and score linking.

    Raises:
        EvaluationError: the set is missing or its gold is malformed.
    """
    from onrecord.archive import Archive

    folder = Path(data) if data else default_linking_data()
    if folder is None or not _has_gold(folder):
        raise EvaluationError("linking set not found: pass --data DIR (the folder with gold and articles/)")
    gold = load_linking_gold(folder)
    articles_meta: dict[str, Any] = gold["articles"]
    gold_quotes: list[dict[str, Any]] = gold["quotes"]
    traps: list[dict[str, str]] = gold["traps"]
    articles_dir = folder / "articles"
    statements: list[str | None] = []
    speakers: list[str | None] = []
    kept: list[dict[str, Any]] = []
    missing_text: list[str] = []
    with Archive(":memory:") as archive:
        report = archive.ingest([str(articles_dir / name) for name in sorted(articles_meta)])
        by_source = {Path(a.source or "").name: a for a in archive.articles()}
        matched = 0
        for name in sorted(articles_meta):
            article = by_source.get(name)
            article_gold = [g for g in gold_quotes if g["article"] == name]
            stored = archive.quotes(article=article.id) if article else []
            if article is not None and article.media_type != "html":
                stored = [
                    replace(q, start=article.source_offset(q.start), end=article.source_end_offset(q.end))
                    for q in stored
                ]
            base = (
                article.source_text
                if article is not None and article.media_type != "html"
                else (article.body if article is not None else "")
            )
            located = []
            for g in article_gold:
                span = _locate(base, g["text"])
                if span is None:
                    missing_text.append(g.get("qid", g["text"][:30]))
                located.append({**g, "start": span[0] if span else 0, "end": span[1] if span else 0})
            pairs = dict(match_quotes(base, located, stored))
            matched += len(pairs)
            for j, g in enumerate(located):
                q = stored[pairs[j]] if j in pairs else None
                kept.append(g)
                statements.append(q.statement_id if q else None)
                speakers.append(q.speaker.id if q and q.speaker else None)
        syndication = {
            name: (by_source[name].duplicate_of, meta.get("syndicated_from"))
            for name, meta in articles_meta.items()
            if name in by_source
        }
        id_of = {name: a.id for name, a in by_source.items()}
    cross = [
        (i, j)
        for i in range(len(kept))
        for j in range(i + 1, len(kept))
        if kept[i]["statement"] == kept[j]["statement"]
        and kept[i].get("language", "en") != kept[j].get("language", "en")
    ]
    cross_found = sum(1 for i, j in cross if statements[i] is not None and statements[i] == statements[j])
    merges = []
    for trap in traps:
        a = {statements[k] for k, g in enumerate(kept) if g["statement"] == trap["a"] and statements[k]}
        b = {statements[k] for k, g in enumerate(kept) if g["statement"] == trap["b"] and statements[k]}
        if a & b:
            merges.append(f"{trap['a']} ~ {trap['b']} ({trap.get('why', '')})")
    copies = [(n, v) for n, v in syndication.items() if v[1]]
    copies_found = sum(1 for _, (got, want) in copies if got is not None and got == id_of.get(want or ""))
    false_copies = sum(1 for _, (got, want) in syndication.items() if got is not None and not want)
    return {
        "articles": len(articles_meta),
        "skipped_inputs": len(report.errors),
        "quotes": {"gold": len(kept), "matched": matched, "gold_text_not_found": len(missing_text)},
        "statement_pairs": _pair_scores(statements, [g["statement"] for g in kept]),
        "speaker_pairs": _pair_scores(speakers, [g["speaker"] for g in kept]),
        "translation_recall": {
            "pairs": len(cross),
            "linked": cross_found,
            "recall": cross_found / len(cross) if cross else 0.0,
        },
        "trap_merges": {"traps": len(traps), "merged": len(merges)},
        "syndicated_copies": {"gold": len(copies), "found": copies_found, "false": false_copies},
        "merged_traps": merges,
        "errors": _errors(kept, statements),
    }


def _errors(gold: list[dict[str, Any]], predicted: list[str | None]) -> dict[str, list[str]]:
    """What the figures count, one line each: gold quotes not extracted, gold statements split
    over several predicted ones, and predicted statements that hold several gold ones."""
    missed = [f"{g['article']}: {g['text'][:90]}" for g, p in zip(gold, predicted, strict=True) if p is None]
    by_gold: dict[str, dict[str, list[str]]] = {}
    by_predicted: dict[str, set[str]] = {}
    for g, p in zip(gold, predicted, strict=True):
        if p is not None:
            by_gold.setdefault(g["statement"], {}).setdefault(p, []).append(g["text"][:60])
            by_predicted.setdefault(p, set()).add(g["statement"])
    split = [
        f"{statement}: " + " | ".join(f"[{pid[:8]}] " + "; ".join(texts) for pid, texts in groups.items())
        for statement, groups in sorted(by_gold.items())
        if len(groups) > 1
    ]
    merged = [
        f"{pid[:8]}: " + ", ".join(sorted(golds)) for pid, golds in sorted(by_predicted.items()) if len(golds) > 1
    ]
    return {"missed": missed, "split": split, "merged": merged}
