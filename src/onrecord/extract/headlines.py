"""Headlines read as reported speech: "John Vell Denies Presenter's Suggestion He Was Passed A Note".

A headline written in title case (every word but the small ones capitalised) parses like a
sentence, and its verb ("Denies", "Says", "Warns") like a cue. News readers know it for the
writer's summary, not the speaker's words; the gold of every held-out set leaves headlines out.
So is a headline in sentence case ("Flood warning for the north; mayor says stay home"), known
by its place: a line of its own above the article's first paragraph that ends as a sentence does.
Direct quotes in a headline ('Vell on the note: "Not at all"') are the speaker's own words and stay.
A crosshead that is nothing but a short quotation ('Shambles', "We will not walk away") on a line
of its own, with no sentence's closing mark, whose words the text gives again elsewhere, is a
heading the writer lifted from the words the body reports; it is dropped in the body (a quotation
that is the headline itself stays, its speaker the one the story gives the same words).
"""

from __future__ import annotations

import re

from onrecord.extract.candidates import Analysis, Candidate
from onrecord.extract.sentences import paragraph_spans

__all__ = ["head_end", "is_title_case_headline", "without_headlines"]

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_SMALL = frozenset("a an the of in on and or for to at by with from as is be vs via but nor than that".split())
_MIN_WORDS = 4
# A paragraph that closes as a sentence does, its last mark perhaps inside quotation marks or brackets.
_CLOSED = re.compile(r"[.!?…][\"”’'»)\]]*$")
_HEADLINE_WORDS = 40  # at most this many words to a headline's line
_CROSSHEAD_WORDS = 12  # at most this many words to a quotation standing as a crosshead
_QUOTE_MARKS = "\"“”‘’'«»„"


def is_title_case_headline(sentence: str) -> bool:
    """Whether ``sentence`` is written in title case, as headlines are: at least four words that
    are not small words, every one capitalised, and not all in capitals (a transcript in
    capitals is speech)."""
    words = [w for w in _WORD.findall(sentence) if w.casefold() not in _SMALL]
    if len(words) < _MIN_WORDS:
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    return any(any(ch.islower() for ch in w[1:]) for w in words)


def head_end(text: str) -> int:
    """Where the article's head (masthead, headline, standfirst, byline) ends: the start of its
    first paragraph that ends as a sentence does; 0 when none does (a text of bare lines has no
    head to tell from its body)."""
    for start, end in paragraph_spans(text):
        if _CLOSED.search(text[start:end]):
            return start
    return 0


def _headline_line(text: str, start: int, end: int, head: int) -> bool:
    """Whether ``text[start:end]`` lies on a short line of its own in the article's head."""
    if end > head:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return len(line.split()) <= _HEADLINE_WORDS


def is_crosshead(text: str, start: int, end: int) -> bool:
    """Whether the quotation ``text[start:end]`` is a crosshead: the whole of its paragraph but
    the quotation marks, a few words with no sentence's closing mark at its end."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    inner = text[start:end].strip().strip(_QUOTE_MARKS).strip()
    if not inner or line.strip(_QUOTE_MARKS).strip() != inner:
        return False
    if not (line[:1] in _QUOTE_MARKS and line[-1:] in _QUOTE_MARKS):
        return False
    before = text[max(0, line_start - 2) : line_start]
    after = text[line_start + len(line) : line_start + len(line) + 2]
    if (line_start > 0 and before != "\n\n") or not (after == "" or after.isspace()):
        return False  # a paragraph of its own
    if len(inner.split()) > _CROSSHEAD_WORDS or re.search(r"[.!?…,;:]$", inner) is not None:
        return False
    # lifted from the body: its words come again elsewhere in the text (a one-word answer standing
    # alone, '"Never"', is said once)
    rest = (text[:line_start] + text[line_start + len(line) :]).casefold()
    return inner.casefold() in rest


def without_headlines(analysis: Analysis, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without the reported speech of a headline: one in title case, or any line
    of its own in the article's head (see :func:`head_end`), and without crossheads
    (:func:`is_crosshead`)."""
    head = head_end(analysis.text)
    kept = []
    for c in candidates:
        if c.kind == "direct" and c.cue is None and c.start >= head and is_crosshead(analysis.text, c.start, c.end):
            continue  # (a quotation standing as the headline itself is the story's speaker's)
        if c.kind != "direct":
            sentence = analysis.sentences[analysis.sentence_at(c.start)]
            if is_title_case_headline(analysis.text[sentence.start : sentence.end]):
                continue
            if _headline_line(analysis.text, c.start, max(c.end, c.cue[1] if c.cue else c.end), head):
                continue
        kept.append(c)
    return kept
