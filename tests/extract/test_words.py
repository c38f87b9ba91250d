"""The word helpers the extraction rules share."""

from __future__ import annotations

import re

import pytest

from onrecord.extract.words import FINITE_AUXILIARIES, word_count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("", 0),
        ("the plant would close", 4),
        ("it's 40 jobs, in May", 6),  # an apostrophe parts a word; a figure is a word
        ("Zürich-based", 2),
    ],
)
def test_word_count(text: str, count: int) -> None:
    assert word_count(text) == count


@pytest.mark.parametrize(
    ("text", "finite"),
    [("would", True), ("has", True), ("does", True), ("do", False), ("wound", False), ("said", False)],
)
def test_finite_auxiliaries(text: str, finite: bool) -> None:
    assert (re.fullmatch(FINITE_AUXILIARIES, text) is not None) is finite
