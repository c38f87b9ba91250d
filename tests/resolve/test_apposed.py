from __future__ import annotations

import pytest

from onrecord.resolve import apposed
from onrecord.resolve.apposed import body_after_description


def test_public_names() -> None:
    assert apposed.__all__ == ["body_after_description"]


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("the club's kit supplier, Varro Sportswear", "Varro Sportswear"),
        ("Danish maker of the turbines, Skelde Wind Systems", "Skelde Wind Systems"),
        ("its insurer, Bank of Tarnholm", "Bank of Tarnholm"),
        # one name with a comma in it: nothing before the comma describes
        ("Ministry of Fisheries, Forests and Water", None),
        ("Quill, Marrow and Partners", None),
        # what follows the comma is no name
        ("Orvane Freight, its parent", None),
        ("the union, which represents pilots", None),
        # no comma
        ("Varro Sportswear", None),
    ],
)
def test_body_after_description(name: str, body: str | None) -> None:
    assert body_after_description(name) == body
