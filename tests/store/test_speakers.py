"""Stored speakers: how a speaker's display name is chosen among its forms."""

from __future__ import annotations

import pytest

from onrecord.store.speakers import _holds, _in_latin_letters


@pytest.mark.parametrize(
    ("name", "fewer", "held"),
    [
        ("Luisa Fernández Arriaga", "Fernández Arriaga", True),  # the surnames at the end
        ("Rana Muhammad Tariq Bhatti", "Rana Tariq", True),  # two of four names
        ("Rana Muhammad Tariq Bhatti", "Tariq Rana", False),  # another order
        ("Rana Tariq", "Rana Tariq", False),  # the same form holds no other
        ("Rana Tariq", "Rana Muhammad Tariq", False),
    ],
)
def test_a_name_holds_a_shorter_one(name: str, fewer: str, held: bool) -> None:
    assert _holds(name.split(), fewer.split()) is held


@pytest.mark.parametrize(
    ("name", "latin"),
    [
        ("Trần Thị Minh Thư", True),  # Vietnamese letters lie beyond the first Latin blocks
        ("Hà", True),
        ("Anne-Sophie O'Rourke", True),
        ("Дмитрий Песков", False),
        ("Νίκος Παππάς", False),
        ("روری اودانل", False),
    ],
)
def test_a_name_in_latin_letters(name: str, latin: bool) -> None:
    """The display name is a Latin one first: by script, not by code point."""
    assert _in_latin_letters(name) is latin
