"""Changes told going two ways: two claims."""

from __future__ import annotations

import pytest

from onrecord.link import trends
from onrecord.link.features import compatible, features
from onrecord.link.trends import FALL, RISE, direction, directions_differ


def test_public_names() -> None:
    assert trends.__all__ == ["FALL", "RISE", "direction", "directions_differ"]


@pytest.mark.parametrize(
    ("text", "names", "way"),
    [
        ("bookings at the inn had doubled since May", (), RISE),
        ("bookings at the inn have fallen since May", (), FALL),
        ("fares rose and ridership fell", (), None),  # both ways: no one direction
        ("she declined to comment on the bookings", (), None),
        ("rose said the bookings were steady", ("rose",), None),  # a name
        ("the bookings were steady", (), None),
    ],
)
def test_direction(text: str, names: tuple[str, ...], way: str | None) -> None:
    assert direction(text.split(), names) == way


def test_directions_differ() -> None:
    assert directions_differ("visits had tripled".split(), "visits had fallen".split())
    assert not directions_differ("visits had tripled".split(), "visits had soared".split())
    assert not directions_differ("visits had tripled".split(), "visits were counted".split())


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (
            "calls to the helpline had fallen on Friday, the first drop since the flood",
            "calls to the helpline had quadrupled since the flood",
            False,
        ),
        ("calls to the helpline had quadrupled since the flood", "Calls have quadrupled. We need more staff", True),
    ],
)
def test_compatible_reads_directions(a: str, b: str, agree: bool) -> None:
    assert compatible(features(a, "en"), features(b, "en"))[0] is agree
