"""The learned gate over the channels the rules read: its features, its switch, its data."""

from __future__ import annotations

import json

import pytest

from onrecord.attribute import channel_gate
from onrecord.attribute.channel_gate import GATE_PATH, ViaFacts, keeps_via, via_features
from onrecord.tagger.gate import Gate

TEXT = (
    "Harbour master Ilka Brandvoll told Radio Tessmoor on Friday that the quay would reopen. "
    '"We lost two cranes," she said. Later the council told reporters it had "no comment."'
)


def _facts(quote: str, via: str, **changes: object) -> ViaFacts:
    start = TEXT.index(quote)
    end = start + len(quote)
    base = {
        "start": start,
        "end": end,
        "sentence": (0, TEXT.index(" Later")),
        "cue": None,
        "via": via,
        "via_kind": "outlet",
        "origin": "cue",
        "own": False,
        "kind": "direct",
        "frame": "clause",
        "bare": False,
        "second_hand": False,
        "transcript": False,
        "same_via": 1,
        "quotes": 3,
        "known": False,
        "speaker": "person",
        "foreign": False,
        "cue_lemma": "tell",
    }
    base.update(changes)
    return ViaFacts(**base)  # type: ignore[arg-type]


def test_features_tell_the_step_the_kind_and_the_sentence() -> None:
    quote = "the quay would reopen"
    told = TEXT.index("told")
    found = via_features(TEXT, _facts(quote, "Radio Tessmoor", cue=(told, told + 4), kind="indirect"))
    assert found["origin_cue"] == 1.0
    assert found["kind_outlet"] == 1.0
    assert found["quote_indirect"] == 1.0
    assert found["l_tell"] == 1.0
    assert found["w_told"] == 1.0
    assert found["in_sentence"] == 1.0 and found["after_cue"] == 1.0
    assert "unwritten" not in found


def test_a_channel_the_article_never_writes_and_a_far_one() -> None:
    assert via_features(TEXT, _facts("no comment.", "Kestrel Wire"))["unwritten"] == 1.0
    far = via_features(TEXT, _facts("no comment.", "Radio Tessmoor", sentence=(TEXT.index("Later"), len(TEXT))))
    assert "in_sentence" not in far
    assert far["distance"] > 0.3
    assert far["w_audience"] == 1.0


def test_an_unknown_step_and_kind_fall_into_other() -> None:
    found = via_features(TEXT, _facts("We lost two cranes", "Radio Tessmoor", origin="new", via_kind=None))
    assert found["origin_other"] == 1.0 and found["kind_other"] == 1.0


def test_the_gate_keeps_or_drops_by_its_threshold() -> None:
    gate = Gate(("origin_credited",), (-4.0,), 1.0, 0.5)
    assert not keeps_via({"origin_credited": 1.0}, gate)
    assert keeps_via({"origin_cue": 1.0}, gate)


def test_the_gate_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONRECORD_CHANNEL_GATE", "off")
    assert channel_gate.shipped_gate() is None
    assert keeps_via({"origin_credited": 1.0})


def test_the_recorder_turns_the_gate_off_while_it_collects() -> None:
    store: dict[str, dict[str, float]] = {}
    channel_gate.recorder(store)
    try:
        assert channel_gate.shipped_gate() is None
        channel_gate.record("q1", {"own": 1.0})
    finally:
        channel_gate.recorder(None)
    assert store == {"q1": {"own": 1.0}}
    channel_gate.record("q2", {"own": 1.0})
    assert "q2" not in store


def test_the_shipped_gate_is_small_and_documented() -> None:
    data = json.loads(GATE_PATH.read_text(encoding="utf-8"))
    assert 0.0 < data["threshold"] < 1.0
    assert "1-84" in data["meta"]["data"]
    assert len(data["weights"]) < 100
