"""A mixed content, its attribution, then a quotation that goes on with it: one record.

``Golf is "a thin business," Mr. Ode said. "I hardly ever advise investing in one."``: the second
quotation has no cue of its own and goes on with what the first sentence reported, as
``"A," she said. "B."`` does for two quotations (:func:`onrecord.extract.candidates._continues`).
The mixed record takes the quotation's words as a second piece and the quotation's own record
goes; not when the mixed content holds a cue of its own (a relay: the quotation is the speaker's
own words after the words relayed). PolNeAR annotates such a pair as one content 11 times of 12
in half of its train split, and the held-out sets' convention is the same ("several sentences
under one attribution are one entry").
"""

from __future__ import annotations

from onrecord.extract.candidates import Candidate, closing_frame_only
from onrecord.extract.lexicon import load_lexicon

__all__ = ["join_mixed_continuations"]


def _bare_quotation(c: Candidate) -> bool:
    return c.kind == "direct" and c.cue is None and c.bare and c.quote is not None


def join_mixed_continuations(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Join each mixed record whose cue follows it to the bare quotation right after its
    attribution (see the module's doc).

    Args:
        text: the analysed text.
        candidates: the readings so far, one per span.

    Returns:
        The candidates, a joined mixed record in place of the first and without the quotation's.
    """
    ordered = sorted(candidates, key=lambda c: (c.start, c.end))
    dropped: set[int] = set()
    joined: dict[int, Candidate] = {}
    for k, c in enumerate(ordered):
        if c.kind != "mixed" or c.cue is None or len(c.pieces) != 1 or c.cue[0] < c.end:
            continue
        nxt = next((n for n in ordered[k + 1 :] if n.start >= c.end), None)
        if nxt is None or not _bare_quotation(nxt) or nxt.quote is None or not c.cue[1] <= nxt.quote.open:
            continue
        if any(o is not c and o is not nxt and c.end <= o.start < nxt.start for o in ordered):
            continue
        if load_lexicon().has_cue(text[c.start : c.end], speech_only=True):
            continue  # 'X had told him that "...", Voss said. "..."': a relay, the quotation is Voss's own
        if closing_frame_only(text, c.end, nxt.quote):
            joined[id(c)] = c.reporting(pieces=[*c.pieces, *nxt.pieces], quoted=sorted({*c.quoted_parts, *nxt.pieces}))
            dropped.add(id(nxt))
    return [joined.get(id(c), c) for c in candidates if id(c) not in dropped]
