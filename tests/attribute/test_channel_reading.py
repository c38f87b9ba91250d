"""The name a channel is recorded under, read from the article's own header."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.attribute.channel_reading import masthead_spelled

_WIRE = (
    "NORDALE NEWS AGENCY (NNA)\n\nFerry talks stall\n\nVARSKE, May 4 (NNA) — The ferry talks stalled on Tuesday.\n\n"
    'Harbourmaster Tove Lindqvist told NNA that the pier would stay shut. "We cannot open it," she said.\n'
)


@pytest.mark.parametrize(
    ("name", "text", "transcript", "expected"),
    [
        # the wire's own acronym, spelled out by its masthead, is recorded by its full name
        ("NNA", _WIRE, False, "Nordale News Agency"),
        ("NNA", "Ferry talks stall\n\nNordale News Agency (NNA)\n4 May 2027\n\nText.", False, "Nordale News Agency"),
        # a programme's transcript is heard under the short name its turns use
        ("NNA", _WIRE, True, "NNA"),
        # an acronym no header line spells, or one that spells other words, stays
        ("KBC", _WIRE, False, "KBC"),
        ("NNA", "HARBOUR WORKERS UNION (NNA)\n\nText.", False, "NNA"),
        ("Radio Karsk", _WIRE, False, "Radio Karsk"),
        (None, _WIRE, False, None),
    ],
)
def test_masthead_spelled(name: str | None, text: str, transcript: bool, expected: str | None) -> None:
    assert masthead_spelled(name, text, transcript) == expected


def test_a_wire_told_by_its_acronym_is_its_own_full_name() -> None:
    quotes = extract(_WIRE)
    assert len(quotes) == 2
    assert {q.via for q in quotes} == {"Nordale News Agency"}
