"""Paragraphs and sentences of a body, as offsets, without a model.

A rule-based splitter is fast enough to run on every article and keeps offsets exact. It knows
the abbreviations of news text (``Mr.``, ``U.S.``, ``Jan.``, initials) and that a sentence
can end inside a closing quotation mark (``... peace."``) and the next can open with one
(``„Das``, ``« C'est``, ``»Das``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onrecord.spans import strip_span

__all__ = ["Sentence", "paragraph_spans", "split_sentences"]

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj cpl pvt st jr sr rev hon
    pres del supt det insp fr inc co corp ltd llc plc bros no nos vs etc al approx dept est fig
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    ave blvd rd mt ft coun cllr ald atty
    u.s u.k u.n e.u e.g i.e a.m p.m d.c n.y l.a u.s.a""".split()
)
# a sentence's end, a colon or semicolon at a line's end, and the dash after a press release's
# wire in its dateline ("PALO VERDE, Calif., May 17, 2027 /PR Wire/ -- Lumora Inc. today ...")
_BOUNDARY = re.compile(r"[.!?…]+[\"”’'»)\]]*(?=\s)|[:;](?=\s*\n)|(?<=/)[ \t]*(?:--|—|–)(?=[ \t])")
_CAPITAL = "A-Z0-9\u0400-\u042f\u00c0-\u00de"
# what may open the next sentence: a capital, after an opening mark; French guillemets take a
# (narrow) space inside ("« C'est"), German ones open as „ or as » (»Das ist ...«)
_NEXT_START = re.compile(
    rf"\s+(?=[\"“‘'«(\[]?[{_CAPITAL}]|[«„][ \u00a0\u202f]?[{_CAPITAL}]|»[{_CAPITAL}])"
)
_PARAGRAPH = re.compile(r"\n[ \t\r]*\n|\r\n[ \t]*\r\n")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: ``body[start:end]``, in paragraph ``paragraph``."""

    start: int
    end: int
    paragraph: int


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every paragraph (blank-line separated), trimmed."""
    spans = []
    pos = 0
    for m in _PARAGRAPH.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    trimmed = (strip_span(text, s, e) for s, e in spans)
    return [(s, e) for s, e in trimmed if s < e]


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` ends an abbreviation or an initial, not a sentence."""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if not word:
        return False
    if len(word) == 1 and text[start].isupper():
        return True  # an initial: "J. Smith"
    return word in _ABBREVIATIONS or word.rstrip(".") in _ABBREVIATIONS


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences, paragraph by paragraph.

    Returns:
        Sentences in order; their offsets index ``text``.
    """
    sentences: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(paragraph_spans(text)):
        start = p_start
        for m in _BOUNDARY.finditer(text, p_start, p_end):
            end = m.end()
            if m.group().startswith(".") and _is_abbreviation(text, m.start()):
                continue
            nxt = _NEXT_START.match(text, end, p_end)
            if not nxt and not text.startswith("\n", end):
                continue
            if start < end:
                sentences.append(Sentence(start, end, number))
            start = nxt.end() if nxt else end
            while start < p_end and text[start].isspace():
                start += 1
        if start < p_end:
            sentences.append(Sentence(start, p_end, number))
    return sentences
