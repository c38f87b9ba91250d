"""Tests for onrecord.attribute.clock_stamps: a live blog's entry times, no words of a quote."""

from __future__ import annotations

import pytest

from onrecord.attribute.clock_stamps import after_clock_stamp, is_live_blog, role_without_stamp

_BLOG = (
    "Storm over Varnholm: live\n\n"
    "16.06 The coastguard said the ferry had reached Tjalsund safely.\n\n"
    "15.48 GMT – Harbour master Ilse Brandt said crews were standing by.\n\n"
    "15.30 Winds are now gusting to 90 km/h."
)


def test_is_live_blog() -> None:
    assert is_live_blog(_BLOG)
    assert not is_live_blog("10.30 was when the doors opened.\n\nThe queue had formed at dawn.")


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("16.06 The coastguard", "The coastguard"),
        ("15.48 GMT – Harbour master", "Harbour master"),
    ],
)
def test_after_clock_stamp(opening: str, expected: str) -> None:
    start = _BLOG.index(opening)
    assert _BLOG[after_clock_stamp(_BLOG, start, True) :].startswith(expected)
    assert after_clock_stamp(_BLOG, start, False) == start  # no live blog: as written


def test_mid_paragraph_time_stays() -> None:
    text = "The vote is at 16.06 Tuesday. 16.06 Tuesday was set."
    at = text.index("16.06 Tuesday was")
    assert after_clock_stamp(text, at, True) == at


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("07.49 airline boss", "airline boss"),
        ("9:15 a.m. fire chief", "fire chief"),
        ("harbour master", "harbour master"),
        ("07.49", "07.49"),
    ],
)
def test_role_without_stamp(role: str, expected: str) -> None:
    assert role_without_stamp(role) == expected
