"""The day a person who relays another's words says they heard them: "The mayor rang me on
Monday night. She told me, 'Nobody will lose their home.'"; "A: When the coach called me on
Tuesday, he said the squad would stand by me."

Words quoted inside another's quote or transcript turn were said to the one who quotes them, on
the day that person gives the call, visit or talk in the same sentence or the sentence just before
("rang me", "called us", "said something to me", "came to see me"). Only a day counts ("on
Monday", "this morning", "yesterday"); a vague time ("last week") or no time dates nothing; nor
does a call date words the quoting sentence tells of as said over and over or on another
occasion ("My father always told us, 'Never sell the farm.'", "as a boy", "years ago").
"""

from __future__ import annotations

import re
from datetime import date

from onrecord.attribute.when import find_time

__all__ = ["CONTACT", "HABIT", "relayed_day"]

# The one who relays was spoken to: "rang me", "phoned us", "called me", "texted me", "met me",
# "came to see me", "said something to me", "spoke to us", "rang my office" (the object is the
# relay, "me" or "us", or their place); "The mayor phoned on Friday evening", with no object.
# ("called her": a third person's call, told by her later, dates not her own words.)
# The place is one where the relay is reached ("rang my office", "called our home"), and only by a
# call: not "wrote to my councillor" (the relay made the contact), nor "visited my mother" (another
# than the one whose words come back). With no object, the caller is a person, not a thing that
# rings ("The fire alarm rang on Friday night").
CONTACT = re.compile(
    r"\b(?:rang|phoned|called|texted|emailed|messaged|met|visited|rung|came\s+to\s+see|"
    r"(?:said|spoke|talked|wrote)(?:\s+(?:something|this|that|it))?\s+to)\s+(?:me|us)\b"
    r"|\b(?:rang|phoned|called|texted|rung)\s+(?:my|our)\s+(?:office|desk|home|house|flat|number|mobile|phone|landline)\b"
    r"|(?<!\balarm\s)(?<!\balarms\s)(?<!\bbell\s)(?<!\bbells\s)(?<!\bphone\s)(?<!\bphones\s)(?<!\bsiren\s)"
    r"(?<!\bsirens\s)(?<!\bdoorbell\s)(?<!\btelephone\s)(?<!\bit\s)(?<!\bshots\s)(?<!\bshot\s)(?<!\bears\s)"
    r"\b(?:rang|phoned)(?=\s+(?:on|at|late|early|this|last|yesterday)\b)",
    re.I,
)
# The quoting sentence's own later moment ("Weeks later he told me"): the call of the sentence
# before is not this one's
_LATER = re.compile(r"\b(?:later|afterwards|since|eventually|subsequently)\b", re.I)

# Words said again and again, or long before ("always told us", "used to say", "would often
# say", "as a child", "years ago", "every time"): none of them the words of one call.
HABIT = re.compile(
    r"\b(?:always|often|usually|never|forever|constantly|repeatedly|once|used\s+to|"
    r"(?:years|decades|months)\s+ago|as\s+an?\s+(?:child|boy|girl|kid|teenager|youngster)|"
    r"every\s+(?:time|day|week|year|morning|night|summer|winter|spring|autumn|Sunday))\b",
    re.I,
)


def relayed_day(before: str, sentence: str, ref: date | None, teller: str | None = None) -> date | None:
    """The day the relay gives for hearing the words it quotes.

    Args:
        before: the relay's sentence just before the one that quotes, inside the relay's own
            words ("" when there is none).
        sentence: the relay's words of the quoting sentence up to the quoted words.
        ref: the reference day ("this morning" is this day).
        teller: the relay's words of the quoting sentence outside the quoted words, its cue
            after them too ("" or None: ``sentence``).

    Returns:
        The day that sentence (else the one before) names with a call or a talk to the relay, or
        None when neither names one, or when the quoting sentence tells of words said as a habit
        or long before (:data:`HABIT`).
    """
    if ref is None or HABIT.search(teller or sentence):
        return None
    for text in (sentence,) if _LATER.search(sentence) else (sentence, before):
        contact = CONTACT.search(text)
        if contact is None:
            continue
        found = find_time(text, contact.end(), ref)
        if found is not None and found[0] == "day" and found[1] is not None:
            return found[1]
        return None  # the nearest call names no day (or a vague one): the one before is not this one's
    return None
