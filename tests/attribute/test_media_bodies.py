"""A medium the article calls by its kind: the outlet of that kind it named last before."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.attribute.media_bodies import outlet_kinds, outlet_named_before


def test_the_kinds_a_noun_calls_an_outlet_by() -> None:
    assert outlet_kinds("Network") == frozenset({"broadcaster"})
    assert outlet_kinds("website") == frozenset({"news site"})
    assert outlet_kinds("agency") == frozenset()  # a government's as often as a wire's
    assert outlet_kinds("council") == frozenset()


def test_the_last_outlet_of_the_kind_named_before() -> None:
    text = "Brenna Holt hosts a show on RT. PolitiFact rated the claim false. The network said"
    at = text.index("The network")
    assert outlet_named_before(text, at, frozenset({"broadcaster"})) == "RT"
    assert outlet_named_before(text, at, frozenset({"news site"})) == "PolitiFact"
    assert outlet_named_before(text, at, frozenset({"magazine"})) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The network said it would send Ms. Holt to the border.", "RT"),
        ("The website noted that both candidates were citing older studies.", "PolitiFact"),
    ],
)
def test_a_medium_called_by_its_kind_is_the_outlet_named_before(sentence: str, speaker: str) -> None:
    text = f"Brenna Holt, who hosts a show on RT, spoke on Monday. PolitiFact rated the claim false.\n\n{sentence}"
    [quote] = extract(text, published="2027-01-01")
    assert quote.speaker is not None and quote.speaker.name == speaker


def test_no_outlet_named_before_leaves_the_noun_alone() -> None:
    [quote] = extract("The website noted that both candidates were citing older studies.", published="2027-01-01")
    assert quote.speaker is None or quote.speaker.name != "PolitiFact"
