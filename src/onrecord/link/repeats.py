"""Quotes with no speaker that repeat another quote's words: whose words they are.

A headline repeats a quote of its body, a pull quote or a fact-check repeats the words it checks,
a wire trims another outlet's quote, and the repetition often names no speaker the extractor
finds. When its words are a run of the words of quotes that all have one speaker (the words
contained in one, or all but a few of them at its edges: "the levy will kill the cashew
farmer" in "This levy will kill the cashew farmer"), in the same language, and no wording of
those differs from it in a negation or a figure, the repetition is that speaker's: it is linked
with that speaker's quotes, and its record names the speaker, as every quote of a statement
names its statement's speaker. Words that quotes of two speakers carry stay without one.

A journalist's rendering shifts the tense and the person of the words it repeats ("We will not
sell" / "he would not sell"), spells a contraction out, or changes a word ("the council would pay
for a new roof on every school" / "The council will pay for a new roof on each school"): the
words are compared with the backshift undone (:func:`~onrecord.link.views.unshifted`),
contractions spelled out and, in English, every personal pronoun and form of "be", "have" and
"do" read alike; and a repetition of at least :data:`NEAR_WORDS` words may differ from a run of
the other's in one word (changed, dropped or added), one of twice as many in
:data:`NEAR_CHANGES`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from onrecord.link.features import compatible, features, tokens
from onrecord.link.views import clauses, unshifted

__all__ = [
    "MIN_WORDS",
    "NEAR_CHANGES",
    "NEAR_WORDS",
    "SHARE",
    "Worded",
    "compared_words",
    "core_phrase",
    "repeated_speaker",
    "repeats",
    "search_terms",
]

MIN_WORDS = 6  # a shorter run ("we will see", "we will not back down") is anyone's words
SHARE = 0.85  # of the repetition's words that one unbroken run of the other's must hold
NEAR_WORDS = 8  # a repetition this long may change a word of the other's (two from twice as long)
NEAR_CHANGES = 2  # words a near repetition changes at most

# The words a report in the third person and the past says for the speaker's own (English): a
# personal pronoun read by its person and case, a form of "be", of "have", of "do" read as one word
# each. A report shifts the speaker's first person (and the "you" spoken to) to the third, never
# the third to the first: "He has always backed me" does not repeat "I have always backed him".
_PERSONS = {
    **dict.fromkeys("i we".split(), "<s1>"),
    **dict.fromkeys("me us my our".split(), "<o1>"),
    **dict.fromkeys("you".split(), "<s2>"),
    **dict.fromkeys("your".split(), "<o2>"),
    **dict.fromkeys("he she they it".split(), "<s3>"),
    **dict.fromkeys("him them his her their its".split(), "<o3>"),
}
_PERSON_TOKENS = frozenset(_PERSONS.values())
_SHIFTED = {"<s1>": "<s3>", "<o1>": "<o3>", "<s2>": "<s3>", "<o2>": "<o3>"}
_ALIKE = {
    **_PERSONS,
    **dict.fromkeys("am is are was were be".split(), "is"),
    **dict.fromkeys("has have had".split(), "has"),
    **dict.fromkeys("do does did".split(), "do"),
}
# words a near repetition may not change, one for another: "vote for" is not "vote against"
_POLAR = frozenset("for against with without before after above below over under up down in out on off".split())
_CONTRACTED = [
    (re.compile(r"\bwon['’]t\b", re.I), "will not"),
    (re.compile(r"\b(?:can['’]t|cannot)\b", re.I), "can not"),
    (re.compile(r"\bshan['’]t\b", re.I), "shall not"),
    (re.compile(r"(?<=\w)n['’]t\b", re.I), " not"),
]
_SEARCH_LEAST = 4  # letters of a word the full-text search looks a near repetition up by

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


def compared_words(text: str, language: str | None, shifted: bool = False) -> list[str]:
    """The words of ``text`` as repetitions are compared: its backshift undone, its contractions
    spelled out and (in English) its personal pronouns read by person and case and its forms of
    "be", "have" and "do" read alike (see :data:`_ALIKE`); ``shifted``: its first and second
    person read as the third, as a report of the words gives them."""
    if language not in (None, "en"):
        return tokens(unshifted(text, language))
    for pattern, repl in _CONTRACTED:
        text = pattern.sub(repl, text)
    words = [_ALIKE.get(w, w) for w in tokens(unshifted(text, "en"))]
    return _reported(words) if shifted else words


def _reported(words: list[str]) -> list[str]:
    """Compared words with their first and second person read as the third, as a report of
    them gives them (the same list when they hold none)."""
    return [_SHIFTED.get(w, w) for w in words]


def search_terms(text: str) -> list[str]:
    """The words (as the full-text index splits them) to look up the quotes ``text`` may nearly
    repeat by: the longer ones, not those a report in the third person or the past changes
    (empty: too short to repeat anyone's words)."""
    words = _FTS_WORD.findall(text.casefold())
    if len(words) < NEAR_WORDS:
        return []
    return sorted({w for w in words if len(w) >= _SEARCH_LEAST and w not in _ALIKE})


def _changes(short: list[str], long: list[str]) -> int:
    """How many words ``short`` changes of the run of ``long`` it lines up with: words changed,
    dropped or added, a changed word counted once (the run: from the longest shared run, as many
    words further each way as ``short`` has, and :data:`NEAR_CHANGES` more)."""
    m = SequenceMatcher(None, short, long, autojunk=False).find_longest_match(0, len(short), 0, len(long))
    if not m.size:
        return len(short)
    lo = max(0, m.b - m.a - NEAR_CHANGES)
    window = long[lo : m.b + len(short) - m.a + NEAR_CHANGES]
    blocks = [b for b in SequenceMatcher(None, short, window, autojunk=False).get_matching_blocks() if b.size]
    matched = sum(b.size for b in blocks)
    added = blocks[-1].b + blocks[-1].size - blocks[0].b - matched
    kept = {i for b in blocks for i in range(b.a, b.a + b.size)}
    kept_long = {i for b in blocks for i in range(b.b, b.b + b.size)}
    changed = {w for i, w in enumerate(short) if i not in kept} | {
        window[i] for i in range(blocks[0].b, blocks[-1].b + blocks[-1].size) if i not in kept_long
    }
    if changed & _POLAR or any(w in _PERSON_TOKENS for w in changed):
        return len(short)  # "for" made "against", "with them" made "with us": no near repetition
    return max(len(short) - matched, added)


def _nearly(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` (at least :data:`NEAR_WORDS` words) changes at most one word of a run of
    ``long``, or :data:`NEAR_CHANGES` when it has twice as many words."""
    if len(short) < NEAR_WORDS:
        return False
    allowed = min(NEAR_CHANGES, len(short) // NEAR_WORDS)
    return _changes(short, long) <= allowed


def _longest_run(short: list[str], long: list[str]) -> int:
    """The length of the longest run of words ``short`` and ``long`` share, in order."""
    return SequenceMatcher(None, short, long, autojunk=False).find_longest_match(0, len(short), 0, len(long)).size


def repeats(short: Worded, long: Worded) -> bool:
    """Whether ``short``'s words repeat ``long``'s: in one language (or one unknown), one unbroken
    run of ``long``'s words holds all of ``short``'s but a few at its edges (:data:`SHARE`, at
    least :data:`MIN_WORDS`), or a run of them differs from ``short`` in a word or two
    (:func:`_nearly`), the words compared as :func:`compared_words` reads them; and neither wording
    differs from the other in a negation, a figure or a named party
    (:func:`~onrecord.link.features.compatible`)."""
    if short.language and long.language and short.language != long.language:
        return False
    language = short.language or long.language
    ws = compared_words(short.text, language)
    if len(ws) < MIN_WORDS:
        return False
    said = features(short.text, short.language)
    # the whole quote, else the sentence or clause of it the repetition keeps: a negation or a
    # figure in the rest of a long quote says nothing of the words repeated
    for wording in (long.text, *clauses(long.text)):
        wl = compared_words(wording, language)
        held = any(_longest_run(ws, w) >= _least_run(len(ws)) or _nearly(ws, w) for w in (wl, _reported(wl)))
        if held and compatible(said, features(wording, long.language))[0]:
            return True
    return False


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
