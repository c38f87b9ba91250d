"""The attribution lists: names, roles and outlets answer the questions attribution asks."""

from __future__ import annotations

import pytest

from onrecord.attribute.knowledge import knowledge


@pytest.mark.parametrize(
    ("phrase", "outlet", "surface"),
    [
        ("told the newspaper Izvestia", "Izvestia", "Izvestia"),
        ("Tass", "TASS", "Tass"),
        ("the Guardian", "The Guardian", "Guardian"),
        ("told the BBC", "BBC", "BBC"),
        ("the Hill", "The Hill", "Hill"),
        ("New York Times", "The New York Times", "New York Times"),
    ],
)
def test_outlets_are_found_with_their_surface(phrase: str, outlet: str, surface: str) -> None:
    found = knowledge().find_outlet(phrase)
    assert found is not None
    assert (found[0].name, found[1]) == (outlet, surface)


@pytest.mark.parametrize("phrase", ["Capitol Hill", "Guardian Council", "the independent candidate", "in time"])
def test_words_that_only_look_like_outlets_are_not(phrase: str) -> None:
    assert knowledge().find_outlet(phrase) is None


@pytest.mark.parametrize(
    ("word", "gender"), [("Dmitry", "m"), ("Dmitri", "m"), ("Дмитрий", "m"), ("Annalena", "f"), ("Andrea", None)]
)
def test_given_names_in_any_spelling(word: str, gender: str | None) -> None:
    kb = knowledge()
    assert kb.is_given_name(word)
    assert kb.gender_of_given(word) == gender


@pytest.mark.parametrize("word", ["May", "Will", "Hope"])
def test_common_words_are_not_given_names(word: str) -> None:
    assert not knowledge().is_given_name(word)


@pytest.mark.parametrize(
    ("phrase", "role_class"),
    [
        ("the Kremlin spokesman", "spokesperson"),
        ("Putin's press secretary", "spokesperson"),
        ("Transport Minister", "minister"),
        ("the central bank governor", "central-bank-governor"),
        ("secretary of state", "foreign-minister"),
        ("the press secretary of the Russian president", "spokesperson"),
    ],
)
def test_roles_have_classes(phrase: str, role_class: str) -> None:
    info = knowledge().role(phrase)
    assert info is not None and info[0] == role_class


@pytest.mark.parametrize(
    ("word", "given", "gender"),
    [
        ("Karl-Johan", True, "m"),
        ("Marie-Hélène", True, "f"),
        ("Per-Erik", True, "m"),  # the second name is the one on the list
        ("Saint-Rémy", False, None),
        ("Ortega-Brandt", False, None),
    ],
)
def test_hyphenated_given_names(word: str, given: bool, gender: str | None) -> None:
    from onrecord.attribute.knowledge import knowledge

    assert (knowledge().is_given_name(word), knowledge().gender_of_given(word)) == (given, gender)
