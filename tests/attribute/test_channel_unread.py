"""The channel a sentence in a language without channel words names by its name alone."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.attribute.channel_unread import platform_with_ending, unread_channel


@pytest.mark.parametrize(
    ("attribution", "via"),
    [
        # an outlet by its masthead word, after the verb, closing the sentence or before the speaker
        ("«                  », sa rektor Ingvild Solum til Fjordby Courier.", "Fjordby Courier"),
        ("„                  “, povedal pre Harbour Tribune riaditeľ Ondrej Malina.", "Harbour Tribune"),
        # a compound masthead with a hyphen, a case ending after a hyphen or in another script
        ("«         », sier sjefen i Lysvik Kraft til Sundmør-Avisen.", "Sundmør-Avisen"),
        ("„         “, — თქვა ნინომ Coastline Wire-თან საუბარში.", "Coastline Wire"),
        ("Нұрлан Radio Tobyl радиосына: «         », – деді.", "Radio Tobyl"),
        # a station's frequency, a name in quotation marks after a common noun
        ("אמר ביום שני בראיון לתחנת Radio Marrow 97.4.", "Radio Marrow 97.4"),
        ("zitierte die Zeitung „Pelham Gazette“ den Geologen Arno Kestrin.", "Pelham Gazette"),
        # a platform, with a case ending
        ("ysgrifennodd ar Instagram.", "Instagram"),
        ("Бақытжан сейсенбі күні Telegram-да жазды: «    »", "Telegram"),
        # "X" after a lowercase word, with a case marker before it or an ending in another script
        ("skrev politikeren Tora Lund på X.", "X"),
        ("kubhala uThemba ku-X ngoLwesibili.", "X"),
        ("ხელისუფლებამ X-ზე გამოაქვეყნა:", "X"),
        # a case marker before a platform, a case ending glued to it, a streaming platform
        ("kusho uThemba ku-Facebook.", "Facebook"),
        ("ütles ta Instagramis avaldatud videos.", "Instagram"),
        ("ნინომ Discord-ზე თქვა:", "Discord"),
    ],
)
def test_the_one_channel_named_is_the_quotes(attribution: str, via: str) -> None:
    assert unread_channel(attribution) == via


@pytest.mark.parametrize(
    "attribution",
    [
        # no channel: a person and a body, a masthead word alone (a common noun), the letter X of
        # a name, a title or a compound
        ("«         », sier direktør Halvor Brekk i Lysvik Kraft."),
        "sagte er der Zeitung am Montag.",
        "sagte Papst Pius X. am Montag.",
        "sagte Herr X zu den Nachbarn.",
        "zeigte das X-ray Foto.",
        # an agent noun made of a platform's name is a person, no case ending
        "sagte der Instagrammer Timo Brandt am Montag.",
        "sagte der YouTuber Timo Brandt am Montag.",
        # two channels: which one the words came through, nothing in the sentence says
        "«      », sa Lund til Fjordby Courier og Sundby Herald.",
    ],
)
def test_no_channel_or_two_name_none(attribution: str) -> None:
    assert unread_channel(attribution) is None


def test_a_language_without_channel_words_names_its_channel() -> None:
    text = (
        "Brann i Sundby sentrum\n\n"
        "Brannen i Sundby ble slukket natt til tirsdag, opplyser politiet.\n\n"
        "«Vi har aldri sett noe lignende», sier brannsjef Halvor Brekk til Fjordby Courier.\n"
    )
    quotes = extract(text)
    assert [q.via for q in quotes if q.text.startswith("Vi har")] == ["Fjordby Courier"]


def test_english_keeps_its_own_rules() -> None:
    # the editor of a paper speaks for himself: English names a channel by its words, not by a name
    text = (
        "The council voted on Tuesday to close the library in the old town hall for the winter.\n\n"
        '"We will print the letter in full, and we will let our readers judge it," said Tom Ashby, '
        "the editor of the Aldwyn Courier.\n"
    )
    [quote] = extract(text)
    assert quote.via is None


@pytest.mark.parametrize(
    ("attribution", "via"),
    [
        # a source set off before the speaker: a report the language's own rules read
        ("Segundo o diário Harbour Tribune, o diretor Rui Mota disse que                  .", None),
        # the quote's marks before the comma: the attribution follows the words
        ("«                  », sa rektor Ingvild Solum til Fjordby Courier.", "Fjordby Courier"),
        # a comma later in the sentence leaves a channel before it
        ("Igår sa hun til Fjordby Courier, da hun kom hjem: «        »", "Fjordby Courier"),
    ],
)
def test_an_opening_source_is_left_to_the_language(attribution: str, via: str | None) -> None:
    cue = attribution.find(" sa ") if " sa " in attribution else attribution.find("disse")
    assert unread_channel(attribution, cue) == via


def test_an_opening_source_in_a_language_without_source_words_is_the_channel() -> None:
    # (no rules read the opening clause: the outlet it names by its shape is the channel)
    attribution = "Lo tavé Harbour Tribune, direktori Rui Mota venu kelo                  ."
    assert unread_channel(attribution, attribution.find("venu"), reports_read=False) == "Harbour Tribune"
    assert unread_channel(attribution, attribution.find("venu")) is None


@pytest.mark.parametrize(
    ("word", "platform"),
    [("Instagramil", "Instagram"), ("TikTokis", "TikTok"), ("Instagrammer", None), ("Ostrava", None)],
)
def test_a_platform_with_a_case_ending_glued_on(word: str, platform: str | None) -> None:
    assert platform_with_ending(word) == platform
