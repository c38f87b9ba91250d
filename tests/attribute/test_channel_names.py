"""How an outlet's name is cut from the words around it (attribute.channel_names)."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.attribute.channel_gazetteer import gazetteer
from onrecord.attribute.channel_names import known_with_station, station_of


@pytest.mark.parametrize(
    ("name", "known", "expected"),
    [
        # a known broadcaster's station or service, named after it: the station
        ("BBC Radio Ardmore", "BBC", "BBC Radio Ardmore"),
        ("BBC Radio 7", "BBC", "BBC Radio 7"),
        ("BBC World Service", "BBC", "BBC World Service"),
        # the known name alone, or one word after it: the known outlet
        ("BBC", "BBC", "BBC"),
        ("BBC Radio", "BBC", "BBC"),
        # no medium's word after it, or words in lower case: the known outlet
        ("BBC Ardmore Desk", "BBC", "BBC"),
        ("BBC Radio said", "BBC", "BBC"),
        # the known name inside the phrase, not opening it: the known outlet
        ("Former BBC Radio Ardmore", "BBC", "BBC"),
    ],
)
def test_known_with_station(name: str, known: str, expected: str) -> None:
    assert known_with_station(name, known) == expected


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ('"Every ferry will sail by Friday," the minister, Ada Lind, told BBC Radio Tweed.', "BBC Radio Tweed"),
        ('"Every ferry will sail by Friday," the minister, Ada Lind, told the BBC.', "BBC"),
    ],
)
def test_a_known_broadcasters_station_is_the_channel(text: str, via: str) -> None:
    [quote] = extract(text, published="2027-06-14")
    assert (quote.via, quote.via_kind) == (via, "outlet")


@pytest.mark.parametrize(
    ("name", "parent", "expected"),
    [
        ("BBC Radio Ardmore", "BBC", True),
        ("BBC World Service", "BBC", True),
        # the parent itself, or its name and one medium's word, or a newsroom's words after it
        ("BBC", "BBC", False),
        ("BBC Television", "BBC", False),
        ("KWXN News 7", "KWXN", False),
    ],
)
def test_station_of(name: str, parent: str, expected: bool) -> None:
    assert station_of(name, parent) is expected


def test_a_station_is_not_its_parent_in_later_mentions() -> None:
    text = (
        "The ferry captain, Ilse Varga, told BBC Radio Carrow on Monday that the crossing would close. "
        "Later the harbour board's chair, Rune Adebayo, told the BBC the crossing would stay open."
    )
    g = gazetteer(text, None)
    station, later = text.index("BBC Radio"), text.rindex("BBC")
    assert g.resolve("BBC Radio Carrow", station) == "BBC Radio Carrow"
    assert g.resolve("the BBC", later) == "BBC"
    assert g.resolve("BBC", later) == "BBC"


def test_only_the_mention_naming_the_station_is_the_station() -> None:
    text = (
        '"The crossing will close in June," the ferry captain, Ilse Varga, told BBC Radio Carrow on Monday.\n\n'
        'Later the harbour board\'s chair, Rune Adebayo, told the BBC: "The crossing stays open."\n\n'
        '"Nobody asked the islanders," the councillor Wenna Tiltman told BBC Television.'
    )
    quotes = extract(text, published="2027-06-14")
    assert [(q.speaker.name if q.speaker else None, q.via) for q in quotes] == [
        ("Ilse Varga", "BBC Radio Carrow"),
        ("Rune Adebayo", "BBC"),
        ("Wenna Tiltman", "BBC"),
    ]
