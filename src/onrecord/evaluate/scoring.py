"""Attribution scoring, as the extraction issue defines it, over a set of documents.

For every document, predicted and gold attributions are compared by their content span:

* EXACT: spans equal after trimming whitespace, quotation marks and ``, . : ;`` at both ends;
* MATCH@0.5: one-to-one pairs (greedy, best first) with token Jaccard >= 0.5;
* OVERLAP: PARC-style soft precision and recall: each prediction scores the share of its tokens
  covered by its best gold span, each gold span the share covered by its best prediction;
* SOURCE and CUE accuracy on MATCH@0.5 pairs: the predicted speaker mention (or cue) shares a
  token with a gold source (cue) span;
* END-TO-END: a MATCH@0.5 pair whose source is also right.

Tokens are runs of word characters; an interrupted quote counts from its first to its last piece.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from onrecord.spans import strip_span

__all__ = ["Attribution", "Scores", "score_documents", "tokens_in", "trim_span"]

_TOKEN = re.compile(r"\w+", re.UNICODE)
_TRIM = set(" \t\r\n\"'“”‘’«»„‚‹›,.:;`")
_QUOTE_CHARS = set("\"“”‘’«»„'`")


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution to score: content span, and the spans of its source and cue (may be empty)."""

    start: int
    end: int
    sources: tuple[tuple[int, int], ...] = ()
    cues: tuple[tuple[int, int], ...] = ()
    kind: str | None = None


@dataclass(slots=True)
class _Counts:
    gold: int = 0
    pred: int = 0
    exact: int = 0
    match: int = 0
    e2e: int = 0
    source_ok: int = 0
    source_n: int = 0
    cue_ok: int = 0
    cue_n: int = 0
    soft_p: float = 0.0
    soft_r: float = 0.0
    quoted_gold: int = 0
    quoted_found: int = 0


@dataclass(slots=True)
class Scores:
    """Totals over documents; the figures are properties."""

    counts: _Counts = field(default_factory=_Counts)
    documents: int = 0

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def _prf(self, hits: float, hits_r: float | None = None) -> dict[str, float]:
        c = self.counts
        p = hits / c.pred if c.pred else 0.0
        r = (hits if hits_r is None else hits_r) / c.gold if c.gold else 0.0
        return {"precision": p, "recall": r, "f1": self._f1(p, r)}

    def to_dict(self) -> dict[str, object]:
        """All figures, as printed by ``onrecord eval``."""
        c = self.counts
        return {
            "documents": self.documents,
            "gold": c.gold,
            "predicted": c.pred,
            "exact": self._prf(c.exact),
            "match@0.5": self._prf(c.match),
            "overlap": self._prf(c.soft_p, c.soft_r),
            "source_accuracy": c.source_ok / c.source_n if c.source_n else 0.0,
            "source_pairs": c.source_n,
            "cue_accuracy": c.cue_ok / c.cue_n if c.cue_n else 0.0,
            "end_to_end": self._prf(c.e2e),
            "quoted_recall": c.quoted_found / c.quoted_gold if c.quoted_gold else 0.0,
            "quoted_gold": c.quoted_gold,
        }


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace, quotation marks and ``, . : ;`` from both ends of ``text[start:end]``."""
    return strip_span(text, start, end, _TRIM)


def tokens_in(token_starts: Sequence[int], start: int, end: int) -> set[int]:
    """Indices of the tokens that start inside ``[start, end)``."""
    import bisect

    lo = bisect.bisect_left(token_starts, start)
    hi = bisect.bisect_left(token_starts, end)
    return set(range(lo, hi))


def _shares_token(token_starts: Sequence[int], a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> bool:
    ta: set[int] = set()
    for s, e in a:
        ta |= {i for i in tokens_in(token_starts, s, e)}
    return any(ta & tokens_in(token_starts, s, e) for s, e in b)


def _is_quoted(text: str, a: Attribution) -> bool:
    inner = text[a.start : a.end].strip()
    return (
        bool(inner)
        and inner[0] in _QUOTE_CHARS
        and (inner[-1] in _QUOTE_CHARS or inner.rstrip(",.;:")[-1:] in _QUOTE_CHARS)
    )


def score_document(text: str, gold: Sequence[Attribution], pred: Sequence[Attribution], scores: Scores) -> None:
    """Add one document's comparison to ``scores``."""
    c = scores.counts
    scores.documents += 1
    token_spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    starts = [s for s, _ in token_spans]
    c.gold += len(gold)
    c.pred += len(pred)
    gtok = [tokens_in(starts, *trim_span(text, g.start, g.end)) for g in gold]
    ptok = [tokens_in(starts, *trim_span(text, p.start, p.end)) for p in pred]
    gtrim = [trim_span(text, g.start, g.end) for g in gold]
    ptrim = [trim_span(text, p.start, p.end) for p in pred]
    # EXACT, one to one
    free = set(range(len(gold)))
    for pt in ptrim:
        hit = next((g for g in free if gtrim[g] == pt), None)
        if hit is not None:
            free.discard(hit)
            c.exact += 1
    # MATCH@0.5, one to one, best pairs first
    pairs = []
    for i, p in enumerate(ptok):
        if not p:
            continue
        for j, g in enumerate(gtok):
            if not g:
                continue
            inter = len(p & g)
            if inter:
                jac = inter / len(p | g)
                if jac >= 0.5:
                    pairs.append((jac, i, j))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched: list[tuple[int, int]] = []
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        matched.append((i, j))
    c.match += len(matched)
    for i, j in matched:
        ga, pa = gold[j], pred[i]
        source_ok = False
        if ga.sources:
            c.source_n += 1
            source_ok = bool(pa.sources) and _shares_token(starts, pa.sources, ga.sources)
            c.source_ok += source_ok
        if ga.cues:
            c.cue_n += 1
            c.cue_ok += bool(pa.cues) and _shares_token(starts, pa.cues, ga.cues)
        if source_ok or (not ga.sources and not pa.sources):
            c.e2e += 1
    # OVERLAP (soft)
    for p in ptok:
        if p:
            c.soft_p += max((len(p & g) / len(p) for g in gtok if g), default=0.0)
    for g in gtok:
        if g:
            c.soft_r += max((len(p & g) / len(g) for p in ptok if p), default=0.0)
    # recall on gold contents inside quotation marks
    for j, attribution in enumerate(gold):
        if _is_quoted(text, attribution):
            c.quoted_gold += 1
            c.quoted_found += j in used_g


def score_documents(items: Iterable[tuple[str, Sequence[Attribution], Sequence[Attribution]]]) -> Scores:
    """Score (text, gold, predicted) triples and return the totals."""
    scores = Scores()
    for text, gold, pred in items:
        score_document(text, gold, pred, scores)
    return scores
