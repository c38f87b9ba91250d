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

__all__ = ["ADDITIVE", "adds", "further_pairs"]

ADDITIVE = re.compile(r"\b(?:also|as well|auch|aussi|également|también|anche|também|также|тоже)\b", re.I)
"""Words that say a wording adds to what was said before it, in the languages onrecord reads."""


# "also" inside a relative clause still open before it ("the bridge, which also carries the water
# main"): the clause tells more of a thing the words name, not a further claim of the speaker's
_OPEN_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b[^,;:.!?()\"“”—–]*$", re.I)
# "also" that opens a noun phrase ("Rena Holt, also a trustee, ..."; "buses but also trams")
_NOUN_AFTER = re.compile(r"\s+(?:a|an|the|his|her|its|their|our|my|your|known\s+as)\b", re.I)
_NOUN_BEFORE = re.compile(r"\b(?:but|and|or)\s+$", re.I)
_AS_WELL = re.compile(r"\bas\s+well\b(?!\s+as\b)", re.I)
_CLAUSE_END = re.compile(r"\s*(?:[,;:.!?)\"”’»—–]|$)")


def adds(text: str) -> bool:
    """Whether ``text`` says it adds to what its speaker said before: an "also" of its verb ("It had
    also written to the harbour board"), a clause-final "as well" ("... would run on Sunday as
    well"), or the word of another language (:data:`ADDITIVE`). An "also" in a relative clause ("the
    bridge, which also carries the water main") or of a noun phrase ("also a trustee", "buses but
    also trams") and "as well as" ("buses as well as trams") add nothing to the claim."""
    for m in ADDITIVE.finditer(text):
        word = m.group(0).casefold()
        if word == "also":
            if _OPEN_RELATIVE.search(text, 0, m.start()) or _NOUN_BEFORE.search(text, 0, m.start()):
                continue
            if _NOUN_AFTER.match(text, m.end()):
                continue
            return True
        if word.startswith("as"):
            if _AS_WELL.match(text, m.start()) and _CLAUSE_END.match(text, m.end()):
                return True
            continue
        return True
    return False


def further_pairs(quotes: Sequence[tuple[str, int, str]]) -> set[tuple[int, int]]:
    """Pairs (i < j) of indices of one speaker's quotes, given as (article id, position, text),
    where the later quote of one article says it adds ("also", "as well": :func:`adds`) and
    the earlier one does not: a further statement, not a rendering of the first."""
    adds_ = [adds(text) for _, _, text in quotes]
    by_article: dict[str, list[int]] = {}
    for i, (article, _, _) in enumerate(quotes):
        by_article.setdefault(article, []).append(i)
    out: set[tuple[int, int]] = set()
    for members in by_article.values():
        for i in members:
            if adds_[i]:
                continue
            for j in members:
                if adds_[j] and quotes[i][1] < quotes[j][1]:
                    out.add((min(i, j), max(i, j)))
    return out
