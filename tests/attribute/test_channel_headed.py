"""A wire's short name recorded under the full name its header writes in capitals."""

from __future__ import annotations

import pytest

from onrecord.attribute import channel_headed
from onrecord.attribute.channel_headed import headed_name

_WIRE = (
    "KESTREL BUSINESS WIRE\n\nDock shares slide\n\nTARVIK, May 3 (Kestrel) - Shares fell.\n\n"
    "Harbourmaster Ylva Sandholm told Kestrel the pier would stay shut.\n"
)
_DESK = "KESTREL NEWS — ENERGY\n\nTARVIK (Kestrel) - Berg told Kestrel so.\n"
_PAPER = "THE KESTREL BAY TIMES\n\nTARVIK - Berg told Kestrel so.\n"
_BYLINE = "Dock shares slide\n\nBy Kestrel News Agency\n\nTARVIK (Kestrel) - Berg told Kestrel so.\n"
_STATION = "KESTREL FM\n\nBerg told Kestrel so.\n"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Kestrel", _WIRE, "Kestrel Business Wire"),
        # a desk after a dash is no part of the name
        ("Kestrel", _DESK, "Kestrel News"),
        # the short name must open the header's name
        ("Kestrel", _PAPER, "Kestrel"),
        # a byline is a paper's credit: either name is recorded
        ("Kestrel", _BYLINE, "Kestrel"),
        # a name with no wire's word after the short one
        ("Kestrel", _STATION, "Kestrel"),
        # acronyms and names of more words are left as read
        ("KTX", _WIRE, "KTX"),
        ("Radio Kestrel Bay", _WIRE, "Radio Kestrel Bay"),
        ("Kestrel FM", "KESTREL FM NEWS\n\nBerg told Kestrel FM so.\n", "Kestrel FM"),
        (None, _WIRE, None),
    ],
)
def test_headed_name(name: str | None, text: str, expected: str | None) -> None:
    assert headed_name(name, text) == expected


def test_all() -> None:
    assert channel_headed.__all__ == ["WIRE_WORDS", "headed_name"]
