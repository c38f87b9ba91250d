"""A further statement: a later quote of one speaker, in one article, that says it adds to.

"The union had written to the port authority about the cranes. It had also written to the
harbour board, she said": a wording with "also" or "as well", after another of the same speaker
in the same article that has neither, tells a further claim beside the first (another party,
another place, another sum), however close the rest of their words. The two are never one
statement (:mod:`onrecord.link.linker` keeps such pairs apart). Two wordings that both say "also"
may both add to a third claim, and may render one statement; so may a wording with "also" that
comes first (a report of the addition, then the speaker's own words of it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["ADDITIVE", "further_pairs"]

ADDITIVE = re.compile(r"\b(?:also|as well|auch|aussi|également|también|anche|também|также|тоже)\b", re.I)
"""Words that say a wording adds to what was said before it, in the languages onrecord reads."""


def further_pairs(quotes: Sequence[tuple[str, int, str]]) -> set[tuple[int, int]]:
    """Pairs (i < j) of indices of one speaker's quotes, given as (article id, position, text),
    where the later quote of one article says it adds ("also", "as well": :data:`ADDITIVE`) and
    the earlier one does not: a further statement, not a rendering of the first."""
    adds = [bool(ADDITIVE.search(text)) for _, _, text in quotes]
    by_article: dict[str, list[int]] = {}
    for i, (article, _, _) in enumerate(quotes):
        by_article.setdefault(article, []).append(i)
    out: set[tuple[int, int]] = set()
    for members in by_article.values():
        for i in members:
            if adds[i]:
                continue
            for j in members:
                if adds[j] and quotes[i][1] < quotes[j][1]:
                    out.add((min(i, j), max(i, j)))
    return out
