"""A broadcast script's clips: the slug or caption above a quoted clip names who speaks in it.

A television script prints a clip's words on lines of their own, in quotation marks, under a
line that says whose sound it is: a bracketed slug (``[SOT — ADA LIND, HARBOUR MASTER]``,
``[CLIP: Ivo Sant / Farmer - recorded Monday]``) or a caption for the name on screen
(``ASTON: Insp Ada Lind — Harbour Police`` above ``SOT: "..."``). The clip is that person's,
whatever the reporter's voice-over named last. A slug that says the words are read out for
someone else (``[SOT — IVO SANT, SPOKESMAN, READING]``) names the reader, not the speaker, and is
left to the rules that read such statements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from onrecord.extract.name_forms import capitalised

__all__ = ["SLUG", "ClipName", "clip_name", "production_cue", "script_cue"]

# the kinds of sound a slug announces: "SOT" (sound on tape), "SYNC", "CLIP", "GRAB", "BITE", ...
_KINDS = r"(?:SOT|SYNC|CLIP|GRAB|SOUND\s*BITE|BITE|ACTUALITY|INSERT|INTERVIEW|VOX(?:\s+POP)?)"
_SEP = r"[ \t]*(?:[:—–]|-{1,2})[ \t]*"
# a slug line: "[SOT — ADA LIND, HARBOUR MASTER]", "[SOT: Ada Lind / Harbour Master - Mon 4 May]"
# (the one slug of onrecord: :mod:`onrecord.attribute.slug_days` reads a slug's day with it)
SLUG = re.compile(rf"[ \t]*\[[ \t]*(?i:{_KINDS}){_SEP}(?P<who>[^\[\]\n]{{3,160}})\][ \t]*:?[ \t]*")
# a caption line: "ASTON: Insp Ada Lind — Harbour Police", "SUPER: ADA LIND / HARBOUR MASTER"
_CAPTION = re.compile(
    rf"[ \t]*(?:ASTON|SUPER|CAPTION|STRAP|CG|LOWER[ \t]+THIRD|NAME[ \t]+SUPER){_SEP}(?P<who>[^\n]{{3,160}}?)[ \t]*"
)
# what may open a clip's line before its words: the clip's own cue ("SOT:"), a quotation mark
_OPENING = re.compile(rf"[ \t]*(?:(?:{_KINDS}){_SEP})?[\"“‘']?[ \t]*")
# lines a clip may run on across under its slug: another quoted line, an editor's bracketed note
# ("[CUT TO]", "[ENDS: '...']")
_QUOTED_LINE = re.compile(r"[ \t]*(?:[\"“‘].*|\[[^\[\]\n]*\])[ \t]*")
# a slug of words read out for another: the reader is not their speaker
_READING = re.compile(r"\b(?:READING|READS|READ\s+BY|ON\s+BEHALF|STATEMENT)\b", re.I)
# where the name ends: the role after a comma, slash or dash, a bracket, the recording's day
_NAME_END = re.compile(r"\s*(?:[,/(]|\s[—–-]\s|\s-|—|–)")
_ABBREVIATION = re.compile(r"[A-Z][A-Za-z]{0,3}\.?")
_NAME_WORD = re.compile(r"['’]?[A-ZÀ-ÞĀ-Ž][\w'’.\-]*|(?:de|van|von|der|den|da|di|du|la|le|ter)")
_MAX_LINES_UP = 8
# a script's production cues, which a parse may take for a speaker: "SOT:", "GFX (statement):",
# "ASTON:", "V/O:", "PTC:"
_PRODUCTION = frozenset("SOT SYNC ASTON SUPER CAPTION STRAP GFX GRAPHIC GRAPHICS VO V/O PTC OOV VT CG".split())


@dataclass(frozen=True, slots=True)
class ClipName:
    """The person a clip's slug or caption names: the name in title case and its offsets."""

    name: str
    start: int
    end: int


@lru_cache(maxsize=256)  # asked again for a quote the mention rules left bare (attribute._clip_speaker)
def clip_name(text: str, start: int) -> ClipName | None:
    """The person the slug or caption above a clip names, for a quote starting at ``start``.

    The quote must open its line (after the clip's own cue, "SOT:", and its quotation mark);
    the lines between it and the slug may only be more of the clip (quoted lines, bracketed
    editor's notes) or blank.

    Returns:
        The name, or None when no slug or caption stands above the quote, when it names no
        person by name ("[SOT — THE MAYOR]") or says the words are read out for another.
    """
    line_start = text.rfind("\n", 0, start) + 1
    if _OPENING.fullmatch(text, line_start, start) is None:
        return None
    end = line_start - 1
    for _ in range(_MAX_LINES_UP):
        if end < 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        found = SLUG.fullmatch(text, begin, end) or _CAPTION.fullmatch(text, begin, end)
        if found is not None:
            return _named(text, found.start("who"), found.end("who"))
        if text[begin:end].strip() and _QUOTED_LINE.fullmatch(text, begin, end) is None:
            return None
        end = begin - 1
    return None


def _named(text: str, start: int, end: int) -> ClipName | None:
    """The person's name at the head of a slug's or caption's words ``text[start:end]``."""
    from onrecord.attribute.knowledge import knowledge

    who = text[start:end]
    if _READING.search(who):
        return None
    cut = _NAME_END.search(who)
    head = who[: cut.start()] if cut is not None else who
    words = head.split()
    if not words or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    kb = knowledge()
    titled = [capitalised(w) if w.isupper() and len(w) > 1 else w for w in words]
    first = 0
    # a rank or a form of address before the name: "Ch Supt", "CAPT.", "Commissioner", "Dr"
    while len(titled) - first > 2 and (
        kb.is_title(titled[first]) or (_ABBREVIATION.fullmatch(titled[first]) and not kb.is_given_name(titled[first]))
    ):
        first += 1
    if len(titled) - first == 2 and (kb.is_title(titled[first]) and not kb.is_given_name(titled[first])):
        first += 1  # "Dr Sekgoma": a title and a surname
    name_words = titled[first:]
    if (
        (len(name_words) < 2 and first == 0)
        or name_words[0].casefold() == "the"
        or kb.role(" ".join(name_words)) is not None
    ):
        return None  # "[SOT — THE MAYOR]", "[SOT — POLICE CHIEF]": an office, not a name
    offset = start + len(who) - len(who.lstrip())
    for w in words[:first]:
        offset = text.index(w, offset) + len(w)
    name_start = text.index(words[first], offset)
    name_end = text.index(words[-1], name_start) + len(words[-1])
    return ClipName(" ".join(name_words), name_start, name_end)


def production_cue(mention: str) -> bool:
    """Whether a speaker mention is a broadcast script's production cue, written in capitals as
    scripts write them ("SOT", "GFX (statement, read V/O)", "ASTON"): no one speaks by that name."""
    first = mention.split(maxsplit=1)[0] if mention.strip() else ""
    return first.rstrip(":,(") in _PRODUCTION


# a line of a broadcast script's own: a bracketed slug or direction ("[SOT: ...]", "[VO - quay]"),
# a label in capitals before a colon ("V/O:", "GFX (statement):", "LUNDQVIST (PTC):")
_SCRIPT_LINE = re.compile(r"^[ \t]*(?:\[[^\[\]\n]{2,160}\]|[A-Z][A-Z/.'’ -]{0,30}(?:[ \t]*\([^()\n]*\))?[ \t]*:)", re.M)
_SCRIPT_LINES = 2  # such lines that make a text a script
# what follows a cue used as a label: a colon, or a bracket before one ("GFX (statement):", "VT [0:40]")
_LABEL_TAIL = re.compile(r"[ \t]*[:(\[]")


def script_cue(text: str, start: int, mention: str) -> bool:
    """Whether the speaker mention ``mention`` at ``start`` is a production cue as a broadcast
    script writes one (see :func:`production_cue`): in a script (its slugs or labelled lines), as the
    label opening its line ("GFX (statement, read V/O): '...'"), and not initials the article
    spells out as a name's ("The Provincial Tram Company (PTC) ... PTC said ...")."""
    from onrecord.attribute.acronyms import defined_acronyms

    if not production_cue(mention):
        return False
    word = mention.split(maxsplit=1)[0].rstrip(":,(")
    before = text[text.rfind("\n", 0, start) + 1 : start].strip()
    if before not in ("", "["):
        return False  # not at the head of its line: "..., PTC said"
    if not before and _LABEL_TAIL.match(text, start + len(word)) is None:
        return False  # "PTC said in a statement": a name in a sentence, not a label ("[VT ...]" is one)
    if word in defined_acronyms(text):
        return False
    return sum(1 for _ in zip(range(_SCRIPT_LINES), _SCRIPT_LINE.finditer(text), strict=False)) >= _SCRIPT_LINES

