"""``onrecord eval seeds``: the two seed articles against their hand-made gold.

Quotes are matched one to one by token Jaccard >= 0.5 within each article; on matched pairs the
speaker's name must be the gold speaker's name or one of its aliases, and ``via`` and
``said_on`` must equal the gold values (case-insensitive for ``via``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from onrecord.evaluate.corpora import load_seed_gold
from onrecord.evaluate.scoring import tokens_in, trim_span
from onrecord.extract.candidates import ExtractOptions
from onrecord.model import Quote

__all__ = ["SeedResult", "evaluate_seeds", "match_quotes"]

_TOKEN = re.compile(r"\w+")


@dataclass(slots=True)
class SeedResult:
    """Counts and the matched pairs of a seeds evaluation."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_ok: int = 0
    via_gold: int = 0
    via_ok: int = 0
    via_false: int = 0
    said_on_gold: int = 0
    said_on_ok: int = 0
    said_on_false: int = 0
    pairs: list[tuple[dict[str, Any], Quote]] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)
    extra: list[Quote] = field(default_factory=list)
    linking: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The figures ``onrecord eval seeds`` prints."""
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        out: dict[str, Any] = {
            "quotes": {
                "gold": self.gold,
                "predicted": self.predicted,
                "matched": self.matched,
                "precision": p,
                "recall": r,
                "f1": 2 * p * r / (p + r) if p + r else 0.0,
            },
            "speaker_name_accuracy": self.speaker_ok / self.matched if self.matched else 0.0,
            "via": {"gold_non_null": self.via_gold, "right": self.via_ok, "false_non_null": self.via_false},
            "said_on": {
                "gold_non_null": self.said_on_gold,
                "right": self.said_on_ok,
                "false_non_null": self.said_on_false,
            },
        }
        out.update(self.linking)
        return out


def match_quotes(text: str, gold: list[dict[str, Any]], predicted: list[Quote]) -> list[tuple[int, int]]:
    """Pair gold quotes (with ``start``/``end``) and predictions one to one by token Jaccard >= 0.5."""
    starts = [m.start() for m in _TOKEN.finditer(text)]
    gt = [tokens_in(starts, *trim_span(text, g["start"], g["end"])) for g in gold]
    pt = [tokens_in(starts, *trim_span(text, q.start, q.end)) for q in predicted]
    pairs = []
    for i, p in enumerate(pt):
        for j, g in enumerate(gt):
            if p and g:
                jac = len(p & g) / len(p | g)
                if jac >= 0.5:
                    pairs.append((jac, i, j))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((j, i))
    return out


def _names(gold: dict[str, Any], key: str) -> set[str]:
    speaker = gold["speakers"].get(key, {})
    return {n.casefold() for n in [speaker.get("name", ""), *speaker.get("aliases", [])] if n}


def evaluate_seeds(
    data: str | Path | None = None, options: ExtractOptions | None = None
) -> tuple[SeedResult, dict[str, list[Quote]]]:
    """Extract the seed articles and score them against ``gold.json``.

    Returns:
        The result, and the predicted quotes per article file (offsets into the file text).
    """
    from onrecord.extract import extract

    folder, gold = load_seed_gold(data)
    result = SeedResult()
    predictions: dict[str, list[Quote]] = {}
    for name in sorted(gold["articles"]):
        path = folder / name
        text = path.read_text(encoding="utf-8")
        predicted = extract(text, article_id=name, source=str(path), options=options)
        predictions[name] = predicted
        golds = [g for g in gold["quotes"] if g["article"] == name]
        result.gold += len(golds)
        result.predicted += len(predicted)
        pairs = match_quotes(text, golds, predicted)
        result.matched += len(pairs)
        matched_g = {j for j, _ in pairs}
        matched_p = {i for _, i in pairs}
        result.missed += [g for j, g in enumerate(golds) if j not in matched_g]
        result.extra += [q for i, q in enumerate(predicted) if i not in matched_p]
        for j, i in pairs:
            g, q = golds[j], predicted[i]
            result.pairs.append((g, q))
            if q.speaker is not None and q.speaker.name.casefold() in _names(gold, g["speaker"]):
                result.speaker_ok += 1
            if g.get("via"):
                result.via_gold += 1
                result.via_ok += (q.via or "").casefold() == g["via"].casefold()
            elif q.via:
                result.via_false += 1
            if g.get("said_on"):
                result.said_on_gold += 1
                result.said_on_ok += q.said_on == g["said_on"]
            elif q.said_on:
                result.said_on_false += 1
    result.linking = evaluate_seed_linking(folder, gold)
    return result, predictions


def _pair_scores(labels_pred: list[str | None], labels_gold: list[str]) -> dict[str, float]:
    tp = fp = fn = 0
    for i in range(len(labels_gold)):
        for j in range(i + 1, len(labels_gold)):
            pred = labels_pred[i] is not None and labels_pred[i] == labels_pred[j]
            same = labels_gold[i] == labels_gold[j]
            tp += pred and same
            fp += pred and not same
            fn += same and not pred
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "gold_pairs": tp + fn}


def evaluate_seed_linking(folder: Path, gold: dict[str, Any]) -> dict[str, Any]:
    """Ingest the seed articles into a throwaway archive and score statements and speakers.

    Gold quotes missed by extraction count as unlinked (they cost recall).
    """
    from onrecord.archive import Archive

    with Archive(":memory:") as archive:
        archive.ingest([str(folder / name) for name in sorted(gold["articles"])])
        by_source = {Path(a.source or "").name: a for a in archive.articles()}
        statement_of: list[str | None] = []
        speaker_of: list[str | None] = []
        golds: list[dict[str, Any]] = []
        for name, article in sorted(by_source.items()):
            stored = archive.quotes(article=article.id)
            mapped = [
                replace(q, start=article.source_offset(q.start), end=article.source_end_offset(q.end)) for q in stored
            ]
            article_gold = [g for g in gold["quotes"] if g["article"] == name]
            pairs = dict(match_quotes(article.source_text, article_gold, mapped))
            for j, g in enumerate(article_gold):
                golds.append(g)
                q = mapped[pairs[j]] if j in pairs else None
                statement_of.append(q.statement_id if q else None)
                speaker_of.append(q.speaker.id if q and q.speaker else None)
    return {
        "statement_pairs": _pair_scores(statement_of, [g["statement"] for g in golds]),
        "speaker_pairs": _pair_scores(speaker_of, [g["speaker"] for g in golds]),
    }
