"""A broadcast script's clips printed without quotation marks under the slug that names their speaker.

A television running script sets each clip of sound under a slug line (``[SOT — ADA LIND, HARBOUR
MASTER]``) and often prints the clip's words as they were spoken, with no quotation marks: on the
lines below the slug, or after it on its own line (``[SOT — ADA LIND, HARBOUR MASTER]: The quay
stays shut tonight.``). Each such line is a direct quote of the person the slug names. A line
that is a turn under a speaker's label (``LIND: ...``), a bracketed direction, or that opens with a
quotation mark is left to the rules that read those; a slug that names no person ("[SOT — THE
MAYOR]") or says the words are read out for another gives no clip. A line that speaks of the
slug's person in the third person, by name or by the slug's office ("The harbour master later
ordered all boats inside the breakwater."), or narrates what she did in the past tense ("She later
ordered ..."), is the script's narration again: it ends the clip and is not hers.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from onrecord.attribute.clips import SLUG, clip_name
from onrecord.extract.candidates import Candidate
from onrecord.extract.mentions import Mention

__all__ = ["with_bare_clips"]

# a line that is no clip's words: a bracketed direction, a quotation, a speaker's or a cue's label
# in capitals ("LIND:", "V/O:", "GFX (statement):")
_NOT_WORDS = re.compile(r"[ \t]*(?:[\[(\"“‘'«]|[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž/.'’ \-]{0,60}(?:\([^()\n]*\))?[ \t]*:)")
# a clip's words: at least two words, one of them with a lower-case letter
_WORDS = re.compile(r"(?=[^\n]*[a-zß-ÿ]{2})\S+[ \t]+\S")
_MAX_LINES = 6  # the lines a clip may run to under its slug
# where a slug's office ends: the next comma, slash, bracket or dash ("HARBOUR MASTER, KELBY")
_OFFICE_END = re.compile(r"\s*(?:[,/(\]]|\s[—–-]\s|—|–)")
# the words before a mention of the person that make it her own ("I'm Ada Lind", "as harbour master")
_SELF = re.compile(
    r"(?i:\b(?:I[ \t]+am|I['’]m|my[ \t]+name[ \t]+is|call[ \t]+me|as))[ \t]+(?:(?i:the|a|an)[ \t]+)?(?:\S+[ \t]+)?$"
)
# a line that narrates what a third person did: "She later ordered ...", "He then told ..."
_NARRATED = re.compile(
    r"[ \t]*(?:She|He)[ \t]+(?:(?:later|then|also|had|afterwards|\w+ly)[ \t]+)?"
    r"(?:\w{2,}ed|said|told|went|gave|took|made|left|came|spoke|sent|kept|began|wrote|met|ran|won|lost|held)\b"
)
# a word of the speaker's own: a line that has one is still her speaking
_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|mine|we|we['’](?:re|ve|d|ll)|us|our|ours)\b", re.I)
_TRAILING = " \t.,;:"


def with_bare_clips(
    text: str,
    candidates: list[Candidate],
    sentence_of: Callable[[int], int],
    one_break: Callable[[int, int], bool] | None = None,
) -> list[Candidate]:
    """``candidates`` with each unquoted line of a clip under a slug that names its speaker (see
    the module's docstring) as a direct quote of that person; a candidate that starts inside
    such a line gives way to it.

    Args:
        text: The analysed text.
        candidates: The candidates found so far.
        sentence_of: The index of the sentence holding an offset.
        one_break: Whether the break between two lines (the end of one, the start of the next)
            was a single line break as the script was written, not a blank line: cleaning sets
            every line of a script apart as a paragraph. By default, whether ``text`` has one
            line break there.

    Returns:
        The candidates, the clips' among them.
    """
    clips = _clips(text, one_break or (lambda end, start: text.count("\n", end, start) == 1))
    if not clips:
        return candidates
    kept = [c for c in candidates if not any(s <= c.start < e for s, e, _ in clips)]
    for start, end, mention in clips:
        # (the "clip" frame: the script's own recording, heard through no relay, like a quoted clip)
        clip = Candidate("direct", [(start, end)], None, None, "speech", mention, sentence_of(start), frame="clip")
        kept.append(clip)
    return sorted(kept, key=lambda c: c.start)


def _clips(text: str, one_break: Callable[[int, int], bool]) -> list[tuple[int, int, Mention]]:
    """The unquoted lines of clips under slugs that name a person, with the name as a mention."""
    found: list[tuple[int, int, Mention]] = []
    lines = list(re.finditer(r"^[^\n]*\S[^\n]*$", text, re.M))
    for i, slug in enumerate(lines):
        match = SLUG.match(text, slug.start(), slug.end())
        if match is None:
            continue
        mention = _slug_person(text, slug.start(), match.end("who"))
        if mention is None:
            continue
        if match.end() < slug.end():  # "[SOT — ADA LIND]: The quay stays shut."
            if ":" not in text[match.end("who") : match.end()]:
                continue  # "[SOT — ADA LIND] (pictures of the quay)": no clip on the slug's line
            words = _words(text, match.end(), slug.end())
            if words is not None:
                found.append((*words, mention))
            continue
        # the clip's lines: the one under the slug, and each written right under the one before
        offices = _offices(text, match.start("who"), match.end("who"), mention)
        for j in range(i + 1, min(i + 1 + _MAX_LINES, len(lines))):
            line = lines[j]
            if j > i + 1 and not one_break(lines[j - 1].end(), line.start()):
                break
            words = _words(text, line.start(), line.end())
            if words is None or _narration(line.group(), mention, offices):
                break
            found.append((*words, mention))
    return found


def _words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a clip's words on ``text[start:end]``, trimmed, or None for a line that is
    no clip's words (a label, a direction, a quotation, a heading with no lower-case word)."""
    piece = text[start:end]
    begin = start + len(piece) - len(piece.lstrip())
    if _NOT_WORDS.match(text, start, end) or not _WORDS.match(text, begin, end):
        return None
    finish = begin + len(piece.strip().rstrip(_TRAILING))
    return (begin, finish) if finish > begin else None


def _offices(text: str, who_start: int, who_end: int, person: Mention) -> list[str]:
    """The offices a slug gives its person, in lower case: the words before the name ("MAYOR",
    "CHIEF INSPECTOR") and the first piece after it ("HARBOUR MASTER" of "ADA LIND, HARBOUR
    MASTER, KELBY PORT"); the organisation after that is left out, as her own words name it."""
    offices = []
    before = text[who_start : person.start].strip(" \t,—–-")
    if len(before) > 2 and before.replace(" ", "").isalpha():
        offices.append(before)
    after = text[person.end : who_end].lstrip(" \t,/—–-")
    cut = _OFFICE_END.search(after)
    office = (after[: cut.start()] if cut is not None else after).strip()
    if len(office) > 2 and re.fullmatch(r"[^\W\d_][\w'’ \-]*", office):
        offices.append(office)
    return [" ".join(o.split()).casefold() for o in offices]


def _narration(line: str, person: Mention, offices: list[str]) -> bool:
    """Whether a line under a slug is the script's narration about the slug's person, not her
    clip: it names her in the third person (her name, her surname, "the" and her office), or
    opens with "She"/"He" and a verb in the past tense and has no word of the speaker's own."""
    name = person.name or ""
    names = [re.escape(n) for n in dict.fromkeys((name, name.split()[-1] if name.split() else "")) if len(n) > 1]
    patterns = [rf"\b(?:{'|'.join(names)})\b"] if names else []
    patterns += [r"(?i:\bthe[ \t]+" + r"[ \t]+".join(map(re.escape, o.split())) + r"\b)" for o in offices]
    for pattern in patterns:
        for m in re.finditer(pattern, line):
            if not _SELF.search(line[: m.start()]):
                return True
    return _NARRATED.match(line) is not None and _FIRST_PERSON.search(line) is None


def _slug_person(text: str, line_start: int, who_end: int) -> Mention | None:
    """The person a slug line names (:func:`onrecord.attribute.clips.clip_name`), as a mention at
    its offsets in ``text``; None for a slug of an office, a medium or a reading."""
    line = text[line_start:who_end] + "]"
    who = SLUG.match(line)
    if who is None or who.group("who").split()[:1] in (["THE"], ["The"], ["the"]):
        return None  # "[SOT — THE HARBOUR MASTER]": an office, whatever its words
    named = clip_name(line + "\nx", len(line) + 1)
    if named is None:
        return None
    start, end = line_start + named.start, line_start + named.end
    return Mention(start, end, text[start:end], "name", name=named.name, number="sg")
