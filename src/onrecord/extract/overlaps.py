"""One record per span: the rule that decides what happens when two candidates overlap.

Extraction reads a text twice, once by its quotation marks and once by its cues, so the same
words can come out twice. The rule, applied to every analysis before attribution:

1. **Equal spans** are one record: the one with a cue keeps it (the other's quotation marks
   make it ``direct``). So is a quote that holds a reported-speech reading of its own words
   (the parse stopped before the closing mark): the quote's span with the reading's cue.
2. **A quote inside reported speech** (``she said her foot was "so swollen I could barely
   walk"``) is part of it: one ``mixed`` record whose ``quoted`` parts are the quotation marks'
   contents; the inner record is dropped.
3. **A quote of a quote** may overlap: a record inside another's content whose own cue is
   inside that content too (``X said Y had told him that ...``) is a different statement, the
   outer speaker relaying the inner one. It is the only overlap allowed. An attribution said
   twice (``X said Y, he said``: the content opens with the inner cue's named speaker and the
   outer cue is a pronoun's after it) is no relay: the inner record stays alone.
4. **Reported speech that runs into a quotation** (the quote's closing mark lies past the
   clause the parse found) takes the quotation in: one ``mixed`` record to the closing mark.
5. **Anything else that overlaps** without nesting is cut: the earlier record ends where the
   later one begins (a record cut to nothing is dropped).

:func:`allowed_overlap` states the same rule for finished records, for tests and checks.
"""

from __future__ import annotations

from onrecord.extract.candidates import Candidate

__all__ = ["allowed_overlap", "one_record_per_span"]

_TRIM = " \t\r\n,;:—–-"


def _inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def own_cue_inside(c: Candidate, outer: Candidate) -> bool:
    """Whether ``c`` is attributed by a cue of its own inside ``outer``'s content (a quote of a quote)."""
    return c.cue is not None and not c.bare and outer.start <= c.cue[0] < outer.end and c.cue != outer.cue


def _quoted_parts(c: Candidate) -> list[tuple[int, int]]:
    if c.quote is not None:
        return list(c.quote.pieces)
    return list(c.quoted) if c.quoted else (list(c.pieces) if c.kind == "direct" else [])


def _absorb(outer: Candidate, inner: Candidate) -> None:
    """``outer`` takes ``inner``'s quoted words: it becomes (or stays) a mixed record."""
    parts = _quoted_parts(inner)
    if outer.kind == "direct" and outer.quote is not None:
        return  # a quote holding the same words is already what it is
    if parts:
        outer.quoted = sorted(set(outer.quoted) | {p for p in parts if outer.start <= p[0] and p[1] <= outer.end})
        if outer.kind == "indirect" and outer.quoted:
            outer.kind = "mixed"


def _merge_equal(a: Candidate, b: Candidate) -> Candidate:
    """Two candidates with one span: the attributed one wins and keeps the other's marks."""
    keep, other = (a, b) if _rank(a) >= _rank(b) else (b, a)
    if other.kind == "direct" and other.quote is not None and keep.quote is None:
        keep.kind, keep.quote, keep.quoted = "direct", other.quote, []
        if len(other.pieces) > len(keep.pieces):
            keep.pieces = list(other.pieces)
    elif keep.kind != "direct":
        _absorb(keep, other)
    keep.via = keep.via or other.via
    return keep


def _contain(outer: Candidate, inner: Candidate) -> Candidate:
    """One record for ``inner`` inside ``outer`` (not a quote of a quote): the outer span, with
    the attribution of whichever has one (a quote whose reported-speech reading stopped short of
    its closing mark keeps its marks and takes the cue)."""
    if _rank(inner)[0] and not _rank(outer)[0]:
        pieces = list(outer.pieces)
        merged = _merge_equal(outer, inner)
        merged.pieces = pieces
        return merged
    _absorb(outer, inner)
    return outer


def _rank(c: Candidate) -> tuple[int, int, int]:
    return (c.cue is not None and not c.bare, c.mention is not None, c.kind == "direct")


def _is_quote(c: Candidate) -> bool:
    return c.kind == "direct"


def _extend_to(c: Candidate, end: int) -> None:
    s, _ = c.pieces[-1]
    c.pieces[-1] = (s, max(end, c.end))


def _cut_before(c: Candidate, stop: int, text: str) -> bool:
    """End ``c`` before ``stop``; False when nothing of it is left."""
    pieces = []
    for s, e in c.pieces:
        e = min(e, stop)
        while e > s and text[e - 1] in _TRIM:
            e -= 1
        if e > s and any(ch.isalnum() for ch in text[s:e]):  # not a control character alone
            pieces.append((s, e))
    if not pieces:
        return False
    c.pieces = pieces
    c.quoted = [(s, e) for s, e in c.quoted if e <= c.end]
    if c.kind == "mixed" and not c.quoted:
        c.kind = "indirect"
    return True


def _doubled(c: Candidate, outer: Candidate) -> bool:
    """``Cavusoglu said a meeting was "on the agenda," he said``: an attribution said twice, the
    outer one by a pronoun after content that opens with the inner one's named speaker, both
    with "say". One statement, the inner record's; not a quote of a quote ("Kessler promised us
    that ..., she said" is one: she relays his promise), nor a quotation nested in the outer one
    ('"Kessler said, 'Wait,' and I did," she said': she quotes his words)."""
    inner, mention = c.mention, outer.mention
    return (
        c.cue_lemma == outer.cue_lemma == "say"
        and (c.quote is None or c.quote.nested_in is None)
        and own_cue_inside(c, outer)
        and inner is not None
        and inner.kind == "name"
        and inner.start == outer.start
        and mention is not None
        and mention.kind == "pronoun"
        and (inner.gender is None or mention.gender is None or inner.gender == mention.gender)
        and outer.cue is not None
        and outer.cue[0] >= outer.end
    )


def _nearer_container(span: tuple[int, int], outer: tuple[int, int], kept: list[Candidate]) -> bool:
    """Whether another record inside ``outer`` holds ``span`` too: a quotation inside a quote of a
    quote ("Ada Brill had told him that the port would 'never be automated,' Obeng said") is
    part of the inner report, Brill's, not of Obeng's around it."""
    return any(
        _inside(span, (o.start, o.end)) and _inside((o.start, o.end), outer) and (o.start, o.end) != outer for o in kept
    )


def one_record_per_span(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Apply the rule of this module to ``candidates`` (changed in place where merged).

    Returns:
        The candidates that stay, in text order.
    """
    kept: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (c.start, -c.end)):
        changed = True
        while changed and c is not None:
            changed = False
            for k, other in enumerate(kept):
                if other.end <= c.start or c.end <= other.start:
                    continue
                span, other_span = (c.start, c.end), (other.start, other.end)
                if span == other_span:
                    kept[k] = _merge_equal(other, c)
                    c = None  # type: ignore[assignment]
                    break
                if _inside(span, other_span):
                    if _doubled(c, other):
                        kept[k] = c
                        c = None  # type: ignore[assignment]
                        break
                    if own_cue_inside(c, other):
                        continue
                    if _nearer_container(span, other_span, kept):
                        continue  # a quote of a quote holds it: that inner record takes it in
                    kept[k] = _contain(other, c)
                    c = None  # type: ignore[assignment]
                    break
                if _inside(other_span, span):
                    if _doubled(other, c):
                        c = None  # type: ignore[assignment]
                        break
                    if own_cue_inside(other, c):
                        continue
                    c = _contain(c, other)
                    del kept[k]
                    changed = True
                    break
                # crossing spans: the earlier one ends where the later one begins, unless the
                # later one is attributed inside the earlier: then it ends with it (nested)
                first, second = (other, c) if other.start <= c.start else (c, other)
                if own_cue_inside(second, first) and _cut_before(second, first.end, text):
                    changed = True
                    break
                if _is_quote(second) and not _is_quote(first) and not own_cue_inside(second, first):
                    # reported speech that runs into a quotation: 'voter fraud "would be one
                    # hell of a way to lose."' is one mixed record up to the closing mark
                    _extend_to(first, second.end)
                    _absorb(first, second)
                    if second is c:
                        c = None  # type: ignore[assignment]
                    else:
                        del kept[k]
                    changed = c is not None
                    break
                if not _cut_before(first, second.start, text):
                    if first is c:
                        c = None  # type: ignore[assignment]
                    else:
                        del kept[k]
                        changed = True
                    break
                changed = True
                break
        if c is not None:
            kept.append(c)
    kept.sort(key=lambda c: (c.start, c.end))
    return kept


def allowed_overlap(outer: tuple[int, int], inner: tuple[int, int], inner_cue: tuple[int, int] | None) -> bool:
    """Whether two records of one article may overlap: only a quote of a quote, the inner record
    inside the outer's span with its own cue inside it too."""
    return outer != inner and _inside(inner, outer) and inner_cue is not None and outer[0] <= inner_cue[0] < outer[1]
