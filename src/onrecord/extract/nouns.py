"""Reported speech headed by a noun: ``his claim that C``, ``the warning by X that C``.

A noun of speech in the cue lexicon (frame ``noun``) is a cue when it carries a content clause
opened by ``that`` and names who spoke: a possessor (``his``, ``the mayor's``) or a ``by``
or ``from`` phrase. Without either the sentence says nothing of who made the claim (``claims that he
exaggerated``), and the noun is no cue.
"""

from __future__ import annotations

from typing import Any

from onrecord.extract.clauses import Frame, complement_tokens, opens_with_that
from onrecord.extract.lexicon import Cue

__all__ = ["holder_of", "read_noun_cue"]

_MIN_CONTENT_TOKENS = 3
_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl", "advcl"})


def _that_clause(noun: Any) -> Any | None:
    """The clause after ``noun`` that opens with the complementizer ``that`` (not a relative
    clause: in ``the claim that he made`` the ``that`` is the verb's object, no ``mark``)."""
    for child in noun.children:
        if child.i > noun.i and child.dep_ in _CLAUSE_DEPS and opens_with_that(child):
            return child
    if noun.dep_ in {"dobj", "pobj", "attr"}:
        # the parse hangs the clause on the noun's verb when it follows the noun's whole phrase
        # ("followed a tweet from the senator that C": "that C" under "followed")
        for child in noun.head.children:
            if child.dep_ == "ccomp" and opens_with_that(child) and child.left_edge.i == noun.right_edge.i + 1:
                return child
    return None


def holder_of(noun: Any) -> Any | None:
    """Who made the statement the noun names: its possessor, else the object of ``by`` or
    ``from`` (``a warning from the mayor that C``, ``a tweet from the senator that C``)."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"by", "from"} and child.i > noun.i:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def read_noun_cue(noun: Any, cue: Cue) -> Frame | None:
    """Read ``his claim that C``: the content clause and its holder, with the noun as the cue.

    Args:
        noun: a token of the parsed sentence whose form the lexicon lists with frame ``noun``.
        cue: that lexicon entry.

    Returns:
        The frame (content, speaker, cue tokens), or None when the token is no such cue here.
    """
    if "noun" not in cue.frames or noun.pos_ != "NOUN":
        return None
    clause = _that_clause(noun)
    holder = holder_of(noun)
    if clause is None or holder is None:
        return None
    content = complement_tokens(clause)
    if len(content) < _MIN_CONTENT_TOKENS or any(t.i in {holder.i, noun.head.i} for t in content):
        return None  # the holder or the noun's own verb inside the clause: a misparse
    return Frame([noun], content, holder)
