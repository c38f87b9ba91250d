"""Two reports under one cue in an article not in English: "dijo que C1 y que C2".

A cue with two complement clauses joined by the language's "and" and its complementizer again
("y que", "et qu'", "e que", "и что", "și că") reports two statements, as in English (see
:mod:`onrecord.extract.coordinated`): outlets that carry one of them quote it alone, and a joined
record matches neither. The content is cut before the conjunction and the clause after the
complementizer is a record of its own with the same cue and speaker. A conjunction inside a
quotation is the speaker's wording and stays. The words come from the language's entry
(``and_words``, ``complementizer``); "but that" sets the second clause against the first and is
one statement.
"""

from __future__ import annotations

import re
from functools import lru_cache

from onrecord.extract.candidates import Candidate
from onrecord.extract.words import word_count
from onrecord.languages import language as language_data

__all__ = ["split_joined_reports"]

_MIN_WORDS = 3
"""Words each clause keeps: fewer is an ellipsis that goes on with the first clause."""


@lru_cache(maxsize=64)
def _second_clause(language: str) -> re.Pattern[str] | None:
    """ ", and that" in ``language``: its word for "and", then its complementizer."""
    entry = language_data(language)
    if not entry.and_words or not entry.complementizer:
        return None
    ands = "|".join(sorted(map(re.escape, entry.and_words), key=len, reverse=True))
    return re.compile(rf",?\s+(?i:{ands})\s+(?i:{entry.complementizer})(?:\s+|(?<=['’]))(?=\S)")


def split_joined_reports(
    text: str, candidates: list[Candidate], language: str, quotes: list[tuple[int, int]]
) -> list[Candidate]:
    """The candidates with each indirect or mixed record of one piece cut at a second
    complement clause joined by "and" outside the quotations ``quotes`` (open, close): one
    record per clause, each with the first's cue and speaker."""
    pattern = _second_clause(language)
    if pattern is None:
        return candidates
    out: list[Candidate] = []
    for c in candidates:
        if c.kind not in {"indirect", "mixed"} or len(c.pieces) != 1:
            out.append(c)
            continue
        start = c.start
        parts: list[Candidate] = []
        for m in pattern.finditer(text, c.start, c.end):
            if any(a < m.start() < b for a, b in (*quotes, *c.quoted_parts)):
                continue
            if word_count(text[start : m.start()]) < _MIN_WORDS or word_count(text[m.end() : c.end]) < _MIN_WORDS:
                continue
            parts.append(c.part(start, m.start()))
            start = m.end()
        out.extend([*parts, c.part(start, c.end)] if parts else [c])
    return out
