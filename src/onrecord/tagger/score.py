"""Tagger-alone scoring: CONTENT spans paired with their nearest cue and source, on the shared scorer.

The tagger finds spans, not attributions. A CONTENT span is paired with the nearest CUE span (by
character gap) in its own sentence, else in its paragraph, else anywhere; that cue with the nearest
SOURCE span in the cue's sentence, else with the word right before the cue (an English reporting
verb's subject stands there: ``the fund warned that ...``, ``he said``), else with the nearest
source anywhere. Two CONTENT spans around the same cue, with no line break between them (``"We are
ready," she said, "but ..."``), are one interrupted content, which the scorer counts from its
first to its last piece, as it does for gold.

Sentences here are a cheap reading (a full stop, question or exclamation mark before a capital, or
a line break), since the tagger alone has no parse.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from onrecord.evaluate.scoring import Attribution, Scores, score_documents
from onrecord.tagger.convert import TrainingRecord, read_records

__all__ = ["Span", "gold_attributions", "pair_spans", "score_records", "score_tagger", "sentence_break", "word_before"]

Span = tuple[str, int, int]
"""A tagged span: label (CONTENT, SOURCE or CUE), start and end offsets into the text."""

_SENTENCE_END = re.compile(r"[.!?][\"')\u201d\u2019]*\s+(?=[\"\u201c\u2018(]?[A-Z0-9])|\n")
_LAST_WORD = re.compile(r"(\w[\w.'\u2019-]*)[\s,]*$")


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(a[0] - b[1], b[0] - a[1], 0)


def sentence_break(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether a sentence ends (or a line breaks) between the spans ``a`` and ``b`` of ``text``."""
    if a[0] < b[1] and b[0] < a[1]:
        return False
    lo, hi = min(a[1], b[1]), max(a[0], b[0])
    if lo >= hi:
        return False
    found = _SENTENCE_END.search(text, lo, min(len(text), hi + 2))  # the capital after may be the span's own
    return found is not None and found.start() < hi


def _nearest(target: tuple[int, int], candidates: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    if not candidates:
        return None
    return min(candidates, key=lambda c: (_gap(target, c), c[0]))


def _nearest_cue(text: str, content: tuple[int, int], cues: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The cue nearest ``content`` in its sentence, else in its paragraph, else anywhere."""
    in_sentence = [c for c in cues if not sentence_break(text, c, content)]
    in_paragraph = [c for c in cues if "\n" not in text[min(c[0], content[0]) : max(c[1], content[1])]]
    return _nearest(content, in_sentence or in_paragraph or cues)


def word_before(text: str, cue: tuple[int, int], contents: Sequence[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """The word right before ``cue`` (a comma skipped: ``Mike Pence, plans``), where a reporting
    verb's subject stands; ``None`` at a line start or inside a content."""
    head = text[max(0, cue[0] - 80) : cue[0]]
    found = _LAST_WORD.search(head)
    if found is None:
        return None
    base = cue[0] - len(head)
    span = (base + found.start(1), base + found.end(1))
    if "\n" in text[span[1] : cue[0]] or any(c[0] <= span[0] < c[1] for c in contents):
        return None
    return span


def pair_spans(
    text: str, spans: Sequence[Span], by_sentence: bool = True, word_before_cue: bool = True
) -> list[Attribution]:
    """Turn tagged spans into attributions: each content with its nearest cue and that cue's source.

    Args:
        text: the text the spans point into.
        spans: ``(label, start, end)`` triples from the tagger.
        by_sentence: a content's cue is looked for in its sentence, then its paragraph, and a
            cue's source in its sentence, before anywhere (else: the nearest anywhere).
        word_before_cue: with no tagged source in the cue's sentence, the word right before the
            cue is its source.

    Returns:
        One attribution per content (interrupted contents joined), in text order.
    """
    contents = sorted((s, e) for label, s, e in spans if label == "CONTENT")
    cues = sorted((s, e) for label, s, e in spans if label == "CUE")
    sources = sorted((s, e) for label, s, e in spans if label == "SOURCE")
    groups: list[tuple[tuple[int, int], tuple[int, int] | None]] = []
    for content in contents:
        cue = _nearest_cue(text, content, cues) if by_sentence else _nearest(content, cues)
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
        source = None
        if cue is not None and by_sentence:
            source = _nearest(cue, [s for s in sources if not sentence_break(text, s, cue)])
            if source is None and word_before_cue:
                before = word_before(text, cue, contents)
                source = before if before is not None and not content[0] <= before[0] < content[1] else None
        if source is None:
            source = _nearest(cue if cue is not None else content, sources)
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
