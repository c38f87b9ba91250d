"""What the hybrid does with each tagged content, and how often that content was right.

``python -m onrecord.tagger.audit --split dev [--scope statements] [--limit N]`` extracts every
article of a PolNeAR-shaped split with the shipped model (the hybrid's defaults), records what the
hybrid did with each content the tagger found (:func:`onrecord.extract.hybrid.recording_outcomes`:
``added``, ``overlap``, ``widened``, or the guard that dropped it: ``cue_far``, ``not_clause``,
``unsaid``, ``no_speaker``, ``scope``, ...) and counts, per outcome, the contents that are
**right**. A content the hybrid made a record of (``added``, ``mixed``, ``widened``,
``shortened``) is right when its span MATCHes@0.5 (token Jaccard, as ``onrecord eval polnear``
scores) a gold content; any other (a dropped one, or one a rule record overlaps: ``overlap``) when it
MATCHes a gold content that no record of the hybrid matches. A guard whose dropped contents are
right more often than half the hybrid's F1 would lift F1 if it let them all through (each kept
content adds one prediction, each right one a match); the table gives that F1 per guard (and for
``added``, the F1 were those records dropped), so it says how far a better choice could go, and
reading it on ``train`` as well as ``dev`` says whether a change chosen on one moves the other.

The figures are a measurement only: nothing here is trained, and the shipped model is never
trained on PolNeAR.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from onrecord.evaluate.scoring import Attribution, tokens_in, trim_span

__all__ = ["RECORDED", "Outcome", "audit_document", "audit_polnear", "format_audit", "main", "matched_gold"]

_TOKEN = re.compile(r"\w+")
"""A token, as the PolNeAR scorer counts them (:mod:`onrecord.evaluate.scoring`)."""


@dataclass(slots=True)
class Outcome:
    """Tagged contents with one outcome in the hybrid, and how many of them were right.

    Attributes:
        tagged: contents the hybrid handled this way.
        right: those whose span MATCHes@0.5 a gold content no record of the hybrid matches.
    """

    tagged: int = 0
    right: int = 0


Span = tuple[int, int]

RECORDED = frozenset({"added", "mixed", "widened", "shortened"})
"""Outcomes where the tagged content became (part of) a record."""
_REVISED = frozenset({"overlap", "mixed", "widened", "shortened"})
"""Outcomes that change a rule record's span rather than keep or drop a content: no F1 if flipped."""


def _tokens(text: str, starts: Sequence[int], span: Span) -> set[int]:
    start, end = max(0, span[0]), min(len(text), span[1])
    return tokens_in(starts, *trim_span(text, start, end)) if end > start else set()


def _jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def matched_gold(text: str, gold: Sequence[Span], predicted: Sequence[Span]) -> set[int]:
    """The gold contents a prediction MATCHes@0.5, one to one and best pairs first (the pairing
    ``onrecord eval polnear`` scores)."""
    starts = [m.start() for m in _TOKEN.finditer(text)]
    gold_tokens = [_tokens(text, starts, g) for g in gold]
    pred_tokens = [_tokens(text, starts, p) for p in predicted]
    pairs = sorted(
        (
            (score, i, j)
            for i, p in enumerate(pred_tokens)
            for j, g in enumerate(gold_tokens)
            if (score := _jaccard(p, g)) >= 0.5
        ),
        reverse=True,
    )
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    for _, i, j in pairs:
        if i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
    return used_gold


def audit_document(
    text: str,
    gold: Sequence[Span],
    predicted: Sequence[Span],
    outcomes: Iterable[tuple[Span, str]],
    into: dict[str, Outcome] | None = None,
) -> dict[str, Outcome]:
    """Count one article's tagged contents per outcome, and the right ones among them.

    Args:
        text: the article.
        gold: the gold contents' spans.
        predicted: the spans of the hybrid's records (what was scored).
        outcomes: ``(span, outcome)`` per tagged content, offsets into ``text``.
        into: counts to add to (a new dict when not given).

    Returns:
        The counts per outcome.
    """
    counts = {} if into is None else into
    starts = [m.start() for m in _TOKEN.finditer(text)]
    taken = matched_gold(text, gold, predicted)
    every = [_tokens(text, starts, g) for g in gold]
    free = [g for j, g in enumerate(every) if j not in taken]
    for span, what in outcomes:
        tokens = _tokens(text, starts, span)
        outcome = counts.setdefault(what, Outcome())
        outcome.tagged += 1
        against = every if what in RECORDED else free
        outcome.right += any(_jaccard(tokens, g) >= 0.5 for g in against)
    return counts


def _spans(attributions: Iterable[Attribution]) -> list[Span]:
    return [(a.start, a.end) for a in attributions]


def audit_polnear(
    split: str = "dev",
    data: str | Path | None = None,
    limit: int | None = None,
    scope: str = "statements",
    progress: Callable[[int], None] | None = None,
) -> tuple[dict[str, Outcome], int, int, int]:
    """Audit the hybrid's handling of the tagger's contents on a PolNeAR-shaped split.

    Args:
        split: ``dev`` or ``train`` (``test`` only to report).
        data: the folder with the split files (default: the shared data folder).
        limit: only the first articles.
        scope: ``statements`` or ``attributions``.
        progress: called with the number of articles done.

    Returns:
        The counts per outcome, and the split's gold contents, the hybrid's records and the gold
        contents they match (MATCH@0.5), summed over the articles.
    """
    from onrecord.evaluate.corpora import load_polnear
    from onrecord.evaluate.polnear import predicted_attributions
    from onrecord.extract import Document, ExtractOptions, extract_document
    from onrecord.extract.hybrid import recording_outcomes

    options = ExtractOptions.scope(scope, None)
    counts: dict[str, Outcome] = {}
    gold_n = pred_n = matched_n = 0
    for n, doc in enumerate(load_polnear(split, data), start=1):
        if limit is not None and n > limit:
            break
        document = Document(
            content=doc.text,
            source="<text>",
            reader="text",
            media_type="text",
            id=doc.id,
            published=doc.published,
        )
        with recording_outcomes() as recorded:
            article, quotes = extract_document(document, options)
        # the outcomes are in the analysed body's offsets; the records and the gold in the text's
        outcomes = [((article.source_offset(s), article.source_end_offset(e)), what) for (s, e), what in recorded]
        gold = _spans(doc.gold)
        predicted = _spans(predicted_attributions(quotes, doc.text))
        audit_document(doc.text, gold, predicted, outcomes, counts)
        gold_n += len(gold)
        pred_n += len(predicted)
        matched_n += len(matched_gold(doc.text, gold, predicted))
        if progress is not None:
            progress(n)
    return counts, gold_n, pred_n, matched_n


def format_audit(counts: dict[str, Outcome], gold: int, predicted: int, matched: int) -> str:
    """A table: per outcome, the contents, the right ones, and MATCH@0.5 F1 were every content
    with that outcome kept as a record too (the guards) or dropped (``added``); ``-`` for the
    outcomes that revise a rule record's span."""
    f1 = 2 * matched / (gold + predicted) if gold + predicted else 0.0
    lines = [
        f"hybrid: gold {gold}, records {predicted}, matched {matched}, MATCH@0.5 F1 {f1:.4f}",
        f"{'outcome':<16}{'tagged':>8}{'right':>8}{'share':>8}{'F1 if flipped':>15}",
    ]
    for what, o in sorted(counts.items(), key=lambda kv: (-kv[1].tagged, kv[0])):
        if what in _REVISED:
            flipped = "-"
        elif what == "added":
            kept = gold + predicted - o.tagged
            flipped = f"{2 * (matched - o.right) / kept:.4f}" if kept else "-"
        else:
            flipped = f"{2 * (matched + o.right) / (gold + predicted + o.tagged):.4f}"
        share = o.right / o.tagged if o.tagged else 0.0
        lines.append(f"{what:<16}{o.tagged:>8}{o.right:>8}{share:>8.3f}{flipped:>15}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m onrecord.tagger.audit``: print the audit of one split."""
    parser = argparse.ArgumentParser(prog="python -m onrecord.tagger.audit", description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev", choices=["dev", "train", "test"])
    parser.add_argument("--data", default=None, help="folder with the PolNeAR JSONL splits")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--scope", default="statements", choices=["statements", "attributions"])
    args = parser.parse_args(argv)
    counts, gold, predicted, matched = audit_polnear(args.split, args.data, args.limit, args.scope)
    print(f"PolNeAR {args.split} ({args.scope})")
    print(format_audit(counts, gold, predicted, matched))
    return 0


if __name__ == "__main__":
    sys.exit(main())
