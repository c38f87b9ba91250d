"""An outlet named only as the one a speaker told something: "he told Brightline", never
introduced by a media noun, known to no list."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.attribute.channel_gazetteer import gazetteer
from onrecord.attribute.channel_told import told_outlets


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # a name of one word, of two, an acronym, a newsroom's desk, a name that ends in "!"
        ('"The pumps failed twice," Hamish Tolley told Quaywatch.', "Quaywatch"),
        ("Renata Adebanjo told Gear Loop that the recall would cost millions.", "Gear Loop"),
        ('"We walked out at noon," Bertil Asker told NKB.', "NKB"),
        ("A spokesman, Idris Molyneux, told Fairline Desk the figures were final.", "Fairline Desk"),
        ('"Nobody was paid," Oriana Velsey told Pelota!', "Pelota!"),
    ],
)
def test_a_name_after_told_is_the_outlet_spoken_to(text: str, via: str) -> None:
    [quote] = extract(text)
    assert quote.via == via


@pytest.mark.parametrize(
    "text",
    [
        # a person: by a given name, a title, a surname the text gives a given name or a title elsewhere
        'Councillor Dunleavy said: "I told Maria the same thing."',
        "The mayor, Petra Ostrova, said she had told Ambrose nothing. Dr Ambrose declined to comment.",
        # a body, a country, an acronym the text spells out for a body
        "The chief executive told Parliament that the plant was safe.",
        "The envoy told Norway that the talks were over.",
        "The Harbour Pilots Union (HPU) said it was ready. The manager told HPU the offer was final.",
        # a group by its initials, a chamber after a small "the", a name that modifies a noun
        "The minister told MPs that the hospital would stay open.",
        # a surname of two words opening with its particle, capitalised (any of a name's particles)
        "The coach said he had told Ter Horst that the squad was picked.",
        # a name a description is set off after: a person's
        "Tom Reyes said the season was over. He told Varrow, the team captain, that changes were coming.",
        # a people by its members' plural
        "The president told Nordmarians this weekend that the vote mattered.",
        "In a speech the governor told African-Caribbeans that the fund was theirs.",
        "The candidate told Democrats on Friday that the race was close.",
        "On Tuesday the premier told the Storting the budget would be cut.",
        "The senator told the Dunmore crowd that the clinic would open.",
        # the last words of a longer name the text writes elsewhere
        "Vega told Herald Online that she would run. Its sister paper, the Coast Herald Online, agreed.",
    ],
)
def test_a_person_or_a_body_told_is_no_outlet(text: str) -> None:
    gaz = gazetteer(text, None)
    told_outlets(text, gaz, [])
    assert not any(
        name in gaz.names
        for name in (
            "maria",
            "ambrose",
            "parliament",
            "norway",
            "hpu",
            "mps",
            "storting",
            "dunmore",
            "herald online",
            "nordmarians",
            "african-caribbeans",
            "democrats",
            "ter horst",
        )
    )


@pytest.mark.parametrize(
    "text",
    [
        # the article's dateline place: its people, its government
        "DUNMERE — The governor, Ilse Varga, told Dunmere on Monday that repairs would start in May.",
    ],
)
def test_a_place_told_is_no_outlet(text: str) -> None:
    assert [q.via for q in extract(text)][-1] is None


def test_an_outlet_written_in_x_elsewhere_stays_an_outlet() -> None:
    # "in X" names an outlet as often as a place ("a claim she first made in Skyledger"): only a
    # dateline's place is surely no outlet one is told
    text = (
        "\"The port will not be sold,\" Ilse Varga told Skyledger in an interview, repeating a claim she first "
        "made in Skyledger last spring."
    )
    assert [q.via for q in extract(text)][-1] == "Skyledger"


def test_a_masthead_in_capitals_is_no_place() -> None:
    # a first line in capitals over the article reads as a dateline's place and is the masthead
    text = (
        "NORD KANTE — Boats and the people who sail them\n\nHarwick yard to close in spring, owner says\n\n"
        "Lena Osk | March 2, 2027 | 3 min read\n\nThe Harwick boatyard will close in the spring.\n\n"
        '"We ran out of orders and out of time," owner Ilse Varga told Nord Kante.'
    )
    assert [q.via for q in extract(text)][-1] == "Nord Kante"


def test_the_places_given_are_no_outlet() -> None:
    text = "The envoy told Quarrow that the talks were over."
    gaz = gazetteer(text, None)
    told_outlets(text, gaz, [], frozenset({"quarrow"}))
    assert "quarrow" not in gaz.names
    told_outlets(text, gaz, [])
    assert "quarrow" in gaz.names  # (the same sentence with no place known: an outlet)


def test_a_name_told_is_no_outlet_the_media_noun_points_back_to() -> None:
    text = (
        "Wenzel told the broadcaster Radio Ostmark on Monday that the dam was sound. "
        "Vogt had told Lakewire on Sunday that the lake was falling. "
        'On Tuesday Wenzel told the station that the office would "have to answer for this".'
    )
    quotes = extract(text)
    assert [q.via for q in quotes] == ["Radio Ostmark", "Lakewire", "Radio Ostmark"]


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # an old newspaper's word names a paper by that word alone ("the Packet", "the Lantern")
        ('"The gate was left open," Hal Morrow told the Lantern on Monday.', "Lantern"),
        ('"Two boats came in late," Ines Carvel told the Packet on Tuesday.', "Packet"),
        ('"We counted every sheep," Rory Quill told the Islander.', "Islander"),
        ("Dana Pike told the Beacon that the pier would reopen.", "Beacon"),
    ],
)
def test_a_masthead_word_after_told_the_is_the_outlet(text: str, via: str) -> None:
    [quote] = extract(text)
    assert quote.via == via
    assert quote.via_kind == "outlet"


def test_has_spoken_to_an_outlet_sets_up_the_quote_after_it() -> None:
    text = (
        "County chief Lena Ostrova has spoken to Radio Marlow Valley this morning. "
        '"The levee should last the night, but I am moving 4,000 people anyway," she said.'
    )
    [quote] = extract(text)
    assert quote.via == "Radio Marlow Valley"
