"""How an outlet's name is cut from the words around it (attribute.channel_names)."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.attribute.channel_names import known_with_station


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
