from __future__ import annotations

import pytest

from onrecord.resolve import given_parts
from onrecord.resolve.given_parts import one_part_of_given


def test_public_names() -> None:
    assert given_parts.__all__ == ["one_part_of_given"]


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
