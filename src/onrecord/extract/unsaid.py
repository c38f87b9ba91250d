"""Cues that report words nobody said: a refusal to speak, a question left unanswered, a question
put to the subject, words denied or not said, a description by no one.

"He refused to say how much it would cost", "she was unable to say when", "he declined to
comment", "Vell was asked eight times what it would cost", "Asked why he had struggled, he ...",
"When asked again if ...", "she could not confirm reports that C", "he denied telling staff to
C", "the driver was described as a tall man": the parse finds a cue and a content, but the
subject said nothing of the kind (or nobody the sentence names did). They are
attributions in PolNeAR's wide sense (kept with ``--scope attributions``), not statements on
record: in the statements scope they are no quotes.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["unsaid"]

_REFUSALS = frozenset({"refuse", "decline"})
# words that leave the cue's content unsaid when they govern the cue ("unable to say", "failed to explain")
# ("denied telling staff to C": the telling is denied, not said)
# ("daring him to say C", "challenged her to explain", "urged him to say": a challenge or a plea, not words said)
_UNSAID_HEADS = (
    "refus", "declin", "unable", "fail", "reluctant", "loath", "unwilling", "avoid", "deni", "deny",
)
# ... and those that leave it unsaid only when they dare or urge someone ("daring him to say C",
# "urged her to explain"); "dared to say that C" and "urgently said" are words said
_DARE_HEADS = ("daring", "dare", "challeng", "urge")
_QUESTION_WORDS = frozenset("what whether why how when where who whom which if".split())
_NEGATIONS = frozenset({"not", "n't", "never", "no"})


def _negated(token: Any) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in token.children if c.i < token.i)


# "could not stress enough that C", "not only said C": a negator that leaves the words said
_EMPHASIS = frozenset({"enough", "only", "just", "merely", "simply"})


def _not_said(token: Any) -> bool:
    """A negated cue ("would not confirm that C", "never claimed C", "did not say C"): the content
    is what the subject did not say, unless the negation only stresses it ("could not stress
    enough that C", "not only said C")."""
    return _negated(token) and not any(c.lower_ in _EMPHASIS for c in token.children)


def _governed_by_unsaid(token: Any) -> bool:
    """Whether a word such as "refused" or "unable" governs the cue ("was unable to say")."""
    head = token
    alternative = any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in head.head.children)
    if head.dep_ == "conj" and head.head.i < head.i and head.head.tag_.startswith("VB") and alternative:
        head = head.head  # "refuses to release his records or explain how C": the first verb's governor
    for _ in range(2):  # "refused to say", "was unable to say"
        if head.dep_ not in {"xcomp", "acomp", "ccomp"} or head.head is head:
            return False
        low, high = sorted((head.i, head.head.i))
        if any(t.text in {",", ";", ":"} for t in token.doc[low:high]):
            return False  # "denied the report, saying C": a participle of its own, said
        head = head.head
        if head.lower_.startswith(_UNSAID_HEADS):
            return True
        if head.lower_.startswith(_DARE_HEADS) and any(
            t.pos_ in {"PRON", "NOUN", "PROPN"} and t.dep_ in {"dobj", "obj", "nsubj"}
            for t in token.doc[head.i + 1 : token.i]
        ):
            return True  # someone dared or urged (the parser may make "him" the subject of "say")
    return False


# "asked not to be identified", "requested not to be named": the source's condition, no words said
_ANONYMITY = re.compile(r"^(?:not to|to not) be (?:named|identified|quoted|cited)\b")


def _anonymity(content: list[Any]) -> bool:
    """Whether the content is a source's wish not to be named ("who asked not to be identified")."""
    return _ANONYMITY.match(" ".join(t.lower_ for t in content)) is not None


# words that open a clause of time or condition without a subject ("when asked", "if asked")
_SUBORDINATORS = frozenset({"when", "whenever", "once", "if", "after", "while", "as", "before", "until"})


def _asked_of_subject(token: Any) -> bool:
    """A passive "ask": the question put to the subject ("was asked what", "Asked why ...",
    "When asked a second time if ...")."""
    if token.lower_ != "asked":
        return False
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children):  # the parse has no lemmas
        return True
    # "When asked again whether C, she said ...": a participle after a subordinator, with no subject
    subordinated = token.i > token.sent.start and token.doc[token.i - 1].lower_ in _SUBORDINATORS
    if subordinated and token.tag_ == "VBN" and not any(c.dep_ in {"nsubj", "expl"} for c in token.children):
        return True
    # "Asked why he had struggled, he told ...": a participle fronting the sentence
    # (the parser may tag it as a past tense when it hangs the clause on the main verb)
    return token.i == token.sent.start and (token.tag_ == "VBN" or (token.tag_ == "VBD" and token.dep_ == "advcl"))


# an object that points back at words already given ("said this when asked ...")
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "so"})


def _question_for_content(content: list[Any]) -> bool:
    """Content that opens with the question put to the speaker ("He said this when asked to comment
    on C": the parse hangs the question, or the demonstrative and the question, on the cue whose
    words came before)."""
    words = [t for t in content if not t.is_punct]
    if words and words[0].lower_ in _DEMONSTRATIVES:
        words = words[1:]
    if len(words) < 2 or words[0].lower_ not in _SUBORDINATORS or not _asked_of_subject(words[1]):
        return False
    # "said that when asked, the board would reply": a clause with a subject of its own was said
    inside = {t.i for t in content}
    roots = [t for t in content if t.head.i not in inside or t.head is t]
    return not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for r in roots for c in r.children)


def _described_by_no_one(token: Any, content: list[Any]) -> bool:
    """A passive cue whose content is an "as" phrase and that names no agent ("The driver was
    described as a tall man"): the subject is what was described, by no one the sentence names."""
    if not content or content[0].lower_ != "as" or content[0].head.i != token.i:
        return False
    children = list(token.children)
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in children) and not any(c.dep_ == "agent" for c in children)


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


# what hangs on "call" when it summons or books something: its object, where to, what for
_CALL_OBJECTS = frozenset({"dobj", "dative"})
# what a name given to the object hangs on when the parser reads it inside the object
_NAME_GIVEN = frozenset({"appos", "npadvmod", "oprd", "attr", "dative", "conj", "ccomp", "xcomp"})
_QUOTATION_MARKS = frozenset('"“”‘’\'«»')


def _purpose(token: Any) -> bool:
    """A to-infinitive of purpose ("to discuss the test")."""
    return token.dep_ in {"advcl", "xcomp"} and any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children)


def _called_no_words(token: Any, lemma: str | None, content: list[Any]) -> bool:
    """A call with one bare object ("called an emergency meeting to discuss the test", "called the
    councillors to the stage"): something booked or someone summoned, no words said; not "called
    him a liar", "called it 'a farce'" (a name given to the object), nor "called on X to"."""
    if lemma != "call" or not content or any(t.text in _QUOTATION_MARKS for t in content):
        return False
    inside = {t.i for t in content}
    roots = [t for t in content if t.head.i not in inside or t.head is t]
    if not roots or any(r.head.i != token.i for r in roots):
        return False
    objects = [r for r in roots if r.dep_ in _CALL_OBJECTS]
    named = [t for r in objects for t in r.subtree if t is not r] + [
        c for c in token.children if c.i > token.i and c not in objects and not _purpose(c)
    ]
    if any(t.dep_ in _NAME_GIVEN for t in named):
        return False  # "called the citation and the demand a political ploy": a name given, however parsed
    rest = [r for r in roots if r.dep_ not in _CALL_OBJECTS]
    to_place = all((r.dep_ == "prep" and r.lower_ == "to") or _purpose(r) or r.dep_ == "punct" for r in rest)
    return len(objects) == 1 and to_place


# what a "tell" told someone hangs on ("told reporters whether", "told him if")
_TOLD_TO = frozenset({"dative", "dobj", "iobj", "nsubjpass"})


def _tell_as_know(token: Any, lemma: str | None, content: list[Any]) -> bool:
    """A "tell" with nobody told and a yes/no question for content ("too early to tell whether C",
    "hard to tell if C"): telling in the sense of knowing, no words said."""
    if lemma != "tell" or not content or content[0].text not in _YES_NO:
        return False  # (a capital "If" opens words quoted: '"If it rains, we walk," he told the paper')
    inside = {t.i for t in content}
    return not any(c.dep_ in _TOLD_TO and c.i not in inside for c in token.children)


def unsaid(token: Any, lemma: str | None, content: list[Any]) -> bool:
    """Whether the cue ``token`` (its lexicon ``lemma``) with this ``content`` reports no words said.

    Args:
        token: the cue's spaCy token.
        lemma: the cue's lemma in the cue lexicon.
        content: the content's tokens, in order.

    Returns:
        True for a refusal ("declined to comment", "refused to confirm that C"), a question the
        subject did not answer ("was unable to say how much", "would not say whether"), words the
        subject did not say or denied saying ("could not confirm that C", "denied telling staff
        to C"), a question put to the subject ("was asked what", "when asked if"), one wondered
        ("wonder where") and a description by no one ("was described as"); False otherwise.
    """
    if lemma in _REFUSALS or _anonymity(content):
        return True
    if _asked_of_subject(token) or _inside_question(token) or _question_for_content(content):
        return True
    if _not_said(token) or _governed_by_unsaid(token) or _described_by_no_one(token, content):
        return True
    if _called_no_words(token, lemma, content) or _tell_as_know(token, lemma, content):
        return True
    first = next((t for t in content if not t.is_punct), None)
    # "you wonder where they come from": a question in the mind, no words said
    return first is not None and first.lower_ in _QUESTION_WORDS and lemma == "wonder"
