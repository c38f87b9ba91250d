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
