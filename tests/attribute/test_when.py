from __future__ import annotations

from datetime import date

import pytest

from onrecord.attribute.when import find_time, reference_date


@pytest.mark.parametrize(
    ("published", "dateline", "expected"),
    [
        ("2025-12-11", "Moscow, Dec 11 (IANS)", date(2025, 12, 11)),
        ("2025-12-10T09:08:00+00:00", None, date(2025, 12, 10)),
        ("2026-01-02", "KYIV, Dec 31 (AP)", date(2025, 12, 31)),  # the year turned since
        (None, None, None),
    ],
)
def test_reference_date(published: str | None, dateline: str | None, expected: date | None) -> None:
    assert reference_date(published, dateline) == expected


REF = date(2025, 12, 11)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Wednesday, he said", ("day", date(2025, 12, 10))),
        ("he said Thursday", ("day", date(2025, 12, 11))),  # on or before the reference day
        ("he said last Thursday", ("day", date(2025, 12, 4))),
        ("he said yesterday", ("day", date(2025, 12, 10))),
        ("he told reporters today", ("day", REF)),
        ("he said on Dec 9", ("day", date(2025, 12, 9))),
        ("Earlier this month, he had said", ("not-day", None)),
        ("he said last week", ("not-day", None)),
        ("citing earlier remarks by an aide, he said", None),
        ("he said", None),
    ],
)
def test_find_time(text: str, expected: tuple[str, date | None] | None) -> None:
    found = find_time(text, text.index("said") if "said" in text else 0, REF)
    assert (found[:2] if found else None) == expected
