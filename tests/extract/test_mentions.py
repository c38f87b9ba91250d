"""Speaker mentions: organisation names read whole from a cue's subject."""

from __future__ import annotations

from typing import Any

import pytest

from onrecord import extract
from onrecord.extract.candidates import find_candidates
from onrecord.extract.mentions import Mention, _name_set_off, analyse_mention, scan_names
from onrecord.extract.nlp import parse


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        # a hyphenated place inside an organisation's "of" phrase
        (
            "The Port Authority of Saint-Lys (PASL) today announced that it had activated its plan.",
            "organisation",
            "Port Authority of Saint-Lys",
        ),
        # the organisation word closes the name after "of"
        (
            "The Port of Saltvik Authority said 27 vessels were waiting to berth on Tuesday evening.",
            "organisation",
            "Port of Saltvik Authority",
        ),
        (
            "The Riverton Area Chamber of Commerce said in a statement that it would hold a job fair.",
            "organisation",
            "Riverton Area Chamber of Commerce",
        ),
        # a body's name with its acronym in apposition to a description: the body
        ("The national weather agency, Dinas Cuaca Raya (DCR), said the season had peaked.", "organisation", "DCR"),
        # a person "of" an organisation stays the person
        (
            "Cmdr. Ruth Abernethy of the Northern Coastguard Service said the lifeboat had reached the ferry.",
            "name",
            "Ruth Abernethy",
        ),
        (
            "Colonel Dmitry Savelyev of the Emergency Situations Ministry said investigators had found a valve.",
            "name",
            "Dmitry Savelyev",
        ),
    ],
)
def test_organisation_names_read_whole(sentence: str, kind: str, name: str) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions
    assert (mentions[0].kind, mentions[0].name) == (kind, name)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an office "of" something, in capitals, with nobody named: the office speaks, whole
        (
            "The Brenton County Registrar of Voters said 4,100 ballots remained to be counted.",
            "Brenton County Registrar of Voters",
        ),
        ("The Marlow County Clerk of Courts said the filing had come in late.", "Marlow County Clerk of Courts"),
    ],
)
def test_an_office_of_something_speaks_whole(text: str, speaker: str) -> None:
    quotes = extract(text, published="2027-03-02")
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Guest: Mary de Búrca, chair of the board", ["Mary de Búrca"]),
        ("Guest: Mary Ó Ceallaigh, a councillor", ["Mary Ó Ceallaigh"]),
        ("Guest: José dos Santos, mayor", ["José dos Santos"]),
        ("Anna-Sophie Müller said", ["Anna-Sophie Müller"]),
        ("the Port of Astoria", []),
        # patronymic links and the article of a family name inside the run
        ("Guest: Omar bin Rashid Al-Kaabi, chairman", ["Omar bin Rashid Al-Kaabi"]),
        ("Guest: Noura bint Khalid al-Rumaithi, minister", ["Noura bint Khalid al-Rumaithi"]),
        ("Guest: Eitan ben Shalom, engineer", ["Eitan ben Shalom"]),
        # a nickname in quotation marks between the words of a name is left out of it
        ('Guest: Rogelio "Ka Roger" Santiago, president', ["Rogelio Santiago"]),
        ("Sen. Maria Luisa “Malou” Reyes-Aquino on Tuesday", ["Maria Luisa Reyes-Aquino"]),
        # a capital inside a surname: Mc, Mac, De
        ("Guest: Fiona McAllister, solicitor", ["Fiona McAllister"]),
        ("Guest: Callum MacRath-Lowe, skipper", ["Callum MacRath-Lowe"]),
        ("Guest: Lucas DeWitt, chairman", ["Lucas DeWitt"]),
        # a given name no list knows, before a surname the text gives an honorific
        (
            "For the family, Seonag MacRath KC spoke first. Ms MacRath said little.",
            ["Seonag MacRath", "MacRath"],
        ),
        # a given name no list knows, after a role in lower case as news style writes it
        ("Finance minister Tjeerd Okonedo is back on the airwaves.", ["Tjeerd Okonedo"]),
        ("the bank Tjeerd Okonedo founded", []),
        # a place and a court before the title: six capitalised words in one run
        ("Brentmoor Supreme Court Justice Mara Quellin rejected that argument.", ["Mara Quellin"]),
        # letters of Latin Extended-A, -B and Additional, whose two cases alternate
        ("Among them is Nguyễn Thị Lan Anh, who works nights.", ["Nguyễn Thị Lan Anh"]),
        ("Education Minister Dārta Ozoliņa said so.", ["Dārta Ozoliņa"]),
    ],
)
def test_names_with_accents_and_particles_are_scanned(text: str, names: list[str]) -> None:
    assert [m.name for m in scan_names(text, 0, len(text))] == names


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a school named for a saint is no "she"
        (
            "Anna Kelly chairs the board. John Walsh said St Brigid's was safe. "
            "'This decision is about money,' she said.",
            "Anna Kelly",
        ),
        # honorifics of other traditions stand before the name, not in it
        ("'The levee held,' Cr Tomas Berg said.", "Tomas Berg"),
        ("'We will appeal,' Shri Ravi Menon said.", "Ravi Menon"),
    ],
)
def test_saints_and_honorifics(text: str, speaker: str) -> None:
    quotes = extract(text)
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == speaker


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # a Korean given name's second part in lower case after the hyphen
        (
            "Chief Operating Officer Min-jung Park said the plant would reopen.",
            "Min-jung Park",
            "Chief Operating Officer",
        ),
        ("Finance Director Seung-ho Lim said the figures were final.", "Seung-ho Lim", "Finance Director"),
        # an Irish surname particle written with a capital
        ("Health Minister Aoife Ní Bhriain said the ward would stay open.", "Aoife Ní Bhriain", "Health Minister"),
        ("But Mr Ó Briain also told us the school would stay open.", "Ó Briain", "Mr"),
        # a name the parser broke after its head ("Lie" read as an object)
        ("Gunvor Lie, health spokeswoman for the opposition, said the plan was late.", "Gunvor Lie", None),
        # a spokesperson "for" a company, named in apposition to the company
        ("A spokeswoman for Norvane, Ellen Marsh, said the two figures were consistent.", "Ellen Marsh", None),
        ("A spokesman for the Tessel Group, David Orme, said talks would resume.", "David Orme", None),
        # a style before the name ("His Excellency") is no name
        (
            "His Excellency Sheikh Khalid bin Saeed Al-Nuaimi, Minister of State, said that the fund would grow.",
            "Khalid bin Saeed Al-Nuaimi",
            "His Excellency",
        ),
        # a patronymic and a family name's article inside the name
        (
            "Sheikh Tariq bin Saleh al-Mahrouqi, the owner of the line, said the ships would stay.",
            "Tariq bin Saleh al-Mahrouqi",
            None,
        ),
        ("Dr. Eitan ben Shalom, an engineer, said the cranes were old.", "Eitan ben Shalom", None),
        ("Minister Noura bint Khalid Al-Rumaithi said the port would reopen.", "Noura bint Khalid Al-Rumaithi", None),
        # the place a person in apposition comes from, past the particles of the name
        ("The chair, Ada van der Kerr of Lindmoor, said the vote would be held.", "Ada van der Kerr", "chair"),
        # a description set off after a name in apposition: its place is no name
        (
            "Her deputy Osric Mallane, the federation's organiser in Vantberg, said the strike would go on.",
            "Osric Mallane",
            None,
        ),
        (
            "Their spokesman Ilse Korhaven, a lawyer from Brenndal, said the talks had failed.",
            "Ilse Korhaven",
            None,
        ),
        # ... or a party and a state set off after it
        ("Her party colleague Sen. Osric Mallane, C-N.V., said the vote was lost.", "Osric Mallane", None),
        # a title word after a given name is a surname, even with a description set off after it
        ('"Turnout decides it," said Charlie King, a Democrat from Brenndal.', "Charlie King", None),
        ("Anne Bishop, a teacher in Vantberg, said the school would close.", "Anne Bishop", None),
    ],
)
def test_names_read_whole_from_a_cue_subject(sentence: str, name: str, role: str | None) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions
    assert mentions[0].kind == "name"
    assert mentions[0].name == name
    if role is not None:
        assert mentions[0].role == role


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a demonym glued to an organisation's name is part of it ...
        ("The Western Growers Coalition said it supported the payments.", "Western Growers Coalition"),
        # ... one that describes it, with a common noun between, is not
        ("Halvorian drugmaker Tessaline Therapeutics said it would stop deliveries.", "Tessaline Therapeutics"),
    ],
)
def test_demonyms_in_organisation_names(sentence: str, name: str) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions
    assert (mentions[0].kind, mentions[0].name) == ("organisation", name)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "His Excellency Sheikh Khalid bin Saeed Al-Nuaimi, Minister of State, said that the fund "
            'would grow. "We will not stop here," His Excellency said.',
            "Khalid bin Saeed Al-Nuaimi",
        ),
        (
            "Per-Erik Lindahl, health spokesman for the opposition, has said the plan was late. On Thursday, "
            "Lindahl said the delay had been deliberate.",
            "Per-Erik Lindahl",
        ),
    ],
)
def test_styles_and_glued_given_names_resolve(text: str, speaker: str) -> None:
    quotes = extract(text)
    assert quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == speaker


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # an aside between commas after the name: the name is still the cue's subject
        ("Penwarden, asked about replacements, said the club would sign two strikers.", "Penwarden"),
        ("Ruth Abernethy, pressed on the figures, said the plan was sound.", "Ruth Abernethy"),
        # the medium a cue names ("in a video posted on ...") is not its speaker
        (
            "The player's agent, Lucas de Vaal, said in a video posted on YouTube on Tuesday that his "
            "client had turned down an offer.",
            "Lucas de Vaal",
        ),
    ],
)
def test_a_name_before_an_aside_speaks(sentence: str, name: str) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions
    assert mentions[0].name == name


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        # a given name written family name first, its second syllable in lower case
        ("U.N. Secretary-General Ban Ki-moon said the attack was a crime.", "name", "Ban Ki-moon"),
        ("South Korean President Park Geun-hye said on Tuesday that the test was reckless.", "name", "Park Geun-hye"),
        ("North Korean leader Kim Jong-un said the test had succeeded.", "name", "Kim Jong-un"),
        # "Del." (a delegate) is a title, and its full stop ends no sentence
        ('"It is a farce," said Del. Stacey Plaskett of the Virgin Islands.', "name", "Stacey Plaskett"),
        # a party word before a name is no part of it
        ("Democrat Hillary Clinton said the plan would fail.", "name", "Hillary Clinton"),
        # a portfolio's own words are no holder's name
        ("The Minister for Social and Family Development said he joined the trip.", "role", None),
        # a title of two words before a name
        ('"That is a different process," Council Member Rosa Delgado said.', "name", "Rosa Delgado"),
        ("City Council Member Ned Farrow said the vote would wait.", "name", "Ned Farrow"),
        # a country speaks as its government: an organisation
        ("North Korea said in a statement that it would respond.", "organisation", "North Korea"),
        ("Mexico said on Monday that it would not pay for the wall.", "organisation", "Mexico"),
        # a country's name that is also a given name stays a person's
        ("Jordan said he would run again.", "name", "Jordan"),
    ],
)
def test_east_asian_names_titles_and_countries(sentence: str, kind: str, name: str) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions
    assert (mentions[0].kind, mentions[0].name) == (kind, name)


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("Ban Ki-moon spoke", 2),
        ("Park Geun-hye spoke", 2),
        ("Park Jong-led groups", 0),  # "-led" is glued on, no syllable
        ("New York-area groups", 0),
        ("Nikolai Petrovsky-Ivanov spoke", 0),  # a capitalised second part is no lower-case syllable
    ],
)
def test_a_lower_case_syllable_finishes_a_family_name_first_name(text: str, tail: int) -> None:
    from onrecord.extract.mentions import _lower_given_tail
    from onrecord.extract.nlp import load_model

    tokens = list(load_model()(text))
    assert _lower_given_tail(tokens, 2) == tail


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the office's portfolio after "for" is no part of the holder's name
        ("State Minister for Culture Ramesh Kulkarni said the grant would be cut.", "Ramesh Kulkarni"),
        ("Minister of State for Foreign Affairs Anna Berg said talks would go on.", "Anna Berg"),
        # ... and the portfolio's words when no given name tells where the name starts
        ("Federal Minister for Planning and Development Tahmid Qasrani said the plan was dead.", "Tahmid Qasrani"),
        ("Minister for Culture and Heritage Orvel Tandane said the grant would be cut.", "Orvel Tandane"),
        # ... the name the parser hung on the last of two portfolios
        (
            "Harbour Services Commissioner for Border Control and Management Hassan Oduya said the claims were false.",
            "Hassan Oduya",
        ),
        # ... and the body after "to"
        ("Ambassador to the Union Linda Ferrand said the vote would go ahead.", "Linda Ferrand"),
        ("Special Envoy to the Sahel Marco Rinaldi said the ceasefire held.", "Marco Rinaldi"),
        # a US legislator's party and state after the name
        ("Sen. Dolores Whitby, D-Ariz., told reporters the bill would pass.", "Dolores Whitby"),
        # ... and when a role apposition follows it
        ("Sen. Warren T. Haskell, R-Texas, the leading opponent, called the bill a tax.", "Warren T. Haskell"),
        ("Sen. Gareth Pruitt, R-Kan., a co-sponsor, said he expected a vote in May.", "Gareth Pruitt"),
        # a word only some office's name holds ("Home" of "Home Secretary") ends no office in a body's name
        ("Brenvik Home Appliances said on its website that every buyer would get a refund.", "Brenvik Home Appliances"),
        ("Home Secretary Ana Ruiz said the border would stay open.", "Ana Ruiz"),
        ("City Press Secretary Ana Ruiz said the border would stay open.", "Ana Ruiz"),
    ],
)
def test_offices_and_party_states_are_no_part_of_names(sentence: str, name: str) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions
    assert mentions[0].name == name
    assert all(not (m.name or "").startswith("-") for m in find_candidates(sentence).names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a full name after a title, whatever its given name
        ("Sen. Rand Paul voted against the bill on Tuesday.", ["Rand Paul"]),
        ("Gov. Kathy Hochul signed it.", ["Kathy Hochul"]),
        ("Transport Minister Tavita Leaupepe opened the road.", ["Tavita Leaupepe"]),
        # no title, no known given name: not a person by its shape alone
        ("The Rand Corporation published a study.", []),
        ("Sen. Judiciary Committee members met.", []),
        ("The Rivermouth Supporters' Trust (RST) was less sentimental.", []),
        ("On Saturday. The Harbour Board met.", []),
        ("Tomás Echeverría, First Team Manager\nLeague Cup, third round", ["Tomás Echeverría"]),
        ("Tomás Echeverría, First Team Manager", ["Tomás Echeverría"]),
    ],
)
def test_a_title_before_a_full_name_makes_it_a_person(text: str, names: list[str]) -> None:
    assert [m.name for m in scan_names(text, 0, len(text))] == names


def test_a_titled_full_name_is_the_surname_said_later() -> None:
    text = (
        "Sen. Rand Paul voted against the bill on Tuesday.\n\n"
        'Paul, R-Ky., said on X that he worked all night to "stop Congress from adding to our debt."'
    )
    quote = extract(text)[0]
    assert quote.speaker is not None and quote.speaker.name == "Rand Paul"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # an office no title list knows, in capitals before the given name, is the role
        (
            "Community Safety MEC Riaan van Rensburg said officers would be deployed around schools.",
            "Riaan van Rensburg",
            "Community Safety MEC",
        ),
        (
            "McCracken County Clerk Dorothy Amankwah-Reese said the count was complete.",
            "Dorothy Amankwah-Reese",
            "McCracken County Clerk",
        ),
        ("Harbour Board Chair Grace Mbeki said the berth would reopen.", "Grace Mbeki", "Harbour Board Chair"),
        # one noun for what a person is, opening the sentence before a given name, is the role
        ("Economist Laila Brenmoor said the estimate was plausible.", "Laila Brenmoor", "Economist"),
        ("Farmer Idris Pentreath said the rain came too late.", "Idris Pentreath", "Farmer"),
        # a name's own first parts stay in it
        ("Mian Ghulam Farid Chaudhry said the board would review the tour.", "Mian Ghulam Farid Chaudhry", None),
        ("Maria Corazon Villanueva said she would file a resolution.", "Maria Corazon Villanueva", None),
    ],
)
def test_an_office_in_capitals_before_the_given_name_is_the_role(sentence: str, name: str, role: str | None) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions
    assert (mentions[0].kind, mentions[0].name, mentions[0].role) == ("name", name, role)


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        # a person of two words "of" a body is the person, whether or not the list knows the given name
        ("Dev Raman of Harwell Securities said the recall could cost $40 million.", "name", "Dev Raman"),
        ("Tunde Bakare of Lagos Capital Partners said the bond would sell.", "name", "Tunde Bakare"),
        # a body named with "of" stays the body
        ("The Royal Bank of Scotland said it would close 40 branches.", "organisation", "Royal Bank of Scotland"),
        ("The Port of Saltvik Authority said 27 vessels were waiting.", "organisation", "Port of Saltvik Authority"),
    ],
)
def test_a_person_of_a_body(sentence: str, kind: str, name: str) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions
    assert (mentions[0].kind, mentions[0].name) == (kind, name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a double-barrelled surname the parser split into several subjects of the verb
        ('"We will not go back," Okafor-Ndlovu said on Monday.', "Okafor-Ndlovu"),
        ('"We will not go back," Santos-Magalona said on Monday.', "Santos-Magalona"),
        ('"We will not go back," Santos-Arroyo said on Monday.', "Santos-Arroyo"),
        # a given name, then a double-barrelled surname, all split into subjects of the verb
        ("Sarah Lim-Okonjo of Harbour Polling told the Post that the vote was close.", "Sarah Lim-Okonjo"),
        ("Sarah Lim-Herrera of Harbour Polling told the Post that the vote was close.", "Sarah Lim-Herrera"),
        # one the parser read whole stays whole
        ('"We will not go back," Brannigan-Holt said on Monday.', "Brannigan-Holt"),
        ('"We will not go back," O\'Driscoll-Amadi said on Monday.', "O'Driscoll-Amadi"),
        # in apposition, with a particle or without, a given name the tagger took for an adjective
        (
            "The Opposition's science spokeswoman, Anneliese du Plessis-Mertz, said the government had questions.",
            "Anneliese du Plessis-Mertz",
        ),
        ("The spokeswoman, Anneliese Plessis-Mertz, said the government had questions.", "Anneliese Plessis-Mertz"),
        # the parser makes the given name the head: the particle and the whole double-barrelled surname follow
        (
            'Rosalind van Dorsten-Kuip, an analyst at Brell Partners, told the Courier the rise was "steep but brief".',
            "Rosalind van Dorsten-Kuip",
        ),
    ],
)
def test_a_hyphenated_surname_is_read_whole(sentence: str, name: str) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert [m.name for m in mentions] == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a month's name opening a double-barrelled given name is part of the name
        ("Professor Jan-Hendrik Visser, the lead author, said the sample was small.", "Jan-Hendrik Visser"),
        ("Dr May-Lis Brekke, who led the trial, said the sample was small.", "May-Lis Brekke"),
        ("Engineer Mar-Lene Osei said the sample was small.", "Mar-Lene Osei"),
        # a month before a name is still no part of it
        ("On Tuesday Hendrik Visser said the sample was small.", "Hendrik Visser"),
    ],
)
def test_a_month_opening_a_hyphenated_given_name_stays_in_it(sentence: str, name: str) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions and mentions[0].name == name


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # a hyphenated office the parser split into three subjects of the cue, a name in commas after it
        (
            "The NFU's vice-president, Marie-Claire Doyle, said the levy would cost every farm dearly.",
            "Marie-Claire Doyle",
            "NFU's vice-president",
        ),
        (
            "The union's vice-president, Tomas Brandl, said the levy would cost every farm dearly.",
            "Tomas Brandl",
            "union's vice-president",
        ),
        ("Tomas Brandl, the union's vice-president, said the levy would cost every farm dearly.", "Tomas Brandl", None),
    ],
)
def test_a_split_hyphenated_office_keeps_the_name_after_it(sentence: str, name: str, role: str | None) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions and mentions[0].name == name
    if role is not None:
        assert mentions[0].role == role


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Economic Secretary to the Treasury said the plan was unfunded.", "role"),  # an office, no name
        ("John Major said the plan was unfunded.", "name"),  # a given name keeps it a name
        ("Shamima Begum said on Friday that she wanted to come home.", "name"),  # an honorific is no office
    ],
)
def test_an_office_without_a_name_is_a_role(sentence: str, kind: str) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions and mentions[0].kind == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The Conservatives said they aim to scrap the tax.", "organisation"),
        ("Republicans said the bill would fail.", "organisation"),
        ("The Greens said the budget failed the climate test.", "organisation"),
        ("Roberts said the bill would fail.", "name"),  # a surname that ends in s
        ("Senator Adams said the bill would fail.", "name"),
        # a body's members by the plural of their party
        ("Senate Republicans say they do not have the votes.", "organisation"),
        ("House Democrats said the bill would fail.", "organisation"),
        ("Jack Roberts said the bill would fail.", "name"),
    ],
)
def test_a_plural_name_is_a_body(sentence: str, kind: str) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions and mentions[0].kind == kind


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Jean-de-Dieu Mukiza said the vote was rigged.", "Jean-de-Dieu Mukiza"),
        ("Pakistan Tehreek-e-Insaf released a statement, saying that the vote was rigged.", "Pakistan Tehreek-e-Insaf"),
        ("Anne-Sophie Keller said the vote was rigged.", "Anne-Sophie Keller"),
    ],
)
def test_a_particle_between_hyphens_stays_in_the_name(sentence: str, name: str) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions and mentions[0].name == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("KTV News said the vote was rigged.", "KTV News"),  # an acronym before a medium's word
        ("US President Joe Biden said the vote was rigged.", "Joe Biden"),  # an acronym before a title
    ],
)
def test_an_acronym_before_a_body_word_is_part_of_the_name(sentence: str, name: str) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions and mentions[0].name == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the speaker as the object of a relay, the relay's outlet no speaker
        (
            "Union leader Mara Lindqvist spoke to farmers on Tuesday. The broadcaster NRK-2 quoted her as saying: "
            '"The gates stay shut until the minister comes."',
            "Mara Lindqvist",
        ),
        (
            "Union leader Tomas Brandt spoke to farmers on Tuesday. The broadcaster NRK-2 quoted him as saying: "
            '"The gates stay shut until the minister comes."',
            "Tomas Brandt",
        ),
    ],
)
def test_a_pronoun_object_of_a_relay_is_the_speaker(text: str, speaker: str) -> None:
    quotes = extract(text)
    assert quotes and quotes[-1].speaker is not None and quotes[-1].speaker.name == speaker


def test_a_release_wire_in_the_dateline_is_no_speaker() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\n\nOAKMERE, Ore., June 3, 2027 /Pacific Release Wire/ -- Tessel Labs Inc. today "
        "announced that it would recall 40,000 kettles."
    )
    quotes = extract(text)
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.name == "Tessel Labs Inc."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("PREMIER ROSALIND Whitby said the budget would balance.", "Rosalind Whitby"),  # the lede's capitals
        ("NASA Goddard said the probe was healthy.", "NASA Goddard"),  # an acronym stays
    ],
)
def test_a_shouted_given_name_is_written_as_names_are(text: str, name: str) -> None:
    quotes = extract(text)
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.name == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a first name the list does not know, before a surname the article gives an honorific
        ("Declan Farrelly chairs the council. Mr Farrelly said no.", ["Declan Farrelly"]),
        ("Neasa Quilty chairs the board. Ms Quilty said no.", ["Neasa Quilty"]),
        # without the honorific elsewhere, two capitalised words are no one's name
        ("Declan Farrelly chairs the council. Farrelly said no.", []),
    ],
)
def test_a_surname_with_an_honorific_makes_a_full_name(text: str, names: list[str]) -> None:
    mentions = scan_names(text, 0, text.index("."))
    assert [m.name for m in mentions] == names


@pytest.mark.parametrize(
    "text",
    [
        'A top Senate Republican says the idea is "not a realistic suggestion" because the votes are not there.',
        "The No. 2 Senate Democrat said the bill would fail.",
    ],
)
def test_a_described_member_of_a_body_is_no_name(text: str) -> None:
    quotes = extract(text)
    assert quotes
    assert quotes[0].speaker is None or quotes[0].speaker.kind != "person"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Sen. Carla Brandt expects her bill to pass. The Ohio Republican said growers would be paid "within '
            'sixty days of the signature."',
            "Carla Brandt",
        ),
        (
            'Coach Pieter de Wolf arrived on Monday. The Dutchman said his players were "ready for anything."',
            "Pieter de Wolf",
        ),
        (
            'Senator Mark Ellison spoke on Monday. The Texas Democrat said the bill was "dead on arrival."',
            "Mark Ellison",
        ),
        # beside the name, with a clause of its own
        (
            'The "Carl" was Sen. Carl Brandt, the Ohio Republican who told reporters on Monday that he was out.',
            "Carl Brandt",
        ),
        # a party's member with a given name is a name
        ('Democrat Mark Ellison said the bill was "dead on arrival."', "Mark Ellison"),
    ],
)
def test_a_party_member_or_a_people_after_the_is_the_person_named_before(text: str, speaker: str) -> None:
    quotes = extract(text)
    assert quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == speaker


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the state or town a person is "of" is no part of the name, with an apposition or without
        (
            "Sen. Margaret Ellison of Vermont, the panel's ranking member, said the bill ignored ranchers.",
            "Margaret Ellison",
        ),
        ("Her Republican colleague, Sen. Thomas Brandell of Ohio, says the cap proves his point.", "Thomas Brandell"),
        # an office's holder set off after the office and its portfolio
        ("The Governor of Tallis Province, Greg Amundsen, said the roads would reopen.", "Greg Amundsen"),
        (
            "The Minister of Fisheries and Ocean Security, Dr. Helena Margolis, on Monday said the quota was fair.",
            "Helena Margolis",
        ),
        ("The Minister for Culture, Ramesh Kulkarni, said the museum would stay open.", "Ramesh Kulkarni"),
        # an indefinite role set off by a comma before the name: the name is no description
        ("An attorney for the dancers, Neama Rahmani, said the filing was boilerplate.", "Neama Rahmani"),
        (
            "The Harbour Commissioner for Berths, Pilotage and Moorings, Mrs. Grace Albright, stated at a briefing "
            "that the board had asked for a copy.",
            "Grace Albright",
        ),
        # the holder the parser hangs on the body the office belongs to
        (
            "The chairman of the Coastal Ferry Operators Association, Alhaji Ibrahim Sule, said fares would rise.",
            "Ibrahim Sule",
        ),
        # an office before the name set off after it
        (
            "The union's General Secretary, Chief Daniel Okafor, told reporters that the levy would fail.",
            "Daniel Okafor",
        ),
        # a body with its acronym, its office, and who holds it
        (
            "At Darvel on Monday, Rural Growers Sangh (RGS) president Sardar Balwant Singh Sekhon, addressing the "
            "crowd from a tractor, said the mills would close.",
            "Balwant Singh Sekhon",
        ),
        (
            "Garlic Exporters' Association of Varania (GEAV) president Shri Mohan Kelkar informed that around 1,800 "
            "containers were stuck at Tessby port.",
            "Mohan Kelkar",
        ),
        # a role's place phrase between the role and the name set off after it
        (
            "Velmar Markets' duty manager on Quay Road, Agata Pellow, said the tins were pulled from sale by noon.",
            "Agata Pellow",
        ),
        (
            "The branch manager in Dunholm, Agata Pellow, said the tins were pulled from sale by noon.",
            "Agata Pellow",
        ),
        ("A used-car dealer in Ghent, Luc Brouwer, said prices had doubled.", "Luc Brouwer"),
        # a relative or participle clause between the role and the name set off after it
        (
            "The inspector who signed off the last audit of the tank farm in March, and who has since left the "
            "company, Anna Lindgren, said the shutdown had been overdue for years.",
            "Anna Lindgren",
        ),
        (
            "A doctor treating patients in a crowded field hospital, Tomas Eriksen, said Tuesday that supplies were "
            "short.",
            "Tomas Eriksen",
        ),
        # ... the name hung on the clause's last noun, or the second clause joined to the role
        (
            "A solicitor representing tenants in a proposed group claim, Ravi Mehta-Lund, said Tuesday that more "
            "than 40 tenants had contacted his office.",
            "Ravi Mehta-Lund",
        ),
        (
            "The keeper who raised the alarm when the lamp failed in the great storm two winters ago, and who has "
            "since opened a small museum, Karin Oddsen, said the tower needed a new lens.",
            "Karin Oddsen",
        ),
        # a person with no role before the clause, and a title in the name set off
        (
            "The woman who has chaired every harbour inquiry since 2011 and likes to say so, Harbour Commissioner "
            "Ilse Varga, told reporters the review would take a year.",
            "Ilse Varga",
        ),
    ],
)
def test_the_person_named_beside_a_place_an_office_or_a_body_speaks(sentence: str, name: str) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions
    assert (mentions[0].kind, mentions[0].name) == ("name", name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Acting President Director of PLN Sripeni Inten Cahyani said the supply would recover.",
            "Sripeni Inten Cahyani",
        ),
        ("Director of KTB Awang Selamat said the port would reopen.", "Awang Selamat"),
    ],
)
def test_an_office_of_a_body_by_its_acronym_then_the_holders_name(text: str, name: str) -> None:
    from onrecord.extract.candidates import find_candidates

    mention = find_candidates(text).candidates[0].mention
    assert mention is not None and mention.kind == "name" and mention.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Foreign Minister Lin Hao Friday held talks with his Korean counterpart.", "Lin Hao"),
        ("Senator Ann Kowalczyk Tuesday blocked the bill in committee.", "Ann Kowalczyk"),
        ("Prime Minister Theresa May visited the plant.", "Theresa May"),
    ],
)
def test_a_day_after_a_name_is_no_part_of_it(text: str, name: str) -> None:
    assert [m.name for m in scan_names(text, 0, len(text))] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("D-Nev.", True), ("R-Ky.", True), ("Ind-Vt.", True), ("Kearney-Doyle", False), ("Dr.", False)],
)
def test_a_party_and_state_after_a_legislators_name(text: str, expected: bool) -> None:
    from onrecord.extract.mentions import is_party_state

    assert is_party_state(text) is expected


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "gender", "number"),
    [
        ("Critics mocked his claim that the bridge would open by May.", "his", "pronoun", "m", "sg"),
        ("Critics mocked her claim that the bridge would open by May.", "her", "pronoun", "f", "sg"),
        ("Critics mocked their claim that the bridge would open by May.", "their", "pronoun", None, "pl"),
        # a possessor's ending is no part of its phrase
        ("Critics mocked the union's claim that the bridge would open.", "the union", "organisation", None, "sg"),
    ],
)
def test_the_holder_of_a_statement_a_noun_names(
    sentence: str, text: str, kind: str, gender: str | None, number: str
) -> None:
    doc = parse([sentence])[0]
    holder = next(t for t in doc if t.dep_ == "poss")
    mention = analyse_mention(holder, 0)
    assert (mention.text, mention.kind, mention.gender, mention.number) == (text, kind, gender, number)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        # what the person was doing is no role of theirs
        ("Lord Fennimore, sentencing at the Crown Court in Dorridge, said the fraud was deliberate.", "Lord"),
        ("Mara Quell, speaking at the harbour on Friday, said the ferry would run.", None),
        # an office after the name is
        ("Mara Quell, the harbour master, said the ferry would run.", "harbour master"),
    ],
)
def test_a_participle_after_a_name_is_no_role(sentence: str, role: str | None) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions
    assert mentions[0].role == role


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Halvrum himself said on Tuesday that the government would not intervene.", "Halvrum"),
        ("The minister herself told reporters that the plan was dead.", "The minister"),
        ("Tove Lindqvist herself said the plan was dead.", "Tove Lindqvist"),
    ],
)
def test_an_emphatic_pronoun_after_the_subject_is_no_part_of_its_mention(sentence: str, mention: str) -> None:
    [candidate] = find_candidates(sentence).candidates
    assert candidate.mention is not None and candidate.mention.text == mention


@pytest.mark.parametrize(
    ("sentence", "kind", "mention"),
    [
        ("HE the Minister, speaking at the port on Sunday, said that the quay would reopen.", "role", "the Minister"),
        ("He said that the quay would reopen on Tuesday.", "pronoun", "He"),
    ],
)
def test_his_or_her_excellency_is_no_pronoun(sentence: str, kind: str, mention: str) -> None:
    [candidate] = find_candidates(sentence).candidates
    assert candidate.mention is not None
    assert (candidate.mention.kind, candidate.mention.text) == (kind, mention)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a surname the tagger took for a noun, set off by an appositive that only describes him
        (
            "Harwick Foods chief executive Colm Chambers apologised on Thursday.\n\n"
            "Chambers, one of the valley's longest-serving chief executives, said the company was caught off guard.",
            "Colm Chambers",
        ),
        (
            "Harwick Foods chief executive Colm Chambers apologised on Thursday.\n\n"
            "Chambers, one of Silicon Valley's longest-serving chief executives, said the company was caught "
            "off guard.",
            "Colm Chambers",
        ),
    ],
)
def test_a_described_surname_is_the_person_named_before(text: str, speaker: str) -> None:
    [quote] = [q for q in extract(text, published="2027-03-01") if "caught off guard" in q.text]
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        # a firm's unnamed analysts, economists or strategists speak in its name
        (
            "Analysts at Harwell Securities said in a note that the cut came early.",
            "organisation",
            "Harwell Securities",
        ),
        ("Economists at Brackenfield Bank wrote that inflation would ease.", "organisation", "Brackenfield Bank"),
        ('"The margins look thin," the Orrin Capital strategists wrote.', "organisation", "Orrin Capital"),
        # no firm named: the analysts stay anonymous
        ("Analysts said the cut came early.", "anonymous", None),
        # one analyst named: the person speaks
        ("Mira Tollan, an analyst at Harwell Securities, said the cut came early.", "name", "Mira Tollan"),
    ],
)
def test_a_firms_unnamed_analysts_speak_for_the_firm(sentence: str, kind: str, name: str | None) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions
    assert (mentions[0].kind, mentions[0].name) == (kind, name)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser hangs the name on the party and state, and reads them as the subject
        ('"The board knew. Its own email says so," Calloway, R-Ore., told reporters on Monday.', "Calloway"),
        ('"We will subpoena the files," Marrow, D-Vt., said after the vote.', "Marrow"),
        ('"Nobody read the report," Ashdown, R-Kan., said on Thursday.', "Ashdown"),
    ],
)
def test_a_surname_before_a_party_and_state_speaks(text: str, speaker: str) -> None:
    quotes = extract(text)
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body that a relative "whose" ties to the name before it speaks as that name's body
        (
            'The levy has angered Varnessa, the Pacific tuna exporter, whose foreign ministry said it would "weigh '
            'every option."',
            "Varnessa's foreign ministry",
        ),
        ("The fee angered Halvania, whose trade ministry said it would retaliate.", "Halvania's trade ministry"),
        # a person a relative "whose" ties to the name is no body
        ("The mayor met Ines Halvorsen, whose husband said she would run.", None),
    ],
)
def test_whose_body_speaks_as_the_body_of_the_name_before(text: str, speaker: str | None) -> None:
    quotes = extract(text)
    assert quotes
    assert (quotes[0].speaker.name if quotes[0].speaker else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a word of some office's phrase ("Home Secretary", "National Security Adviser") inside a
        # company's name is no title that ends a role
        ("Marbury Home Appliances said every customer would get a refund.", "Marbury Home Appliances"),
        ("Tolland Security Systems said the alarms had been replaced.", "Tolland Security Systems"),
        # before a given name, or after a title, it still ends the role
        ("Home Secretary Jane Brook said the law would change.", "Jane Brook"),
        ("The National Security Adviser Mark Tull said talks would go on.", "Mark Tull"),
        ("Chief of Staff Maria Ostby said the plan was ready.", "Maria Ostby"),
    ],
)
def test_an_office_word_inside_a_body_name_keeps_the_name_whole(text: str, speaker: str) -> None:
    quotes = extract(text, published="2027-03-02")
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.name == speaker


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        # a body's name goes on with "for" and capitalised words
        (
            "The International Association for Tidal Research (IATR) said the marsh was shrinking.",
            "organisation",
            "International Association for Tidal Research",
        ),
        (
            "The Office for Harbour Coordination said 40 ships were waiting.",
            "organisation",
            "Office for Harbour Coordination",
        ),
        (
            "The Federal Agency for the Environment said the permit stands.",
            "organisation",
            "Federal Agency for the Environment",
        ),
        # with an apposition after it
        (
            "The Institute for Coastal Studies, a charity based in Wrenport, said the dunes were moving.",
            "organisation",
            "Institute for Coastal Studies",
        ),
        # ... or "for a", or "on" and capitalised words
        (
            "The Committee for a Balanced City Budget reported that the plan would cost more.",
            "organisation",
            "Committee for a Balanced City Budget",
        ),
        ("The Commission on Civic Forums said there was a fault.", "organisation", "Commission on Civic Forums"),
        ("The Council on Harbour Trade said it would appeal.", "organisation", "Council on Harbour Trade"),
        # a body's word in lower case, after a country in the possessive
        ("Chile's foreign ministry said the talks would go on.", "organisation", "Chile's foreign ministry"),
        # a day after "on" is no part of the name
        ("The Commission on Monday said the hall was safe.", "organisation", "Commission"),
        ("The Council on Friday said it would appeal.", "organisation", "Council"),
        # not a lowercase "for"; "and" joins no body to a person
        ("The ministry for its part said the permit stands.", "organisation", "Ministry"),
        ("Dev Raman and Harwell Council said the deal was done.", "name", "Dev Raman"),
    ],
)
def test_a_body_named_with_for_on_or_and_is_read_whole(sentence: str, kind: str, name: str) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions
    assert (mentions[0].kind, mentions[0].name) == (kind, name)


@pytest.mark.parametrize(
    "sentence",
    [
        "At the hearing, speaker after speaker argued that the levy was unfair.",
        "At the inquiry, official after official told the panel that the gate had been open.",
    ],
)
def test_one_after_another_is_many_unnamed(sentence: str) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions
    assert (mentions[0].kind, mentions[0].name, mentions[0].number) == ("anonymous", None, "pl")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Dr Kofi Mensah, former head of the Coastal Water Board (CWB), said the pipes must be replaced.",
            "Dr Kofi Mensah, former head of the Coastal Water Board (CWB)",
        ),
        ("The opposition Freedom Alliance (FA) said the cuts were inadequate.", "The opposition Freedom Alliance (FA)"),
        # no bracket: nothing added
        ("The opposition Freedom Alliance said the cuts were inadequate.", "The opposition Freedom Alliance"),
    ],
)
def test_a_mention_keeps_the_bracket_it_opened(text: str, mention: str) -> None:
    quotes = extract(text, published="2027-03-01")
    assert [q.speaker.mention.text for q in quotes if q.speaker and q.speaker.mention] == [mention]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # the office before a name set off by commas, though no list knows the given name
        (
            "The head of the Electoral Board, Ilvana Dorescu, told reporters the count was fair.",
            "Ilvana Dorescu",
            "head of the Electoral Board",
        ),
        # a noun no list knows as an office, its "of" phrase, then a name a given name opens
        (
            "The principal of Hillcrest Primary, Grace Mbeki, said the school would reopen on Monday.",
            "Grace Mbeki",
            None,
        ),
        (
            "The master of the Sea Lark, Capt Rory Hale, told reporters the ship had been overloaded.",
            "Rory Hale",
            None,
        ),
    ],
)
def test_the_name_after_an_office(sentence: str, name: str, role: str | None) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions and mentions[0].kind == "name"
    assert mentions[0].name == name
    if role is not None:
        assert mentions[0].role == role


def test_an_office_between_an_acronym_and_the_name_is_no_part_of_it() -> None:
    text = '"The probe is the most ambitious mission this agency has ever flown," said OSA Administrator Joel Vantrey.'
    speakers = [q.speaker.name for q in extract(text) if q.speaker is not None]
    assert speakers == ["Joel Vantrey"]


def test_an_honorific_of_a_possessor_gives_no_gender() -> None:
    # "Mr" is the husband's: his widow is no man
    doc = parse(["Mr Ozrin's widow, Ilga Ozrina, said she had not been told."])[0]
    head = next(t for t in doc if t.dep_ == "nsubj" and t.head.text == "said")
    mention = analyse_mention(head, 0)
    assert mention.name == "Ilga Ozrina"
    assert mention.gender != "m"


def test_a_short_title_before_a_name_leaves_the_name_in_the_sentence() -> None:
    # "Engr." as one token, as "Dr." is: the parser does not end the sentence there
    quotes = extract("“The embankment is stable,” said Engr. Lito de la Basco, chief engineer of the company.")
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.name == "Lito de la Basco"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a short military or council title and its full stop stay one token before the name
        ('Its chairman, Capt. Orrin Tabbet, said in a video that the guild would "fight this ruling".', "Orrin Tabbet"),
        ('"This is a pause, not a retreat," said Coun. Wilma Brenning, who moved the motion.', "Wilma Brenning"),
        ('"The hull held," Lt. Col. Brenn Aldous told reporters on the quay.', "Brenn Aldous"),
    ],
)
def test_short_titles_with_a_full_stop_keep_the_name_after_them(text: str, speaker: str) -> None:
    speakers = [q.speaker.name for q in extract(text) if q.speaker is not None]
    assert speakers == [speaker]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # the name set off after a description the parse did not hang it on
        (
            "The Board's Chief Nurse, Ilse Varnholt, said the wards would be restaffed.",
            "Ilse Varnholt",
            "Board's Chief Nurse",
        ),
        ("The headmaster of Larchfield Academy, Tobias Renning, said the roof had leaked.", "Tobias Renning", None),
        # a name no list knows, before the description set off after it
        ("Park Ji-hoon, the Ostrian trade minister, said the talks would resume.", "Park Ji-hoon", None),
    ],
)
def test_a_name_set_off_by_commas_names_the_speaker(sentence: str, name: str, role: str | None) -> None:
    doc = parse([sentence])[0]
    head = next(t for t in doc if t.dep_ == "nsubj" and t.head.text == "said")
    mention = analyse_mention(head, 0)
    assert (mention.kind, mention.name) == ("name", name)
    if role is not None:
        assert mention.role == role


@pytest.mark.parametrize(
    "sentence",
    [
        # a description with no name set off in it stays a description
        "The head of the regional office, a veteran of two floods, said the dykes would hold.",
        # an outlet set off first is no person
        "The Harbour Gazette, the town's oldest paper, said the mayor would resign.",
    ],
)
def test_no_name_is_read_from_a_description_without_one(sentence: str) -> None:
    doc = parse([sentence])[0]
    head = next(t for t in doc if t.dep_ == "nsubj" and t.head.text == "said")
    assert analyse_mention(head, 0).kind != "name"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person's name, or an office before it, makes a name set off by commas a person's
        ("The Board's Chief Nurse, Ilse Varnholt", "Ilse Varnholt"),
        ("its president, Capt. Aldo Grevin", "Aldo Grevin"),
        ("The Board's Chief Pharmacist, Obiageli Nwankwo-Lee", "Obiageli Nwankwo-Lee"),
        # a place, a firm, a ship set off after the noun that describes it are no one
        ("the city, San Francisco", None),
        ("the firm, Baker McKenzie", None),
        ("the ship, Sea Lark", None),
    ],
)
def test_only_a_person_s_name_or_office_sets_off_a_speaker(text: str, name: str | None) -> None:
    found = _name_set_off(Mention(0, len(text), text, "other"))
    assert (found.name if found is not None else None) == name


@pytest.mark.parametrize(
    "sentence",
    [
        "The ranger who found the nest on the cliff, and who has guarded it since, told the Herald the eggs "
        "had hatched.",
        "A surveyor working for the harbour trust on the north pier said the wall would hold.",
        # the name set off inside the clause, words of it after: the one the clause is about
        "The inspector who questioned the manager, Karin Oddsen, last week told the Gazette the site was safe.",
        # a body's clause and the name of what it owns: no person
        "The company that owns the marina, Harbour Point, said the sale would close in May.",
    ],
)
def test_a_role_with_its_clause_and_no_name_set_off_names_nobody(sentence: str) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions and mentions[0].kind != "name"


@pytest.mark.parametrize(
    "text",
    [
        # "the" before a capitalised office ending in a title word: the office, whose holder was named
        (
            '"Tests confirmed the blight near Vellmark," said the Ministry\'s Chief Plant Health Officer, '
            'Dr Ingrid Halloran.\n\n"Around 4,000 trees will be felled," the Chief Plant Health Officer said.'
        ),
        (
            "The Chief Soil Quality Officer, Dr Ingrid Halloran, opened the inquiry.\n\n"
            '"No field will be sown this year," the Chief Soil Quality Officer said.'
        ),
    ],
)
def test_a_capitalised_office_after_the_is_no_name(text: str) -> None:
    quotes = extract(text, published="2027-03-02")
    assert quotes and quotes[-1].speaker is not None and quotes[-1].speaker.name == "Ingrid Halloran"


def _parsed_as(rows: list[tuple[str, str, str, int, bool]]) -> Any:
    """A sentence parsed as given: (word, part of speech, relation, head, space after) a row."""
    import spacy
    from spacy.tokens import Doc

    return Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        spaces=[r[4] for r in rows],
        pos=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
    )


def test_a_name_hung_on_the_party_and_state_after_it_is_the_speaker() -> None:
    # "Rep. Lucia Moreno-Tate, R-Fallon, the panel's vice chair, grilled the agency.", parsed with the
    # name's last word a modifier of the state's, which heads the subject
    doc = _parsed_as(
        [
            ("Rep.", "PROPN", "compound", 4, True),
            ("Lucia", "PROPN", "compound", 4, True),
            ("Moreno", "PROPN", "compound", 4, False),
            ("-", "PUNCT", "punct", 4, False),
            ("Tate", "PROPN", "nmod", 8, False),
            (",", "PUNCT", "punct", 8, True),
            ("R", "PROPN", "compound", 8, False),
            ("-", "PUNCT", "punct", 8, False),
            ("Fallon", "PROPN", "nsubj", 14, False),
            (",", "PUNCT", "punct", 8, True),
            ("the", "DET", "det", 12, True),
            ("vice", "NOUN", "compound", 12, True),
            ("chair", "NOUN", "appos", 8, False),
            (",", "PUNCT", "punct", 8, True),
            ("grilled", "VERB", "ROOT", 14, True),
            ("the", "DET", "det", 16, True),
            ("agency", "NOUN", "dobj", 14, False),
            (".", "PUNCT", "punct", 14, False),
        ]
    )
    mention = analyse_mention(doc[8], 0)
    assert mention.kind == "name" and mention.name == "Lucia Moreno-Tate"


def test_a_title_a_name_and_of_a_body_read_as_one_body_is_the_person() -> None:
    # "Botanist Dr R. T. van der Brakel of Ashcombe University says so.", parsed as one body's name
    doc = _parsed_as(
        [
            ("Botanist", "NOUN", "compound", 4, True),
            ("Dr", "PROPN", "compound", 4, True),
            ("R.", "PROPN", "compound", 4, True),
            ("T.", "PROPN", "compound", 4, True),
            ("van", "PROPN", "compound", 5, True),
            ("der", "PROPN", "compound", 9, True),
            ("Brakel", "PROPN", "nmod", 9, True),
            ("of", "ADP", "prep", 6, True),
            ("Ashcombe", "PROPN", "pobj", 7, True),
            ("University", "PROPN", "nsubj", 10, True),
            ("says", "VERB", "ROOT", 10, True),
            ("so", "ADV", "advmod", 10, False),
            (".", "PUNCT", "punct", 10, False),
        ]
    )
    mention = analyse_mention(doc[9], 0)
    assert mention.kind == "name" and mention.name == "R. T. van der Brakel"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the second half of a double-barrelled surname the parser set beside the first
        (
            "Sen. Pablo Ortiz-Verde, D-Canby, the panel chairman, asked the regulator why bills had gone up.",
            "Pablo Ortiz-Verde",
        ),
        # a body's name with "of" after no title stays the body's
        ("The Port of Dranmere Authority said 14 barges were queuing.", "Port of Dranmere Authority"),
    ],
)
def test_names_read_whole(sentence: str, name: str) -> None:
    assert name in [m.name for m in find_candidates(sentence).names]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a weekday of another language after a full name is no part of it
        ("The street will stay shut, said Ada Brill Diciadain.", "Ada Brill"),
        # a surname that is a weekday's word stays, after a given name alone
        ("Ada Freitag spoke to the council.", "Ada Freitag"),
    ],
)
def test_scanned_names_lose_a_weekday_after_them(text: str, name: str) -> None:
    assert [m.name for m in scan_names(text, 0, len(text))][:1] == [name]
