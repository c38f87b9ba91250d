"""The writer's words before a report: the scene a colon sets up ahead of the speaker's words.

Copy introduces reported speech with a clause of its own and a colon, then reports it with a cue
set in the middle or after ("He took it on the chin: the defeat was on him, he said"; "Halvorsen
opens the briefing: prices are proving stickier, she says"), or after a cue whose object only
points ahead ("she said it again, this time with a grimmer number: the county had logged 40
crashes"). The parser hangs the scene on the content; it is cut by its colon, after the parse and
after the tagger, unless the colon is inside a quotation (then it is the speaker's).

Wire copy also sets the source of a report between its cue and its that-clause ("the agency
said, citing the minister, that C"): the parser may start the content at the source's name; the
content starts after its "that".
"""

from __future__ import annotations

import re

from onrecord.extract.candidates import Candidate
from onrecord.extract.marks import OPENING_MARKS
from onrecord.extract.tails import inside_quotation
from onrecord.extract.words import word_count

__all__ = ["head_end", "source_aside_end", "without_writers_heads"]

_COLON = re.compile(r":\s+(?=\S)")
# a cue's object that points at what follows the colon: "said it again", "said so again"
_POINTER = re.compile(r"(?:it|so|this|that)\s+again\b", re.IGNORECASE)
_MIN_WORDS_AFTER = 3
# "said, citing the minister, that C": the aside's participle before the content's start, and the
# that-clause after a short source
_SOURCE_ASIDE = re.compile(r"(?:citing|quoting)\s+$", re.IGNORECASE)
_SOURCE_THEN_THAT = re.compile(r"[^,;:\"“”]{1,80}?,\s+that\s+(?=\S)")
_MAX_SOURCE_WORDS = 8


def head_end(text: str, start: int, end: int, cue_after: bool) -> int | None:
    """Where the speaker's words begin in the content ``text[start:end]`` after the writer's
    scene and its colon, or ``None`` when the content has no such scene.

    Args:
        text: the analysed text.
        start: the content's first offset.
        end: the offset just after the content.
        cue_after: whether the report's cue stands after the content (``C, she said``).
    """
    if not cue_after and not _POINTER.match(text, start, end):
        return None
    cut = None
    for m in _COLON.finditer(text, start, end):
        if inside_quotation(text[start : m.start()]):
            break
        if text[m.end()] in OPENING_MARKS:
            break  # a quotation after the colon is a quote of its own, the quote rules' to read
        if word_count(text[m.end() : end]) >= _MIN_WORDS_AFTER:
            cut = m.end()
        if not cue_after:
            break  # the pointer's colon is the first one
    return cut


def source_aside_end(text: str, start: int, end: int) -> int | None:
    """Where the that-clause begins in content ``text[start:end]`` that opens with the source of
    a "citing X, that" aside, or ``None``."""
    if not _SOURCE_ASIDE.search(text, max(0, start - 12), start):
        return None
    m = _SOURCE_THEN_THAT.match(text, start, end)
    if m is None or word_count(text[start : m.end()]) - 1 > _MAX_SOURCE_WORDS:
        return None
    return m.end() if word_count(text[m.end() : end]) >= _MIN_WORDS_AFTER else None


def without_writers_heads(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with the writer's scene cut from the head of reported content (indirect
    and mixed records of one piece, whose quoted parts all lie after the colon)."""
    out = []
    for c in candidates:
        if c.kind in {"indirect", "mixed"} and len(c.pieces) == 1 and c.cue is not None:
            cut = head_end(text, c.start, c.end, cue_after=c.cue[0] >= c.end)
            if cut is None and c.cue[1] <= c.start:
                cut = source_aside_end(text, c.start, c.end)
            if cut is not None and all(s >= cut for s, _ in c.quoted_parts):
                c = c.reporting(pieces=[(cut, c.end)])
        out.append(c)
    return out
