"""A trained tagger: loaded once per process, tags text with CONTENT, SOURCE and CUE spans."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from onrecord.errors import ConfigError
from onrecord.tagger.features import featured_doc
from onrecord.tagger.gate import Gate, load_gate
from onrecord.tagger.types import TypeClassifier, load_types

__all__ = ["Tagger", "load", "tag"]


class Tagger:
    """A spaCy pipeline trained by ``onrecord train``, with its model card.

    Args:
        nlp: the loaded spaCy ``Language``.
        path: the folder it was loaded from.
    """

    def __init__(self, nlp: Any, path: Path) -> None:
        self.nlp = nlp
        self.path = path
        self.types: TypeClassifier | None = load_types(path)
        """The attribution type classifier trained with the model (``types.json``), if any."""
        self.gate: Gate | None = load_gate(path)
        """The hybrid's learned gate over the model's contents (``gate.json``), if any."""

    @property
    def parse_features(self) -> bool:
        """Whether the model reads parse features (:mod:`onrecord.tagger.features`) beside word forms."""
        meta = getattr(self.nlp, "meta", None) or {}
        return bool((meta.get("onrecord") or {}).get("features"))

    @property
    def meta(self) -> dict[str, Any]:
        """The model's ``meta.json`` (training data, licence, seed, epochs, held-out scores)."""
        return dict(self.nlp.meta)

    def tag(self, text: str) -> list[tuple[str, int, int]]:
        """Tag one text.

        Args:
            text: the article body.

        Returns:
            ``(label, start, end)`` per span found, in text order; offsets index ``text``.
        """
        doc = self.nlp(featured_doc(self.nlp, text) if self.parse_features else text)
        return [(ent.label_, ent.start_char, ent.end_char) for ent in doc.ents]


@functools.lru_cache(maxsize=4)
def _load(path: str) -> Tagger:
    import spacy

    folder = Path(path)
    meta = folder / "meta.json"
    if not meta.is_file():
        raise ConfigError(f"{folder}: not a tagger model folder (no meta.json); train one with `onrecord train`")
    try:
        if "onrecord" not in json.loads(meta.read_text(encoding="utf-8")):
            raise ConfigError(f"{folder}: meta.json was not written by `onrecord train`")
        nlp = spacy.load(folder)
    except ConfigError:
        raise
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{folder}: cannot load the tagger model ({exc})") from None
    return Tagger(nlp, folder)


def load(path: str | Path) -> Tagger:
    """Load a tagger model folder; the same folder is loaded once per process.

    Args:
        path: the folder written by ``train``.

    Returns:
        The tagger.

    Raises:
        ConfigError: the folder is missing or does not hold a tagger model.
    """
    return _load(str(Path(path).resolve()))


def tag(text: str, model: str | Path) -> list[tuple[str, int, int]]:
    """Tag ``text`` with the model in folder ``model`` (loaded once per process).

    Args:
        text: the article body.
        model: the model folder.

    Returns:
        ``(label, start, end)`` per span found.
    """
    return load(model).tag(text)
