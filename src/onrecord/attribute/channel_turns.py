"""Words relayed inside a transcript's turn: the turn's speaker passed them on ("GRACE LOWE: The
fire chief told me this morning that ...", "DR VALE: My mother said, '...'"), so they came
through that person, not through the programme the turns are heard on."""

from __future__ import annotations

import re

from onrecord.attribute.knowledge import knowledge
from onrecord.extract.transcript import Turn

__all__ = ["reporters_label", "turn_relayer"]

# A header line naming the programme's host ("Host: Ada Lind", "Presenter - Ada Lind, ..."): who
# a bare "HOST:" label stands for.
_HOST_LINE = re.compile(
    r"^\s*(?:hosts?|presenters?|anchors?|interviewer)\s*[:\-–—]\s*(?P<who>[^,;·|\n(]+)",
    re.I | re.M,
)
_HOST_LABELS = frozenset("host presenter anchor interviewer".split())
# a label whose bracket names the programme's own reporter ("KIM ODA (REPORTER)"), or the reporter's
# voice-over or piece to camera in a script ("KIM ODA (V/O)", "KIM ODA (PTC)")
_REPORTING = re.compile(r"\((?:[^)]*\W)?(?:reporter|correspondent|v/?o|ptc)(?:\W[^)]*)?\)", re.I)


def turn_relayer(text: str, turns: list[Turn], at: int, speaker: str | None, record: bool = False) -> str | None:
    """The person whose turn holds offset ``at`` (a quote relayed inside it), named in full: the
    name the turn's label resolves to, or for a bare "HOST:" the one host the header names.
    None when ``at`` is in no turn, the label names no person in full (an office, "Q", a
    caller's first name), or the turn's speaker is the quote's own ``speaker``. In a ``record`` of
    proceedings, whose labels name members in full ("Ines Vardy:"), a label of two capitalised
    words is a name whatever given name it starts with."""
    turn = next((t for t in turns if t.start <= at < t.end and t.labelled), None)
    if turn is None or turn.label.kind != "name" or reporters_label(turn.label.text):
        return None
    name = turn.label.name or turn.label.text
    if turn.label.text.casefold() in _HOST_LABELS:
        return _header_host(text[: turns[0].label.start], speaker)
    if (
        name.isupper()
        or len(name.split()) < 2
        or not (_RECORD_NAME.fullmatch(name) if record else knowledge().starts_with_given_name(name))
    ):
        return None  # an office ("THE MINISTER"), a first name, a label the article names no one by
    return None if _same_person(name, speaker) else name


def reporters_label(label: str) -> bool:
    """Whether a turn's label names the programme's own reporter ("KIM ODA (REPORTER)", or the
    reporter's voice-over, "KIM ODA (V/O)"): words that reporter reports ("He said C") are the
    programme's report, relayed by no person."""
    return _REPORTING.search(label) is not None


def _header_host(header: str, speaker: str | None) -> str | None:
    """The one host a transcript's header names ("Host: Ada Lind"), unless that is ``speaker``."""
    hosts = [m.group("who").strip() for m in _HOST_LINE.finditer(header)]
    if len(hosts) != 1 or _NAME.fullmatch(hosts[0]) is None or _same_person(hosts[0], speaker):
        return None
    return hosts[0]


def _same_person(name: str, speaker: str | None) -> bool:
    """Whether ``name`` and ``speaker`` end with the same surname."""
    return speaker is not None and speaker.casefold().split()[-1:] == name.casefold().split()[-1:]


# a member's name as a record of proceedings labels a turn: two or three capitalised words
_RECORD_NAME = re.compile(
    r"[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:\s+(?:(?:van|von|de|der|den|da|du|la|le)\s+)*[A-ZÀ-Þ][a-zß-ÿ'’-]+){1,2}"
)
# two to four capitalised words, surname particles between them
_NAME = re.compile(r"[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:(?:van|von|de|der|den|da|du|la|le)\s+)*[A-ZÀ-Þ][\w'’-]+){1,3}")
