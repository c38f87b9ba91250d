"""Two reports under one cue in an article not in English: "dijo que C1 y que C2".

A cue with two complement clauses joined by the language's "and" and its complementizer again
("y que", "et qu'", "e que", "и что", "și că") reports two statements, as in English (see
:mod:`onrecord.extract.coordinated`): outlets that carry one of them quote it alone, and a joined
record matches neither. The content is cut before the conjunction and the clause after the
complementizer is a record of its own with the same cue and speaker, when it opens with a subject
of its own (an article, a name, a figure, another pronoun): "y que está contenido", "et qu'il
n'avait" go on about the first clause's subject. A conjunction inside a quotation is the
speaker's wording and stays. The words come from the language's entry
(``and_words``, ``complementizer``); "but that" sets the second clause against the first and is
one statement.
"""

from __future__ import annotations

import re
from functools import lru_cache

from onrecord.extract.candidates import Candidate
from onrecord.extract.foreign import articles
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
    that = "|".join(w for w in entry.complementizer.split("|") if w.casefold() not in _PURPOSE)
    if not that:
        return None
    return re.compile(rf",?\s+(?i:{ands})\s+(?i:{that})(?:\s+|(?<=['’]))(?=\S)")


_PURPOSE = frozenset({"чтобы", "aby", "żeby", "щоб"})
"""Complementizers of purpose ("in order that"): "and so that" goes on with the first clause."""


_WORD = re.compile(r"[^\W\d_]+|\d")


_ALSO_INFINITIVE = frozenset({"að"})
"""Complementizers that also mark an infinitive (Icelandic "og að hækka laun": "and to raise")."""


def _opens_own_subject(first: str, second: str, language: str, strict: bool = False) -> bool:
    """Whether the second clause opens with a subject of its own: an article, a name, a figure, or
    a subject pronoun other than the one the first clause opens with ("et qu'il n'avait ..."
    after "il ne démissionnerait pas" goes on about the same subject, as "y que está contenido"
    with no subject at all does). A language whose articles onrecord does not know (Russian,
    Romanian) opens any clause with its subject, unless ``strict`` (a complementizer that also
    marks an infinitive, "og að hækka laun"): then only a name, a figure or another pronoun
    tells."""
    opening = _WORD.search(second)
    if opening is None:
        return False
    word = opening.group()
    pronouns = language_data(language).pronouns
    if word.casefold() in pronouns:
        before = _WORD.search(first)
        return before is None or before.group().casefold() != word.casefold()
    known = articles(language)
    if known is None and not strict:
        return True
    return (known is not None and word.casefold() in known) or word[:1].isupper() or word[:1].isdigit()


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
        cuts: list[tuple[int, int]] = []
        for m in pattern.finditer(text, c.start, c.end):
            if any(a < m.start() < b for a, b in (*quotes, *c.quoted_parts)):
                continue
            if word_count(text[start : m.start()]) < _MIN_WORDS or word_count(text[m.end() : c.end]) < _MIN_WORDS:
                continue
            strict = text[m.start() : m.end()].split()[-1].rstrip("'’").casefold() in _ALSO_INFINITIVE
            if not _opens_own_subject(text[start : m.start()], text[m.end() : c.end], language, strict):
                continue
            cuts.append((m.start(), m.end()))
            start = m.end()
        out.extend(c.cut(cuts))
    return out
