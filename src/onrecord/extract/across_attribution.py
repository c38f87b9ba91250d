"""Reported speech that goes on after its attribution: ``A, she said, and B.``

News copy often sets an attribution in the middle of a reported sentence and goes on with a
second clause the same speaker said: "Staffing was at breaking point, she said, and night
shifts had run with two nurses." The cue reading stops at the attribution and loses the second
clause. Two cases:

* **one statement**: the clause before the attribution is the speaker's own words. The record
  spans the attribution (as an interrupted quotation does): pieces ``A`` and ``B``;
* **a relay, then the speaker's own words**: the clause before the attribution holds another
  record whose own cue lies inside it ("The mayor told us in May there would be no cuts,
  she said, and by June two posts had gone"). The first clause is the relayed person's
  statement, the second the speaker's own: ``B`` is a record of its own with the same
  attribution.

The second clause must be a clause of its own: four words or more after ``and``/``but``, no
quotation marks, no cue among its first words (``and added that ...`` is another reading's
business), and no other record in it.

A third case needs no conjunction: the attribution sits inside one clause, and the words after it
finish what the words before it began (PolNeAR's contents run over such an attribution; the cue
reading keeps only the words before it):

* **a fragment before**: the words before the attribution hold no finite verb, so they are the
  subject or a phrase of the clause that follows ("The change now, he told us on Friday, is that
  ...");
* **a subordinate clause before**: they open with a subordinator and the words after hold the main
  clause ("Though the move was smooth, she said, replacing the chair would be harder");
* **a verb after**: the words after open with a finite verb whose subject came before ("The
  latest test, the ministry said, was its largest yet"), or with a conjunction that goes on with
  the clause (``until``, ``unless``, ``because``).

The words after must read as the speaker's, not the writer's: no participle, no time or
circumstance opening them (``after``, ``as``, ``in``, ``during`` ...), no quotation marks, no cue
among the first words. This needs the parse of the sentence (the rules parsed it to find the cue).
"""

from __future__ import annotations

import re
from typing import Any

from onrecord.extract.candidates import Candidate
from onrecord.extract.lexicon import load_lexicon
from onrecord.extract.sentences import Sentence

__all__ = ["join_across_attribution"]

# ", she said on Monday, and " after the content: the attribution (a few words holding the cue)
# between two commas, then the conjunction
_FRAME = re.compile(r",\s+(?P<frame>[^,.;:!?\"“”‘’«»()]{2,60}?),\s+(?P<conj>and|but)\s+(?P<rest>\S)")
_MAX_FRAME_WORDS = 7
_MIN_REST_WORDS = 4
_CUE_WORDS = 3  # the words after the conjunction that may not hold a cue
_MARKS = re.compile(r"[\"“”«»]")
_END = " \t\r\n.!?;:,"

# ", she said on Monday, " then words that are not a conjunction: the continuation case
# (a full stop inside it only before a capital: "Mr. Dorn said")
_OPEN_FRAME = re.compile(r",\s+(?P<frame>(?:[^,.;:!?\"“”‘’«»()]|\.(?=\s[A-Z])){2,60}?),\s+(?P<rest>\S)")
_MIN_CONTINUATION_WORDS = 3
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBORDINATORS = frozenset(
    "though although if when whenever while because since unless once whereas even".split()
)
_GOING_ON = frozenset({"until", "unless", "because", "than", "subject"})  # "subject to approval"
"""Words that open the rest of the reported clause after the attribution."""
_WRITERS_OPENING = frozenset(
    (
        "after as at before by despite during following amid ahead in including on over per since "
        "when where while with without according citing adding saying referring noting speaking "
        "explaining hours days weeks months years later earlier then which who whom whose what why"
    ).split()
)
"""Words that open the writer's circumstance after an attribution, not the speaker's clause."""


def _rest_end(text: str, start: int, sentence: Sentence) -> int:
    end = sentence.end
    while end > start and text[end - 1] in _END:
        end -= 1
    return end


def _after_frame(
    frame: re.Pattern[str], text: str, c: Candidate, sentence: Sentence
) -> tuple[int, int, str] | None:
    """Where the words after the attribution framing ``c`` begin and end, and the words: the
    frame (``, she said,``) must follow ``c``, hold its cue and be short."""
    m = frame.match(text, c.end)
    if c.cue is None or m is None or not (m.start("frame") <= c.cue[0] and c.cue[1] <= m.end("frame")):
        return None
    if len(m.group("frame").split()) > _MAX_FRAME_WORDS:
        return None
    start = m.start("rest")
    end = _rest_end(text, start, sentence)
    return start, end, text[start:end]


def _second_clause(text: str, c: Candidate, sentence: Sentence) -> tuple[int, int] | None:
    """The span of ``B`` in ``A, she said, and B.``, or None when the sentence is not so."""
    if c.cue is None or c.kind != "indirect" or c.cue[0] < c.end:
        return None
    found = _after_frame(_FRAME, text, c, sentence)
    if found is None:
        return None
    start, end, rest = found
    words = rest.split()
    if len(words) < _MIN_REST_WORDS or _MARKS.search(rest) or words[0].lower() == "that":
        return None
    if load_lexicon().has_cue(" ".join(words[:_CUE_WORDS]), speech_only=True):
        return None  # "and added that ...", "and later told ...": an attribution of its own
    return start, end


def _tokens(doc: Any, base: int, start: int, end: int) -> list[Any]:
    return [t for t in doc if start <= base + t.idx < end and not t.is_space]


def _continuation(
    text: str, c: Candidate, sentence: Sentence, parsed: dict[int, Any] | None
) -> tuple[int, int] | None:
    """The span of ``B`` in ``A, she said, B.`` when ``B`` finishes the clause ``A`` began (the
    module's third case), or None."""
    if parsed is None or c.cue is None or c.kind != "indirect" or c.cue[0] < c.end or len(c.pieces) != 1:
        return None
    doc = parsed.get(c.sentence)
    found = _after_frame(_OPEN_FRAME, text, c, sentence) if doc is not None else None
    if found is None:
        return None
    start, end, rest = found
    words = rest.split()
    if len(words) < _MIN_CONTINUATION_WORDS or _MARKS.search(rest) or words[0].lower() in {"and", "but", "or"}:
        return None
    if load_lexicon().has_cue(" ".join(words[:_CUE_WORDS]), speech_only=True):
        return None
    before = _tokens(doc, sentence.start, c.start, c.end)
    after = _tokens(doc, sentence.start, start, end)
    if not before or not after or after[0].lower_ in _WRITERS_OPENING:
        return None
    finite_before = any(t.tag_ in _FINITE for t in before)
    finite_after = any(t.tag_ in _FINITE for t in after)
    if before[0].lower_ in _SUBORDINATORS and finite_after:
        return start, end  # "Though the move was smooth, she said, replacing the chair would be ..."
    if after[0].tag_ == "VBG":
        return None  # "..., she said, adding ...": the writer's participle
    if not finite_before and finite_after:
        return start, end  # "The change now, he told us, is that ..."
    if after[0].tag_ in _FINITE or after[0].lower_ in _GOING_ON:
        return start, end  # "The latest test, the ministry said, was its largest yet"
    return None


def join_across_attribution(
    text: str, sentences: list[Sentence], candidates: list[Candidate], parsed: dict[int, Any] | None = None
) -> list[Candidate]:
    """Take in the clause that follows a mid-sentence attribution (see the module's doc).

    Args:
        text: the analysed text.
        sentences: its sentences (a candidate's ``sentence`` indexes them).
        candidates: the readings so far.
        parsed: the sentences' parses by index (the rules' ``Analysis.parsed``); without it the
            third case (no conjunction) is not read.

    Returns:
        The candidates, a joined one in place of its first clause's reading, a relay's second
        clause added after it.
    """
    out: list[Candidate] = []
    for c in candidates:
        if not 0 <= c.sentence < len(sentences):
            out.append(c)
            continue
        span = _second_clause(text, c, sentences[c.sentence])
        continued = span is None and (span := _continuation(text, c, sentences[c.sentence], parsed)) is not None
        if span is None or any(o is not c and o.start < span[1] and span[0] < o.end for o in candidates):
            out.append(c)
            continue
        relay = any(
            o is not c and o.cue is not None and c.start <= o.cue[0] < c.end and c.start <= o.start < c.end
            for o in candidates
        )
        if relay and not continued:
            out.extend([c, c.reporting(pieces=[span], quote=None, quoted=[])])
        else:
            out.append(c.reporting(pieces=[*c.pieces, span]))
    return out
