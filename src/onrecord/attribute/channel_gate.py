"""A learned gate over the channels the rules read: keep a quote's ``via`` or leave it null.

The channel rules (:mod:`onrecord.attribute.channels`) read a quote's channel in many steps: the
relay its cue names, the outlet its sentence names, the conversation or post the sentence before
sets up, the credit its line ends in, a transcript's own outlet, ... Each is right most of the
time, and each is wrong in a way no one more pattern fixes. The gate is a logistic regression
over what is known about each channel the rules set (:func:`via_features`): the step that read it
(its origin), its kind, how far the quote is from where the article names it, whether it is the
article's own outlet, whether the article gives it to other quotes too, the quote's kind and
frame, the words of its sentence ("told reporters", "in a statement", "interview", ...). A channel
whose probability of being right is below the gate's threshold is left null in the record; the
days (``said_on``) the channel helped read are left as they were.

The weights are a small JSON file (``data/channel_gate.json``) rebuilt byte for byte from the
development held-out sets (1-84) by::

    PYTHONPATH=src python -m onrecord.attribute.channel_gate_train collect --out /tmp/via-rows.jsonl
    PYTHONPATH=src python -m onrecord.attribute.channel_gate_train fit --rows /tmp/via-rows.jsonl

(see :mod:`onrecord.attribute.channel_gate_train`). Set ``ONRECORD_CHANNEL_GATE=off`` in the
environment to turn the gate off (every channel the rules read is kept).
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from onrecord.attribute.channels import ORIGINS
from onrecord.logistic import Gate

__all__ = [
    "GATE_PATH",
    "SENTENCE_WORDS",
    "ViaFacts",
    "gate_enabled",
    "keeps_via",
    "load_gate_file",
    "outside_quote",
    "recorder",
    "recording",
    "shipped_gate",
    "via_features",
]

GATE_PATH = Path(__file__).parent / "data" / "channel_gate.json"

# The steps of the channel rules the gate tells apart (in its weights' order).
_ORIGINS = ORIGINS
_KINDS = ("outlet", "wire", "platform", "person")
_QUOTE_KINDS = ("direct", "indirect", "mixed")
_FRAMES = ("clause", "according", "turn")

# What the quote's sentence tells of (outside the quote's own words).
SENTENCE_WORDS = {
    "w_told": re.compile(r"\b(?:told|tells|telling)\b", re.I),
    "w_audience": re.compile(r"\b(?:reporters|journalists|the\s+press|the\s+media|correspondents|lawmakers)\b", re.I),
    "w_statement": re.compile(r"\bstatement\b", re.I),
    "w_conference": re.compile(r"\b(?:news|press)\s+(?:conference|briefing)\b", re.I),
    "w_interview": re.compile(r"\binterview", re.I),
    "w_according": re.compile(r"\baccording\s+to\b", re.I),
    "w_reported": re.compile(r"\b(?:reported|reports|quoted|cited|citing)\b", re.I),
    "w_posted": re.compile(r"\b(?:posted|wrote|writes|tweeted|shared|uploaded|video|post)\b", re.I),
    "w_on": re.compile(r"\bon\s+(?:the\s+)?(?-i:[A-Z])", re.I),
    "w_us": re.compile(r"\b(?:told|tells|telling)\s+(?:us|me|this|our)\b", re.I),
}
_CUE_LEMMAS = {
    "l_say": ("say",),
    "l_tell": ("tell",),
    "l_write": ("write", "post", "tweet"),
    "l_report": ("report", "quote", "cite"),
}


@dataclass(frozen=True, slots=True)
class ViaFacts:
    """What the attribution knows of one quote and the channel the rules gave it.

    Attributes:
        start: the quote's start in the text.
        end: the quote's end.
        sentence: the span of the quote's sentence(s) with its cue.
        cue: the cue's span, if any.
        via: the channel the rules read.
        via_kind: its kind (``outlet``, ``wire``, ``platform``, ``person``), if known.
        origin: the step of the channel rules that read it (``attribute.channels.ORIGINS``).
        own: whether the channel is the article's own outlet.
        kind: the quote's kind (``direct``, ``indirect``, ``mixed``).
        frame: the frame the quote was read in (``clause``, ``according``, ``turn``, ...).
        bare: whether the quote was read without a cue of its own.
        second_hand: whether its words reached the article as an outlet's or a person's report.
        transcript: whether the article is a transcript of turns.
        same_via: how many other quotes of the article the rules gave the same channel.
        quotes: how many quotes the article has.
        known: whether the channel is an outlet, wire or platform onrecord knows by name.
        speaker: the kind of the quote's speaker (``person``, ...), ``None`` when none was found.
        foreign: whether the article is in another language than English.
        cue_lemma: the cue's lemma, if any.
    """

    start: int
    end: int
    sentence: tuple[int, int]
    cue: tuple[int, int] | None
    via: str
    via_kind: str | None
    origin: str | None
    own: bool
    kind: str
    frame: str
    bare: bool
    second_hand: bool
    transcript: bool
    same_via: int
    quotes: int
    known: bool
    speaker: str | None
    foreign: bool
    cue_lemma: str | None


def _occurrences(text: str, name: str) -> list[int]:
    """Where the channel's name (else its last word) is written in the text."""
    folded = text.casefold()
    for probe in (name.casefold(), name.split()[-1].casefold() if name.split() else ""):
        if len(probe) < 2:
            continue
        found = [m.start() for m in re.finditer(re.escape(probe), folded)]
        if found:
            return found
    return []


def outside_quote(text: str, span: tuple[int, int], quote: tuple[int, int]) -> str:
    """The text of ``span`` with the quote's own words blanked."""
    start, end = span
    piece = list(text[start:end])
    for i in range(max(quote[0], start), min(quote[1], end)):
        piece[i - start] = " "
    return "".join(piece)


def via_features(text: str, facts: ViaFacts) -> dict[str, float]:
    """The gate's features of one quote's channel (names the gate's weights are keyed by)."""
    out: dict[str, float] = {}
    out[f"origin_{facts.origin}" if facts.origin in _ORIGINS else "origin_other"] = 1.0
    out[f"kind_{facts.via_kind}" if facts.via_kind in _KINDS else "kind_other"] = 1.0
    out[f"quote_{facts.kind}" if facts.kind in _QUOTE_KINDS else "quote_other"] = 1.0
    out[f"frame_{facts.frame}" if facts.frame in _FRAMES else "frame_other"] = 1.0
    flags = {
        "own": facts.own,
        "bare": facts.bare,
        "second_hand": facts.second_hand,
        "transcript": facts.transcript,
        "known": facts.known,
        "no_speaker": facts.speaker is None,
        "speaker_person": facts.speaker == "person",
        "foreign": facts.foreign,
        "no_cue": facts.cue is None,
    }
    out.update({k: 1.0 for k, v in flags.items() if v})
    out["same_via"] = min(facts.same_via, 10) / 10.0
    out["shared_by_all"] = 1.0 if facts.quotes > 1 and facts.same_via >= facts.quotes - 1 else 0.0
    out["alone"] = 1.0 if facts.same_via == 0 else 0.0
    lemma = (facts.cue_lemma or "").split()[:1]
    for name, lemmas in _CUE_LEMMAS.items():
        if lemma and lemma[0] in lemmas:
            out[name] = 1.0
    around = outside_quote(text, facts.sentence, (facts.start, facts.end))
    for name, pattern in SENTENCE_WORDS.items():
        if pattern.search(around):
            out[name] = 1.0
    places = _occurrences(text, facts.via)
    if not places:
        out["unwritten"] = 1.0
    else:
        s_start, s_end = facts.sentence
        if any(s_start <= p < s_end and not facts.start <= p < facts.end for p in places):
            out["in_sentence"] = 1.0
        if any(facts.start <= p < facts.end for p in places):
            out["in_quote"] = 1.0
        if facts.cue is not None and any(facts.cue[1] <= p <= facts.cue[1] + 40 for p in places):
            out["after_cue"] = 1.0
        if places[0] < 300:
            out["in_head"] = 1.0
        gap = min(0 if facts.start <= p < facts.end else min(abs(p - facts.start), abs(p - facts.end)) for p in places)
        out["distance"] = min(math.log1p(gap) / 10.0, 1.0)
        out["before"] = 1.0 if places[0] < facts.start else 0.0
        out["mentions"] = min(math.log1p(len(places)) / 3.0, 1.0)
    return out


# A collector the trainer sets (attribute.channel_gate_train): every channel's features, keyed by
# the quote's id.
_RECORDER: list[dict[str, Any]] = []


def recorder(store: dict[str, Any] | None) -> None:
    """Start (``store``) or stop (``None``) collecting every channel's features into ``store``."""
    _RECORDER.clear()
    if store is not None:
        _RECORDER.append(store)


def recording() -> bool:
    """Whether the trainer is collecting (the gate then decides nothing)."""
    return bool(_RECORDER)


def record(key: str, value: Any) -> None:
    """Hand one channel's features (or a proposal) to the collector, when the trainer set one."""
    if _RECORDER:
        _RECORDER[0][key] = value


def gate_enabled() -> bool:
    """Whether the gate decides: unless ``ONRECORD_CHANNEL_GATE`` is ``off`` (or ``0``, ``no``)."""
    return os.environ.get("ONRECORD_CHANNEL_GATE", "").strip().casefold() not in {"off", "0", "no", "false"}


@functools.lru_cache(maxsize=4)
def load_gate_file(path: str) -> Gate | None:
    """The logistic regression a JSON file holds, read once per
    process; ``None`` when the file has not been built."""
    file = Path(path)
    if not file.is_file():
        return None
    data: dict[str, Any] = json.loads(file.read_text(encoding="utf-8"))
    return Gate.from_dict(data)


def shipped_gate() -> Gate | None:
    """The shipped gate, or ``None`` when it is off or has not been built."""
    if not gate_enabled() or _RECORDER:
        return None
    return load_gate_file(str(GATE_PATH))


def keeps_via(features: dict[str, float], gate: Gate | None = None) -> bool:
    """Whether a channel with these features stays in the record (always, with no gate)."""
    gate = gate if gate is not None else shipped_gate()
    return gate is None or gate.keeps(features)
