"""Findings on record: what a judge, a court, a coroner or a disciplinary panel "found".

"find" is evidence in the cue lexicon ("the study found that ...", "the poll finds ..."), which
the statements scope leaves out; but a finding by whoever rules on a case is a ruling on record,
reported as "ruled" is ("Judge Ana Ruiz found that the landlord had kept the deposit
unlawfully", "the tribunal found that the tender was rigged", "its appeals board found that the
coach had lied to officials"). The nouns of those who rule are a data file
(``data/adjudicators.txt``).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["adjudicators", "is_ruling"]


@lru_cache(maxsize=1)
def adjudicators() -> frozenset[str]:
    """The nouns of those who rule on a case (``judge``, ``court``, ``panel``, ...)."""
    text = resources.files("onrecord.extract").joinpath("data").joinpath("adjudicators.txt").read_text("utf-8")
    return frozenset(line.strip().casefold() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def is_ruling(lemma: str | None, speaker: Any | None) -> bool:
    """Whether a finding cue (``lemma`` ``find``) with the subject token ``speaker`` is a
    ruling: the subject is one who rules ("the tribunal", "its appeals panel") or a name with
    that title before it ("Judge Ana Ruiz", "Lady Justice Moreau")."""
    if lemma != "find" or speaker is None:
        return False
    nouns = adjudicators()
    words = [t for t in speaker.subtree if t.i <= speaker.i]
    return any(t.lemma_.casefold() in nouns or t.lower_ in nouns for t in words)
