"""A body's officer who speaks one sentence before the article names them.

"The Senate committee has found evidence of overpricing, its chairman said Wednesday. Sen. Ramon
de la Paz said at the close of the hearing that ...": a lede names the office by its body ("its
chairman", "their president"), and the next sentence brings in, by name, the person who said it.
Such a role is that person when the article gives the role to nobody else (the holders the
tracker knows come first: :meth:`EntityTracker.later_holders`).
"""

from __future__ import annotations

from onrecord.attribute.entities import Entity
from onrecord.attribute.knowledge import knowledge
from onrecord.extract.candidates import Analysis, Candidate

__all__ = ["introduced_holders"]

# The words that tie an office to a body named before: "its chairman", "their president".
_BODY_POSSESSIVES = frozenset({"its", "their"})


def _sentence(analysis: Analysis, c: Candidate) -> int:
    return analysis.sentence_at(c.cue[0] if c.cue else c.start)


def _of_a_body(role: Entity) -> bool:
    """Whether a role entity is an office named by its body's possessive ("its chairman")."""
    words = role.roles[0].casefold().split() if role.roles else []
    return len(words) >= 2 and words[0] in _BODY_POSSESSIVES


def _compatible(role: Entity, person: Entity) -> bool:
    return role.gender is None or person.gender is None or role.gender == person.gender


def _a_person_named_in(e: Entity, start: int, end: int) -> bool:
    """Whether a person the tracker knows by a name of several words, no body's ("Maharlika
    Dredge Corp."), is first named between ``start`` and ``end``."""
    words = e.name.split()
    return (
        e.kind == "person"
        and len(words) > 1
        and not knowledge().is_org_word(words[-1].rstrip("."))
        and start <= e.first_pos < end
    )


def introduced_holders(
    analysis: Analysis, speakers: dict[int, Entity | None], entities: list[Entity]
) -> dict[int, Entity]:
    """Each possessive role's key ("its chairman") to the person who speaks by name in the
    sentence after the role first spoke and is first named there, when that sentence brings in
    no other person by a full name and the two genders agree."""
    spoken = sorted(
        ((c, e) for c in analysis.candidates if (e := speakers.get(id(c))) is not None),
        key=lambda ce: ce[0].start,
    )
    found: dict[int, Entity] = {}
    seen: set[int] = set()
    for c, role in spoken:
        if role.kind != "role" or role.key in seen or not _of_a_body(role):
            continue
        seen.add(role.key)
        following = _sentence(analysis, c) + 1
        if following >= len(analysis.sentences):
            continue
        sentence = analysis.sentences[following]
        people = {
            id(e): e
            for d, e in spoken
            if _sentence(analysis, d) == following
            and d.mention is not None
            and d.mention.kind == "name"
            and e.kind == "person"
            and sentence.start <= e.first_pos < sentence.end
            and _compatible(role, e)
        }
        named = [e for e in entities if _a_person_named_in(e, sentence.start, sentence.end)]
        if len(people) == 1 and all(id(e) in people for e in named):
            found[role.key] = next(iter(people.values()))
    return found
