"""Days a document's layout gives: live-blog day headings, transcript headers."""

from __future__ import annotations

from datetime import date

import pytest

from onrecord import extract
from onrecord.attribute.headings import (
    byline_outlet,
    day_marks,
    header_outlet,
    is_filing,
    is_issued,
    programme_outlet,
    station_below,
    without_frequency,
)

BLOG = """LIVE: Port strike, day four

Last updated 11 March 2027, 17:52

Thursday 11 March

17:52
"We will not go back for four and a half percent," union chairman Karl-Johan Brekke told reporters.

09:10
The minister said she had asked the mediators to call both sides and expected talks last week.

Wednesday 10 March

18:30
"The offer is final," said Sigrid Aalund, who heads the employers' association.

16:05
Aalund said on Monday that the offer would stand.
"""

TRANSCRIPT = """NBN NEWS - CAPITOL DESK
TRANSCRIPT
Recorded: Thursday, May 13, 2027, 5:30 p.m. ET

LAUREN ABERNATHY, HOST: Senator, what does the email show?

WHITCOMB: It shows the company knew in November, and that is what matters to families.

ABERNATHY: Will you call for subpoenas?

WHITCOMB: If the testing data is not on my desk by the hearing, yes, I will.
"""


@pytest.mark.parametrize(
    ("text", "heading", "header"),
    [
        ("Thursday 11 March\n\n17:52\nA.\n\n09:10\nB.\n", [(0, "2027-03-11")], None),
        ("Friday, May 7\n\n2:05 p.m. — A\nB\n\n1:10 p.m. — C\nD\n", [(0, "2027-05-07")], None),
        ("11 March 2027\n\nThe minister said talks would resume.\n", [], None),  # a date line, no live blog
        # a blog's posts headed by their date and time (newest first), an aside in brackets
        (
            "Notes from Halvik\n\nFriday 7 May 2027, 21:15 (camp time)\nA.\n\n"
            "Thursday 6 May 2027, 23:40 (camp time)\nB.\n",
            [(19, "2027-05-07"), (60, "2027-05-06")],
            None,
        ),
        ("Friday 7 May 2027, 21:15\n\nThe minister said talks would resume.\n", [], None),  # one: a header stamp
        # a time stamp with its zone's offset from UTC
        ("Friday, May 7\n\n23:40 GMT+8\nA.\n\n22:15 GMT+8\nB.\n", [(0, "2027-05-07")], None),
        ("Friday, May 7\n\n09:15 UTC+05:30 — A\n\n08:50 UTC-3\nB.\n", [(0, "2027-05-07")], None),
        ("Friday, May 7\n\n10:15 GMT+8 people were queueing.\n\n09:15 GMT+8 they left.\n", [], None),  # prose
        ("Recorded: Thursday, May 13, 2027, 5:30 p.m. ET\n\nHOST: Hi.\n", [], "2027-05-13"),
        ("Call date: Thursday, May 13, 2027, 8:30 a.m. ET\n\nOPERATOR: Hi.\n", [], "2027-05-13"),
        ("Transcript of interview — recorded Thursday, May 13, 2027\n\nQ: Hi.\n", [], "2027-05-13"),
        # a monitoring export's source line gives the recording date (a day before it was filed)
        ("Source: Kestel Radio, Varna, in Bulgarian 0930 gmt 12 May 27\n\nQ: Hi.\n", [], "2027-05-12"),
        ("Source: Kestel Radio (Varna)\n\nQ: Hi.\n", [], None),
        # a Q&A's introduction says when the interviewer met the speaker
        ("We met on 2 May in a café by the harbour, where she ordered tea.\n\nQ: Hi.\n", [], "2027-05-02"),
        ("I spoke to him by phone on May 4, 2027.\n\nQ: Hi.\n", [], "2027-05-04"),
        ("We met in May, a week after the vote.\n\nQ: Hi.\n", [], None),  # no day named
        # ... or when the one interviewed spoke to the paper, or had its readers' questions put to her
        (
            "Ada Lee runs the lab. She spoke to our science editor, Tom Vos, at the lab's field station in "
            "Orm on Friday 7 May. The interview has been edited.\n\nQ: Hi.\n",
            [],
            "2027-05-07",
        ),
        (
            "We put your questions to Dr Ada Lee of Orm University on Wednesday 12 May.\n\nQ: Hi.\n",
            [],
            "2027-05-12",
        ),
        ("She spoke to our science editor in May.\n\nQ: Hi.\n", [], None),
        # ... named or titled, not a pronoun: "The port's harbour master spoke to ... on ..."
        (
            "The port's harbour master spoke to Tom Vos at her office in Orm on Friday 7 May 2027, a day "
            "after the dredger ran aground. The interview has been edited.\n\nQ: Hi.\n",
            [],
            "2027-05-07",
        ),
        ("The harbour master talked with readers in May.\n\nQ: Hi.\n", [], None),
        # ... the one spoken to the interviewer or the newsroom, not a gathering or an audience
        ("Transport minister Lene Varga spoke to parliament on Tuesday 4 May 2027.\n\nQ: Hi.\n", [], None),
        ("The mayor of Brell talked with reporters on Friday 7 May 2027.\n\nQ: Hi.\n", [], None),
        ("The mayor of Brell spoke to the Harbour Board on Friday 7 May 2027.\n\nQ: Hi.\n", [], None),
        ("The mayor of Brell spoke to the Brell Courier on Friday 7 May 2027.\n\nQ: Hi.\n", [], "2027-05-07"),
        ("The mayor of Brell spoke to us at the quay on Friday 7 May 2027.\n\nQ: Hi.\n", [], "2027-05-07"),
        ("We spoke to him at the quay on Friday 7 May 2027.\n\nQ: Hi.\n", [], "2027-05-07"),
        # ... and the introduction does not go on to another occasion for the questions
        (
            "The mayor of Brell spoke to Ilse Dorn on Friday 7 May 2027 about the quay. "
            "This week he answered readers' questions.\n\nQ: Hi.\n",
            [],
            None,
        ),
        # an interview's note says when it was conducted, days before it was published
        (
            "By Ola Berg. This interview was conducted in Tarnby on Friday 7 May 2027 and edited.\n\nQ: Hi.\n",
            [],
            "2027-05-07",
        ),
        ("The interview has been recorded at the harbour on 3 May 2027.\n\nQ: Hi.\n", [], "2027-05-03"),
        # ... in a note's clipped form, the date right after the verb
        ("Ada Lee on the quay.\n\nInterview conducted Monday 10 May 2027. Edited.\n\nQ: Hi.\n", [], "2027-05-10"),
        ("Interview recorded in May. Edited.\n\nQ: Hi.\n", [], None),
        # ... or that it took place, after a sentence that named the story's own day: the note dates the talk
        (
            "Ada Lee keeps bees. She spoke to the Orm Ledger about the swarm at the quay on Saturday. The "
            "interview took place by phone on Monday, May 10, 2027, and has been edited.\n\nQ: Hi.\n",
            [],
            "2027-05-10",
        ),
        # the one spoken to is the masthead heading the text, or a journalist of a paper
        (
            "THE APIARIST\n\nBees: Ada Lee\n\nAda Lee keeps bees. She spoke to The Apiarist on Friday 7 May "
            "2027.\n\nQ: Hi.\n",
            [],
            "2027-05-07",
        ),
        ("INTERVIEW\n\nAda Lee keeps bees. She spoke to The Apiarist on Friday 7 May 2027.\n\nQ: Hi.\n", [], None),
        (
            "INTERVIEW\n\nAda Lee keeps bees. She spoke to The Apiarist's editor, Tom Vos, on Friday 7 May "
            "2027.\n\nQ: Hi.\n",
            [],
            "2027-05-07",
        ),
        ("The mayor of Brell spoke to the Harbour Board's members on Friday 7 May 2027.\n\nQ: Hi.\n", [], None),
        # a weekday alone, in the introduction above the turns: the last such day up to publication
        (
            "Ada Lee runs the lab. She spoke to our science editor on Tuesday evening, between two "
            "shifts.\n\nQ: Hi.\nA: Hello.\nQ: Bye.\nA: Bye.\n",
            [],
            "2027-03-09",
        ),
        ("HOST: Hi.\nGUEST: She spoke to our science editor on Tuesday.\nHOST: Bye.\nGUEST: Bye.\n", [], None),
        ("This interview was conducted in May and has been edited.\n\nQ: Hi.\n", [], None),
    ],
)
def test_day_marks(text: str, heading: list[tuple[int, str]], header: str | None) -> None:
    marks = day_marks(text, date(2027, 5, 13) if "May" in text else date(2027, 3, 11))
    assert [(s, d) for s, d in zip(marks.starts, marks.days, strict=True)] == heading
    assert marks.header == header


def test_a_live_blog_entry_is_of_its_day_heading_unless_its_own_words_say_otherwise() -> None:
    quotes = extract(BLOG, published="2027-03-11T17:52")
    by_text = {q.text[:24]: (q.said_on, q.said_on_source) for q in quotes}
    assert by_text["We will not go back for "] == ("2027-03-11", "heading")
    assert by_text["The offer is final"] == ("2027-03-10", "heading")
    assert by_text["the offer would stand"] == ("2027-03-08", "stated")  # "on Monday" wins
    assert [v for k, v in by_text.items() if k.startswith("she expected")] in ([], [(None, None)])


def test_this_evening_in_a_live_blog_entry_is_its_day_headings() -> None:
    blog = BLOG.replace(
        "Aalund said on Monday that the offer would stand.",
        "Aalund told the Courier this evening that the offer would stand.",
    )
    quotes = extract(blog, published="2027-03-11T17:52")
    by_text = {q.text[:24]: (q.said_on, q.said_on_source) for q in quotes}
    assert by_text["the offer would stand"] == ("2027-03-10", "stated")


def test_a_transcript_turn_is_of_the_recording_date() -> None:
    quotes = extract(TRANSCRIPT, published="2027-05-13")
    assert [(q.speaker.name if q.speaker else None, q.said_on, q.said_on_source) for q in quotes] == [
        ("Whitcomb", "2027-05-13", "header"),
        ("Whitcomb", "2027-05-13", "header"),
    ]


def test_a_qa_interview_is_of_the_day_its_introduction_gives_not_its_publication_line() -> None:
    text = (
        "THE APIARIST\nThe beekeepers' monthly | Published 12 May 2027\n\nINTERVIEW\n\nAda Lee keeps bees "
        "above the ferry terminal. She spoke to The Apiarist's editor, Tom Vos, on Tuesday 11 May.\n\n"
        "Q: How are the hives?\n\nA: Better than last year, and the heather is early.\n\n"
        "Q: Any losses?\n\nA: Two colonies, both to wax moth, and I blame the damp shed.\n"
    )
    quotes = extract(text, published="2027-05-12")
    assert quotes and {(q.said_on, q.said_on_source) for q in quotes} == {("2027-05-11", "header")}


def test_a_transcript_without_a_dated_header_is_of_its_publication_day() -> None:
    text = TRANSCRIPT.replace("Recorded: Thursday, May 13, 2027, 5:30 p.m. ET\n", "")
    quotes = extract(text, published="2027-05-14")
    assert {(q.said_on, q.said_on_source) for q in quotes} == {("2027-05-14", "header")}


_RELAYED = """NBN NEWS - HARBOUR DESK
TRANSCRIPT
Recorded: Thursday, May 13, 2027, 5:30 p.m. ET

LAUREN ABERNATHY, HOST: Mayor Grundvik, what do you know about the pier?

GRUNDVIK: {turn}

ABERNATHY: Thank you.
"""


@pytest.mark.parametrize(
    ("turn", "day", "source"),
    [
        # a day in the teller's own sentence, counted from the recording date (no publication date)
        ('Peter Holm told me this afternoon that the pier was "finished for the summer".', "2027-05-13", "stated"),
        (
            'Peter Holm rang me on Tuesday night and said, "The pier is finished for the summer."',
            "2027-05-11",
            "stated",
        ),
        # the sentence before the words, inside the same turn, tells the day they were said to him
        (
            "Peter Holm phoned me at seven this morning. He told me his divers checked the pier twice.",
            "2027-05-13",
            "preceding",
        ),
        ("Peter Holm phoned me on Tuesday. He told me his divers checked the pier twice.", "2027-05-11", "preceding"),
    ],
)
def test_words_a_transcript_turn_relays_are_of_the_day_its_teller_names(turn: str, day: str, source: str) -> None:
    quotes = extract(_RELAYED.format(turn=turn))
    turns = [q for q in quotes if q.text.startswith("Peter Holm")]
    relayed = [q for q in quotes if not q.text.startswith("Peter Holm")]
    assert [(q.said_on, q.said_on_source) for q in turns] == [("2027-05-13", "header")]
    assert [(q.said_on, q.said_on_source) for q in relayed] == [(day, source)]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "RADIO PUBLIQUE ESTRELLE — INTERNATIONAL SERVICE (ENGLISH)\nProgramme: Morning Briefing\n",
            "Radio Publique Estrelle",
        ),
        ("NBN NEWS — CAPITOL DESK WITH LAUREN ABERNATHY\nTRANSCRIPT\n", "NBN News"),
        ("MONITORING EXPORT — BROADCAST TRANSCRIPT\n----\nSource:   ZTV1 (Zelavia), public television\n", "ZTV1"),
        ("Port strike enters day four\n\nThe union said the strike would go on.\n", None),
        ("Le Journal financier — Entreprises\nMercredi 19 mai 2027\n", "Le Journal financier"),
        ("Ministry of trade — notice\n", None),
        # a call sign and where to tune it: the call sign
        ('WKPZ 1190 AM — "THE NOON LINE WITH ROSA KELL"\nTranscript of broadcast\n', "WKPZ"),
        # a station's two names: the first its own
        ("WBLT NEWS 4 / LAKE ORRIN COMMUNITY RADIO\nTown hall forum — transcript\n", "WBLT News 4"),
    ],
)
def test_the_outlet_a_transcript_header_names(text: str, outlet: str | None) -> None:
    assert header_outlet(text) == outlet


def test_a_transcript_turn_came_through_the_outlet_that_recorded_it() -> None:
    text = "NBN NEWS — CAPITOL DESK\n" + TRANSCRIPT
    # the network, not its news division (attribute.own_outlet.own_outlet)
    assert {(q.via, q.via_kind) for q in extract(text, published="2027-05-13")} == {("NBN", "outlet")}


RELEASE = """PRESS RELEASE
Harbour Ferries Ltd, Quay Road, Kirkvale
16 October 2027 - for immediate publication

Statement on the grounding of MV Northern Star

"The Northern Star was fully seaworthy and every certificate is in order," said Lars Holm, Chief Executive.

Holm said on Thursday that the crew had acted quickly.
"""


@pytest.mark.parametrize(
    ("header", "filed"),
    [
        ("PRESS RELEASE\nHarnford Water Board\n", True),
        ("Corrow Stock Exchange | Company announcement | Inside information\nIssuer: Brask Shipping ASA\n", True),
        ("SUPREME COURT OF ELLSMERE\n\nPRESS SUMMARY\n\n3 May 2027\n", True),
        ("By Mira Olsen, Business Reporter\n\nThe summary of the court's findings ran to 40 pages.\n", False),
        # a body's own statement, headed as one
        ("HARNFORD ROVERS FC\nClub Statement\n3 May 2027\n", True),
        ("Official statement\n", True),
        ("HARNFORD ROVERS FC\nOfficial Club Statement\n", True),
        # and with its date
        ("KESTLING ASSURANCE\nStatement — 9 June 2027\n", True),
        ("KESTLING ASSURANCE\nStatement - June 9, 2027\n", True),
        ("By Mira Olsen\n\nStatement — the word of the year 2027?\n", False),
        ("By Mira Olsen\n\nStatement from the board expected today, sources say.\n", False),
        ("By Mira Olsen\n\nThe club's statement came late.\n", False),
        # a statement headed with its date
        ("BRASK MUTUAL\nStatement — 13 May 2027\n", True),
        ("BRASK MUTUAL\nStatement | Thursday 13 May 2027\n", True),
        ("Statements from the board expected today\n", False),
    ],
)
def test_is_filing(header: str, filed: bool) -> None:
    assert is_filing(header + "\nThe board said it would appeal.\n") is filed


@pytest.mark.parametrize(
    "header",
    [
        "PRESS RELEASE\n",
        "Corrow Stock Exchange | Company announcement | Inside information\n",
        "SUPREME COURT OF ELLSMERE\n\nPRESS SUMMARY\n",
        "HARNFORD ROVERS FC\nClub Statement\n",
    ],
)
def test_a_filing_is_of_its_own_date(header: str) -> None:
    marks = day_marks(header + "\nThe board said it would appeal.\n", date(2027, 5, 3))
    assert marks.release == "2027-05-03"


@pytest.mark.parametrize(
    ("header", "issued"),
    [
        # a regulator's decision, a safety notice, a league's update, a statement: a body's own document
        ("DATA PROTECTION BOARD\nNorland\n\nDECISION\nCase DPB/2026/0113\n", True),
        ("FOOD STANDARDS OFFICE\nProduct Safety Notice FSO-2027-031 (Revision 2)\nIssued: 4 May 2027\n", True),
        ("NATIONAL RUGBY BOARD — DISCIPLINARY UPDATE\n\nMonday 3 May 2027\n", True),
        ("KORRA FREIGHT\nPress statement\n", True),
        ("PRESS RELEASE\n", True),
        # a newspaper's lines that name such a document are no document of its own
        ("By Mira Olsen\n\nThe board's decision came late on Monday.\n", False),
        ("By Mira Olsen\n\nDecision day for the harbour board\n", False),
        ("LIVE UPDATES: harbour strike, day four\n", False),
        ("Notice boards went up across the town overnight.\n", False),
        # a live blog's bare "UPDATE" line; a headline with a dash before its last word
        ("By Mira Olsen\n\nUPDATE\n", False),
        ("Council planning row — Decision\n", False),
    ],
)
def test_is_issued(header: str, issued: bool) -> None:
    assert is_issued(header + "\nThe board said it would appeal.\n") is issued


def test_an_issued_document_is_of_its_own_date() -> None:
    text = "DATA PROTECTION BOARD\n\nDECISION\n\nThe board said it would appeal.\n"
    assert day_marks(text, date(2027, 5, 3)).release == "2027-05-03"
    # with no date read for the article, the first date with a year its header gives
    text = (
        "KORRA FREIGHT\nMEDIA STATEMENT\n\nStatement read by Ada Brix at the briefing at the depot, "
        "Monday 3 May 2027, 10:00\n\nThe company today confirmed that its depot remains closed.\n"
    )
    assert day_marks(text, None).release == "2027-05-03"
    assert day_marks("By Mira Olsen\n\nThe board met on Monday 3 May 2027.\n", None).release is None


@pytest.mark.parametrize(
    ("header", "record"),
    [
        ("TOWN OF ELBRIDGE\nPLANNING COMMITTEE MINUTES\nDate: Thursday, June 3, 2027\n", "2027-06-03"),
        ("HARBOUR BOARD\nMeeting date: 2 June 2027\n", "2027-06-02"),
        # a sentence's words are no header line of the document's own
        ("Inspectors recorded 1,200 breaches on 2 June 2027, the board said.\n", None),
        ("TOWN OF ELBRIDGE\nPLANNING COMMITTEE MINUTES\n", None),
        # a broadcast script's transmission line
        ("ORM TV — LATE NEWS — SCRIPT\nTX: WEDNESDAY 02/06/2027 22:30\n", "2027-06-02"),
        # an e-mail's sending date dates none of the words the mail reports
        ("From: Quay Notes <notes@quay.example>\nSubject: A week at the pier\nDate: Thu, 3 Jun 2027 18:02\n", None),
        ("HARBOUR BOARD\nSubject: Pier repairs\nDate: Thursday, June 3, 2027\n", "2027-06-03"),
    ],
)
def test_a_records_header_line_gives_its_date(header: str, record: str | None) -> None:
    marks = day_marks(header + "\nThe chair said the plan would be put to a vote.\n", date(2027, 6, 4))
    assert marks.record == record


_MINUTES = (
    "TOWN OF ELBRIDGE\nPLANNING COMMITTEE — MINUTES\nDate: Thursday, June 3, 2027\n\n"
    "1. Chair's report. Chair Maren Ostby reported that the survey of the canal bridge, received on Monday, "
    "found the deck sound.\n\n"
    "2. Public comment. Resident Jonas Pelt said the bridge had been closed to cyclists for a month without notice.\n\n"
    "3. Discussion. Councillor Ada Brix stated that the committee would decide on the bridge on Tuesday, June 8.\n"
)


def test_the_minutes_of_a_meeting_are_of_the_meetings_date() -> None:
    # the day a header line gives, not the lede's "on Monday" (the report the chair received),
    # the chair's own report included; the survey's own finding, a document's, is dated by its own
    # sentence (left out here)
    quotes = [q for q in extract(_MINUTES, published="2027-06-04") if q.cue is None or q.cue.text != "found"]
    assert sorted(q.speaker.name for q in quotes if q.speaker) == ["Ada Brix", "Jonas Pelt", "Maren Ostby"]
    assert {(q.said_on, q.said_on_source) for q in quotes} == {("2027-06-03", "header")}


_SCRIPT = (
    "ORM TV — LATE NEWS — SCRIPT\nTX: WEDNESDAY 02/06/2027 22:30\nREPORTER: TOM VOS\n\n"
    "[VO — THE HARBOUR]\nThe dredger has been stuck on the bar since Sunday. Pilots say the channel is closing.\n\n"
    "[CLIP — HARBOUR MASTER ADA LEE]\n\"We will have her off on the next spring tide. Until then nothing moves.\"\n\n"
    "[LIVE — TOM VOS]\nTOM VOS: The tugs are standing by tonight, and the crews are waiting for the tide.\n"
)


def test_a_broadcast_scripts_clips_are_of_its_transmission_day() -> None:
    # the quoted clips between the script's labelled lines and turns were recorded for the day it
    # went out; what the voice-over says people say ("Pilots say ...") is of no day
    quotes = {q.text: (q.said_on, q.said_on_source) for q in extract(_SCRIPT)}
    assert quotes["We will have her off on the next spring tide. Until then nothing moves."] == (
        "2027-06-02",
        "header",
    )
    assert quotes.get("the channel is closing", (None, None)) == (None, None)


def test_a_press_release_speaks_on_its_own_date_unless_its_words_say_otherwise() -> None:
    quotes = extract(RELEASE)
    assert [(q.said_on, q.said_on_source) for q in quotes] == [
        ("2027-10-16", "release"),
        ("2027-10-14", "stated"),
    ]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the day the sentence before gives the speaker it names
        (
            "Sen. Dolores Whitcomb, who chairs the subcommittee, posted twice on X on Tuesday morning.\n\n"
            '"Families deserve answers, not a refund form," she wrote in the first post.',
            ("2027-05-11", "preceding"),
        ),
        # or the pronoun the quote's own attribution uses
        (
            "Dolores Whitcomb said on Monday that the state would put $12m into a fund. On Tuesday she "
            'said it again, with a new figure. "Families deserve answers," she told reporters.',
            ("2027-05-11", "preceding"),
        ),
        # or the speaker's pronoun, in a sentence that names no one else
        (
            "Dolores Whitcomb said on Monday that she would back the bill. By Tuesday evening, after a "
            'call with the governor, she had switched sides. "I will vote against it," Ostrander wrote on X.',
            ("2027-05-11", "preceding"),
        ),
        (
            "Dolores Whitcomb said on Monday that she would back the bill. On Tuesday Anna Lind said she "
            'would not. "I will vote for it," Whitcomb told reporters.',
            ("2027-05-10", "context"),
        ),
        # what a speaker added was said on the occasion the sentence before tells of, however far back
        (
            "On Monday, Marta Lind had told the dockers that the cranes would arrive this week. She added that "
            "no family would pay for it.",
            ("2027-05-10", "preceding"),
        ),
        (
            '"We will shut the ferry on April 3," said Marta Lind on Monday. Lind added: "The quay is safe."',
            ("2027-05-10", "preceding"),
        ),
        ('"We will shut the ferry on April 3," said Marta Lind. Lind added: "The quay is safe."', (None, None)),
        (
            "Rep. Marta Lind said on Tuesday that 8,000 tenants faced eviction. On Thursday, at a rally in "
            'a Tarnby school hall, she went further. "Nine thousand of them," Lind told the crowd.',
            ("2027-05-13", "preceding"),
        ),
        # not when that sentence tells of an earlier occasion
        (
            "On Tuesday, Whitcombe had warned that the fire was spreading fast.\n\n"
            '"We expect the winds to ease before Thursday," Whitcombe said.',
            (None, None),
        ),
    ],
)
def test_a_quote_takes_the_day_of_the_sentence_that_introduces_its_speaker(
    text: str, wanted: tuple[str | None, str | None]
) -> None:
    # the last direct quote (or the added report)
    quote = [q for q in extract(text, published="2027-05-13") if q.kind == "direct" or "no family" in q.text][-1]
    assert (quote.said_on, quote.said_on_source) == wanted


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("An interview with Marta Kells\n\nHere is a transcript of our talk.\n\nMe: Hello.\n\nMK: Hello.\n", None),
        ("THE SOUND THIS MORNING — recorded Tuesday\nHost: Ana Ruiz\n", "The Sound This Morning"),
    ],
)
def test_a_headline_over_a_transcript_is_no_programme(text: str, outlet: str | None) -> None:
    assert programme_outlet(text) == outlet


STATION_INTERVIEW = """RADYO MARIKIT 812 — "UMAGANG BALITA"
Transcript: Interview with Health Secretary Lorna Dimaculangan
Recorded: Tuesday, May 11, 2027, 6:40 AM
Anchor: Arnel Bautizado

BAUTIZADO: Good morning, Secretary. The committee says the hospital budget is short. Is it?

DIMACULANGAN: Good morning, Arnel. The budget is short by two hundred million, and the committee is right.

BAUTIZADO: Thank you, Secretary.
"""


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # a station's interview whose first turns name a committee: a programme, not proceedings
        (STATION_INTERVIEW, ("Radyo Marikit 812", "outlet")),
        # a committee's own transcript still carries no outlet
        (
            "SELECT COMMITTEE ON HEALTH\nOral evidence, Tuesday 11 May 2027\n\nCHAIR: Is the budget short?\n\n"
            "DIMACULANGAN: The budget is short by two hundred million.\n\nCHAIR: Thank you.\n",
            (None, None),
        ),
    ],
)
def test_a_transcripts_header_ends_at_its_first_turn(text: str, via: tuple[str | None, str | None]) -> None:
    answers = [q for q in extract(text, published="2027-05-11") if "two hundred million" in q.text]
    assert answers
    assert {(q.via, q.via_kind) for q in answers} == {via}


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        # a masthead in title case, its date right under it, then the headline and the byline
        (
            "The Harbour Islander\nWednesday, March 10, 2027\n\nFerry row spills online\n\nBy Ana Ruiz\n",
            "The Harbour Islander",
        ),
        ("Gazeta de Vest\nMarți, 9 noiembrie 2027\n\nUn medicament nou\n\nde Ana Pop\n", "Gazeta de Vest"),
        # a headline over its date has its byline right under the date
        ("Ferry Row Spills Online\nWednesday, March 10, 2027\n\nBy Ana Ruiz\n\nThe ferry fight moved.\n", None),
        # a headline that is a sentence
        ("Ferry row spills online, says mayor\nWednesday, March 10, 2027\n\nSubhead here\n\nBy Ana Ruiz\n", None),
        # a masthead in capitals over a line of the pieces that ends in its date
        ("THE TIDE TABLE\nIssue #48 · Friday, March 12, 2027\n\nHi all, a quick one.\n", "The Tide Table"),
        # a masthead of two words joined by "&" over its section and date
        ("SALT & CEDAR\nGrain Weekly | Friday 11 June 2027\n\nFerry row\n\nBy Ana Ruiz\n", "Salt & Cedar"),
        ("Grain Weekly | Friday 11 June 2027\n\nFerry row\n\nBy Ana Ruiz\n", "Grain Weekly"),
        # a section beside the date is no masthead: the name over it is
        (
            "THE ORVIK BEACON\nThe student paper of Orvik College\nNEWS | Tuesday, 5 October 2027\n\nFerry row\n\n"
            "By Ana Ruiz\n",
            "The Orvik Beacon",
        ),
        ("Tarnby Courier\nSport · Wednesday 15 September 2027\n\nFerry row\n\nBy Ana Ruiz\n", "Tarnby Courier"),
        # nor is the desk under a byline, nor a long read's first part
        ("HALLE ECHO\nThursday, April 15, 2027 | News\n\nFerry row\n\nBy Ana Ruiz\nEducation reporter\n", "Halle Echo"),
        (
            "THE LONG COAST\nLong read · Thursday 24 June 2027\n\nFerry row\n\nBy Ana Ruiz\nI. Sunday\n",
            "The Long Coast",
        ),
        # a section alone over the headline names no outlet
        ("SPORT | FOOTBALL\n\nFerry row\n\nBy Ana Ruiz\nPublished: 06:30, 13 April 2027\n", None),
    ],
)
def test_a_masthead_over_its_date_names_the_outlet(header: str, outlet: str | None) -> None:
    assert byline_outlet(header + "\nThe ferry fight moved online this week.\n") == outlet


_TIMELINE = """How the budget night unfolded

Wednesday, October 6, 2027

It took the finance committee nearly three hours on Tuesday evening to agree its amendments, and the \
rest of the night to fall out over them.

7:10 p.m. — the vote

"The amendments pass and the reserve is untouched," the chair, Nadia Osei, told the room.

9:45 p.m. — the walkout

Then councillor Piet Brandt posted on X. "I will not sit on a committee that raids the reserve," he wrote.
"""


@pytest.mark.parametrize(
    ("text", "said_on"),
    [
        # a timeline published the morning after: its entries are of the day its lede tells of
        (_TIMELINE, ["2027-10-05", "2027-10-05"]),
        # a lede that names no day: the publication day, as before
        (_TIMELINE.replace(" on Tuesday evening", ""), ["2027-10-06", "2027-10-06"]),
    ],
)
def test_entries_above_any_day_heading_are_of_the_day_the_lede_tells_of(text: str, said_on: list[str]) -> None:
    assert [q.said_on for q in extract(text, published="2027-10-06")] == said_on


def test_a_participants_paper_below_a_panels_title_is_not_the_transcripts_station() -> None:
    header = (
        'COASTAL FUTURES SUMMIT\nPanel 2: "Who pays?"\nRecorded: Tuesday, 18 May 2027\n\n'
        "Participants:\nDANA PELL, moderator, science editor, Harnvik Times\nMARTA KOVIC, senator\n\n"
        "PELL: Good morning."
    )
    assert station_below(header) is None
    assert station_below("FARM HOUR\nPublic affairs program, KXLT Channel 5\nRecorded May 3, 2027") == "KXLT Channel 5"


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Radio Tesk 96.3", "Radio Tesk"),
        ("Brindle Sound 101.7 FM", "Brindle Sound"),
        ("KQRA 880 AM", "KQRA"),
        # a number that is part of the name stays
        ("Channel 9", "Channel 9"),
        ("WTRS News 12", "WTRS News 12"),
        ("Radio 702", "Radio 702"),
    ],
)
def test_a_stations_frequency_is_no_part_of_its_name(name: str, bare: str) -> None:
    assert without_frequency(name) == bare


def test_a_qa_introducing_another_occasion_is_of_its_own_day() -> None:
    # "spoke to parliament on ...", then "This week she answered readers' questions": the answers
    # were not given in parliament, nor on its day
    text = (
        "Rail questions: Lene Varga\n\nTransport minister Lene Varga spoke to parliament on 4 March 2027 "
        "about the night trains. This week she answered readers' questions.\n\n"
        "Q: Will the line reopen?\nA: Yes, by the spring.\nQ: And the fares?\nA: They stay as they are.\n"
    )
    days = {q.text: q.said_on for q in extract(text, published="2027-04-20")}
    assert days["They stay as they are."] != "2027-03-04"


def test_a_line_of_separators_names_no_masthead() -> None:
    # a page's menu flattened to its separators ("|", "·") before the story: nothing, no error
    assert byline_outlet("|\n · \nThe ferry fight moved online this week.\n") is None


_TIMELINE = (
    "It took the court forty minutes on Tuesday morning to read out its ruling. It took the country's "
    "politicians the rest of the day, and a good part of the night, to argue about it.\n\n"
    "3:10 p.m. — the minister\n\n"
    "The minister told ZTV1 that the government would appeal.\n\n"
    "Wednesday, 8:15 a.m. — the prime minister\n\n"
    'On Wednesday morning he posted: "The court has spoken."\n\n'
    "Wednesday, 9:30 a.m. — the campaigners\n\n"
    "The campaigners wrote on X that they would watch every permit.\n"
)


def test_a_timeline_stamp_opening_with_its_weekday_heads_that_days_entries() -> None:
    marks = day_marks(_TIMELINE, date(2027, 9, 22))  # a Wednesday
    first, second = (_TIMELINE.index(f"Wednesday, {t}") for t in ("8:15", "9:30"))
    assert list(zip(marks.starts, marks.days, strict=True)) == [(first, "2027-09-22"), (second, "2027-09-22")]
    # (the entry above them is of the day the lede tells of)
    assert marks.heading_day(_TIMELINE.index("The minister told")) == "2027-09-21"
    # a weekday of a stamp is the last such day up to the publication day: Monday, two days back
    monday = day_marks(_TIMELINE.replace("Wednesday, 9:30", "Monday, 9:30"), date(2027, 9, 22))
    assert monday.days[-1] == "2027-09-20"


@pytest.mark.parametrize(
    "line",
    [
        "Wednesday saw the ruling come in at 8:15 a.m.",  # a sentence, no stamp
        "Wednesday 8 a.m.",  # no minutes: read by other rules
    ],
)
def test_a_sentence_opening_with_a_weekday_is_no_timeline_stamp(line: str) -> None:
    text = f"{line}\n\n3:10 p.m. — the minister\n\nHe said so.\n\n4:10 p.m. — the mayor\n\nShe said so.\n"
    assert day_marks(text, date(2027, 9, 22)).starts == ()
