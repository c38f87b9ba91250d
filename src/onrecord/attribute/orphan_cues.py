"""A cue whose subject names nobody: whom its words belong to, ranked by a learned model.

"Sen. Ivo Marten, R-Okla., who chairs the panel, said the vote would wait" gives the parser a
subject it cannot read (the state after the name, a stray word), and the cue's mention resolves
to nobody. Such an *orphan* cue (a cue, no speaker after every other way of finding one, not
inside another quote's words) takes one of the people and bodies at hand: those named before the
cue in its sentence or the sentence before, and the last to speak. Each is described by a few
features (:func:`choice_features`: does its name open the cue's sentence, is another cue or a
quotation mark between, did it speak last, how far back) and scored by a logistic regression;
the best goes to the quote when its score reaches the model's threshold, else the quote keeps no
speaker.

The weights and threshold are package data, ``data/orphan_rank.json``, fitted on the
development held-out sets (1-84) only and rebuilt byte for byte by::

    python -m onrecord.attribute.orphan_cues_train --sets 1-84 --out src/onrecord/attribute/data/orphan_rank.json

(:mod:`onrecord.attribute.orphan_cues_train`). Without the file the hand rule stands in: the
name that opens the cue's sentence, when no other cue stands between (:func:`opener_rule`).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from onrecord.extract.candidates import Candidate
from onrecord.extract.mentions import Mention
from onrecord.extract.sentences import Sentence
from onrecord.logistic import Gate

__all__ = [
    "FEATURES",
    "RANK_FILE",
    "Choice",
    "OrphanRanker",
    "choice_features",
    "load_ranker",
    "opener_rule",
    "orphan_choices",
    "orphan_speakers",
    "pick",
    "record_choices",
    "record_orphans",
    "unread_subject",
]

RANK_FILE = "orphan_rank.json"
FEATURES = (
    "opens",
    "first",
    "same_sentence",
    "distance",
    "cue_between",
    "quote_between",
    "last_speaker",
    "spoke",
    "person",
    "after_quote",
)

# what may stand before the opening name: a title or office the tagger left out ("Environment
# Minister"), up to three capitalised words
_LEAD = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}")
_AFTER_QUOTE = re.compile(r"[\s,.\u201d\u2019\"'\u2014-]*")
_QUOTES = re.compile(r"[\"\u201c\u201d\u00ab\u00bb]")


@dataclass(frozen=True, slots=True)
class Choice:
    """One speaker an orphan cue may take: the entity, its mention nearest the cue, its features."""

    entity: Any
    mention: Mention | None
    features: dict[str, float]


def unread_subject(mention: Mention | None) -> bool:
    """Whether a cue's mention names nobody onrecord can read: none at all, or a bare word with
    neither a name nor a role (a state's abbreviation, a stray capitalised word)."""
    if mention is None:
        return True
    return mention.kind == "other" and mention.name is None and mention.role is None


def _opens(text: str, sentence: Sentence, c: Candidate, mention: Mention) -> bool:
    if _LEAD.fullmatch(text[sentence.start : mention.start]):
        return True
    # '"The vote waits," Sen. Ivo Marten, R-Okla., said': the quote, then the name
    return (
        sentence.start <= c.start
        and c.end <= mention.start
        and bool(_AFTER_QUOTE.fullmatch(text[c.end : mention.start]))
    )


def choice_features(
    text: str,
    c: Candidate,
    sentence: Sentence,
    mention: Mention | None,
    opener: Mention | None,
    first: bool,
    cues: Sequence[int],
    last_speaker: bool,
    spoke: int,
    person: bool,
) -> dict[str, float]:
    """The features of one entity an orphan cue ``c`` may take (see :data:`FEATURES`).

    Args:
        text: the article text.
        c: the orphan candidate (it has a cue).
        sentence: the cue's sentence.
        mention: the entity's mention nearest before the cue, in the cue's sentence or the one
            before (None: the entity is only the last speaker).
        opener: the entity's first mention in the cue's sentence, if any.
        first: the entity's is the first name in the cue's sentence.
        cues: the start of every cue in the article.
        last_speaker: the entity is the last one to speak before the cue.
        spoke: how many quotes before the cue are the entity's.
        person: the entity is a person.
    """
    assert c.cue is not None
    at = c.cue[0]
    f: dict[str, float] = {
        "last_speaker": float(last_speaker),
        "spoke": min(spoke, 3) / 3,
        "person": float(person),
    }
    if mention is None:
        f["distance"] = 3.0
        return f
    between = text[mention.end : at]
    own_quote_between = mention.end <= c.start and c.end <= at
    f["same_sentence"] = float(mention.start >= sentence.start)
    f["opens"] = float(opener is not None and _opens(text, sentence, c, opener))
    f["first"] = float(first)
    f["distance"] = min(len(between) / 200, 3.0)
    f["cue_between"] = float(any(mention.end <= x < at for x in cues))
    f["quote_between"] = float(bool(_QUOTES.search(between)) and not own_quote_between)
    f["after_quote"] = float(c.end <= mention.start)
    return f


def orphan_choices(
    text: str,
    candidates: Sequence[Candidate],
    speakers: dict[int, Any],
    named: Sequence[tuple[Mention, Any]],
    sentences: Sequence[Sentence],
    sentence_at: Callable[[int], int],
    nested: set[int],
) -> dict[int, list[Choice]]:
    """The entities each orphan cue may take, with their features.

    Args:
        text: the article text.
        candidates: every quote candidate.
        speakers: by ``id`` of a candidate, the speaker found so far (None: nobody).
        named: every name mention and whom it names, in text order.
        sentences: the article's sentences.
        sentence_at: the index of the sentence holding an offset.
        nested: the ``id`` of candidates inside another's words (relayed: left alone).

    Returns:
        By ``id`` of each orphan candidate, its choices (possibly none).
    """
    if not sentences:
        return {}
    cues = sorted(c.cue[0] for c in candidates if c.cue is not None)
    spoken = sorted(
        (
            (c.cue[0] if c.cue else c.start, c)
            for c in candidates
            if speakers.get(id(c)) is not None and id(c) not in nested
        ),
        key=lambda pc: pc[0],
    )
    out: dict[int, list[Choice]] = {}
    for c in candidates:
        if c.bare or c.cue is None or speakers.get(id(c)) is not None or id(c) in nested:
            continue
        if not unread_subject(c.mention):
            continue
        at = c.cue[0]
        index = sentence_at(at)
        sentence = sentences[index]
        start = sentences[index - 1].start if index > 0 else sentence.start
        before = [(m, e) for m, e in named if start <= m.start and m.end <= at]
        earlier = [speakers[id(o)] for pos, o in spoken if pos < at]
        last = earlier[-1] if earlier else None
        nearest: dict[int, tuple[Mention | None, Any]] = {}
        openers: dict[int, Mention] = {}
        for m, e in before:
            nearest[id(e)] = (m, e)  # the last (nearest) mention of each
            if m.start >= sentence.start:
                openers.setdefault(id(e), m)  # and its first in the cue's sentence
        if last is not None and id(last) not in nearest:
            nearest[id(last)] = (None, last)
        first = next((id(e) for m, e in before if m.start >= sentence.start), None)
        choices = [
            Choice(
                e,
                openers.get(id(e), m),
                choice_features(
                    text,
                    c,
                    sentence,
                    m,
                    openers.get(id(e)),
                    id(e) == first,
                    cues,
                    e is last,
                    sum(1 for x in earlier if x is e),
                    getattr(e, "kind", "") == "person",
                ),
            )
            for m, e in nearest.values()
        ]
        out[id(c)] = choices
    return out


OrphanRanker = Gate
"""The ranker: a :class:`onrecord.logistic.Gate` over :data:`FEATURES`, whose probability is that a
choice is the quote's speaker and whose threshold a choice needs to be taken (:func:`pick`)."""


def pick(ranker: Gate, choices: Sequence[Choice]) -> Choice | None:
    """The choice ``ranker`` scores best, when it reaches the ranker's threshold."""
    if not choices:
        return None
    best = max(choices, key=lambda ch: ranker.probability(ch.features))
    return best if ranker.keeps(best.features) else None


@functools.cache
def load_ranker() -> OrphanRanker | None:
    """The shipped ranker (``data/orphan_rank.json``), or None when the package has none."""
    source = resources.files("onrecord.attribute").joinpath("data", RANK_FILE)
    if not source.is_file():
        return None
    data = json.loads(source.read_text(encoding="utf-8"))
    return OrphanRanker(
        tuple(data["features"]),
        tuple(float(w) for w in data["weights"]),
        float(data["intercept"]),
        float(data["threshold"]),
    )


def opener_rule(choices: Sequence[Choice]) -> Choice | None:
    """The hand rule: the name that opens the cue's sentence, with no cue between it and ours."""
    for ch in choices:
        if ch.features.get("opens") and ch.features.get("first") and not ch.features.get("cue_between"):
            return ch
    return None


def orphan_speakers(choices: dict[int, list[Choice]], ranker: OrphanRanker | None = None) -> dict[int, Choice]:
    """The choice each orphan cue takes: the ranker's (:func:`load_ranker` by default), else the
    hand rule's when no ranker ships."""
    ranker = ranker or load_ranker()
    out: dict[int, Choice] = {}
    for cid, options in choices.items():
        picked = pick(ranker, options) if ranker is not None else opener_rule(options)
        if picked is not None:
            out[cid] = picked
    return out


_recorder: list[tuple[str, int, int, list[Choice]]] | None = None


def record_choices(recorder: list[tuple[str, int, int, list[Choice]]] | None) -> None:
    """Keep every orphan cue's choices in ``recorder`` (article id, quote start and end, choices)
    from now on, for :mod:`onrecord.attribute.orphan_cues_train`; None stops recording."""
    global _recorder
    _recorder = recorder


def record_orphans(article_id: str, candidates: Sequence[Candidate], choices: dict[int, list[Choice]]) -> bool:
    """Hand the article's orphan choices to the recorder, if one is set; whether one is."""
    if _recorder is None:
        return False
    for c in candidates:
        if id(c) in choices:
            _recorder.append((article_id, c.start, c.end, choices[id(c)]))
    return True
