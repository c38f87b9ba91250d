"""Cues that report words nobody said: a refusal to speak, a question left unanswered, a question
put to the subject.

"He refused to say how much it would cost", "she was unable to say when", "he declined to
comment", "Vell was asked eight times what it would cost", "Asked why he had struggled, he ...":
the parse finds a cue and a content, but the subject said nothing of the kind. They are
attributions in PolNeAR's wide sense (kept with ``--scope attributions``), not statements on
record: in the statements scope they are no quotes.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["unsaid"]

_REFUSALS = frozenset({"refuse", "decline"})
# words that leave the cue's content unsaid when they govern the cue ("unable to say", "failed to explain")
_UNSAID_HEADS = ("refus", "declin", "unable", "fail", "reluctant", "loath", "unwilling", "avoid")  # word starts
_QUESTION_WORDS = frozenset("what whether why how when where who whom which if".split())
_NEGATIONS = frozenset({"not", "n't", "never", "no"})


def _negated(token: Any) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in token.children if c.i < token.i)


def _governed_by_unsaid(token: Any) -> bool:
    """Whether a word such as "refused" or "unable" governs the cue ("was unable to say")."""
    head = token
    for _ in range(2):  # "refused to say", "was unable to say"
        if head.dep_ not in {"xcomp", "acomp", "ccomp"} or head.head is head:
            return False
        head = head.head
        if head.lower_.startswith(_UNSAID_HEADS):
            return True
    return False


# "asked not to be identified", "requested not to be named": the source's condition, no words said
_ANONYMITY = re.compile(r"^(?:not to|to not) be (?:named|identified|quoted|cited)\b")


def _anonymity(content: list[Any]) -> bool:
    """Whether the content is a source's wish not to be named ("who asked not to be identified")."""
    return _ANONYMITY.match(" ".join(t.lower_ for t in content)) is not None


def _asked_of_subject(token: Any) -> bool:
    """A passive "ask": the question put to the subject ("was asked what", "Asked why ...")."""
    if token.lower_ != "asked":
        return False
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children):  # the parse has no lemmas
        return True
    # "Asked why he had struggled, he told ...": a participle fronting the sentence
    # (the parser may tag it as a past tense when it hangs the clause on the main verb)
    return token.i == token.sent.start and (token.tag_ == "VBN" or (token.tag_ == "VBD" and token.dep_ == "advcl"))


_ASKING = ("ask", "wonder", "question", "quiz", "press")  # word starts of verbs that put a question
_YES_NO = frozenset({"if", "whether"})


def _inside_question(token: Any) -> bool:
    """Whether the cue is inside a yes/no question someone put ("was asked by X if he had spoken to
    them and explained why ...", "she asked whether he had said ..."): a clause opened by
    "if"/"whether" under an asking verb holds it, so what it reports is asked, not said."""
    clause = token
    for _ in range(3):
        if clause.dep_ == "conj":
            clause = clause.head
        if any(c.dep_ == "mark" and c.lower_ in _YES_NO for c in clause.children):
            return clause.dep_ in {"advcl", "ccomp"} and clause.head.lower_.startswith(_ASKING)
        if clause.dep_ not in {"conj", "xcomp", "acomp"} or clause.head is clause:  # "whether he was able to deny"
            return False
        clause = clause.head
    return False


def unsaid(token: Any, lemma: str | None, content: list[Any]) -> bool:
    """Whether the cue ``token`` (its lexicon ``lemma``) with this ``content`` reports no words said.

    Args:
        token: the cue's spaCy token.
        lemma: the cue's lemma in the cue lexicon.
        content: the content's tokens, in order.

    Returns:
        True for a refusal ("declined to comment"), a question the subject did not answer ("was
        unable to say how much", "would not say whether"), a question put to the subject ("was
        asked what") and one wondered ("wonder where"); False otherwise.
    """
    if lemma in _REFUSALS or _anonymity(content):
        return True
    if _asked_of_subject(token) or _inside_question(token):
        return True
    first = next((t for t in content if not t.is_punct), None)
    if first is None or first.lower_ not in _QUESTION_WORDS:
        return False
    # "you wonder where they come from": a question in the mind, no words said
    return lemma == "wonder" or _negated(token) or _governed_by_unsaid(token)
