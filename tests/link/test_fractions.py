"""Fractions written in words: one figure each, compared only with another fraction."""

from __future__ import annotations

import pytest

from onrecord.link import fractions
from onrecord.link.features import compatible, features
from onrecord.link.fractions import fractions_differ, fractions_in


def test_public_names() -> None:
    assert fractions.__all__ == ["FRACTION", "fractions_differ", "fractions_in"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("about a third of the orchards were lost", [(1, "1/3")]),
        ("two thirds of the orchards were lost", [(0, "2/3")]),
        ("three quarters of the fleet", [(0, "3/4")]),
        ("we lost one fifth", [(2, "1/5")]),
        ("a third time this winter", []),  # an ordinal
        ("the third floor of the depot", []),
        ("two quarters running", []),  # quarters of a year may be meant
        ("five thirds of nothing", []),  # no share
    ],
)
def test_fractions_in(text: str, found: list[tuple[int, str]]) -> None:
    assert fractions_in(text.split(), "en") == found


def test_other_languages_are_not_read() -> None:
    assert fractions_in("un third of".split(), "fr") == []


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        ({"1/3"}, {"2/3"}, True),
        ({"1/3"}, {"1/3", "3/4"}, False),
        ({"1/3"}, set(), False),  # a share in another form, or none
    ],
)
def test_fractions_differ(a: set[str], b: set[str], differ: bool) -> None:
    assert fractions_differ(frozenset(a), frozenset(b)) is differ


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        # two shares of one thing: two claims
        ("a third of the harbour wall must be rebuilt", "two-thirds of the harbour wall must be rebuilt", False),
        ("three quarters of the pupils passed", "two-thirds of the pupils passed", False),
        # the same share
        ("a third of the harbour wall must be rebuilt", "Roughly a third of the wall, the seaward side, must go", True),
        # a share in another form is no other figure
        ("a third of the harbour wall must be rebuilt", "33 percent of the harbour wall must be rebuilt", True),
    ],
)
def test_compatible_reads_fractions(a: str, b: str, agree: bool) -> None:
    assert compatible(features(a, "en"), features(b, "en"))[0] is agree


def test_a_fraction_is_no_count() -> None:
    read = features("two-thirds of the orchards were lost", "en")
    assert read.numbers == frozenset()
    assert read.fractions == frozenset({"2/3"})
