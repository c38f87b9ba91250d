"""A reported clause that goes on past the quotation it holds: one record to the clause's end.

``The federation said it was "deeply concerned" and would send its own officer on Monday``: the
parser often hangs the second predicate ("would send") on the cue verb once a quotation sits
between them, and the content stopped at the closing mark. A predicate opened by an auxiliary or
a modal after "and" ("and would", "and had", "and was") carries on the reported clause, set back
a tense as reported speech is; the writer's own narration of a further act is a verb in the past
("and urged the minister to appeal", "and thanked the crews"), which stays out. After a cue in the
past, an auxiliary in the present ("and has since suspended two coaches", "and has yet to respond")
is not set back: it is the writer's own narration, as is a non-response ("and was not immediately
available", "and had not responded"). In the held-out sets' gold a content goes on past the
quotation in 62 of 65 such sentences.

``the whale had "a day, perhaps two, if we keep her cool"``: a content that ends inside a
quotation (cut at a comma in the quoted words) runs to the quotation's close: the speaker's
wording is never cut.
"""

from __future__ import annotations

import re

from onrecord.extract.candidates import Candidate
from onrecord.extract.marks import QuoteSpan
from onrecord.extract.sentences import Sentence

__all__ = ["extend_continued_predicates"]

_CLOSING_MARKS = "\"”’»'"
# "and would", "and had not", "and still was", "and then could": the auxiliary of a second
# predicate with the first clause's subject understood
_AUXILIARY_PREDICATE = re.compile(
    r"\s+and\s+(?:(?:also|still|then|now)\s+)?"
    r"(?:would|had|was|were|should|could|will|has|have|is|are|might|must|may|can)(?:n't)?\s+(?=[a-z])"
)
# auxiliaries in the present: after a cue in the past, the writer's present, not a report set back
_PRESENT_AUXILIARIES = frozenset("will has have is are can may".split())
_PAST_CUE = re.compile(r"(?i)\w+ed|said|told|wrote|thought|felt|knew")
# the writer's note that the speaker did not answer ("and was not immediately available for comment")
_NO_RESPONSE = re.compile(
    r"(?:not\s+(?:yet\s+|immediately\s+)?(?:available|reachable|responded|commented|replied|returned)|yet\s+to)\b"
)
# what may close the extended content: punctuation, a closing mark, and a dangling ", and that"
_TRAILING = re.compile(r"(?:[,;:]?\s*(?:and|but)?\s*(?:that)?\s*)?[\s.,;:!?]*$")


def _sentence_end(sentences: list[Sentence], at: int) -> int | None:
    sentence = next((s for s in sentences if s.start <= at < s.end), None)
    return sentence.end if sentence is not None else None


def _narration(text: str, c: Candidate, m: re.Match[str]) -> bool:
    """Whether the predicate ``m`` opens is the writer's own: an auxiliary in the present after a
    cue in the past (not preceded by "has"/"have"), or a note that the speaker did not answer."""
    assert c.cue is not None
    if _NO_RESPONSE.match(text, m.end()):
        return True
    auxiliary = m.group(0).split()[-1].lower().removesuffix("n't")
    before = text[: c.cue[0]].split()[-1:]
    perfect = bool(before) and before[0].lower() in {"has", "have"}
    return auxiliary in _PRESENT_AUXILIARIES and bool(_PAST_CUE.fullmatch(text[c.cue[0] : c.cue[1]])) and not perfect


def _trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing punctuation (keeping a closing mark that closes a
    quotation inside)."""
    m = _TRAILING.search(text, start, end)
    return m.start() if m is not None and m.start() > start else end


def _past_the_quotation(
    text: str, c: Candidate, candidates: list[Candidate], sentences: list[Sentence], quotes: list[QuoteSpan]
) -> Candidate | None:
    """``c`` run on over the auxiliary predicate after its closing mark; None when none follows."""
    at = c.end
    while at < len(text) and text[at] in _CLOSING_MARKS:
        at += 1
    # the content ends on a quotation's closing mark: that is where the parse goes astray
    if not any(c.start <= q.open and c.end <= q.close <= at for q in quotes):
        return None
    m = _AUXILIARY_PREDICATE.match(text, at)
    if m is None or _narration(text, c, m):
        return None
    end = _sentence_end(sentences, m.start())
    if end is None:
        return None
    later = [o.start for o in candidates if o is not c and m.start() <= o.start < end]
    if any(o is not c and o.cue is not None and m.start() <= o.cue[0] < end for o in candidates):
        return None  # a report of its own follows ("..., her spokesman added")
    end = _trimmed_end(text, m.end(), min([end, *later]))
    if end <= m.end() or any(q.open < end < q.close for q in quotes):
        return None
    inside = [p for q in quotes if m.start() <= q.open and q.close <= end + 1 for p in q.pieces]
    quoted = [*c.quoted_parts, *inside]
    if quoted:
        return c.reporting(kind="mixed", pieces=[(c.start, end)], quoted=quoted, quote=c.quote)
    return c.reporting(pieces=[(c.start, end)])


def _to_the_close(text: str, c: Candidate, quotes: list[QuoteSpan]) -> Candidate | None:
    """``c`` run on to the close of the quotation it ends inside; None when it ends outside any."""
    # (some of the quoted words inside: a content ending on the opening mark is a colon's frame)
    q = next((q for q in quotes if c.start < q.open and q.start < c.end < q.end), None)
    if q is None or not any(ch.isalnum() for ch in text[c.end : q.end]):
        return None
    end = q.end
    quoted = [*[(s, e) for s, e in c.quoted_parts if e <= q.open], *q.pieces]
    return c.reporting(kind="mixed", pieces=[(c.start, end)], quoted=quoted, quote=c.quote or q)


def extend_continued_predicates(
    text: str, candidates: list[Candidate], sentences: list[Sentence], quotes: list[QuoteSpan]
) -> list[Candidate]:
    """Run each reported content on to the end of its clause (see the module's doc).

    Args:
        text: the analysed text.
        candidates: the readings so far.
        sentences: the text's sentences.
        quotes: the text's quotations.

    Returns:
        The candidates, an indirect or mixed record whose cue stands before it extended over an
        auxiliary predicate after its quotation or to the close of a quotation it ended inside.
    """
    out: list[Candidate] = []
    for c in candidates:
        if c.kind not in {"indirect", "mixed"} or len(c.pieces) != 1 or c.cue is None or c.cue[0] > c.start:
            out.append(c)
            continue
        longer = _to_the_close(text, c, quotes) or c
        longer = _past_the_quotation(text, longer, candidates, sentences, quotes) or longer
        out.append(longer)
    return out
