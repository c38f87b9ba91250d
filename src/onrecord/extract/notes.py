"""An outlet's own notes to its readers: no one's statements on record.

An editor's note (``Editor's note: ...``), a correction (``Correction: An earlier version of this
article ...``) or a disclosure (``Disclosure: ...``) opens a paragraph of the outlet's own voice,
often the same words under every article of a section. Reported speech inside it (``X, who has
pledged to ...``) is the outlet characterising someone, not a report of what they said, and the
label's noun ("note") is no cue.
"""

from __future__ import annotations

import re

from onrecord.extract.candidates import Candidate

__all__ = ["notes_to_readers", "without_notes_to_readers"]

# a paragraph's first words naming it the outlet's note to its readers
_LABEL = re.compile(
    r"(?:^|\n)[ \t\u00a0]*[*_]*(?:Editor[’']?s[’']?|Editors[’']|Publisher[’']?s)\s+[Nn]ote\s*[:.—–-]"
    r"|(?:^|\n)[ \t\u00a0]*[*_]*(?:Correction|Clarification|Disclosure|Note\s+to\s+readers)\s*[:—–]",
)


def notes_to_readers(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s paragraphs that an editor's note, a correction, a clarification or
    a disclosure label opens (each to the paragraph's end)."""
    spans = []
    for m in _LABEL.finditer(text):
        start = m.start() + (1 if text[m.start() : m.start() + 1] == "\n" else 0)
        end = text.find("\n\n", m.end())
        spans.append((start, len(text) if end < 0 else end))
    return spans


def without_notes_to_readers(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that start outside every note to readers (:func:`notes_to_readers`)."""
    notes = notes_to_readers(text)
    if not notes:
        return candidates
    return [c for c in candidates if not any(s <= c.start < e for s, e in notes)]
