"""Beliefs held by a predicate: "Voters are convinced that C", "she is confident that C".

A state of mind is often written with a copula and an adjective or a participle rather than a
verb of its own: ``are convinced / confident / aware / sure that C``, ``remains hopeful that C``.
The holder is the copula's subject (for a passive participle, its passive subject: the voters
who are convinced), the content the that-clause the parser hangs on the adjective. The cue
lexicon lists these words with the frame ``adjective``; they are beliefs, so only the
attributions scope keeps what this reader finds.
"""

from __future__ import annotations

from typing import Any

from onrecord.extract.clauses import Frame, complement_tokens, opens_with_that

__all__ = ["read_adjective"]

# what the adjective hangs on: "are convinced", "remains confident", "seemed sure"
_PREDICATE_DEPS = frozenset({"acomp", "ROOT", "ccomp", "conj", "relcl", "advcl", "xcomp", "oprd"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _holder(word: Any) -> Any | None:
    """The subject of the predicate ``word`` belongs to: its own (``convinced`` parsed as the
    clause's verb) or its copula's (``are`` above ``confident``)."""
    own = next((c for c in word.children if c.dep_ in _SUBJECTS), None)
    if own is not None:
        return own
    if word.dep_ in {"acomp", "oprd", "xcomp"} and word.head.i != word.i:
        return next((c for c in word.head.children if c.dep_ in _SUBJECTS), None)
    return None


def read_adjective(word: Any) -> Frame | None:
    """Read ``word`` (an adjective or participle the lexicon lists with the frame ``adjective``)
    as the cue of a belief: its that-clause is the content, the predicate's subject the holder.

    Returns:
        The frame, or None when ``word`` has no that-clause of its own ("a sure thing", "I am
        sure", "aware of the risk").
    """
    if word.pos_ not in {"ADJ", "VERB"} or word.dep_ not in _PREDICATE_DEPS:
        return None
    clause = next((c for c in word.children if c.dep_ == "ccomp" and c.i > word.i and opens_with_that(c)), None)
    if clause is None:
        return None
    content = complement_tokens(clause)
    if not content:
        return None
    holder = _holder(word)
    if holder is not None and holder.i > word.i:
        return None  # "So sure that ... was the mayor": not a predicate on a subject before it
    if holder is not None and holder.lower_ in {"it", "that", "this"}:
        return None  # "it is clear that C": the writer's own judgement, no holder
    cue = [word]
    head = word.head
    if head.i != word.i and head.pos_ == "AUX" and head.i < word.i:
        cue = [head, word]
    return Frame(cue, content, holder, frame="clause")
