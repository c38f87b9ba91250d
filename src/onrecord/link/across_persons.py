"""The hard veto of the cross-speaker pass: two named persons with no name word in common.

:mod:`onrecord.link.across` joins the statements of two speaker ids when their quotes read as one
statement: a quote one article gives to a role or a body and another to the person, a quote with
no speaker, one person under two spellings. Two *different* people repeating one slogan ("we
will not be moved", said by a mayor and by a union leader) are never that, however equal their
words: when both speaker ids are persons and their names share no word, the pass never joins
them, whatever the scorer says, neither as a pair nor through a third statement both would join.

Name words are compared after transliteration and the spelling fold of
:func:`onrecord.resolve.translit.name_key` (``Дворник`` and ``Dvornik`` share a word), leaving
out words of one or two letters and titles ("Mr", "Dr", "Prof"), so "Ines Marrow", "Marrow" and
"Dr. Ines Marrow" stay one person and "Dr. Ines Marrow" / "Dr. Paul Ketter" two.
"""

from __future__ import annotations

from collections.abc import Iterable

from onrecord.resolve.translit import name_key

__all__ = ["PERSON", "Speaker", "any_persons_apart", "name_words", "persons_apart"]

PERSON = "person"
"""The speaker kind the veto reads (others: ``organisation``, ``role``)."""

_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "jr", "sr", "mme", "mlle"}
)  # fmt: skip

Speaker = tuple[str | None, str | None, str | None]
"""A quote's speaker as the veto reads it: id, name, kind (each None when unknown)."""


def name_words(name: str | None) -> frozenset[str]:
    """The words of a person's name that tell it apart, in a spelling-independent form (the
    words of :func:`~onrecord.resolve.translit.name_key`, three letters or more, titles left out)."""
    if not name:
        return frozenset()
    return frozenset(w for w in name_key(name).split() if len(w) > 2 and w not in _TITLES)


def persons_apart(a: Speaker, b: Speaker) -> bool:
    """Whether two speakers are two different named persons: both persons, two ids, each name
    with words of its own and none of them in common."""
    if a[0] is None or b[0] is None or a[0] == b[0] or a[2] != PERSON or b[2] != PERSON:
        return False
    wa, wb = name_words(a[1]), name_words(b[1])
    return bool(wa) and bool(wb) and not wa & wb


def any_persons_apart(left: Iterable[Speaker], right: Iterable[Speaker]) -> bool:
    """Whether a speaker of one side and a speaker of the other are two different named persons
    (:func:`persons_apart`): two statements that would join across them stay apart."""
    people = [s for s in set(right) if s[0] is not None and s[2] == PERSON]
    return bool(people) and any(persons_apart(a, b) for a in set(left) if a[2] == PERSON for b in people)
