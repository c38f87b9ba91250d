"""A role that speaks before (or after) the article names its holder: "The promoter has admitted
that ..." and, further on, "The promoter, Corvell Events, had said ...": the role's words are the
one holder the article introduces with them, wherever it does so."""

from __future__ import annotations

import re
from collections.abc import Callable

from onrecord.attribute.entities import Entity
from onrecord.extract.candidates import Candidate
from onrecord.extract.mentions import Mention

__all__ = ["role_words", "unnamed_roles_to_holders"]

# "the promoter", "the chief steward": a definite role of one to three lower-case words
_DEFINITE_ROLE = re.compile(r"^the\s+((?:[a-z][a-z'’-]*\s+){0,2}[a-z][a-z'’-]*)$", re.I)


def role_words(mention: Mention | None) -> str | None:
    """The role words of a definite singular mention ("The promoter" → "promoter"), else None."""
    if mention is None or mention.kind not in {"other", "role"} or mention.number == "pl":
        return None
    m = _DEFINITE_ROLE.match(mention.text.strip())
    if m is None or not m.group(1)[:1].islower():
        return None
    return m.group(1)


def unnamed_roles_to_holders(
    candidates: list[Candidate],
    speakers: dict[int, Entity | None],
    holder_of: Callable[[str], Entity | None],
) -> None:
    """Give each candidate left with no speaker, whose mention is a definite role ("the
    promoter said"), the one holder ``holder_of`` finds the article introduces with those words."""
    for c in candidates:
        if speakers.get(id(c)) is not None:
            continue
        words = role_words(c.mention)
        if words is None:
            continue
        holder = holder_of(words)
        if holder is not None:
            speakers[id(c)] = holder
