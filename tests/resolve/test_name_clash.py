"""What two names do not share (invented names only)."""

from __future__ import annotations

import pytest

from onrecord.resolve import name_clash
from onrecord.resolve.name_clash import (
    given_clash,
    given_compatible,
    members_body,
    qualifier_swap,
    surname_heard,
    words_apart,
)


def test_all_lists_the_public_names() -> None:
    assert sorted(name_clash.__all__) == name_clash.__all__
    assert all(callable(getattr(name_clash, n)) or n.isupper() for n in name_clash.__all__)


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("ielena", "elena", True),  # a written y before the first vowel
        ("mikael", "michael", True),
        ("j", "jonas", True),  # an initial
        ("anna", "hanna", False),
        ("ivana", "ivanka", False),  # a consonant more
    ],
)
def test_given_compatible(a: str, b: str, one: bool) -> None:
    assert given_compatible(a, b) is one


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("Anna Lindqvist", "Hanna Lindqvist", True),
        ("Pia Tervander", "Marit Tervander", True),
        ("J. Tervander", "Pia Tervander", True),  # an initial of another name
        ("P. Tervander", "Pia Tervander", False),
        ("Pia K. Tervander", "Pia Tervander", False),  # a middle initial
        ("Transport Minister Pia Tervander", "Pia Tervander", False),  # a title is no given name
        ("Ministra Tervander", "Pia Tervander", False),  # nor an unlisted one
        ("Tervander", "Pia Tervander", False),  # a surname alone clashes with nobody
        ("Pia Tervander", "Pia Osgood", False),  # two surnames: not a given-name clash
        ("Павел Дворник", "Pavel Dvornik", False),  # one name in two scripts
        ("Олек Дворник", "Pavel Dvornik", True),
    ],
)
def test_given_clash(a: str, b: str, clash: bool) -> None:
    assert given_clash(a, b) is clash


@pytest.mark.parametrize(
    ("a", "b", "count"),
    [
        ("Harwick Port Authority", "Harwick Police Authority", 1),
        ("Harwick", "Harwick Savings Bank", 0),  # one inside the other
        ("Harwick Port Authority", "Харвикское портовое управление", 0),  # two scripts
        ("Kelby Rowing Club", "Tarnby Football Federation", 3),
    ],
)
def test_words_apart(a: str, b: str, count: int) -> None:
    assert words_apart(a, b) == count


@pytest.mark.parametrize(
    ("a", "b", "members"),
    [
        ("Tallby", "Tallby Dockers' Union", True),
        ("Orrin Mill", "Orrin Mill Workers Union", True),
        ("Tallby", "Tallby Savings Bank", False),
        ("Tallby Growers", "Tallby Growers' Cooperative", False),  # the members named in both
    ],
)
def test_members_body(a: str, b: str, members: bool) -> None:
    assert members_body(a, b) is members


@pytest.mark.parametrize(
    ("a", "b", "swap"),
    [
        ("Harwick Port Authority", "Harwick Police Authority", True),
        ("Ministry of Tourism", "Ministry of Justice", True),
        ("Tallby Constabulary", "Tallby Police", False),  # the head swapped: maybe a synonym
        ("Harwick Port Authority", "Port Authority of Harwick", False),  # another order
        ("Harwick Port Authority", "Harwick Port Authority Ltd", False),
    ],
)
def test_qualifier_swap(a: str, b: str, swap: bool) -> None:
    assert qualifier_swap(a, b) is swap


@pytest.mark.parametrize(
    ("a", "b", "heard"),
    [
        ("Tomasz Kellbrand", "Томаш Келлбранд", True),
        ("Pavla Strombeck", "Павла Штромбек", True),  # consonants the ear keeps
        ("Nils Orvander", "ニルス・オルヴァンデル", True),  # as katakana hears it
        ("Kellbrand", "Томаш Келлбранд министр", True),  # a title after the name
        ("Lina Carbetti", "Лина Карою", False),  # alike in the first letters only
        ("Lina Carbetti", "Lina Carbetti", False),  # one script
    ],
)
def test_surname_heard(a: str, b: str, heard: bool) -> None:
    assert surname_heard(a, b) is heard
