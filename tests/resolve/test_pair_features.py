"""Features of two speaker names (invented names only)."""

from __future__ import annotations

import pytest

from onrecord.resolve.pair_features import FEATURES, candidate_pair, pair_features


@pytest.mark.parametrize(
    ("a", "b", "scored"),
    [
        ("Halvard Quennell", "Quennell", True),  # a word in common
        ("BTA", "Brisworth Tramways Authority", True),  # initials
        ("Orlaith Penwarden", "Orlaith Penwardin", True),  # one letter apart
        ("Orlaith Penwarden", "Tobiah Kesterling", False),
        ("Halvard Quennell", "Halvard Quennell", False),  # one key: the rules already join it
    ],
)
def test_candidate_pair(a: str, b: str, scored: bool) -> None:
    assert candidate_pair(a, b) is scored


def test_every_feature_is_given() -> None:
    assert set(pair_features("Vesna Trollope", "person", "Trollope", "person")) == set(FEATURES)


@pytest.mark.parametrize(
    ("a", "b", "feature", "value"),
    [
        ("BTA", "Brisworth Tramways Authority", "acronym", 1.0),
        ("TBA", "Brisworth Tramways Authority", "acronym", 1.0),  # the initials of another word order
        ("BXA", "Brisworth Tramways Authority", "acronym", 0.0),
        ("Quennell", "Halvard Quennell", "contained", 1.0),
        ("Halvard Quennell", "Marit Quennell", "given_clash", 1.0),
        ("Halvard Quennell", "Halvard Quenell", "given_clash", 0.0),
        ("Мирон Стойков", "Miron Stoykov", "script_differs", 1.0),
        ("Miron Stoykov", "Miron Stoikov", "script_differs", 0.0),
    ],
)
def test_feature_values(a: str, b: str, feature: str, value: float) -> None:
    kind = "organisation" if feature == "acronym" else "person"
    assert pair_features(a, kind, b, kind)[feature] == value


def test_a_name_in_two_scripts_has_alike_consonants() -> None:
    features = pair_features("Мирон Стойков", "person", "Miron Stoykov", "person")
    assert features["script_skeleton"] >= 0.8
