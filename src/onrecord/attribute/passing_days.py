"""Days a report names in passing, as a noun: "dropping her promise of Friday that the market would
open", "after her promise on Monday that ...".

Such a report dates its own words, but the story does not move to its day: the sentence tells of
another occasion ("The warden called the market off yesterday, dropping her promise of Friday that
it would open. '...,' the warden told the Gazette."), and the speaker's later undated quotes stay
on the day the story gave them before.
"""

from __future__ import annotations

import re

__all__ = ["in_passing"]

# a determiner or possessor right before the cue word: "his pledge", "the mayor's promise",
# "an earlier assurance", "her own claim" (a noun of speech, not a verb: "he pledged"); not "a",
# which other languages write before a participle (French "a annoncé", Romanian "a precizat"), nor
# a pronoun's "'s" ("she's told")
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:his|her|their|its|the|an|my|our|your)|(?<!\bhe)(?<!\bshe)(?<!\bit)(?<!\bthat)(?<!\bwho)(?<!\bthere)(?<=[^\W\d_])['’]s?)"
    r"\s+(?:(?:own|earlier|first|public|repeated)\s+)?$",
    re.I,
)
# how far before the cue word its determiner may stand
_REACH = 30


def in_passing(text: str, cue: tuple[int, int] | None) -> bool:
    """Whether a report's cue is a noun of speech its determiner or possessor opens ("his pledge
    of Friday that ...", "the board's promise on Monday that ..."): words told in passing.

    Args:
        text: the analysed text.
        cue: the report's cue span, or None (no cue: not in passing).
    """
    if cue is None:
        return False
    before = text[max(0, cue[0] - _REACH) : cue[0]]
    return _NOUN_BEFORE.search(before) is not None
