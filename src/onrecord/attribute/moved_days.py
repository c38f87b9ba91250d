"""The day a speaker's story moves on to after the words of the sentence before a quote.

"On Tuesday he said the repairs would cost €600; by Friday he put them at €1,400. 'Every wall is
damp,' he said.": the sentence before the quote holds a statement of its own (Tuesday's), but a later
clause of it, after the quoted words, moves the same speaker on to another day (Friday), on
which the next words are said. Only a clause that opens with its day ("by Thursday", "on
Wednesday", after a semicolon, a dash or a comma and a conjunction) and whose subject is the
speaker (a pronoun or a name, or none: "then on Friday told reporters ...") saying or restating
something ("she said", "told", "put it at", "raised it", "had changed her mind") counts: a day in
the middle of a clause tells of something else, and so does a clause of another's doing to her
("on Wednesday the council wrote to her") or of her going or doing something else ("on Wednesday
she flew to Geneva"): neither is an occasion of her next words.
"""

from __future__ import annotations

import re
from datetime import date

from onrecord.attribute.when import find_time, opens_with_day
from onrecord.dates import FULL_WEEKDAYS

__all__ = ["day_moved_on"]

# What opens a new clause after the words of a statement: a semicolon, a dash, or a comma before
# a conjunction ("; by Thursday she ...", " — on Wednesday she ...", ", but by Friday he ...").
_NEW_CLAUSE = re.compile(r"^[\s\"”’']*(?:[;—–]|,\s*(?=(?:and|but|then|yet)\b))\s*", re.I)
# The day phrase a new clause opens with, up to its subject: "by Thursday", "and on Tuesday
# evening,", "on Friday night, in a clip on her blog," (an aside between commas after it).
_DAY_PHRASE = re.compile(
    r"^\W*(?:(?:and|but|then|yet)\s+)?(?:[^\s,;:.!?]+\s+){0,5}?(?:"
    + "|".join(FULL_WEEKDAYS)
    + r"|yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening))"
    + r"(?:\s+(?:morning|afternoon|evening|night|lunchtime))?\b"
    + r"(?:\s*,\s*(?:in|on|at|during|speaking|writing)\b[^,;:.!?]{1,80})?\s*,?\s*",
    re.I,
)
# What may stand between the subject and its verb: "had", "was", "then", "again" ("she had
# changed", "he was telling", "she then put").
_AUXILIARIES = r"(?:(?:had|has|have|was|were|would|then|again|also|later|finally|promptly|herself|himself)\s+)*"
# The verbs of the speaker saying or restating something on the new day: said, told, put it at, a
# figure raised, lowered, doubled or revised, her mind changed, a word added or taken back.
_RESTATING = (
    r"(?:sa(?:id|ys|ying)|t(?:old|ells?|elling)|put(?:s|ting)?|rais(?:ed|es|ing)|lower(?:ed|s|ing)?"
    r"|doubl(?:ed|es|ing)|halv(?:ed|es|ing)|revis(?:ed|es|ing)|chang(?:ed|es|ing)|add(?:ed|s|ing)?"
    r"|upp(?:ed|ing)|corrected|updated|repeated|restated|withdr(?:ew|awn)|retracted|conceded|admitted"
    r"|insist(?:ed|s|ing)|promis(?:ed|es|ing)|warn(?:ed|s|ing)|claim(?:ed|s|ing)|declar(?:ed|es|ing)"
    r"|announc(?:ed|es|ing)|wr(?:ote|ites|iting)|post(?:ed|s|ing)|tweet(?:ed|s|ing)|spoke|speaking)\b"
)


def day_moved_on(tail: str, speaker_forms: list[str], ref: date | None) -> date | None:
    """The day a clause after a statement's words moves its speaker on to.

    Args:
        tail: the sentence before a quote, from the end of its last quoted words or cue on.
        speaker_forms: the words that may name the quote's speaker there (its pronoun, a name).
        ref: the reference day.

    Returns:
        The day the clause opens with, when it is a new clause that opens with a day whose subject
        is the speaker (named or left out) saying or restating something; None otherwise.
    """
    opening = _NEW_CLAUSE.match(tail)
    if opening is None:
        return None
    clause = tail[opening.end() :]
    if not opens_with_day(clause):
        return None
    phrase = _DAY_PHRASE.match(clause)
    forms = [re.escape(f) for f in speaker_forms if f]
    if phrase is None or not forms:
        return None
    # the speaker is the subject right after the day phrase (a first name or title may come
    # before her surname), or the clause leaves its subject out, goes on with her verb and names
    # her after it ("then on Friday told reporters she ..."): the same speaker's clause
    subject = rf"(?:(?-i:[A-Z])[\w.'’-]*\s+){{0,2}}(?:{'|'.join(forms)})\s+"
    named = re.compile(subject + _AUXILIARIES + _RESTATING, re.I).match(clause, phrase.end())
    left_out = re.compile(_AUXILIARIES + _RESTATING, re.I).match(clause, phrase.end())
    if named is None and (
        left_out is None or not re.search(rf"\b(?:{'|'.join(forms)})\b", clause[left_out.end() :], re.I)
    ):
        return None
    time = find_time(clause, phrase.end(), ref)
    if time is None or time[0] != "day" or time[1] is None or time[2] > phrase.end():
        return None
    return time[1]
