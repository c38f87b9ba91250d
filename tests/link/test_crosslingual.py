"""The learned scorer for translations in languages no model was trained on."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pytest

from onrecord.link import crosslingual
from onrecord.link.crosslingual import (
    FEATURES,
    PairModel,
    cosine_of,
    crosslingual_pairs,
    describe,
    figures_decide,
    load_model,
    recorder,
)


def _at(cosine: float) -> list[float]:
    """A vector at ``cosine`` from [1, 0, 0]."""
    return [cosine, float(np.sqrt(1 - cosine**2)), 0.0]


def _vectors(rows: list[list[float]]):  # type: ignore[no-untyped-def]
    def vectors(used: Sequence[int]) -> np.ndarray:
        m = np.array([rows[k] for k in used], dtype=np.float32)
        return m / np.linalg.norm(m, axis=1, keepdims=True)

    return vectors


def _no_evidence(i: int, j: int) -> Mapping[str, float]:
    return {}


# a model that reads the cosine and the lead alone
_COSINE_ONLY = PairModel(
    FEATURES, tuple(2.0 if n == "cosine" else 1.5 if n == "lead" else 0.0 for n in FEATURES), -1.0, 0.6
)


def test_describe_caps_the_lead_and_marks_the_closest() -> None:
    f = describe(0.9, 0.2, {"figures": 1, "same_day": 1}, 4)
    assert f["cosine"] == pytest.approx(1.0)  # tenths above .8
    assert f["lead"] == pytest.approx(1.2) and f["first"] == 1.0  # .06 at most, in units of .05
    assert f["choices"] == 0.25 and f["figures"] == 1.0 and f["names"] == 0.0
    assert describe(0.9, -0.5, {}, 1)["lead"] == pytest.approx(-1.2)
    assert set(f) == set(FEATURES)


def test_the_likeliest_statement_is_taken_past_the_threshold() -> None:
    # wording 0 (no model reads it), wording 1 its translation, wording 2 another statement
    vectors = _vectors([[1, 0, 0], _at(0.93), _at(0.82)])
    found = crosslingual_pairs([0], lambda i: [1, 2], lambda j: j, vectors, _no_evidence, ["a", "b", "c"], _COSINE_ONLY)
    assert [(i, j) for _, i, j in found] == [(0, 1)]
    # two statements alike: neither leads, nothing is taken
    tied = _vectors([[1, 0, 0], _at(0.85), _at(0.85)])
    assert (
        crosslingual_pairs([0], lambda i: [1, 2], lambda j: j, tied, _no_evidence, ["a", "b", "c"], _COSINE_ONLY) == []
    )


def test_evidence_beyond_the_cosine_counts() -> None:
    model = PairModel(FEATURES, tuple(4.0 if n == "figures" else 0.0 for n in FEATURES), -2.0, 0.8)
    vectors = _vectors([[1, 0, 0], _at(0.80), _at(0.84)])

    def figures(i: int, j: int) -> Mapping[str, float]:
        return {"figures": 1.0} if j == 1 else {}

    found = crosslingual_pairs([0], lambda i: [1, 2], lambda j: j, vectors, figures, ["a", "b", "c"], model)
    assert [(i, j) for _, i, j in found] == [(0, 1)]


def test_a_statement_is_represented_by_its_closest_wording() -> None:
    # wordings 1 and 2 are one statement (group 1): its lead is over statement 3
    vectors = _vectors([[1, 0, 0], _at(0.70), _at(0.95), _at(0.80)])
    group = {1: 1, 2: 1, 3: 3}.__getitem__
    found = crosslingual_pairs([0], lambda i: [1, 2, 3], group, vectors, _no_evidence, list("abcd"), _COSINE_ONLY)
    assert [(i, j) for _, i, j in found] == [(0, 2)]


def test_the_recorder_keeps_every_candidate_without_a_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crosslingual, "load_model", lambda: None)
    recorder(True)
    try:
        vectors = _vectors([[1, 0, 0], _at(0.9), _at(0.8)])
        assert crosslingual_pairs([0], lambda i: [1, 2], lambda j: j, vectors, _no_evidence, ["a", "b", "c"]) == []
    finally:
        records = recorder(False)
    assert records is not None and [r["other"] for r in records["a"]] == ["b", "c"]


def test_no_candidates_no_pairs() -> None:
    vectors = _vectors([[1, 0, 0]])
    assert crosslingual_pairs([0], lambda i: [], lambda j: j, vectors, _no_evidence, ["a"], _COSINE_ONLY) == []


def test_the_shipped_model_reads_its_features() -> None:
    model = load_model()
    assert model is not None
    assert len(model.weights) == len(FEATURES) and 0.0 < model.threshold < 1.0
    # a close, clearly leading statement that gives the same figures the same day is taken
    strong = describe(0.9, 0.06, {"figures": 1.0, "same_day": 1.0, "names": 1.0}, 1)
    assert model.probability(strong) >= model.threshold


def test_a_name_is_shared_across_scripts_and_case_endings() -> None:
    from onrecord.link.crosslingual import names_shared

    # Cyrillic and a case ending, and a sharp s
    assert names_shared(frozenset({"Oduya"}), "Oduya will sign", frozenset(), "Одуяның колы")
    assert names_shared(frozenset({"Keßler"}), "Keßler said", frozenset(), "Kesslerin mukaan")
    # the other wording's own names count too
    assert names_shared(frozenset(), "the Tarnwick port will close", frozenset({"Tarnwickin"}), "Tarnwickin satama")
    assert not names_shared(frozenset({"Marlow"}), "Marlow said", frozenset(), "harbour tuvalu ka pani")


@pytest.mark.parametrize(
    ("rival_cosine", "sibling", "same_figures", "decided"),
    [
        (0.88, True, False, False),  # a sibling close behind, the wording's figures unread: kept apart
        (0.88, True, True, True),  # the wording gives the best one's own figures: they decide
        (0.88, False, False, True),  # the rival gives the same figures: no sibling
        (0.80, True, False, True),  # a sibling far behind is no rival
    ],
)
def test_figures_decide_between_siblings(rival_cosine: float, sibling: bool, same_figures: bool, decided: bool) -> None:
    assert figures_decide(1, 0.90, [(0.90, 1), (rival_cosine, 2)], lambda a, b: sibling, same_figures) is decided


def test_a_statement_said_again_with_another_figure_is_not_taken_blind() -> None:
    # wording 0 ("Kaupunki rakentaa kolmekymmentä asuntoa", its figure in words), 1 "The town will
    # build 30 flats" and 2 "The town will build 60 flats": two statements told apart by a figure
    vectors = _vectors([[1, 0, 0], _at(0.93), _at(0.90)])
    apart = {(1, 2), (2, 1)}

    def siblings(j: int, k: int) -> bool:
        return (j, k) in apart

    args = ([0], lambda i: [1, 2], lambda j: j, vectors)
    assert crosslingual_pairs(*args, _no_evidence, ["a", "b", "c"], _COSINE_ONLY, siblings=siblings) == []
    # the same wording writing "30" in digits gives the first one's figures: it is taken
    figures = {1: {"figures": 1.0}, 2: {}}
    found = crosslingual_pairs(*args, lambda i, j: figures[j], ["a", "b", "c"], _COSINE_ONLY, siblings=siblings)
    assert [(i, j) for _, i, j in found] == [(0, 1)]
    # without a sibling the closest is taken as before
    found = crosslingual_pairs(*args, _no_evidence, ["a", "b", "c"], _COSINE_ONLY, siblings=lambda j, k: False)
    assert [(i, j) for _, i, j in found] == [(0, 1)]


def test_the_recorder_notes_each_candidates_siblings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crosslingual, "load_model", lambda: None)
    recorder(True)
    try:
        vectors = _vectors([[1, 0, 0], _at(0.9), _at(0.8), _at(0.7)])
        crosslingual_pairs(
            [0], lambda i: [1, 2, 3], lambda j: j, vectors, _no_evidence, list("abcd"), siblings=lambda j, k: j + k == 3
        )
    finally:
        records = recorder(False)
    assert records is not None
    assert [(r["other"], r["siblings"]) for r in records["a"]] == [("b", [1]), ("c", [0]), ("d", [])]


def test_cosine_of_reads_back_the_described_cosine() -> None:
    assert cosine_of(describe(0.87, 0.01, {}, 2)) == pytest.approx(0.87)
