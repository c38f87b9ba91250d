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

__all__ = ["owner_of_words", "role_before"]

_THIRD_PERSON = frozenset({"he", "she"})
# a definite description of an office: "the minister", "the health minister", "the new chief executive"
_DEFINITE = re.compile(r"\b[Tt]he\s+((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\b")
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


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
    ``start`` (where the words begin) on, of a gender the pronoun allows.

    Args:
        text: the article text.
        pronoun: the "he" or "she" mention.
        start: where the words holding the pronoun begin.

    Returns:
        A ``role`` mention of that description, or None when the words give no office there.
    """
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
