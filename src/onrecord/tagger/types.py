"""The type of an attribution (speech, belief, document, other), read from its cue and source.

onrecord's CC0 corpus gives every attribution a ``type`` (``data/attributions/GUIDELINES.md``): the
cue decides most of it (``said`` is speech, ``believes`` a belief, ``endorsed`` a stance, "other"),
and the source decides between speech and document for cues such as ``said``, ``found`` or
``according to`` (a person speaking against a report, a poll or a filing). A light naive Bayes
classifier learns that from the training data's counts: its features are the cue's words, the
cue's last word and the source's last word. ``onrecord train`` writes it beside the tagger
(``types.json`` in the model folder) when the training data carries types; the hybrid uses it to
keep speech in the statements scope and every type in the attributions scope.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onrecord.errors import ConfigError
from onrecord.model import QUOTE_TYPES

__all__ = ["TYPES", "TYPES_FILE", "TypeClassifier", "features", "learn_types", "load_types"]

TYPES = QUOTE_TYPES
"""The attribution types, as the CC0 corpus's guidelines define them (a quote record's ``type``)."""

TYPES_FILE = "types.json"
"""The classifier's file inside a model folder."""

_WORD = re.compile(r"[\w’']+|:")
_SMOOTHING = 0.5


def _words(text: str | None) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text or "")]


def features(cue: str | None, source: str | None) -> list[str]:
    """The classifier's features of one attribution.

    Args:
        cue: the cue's words (``said``, ``according to``), or ``None``.
        source: the source's words (``the report``, ``Ms. Vane``), or ``None``.

    Returns:
        ``cue:<words>``, ``last:<the cue's last word>`` and ``src:<the source's last word>``
        (``src:-`` without a source).
    """
    cue_words, source_words = _words(cue), _words(source)
    return [
        "cue:" + " ".join(cue_words),
        "last:" + (cue_words[-1] if cue_words else "-"),
        "src:" + (source_words[-1] if source_words else "-"),
    ]


@dataclass(slots=True)
class TypeClassifier:
    """Naive Bayes over :func:`features`, from counts of typed attributions.

    Attributes:
        prior: attributions per type.
        counts: per feature, how often it was seen with each type.
    """

    prior: dict[str, int] = field(default_factory=dict)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, kind: str, cue: str | None, source: str | None) -> None:
        """Count one attribution of type ``kind``."""
        self.prior[kind] = self.prior.get(kind, 0) + 1
        for f in features(cue, source):
            seen = self.counts.setdefault(f, {})
            seen[kind] = seen.get(kind, 0) + 1

    def predict(self, cue: str | None, source: str | None) -> str | None:
        """The most likely type of an attribution, or ``None`` when nothing was learned.

        Args:
            cue: the cue's words.
            source: the source's words.

        Returns:
            One of :data:`TYPES` (seen in training), or ``None``.
        """
        total = sum(self.prior.values())
        if not total:
            return None
        known = [f for f in features(cue, source) if f in self.counts]
        best, best_score = None, -math.inf
        for kind, n in sorted(self.prior.items()):
            score = math.log(n / total)
            for f in known:
                score += math.log((self.counts[f].get(kind, 0) + _SMOOTHING) / (n + _SMOOTHING * len(TYPES)))
            if score > best_score:
                best, best_score = kind, score
        return best

    def to_dict(self) -> dict[str, Any]:
        """The counts, as ``types.json`` stores them (sorted, so the file is reproducible)."""
        return {
            "types": list(TYPES),
            "prior": dict(sorted(self.prior.items())),
            "counts": {f: dict(sorted(c.items())) for f, c in sorted(self.counts.items())},
        }


def _text(spans: Iterable[dict[str, Any]] | None, text: str) -> str:
    return " ".join(text[int(s["start"]) : int(s["end"])] for s in spans or ())


def learn_types(records: Iterable[Any]) -> TypeClassifier:
    """Count the typed attributions of training records (``TrainingRecord``).

    Args:
        records: articles whose attributions may carry ``type`` (untyped ones are skipped).

    Returns:
        The classifier (empty when no attribution carries a type).
    """
    classifier = TypeClassifier()
    for record in records:
        for a in record.attributions:
            kind = a.get("type")
            if kind in TYPES:
                classifier.add(kind, _text(a.get("cue"), record.text), _text(a.get("source"), record.text))
    return classifier


def load_types(folder: str | Path) -> TypeClassifier | None:
    """Read a model folder's ``types.json``.

    Args:
        folder: the model folder.

    Returns:
        The classifier, or ``None`` when the folder has none (a model trained on untyped data).

    Raises:
        ConfigError: the file exists but is malformed.
    """
    path = Path(folder) / TYPES_FILE
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return TypeClassifier(
            {str(k): int(v) for k, v in data["prior"].items()},
            {str(f): {str(k): int(v) for k, v in c.items()} for f, c in data["counts"].items()},
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"{path}: not a type classifier file ({exc})") from None
