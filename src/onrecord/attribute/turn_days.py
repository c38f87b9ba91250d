"""The day of words a transcript's turn relays.

A turn of a transcript ("MAYOR: I spoke to their director at six this morning. She told me the
firm would pay.") is of the day the transcript records (see :meth:`DayMarks.turn_day`). Words
the turn relays in its own clause are of that day too when nothing in the turn before them tells
of another: the teller heard them that day, or the turn reports what was said on air ("told this
programme before we came on air that ..."). A turn that names an earlier day ("The minister
called me on Monday. He said ...") or an occasion of its own ("He told me the first day I met
him, ...") leaves them undated.
"""

from __future__ import annotations

import re
from datetime import date

from onrecord.attribute.when import find_time
from onrecord.extract.candidates import Candidate

__all__ = ["relaying_turn", "turn_tells_its_own_day"]

# An occasion the relaying sentence names for the words: "the day I met him", "the first time we
# spoke", "when she rang": its day is that occasion's, which the transcript's date is not.
_OWN_OCCASION = re.compile(
    r"\b(?:the\s+(?:(?:first|last|very)\s+)?(?:day|night|morning|evening|afternoon|time|week)\s+"
    r"(?:that\s+|when\s+)?|when\s+)(?:I|we|he|she|they|you)\b",
    re.I,
)


def relaying_turn(candidates: list[Candidate], c: Candidate) -> Candidate | None:
    """The transcript turn whose text ``c`` starts in, when ``c`` is words of its own that the turn
    relays; None for a turn itself and for any quote outside turns."""
    if c.frame == "turn":
        return None
    for t in candidates:
        if t.frame == "turn" and t.start <= c.start < t.end:
            return t
    return None


def turn_tells_its_own_day(text: str, turn: Candidate, c: Candidate, day: date | None) -> bool:
    """Whether the words ``c`` that ``turn`` relays are of the turn's day ``day``: the turn's text up
    to them names no other time ("on Monday", "last week") and no occasion of their own ("the day
    I met him", "when we spoke")."""
    if day is None:
        return False
    told = text[turn.start : c.start]
    if _OWN_OCCASION.search(told):
        return False
    found = find_time(told, len(told), day)
    return found is None or found == ("day", day, found[2])
