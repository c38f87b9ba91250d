"""Features of two speaker names (invented names only)."""

from __future__ import annotations

import pytest

from onrecord.resolve.pair_features import FEATURES, candidate_pair, names_apart, pair_features


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
        ("Jonas Quennell", "Marit Quennell", "given_clash", 1.0),
        ("Йонас Кеннел", "Marit Quennell", "given_clash", 1.0),  # across scripts
        ("Йонас Кеннел", "Jonas Quennell", "given_clash", 0.0),
        ("Halvard Quennell", "Halvard Quenell", "given_clash", 0.0),
        ("Мирон Стойков", "Miron Stoykov", "script_differs", 1.0),
        ("Miron Stoykov", "Miron Stoikov", "script_differs", 0.0),
        ("Мирон Стойков", "Miron Stoykov", "surname_heard", 1.0),
        ("Мирон Стоун", "Miron Stoykov", "surname_heard", 0.0),  # alike in the first letters only
        ("Miron Stoykov", "Miron Stoykov", "surname_heard", 0.0),  # one script: the other features say
    ],
)
def test_feature_values(a: str, b: str, feature: str, value: float) -> None:
    kind = "organisation" if feature == "acronym" else "person"
    assert pair_features(a, kind, b, kind)[feature] == value


def test_a_name_in_two_scripts_has_alike_consonants() -> None:
    features = pair_features("Мирон Стойков", "person", "Miron Stoykov", "person")
    assert features["script_skeleton"] >= 0.8


def test_words_apart_counts_for_bodies_only() -> None:
    two = pair_features("Harwick Port Authority", "organisation", "Harwick Police Authority", "organisation")
    assert two["words_apart"] == 1.0
    assert pair_features("PHA", "organisation", "Port of Harwick Authority", "organisation")["words_apart"] == 0.0


@pytest.mark.parametrize(
    ("a", "b", "kind", "apart"),
    [
        ("Anna Lindqvist", "Hanna Lindqvist", "person", True),  # two given names, one script
        ("Anna Lindqvist", "Анна Линдквист", "person", False),
        ("Олек Дворник", "Pavel Dvornik", "person", False),  # across scripts the scorer weighs it
        ("Harwick Port Authority", "Harwick Police Authority", "organisation", True),
        ("Tallby", "Tallby Dockers' Union", "organisation", True),
        ("Harwick", "Harwick Savings Bank", "organisation", False),
        ("Anna Lindqvist", "Hanna Lindqvist", "organisation", False),  # only people's given names
    ],
)
def test_names_apart(a: str, b: str, kind: str, apart: bool) -> None:
    assert names_apart(a, kind, b, kind) is apart
