"""The cross-speaker pass's hard veto: two named speakers of one kind whose names do not name one another.

:mod:`onrecord.link.across` joins the statements of two speaker ids when their quotes read as one
statement: a quote one article gives to a role and another to the person, a quote with no
speaker, one person or body under two spellings. Two *different* named speakers repeating one
slogan ("we will not be moved", said by two mayors; by Marta and by Henrik Quell; by the Kellby
Dockers Union and the Kellby Port Authority) are never that, however equal their words: when both
speaker ids are named persons, or both named organisations, and neither name's words are all
among the other's, the pass never joins them, whatever the scorer says, neither as a pair nor
through a third statement both would join. A person and an organisation (a spokesperson and the
body, or a mayor and a trust), a role, an unknown kind or no speaker are left to the scorer.
Name words are compared after transliteration and the spelling fold of
:func:`onrecord.resolve.translit.name_key` (``Дворник`` and ``Dvornik`` are one word), leaving
out words of one or two letters and titles ("Mr", "Dr", "Prof"), so "Ines Marrow", "Marrow",
"I. Marrow" and "Dr. Ines Marrow" stay one person, and "Ines Marrow" / "Paul Marrow" two.
"""

from __future__ import annotations

from collections.abc import Iterable

from onrecord.resolve.translit import name_key

__all__ = ["NAMED", "Speaker", "any_named_apart", "name_words", "named_apart"]

NAMED = frozenset({"person", "organisation"})
"""The speaker kinds the veto reads (a ``role`` or an unknown kind is left to the scorer)."""

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


def named_apart(a: Speaker, b: Speaker) -> bool:
    """Whether two speakers are two different named speakers: both persons or both
    organisations, two ids, each name with words of its own and neither's words all among the
    other's."""
    if a[0] is None or b[0] is None or a[0] == b[0] or a[2] not in NAMED or a[2] != b[2]:
        return False
    wa, wb = name_words(a[1]), name_words(b[1])
    return bool(wa) and bool(wb) and not (wa <= wb or wb <= wa)


def any_named_apart(left: Iterable[Speaker], right: Iterable[Speaker]) -> bool:
    """Whether a speaker of one side and a speaker of the other are two different named
    speakers (:func:`named_apart`): two statements that would join across them stay apart."""
    named = [s for s in set(right) if s[0] is not None and s[2] in NAMED]
    return bool(named) and any(named_apart(a, b) for a in set(left) if a[2] in NAMED for b in named)
