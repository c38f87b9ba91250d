"""A news lede's speaker by role, named further down ("..., a coroner ruled yesterday." and two
paragraphs on "Area coroner Ilse Brandt told the court ...").

A lede often names its speaker only by what they are ("a leading sediment scientist said on
Monday", "The medical director of the hospital ... has admitted"), and the body names them: by
the same role ("Area coroner Ilse Brandt"), or as the one quoted in the paragraph after it. An
unnamed source ("an official said", "a source told") is no such description, and stays unnamed.
"""

from __future__ import annotations

import re

from onrecord.attribute.entities import Entity, EntityTracker
from onrecord.attribute.knowledge import knowledge
from onrecord.extract.candidates import Analysis, Candidate

__all__ = ["agent_noun", "lede_speakers"]

# The fewest words of a paragraph that is the lede (a headline, a byline or a dateline has fewer).
_LEDE_WORDS = 15
# How many paragraphs after the lede's may quote the person it describes.
_NEXT_PARAGRAPHS = 2


def lede_speakers(analysis: Analysis, speakers: dict[int, Entity | None], tracker: EntityTracker) -> None:
    """Give the lede's quotes whose speaker is a role nobody named (``speakers`` holds None, or
    an entity of kind ``role``) the person the body names for it, in place."""
    lede = _lede_paragraph(analysis)
    if lede is None:
        return
    ordered = sorted(analysis.candidates, key=lambda c: c.start)
    start = min(s.start for s in analysis.sentences if s.paragraph == lede)
    for c in ordered:
        if _paragraph(analysis, c) != lede or not _described(c):
            continue
        found = speakers.get(id(c))
        if found is not None and found.kind != "role" and not _office_read_as_body(c, found):
            continue
        at = c.mention.start if c.mention is not None else c.start
        if any(e.kind == "person" and start <= e.first_pos < at for e in tracker.entities):
            return  # the lede names someone before: its descriptions are not of a person named later
        person = _holder(c, tracker) or _quoted_next(analysis, c, ordered, speakers, lede)
        if person is not None and not _office_agrees(c, person):
            continue  # ("The owner of a ... company says" and "Police Sergeant Tom Brack said": not he)
        if person is not None:
            speakers[id(c)] = person


def _lede_paragraph(analysis: Analysis) -> int | None:
    """The first paragraph of ``_LEDE_WORDS`` words or more that ends a sentence."""
    text = analysis.text
    words: dict[int, int] = {}
    ends: dict[int, int] = {}
    for s in analysis.sentences:
        words[s.paragraph] = words.get(s.paragraph, 0) + len(text[s.start : s.end].split())
        ends[s.paragraph] = s.end
    for paragraph in sorted(words):
        if words[paragraph] >= _LEDE_WORDS and text[: ends[paragraph]].rstrip().endswith((".", "!", "?", '"', "”")):
            return paragraph
    return None


def _paragraph(analysis: Analysis, c: Candidate) -> int:
    return analysis.sentences[analysis.sentence_at(c.start)].paragraph if analysis.sentences else -1


def _office_of_a_body(c: Candidate) -> str | None:
    """The head of a description read as a body's name that is a person's office in it ("The owner
    of a hot-air balloon company": "owner"), else None."""
    m = c.mention
    if m is None or m.kind != "organisation" or m.number == "pl":
        return None
    found = _OFFICE_OF.match(m.text)
    if found is None or not agent_noun(found.group(1).casefold()):
        return None
    return found.group(1).casefold()


def _office_read_as_body(c: Candidate, found: Entity) -> bool:
    """Whether the speaker found is the body the description's own words were read as."""
    head = _office_of_a_body(c)
    return head is not None and found.kind == "organisation" and found.name.casefold().startswith(head)


def _office_agrees(c: Candidate, person: Entity) -> bool:
    """Whether the person taken for a description read as a body ("The owner of a hot-air balloon
    company") holds no other office than the one it names ("owner"); true for any other description."""
    head = _office_of_a_body(c)
    return head is None or all(head in role.casefold().split() for role in person.roles)


# "The owner of a ... company": a determiner, one lower-case head noun, then "of"
_OFFICE_OF = re.compile(r"(?:the|an?)\s+([a-z]+)\s+of\s", re.I)


def _described(c: Candidate) -> bool:
    """A speaker by one description that says what the person is ("a coroner", "The medical
    director of the hospital"), not an unnamed source ("an official", "sources")."""
    m = c.mention
    if _office_of_a_body(c) is not None:
        return True  # "The owner of a hot-air balloon company": a person by what they are
    if m is None or m.number != "sg" or not m.role:
        return False
    head = m.role.split(" of ")[0].split()[-1].casefold()
    if m.kind == "other":
        # "a leading sediment scientist", "The Senate's lead sponsor of the bill", "The harbour
        # master at Dunhallow": a person by the suffix of what they do, which no list of roles knows
        # ("a report", "a letter" are no one; "the operator", "the lender" are a business)
        if not (head.isalpha() and agent_noun(head)):
            return False
    elif m.kind not in {"anonymous", "role"}:
        return False
    return not knowledge().is_anonymous_head(head)


# Suffixes of nouns for a person by what they do: "scientist", "sponsor", "officer"
_AGENT_SUFFIXES = ("ist", "or", "er")
# Nouns with those suffixes that are things, documents or businesses, not people
_NOT_PEOPLE = frozenset(
    "order paper letter number water power border center centre chapter quarter matter register filer "
    "carrier manufacturer operator insurer lender retailer regulator provider producer developer supplier "
    "distributor contractor exporter importer publisher broadcaster processor refiner miner builder "
    "error factor sector motor floor door mirror monitor ledger tower".split()
)


def agent_noun(head: str) -> bool:
    """Whether a description's head names a person by what they do."""
    return head.endswith(_AGENT_SUFFIXES) and head not in _NOT_PEOPLE and not knowledge().is_org_word(head)


def _holder(c: Candidate, tracker: EntityTracker) -> Entity | None:
    """The one person the article names after the lede with the description's role."""
    role = (c.mention.role if c.mention is not None else None) or ""
    holders = [e for e in tracker.holders_of(role.split(" of ")[0]) if e.first_pos > c.end]
    return holders[0] if len(holders) == 1 else None


def _quoted_next(
    analysis: Analysis, c: Candidate, ordered: list[Candidate], speakers: dict[int, Entity | None], lede: int
) -> Entity | None:
    """The person first quoted in the paragraphs after the lede, named after it."""
    for other in ordered:
        paragraph = _paragraph(analysis, other)
        if paragraph <= lede or other.bare:
            continue
        if paragraph > lede + _NEXT_PARAGRAPHS:
            return None
        found = speakers.get(id(other))
        if found is None:
            continue
        if found.kind != "person" or found.first_pos <= c.end:
            return None
        gender = c.mention.gender if c.mention is not None else None
        return found if gender is None or found.gender in {None, gender} else None
    return None
