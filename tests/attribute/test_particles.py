from __future__ import annotations

import pytest

from onrecord.attribute.particles import bare_family_name, family_name_first, hyphen_parts, of_particle_at


@pytest.mark.parametrize(
    ("word", "bare"),
    [
        ("al-Mahrouqi", "Mahrouqi"),
        ("Al-Kaabi", "Kaabi"),
        ("el-Sayed", "Sayed"),
        ("Alvarez", "Alvarez"),  # no article: a name that starts with the letters
        ("Al-", "Al-"),
    ],
)
def test_the_article_before_a_family_name(word: str, bare: str) -> None:
    assert bare_family_name(word) == bare


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("McAllister-Okafor", ["McAllister", "Okafor"]),
        ("O'Donnell-Brandt", ["O'Donnell", "Brandt"]),
        ("Al-Kaabi", []),  # one family name with its article
        ("Okafor", []),
        ("Trump-led", []),  # a suffix, no second name
    ],
)
def test_the_parts_of_a_double_barrelled_surname(word: str, parts: list[str]) -> None:
    assert hyphen_parts(word) == parts


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Lee Jae-won", True),
        ("Ban Ki-moon", True),
        ("Kim Sun-ah", True),
        ("Lee Anderson", False),  # a given name first
        ("Jean-Luc Marchand", False),  # a hyphenated given name, both syllables capitalised
        ("Lee Jae-won Park", False),  # three words
        ("Tan Wei-Ming", False),  # the second syllable capitalised
        ("Takeda Ryoichi", False),  # no shape shows the order (the resolver reads it otherwise)
    ],
)
def test_a_name_shaped_family_name_first(name: str, first: bool) -> None:
    assert family_name_first(name) is first


@pytest.mark.parametrize(
    ("name", "at"),
    [
        ("Anouk Ansah-Dorrel van Quellmora", 2),  # a whole name, then Dutch "of" and the body
        ("Joost van der Brink van Kestrel", 4),
        ("Ludwig van Brennwald", 3),  # the particle right after the given name: a surname's
        ("Jan Pieter van Dalsum", 4),  # two given names before it
        ("Jean-Luc van Hoorn", 3),  # a hyphenated given name
        ("Wilma Tersteeg", 2),
        ("Pieter J. van der Hoek", 5),  # an initial before the particle: no whole name before it
        ("Anna M. von Brandt", 4),
    ],
)
def test_dutch_or_german_of_after_a_whole_name(name: str, at: int) -> None:
    assert of_particle_at(name.split()) == at


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Gethin ap Rhys told the committee that the works would be rebuilt.", "Gethin ap Rhys"),
        ("Nia ferch Hywel said the harbour would reopen in May.", "Nia ferch Hywel"),
        (
            "Gethin ap Rhys runs the water company. Mr ap Rhys told MPs that no dividend would be paid.",
            "Gethin ap Rhys",
        ),
    ],
)
def test_a_welsh_patronymic_is_part_of_the_name(text: str, speaker: str) -> None:
    from onrecord import extract

    quotes = extract(text)
    assert quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Joost van der Brink van Kestrel Research said the deal was a defensive one.", "Joost van der Brink"),
        ("Anouk Ansah-Dorrel van Quellmora said the fares would not rise.", "Anouk Ansah-Dorrel"),
        ("Ludwig van Brennwald said the fares would not rise.", "Ludwig van Brennwald"),
        ('"That is on us," Pieter J. van der Hoek told the agency on Monday.', "Pieter J. van der Hoek"),
    ],
)
def test_a_dutch_of_after_a_whole_name_ends_it_in_english_text(text: str, speaker: str) -> None:
    from onrecord import extract

    quotes = extract(text)
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.name == speaker


@pytest.mark.parametrize(
    ("name", "holds"),
    [
        ("Lucas de Vries", True),
        ("Ines ter Horst", True),
        ("Carla della Rovere", True),
        ("Noura bint Khalid", True),
        ("Lucas and Vries", False),
    ],
)
def test_one_pattern_of_a_name_s_particles(name: str, holds: bool) -> None:
    import re

    from onrecord.attribute.particles import NAME_PARTICLE, SURNAME_PARTICLES

    assert {"de", "van", "dos"} <= SURNAME_PARTICLES
    assert (re.fullmatch(rf"[A-Z]\w+\s+(?:{NAME_PARTICLE}\s+)*[A-Z]\w+", name) is not None) is holds
