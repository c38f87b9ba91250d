"""Reported speech read from the parse: where a reported clause ends."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract import ExtractOptions


def _speaker_of(text: str, content: str) -> str | None:
    """The name of the speaker the rules give the quote ``content`` of ``text``."""
    quotes = {q.text: q for q in extract(text, published="2027-03-01", options=ExtractOptions(model="rules"))}
    assert content in quotes, list(quotes)
    found = quotes[content].speaker
    return found.name if found is not None else None


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a comparison with an earlier figure
        (
            "Harbourmaster Ivo Lenz told the Courier on Thursday that the strike was now costing 6 million "
            "crowns a day, up from the 4 million he cited on Monday.",
            "the strike was now costing 6 million crowns a day",
        ),
        # a time after something
        (
            "Senate leader Harlan Oakes said Wednesday the Senate would not take up the bill this month, "
            "two days after promising a vote in April.",
            "the Senate would not take up the bill this month",
        ),
        # a sentence apposition on the report
        (
            "The agency's director said Tuesday that her agency would close the spillway for six months, "
            "a move that drew fire from the state's senators.",
            "her agency would close the spillway for six months",
        ),
        # after the quotation a report ends with: the speaker's next act, the writer's words
        (
            'The association said on Tuesday the offer was "the most generous in a decade" and urged the union '
            "to put it to a ballot.",
            'the offer was "the most generous in a decade"',
        ),
        (
            'Viktor Adamek said the bill was "a good law with one bad clause," referring to a provision on '
            "state security.",
            'the bill was "a good law with one bad clause,"',
        ),
        # the speaker's next act, in the past, after a clause in the future
        (
            "Judge Eleanor Marsh told jurors Monday the trial would last six weeks and warned them against "
            "reading about the case.",
            "the trial would last six weeks",
        ),
    ],
)
def test_the_writers_tail_is_no_part_of_the_report(text: str, content: str) -> None:
    assert content in [q.text for q in extract(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an apposition inside the report stays
        (
            "Environment Minister Callum Reid said that he no longer had confidence in Halberd, the contractor "
            "building the barrier.",
            "he no longer had confidence in Halberd, the contractor building the barrier",
        ),
        # what the quotation's clause goes on to say stays
        (
            'The owner said the Halcyon Star was "fully seaworthy" and had passed its annual inspection in August.',
            'the Halcyon Star was "fully seaworthy" and had passed its annual inspection in August',
        ),
        (
            'The mayor said the town had "no intention of stopping" after four centuries of fishing.',
            'the town had "no intention of stopping" after four centuries of fishing',
        ),
        # a participle clause stays (it may be the speaker's words)
        (
            "The company said it would close the Wexford line, ending production there in September.",
            "it would close the Wexford line, ending production there in September",
        ),
    ],
)
def test_what_the_report_keeps(text: str, content: str) -> None:
    assert content in [q.text for q in extract(text)]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("The visa program, called EB-5, expires at the end of this month.", []),
        ("He urged voters to visit what he called Harlow's.", ["to visit what he called Harlow's"]),
        ("They met at a bakery called Miracle Run on Friday.", []),
        ("She called the decision reckless.", ["the decision reckless"]),
        ("The mayor called the plan a disgrace.", ["the plan a disgrace"]),
    ],
)  # fmt: skip
def test_a_verb_that_only_names_something_reports_nothing(text: str, contents: list[str]) -> None:
    found = [q.text for q in extract(text, published="2027-03-01", options=ExtractOptions(model="rules"))]
    assert found == contents


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a reported clause without "that" after two objects: the parser hung its verb on the second
        (
            "Castellano later told Radio Norte the company aimed to lower the reservoir by 12 metres by Friday.",
            "the company aimed to lower the reservoir by 12 metres by Friday",
        ),
        # the clause's subject read as a second object, or as an apposition to the audience, and its
        # verb as the cue's open complement
        (
            "A day earlier she'd told analysts fares would not go up.",
            "fares would not go up",
        ),
        (
            "On Tuesday, Orvell told KFW the Commission expected Nordmark to present its catch data by Friday.",
            "the Commission expected Nordmark to present its catch data by Friday",
        ),
        # a coordinated subject read as the cue's object
        (
            "The coastguard confirms 140 passengers and 12 crew were on board when the ferry struck the reef.",
            "140 passengers and 12 crew were on board when the ferry struck the reef",
        ),
        # where it was said, set off by commas after the cue, is the cue's
        (
            "She also said, in the same briefing, sanctions would follow if Brussels joined the boycott.",
            "sanctions would follow if Brussels joined the boycott",
        ),
        ("The minister said, in a statement, that the port would reopen on Monday.", "the port would reopen on Monday"),
        # two reports joined by a semicolon: the later cue's content is after it
        (
            'On Monday she had told reporters she had 68 votes; by Tuesday she said she had "74, maybe more".',
            'she had "74, maybe more"',
        ),
        # a writer's clause before a colon, the report after the cue
        (
            "The target was the talk of the hall: Ines Garro said the firm expects to sell two million units.",
            "the firm expects to sell two million units",
        ),
        (
            "The plan was simple: the mayor said the ferry would run every hour from May.",
            "the ferry would run every hour from May",
        ),
        # the mark closes the first clause's own subtree; a dash sets it off as a colon does
        (
            "The reviews were harsh: The Valley Courier said Ms. Tamsin Roe had been outplayed by Mr. Ekwe.",
            "Ms. Tamsin Roe had been outplayed by Mr. Ekwe",
        ),
        (
            "Ms. Roe was a meticulous planner - a former aide said she demanded detailed notes before every vote.",
            "she demanded detailed notes before every vote",
        ),
        (
            "Ms. Roe was a meticulous planner \u2014 a former aide said she demanded detailed notes before every vote.",
            "she demanded detailed notes before every vote",
        ),
        # a reported clause after the cue's own phrase, hung on the cue as an adverbial clause
        (
            "Mr. Dorn said after the convention he would not accept the endorsement.",
            "he would not accept the endorsement",
        ),
        (
            "Ms. Vale said before the vote the council would not fund the bridge.",
            "the council would not fund the bridge",
        ),
        (
            "Mr. Dorn continues to insist, most recently in a radio interview with the Courier, that he really "
            "wants to publish the accounts.",
            "he really wants to publish the accounts",
        ),
    ],
)
def test_reported_clauses_the_parser_misreads(text: str, content: str) -> None:
    assert content in [q.text for q in extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        # the outlet's name read as a verb with the name after it as its object: the that-clause
        # after it (on the cue or on the name) is the content, not the outlet's name
        "Carl Mikkigak told the broadcaster CKRV Radio North on Monday that 112 families had left their homes.",
        "Carl Mikkigak told the broadcaster CKRV Radio North that 112 families had left their homes.",
    ],
)
def test_a_name_read_as_a_clause_is_no_content(text: str) -> None:
    assert [q.text for q in extract(text, options=ExtractOptions(model="rules"))] == [
        "112 families had left their homes"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The minister told the families the news on Monday.",
        "The mayor thanked the volunteers and the crowd cheered.",
    ],
)
def test_objects_of_a_cue_are_no_clause(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        # a fronted platform the parser reads as a name with the speaker in apposition
        (
            'Via Twitter, Eduardo Sanchez Hernandez said the newspaper "failed to tell the truth" about the deal.',
            "Eduardo Sanchez Hernandez",
            "Twitter",
        ),
        # ... or as a second subject of the cue
        (
            'Via Twitter, Eduardo Sanchez said the newspaper "failed to tell the truth" about the deal.',
            "Eduardo Sanchez",
            "Twitter",
        ),
        # a fronted place phrase is no speaker either
        (
            "In Geneva, Marta Kowalczyk said the talks would resume in the spring after the elections.",
            "Marta Kowalczyk",
            None,
        ),
    ],
)
def test_a_fronted_phrase_is_not_the_speaker(text: str, speaker: str, via: str | None) -> None:
    quote = extract(text)[0]
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert quote.via == via


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a rule followed is no source
        ("Investigating agencies are independent and they act according to law, the minister said.", False),
        ("The work went ahead according to plan despite the storm last week.", False),
        ("Everything was done according to the rules of the tournament, the referee said.", False),
        # how a subjectless verb is done is no source either
        ("The minister said the government was not ready to act according to the whims of the unions.", False),
        ("They promised to share the water according to the needs of each village, the mayor said.", False),
        # a source is
        ("The ferry sank in calm water according to witnesses on the pier.", True),
        ("According to the ministry, the ferry sank in calm water.", True),
        ("Three crew members were rescued, according to the coastguard.", True),
        ("Prices will keep rising next year, according to a survey by the chamber of commerce.", True),
    ],
)
def test_according_to_a_rule_is_no_attribution(text: str, found: bool) -> None:
    cues = [q.cue.text for q in extract(text) if q.cue is not None]
    assert ("according to" in " ".join(cues).lower()) is found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "According to the Harlow Courier, Mabel Tenneson, a barley grower from Oakridge, told the meeting "
            "that the grain subsidy was three months late.",
            "Mabel Tenneson",
        ),
        (
            "According to the Gazette, the harbourmaster, Anders Veltkamp, said the ferry terminal had shut at noon.",
            "Anders Veltkamp",
        ),
    ],
)
def test_a_name_after_the_source_of_according_to_is_the_speaker(text: str, speaker: str) -> None:
    """The outlet that "according to" names relays; the name after its comma speaks."""
    quotes = [q for q in extract(text) if q.cue is not None and q.cue.text != "According to"]
    assert [(q.speaker.name if q.speaker else None) for q in quotes] == [speaker]
    assert quotes[0].via is not None


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to the trust's annual review, published on Monday, the orchard lost 400 trees to frost.",
            "the orchard lost 400 trees to frost",
        ),
        (
            "According to the co-operative's Harvest Review, released with Friday's accounts, yields have fallen for "
            "three years.",
            "yields have fallen for three years",
        ),
        # no aside: the content is the clause after the source
        ("According to the ministry, the ferry sank in calm water.", "the ferry sank in calm water"),
    ],
)
def test_a_participle_after_the_source_of_according_to_is_no_part_of_its_words(text: str, content: str) -> None:
    """A participle after the source ("According to X, published on Monday, C") tells of X, not of C."""
    quotes = [q for q in extract(text) if q.cue is not None and q.cue.text == "According to"]
    assert [q.text.rstrip(".") for q in quotes] == [content]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a speech verb with an object alone reports no words of its own: the source's account is
        # the whole clause
        (
            "According to the school board, the academy asked for money for a new roof in 2023.",
            "the academy asked for money for a new roof in 2023",
            "school board",
        ),
        (
            "According to a 2024 survey by the Renters Forum, fewer than half of tenants ever claim their "
            "deposits back.",
            "fewer than half of tenants ever claim their deposits back",
            None,
        ),
        ("According to the sheriff, the prisoners demanded blankets.", "the prisoners demanded blankets", "sheriff"),
    ],
)
def test_according_to_a_speech_verb_with_an_object_is_the_sources_account(
    text: str, content: str, speaker: str | None
) -> None:
    """An opening "According to X, the school asked for money" is X's account, not a report X relays."""
    quotes = [q for q in extract(text) if q.cue is not None and q.cue.text == "According to"]
    assert [q.text.rstrip(".") for q in quotes] == [content]
    if speaker is not None:
        assert quotes[0].speaker is not None and speaker in (quotes[0].speaker.name or "").lower()


@pytest.mark.parametrize(
    "text",
    [
        "According to the Pell Herald, Mayor Ida Corran said the bridge would reopen in May.",
        "According to the Pell Herald, Mayor Ida Corran urged the council to reopen the bridge.",
        'According to the Pell Herald, Mayor Ida Corran told reporters: "The bridge reopens in May."',
        "According to the Pell Herald, the coastguard had warned skippers in the bay to expect fog on Sunday.",
    ],
)
def test_according_to_before_a_report_of_words_relays_it(text: str) -> None:
    """A speech verb that reads words of its own (a clause, a to-infinitive, a quotation) is the
    report "according to X" relays: no record of X's own."""
    assert [q for q in extract(text) if q.cue is not None and q.cue.text == "According to"] == []


@pytest.mark.parametrize(
    "text",
    [
        "According to Baltpress, Yselde Parrow confirmed the sale of the Odrava ferry yard.",
        "According to the plea papers, the former clerk Quillan Vosk admitted the forgery of council minutes.",
        "According to Tarnpost, she admitted the theft of the rowing club's savings.",
        "According to Tarnpost, the mayor admitted the theft of the rowing club's savings.",
    ],
)
def test_according_to_before_a_named_speakers_act_on_an_object_relays_it(text: str) -> None:
    """A person's or named body's speech act with an object alone ("Yselde Parrow confirmed the sale")
    is a report "according to X" relays, as with a clause: neither X's account nor one of no one."""
    assert [q for q in extract(text) if q.cue is not None and q.cue.text == "According to"] == []


def test_a_person_a_participle_describes_is_its_speaker() -> None:
    text = "The senator is taking umbrage after the budget director called on senators to keep voting."
    quotes = [q for q in extract(text) if "keep voting" in q.text]
    assert quotes and quotes[0].speaker is not None
    assert "director" in quotes[0].speaker.name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parse gave the cue no subject: the name in the subject's place speaks
        (
            "Sen. Raymond Tully said the agency had known for two years.\n\n"
            '"I will hold up every dollar this agency asks for until Velmont gets answers," '
            "Tully said in a floor speech Tuesday afternoon.",
            "Raymond Tully",
        ),
        (
            "In Port-Royal, the capital, Transport Minister Marie-Hélène Duvivier said she would not sit "
            "down with the union while the gates were chained.",
            "Marie-Hélène Duvivier",
        ),
        # ... or the name before a relative clause set off by commas
        (
            "Outside the Assembly Rooms, Siobhán Kearney-Doyle, who speaks for the bereaved families, "
            "said 41 families were still waiting for answers.",
            "Siobhán Kearney-Doyle",
        ),
        # ... past a legislator's party and state set off by commas too
        (
            "Rep. Ada Kerr, D-Ore., who co-chairs the bipartisan Klamath Basin Caucus, told the Herald "
            'the plan was "dead on arrival".',
            "Ada Kerr",
        ),
        # ... or past a party and state alone, right before the cue
        ('"Their own memo says otherwise," Prentiss, D-N.M., told reporters Wednesday.', "Prentiss"),
        # an opening participle without its comma, read as the cue's clausal subject
        (
            "Declan Farrelly chairs the council.\n\n"
            "Speaking at a housing site in Kilkenny Mr Farrelly said the remarks were unhelpful.",
            "Declan Farrelly",
        ),
        # ... with its comma, the description after it hung on the opener's last place
        (
            "Maren Oddvik has conceded the race.\n\n"
            "Speaking to supporters in the ballroom of the Lantern Quay Hotel, the outgoing governor "
            "said she had called her rival to congratulate him.",
            "Maren Oddvik",
        ),
        # a participle after the cue, hung on a long quotation the parser made the root
        (
            '"I\'ll tell you, there is an issue that is bringing people together," Harlow said, going on to '
            'say that the town has spent "years fighting against that stuff, to have that debate again, young '
            "people do not want to see that…. They're way beyond that. They don't want to blame our neighbours.\"",
            "Harlow",
        ),
    ],
)
def test_a_cue_the_parse_left_without_subject_takes_the_name_before_it(text: str, speaker: str) -> None:
    quotes = extract(text)
    assert quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == speaker


def _parsed(rows: list[tuple[str, str, str, str, int]]) -> object:
    """A parse as the tagger may give it: (word, pos, tag, dep, head) rows."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    words, pos, tags, deps, heads = zip(*rows, strict=True)
    return Doc(English().vocab, words=list(words), pos=list(pos), tags=list(tags), deps=list(deps), heads=list(heads))


# "Speaking to reporters, the head of the guild, Ms. Ada Kerr, argued that it failed.", with the
# name read as the subject of the participle that opens the sentence
_FRONTED = [
    ("Speaking", "VERB", "VBG", "advcl", 14),
    ("to", "ADP", "IN", "prep", 0),
    ("reporters", "NOUN", "NNS", "pobj", 1),
    (",", "PUNCT", ",", "punct", 2),
    ("the", "DET", "DT", "det", 5),
    ("head", "NOUN", "NN", "appos", 2),
    ("of", "ADP", "IN", "prep", 5),
    ("the", "DET", "DT", "det", 8),
    ("guild", "NOUN", "NN", "pobj", 6),
    (",", "PUNCT", ",", "punct", 0),
    ("Ms.", "PROPN", "NNP", "compound", 12),
    ("Ada", "PROPN", "NNP", "compound", 12),
    ("Kerr", "PROPN", "NNP", "nsubj", 0),
    (",", "PUNCT", ",", "punct", 14),
    ("argued", "VERB", "VBD", "ROOT", 14),
    ("that", "SCONJ", "IN", "mark", 17),
    ("it", "PRON", "PRP", "nsubj", 17),
    ("failed", "VERB", "VBD", "ccomp", 14),
    (".", "PUNCT", ".", "punct", 14),
]
# "Tessby Growers' Union of Kolby (TGUK) president Ravi Pal informed that ...", with the body
# and the person read as two subjects of the cue
_TWO_SUBJECTS = [
    ("Tessby", "PROPN", "NNP", "compound", 2),
    ("Growers", "PROPN", "NNP", "compound", 2),
    ("Union", "PROPN", "NNP", "nsubj", 11),
    ("of", "ADP", "IN", "prep", 2),
    ("Kolby", "PROPN", "NNP", "nmod", 8),
    ("(", "PUNCT", "-LRB-", "punct", 6),
    ("TGUK", "PROPN", "NNP", "nmod", 8),
    (")", "PUNCT", "-RRB-", "punct", 6),
    ("president", "NOUN", "NN", "pobj", 3),
    ("Ravi", "PROPN", "NNP", "compound", 10),
    ("Pal", "PROPN", "NNP", "nsubj", 11),
    ("informed", "VERB", "VBD", "ROOT", 11),
    ("that", "SCONJ", "IN", "mark", 14),
    ("it", "PRON", "PRP", "nsubj", 14),
    ("failed", "VERB", "VBD", "ccomp", 11),
]

# "Farmers marching through the town chanted ...", parsed with the participle as the root
_PARTICIPLE_ROOT = [
    ("Farmers", "NOUN", "NNS", "nsubj", 1),
    ("marching", "VERB", "VBG", "ROOT", 1),
    ("through", "ADP", "IN", "prep", 1),
    ("the", "DET", "DT", "det", 4),
    ("town", "NOUN", "NN", "pobj", 2),
    ("chanted", "VERB", "VBD", "advcl", 1),
    ("slogans", "NOUN", "NNS", "dobj", 5),
]
# "Farmers, marching through the town, chanted ...": set off by commas, the parse is left alone
_PARTICIPLE_ASIDE = [
    ("Farmers", "NOUN", "NNS", "nsubj", 2),
    (",", "PUNCT", ",", "punct", 2),
    ("marching", "VERB", "VBG", "ROOT", 2),
    ("through", "ADP", "IN", "prep", 2),
    ("the", "DET", "DT", "det", 5),
    ("town", "NOUN", "NN", "pobj", 3),
    (",", "PUNCT", ",", "punct", 2),
    ("chanted", "VERB", "VBD", "advcl", 2),
]

# '"It is a fiction," de la Vierna said', with the particle tagged foreign and made a subject too
_PARTICLE_SUBJECT = [
    ("It", "PRON", "PRP", "nsubj", 1),
    ("is", "AUX", "VBZ", "ccomp", 8),
    ("a", "DET", "DT", "det", 3),
    ("fiction", "NOUN", "NN", "attr", 1),
    (",", "PUNCT", ",", "punct", 8),
    ("de", "X", "FW", "nsubj", 8),
    ("la", "PROPN", "NNP", "compound", 7),
    ("Vierna", "PROPN", "NNP", "nsubj", 8),
    ("said", "VERB", "VBD", "ROOT", 8),
]


@pytest.mark.parametrize(
    ("rows", "cue", "subject"),
    [
        (_PARTICLE_SUBJECT, "said", "Vierna"),  # the name the particle opens, not the particle
        (_FRONTED, "argued", "Kerr"),  # the name after the fronted participle's comma
        (_TWO_SUBJECTS, "informed", "Pal"),  # the person after an office, not the body before it
        (_PARTICIPLE_ROOT, "chanted", "Farmers"),  # the subject the describing participle took
    ],
)
def test_the_cue_subject_the_parse_hung_elsewhere(
    rows: list[tuple[str, str, str, str, int]], cue: str, subject: str
) -> None:
    from onrecord.extract.clauses import subject_of

    doc = _parsed(rows)
    verb = next(t for t in doc if t.text == cue)  # type: ignore[attr-defined]
    found = subject_of(verb)
    assert found is not None and found.text == subject


def test_a_participle_root_set_off_by_commas_gives_the_cue_no_subject() -> None:
    from onrecord.extract.clauses import subject_of

    doc = _parsed(_PARTICIPLE_ASIDE)
    verb = next(t for t in doc if t.text == "chanted")  # type: ignore[attr-defined]
    assert subject_of(verb) is None


def test_the_group_a_participle_describes_is_the_source() -> None:
    text = 'Farmers marching through the town chanted "No more taxes!" and kept going until midnight.'
    quotes = extract(text, options=ExtractOptions.scope("statements"))
    assert [(q.text, q.source_mention.text if q.source_mention else None) for q in quotes] == [
        ("No more taxes!", "Farmers")
    ]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the clause hangs on the adjective of "make clear", not on the verb
        (
            "Harbour chief Ilse Morven made it clear that the quay would stay shut until spring.",
            "the quay would stay shut until spring",
            "Ilse Morven",
        ),
        (
            "Councillor Bram Tolland made clear on Monday that no new levy would be voted this year.",
            "no new levy would be voted this year",
            "Bram Tolland",
        ),
        (
            "Governor Lise Aranda has made it very clear she will not sign the ferry bill.",
            "she will not sign the ferry bill",
            "Lise Aranda",
        ),
        # speech cues with a clause that the lexicon lacked
        (
            "Mayor Petra Olsvik implied that the council had hidden the audit.",
            "the council had hidden the audit",
            "Petra Olsvik",
        ),
        (
            "Transport director Omar Feld later clarified that the tunnel would reopen on Friday.",
            "the tunnel would reopen on Friday",
            "Omar Feld",
        ),
        (
            "Senator Ada Quill reminded voters that the ballot closes at noon.",
            "the ballot closes at noon",
            "Ada Quill",
        ),
        (
            "Club president Rui Batista emailed members that the stadium vote was postponed.",
            "the stadium vote was postponed",
            "Rui Batista",
        ),
    ],
)
def test_more_speech_cues_read_their_clause(text: str, content: str, speaker: str) -> None:
    quotes = [(q.text, q.speaker.name if q.speaker else None) for q in extract(text)]
    assert (content, speaker) in quotes


@pytest.mark.parametrize(
    "text",
    [
        # "made it clear" is a cue only with its particle: other uses of "make" say nothing
        "Engineer Tove Lindqvist made the harbour wall higher after the storm.",
        "The report made it harder for the council to raise the levy.",
        # "clear" as the verb's object, not a complement over a clause
        "Crews made clear progress on the bridge over the weekend.",
    ],
)
def test_make_without_clear_over_a_clause_is_no_cue(text: str) -> None:
    assert [q.text for q in extract(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        # the cue's own object fills it: what was maintained is the plea, not the opener
        "Appearing before the magistrates in Carrow, Mr Quillby maintained his not guilty plea.",
        # the cue in the writer's subordinate clause reports nothing of the main one
        "A judge has spoken out to defend the role of local papers, after a reader complained about "
        "coverage of a trial.",
    ],
)
def test_a_fronted_clause_is_no_report_of_a_cue_that_reports_something_else(text: str) -> None:
    assert extract(text, published="2027-03-01", options=ExtractOptions(model="rules")) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The coroner said she wanted to take the opportunity to say that the crew had acted bravely.",
            "the crew had acted bravely",
            "coroner",
        ),
        (
            "Mayor Ilse Brandt used the occasion to say that the bridge would reopen in May.",
            "the bridge would reopen in May",
            "Ilse Brandt",
        ),
    ],
)
def test_the_speaker_of_an_infinitive_on_an_object_is_who_took_it(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content) == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a conjunction alone before the cue's aside: the clause after it is the report
        (
            "The depot stays open. But, Mayor Ada Brell added, she would not fund it after May.",
            "she would not fund it after May",
        ),
        (
            "Fares went up. And, the minister said, they would rise again in the spring.",
            "they would rise again in the spring",
        ),
        # words of the clause before the aside keep it whole
        (
            "The new fares, the minister said, would rise again in the spring.",
            "The new fares, the minister said, would rise again in the spring",
        ),
    ],
)  # fmt: skip
def test_a_conjunction_before_the_cue_s_aside_opens_the_report(text: str, content: str) -> None:
    assert content in [q.text for q in extract(text)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the speaker's office and name, each set off by commas, after the report (and "has said")
        (
            "Fuel prices will fall before the harvest, the Minister of Trade, Ada Okonkwo, has said.",
            "Fuel prices will fall before the harvest",
            "Ada Okonkwo",
        ),
        (
            "The bridge will reopen in May, the Commissioner for Works, Mrs. Bisi Adeyemi, said.",
            "The bridge will reopen in May",
            "Bisi Adeyemi",
        ),
        # an office without an article, hung by the parser on the report
        (
            "The state is weighing a curfew in the border towns, Minister of Information, Mr. Tunde Okafor, has said.",
            "The state is weighing a curfew in the border towns",
            "Tunde Okafor",
        ),
        # a list's last item before the name is the report's
        (
            "We met the mayor, the bishop and the minister, Ada Okonkwo said.",
            "We met the mayor, the bishop and the minister",
            "Ada Okonkwo",
        ),
    ],
)
def test_an_office_set_off_before_the_name_is_the_speaker_s(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content) == speaker


def test_the_office_set_off_before_the_name_is_what_the_role_later_means() -> None:
    text = (
        "The state is weighing a curfew in the border towns, Minister of Information, Mr. Tunde Okafor, has said.\n\n"
        "The minister noted that the police had been told to prepare."
    )
    assert _speaker_of(text, "the police had been told to prepare") == "Tunde Okafor"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # "by saying" in a relative clause: the relative's antecedent said it
        (
            "The row is over remarks from the aide Kelda Morrow, who dismissed the senator's objection by "
            "saying the senator is \u201cnot relevant anyway.\u201d",
            "the senator is \u201cnot relevant anyway",
            "Kelda Morrow",
        ),
    ],
)
def test_by_saying_belongs_to_the_verb_it_hangs_on(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a call made to do something is a telephone call, not words called
        "Aide Kelda Morrow called the senator's daughter, Meghan, to apologize for her remarks.",
        "The mayor called the families on Sunday to offer his support.",
    ],
)
def test_a_call_to_do_something_reports_no_words(text: str) -> None:
    assert [q.text for q in extract(text, options=ExtractOptions(model="rules"))] == []


@pytest.mark.parametrize(
    "text",
    [
        # a call with a bare object names or summons something and reports no words
        "The harbour board called an emergency meeting to discuss the spill.",
        "At the fair, the band leader called the town's councillors to the stage.",
        "He calls rivals cruel names and runs a string of pageants.",
    ],
)
def test_a_call_with_a_bare_object_reports_no_words(text: str) -> None:
    assert [q.text for q in extract(text, options=ExtractOptions(model="rules"))] == []


@pytest.mark.parametrize(
    "text",
    [
        # a colon after a clause of its own opens no content of the cue before that clause
        "Both mayors continue to ignore the fact that the plan is run by the very men they refuse to "
        "name: harbour smugglers.",
        # a clause before a colon is the writer's when the cue after it has an object of its own
        "We have seen this before: Mayor Tomas Lind declared war on the river pilots.",
    ],
)
def test_a_colon_between_clauses_reports_no_words(text: str) -> None:
    assert [q.text for q in extract(text, options=ExtractOptions(model="rules"))] == []


@pytest.mark.parametrize(
    "text",
    [
        # the writer's subordinate clause before a perfect is no speaker phrase
        "Following initial reports of the blast, but before city officials had weighed in with any "
        "explanation, the mayor left the building.",
    ],
)
def test_a_writer_s_clause_before_a_perfect_cue_is_no_report(text: str) -> None:
    assert [q.text for q in extract(text, options=ExtractOptions(model="rules"))] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # an instruction on record: "told X to V", as "urged X to V"
        (
            "The mayor told skippers not to sail before the storm passed.",
            "not to sail before the storm passed",
            "mayor",
        ),
        (
            "Councillor Ines Varga told the contractors to finish the bridge by May.",
            "to finish the bridge by May",
            "Ines Varga",
        ),
        # a that-clause on the cue's object, a word of speech or a stance taken aloud
        (
            "The senator expressed concern that the levy would raise fares for commuters.",
            "the levy would raise fares for commuters",
            "senator",
        ),
        (
            "Mara Lind voiced confidence that members would back the wage deal.",
            "members would back the wage deal",
            "Mara Lind",
        ),
        (
            "The governor made the case to delegates that the budget was balanced.",
            "the budget was balanced",
            "governor",
        ),
        (
            "Aldo Brun also made the point that the port would need more dredging.",
            "the port would need more dredging",
            "Aldo Brun",
        ),
    ],
)
def test_frames_of_speech_beyond_the_verb(text: str, content: str, speaker: str) -> None:
    found = {q.text: q for q in extract(text, options=ExtractOptions(model="rules"))}
    assert content in found
    ref = found[content].speaker
    assert ref is not None and ref.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the one told is the subject and no one is named telling: no speaker, no statement
        "The ferry crews were told to stay in port until Friday.",
        "No candidate should run for mayor without being told to smile.",
        # "made a case" / "made the point" with no clause: nothing said
        "She made the case for a new stadium at every meeting.",
        "He made a point of visiting every ward before the vote.",
    ],
)
def test_frames_of_speech_that_say_nothing(text: str) -> None:
    assert extract(text, options=ExtractOptions(model="rules")) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a past tense after a name and its description, each set off by commas, that the parser
        # reads as a participle on the name
        (
            'Critics were loud on the call.\n\n"If you double the fleet, it would still take you ten years," '
            "Marta Quill, an analyst with Quillby Capital, asked during the call.",
            "If you double the fleet, it would still take you ten years",
            "Marta Quill",
        ),
        (
            '"We expect a weak second half," Tobias Renn, chief economist at Harwick Bank, wrote in a note.',
            "We expect a weak second half",
            "Tobias Renn",
        ),
        # a name, then a description longer than a title, before the cue
        (
            "The plant adds to the 900 jobs already created in the valley, Pia Brandt, the company's vice "
            "president of manufacturing operations in Europe, told the Courier.",
            "The plant adds to the 900 jobs already created in the valley",
            "Pia Brandt",
        ),
        # a text put out "saying ...": who put it out speaks
        (
            "The Harbour Board issued a statement on Thursday saying the two accounts resulted from a "
            "misunderstanding at the meeting.",
            "the two accounts resulted from a misunderstanding at the meeting",
            "Harbour Board",
        ),
        (
            "Councillor Ada Brisk posted a video late Monday saying the vote had been rigged.",
            "the vote had been rigged",
            "Ada Brisk",
        ),
    ],
)
def test_who_speaks_where_the_parse_hides_the_speaker(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Shares fell on Friday, a day after it reported quarterly earnings that failed to meet forecasts.",
        "The mill reported job cuts that would hit 300 workers in the valley.",
    ],
)
def test_a_relative_clause_on_a_cue_s_object_is_no_report(text: str) -> None:
    quotes = extract(text, published="2027-03-01", options=ExtractOptions(model="rules"))
    assert [q.text for q in quotes] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a cue set off by commas inside the reported clause, whose verb comes after it: a conjunct
        # opened by "whether" goes on with what was said
        (
            "Dr Ines Marlow studies trials. What is needed, she said, is a simple way to check how often "
            "trials are repeated, and whether or not the findings are confirmed.",
            "What is needed, she said, is a simple way to check how often trials are repeated, and whether or "
            "not the findings are confirmed",
        ),
        (
            "The board met. The plan, Ines Marlow said, is a simple way to check the books, and the city "
            "insists it will pay for it.",
            "The plan, Ines Marlow said, is a simple way to check the books, and the city insists it will pay for it",
        ),
    ],
)
def test_an_aside_inside_a_reported_clause_keeps_it_whole(text: str, content: str) -> None:
    assert _speaker_of(text, content) == "Ines Marlow"


def test_a_complementizer_read_as_an_object_opens_the_reported_clause() -> None:
    text = (
        "The Ohio Democrat raised the issue in a post on X late Tuesday, writing that a speaker that is always "
        'listening "needs to answer to Congress first."'
    )
    quotes = extract(text, published="2027-03-01", options=ExtractOptions(model="rules"))
    assert [q.text[:22] for q in quotes] == ["a speaker that is alwa"]


def test_a_that_clause_on_a_noun_with_a_holder_is_the_holder_s() -> None:
    text = (
        "Commenting on remarks by Commission President Ilse Marten that the Commission will soon present a "
        "paper on bonds, ministry spokesman Arno Weil said the government remains skeptical."
    )
    assert _speaker_of(text, "the Commission will soon present a paper on bonds") == "Ilse Marten"
    assert _speaker_of(text, "the government remains skeptical") == "Arno Weil"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # whom a cue told, with a possessor: the possessor owns the addressee, not the words
        # (the parse hangs the that-clause on the object, and the second reported clause on the cue)
        (
            "Tomas Reyk told Kestrel Town's website that there had been contact and he had done nothing wrong.",
            "there had been contact and he had done nothing wrong",
            "Tomas Reyk",
        ),
        (
            "Ines Dalgaard, whose late goal was her ninth of the season, told Harwick Rovers' website that there "
            "had been a foul and she had done nothing wrong.",
            "there had been a foul and she had done nothing wrong",
            "Ines Dalgaard",
        ),
    ],
)
def test_a_that_clause_on_the_addressee_is_the_cue_s(text: str, content: str, speaker: str) -> None:
    quotes = extract(text, published="2027-03-01", options=ExtractOptions(model="rules"))
    assert (content, speaker) in [(q.text, q.speaker.name if q.speaker else None) for q in quotes]


@pytest.mark.parametrize(
    "text",
    [
        # a source's wish not to be named, no words said
        "The decision was made for business reasons, said the person, who asked not to be identified.",
        # "add to" a thing: it augments
        "The new line adds to the 900 jobs the company created last year.",
    ],
)
def test_anonymity_and_adding_to_a_thing_are_no_reports(text: str) -> None:
    quotes = extract(text, published="2027-03-01", options=ExtractOptions(model="rules"))
    assert [q.text for q in quotes if q.text.startswith(("not to be", "to the 900"))] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "that" the parser made a subject beside the clause's own subject is the complementizer
        (
            "The police commissioner's office said in a release that adequate arrangements had been made for "
            "all festival venues.",
            "adequate arrangements had been made for all festival venues",
        ),
        # a time's possessive holds no words
        (
            "The chief executive told his board six months before this week's recall of 480,000 packs that the "
            "company knew the packs could overheat.",
            "the company knew the packs could overheat",
        ),
    ],
)
def test_a_that_clause_on_a_noun_is_still_the_cue_s(text: str, content: str) -> None:
    quotes = extract(text, published="2027-03-01", options=ExtractOptions(model="rules"))
    assert [q.text for q in quotes if q.text.endswith(content)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # an instruction on record, as "urged X to"
        (
            "Port minister Salma Qadri directed the port authority to complete the new berth by March.",
            "complete the new berth by March",
            "Salma Qadri",
        ),
        (
            "Health secretary Imran Lodhi instructed hospitals to publish waiting times every week.",
            "publish waiting times every week",
            "Imran Lodhi",
        ),
        # a speech verb of South Asian press
        (
            "Finance adviser Tariq Malik opined that the rupee would stabilise before winter.",
            "the rupee would stabilise before winter",
            "Tariq Malik",
        ),
    ],
)
def test_instructions_and_regional_speech_verbs(text: str, content: str, speaker: str) -> None:
    found = {q.text.removeprefix("to "): q for q in extract(text, options=ExtractOptions(model="rules"))}
    assert content in found, list(found)
    ref = found[content].speaker
    assert ref is not None and ref.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a speech verb with a that-clause of its own, joined without a comma to a reported clause
        # not in the past: the speaker's next act
        (
            "After the inspection, Carla Souza said the run is not safe and announced that night "
            "sailings would be suspended.",
            "night sailings would be suspended",
            "Carla Souza",
        ),
        (
            "Mayor Tom Reddan said the council would pay and promised that the quay would reopen in May.",
            "the quay would reopen in May",
            "Tom Reddan",
        ),
        (
            "Mayor Tom Reddan said the council would pay and promised that the quay would reopen in May.",
            "the council would pay",
            "Tom Reddan",
        ),
    ],
)
def test_a_second_cue_without_a_comma_is_the_speaker_s_next_act(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content) == speaker


def test_a_verb_joined_to_a_past_clause_stays_in_the_report() -> None:
    text = "Ines Harrow said the minister had lied and claimed that the audit was clean."
    quotes = extract(text, published="2027-03-01", options=ExtractOptions(model="rules"))
    assert any(q.text.startswith("the minister had lied and claimed") for q in quotes), [q.text for q in quotes]


def _rule_texts(text: str) -> list[str]:
    return [q.text for q in extract(text, published="2027-03-01", options=ExtractOptions(model="rules"))]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a relative after the cue's aside is the writer's note on the report before it
        (
            "The council would open a second shelter in Dunford, she said, where the water had reached the "
            "church steps on Sunday.",
            "The council would open a second shelter in Dunford",
        ),
        (
            "The levy would rise by a tenth, Moreau said, where the ministry had asked for a fifth.",
            "The levy would rise by a tenth",
        ),
        (
            "The flood wall held through the night, the engineer said, which is why the lower town stayed dry.",
            "The flood wall held through the night",
        ),
    ],
)
def test_a_relative_after_the_cue_s_aside_is_the_writer_s(text: str, content: str) -> None:
    texts = _rule_texts(text)
    assert content in texts
    assert not any(t.startswith(("where", "which")) for t in texts), texts


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the reported clause's subject before the aside, the parser hanging it on the cue
        (
            "The hall was cold. Ferraro, he writes from the ship, has not yet signed the contract.",
            "Ferraro, he writes from the ship, has not yet signed the contract",
        ),
        (
            "The queues grew. The timetable, she said, would change again in the autumn.",
            "The timetable, she said, would change again in the autumn",
        ),
    ],
)
def test_a_subject_before_the_cue_s_aside_opens_the_report(text: str, content: str) -> None:
    assert content in _rule_texts(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a past tense after ", and" joined to a past-perfect report: the speaker's next act
        (
            "Gomez said his crew had kept the pumps running all night, and praised the lifeboat volunteers.",
            "his crew had kept the pumps running all night",
        ),
        (
            "Captain Ana Voss said her side had played its best cricket of the year, and thanked the groundstaff.",
            "her side had played its best cricket of the year",
        ),
    ],
)
def test_a_past_act_after_a_past_perfect_report_is_the_speaker_s(text: str, content: str) -> None:
    assert content in _rule_texts(text)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # a characterisation after the cue's object, in the perfect, however the parser hangs it
        ('The union has called the agreement "paper, not progress".', "paper, not progress"),
        ('The dockers have called the new rota "a trap, not a deal".', "a trap, not a deal"),
        ('The council called the plan "a disgrace".', "a disgrace"),
    ],
)
def test_a_quoted_characterisation_after_the_object(text: str, quoted: str) -> None:
    assert any(quoted in t for t in _rule_texts(text)), _rule_texts(text)


@pytest.mark.parametrize(
    "text",
    [
        'He called Mary "Boss" at work.',  # the quotation goes on into the writer's sentence: a name
        'She called the band "The Reds" in her first post on the fan page.',
        'They called the ferry "the old lady of the bay" on every crossing.',
    ],
)
def test_a_name_called_in_the_writer_s_sentence_is_no_characterisation(text: str) -> None:
    quotes = extract(text, published="2027-03-01", options=ExtractOptions(model="rules"))
    assert not any(q.cue is not None and q.cue.text == "called" for q in quotes)


@pytest.mark.parametrize(("subject", "read"), [(True, True), (False, False)])
def test_a_characterisation_is_read_only_when_the_parse_gives_its_cue_a_subject(subject: bool, read: bool) -> None:
    # "X stood at the showgrounds and called this 'the worst flood in years'", parsed with "called"
    # hung on a noun taken for a verb that has no subject: the quotation stays bare, for the
    # speaker around it, rather than a cue with nobody to say it
    import spacy
    from spacy.tokens import Doc

    from onrecord.extract.clauses import _content_object

    first = "Varga" if subject else "Then"
    words = [first, "grounds", "and", "called", "this", "“", "the", "worst", "flood", "”", "."]
    heads = [1, 1, 1, 1, 3, 3, 8, 8, 3, 3, 1]
    deps = ["nsubj" if subject else "advmod", "ROOT", "cc", "conj", "dobj", "punct", "det", "amod", "appos", "punct"]
    pos = ["PROPN" if subject else "ADV", "VERB", "CCONJ", "VERB", "DET", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT"]
    deps, pos = [*deps, "punct"], [*pos, "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    found = _content_object(doc[3], frozenset({"as"}))
    assert (found is not None) is read


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Captain Rina Okafor played through the pain on Saturday. By her own account, the knee had slipped "
            "to 50 per cent.",
            "the knee had slipped to 50 per cent",
            "Rina Okafor",
        ),
        (
            "By Marta Lind's own account, the depot had lost 12 buses since March.",
            "the depot had lost 12 buses since March",
            "Marta Lind",
        ),
    ],
)
def test_by_someone_s_own_account_is_their_report(text: str, content: str, speaker: str) -> None:
    quotes = [(q.text, q.speaker.name if q.speaker else None) for q in extract(text)]
    assert (content, speaker) in quotes


@pytest.mark.parametrize(
    "text",
    [
        "The fund had lost money, by all accounts.",
        "She opened a bank account on Monday.",
        "By account, the fee is low.",
    ],
)
def test_an_account_with_no_possessor_reports_nothing(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # a fronted participle phrase: where or how it was said, not what
        (
            "Asked about the chance of a second count, she said . “it will be looked at” later in the week.",
            [],
        ),
        ("Pressed on the cost of the scheme, the councillor said.", []),
        # the writer's time clause the parser hung on the cue, before the cue's own clause
        (
            "Days after Opposition Leader Kiri Walsh questioned the cost of the new stadium for the city, the "
            "council Tuesday said the budget had doubled.",
            ["the budget had doubled"],
        ),
        (
            "Days before the plant closed its gates, the union said 300 jobs would go.",
            ["300 jobs would go"],
        ),
        # a report set off by a comma frames the cue's clause; it is not what the cue reports
        (
            "Mr Tavita said during his visit to the school, he warned pupils against taking lifts from strangers.",
            ["he warned pupils against taking lifts from strangers"],
        ),
    ],
)
def test_a_fronted_adjunct_is_not_what_was_said(text: str, contents: list[str]) -> None:
    found = extract(text, published="2027-03-01", options=ExtractOptions(model="rules"))
    assert [q.text for q in found if q.kind == "indirect"] == contents


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a finite clause before the cue stays the report
        ("The depot will close in June, the manager said.", "The depot will close in June"),
        ("Stay indoors until the smoke clears, the fire chief said.", "Stay indoors until the smoke clears"),
        # a report with an object of its own, the cue hung on it, is still read
        (
            "The district has recorded a turnout of 61 per cent, Aroha Tane, the returning officer said.",
            "The district has recorded a turnout of 61 per cent",
        ),
    ],
)
def test_a_clause_before_the_cue_stays_the_report(text: str, content: str) -> None:
    found = [q.text for q in extract(text, published="2027-03-01", options=ExtractOptions(model="rules"))]
    assert content in found, found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mensah said a “full report” has been sought from the District Water Officer (DWO).",
            "a “full report” has been sought from the District Water Officer (DWO)",
        ),
        (
            "The ballot boxes will be kept under guard until the count (June 2), she said.",
            "The ballot boxes will be kept under guard until the count (June 2)",
        ),
        # a bracket the content did not open is not its own
        ("The ballot boxes will be kept under guard, she said.", "The ballot boxes will be kept under guard"),
    ],
)
def test_reported_content_keeps_the_bracket_it_opened(text: str, content: str) -> None:
    found = [q.text for q in extract(text, published="2027-03-01", options=ExtractOptions(model="rules"))]
    assert found == [content]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the quotation's own report before the cue is what was said, not a frame of the cue
        (
            '"The chief told us on Friday that the levee was safe. Her own memo says otherwise," Councillor '
            "Ruth Amani told reporters.",
            "The chief told us on Friday that the levee was safe. Her own memo says otherwise",
            "Ruth Amani",
        ),
    ],
)
def test_a_quoted_report_before_the_cue_is_the_quote(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content) == speaker


def test_a_name_with_particles_and_a_long_description_after_a_quote() -> None:
    # the parser hangs the name on the quote's verb; the order of the words tells the speaker
    text = (
        '"Zero tolerance means zero tolerance, whoever the rider is," Ovidio de la Serna, president of '
        "the International Union of Road Cyclists (IURC), told reporters in Lyon on Monday."
    )
    assert _speaker_of(text, "Zero tolerance means zero tolerance, whoever the rider is") == "Ovidio de la Serna"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The Coastal Ferries Federation (CFF) today announced a two-year pay deal for its 3,000 members.",
            "a two-year pay deal for its 3,000 members",
            "Coastal Ferries Federation",
        ),
        (
            "Penmarrow Council announced on Monday a £12 million plan to rebuild the harbour wall.",
            "a £12 million plan to rebuild the harbour wall",
            "Penmarrow Council",
        ),
        # the relative clause on the object is no report of its own, but part of what was announced
        (
            "Kelso Paper Mills announced job cuts that would hit 300 workers in the valley.",
            "job cuts that would hit 300 workers in the valley",
            "Kelso Paper Mills",
        ),
    ],
)
def test_an_announced_object_is_on_record(text: str, content: str, speaker: str) -> None:
    """What an organisation announces is a statement on record, even as a noun phrase."""
    quotes = extract(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "The club announced the signing on Friday.",  # too short to be a statement
        "Halvard Sorensen criticised the two-year pay deal for its 3,000 members.",  # a stance
    ],
)
def test_a_short_or_stance_object_is_no_statement(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Critic Ines Varga praised the film “Low Tide at Marsh End” as the finest debut of the season.",
        "The minister, Ada Rusk, recommended the novel “Salt and Iron” to pupils on Friday.",
        "The judge, Omar Quist, cited the 2004 case “Brand v Mallory” in her ruling on Wednesday.",
        "Shop steward Lena Orr mocked the firm’s “Project Lantern” plan in an interview.",
        "Campaigner Olu Bade attacked the bank’s “Green Future” advertising campaign as misleading.",
        "Councillor Jo Penn supports the “Blue Belt” and opposes the “Harbour Bill”.",
        "Chef Nia Bell recommended the diner’s famous “Leaning Tower” sandwich.",
        "Councillor Ben Adair criticised the so-called “garden levy” at a meeting.",
        "Councillor Ben Adair criticised the “garden levy” at a meeting.",
        "Councillor Ben Adair defended the “garden levy” at a meeting.",
        "MP Ruth Calder questioned the use of the word “illegals” in the leaflet.",
        "Coach Dee Marsh praised the deal, described by the league as “historic”, on Monday.",
        "Coach Dee Marsh praised Tomas Vela, who scored in the “derby” on Sunday.",
    ],
)
def test_a_title_or_a_mentioned_word_in_a_stances_object_is_no_record(text: str) -> None:
    """Quotation marks around a title, a name, a term the object is, or another's words inside
    the object put no words in the speaker's mouth."""
    quotes = extract(text)
    assert [q.text for q in quotes if q.kind != "direct"] == []
    assert all(q.via is None for q in quotes)  # "described by the league as “historic”": not relayed


def test_a_third_partys_words_inside_a_stances_object_are_not_relayed_by_its_speaker() -> None:
    text = "Senator Vic Hale rejected the bill, which union boss Gwen Tarr had called “a fair compromise”, in a debate."
    quotes = extract(text)
    assert all(q.speaker is None or q.speaker.name != "Vic Hale" for q in quotes)
    assert all(q.via is None for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Dorn spoke after the vote as the crowd left the hall.",
        "Mr. Dorn said nothing after the vote because the crowd had left the hall.",
        "Mr. Dorn spoke after the vote when the crowd had left the hall.",
    ],
)
def test_the_writers_adverbial_clause_after_a_cue_is_no_report(text: str) -> None:
    assert not [q.text for q in extract(text) if "crowd" in q.text]


def _doc(rows: list[tuple[str, str, str, str, int]]) -> object:
    """A parsed sentence as given: (word, pos, tag, dep, head index) per token."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words, pos, tags, deps, heads = (list(col) for col in zip(*rows, strict=True))
    return Doc(Vocab(), words=words, pos=pos, tags=tags, deps=deps, heads=heads)


def test_a_name_misparsed_as_the_root_is_not_cut_into_a_subject() -> None:
    """ "Thrane criticized Mayor Ines Soto on Twitter, calling her ...", parsed with the name as the
    root and the main verb as its modifier: the subject is the word before that verb, not the
    word before the name's last part."""
    from onrecord.extract.clauses import subject_of

    doc = _doc(
        [
            ("Thrane", "NOUN", "NN", "npadvmod", 1),
            ("criticized", "VERB", "VBN", "amod", 4),
            ("Mayor", "PROPN", "NNP", "compound", 4),
            ("Ines", "PROPN", "NNP", "compound", 4),
            ("Soto", "PROPN", "NNP", "ROOT", 4),
            (",", "PUNCT", ",", "punct", 4),
            ("calling", "VERB", "VBG", "advcl", 4),
            ("her", "PRON", "PRP", "dobj", 6),
            ("reckless", "ADJ", "JJ", "oprd", 6),
        ]
    )
    subject = subject_of(doc[6])  # type: ignore[index]
    assert subject is not None and subject.text == "Thrane"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the main verbs hung on a "whose" clause closed by a comma: the name it describes
        (
            "Rep. Ada Morrow, R-Idaho, whose district includes the northern suburbs, called the plan "
            '"a stunt" and said the dam had held up better than in 2019.',
            "a stunt",
            "Ada Morrow",
        ),
        (
            "Rep. Ada Morrow, R-Idaho, whose district includes the northern suburbs, called the plan "
            '"a stunt" and said the dam had held up better than in 2019.',
            "the dam had held up better than in 2019",
            "Ada Morrow",
        ),
        # a participle after reported words and a comma is the reporter's
        (
            "Gov. Ines Holm said Thursday the state will guarantee the security costs of the bid, two days "
            "after insisting the state would not guarantee any part of its budget.",
            "the state would not guarantee any part of its budget",
            "Ines Holm",
        ),
    ],
)
def test_a_subject_the_parse_split_or_hung_on_a_clause(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser made a piece of the description and the name after it subjects of their own
        ("Her co-star Tobin Ashwell-Marr said in a video on Monday that every word was true.", "Tobin Ashwell-Marr"),
        ("Senate sponsor Sen. Ivette Calloway of Oregon told the Herald she expects a vote in May.", "Ivette Calloway"),
    ],
)
def test_a_name_after_a_split_description_is_the_subject(text: str, speaker: str) -> None:
    quotes = extract(text)
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        'The harbour will close next year, Mayor Ana Ruiz said on "Meet the Press"',
        "The harbour will close next year, Mayor Ana Ruiz said",
    ],
)
def test_a_trailing_cue_at_the_end_of_a_text_with_no_stop(text: str) -> None:
    [quote] = extract(text)
    assert quote.text == "The harbour will close next year"
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('she said on Coast FM\'s "Morning Desk."', '"Morning Desk."'),
        # a figure, a preposition phrase: a programme's title all the same
        ('she said on Coast FM\'s "90 Seconds."', '"90 Seconds."'),
        ('she said on Coast FM\'s "Late Hour with Ivo Grent."', '"Late Hour with Ivo Grent."'),
        ('she said on Coast FM\'s "Talk of the Town."', '"Talk of the Town."'),
        # words in marks that are no title
        ('she said on Coast FM\'s "we are not there yet."', None),
    ],
)
def test_a_programme_title_in_marks_is_one_word(text: str, title: str | None) -> None:
    from onrecord.extract.clauses import _quoted_title_end
    from onrecord.extract.nlp import load_model

    doc = load_model()(text)
    opening = next(t.i for t in doc if t.text == '"')
    end = _quoted_title_end(doc, opening)
    found = None if end is None else doc[opening:end].text
    assert (found.rstrip('".') if found else None) == (title.rstrip('".') if title else None)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "according to" closing a coordination of clauses is the source of all of them
        (
            "The brewery's output fell by a quarter in 1998 and has since doubled to nine million "
            "litres a year, according to the growers' guild.",
            "The brewery's output fell by a quarter in 1998 and has since doubled to nine million litres a year",
        ),
        (
            "Ferry fares rose by a third, and two of the island's piers closed, according to the harbour board.",
            "Ferry fares rose by a third, and two of the island's piers closed",
        ),
    ],
)
def test_according_to_after_coordinated_clauses_reports_them_all(text: str, content: str) -> None:
    quotes = [q for q in extract(text, options=ExtractOptions(model="rules")) if q.cue is not None]
    assert [q.text for q in quotes] == [content]


def test_according_to_after_a_cue_relays_it() -> None:
    """A cue with its own subject before "according to": the source relays that cue, and the
    clauses before it are not all the source's."""
    text = (
        "Nobody had checked the pumps for a week, and the crew kept saying a fitter was coming, "
        "Mr Talvik told his brother, according to the inquiry's report."
    )
    quotes = extract(text, options=ExtractOptions(model="rules"))
    told = [q for q in quotes if q.cue is not None and q.cue.text == "told"]
    assert [q.speaker.name if q.speaker else None for q in told] == ["Talvik"]
    assert not any(q.text.startswith("Nobody") and q.cue and q.cue.text == "according to" for q in quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the name stands beside the object of "after" in the writer's clause before the cue
        (
            "The walkout began two days after the county's chief auditor, Ruth Okafor, said at least 14 "
            "contracts had been signed without a tender since the autumn of 2024.",
            "at least 14 contracts had been signed without a tender since the autumn of 2024",
            "Ruth Okafor",
        ),
        (
            "The union walked out hours after the firm's parent company, Bellweather Holdings, said on "
            "Monday that the plant would close for a year after the harvest ends in May next year.",
            "the plant would close for a year after the harvest ends in May next year",
            "Bellweather Holdings",
        ),
    ],
)
def test_a_name_in_apposition_before_the_cue_speaks_what_follows(text: str, content: str, speaker: str) -> None:
    """``X began two days after the auditor, NAME, said C``: the clause before the cue is the
    writer's, C is what was said, and the name in apposition is who said it."""
    quotes = extract(text, options=ExtractOptions(model="rules"))
    assert [q.text for q in quotes] == [content]
    assert _speaker_of(text, content) == speaker


def test_a_fronted_report_keeps_its_speaker_in_apposition() -> None:
    """``C, the county auditor, NAME, said``: the clause before the cue is what was said."""
    text = "The plan will fail, the county auditor, Ruth Okafor, said on Monday."
    assert [q.text for q in extract(text, options=ExtractOptions(model="rules"))] == ["The plan will fail"]


def test_a_place_set_off_by_commas_is_no_speaker() -> None:
    """``after a man in Lintwell, Wexmoor, told her``: a name after a proper noun is the place's."""
    text = 'The mayor said she is ready after a man in Lintwell, Wexmoor, told her he fears she is "too soft".'
    quotes = extract(text, options=ExtractOptions(model="rules"))
    assert not any(q.speaker is not None and q.speaker.name == "Wexmoor" for q in quotes)


def test_a_name_that_reads_out_a_statement_is_not_its_speaker() -> None:
    """``The letter from the governor, handed over by his aide, NAME, said: "..."``: the aide hands it."""
    text = (
        "The letter from the governor, handed to the press at the gate by his chief of staff, Tom Hale, "
        'said: "We will abide by the ruling, whatever it is."'
    )
    quotes = extract(text, options=ExtractOptions(model="rules"))
    assert not any(q.speaker is not None and q.speaker.name == "Tom Hale" for q in quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "but" and a subject of its own, no comma: the second half of what was said
        (
            "The harbourmaster, Ines Varga, said the pier was safe but the ramp was not.",
            "the pier was safe but the ramp was not",
        ),
        # a comma, then a subject that only counts off the content's noun
        (
            "The warden said most of the climbers were found by noon, but two were still missing.",
            "most of the climbers were found by noon, but two were still missing",
        ),
    ],
)
def test_a_clause_after_but_goes_on_with_the_report(text: str, content: str) -> None:
    """``said A but B``: the parser hangs B on the cue, though B is the rest of the report."""
    assert content in [q.text for q in extract(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a comma before a subject of its own may be the writer's
        (
            "The mayor, Ilse Brandt, said the ferry would run on Sundays, but the council rejected the plan.",
            "the ferry would run on Sundays",
        ),
    ],
)
def test_a_clause_after_a_comma_and_but_stays_out(text: str, content: str) -> None:
    """``said A, but the council rejected it``: the writer's clause is no part of the report."""
    assert content in [q.text for q in extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The minister, Ada Brandt, said on Friday that the inquiry would now deliver its findings within 120 days, "
        "not the 45 she had promised in May.",
        "Harbour chief Tomas Reyl said that the repairs would now be finished within 30 days, a third of the time "
        "he had promised at the launch.",
    ],
)
def test_a_relative_clause_on_a_figure_is_no_trailing_cue(text: str) -> None:
    """``C, not the 45 she had promised``: "promised" says what the figure is, not who said C."""
    quotes = extract(text, options=ExtractOptions(model="rules"))
    assert [q.cue.text if q.cue else None for q in quotes] == ["said"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the writer's later fact: a tense the report was not shifted into, and "since"
        (
            "Trainer Odile Marsh said all of her riders were ready, but two have since pulled out of the race.",
            "all of her riders were ready",
        ),
        # another source is named for the conjunct
        (
            "Camp officials said most of the hikers had minor cuts, but three were in hospital, "
            "according to clinic staff.",
            "most of the hikers had minor cuts",
        ),
    ],
)
def test_a_counted_off_clause_the_writer_adds_stays_out(text: str, content: str) -> None:
    """``said all were ready, but two have since pulled out``: the counting subject does not make
    the writer's later or other-sourced fact the speaker's."""
    assert content in [q.text for q in extract(text)]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # a report closed by a semicolon, then a cue set off by commas in the clause after it
        (
            "In a call with the Daily Post on Monday, Ms Ferro said the bridge had not been closed in March "
            "after all; its safety check, she said, was due next week.",
            ["the bridge had not been closed in March after all", "its safety check, she said, was due next week"],
        ),
    ],
)
def test_an_aside_cue_after_a_semicolon_takes_only_its_own_clause(text: str, contents: list[str]) -> None:
    found = [q.text.rstrip(";") for q in extract(text, published="2027-03-01", options=ExtractOptions(model="rules"))]
    assert found == contents


def test_an_aside_cue_after_a_semicolon_with_no_report_before_keeps_the_sentence() -> None:
    text = "Prices rose again in May; the rise, she said, was small."
    found = [q.text for q in extract(text, published="2027-03-01", options=ExtractOptions(model="rules"))]
    assert found == ["Prices rose again in May; the rise, she said, was small"]


@pytest.mark.parametrize(
    ("text", "report", "quote"),
    [
        (
            'The harbour master said overnight drift had moved the wreck north: "Divers are combing the '
            'water off Corran Point."',
            "overnight drift had moved the wreck north",
            "Divers are combing the water off Corran Point.",
        ),
        (
            'In an email seen by the Post, he wrote that about 90 porters would be stood down: "Porters lose their '
            'shifts until the depot reopens."',
            "about 90 porters would be stood down",
            "Porters lose their shifts until the depot reopens.",
        ),
    ],
)
def test_a_report_closed_by_a_colon_stays_beside_the_quote_after_it(text: str, report: str, quote: str) -> None:
    for model in ("rules", None):
        found = {q.text: q.kind for q in extract(text, published="2027-03-01", options=ExtractOptions(model=model))}
        assert found.get(report) == "indirect", found
        assert found.get(quote) == "direct", found


def test_a_label_before_a_colon_is_no_report_of_its_own() -> None:
    found = [q.text for q in extract('He said this: "We will not go back."', options=ExtractOptions(model="rules"))]
    assert found == ["We will not go back."]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the clause only announces the quote: wanting to be clear, having a message, putting it a way
        (
            'Alderman Torvin Vask took questions. Vask said he wanted to be perfectly clear: "The ferry keeps '
            'running."',
            "The ferry keeps running.",
        ),
        (
            'Steward Pirra Arnau spoke at the gate. She said she had one message for the owners: "Fund the clinic."',
            "Fund the clinic.",
        ),
        (
            'Ranger Sorrel Quarrow met the hikers. Quarrow said he would put it this way: "The ridge path is closed."',
            "The ridge path is closed.",
        ),
        (
            'Skipper Ode Marle spoke after the regatta. Marle said he wanted to add a last word: "The crew '
            'earned this."',
            "The crew earned this.",
        ),
    ],
)
def test_a_lead_in_before_a_colon_is_no_report_of_its_own(text: str, quote: str) -> None:
    for model in ("rules", None):
        found = [(q.text, q.kind) for q in extract(text, published="2027-03-01", options=ExtractOptions(model=model))]
        assert found == [(quote, "direct")], (model, found)


@pytest.mark.parametrize(
    ("clause", "lead_in"),
    [
        ("she had a blunt warning for the tenants", True),
        ("he had this to say", True),
        ("she wanted to make one thing clear", True),
        # clauses with content of their own
        ("the board had done the wrong thing", False),
        ("the lake water was clear", False),
        ("silt had blocked the outflow", False),
    ],
)
def test_a_lead_in_only_announces_the_quote(clause: str, lead_in: bool) -> None:
    from onrecord.extract.candidates import is_lead_in

    assert is_lead_in(clause) is lead_in


@pytest.mark.parametrize(
    "aside",
    [
        "Marit Solberg, the warden of Eastgate Lodge, where the damp was first found, posted on Facebook on "
        "Monday evening:",
        "Tobias Lind, the caretaker of Greyfriars Hall, where the leak was first spotted, wrote on Facebook "
        "late on Monday:",
    ],
)
def test_the_name_before_an_aside_speaks_when_the_parse_hangs_the_verb_on_the_aside(aside: str) -> None:
    text = (
        f'Hall update\n\nIt has been a wet week. {aside} "Dear residents: the doors stay shut until Friday. '
        'Please keep the windows closed until then."'
    )
    quotes = extract(text, article_id="t")
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.name == aside.split(",")[0]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ada Lind said the day before that the ferry would not sail.", "the ferry would not sail"),
        ("The harbour master told them the month before that the ferry would not sail.", "the ferry would not sail"),
        ("Ada Lind said a day earlier that the ferry would not sail.", "the ferry would not sail"),
        ("Ada Lind said earlier that the ferry would not sail.", "the ferry would not sail"),
        (
            "Ivo Brandt, who runs the Larkfield school, told the agency the day before that enrolment had dropped "
            "by a third.",
            "enrolment had dropped by a third",
        ),
    ],
)
def test_a_time_counted_back_before_that_dates_the_telling(text: str, content: str) -> None:
    quotes = [q.text for q in extract("Ferry news\n\n" + text, options=ExtractOptions(model="rules"))]
    assert content in quotes


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "The Grain Board said stocks were ample and urged buyers not to hoard flour.",
            ["stocks were ample"],
        ),
        (
            "Ms Varga says the booking site is full and urges visitors to wait a week.",
            ["the booking site is full"],
        ),
        # a belief, not a verb of speech: still part of the report
        (
            "Mayor Ilse Brandt told reporters that she backed the toll but wanted the town's ferries spared.",
            ["she backed the toll but wanted the town's ferries spared"],
        ),
        # after a perfect the second verb may share the "had": one report
        (
            "She said the warden had lied and urged him to resign.",
            ["the warden had lied and urged him to resign"],
        ),
    ],
)
def test_a_verb_of_speech_in_the_cue_s_form_after_and_is_the_speaker_s_next_act(text: str, contents: list[str]) -> None:
    quotes = [q.text for q in extract("Town news\n\n" + text, options=ExtractOptions(model="rules"))]
    for content in contents:
        assert content in quotes, quotes


def _quote_of(text: str, content: str) -> tuple[str | None, str | None]:
    """(speaker name, via) the rules give the quote ``content`` of ``text``."""
    quotes = {q.text: q for q in extract(text, published="2027-03-01", options=ExtractOptions(model="rules"))}
    assert content in quotes, list(quotes)
    found = quotes[content]
    return (found.speaker.name if found.speaker is not None else None), found.via


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the perfect form of "quoted X as saying", both parses of it
        (
            "The Lakeside Courier quoted Mayor Tove Brandvik as having said that the marina would reopen in May.",
            "the marina would reopen in May",
        ),
        (
            "The Lakeside Courier quoted Brandvik as having told councillors that the pier fund was empty.",
            "the pier fund was empty",
        ),
    ],
)
def test_quoted_as_having_said_gives_the_quoted_person_and_the_relay(text: str, content: str) -> None:
    speaker, via = _quote_of(text, content)
    assert speaker is not None and "Brandvik" in speaker
    assert via is not None and "Lakeside Courier" in via


def test_subject_before_a_participle_aside_with_a_conjunction_speaks() -> None:
    text = (
        "Energy Minister Rafael Quintero while speaking to a morning show on Friday said that the grid "
        "would be upgraded within two years."
    )
    assert _speaker_of(text, "the grid would be upgraded within two years") == "Rafael Quintero"


def test_a_us_style_day_after_the_cue_is_not_the_contents_first_word() -> None:
    text = "Press secretary Ines Waldorf said Tuesday Governor Abel Frost's veto was final."
    quotes = [q.text for q in extract(text, published="2027-03-03", options=ExtractOptions(model="rules"))]
    assert "Governor Abel Frost's veto was final" in quotes
    kept = "Press secretary Ines Waldorf said Tuesday's vote was final."
    assert "Tuesday's vote was final" in [
        q.text for q in extract(kept, published="2027-03-03", options=ExtractOptions(model="rules"))
    ]


def test_a_us_style_day_before_a_relayed_clause_keeps_the_relay_and_the_day() -> None:
    text = (
        "Norland's Foreign Ministry spokesman, Oleg Varda, said Thursday President Ivo Ranis would take measures "
        "against Tallmark companies, according to the Norlandic agency NorPress. He also said, at the same "
        "briefing, the embassy would stay open."
    )
    quotes = {q.text: q for q in extract(text, published="2027-05-08", options=ExtractOptions(model="rules"))}
    first = quotes["President Ivo Ranis would take measures against Tallmark companies"]
    assert first.via == "NorPress" and first.said_on == "2027-05-06"


@pytest.mark.parametrize(
    "text",
    [
        "Port director Lena Oyelowo said on Friday, commenting on reports that the ferry line was up for "
        "sale, that the harbour had no such plans.",
        "Port director Lena Oyelowo denied claims that the ferry line was up for sale.",
    ],
)
def test_the_clause_of_reports_a_speaker_answers_is_not_her_words(text: str) -> None:
    quotes = [q.text for q in extract(text, published="2027-03-03", options=ExtractOptions(model="rules"))]
    assert not any(q.startswith("the ferry line was up for sale") for q in quotes), quotes


def test_the_clause_after_a_long_audience_told_opens_at_its_own_subject() -> None:
    text = (
        "Councillor Maud Ellery told a heated full meeting of Dunmere Council the central government grant "
        "for the next financial year was not enough."
    )
    quotes = [q.text for q in extract(text, published="2027-03-03", options=ExtractOptions(model="rules"))]
    assert quotes == ["the central government grant for the next financial year was not enough"]


def test_a_bare_day_before_another_capitalised_word_stays_in_the_words() -> None:
    text = "Councillor Ines Waldorf said Sunday Gazette readers had been misled by the report."
    quotes = [q.text for q in extract(text, published="2027-03-03", options=ExtractOptions(model="rules"))]
    assert "Sunday Gazette readers had been misled by the report" in quotes


def test_reports_a_speaker_denies_are_no_words_of_hers_whatever_reads_them() -> None:
    text = "The dock board denied reports that it had sold the east quay, saying no bid had been accepted."
    quotes = [q.text for q in extract(text, published="2027-03-03", options=ExtractOptions(model="rules"))]
    assert quotes == ["no bid had been accepted"]


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ('"It was a small fortune," Dana Ruhl told Kestrel News affiliate WKTB on Monday.', "WKTB"),
        ('"We will reopen the bridge," Mayor Lionel Petts told NBC affiliate KXTR.', "KXTR"),
        # no station named: a day is no station, the network heard the words
        ('"Three fires in a week," fire chief Ana Bolt told NBC affiliate Wednesday.', "NBC"),
        # a body a federation counts among its members is no broadcaster
        (
            "The chief, Ray Oduya, told the Carers' Federation affiliate Kindly Hands that talks would resume.",
            None,
        ),
    ],
)
def test_a_networks_affiliate_is_the_channel(text: str, via: str | None) -> None:
    from onrecord import extract

    quotes = extract(text)
    assert quotes
    assert quotes[0].via == via
