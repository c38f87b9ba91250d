"""Paragraphs and sentences of a body, as offsets, without a model.

A rule-based splitter is fast enough to run on every article and keeps offsets exact. It knows
the abbreviations of news text (``Mr.``, ``U.S.``, ``Jan.``, initials) and that a sentence
can end inside a closing quotation mark (``... peace."``) and the next can open with one
(``„Das``, ``« C'est``, ``»Das``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onrecord.dates import MONTHS
from onrecord.spans import strip_span

__all__ = ["Sentence", "is_abbreviation", "paragraph_spans", "split_sentences"]

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj cpl pvt st jr sr rev hon
    pres del supt det insp fr inc co corp ltd llc plc bros no nos vs etc al approx dept est fig
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    ave blvd rd mt ft coun cllr ald atty engr usec asec brgy dkt mnu nkk
    u.s u.k u.n e.u e.g i.e a.m p.m d.c n.y l.a u.s.a""".split()
)
# a sentence's end (before a closing mark: the German "“" of „...“ too), a colon or semicolon at a
# line's end, and the dash after a press release's
# wire in its dateline ("PALO VERDE, Calif., May 17, 2027 /PR Wire/ -- Lumora Inc. today ...");
# the Devanagari danda, the Urdu full stop, the Ethiopic full stop, the Armenian full stop and the Chinese full stops
# end a sentence with or without a space after them
_BOUNDARY = re.compile(
    r"[.!?…]+[\"”“’'»)\]]*(?=\s)|[।。！？۔።։]+[\"”’」』)]*|[:;](?=\s*\n)|(?<=/)[ \t]*(?:--|—|–)(?=[ \t])"
)
_CAPITAL = "A-Z0-9\u0400-\u042f\u00c0-\u00de\u0386-\u038f\u0391-\u03a9\u0531-\u0556"  # Latin, Cyrillic, Greek, Armenian
# scripts with no capitals, whose every letter may open a sentence: Arabic, the scripts of India
# and Sri Lanka (Devanagari, Bengali, Tamil, Malayalam, ...), Chinese, Hebrew, Georgian
# (Mkhedruli), Ethiopic, Lao, Myanmar, Khmer
_CASELESS = (
    "\u0600-\u06ff\u0900-\u0dff\u4e00-\u9fff\u05d0-\u05ea\u10d0-\u10ff\u1200-\u137f\u0e80-\u0eff\u1000-\u109f"
    "\u1780-\u17ff"
)
# what may open the next sentence: a capital, after an opening mark (two apostrophes or two
# backticks are one: ''Yes,'' she said. ''We will.''); French guillemets take a
# (narrow) space inside ("« C'est"), German ones open as „ or as » (»Das ist ...«), Finnish and
# Swedish ones as ” (”Se reitti ...”); a Chinese sentence opens right after the last one's stop
_NEXT_START = re.compile(
    rf"\s+(?=(?:''|``|[\"“”‘'«(\[])?[{_CAPITAL}{_CASELESS}]|[«„][ \u00a0\u202f]?[{_CAPITAL}]|»[{_CAPITAL}])"
    rf"|(?<=[।。！？۔።”」』])(?=[“「『]?[{_CASELESS}\d])|(?<=։)(?=[«]?[{_CAPITAL}])"
)
# a question or an exclamation in quotation marks whose speaker follows in a clause of a few
# capitalised words and a verb of speech ('"Is it over?" Senator Ada Graham asked.'): one sentence
# with its attribution, as after a comma
_ASKED_AFTER = re.compile(
    r"[ \t\u00a0]+(?:[A-Z][\w'’.-]*[ \t\u00a0]+){1,4}"
    r"(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies|shouted|exclaimed|"
    r"wondered|insisted|demanded|joked|quipped|declared|continued|recalled|answered|cried)\b"
)
# two capital initials joined by their full stops, as US copy writes given names ("G.K.", "J.T.")
_JOINED_INITIALS = re.compile(r"[A-Z]\.[A-Z]\.")
# words that open a sentence, never a name after initials ("first reported by the A.P. The agency said")
_OPENER_AFTER_INITIALS = re.compile(
    r"\s+(?:The|A|An|He|She|It|They|We|I|You|This|That|These|Those|There|In|On|At|But|And|Yet|So|His|Her|Its|Their|Our)\b"
)
# the preposition before the platform named X ("wrote on X.", "posted to X.", "said via X.")
_ON_PLATFORM = re.compile(r"\b(?:on|to|via)[ \t\u00a0]+$")
_PARAGRAPH = re.compile(r"\n[ \t\r]*\n|\r\n[ \t]*\r\n")
# the dash after a dateline at a paragraph's start ("KALMAR, 3 May 2027 — ", "Tessby (NNA) — ")
_DATELINE_DASH = re.compile(r"[ \t]+(?:--?|—|–)[ \t]+")
_DATELINE_REACH = 120  # characters a dateline may take
_DATELINE_JOINS = frozenset({"and", "&"})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


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


def is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` ends an abbreviation or an initial, not a sentence."""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if not word:
        return False
    if len(word) == 1 and text[start].isupper():
        # an initial ("J. Smith"), but not the platform X a post is written on ("she wrote on X.")
        return not (word == "x" and _ON_PLATFORM.search(text, max(0, start - 6), start) is not None)
    if _JOINED_INITIALS.fullmatch(text, start, dot + 1):
        # two initials written together ("Rep. G.K. Butterworth", "A.J. Dorsey"), unless a sentence opens
        return not _OPENER_AFTER_INITIALS.match(text, dot + 1)
    return word in _ABBREVIATIONS or word.rstrip(".") in _ABBREVIATIONS


def _is_dateline(words: str) -> bool:
    """True when ``words``, before a dash at a paragraph's start, are a dateline: a place and a
    date ("OSLO and BERGEN, 10 March 2027", "Tessby, Sept. 20, 2027 (NNA)") or a place and a wire
    ("LONDON (Reuters)"), or a place in capitals ("PORT ELLEN"), every word capitalised or a
    number: no sentence's words."""
    if not words[:1].isupper() or any(mark in words for mark in "\"“”«»„"):
        return False
    tokens = words.replace(",", " ").split()
    if not all(t[:1].isupper() or t[:1].isdigit() or t[:1] == "(" or t in _DATELINE_JOINS for t in tokens):
        return False
    dated = _YEAR.search(words) is not None or any(t.casefold().rstrip(".") in MONTHS for t in tokens)
    capitals = all(t.isupper() or t in _DATELINE_JOINS for t in tokens) and any(len(t) > 2 for t in tokens)
    place, _, region = words.partition(",")
    if not capitals and region and "," not in region and len(region.split()) <= 3:
        # a place in capitals and its region, state or country ("OSKBY, Fennmark", "CEDAR
        # BLUFF, Ore."): US and wire copy name where the town is
        head = place.split()
        capitals = all(t.isupper() or t in _DATELINE_JOINS for t in head) and any(len(t) > 2 for t in head)
    return (dated and "," in words) or words.endswith(")") or capitals


def _dateline_end(text: str, start: int, end: int) -> int | None:
    """Where a dateline's dash ends, when the paragraph at ``start`` opens with one."""
    m = _DATELINE_DASH.search(text, start, min(end, start + _DATELINE_REACH))
    if m is None or not _is_dateline(text[start : m.start()]) or not text[m.end() : m.end() + 1].isupper():
        return None  # a dateline's story opens with a capital
    return m.end()


def _asked_after(boundary: str, text: str, end: int, p_end: int) -> bool:
    """Whether a quoted question or exclamation (``boundary`` closes on its mark) goes on with
    its speaker and a verb of speech ('"Why now?" Graham asked.'), not a new sentence."""
    return (
        boundary[:1] in "?!"
        and boundary[-1:] in "\"”’'»"
        and _ASKED_AFTER.match(text, end, p_end) is not None
    )


def split_sentences(text: str, datelines: bool = False) -> list[Sentence]:
    """Split ``text`` into sentences, paragraph by paragraph.

    Args:
        text: the body.
        datelines: a dateline before a dash at a paragraph's start is a sentence of its own (for
            the English parse, where its place would be read as a cue's subject).

    Returns:
        Sentences in order; their offsets index ``text``.
    """
    sentences: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(paragraph_spans(text)):
        start = p_start
        dateline = _dateline_end(text, p_start, p_end) if datelines else None
        if dateline is not None and dateline < p_end:
            # the dateline is a sentence of its own: its place is no cue's subject
            sentences.append(Sentence(p_start, len(text[:dateline].rstrip()), number))
            start = dateline
        for m in _BOUNDARY.finditer(text, start, p_end):
            end = m.end()
            if m.group().startswith(".") and is_abbreviation(text, m.start()):
                continue
            nxt = _NEXT_START.match(text, end, p_end)
            if not nxt and not text.startswith("\n", end):
                continue
            if _asked_after(m.group(), text, end, p_end):
                continue
            if start < end:
                sentences.append(Sentence(start, end, number))
            start = nxt.end() if nxt else end
            while start < p_end and text[start].isspace():
                start += 1
        if start < p_end:
            sentences.append(Sentence(start, p_end, number))
    return sentences
