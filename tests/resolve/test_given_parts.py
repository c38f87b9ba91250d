from __future__ import annotations

import pytest

from onrecord.model import ArticleSpeaker
from onrecord.resolve import given_parts
from onrecord.resolve.given_parts import described_apart, one_part_of_given


def test_public_names() -> None:
    assert given_parts.__all__ == ["described_apart", "one_part_of_given"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Mai-Lis Orvik", "Lis Orvik", True),
        ("Lis Orvik", "Mai-Lis Orvik", True),
        ("Mai-Lis Orvik", "Mai Orvik", True),
        ("Pier-Luigi Santoro", "Luigi Santoro", True),
        # a given name that is no part of the other
        ("Mai-Lis Orvik", "Tove Orvik", False),
        # another surname, or the surname hyphenated, not the given name
        ("Mai-Lis Orvik", "Lis Orvik-Hald", False),
        ("Lis Orvik", "Lis Orvik-Hald", False),
        # two hyphenated given names, or none
        ("Mai-Lis Orvik", "Ann-Lis Orvik", False),
        ("Lis Orvik", "Lis Orvik", False),
        # a one-word name, or a part too short to be a given name
        ("Orvik", "Mai-Lis Orvik", False),
        ("Jo-Ann Brekk", "Jo Brekk", False),
    ],
)
def test_one_part_of_given(a: str, b: str, same: bool) -> None:
    assert one_part_of_given(a, b) is same


def _said(body: str, name: str, *roles: str) -> tuple[str, ArticleSpeaker]:
    return body, ArticleSpeaker("p:x", name, "person", None, (name,), roles)


_MAYOR = _said(
    "Mai-Lis Orvik, the mayor of Brekkvik, said the road would open.", "Mai-Lis Orvik", "the mayor of Brekkvik"
)


@pytest.mark.parametrize(
    ("other", "apart"),
    [
        # a noun of kinship in the role or in the sentence that names the other
        (_said("Her niece Lis Orvik said nobody had asked.", "Lis Orvik", "Her niece"), True),
        (_said("Lis Orvik, who is the mayor's daughter, said nobody had asked.", "Lis Orvik"), True),
        # an age on one side, a role on the other
        (_said("Lis Orvik, 19, said nobody had asked.", "Lis Orvik"), True),
        (_said("Lis Orvik (19) said nobody had asked.", "Lis Orvik"), True),
        # roles that share no word
        (_said("Lis Orvik, a ski instructor, said the slope was shut.", "Lis Orvik", "a ski instructor"), True),
        # a description set off after the name, though no role was read
        (_said("Lis Orvik, a ski instructor, said the slope was shut.", "Lis Orvik"), True),
        (_said("Lis Orvik, the mayor, said the road would open.", "Lis Orvik"), False),
        # the same office, or nothing said of the person but the name
        (_said("Mayor Lis Orvik said the road would open.", "Lis Orvik", "Mayor"), False),
        (_said("«La via vegn averta», ha ditg Lis Orvik.", "Lis Orvik"), False),
    ],
)
def test_described_apart(other: tuple[str, ArticleSpeaker], apart: bool) -> None:
    assert described_apart([_MAYOR], [other]) is apart
    assert described_apart([other], [_MAYOR]) is apart


def test_a_shorter_name_inside_the_fuller_is_not_its_mention() -> None:
    # "Lis Orvik" inside "Mai-Lis Orvik, 52," carries no age of its own
    body = "Mai-Lis Orvik, 52, said the road would open."
    assert not described_apart([_said(body, "Lis Orvik")], [_said("Lis Orvik said so.", "Lis Orvik")])


def test_two_ages_tell_two_people_apart() -> None:
    elder = [_said("Mai-Lis Orvik, 52, said so.", "Mai-Lis Orvik")]
    assert described_apart(elder, [_said("Lis Orvik, 19, said no.", "Lis Orvik")])
    assert not described_apart(elder, [_said("Lis Orvik, 52, said no.", "Lis Orvik")])
