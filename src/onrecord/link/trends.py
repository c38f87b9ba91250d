"""Two wordings that tell one change going two ways: "admissions at the ward had doubled" and
"admissions at the ward had fallen" are two claims, however much else they share.

English verbs of a change that goes one way only are read (a rise: "rose", "increased",
"doubled", "tripled", "soared"; a fall: "fell", "decreased", "halved", "plunged"); a wording
that tells changes both ways ("prices rose and sales fell") tells no one direction. Verbs with
another common sense ("dropped the plan", "declined to comment", "grew up", "climbed the stairs")
are not read, nor "rose" written as a name.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

__all__ = ["FALL", "RISE", "direction", "directions_differ"]

RISE = "rise"
FALL = "fall"

_RISES = frozenset("rose risen increased doubled tripled quadrupled soared surged skyrocketed".split())
_FALLS = frozenset("fell fallen decreased halved plunged plummeted slumped shrank shrunk dwindled".split())


def direction(words: Sequence[str], names: Collection[str] = ()) -> str | None:
    """The one direction of change an English wording tells, :data:`RISE` or :data:`FALL`, or
    None (none, or both).

    Args:
        words: the wording's words, lower-case.
        names: the words it writes as names, lower-case ("Rose" is no rise).
    """
    rises = any(w in _RISES and w not in names for w in words)
    falls = any(w in _FALLS and w not in names for w in words)
    if rises == falls:
        return None
    return RISE if rises else FALL


def directions_differ(
    a: Sequence[str], b: Sequence[str], names_a: Collection[str] = (), names_b: Collection[str] = ()
) -> bool:
    """Whether two English wordings each tell one direction of change, and not the same one."""
    da, db = direction(a, names_a), direction(b, names_b)
    return da is not None and db is not None and da != db
