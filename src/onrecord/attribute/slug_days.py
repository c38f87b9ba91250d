"""The day a broadcast script's slug gives the clip beneath it.

A television running script sets each clip of sound under a slug line (``[SOT: Ada Lind /
Harbour Master - recorded Mon 4 Oct]``, ``[CLIP — IVO SANT - yesterday]``) that may say when the
clip was recorded: the clip's words were said that day, not on the script's air date. ``today``
is the script's own day, and a clip carried on (``- Mon 4 Oct, cont.``) is of the day its slug
names. A script that dates its clips this way leaves a clip whose slug names no day undated: it
tells which sound is of the day and which is not, and says nothing of that one. A script none of
whose slugs names a day runs the day's sound: each of its clips is of the script's own day
(:func:`in_an_undated_clip`).

The clip runs from its slug to the next direction line (``[VO - the quay]``, ``[BACK TO
ANCHOR]``, another slug) or labelled turn (``LIND (VO): ...``); the script's cuts and out-cues
within it (``[CUT TO]``, ``[ENDS: "... the quay."]``) do not end it.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from onrecord.attribute.clips import SLUG
from onrecord.attribute.when import find_time

__all__ = ["in_an_undated_clip", "slug_day"]

# A clip's slug, alone on its line: "[SOT: Ada Lind / Harbour Master - recorded Mon 4 Oct]",
# "[CLIP — IVO SANT]", "[INTERVIEW: ...]" (the slug :mod:`onrecord.attribute.clips` reads a name of)
_SLUG = re.compile(rf"^(?:{SLUG.pattern})$", re.M)
# A bracketed line within a clip that does not end it: a cut, an out-cue, a pause.
_WITHIN = re.compile(r"[ \t]*\[[ \t]*(?:CUT|ENDS?|OUT\s*CUE|OUTCUE|OUT|CONT|CONTINUES|PAUSE|BEAT)\b", re.I)
# What ends a clip: another bracketed direction, or a labelled turn ("LIND (VO): ...", "ANCHOR: ...").
_DIRECTION = re.compile(r"[ \t]*\[")
_TURN = re.compile(r"[ \t]*[A-ZÀ-Þ][A-ZÀ-Þ'’.\- ]{1,40}(?:\([^()\n]{1,40}\))?:\s")
# The slug's time, after its name and title: "- recorded Mon 4 Oct", "- today", "- Mon 4 Oct, cont."
_TIME_PART = re.compile(r"\s[—–-]\s+(?P<time>[^—–\n]*)$")


def slug_day(text: str, offset: int, script_day: date | None) -> tuple[bool, str | None]:
    """Whether the words at ``offset`` are a clip under a slug of a script whose slugs date their
    clips, and the day the clip's slug gives (``script_day``: the script's air or publication day,
    what ``today`` means); (False, None) for words under no slug, or in a script none of whose
    slugs names a day (the script's own day then stands)."""
    if script_day is None:
        return False, None
    slugs = _dated_slugs(text, script_day)
    if slugs is None:
        return False, None
    for end, day in reversed(slugs):
        if end > offset:
            continue
        if _clip_ends_between(text, end, offset):
            return False, None
        return True, day
    return False, None


def in_an_undated_clip(text: str, offset: int, script_day: date | None) -> bool:
    """Whether the words at ``offset`` are a clip under a slug of a script none of whose slugs
    names a day ("[SOT — ADA LIND, HARBOUR MASTER]" in a bulletin's script): sound of the day the
    script airs."""
    if script_day is None or _dated_slugs(text, script_day) is not None:
        return False
    for m in reversed(list(_SLUG.finditer(text, 0, offset + 1))):
        if m.end() <= offset:
            return not _clip_ends_between(text, m.end(), offset)
    return False


@lru_cache(maxsize=8)
def _dated_slugs(text: str, script_day: date) -> tuple[tuple[int, str | None], ...] | None:
    """The slugs of ``text``, each as (where it ends, the day it gives), read once per text; None
    when none of them names a day."""
    slugs = tuple((m.end(), _slug_time(m.group("who"), script_day)) for m in _SLUG.finditer(text))
    return slugs if any(day is not None for _, day in slugs) else None


def _slug_time(note: str, script_day: date) -> str | None:
    """The day a slug's note names after its dash ("Ada Lind / Harbour Master - recorded Mon 4 Oct")."""
    part = _TIME_PART.search(note)
    if part is None:
        return None
    time = part.group("time")
    found = find_time(time, len(time), script_day)
    return found[1].isoformat() if found is not None and found[0] == "day" and found[1] is not None else None


def _clip_ends_between(text: str, start: int, offset: int) -> bool:
    """Whether a line between a slug (ending at ``start``) and ``offset`` ends its clip: a direction
    in brackets other than a cut or an out-cue, or a labelled turn."""
    at = text.find("\n", start)
    while at != -1 and at < offset:
        line = at + 1
        if line > offset:
            break
        if (_DIRECTION.match(text, line) and not _WITHIN.match(text, line)) or _TURN.match(text, line):
            return True
        at = text.find("\n", line)
    return False
