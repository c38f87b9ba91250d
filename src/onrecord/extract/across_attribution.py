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
"""

from __future__ import annotations

import re

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


def _rest_end(text: str, start: int, sentence: Sentence) -> int:
    end = sentence.end
    while end > start and text[end - 1] in _END:
        end -= 1
    return end


def _second_clause(text: str, c: Candidate, sentence: Sentence) -> tuple[int, int] | None:
    """The span of ``B`` in ``A, she said, and B.``, or None when the sentence is not so."""
    if c.cue is None or c.kind != "indirect" or c.cue[0] < c.end:
        return None
    m = _FRAME.match(text, c.end)
    if m is None or not (m.start("frame") <= c.cue[0] and c.cue[1] <= m.end("frame")):
        return None
    if len(m.group("frame").split()) > _MAX_FRAME_WORDS:
        return None
    start = m.start("rest")
    end = _rest_end(text, start, sentence)
    rest = text[start:end]
    words = rest.split()
    if len(words) < _MIN_REST_WORDS or _MARKS.search(rest) or words[0].lower() == "that":
        return None
    if load_lexicon().has_cue(" ".join(words[:_CUE_WORDS]), speech_only=True):
        return None  # "and added that ...", "and later told ...": an attribution of its own
    return start, end


def join_across_attribution(text: str, sentences: list[Sentence], candidates: list[Candidate]) -> list[Candidate]:
    """Take in the clause that follows a mid-sentence attribution (see the module's doc).

    Args:
        text: the analysed text.
        sentences: its sentences (a candidate's ``sentence`` indexes them).
        candidates: the readings so far.

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
        if span is None or any(o is not c and o.start < span[1] and span[0] < o.end for o in candidates):
            out.append(c)
            continue
        relay = any(
            o is not c and o.cue is not None and c.start <= o.cue[0] < c.end and c.start <= o.start < c.end
            for o in candidates
        )
        if relay:
            out.extend([c, c.reporting(pieces=[span], quote=None, quoted=[])])
        else:
            out.append(c.reporting(pieces=[*c.pieces, span]))
    return out
