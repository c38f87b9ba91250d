"""Features of a tagged content for the hybrid's learned gate (:mod:`onrecord.tagger.gate`).

The hybrid reads each tagged content that no rule record overlaps (its cue, type, clause,
speaker); :class:`Reading` holds what it found, the guards' outcomes included, and
:func:`gate_features` turns that into the named numbers the gate weighs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["CUE_CLASSES", "MENTION_KINDS", "Reading", "gate_features"]

CUE_CLASSES = ("speech", "belief", "evidence", "stance")
MENTION_KINDS = ("name", "pronoun", "role", "organisation", "anonymous", "relative", "other")


@dataclass(frozen=True, slots=True)
class Reading:
    """What the hybrid read of one tagged content no rule record overlaps.

    Attributes:
        span: the content's offsets (its leading "that" left out).
        cue: the paired cue's offsets, or ``None``.
        has_source: the tagger paired a source span with it.
        cue_far: the cue is not in the sentence where the content starts or ends.
        cue_taken: the cue is a rule record's cue and the parse does not hang the content on it.
        said_by: the parse hangs the content on its cue as a clause.
        cue_class: ``speech``, ``belief``, ``evidence``, ``stance`` or ``None``.
        typed: the class comes from the type classifier (not the cue lexicon).
        known_lemma: the cue lexicon knows a word of the cue.
        finite: the content holds a finite verb.
        infinitive: the content is headed by an infinitive.
        unsaid: the cue reports no words said (``refused to say``).
        mention_kind: the speaker mention's kind, or ``None`` when there is none.
        speaker_inside: the speaker mention lies inside the content.
        sentences: sentences in the article.
        sentence: the sentence where the content starts.
        crosses: the content runs over more than one sentence.
        quoted_share: the share of the content's characters inside quotation marks.
        words: the content's words.
        rules_near: rule records in the content's sentence.
    """

    span: tuple[int, int]
    cue: tuple[int, int] | None
    has_source: bool
    cue_far: bool
    cue_taken: bool
    said_by: bool
    cue_class: str | None
    typed: bool
    known_lemma: bool
    finite: bool
    infinitive: bool
    unsaid: bool
    mention_kind: str | None
    speaker_inside: bool
    sentences: int
    sentence: int
    crosses: bool
    quoted_share: float
    words: int
    rules_near: int


def _flag(value: bool) -> float:
    return 1.0 if value else 0.0


def gate_features(r: Reading) -> dict[str, float]:
    """The named features of a reading (every value in about 0..4).

    Args:
        r: what the hybrid read of the content.

    Returns:
        ``{name: value}``; the gate treats a missing name as 0.
    """
    out = {
        "cue_none": _flag(r.cue is None),
        "cue_far": _flag(r.cue_far),
        "cue_taken": _flag(r.cue_taken),
        "said_by": _flag(r.said_by),
        "class_none": _flag(r.cue_class is None),
        "typed": _flag(r.typed),
        "known_lemma": _flag(r.known_lemma),
        "finite": _flag(r.finite),
        "infinitive": _flag(r.infinitive and not r.finite),
        "no_clause": _flag(not (r.finite or r.infinitive)),
        "unsaid": _flag(r.unsaid),
        "mention_none": _flag(r.mention_kind is None),
        "speaker_inside": _flag(r.speaker_inside),
        "has_source": _flag(r.has_source),
        "crosses": _flag(r.crosses),
        "quoted_share": r.quoted_share,
        "log_words": math.log1p(r.words),
        "short": _flag(r.words <= 5),
        "position": r.sentence / max(1, r.sentences - 1),
        "first_sentences": _flag(r.sentence <= 1),
        "rules_near": min(3.0, float(r.rules_near)),
    }
    for cls in CUE_CLASSES:
        out["class_" + cls] = _flag(r.cue_class == cls)
    for kind in MENTION_KINDS:
        out["mention_" + kind] = _flag(r.mention_kind == kind)
    if r.cue is not None:
        before = r.cue[1] <= r.span[0]
        gap = r.span[0] - r.cue[1] if before else max(0, r.cue[0] - r.span[1])
        out["cue_before"] = _flag(before)
        out["cue_gap"] = math.log1p(gap) / 4
    return out
