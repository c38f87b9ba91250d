"""Features of a tagged content for the hybrid's learned gate."""

from __future__ import annotations

import math

from onrecord.extract.gate_features import Reading, gate_features


def _reading(**changes: object) -> Reading:
    base: dict[str, object] = {
        "span": (40, 70),
        "cue": (30, 37),
        "has_source": True,
        "cue_far": False,
        "cue_taken": False,
        "said_by": True,
        "cue_class": "speech",
        "typed": True,
        "known_lemma": False,
        "finite": True,
        "infinitive": False,
        "unsaid": False,
        "mention_kind": "name",
        "speaker_inside": False,
        "sentences": 11,
        "sentence": 5,
        "crosses": False,
        "quoted_share": 0.0,
        "words": 6,
        "rules_near": 1,
    }
    base.update(changes)
    return Reading(**base)  # type: ignore[arg-type]


def test_the_features_name_the_guards_outcomes_and_the_contents_shape() -> None:
    f = gate_features(_reading())
    assert f["class_speech"] == 1.0 and f["class_belief"] == 0.0 and f["class_none"] == 0.0
    assert f["mention_name"] == 1.0 and f["mention_none"] == 0.0
    assert f["finite"] == 1.0 and f["no_clause"] == 0.0 and f["cue_far"] == 0.0
    assert f["cue_before"] == 1.0 and f["cue_gap"] == math.log1p(3) / 4
    assert f["position"] == 0.5 and f["log_words"] == math.log1p(6) and f["short"] == 0.0


def test_a_content_with_no_cue_and_no_speaker() -> None:
    f = gate_features(_reading(cue=None, cue_far=True, mention_kind=None, cue_class=None, finite=False))
    assert f["cue_none"] == 1.0 and f["cue_far"] == 1.0 and "cue_gap" not in f
    assert f["mention_none"] == 1.0 and f["class_none"] == 1.0 and f["no_clause"] == 1.0


def test_a_cue_after_its_content() -> None:
    f = gate_features(_reading(span=(0, 20), cue=(22, 26), infinitive=True, finite=False))
    assert f["cue_before"] == 0.0 and f["cue_gap"] == math.log1p(2) / 4 and f["infinitive"] == 1.0
