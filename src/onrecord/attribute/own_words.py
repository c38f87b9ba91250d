"""A "he" or "she" in someone's own words: a quotation's or a transcript turn's.

One speaks of oneself as "I", so a third-person pronoun in one's own words ("CALLER: The minister
was on the radio and he said C") means someone else: a person those words named, or the office
they just gave as a sentence's subject ("the minister"), never the words' own speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from onrecord.attribute.knowledge import knowledge
from onrecord.extract.mentions import Mention

if TYPE_CHECKING:
    from onrecord.attribute.entities import Entity
    from onrecord.extract.candidates import Candidate

__all__ = ["owner_of_words", "person_between", "role_before"]

_THIRD_PERSON = frozenset({"he", "she"})
# a definite description of an office: "the minister", "the health minister", "the new chief executive"
_DEFINITE = re.compile(r"\b[Tt]he\s+((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\b")
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
# a person one's words name by how they are one's own or one of many ("my son", "a neighbour of
# mine", "her eldest son", "one farmer"): up to two words before the noun
_PERSON_PHRASE = re.compile(
    r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Aa]n?|[Oo]ne|[Aa]nother)\s+"
    r"((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\b"
)
# the people one's words name by kin or acquaintance, which no list of offices holds
_KIN = frozenset(
    "son daughter child kid boy girl wife husband sister brother friend neighbour neighbor partner aunt uncle "
    "cousin niece nephew grandson granddaughter grandmother grandfather grandma grandpa mum mom mother dad "
    "father colleague boyfriend girlfriend flatmate landlord landlady tenant man woman lady guy fellow bloke "
    "chap doctor nurse teacher farmer driver worker pupil student patient customer".split()
)
# role words that name a part or a seat as often as a person ("shook his head", "a chair")
_NOT_PERSON = frozenset({"head", "chair", "bench", "board", "house"})


def owner_of_words(c: Candidate, outers: list[Candidate], speakers: dict[int, Entity | None]) -> Entity | None:
    """The speaker of the direct words (a quotation, a transcript's turn) that hold the cue of a
    "he" or "she": the one the pronoun cannot mean.

    Args:
        c: the record whose mention is the pronoun.
        outers: the records whose words hold ``c``'s cue, in the article's order.
        speakers: each record's speaker found so far, by ``id``.

    Returns:
        That speaker, or None when the pronoun is no "he"/"she" or no direct words hold it.
    """
    mention = c.mention
    if mention is None or mention.kind != "pronoun" or mention.text.casefold() not in _THIRD_PERSON:
        return None
    for outer in outers:
        entity = speakers.get(id(outer))
        if outer.kind == "direct" and entity is not None:
            return entity
    return None


def role_before(text: str, pronoun: Mention, start: int) -> Mention | None:
    """The office a pronoun in someone's words refers back to: the last definite description of
    an office ("the health minister") in the pronoun's sentence or the one before it, from
    ``start`` (where the words begin) on, of a gender the pronoun allows, when no person the
    words name after it ("my son", "a neighbour of mine") stands nearer the pronoun.

    Args:
        text: the article text.
        pronoun: the "he" or "she" mention.
        start: where the words holding the pronoun begin.

    Returns:
        A ``role`` mention of that description, or None when the words give no office there.
    """
    found = _last_office(text, pronoun, start)
    if found is not None and _person_between(text, found.end, pronoun.start):
        return None  # "The minister came. My son stayed, and he said": the son is nearer
    return found


def person_between(text: str, pronoun: Mention, start: int) -> bool:
    """Whether the words holding a pronoun, from ``start``, give an office ("the minister") and
    then, nearer the pronoun, a person ("my son", "a neighbour of mine"): the one the pronoun
    means, whom the words do not name.

    Args:
        text: the article text.
        pronoun: the "he" or "she" mention.
        start: where the words holding the pronoun begin.
    """
    found = _last_office(text, pronoun, start)
    return found is not None and _person_between(text, found.end, pronoun.start)


def _last_office(text: str, pronoun: Mention, start: int) -> Mention | None:
    """The last definite description of an office in the pronoun's sentence or the one before
    it, from ``start`` on, of a gender the pronoun allows (see :func:`role_before`)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, pronoun.start)]
    begin = ends[-2] if len(ends) > 1 else start
    found: Mention | None = None
    for m in _DEFINITE.finditer(text, begin, pronoun.start):
        office = _office(m.group(1))
        if office is None:
            continue
        phrase, gender = office
        if pronoun.gender in {"m", "f"} and gender in {"m", "f"} and gender != pronoun.gender:
            continue
        end = m.start(1) + len(phrase)
        found = Mention(m.start(), end, text[m.start() : end], "role", role=phrase)
    return found


def _person_between(text: str, begin: int, end: int) -> bool:
    """Whether a person noun phrase ("my son", "her eldest son") stands in ``text[begin:end]``."""
    kb = knowledge()
    for m in _PERSON_PHRASE.finditer(text, begin, end):
        # the noun or an adjective and the noun ("my son", "her eldest son")
        for word in m.group(1).split()[:2]:
            folded = word.casefold()
            if folded in _KIN or (folded not in _NOT_PERSON and kb.role(folded) is not None):
                return True
    return False


def _office(words: str) -> tuple[str, str] | None:
    """The longest opening of ``words`` that ends in a role word ("health minister" of "health
    minister was"), with the role's gender; None when no opening does."""
    kb = knowledge()
    parts = words.split()
    for n in range(len(parts), 0, -1):
        phrase = " ".join(parts[:n])
        known = kb.role(phrase)
        if known is not None and kb.role(parts[n - 1]) is not None:
            return phrase, known[1]
    return None
