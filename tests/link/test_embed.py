"""Which languages the sentence embedder reads."""

from __future__ import annotations

import pytest

from onrecord.link.embed import covers


@pytest.mark.parametrize(
    ("language", "covered"),
    [("en", True), ("pl", True), ("tr", True), ("uk", True), (None, True), ("cs", False), ("id", False), ("sv", False)],
)
def test_covers(language: str | None, covered: bool) -> None:
    assert covers(language) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        # an unknown language: English copy whose language was not told, unless its letters say otherwise
        ("The bridge will open next month", True),
        ("Cây cầu sẽ được thông xe vào tháng tới", False),
        ("Мост ће бити отворен следећег месеца", False),
        ("הגשר ייפתח בחודש הבא", False),
        ("Daraja litafunguliwa mwezi ujao", True),  # no letter outside ASCII: taken for English, as before
    ],
)
def test_covers_an_unknown_language_by_its_letters(text: str, covered: bool) -> None:
    assert covers(None, text) is covered
