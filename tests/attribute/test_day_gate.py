"""The learned gate over inferred days: its features, its verdicts, its switch and its trainer."""

from __future__ import annotations

import json

import pytest

from onrecord.attribute import day_gate
from onrecord.attribute.day_gate import (
    DAY_GATE_FILE,
    GATED_SOURCES,
    article_facts,
    day_features,
    gate_days,
    gate_enabled,
    load_day_gate,
)
from onrecord.attribute.day_gate_train import choose, gain, parse_sets
from onrecord.model import Article, Quote, Span, SpeakerRef
from onrecord.tagger.gate import Gate

_BODY = (
    "Tolvern mill to close by spring\n"
    "ORMSBY, March 3 (Wire) - The owners of the Tolvern paper mill said on Tuesday it would close.\n"
    '"It is a sad day for the valley," said Bea Harrow, the mill\'s manager.\n'
    "Harrow says the machines will be sold.\n"
    '"We saw this coming for years," Ned Quill said on Monday.\n'
)


def _article(body: str = _BODY, published: str | None = "2027-03-03", language: str | None = "en") -> Article:
    return Article(
        id="a1",
        body=body,
        raw=body,
        source_text=body,
        segments=((0, 0, len(body)),),
        content_hash="h",
        published=published,
        dateline="ORMSBY, March 3",
        language=language,
    )


def _quote(
    body: str, text: str, source: str | None, day: str | None, speaker: str, cue: str, kind: str = "direct"
) -> Quote:
    start = body.index(text)
    at = body.index(cue, start + len(text)) if cue in body[start + len(text) :] else body.index(cue)
    return Quote(
        quote_id=f"q{start}",
        article_id="a1",
        kind=kind,
        text=text,
        start=start,
        end=start + len(text),
        cue=Span(cue, at, at + len(cue)),
        speaker=SpeakerRef(speaker, speaker, None),
        said_on=day,
        said_on_source=source,
    )


def _quotes(body: str = _BODY) -> list[Quote]:
    return [
        _quote(body, "it would close", "stated", "2027-03-02", "owners", "said", kind="indirect"),
        _quote(body, "It is a sad day for the valley,", "dateline", "2027-03-03", "harrow", "said"),
        _quote(body, "the machines will be sold", "context", "2027-03-03", "harrow", "says", kind="indirect"),
        _quote(body, "We saw this coming for years,", "stated", "2027-03-02", "quill", "said"),
    ]


def test_facts_read_the_article_once() -> None:
    facts = article_facts(_article(), _quotes())
    assert len(facts.paragraphs) == 5
    assert facts.lede_speaker == "owners"
    assert facts.record_days == 2
    assert facts.stated_share == 0.5
    assert facts.dateline and facts.english and not facts.live


@pytest.mark.parametrize(
    ("index", "present", "absent"),
    [
        (1, {"src_dateline", "kind_direct", "cue_past", "lag_0"}, {"cue_present", "lede_speaker", "sentence_weekday"}),
        (3, {"src_stated", "sentence_weekday", "paragraph_weekday", "lag_1"}, {"early_paragraph"}),
        (2, {"src_context", "kind_indirect", "cue_present", "cue_present*context"}, {"sentence_weekday", "cue_past"}),
        (0, {"src_stated", "lede_speaker", "lag_1", "early_paragraph"}, {"foreign"}),
    ],
)
def test_features_of_a_record(index: int, present: set[str], absent: set[str]) -> None:
    quotes = _quotes()
    article = _article()
    f = day_features(article, quotes[index], quotes, article_facts(article, quotes))
    assert present <= f.keys()
    assert not absent & f.keys()


def test_a_foreign_undated_article() -> None:
    quotes = _quotes()
    article = _article(published=None, language="de")
    f = day_features(article, quotes[1], quotes, article_facts(article, quotes))
    assert f["foreign"] == 1.0 and f["lag_unknown"] == 1.0


def _doubter(source: str) -> Gate:
    """A gate that doubts every day from ``source`` and keeps the rest."""
    return Gate((f"src_{source}",), (-10.0,), 5.0, 0.5)


def test_the_gate_drops_only_doubted_gated_days() -> None:
    quotes = _quotes()
    out = gate_days(_article(), quotes, _doubter("context"))
    assert [q.said_on for q in out] == ["2027-03-02", "2027-03-03", None, "2027-03-02"]
    assert out[2].said_on_source is None
    # the withheld day stays with the record for linking, never in the published record
    assert (out[2].withheld_said_on, out[2].withheld_said_on_source) == ("2027-03-03", "context")
    assert [q.withheld_said_on for q in out if q is not out[2]] == [None, None, None]
    assert "withheld_said_on" not in out[2].to_record() and out[2].to_record()["said_on"] is None
    # a stated day is no inferred one: the gate never decides it
    assert gate_days(_article(), quotes, _doubter("stated")) == quotes
    assert "stated" not in GATED_SOURCES and "lede" in GATED_SOURCES


@pytest.mark.parametrize(
    ("value", "on"),
    [(None, True), ("", True), ("on", True), ("1", True), ("off", False), ("0", False), ("False", False)],
)
def test_the_switch(monkeypatch: pytest.MonkeyPatch, value: str | None, on: bool) -> None:
    if value is None:
        monkeypatch.delenv("ONRECORD_DAY_GATE", raising=False)
    else:
        monkeypatch.setenv("ONRECORD_DAY_GATE", value)
    assert gate_enabled() is on


def test_off_keeps_every_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONRECORD_DAY_GATE", "off")
    monkeypatch.setattr(day_gate, "load_day_gate", lambda: _doubter("dateline"))
    quotes = _quotes()
    assert gate_days(_article(), quotes) == quotes


def test_the_shipped_gate_reads_back() -> None:
    gate = load_day_gate()
    assert gate is not None and DAY_GATE_FILE.is_file()
    stored = json.loads(DAY_GATE_FILE.read_text(encoding="utf-8"))
    assert 0.0 < gate.threshold < 1.0
    assert "development" in stored["meta"]["trained_on"]
    assert set(gate.names) == set(stored["weights"])


def test_parse_sets() -> None:
    assert parse_sets("1-3,7") == [1, 2, 3, 7]


def _example(n: int, gold: str | None, day: str = "2027-01-05", bad: float = 0.0) -> dict[str, object]:
    return {"set": n, "day": day, "gold": gold, "source": "lede", "features": {"bad": bad, "src_lede": 1.0}}


def test_gain_counts_right_minus_false() -> None:
    examples = [_example(1, "2027-01-05"), _example(1, None), _example(1, "2027-01-04")]
    assert gain(examples, [0.9, 0.1, 0.1], 0.5) == 1  # a false day dropped, a wrong one changes nothing
    assert gain(examples, [0.1, 0.1, 0.1], 0.5) == 0  # and a right one dropped costs one


def test_choose_learns_a_separating_feature() -> None:
    examples = [_example(n, None, bad=1.0) for n in range(12)] + [_example(n, "2027-01-05") for n in range(12)] * 2
    names = ["bad", "src_lede"]
    _, threshold, table = choose(examples, names)
    assert max(table.values()) == 12
    assert 0.0 < threshold < 1.0


@pytest.mark.parametrize(
    ("features", "expected"),
    [
        # a past-tense cue weighs differently by where the day came from ("said" under a dateline)
        ({"src_dateline": 1.0, "cue_past": 1.0}, {"cue_past*dateline"}),
        # so does a weekday named in the quote's paragraph but not its sentence
        ({"src_context": 1.0, "paragraph_weekday": 1.0}, {"paragraph_weekday*context"}),
        ({"src_lede": 1.0, "cue_past": 1.0, "paragraph_weekday": 1.0}, {"cue_past*lede", "paragraph_weekday*lede"}),
        # a crossing already there is replaced, not kept twice
        ({"src_lede": 1.0, "cue_past": 1.0, "cue_past*context": 1.0}, {"cue_past*lede"}),
        ({"src_lede": 1.0, "via": 1.0}, set()),
    ],
)
def test_crossed_reads_the_tense_and_the_paragraphs_weekday_by_source(
    features: dict[str, float], expected: set[str]
) -> None:
    out = day_gate.crossed(features)
    assert {n for n in out if "*" in n} == expected
    assert {n: v for n, v in out.items() if "*" not in n} == {n: v for n, v in features.items() if "*" not in n}
