"""Findings on record: what a judge, a court, a coroner or a disciplinary panel "found".

"find" is evidence in the cue lexicon ("the study found that ...", "the poll finds ..."), which
the statements scope leaves out; but a finding by whoever rules on a case is a ruling on record,
reported as "ruled" is ("Judge Ana Ruiz found that the landlord had kept the deposit
unlawfully", "the tribunal found that the tender was rigged", "its appeals board found that the
coach had lied to officials"). The nouns of those who rule are a data file
(``data/adjudicators.txt``). A pronoun finder is one who rules when the sentence before names one
("The area coroner, Ana Ruiz, delivered her conclusion. She found that ..."): "he" or "she" a
judge or a coroner, "it" or "they" a court or a panel.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["adjudicators", "is_ruling", "personal_adjudicators"]

_PERSONAL_PRONOUNS = frozenset({"he", "she"})
_OTHER_PRONOUNS = frozenset({"it", "they"})
_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def _entries() -> tuple[tuple[str, tuple[str, ...]], ...]:
    text = resources.files("onrecord.extract").joinpath("data").joinpath("adjudicators.txt").read_text("utf-8")
    rows = (line.split() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return tuple((row[0].casefold(), tuple(row[1:])) for row in rows)


@lru_cache(maxsize=1)
def adjudicators() -> frozenset[str]:
    """The nouns of those who rule on a case (``judge``, ``court``, ``panel``, ...)."""
    return frozenset(noun for noun, _ in _entries())


@lru_cache(maxsize=1)
def personal_adjudicators() -> frozenset[str]:
    """The nouns of people who rule (``judge``, ``coroner``: marked ``person`` in the data file)."""
    return frozenset(noun for noun, marks in _entries() if marks[:1] == ("person",))


def _names_one_who_rules(pronoun: str, before: str) -> bool:
    """Whether the text ``before`` a pronoun finder names one who rules whom the pronoun can
    stand for ("he"/"she": a person; "it"/"they": a court, a panel)."""
    people = personal_adjudicators()
    nouns = people if pronoun in _PERSONAL_PRONOUNS else adjudicators() - people
    words = {w.casefold() for w in _WORD.findall(before)}
    return any(w in nouns or (w.endswith("s") and w[:-1] in nouns) for w in words)


def is_ruling(lemma: str | None, speaker: Any | None, before: str = "") -> bool:
    """Whether a finding cue (``lemma`` ``find``) with the subject token ``speaker`` is a
    ruling: the subject is one who rules ("the tribunal", "its appeals panel"), a name with
    that title before it ("Judge Ana Ruiz", "Lady Justice Moreau"), or a pronoun for one whom
    ``before`` (the sentence before the cue's) names."""
    if lemma != "find" or speaker is None:
        return False
    if speaker.pos_ == "PRON" and speaker.lower_ in _PERSONAL_PRONOUNS | _OTHER_PRONOUNS:
        return _names_one_who_rules(speaker.lower_, before)
    nouns = adjudicators()
    words = [t for t in speaker.subtree if t.i <= speaker.i]
    return any(t.lemma_.casefold() in nouns or t.lower_ in nouns for t in words)
