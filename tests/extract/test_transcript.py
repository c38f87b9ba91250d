"""Transcripts: each interviewee turn is a quote of the person its label names; questions are not."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract.transcript import find_turns

INTERVIEW = (
    "The following is an excerpt of Tom Ashdown's interview with Niamh Corrigan, general secretary of "
    "the nurses' union.\n\n"
    "ASHDOWN: Is Monday's strike going ahead?\n\n"
    "CORRIGAN: Yes. We will strike on Monday.\n\n"
    "ASHDOWN: Why is four per cent not enough?\n\n"
    "CORRIGAN: Four per cent does not cover what nurses lost last year.\n"
)
PODCAST = (
    "THE NIGHT DESK — a science podcast\nRecorded Thursday, March 4, 2027\n\n"
    "HOST (LENA MARSH): With me is Dr. Tobias Ekwueme, who led the trial, and Professor Ilse van Dam.\n\n"
    "DR. EKWUEME: The smaller dose worked as well as the larger one.\n\n"
    "HOST: Professor, do you agree?\n\n"
    "PROF. VAN DAM: Mostly. One trial is one trial.\n"
)
PANEL = (
    "SUNDAY LEDGER\nTranscript — Sunday, June 6, 2027\nGuests: Sen. Rosa Delgado (D-Nev.)\n\n"
    "MARK HOLLOWAY, HOST: Senator, will the bill pass?\n\n"
    "SEN. DELGADO: It will pass the Senate this month.\n\n"
    "HOLLOWAY: And the House?\n\n"
    "SEN. DELGADO: That is harder.\n"
)
GUEST_LINE = (
    "RADIO WESTFORD — MORNING PROGRAMME\nPresenter: Colm Hayes\nGuest: Siobhán de Búrca, chair, Western Board\n\n"
    "Q: Why close the school?\n\nA: Enrolment has fallen to 61 pupils.\n\nQ: Siobhán de Búrca, thank you.\n"
)
BRIEFING = (
    "Press briefing by the Deputy Chief Cabinet Secretary\n\n"
    "DEPUTY CHIEF CABINET SECRETARY NOMURA: The cabinet approved twelve measures today.\n\n"
    "REPORTER: Will the levy rise?\n\n"
    "DEPUTY CHIEF CABINET SECRETARY NOMURA: The levy will not rise this year.\n\n"
    "We have told the industry as much.\n\n"
    "(Abridged)\n\n"
    "REPORTER: And next year?\n\n"
    "DEPUTY CHIEF CABINET SECRETARY NOMURA: That depends on growth.\n"
)
PRESSER = (
    "CENTRAL BANK PRESS CONFERENCE\nOn the podium: Governor Ilse Brandvold\n\n"
    "MODERATOR: Please give your name before you ask.\n\n"
    "BRANDVOLD: We raised the rate by a quarter point.\n\n"
    "Q (Tom Reyes, Harbour Wire): Is this the last hike?\n\n"
    "BRANDVOLD: We are not done.\n\n"
    "Q (Ana Lopes, Daily Ledger): And services?\n\n"
    "BRANDVOLD: Services inflation is too high.\n"
)
QA = (
    "Finance Minister Karl Berg spoke to the Ledger on Friday.\n\n"
    "Q: Will taxes rise?\n\n"
    "A: We will not raise taxes this year.\n\n"
    "Q: And next year?\n\n"
    "A: That depends on growth.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            INTERVIEW,
            [
                ("Niamh Corrigan", "Yes. We will strike on Monday."),
                ("Niamh Corrigan", "Four per cent does not cover what nurses lost last year."),
            ],
        ),
        (QA, [("Karl Berg", "We will not raise taxes this year."), ("Karl Berg", "That depends on growth.")]),
        # titles and the host's name or role beside the label
        (
            PODCAST,
            [
                ("Tobias Ekwueme", "The smaller dose worked as well as the larger one."),
                ("Ilse van Dam", "Mostly. One trial is one trial."),
            ],
        ),
        (PANEL, [("Rosa Delgado", "It will pass the Senate this month."), ("Rosa Delgado", "That is harder.")]),
        # a question under a label of another shape ends the turn before it
        (
            PRESSER,
            [
                ("Ilse Brandvold", "We raised the rate by a quarter point."),
                ("Ilse Brandvold", "We are not done."),
                ("Ilse Brandvold", "Services inflation is too high."),
            ],
        ),
        # an office of five words before the surname; a turn runs on over its prose paragraphs
        # up to the next label, not over a bracketed note
        (
            BRIEFING,
            [
                ("Nomura", "The cabinet approved twelve measures today."),
                ("Nomura", "The levy will not rise this year.\n\nWe have told the industry as much."),
                ("Nomura", "That depends on growth."),
            ],
        ),
        # the header's guest line names the one who answers, whether or not the name is a known one
        (GUEST_LINE, [("Siobhán de Búrca", "Enrolment has fallen to 61 pupils.")]),
    ],
)
def test_interviewee_turns_are_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    quotes = extract(text)
    assert [(q.speaker.name if q.speaker else None, q.text) for q in quotes] == expected
    assert all(q.kind == "direct" for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Note: prices include VAT.\n\nNote: delivery is free.\n\nNote: returns within 30 days.\n",
        '"We are ready," she said.\n\nUPDATE: the vote was delayed.\n',
    ],
)
def test_no_transcript(text: str) -> None:
    assert find_turns(text) == []


def test_answers_are_the_guest_the_header_names() -> None:
    text = (
        "RADIO NORTH - MORNING\nTranscript: interview with Energy Minister Katrin Oosterveld\n"
        "Recorded: Wednesday 17 November 2027\nInterviewer: Sebastian Krag\n\n"
        "Q: Minister, does Ulgas owe the money?\n\nA: No. We have paid every invoice this year.\n\n"
        "Q: Will you talk to them?\n\nA: I am ready to talk to them tomorrow.\n"
    )
    answers = [t for t in find_turns(text) if not t.question]
    assert [t.label.name for t in answers] == ["Katrin Oosterveld", "Katrin Oosterveld"]


@pytest.mark.parametrize(
    ("standfirst", "role"),
    [
        (
            "Kelmont Rail's chief executive on a winter of cancellations. Interview by Ola Brenn.",
            "Kelmont Rail's chief executive",
        ),
        ("The harbour board chair talks dredging and debt.", "The harbour board chair"),
    ],
)
def test_answers_go_to_the_office_a_standfirst_names_when_it_names_no_person(standfirst: str, role: str) -> None:
    text = (
        f"The Tessby Gazette\n\n{standfirst}\n\n"
        "Q: When will the trains run on time?\nA: By March. We have hired forty drivers.\n\n"
        "Q: The passenger Ines Morrow says she lost her job over the delays.\nA: I am sorry. I will write to her.\n\n"
        "Q: Will fares rise?\nA: Not this year.\n"
    )
    answers = [t for t in find_turns(text) if not t.question]
    # (the passenger a question names is not the one answering it)
    assert [(t.label.kind, t.label.role) for t in answers] == [("role", role)] * 3


def test_a_standfirst_with_no_office_leaves_the_answers_unnamed() -> None:
    text = (
        "The Tessby Gazette\n\nFour days of darkness on the coast.\n\n"
        "Q: When?\nA: Tonight.\n\nQ: Why so late?\nA: The ice.\n\nQ: And now?\nA: We rebuild.\n"
    )
    assert {t.label.kind for t in find_turns(text) if not t.question} == {"pronoun"}


@pytest.mark.parametrize(
    "standfirst",
    [
        # a sentence telling what the office did, not a standfirst: its "on" opens a day
        "The canal trust's director on Friday stood down over the lock repairs. Her successor, who starts "
        "next month, answered our questions.",
        "The canal trust's director on the lock repairs has stood down.",
        # a standfirst, but the header says another answered
        "The canal trust's director on the lock repairs. His deputy, who took over on Friday, answered our questions.",
        "The canal trust's director on the lock repairs. Our questions were answered by his deputy.",
    ],
)
def test_no_office_for_the_answers_when_the_header_tells_of_it_or_another_answers(standfirst: str) -> None:
    text = (
        f"The Orrin Valley Post\n\n{standfirst}\n\n"
        "Q: When will boats move again?\nA: In April.\n\nQ: Who pays?\nA: The trust.\n\n"
        "Q: And the towpath?\nA: Open now.\n"
    )
    assert {(t.label.kind, t.label.role) for t in find_turns(text) if not t.question} == {("pronoun", None)}


@pytest.mark.parametrize(
    "standfirst",
    [
        "The canal trust's director on why the locks failed. She answered our questions by email.",
        "The canal trust's director on delayed repairs and missed deadlines.",
    ],
)
def test_a_standfirst_keeps_its_office_for_the_answers(standfirst: str) -> None:
    text = (
        f"The Orrin Valley Post\n\n{standfirst}\n\n"
        "Q: When will boats move again?\nA: In April.\n\nQ: Who pays?\nA: The trust.\n\n"
        "Q: And the towpath?\nA: Open now.\n"
    )
    answers = [t for t in find_turns(text) if not t.question]
    assert [(t.label.kind, t.label.role) for t in answers] == [("role", "The canal trust's director")] * 3


_TWO_ANSWERING = (
    "HARBOUR TOWN FC - PRESS ROOM\nPresent: Brona Kealy (Chair, Harbour Town FC); Oisin Drury (Head of "
    "Sales, Velt Mobile)\n\n"
    "Q: Brona, is the shirt deal signed?\n\nA: It is signed for five seasons.\n\n"
    "Q: What is it worth?\n\nA: Two million a season.\n\n"
    "Q: Oisin, why this club?\n\nA (Oisin Drury): Because the town is our biggest market.\n\n"
    "Q: Will the colours change?\n\nA: The colours stay as they are.\n"
)
_BY_SECTIONS = (
    "Post-match press conference\nSpeakers: Tadhg Morrin (Eastport manager); Lorcan Vey (Milltown manager)\n\n"
    "Q: Tadhg, two-nil down at half-time. What changed?\n\nA: We stopped giving the ball away.\n\n"
    "Q: Lorcan, a first defeat.\n\nA: It had to come some day.\n\nQ: And the referee?\n\nA: He had a good game.\n"
)
_ANSWERS_BY = (
    "Transcript: launch of the rail plan\nPresent: Petra Hollis (Minister); Ewan Tarr (Chief Engineer)\n"
    "Answers are by Petra Hollis unless marked otherwise.\n\n"
    "Q: When will the line open?\n\nA: In the spring of next year.\n\n"
    "Q: And the cost?\n\nA (Ewan Tarr): Within the budget we set.\n\nQ: Any delay?\n\nA: None that I know of.\n"
)


_A_PARTY_ADDRESSED = (
    "Transcript: launch of the rail plan\nPresent: Petra Hollis (Minister); Ewan Tarr (Chief Engineer)\n"
    "Answers are by Petra Hollis unless marked otherwise.\n\n"
    "Q: When will the line open?\n\nA: In the spring, after the Green Party conference.\n\n"
    "Q: Green, is it the word of the day?\n\nA: It is the word of the decade.\n"
)


@pytest.mark.parametrize(
    ("text", "answerers"),
    [
        # a name of a body is no given name a question addresses ("Q: Green, ..." after "the Green Party")
        (_A_PARTY_ADDRESSED, ["Petra Hollis", "Petra Hollis"]),
        # a question that addresses someone by given name is answered by them, and the unmarked
        # answers after it too; an answer marked with another's name is theirs alone
        (_TWO_ANSWERING, ["Brona Kealy", "Brona Kealy", "Oisin Drury", "Brona Kealy"]),
        (_BY_SECTIONS, ["Tadhg Morrin", "Lorcan Vey", "Lorcan Vey"]),
        # the header says who gives the unmarked answers
        (_ANSWERS_BY, ["Petra Hollis", "Ewan Tarr", "Petra Hollis"]),
    ],
)
def test_plain_answers_are_the_one_the_questions_address(text: str, answerers: list[str]) -> None:
    assert [t.label.name for t in find_turns(text) if not t.question] == answerers


@pytest.mark.parametrize(
    ("label", "name"),
    [("CALLER (Brigid, Ballyvane)", "Brigid"), ("CALLER (TOMAS, ON THE M50)", "Tomas"), ("LISTENER (Ade)", "Ade")],
)
def test_a_callers_label_is_the_name_in_its_brackets(label: str, name: str) -> None:
    text = (
        "PHONE-IN\n\nHOST: Lines are open.\n\n"
        f"{label}: The buses never come on time.\n\nHOST: Thank you. Next caller.\n\n"
        f"{label}: And another thing, the fares went up.\n"
    )
    answers = [t for t in find_turns(text) if not t.question]
    assert [t.label.name for t in answers] == [name, name]


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("WITNESS (Ingrid Solvik)", "Ingrid Solvik"),
        ("PANELLIST (Tomas Berglund, Delta Institute)", "Tomas Berglund"),
        ("DELEGATE (MARTA OKONJO)", "Marta Okonjo"),
    ],
)
def test_a_label_of_a_part_is_the_person_named_in_its_brackets(label: str, name: str) -> None:
    text = (
        "COMMITTEE ON WATER\nUncorrected transcript\n\n"
        "CHAIR: Welcome. Please begin.\n\n"
        f"{label}: The reservoir will be full by June.\n\n"
        "CHAIR: And the pipes?\n\n"
        f"{label}: The pipes will be replaced next year.\n"
    )
    answers = [t for t in find_turns(text) if t.label.text == label]
    assert [t.label.name for t in answers] == [name, name]


@pytest.mark.parametrize("label", ["VOS (Tidal Observatory)", "HOST (DANA RUIZ)"])
def test_a_label_whose_brackets_name_no_person_keeps_its_own_name(label: str) -> None:
    text = (
        "EVENING PANEL\n\n"
        f"{label}: Good evening. What went wrong?\n\n"
        "LIND: The gauge failed.\n\n"
        f"{label}: Why?\n\n"
        "LIND: Nobody checked it.\n"
    )
    names = {t.label.name for t in find_turns(text) if t.label.text == label}
    assert names and not names & {"Tidal Observatory", "Dana Ruiz"}


def test_a_bare_callers_label_is_the_one_the_host_puts_through() -> None:
    text = (
        "OPEN LINE\nRecorded Wednesday 10 March 2027\n\n"
        "HOST: Let's go to the phones. Ruth Calder is on the line from Eastfield. Ruth, go ahead.\n\n"
        "CALLER: Hi. I want to know why nobody warned us about the closure.\n\n"
        "GUEST: That's a fair question, and I will answer it.\n\n"
        "CALLER: Please do, because we were told nothing.\n\n"
        "HOST: Next caller. Tomas Byrne runs a bakery in Westfield. Tomas, you're on.\n\n"
        "CALLER: Morning. My vans do forty extra miles a day.\n"
    )
    answers = [t.label.name for t in find_turns(text) if not t.question and t.label.text == "CALLER"]
    assert answers == ["Ruth Calder", "Ruth Calder", "Tomas Byrne"]


_GUEST_LABELLED = (
    "KESTREL FM - DRIVETIME\nRecorded: Monday 3 May 2027, 17:20\nPresenter: Tom Varga\n"
    "Guest: Ilse Marrow, Chair, Allied Bus Drivers\n\n"
    "PRESENTER: Buses stop on Friday. Ilse Marrow leads the drivers. Good evening.\n\n"
    "GUEST: Good evening, Tom. Nobody wants this strike, least of all the drivers.\n\n"
    "PRESENTER: Is five per cent your final word?\n\n"
    "GUEST: Five per cent is what the cost of living asks of us.\n\n"
    "PRESENTER: We asked the operator for an interview. In a statement to this programme, the operator "
    'said: "The offer is fair and it is final."\n'
)


def test_a_guest_label_is_the_guest_the_header_names() -> None:
    answers = [t for t in find_turns(_GUEST_LABELLED) if not t.question]
    assert [t.label.name for t in answers] == ["Ilse Marrow", "Ilse Marrow"]


def test_a_statement_that_closes_a_presenters_turn_is_on_record() -> None:
    """A third party's quotation the presenter reads out at the end of a turn, asking nothing
    after it, is that party's statement; a quotation put to the guest before a question is not."""
    assert "The offer is fair and it is final." in {q.text for q in extract(_GUEST_LABELLED)}
    asked = _GUEST_LABELLED.replace('final."\n', 'final." Is it?\n')
    assert "The offer is fair and it is final." not in {q.text for q in extract(asked)}


def test_a_label_takes_its_full_name_from_the_given_name_on() -> None:
    text = (
        "VBC RADIO 1\nItem: Interview, Minister of Health Marie-Louise Thorsby\n\n"
        "EKDAHL: Minister, what happens on May 1?\n\nTHORSBY: Nobody will go without insulin.\n\n"
        "EKDAHL: Is that a promise?\n\nTHORSBY: It is a fact.\n"
    )
    answers = [t for t in find_turns(text) if not t.question]
    assert {t.label.name for t in answers} == {"Marie-Louise Thorsby"}


@pytest.mark.parametrize(
    ("participants", "name"),
    [
        # a participants' list in capitals: the name from its given name on, in title case
        ("PARTICIPANTS:\nGORDON ALMEIDA, race director\nROSA VEGA, chair, Sport Committee\n\n", "Gordon Almeida"),
        # the last line of the list runs into no turn: "Sport Committee" above "ALMEIDA:" is no name
        ("PARTICIPANTS:\nRace director Almeida\nROSA VEGA, chair, Sport Committee\n\n", "Almeida"),
        # capitals with no given name are an office's words, not a name
        ("PARTICIPANTS:\nRACE DIRECTOR ALMEIDA\nROSA VEGA, chair, Parks Committee\n\n", "Almeida"),
    ],
)
def test_a_surname_label_takes_no_name_across_a_paragraphs_end(participants: str, name: str) -> None:
    text = (
        "CITY OF CARVER — TRANSCRIPT: PRESS CONFERENCE\n\n"
        + participants
        + "ALMEIDA: We stopped the race at 10:52.\n\n"
        + "JANET HOLLIS (Courier): Did the stations run dry?\n\nALMEIDA: No. We had enough water.\n\n"
        "VEGA: The city will review every permit.\n"
    )
    almeida = {t.label.name for t in find_turns(text) if t.label.text == "ALMEIDA"}
    assert almeida == {name}


_BROADCAST = (
    "THE WEEK IN REVIEW — TRANSCRIPT\nRecorded: Sunday, March 7, 2027\n"
    "Guests: Sen. Hollis Brandt (D-Mont.); Gloria Feeney, acting chair, Port Authority\n\n"
    "MARTA KELLS, HOST: Senator, will the bill pass?\n\n"
    "SEN. HOLLIS BRANDT (D-MONT.): It will pass. We have the votes.\n\n"
    "KELLS: And the port?\n\n"
    "GLORIA FEENEY, ACTING CHAIR, PORT AUTHORITY: The port reopens on Monday.\n\n"
    "KELLS: Thank you both.\n"
)
_CABLE = (
    "KNX LATE EDITION\nRush transcript\n\n"
    "TOM REED, KNX ANCHOR: Good evening. Will the farm bill pass?\n\n"
    "(BEGIN VIDEOTAPE)\n\n"
    "REP. IVO SANT (I-VT.), MINORITY WHIP: The dairy title stays in, or the bill stays out.\n\n"
    "UNIDENTIFIED FEMALE: And the timber title?\n\n"
    "SANT: Ask me on Friday.\n\n"
    "(END VIDEOTAPE)\n"
)
_HANSARD = (
    "OFFICIAL REPORT\nTuesday, 14 September 2027\n\n"
    "The Minister for Transport (Ms Helena Varga): I will make a statement on the new bridge.\n\n"
    "Mr Tomas Kerr (Lowfield) (Con): Will the Minister publish the contract?\n\n"
    "Ms Varga: The contract will be published when it is signed.\n\n"
    "Mr SPEAKER: Order. We will leave it there.\n"
)
_MONITORING = (
    "MEDIA MONITOR\nText of report by state TV on 8 December\n\n"
    "[Presenter] The governor spoke to our correspondent. Governor Pavel Orlov, when will heat return?\n\n"
    "[Orlov] Heat will be back within two days.\n\n"
    "[Correspondent] Who is responsible?\n\n"
    "[Orlov] The operator is responsible.\n"
)
_BRIEFING = (
    "TRANSCRIPT: Press briefing\nBriefers:\nOwen Talbot, Deputy Press Secretary\nRuth Imre, Secretary of Labor\n\n"
    "DEPUTY PRESS SECRETARY TALBOT: Good afternoon. The Secretary has a few words.\n\n"
    "SECRETARY IMRE: Thanks, Owen. Wages rose in every state.\n\n"
    "Q: Will they keep rising?\n\n"
    "SECRETARY IMRE: I expect so.\n"
)


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("MARKOVIĆ", "Marković"),
        ("ŁUKASZEWSKA", "Łukaszewska"),
        ("Dušan Petrović", "Dušan Petrović"),
        ("ŠTEFAN KOVÁČ", "Štefan Kováč"),
    ],
)
def test_labels_in_latin_extended_letters(label: str, name: str) -> None:
    """A label spelled with letters beyond Latin-1 (Ć, Ł, Š) is a label like any other."""
    text = (
        "COAST FORUM — TRANSCRIPT\n\nHOST: Where do you stand this morning?\n\n"
        f"{label}: The dikes will hold this winter. The next one I cannot promise.\n\nHOST: Thank you.\n"
    )
    quotes = extract(text)
    assert [(q.speaker.name if q.speaker else None, q.text) for q in quotes] == [
        (name, "The dikes will hold this winter. The next one I cannot promise.")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _BROADCAST,
            [("Hollis Brandt", "It will pass. We have the votes."), ("Gloria Feeney", "The port reopens on Monday.")],
        ),
        (
            # a cable transcript's party tag before the office
            _CABLE,
            [
                ("Ivo Sant", "The dairy title stays in, or the bill stays out."),
                ("Ivo Sant", "Ask me on Friday."),  # the surname label: the name the earlier label gave
            ],
        ),
        (
            _HANSARD,
            [
                ("Helena Varga", "I will make a statement on the new bridge."),
                ("Helena Varga", "The contract will be published when it is signed."),
            ],
        ),
        (
            _MONITORING,
            [("Pavel Orlov", "Heat will be back within two days."), ("Pavel Orlov", "The operator is responsible.")],
        ),
        (
            _BRIEFING,
            [
                ("Owen Talbot", "Good afternoon. The Secretary has a few words."),
                ("Ruth Imre", "Thanks, Owen. Wages rose in every state."),
                ("Ruth Imre", "I expect so."),
            ],
        ),
    ],
)
def test_labels_of_broadcasts_parliaments_and_monitors(text: str, expected: list[tuple[str, str]]) -> None:
    """Titles, parties, seats and honorifics around a label name no one else; hosts, chairs
    and header lines are no speakers."""
    answers = [t for t in find_turns(text) if not t.question]
    assert [(t.label.name, text[t.start : t.end]) for t in answers] == expected


_OFFICE_REPORT = (
    "OFFICIAL REPORT\nAssembly of Norvenna\n\n"
    "1. TOMAS KERR (Lowfield) (CP): Will the Prime Minister name the date of the budget?\n\n"
    "THE PRIME MINISTER (Helena Varga-Stroud): The budget will come in the autumn, as every year.\n\n"
    "ORLA DUNNE (Eastmere) (NP) (Leader of the Opposition): The valley schools are closing one by one.\n\n"
    "THE PRIME MINISTER: We have opened more schools this year than in any year before.\n"
)


def test_an_office_label_is_the_holder_an_earlier_label_named() -> None:
    """An official report names the office's holder in brackets once ("THE PRIME MINISTER (Name)")
    and then labels the turns with the office alone."""
    named = {_OFFICE_REPORT[t.start : t.start + 20]: t.label.name for t in find_turns(_OFFICE_REPORT)}
    assert named["The budget will come"] == "Helena Varga-Stroud"
    assert named["We have opened more "] == "Helena Varga-Stroud"
    assert named["The valley schools a"] == "Orla Dunne"


def test_a_member_who_asked_first_makes_statements_after() -> None:
    """In a parliamentary record a member's first turn may ask; the member's next turns, under a
    shorter label, are statements on record all the same."""
    text = (
        "OFFICIAL REPORT\nAssembly of Norvenna\n\n"
        "THE SPEAKER (Sir Alun Brock): Questions to the Prime Minister.\n\n"
        "ORLA DUNNE (Eastmere) (NP) (Leader of the Opposition): The valleys are losing schools. When will she act?\n\n"
        "THE PRIME MINISTER (Helena Varga-Stroud): We have opened more schools this year than ever.\n\n"
        "ORLA DUNNE: Schools opened in the cities and closed in the valleys are no gain at all.\n\n"
        "THE PRIME MINISTER: The figures will be published on Friday.\n"
    )
    turns = {text[t.start : t.start + 20]: t.question for t in find_turns(text)}
    assert turns["Schools opened in th"] is False


PRINTED_BOLD = (
    "THE MONDAY INTERVIEW\n\n"
    'Joanna Okoro-Lindqvist: "We moved too fast"\n\n'
    "Joanna Okoro-Lindqvist has led the Harwick Water Board since 2024. We spoke on Friday.\n\n"
    "**You promised the pipes would be replaced by June. Will they be?**\n\n"
    "No. We moved too fast and the contractor cannot deliver by June.\n\n"
    "**What happens to the budget?**\n\n"
    "It stays where it is. Nobody will pay more this year.\n\n"
    "**The regulator says it is watching you.**\n\n"
    "They should watch us. That is their job.\n\n"
    "**Last question. Will you stay on?**\n\n"
    "Yes.\n"
)
PRINTED_Q = (
    "Harbour master Tomasz Wielgosz spoke to the Gazette on Tuesday.\n\n"
    "Q. Was the sensor tested after January?\n\n"
    "A. It was not. That was my mistake.\n\n"
    "Q. Will you resign?\n\n"
    "I will not resign before the inquiry reports.\n\n"
    "Q. What do you say to the families?\n\n"
    "I am sorry.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            PRINTED_BOLD,
            [
                ("Joanna Okoro-Lindqvist", "No. We moved too fast and the contractor cannot deliver by June."),
                ("Joanna Okoro-Lindqvist", "It stays where it is. Nobody will pay more this year."),
                ("Joanna Okoro-Lindqvist", "They should watch us. That is their job."),
                ("Joanna Okoro-Lindqvist", "Yes."),
            ],
        ),
        (
            PRINTED_Q,
            [
                ("Tomasz Wielgosz", "It was not. That was my mistake."),
                ("Tomasz Wielgosz", "I will not resign before the inquiry reports."),
                ("Tomasz Wielgosz", "I am sorry."),
            ],
        ),
    ],
)
def test_printed_interview_answers_are_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    """Bold (or ``Q.``) questions and plain answers: each answer is a direct quote of the
    interviewee the introduction names; the questions, and what they report, are not quotes."""
    quotes = [q for q in extract(text) if q.start > text.index("\n\n", text.index("spoke"))]
    assert [(q.speaker.name if q.speaker else None, q.text) for q in quotes] == expected
    assert all(q.kind == "direct" for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        # a feature's bold subheadings are no questions
        "A long read.\n\n**The money**\n\nIt ran out.\n\n**The vote**\n\nIt failed.\n\n**The end**\n\nIt came.\n",
        # two questions are no interview
        "Intro by Maria Lenz.\n\n**Why?**\n\nBecause.\n\n**When?**\n\nSoon.\n",
    ],
)
def test_no_printed_interview(text: str) -> None:
    assert find_turns(text) == []


INQUIRY = (
    "THE HARWICK DAM INQUIRY\nTRANSCRIPT OF PROCEEDINGS — DAY 2\n\n"
    "Before: SIR ALAN MBEKI-FORD KC (Chair)\nCounsel to the Inquiry: MS RUTH OYELARAN\n\n"
    "THE CHAIR: Good morning. The inquiry will sit in public on every hearing day.\n\n"
    "MS OYELARAN: Mr Hale, were the sluices inspected in May?\n\n"
    "MR HALE: They were not. I regret that.\n\n"
    "MS OYELARAN: Why not?\n\n"
    "MR HALE: The request was never actioned.\n\n"
    "THE CHAIR: We will rise until ten o'clock tomorrow.\n"
)


def test_an_inquiry_chair_makes_statements_under_the_name_the_header_gives() -> None:
    """A parliament's Speaker keeps order; an inquiry's chair speaks on record, as the person the
    header's "Before:" line names."""
    chair = [q.text for q in extract(INQUIRY) if q.speaker and q.speaker.name == "Alan Mbeki-Ford"]
    assert chair == [
        "Good morning. The inquiry will sit in public on every hearing day.",
        "We will rise until ten o'clock tomorrow.",
    ]


def test_words_an_interviewee_quotes_from_someone_else_stay_a_quote_of_their_own() -> None:
    text = (
        "TRANSCRIPT — Interview with Governor-elect Teresa Vance\n\n"
        "MARCUS HALE: Governor Dale Haskell stayed out of your primary. Did he ever tell you why?\n\n"
        'TERESA VANCE: He told me, "Teresa, the voters don\'t need my thumb on the scale." I think that says a lot.\n\n'
        "MARCUS HALE: Did you ask him again?\n\n"
        "TERESA VANCE: No. I took him at his word.\n"
    )
    texts = [q.text for q in extract(text)]
    assert "Teresa, the voters don't need my thumb on the scale." in texts
    assert any(t.startswith("He told me,") for t in texts)  # the turn itself stays hers


_EARNINGS_CALL = (
    "Harwick Ports plc (LSE: HWP) — Q2 2027 earnings call\nDate: 28 July 2027\n\n"
    "Operator: Good morning and welcome to the call.\n\n"
    "CEO Anne-Marie Kowalczyk: Thank you. It has been a strong half for the group.\n\n"
    "Ruairí Dunleavy (Strand Capital): Will the new berth be ready on time?\n\n"
    "CFO Tomás Ó Briain: Yes. We expect it to open in 2029.\n\n"
    "Ruairí Dunleavy (Strand Capital): And the redundancies?\n\n"
    "CEO Anne-Marie Kowalczyk: There will be no compulsory redundancies.\n"
)
_COMMONS = (
    "New Harbour Bridge: Award of Contract\n\n"
    "The Minister for Infrastructure (Ms Helena Varga): I will make a statement on the new bridge.\n\n"
    "Mr Piotr de Lange (Kessel East) (Con): Last week I called this the worst contract this House has seen in a "
    "generation, and I say it again today: it will cost the taxpayer 300 million more than the cheapest bid that "
    "was on the table, and the Minister knows it. Will she publish the contract?\n\n"
    "Ms Varga: The contract will be published when it is signed.\n\n"
    "Mr de Lange: The Minister's friends are very quiet this afternoon.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _EARNINGS_CALL,
            [
                ("Anne-Marie Kowalczyk", "Thank you. It has been a strong half for the group."),
                ("Tomás Ó Briain", "Yes. We expect it to open in 2029."),
                ("Anne-Marie Kowalczyk", "There will be no compulsory redundancies."),
            ],
        ),
        (
            # a member who argues at length before asking makes a statement; a heading is no label
            _COMMONS,
            [
                ("Helena Varga", "I will make a statement on the new bridge."),
                ("Piotr de Lange", _COMMONS.split("(Con): ")[1].split("\n")[0]),
                ("Helena Varga", "The contract will be published when it is signed."),
                ("Piotr de Lange", "The Minister's friends are very quiet this afternoon."),
            ],
        ),
    ],
)
def test_titled_labels_and_members_statements(text: str, expected: list[tuple[str, str]]) -> None:
    answers = [t for t in find_turns(text) if not t.question]
    assert [(t.label.name, text[t.start : t.end]) for t in answers] == expected


@pytest.mark.parametrize(
    ("header", "guest"),
    [
        # the host is named on a header line after the guest's: the guest answers
        (
            "RADIO KOLBY 98.1 FM\nInterview transcript: Smt. Meera Halappa, Minister for Water\n"
            "Broadcast live Tuesday, 8:10 am. Host: Vikram Shenoy.\n",
            "Meera Halappa",
        ),
        (
            "TESSBY TALK\nIn the studio: Dr. Ruth Abernathy, county health officer. Presenter: Owen Price\n",
            "Ruth Abernathy",
        ),
        # a magazine's credit names who asked: "Interview by", "Interviewed by", "Questions by"
        (
            "HARBOUR QUARTERLY — THE CONVERSATION\nLeif Oddsen, chair of the pilots' guild, on pilotage fees. "
            "Interview by Marta Kjeld. Recorded in Varnes on 3 May 2027.\n",
            "Leif Oddsen",
        ),
        (
            "Ines Cardoso, the port's harbour master, on the new locks. Interviewed by Tom Pryor.\n",
            "Ines Cardoso",
        ),
    ],
)
def test_the_host_a_header_line_names_does_not_answer(header: str, guest: str) -> None:
    text = header + (
        "\nQ: Good morning. What has the state done?\n\nA: Good morning. We have opened twelve centres.\n\n"
        "Q: Will you buy directly?\n\nA: The cabinet cleared it last night.\n\nQ: Thank you.\n\nA: Thank you.\n"
    )
    answers = [t for t in find_turns(text) if not t.question]
    assert answers and all(t.label.name == guest for t in answers)


@pytest.mark.parametrize(
    "label",
    ["THE CLAIM", "THE FACTS", "ALSO ON THE TRAIL", "THE BOTTOM LINE", "VERDICT"],
)
def test_a_fact_checks_section_labels_are_no_speakers(label: str) -> None:
    text = (
        f'FACT CHECK\n\n{label}: At the debate, Rep. Anne Kemp said: "Forty thousand families lost their cover."\n\n'
        f'{label}: At a rally, Dale Whit told supporters, "We will build the bridge without a toll."\n\n'
        f'{label}: On Monday, Rep. Anne Kemp said: "The cuts were his."\n'
    )
    quotes = extract(text, published="2027-10-14")
    assert [(q.speaker.name if q.speaker else None, q.via) for q in quotes] == [
        ("Anne Kemp", None),
        ("Dale Whit", None),
        ("Anne Kemp", None),
    ]


def test_a_label_of_initials_is_the_person_the_text_named_with_them() -> None:
    text = (
        "I sat down yesterday with the Health Minister, Rhona Tallis. Here is a transcript of our talk.\n\n"
        "Me: Thank you for talking to us.\n\nRhona Tallis: It is a pleasure. The hospital will open in May.\n\n"
        "Me: And the staff?\n\nRT: We have hired forty nurses already.\n\n"
        "Me: And the money?\n\nRT: The budget holds.\n"
    )
    answers = [t for t in find_turns(text) if not t.question]
    assert [t.label.name for t in answers] == ["Rhona Tallis"] * 3  # "Rhona Tallis:", then "RT:"


@pytest.mark.parametrize(
    ("question", "answer"),
    [("**Q:**", "A:"), ("**Q:**", "**A:**"), ("**Q**:", "**A**:"), ("__Q:__", "A:")],
)
def test_labels_set_in_bold_are_labels(question: str, answer: str) -> None:
    text = (
        "THE PORTSIDE INTERVIEW\n\nLeif Oddsen, chair of the pilots' guild, on fees. Interview by Marta Kjeld.\n\n"
        f"{question} Mr Oddsen, will the pilots strike?\n\n{answer} We will strike on Monday if the fee stands.\n\n"
        f"{question} The port says the fee is fair.\n\n{answer} The fee doubled in a year. That is not fair.\n\n"
        f"{question} And the minister?\n\n{answer} She has been careful, and I have told her so.\n"
    )
    quotes = extract(text)
    assert [(q.speaker.name if q.speaker else None, q.text) for q in quotes] == [
        ("Leif Oddsen", "We will strike on Monday if the fee stands."),
        ("Leif Oddsen", "The fee doubled in a year. That is not fair."),
        ("Leif Oddsen", "She has been careful, and I have told her so."),
    ]


_WESTMINSTER_CANADA = (
    "LEGISLATIVE ASSEMBLY\nOFFICIAL REPORT OF DEBATES\nWednesday, April 7, 2027\n\n"
    "Mr. T. de Wit (Harrow Bay): Mr. Speaker, the bridge has been closed for a year. Families drive two hours "
    "to reach a hospital. When will the minister reopen it?\n\n"
    "The Speaker: The Hon. Minister of Public Works.\n\n"
    "Hon. M.-L. Okafor (Minister of Public Works and Government Services): Mr. Speaker, the bridge reopens in "
    "June.\n\n"
    "Mr. T. de Wit (Harrow Bay): Mr. Speaker, the minister said that in January. Will he say it again?\n\n"
    "Hon. M.-L. Okafor (Minister of Public Works and Government Services): Mr. Speaker, I will.\n\n"
    "Some Hon. Members: Hear, hear!\n\n"
    "The Speaker: Order. The member for Elm Lake.\n\n"
    "Ms. R. Adeyemi (Elm Lake): Mr. Speaker, my question is for the Premier.\n"
)
_TIME_CODED = (
    "THE LONG TABLE — a regional radio podcast\nRecorded Friday, May 14, 2027\n\n"
    "[00:00:03] IRIS KOVAC: This is The Long Table. I'm Iris Kovac, and my guest is the mayor, Petra Lindahl. "
    "Welcome.\n\n"
    "[00:00:11] PETRA LINDAHL: Thank you, Iris. Glad to be here.\n\n"
    "[00:00:15] IRIS KOVAC: Will the pool reopen this summer?\n\n"
    "[00:00:19] PETRA LINDAHL: It will open on the first of July.\n\n"
    "[00:04:02] IRIS KOVAC: And the fees?\n\n"
    "[00:04:05] PETRA LINDAHL: They stay where they are.\n\n"
    "[00:09:40] IRIS KOVAC: Mayor Lindahl, thank you. That's the programme.\n"
)
_FORUM = (
    "Harbour Town Forums › Ask me anything\n"
    "Thread: I'm Oskar Brandt-Meyer, head of the water board. Ask me anything.\n\n"
    "HTW_OskarBrandtMeyer: Hello everyone. I have an hour.\n\n"
    "quayside_quinn asked: Is the tap water safe?\n"
    "HTW_OskarBrandtMeyer answered: Yes. Every sample this week passed.\n\n"
    "rowers4ever asked: When do the mains works end?\n"
    "HTW_OskarBrandtMeyer answered: In October, if the weather holds.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "Mr." and "Hon." with initials; a member who speaks through the chair is on record
            _WESTMINSTER_CANADA,
            [
                ("de Wit", _WESTMINSTER_CANADA.split("(Harrow Bay): ")[1].split("\n")[0]),
                ("Okafor", "Mr. Speaker, the bridge reopens in June."),
                ("de Wit", "Mr. Speaker, the minister said that in January. Will he say it again?"),
                ("Okafor", "Mr. Speaker, I will."),
            ],
        ),
        (
            # a time code before each label; the host who opens, asks and closes
            _TIME_CODED,
            [
                ("Petra Lindahl", "Thank you, Iris. Glad to be here."),
                ("Petra Lindahl", "It will open on the first of July."),
                ("Petra Lindahl", "They stay where they are."),
            ],
        ),
        (
            # a forum's user names and its "asked" / "answered" labels
            _FORUM,
            [
                ("Oskar Brandt-Meyer", "Hello everyone. I have an hour."),
                ("Oskar Brandt-Meyer", "Yes. Every sample this week passed."),
                ("Oskar Brandt-Meyer", "In October, if the weather holds."),
            ],
        ),
    ],
)
def test_canadian_records_time_codes_and_forum_threads(text: str, expected: list[tuple[str, str]]) -> None:
    answers = [t for t in find_turns(text) if not t.question]
    assert [(t.label.name, text[t.start : t.end]) for t in answers] == expected


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (_TIME_CODED, "Iris Kovac"),
        (_FORUM, "quayside_quinn"),
        (_WESTMINSTER_CANADA, "The Speaker"),
        # a member who only says whom the question is for
        (_WESTMINSTER_CANADA, "Adeyemi"),
    ],
)
def test_hosts_askers_and_the_chair_make_no_statements(text: str, host: str) -> None:
    asked = {t.label.name for t in find_turns(text) if t.question}
    assert host in asked


_EXCHANGE = (
    "\nQ: Will the ferry run on Sunday?\n\n{label}: It will run on Sunday, weather permitting.\n\n"
    "Q: And next week?\n\n{label}: Next week the timetable is the usual one.\n"
)
_OFFICE_TURNS = (
    "\n\nDIRECTOR GENERAL: We will open the border at noon.\n\nQ: Why now?\n\n"
    "DIRECTOR GENERAL: The roads are clear.\n\nQ: Thank you.\n\nDIRECTOR GENERAL: Thank you.\n"
)


@pytest.mark.parametrize(
    ("header", "label", "name"),
    [
        # an office as the label: the person the header names with that office
        ("Briefing by Harbour Commissioner Tamsin Odegaard, Vellport, 4 May 2027\n", "COMMISSIONER", "Tamsin Odegaard"),
        (
            "Press point by Secretary General Ruben Okafor-Lind after the council\n",
            "SECRETARY GENERAL",
            "Ruben Okafor-Lind",
        ),
        # a participants' list that puts the label in brackets after the name
        (
            "PARTICIPANTS:\nMr. Joel Brannick, Director of Operations (SPOKESPERSON)\nReporters (Q)\n",
            "SPOKESPERSON",
            "Joel Brannick",
        ),
        # two people with the office: no one in particular
        ("Remarks by Minister Ada Kerr and Minister Piet Lomu\n", "MINISTER", "Minister"),
    ],
)
def test_an_office_label_is_the_holder_the_header_names(header: str, label: str, name: str) -> None:
    text = header + _EXCHANGE.format(label=label)
    answers = [t for t in find_turns(text) if not t.question]
    assert [t.label.name for t in answers] == [name, name]


@pytest.mark.parametrize("heading", ["THE HARBOUR INTERVIEW", "EXCLUSIVE", "FULL TRANSCRIPT"])
def test_a_headline_naming_the_kind_of_piece_is_no_guest(heading: str) -> None:
    text = (
        f'{heading}: "We kept the lights on"\n\n'
        "Helen Brightwater, who ran the night shift at the plant, spoke to our reporter on Friday.\n"
        + _EXCHANGE.format(label="A")
    )
    answers = [t for t in find_turns(text) if not t.question]
    assert [t.label.name for t in answers] == ["Helen Brightwater", "Helen Brightwater"]


@pytest.mark.parametrize(
    ("header", "holder"),
    [
        # the office before the name, on the header's line
        (
            "CUSTOMS UNION OF THE NORTH\nBriefing by Director General Marie-Claire Dufort, Kessby, 4 May 2027",
            "Marie-Claire Dufort",
        ),
        # the office after the name and a comma
        ("Kessby, 4 May 2027. Present: Tomasz Wierzbicki, the Director General, and staff.", "Tomasz Wierzbicki"),
        # the label in brackets on a participants' line
        (
            "PARTICIPANTS:\nMrs. Adaeze Okafor-Lind, Head of Customs (DIRECTOR GENERAL)\nMembers of the press (Q)",
            "Adaeze Okafor-Lind",
        ),
    ],
)
def test_a_label_that_names_an_office_is_the_person_the_header_gives_it(header: str, holder: str) -> None:
    answers = [t for t in find_turns(header + _OFFICE_TURNS) if not t.question]
    assert len(answers) == 3 and all(t.label.name == holder for t in answers)


@pytest.mark.parametrize(
    "header",
    [
        # nobody is named with the office: the label keeps no one's name
        "CUSTOMS UNION OF THE NORTH\nBriefing, Kessby, 4 May 2027",
        # two people named with it: no guess
        "Director General Marie-Claire Dufort and Director General Tomasz Wierzbicki, Kessby",
    ],
)
def test_an_office_label_without_one_holder_names_no_one(header: str) -> None:
    answers = [t for t in find_turns(header + _OFFICE_TURNS) if not t.question]
    assert answers and not any(t.label.name in {"Marie-Claire Dufort", "Tomasz Wierzbicki"} for t in answers)


_PRINTED_QA = (
    "\n\nQ: How did you first notice?\n\nA: Nothing matched my numbers.\n\nQ: What did you do?\n\n"
    "A: I reran everything for a month.\n\nQ: Any regrets?\n\nA: None at all.\n"
)


@pytest.mark.parametrize(
    ("header", "guest"),
    [
        # a heading that names the piece is no label, and the editor who sat down with the guest asks
        (
            'THE HILLTOP HERALD\n\nTHE HERALD INTERVIEW: "I thought the data were wrong"\n\n'
            "Tomasz Wierzbicki, the student whose check led the college to withdraw a paper, sat down with "
            "Herald news editor Joanne Pratt.",
            "Tomasz Wierzbicki",
        ),
        (
            "WEEKEND TRANSCRIPT: the harbour master\n\nOur reporter Lena Kovac spoke to Ines Cardoso about the locks.",
            "Ines Cardoso",
        ),
        # the newsroom's role set off by a comma before the asker's name
        (
            "THE NORTHERN TIMES\n\nDr Ines Cardoso has studied the estuary for thirty years. The Times's science "
            "editor, Lena Kovac, asked her what the council is missing.",
            "Ines Cardoso",
        ),
    ],
)
def test_a_heading_naming_the_piece_and_the_newsroom_asker_answer_nothing(header: str, guest: str) -> None:
    answers = [t for t in find_turns(header + _PRINTED_QA) if not t.question]
    assert [t.label.name for t in answers] == [guest] * 3


@pytest.mark.parametrize(
    ("turn", "asks"),
    [
        # the member's own claim, then the question: a statement on record, question and all
        ("Families in Eastmere drive thirty miles to a maternity unit since 2024. When will that end?", False),
        ("Eastmere Infirmary was promised a new ward in 2023 and again last spring. Is it still coming?", False),
        # what someone else says, then the question: the question is about it
        ("The union says the Government could settle this tomorrow with a fair offer. Will he?", True),
        ("The valleys are losing schools. When will she act?", True),
    ],
)
def test_a_members_own_claim_before_a_question_is_on_record(turn: str, asks: bool) -> None:
    text = (
        "OFFICIAL REPORT\nAssembly of Norvenna\n\n"
        "THE SPEAKER (Sir Alun Brock): Questions to the Prime Minister.\n\n"
        f"ORLA DUNNE (Eastmere) (NP): {turn}\n\n"
        "THE PRIME MINISTER (Helena Varga-Stroud): We have opened more schools this year than ever.\n"
    )
    turns = {text[t.start : t.start + 20]: t.question for t in find_turns(text)}
    assert turns[turn[:20]] is asks


_ANSWERS_LABELLED = (
    'RADIO OSKBY — "MORNING LINE"\n'
    "Programme transcript | Recorded: Tuesday 14 September 2027\n"
    "Guests: Karl Vey-Holm, chair, Hauliers' Association; Ines Dorr, Mayor of Oskby (by phone)\n\n"
    "Q: Mr Vey-Holm, what are you seeing?\n\n"
    "A (VEY-HOLM): A line of trucks that goes past the horizon.\n\n"
    "Q: Mayor Dorr, how is the town coping?\n\n"
    "A (DORR): Honestly, barely. The pharmacy ran out of paracetamol last night.\n\n"
    "Q: Thank you both.\n"
)


def test_an_answer_labelled_with_who_gives_it_is_theirs() -> None:
    answers = [t for t in find_turns(_ANSWERS_LABELLED) if not t.question]
    assert [(t.label.name, _ANSWERS_LABELLED[t.start : t.end]) for t in answers] == [
        ("Karl Vey-Holm", "A line of trucks that goes past the horizon."),
        ("Ines Dorr", "Honestly, barely. The pharmacy ran out of paracetamol last night."),
    ]


def test_an_answer_the_writer_reports_is_reported_speech_not_a_turn() -> None:
    """A live blog of a briefing asks with "Q:" and reports the answers in the third person
    ("The spokesman says C"): the answer is C, indirect, not the whole paragraph as a quote."""
    text = (
        "Harbour office briefing - live\n\n"
        "The harbour master's spokesman is here.\n\n"
        "Q: Are the ferries running?\n\n"
        "The spokesman says the ferries will run from Friday.\n\n"
        "Q: Will fares rise?\n\n"
        "He says fares will stay where they are this year.\n\n"
        "Q: Is the pier safe?\n\n"
        "The spokesman says the engineers have checked it twice.\n"
    )
    quotes = [(q.kind, q.text) for q in extract(text)]
    assert ("indirect", "the ferries will run from Friday") in quotes
    assert ("indirect", "the engineers have checked it twice") in quotes
    assert not any(q.startswith("The spokesman says") for _, q in quotes)


@pytest.mark.parametrize("opening", ["People told us", "Everyone says", "He told me"])
def test_an_answer_that_opens_with_what_others_said_is_the_guests_own(opening: str) -> None:
    """Words others said to the one answering, or an indefinite "Everyone says", open the guest's
    own answer: the paragraph stays the guest's turn, not the writer's report of it."""
    text = (
        "Interview with Orla Vennick\n\n"
        "Orla Vennick has run the Marsh Lane bakery since 2017. We spoke to her about the new shop.\n\n"
        "Q. Why did you open a second shop?\n\n"
        "The street had no bakery left, and we had the bakers. We never doubted it.\n\n"
        "Q. What about the doubters?\n\n"
        f"{opening} it would fail within a year. We are still here, and we have doubled our staff.\n\n"
        "Q. Will you open a third?\n\n"
        "We will open one in the spring if the lease comes through on time.\n"
    )
    turns = {(q.speaker.name if q.speaker else None, q.text) for q in extract(text)}
    assert any(name == "Orla Vennick" and text.startswith(opening) for name, text in turns), turns


# a transcript quoted paragraph by paragraph: each turn opens with a mark no mark closes
QUOTED_TRANSCRIPT = (
    "On Sunday's edition of the programme, the mayor defended the tram budget.\n\n"
    "A partial transcript follows:\n\n"
    '"HALVORSEN: Mayor, why did the tram line cost twice the estimate?\n\n'
    '"OKONJO-BRANDT: Because the ground under Mill Street was worse than anyone had mapped.\n\n'
    '"HALVORSEN: Will the second line cost as much?\n\n'
    '"OKONJO-BRANDT: No. We have surveyed every metre of it this time."\n'
)


def test_turns_of_a_transcript_quoted_paragraph_by_paragraph() -> None:
    """The opening mark before each label does not hide it: each answer is a turn of its own,
    not one quotation from the first label to the last mark."""
    quotes = extract(QUOTED_TRANSCRIPT)
    answers = [q.text for q in quotes if q.kind == "direct"]
    assert answers == [
        "Because the ground under Mill Street was worse than anyone had mapped.",
        "No. We have surveyed every metre of it this time.",
    ]


@pytest.mark.parametrize(
    "reading",
    [
        'The agency sent us a statement. It says, and I quote: "{words}"',
        'The agency wrote to us, which I\'ll read in full: "{words}"',
        'The agency sent a note. It reads: "{words}"',
    ],
)
def test_a_statement_read_out_in_a_turn_is_a_quote_of_its_own(reading: str) -> None:
    """Words someone reads out in a turn, saying so, are another's statement beside the turn,
    in a presenter's turn too."""
    words = "The ferry will sail on Friday. Every crossing will have two crews."
    text = (
        "HARBOUR HOUR — Tuesday\n\n"
        f"PRESENTER: Good evening. {reading.format(words=words)}\n\n"
        "DUNMORE: We will be watching the Friday crossing closely.\n\n"
        "PRESENTER: Will you?\n\n"
        "DUNMORE: Yes, every one of them.\n"
    )
    quotes = extract(text)
    read = [q for q in quotes if q.text == words]
    assert len(read) == 1


@pytest.mark.parametrize(
    ("reading", "writer"),
    [
        ('The harbourmaster, Ilse Varnholt, wrote on Friday, and I quote, "{words}" Is that so?', "Ilse Varnholt"),
        ('Your own newsletter, Mr Caddow, says, and I quote, "{words}" Will it?', "Caddow"),
        (
            "Councillor Orla Quarrendon could not be here. "
            'She wrote to us last night, which I\'ll read in full: "{words}"',
            "Orla Quarrendon",
        ),
    ],
)
def test_words_read_out_in_a_hosts_turn_are_their_writers(reading: str, writer: str) -> None:
    """The writer a host names in the turn that reads the words out speaks them, not nobody."""
    words = "The slipway will reopen before the regatta."
    text = (
        "TIDE TALK — Thursday\n\n"
        f"HOST: Good morning. {reading.format(words=words)}\n\n"
        "CADDOW: We are doing our best.\n\n"
        "HOST: Thank you.\n\n"
        "CADDOW: Thanks for having me.\n"
    )
    read = [q for q in extract(text) if words[:-1] in q.text]
    assert len(read) == 1
    assert read[0].speaker is not None and read[0].speaker.name == writer


def test_words_read_out_with_no_writer_named_are_no_record() -> None:
    """A reading whose writer the turn names nowhere would have no speaker: no record."""
    words = "The slipway will reopen before the regatta."
    text = (
        "TIDE TALK — Thursday\n\n"
        f'HOST: Good morning. I have it here and I quote, "{words}" Will it?\n\n'
        "CADDOW: We are doing our best.\n\n"
        "HOST: Thank you.\n\n"
        "CADDOW: Thanks for having me.\n"
    )
    assert not [q for q in extract(text) if words[:-1] in q.text]


CLIPS = (
    "CHANNEL 4 NEWS AT SIX\nBroadcast: Tuesday 3 August 2027\n\n"
    "[ANCHOR — DAVINA ROOK, STUDIO]\nThe ferry port at Kelby stayed shut today. Our reporter is there.\n\n"
    "[SOT — HARBOURMASTER EINAR QUILLAN-BAPTISTE]\n"
    "QUILLAN-BAPTISTE: The swell is still four metres. Nothing sails until it drops.\n\n"
    "[SOT — GRETA OYELOWO-FENN, LORRY DRIVER]\n"
    "OYELOWO-FENN: I have been parked here since Sunday. Who pays for that?\n"
)


def test_two_clips_under_slugs_are_turns() -> None:
    turns = find_turns(CLIPS)
    assert [(t.label.text, t.question) for t in turns] == [("QUILLAN-BAPTISTE", False), ("OYELOWO-FENN", False)]


COURT = (
    "IN THE DISTRICT COURT OF TALLOWAY COUNTY\n\n"
    "Before: THE HONORABLE PETRA SOLBERG-ANKRAH, JUDGE\n\n"
    "THE COURT: Be seated. Ms. Varga, your first witness.\n\n"
    "MS. VARGA: The petitioner calls the harbour clerk.\n\n"
    "MR. OTIENO: No objection, Your Honor.\n\n"
    "(TOMAS BRENNICK-HALE, having been duly sworn, testified as follows:)\n\n"
    "EXAMINATION BY MS. VARGA:\n\n"
    "Q. Where were the ledgers kept?\n\n"
    "A. In the grey cabinet by the weighbridge. My supervisor told me to lock it every night.\n\n"
    "THE COURT: I will rule on the ledgers tomorrow morning.\n"
)


def test_a_court_record_s_answers_are_the_sworn_witness_s_and_the_court_is_the_judge() -> None:
    turns = find_turns(COURT)
    named = [(t.label.text, t.label.name, t.question) for t in turns]
    assert ("A", "Tomas Brennick-Hale", False) in named
    assert ("Q", None, True) in named
    assert named[0] == ("THE COURT", "Petra Solberg-Ankrah", False)
    assert not any(label.startswith("EXAMINATION") for label, *_ in named)


def test_an_instruction_a_witness_relays_is_the_instructor_s() -> None:
    quotes = extract(COURT, published="2027-08-03")
    relayed = [q for q in quotes if q.text == "to lock it every night"]
    assert len(relayed) == 1
    assert relayed[0].speaker is None or relayed[0].speaker.name != "Tomas Brennick-Hale"


HANSARD = (
    "HOUSE OF DEPUTIES\nOFFICIAL REPORT\nThursday 9 September 2027\n\n"
    "The Minister of Works (Ada Lind-Oyelaran): The bridge will reopen in October, as the engineers advise.\n\n"
    "Nora Vargholm: Mr Speaker, the minister said the same in May. Traders on both banks have lost a summer. "
    "Will she publish the engineers' report?\n\n"
    "Ada Lind-Oyelaran: I will place it in the Library this afternoon.\n\n"
    "Mr Speaker: Order.\n"
)


def test_an_office_with_its_holder_in_brackets_opens_a_parliamentary_record() -> None:
    turns = find_turns(HANSARD)
    named = [(t.label.name, t.question) for t in turns]
    assert named[0] == ("Ada Lind-Oyelaran", False)
    assert ("Nora Vargholm", False) in named  # a member speaking through the chair


def test_an_instruction_nobody_gave_is_no_record() -> None:
    text = (
        "HOST: What happens at the depot?\n\nGUEST: Drivers are sharing one van. Nobody has ever told them to share. "
        "My foreman told me to lock the shed.\n\nHOST: Is that safe?\n\nGUEST: It is.\n"
    )
    relayed = {q.text for q in extract(text)}
    assert "to lock the shed" in relayed
    assert "to share" not in relayed


@pytest.mark.parametrize(
    ("header", "guest"),
    [
        # the one the guest "spoke to" asks the questions
        (
            "SKERRY WEEKLY — THE INTERVIEW\n'We will not close the slipway': Ingrid Farquhar on the boatyard\n"
            "The boatyard's owner spoke to Tomasz Rennick at the yard on Monday.\n",
            "Ingrid Farquhar",
        ),
        # the newsroom's side spoke to the guest: the name after "spoke to" is the guest's
        ("SKERRY WEEKLY\nOur reporter spoke to Ingrid Farquhar at the yard on Monday.\n", "Ingrid Farquhar"),
    ],
)
def test_the_one_a_guest_spoke_to_does_not_answer(header: str, guest: str) -> None:
    text = header + (
        "\nQ: What happens to the yard?\n\nA: We keep building boats.\n\nQ: And the slipway?\n\nA: It stays open.\n"
    )
    answers = [t for t in find_turns(text) if not t.question]
    assert answers and all(t.label.name == guest for t in answers)


@pytest.mark.parametrize(
    "header",
    [
        "HARBOUR COLLAPSE INQUIRY\nWitness: INGRID FARQUHAR, Harbour Master, Skerry Port Trust\n"
        "Examined by: counsel to the inquiry, Mr Tomasz Rennick\n",
        "HARBOUR COLLAPSE INQUIRY\nWitness: MS INGRID FARQUHAR, Harbour Master (sworn)\n",
    ],
)
def test_a_hearings_witness_line_names_who_answers(header: str) -> None:
    text = header + (
        "\nQ: Ms Farquhar, you run the port?\n\nA: I do, and I have since 2019.\n\n"
        "Q: Was the crane inspected?\n\nA: In March, by the yard.\n\nQ: Thank you.\n\nA: Thank you.\n"
    )
    answers = [t for t in find_turns(text) if not t.question]
    assert answers and all(t.label.name == "Ingrid Farquhar" for t in answers)


def test_a_label_alone_on_its_line_above_prose_opens_a_turn() -> None:
    text = (
        "Transcript: a talk with the lock keeper\n\n"
        "SORCHA PELLINGHAM:\nGood evening. Thanks for joining us.\n\n"
        "BARNABY QUENTRELL:\nThanks. The lock gates close for repair in March.\n\n"
        "SORCHA PELLINGHAM:\nFor how long?\n\n"
        "BARNABY QUENTRELL:\nSix weeks, and the canal trust has agreed to cover the lost tolls.\n"
    )
    turns = find_turns(text)
    assert [(t.label.name, t.question) for t in turns] == [
        ("Sorcha Pellingham", True),
        ("Barnaby Quentrell", False),
        ("Sorcha Pellingham", True),
        ("Barnaby Quentrell", False),
    ]
    assert [q.text for q in extract(text) if q.speaker is not None and q.speaker.name == "Barnaby Quentrell"] == [
        "Thanks. The lock gates close for repair in March.",
        "Six weeks, and the canal trust has agreed to cover the lost tolls.",
    ]


@pytest.mark.parametrize(
    "after",
    ["Q. Where were the keys?", "(LOTTE VANTERPOOL, having been duly sworn, testified as follows:)", "BY MR. ABELIAN:"],
)
def test_a_label_alone_above_no_prose_is_a_heading(after: str) -> None:
    text = (
        "THE COURT: Be seated.\n\nMR. ABELIAN: I call the keeper.\n\nMS. TOYNBEE: No objection.\n\n"
        f"CROSS-EXAMINATION:\n{after}\n\nQ. Who held them?\n\nA. The keeper did.\n"
    )
    assert not any(t.label.text.startswith("CROSS") for t in find_turns(text))


@pytest.mark.parametrize(
    ("line", "relayed"),
    [
        # an instruction given once, to the speaker, by someone the turn names
        ("My skipper told me to stow the nets.", True),
        ("The wardens came at dawn. Then they told us to clear the jetty.", True),
        # advice remembered as a habit, a "they" nothing before it names, a promise, a denial
        ("My grandmother always told me to check the tide.", False),
        ("Then they told us to clear the jetty.", False),
        ("The harbour board has promised to repaint the bollards.", False),
        ("The skipper never told us to stow the nets.", False),
    ],
)
def test_an_instruction_relayed_in_a_turn_is_one_given_once(line: str, relayed: bool) -> None:
    text = (
        "Pippa Orlowska: Welcome. My guest is the fisher Dov Haldane.\n"
        f"Dov Haldane: Thanks. {line}\n"
        "Pippa Orlowska: And now?\n"
        "Dov Haldane: We wait for the season.\n"
    )
    turn = next(q.text for q in extract(text) if q.text.startswith("Thanks."))
    assert turn == f"Thanks. {line}"
    content = line.split(" to ", 1)[-1].rstrip(".")
    assert any(q.text == f"to {content}" for q in extract(text)) is relayed


PHONE_IN = (
    "RADIO BRELLAN — THE EARLY SHIFT\n"
    "Transcript. Recorded Tuesday 4 May 2027. Presenter: Corin Aldwater.\n\n"
    "ALDWATER: Good morning. The ferry fares go up today. With me is Mira Stobbe of the harbour board. "
    "Why now?\n\n"
    "STOBBE: The fuel bill doubled. We held the fares for two years.\n\n"
    "ALDWATER: And the islanders? Are they consulted?\n\n"
    "STOBBE: We met them in March.\n\n"
    "ALDWATER: We have a caller. Dunstan Heveril runs the shop on Tarnholm. Dunstan, good morning.\n\n"
    "HEVERIL: Morning. I cross twice a week for stock. The new fare is forty pounds more a month for me. "
    "Who is meant to pay that?\n\n"
    "ALDWATER: Mira Stobbe, Dunstan Heveril, thank you. It's half past seven.\n"
)


def test_the_presenter_a_header_credits_asks_and_a_caller_who_asks_back_is_on_record() -> None:
    """The credited presenter's turns are questions however few end with one; a caller's turn of
    claims that ends by asking something is a statement on record, not the presenter's question."""
    turns = find_turns(PHONE_IN)
    asking = {t.label.text for t in turns if t.question}
    assert asking == {"ALDWATER"}
    quotes = extract(PHONE_IN)
    assert any(q.text.startswith("Morning. I cross twice") and q.speaker.name == "Dunstan Heveril" for q in quotes)
    assert not any(q.text.startswith("We have a caller") for q in quotes)


@pytest.mark.parametrize(
    ("credit", "asking"),
    [
        ("Presenter: Corin Aldwater.", {"ALDWATER"}),
        ("Host: Corin Aldwater | Producer: Ilse Parrow", {"ALDWATER"}),
        # nobody labelled by the credited name: by the count, and the caller says more than asks
        ("Presenter: Tamsin Yorke.", set()),
    ],
)
def test_a_header_credit_names_the_presenter_among_the_labels(credit: str, asking: set[str]) -> None:
    """Only a label that names the credited presenter is made the host by the credit."""
    text = PHONE_IN.replace("Presenter: Corin Aldwater.", credit)
    assert {t.label.text for t in find_turns(text) if t.question} == asking


def test_a_statement_the_presenter_reads_out_is_its_senders_on_the_day_of_the_programme() -> None:
    """A statement the credited presenter reads in full is the sender's words, dated by the
    recording, and the presenter's own turn around it is no quote."""
    text = (
        "RADIO BRELLAN — THE EARLY SHIFT\n"
        "Transcript. Recorded Tuesday 4 May 2027. Presenter: Corin Aldwater.\n\n"
        "ALDWATER: Good morning. With me is Mira Stobbe of the harbour board.\n\n"
        "STOBBE: The fuel bill doubled.\n\n"
        "ALDWATER: The Tarnholm Traders' Guild has sent us a statement, which I'll read in full: "
        '"The rise will empty the island by winter."\n\n'
        "STOBBE: I hear that. But the boats must run.\n\n"
        "ALDWATER: Mira Stobbe, thank you.\n"
    )
    quotes = extract(text)
    read = [q for q in quotes if "empty the island" in q.text]
    assert len(read) == 1
    assert read[0].text == "The rise will empty the island by winter."
    assert read[0].speaker is not None and "Guild" in read[0].speaker.name
    assert read[0].said_on == "2027-05-04"


@pytest.mark.parametrize(
    ("reading", "writer"),
    [
        # the sender named after "from", the reading announced by "It says:"
        ('We have had a statement from the Pellow Water Board. It says: "{words}" Is that enough?', "Water Board"),
        # the sender the newsroom asked, the reading in the same sentence
        ('We asked the Pellow Water Board for a statement, and I\'ll read it in full: "{words}" Well?', "Water Board"),
        # "I'll read it as written": the reading; its writer the subject of "sent" before it
        (
            'The Pellow Water Board sent us a statement at noon. I\'ll read it as written: "{words}" Well?',
            "Water Board",
        ),
    ],
)
def test_a_statement_read_out_is_its_senders_however_the_turn_names_them(reading: str, writer: str) -> None:
    """The sender a host's turn names for the statement it reads ("a statement from", "asked ...
    for a statement", "sent us") speaks its words."""
    words = "The reservoir is safe and the pumps are running."
    text = (
        "TIDE TALK — Thursday\n\n"
        f"HOST: Good morning. {reading.format(words=words)}\n\n"
        "CADDOW: We are doing our best.\n\n"
        "HOST: Thank you.\n\n"
        "CADDOW: Thanks for having me.\n"
    )
    read = [q for q in extract(text) if words[:-1] in q.text]
    assert len(read) == 1
    assert read[0].speaker is not None and writer in read[0].speaker.name


CALLERS = (
    "THE OPEN LINE with Rosalind Trevask\nRecorded Friday 7 May 2027\n\n"
    "ROSALIND TREVASK: Good morning. The tolls on the Brannock bridge double today. The lines are open. "
    "Who is first?\n\n"
    "OSWIN PARRY (caller, Dunmere): Morning, Rosalind. I drive a van for a bakery and I cross that bridge "
    "six times a day. That is sixty pounds a week gone, every week, from a wage that has not moved in "
    "three years. Who signed that off?\n\n"
    "ROSALIND TREVASK: The council, Oswin. Next caller, Ysolde.\n\n"
    "YSOLDE GROVE (caller, Aldwick): I run the school minibus over it. We will have to cut the Friday "
    "trips to the swimming baths, and the children will ask me why. What do I tell them?\n\n"
    "ROSALIND TREVASK: Thank you both. Will the council listen?\n"
)


def test_callers_who_ask_at_the_end_of_what_they_say_are_on_record() -> None:
    """In a phone-in of three people or more, a caller who speaks once or twice and says more of
    their own than they ask is on record, not the asking side."""
    asking = {t.label.text for t in find_turns(CALLERS) if t.question}
    assert asking == {"ROSALIND TREVASK"}
    speakers = {q.speaker.name for q in extract(CALLERS) if q.speaker is not None}
    assert {"Oswin Parry", "Ysolde Grove"} <= speakers


def test_a_reporter_who_addresses_whom_they_ask_stays_the_asking_side() -> None:
    """A reporter or an analyst opens a question by addressing whoever answers ("Mayor, ..."): the
    asking side, however much they say before the question."""
    text = CALLERS.replace("Morning, Rosalind. I drive", "Councillor, I drive").replace(
        "(caller, Dunmere)", "(Dunmere Post)"
    )
    asking = {t.label.text for t in find_turns(text) if t.question}
    assert "OSWIN PARRY (Dunmere Post)" in asking
