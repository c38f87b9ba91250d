"""A content the parse stopped at its subject: "told the Record that nurses in the emergency
department had 'felt called liars' by the first account".

The parser sometimes reads the subject of a that-clause as the clause ("nurses" as a verb) and
hangs the real verb on the cue as a second clause; the content then holds "that" and the subject
only, and the verb with its auxiliary follows right after it. Such a content runs on to the end of
its sentence, without its "that" (the writer's tail and the other rules cut it after).
"""

from __future__ import annotations

import re

from onrecord.extract.candidates import Candidate
from onrecord.extract.sentences import Sentence
from onrecord.extract.tails import inside_quotation
from onrecord.extract.words import FINITE_AUXILIARIES, word_count

__all__ = ["through_the_verb"]

_THAT = re.compile(r"that\s+(?=\S)", re.IGNORECASE)
# the finite auxiliary the subject stopped before
_AUX_AFTER = re.compile(r"\s+(?:" + FINITE_AUXILIARIES + r")\s+(?=\S)")
_CLOSING = " .\n\t"
_MAX_SUBJECT_WORDS = 8


def through_the_verb(text: str, candidates: list[Candidate], sentences: list[Sentence]) -> list[Candidate]:
    """The candidates with each indirect record that holds only "that" and a subject, its cue
    before it and a finite auxiliary right after it, run on to the end of its sentence."""
    out: list[Candidate] = []
    for c in candidates:
        if c.kind == "indirect" and len(c.pieces) == 1 and c.cue is not None and c.cue[1] <= c.start:
            c = _run_on(text, c, sentences) or c
        out.append(c)
    return out


def _run_on(text: str, c: Candidate, sentences: list[Sentence]) -> Candidate | None:
    that = _THAT.match(text, c.start, c.end)
    if that is None or word_count(text[that.end() : c.end]) > _MAX_SUBJECT_WORDS:
        return None
    if _AUX_AFTER.match(text, c.end) is None:
        return None
    sentence = next((s for s in sentences if s.start <= c.start < s.end), None)
    if sentence is None:
        return None
    end = sentence.end
    while end > c.end and text[end - 1] in _CLOSING:
        end -= 1
    if inside_quotation(text[that.end() : end]):
        return None
    quoted = [(m.start() + 1, m.end() - 1) for m in re.finditer(r"[\"“][^\"“”]+[\"”]", text[that.end() : end])]
    quoted = [(that.end() + s, that.end() + e) for s, e in quoted]
    if quoted:
        return c.reporting(kind="mixed", pieces=[(that.end(), end)], quoted=quoted)
    return c.reporting(pieces=[(that.end(), end)])
