"""Word helpers the extraction rules share: a count of words, the finite auxiliaries and the small
words of a title."""

from __future__ import annotations

import re

__all__ = ["FINITE_AUXILIARIES", "TITLE_SMALL_WORDS", "word_count"]

# The finite auxiliaries and modals that open a clause's verb ("was", "would", "has", "did"): a
# regular-expression alternation, for a pattern to set in its own context and case.
FINITE_AUXILIARIES = "was|were|is|are|had|has|have|would|will|could|should|can|may|might|must|did|does"

# The lower-case words a title in title case may hold: articles, conjunctions, prepositions
# ("Minister of State for the Economy", "Late Hour with Ada Brell").
TITLE_SMALL_WORDS = frozenset("a an the of in on and or for to at by with from".split())

_WORD = re.compile(r"\w+")


def word_count(text: str) -> int:
    """How many words (runs of word characters) ``text`` holds.

    Args:
        text: any text.

    Returns:
        The number of words.
    """
    return len(_WORD.findall(text))
