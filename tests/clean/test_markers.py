from __future__ import annotations

import pytest

from onrecord.clean.markers import find_date_marker, find_dateline, find_inline_signoff


@pytest.mark.parametrize(
    ("text", "place", "date", "outlet"),
    [
        ("Moscow, Dec 11 (IANS) Russian Foreign Minister Sergei Lavrov said", "Moscow", "Dec 11", "IANS"),
        ("WASHINGTON (Reuters) - The US Senate voted", "Washington", None, "Reuters"),
        ("KYIV, Ukraine (AP) — Ukrainian officials said", "Kyiv, Ukraine", None, "AP"),
        ("LONDON — Britain's prime minister said", "London", None, None),
        # the horizontal bar (U+2015) some sites set after the place
        ("WASHINGTON ― The administration could boost the troop presence", "Washington", None, None),
        ("HARLOW FALLS, Ohio, May 10 ― The mayor said", "Harlow Falls, Ohio", "May 10", None),
        ("LONDON - Britain's prime minister said", "London", None, None),
        ("LONDON—Britain's prime minister said", "London", None, None),
        ("NEW DELHI, Dec 11 (IANS) -- The government said", "New Delhi", "Dec 11", "IANS"),
        ("LISBON, March 4 (Meridian) - Portugal's minister", "Lisbon", "March 4", "Meridian"),
        ("BERLIN, 10. Juni (dpa) - Die Ministerin", "Berlin", "10. Juni", "dpa"),
        ("МОСКВА, 10 июня (ТАСС) – Пресс-секретарь президента", "Москва", "10 июня", "ТАСС"),
        ("HALLWANG/PORT MARREN, May 5 (Bridgeline) - The union", "Hallwang/Port Marren", "May 5", "Bridgeline"),
        ("HALLVIK, 12 marzo 2027 – Lo sciopero nei porti", "Hallvik", "12 marzo 2027", None),
        # a release issued from two cities
        ("TROMVIK and KASSALA, 4 May 2027 — Norvale Pharma AS today said", "Tromvik and Kassala", "4 May 2027", None),
        ("BREMLAND & ORSK, June 2 (Polar Wire) - The two ports", "Bremland & Orsk", "June 2", "Polar Wire"),
        ("Orvask, Feb 3, NWA -- The ministry's spokesman said", "Orvask", "Feb 3", "NWA"),  # agency after a comma
        # US wire copy's date between dashes after the place and outlet
        ("CARVER CITY (NPW) — Oct. 6, 2027 — The county board voted", "Carver City", "Oct. 6, 2027", "NPW"),
        ("PORT ALDEN — 9 June 2027 — The harbour master said", "Port Alden", "9 June 2027", None),
        # a region of three words between the place and the date
        ("PORT ALVA, Skerry Island Territory, Nov 14 (SPA) – The vote", "Port Alva", "Nov 14", "SPA"),
        ("HARLOW FALLS, Ohio, May 10 (NPW) — The mayor said", "Harlow Falls, Ohio", "May 10", "NPW"),
        # a place in capitals with its region and a dash, no date
        ("OSKBY, Fennmark — The City of Oskby today announced a bid", "Oskby, Fennmark", None, None),
        ("CEDAR BLUFF, Ore. — The county board voted", "Cedar Bluff, Ore.", None, None),
    ],
)
def test_dateline(text: str, place: str, date: str | None, outlet: str | None) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.date, found.outlet) == (place, date, outlet)
    assert text[found.end :][:1].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "Russian Foreign Minister Sergei Lavrov said on Thursday that Moscow will continue.",
        "US President Donald Trump (R) said the deal was done.",
        "The Kremlin said (in a statement) that talks would go on.",
        "Russia is working on peace, not a ceasefire with Ukraine, said the press secretary.",
        "April 24 marked 101 years since the start of the war.",
        'KVLT-TV "VALLEY MORNING"',  # a hyphen without a space before it joins a name
        "Sunday, May 16",  # a live blog's day heading: no place, and "May 16" is not "May 1"
        "Saturday, May 15\n\n22:48\nThe coach has just finished his press conference.",
        "Mittwoch, 10. März",
    ],
)
def test_no_dateline_in_ordinary_sentences(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("document", "dateline"),
    [
        # a transcript's first turn with its label's role in brackets: the label opens later turns too
        ("MARA VENN (HOST): Good evening.\n\nOLEG TIRR: Thank you.\n\nMARA VENN: Why now?\n", None),
        ("MARA VENN (HOST): Good evening.\n\nMARA VENN (HOST): Why now?\n", None),
        # a wire's dateline closed by a colon stays one
        ("KARSTAD (KNA): The port reopened on Monday.\n\nIts director said trade would resume.\n", "KARSTAD (KNA)"),
    ],
)
def test_a_turn_label_is_no_dateline(document: str, dateline: str | None) -> None:
    found = find_dateline(document.split("\n\n", 1)[0], document)
    assert (found.text if found else None) == dateline


def test_date_marker_and_inline_signoff() -> None:
    assert find_date_marker(" date 2025-12-11 Moscow, Dec 11 (IANS) Russian") == ("2025-12-11", 17)
    assert find_date_marker("The date 2025-12-11 was chosen") is None
    assert find_inline_signoff("in Ukraine. --IANS") == ("IANS", 11)
    assert find_inline_signoff("a range of 10--20 percent") is None
