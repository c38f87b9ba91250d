"""The article's own outlet read from a transcript's header and labels (attribute.own_outlet)."""

from __future__ import annotations

import pytest

from onrecord.attribute.own_outlet import own_outlet, staff_network


@pytest.mark.parametrize(
    ("text", "network"),
    [
        # the header opens with the network its anchor's label names
        (
            "KVN EVENING REPORT WITH DELIA MARSH\n\nAired March 4, 2027\n\n"
            "DELIA MARSH, KVN ANCHOR: Good evening.\n\nSEN. OTTO BRAND (D-OR): We will vote no.",
            "KVN",
        ),
        # no header naming it, but two staff labels name one network
        (
            "THE LATE DESK\n\nJONAS PIRES, WBT HOST: Welcome back.\n\n"
            "ANA LUZ, WBT SENIOR CORRESPONDENT: Jonas, the count is close.",
            "WBT",
        ),
        # one guest from another outlet, named once: no network of the transcript's own
        ("THE LATE DESK\n\nMARA OKON, HERALD REPORTER: The count is close.", None),
        # no staff label at all
        ("HARBOUR FM - MORNING CALL\n\nHOST: Good morning.\n\nGUEST: Thank you.", None),
    ],
)
def test_the_network_its_staff_labels_name(text: str, network: str | None) -> None:
    assert staff_network(text) == network


def test_a_transcript_is_its_networks_not_its_programmes() -> None:
    text = "KVN EVENING REPORT WITH DELIA MARSH\n\nDELIA MARSH, KVN ANCHOR: Good evening."
    assert own_outlet(text, None, transcript=True) == "KVN"
    assert own_outlet(text, "Kestrel Video News", transcript=True) == "Kestrel Video News"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a masthead-shaped name before a bar and its coverage's title
        ("LIVE: Election night — results\n\nKBRN News 4 | Harnvik Decides\nLast updated 1:05 a.m.\n", "KBRN News 4"),
        ("THE MERIDIAN | LIVE\n\n10:02\nPolls open.\n", "The Meridian"),
        # a name with no masthead's shape before the bar is no outlet
        ("LIVE: Election night — results\n\nHarnvik | Election Night\nLast updated 1:05 a.m.\n", None),
    ],
)
def test_the_outlet_a_header_line_names_before_a_bar(text: str, outlet: str | None) -> None:
    assert own_outlet(text, None) == outlet


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a site's breadcrumb opens with its name
        ("DoseCheck › Recalls › Heart & blood pressure\n\nThe recall widened.\n", "DoseCheck"),
        ("Gazeta Portului › Pescuit\n\nFlota a ieșit.\n", "Gazeta Portului"),
        # a first line that is no breadcrumb names no outlet
        ("Recall widens to 14 lots\n\nThe recall widened.\n", None),
    ],
)
def test_the_site_a_breadcrumb_names(text: str, outlet: str | None) -> None:
    assert own_outlet(text, None) == outlet


@pytest.mark.parametrize(
    ("first", "outlet"),
    [
        # a masthead and its section after a bar, in any language and script
        ("Vilniaus žinios | Emigracija", "Vilniaus žinios"),
        ("Brněnský kurýr | Ekonomika | 21. 4. 2027", "Brněnský kurýr"),
        ("नगर समाचार | कारोबार", "नगर समाचार"),
        ("DNEVNI GLAS | Gospodarstvo", "Dnevni Glas"),
        # a section first, a press office's page: no outlet
        ("LIVE | Harbour fire: the latest", None),
        ("Norvale Group | Media Centre | Press Releases", None),
    ],
)
def test_a_masthead_with_its_section_in_any_language(first: str, outlet: str | None) -> None:
    text = f"{first}\n\nDie Stadt baut eine neue Brücke.\n\nVon Ana Berg\n\nDie Arbeiten beginnen im Mai.\n"
    assert own_outlet(text, None) == outlet


@pytest.mark.parametrize(
    ("outlet", "own"),
    [
        # a byline's short name is the masthead's last word: the masthead's full name
        ("Ledger", "The Harbour Point Ledger"),
        # a name of its own, or another word: as given
        ("Harbour Times", "Harbour Times"),
        ("Gazette", "Gazette"),
    ],
)
def test_a_short_name_is_the_masthead_it_ends(outlet: str, own: str) -> None:
    text = (
        "THE HARBOUR POINT LEDGER\nSunday Review | Friday, October 8, 2027\n\n"
        "By Ann Lee\nLedger Staff\n\nThe bridge opens.\n"
    )
    assert own_outlet(text, outlet) == own


@pytest.mark.parametrize(
    ("body", "own"),
    [
        # the body names the station without its frequency: as the body writes it
        ("Transcript prepared by Kellmoor Sound.\n", "Kellmoor Sound"),
        # the body never names it: as the header gives it
        ("Transcript prepared by the station.\n", "Kellmoor Sound 98.2 FM"),
    ],
)
def test_a_stations_frequency_goes_when_the_body_names_it_without(body: str, own: str) -> None:
    text = f"KELLMOOR SOUND 98.2 FM\nTHE DRIVE - PHONE-IN\nBroadcast: Thursday 11 March 2027\n{body}\nHOST: Hello.\n"
    assert own_outlet(text, None, transcript=True) == own


@pytest.mark.parametrize(
    ("body", "own"),
    [
        # a short name in capitals over the copy, which the body names: the masthead as written there
        ("Chị Lan nói với Tiếng Cảng Sông: “Tôi mất hai giờ.”", "Tiếng Cảng Sông"),
        # the body never names it: the date line under it still makes it the masthead (capitals as a title's)
        ("Chị Lan nói: “Tôi mất hai giờ.”", "Tiếng Cảng Sông"),
    ],
)
def test_a_name_in_capitals_over_the_copy_that_the_body_names(body: str, own: str | None) -> None:
    text = f"TIẾNG CẢNG SÔNG\nTin cộng đồng | Thứ Sáu, 11/6/2027 - 08:30\n\nCầu đóng cửa\n\n{body}\n"
    assert own_outlet(text, None) == own


@pytest.mark.parametrize(
    ("text", "own"),
    [
        # a short name alone on the first line, over its issue's date: the masthead
        ("THE GREYPORT PILOT\nFriday 4 June 2027 · Opinion\n\nThe ferry is late again.\n", "The Greyport Pilot"),
        ("Kustbode\nWoensdag 9 Juni 2027\n\nDie veerboot is laat.\n", "Kustbode"),
        # its one-word section after a dash kept off
        ("NOVI GLAS — SVIJET\nSrijeda, 9. lipnja 2027.\n\nTrajekt kasni.\n", "Novi Glas"),
        # a headline over the date is a sentence, no masthead
        ("Ferry late again as storm closes harbour\nFriday 4 June 2027\n\nThe ferry is late.\n", None),
        # a body's own release: no outlet
        ("GREYPORT HARBOUR BOARD\nPress Release No. 9/2027\n\nThe Board today announced ...\n", None),
        # no date under it: nothing read from the name alone
        ("THE GREYPORT PILOT\nThe ferry is late again.\n", None),
    ],
)
def test_a_masthead_over_its_issues_date(text: str, own: str | None) -> None:
    assert own_outlet(text, None) == own


@pytest.mark.parametrize(
    "text",
    [
        # a headline in title case over its byline: no masthead
        "Pier Works Delayed\nBy Clothilde Tolvane | 9 December 2025\n\nThe pier stays shut.\n",
        # a headline in title case over the date, on an English page
        "Pier Closure\nDecember 9, 2025\n\nThe pier stays shut.\n",
        "Tolvane Wins Again\nTuesday 9 December 2025\n\nTolvane won again.\n",
        # a profile's headline: a person's name
        "Clothilde Tolvane\nSunday 7 December 2025\n\nClothilde Tolvane has kept the pier for years.\n",
    ],
)
def test_a_headline_in_title_case_over_a_byline_or_date_is_no_masthead(text: str) -> None:
    assert own_outlet(text, None) is None


@pytest.mark.parametrize(
    ("text", "own"),
    [
        # a name in title case with a masthead word, or after "The", or over another language's date
        ("Skelbridge Courier\nTuesday 9 December 2025\n\nThe pier stays shut.\n", "Skelbridge Courier"),
        ("The Quillby Islander\nTuesday 9 December 2025\n\nThe pier stays shut.\n", "The Quillby Islander"),
        ("Quillby Tagesspiegel\nDienstag, 9. Dezember 2025\n\nDer Pier bleibt zu.\n", "Quillby Tagesspiegel"),
    ],
)
def test_a_masthead_in_title_case_over_its_date_stays(text: str, own: str) -> None:
    assert own_outlet(text, None) == own


@pytest.mark.parametrize(
    ("text", "own"),
    [
        # a byline crediting the outlet's own team names the outlet
        (
            "LIVE: Ferry strike - latest\n\nBy the Harlow Evening Post live team\nUpdated 09:40\n\n"
            "The strike goes on.\n",
            "Harlow Evening Post",
        ),
        ("Ferry strike talks stall\n\nBy Greyport Pilot staff\n\nThe strike went on.\n", "Greyport Pilot"),
        # a reporter's byline names no outlet
        ("Ferry strike talks stall\n\nBy Ada Lenz\n\nThe strike entered its third day on Tuesday.\n", None),
    ],
)
def test_a_byline_of_the_outlets_own_team(text: str, own: str | None) -> None:
    assert own_outlet(text, None) == own


@pytest.mark.parametrize(
    ("text", "own"),
    [
        # a desk's team is no outlet
        ("Gales shut the ports\n\nBy the Sports team\n\nFerries stayed in harbour.\n", None),
        ("Gales shut the ports\n\nBy the Business News team\n\nFerries stayed in harbour.\n", None),
        ("Gales shut the ports\n\nBy the Newsroom staff\n\nFerries stayed in harbour.\n", None),
        # one word that is no medium's name
        ("Gales shut the ports\n\nBy the Tollbridge team\n\nFerries stayed in harbour.\n", None),
        # the outlet's name before its desk
        ("Gales shut the ports\n\nBy the Wendmoor Courier Sports team\n\nFerries stayed.\n", "Wendmoor Courier"),
    ],
)
def test_a_desks_team_byline_names_no_outlet(text: str, own: str | None) -> None:
    assert own_outlet(text, None) == own


def test_told_us_under_a_desks_byline_is_no_outlets() -> None:
    from onrecord.extract import extract

    text = (
        "Gales shut the ports\n\nBy the Sports team\n\n"
        "The harbour master, Tilde Brannock, told us the ferries would stay in port.\n"
    )
    quotes = [q for q in extract(text, article_id="t") if q.text.startswith("the ferries")]
    assert quotes and quotes[0].via is None
