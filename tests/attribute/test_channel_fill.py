"""The learned filler of the channels the rules leave null: its features and its switch."""

from __future__ import annotations

import pytest

from onrecord.attribute import channel_fill, channel_gate
from onrecord.attribute.channel_fill import FillFacts, Heard, fill_features

TEXT = (
    "Reached at her office on Tuesday, Ivra Tamm told the Vellmark Post the depot would stay shut.\n\n"
    "The council said it had no plans to move the buses.\n\n"
    '"We will not move," Tamm told reporters on Thursday.'
)


def _facts(**changes: object) -> FillFacts:
    start = TEXT.index('"We will')
    base = {
        "proposal": "speaker",
        "before": Heard("Vellmark Post", "outlet", 50, 90, 0, "2027-03-02", "cue"),
        "start": start,
        "end": start + 20,
        "paragraph": 2,
        "sentence": (start, len(TEXT)),
        "said_on": "2027-03-04",
        "dated": True,
        "others_between": 1,
        "kind": "direct",
        "frame": "clause",
        "bare": False,
        "second_hand": False,
        "speaker_share": 1.0,
        "article_share": 0.5,
        "own_told": 1,
        "own": True,
        "cue_lemma": "tell",
        "transcript": False,
    }
    base.update(changes)
    return FillFacts(**base)  # type: ignore[arg-type]


def test_a_later_quote_of_another_day_told_to_reporters() -> None:
    found = fill_features(TEXT, _facts())
    assert found["prop_speaker"] == 1.0 and found["kind_outlet"] == 1.0 and found["from_cue"] == 1.0
    assert found["other_day"] == 1.0 and "same_day" not in found
    assert found["w_audience"] == 1.0 and found["w_told"] == 1.0
    assert found["paragraphs"] == pytest.approx(2 / 6)
    assert found["later"] == 1.0 and found["none_between"] == 0.0
    assert found["l_tell"] == 1.0


def test_the_same_day_and_no_one_between() -> None:
    found = fill_features(TEXT, _facts(said_on="2027-03-02", others_between=0, proposal="own", cue_lemma=None))
    assert found["prop_own"] == 1.0 and found["same_day"] == 1.0 and found["none_between"] == 1.0
    assert found["no_cue"] == 1.0 and not any(k.startswith("l_") for k in found)


def test_the_filler_is_off_with_the_gate_and_while_collecting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONRECORD_CHANNEL_GATE", "off")
    assert channel_fill.shipped_fill() is None
    monkeypatch.delenv("ONRECORD_CHANNEL_GATE")
    channel_gate.recorder({})
    try:
        assert channel_fill.shipped_fill() is None
    finally:
        channel_gate.recorder(None)
