"""Attribution over whole articles: the speakers an article names, one per id."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.clean import clean
from onrecord.extract import ExtractOptions, analyse_article
from onrecord.model import Document


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # two spellings of one name share an id: one speaker, named as first seen
        (
            "Kremlin spokesman Dmitry Peskov said the talks had failed.\n\n"
            "«Мы готовы», — сказал Дмитрий Песков, the agency reported. Дмитрий Песков said the plan was dead.",
            [("p:dmitri-peskov", "Dmitry Peskov")],
        ),
        # found by fuzzing: a stray quotation mark inside a name
        (
            '"The talks had failed," Niamh Corrigan wrote on X.\n\n'
            'Niamh C»orrigan wrote on X: "The talks had failed." Niamh Corrigan wrote on X: "We are ready."',
            [("p:niamh-korigan", "Niamh Corrigan")],
        ),
    ],
)
def test_one_article_speaker_per_id(text: str, speakers: list[tuple[str, str]]) -> None:
    _, found = analyse_article(clean(Document(text, "test.txt", "text")))
    people = [(s.local_id, s.name) for s in found if s.kind == "person"]
    assert people == speakers
    assert len({s.local_id for s in found}) == len(found)


WIRE = """Port operator cuts shifts as strike widens

SALTVIK, Aldmark, March 9 (ANA) - The Saltvik port operator cut night shifts on Tuesday.

"Four and a half percent is an insult to people who work nights," union chief Karl-Johan Brekke told ANA by phone.

Brekke said on Monday that the union would ballot its members.

Brekke had warned in January that talks were going nowhere.
"""

FEATURE = """THE NORTHERN LEDGER
Friday 12 March 2027 | Business & Politics

How the Saltvik strike became the minister's problem

"I have never been frightened of my own crane before," said Ola Ekberg, a crane driver of 30 years.
"""


@pytest.mark.usefixtures("day_rules_only")  # the rules' days, before the learned gate
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a wire story's quote with no day of its own was said on the dateline's day; a stated
        # day wins; an earlier occasion ("had warned") has none
        (
            WIRE,
            [
                ("Four and a half", "2027-03-09", "dateline"),
                ("the union would", "2027-03-08", "stated"),
                ("talks were goin", None, None),
            ],
        ),
        # a paragraph naming no day of its own is of the filing day again, whatever day the
        # paragraph before moved to
        (
            WIRE.replace("Brekke had warned in January", "Aalund said") + "\nShe said that the offer would stand.\n",
            [
                ("Four and a half", "2027-03-09", "dateline"),
                ("the union would", "2027-03-08", "stated"),
                ("talks were goin", "2027-03-09", "dateline"),
                ("the offer would", "2027-03-09", "dateline"),
            ],
        ),
        # within the paragraph that moved to another day, an undated quote may be of that day: none
        (
            WIRE.replace("\n\nBrekke had warned in January", " Aalund said"),
            [
                ("Four and a half", "2027-03-09", "dateline"),
                ("the union would", "2027-03-08", "stated"),
                ("talks were goin", None, None),
            ],
        ),
        # words told to another outlet, or posted on a platform, are of a day the dateline does not tell
        (
            WIRE.replace("Brekke had warned in January", "Aalund told the regional newspaper Kust Tidende")
            + '\n"We will not sign," dockers\' leader Ivo Rask wrote on Facebook.\n',
            [
                ("Four and a half", "2027-03-09", "dateline"),
                ("the union would", "2027-03-08", "stated"),
                ("talks were goin", None, None),
                ("We will not sig", None, None),
            ],
        ),
        # a cue in the present tense is a standing position, of no day, in a wire's copy too
        (
            WIRE.replace("Brekke had warned in January", "Aalund, a harbour economist, says"),
            [
                ("Four and a half", "2027-03-09", "dateline"),
                ("the union would", "2027-03-08", "stated"),
                ("talks were goin", None, None),
            ],
        ),
        # a newspaper's header date is no dateline: a feature tells of other days
        (FEATURE, [("I have never be", None, None)]),
        # nor is a header's publication stamp, the date before any place: the lede's day dates
        (
            "Crane makers charged\n\nBy Ines Holt | The Lakeside Post\nPublished March 10, 2027, 5:00 a.m. CT\n\n"
            "SPRINGVALE — Two crane makers were charged Monday with rigging bids for the port's new cranes.\n\n"
            'A lawyer for one of them said in a statement that his client "did nothing wrong."\n',
            [('his client "did', "2027-03-08", "lede")],
        ),
    ],
)
def test_a_wire_quote_without_a_day_is_of_the_dateline_day(
    text: str, wanted: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(q.text[:15], q.said_on, q.said_on_source) for q in extract(text, published="2027-03-12")] == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a position held to now: neither the dateline's day nor a day another clause names
        (
            "Dock strike widens\n\nPORT ELDER, March 9 (ANA) - Dockers walked out on Tuesday, the union said.\n\n"
            "The port authority has said it will not reopen talks before April.\n\n"
            "The shippers' council, which met the minister on Monday, has repeatedly warned that "
            "freight rates will double.\n",
            [
                ("Dockers walked ", "2027-03-09", "dateline"),
                ("it will not reo", None, None),
                ("freight rates w", None, None),
            ],
        ),
        # nor the lede's
        (
            "Mill closure\n\nThe mill's owners said on Monday that the site would close in June.\n\n"
            "Workers have long said the site was kept short of orders.\n",
            [("the site would ", "2027-03-08", "stated"), ("the site was ke", None, None)],
        ),
    ],
)
def test_a_cue_in_the_present_perfect_is_of_no_day(
    text: str, wanted: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(q.text[:15], q.said_on, q.said_on_source) for q in extract(text, published="2027-03-12")] == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the league said on Tuesday; what "the NPL" said next to it was said then too, the
        # acronym spelled out ("(NPL)") or not
        (
            "Harwick United were fined £5,000, the Northern Premier League said on Tuesday. "
            "Dunmere were fined the same amount, the NPL said.",
            [("Harwick United ", "2027-03-16", "stated"), ("Dunmere were fi", "2027-03-16", "context")],
        ),
        (
            "Harwick United were fined £5,000, the Northern Premier League (NPL) said on Tuesday. "
            "Dunmere were fined the same amount, the NPL said.",
            [("Harwick United ", "2027-03-16", "stated"), ("Dunmere were fi", "2027-03-16", "context")],
        ),
        # another body's acronym carries nothing on (its day is the lede's, as any undated quote's)
        (
            "Harwick United were fined £5,000, the Northern Premier League said on Tuesday. "
            "Dunmere were fined the same amount, the FA said.",
            [("Harwick United ", "2027-03-16", "stated"), ("Dunmere were fi", "2027-03-16", "lede")],
        ),
        # an earlier occasion whose day is named is of that day; one without a day is of none
        (
            "On Monday evening she had said the two sides were sixty million crowns apart. "
            "In January she had said that the talks were going well.",
            [("the two sides w", "2027-03-15", "stated"), ("the talks were ", None, None)],
        ),
        # a quote read without a cue, in another language, is dated by the words around it
        (
            "Le Courrier\n\n« Cette démission est nécessaire, mais pas suffisante », a réagi vendredi "
            "la ministre Marie-Hélène Castaing.",
            [("Cette démission", "2027-03-12", "stated")],
        ),
    ],
)
def test_the_day_of_an_earlier_occasion_and_of_a_quote_without_a_cue(
    text: str, wanted: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(q.text[:15], q.said_on, q.said_on_source) for q in extract(text, published="2027-03-18")] == wanted


LEDE = """Rovers confirm striker's sale

By Tom Garside

Rivermouth Athletic confirmed on Tuesday that their top scorer had joined CD Ribeira Nova.

"He leaves with our blessing," the chief executive Colin Ashworth said.

Ashworth told the Echo that the fee was a club record.

The club's supporters say the board should have kept him. "We are devastated," the trust says.
"""


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a newspaper story's undated quote is of the occasion its lede reports; not one told to an
        # outlet (an interview of its own day), nor one in the present tense (a standing view)
        (
            LEDE,
            [
                ("their top score", "2027-03-16", "stated"),
                ("He leaves with ", "2027-03-16", "lede"),
                ("the fee was a c", None, None),
                ("the board shoul", None, None),
                ("We are devastat", None, None),
            ],
        ),
        # words another outlet reported first carry no day of ours
        (
            LEDE.replace(
                '"He leaves with our blessing," the chief executive Colin Ashworth said.',
                "According to the Courier, Ashworth said the fee was the largest in the club's history.",
            ),
            [
                ("their top score", "2027-03-16", "stated"),
                ("the fee was the", None, None),
                ("the fee was a c", None, None),
                ("the board shoul", None, None),
                ("We are devastat", None, None),
            ],
        ),
    ],
)
def test_an_undated_quote_is_of_the_day_the_lede_reports(
    text: str, wanted: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(q.text[:15], q.said_on, q.said_on_source) for q in extract(text, published="2027-03-17")] == wanted


def test_a_quote_told_to_an_outlet_keeps_the_day_the_sentence_before_gives() -> None:
    text = (
        "Varga also told analysts on Tuesday that fleet orders were steady. By Wednesday morning she was "
        'more cautious. "We are seeing some softening in fleet orders," she told Marketdesk TV.'
    )
    quotes = extract(text, published="2027-05-06")
    assert [(q.via, q.said_on, q.said_on_source) for q in quotes][-1] == ("Marketdesk TV", "2027-05-05", "preceding")


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # "the same day", "that day": the day the sentence before named
        (
            "Harbour master Ines Ruiz had said on Monday that the port would reopen. "
            "The container berths would stay shut, she told reporters the same day.",
            ("The container b", "2027-05-03", "stated"),
        ),
        (
            "The growers' guild warned on Tuesday of a price war. Its chair, Tomas Reyes, put it plainly in the "
            'guild\'s statement that day: "Nobody wins a price war."',
            ("Nobody wins a p", "2027-05-04", "stated"),
        ),
        # "the same day" means the day named last, a quote or two before
        (
            "Los estibadores se reunieron el martes frente al muelle. «No volveremos», dijo Ana Ruiz. "
            "En Valmora, el ministro Tomás Reyes afirmó ese mismo día que el Gobierno no va a intervenir.",
            ("el Gobierno no ", "2027-05-04", "stated"),
        ),
        # a "had" in a relative clause of the sentence before is no earlier occasion of the speaker's
        (
            "Outside the depot on Wednesday, Tom Ashby, 61, was waiting for his brother, whose shift had ended. "
            '"Nobody tells us anything," he said.',
            ("Nobody tells us", "2027-05-05", "preceding"),
        ),
        # the present perfect tells of now: the day of the clause under it is another occasion's
        (
            "The port of Valmora has been closed since a fire destroyed two cranes at the container terminal.\n\n"
            "Harbour master Ines Ruiz has just repeated the promise she made on Monday. "
            '"The port will reopen within a week," she told reporters.',
            ("The port will r", None, None),
        ),
        (
            "The port of Valmora has been closed since a fire destroyed two cranes at the container terminal.\n\n"
            "On Wednesday harbour master Ines Ruiz has just repeated the promise. "
            '"The port will reopen within a week," she told reporters.',
            ("The port will r", None, None),
        ),
        # ... nor the day the sentence before gives her
        (
            "The port of Valmora has been closed since a fire destroyed two cranes at the container terminal.\n\n"
            'Harbour master Ines Ruiz told the crowd on Sunday: "We will rebuild." Today she is calmer. '
            '"I grew up on this quay," she says.',
            ("I grew up on th", None, None),
        ),
        # "a day later" in the sentence before: the day after the one named before it
        (
            "On Monday, Rep. Marta Lind told a rally that 8,000 tenants faced eviction.\n\n"
            'A day later, at a hearing in Tarnby, Lind revised her figure. "Nine thousand of them," she told the '
            "committee.",
            ("Nine thousand o", "2027-05-04", "preceding"),
        ),
        (
            "On Monday, Rep. Marta Lind told a rally that 8,000 tenants faced eviction.\n\n"
            "Two days later, at a hearing in Tarnby, Lind revised her figure. She told the committee that nine "
            "thousand households in the district now faced eviction.",
            ("nine thousand h", "2027-05-05", "preceding"),
        ),
        # "a day earlier" in the quote's own sentence: the day before the one named before it
        (
            "On Thursday, Rep. Marta Lind told a rally that 9,000 tenants faced eviction.\n\n"
            "A day earlier she had told the committee that 8,000 households in the district faced eviction.",
            ("8,000 household", "2027-05-05", "stated"),
        ),
        # ... and a day the story does not give when none is named before it
        (
            "Rep. Marta Lind told a rally that 8,000 tenants faced eviction.\n\n"
            'A day later, at a hearing in Tarnby, Lind revised her figure. "Nine thousand of them," she told the '
            "committee.",
            ("Nine thousand o", None, None),
        ),
        # the story moving on to a later day in the sentence before: by its pronoun in another case,
        # after a conjunction, or naming nobody ("By yesterday morning ...")
        (
            'Harbour master Ines Ruiz spoke to reporters on Monday. "We will reopen soon," Ruiz said.\n\n'
            "By yesterday morning her tone had hardened. In an interview with Radio Kesh, she said the "
            "port would stay shut until June.",
            ("the port would ", "2027-05-06", "preceding"),
        ),
        (
            '"I will ask the league for every file," Sports Minister Petra Lanz said on Tuesday.\n\n'
            'And by Wednesday lunchtime she had widened the net. "I will ask the club for every file," '
            "Lanz told the Gazette.",
            ("I will ask the ", "2027-05-05", "preceding"),
        ),
        (
            'Speaking in the chamber on Tuesday, Transport Minister Rhona Vell said: "A decision will come '
            'before Christmas."\n\nBy yesterday morning the timetable had tightened. "A decision will come by '
            'October," the minister told Harbour FM.',
            ("A decision will", "2027-05-06", "preceding"),
        ),
        # the words that follow the past perfect's occasion in its paragraph, their cue after them,
        # are that occasion's
        (
            "The port of Valmora has been closed since a fire destroyed two cranes at the container terminal.\n\n"
            "Harbour master Ines Ruiz had sounded weary on the quay on Monday night. "
            '"We have asked Tarnby for a berth as well," she said.',
            ("We have asked T", "2027-05-03", "preceding"),
        ),
        (
            "The port of Valmora has been closed since a fire destroyed two cranes at the container terminal.\n\n"
            "The ferry line's chief, Tomas Reyes, had struck a defiant tone at a news conference on Tuesday. "
            '"Nobody will lose a job over this," he said.',
            ("Nobody will los", "2027-05-04", "preceding"),
        ),
        # ... not when the cue comes first (a new occasion), nor in the next paragraph
        (
            "The port of Valmora has been closed since a fire destroyed two cranes at the container terminal.\n\n"
            "Harbour master Ines Ruiz had sounded weary on the quay on Monday night. "
            'She said: "We have asked Tarnby for a berth as well."',
            ("We have asked T", None, None),
        ),
        (
            "The port of Valmora has been closed since a fire destroyed two cranes at the container terminal.\n\n"
            "Harbour master Ines Ruiz had sounded weary on the quay on Monday night.\n\n"
            '"We have asked Tarnby for a berth as well," she said.',
            ("We have asked T", None, None),
        ),
        # a cue in the present tense carries no day the speaker's words were given before
        (
            "Mira Varga told analysts on Tuesday that fleet orders were steady.\n\n"
            'When I meet her at the plant, she is calmer. "We will be fine," she says.',
            ("We will be fine", None, None),
        ),
    ],
)
def test_a_day_named_before_the_sentence(text: str, wanted: tuple[str, str | None, str | None]) -> None:
    quotes = extract(text, published="2027-05-07")
    assert [(q.text[:15], q.said_on, q.said_on_source) for q in quotes][-1] == wanted


_ORVIK = "ORVIK — The tram depot will stay shut until May, the city said on Thursday.\n\n"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a past perfect that tells of no speaking occasion: the quote after it is a later reaction
        (_ORVIK + 'Mayor Sela Brandt had visited the depot on Monday. "Nothing works there," she said.', "2027-05-06"),
        (_ORVIK + 'Otto Verne had quit the transport board on Tuesday. "I am glad to be out," he said.', "2027-05-06"),
        # ... nor when the cue carries its own time, or the words point back at that occasion
        (
            _ORVIK + 'Otto Verne had spoken at a rally on Tuesday. "We will march again," he said after his arrest.',
            "2027-05-06",
        ),
        (
            _ORVIK + 'Sela Brandt had posted a video on Monday. "Little has moved since then," she said.',
            "2027-05-06",
        ),
        # ... nor after a sentence that is a statement of its own (the lede day, not none)
        (
            _ORVIK + "Minister Otto Verne had told parliament on Tuesday that the trams were safe. "
            '"I misjudged it," he said.',
            "2027-05-06",
        ),
        # a speaking occasion whose words follow keeps its day
        (
            _ORVIK + "Sela Brandt had struck a weary tone in a video posted on Monday. "
            '"We need two more weeks," she said in the video.',
            "2027-05-03",
        ),
    ],
)
def test_a_reaction_after_a_past_perfect_keeps_the_lede_day(text: str, wanted: str) -> None:
    quotes = extract(text, published="2027-05-08")
    assert quotes[-1].said_on == wanted


@pytest.mark.parametrize(
    ("text", "quote", "wanted"),
    [
        # words relayed from a report: the day before the cue is the report's, not the speech's
        (
            "The Valmora Courier on Wednesday quoted Ines Ruiz as saying that every port would reopen.",
            "every port would",
            None,
        ),
        (
            "The Valmora Courier quoted Ines Ruiz as saying on Tuesday that every port would reopen.",
            "every port would",
            "2027-05-04",
        ),
        # a day before the report's name is the speech's
        (
            "On Wednesday, according to the Valmora Courier, Ines Ruiz said every port would reopen.",
            "every port would",
            "2027-05-05",
        ),
        # ... and so is one after the speaker's name
        (
            "According to the Valmora Courier, Ines Ruiz on Tuesday said every port would reopen.",
            "every port would",
            "2027-05-04",
        ),
        # a person who relays is no report: the day before the inner cue may be the inner speech's
        (
            "Mayor Tomas Reyes said the minister had telephoned him on Tuesday and told him the bridge would be built.",
            "the bridge woul",
            "2027-05-04",
        ),
    ],
)
def test_a_relayed_quote_takes_no_day_of_its_relay(text: str, quote: str, wanted: str | None) -> None:
    found = {q.text[:15]: q.said_on for q in extract(text, published="2027-05-07")}
    assert found[quote[:15]] == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the day another quote of the sentence names is not this one's
        (
            'Ferrand said the blockade would be lifted. "Our boats will go out on Monday," he said, adding that '
            "the committee wanted to show good faith.",
            None,
        ),
        (
            "Brandauer has confirmed a meeting with the union over the closure of its plant in Kaltenbach.\n\n"
            "A company spokeswoman said the board would meet the union on Thursday, but insisted that "
            '"the decision stands".',
            None,
        ),
    ],
)
def test_a_time_inside_another_quote_of_the_sentence_dates_no_other(text: str, wanted: str | None) -> None:
    quotes = extract(text, published="2027-09-09")
    assert quotes[-1].said_on == wanted


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the organisation spoke only as "the council": its full name is one of its names
        (
            "Ashbury Borough Council met on Tuesday to set the budget.\n\n"
            "The council said in a statement that parking charges would rise by 20p an hour.",
            "Ashbury Borough Council",
        ),
        (
            "The High Court of Valmera on Tuesday annulled the licence.\n\n"
            "In a 64-page judgment, the court said the licence had been issued without consultation.",
            "High Court of Valmera",
        ),
    ],
)
def test_an_organisation_named_by_its_head_keeps_its_full_name(text: str, name: str) -> None:
    _, found = analyse_article(clean(Document(text, "test.txt", "text")))
    organisations = [s for s in found if s.kind == "organisation"]
    assert [s.name for s in organisations] == [name]
    assert name in organisations[0].names


def _speaker_of(text: str, words: str) -> str | None:
    quotes, _ = analyse_article(clean(Document(text, "test.txt", "text")))
    found = [q for q in quotes if words in q.text]
    assert found, words
    return found[0].speaker.name if found[0].speaker else None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # "the company" is no union, board or broadcaster the article named after the company
        (
            "Brandauer Werke has confirmed it will close its Kaltenbach plant. Jens-Peter Rohloff of the "
            "VMG union called the decision a betrayal.\n\n"
            "In a statement, the company said the site had no economic future.",
            "the site had no economic future",
            "Brandauer Werke",
        ),
        (
            "Halvern Polymers recalled 40,000 kettles on Monday in cooperation with the Federal Consumer "
            "Safety Board.\n\nThe company said it had received 37 reports of overheating.",
            "it had received 37 reports",
            "Halvern Polymers",
        ),
        # nor a piece of a union's name written with possessives before its acronym
        (
            "Tarvik Shipyards today sent a new offer to the Welders' and Riggers' Union (WRU). "
            "The company said it did not intend to close the east basin.",
            "it did not intend to close",
            "Tarvik Shipyards",
        ),
        (
            "Ostmark Rail today wrote to the Drivers' and Guards' Association (DGA) about rosters.\n\n"
            "The company said it would publish the rosters on Friday.",
            "it would publish the rosters",
            "Ostmark Rail",
        ),
        # "the ministry" is a ministry the article named, never the last body of any kind
        (
            "The Ministry of Mines of Valmera granted the licence in 2024. The Solvaine Irrigators "
            "Association challenged it.\n\nThe ministry said in a statement it would comply with the ruling.",
            "it would comply with the ruling",
            "Ministry of Mines of Valmera",
        ),
        (
            "Anne-Sophie Keller told the broadcaster Radio Hexagone on Wednesday that she understood "
            "the anger.\n\nThe ministry said on Thursday she would visit the port on Saturday.",
            "she would visit the port",
            "Ministry",
        ),
        # a definite noun no lexicon knows: the person given that role, or the body so named
        (
            "Tolliver County Sheriff Luis Ortega said deputies had gone door to door.\n\n"
            "Asked about Marren Creek, the sheriff said it was too early to say.",
            "it was too early to say",
            "Luis Ortega",
        ),
        (
            "The Rivermouth Supporters' Trust called the sale devastating.\n\n"
            "The trust said it would hold an open meeting next week.",
            "it would hold an open meeting",
            "Rivermouth Supporters' Trust",
        ),
        (
            "The High Court of Valmera annulled the licence on Tuesday.\n\n"
            "The judges added that the ministry had failed in its most basic duty.",
            "the ministry had failed",
            "High Court of Valmera",
        ),
        # no body of that name in the article: a body named by its kind (the corpus binds it to
        # the one district another article names in full), not the fire chief of "her district"
        (
            "Fire Chief Dana Whitcombe, a veteran of the district, said the fire was moving fast.\n\n"
            "The order covers Aspen Fork, the district said in the statement.",
            "The order covers Aspen Fork",
            "District",
        ),
    ],
)
def test_a_definite_noun_means_the_body_or_holder_of_its_kind(text: str, words: str, speaker: str | None) -> None:
    assert _speaker_of(text, words) == speaker


def test_a_wire_paragraph_keeps_a_speaker_brought_in_on_another_day_there() -> None:
    text = WIRE.replace(
        "Brekke had warned in January that talks were going nowhere.",
        "On Monday, asked about Aalund's statement, the minister said the port would stay open.\n\n"
        "Aalund stated that the offer was final.",
    )
    by_text = {q.text[:15]: q.said_on for q in extract(text, published="2027-03-12")}
    assert by_text["the offer was f"] is None


@pytest.mark.parametrize(
    ("dateline", "dated"),
    [
        ("SALTVIK, Aldmark, March 9 (ANA) - ", True),
        ("SUN CITY, March 9 (ANA) - ", True),
        ("The Northern Ledger, Tuesday 9 March 2027\n\n", False),  # a header's date, no wire's
    ],
)
def test_only_a_wire_dateline_dates_the_quotes_nothing_else_dates(dateline: str, dated: bool) -> None:
    text = f"Port operator cuts shifts\n\n{dateline}The union said its members would ballot on the offer."
    [quote] = extract(text, published="2027-03-09")
    assert (quote.said_on == "2027-03-09") == dated


_RELEASE_BODY = (
    "The Harrow Valley Water Board (HVWB) today confirmed that the Mill Lane supply is safe to drink.\n\n"
    '"Our crews worked through the night," said HVWB operations manager Lena Voss.'
)


@pytest.mark.parametrize(
    ("header", "outlet", "speaker"),
    [
        ("MEDIA RELEASE\nHarrow Valley Water Board\n3 May 2027\n\n", "Harrow Valley Water Board",
         "Harrow Valley Water Board"),
        ("FOR IMMEDIATE RELEASE\n\n", "Harrow Valley Water Board", "Harrow Valley Water Board"),
        ("", "Harrow Valley Water Board", None),  # a story published under the board's name: its outlet
        ("", None, "Harrow Valley Water Board"),
    ],
)  # fmt: skip
def test_a_press_release_is_spoken_by_the_organisation_that_issues_it(
    header: str, outlet: str | None, speaker: str | None
) -> None:
    first = extract(header + _RELEASE_BODY, outlet=outlet, published="2027-05-03")[0]
    assert first.text.startswith("the Mill Lane supply")
    assert (first.speaker.name if first.speaker else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        ("Clinton cited it as an example.\n\nClinton says Trump\u2019s \u201clatest outburst is unhinged.\u201d She "
         "says it shows he is unfit.", "Clinton", None),
        ("Hillary Clinton spoke in Ohio.\n\nClinton says Trump\u2019s \u201clatest outburst is unhinged.\u201d",
         "Clinton", None),
        ("The prison population has since grown to 2.3 million inmates, Ms. Hale told CNN.", "Hale", "CNN"),
        # nor a body its own ("the Palace" reads as a body, not as an outlet that reported)
        ("According to the Palace, the President has not spoken with the contractors since May.", "Palace", None),
        # an outlet by its name read as the speaker keeps the channel: the speaker is what is wrong
        ("According to the Harbour Courier, the mayor has not spoken with the contractors.", "Harbour Courier",
         "Harbour Courier"),
        # one that reports is the speaker of its report, and no channel of its own
        ("Lesny Vestnik, the regional daily, reported on Thursday that the mill had closed.", "Lesny Vestnik",
         None),
    ],
)  # fmt: skip
def test_a_person_is_never_her_own_channel(text: str, speaker: str, via: str | None) -> None:
    first = extract(text, published="2016-10-01")[0]
    assert first.speaker is not None and first.speaker.name.endswith(speaker)
    assert first.via == via


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the person a report is "according to" is no channel of her own words, titled or not
        (
            "Blast in Manhattan\n\nNEW YORK — The explosion went off in front of a building on 23rd Street, "
            "according to NYPD Commissioner James O’Neill.\n\n"
            '"The exact cause of the explosion has not been determined," said O\'Neill.',
            [("James O’Neill", None), ("James O’Neill", None)],
        ),
        # a day is nobody's channel
        (
            'Host attacks debate\n\nLimbaugh told his radio audience of Monday, "What has happened basically '
            'is this. The campaign has sent marching orders."',
            [("Limbaugh", None)],
        ),
    ],
)
def test_no_channel_is_the_speaker_or_a_day(text: str, want: list[tuple[str, str | None]]) -> None:
    quotes, _ = analyse_article(clean(Document(text, "test.txt", "text")))
    assert [(q.speaker.name if q.speaker else None, q.via) for q in quotes] == want


@pytest.mark.usefixtures("day_rules_only")  # the rules' days, before the learned gate
@pytest.mark.parametrize(
    ("text", "quote", "wanted"),
    [
        # a look back in the past perfect names an earlier day; the story stays on the lede's day
        (
            "Harbour City clinched the league title on Friday night, beating Port Quillby 2-1 in front of a "
            "capacity crowd.\n\nOn Thursday, the captain had told reporters that his knee was fine. After the "
            "match, he said it was now sore.\n\nThe coach said the young striker would play a lot of football.",
            "the young striker would",
            ("2027-05-14", "lede"),
        ),
        (
            "Harbour City clinched the league title on Friday night, beating Port Quillby 2-1 in front of a "
            "capacity crowd.\n\nOn Thursday, the captain had told reporters that his knee was fine. After the "
            "match, he said it was now sore.",
            "it was now sore",
            ("2027-05-14", "lede"),
        ),
        # the look back itself keeps its own day
        (
            "Harbour City clinched the league title on Friday night, beating Port Quillby 2-1 in front of a "
            "capacity crowd.\n\nOn Thursday, the captain had told reporters that his knee was fine.",
            "his knee was fine",
            ("2027-05-13", "stated"),
        ),
    ],
)
def test_a_look_back_does_not_move_the_story_off_its_day(text: str, quote: str, wanted: tuple[str, str]) -> None:
    found = {q.text[:23]: (q.said_on, q.said_on_source) for q in extract(text, published="2027-05-15")}
    assert found[quote] == wanted


def test_an_unattributed_line_does_not_move_a_wire_story_off_its_day() -> None:
    text = (
        "HAVERFORD, March 10 (FWS) - Transport Minister Anna Berg visited the damaged line near Haverford as "
        "crews worked through the night.\n\nA ministry official, speaking on condition of anonymity, said on "
        'Monday that the repairs had stalled.\n\n"We will keep the trains running," Berg said.'
    )
    found = {q.text[:24]: (q.said_on, q.said_on_source) for q in extract(text, published="2027-03-10")}
    assert found["We will keep the trains r"[:24]] == ("2027-03-10", "dateline")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a headline's quote the story repeats, word for word, is the story's speaker's
        (
            "\u201eNiemand sollte heute Nacht im Tal bleiben\u201c\n\nWaldbrand im Norden\n\n"
            "\u201eNiemand sollte heute Nacht im Tal bleiben\u201c, sagte B\u00fcrgermeisterin Helga Marten "
            "am Mittwoch.",
            "Helga Marten",
        ),
        (
            "\u201cEvery family on the hill must leave tonight\u201d\n\nFire spreads\n\n"
            "\u201cEvery family on the hill must leave tonight,\u201d Sheriff Dana Ruiz said on Wednesday.",
            "Dana Ruiz",
        ),
        # a language with no cue words: the body's copy finds its speaker only after the headline's
        # was read, named in its sentence
        (
            "\u00abНэгэшье хүн гэртээ үлэхэгүй\u00bb\n\nБайгал Мэдээ\n2027 оной август һарын 12\n\n"
            "Колдербридж. \u00abВестмарк\u00bb компаниин захирал Дэвид Харлоу \u00abРадио Колдер\u00bb "
            "радиодо хэлэхэдээ, \u00abНэгэшье хүн гэртээ үлэхэгүй\u00bb гэжэ хэлэбэ.\n\n"
            "Харлоу 300 гэр шатаа гэжэ хэлэбэ.\n\n"
            "Гал унтараагшын дарга Мира Соол \u00abБидэ 40 машина эльгээбэ\u00bb гэжэ хэлэбэ.",
            "Харлоу",
        ),
    ],
)
def test_a_headline_quote_the_story_repeats_is_its_speakers(text: str, speaker: str) -> None:
    quotes = extract(text, published="2027-08-12")
    repeated = [q for q in quotes if sum(o.text == q.text for o in quotes) > 1]
    assert len(repeated) >= 2
    assert all(q.speaker is not None and q.speaker.name == speaker for q in repeated)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anne Kemp, 56, said the quay would reopen in May.", "Anne Kemp"),
        ("Mr. Tomas Brandl said the quay would reopen.", "Tomas Brandl"),
    ],
)
def test_an_honorific_or_an_age_is_no_speakers_role(text: str, name: str) -> None:
    from onrecord.model import Document
    from onrecord.pipeline import process

    processed = process(Document(content=text, source="t.txt", reader="text"))
    assert not isinstance(processed, Exception)
    assert [(s.name, s.roles) for s in processed.speakers] == [(name, ())]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a royal style the article names the person by stays their role, though the styled form
        # of the name holds its words
        (
            "His Highness Sheikh Rashid bin Omar Al Harbi said on Monday that the port would double.",
            "Rashid bin Omar Al Harbi",
            "His Highness",
        ),
        (
            "Her Highness Dame Imelda Rosecroft said the ward would reopen.",
            "Imelda Rosecroft",
            "Her Highness",
        ),
    ],
)
def test_a_style_read_as_a_role_is_kept_beside_the_styled_name(text: str, name: str, role: str) -> None:
    from onrecord.model import Document
    from onrecord.pipeline import process

    processed = process(Document(content=text, source="t.txt", reader="text"))
    assert not isinstance(processed, Exception)
    speakers = {s.name: s for s in processed.speakers}
    assert name in speakers, list(speakers)
    assert role in speakers[name].roles
    assert any(n.endswith(name) and n != name for n in speakers[name].names)


@pytest.mark.parametrize(
    ("role", "kept"),
    [
        ("house speaker", "house speaker"),
        ("longtime democratic pollster", "longtime democratic pollster"),
        ("mr.", None),
        ("56", None),
        ("mr. barrett, the lawyer", "lawyer"),  # the whole mention: what follows the name
        ("Dr Kevin Barrett, Chief Executive of Fenmoor Health", "Chief Executive of Fenmoor Health"),
        ("rep. kevin barrett, the top", None),
        ("former secretary of", None),  # cut out of a longer phrase
        ("nbc's", None),
        ("sherrod brown (d-", None),
        ("himself", None),
        # a relative clause: the office after "who was", none after another verb
        ("kevin barrett, who was the acting director of the agency", "acting director of the agency"),
        ("who follows the retailer as a managing director at a brokerage", None),
        # the place before the role, set off by commas ("in Redmond, Washington, Chief Executive ...")
        ("Harlow Falls, Ohio, Chief Executive", "Chief Executive"),
        (
            "Fenmoor country director for Amnesty International, a rights group",
            "Fenmoor country director for Amnesty International, a rights group",
        ),
    ],
)
def test_only_an_office_read_beside_a_name_is_recorded_as_a_role(role: str, kept: str | None) -> None:
    from onrecord.attribute import _recorded_role

    assert _recorded_role(role, {"Kevin Barrett", "Barrett"}) == kept


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # two quotes hang on one "she": the second is hers too, though she spoke past it
        (
            "Finance Minister Clara Haldane said the duty would be set at 12 euros a tonne of CO2 from May.\n\n"
            'She said she was ruling out any exemption for farmers, adding: "Every sector has been asked '
            'to carry its share, and I am not going to make an exception."',
            "Every sector has been asked",
            "Clara Haldane",
        ),
        (
            "Union leader Tomas Brandl said the NHS trusts would lose staff to Dublin.\n\n"
            'He said the talks had failed, adding: "We will strike on Monday."',
            "We will strike on Monday",
            "Tomas Brandl",
        ),
    ],
)
def test_two_quotes_on_one_pronoun_have_one_speaker(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Brandvik said the pool was full again. \"The mayor promised us in March that the pool would "
        'reopen, and today it did," he added.',
        "Tomas Brandvik said the pool was full again. \"The minister assured us on Monday that the pool would "
        'reopen, and it did," he said.',
    ],
)
def test_a_person_reported_inside_a_quote_is_not_who_speaks_it(text: str) -> None:
    quotes, _ = analyse_article(clean(Document(text, "test.txt", "text")))
    outer = [q for q in quotes if q.kind == "direct"]
    assert outer and outer[0].speaker is not None and outer[0].speaker.name == "Tomas Brandvik"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Ines Moberg, a nurse, was tired. The minister told us the ward would stay open, she said. "It '
            'closed a week later."',
            "Ines Moberg",
        ),
    ],
)
def test_a_quote_without_a_cue_is_not_a_reported_speaker_s(text: str, speaker: str) -> None:
    quotes, _ = analyse_article(clean(Document(text, "test.txt", "text")))
    bare = [q for q in quotes if q.kind == "direct"]
    assert bare and bare[-1].speaker is not None and bare[-1].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a quote with no cue goes on with the speaker who relays, not with the person relayed
        (
            'On the quay, the rigger Tomas Veldkamp, 48, is blunter. Van Roon always told us the yard would '
            'outlive us all, Veldkamp said. "Now I am not so sure."',
            ("Tomas Veldkamp", None),
        ),
        (
            'The rigger Tomas Veldkamp has worked here for thirty years. "The yard will outlive us all," '
            'Veldkamp told the Courier. "I am sure of it."',
            ("Tomas Veldkamp", "The Courier"),
        ),
    ],
)
def test_a_quote_without_a_cue_goes_on_with_the_relaying_speaker(text: str, want: tuple[str, str | None]) -> None:
    last = extract(text, outlet="The Courier", published="2027-03-10")[-1]
    assert (last.speaker.name if last.speaker else None, last.via) == want


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a dateline written with a colon: its place is no one a later "he" stands for
        (
            "PORT ELSWICK: Harbour Minister Daniel Okoro has denied ordering his aide to issue a statement.\n\n"
            "He said the statement made by his press secretary was a personal view.",
            ["Daniel Okoro"],
        ),
        # a transcript's labels open many paragraphs: each is its speaker
        (
            "The following is an excerpt of Tom Ashdown's interview with Niamh Corrigan, general secretary of "
            "the nurses' union.\n\nASHDOWN: Is Monday's strike going ahead?\n\n"
            "CORRIGAN: Yes. We will strike on Monday.\n\nASHDOWN: Why is four per cent not enough?\n\n"
            "CORRIGAN: Four per cent does not cover what nurses lost last year.\n",
            ["Niamh Corrigan", "Niamh Corrigan"],
        ),
    ],
)
def test_a_dateline_with_a_colon_never_speaks(text: str, speakers: list[str]) -> None:
    quotes = extract(text, options=ExtractOptions(model="rules"))
    assert [q.speaker.name if q.speaker else None for q in quotes] == speakers


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a day in the writer's tail is the earlier occasion the tail compares with, never the
        # cue's; and what the tail says she said then carries that day on to no later quote
        (
            "KARSVIK, March 10 (Nordwire) - The central bank cut its rate by half a point on Wednesday.\n\n"
            "Governor Ines Calloway said the krona would hold its value through the summer, a bolder call "
            "than the one she gave the assembly on Monday, when she said the currency could slip by a tenth.\n\n"
            '"We watch the harbour, not the screens," Calloway said.\n',
            [
                ("the krona would", "2027-03-10", "dateline"),
                ("the currency co", "2027-03-08", "stated"),
                ("We watch the ha", "2027-03-10", "dateline"),
            ],
        ),
    ],
)
def test_a_day_in_the_writer_s_tail_is_another_occasion_s(
    text: str, wanted: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(q.text[:15], q.said_on, q.said_on_source) for q in extract(text, published="2027-03-10")] == wanted


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # an outlet that reports is the speaker of its report, and no channel of its own
        ("Radio Stellach reported on Thursday that the ferry operator had been fined.", None),
        ("The Harbour Courier reports that the port will reopen.", None),
        # an outlet read as the speaker of words it relays keeps its channel (the speaker is what is wrong)
        ("According to the Harbour Courier, the port will reopen.", "Harbour Courier"),
        ("Radio Stellach reported that the ferry operator had been fined, citing the company.", "Radio Stellach"),
    ],
)
def test_an_outlet_is_not_its_own_reports_channel(text: str, via: str | None) -> None:
    [quote] = extract(text, outlet="The Post", published="2027-03-10")
    assert quote.via == via


@pytest.mark.parametrize(
    ("text", "piece", "mention"),
    [
        # an interrupted quote whose frame holds a title's full stop: one quote, named in its sentence
        ('The council met.\n\n"By closing the pier," Mr. Harrow said, "we lose the summer trade."\n',
         "By closing the pier", "Mr. Harrow"),
        # a quote that goes on in the next sentence of the paragraph
        ('The council met.\n\n"This is not right," Brandt said. "You cut staff" to lift the share price, she said. '
         '"You blamed the clerks."\n', "You blamed the clerks", "she"),
        # a phrase quoted after the sentence's subject, no cue of its own
        ('Anna Harrow, a councillor, spoke on Monday.\n\n'
         'In a speech, Harrow attacked "the lazy habits of the harbour board."\n',
         "the lazy habits", "Harrow"),
    ],
)  # fmt: skip
def test_a_bare_quote_names_its_speaker_where_its_paragraph_does(text: str, piece: str, mention: str) -> None:
    [quote] = [q for q in extract(text, published="2027-03-02") if q.text.startswith(piece)]
    assert quote.speaker is not None and quote.speaker.mention is not None
    assert quote.speaker.mention.text == mention


def test_a_bare_quote_a_paragraph_later_is_named_nowhere_near() -> None:
    # a frame of more than a few words: the next paragraph's bare quote is a quote of its own (after
    # a short frame, '"A," she said.' and a bare '"B."' paragraph are one quote: test_candidates)
    text = (
        'The council met.\n\n"We will not wait," Ilse Brandt, who has chaired the harbour committee since '
        'its first sitting in the spring, said.\n\n"Neither should the board."\n'
    )
    [quote] = [q for q in extract(text, published="2027-03-02") if q.text.startswith("Neither")]
    assert quote.speaker is not None and quote.speaker.name == "Ilse Brandt"
    assert quote.speaker.mention is None


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a lag with no day in its sentence counts back from the day the text is on
        (
            "OSLO, March 10 (Harbour Wire) - The mayor of Tolvik resigned, two days after telling reporters "
            "she would stay on.",
            "2027-03-08",
        ),
        # and from the day its sentence names
        (
            "OSLO, March 10 (Harbour Wire) - The mayor of Tolvik said on Wednesday she would resign, two days "
            "after telling reporters she would stay on.",
            "2027-03-08",
        ),
    ],
)
def test_a_cue_some_days_after_the_day_the_text_is_on(text: str, wanted: str) -> None:
    found = {q.text: q.said_on for q in extract(text, published="2027-03-10")}
    assert found["she would stay on"] == wanted


_GALE = (
    "VARNO, 11 March (Coastline Wire) - A gale tore the roof off the Varno ferry terminal on Wednesday "
    "night, leaving the island route without a waiting room.\n\n"
    "The operator's director, Sunniva Ekholt, said the roof would be replaced by the spring.\n\n"
    '"Nobody will wait in the rain for a boat," Ekholt said.\n'
)


@pytest.mark.parametrize(
    ("lede", "wanted"),
    [
        # the lede's day is an event's (Wednesday's gale): the undated quotes keep the dateline's day
        ("A gale tore the roof off the Varno ferry terminal on Wednesday night", "2027-03-11"),
        # the lede's day is its speech verb's: a wire filed the morning after tells of that day
        ("The operator of the Varno ferry terminal said on Wednesday its roof had been torn off", "2027-03-10"),
    ],
)
def test_a_wire_moves_its_quotes_to_the_lede_s_day_only_when_that_is_a_day_of_words(lede: str, wanted: str) -> None:
    text = _GALE.replace("A gale tore the roof off the Varno ferry terminal on Wednesday night", lede)
    found = {q.text[:20]: q.said_on for q in extract(text, published="2027-03-11T08:00:00Z")}
    assert found["Nobody will wait in "] == wanted


_SCENE = (
    "HALVIK — The fire at the ridge camp was out by dawn on Sunday, and the crew's leader was calm.\n\n"
    "On Monday, on a radio link from the camp, the number was higher. "
    '"We have fuel for 30 days," Mirela Osterhaug said.\n\n'
    "By Tuesday afternoon that had changed. "
    '"We have fuel for 12 days," Osterhaug said.\n\n'
)


def test_a_scene_that_names_no_one_dates_the_quote_after_it_in_its_paragraph() -> None:
    found = [(q.text[:20], q.said_on, q.said_on_source) for q in extract(_SCENE, published="2027-05-19")]
    assert found == [
        ("We have fuel for 30 ", "2027-05-17", "preceding"),
        ("We have fuel for 12 ", "2027-05-18", "preceding"),
    ]


_SCHOOL = (
    "PARENTS in Tarnby were left scrambling for childcare this morning after the town's largest school "
    "closed its doors at short notice.\n\n"
    'The union\'s leader, Orla Quarrendon, said on Wednesday that "the strike will go ahead".\n\n'
    "On the school run this morning, the mood was more weary than angry.\n\n"
    '"We found out at ten last night," said Hanne Velsberg, whose two sons are at the school.\n\n'
)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a scene set on the lede's day takes the story back to it: the quotes after it are of that day
        (_SCHOOL, [("the strike will go", "2027-04-14"), ("We found out at te", "2027-04-15")]),
        # without it the story stays on the day named last
        (
            _SCHOOL.replace("On the school run this morning, the mood was more weary than angry.\n\n", ""),
            [("the strike will go", "2027-04-14"), ("We found out at te", None)],
        ),
    ],
)
def test_a_scene_moves_the_story_to_its_day(text: str, wanted: list[tuple[str, str | None]]) -> None:
    assert [(q.text[:18], q.said_on) for q in extract(text, published="2027-04-15")] == wanted



_CALLS = (
    "DoseCheck › Recalls\n\n"
    "The regulator has widened the recall to cover 14 lots, its spokeswoman, Ilse Marrow, said.\n\n"
    '"We have had forty calls since eight this morning," Tobiah Venn, a pharmacist, told DoseCheck.\n\n'
)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a direct quote whose own words say "this morning" was said on the story's day
        (_CALLS, [(None, None), ("2027-06-09", "words")]),
        # not one of an earlier occasion, nor one a vague time tells of
        (_CALLS.replace("told DoseCheck", "had told DoseCheck"), [(None, None), (None, None)]),
        (_CALLS.replace("told DoseCheck", "told DoseCheck last week"), [(None, None), (None, None)]),
        # ... not in a story whose lede tells of another day (a weekly's "today" is its scene's)
        (
            _CALLS.replace("has widened the recall", "widened the recall on Monday"),
            [("2027-06-07", "lede"), (None, None)],
        ),
        # words with no "today" of their own stay undated
        (_CALLS.replace("since eight this morning", "since eight"), [(None, None), (None, None)]),
    ],
)
def test_a_quote_whose_words_say_today_is_of_the_storys_day(
    text: str, wanted: list[tuple[str | None, str | None]]
) -> None:
    found = [(q.said_on, q.said_on_source) for q in extract(text, published="2027-06-09")]
    assert found == wanted


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a feature introduces a person, then quotes them with no verb
        (
            "The Harbour Board said on Wednesday that 62 ships were waiting at anchor.\n\n"
            "Ada Strandvik, who follows northern ports for Tidewell Analytics, revised her numbers on "
            'Wednesday. "Every day of the stoppage now costs the region about 25 million euros."',
            "Every day of the stoppage",
            "Ada Strandvik",
        ),
        # the words first, then a sentence that points back at them and names who said them
        (
            "The Harbour Board said on Wednesday that 62 ships were waiting at anchor.\n\n"
            '"This government will not intervene in a lawful strike." That was the message from the '
            "transport minister, Colm Obeng, on Tuesday.",
            "This government will not intervene",
            "Colm Obeng",
        ),
        (
            "Brill Systems said in a statement that it was cooperating fully.\n\n"
            'The regulator has widened its inquiry. "We have opened an investigation into Brill Systems." '
            "Ruud de Brouwer, the data protection commissioner, made the announcement on Thursday.",
            "We have opened an investigation",
            "Ruud de Brouwer",
        ),
        # "That was X", "The words are X's", "That was the view of X", "X ... was speaking at"
        (
            "Club captain Rob Tierney said the squad was focused on Saturday.\n\n"
            '"It is only a name on a stand." That was Ines Vollmar, Brightcell Power\'s marketing director, '
            "at a lunch.",
            "It is only a name on a stand.",
            "Ines Vollmar",
        ),
        (
            "The dean, Pavel van Druten, denied selling places. His lawyer, Kasimir Holt, said he was calm.\n\n"
            '"I built that department." The words are van Druten\'s, from a letter Holt released.',
            "I built that department.",
            "Pavel van Druten",
        ),
        (
            "The rector, Lise Orm, said the audit would start in May.\n\n"
            '"We have never seen a flood like this." The words are Marta Quell\'s, the agency\'s hydrologist.',
            "We have never seen a flood like this.",
            "Marta Quell",
        ),
        (
            "The minister said the audit would start in May.\n\n"
            '"Ferries do not sink because of the sea." That was the view of Joost Amber, a former inspector.',
            "Ferries do not sink because of the sea.",
            "Joost Amber",
        ),
        (
            "Club captain Rob Tierney said the squad was focused on Saturday.\n\n"
            '"The football underneath does not change." Ines Vollmar, Brightcell Power\'s marketing director, '
            "was speaking at a lunch on Thursday.",
            "The football underneath does not change.",
            "Ines Vollmar",
        ),
        # a sentence about someone else that does not point back: the quote goes on as before
        (
            '"We will not sign," said Maren Oddvik, the union leader.\n\n'
            '"Not this year." Jonas Brekke, the port director, left the room.',
            "Not this year.",
            "Maren Oddvik",
        ),
    ],
)
def test_a_bare_quote_is_the_person_introduced_before_it_or_named_after_it(
    text: str, words: str, speaker: str
) -> None:
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # "the chain", "the utility": the body the article described with that noun
        (
            "Brenmoor Markets, the country's largest supermarket chain, says it has refunded 9,000 customers. "
            "In a statement, the chain said it had received no warning before the recall.",
            "it had received no warning",
            "Brenmoor Markets",
        ),
        (
            "Sen. Ada Morrow said she would ask the board to investigate Quillfen Energy, the investor-owned "
            "utility that serves 1.4 million customers.\n\nThe utility said it had done nothing wrong.",
            "it had done nothing wrong",
            "Quillfen Energy",
        ),
        # the dateline's town is no speaker: the body named after its dash is
        (
            "OSKBY, Fennmark — The City of Oskby today announced that it has submitted its bid to host the "
            "Games.",
            "it has submitted its bid",
            "City of Oskby",
        ),
    ],
)
def test_a_body_described_or_named_after_the_dateline_speaks(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


def test_a_bare_quote_named_after_it_takes_the_day_of_the_naming_sentence() -> None:
    text = (
        "THE HARBOUR POST\nThursday 11 March 2027\n\n"
        "The Harbour Board said on Wednesday that 62 ships were waiting at anchor.\n\n"
        '"This government will not intervene in a lawful strike." That was the message from the '
        "transport minister, Colm Obeng, on Tuesday."
    )
    quotes, _ = analyse_article(clean(Document(text, "test.txt", "text", published="2027-03-11")))
    found = next(q for q in quotes if "will not intervene" in q.text)
    assert (found.speaker.name if found.speaker else None, found.said_on) == ("Colm Obeng", "2027-03-09")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the paper the article only named is not who "it" means
        (
            "Corvane Rail Company said on Monday that its trains were safe, the Harbour Gazette reported.\n\n"
            "By the evening it said it would inspect every carriage.",
            "it would inspect every carriage",
            "Corvane Rail Company",
        ),
        # a name read as a person's that the article writes with "which" is a body "it" may mean
        (
            "The ministry said the inquiry would start in May.\n\n"
            "Halvard Power, which owns the line, said on Monday that its crews had found nothing. "
            "By the evening it said it no longer ruled out a fault.",
            "it no longer ruled out a fault",
            "Halvard Power",
        ),
    ],
)
def test_it_means_the_body_named_last_that_may_speak(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # "it" after a sentence a document opens means that document: its author speaks
        (
            "In a letter sent on Monday, the principal Norah Quilley told parents that the school would open.\n\n"
            "A second letter, emailed late on Tuesday and seen by the Valley Herald, struck another note. "
            '"The school will stay shut on Wednesday," it read.',
            "The school will stay shut",
            "Norah Quilley",
        ),
    ],
)
def test_it_after_a_document_is_its_author(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a name nothing shows is a person's, written after "to", is a place "she" never means
        (
            "Marta Lindqvist-Oyelaran lost her seat on Sunday, and the campaign now moves on to Brackwater "
            "Point.\n\nBrackwater Point votes next month.\n\nShe said on Monday that she would help with the handover.",
            "she would help with the handover",
            "Marta Lindqvist-Oyelaran",
        ),
        # ... but "wrote to" and "spoke to" come before a person, who stays one "she" may mean
        (
            "Councillors wrote to Okonkwo on Monday about the yard.\n\n"
            "Okonkwo, 54, has run the yard since 2019 and hired most of its staff.\n\n"
            "She said the yard would stay open through the winter.",
            "the yard would stay open through the winter",
            "Okonkwo",
        ),
    ],
)
def test_a_place_is_no_one_a_pronoun_means(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # "it" means a body the article wrote with its initials, not a body named after it
        (
            "The Keldmoor Weather Office has warned of more heat.\n\n"
            "The Keldmoor Grid Operator (KGO) says demand has outrun what it can import. On Monday KGO "
            "said blackouts would last two hours. On Tuesday evening it said they could last up to four hours.",
            "they could last up to four hours",
            "Keldmoor Grid Operator",
        ),
        # ... or one a body's noun stands beside
        (
            "Pipes burst across the city overnight.\n\n"
            "The heat company, Brask Teplo, said in a statement that a corroded main had burst. "
            'It said it had "no evidence of sabotage".',
            "no evidence of sabotage",
            "Brask Teplo",
        ),
    ],
)
def test_it_means_a_body_the_article_wrote_as_one(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker



def test_a_study_speaks_for_the_body_that_led_it() -> None:
    text = (
        "Commuters who cycle every day have a markedly lower risk of developing dementia than those who "
        "drive, according to a study led by the Vinkeveen Institute for Public Health (VIPH) and published "
        "on Wednesday."
    )
    assert _speaker_of(text, "Commuters who cycle") == "Vinkeveen Institute for Public Health"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a transcript's turn: "he told me" is someone the turn named, not the one speaking
        (
            "HARBOUR TONIGHT — transcript\n\n"
            "PRESENTER (ANNIKA VOSS): With me is the harbourmaster, Piet Kessler.\n\n"
            "KESSLER: We closed the port at six. Nobody is sailing tonight.\n\n"
            "VOSS: Have you heard from the ferry operator?\n\n"
            "KESSLER: Bram Okafor rang me an hour ago. He told me the ferry would stay in dock until the wind drops.",
            "the ferry would stay in dock",
            "Bram Okafor",
        ),
        # the one whose words say "he told me" is named only after them
        (
            "The dean, Pavel Orm, stood in court and said he had never sold a place.\n\n"
            "His lawyer, Kasimir Holt, says his client is calm. \"He told me on Tuesday night, 'I would rather "
            "sit in a cell than lie to this court.' He meant it,\" Holt said.",
            "I would rather sit in a cell",
            "Pavel Orm",
        ),
        # a quotation in a turn: "he" is the one the turn named before it, not the last to speak
        (
            "MORNING CALL — transcript\n\n"
            "HOST (PETER ELLIS): Lukas Brandt is on the line from Vorn.\n\n"
            "LUKAS BRANDT: The quay has been shut since Monday.\n\n"
            "PETER ELLIS: Has the council promised anything?\n\n"
            'LUKAS BRANDT: Councillor Teodor Marsh came down on Sunday, and he told me, "The quay opens by '
            'Friday." We will see.',
            "The quay opens by Friday",
            "Teodor Marsh",
        ),
        (
            "PHONE-IN — transcript\n\n"
            "HOST (RUTH ELLIS): Wyn is calling from Selby.\n\n"
            "WYN, SELBY: I met Mr Oskar Kiel at the opening. He stood by the door and he said, "
            '"This mill will never close." It closed.',
            "This mill will never close",
            "Oskar Kiel",
        ),
        # bracketed labels are a transcript's, not datelines: the names in them still speak
        (
            "RIVER NEWS AT SIX\n\n"
            "OLA BRENN (ANCHOR): The flood is still rising in Harwick. Our reporter is there.\n\n"
            "RUNA DAHR (REPORTER): The mayor, Anton Skeel, came to the bridge an hour ago. He said the "
            "levee would hold through the night.\n\n"
            "ANTON SKEEL (Mayor): We have pumps on every street.\n\n"
            "OLA BRENN (ANCHOR): Thank you, Runa.",
            "the levee would hold",
            "Anton Skeel",
        ),
        # the office the caller's words gave as a subject, not the caller
        (
            "CITY PHONE-IN\n\n"
            "MAREK DOLL (HOST): Ines is on the line from Orbury.\n\n"
            "INES (CALLER, ORBURY): Hello Marek. The transport minister was on the radio this morning and he "
            "said the tram line would reopen in June. Nobody believes it.\n\n"
            "MAREK DOLL (HOST): Thanks, Ines.",
            "the tram line would reopen",
            "transport minister",
        ),
    ],
)
def test_one_who_told_me_is_not_the_speaker_whose_words_say_so(text: str, words: str, speaker: str) -> None:
    found = [q for q in extract(text, article_id="t") if q.text.startswith(words)]
    assert found
    assert (found[0].speaker.name if found[0].speaker else None) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a statement read out for someone, in the passive: theirs, the reader its channel
        (
            "HEARING DAY\n\nHealth Minister Paul Marwick is abroad and did not attend the hearing. A statement "
            "was read out on his behalf by his deputy, Lena Vos, at the start of the session: \"The clinic "
            'will stay open."',
            "The clinic will stay open",
            "Paul Marwick",
        ),
        # "the statement said" of a statement read out before for someone: theirs
        (
            "FERRY HALTED\n\nThe harbourmaster, Ruth Dale, closed the port on Monday.\n\n"
            "Piet Vos read a statement on behalf of Mr Oskar Lund, the ferry's owner, at the quay.\n\n"
            '"Every passenger is safe and every fare will be refunded," the statement said.',
            "Every passenger is safe",
            "Oskar Lund",
        ),
        # a document as the subject of the sentence, its verb no cue: its author's words
        (
            "QUARRY RULING\n\nThe Quarry Board said on Monday that it had refused the permit.\n\n"
            "The mayor, Ada Brill, welcomed the news. \"We were heard,\" she said.\n\n"
            'The Quarry Board\'s ruling itself forbids "any blasting within two miles of the school".',
            "any blasting within two miles",
            "Quarry Board",
        ),
        # "was", "has" before the quotation: a writer's description, no one's words
        (
            "STUDY\n\nThe Orvel Institute released its study on Monday.\n\n"
            'The study was "a waste of public money".',
            "a waste of public money",
            None,
        ),
    ],
)
def test_a_documents_words_are_its_authors(text: str, words: str, speaker: str | None) -> None:
    found = [q for q in extract(text, article_id="t") if q.text.startswith(words)]
    assert found
    assert (found[0].speaker.name if found[0].speaker else None) == speaker


def test_a_report_of_a_named_year_gives_its_words_no_day() -> None:
    # the body spoke on Monday; its 2025 report's words are of that year, not of Monday
    text = (
        "SMOKE DAY\n\nThe Valley Air Authority (VAA) said on Monday that the air was unhealthy.\n\n"
        "According to a 2025 VAA report, nine of the district's schools have no air filters."
    )
    [found] = [q for q in extract(text, published="2027-09-15") if q.text.startswith("nine of the")]
    assert (found.speaker.name if found.speaker else None, found.said_on) == ("VAA", None)


def test_a_language_with_no_data_dates_a_quote_by_its_date_lines_weekday() -> None:
    # Shona-like: the date line's weekday "Chishanu" (its month read by its sound) and the
    # sentence's "neChishanu" (on Friday): that day; a quote whose sentence names no day has none
    text = (
        "NHAU DZEZUVA\n\nChishanu, 6 Ogasti 2027 | Nhau\n\nBhiriji rakavharwa\n\n"
        "Bhiriji riri parwizi rakavharwa kwemazuva matatu. Mvura yakakwira zvakanyanya.\n\n"
        '"Tichavhura bhiriji svondo rinouya," akadaro mainjiniya Tendai Moyo neChishanu.\n\n'
        '"Hatizivi kuti zvichatora nguva yakareba sei," akadaro Farai Chikore.'
    )
    days = {q.text: q.said_on for q in extract(text)}
    assert days.get("Tichavhura bhiriji svondo rinouya") == "2027-08-06"
    assert days.get("Hatizivi kuti zvichatora nguva yakareba sei") is None


def test_a_person_opening_a_mediums_reported_words_is_their_speaker() -> None:
    # the medium reports what she will do: her words, the medium their channel
    text = (
        "Talks stall\n\nBy Kim Dale\n\n"
        'The envoy, Omar al-Hakami, met the families on Monday. "We are close," al-Hakami said.\n\n'
        'Radio Corvale reported that al-Hakami would not discuss money "today or any day".'
    )
    quote = next(q for q in extract(text, article_id="t") if q.text.startswith("al-Hakami would"))
    assert quote.speaker is not None and quote.speaker.name == "Omar al-Hakami"
    assert quote.via == "Radio Corvale"


def test_words_quoted_inside_a_persons_report_a_medium_closes_are_hers() -> None:
    # the agency's cue closes the sentence; the quoted words inside it are the chemist's, as her report is
    text = (
        "Scooter fires\n\nBy Kim Dale\n\n"
        "Three flats burned this week, the Kelm Press Agency (KPA) reported.\n\n"
        'Battery chemist Ada Lindqvist of Harwick University said on Tuesday gone that lithium-ion cells '
        '"can go into thermal runaway without warning", the agency reported.'
    )
    quote = next(q for q in extract(text, article_id="t") if q.text.startswith("can go into"))
    assert quote.speaker is not None and quote.speaker.name == "Ada Lindqvist"


def test_a_body_opening_a_mediums_reported_words_leaves_the_report_the_mediums() -> None:
    text = "Charters\n\nBy Kim Dale\n\nThe Harbour Times reported that Kestrel Lines had chartered two vessels."
    assert _speaker_of(text, "Kestrel Lines had") == "Harbour Times"


@pytest.mark.parametrize(
    ("text", "quote", "wanted"),
    [
        # "than he was on Monday" compares with an earlier occasion: the sentence's own day stands
        (
            "The harbour minister, Otto Verne, was blunter on Thursday than he was on Monday. He told the "
            "harbour board that the quay fund would be doubled.",
            "the quay fund",
            "2027-05-06",
        ),
        # a statement in an aside of the sentence before is not that sentence's own occasion
        (
            "Sela Brandt, who told the council on Monday the quay was unsafe, struck a calmer note on "
            'Thursday in a post. "The quay will reopen within the week," she wrote.',
            "The quay will reopen",
            "2027-05-06",
        ),
        # "She had also said": more of the occasion the sentence before dated
        (
            "The port's engineer, Sela Brandt, had assured the board on Monday that the crane was sound. "
            "She had also said its brakes were tested every month. On Thursday she took both back.",
            "its brakes were",
            "2027-05-03",
        ),
        # ... not when its sentence gives the words a time of no one occasion
        (
            "On Monday the harbour warden, Teodor Ilsby, told the board that the slipway would shut. "
            "He had also said for years that the boathouse beside it would have to go.",
            "the boathouse",
            None,
        ),
        (
            "On Monday the harbour warden, Teodor Ilsby, told the board that the slipway would shut. "
            "He had also repeatedly said that the boathouse beside it would have to go.",
            "the boathouse",
            None,
        ),
        # (a vague time of the words themselves is no time of the saying)
        (
            "On Monday the harbour warden, Teodor Ilsby, told the board that the slipway would shut. "
            "He had also said that the boathouse beside it had leaked for years.",
            "the boathouse",
            "2027-05-03",
        ),
        # ... but one that "also" said in the simple past goes on with the speaker's last statement
        (
            "On Thursday the ferry firm said it would cut the winter sailings. On Monday it had said the "
            "timetable would stand. The firm also said it had raised its fares by a tenth.",
            "it had raised",
            "2027-05-06",
        ),
        (
            "The port's engineer, Sela Brandt, had assured the board on Monday that the crane was sound. "
            "She had said its brakes were tested every month.",
            "its brakes were",
            None,
        ),
    ],
)
def test_a_sentence_before_dates_the_words_it_goes_on_with(text: str, quote: str, wanted: str | None) -> None:
    quotes = [q for q in extract(text, published="2027-05-08") if q.text.startswith(quote)]
    assert quotes and quotes[0].said_on == wanted


def test_she_after_a_clip_is_the_clip_s_speaker() -> None:
    text = (
        "FELLMOUTH NEWS AT SIX\n\n"
        "[VO: FLOODED HIGH STREET]\n"
        "The river burst its banks at dawn. Fellmouth District Council's chief executive gave an update at noon.\n\n"
        "[SOT: HESTER CORRIGALL-TOLLAK, CHIEF EXECUTIVE, FELLMOUTH DISTRICT COUNCIL]\n"
        '"Every pump we own is running. We will not stop until the water is gone."\n\n'
        "[VO]\n"
        "She said the bridge would stay shut until Friday.\n"
    )
    spoken = [q for q in extract(text, published="2027-05-04") if "bridge" in q.text]
    assert spoken and spoken[0].speaker is not None
    assert spoken[0].speaker.name.casefold() == "hester corrigall-tollak"
