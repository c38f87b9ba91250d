"""The day of an occasion the story dated once and then names again by "the": "At Tuesday's
meeting, she said twelve routes would close. ... '...,' he said at the meeting"; "Okafor told a
residents' meeting on Thursday evening that ... Ashby, who chaired the meeting, said ...".

The words said at "the meeting" were said on the day the story gave that meeting when it last
named it. Only a day written with the occasion itself counts: its weekday's possessive
("Tuesday's debate", "Thursday night's board meeting") or "on" and the weekday after it in the same
clause ("a briefing at the ministry on Wednesday"); a meeting last named with no day of its own
dates nothing, nor does "before the meeting" (another moment than the meeting's).

A body that sits to hear people (a committee, a panel, an inquiry) is such an occasion when the
story dated its sitting with a sitting verb ("The Committee took oral evidence on Thursday 6 May
from ...", "the panel met on Wednesday to hear the case"): "Mr Osei told the Committee that ..."
was said at that sitting, and so were the words the next witness told it.
"""

from __future__ import annotations

import re
from datetime import date

from onrecord.attribute.when import day_named_last

__all__ = ["OCCASIONS", "SITTING_BODIES", "occasion_day"]

# Gatherings where words are said on one day.
OCCASIONS = (
    "meeting",
    "briefing",
    "hearing",
    "debate",
    "forum",
    "rally",
    "summit",
    "news conference",
    "press conference",
)
# Bodies that sit to hear people ("The Committee took oral evidence on Thursday 6 May from ...",
# "the panel met on Wednesday to hear the case"): words told to the body ("Mr Osei told the
# Committee") were said at the sitting the story dated, and only at one it dated by a sitting verb.
SITTING_BODIES = ("committee", "panel", "inquiry", "tribunal", "commission")
_BODY = r"(?:" + "|".join(SITTING_BODIES) + r")"
_NOUN = r"(?:" + "|".join(o.replace(" ", r"\s+") for o in OCCASIONS) + r"|" + _BODY + r")"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
# "the meeting", "the same briefing", "that hearing" (not "before the meeting", "after the debate":
# another moment than the occasion's own)
# Only as where the words were said: "(said) at/during/in the meeting", "told the hearing", "who
# chaired the meeting", "speaking to the rally"; not "the summit" as the object of another verb
# ("would not attend the summit", "criticising the meeting", "banned the rally") nor "on the eve of",
# "prior to" or "when the hearing resumed" (another moment than the occasion's)
_THE_OCCASION = re.compile(
    r"\b(?:at|during|in|told|tells|telling|address(?:ed|es|ing)?|chair(?:ed|s|ing)?|"
    r"(?:spoke|speaks|speaking|spoken|talked|talking)\s+to)\s+"
    r"(?:the|that)\s+(?:same\s+)?(?P<noun>" + _NOUN + r")\b(?!['’]s)",
    re.I,
)
# An occasion still to come: words about it are not said at it ("Leaders will gather for
# Thursday's summit", "she would vote against it in the debate", "had planned to speak at Thursday's
# rally")
_TO_COME = re.compile(
    r"\b(?:will|would|shall|wo|going\s+to|due\s+to|plan(?:s|ned|ning)?\s+to|intends?\s+to|"
    r"(?:is|are|was|were)\s+to|scheduled|expected\s+to|next)\b|['’]ll\b",
    re.I,
)
_POSSESSIVE = r"\b" + _WEEKDAY + _PART + r"['’]s\s+(?:[\w'’-]+\s+){{0,3}}?{noun}\b"
_ON_DAY = r"\b{noun}\b[^.;:!?\n]{{0,80}}?\bon\s+" + _WEEKDAY + r"\b"
# a body's sitting dated: "The Committee took oral evidence on Thursday", "the panel met ... on Wednesday"
_SITTING = (
    r"\b{noun}\s+(?:(?:has|had)\s+)?(?:took|taken|heard|met|sat|held|convened|questioned)\b"
    r"[^.;:!?\n]{{0,80}}?\bon\s+" + _WEEKDAY + r"\b"
)


def occasion_day(before: str, sentence: str, ref: date | None) -> date | None:
    """The day of the occasion ``sentence`` names by "the" ("said at the meeting"), as the text
    ``before`` it dated that occasion when it last named it; None when the sentence names no such
    occasion, or its last mention before carries no day of its own.

    Args:
        before: the article's text before the sentence.
        sentence: the sentence of the quote's cue, its quoted words blanked.
        ref: the reference day the weekday is counted back from.

    Returns:
        The occasion's day, or None.
    """
    if ref is None:
        return None
    # (a body's chair chairs it every day: "Dame Ruth, who chairs the committee, told the BBC" was
    # not said at a sitting)
    found = next(
        (
            m
            for m in _THE_OCCASION.finditer(sentence)
            if not (re.fullmatch(_BODY, m.group("noun"), re.I) and m.group(0)[:5].casefold() == "chair")
        ),
        None,
    )
    if found is None:
        return None
    # (the clause that names it, from its last comma, "that" or "and")
    lead = re.split(r"[,;:]|\b(?:that|and|but)\b", sentence[: found.start()])[-1]
    if _TO_COME.search(lead):
        return None
    noun = r"\s+".join(found.group("noun").split())
    body = re.fullmatch(_BODY, noun, re.I) is not None
    mentions = list(re.finditer(r"\b" + noun + r"\b", before, re.I))
    if body:
        # (the words others told the body before name it as this quote does, no sitting of their own)
        told = {m.end("noun") for m in _THE_OCCASION.finditer(before)}
        mentions = [m for m in mentions if m.end() not in told] or mentions
    if not mentions:
        return None
    last = mentions[-1]
    # the clause around that last mention: from its sentence's start to its end
    start = max(before.rfind(mark, 0, last.start()) for mark in (".", "\n", "!", "?", ";")) + 1
    ends = [i for i in (before.find(mark, last.end()) for mark in (".", "\n", "!", "?", ";")) if i >= 0]
    clause = before[start : min(ends) if ends else len(before)]
    at = last.start() - start
    if _TO_COME.search(clause[:at]):
        return None  # an occasion still to come when the story named it
    for pattern in (_SITTING,) if body else (_POSSESSIVE, _ON_DAY):
        for m in re.finditer(pattern.format(noun=noun), clause, re.I):
            if m.start() <= at < m.end():
                weekday = re.search(_WEEKDAY, m.group(0), re.I)
                # (read as "on Tuesday": the possessive's day is the same day)
                return day_named_last(f"on {weekday.group(0)}", ref) if weekday else None
    return None
