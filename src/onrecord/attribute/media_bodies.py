"""A medium the article calls by its kind ("the network said", "the website noted"): the outlet
of that kind it named last before, when the outlet list knows it ("RT", "PolitiFact")."""

from __future__ import annotations

import re

from onrecord.attribute.knowledge import knowledge

__all__ = ["outlet_kinds", "outlet_named_before"]

# the nouns a writer calls a named outlet by after naming it, and the kinds of outlet
# (outlets.tsv) each may stand for; "the agency" is left out: a government's as often as a wire's
_KINDS_BY_NOUN = {
    **dict.fromkeys(
        ("network", "tv network", "broadcaster", "channel", "news channel", "station", "tv station", "radio station"),
        frozenset({"broadcaster"}),
    ),
    **dict.fromkeys(("website", "site", "news site", "news website", "news portal"), frozenset({"news site"})),
    **dict.fromkeys(("newspaper", "paper", "daily", "tabloid"), frozenset({"newspaper"})),
    "magazine": frozenset({"magazine"}),
    **dict.fromkeys(("news agency", "wire service"), frozenset({"agency"})),
}

_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w&'’.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w&'’.-]*)*")
_FULL_STOP = re.compile(r"(?<=\.)[ \t]+")
_REACH = 3000  # characters back an outlet's name may stand: a few paragraphs


def outlet_kinds(noun: str) -> frozenset[str]:
    """The kinds of outlet a bare noun (its article left off) may call a named one by:
    "network" a broadcaster, "website" a news site; none for any other noun."""
    return _KINDS_BY_NOUN.get(" ".join(noun.casefold().split()), frozenset())


def outlet_named_before(text: str, pos: int, kinds: frozenset[str]) -> str | None:
    """The name of the last outlet of one of ``kinds`` the text names before ``pos`` (within a
    few paragraphs), as written ("RT" of "RT's editor"), when the outlet list knows it; else None."""
    kb = knowledge()
    found = None
    for m in _CAPITALISED_RUN.finditer(text, max(0, pos - _REACH), pos):
        # a run may cross a full stop ("... on RT. PolitiFact rated ..."): each sentence's piece
        # first, the last piece naming one winning; the whole run when none does ("St. Louis ...")
        for pieces in (_FULL_STOP.split(m.group()), [m.group()]):
            named = [n for piece in pieces if (n := kb.find_outlet(piece)) is not None and n[0].kind in kinds]
            if named:
                found = named[-1][1]
                break
    return found
