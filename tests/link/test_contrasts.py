"""Names a wording sets aside inside itself ("in Tannick, not Brissel"), and their clash."""

from __future__ import annotations

import pytest

from onrecord.link.contrasts import aside_clash, names_set_aside
from onrecord.link.features import compatible, features


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        ("the final goes ahead at Harlow Fields in Tannick, not Brissel", {"brissel"}),
        ("Not Brissel but Tannick will host the final", {"brissel"}),
        ("We play in Tannick, and not in Brissel, this season", {"brissel"}),
        ("the grant went to Tannick rather than Brissel", {"brissel"}),
        ("the money goes to the Orrin Guild instead of the Corran Trust", {"corran", "trust"}),
        ("the final is at Harlow Park, not Brissel Park", {"brissel"}),  # "park" is named anyway
        ("the county, not just the Corran Trust, should pay", set()),  # adds, sets nothing aside
        ("It was not the rain but the wind", set()),  # no name
        ("The fund is ready, and no Kellby family will lose its home", set()),  # "no" is a determiner
        ("The pitch is wet, not flooded", set()),
        ("we want peace, not a truce with Carrow", set()),  # the truce is set aside, not Carrow
        ("Brissel's pitch is fine, but the final is in Tannick, not Brissel", set()),  # named as concerned too
    ],
)
def test_names_set_aside(text: str, aside: set[str]) -> None:
    assert names_set_aside(text) == aside


def test_aside_clash_needs_the_name_given_as_concerned() -> None:
    assert aside_clash(frozenset({"brissel"}), frozenset({"tannick"}), frozenset(), frozenset({"brissel's"}))
    assert not aside_clash(frozenset({"brissel"}), frozenset({"tannick"}), frozenset({"brissel"}), frozenset())
    assert not aside_clash(frozenset(), frozenset({"tannick"}), frozenset(), frozenset({"brissel"}))


def test_a_quote_setting_a_place_aside_is_not_a_statement_about_that_place() -> None:
    quote = features("The final goes ahead at Harlow Fields in Tannick, not Brissel. The pitch is ready")
    other_place = features("the final would move to Brissel if the rain kept on")
    report = features("he said the final would go ahead in Tannick, not Brissel")
    assert compatible(quote, other_place) == (False, "entities")
    assert compatible(report, other_place)[0] is False
    assert compatible(quote, report)[0]
