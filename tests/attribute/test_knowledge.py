"""The attribution lists: names, roles and outlets answer the questions attribution asks."""

from __future__ import annotations

import pytest

from onrecord.attribute.knowledge import knowledge


@pytest.mark.parametrize(
    ("phrase", "outlet", "surface"),
    [
        ("told the newspaper Izvestia", "Izvestia", "Izvestia"),
        ("Tass", "TASS", "Tass"),
        ("the Guardian", "The Guardian", "Guardian"),
        ("told the BBC", "BBC", "BBC"),
        ("the Hill", "The Hill", "Hill"),
        ("New York Times", "The New York Times", "New York Times"),
    ],
)
def test_outlets_are_found_with_their_surface(phrase: str, outlet: str, surface: str) -> None:
    found = knowledge().find_outlet(phrase)
    assert found is not None
    assert (found[0].name, found[1]) == (outlet, surface)


@pytest.mark.parametrize("phrase", ["Capitol Hill", "Guardian Council", "the independent candidate", "in time"])
def test_words_that_only_look_like_outlets_are_not(phrase: str) -> None:
    assert knowledge().find_outlet(phrase) is None


@pytest.mark.parametrize(
    ("word", "gender"),
    [
        ("Dmitry", "m"),
        ("Dmitri", "m"),
        ("Дмитрий", "m"),
        ("Annalena", "f"),
        ("Andrea", None),
        # Irish, with and without the accent (the transliteration key folds it)
        ("Siobhán", "f"),
        ("Siobhan", "f"),
        ("Pádraig", "m"),
        ("Padraig", "m"),
        ("Seán", "m"),
        ("Niamh", "f"),
        ("Aoife", "f"),
        ("Gráinne", "f"),
        # African
        ("Chukwuemeka", "m"),
        ("Oluwaseun", None),
        ("Thandiwe", "f"),
        ("Wanjiku", "f"),
        ("Kwabena", "m"),
        ("Tigist", "f"),
        # South Asian
        ("Priyanka", "f"),
        ("Aditya", "m"),
        ("Kiran", None),
        # Arabic, Turkish, Persian: letters the key drops are listed in their own spelling too
        ("Hanan", "f"),
        ("Marwan", "m"),
        ("Aydın", "m"),
        ("Aydin", "m"),
        ("Ayşe", "f"),
        ("Mojtaba", "m"),
        ("Fatemeh", "f"),
        # Slavic, Nordic, Baltic, Hungarian
        ("Łukasz", "m"),
        ("Lukasz", "m"),
        ("Jiří", "m"),
        ("Oleksii", "m"),
        ("Søren", "m"),
        ("Øystein", "m"),
        ("Guðrún", "f"),
        ("Mindaugas", "m"),
        ("Zsófia", "f"),
        # Dutch, Iberian, Latin American
        ("Sjoerd", "m"),
        ("Iñaki", "m"),
        ("Joaquín", "m"),
        ("Ximena", "f"),
        ("Gonçalo", "m"),
        # East Asian and Pacific; family names that open a name written family name first
        ("Akihiro", "m"),
        ("Yuki", None),
        ("Wang", None),
        ("Nguyen", None),
        ("Aroha", "f"),
        ("Tevita", "m"),
    ],
)
def test_given_names_in_any_spelling(word: str, gender: str | None) -> None:
    kb = knowledge()
    assert kb.is_given_name(word)
    assert kb.gender_of_given(word) == gender


@pytest.mark.parametrize(
    "word",
    [
        "May",
        "Will",
        "Hope",
        # names that are also common words, places or titles are left out on purpose
        "Summer",
        "Page",
        "Rich",
        "Art",
        "Paris",
        "Georgia",
        "Israel",
        "Chad",
        "Dean",
        "Earl",
        "Sultan",
        "Can",
        "Sun",
        "Long",
        "Van",
        "Per",
        "Luz",
        "Paz",
        "Cruz",
        "Mercedes",
        "Domingo",
        "Said",
        "Noël",
        "Lourdes",
        "Finn",
        "Wagner",
        "Nato",
        # words whose transliteration key would otherwise meet a listed name's
        "The",
        "She",
        "You",
        "With",
        "Any",
        "Many",
        "Young",
        "Well",
        "City",
        "German",
        "Naval",
        "Summit",
        "Red",
        "Rio",
        "CEO",
        "Según",
        "Mit",
        "Wenn",
        "Она",
        "Saint-Rémy",
    ],
)
def test_common_words_are_not_given_names(word: str) -> None:
    assert not knowledge().is_given_name(word)


@pytest.mark.parametrize(
    ("phrase", "role_class"),
    [
        ("the Kremlin spokesman", "spokesperson"),
        ("Putin's press secretary", "spokesperson"),
        ("Transport Minister", "minister"),
        ("the central bank governor", "central-bank-governor"),
        ("secretary of state", "foreign-minister"),
        ("the press secretary of the Russian president", "spokesperson"),
        # an office not yet taken up
        ("the chief minister-elect", "minister"),
        ("Governor-designate", "governor"),
        # a county's or a town's officers
        ("the Brenton County Registrar of Voters", "registrar"),
        ("the town clerk", "clerk"),
        ("the school superintendent", "superintendent"),
    ],
)
def test_roles_have_classes(phrase: str, role_class: str) -> None:
    info = knowledge().role(phrase)
    assert info is not None and info[0] == role_class


@pytest.mark.parametrize(
    ("word", "given", "gender"),
    [
        ("Karl-Johan", True, "m"),
        ("Marie-Hélène", True, "f"),
        ("Per-Erik", True, "m"),  # the second name is the one on the list
        ("Saint-Rémy", False, None),
        ("Ortega-Brandt", False, None),
    ],
)
def test_hyphenated_given_names(word: str, given: bool, gender: str | None) -> None:
    from onrecord.attribute.knowledge import knowledge

    assert (knowledge().is_given_name(word), knowledge().gender_of_given(word)) == (given, gender)


@pytest.mark.parametrize(
    ("phrase", "outlet"),
    [
        ("told USA TODAY's weekly video series", "USA Today"),
        ("according to Politifact", "PolitiFact"),
        ("the Boston Globe reported", "The Boston Globe"),
        ("in an interview with Folha", "Folha de S.Paulo"),
        ("Capitol Hill", None),  # "The Hill" only with its article
        ("Dan Rather", None),
    ],
)
def test_outlets_of_many_countries_are_known(phrase: str, outlet: str | None) -> None:
    found = knowledge().outlet(phrase)
    assert (found.name if found else None) == outlet


@pytest.mark.parametrize("name", ["North Korea", "U.S.", "United Arab Emirates", "Britain"])
def test_countries_are_known(name: str) -> None:
    assert knowledge().is_country(name)


@pytest.mark.parametrize(
    ("words", "title"),
    [
        (["Sen."], True),
        (["Barrister"], True),
        (["Malam"], True),
        (["Engr."], True),
        (["Dato'"], True),
        (["Magistrate"], True),
        (["MEC"], True),
        (["Coun."], True),
        (["Tan", "Sri"], True),
        (["Toh", "Puan"], True),
        (["Tan"], False),  # a family name ("Tan Wei Ming"), a title only with "Sri"
        (["Folasade"], False),
        (["Tan", "Wei"], False),
    ],
)
def test_one_title_list_serves_extraction_and_resolution(words: list[str], title: bool) -> None:
    assert knowledge().is_title_phrase(words) is title


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Barrister Folasade Adeyemi-Cole said on Monday that the tribunal had erred.", "Folasade Adeyemi-Cole"),
        ("Malam Idris Kangiwa said the count would resume on Tuesday.", "Idris Kangiwa"),
        ("Magistrate Nomvula Khumalo-Pieterse said the case would be heard in March.", "Nomvula Khumalo-Pieterse"),
        ("Provincial Community Safety MEC Riaan van Rensburg said patrols would double.", "Riaan van Rensburg"),
        ("Tan Sri Muhyiddin Yassin said the coalition would hold.", "Muhyiddin Yassin"),
        ("Shamima Begum said on Friday that she wanted to come home.", "Shamima Begum"),  # a surname, not a title
        # offices of churches, colleges and the services
        ("Primate Elias Moura said the port should open its doors.", "Elias Moura"),
        ("Provost Helen Marwick said the review would cover all 23 papers.", "Helen Marwick"),
        ("Commodore Ines Falk said the ships would sail on Friday.", "Ines Falk"),
        ("Abbess Maria Lindqvist said the abbey would house the families.", "Maria Lindqvist"),
        # a school district's or a police force's head
        ("Superintendent Carla Westerberg said two schools would merge.", "Carla Westerberg"),
        # heads of agencies and offices of account
        ("Administrator Tobias Wrenfield said the probe would fly in May.", "Tobias Wrenfield"),
        ("Comptroller Nadia Ferrow said the audit found no loss.", "Nadia Ferrow"),
        ("Ombudsman Priit Kallasmaa said the complaint was upheld.", "Priit Kallasmaa"),
    ],
)
def test_a_titled_name_is_stripped_at_extraction(text: str, speaker: str) -> None:
    from onrecord import extract

    quotes = extract(text, published="2027-03-10")
    assert [q.speaker.name for q in quotes if q.speaker] == [speaker]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Kanto News Service", "wire"),
        ("Northland Broadcasting Service", "outlet"),
        ("Harbour Press Agency", "wire"),
        ("Radio Lorn", "outlet"),
        ("Dana Pell", "person"),
        ("HarbourTalk Forums", "platform"),
        ("Kestria Message Board", "platform"),
    ],
)
def test_the_kind_of_a_channel_by_its_name(name: str, kind: str) -> None:
    assert knowledge().channel_kind(name) == kind


@pytest.mark.parametrize(
    ("name", "wire"),
    [
        # an agency's word closing one compound word, as "Press" standing alone
        ("Sudpress", True),
        ("TavraPress", True),
        # not an English word it closes, a paper's "Express", nor a name of several words
        ("Impress", False),
        ("Express", False),
        ("Tavra Sudpress", False),
        ("sudpress", False),
    ],
)
def test_an_agency_named_as_one_compound_word(name: str, wire: bool) -> None:
    assert knowledge().is_compound_wire(name) is wire


@pytest.mark.parametrize(
    ("name", "masthead"),
    [
        # one compound word closed by a masthead word is a paper's name
        ("Fjordposten", True),
        ("Morgenbladet", True),
        ("Hafenstadtzeitung", True),
        ("Iltalehti", True),
        # a masthead word alone is no compound; nor is an ordinary word
        ("Blatt", False),
        ("Signpost", False),
        ("Lindqvist", False),
        # nor a surname closed by a masthead word's stem
        ("Lindblad", False),
        ("Rosenblatt", False),
    ],
)
def test_a_compound_closed_by_a_masthead_word_is_an_outlet(name: str, masthead: bool) -> None:
    assert knowledge().is_masthead(name) is masthead


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Mr.", True),
        ("Lord", True),
        ("Mrs", True),
        ("", False),
        ("Minister", False),
        ("Mr. Minister", False),
    ],
)
def test_a_courtesy_title_is_only_honorifics(phrase: str, expected: bool) -> None:
    assert knowledge().is_courtesy(phrase) is expected


@pytest.mark.parametrize(
    ("word", "org"),
    [
        ("ministry", True),
        # the words a sports club's name ends with: a club speaks as a body
        ("Rovers", True),
        ("Wanderers", True),
        ("Athletic", True),
        ("United", True),
        # "the city insists": a common noun in lower case as often as a club's word
        ("City", False),
        ("Rosalind", False),
        ("Whitcombe", False),
    ],
)
def test_words_that_end_an_organisations_name(word: str, org: bool) -> None:
    assert knowledge().is_org_word(word) is org


@pytest.mark.parametrize(
    ("word", "full"),
    [("Col.", "colonel"), ("Fr", "father"), ("Supt.", "superintendent"), ("Colonel", "colonel"), ("Falk", "falk")],
)
def test_an_abbreviated_title_is_read_in_full(word: str, full: str) -> None:
    assert knowledge().title_in_full(word) == full


@pytest.mark.parametrize(
    ("phrase", "epithet", "gender"),
    [
        ("brunette mum-of-one", True, "f"),
        ("father-of-three", True, "m"),
        ("Dutch businesswoman", True, "f"),
        ("seismologist", True, None),
        ("pilot", True, None),
    ],
)
def test_an_epithet_s_noun_and_the_gender_it_carries(phrase: str, epithet: bool, gender: str | None) -> None:
    assert knowledge().is_epithet(phrase) is epithet
    assert knowledge().epithet_gender(phrase) == gender


@pytest.mark.parametrize(
    ("phrase", "epithet"),
    [
        ("German logistics magnate", True),
        # a noun for a trade or a calling by its ending, or one a list holds
        ("seismologist", True),
        ("senior statistician", True),
        ("wildlife photographer", True),
        ("former pastry chef", True),
        ("banker", True),
        ("brunette mother-of-two", True),
        # words with such an ending that name no person
        ("shortlist", False),
        ("wrist", False),
        ("ministry", False),
    ],
)
def test_a_noun_for_what_a_person_is_or_does_refers_back(phrase: str, epithet: bool) -> None:
    assert knowledge().is_epithet(phrase) is epithet
