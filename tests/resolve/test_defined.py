from __future__ import annotations

from onrecord.resolve.defined import defined_body

_BODIES = {"National Union of Quarry Workers": "o:nuqw", "Quarry Workers": "o:qw"}


def _named(name: str) -> list[str]:
    return [_BODIES[name]] if name in _BODIES else []


def test_the_longest_name_before_the_bracket_is_the_body() -> None:
    text = "Ana Ruiz, head of the National Union of Quarry Workers (SNTC), said the strike was on."
    assert defined_body(text, "SNTC", _named) == "o:nuqw"


def test_no_body_when_the_text_puts_the_initials_after_no_known_name() -> None:
    assert defined_body("The Harbour Board (SNTC) said so.", "SNTC", _named) is None
    assert defined_body("SNTC said so.", "SNTC", _named) is None


def test_no_body_when_two_places_name_two_bodies() -> None:
    text = "The National Union of Quarry Workers (SNTC) said so.\nThe Quarry Workers (SNTC) said no."
    assert defined_body(text, "SNTC", lambda n: [] if n.startswith("The") else _named(n)) is None
