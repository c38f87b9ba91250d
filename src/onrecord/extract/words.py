"""Word helpers the extraction rules share: a count of words and the finite auxiliaries."""

from __future__ import annotations

import re

__all__ = ["FINITE_AUXILIARIES", "word_count"]

# The finite auxiliaries and modals that open a clause's verb ("was", "would", "has", "did"): a
# regular-expression alternation, for a pattern to set in its own context and case.
FINITE_AUXILIARIES = "was|were|is|are|had|has|have|would|will|could|should|can|may|might|must|did|does"

_WORD = re.compile(r"\w+")


def word_count(text: str) -> int:
    """How many words (runs of word characters) ``text`` holds.

    Args:
        text: any text.

    Returns:
        The number of words.
    """
    return len(_WORD.findall(text))
