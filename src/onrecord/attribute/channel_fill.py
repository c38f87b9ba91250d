"""A learned filler for the channels the rules leave null: the speaker's channel carried on, or
the article's own outlet.

The rules (:mod:`onrecord.attribute.channels`) carry a speaker's channel to the next quotes of
the same conversation only when nothing comes between (another speaker, another paragraph, a
day); and give the article's own outlet only to quotes whose sentence says so ("told this
newspaper"). Copy often goes on with an interview long after it was named ("Reached at her office
on Tuesday, Ivra Tamm told the Post ..." and, four paragraphs and two speakers later, "'We will
not move,' Tamm said"), or is an interview throughout. For each quote left with no channel the
filler proposes two channels: the last one the rules gave the same speaker in the article, and
the article's own outlet when a quote of it was told to the outlet. A logistic regression over
what lies between (:func:`fill_features`: characters, paragraphs and other speakers between, a
day of its own, "told reporters" or "in a statement" in the sentence, the kind of channel, ...)
takes a proposal when its probability is at least the filler's threshold.

The weights (``data/channel_fill.json``) are rebuilt byte for byte from the development
held-out sets (1-84) by the trainer of the channel gate
(:mod:`onrecord.attribute.channel_gate_train`, step ``fit-fill``). Set
``ONRECORD_CHANNEL_GATE=off`` to turn the filler off with the gate.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from onrecord.attribute.channel_gate import SENTENCE_WORDS, gate_enabled, load_gate_file, outside_quote, recording
from onrecord.logistic import Gate

__all__ = ["FILL_PATH", "FillFacts", "Heard", "fill_features", "shipped_fill"]

FILL_PATH = Path(__file__).parent / "data" / "channel_fill.json"
_KINDS = ("outlet", "wire", "platform", "person")


@dataclass(frozen=True, slots=True)
class Heard:
    """A channel the record gave one of a speaker's quotes: where, and on what day."""

    via: str
    kind: str | None
    start: int
    end: int
    paragraph: int
    said_on: str | None
    origin: str | None


@dataclass(frozen=True, slots=True)
class FillFacts:
    """What is known of a quote left with no channel and of one channel proposed for it.

    Attributes:
        proposal: ``speaker`` (the speaker's last channel) or ``own`` (the article's own outlet).
        before: the speaker's quote the channel was given to (for ``own``, the nearest quote
            told to the outlet).
        start: the quote's start.
        end: the quote's end.
        paragraph: the quote's paragraph.
        sentence: the span of the quote's sentence(s).
        said_on: the quote's day, if any.
        dated: whether its own sentence states a day.
        others_between: quotes of other speakers between the two.
        kind: the quote's kind.
        frame: its frame.
        bare: whether it has no cue of its own.
        second_hand: whether it is an outlet's or a person's report.
        speaker_share: of the speaker's earlier quotes, the share given this channel.
        article_share: of the article's quotes, the share given any channel.
        own_told: how many quotes of the article the rules gave its own outlet.
        own: whether the proposal is the article's own outlet.
        cue_lemma: the cue's lemma.
        transcript: whether the article is a transcript.
    """

    proposal: str
    before: Heard
    start: int
    end: int
    paragraph: int
    sentence: tuple[int, int]
    said_on: str | None
    dated: bool
    others_between: int
    kind: str
    frame: str
    bare: bool
    second_hand: bool
    speaker_share: float
    article_share: float
    own_told: int
    own: bool
    cue_lemma: str | None
    transcript: bool


def fill_features(text: str, facts: FillFacts) -> dict[str, float]:
    """The filler's features of one proposed channel."""
    before = facts.before
    out: dict[str, float] = {f"prop_{facts.proposal}": 1.0}
    out[f"kind_{before.kind}" if before.kind in _KINDS else "kind_other"] = 1.0
    out[f"quote_{facts.kind}"] = 1.0
    out[f"frame_{facts.frame}" if facts.frame in ("clause", "according", "turn") else "frame_other"] = 1.0
    if before.origin is not None:
        out[f"from_{before.origin}"] = 1.0
    gap = max(0, facts.start - before.end) if before.end <= facts.start else max(0, before.start - facts.end)
    out["gap"] = min(math.log1p(gap) / 10.0, 1.0)
    out["later"] = 1.0 if before.end <= facts.start else 0.0
    out["same_paragraph"] = 1.0 if before.paragraph == facts.paragraph else 0.0
    out["paragraphs"] = min(abs(facts.paragraph - before.paragraph), 6) / 6.0
    out["others_between"] = min(facts.others_between, 4) / 4.0
    out["none_between"] = 1.0 if facts.others_between == 0 else 0.0
    flags = {
        "dated": facts.dated,
        "same_day": facts.said_on is not None and facts.said_on == before.said_on,
        "other_day": facts.said_on is not None and before.said_on is not None and facts.said_on != before.said_on,
        "bare": facts.bare,
        "second_hand": facts.second_hand,
        "own": facts.own,
        "transcript": facts.transcript,
        "no_cue": facts.cue_lemma is None,
    }
    out.update({k: 1.0 for k, v in flags.items() if v})
    out["speaker_share"] = facts.speaker_share
    out["article_share"] = facts.article_share
    out["own_told"] = min(facts.own_told, 5) / 5.0
    lemma = (facts.cue_lemma or "").split()[:1]
    if lemma:
        out[f"l_{lemma[0]}" if lemma[0] in ("say", "tell", "write", "add", "post") else "l_other"] = 1.0
    around = outside_quote(text, facts.sentence, (facts.start, facts.end))
    for name, pattern in SENTENCE_WORDS.items():
        if pattern.search(around):
            out[name] = 1.0
    return out


def shipped_fill() -> Gate | None:
    """The shipped filler, or ``None`` when it is off, collecting, or has not been built."""
    if not gate_enabled() or recording():
        return None
    return load_gate_file(str(FILL_PATH))
