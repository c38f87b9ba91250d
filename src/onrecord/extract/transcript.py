"""Transcripts and interviews: ``NAME: text`` turns, or ``Q:`` / ``A:`` turns.

An article is read as a transcript when at least three paragraphs open with a speaker label.
Each turn of an interviewee is a direct quote of the person its label names (``CORRIGAN:`` is
the Niamh Corrigan the introduction named); the interviewer's turns are questions, not
statements on record. The interviewer is the label called ``Q``, ``HOST``, ``INTERVIEWER`` and
the like, or the one whose turns are mostly questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onrecord.extract.mentions import Mention

__all__ = ["Turn", "find_turns"]

_LABEL = re.compile(
    r"^(?:(?P<title>[A-Z][A-Za-z]{1,5}\.)\s+)?"  # "DR. OKAFOR:", "Sen. IBARRA:": the title is not the name
    r"(?P<label>Q|A|[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’\-]+){0,2}|[A-Z][a-z]+ [A-Z][a-z'’\-]+)"
    r"(?:\s*\([^()\n]{1,60}\)|,\s+(?P<role>[A-Z][A-Za-z .'’\-]{1,40}))?"  # "HOST (JORDAN REYES)", "ANNA BERG, HOST"
    r"\s*:\s+(?P<text>\S.*)$",
    re.M,
)
_HOSTS = frozenset(
    "q question host presenter interviewer anchor reporter moderator journalist correspondent editor".split()
)
_MIN_TURNS = 3


@dataclass(frozen=True, slots=True)
class Turn:
    """One turn: its text span, who its label names, and whether it is the interviewer's."""

    start: int
    end: int
    label: Mention
    question: bool = False


def _is_host(label: str, turns: list[str]) -> bool:
    if label.casefold() in _HOSTS:
        return True
    questions = sum(t.rstrip().endswith("?") for t in turns)
    return questions * 2 > len(turns)


def _capitalised(word: str) -> str:
    """``ANNA-LIISA`` -> ``Anna-Liisa``, ``O'NEILL`` -> ``O'Neill``."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word.lower())


def _full_name(text: str, label: str) -> str:
    """The full name the article gives the person a label names ("Niamh Corrigan" for CORRIGAN)."""
    word = r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)*"  # Mary-Kate, Marie-Hélène
    # "DE VRIES" is the "Henrik de Vries" of the introduction: the surname as the text writes it
    m = re.search(rf"(?<![\w-])((?:{word}\s+){{1,2}})((?i:{re.escape(label)}))\b", text)
    if m is None:
        return label
    label = m.group(2)
    given = [w for w in m.group(1).split() if w.rstrip(".") not in _HONORIFICS]
    from onrecord.attribute.knowledge import knowledge

    kb = knowledge()
    first = next((i for i, w in enumerate(given) if kb.is_given_name(w)), None)
    if first is not None:
        given = given[first:]  # "Minister of Health Marie-Louise THORSBY": the name from its given name
    elif given and (kb.is_title(given[0]) or kb.is_org_word(given[0])):
        given = []
    return " ".join([*given, label]) if given else label


_HONORIFICS = frozenset("Mr Mrs Ms Miss Dr Prof Sir Dame Cllr Rev Sen Rep Gov".split())


_GUEST_LINE = re.compile(
    r"^.*?\b(?:interview(?:ed)?\s+with|guest|interviewee|in conversation with)\b\s*[:\-–—]?\s*(?P<who>.+)$",
    re.I | re.M,
)
# Two to four capitalised words, surname particles between them: a name when a header line says so.
_PLAIN_NAME = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:(?:van|von|de|der|den|da|di|du|dos|del|la|le|ter|Ó|Ní|Mac|Nic)\s+)?"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}"
)
_HOST_LINE = re.compile(r"^\s*(?:interviewer|presenter|host|anchor|moderator|reporter)\b", re.I)


def _guest(header: str) -> str | None:
    """Who answers the ``A:`` turns: the person the header names as the guest ("Transcript:
    interview with Energy Minister Katrin Oosterveld", "Guest: ..."), else the one person it
    names outside the interviewer's line."""
    from onrecord.extract.mentions import scan_names

    for m in _GUEST_LINE.finditer(header):
        if _HOST_LINE.match(m.group()):
            continue
        names = scan_names(header, m.start("who"), m.end("who"))
        if names:
            return names[0].name
        who = m.group("who").split(",")[0].strip()
        if _PLAIN_NAME.fullmatch(who):  # "Guest: Siobhán de Búrca, chair": the line says it is a name
            return who
    named = {
        n.name
        for line in re.finditer(r"^.*$", header, re.M)
        if not _HOST_LINE.match(line.group())
        for n in scan_names(header, line.start(), line.end())
    }
    return named.pop() if len(named) == 1 else None


def find_turns(text: str) -> list[Turn]:
    """The turns of a transcript in ``text``, in order (none when it is not one)."""
    found = list(_LABEL.finditer(text))
    if len(found) < _MIN_TURNS:
        return []
    by_label: dict[str, list[str]] = {}
    for m in found:
        by_label.setdefault(m.group("label"), []).append(m.group("text"))
    if len(by_label) < 2 and "A" not in by_label:
        return []  # one label throughout: a list ("Note: ..."), not an exchange
    hosts = {label for label, turns in by_label.items() if _is_host(label, turns)}
    hosts |= {m.group("label") for m in found if (m.group("role") or "").strip().casefold() in _HOSTS}
    guests = [label for label in by_label if label not in hosts and label != "A"]
    guest = _guest(text[: found[0].start()]) if "A" in by_label and not guests else None
    turns = []
    for m in found:
        label = m.group("label")
        start, end = m.start("text"), m.end("text")
        while end > start and text[end - 1] in " \t\r":
            end -= 1
        named = guests[0] if label == "A" and len(guests) == 1 else label
        if label in hosts and len(label) == 1:  # "Q": a question, whoever asks it
            mention = Mention(m.start("label"), m.end("label"), label, "pronoun", number="sg")
        elif named == "A" and guest is not None:
            mention = Mention(m.start("label"), m.end("label"), label, "name", name=guest, number="sg")
        elif named == "A":
            mention = Mention(m.start("label"), m.end("label"), label, "pronoun", number="sg")
        else:
            name = _full_name(text, " ".join(_capitalised(w) if w.isupper() else w for w in named.split()))
            mention = Mention(m.start("label"), m.end("label"), label, "name", name=name, number="sg")
        turns.append(Turn(start, end, mention, label in hosts))
    return turns
