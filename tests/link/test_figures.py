"""Figures two wordings in one language give: different ones only for the same thing."""

from __future__ import annotations

import pytest

from onrecord.link.features import compatible, features
from onrecord.link.figures import FigureKey, counted_word, figures_disagree


def _skip(word: str) -> bool:
    return word in {"the", "more", "of", "or", "three", "this"}


@pytest.mark.parametrize(
    ("before", "rest", "word"),
    [
        ("for ", " years of talks", "<duration>"),
        ("the ", "-member board", "membe"),
        ("", " more crates", "crate"),
        ("for ", " or three weeks", "<duration>"),
        ("a pause of ", " hours", "<duration>"),
        ("got us to ", ", but the rest", ""),
        ("", "", ""),
        ("ends on May ", " in Lisbon", "<date>"),
        ("ends on ", " June in Lisbon", "<date>"),
        ("ends on ", " markets in Lisbon", "marke"),
        ("opens at ", " p.m. on Monday", "<time>"),
        ("opens at ", " this morning", "<time>"),
    ],
)
def test_counted_word(before: str, rest: str, word: str) -> None:
    assert counted_word(before, rest, _skip) == word


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        # one drops a figure the other gives
        ("the quay will take 40 ships", "the quay will take 40 ships within two years", True),
        # each gives a figure of its own that counts something else
        ("the forest, not her hundred, had decided it", "The defence got us to 317, but the forest won it", True),
        ("the inspections over the past four days had found more damage", "two more hangars had been hit", True),
        ("the audit would cover all 31 depots since 2019", "We will audit all 31 of them with three engineers", True),
        ("the choir would rest a year and a half", "The choir takes a 14-month pause once the tour ends May 2", True),
        ("the choir would return on May 2", "The choir will be back on 4 May", False),
        # the same thing counted twice, or figures that identify the statement
        ("More than 400 sailors have drowned off the cape", "more than 4,000 sailors had drowned off the cape", False),
        ("the levy will be frozen for two years", "the levy will be frozen for three years", False),
        ("the five-member panel had backed the plan", "Two members backed the plan", False),
        ("the fee rises to 3.75 percent", "the fee rises to 3.5 percent", False),
        ("The lease runs until 2031", "The lease runs until 2034", False),
        ("the first stage would cost $310 million", "the first new berth will open within fourteen months", False),
        ("the hall would open at 7 p.m. Monday", "The hall opens at ten this morning", False),
        # two lengths of time in different units: one thing measured
        ("a truce of at least five days was the least that would do", "a truce of 72 hours was the least", False),
        ("the audit would take 18 months", "the audit would take two years", False),
        ("the ferry line cancelled dozens of sailings after a two-day strike", "We have cancelled 140 sailings", False),
        # figures that count nothing named
        ("they lost by 4", "they lost by 6", False),
    ],
)
def test_figures_in_one_language(a: str, b: str, agree: bool) -> None:
    assert compatible(features(a, "en"), features(b, "en"))[0] is agree


@pytest.mark.parametrize(
    ("a", "b", "disagree"),
    [
        (FigureKey(frozenset({"2"}), frozenset(), frozenset({("2", "years")})),
         FigureKey(frozenset({"3"}), frozenset(), frozenset({("3", "years")})), True),
        (FigureKey(frozenset({"2"}), frozenset(), frozenset({("2", "years")})),
         FigureKey(frozenset({"3"}), frozenset(), frozenset({("3", "ships")})), False),
        (FigureKey(frozenset({"2", "40"}), frozenset({"40"}), frozenset()),
         FigureKey(frozenset({"40"}), frozenset({"40"}), frozenset()), False),
        (
            FigureKey(frozenset(), frozenset(), frozenset()),
            FigureKey(frozenset({"3"}), frozenset(), frozenset()),
            False,
        ),
    ],
)
def test_figures_disagree(a: FigureKey, b: FigureKey, disagree: bool) -> None:
    assert figures_disagree(a, b) is disagree


def test_translations_keep_every_figure_apart() -> None:
    # what a figure counts is read in one language: across two, a figure of its own disagrees
    english, german = features("the fleet lost two tugs", "en"), features("die Flotte verlor drei Schlepper", "de")
    assert compatible(english, german) == (False, "figures")
