"""Wordings that span two statements by their figures, and so join neither.

A speaker says "12 boats" on Monday and "31 boats" on Sunday: two statements. A quote that gives
both ("we had 12 boats out on Monday; by Sunday it was 31") is compatible with each of them, a
figure dropped being no disagreement, so whichever it joins first, the other statement's quotes
meet it there as the wrong one's. :func:`bridges` finds such wordings in one speaker's block:
every figure of two other wordings in its language, whose figures of one thing differ (a figure
each gives and the other lacks counts the same word, "boats"). The linker keeps them out of every
statement. A figure a wording sets aside ("31, not 12") or recalls as an earlier one ("I said 12
on Monday", "up from 12") is not one it gives: the wording is the later statement, no bridge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from onrecord.link.contrasts import set_aside_spans
from onrecord.link.features import Features, content_words, features

__all__ = ["bridges"]

_SHARED_WORDS = 2  # content words a wording shares at least with each of the two it spans
_MOST_UNDER = 48  # wordings a bridge may span, at most, compared pair by pair
# what recalls an earlier figure in its sentence: "I said two yesterday", "up from $14 billion",
# "revising his estimate of 40"
_RECAP = re.compile(
    r"\b(?:I|we) (?:had )?(?:said|told|gave|put|estimated|forecast)\b|\b(?:up|down) from\b|\brevis\w*|\bestimate of\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
# a figure compared with the one given ("closer to 70 kilograms than 40"), not a bound ("more than 40")
_THAN = re.compile(r"([^\W\d_]+)\s+than\s+((?:\S+\s+){0,2}\S+)", re.I)
_BOUNDS = frozenset("more less fewer greater higher lower over under rather other".split())


def recapped(text: str, f: Features) -> frozenset[str]:
    """The figures an English wording recalls as earlier ones, those of a sentence that says so
    (:data:`_RECAP`: "Fares stay frozen for three years. I said two yesterday" recalls two) and
    the one it compares its figure with ("closer to 70 kilograms than 40" recalls 40), and those
    it sets aside (:func:`~onrecord.link.contrasts.set_aside_spans`: "four months, not six weeks")."""
    if f.language != "en" or len(f.numbers) < 2:
        return frozenset()
    out = {
        x for sentence in _SENTENCE_END.split(text) if _RECAP.search(sentence) for x in features(sentence, "en").numbers
    }
    for m in _THAN.finditer(text):
        if m.group(1).casefold() not in _BOUNDS:
            out |= features(m.group(2), "en").numbers
    for span in set_aside_spans(text):
        out |= features(span, "en").numbers  # "four months, not six weeks": six is set aside
    return frozenset(out)


def same_thing_counted(a: Features, b: Features, over: Features | None = None) -> bool:
    """Whether two wordings give different figures of one thing they name ("12 boats" / "31
    boats"): a figure each gives and the other lacks counts the same word; with ``over``, the
    wording that would span them counts nothing else by those figures ("12 boats ... by Sunday it
    was 31", not "12 boats ... 31 crew")."""
    only_a, only_b = a.figure_key.numbers - b.figure_key.numbers, b.figure_key.numbers - a.figure_key.numbers
    counts_a = {w for x, w in a.counted if x in only_a and w}
    counts_b = {w for y, w in b.counted if y in only_b and w}
    shared = counts_a & counts_b
    if over is not None and {w for x, w in over.counted if x in only_a | only_b and w} - shared:
        return False  # it counts another thing by one of the two figures
    return bool(shared)


def bridges(texts: Sequence[str], feats: Sequence[Features], words: Sequence[list[str]]) -> set[int]:
    """The indexes of the wordings that span two others (the module docstring gives the rule).

    Args:
        texts: each wording as written.
        feats: their features.
        words: their words, lower-case.
    """
    given = [f.figure_key.numbers - recapped(t, f) for t, f in zip(texts, feats, strict=True)]
    by_figure: dict[str, list[int]] = {}
    for k, numbers in enumerate(given):
        for x in numbers:
            by_figure.setdefault(x, []).append(k)
    out = set()
    for c, fc in enumerate(feats):
        if len(given[c]) < 2:
            continue
        content = content_words(words[c])
        under = sorted(
            {
                k
                for x in given[c]
                for k in by_figure.get(x, ())
                if k != c
                and feats[k].language == fc.language
                and given[k] < given[c]
                and len(content_words(words[k]) & content) >= _SHARED_WORDS
            }
        )[:_MOST_UNDER]
        if any(same_thing_counted(feats[j], feats[k], fc) for n, j in enumerate(under) for k in under[n + 1 :]):
            out.add(c)
    return out
