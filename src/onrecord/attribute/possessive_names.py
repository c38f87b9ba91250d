"""Businesses and publications named by a possessive: "Brannigan's said", "according to Halloran's".

Shops, auction houses, restaurants, ratings firms and defence weeklies often carry their founder's
name in the possessive, and copy writes that possessive alone for the business ("Brannigan's said
on Monday it would close 40 stores", "according to Halloran's"). A possessive that owns no noun
after it is such a name: the speaker is the business "Brannigan's", not a person "Brannigan".
"""

from __future__ import annotations

import re
from dataclasses import replace

from onrecord.extract.mentions import Mention

__all__ = ["possessive_business"]

# a name and its possessive ending, as the whole mention ("Brannigan's", "Halloran’s")
_POSSESSIVE = re.compile(r"^(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s$")
# "said" right after the possessive is its verb ("Brannigan's said"); another past form there may be
# the person's "has" ("McCreevy's warned for months" = has warned), and a noun of speech is what the
# possessive owns ("Ms Pell's assurance that ...", "Pell's claims")
_PAST_VERB = re.compile(r"^said$", re.I)
# what may follow a possessive that owns no noun: the clause's punctuation
_CLAUSE_END = re.compile(r"^\s*(?:[.,;:)!?]|$)")


def possessive_business(mention: Mention | None, text: str, cue: tuple[int, int] | None = None) -> Mention | None:
    """The mention as a business's name when it is a possessive that owns no noun, else unchanged.

    Args:
        mention: a speaker mention (only a ``name`` mention ending in "'s" changes).
        text: the article text its offsets index.
        cue: the cue's offsets, when the mention is its subject: "Brannigan's said" (only space
            between them, a verb in the past tense) owns no noun either.

    Returns:
        An ``organisation`` mention named as written ("Brannigan's"), or the mention unchanged.
    """
    if mention is None or mention.kind != "name":
        return mention
    written = text[mention.start : mention.end]
    found = _POSSESSIVE.match(written)
    if found is None:
        return mention
    after = text[mention.end : mention.end + 40]
    subject = (
        cue is not None
        and cue[0] >= mention.end
        and not text[mention.end : cue[0]].strip()
        and _PAST_VERB.match(text[cue[0] : cue[1]]) is not None
    )
    if not subject and _CLAUSE_END.match(after) is None:
        return mention  # "Halloran's shop said": the possessive owns a noun
    name = written.replace("’", "'")
    return replace(mention, kind="organisation", name=name, role=None, gender=None, number="sg")
