"""An outlet's acronym read as a channel, recorded under the full name the article introduced
it by ("according to the Harlow News Agency ... she told HNA": the Harlow News Agency), used by
:mod:`onrecord.attribute.channels`."""

from __future__ import annotations

import re

from onrecord.attribute.channel_names import LEADING
from onrecord.attribute.knowledge import knowledge
from onrecord.attribute.own_outlet import NOT_OUTLET

__all__ = ["spelled_before"]

# An acronym as a channel's name: two to six capitals ("HNA", "KBWN").
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# A run of capitalised words, small joining words allowed inside ("Agence de Presse du Nord").
_NAME_RUN = re.compile(r"[A-Z][\w’'&-]*(?:[ \t]+(?:(?:of|de|du|des|the|and|for|&)[ \t]+)?[A-Z][\w’'&-]*)*")
# The media word a compound name closes with, whose initial an acronym may spell ("Newswire": NW).
_COMPOUND_PART = re.compile(r"(?<=\w)(?:wire|press|cast|line|news)$", re.I)
# A reporter's byline and the outlet they write for: "By Ada Lenz, Harlow News Agency", or that
# name on the line below.
_BYLINE = re.compile(r"^By[ \t]+[^\n,]{3,60}?(?:,[ \t]*|[ \t]*\n[ \t]*)(?P<org>[^\n,]{3,60})[ \t]*$", re.M)
# A line that is a name alone, perhaps with its acronym ("Harlow News Agency (HNA)"): a credit.
_NAME_LINE_ONLY = re.compile(r"(?:By[ \t]+)?[A-Z][\w’'&-]*(?:[ \t]+[\w’'&-]+){0,6}(?:[ \t]*\([A-Z]{2,6}\))?")
# The media words an outlet's full name holds: a name without one is no outlet's.
_MEDIA_WORD = re.compile(
    r"(?i)\b(?:news|press|wire|newswire|agency|service|broadcast\w*|radio|television|network|times|herald|"
    r"post|courier|gazette|tribune|journal|chronicle)\b"
)


def spelled_before(name: str | None, text: str, own: str | None) -> str | None:
    """``name`` by the full name the article wrote before it first used the acronym, when
    ``name`` is an outlet's acronym ("according to Kelsby Newswire ... KNW quoted ..." ->
    "Kelsby Newswire"); else ``name``. An acronym the article defines in a sentence of its body
    ("Berg told the Harlow News Agency (HNA)") is recorded under that full name too; one defined
    only by a credit line of the name alone ("From Harlow News Agency (HNA)") or first used and
    then glossed ("HNA, the Harlow News Agency") stays as written, as does the acronym of the
    article's ``own`` outlet unless its reporter's byline gives the full name ("By Ada Lenz,
    Harlow News Agency" over "(HNA)"). The initials of the own outlet's name that the article
    never defines are that name.

    Args:
        name: the channel read for a quote.
        text: the article.
        own: the article's own outlet, if known.

    Returns:
        The full name, or ``name`` unchanged.
    """
    if name is None or not _ACRONYM.fullmatch(name):
        return name
    first = re.search(rf"(?<![\w-]){name}(?![\w-])", text)
    if first is None:
        return name
    full = None
    named_later = False
    if own is not None and (own == name or _spells(name, LEADING.sub("", own).split())):
        # the agency's own copy: its full name only as its reporter's byline gives it
        byline = _BYLINE.search(text, 0, first.start())
        full = _spelled_in(name, byline.group("org").split()) if byline is not None else None
        if full is None:
            # a paper running the agency's copy defines it in a sentence after its credit ("ALDER,
            # May 4 (HNA) - ... the mayor told the Harlow News Agency (HNA)"): that name
            full = _named_after(name, text, first.end())
            named_later = full is not None
        if full is None and own != name and not _defined_on_a_line(name, text):
            # initials no credit line of the name defines, of its own masthead's words ("told DDG"
            # in "DREDGE & DOCK GAZETTE"; "told PCP" under "GORUKA (PCP) -" in Pacific Continental
            # Press's copy): the outlet by the name it goes by
            return own
    else:
        for run in _NAME_RUN.finditer(text, 0, first.start()):
            found = _spelled_in(name, run.group(0).split())
            if found is not None:
                full = found
    if full is None:
        return name
    definition = re.search(rf"{re.escape(full)}\s*\(\s*{name}\s*\)", text)
    if not named_later and definition is not None and _credit_line(text, definition.start()):
        return name  # ("From Harlow News Agency (HNA)" over the copy: the credit gives both names)
    known = knowledge().outlet(name)
    if known is not None and knowledge().outlet(full) != known:
        return name  # an outlet known by these initials ("RT") is not the "Radio Tavel" named before
    return full


def _credit_line(text: str, at: int) -> bool:
    """Whether the definition at ``at`` is a credit line of the name alone ("From Harlow News
    Agency (HNA)" over the copy), whose later "told HNA" writers record as the credit's initials;
    a sentence of the body defining the acronym ("Berg told the Harlow News Agency (HNA)") gives
    the name every later "told HNA" is recorded under."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return _NAME_LINE_ONLY.fullmatch(line.strip()) is not None


def _defined_on_a_line(acronym: str, text: str) -> bool:
    """Whether a line of ``text`` of a name alone defines ``acronym`` ("KESTREL TRADE REVIEW (KTR)"
    over the copy); a dateline's credit ("GORUKA, Sept 7 (PCP)") defines none."""
    return any(
        _NAME_LINE_ONLY.fullmatch(line.strip()) is not None
        for line in text.splitlines()
        if re.search(rf"\(\s*{acronym}\s*\)", line)
    )


def _named_after(acronym: str, text: str, start: int) -> str | None:
    """The outlet's name a sentence of ``text`` after ``start`` defines ``acronym`` by ("the mayor
    told the Harlow News Agency (HNA)"); a line of the name alone is a credit, no sentence."""
    for line in re.finditer(r"[^\n]+", text[start:]):
        if _NAME_LINE_ONLY.fullmatch(line.group(0).strip()):
            continue
        for run in _NAME_RUN.finditer(line.group(0)):
            if not re.match(rf"\s*\(\s*{acronym}\s*\)", line.group(0)[run.end() :]):
                continue
            found = _spelled_in(acronym, run.group(0).split())
            if found is not None:
                return found
    return None


def _spelled_in(acronym: str, words: list[str]) -> str | None:
    """The words of a run of capitalised words whose initials spell ``acronym`` and that make an
    outlet's name ("Kelsby Newswire" in "Yesterday Kelsby Newswire"), if any."""
    kb = knowledge()
    for i in range(len(words)):
        if not words[i][:1].isupper():
            continue
        for j in range(len(words), i, -1):
            part = words[i:j]
            if not part[-1][:1].isupper() or not _spells(acronym, part):
                continue
            full = " ".join(part)
            if NOT_OUTLET.search(full):
                continue  # a body's name ("Harlow Marine Survey Agency"): no medium
            if _MEDIA_WORD.search(full) or _COMPOUND_PART.search(part[-1]) or kb.is_masthead(full):
                return full
    return None


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether the initials of ``words`` spell ``acronym``: each capitalised word gives its
    initial, a compound closed by a media word the initial of that word too ("Newswire": NW);
    small words ("of", "the") may give theirs or not."""
    letters = acronym.upper()

    def walk(k: int, at: int) -> bool:
        if k == len(words):
            return at == len(letters)
        word = words[k]
        options: list[str] = []
        if word[:1].isupper():
            options.append(word[0])
            part = _COMPOUND_PART.search(word)
            if part is not None:
                options.append(word[0] + part.group(0)[0].upper())
        else:
            options.extend(["", word[0].upper()])
        return any(letters.startswith(o, at) and walk(k + 1, at + len(o)) for o in options)

    return walk(0, 0)
