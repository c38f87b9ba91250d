"""Tests for onrecord.resolve.romanised: one Slavic name romanised with h and with g."""

from __future__ import annotations

import pytest

from onrecord.resolve.romanised import same_by_h_and_g, slavic_surname
from onrecord.resolve.translit import name_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Halyna Hnatenko", "Galina Gnatenko"),
        ("Taras Hrabovsky", "Taras Grabovsky"),
        ("Olha Dorohova", "Olga Dorogova"),
        ("Vira Hrytsiuk", "Vira Gritsyuk"),
    ],
)
def test_one_slavic_name_romanised_with_h_and_with_g(a: str, b: str) -> None:
    assert same_by_h_and_g(name_key(a), name_key(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Laura Hill", "Laura Gill"),  # no Slavic surname
        ("Maria Hale", "Maria Gale"),
        ("Taras Hrabovsky", "Taras Hrabovsky"),  # one spelling: nothing to fold
        ("Taras Hrabovsky", "Petro Grabovsky"),  # two given names
        ("Ivan Hrabar", "Ivan Grabar Novak"),  # not word for word
        ("Ivan Pahov", "Ivan Pahov"),
    ],
)
def test_other_names_stay_apart(a: str, b: str) -> None:
    assert not same_by_h_and_g(name_key(a), name_key(b))


def test_a_slavic_surname_by_its_ending_or_its_h() -> None:
    assert slavic_surname("dorohova")
    assert slavic_surname("hrabar")
    assert not slavic_surname("hill")
    assert not slavic_surname("hughes")
