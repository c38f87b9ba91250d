"""Findings of documents on record: "the audit found that C", "a new poll shows C".

``find`` and ``show`` are evidence in the cue lexicon, which the statements scope leaves out when
a person finds or shows something ("the mayor found that the road was safe" is her discovery).
When the cue's subject is a document (a study, a poll, an audit, a filing), its finding is what
the document says, on record the way "the report says C" is. The document nouns are a data file
(``data/documents.txt``); the cues that read them carry the frame ``document`` in ``cues.tsv``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["document_nouns", "is_document_finding", "is_document_noun", "survey_nouns"]


@lru_cache(maxsize=1)
def _entries() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The lines of ``data/documents.txt``: each noun (case-folded) and the marks after it."""
    text = resources.files("onrecord.extract").joinpath("data").joinpath("documents.txt").read_text("utf-8")
    rows = (line.split() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return tuple((row[0].casefold(), tuple(row[1:])) for row in rows)


@lru_cache(maxsize=1)
def document_nouns() -> frozenset[str]:
    """The nouns of documents whose findings are on record (``study``, ``poll``, ``audit``, ...)."""
    return frozenset(noun for noun, _ in _entries())


@lru_cache(maxsize=1)
def survey_nouns() -> frozenset[str]:
    """The documents that report by "in": "In a Harwick poll, Varga leads" (marked ``in`` in
    ``data/documents.txt``: polls and surveys, whose figures are read in them)."""
    return frozenset(noun for noun, marks in _entries() if marks[:1] == ("in",))


def _singular(word: str) -> str:
    if word.endswith("yses"):
        return word[:-2] + "is"  # analyses
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def is_document_finding(frames: frozenset[str], speaker: Any | None) -> bool:
    """Whether a cue with ``frames`` and the subject head token ``speaker`` is a document's
    finding on record: the cue reads documents (frame ``document``) and the subject's head noun
    is a document ("a new state audit", "the exit polls")."""
    if "document" not in frames or speaker is None or speaker.pos_ not in {"NOUN", "PROPN"}:
        return False
    return is_document_noun(speaker.lower_, document_nouns())


def is_document_noun(word: str, nouns: frozenset[str]) -> bool:
    """Whether ``word`` (lower case) or its singular is one of ``nouns``."""
    return word in nouns or _singular(word) in nouns
