"""A quotation that goes on, after its attribution, with the clause before it: one record.

``Balloon operators in Britain face an inspection every year, Quennell said, "and it shows in the
numbers"``; ``The pool will close in March, the mayor said, "unless someone finds the money"``: a
quotation opening on a lower-case word after a mid-sentence attribution finishes the reported
clause before the attribution, and the held-out sets' gold (like the spec: "from the first word
of A to the last word of B") takes both as one entry. The rules read the clause before the
attribution alone, or, when the quotation holds the attribution's cue, only the quotation. The
record is a mixed one of two pieces, the clause and the quoted words, around the attribution (as
:mod:`onrecord.extract.across_attribution` joins an unquoted clause after it).
"""

from __future__ import annotations

from onrecord.extract.candidates import Candidate
from onrecord.extract.marks import QuoteSpan
from onrecord.extract.sentences import Sentence

__all__ = ["join_over_attribution"]

_OPENING_MARKS = '"“”«»„'  # (not the apostrophe: "parliament's")
_MAX_ATTRIBUTION_WORDS = 9
_MIN_WORDS = 3
# what opens a clause of its own, not a speaker: "..., and outside court Tom Brack said, "..."" is
# the writer's narration of a second act, not an attribution set off inside a report
_CLAUSE_OPENERS = frozenset("and but or so yet while as when then after before".split())


def _sentence(sentences: list[Sentence], at: int) -> Sentence | None:
    return next((s for s in sentences if s.start <= at < s.end), None)


def _attribution_end(text: str, c: Candidate, sentence: Sentence) -> int | None:
    """Where the attribution after ``c``'s content ends: just past the comma that closes it; None
    when the attribution runs to the sentence's end or is no short phrase."""
    assert c.cue is not None
    comma = text.find(",", c.cue[1], sentence.end)
    if comma < 0:
        return None
    attribution = text[c.end : comma]
    if any(m in attribution for m in _OPENING_MARKS) or len(attribution.split()) > _MAX_ATTRIBUTION_WORDS:
        return None
    return comma + 1


def _joined(
    text: str, c: Candidate, candidates: list[Candidate], sentences: list[Sentence], quotes: list[QuoteSpan]
) -> tuple[Candidate, list[Candidate]] | None:
    """``c`` run over its attribution to the sentence's end, and the records it takes in; None
    when the words after the attribution do not go on with it."""
    assert c.cue is not None
    sentence = _sentence(sentences, c.start)
    if sentence is None or not text[c.end : c.cue[0]].lstrip().startswith(","):
        return None
    at = _attribution_end(text, c, sentence)
    if at is None:
        return None
    rest_start = at + (len(text[at:]) - len(text[at:].lstrip()))
    quote = next((q for q in quotes if q.open == rest_start), None)
    if quote is None or not text[quote.start : quote.start + 1].islower() or quote.close > sentence.end + 1:
        return None
    others = [o for o in candidates if o is not c and o.start < quote.close and quote.open <= o.end]
    if any(o.cue is not None and o.cue != c.cue for o in others):
        return None  # the quotation is read as a report of its own
    quoted = [*c.quoted_parts, *quote.pieces]
    return c.reporting(kind="mixed", pieces=[*c.pieces, *quote.pieces], quoted=quoted, quote=c.quote or quote), others


def _only_the_speaker(text: str, d: Candidate, cue_comma: int) -> bool:
    """Whether the words between the comma before ``d``'s attribution and its cue are only the
    speaker (the mention, with at most one other word, an adverb: "Quennell also said"), and
    no clause opened by "and"/"but"."""
    assert d.cue is not None
    before = text[cue_comma + 1 : d.cue[0]]
    if d.mention is not None and cue_comma < d.mention.start and d.mention.end <= d.cue[0]:
        words = [*text[cue_comma + 1 : d.mention.start].split(), *text[d.mention.end : d.cue[0]].split()]
        if words[:1] and words[0].lower() in _CLAUSE_OPENERS:
            return False
        return len(words) <= 1
    words = before.split()
    return not (words[:1] and words[0].lower() in _CLAUSE_OPENERS) and len(words) <= 3


def _front(text: str, d: Candidate, candidates: list[Candidate], sentences: list[Sentence]) -> Candidate | None:
    """A quotation opening in lower case after ``, X said,`` with the clause before the
    attribution unread: one mixed record from the sentence's start to the quotation's end."""
    if d.kind != "direct" or d.quote is None or d.cue is None or d.cue[0] > d.start:
        return None
    if not text[d.quote.start : d.quote.start + 1].islower():
        return None
    sentence = _sentence(sentences, d.quote.open)
    if sentence is None or text[sentence.start : d.quote.open].rstrip()[-1:] != ",":
        return None
    cue_comma = text.rfind(",", sentence.start, min(d.cue[0], d.mention.start if d.mention else d.cue[0]))
    if cue_comma < 0:
        return None
    front = text[sentence.start : cue_comma]
    attribution = text[cue_comma + 1 : d.quote.open]
    if len(front.split()) < _MIN_WORDS or any(m in front + attribution for m in _OPENING_MARKS):
        return None
    if len(attribution.split()) > _MAX_ATTRIBUTION_WORDS or not front[:1].isupper():
        return None
    if not _only_the_speaker(text, d, cue_comma):
        return None
    if any(o is not d and o.start < d.quote.open and sentence.start < o.end for o in candidates):
        return None
    start = sentence.start + (len(front) - len(front.lstrip()))
    pieces = [(start, cue_comma), *d.quote.pieces]
    return d.reporting(kind="mixed", pieces=pieces, quoted=list(d.quote.pieces))


def join_over_attribution(
    text: str, candidates: list[Candidate], sentences: list[Sentence], quotes: list[QuoteSpan]
) -> list[Candidate]:
    """Join the words on both sides of an attribution inside a sentence (see the module's doc).

    Args:
        text: the analysed text.
        candidates: the readings so far.
        sentences: the text's sentences.
        quotes: the text's quotations.

    Returns:
        The candidates, a report whose attribution stands inside its sentence run on to the
        sentence's end in place of its first part, and without the records of the words it took in.
    """
    dropped: set[int] = set()
    replaced: dict[int, Candidate] = {}
    for k, c in enumerate(candidates):
        if k in dropped:
            continue
        if c.kind in {"indirect", "mixed"} and len(c.pieces) == 1 and c.cue is not None and c.cue[0] >= c.end:
            joined = _joined(text, c, candidates, sentences, quotes)
            if joined is not None:
                replaced[k] = joined[0]
                dropped.update(i for i, o in enumerate(candidates) if any(o is t for t in joined[1]))
                continue
        front = _front(text, c, candidates, sentences)
        if front is not None:
            replaced[k] = front
    return [replaced.get(k, c) for k, c in enumerate(candidates) if k not in dropped]
