"""PolNeAR-shaped JSONL → spaCy training docs with CONTENT, SOURCE and CUE entities.

An entity recogniser cannot hold overlapping spans, so the conversion drops them deterministically:
attributions marked ``attrs.nested`` are skipped whole; the others are taken outermost first (by
the extent of all their spans, then by position), and a span that overlaps a span already taken is
dropped (the same span shared by two attributions is kept once). Spans are trimmed of whitespace,
then aligned to tokens; one that does not align is snapped outwards to token boundaries.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onrecord.errors import InputError
from onrecord.spans import strip_span

__all__ = ["LABELS", "ConversionReport", "TrainingRecord", "read_records", "record_to_doc"]

LABELS = ("CONTENT", "SOURCE", "CUE")
_ROLES = (("content", "CONTENT"), ("source", "SOURCE"), ("cue", "CUE"))


@dataclass(frozen=True, slots=True)
class TrainingRecord:
    """One article of a training file: its id, text, attributions and licence (None when unstated)."""

    id: str
    text: str
    attributions: tuple[dict[str, Any], ...]
    license: str | None
    path: str


@dataclass(slots=True)
class ConversionReport:
    """What the conversion kept and dropped, summed over documents."""

    documents: int = 0
    attributions: int = 0
    nested_skipped: int = 0
    spans: int = 0
    snapped: int = 0
    misaligned_skipped: int = 0
    overlap_dropped: int = 0
    entities: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))

    def to_dict(self) -> dict[str, object]:
        """The counts, as written into the model card."""
        return {
            "documents": self.documents,
            "attributions": self.attributions,
            "nested_skipped": self.nested_skipped,
            "spans": self.spans,
            "snapped": self.snapped,
            "misaligned_skipped": self.misaligned_skipped,
            "overlap_dropped": self.overlap_dropped,
            "entities": dict(self.entities),
        }


def read_records(path: str | Path) -> Iterator[TrainingRecord]:
    """Read a PolNeAR-shaped JSONL file, one article per line.

    Args:
        path: the JSONL file.

    Returns:
        The records, in file order.

    Raises:
        InputError: the file is missing or a line is not an article with ``id``, ``text`` and
            ``attributions``.
    """
    source = str(path)
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(source, f"cannot read training data ({exc.strerror or exc})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
            attributions = tuple(record["attributions"])
            if not isinstance(text, str) or not all(isinstance(a, dict) for a in attributions):
                raise TypeError("text must be a string and attributions objects")
            meta = record.get("meta") or {}
            licence = meta.get("license") if isinstance(meta, dict) else None
            yield TrainingRecord(str(record["id"]), text, attributions, licence or None, source)
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(
                source, f"not a PolNeAR-shaped record ({type(exc).__name__}: {exc})", f"line {number}"
            ) from None


def _extent(attribution: dict[str, Any]) -> tuple[int, int]:
    spans = [s for role, _ in _ROLES for s in attribution.get(role) or ()]
    if not spans:
        return 0, 0
    return min(int(s["start"]) for s in spans), max(int(s["end"]) for s in spans)


def _outer_first(attributions: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    def key(a: dict[str, Any]) -> tuple[int, int]:
        start, end = _extent(a)
        return -(end - start), start

    return sorted(attributions, key=key)


def record_to_doc(nlp: Any, record: TrainingRecord, report: ConversionReport | None = None) -> Any:
    """Make a spaCy ``Doc`` of one record's text with its CONTENT, SOURCE and CUE spans as entities.

    Args:
        nlp: a spaCy ``Language`` (only its tokenizer is used).
        record: the article.
        report: counts of kept, snapped and dropped spans are added here.

    Returns:
        The doc, every token outside an entity marked as outside (the annotation is complete).

    Raises:
        InputError: a span's offsets are not integers inside the text.
    """
    report = report if report is not None else ConversionReport()
    doc = nlp.make_doc(record.text)
    report.documents += 1
    taken: dict[tuple[int, int], str] = {}
    occupied: set[int] = set()
    entities = []
    for attribution in _outer_first(record.attributions):
        report.attributions += 1
        if (attribution.get("attrs") or {}).get("nested"):
            report.nested_skipped += 1
            continue
        for role, label in _ROLES:
            for span in attribution.get(role) or ():
                report.spans += 1
                try:
                    start, end = int(span["start"]), int(span["end"])
                except (KeyError, TypeError, ValueError):
                    raise InputError(record.path, f"span without integer start/end: {span!r}", record.id) from None
                if not 0 <= start <= end <= len(record.text):
                    raise InputError(record.path, f"span {start}-{end} outside the text", record.id)
                start, end = strip_span(record.text, start, end)
                entity = doc.char_span(start, end, label=label) if start < end else None
                if entity is None and start < end:
                    entity = doc.char_span(start, end, label=label, alignment_mode="expand")
                    if entity is not None and len(entity):
                        report.snapped += 1
                if entity is None or not len(entity):
                    report.misaligned_skipped += 1
                    continue
                bounds = (entity.start, entity.end)
                if taken.get(bounds) == label:
                    continue  # one span shared by two attributions
                tokens = set(range(*bounds))
                if tokens & occupied:
                    report.overlap_dropped += 1
                    continue
                occupied |= tokens
                taken[bounds] = label
                entities.append(entity)
                report.entities[label] += 1
    doc.set_ents(sorted(entities, key=lambda e: e.start), default="outside")
    return doc
