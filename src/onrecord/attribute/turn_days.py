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
from onrecord.extract.read_out import reading
from onrecord.extract.transcript import find_turns

__all__ = ["in_a_turn", "relaying_turn", "turn_tells_its_own_day"]

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

# A time of the relaying sentence's that is not the recording day's, though it names no day: words
# remembered from long ago or as a habit ("Years ago the ferryman told me", "My grandfather always
# told me", "used to say", "once told me", "never said"), an hour of a night or morning before it
# ("At four in the morning the pilots told us that": "this morning" would be the day's), and an
# event the words came after ("She told me after the second tide that", not "after nine" or "after
# we spoke", nor before one: "told us before the broadcast began").
_ANOTHER_TIME = re.compile(
    r"\b(?:years?|decades?|long|ages|a\s+lifetime)\s+ago\b"
    r"|\b(?:always|used\s+to|never|the\s+other\s+day|back\s+then|in\s+those\s+days)\b"
    r"|\bonce\s+(?:told|said|wrote|warned|asked|\w+ed)\b"
    r"|\bas\s+a\s+(?:child|boy|girl|kid|teenager|young\s+\w+)\b"
    r"|\bat\s+(?:\w+|\d{1,2}(?:[:.]\d\d)?)(?:\s+o['’]clock)?\s+(?:in\s+the\s+(?:morning|afternoon|evening|night)|at\s+night)\b"
    r"|\bafter\s+(?!(?:that|this|which|what|we|I|he|she|they|you|it|noon|midnight|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|\d)\b)(?:(?:the|his|her|their|our|my|your|its)\s+)?[a-z][\w'’-]*",
    re.I,
)

# A relaying sentence that tells its words are of today, whatever else it names: "After the briefing
# this morning she told me", "has told me", "just told me", "a short time ago".
_RECENT = re.compile(
    r"\b(?:this\s+(?:morning|afternoon|evening)|today|tonight|just|earlier\s+on|(?:a\s+short\s+)?(?:time|"
    r"minutes?|hours?|moments?)\s+ago|(?:has|have|'s|'ve)\s+(?:just\s+)?(?:told|said|asked))\b",
    re.I,
)

# A turn's label opening a line, in capitals: "Q:", "HOST:", "MR. DUNNE:" (a turn whose own
# words were no statement, "HOST: Thank you both. In a statement, the firm said ...", is one still)
_TURN_LABEL = re.compile(r"[ \t]*(?:Q|A|[A-ZÀ-Þ][A-ZÀ-Þ'’.\- ]{1,40}):\s")

# The end of a sentence before the relaying one.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+")


# a reporter's part in a broadcast script ("REPORTER:", "CORRESPONDENT (ADA LIND):"): a package
# recorded before the programme airs, whose relayed words the air date does not date
_PACKAGE = re.compile(r"(?i:\b(?:reporter|correspondent)s?\b)")


# words told to the programme itself ("told us", "told this programme at lunchtime")
_TO_THE_PROGRAMME = re.compile(
    r"\b(?:told|gave|sent|emailed)[ \t]+(?:us|this[ \t]+(?:programme|program|show|station|newsroom))\b", re.I
)


def _relayed_on_air(text: str, turn_start: int, c: Candidate) -> bool:
    """Whether a presenter relays words as the programme airs: read out or cued in the present or
    the present perfect (:func:`_read_now`: "The operator says ...", "has told us"), or told to the
    programme itself ("told this programme ..."); not a past report the question recalls ("The
    lock keeper said ... Is she right?"), which the turn does not date."""
    if _read_now(text, c):
        return True
    ends = [m.end() for m in _SENTENCE_END.finditer(text, turn_start, c.start)]
    return _TO_THE_PROGRAMME.search(text, ends[-1] if ends else turn_start, c.start) is not None


def relaying_turn(candidates: list[Candidate], c: Candidate, text: str | None = None) -> Candidate | None:
    """The transcript turn whose text ``c`` starts in, when ``c`` is words of its own that the turn
    relays; None for a turn itself and for any quote outside turns. Given the article's ``text``,
    an interviewer's turn counts too, though it is no quote of its own ("HOST: The operator told
    us this morning it expects ...")."""
    if c.frame == "turn":
        return None
    for t in candidates:
        if t.frame == "turn" and t.start <= c.start < t.end:
            return t
    if text is not None:
        for turn in find_turns(text):
            if (
                turn.question
                and turn.start <= c.start < turn.end
                and not _PACKAGE.search(turn.label.text)
                and _relayed_on_air(text, turn.start, c)
            ):
                return Candidate("direct", [(turn.start, turn.end)], None, None, "speech", turn.label, 0, frame="turn")
    return None


def in_a_turn(text: str, candidates: list[Candidate], c: Candidate) -> bool:
    """Whether ``c`` is a transcript's turn or words inside one, or on the line a turn opens
    ("HOST: Thank you both. In a statement, the firm said ..."); not a clip a broadcast script
    sets between its labelled lines (a quoted paragraph under "[CLIP — THE MAYOR]")."""
    if c.frame == "turn" or relaying_turn(candidates, c) is not None:
        return True
    line = text.rfind("\n", 0, c.start) + 1
    return _TURN_LABEL.match(text, line) is not None or any(
        t.frame == "turn" and line <= t.start < c.start for t in candidates
    )


def turn_tells_its_own_day(text: str, turn: Candidate, c: Candidate, day: date | None) -> bool:
    """Whether the words ``c`` that ``turn`` relays are of the turn's day ``day``: the turn's text up
    to them names no other time ("on Monday", "last week") and no occasion of their own ("the day
    I met him", "when we spoke"), and words it quotes verbatim are cued in the present ("It says:")
    or the present perfect ("has asked me to read this out:"), not recalled ("He told me, '...'")."""
    if day is None or (c.kind == "direct" and not _read_now(text, c)):
        return False
    told = text[turn.start : c.start]
    if _OWN_OCCASION.search(told) or _another_time(told):
        return False
    found = find_time(told, len(told), day)
    return found is None or found == ("day", day, found[2])


def _another_time(told: str) -> bool:
    """Whether the sentence that relays the words (the end of ``told``) names a time not the turn's:
    long ago, a habit, a night's hour or an event they came after, and nothing that makes them of
    today ("this morning", "just")."""
    ends = [m.end() for m in _SENTENCE_END.finditer(told)]
    sentence = told[ends[-1] :] if ends else told
    return _ANOTHER_TIME.search(sentence) is not None and _RECENT.search(sentence) is None


def _read_now(text: str, c: Candidate) -> bool:
    """Whether the cue of quoted words is in the present or the present perfect: "It says: '...'",
    "The board's chair has asked me to read this out: '...'" (not "He told me, '...'")."""
    if reading(text, c.start) is not None:
        return True  # "I'll read it in full: '...'": read out as the programme airs
    if c.cue is None:
        return False
    cue = text[c.cue[0] : c.cue[1]]
    return present_tense(cue) or present_perfect(text[: c.cue[0]], text[c.cue[1] : c.cue[1] + 20])
