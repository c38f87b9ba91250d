"""The learned pair scorer: its features, its file form, recording, and its hook in the linker."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.link import learned
from onrecord.link.features import features
from onrecord.link.learned import FEATURES, PairScorer, pair_features, recorder, recording
from onrecord.link.linker import LinkItem, LinkOptions, link_block
from tests.link.embedders import close_embedder


def _item(qid: str, text: str, kind: str = "direct", day: int = 100, article: str = "a", pos: int = 0) -> LinkItem:
    return LinkItem(qid, "p:x", text, kind, "en", day, article, pos, f"2026-01-{day % 28 + 1:02d}")


def _always(threshold: float = 0.5) -> PairScorer:
    """A scorer that accepts every pair (its bias alone is far above the threshold)."""
    return PairScorer(FEATURES, tuple(0.0 for _ in FEATURES), 10.0, threshold)


def test_public_names() -> None:
    assert set(learned.__all__) == {
        "FEATURES",
        "SCORER_FILE",
        "PairRecorder",
        "PairScorer",
        "Recorded",
        "load_scorer",
        "pair_features",
        "read_scorer",
        "recorder",
        "recording",
    }


def test_features_of_a_paraphrase() -> None:
    a = _item("q1", "The climb up Harlow Ridge felt like a wall to every one of us", article="a")
    b = _item("q2", "the climb up Harlow Ridge was like cycling up a wall", "indirect", day=101, article="b")
    row = pair_features(a, b, features(a.text, "en"), features(b.text, "en"), 0.52, 0.65, False)
    assert set(row) == set(FEATURES)
    assert row["cosine"] == 0.52
    assert row["margin"] == pytest.approx(-0.13)
    assert row["shared_name"] == 1.0
    assert row["same_article"] == 0.0
    assert row["one_direct"] == 1.0 and row["both_direct"] == 0.0
    assert row["days_apart"] == pytest.approx(1 / 7)
    assert 0.0 < row["content_share"] <= 1.0


_LEDE = "the depot would stay open through the winter"
_QUOTE = "Nobody is closing Brackley depot. Not this winter, not while I run this company"


@pytest.mark.parametrize(
    ("report_at", "quote_at", "adjacent", "article", "expected"),
    [
        # a lede's report and the direct quote after it: the report is first
        (40, 120, True, "a", {"adjacent": 1.0, "report_first": 1.0, "quote_first": 0.0}),
        # the quote first, the report after it (a further remark, more often than not)
        (300, 120, True, "a", {"adjacent": 1.0, "report_first": 0.0, "quote_first": 1.0}),
        # another quote of the speaker between them: not adjacent
        (40, 120, False, "a", {"adjacent": 0.0, "report_first": 0.0, "quote_first": 0.0}),
        # two articles are never adjacent, whatever the caller says
        (40, 120, True, "b", {"adjacent": 0.0, "report_first": 0.0, "quote_first": 0.0, "chars_apart": 1.0}),
    ],
)
def test_features_of_a_report_beside_its_quote(
    report_at: int, quote_at: int, adjacent: bool, article: str, expected: dict[str, float]
) -> None:
    report = _item("q1", _LEDE, "indirect", article="a", pos=report_at)
    quote = _item("q2", _QUOTE, article=article, pos=quote_at)
    row = pair_features(report, quote, features(_LEDE, "en"), features(_QUOTE, "en"), 0.2, 0.65, True, 2, adjacent)
    assert {k: row[k] for k in expected} == expected
    if article == "a":
        assert row["chars_apart"] == pytest.approx(abs(report_at - quote_at) / 1500)


def test_two_direct_quotes_side_by_side_are_adjacent_but_no_report() -> None:
    a, b = _item("q1", _QUOTE, pos=10), _item("q2", "We will hire twelve drivers in March", pos=120)
    row = pair_features(a, b, features(a.text, "en"), features(b.text, "en"), 0.3, 0.65, False, 2, True)
    assert row["adjacent"] == 1.0 and row["report_first"] == 0.0 and row["quote_first"] == 0.0


@pytest.mark.parametrize(
    ("bias", "threshold", "accepted"),
    [(2.0, 0.5, True), (-2.0, 0.5, False), (0.0, 0.5, True), (0.0, 0.6, False)],
)
def test_scorer_threshold(bias: float, threshold: float, accepted: bool) -> None:
    scorer = PairScorer(("cosine",), (0.0,), bias, threshold)
    assert scorer.keeps({"cosine": 0.4}) is accepted


def test_scorer_file_form_round_trips() -> None:
    scorer = PairScorer(("cosine", "margin"), (3.25, -1.5), -0.75, 0.81, meta={"penalty": 1.0})
    assert PairScorer.from_dict(scorer.to_dict()) == scorer


def test_recording_is_scoped() -> None:
    assert recorder() is None
    with recording() as found:
        assert recorder() is found
    assert recorder() is None


_PARAPHRASE = [
    _item("q1", "The bridge over the Tollen will open to walkers before the autumn fair", article="a"),
    _item(
        "q2", "walkers would be able to cross the new Tollen bridge by the time of the fair", "indirect", article="b"
    ),
]


def test_accepted_near_miss_is_linked(monkeypatch: pytest.MonkeyPatch) -> None:
    embedder = close_embedder(0.4)  # below every cosine of the cascade's
    assert len(set(link_block(_PARAPHRASE, LinkOptions(learned=False), embedder))) == 2
    monkeypatch.setattr("onrecord.link.linker.load_scorer", _always)
    assert len(set(link_block(_PARAPHRASE, LinkOptions(), embedder))) == 1
    assert len(set(link_block(_PARAPHRASE, LinkOptions(learned=False), embedder))) == 2


def test_below_the_floor_is_not_scored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("onrecord.link.linker.load_scorer", _always)
    assert len(set(link_block(_PARAPHRASE, LinkOptions(learned_floor=0.45), close_embedder(0.4)))) == 2


def test_guards_keep_an_accepted_pair_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("onrecord.link.linker.load_scorer", _always)
    figures = [
        _item("q1", "We will plant 400 trees along the Marrow canal this winter", article="a"),
        _item("q2", "they would plant 250 trees along the Marrow canal this winter", "indirect", article="b"),
    ]
    assert len(set(link_block(figures, LinkOptions(), close_embedder(0.4)))) == 2


def test_recording_links_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("onrecord.link.linker.load_scorer", _always)
    with recording() as found:
        labels = link_block(_PARAPHRASE, LinkOptions(), close_embedder(0.4))
    assert len(set(labels)) == 2
    assert list(found) == [("q1", "q2")]
    pair = found[("q1", "q2")]
    assert pair.members == (("q1",), ("q2",))
    assert pair.features["cosine"] == pytest.approx(0.4, abs=1e-3)
    # what a feature added later needs of the two quotes, kept with the pair
    assert pair.texts == (_PARAPHRASE[0].text, _PARAPHRASE[1].text)
    assert pair.articles == ("a", "b")
    assert len(pair.languages) == 2


def test_a_recorder_records_only_inside_its_context_and_apart_from_another(tmp_path: Path) -> None:
    """Each scorer's recorder is its own: recording one leaves the other's empty."""
    first, second = learned.PairRecorder("onrecord_test_first"), learned.PairRecorder("onrecord_test_second")
    assert first.recorder() is None
    with first.recording() as found:
        assert first.recorder() is found and second.recorder() is None
        found[("q1", "q2")] = learned.Recorded("q1", "q2", (("q1",), ("q2",)), {"cosine": 0.9})
    assert first.recorder() is None
    assert found == {("q1", "q2"): learned.Recorded("q1", "q2", (("q1",), ("q2",)), {"cosine": 0.9})}
    assert learned.read_scorer(tmp_path / "missing.json") is None
