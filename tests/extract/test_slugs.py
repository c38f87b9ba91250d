"""A broadcast script's slugs name whose clip comes next."""

from __future__ import annotations

import pytest

from onrecord.extract import slugs
from onrecord.extract.slugs import introduced_by_slug

SCRIPT = (
    "[ANCHOR — DAVINA ROOK, STUDIO]\n\nThe ferry port stayed shut today.\n\n"
    "[SOT — HARBOURMASTER EINAR QUILLAN-BAPTISTE]\n\nQUILLAN-BAPTISTE: The swell is still four metres.\n\n"
    "[LIVE — DAVINA ROOK]\n\nROOK: Back to you.\n\n"
    "NOTE: The schedule follows.\n"
)


def test_all() -> None:
    assert slugs.__all__ == ["introduced_by_slug"]


@pytest.mark.parametrize(
    ("label", "expected"),
    [("QUILLAN-BAPTISTE", True), ("ROOK", True), ("NOTE", False)],
)
def test_a_label_under_a_slug_naming_its_person(label: str, expected: bool) -> None:
    assert introduced_by_slug(SCRIPT, label, SCRIPT.index(f"{label}:")) is expected


def test_a_slug_naming_someone_else_introduces_nobody() -> None:
    text = "[SOT — EINAR QUILLAN]\n\nMARSH: The swell is still four metres.\n"
    assert not introduced_by_slug(text, "MARSH", text.index("MARSH:"))
