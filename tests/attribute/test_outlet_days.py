"""The day of words an outlet relays from its own dated exchange with their speaker."""

import pytest

from onrecord import extract
from onrecord.attribute.outlet_days import OutletDays, one_outlet, told_outlet


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("the Fenland Post", "Fenland Post", True),
        ("the Post", "Fenland Post", True),
        ("FNS", "Fenland News Service", True),
        ("Fenland News Service", "FNS", True),
        ("Coast Wire", "Harbour Wire", False),
        ("Fenland Post", "Radio Tarn", False),
        ("the", "Fenland Post", False),
    ],
)
def test_one_outlet(a: str, b: str, expected: bool) -> None:
    assert one_outlet(a, b) is expected


def test_the_last_dated_exchange_with_that_outlet_gives_the_day() -> None:
    days = OutletDays()
    days.spoke("marsh", "Fenland Post", "2027-03-02")
    days.spoke("marsh", "Radio Tarn", "2027-03-03")
    days.spoke("marsh", "the Fenland Post", "2027-03-04")
    assert days.relayed_day("marsh", "Fenland Post") == "2027-03-04"
    assert days.relayed_day("marsh", "Radio Tarn") == "2027-03-03"
    assert days.relayed_day("marsh", "Harbour Wire") is None
    assert days.relayed_day("okafor", "Fenland Post") is None


_DATED = (
    "Ferry link to stay shut\n\nBy Nell Tarrant\n\n"
    "GRIMSEA (Fenland News Service) — The island ferry will stay in port for a second week.\n\n"
    "The harbour master, Ivo Marsh, told Fenland News Service on Thursday that the ferry would"
    ' not sail before the pier was repaired. "We were caught out by the storm," FNS quoted him'
    " as saying.\n"
)
_UNDATED = _DATED.replace(" on Thursday", "")


def test_an_outlet_quoting_its_own_dated_exchange_takes_its_day() -> None:
    quotes = extract(_DATED, published="2027-03-06")
    caught = [q for q in quotes if q.text.startswith("We were caught out")]
    assert [q.said_on for q in caught] == ["2027-03-04"]


def test_an_outlet_quoting_an_undated_exchange_dates_nothing() -> None:
    quotes = extract(_UNDATED, published="2027-03-06")
    caught = [q for q in quotes if q.text.startswith("We were caught out")]
    assert [q.said_on for q in caught] == [None]


def test_another_outlet_quoting_the_speaker_dates_nothing() -> None:
    text = _DATED.replace("FNS quoted", "Radio Tarn quoted")
    quotes = extract(text, published="2027-03-06")
    caught = [q for q in quotes if q.text.startswith("We were caught out")]
    assert [q.said_on for q in caught] == [None]


def test_another_speakers_words_between_end_the_exchange() -> None:
    days = OutletDays()
    days.spoke("marsh", "Fenland Post", "2027-03-04")
    days.heard("marsh")
    assert days.relayed_day("marsh", "Fenland Post") == "2027-03-04"
    days.heard("okafor")
    assert days.relayed_day("marsh", "Fenland Post") is None


def test_words_an_outlet_only_reported_on_a_day_date_nothing_it_quotes_later() -> None:
    text = (
        _DATED.replace("GRIMSEA (Fenland News Service)", "GRIMSEA (Tarn Wire)")
        .replace(
            "told Fenland News Service on Thursday that the ferry would not sail",
            "said on Thursday that the ferry would not sail",
        )
        .replace("repaired.", "repaired, according to Fenland News Service.")
    )
    quotes = extract(text, published="2027-03-06")
    caught = [q for q in quotes if q.text.startswith("We were caught out")]
    assert [q.said_on for q in caught] == [None]


@pytest.mark.parametrize(
    ("cue", "after", "expected"),
    [
        ("told", " the Fenland Post on Thursday", True),
        ("said to", " Radio Tarn", True),
        ("told", " the regional daily Fenland Post", True),
        ("said", " on Thursday that the ferry", False),
        ("told", " reporters, according to the Fenland Post", False),
        # the outlet by its initials ("told FP on Thursday" of the Fenland Post); not another's
        ("told", " FP on Thursday that a ban", True),
        ("told", " KBC on Thursday that a ban", False),
        ("told", " the court, FP reported", False),
    ],
)
def test_told_outlet(cue: str, after: str, expected: bool) -> None:
    outlet = "Radio Tarn" if "Radio" in after else "Fenland Post"
    assert told_outlet(cue, after, outlet) is expected
