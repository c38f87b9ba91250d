"""The clause of a long quote that a shorter wording renders.

A journalist's report usually renders one sentence of the speaker's several, and that sentence,
not the whole quote, is what it must agree with: "the fire had started above the north
transept" is not a report of "The fire started above the south aisle. We were wrong about the
north transept, ...", though every word it has is somewhere in the quote. Verifying the whole
quote sees both places in it and finds nothing changed.
"""

from __future__ import annotations

import functools
import re

from onrecord.link.features import Features, compatible, content_words, features, tokens
from onrecord.link.views import clauses

__all__ = ["clause_read", "clause_rendered", "renders_a_clause_apart"]

# a sentence's opening coordinator, which hides the subject it opens with ("And City Hall has ...")
_COORDINATOR = re.compile(r"^(?:and|but|so|or|yet)\s+(?=\w)", re.I)
_LEAST_SHARED = 3  # content words a wording must share with the clause it renders
_SHARE = 0.5  # and this share of its own content words


def clause_rendered(words: list[str], pieces: tuple[str, ...]) -> str | None:
    """The clause of a quote (given as its pieces) that a wording of one clause renders.

    Args:
        words: the shorter wording's words (:func:`~onrecord.link.features.tokens`).
        pieces: the longer quote's pieces (an interrupted quote's pieces, else its whole text).

    Returns:
        The clause that shares the most content words with ``words``, at least
        :data:`_LEAST_SHARED` and :data:`_SHARE` of them, strictly more than any other clause
        shares; None when the quote is one clause or no clause stands out.
    """
    parts = _clause_words(pieces)
    said = content_words(words)
    if len(parts) < 2 or not said:
        return None
    scored = sorted(((len(said & held), k) for k, (_, held) in enumerate(parts)), reverse=True)
    (best, k), (second, _) = scored[0], scored[1]
    if best < _LEAST_SHARED or best < _SHARE * len(said) or best == second:
        return None
    return parts[k][0]


@functools.lru_cache(maxsize=4096)
def _clause_words(pieces: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """The clauses of a quote's pieces, each with its content words (a quote meets many others)."""
    parts = [c for piece in pieces for c in (clauses(piece) or [piece])]
    return tuple((p, frozenset(content_words(tokens(p)))) for p in parts)


@functools.lru_cache(maxsize=4096)
def clause_read(clause: str, language: str | None) -> Features:
    """The features of a clause as a report of it is verified against: without the coordinator
    it opens with ("And City Hall has never ..." is read as "City Hall has never ...")."""
    return features(_COORDINATOR.sub("", clause), language)


def renders_a_clause_apart(
    words: list[str], text: str, read: Features, pieces: tuple[str, ...], other_language: str | None
) -> bool:
    """Whether a wording of one clause renders one clause of a longer quote in its language and
    disagrees with that clause on verification (a figure, a place, a party or a negation changed;
    not a modal verb, which a report's writer chooses),
    though it may agree with the whole quote, whose other clauses hold the words it changed.

    Args:
        words: the shorter wording's words.
        text: the shorter wording.
        read: its features (its language among them).
        pieces: the longer quote's pieces.
        other_language: the longer quote's language.
    """
    if (read.language or "en") != (other_language or "en") or clauses(text):
        return False
    clause = clause_rendered(words, pieces)
    if clause is None:
        return False
    agree, reason = compatible(read, clause_read(clause, other_language))
    # a report's modal is the journalist's ("would" for the speaker's "should"), not a change of claim
    return not agree and reason != "modality"
