"""Two reports under one cue: "She said the plant would close in May, and that 40 jobs would go".

A cue with two that-clauses joined by "and" or "but" reports two statements: outlets that carry
only one of them ("the plant would close in May") quote it alone, and a joined record matches
neither. The content is cut before the conjunction, and the second clause (without its "that") is
a record of its own with the same cue and speaker. A conjunction inside a quotation is the
speaker's wording and stays. The parser often hangs the second clause on the cue rather than on
the first clause, and the content then ends before "and that": the rest of the sentence is the
second record, unless another record already holds it.
"""

from __future__ import annotations

import re

from onrecord.extract.candidates import Candidate
from onrecord.extract.marks import QuoteSpan
from onrecord.extract.sentences import Sentence
from onrecord.extract.tails import inside_quotation

__all__ = ["split_coordinated_reports"]

# ", and that", "and also that"; "but that" sets the second clause against the first, one
# statement ("the port was open, but that the fuel berth was not")
# The clause after "that" opens with its subject: an article, a pronoun, a name, a figure ("and
# that location is sealed" is the demonstrative before a bare noun, no second clause)
_SUBJECT_OPENING = (
    r"(?=(?:the|a|an|its|his|her|their|our|my|your|this|these|those|he|she|it|they|we|i|you|there|"
    r"no|some|any|all|most|many|each|every|nobody|nothing|none|both)\b|[A-Z0-9“\"‘'])"
)
_SECOND_THAT = re.compile(r",?\s+and\s+(?:also\s+)?that\s+" + _SUBJECT_OPENING)
_ANY_SECOND_THAT = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?that\s+" + _SUBJECT_OPENING)
# a second clause that points back at the first ("... and that voters should have this chance",
# "... and that she had been told so") goes on with it: one statement
# ("... and that the second would take 40": an elliptical subject, the first clause's noun understood)
_POINTS_BACK = re.compile(
    r"\b(?:this|these|such|the\s+same|of\s+them)\b|\bso\W*$"
    r"|^(?:one|the\s+(?:first|second|third|other|others|rest|latter|former))\b",
    re.IGNORECASE,
)
_MIN_WORDS = 4


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _part(c: Candidate, start: int, end: int, quoted: list[tuple[int, int]]) -> Candidate:
    inside = [(s, e) for s, e in quoted if start <= s and e <= end]
    if c.kind == "mixed" and inside:
        return c.reporting(pieces=[(start, end)], quoted=inside)
    return c.reporting(kind="indirect", pieces=[(start, end)], quoted=[], quote=None)


_CLOSING = ".,;:!?\"”’»' \n"


def _left_over(
    text: str, c: Candidate, sentences: list[Sentence], quotes: list[QuoteSpan], taken: list[tuple[int, int]]
) -> list[Candidate] | None:
    """``c`` and the second that-clause right after its content that no record holds, with the
    cue of ``c``: a record of its own ("said it was 'disappointed' and that it had kept them
    informed"), or part of ``c`` when it points back at it or sets itself against it ("..., but
    that the fuel berth was not"). None when no such clause follows."""
    if c.cue is None or c.cue[0] > c.start:
        return None
    at = c.end
    while at < len(text) and text[at] in '"”’»':
        at += 1
    m = _ANY_SECOND_THAT.match(text, at)
    if m is None:
        return None
    sentence = next((s for s in sentences if s.start <= m.start() < s.end), None)
    if sentence is None:
        return None
    end = sentence.end
    while end > m.end() and text[end - 1] in _CLOSING:
        end -= 1
    if _words(text[m.end() : end]) < _MIN_WORDS or any(s < end and m.end() < e for s, e in taken):
        return None
    if any(q.open < end < q.close for q in quotes):
        return None
    opened = [q for q in quotes if m.end() <= q.open and q.close <= sentence.end]
    inside = [p for q in opened for p in q.pieces]
    if not _SECOND_THAT.match(text, at) or _POINTS_BACK.search(text[m.end() : end]):
        quoted = [*c.quoted_parts, *inside]
        if quoted:
            return [
                c.reporting(
                    kind="mixed",
                    pieces=[(c.start, end)],
                    quoted=quoted,
                    quote=c.quote or (opened[0] if opened else None),
                )
            ]
        return [c.reporting(pieces=[(c.start, end)])]
    if inside:
        return [c, c.reporting(kind="mixed", pieces=[(m.end(), end)], quoted=inside, quote=opened[0])]
    return [c, c.reporting(kind="indirect", pieces=[(m.end(), end)], quoted=[], quote=None)]


def split_coordinated_reports(
    text: str, candidates: list[Candidate], sentences: list[Sentence], quotes: list[QuoteSpan]
) -> list[Candidate]:
    """The candidates with each indirect or mixed record of one piece cut at a second that-clause
    ("..., and that C2"): one record per clause."""
    out: list[Candidate] = []
    taken = [(c.start, c.end) for c in candidates]
    for c in candidates:
        if c.kind not in {"indirect", "mixed"} or len(c.pieces) != 1:
            out.append(c)
            continue
        joined = _left_over(text, c, sentences, quotes, taken)
        if joined is not None:
            out.extend(joined)
            taken.append((joined[-1].start, joined[-1].end))
            continue
        quoted = c.quoted_parts
        cuts: list[tuple[int, int]] = []
        for m in _SECOND_THAT.finditer(text, c.start, c.end):
            before = text[c.start : m.start()]
            if inside_quotation(before) or any(s < m.start() < e for s, e in quoted):
                continue
            rest = text[m.end() : c.end]
            if _words(before) < _MIN_WORDS or _words(rest) < _MIN_WORDS or _POINTS_BACK.search(rest):
                continue
            cuts.append((m.start(), m.end()))
        if not cuts:
            out.append(c)
            continue
        start = c.start
        for cut_start, cut_end in cuts:
            out.append(_part(c, start, cut_start, quoted))
            start = cut_end
        out.append(_part(c, start, c.end, quoted))
    return out
