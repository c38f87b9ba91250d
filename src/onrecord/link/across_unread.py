"""Candidates of the cross-speaker pass for wordings the first embedder does not read.

:mod:`onrecord.link.across` finds its candidate pairs through shared trigrams, shared content
words and the first model's nearest vectors. A translation into a language that model does not
read (:func:`~onrecord.link.embed.covers`: Hindi, Urdu, Czech, ...) shares no words with its
original and has no meaningful first-model cosine, so when one article gives it to another
speaker id (or to none), no index finds it. Here each such wording is compared, by the second
model's vectors (:data:`~onrecord.link.embed.SECOND_MODEL`, as the linker caches them), with the
wordings of the other speaker ids in other languages; their statements are ranked by their closest
wording (as :func:`onrecord.link.unread.unread_translations` ranks a speaker's own), and the
closest statement's wording is a candidate when its cosine reaches :data:`FLOOR`. The pair comes
with that cosine and its lead over the next statement, which the scorer reads (the second
model's cosines are compressed: a translation about .86, another statement on the same topic
about .79), and is verified by the linker's guards like any other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from onrecord.link.embed import covers
from onrecord.link.features import tokens
from onrecord.link.unread import LEAD_COUNTED

__all__ = ["FLOOR", "Second", "unread", "unread_pairs"]

FLOOR = 0.8
"""The least second-model cosine of a candidate (below the linker's 0.83 for a speaker's own
translations: the scorer, reading the lead too, decides)."""
_LEAST_WORDS = 3  # words a wording needs to be compared at all


@dataclass(frozen=True, slots=True)
class Second:
    """A candidate found by the second model: its cosine and its lead over the next statement
    (up to :data:`~onrecord.link.unread.LEAD_COUNTED`)."""

    cosine: float
    lead: float


def unread(language: str | None, text: str) -> bool:
    """Whether the first embedder does not read a wording (and it is long enough to compare)."""
    return not covers(language, text) and len(tokens(text)) >= _LEAST_WORDS


def unread_pairs(
    speakers: Sequence[str | None],
    statements: Sequence[str],
    languages: Sequence[str | None],
    texts: Sequence[str],
    vectors: Callable[[Sequence[int]], np.ndarray],
) -> dict[tuple[int, int], Second]:
    """The pairs ``(i, j)`` (i < j) of a wording the first embedder does not read and the closest
    wording of the statement closest to it among the other speaker ids' wordings in other
    languages, when their cosine reaches :data:`FLOOR`.

    Args:
        speakers: each wording's speaker id (None: no speaker; two Nones are one block).
        statements: each wording's statement id.
        languages: each wording's language (None: unknown; read from its letters and words).
        texts: the wordings.
        vectors: the second model's unit vectors of the wordings at the given indexes.

    Returns:
        ``{(i, j): Second}``.
    """
    flags = [unread(lang, text) for lang, text in zip(languages, texts, strict=True)]
    # an unknown language is English unless its wording says otherwise
    langs = [lang or ("en" if covers(None, text) else "?") for lang, text in zip(languages, texts, strict=True)]
    wanted: dict[int, list[int]] = {}
    for i, flag in enumerate(flags):
        if not flag:
            continue
        others = [
            j
            for j in range(len(texts))
            if langs[j] != langs[i]
            and speakers[j] != speakers[i]
            and statements[j] != statements[i]
            and len(tokens(texts[j])) >= _LEAST_WORDS
        ]
        if others:
            wanted[i] = others
    if not wanted:
        return {}
    used = sorted(set(wanted) | {j for js in wanted.values() for j in js})
    row = {k: n for n, k in enumerate(used)}
    matrix = np.asarray(vectors(used), dtype=np.float32)
    out: dict[tuple[int, int], Second] = {}
    for i, js in wanted.items():
        sims = matrix[[row[j] for j in js]] @ matrix[row[i]]
        best: dict[str, tuple[float, int]] = {}  # statement -> (closest cosine, its wording)
        for j, sim in zip(js, sims.tolist(), strict=True):
            if statements[j] not in best or sim > best[statements[j]][0]:
                best[statements[j]] = (sim, j)
        ranked = sorted(best.values(), key=lambda p: (-p[0], p[1]))
        top, j = ranked[0]
        lead = top - ranked[1][0] if len(ranked) > 1 else LEAD_COUNTED
        if top < FLOOR:
            continue
        key = (min(i, j), max(i, j))
        found = Second(round(top, 6), round(min(lead, LEAD_COUNTED), 6))
        if key not in out or found.cosine > out[key].cosine:
            out[key] = found
    return out
