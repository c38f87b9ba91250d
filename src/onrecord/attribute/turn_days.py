"""The day of words a transcript's turn relays.

A turn of a transcript ("MAYOR: I met their chair at the depot just now, and she assured me the
firm would pay.") is of the day the transcript records (see :meth:`DayMarks.turn_day`). Words
the turn relays in its own clause are of that day too when nothing in the turn before them tells
of another: the teller heard them that day, or the turn reports what was said on air ("told this
programme shortly before the broadcast that ..."). A turn that names an earlier day ("The minister
wrote to us on Monday. He said ...") or an occasion of its own ("He told me the first time we
spoke, ...") leaves them undated, and so does a turn that gives another's words verbatim in the
past ("He told me, '...'"): a conversation recalled, of its own day; words it is asked to read
out ("The board's chair has asked me to read this out: '...'") are the turn's.
"""

from __future__ import annotations

import re
from datetime import date

from onrecord.attribute.when import find_time, present_perfect, present_tense
from onrecord.extract.candidates import Candidate

__all__ = ["relaying_turn", "turn_tells_its_own_day"]

# An occasion the relaying sentence names for the words: "the day I met him", "the first time we
# spoke", "when she rang": its day is that occasion's, which the transcript's date is not.
# So does a time of its own that no weekday or date gives: "on the night of the regatta", "on
# the closing day of the audit", "in the summer", "over the weekend", "that night".
_OWN_OCCASION = re.compile(
    r"\b(?:the\s+(?:(?:first|last|very)\s+)?(?:day|night|morning|evening|afternoon|time|week)\s+"
    r"(?:that\s+|when\s+)?|when\s+)(?:I|we|he|she|they|you)\b"
    r"|\b(?:on|in|during|over|that|last)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:day|night|eve|weekend|summer|winter|spring|autumn|season)\b"
    r"|\b(?:morning|afternoon|evening)\s+of\b",
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
    I met him", "when we spoke"), and words it quotes verbatim are cued in the present ("It says:")
    or the present perfect ("has asked me to read this out:"), not recalled ("He told me, '...'")."""
    if day is None or (c.kind == "direct" and not _read_now(text, c)):
        return False
    told = text[turn.start : c.start]
    if _OWN_OCCASION.search(told):
        return False
    found = find_time(told, len(told), day)
    return found is None or found == ("day", day, found[2])


def _read_now(text: str, c: Candidate) -> bool:
    """Whether the cue of quoted words is in the present or the present perfect: "It says: '...'",
    "The board's chair has asked me to read this out: '...'" (not "He told me, '...'")."""
    if c.cue is None:
        return False
    cue = text[c.cue[0] : c.cue[1]]
    return present_tense(cue) or present_perfect(text[: c.cue[0]], text[c.cue[1] : c.cue[1] + 20])
