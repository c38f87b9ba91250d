"""The day a speaker's story moves on to after the words of the sentence before a quote.

"On Tuesday he said the repairs would cost €600; by Friday he put them at €1,400. 'Every wall is
damp,' he said.": the sentence before the quote holds a statement of its own (Tuesday's), but a later
clause of it, after the quoted words, moves the same speaker on to another day (Friday), on
which the next words are said. Only a clause that opens with its day ("by Thursday", "on
Wednesday", after a semicolon, a dash or a comma and a conjunction) and names the speaker (a
pronoun or a name) counts: a day in the middle of a clause tells of something else.
"""

from __future__ import annotations

import re
from datetime import date

from onrecord.attribute.when import find_time, opens_with_day

__all__ = ["day_moved_on"]

# What opens a new clause after the words of a statement: a semicolon, a dash, or a comma before
# a conjunction ("; by Thursday she ...", " — on Wednesday she ...", ", but by Friday he ...").
_NEW_CLAUSE = re.compile(r"^[\s\"”’']*(?:[;—–]|,\s*(?=(?:and|but|then|yet)\b))\s*", re.I)


def day_moved_on(tail: str, speaker_forms: list[str], ref: date | None) -> date | None:
    """The day a clause after a statement's words moves its speaker on to.

    Args:
        tail: the sentence before a quote, from the end of its last quoted words or cue on.
        speaker_forms: the words that may name the quote's speaker there (its pronoun, a name).
        ref: the reference day.

    Returns:
        The day the clause opens with, when it is a new clause that opens with a day and names
        the speaker; None otherwise.
    """
    opening = _NEW_CLAUSE.match(tail)
    if opening is None:
        return None
    clause = tail[opening.end() :]
    if not opens_with_day(clause):
        return None
    at = [m.start() for f in speaker_forms if f for m in re.finditer(rf"\b{re.escape(f)}\b", clause, re.I)]
    if not at:
        return None
    time = find_time(clause, min(at), ref)
    if time is None or time[0] != "day" or time[1] is None or time[2] > min(at):
        return None
    return time[1]
