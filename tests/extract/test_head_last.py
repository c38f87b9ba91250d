"""Institutions named head noun last (Swedish, Turkish, Latvian ...), and their head's nominative."""

from __future__ import annotations

import pytest

from onrecord.extract.head_last import head_last_bodies, head_nominative


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # a country's genitive and a compound whose last part is the head
        ("Enligt Morvaniens miljödepartement ska sjön saneras.", "sv", "Morvaniens miljödepartement"),
        # capitalised words joined by "and"
        ("Kıyı ve Tersane İşçileri Sendikası salı günü açıkladı.", "tr", "Kıyı ve Tersane İşçileri Sendikası"),
        # lower-case words between the capitalised ones and the head; the head in the genitive
        (
            "Ostrijas Vides un reģionālās attīstības ministrijas pārstāvis pauda, ka",
            "lv",
            "Ostrijas Vides un reģionālās attīstības ministrija",
        ),
        # where the body is, in the locative after the head
        ("Ostrijas vēstniecība Rīgā paziņoja, ka", "lv", "Ostrijas vēstniecība Rīgā"),
        # a definite ending
        ("Morvaniens miljödepartementet meddelade att", "sv", "Morvaniens miljödepartement"),
    ],
)
def test_the_whole_name_up_to_the_head(text: str, language: str, name: str) -> None:
    assert [m.name for m in head_last_bodies(text, 0, len(text), language)] == [name]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Departementet meddelade att sjön ska saneras.", "sv"),  # no name: a body named before
        ("Anna Lindqvist kritiserade departementet i går.", "sv"),  # a person, a verb, the head
        ("Enligt departementet ska sjön saneras.", "sv"),  # the source word is no part of a name
        ("Ministerium Vorsitz", "de"),  # a language without head-last names
    ],
)
def test_no_name_without_capitalised_words_of_its_own(text: str, language: str) -> None:
    assert head_last_bodies(text, 0, len(text), language) == []


def test_the_head_in_the_nominative() -> None:
    assert head_nominative("ministrijas", "lv") == "ministrija"
    assert head_nominative("Sendikası'nın", "tr") == "Sendikası"
    assert head_nominative("miljödepartementets", "sv") == "miljödepartement"
    assert head_nominative("ministrijas", "sv") is None
    assert head_nominative("hus", "sv") is None
