"""The name a channel is recorded under, read from the article's own header."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.attribute.channel_reading import masthead_spelled

_WIRE = (
    "NORDALE NEWS AGENCY (NNA)\n\nFerry talks stall\n\nVARSKE, May 4 (NNA) — The ferry talks stalled on Tuesday.\n\n"
    'Harbourmaster Tove Lindqvist told NNA that the pier would stay shut. "We cannot open it," she said.\n'
)


_CREDITED = (
    "THE HARLOW POST\nWorld | Tuesday 4 May 2027\n\nFerry talks stall\n\nNordale News Agency\n\n"
    "VARSKE, May 4 (NNA) - The ferry talks stalled on Tuesday.\n"
)


@pytest.mark.parametrize(
    ("name", "text", "transcript", "expected"),
    [
        # the wire's own acronym, spelled out by its masthead, is recorded by its full name
        ("NNA", _WIRE, False, "Nordale News Agency"),
        ("NNA", "Ferry talks stall\n\nNordale News Agency (NNA)\n4 May 2027\n\nText.", False, "Nordale News Agency"),
        # the wire's service after a dash, the wire's own byline
        ("NNA", "NORDALE NEWS AGENCY (NNA) — WORLD SERVICE\n04/05/2027\n\nText.", False, "Nordale News Agency"),
        ("NNA", "Ferry talks stall\n\nBy NORDALE NEWS AGENCY\n\nText.", False, "Nordale News Agency"),
        # a reporter's byline spells no outlet
        ("NNA", "Ferry talks stall\n\nBy NORA ASKE\n\nText.", False, "NNA"),
        # a reporter whose initials are the acronym spells it no more than any other reporter
        ("GT", "Silo fire contained\n\nBy GRETA TOLL\n\nText.", False, "GT"),
        ("KBN", "Silo fire contained\n\nBy KAI B. NOLTE\n\nText.", False, "KBN"),
        # a programme's transcript is heard under the short name its turns use
        ("NNA", _WIRE, True, "NNA"),
        # an acronym no header line spells, or one that spells other words, stays
        ("KBC", _WIRE, False, "KBC"),
        ("NNA", "HARBOUR WORKERS UNION (NNA)\n\nText.", False, "NNA"),
        ("Radio Karsk", _WIRE, False, "Radio Karsk"),
        # the agency's name alone on a header line in capitals
        ("NNA", "NORDALE NEWS AGENCY\n\n04 May 2027 | NNA\n\nVARSKE (NNA) - Text.", False, "Nordale News Agency"),
        # a paper's credit over the dateline of the agency's story it runs
        ("NNA", _CREDITED, False, "Nordale News Agency"),
        # in the agency's own copy, a line of its name in title case leaves the acronym as written
        ("NNA", "Ferry talks stall\n\nNordale News Agency\n\nVARSKE, May 4 (NNA) - Text.", False, "NNA"),
        (None, _WIRE, False, None),
    ],
)
def test_masthead_spelled(name: str | None, text: str, transcript: bool, expected: str | None) -> None:
    assert masthead_spelled(name, text, transcript) == expected


def test_a_wire_told_by_its_acronym_is_its_own_full_name() -> None:
    quotes = extract(_WIRE)
    assert len(quotes) == 2
    assert {q.via for q in quotes} == {"Nordale News Agency"}


def _vias(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {q.text[:24]: (q.via, q.via_kind) for q in extract(text, published="2027-05-07")}


@pytest.mark.parametrize(
    ("text", "quote", "via"),
    [
        # a programme by its title in quotation marks, after its station's possessive
        (
            '"The pier is safe," Dale Orrick told KWTR\'s "Harbour Hour" show on Wednesday.',
            "The pier is safe",
            ("Harbour Hour", "outlet"),
        ),
        # a sentence pointing back to the programme, the interview or the station named before
        (
            '"The pier is safe," Dale Orrick told KWTR\'s "Harbour Hour" show on Wednesday.\n\n'
            "On the breakfast show that morning, Orrick said the dredging would cost $4 million.",
            "the dredging would cost ",
            ("Harbour Hour", "outlet"),
        ),
        (
            'Dr Ines Marlow told Fennick FM on Thursday: "The ward is full."\n\n'
            "In the phone-in interview she also said the spare beds were in storage.",
            "the spare beds were in s",
            ("Fennick FM", "outlet"),
        ),
        (
            "Lina Osk told Radio Vellan on Tuesday that she was finished.\n\n"
            'On the same TV channel that evening, the coach Per Amund said the team "owed her a lot".',
            'the team "owed her a lot',
            ("Radio Vellan", "outlet"),
        ),
        # of two programmes named before, the one named by the noun pointing back
        (
            '"The pier is safe," Dale Orrick told KWTR\'s "Harbour Hour" show on Wednesday.\n\n'
            'On the Dock Talk podcast last week, Orrick called the pier "sound".\n\n'
            "On the breakfast show that morning, Orrick said the dredging would cost $4 million.",
            "the dredging would cost ",
            ("Harbour Hour", "outlet"),
        ),
        # the newspaper's own podcast, named after its noun, and pointed back to
        (
            "Ilse Marten had been a guest on this newspaper's podcast, Tram Talk, a week "
            'before she left.\n\n"I told the board on 3 May," Ilse Marten said on the podcast.',
            "I told the board on 3 Ma",
            ("Tram Talk", "outlet"),
        ),
        # an interview given to a medium an acronym names, and the same network pointed back to
        (
            "In a Friday interview with KTN, Vera Holm said she backed the canal plan. Her deputy "
            'Ola Brenn, speaking on the same network later, said "the locks stay open."',
            "she backed the canal pla",
            ("KTN", "outlet"),
        ),
        (
            "In a Friday interview with KTN, Vera Holm said she backed the canal plan. Her deputy "
            'Ola Brenn, speaking on the same network later, said "the locks stay open."',
            "the locks stay open.",
            ("KTN", "outlet"),
        ),
        # an interview with an outlet of its own names that one
        (
            "Lina Osk told Radio Vellan on Tuesday that she was finished.\n\n"
            "In the interview with the Harbour Gazette, Per Amund said the club would appeal.",
            "the club would appeal",
            ("Harbour Gazette", "outlet"),
        ),
    ],
)
def test_a_programme_by_its_title_and_pointed_back_to(
    text: str, quote: str, via: tuple[str | None, str | None]
) -> None:
    assert _vias(text)[quote] == via


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # a foreign title's lower-case words after its medium's noun are the title's
        (
            'Speaking to the Croatian daily Vjesnik dana on Thursday, agent Ivo Marić said: "He will listen to '
            'every offer."',
            "Vjesnik dana",
        ),
        ("Agent Ivo Marić told the Latvian news site Vakara ziņas that the player would stay.", "Vakara ziņas"),
        # an English verb or adverb after the name is no part of it
        ("Agent Ivo Marić told the daily Vjesnik recently that the player would stay.", "Vjesnik"),
    ],
)
def test_a_foreign_title_with_lower_case_words(text: str, via: str) -> None:
    assert [q.via for q in extract(text, published="2027-05-12")] == [via]


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # media in general named after a place are no outlet the words came through
        (
            "According to Tarnland media reports, Jonas Aberg said on Monday that the border would stay open.",
            [None],
        ),
        # an outlet's own report, or the outlet by its name, still is
        ("The ferry carried 4,000 passengers, according to a Radio Vellan report.", ["Radio Vellan"]),
        (
            "According to the Harbour Gazette, Jonas Aberg said on Monday that the border would stay open.",
            ["Harbour Gazette"],
        ),
        # a name after the noun that heads the source is the source's own ("the news site X", "an email
        # made public by X")
        (
            "Jonas Aberg said on Monday that the border would stay open, according to the technology news "
            "site Pixelgram.",
            ["Pixelgram"],
        ),
    ],
)
def test_media_in_general_named_after_a_place_are_no_outlet(text: str, via: list[str | None]) -> None:
    assert [q.via for q in extract(text, published="2027-05-12")] == via


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        # a country in the possessive owns the outlet or the company named after it; it is no channel
        ("According to Chile's 'Morning Courier', the ministers had left the port.", "Morning Courier", None),
        ("Chile's Vantor Systems Ltd reported sales that missed forecasts.", None, None),
        # the outlet it owns still carries words said to it
        ('"We will appeal," Ostrow told Chile\'s Morning Courier.', "Ostrow", "Morning Courier"),
    ],
)
def test_a_country_in_the_possessive_is_no_channel(text: str, speaker: str | None, via: str | None) -> None:
    quotes = extract(text)
    assert quotes and quotes[0].via == via
    if speaker is not None:
        assert quotes[0].speaker is not None and quotes[0].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # a body's own record or office after "according to" is the body speaking: no channel
        (
            "The Skarvik Seismic Institute (SSI) raised its alert on Monday. According to SSI's Tuesday bulletin, "
            "the number of tremors has fallen to 40 a day.",
            None,
        ),
        ("About 9,000 people cross the bridge each day, according to the Tallby roads office.", None),
        # a paper the body wrote, its name before the paper's noun
        ("According to a Brask Lowe research note, about 9,000 people cross the bridge each day.", None),
        ("According to a Brask Lowe forecast, about 9,000 people cross the bridge each day.", None),
        # an outlet's report is still a channel, and so is a medium the article introduced
        (
            "The broadcaster Radio Skarvik covered the eruption all night. According to Radio Skarvik's "
            "Tuesday bulletin, the number of tremors has fallen to 40 a day.",
            "Radio Skarvik",
        ),
    ],
)
def test_a_bodys_own_record_is_no_channel(text: str, via: str | None) -> None:
    quotes = [q for q in extract(text, published="2027-05-12") if "tremors" in q.text or "9,000" in q.text]
    assert quotes and quotes[-1].via == via


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # an outlet set off by a description with a place before its medium's noun
        (
            "Anil Thapa, a student from Pokhara, told Saptahik Khabar, a Kathmandu weekly, that the fees had "
            'doubled. "We cannot pay," he told the paper.',
            ["Saptahik Khabar", "Saptahik Khabar"],
        ),
        # a site by its kind before its name
        (
            "Its chief executive, Aram Petrosyan, told the Armenian business site Kentron Business that the firm "
            "would pay.",
            ["Kentron Business"],
        ),
        # a piece published in an outlet
        (
            "Dana Kell, an economist, wrote in an op-ed in the Orvik Review on Thursday that the fines were too low.",
            ["Orvik Review"],
        ),
        (
            "Dana Kell wrote in an op-ed published Sunday in the Orvik Review that the fines were too low.",
            ["Orvik Review"],
        ),
    ],
)
def test_an_outlet_named_by_its_kind_or_its_piece(text: str, via: list[str | None]) -> None:
    assert [q.via for q in extract(text, published="2027-05-12")] == via
