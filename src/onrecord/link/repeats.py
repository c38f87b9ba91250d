"""Quotes with no speaker that repeat another quote's words: whose words they are.

A headline repeats a quote of its body, a pull quote or a fact-check repeats the words it checks,
a wire trims another outlet's quote, and the repetition often names no speaker the extractor
finds. When its words are a run of the words of quotes that all have one speaker (the words
contained in one, or all but a few of them at its edges: "the levy will kill the cashew
farmer" in "This levy will kill the cashew farmer"), in the same language, and no wording of
those differs from it in a negation or a figure, the repetition is that speaker's: it is linked
with that speaker's quotes, and its record names the speaker, as every quote of a statement
names its statement's speaker. Words that quotes of two speakers carry stay without one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from onrecord.link.features import compatible, features, tokens

__all__ = ["MIN_WORDS", "SHARE", "Worded", "core_phrase", "repeated_speaker", "repeats"]

MIN_WORDS = 6  # a shorter run ("we will see", "we will not back down") is anyone's words
SHARE = 0.85  # of the repetition's words that one unbroken run of the other's must hold

_FTS_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Worded:
    """A quote's words as this step reads them: ``speaker_id`` None for one without a speaker;
    where it lies in its article; ``day``: the ordinal of the day linking reads for it (None:
    unknown)."""

    quote_id: str
    text: str
    language: str | None
    speaker_id: str | None
    article_id: str = ""
    start: int = 0
    end: int = 0
    day: int | None = None

    def within(self, other: Worded) -> bool:
        """Whether it lies inside ``other`` in their article: words ``other``'s speaker relays
        from someone else ("The governor's people told us that he will not go to court")."""
        return bool(self.article_id) and self.article_id == other.article_id and other.start <= self.start < other.end


def _least_run(n: int) -> int:
    """The words of an unbroken run a repetition of ``n`` words must share."""
    return max(MIN_WORDS, math.ceil(SHARE * n))


def core_phrase(text: str) -> str:
    """The words (as the full-text index splits them) that any quote the repetition ``text``
    repeats holds in this order: its words without as many at each edge as it may drop (empty:
    too short to repeat anyone's words)."""
    words = _FTS_WORD.findall(text)
    n = len(words)
    if n < MIN_WORDS:
        return ""
    drop = n - _least_run(n)
    return " ".join(words[drop : n - drop])


def _longest_run(short: list[str], long: list[str]) -> int:
    """The length of the longest run of words ``short`` and ``long`` share, in order."""
    return SequenceMatcher(None, short, long, autojunk=False).find_longest_match(0, len(short), 0, len(long)).size


def repeats(short: Worded, long: Worded) -> bool:
    """Whether ``short``'s words repeat ``long``'s: in one language (or one unknown), one unbroken
    run of ``long``'s words holds all of ``short``'s but a few at its edges (:data:`SHARE`, at
    least :data:`MIN_WORDS`), and neither wording differs from the other in a negation, a figure
    or a named party (:func:`~onrecord.link.features.compatible`)."""
    if short.language and long.language and short.language != long.language:
        return False
    ws, wl = tokens(short.text), tokens(long.text)
    if len(ws) < MIN_WORDS or _longest_run(ws, wl) < _least_run(len(ws)):
        return False
    return compatible(features(short.text, short.language), features(long.text, long.language))[0]


def _near(a: Worded, b: Worded, window: int | None) -> bool:
    return window is None or a.day is None or b.day is None or abs(a.day - b.day) <= window


def repeated_speaker(
    quote: Worded,
    others: Iterable[Worded],
    window: int | None = None,
    unrelated: Callable[[str, str], bool] | None = None,
) -> str | None:
    """The speaker whose quotes ``quote`` (one with no speaker) repeats, when they are all one
    speaker's (None: it repeats no quote with a speaker, or quotes of two speakers); with a
    ``window``, of the quotes said no more days apart from it than that (as linking joins them).
    ``others`` may hold quotes with no speaker: one of them inside a quote that repeats it tells
    that the words are relayed there, not that quote's speaker's own. ``unrelated``, given two
    article ids, tells articles of two stories apart: a stock phrase ("we will do everything in
    our power to keep people safe") that another story's speaker said is not this one's."""
    found = [
        o
        for o in others
        if o.quote_id != quote.quote_id
        and _near(quote, o, window)
        and not (unrelated and o.article_id != quote.article_id and unrelated(quote.article_id, o.article_id))
        and repeats(quote, o)
    ]
    # a quote that holds a quote of the same words, not its speaker's, relays them ("he said
    # the negotiator had told him that the offer was final"): they are not its speaker's
    speakers = {
        o.speaker_id
        for o in found
        if o.speaker_id and not quote.within(o) and not any(i.within(o) and i.speaker_id != o.speaker_id for i in found)
    }
    return speakers.pop() if len(speakers) == 1 else None
