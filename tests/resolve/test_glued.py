"""A channel's or employer's name written onto a person's name in copy not in English."""

import pytest

from onrecord.resolve.glued import channel_words, masthead, without_glued_channel

CHANNELS = channel_words(["Harbourline News Wire", "The Calder Gazette", "Chief Engineer"])


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Marta Kellin Harbourline", "Marta Kellin"),  # the outlet she spoke to, written on
        ("Marta Kellin Harbourlinega", "Marta Kellin"),  # with a case ending
        ("Pablo de la Serna Ruiz Calderu", "Pablo de la Serna Ruiz"),  # particles kept
        ("Marta Kellin", "Marta Kellin"),  # a given name and a surname: nothing cut
        ("Pablo Ruiz Vega", "Pablo Ruiz Vega"),  # a second surname is no channel
        ("Harbourline News Wire", "Harbourline News Wire"),  # no given name first: no person
        ("Marta Kellin Harbourlineskaya", "Marta Kellin Harbourlineskaya"),  # more than an ending
    ],
)
def test_without_glued_channel(name: str, expected: str) -> None:
    assert without_glued_channel(name, CHANNELS) == expected


def test_channel_words_skip_short_and_lower_case() -> None:
    assert channel_words(["The Calder FM", "head of news"]) == frozenset({"calder"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MORVIK TIDENDE\nTorsdag 7. oktober\n\nBody.", "Morvik Tidende"),
        ("\n  KANAL ÖST  \nBody.", "Kanal Öst"),
        ("Morvik Tidende\nBody.", None),  # not all capitals: a headline or a name, read elsewhere
        ("STORM CLOSES THE HARBOUR FOR A SECOND DAY\nBody.", None),  # a headline in capitals
    ],
)
def test_masthead(text: str, expected: str | None) -> None:
    assert masthead(text) == expected


SHORT = channel_words(["Radio Nord", "Westfälische Post", "Kanal Sydost"])


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lena Marie Nordlund", "Lena Marie Nordlund"),  # a surname that begins as "Nord"
        ("Karl Heinz Postler", "Karl Heinz Postler"),  # a surname that begins as "Post"
        ("Lena Marie Nordlund Sydostil", "Lena Marie Nordlund"),  # a channel word with an ending
    ],
)
def test_a_surname_that_begins_as_a_short_channel_word_is_kept(name: str, expected: str) -> None:
    assert without_glued_channel(name, SHORT) == expected
