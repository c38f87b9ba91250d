"""The attribution type classifier: features, naive Bayes on counts, the model folder's types.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.errors import ConfigError
from onrecord.tagger import TrainResult, load
from onrecord.tagger.convert import TrainingRecord
from onrecord.tagger.types import TYPES_FILE, TypeClassifier, features, learn_types, load_types


@pytest.mark.parametrize(
    ("cue", "source", "expected"),
    [
        ("said", "Ms. Vane", ["cue:said", "last:said", "src:vane"]),
        ("According to", "a new poll", ["cue:according to", "last:to", "src:poll"]),
        ("is expected", None, ["cue:is expected", "last:expected", "src:-"]),
        (None, None, ["cue:", "last:-", "src:-"]),
        ("said", "the mayor’s office", ["cue:said", "last:said", "src:office"]),
    ],
)
def test_features_are_the_cue_its_last_word_and_the_sources_last_word(
    cue: str | None, source: str | None, expected: list[str]
) -> None:
    assert features(cue, source) == expected


def _record(text: str, attributions: list[tuple[str, str, str]]) -> TrainingRecord:
    """A record whose attributions are (source, cue, type), found by their words in ``text``."""

    def span(words: str) -> list[dict[str, int]]:
        at = text.index(words)
        return [{"start": at, "end": at + len(words)}]

    typed = tuple(
        {"source": span(s), "cue": span(c), "content": span(c), "type": kind} for s, c, kind in attributions
    )
    return TrainingRecord("r", text, typed, "CC0-1.0", "x.jsonl")


TRAINING = [
    _record(
        "Vane said it. Okafor said so. The poll found it. The report found that. The study found this. "
        "Amberg believes it. Osk endorsed him. The survey said that.",
        [
            ("Vane", "said", "speech"),
            ("Okafor", "said", "speech"),
            ("poll", "found", "document"),
            ("report", "found", "document"),
            ("study", "found", "document"),
            ("Amberg", "believes", "belief"),
            ("Osk", "endorsed", "other"),
            ("survey", "said", "document"),
            ("survey", "said", "document"),
        ],
    )
]


@pytest.mark.parametrize(
    ("cue", "source", "expected"),
    [
        ("said", "Mayor Lind", "speech"),
        ("believes", "Lind", "belief"),
        ("endorsed", "Lind", "other"),
        ("found", "the audit", "document"),
        ("said", "the survey", "document"),  # the source tips a speech cue to a document
    ],
)
def test_the_classifier_reads_the_cue_and_its_source(cue: str, source: str, expected: str) -> None:
    assert learn_types(TRAINING).predict(cue, source) == expected


def test_untyped_data_learns_nothing() -> None:
    record = TrainingRecord("r", "Vane said it.", ({"source": [], "cue": [], "content": []},), None, "x")
    classifier = learn_types([record])
    assert classifier.prior == {} and classifier.predict("said", "Vane") is None


def test_types_json_round_trips(tmp_path: Path) -> None:
    classifier = learn_types(TRAINING)
    (tmp_path / TYPES_FILE).write_text(json.dumps(classifier.to_dict()), encoding="utf-8")
    again = load_types(tmp_path)
    assert again is not None and again.to_dict() == classifier.to_dict()
    assert load_types(tmp_path / "elsewhere") is None


@pytest.mark.parametrize("content", ["not json", '{"prior": {}}', '{"prior": [], "counts": {}}'])
def test_a_malformed_types_file_is_refused(tmp_path: Path, content: str) -> None:
    (tmp_path / TYPES_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="type classifier"):
        load_types(tmp_path)


def test_train_writes_the_classifier_beside_the_tagger(trained: TrainResult) -> None:
    assert (trained.path / TYPES_FILE).is_file()
    heldout = trained.heldout["types"]
    assert heldout["attributions"] == 3 * trained.meta["onrecord"]["heldout_articles"]
    assert heldout["accuracy"] == 1.0  # every fixture attribution is speech
    tagger = load(trained.path)
    assert isinstance(tagger.types, TypeClassifier) and tagger.types.predict("said", "Mara Osk") == "speech"
    assert "Attribution types" in (trained.path / "README.md").read_text(encoding="utf-8")


def test_the_shipped_model_carries_its_classifier() -> None:
    from onrecord.tagger.select import SHIPPED_PATH

    classifier = load_types(SHIPPED_PATH)
    assert classifier is not None
    assert [classifier.predict(c, s) for c, s in [("said", "the minister"), ("believes", "she")]] == [
        "speech",
        "belief",
    ]
