"""The channel of a transcript's turns (a programme's, none for proceedings), relays by a person
named in full, and "told us" inside another's quote (attribute.channels, attribute.headings, attribute.own_outlet)."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.attribute.channels import bare_person, full_name
from onrecord.attribute.entities import Entity
from onrecord.attribute.headings import byline_outlet, proceedings_header, programme_outlet
from onrecord.attribute.own_outlet import own_outlet

_TURNS = (
    "\n\nHOST: Senator, good morning. Where do things stand?\n\n"
    "SEN. MARTA KOVIC: We have the votes, and we will bring the bill to the floor this week.\n\n"
    "HOST: And the fees?\n\n"
    "SEN. MARTA KOVIC: There are no new fees in this bill. Not one.\n\n"
    "HOST: Thank you, Senator.\n"
)


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        (
            "THE BEDSIDE TABLE — a health podcast from Northlight Audio\nEpisode 41\nRecorded Monday, May 3, 2027",
            "The Bedside Table",
        ),
        (
            "THE WEEK IN WASHINGTON\nTranscript — Sunday, June 13, 2027\nGuests: Sen. Marta Kovic",
            "The Week in Washington",
        ),
        ('HARBOUR FM 97.4 — "THE SOUND THIS MORNING"\nBroadcast and recorded: Wednesday 10 March 2027', "Harbour FM"),
        ("MORNING LINE\nKPRR Public Radio — Portland, Oregon\nRecorded Thursday, May 20, 2027", "KPRR Public Radio"),
        ("FARM HOUR\nPublic affairs program, KXLT Channel 5\nRecorded Monday, May 3, 2027", "KXLT Channel 5"),
        ("FARM HOUR\nProgramme: Harvest News Special\nRecorded Monday, May 3, 2027", "Farm Hour"),
        ("TRANSCRIPT — KVN MARKETS TONIGHT\nSegment: One guest\nRecorded: Friday, May 7, 2027", "KVN Markets Tonight"),
        ("Transcript - The Long Table\nHost: Ana Ruiz\nRecorded Monday, May 3, 2027", "The Long Table"),
        ("TRANSCRIPT — HOUSE OF ASSEMBLY OF KESTRIA\nOFFICIAL REPORT (HANSARD)", None),
        ("THE CARRICK SOUND FERRY INQUIRY\nTRANSCRIPT OF PROCEEDINGS — DAY 4\nTuesday, 9 March 2027", None),
        ("HOUSE OF ASSEMBLY OF KESTRIA\n\nOFFICIAL REPORT\n(HANSARD)", None),
        ("MARKETLINE TRANSCRIPTS\n\nHalvard Mobility Inc.\nQ1 2027 Earnings Conference Call", None),
    ],
)
def test_a_programmes_transcript_names_its_outlet_in_its_first_line(header: str, outlet: str | None) -> None:
    assert programme_outlet(header + _TURNS) == outlet


@pytest.mark.parametrize(
    ("header", "proceedings"),
    [
        ("HOUSE OF ASSEMBLY OF KESTRIA\n\nOFFICIAL REPORT\n(HANSARD)", True),
        ("U.S. DEPARTMENT OF THE INTERIOR\nOffice of Communications\nTRANSCRIPT: Press Briefing", True),
        ("THE CARRICK SOUND FERRY INQUIRY\nTRANSCRIPT OF PROCEEDINGS — DAY 4", True),
        ("RADIO LORN — MORNING LINE\nRecorded Wednesday, August 11, 2027\nHost: Yannick Forde", False),
        ("NBN NEWS — CAPITOL DESK WITH LAUREN ABERNATHY\nSenate committee hearing, day two", False),
        ("KTVX NEWS 9 — BRIEFING TRANSCRIPT\nFlood update: county emergency briefing", True),
        ("HILL RADIO 4 | PRESS CONFERENCE\nRecorded Monday, May 3, 2027", True),
        ("KTVX NEWS 9 — MORNING BRIEFING\nHost: Dana Pell", False),
        ("CANTON RADIO — THE NOON DESK\nLive broadcast: the mayor's news conference at City Hall", True),
        ("KVAL PUBLIC RADIO — EVENING REPORT\nSpecial coverage: the harbour master's press point", True),
        ("CANTON RADIO — THE NOON DESK\nGuest: Ida Brun, who chaired Monday's committee hearing", False),
        ("CANTON RADIO — THE NOON DESK\nRecorded Monday, May 3, 2027\nHost: Per Lund", False),
        # a news conference in a broadcaster's title, a press briefing on the line below it, a
        # conference's plenary session: "news" of a news conference names no news programme
        ("OSK BROADCASTING — NEWS CONFERENCE TRANSCRIPT\nDam breach: a joint briefing", True),
        ("TRANSCRIPT — NEWS CONFERENCE AFTER THE TRAM FIRE\nCity Hall, Room 4", True),
        ("KBT NEWS — TRANSCRIPT\nHarbour Police press briefing on the ferry fire\nRecorded Monday, May 3, 2027", True),
        ("FORUM ON ALPINE WATER 2027\nPlenary session 2: who owns the glacier?\nRecorded Monday, May 3, 2027", True),
        ("KBT NEWS — THE LATE DESK\nGuest: Ada Lind, who spoke at Monday's press briefing", False),
        # a programme's topic line names a briefing or a conference it talks about, not one it carries
        ("VESK FM — THE EARLY DESK\nToday: reaction to the joint briefing on the tram strike", False),
        ("VESK FM — THE EARLY DESK\nComing up: the port authority's press briefing", False),
        ("VESK FM — THE EARLY DESK\nAnalysis after the governor's news conference", False),
        ("VESK FM — THE EARLY DESK\nThe port authority's press briefing on the tram strike", False),
        # ... a briefing the line says it carries, or under a transcript's title
        ("VESK FM — THE EARLY DESK\nLIVE: the port authority's press briefing on the tram strike", True),
        ("VESK FM — THE EARLY DESK\nThe port authority's press briefing in full", True),
        ("VESK FM — TRANSCRIPT\nPort authority press briefing on the tram strike", True),
    ],
)
def test_proceedings_are_told_from_a_programme(header: str, proceedings: bool) -> None:
    assert proceedings_header(header + _TURNS) is proceedings


@pytest.mark.parametrize(
    ("header", "via"),
    [
        ("THE WEEK IN WASHINGTON\nTranscript — Sunday, June 13, 2027", ("The Week in Washington", "outlet")),
        ("THE CARRICK SOUND FERRY INQUIRY\nTRANSCRIPT OF PROCEEDINGS — DAY 4\nTuesday, 9 March 2027", (None, None)),
        ("KTVX NEWS 9 — BRIEFING TRANSCRIPT\nRecorded Sunday, June 13, 2027", (None, None)),
        ("FARM HOUR\nPublic affairs program, KXLT Channel 5\nRecorded June 13, 2027", ("KXLT Channel 5", "outlet")),
    ],
)
def test_a_turn_comes_through_the_programme_not_through_proceedings(
    header: str, via: tuple[str | None, str | None]
) -> None:
    quotes = [q for q in extract(header + _TURNS, published="2027-06-13") if q.text.startswith("There are no")]
    assert [(q.via, q.via_kind) for q in quotes] == [via]


def test_proceedings_turns_go_through_no_outlet_even_when_the_outlet_is_known() -> None:
    text = "HOUSE OF ASSEMBLY OF KESTRIA\n\nOFFICIAL REPORT\n(HANSARD)\nTuesday, 14 September 2027" + _TURNS
    quotes = extract(text, outlet="House of Assembly of Kestria", published="2027-09-14")
    assert {q.via for q in quotes} == {None}


@pytest.mark.parametrize(
    ("name", "full"),
    [
        ("van der Berg", "Tomas van der Berg"),
        ("Wit", "Marie-Claire de Wit"),
        ("Mac Giolla", "Eoin Mac Giolla"),
        ("de la Vega", "Marcus de la Vega"),  # the title the entity's name kept is no part of it
        ("Okafor", "Okafor"),  # nobody of that name: as read
        ("Marcus de la Vega", "Marcus de la Vega"),  # in full already
        ("Byrne", "Byrne"),  # two of that name: as read
    ],
)
def test_a_relaying_person_is_named_in_full(name: str, full: str) -> None:
    people = [
        Entity(0, "Tomas van der Berg", "person"),
        Entity(1, "Marie-Claire de Wit", "person"),
        Entity(2, "Eoin Mac Giolla", "person"),
        Entity(3, "District Attorney Marcus de la Vega", "person"),
        Entity(4, "Aoife Byrne", "person"),
        Entity(5, "Colm Byrne", "person"),
        Entity(6, "Western Schools Board", "organisation"),
        Entity(7, "de Wit", "person"),  # the same person, her surname resolved apart
    ]
    assert full_name(name, people) == full


def test_told_us_inside_a_turn_is_the_interviewees_us() -> None:
    text = (
        'HARBOUR FM 97.4 — "THE SOUND THIS MORNING"\nBroadcast and recorded: Wednesday 10 March 2027\n\n'
        "DECLAN O'FARRELL: What did the minister promise?\n\n"
        "SIOBHÁN KEARNEY-DOYLE: The minister told us last year that the inquiry would sit in public every day.\n\n"
        "DECLAN O'FARRELL: And has it?\n\n"
        "SIOBHÁN KEARNEY-DOYLE: So far it has. We will keep asking.\n"
    )
    quotes = {q.text: (q.via, q.via_kind) for q in extract(text, published="2027-03-10")}
    assert quotes["the inquiry would sit in public every day"] == ("Siobhán Kearney-Doyle", "person")


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            'By the Ledger politics team\n\nWade Tillery told the Ledger the mood was "cautiously giddy."',
            "The Bluegrass Ledger",
        ),
        (
            'Sentinel Staff Writer\n\nThe clerk told the Sentinel on Wednesday that turnout "was the highest."',
            "The Paducah Sentinel",
        ),
    ],
)
def test_a_bylines_words_are_no_outlet(text: str, outlet: str) -> None:
    assert {q.via for q in extract(text, outlet=outlet, published="2027-11-03")} == {outlet}


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("District Attorney Marcus de la Vega", "Marcus de la Vega"),
        ("Councillor Mary-Kate Fahy", "Mary-Kate Fahy"),
        ("Siobhán Kearney-Doyle", "Siobhán Kearney-Doyle"),
    ],
)
def test_a_relaying_person_without_the_title_the_entity_kept(name: str, bare: str) -> None:
    assert bare_person(name) == bare


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        ("Every drop, twice\n\nBy Marisol Ferrante\nThe Cascade Review\nFriday, May 21, 2027\n", "The Cascade Review"),
        ("Port bill heads for a vote\n\nBy Marcus Tendai-Ross\nCapitol Wire Service\n", "Capitol Wire Service"),
        (
            "The dockers' last stand\n\nBy Sigrid Mørk | The Meridian Review | Saturday 13 March 2027\n",
            "The Meridian Review",
        ),
        ("Asante leaves\n\nThe Northern Ledger, Wednesday 3 March 2027\n", "The Northern Ledger"),
        ("Asante leaves\n\nPitchside staff | 9 June 2027\n", "Pitchside"),
        (
            "THE DAILY BEACON (Nairobi)\nSPORTS\n\nGovt ups reward\n\nBy DAVID OCHIENG\nTuesday, May 18, 2027\n",
            "The Daily Beacon",
        ),
        (
            "THE LONG VIEW — Weekend Feature\n\nThe film nobody saw\n\nBy Anjali Rao\nThursday, October 14, 2027\n",
            "The Long View",
        ),
        # a masthead in capitals over a section beside the date: the masthead, not the section
        ("THE KESTREL ECHO\nWeekend Review · Thursday 7 October 2027\n\nThe brakes\n", "The Kestrel Echo"),
        ("THE KESTREL HERALD\nNATIONAL NEWS | Tuesday, March 9, 2027\n\nPlan defended\n", "The Kestrel Herald"),
        # the masthead's own name beside the date stays as written there
        ("THE KESTREL ECHO\nThe Kestrel Echo, Thursday 7 October 2027\n\nThe brakes\n", "The Kestrel Echo"),
        # a writer's desk, a dateline's place, a release's issuer, a heading: no outlet
        ("Tully invited\n\nBy Marisol Haugen\nCourier staff writer\n", None),
        ("Plan defended\n\nPor Ximena del Valle\nLos Ángeles, 9 de junio de 2027\n", None),
        (
            "Dockers vow to widen strike\n\nBy Henrik Aas\n\n"
            "BRENNA, March 10 (Nordwire) - The head of the union said.\n",
            None,
        ),
        ("FACT CHECK: Did France ban melatonin?\n\nBy Lorenzo Abiodun-Price | May 6, 2027\n\nTHE CLAIM\n", None),
        ("PRESS RELEASE\n\nStrand Ferries Ltd, Harbour Road, Kirkvale\nFriday, 15 October 2027\n", None),
    ],
)
def test_an_articles_own_outlet_from_its_byline_or_masthead_line(header: str, outlet: str | None) -> None:
    assert byline_outlet(header + "\nThe minister said on Tuesday that the plan would stand.\n") == outlet


def test_a_stations_frequency_stays_in_its_name() -> None:
    text = (
        "On Tuesday, Deshpande had told Radio Sundar 94.1 that the festival would not screen the film "
        "because he could not guarantee the audience's safety."
    )
    assert [(q.via, q.via_kind) for q in extract(text, published="2027-10-13")] == [("Radio Sundar 94.1", "outlet")]


def test_a_stations_frequency_in_its_header_is_no_part_of_its_name() -> None:
    header = 'HARBOUR FM 97.4 — "THE SOUND THIS MORNING"\nBroadcast and recorded: Wednesday 10 March 2027\n'
    assert own_outlet(header + _TURNS, None, transcript=True) == "Harbour FM"


@pytest.mark.parametrize(
    ("text", "via"),
    [
        (
            "SATU members at the yard will walk out on 20 September, de Wit told the Nordpress agency on Friday.",
            ("Nordpress", "wire"),
        ),
        ("The water will be safe by Friday, Kerr told the state water agency on Monday.", (None, None)),
    ],
)
def test_an_agency_named_before_its_noun(text: str, via: tuple[str | None, str | None]) -> None:
    assert [(q.via, q.via_kind) for q in extract(text, published="2027-09-11")] == [via]


@pytest.mark.parametrize(
    ("header", "via"),
    [
        ("HarbourTalk Forums › City & Transport › Official AMA", ("HarbourTalk Forums", "platform")),
        ("Kestria Message Board > Politics > Ask the mayor", ("Kestria Message Board", "platform")),
        ("Harbour Courier › Transport", (None, None)),
    ],
)
def test_a_forum_threads_answers_were_posted_on_the_forum(header: str, via: tuple[str | None, str | None]) -> None:
    text = (
        f"{header}\nThread: Ask me anything about the trams.\n\n---\n"
        "HT_JaneDole answered: Eighteen of our 24 trams are back in service. Each one has been tested.\n"
    )
    quotes = [q for q in extract(text, published="2027-10-07") if q.text.startswith("Eighteen")]
    assert [(q.via, q.via_kind) for q in quotes] == [via]


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        # the place a masthead's line names after it is no part of its name
        ("Why the ferry burned\n\nBy Ana Lind\nThe Harbour Courier, Eastport\n\nText.", "The Harbour Courier"),
        ("Why the ferry burned\n\nBy Ana Lind\nThe Harbour Courier\n\nText.", "The Harbour Courier"),
    ],
)
def test_a_bylines_masthead_without_its_place(header: str, outlet: str) -> None:
    assert byline_outlet(header) == outlet


def test_a_programme_or_a_podcast_the_sentence_points_back_to() -> None:
    text = (
        "In an interview with Radio Nord's Morning Edition, the prime minister, Ada Berg, said the line would "
        "close. The prime minister also revised her figure, telling the programme that 3,400 nurses had been "
        "hired.\n\n"
        "Dr. Sam Osei, an immunologist at Norvale Radio, has heard that before. On his podcast, The Petri Bowl, "
        'he said the data were "as clean as anything."\n\n'
        '"The side effects are mostly a sore arm," Osei said on the podcast.\n\n'
        "On Friday Ada Berg was on Radio Nord again. She told the station's Morning Edition that she had "
        "spoken too quickly.\n"
    )
    vias = [q.via for q in extract(text, outlet="The Courier")]
    assert vias == ["Radio Nord", "Radio Nord", "The Petri Bowl", "The Petri Bowl", "Radio Nord"]


@pytest.mark.parametrize(
    ("header", "host", "text", "via"),
    [
        (
            "HARWICK SOUND — EVENING DESK\nRecorded Tuesday 4 May 2027\nPresenter: Lotte Quinlan-Hay\n\n",
            "PRESENTER",
            "the ferry would sail again on Friday",
            "Lotte Quinlan-Hay",
        ),
        (
            "HARWICK SOUND — EVENING DESK\nRecorded Tuesday 4 May 2027\n\n",
            "MARTIN OKEKE",
            "the ferry would sail again on Friday",
            "Martin Okeke",
        ),
    ],
)
def test_words_a_turn_relays_came_through_its_speaker(header: str, host: str, text: str, via: str) -> None:
    transcript = (
        f"{header}{host}: Good evening. The harbour master, Ines Dalgaard, told me this evening that the "
        "ferry would sail again on Friday. Is that realistic?\n\n"
        "TOMAS BRENNICK: It is, if the weather holds. We have checked both engines twice.\n\n"
        f"{host}: And the timetable?\n\n"
        "TOMAS BRENNICK: The full timetable comes back on Monday.\n"
    )
    quotes = {q.text: (q.via, q.via_kind) for q in extract(transcript, outlet="Harwick Sound", published="2027-05-04")}
    assert quotes[text] == (via, "person")
    assert quotes["The full timetable comes back on Monday."] == ("Harwick Sound", "outlet")


def test_a_statement_to_the_programme_a_turn_reads_came_through_the_programme() -> None:
    transcript = (
        "HARWICK SOUND — EVENING DESK\nRecorded Tuesday 4 May 2027\nPresenter: Lotte Quinlan-Hay\n\n"
        "PRESENTER: Good evening. With me is Tomas Brennick of the ferry company.\n\n"
        "TOMAS BRENNICK: Good evening. We have checked both engines twice.\n\n"
        'PRESENTER: Thank you. In a statement to this programme, the harbour board said: "The ferry will '
        'sail again on Friday."\n'
    )
    quotes = {q.text: (q.via, q.via_kind) for q in extract(transcript, outlet="Harwick Sound", published="2027-05-04")}
    assert quotes["The ferry will sail again on Friday."] == ("Harwick Sound", "outlet")


@pytest.mark.parametrize(
    "told",
    [
        'Harbourline told this programme this morning that its pilots have "full discretion over every sailing".',
        'Harbourline told our station this morning that its pilots have "full discretion over every sailing".',
    ],
)
def test_words_told_to_the_programme_in_a_turn_came_through_the_programme(told: str) -> None:
    transcript = (
        "HARWICK SOUND — HARWICK AT SIX\nTranscript. Recorded Tuesday 4 May 2027, 18:05–18:40. Presenter: Lotte "
        "Quinlan.\nGuests: Tomas Brennick, Minister of Ports (by phone).\n\n"
        "QUINLAN: Minister, you heard the skipper.\n\n"
        "BRENNICK: I heard him. If that is so, the firm has questions to answer.\n\n"
        f"QUINLAN: {told} More on that story after the break.\n\n[ENDS]\n"
    )
    quotes = [(q.kind, q.via, q.via_kind) for q in extract(transcript, published="2027-05-04") if "pilots" in q.text]
    assert ("mixed", "Harwick Sound", "outlet") in quotes


def test_a_programme_talking_of_a_briefing_keeps_its_own_outlet() -> None:
    # "Today: reaction to the joint briefing ...": the programme's guest spoke to the programme
    text = (
        "VESK FM - THE EARLY DESK\nToday: reaction to the joint briefing on the tram strike\n\n"
        "HOST: Good morning. With me is the union organiser Teo Marsk.\n"
        "TEO MARSK: Morning. The drivers have not been paid since March.\n"
        "HOST: What happens next?\n"
        "TEO MARSK: We stay out until the money comes.\n"
    )
    vias = {q.text: q.via for q in extract(text)}
    assert vias["We stay out until the money comes."] == "Vesk FM"
