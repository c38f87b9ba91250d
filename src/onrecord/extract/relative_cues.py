"""A cue inside a relative clause: "The closure, which the superintendent said would save $1.4
million a year, takes effect in June".

The speaker and the cue sit between the relative pronoun and the words said: what the
superintendent said is "would save $1.4 million a year" (its subject the noun the clause hangs
on), not the relative pronoun, the speaker's name or the main clause after the comma. The parse
often hands back the whole stretch from the pronoun to the end of the sentence as the content;
it is cut to the words after the cue, up to the comma that closes the relative clause. After a
copula the quotation that follows is the content ("which he said was 'new money'").
"""

from __future__ import annotations

import re

from onrecord.extract.candidates import Candidate
from onrecord.extract.tails import inside_quotation
from onrecord.extract.words import FINITE_AUXILIARIES, word_count

__all__ = ["after_relative_cues"]

_RELATIVE = re.compile(r"(?:which|that|who)\s", re.IGNORECASE)
# what follows the cue: the verb of the relative clause, a finite auxiliary or modal
_VERB = re.compile(r"(?:" + FINITE_AUXILIARIES + r")\b", re.IGNORECASE)
_COPULA_QUOTE = re.compile(r"(?:was|were|is|are)\s+([\"“])")
_MAX_SUBJECT_WORDS = 6
_MIN_WORDS = 2


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the relative clause that starts at ``start`` ends: at the first comma, semicolon or
    dash outside a quotation, else ``end``."""
    for m in re.finditer(r"[,;]|\s[—–]\s", text[start:end]):
        at = start + m.start()
        if not inside_quotation(text[start:at]):
            return at
    return end


def _after_cue(text: str, c: Candidate) -> tuple[int, int, tuple[int, int] | None] | None:
    """The content after the cue of ``c`` when ``c`` opens with a relative pronoun and its cue
    sits inside it right after a short subject: (start, end, quoted piece or None)."""
    if c.cue is None or not (c.start < c.cue[0] and c.cue[1] < c.end):
        return None
    if not _RELATIVE.match(text, c.start):
        return None
    subject = text[c.start : c.cue[0]]
    if word_count(subject) - 1 > _MAX_SUBJECT_WORDS or re.search(r"[,;:\"“”]", subject):
        return None
    start = c.cue[1]
    while start < c.end and text[start].isspace():
        start += 1
    if not _VERB.match(text, start):
        return None
    end = _clause_end(text, start, c.end)
    while end > start and text[end - 1] in " .":
        end -= 1
    if word_count(text[start:end]) < _MIN_WORDS:
        return None
    m = _COPULA_QUOTE.match(text, start)
    if m is not None:
        close = text.find("”" if m.group(1) == "“" else '"', m.end())
        if close != -1 and close <= end + 1:
            inner_end = close
            while inner_end > m.end() and text[inner_end - 1] in ".,":
                inner_end -= 1
            return m.end(), inner_end, (m.end(), inner_end)
    return start, end, None


def after_relative_cues(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with each indirect or mixed record of one piece that opens with a relative
    pronoun before its own cue cut to the words after the cue."""
    out: list[Candidate] = []
    for c in candidates:
        found = _after_cue(text, c) if c.kind in {"indirect", "mixed"} and len(c.pieces) == 1 else None
        if found is None:
            out.append(c)
            continue
        start, end, quoted = found
        if quoted is not None:
            out.append(c.reporting(kind="mixed", pieces=[(start, end)], quoted=[quoted]))
            continue
        out.append(c.part(start, end))
    return out
