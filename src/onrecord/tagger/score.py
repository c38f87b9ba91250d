"""Tagger-alone scoring: CONTENT spans paired with their nearest cue and source, on the shared scorer.

The tagger finds spans, not attributions. A CONTENT span is paired with the nearest CUE span (by
character gap), and that cue with its nearest SOURCE span; two CONTENT spans around the same cue,
with no line break between them (``"We are ready," she said, "but ..."``), are one interrupted
content, which the scorer counts from its first to its last piece, as it does for gold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from onrecord.evaluate.scoring import Attribution, Scores, score_documents
from onrecord.tagger.convert import TrainingRecord, read_records

__all__ = ["Span", "gold_attributions", "pair_spans", "score_records", "score_tagger"]

Span = tuple[str, int, int]
"""A tagged span: label (CONTENT, SOURCE or CUE), start and end offsets into the text."""


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(a[0] - b[1], b[0] - a[1], 0)


def _nearest(target: tuple[int, int], candidates: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    if not candidates:
        return None
    return min(candidates, key=lambda c: (_gap(target, c), c[0]))


def pair_spans(text: str, spans: Sequence[Span]) -> list[Attribution]:
    """Turn tagged spans into attributions: each content with its nearest cue and that cue's source.

    Args:
        text: the text the spans point into.
        spans: ``(label, start, end)`` triples from the tagger.

    Returns:
        One attribution per content (interrupted contents joined), in text order.
    """
    contents = sorted((s, e) for label, s, e in spans if label == "CONTENT")
    cues = sorted((s, e) for label, s, e in spans if label == "CUE")
    sources = sorted((s, e) for label, s, e in spans if label == "SOURCE")
    groups: list[tuple[tuple[int, int], tuple[int, int] | None]] = []
    for content in contents:
        cue = _nearest(content, cues)
        if groups:
            (first_start, last_end), last_cue = groups[-1]
            between = text[last_end : content[0]]
            if (
                cue is not None
                and cue == last_cue
                and last_end <= cue[0]
                and cue[1] <= content[0]
                and "\n" not in between
            ):
                groups[-1] = ((first_start, content[1]), cue)
                continue
        groups.append((content, cue))
    out = []
    for content, cue in groups:
        anchor = cue if cue is not None else content
        source = _nearest(anchor, sources)
        out.append(
            Attribution(
                content[0],
                content[1],
                (source,) if source is not None else (),
                (cue,) if cue is not None else (),
            )
        )
    return out


def gold_attributions(record: TrainingRecord) -> list[Attribution]:
    """The gold attributions of a record, as the PolNeAR evaluation reads them (every one, nested too)."""
    out = []
    for a in record.attributions:
        content = a.get("content") or []
        if not content:
            continue
        out.append(
            Attribution(
                min(int(s["start"]) for s in content),
                max(int(s["end"]) for s in content),
                tuple((int(s["start"]), int(s["end"])) for s in a.get("source") or ()),
                tuple((int(s["start"]), int(s["end"])) for s in a.get("cue") or ()),
            )
        )
    return out


def score_records(
    tag: Callable[[str], list[Span]],
    records: Sequence[TrainingRecord] | Iterator[TrainingRecord],
    progress: Callable[[int], None] | None = None,
) -> Scores:
    """Score a tagging function's paired contents against the records' gold.

    Args:
        tag: text → tagged spans (``Tagger.tag``).
        records: the articles with gold attributions.
        progress: called with the number of articles done.

    Returns:
        The shared scorer's totals (EXACT, MATCH@0.5, OVERLAP, SOURCE, CUE, END-TO-END).
    """

    def items() -> Iterator[tuple[str, list[Attribution], list[Attribution]]]:
        for n, record in enumerate(records, start=1):
            yield record.text, gold_attributions(record), pair_spans(record.text, tag(record.text))
            if progress:
                progress(n)

    return score_documents(items())


def score_tagger(model: str | Path, data: str | Path, progress: Callable[[int], None] | None = None) -> Scores:
    """Score a trained tagger alone on a PolNeAR-shaped JSONL file.

    Args:
        model: the model folder written by ``train``.
        data: the JSONL file with gold attributions.
        progress: called with the number of articles done.

    Returns:
        The totals; ``to_dict()`` gives the figures.

    Raises:
        ConfigError: the model folder cannot be loaded.
        InputError: the data file cannot be read.
    """
    from onrecord.tagger.model import load

    return score_records(load(model).tag, read_records(data), progress)
