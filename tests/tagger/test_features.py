"""Parse features: tags, dependency labels and each token's relation to the nearest cue above it."""

from __future__ import annotations

import json

import pytest

from onrecord.extract import ExtractOptions, extract
from onrecord.extract.nlp import parse
from onrecord.tagger import TrainResult, load
from onrecord.tagger.features import FEATURE_ATTRS, annotate, cue_relation, featured_doc


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("The mayor said that the bridge would reopen.", "said", "CUE"),
        ("The mayor said that the bridge would reopen.", "mayor", "cue:nsubj"),
        ("The mayor said that the bridge would reopen.", "bridge", "cue:ccomp"),
        ("Prices rose, according to the ministry.", "according", "CUE"),
        ("Prices rose, according to the ministry.", "ministry", "cue:prep"),
        ("Snow fell across the valley.", "valley", "-"),
    ],
)
def test_cue_relation(sentence: str, word: str, expected: str) -> None:
    doc = parse([sentence])[0]
    token = next(t for t in doc if t.text == word)
    assert cue_relation(token) == expected


def test_annotate_aligns_separate_parses_by_offset() -> None:
    import spacy

    first, second = "The snow fell.", "She said it was cold."
    text = f"{first} {second} Unparsed tail"
    parses = [(d, text.index(s)) for d, s in zip(parse([first, second]), (first, second), strict=True)]
    doc = annotate(spacy.blank("en").make_doc(text), parses)
    got = {t.text: (t.tag_, t.dep_, t.lemma_) for t in doc}
    assert got["snow"] == ("NN", "nsubj", "-")
    assert got["said"] == ("VBD", "ROOT", "CUE")
    assert got["cold"][2] == "cue:ccomp"
    assert got["Unparsed"] == ("-", "-", "-")  # no parse covers it


def test_featured_doc_parses_when_no_parse_is_given() -> None:
    import spacy

    doc = featured_doc(spacy.blank("en"), "Officials said the road was closed.")
    assert [t.lemma_ for t in doc][:2] == ["cue:nsubj", "CUE"]


def test_a_parse_feature_model_records_its_features(trained_with_parse: TrainResult, trained: TrainResult) -> None:
    meta = json.loads((trained_with_parse.path / "meta.json").read_text(encoding="utf-8"))
    assert meta["onrecord"]["features"] == list(FEATURE_ATTRS)
    embed = load(trained_with_parse.path).nlp.config["components"]["tok2vec"]["model"]["embed"]
    assert embed["attrs"] == ["NORM", "PREFIX", "SUFFIX", "SHAPE", *FEATURE_ATTRS]
    assert "--parse-features" in (trained_with_parse.path / "README.md").read_text(encoding="utf-8")
    assert load(trained_with_parse.path).parse_features
    assert not load(trained.path).parse_features and "features" not in trained.meta["onrecord"]


def test_a_parse_feature_model_tags_alone_and_in_the_hybrid(trained_with_parse: TrainResult) -> None:
    text = 'Mara Osk said that the bridge would reopen in May. "Prices had doubled," Pell Okafor told reporters.'
    for label, start, end in load(trained_with_parse.path).tag(text):
        assert label in {"CONTENT", "SOURCE", "CUE"} and 0 <= start < end <= len(text)
    quotes = extract(text, options=ExtractOptions(model=str(trained_with_parse.path)))
    assert any(q.kind == "direct" and q.text.startswith("Prices had doubled") for q in quotes)
