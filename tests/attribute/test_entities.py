from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.attribute.entities import EntityTracker, slug, speaker_id
from onrecord.extract.mentions import Mention


def _name(name: str, start: int, role: str | None = None, gender: str | None = None) -> Mention:
    return Mention(start, start + len(name), name, "name", name=name, role=role, gender=gender)


def test_surnames_roles_and_pronouns() -> None:
    t = EntityTracker()
    peskov = t.observe(_name("Dmitry Peskov", 0, role="Kremlin spokesman", gender="m"))
    assert peskov is not None
    t.spoke(peskov, 10)
    assert t.resolve(_name("Peskov", 50), 50) is peskov
    role = Mention(80, 101, "the Kremlin spokesman", "role", role="Kremlin spokesman")
    assert t.resolve(role, 80) is peskov
    he = Mention(120, 122, "he", "pronoun", gender="m", number="sg")
    assert t.resolve(he, 120) is peskov
    she = Mention(130, 133, "she", "pronoun", gender="f", number="sg")
    assert t.resolve(she, 130) is None  # no woman seen yet


def test_two_people_with_one_surname_stay_apart() -> None:
    t = EntityTracker()
    peter = t.observe(_name("Peter Lind", 0, gender="m"))
    karin = t.observe(_name("Karin Lind", 40, gender="f"))
    assert peter is not karin
    assert t.resolve(_name("Lind", 60), 60) is karin  # the most recent Lind
    assert t.resolve(_name("Peter Lind", 80), 80) is peter


@pytest.mark.parametrize(
    ("full", "later", "same"),
    [
        # the first of two surnames is how Spanish and Portuguese copy names a person again
        ("Eduardo Sánchez Hernández", "Sánchez", True),
        ("Maria Fernanda Costa Lima", "Costa", True),
        ("Luisa Fernández Arriaga", "Arriaga", True),
        # a middle given name is no surname
        ("Anna Maria Berg", "Maria", False),
    ],
)
def test_the_first_of_two_surnames_is_the_person(full: str, later: str, same: bool) -> None:
    t = EntityTracker()
    person = t.observe(_name(full, 0))
    assert (t.resolve(_name(later, 60), 60) is person) is same


@pytest.mark.parametrize(
    ("full", "later", "same"),
    [
        # one part of a double-barrelled surname stands for it
        ("Roisin McAllister-Okafor", "McAllister", True),
        ("Roisin McAllister-Okafor", "Okafor", True),
        # the family name without its article, the given name before a patronymic
        ("Tariq bin Saleh al-Mahrouqi", "Mahrouqi", True),
        ("Noura bint Khalid Al-Rumaithi", "Rumaithi", True),
        ("Tariq bin Saleh al-Mahrouqi", "Tariq", True),
        ("Eitan ben Shalom", "Shalom", True),
        # the father's name inside a patronymic is not the person
        ("Tariq bin Saleh al-Mahrouqi", "Saleh", False),
        ("Roisin McAllister", "Okafor", False),
    ],
)
def test_short_forms_of_long_names_find_the_person(full: str, later: str, same: bool) -> None:
    t = EntityTracker()
    person = t.observe(_name(full, 0))
    assert (t.resolve(_name(later, 60), 60) is person) is same


@pytest.mark.parametrize(
    ("first", "later"),
    [
        # two surnames without the given name, after the full name and before it
        ("Luisa Fernández Arriaga", "Fernández Arriaga"),
        ("Fernández Arriaga", "Luisa Fernández Arriaga"),
    ],
)
def test_two_surnames_and_the_full_name_are_one_person(first: str, later: str) -> None:
    t = EntityTracker()
    person = t.observe(_name(first, 0))
    assert t.observe(_name(later, 60)) is person
    assert person is not None and person.name == "Luisa Fernández Arriaga"


@pytest.mark.parametrize(
    ("role", "holder"),
    [
        ("the governor", "Ana Ruiz"),  # not the deputy governor, whose role is of the same class
        ("the deputy governor", "Tomás Gil"),
        # the outgoing holder is not the one elected to follow
        ("the outgoing governor", "outgoing governor"),
    ],
)
def test_a_role_without_a_rank_is_not_the_deputys(role: str, holder: str) -> None:
    t = EntityTracker()
    t.observe(_name("Ana Ruiz", 0, role="Central Bank Governor"))
    t.observe(_name("Tomás Gil", 40, role="Deputy Governor"))
    t.observe(_name("Iria Sol", 60, role="governor-elect"))
    found = t.resolve(Mention(80, 80 + len(role), role, "role", role=role[4:]), 80)
    assert found is not None and found.name == holder


@pytest.mark.parametrize(
    ("role", "holder"),
    [
        # a shadow office is another rank; a union's general secretary another office
        ("the education secretary", "education secretary"),
        ("the shadow education secretary", "Wenna Tolliver"),
        ("the general secretary", "Dorran Ashdale"),
        ("the health minister", "health minister"),  # not the transport minister
        ("the minister", "Ilse Marvany"),
    ],
)
def test_a_role_finds_no_holder_of_another_office_with_its_head_word(role: str, holder: str) -> None:
    t = EntityTracker()
    t.observe(_name("Wenna Tolliver", 0, role="shadow education secretary"))
    t.observe(_name("Dorran Ashdale", 40, role="the union's general secretary"))
    t.observe(_name("Ilse Marvany", 80, role="Transport Minister"))
    found = t.resolve(Mention(120, 120 + len(role), role, "role", role=role[4:]), 120)
    assert found is not None and found.name == holder


def test_a_deputy_minister_of_a_portfolio_is_the_deputy_minister() -> None:
    t = EntityTracker()
    deputy = t.observe(_name("Tamsin Orr", 0, role="Deputy Defence Minister"))
    found = t.resolve(Mention(40, 59, "The deputy minister", "role", role="deputy minister"), 40)
    assert found is deputy


def test_role_class_links_synonyms() -> None:
    t = EntityTracker()
    peskov = t.observe(_name("Dmitry Peskov", 0, role="Putin's press secretary"))
    spokesman = Mention(40, 61, "the Kremlin spokesman", "role", role="Kremlin spokesman")
    assert t.resolve(spokesman, 40) is peskov


def test_unresolved_role_is_its_own_speaker() -> None:
    t = EntityTracker()
    entity = t.resolve(Mention(0, 20, "the finance minister", "role", role="finance minister"), 0)
    assert entity is not None and entity.kind == "role" and entity.name == "finance minister"
    assert entity.id == "r:finance-minister"


def test_ids_are_stable_slugs() -> None:
    assert slug("Dmitry Peskov") == "dmitry-peskov"
    assert slug("Дмитрий Песков") == "dmitry-peskov"
    assert slug("Müller-Lüdenscheidt") == "muller-ludenscheidt"


def test_names_in_scripts_without_transliteration_keep_apart() -> None:
    # Two people and a body in a script the transliterator does not write get three ids, not one
    # shared "unknown".
    ids = {speaker_id("person", "רות כהן"), speaker_id("person", "משה לוי"), speaker_id("organisation", "משרד החינוך")}
    assert len(ids) == 3
    assert slug("አበበ ከበደ") == "abebe-kebede"  # Ethiopic syllables are transliterated
    assert slug("রহিম উদ্দিন") == "rahim-uddin"  # the scripts of India are transliterated
    assert slug("—") == "unknown"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the office of a head of state or government speaks as a body
        ('The presidency said in a statement that the president extended "a hand of friendship".', "Presidency"),
        ("In a statement, the chancellery said the decision would bring relief to households.", "Chancellery"),
        # one the article named is that one
        (
            "The Presidency of Oduma issued a statement on Monday. The presidency said the count was fair.",
            "Presidency of Oduma",
        ),
    ],
)
def test_a_head_of_states_office_speaks_as_a_body(text: str, speaker: str) -> None:
    from onrecord.extract import extract

    quotes = extract(text, article_id="t")
    assert quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a family speaks as one, named so
        ("In a statement, the Okonjo family said they had not been contacted by the driver.", "Okonjo family"),
        # "the family" is the family the article named before
        (
            "The Okonjo family has posted a new statement.\n\n"
            '"We have been contacted by the Reyes family, and we thank them," the family wrote.',
            "Okonjo family",
        ),
        (
            "The Okonjo family said they would attend. "
            '"We want the truth, in a courtroom," the family said in the statement.',
            "Okonjo family",
        ),
        # none named: the description that says whose family
        ("The victim's family said in a Facebook post they had been contacted by police.", "victim's family"),
    ],
)
def test_a_family_speaks_as_one(text: str, speaker: str) -> None:
    from onrecord.extract import extract

    quotes = extract(text, article_id="t")
    assert quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == speaker


def test_his_family_with_none_named_is_nobody() -> None:
    from onrecord.extract import extract

    quotes = extract("Mr Reyes was released on Monday. His family said he would rest at home.", article_id="t")
    assert quotes
    assert quotes[-1].speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the document is by or from its author, there
        (
            "The joint statement issued by the Assembly of Coastal Nations at the end of the summit said "
            'that member states "resolve to make the fund operational".',
            "Assembly of Coastal Nations",
        ),
        # ... or where the article wrote of it before
        (
            '"We will not strike on Friday," Vera Lind said, adding that the letter from Transalpa chief '
            'executive Hans-Jörg Kessler was "what we asked for."\n\n'
            "A copy of the letter, dated May 5, states that no pilot will be replaced.",
            "Hans-Jörg Kessler",
        ),
        # the speaker named before the document in that sentence
        (
            '"We got it wrong on Monday," Vikram Deshpande wrote in a LinkedIn post on Wednesday. '
            "The film will be shown on Friday evening, the post said.",
            "Vikram Deshpande",
        ),
        (
            "On 4 March Marie Duvernoy had signed a memo to her director-general on the ward.\n\n"
            "Below that many births a year, the memo argued, a unit cannot keep its staff.",
            "Marie Duvernoy",
        ),
        # the document is the possessive's, a person the article named
        (
            "The curfew will be extended, Minister of Information, Mr. Tunde Okafor, has said.\n\n"
            "Tunde Okafor's communique partially read:\n\n"
            "\u201cWe cannot afford to be complacent about the border towns.\u201d",
            "Tunde Okafor",
        ),
        # the author named by the acronym the article spelled out before
        (
            "The contract went to Lirio Dredging Corp. (LDC) in March.\n\n"
            "In a statement issued on Wednesday, LDC stressed that it had followed every rule. The company "
            "would cooperate with the committee, the statement said.",
            "Lirio Dredging Corp.",
        ),
        # the body named before its document
        (
            "Talks resumed in Varnes on Monday.\n\nA Foreign Ministry readout of the call between Mr Olsen and "
            "the envoy on Monday said the two sides had agreed to meet again.",
            "Foreign Ministry",
        ),
        (
            "A Harbour Authority statement issued on Friday said that the quay would reopen in May.",
            "Harbour Authority",
        ),
        # "its report", and "the report" after it: the body "it" means there
        (
            "The Delta Shelter Federation said 90,000 people had no home. Its latest situation report, "
            'issued on Sunday, warned that disease was "days away".',
            "Delta Shelter Federation",
        ),
        (
            "The Delta Shelter Federation said 90,000 people had no home. Its latest situation report "
            'came out on Sunday.\n\n"Cases of fever have doubled in the camps," the report said.',
            "Delta Shelter Federation",
        ),
        # the one who spoke in the document's sentence, not a person it names
        (
            "Ivo Marsh, 51, faces a charge of arson, police said in a news release. The release said "
            "officers found Marsh on the pier at dawn.",
            "Police",
        ),
        # the body named before its document by a name the knowledge base does not hold
        ("Rain fell all night. \u201cRoads will flood,\u201d a Wetherline statement said.", "Wetherline"),
        ("Stocks slid. A Tessaline Labs statement said the recall would cost $4m.", "Tessaline Labs"),
        # the person the article named, by their surname before the document
        (
            "Mayor Hana Ostrova visited the depot. The Ostrova statement said the depot would stay open.",
            "Hana Ostrova",
        ),
        # the sentence that wrote of the document ends after a name's last capital letter ("Plan B.")
        (
            "Ingrid Mavel sent the council a memo on Plan B. The mayor, Tom Brade, said on Monday that the plan "
            "was reckless.\n\nThe memo said the bridge would close in May.",
            "Ingrid Mavel",
        ),
        # a document noun that is an adjective too: a document where no noun follows it, else the
        # phrase it modifies is who speaks, or nobody
        ("Stocks slid. A Tessaline Labs advisory said the recall would cost $4m.", "Tessaline Labs"),
        ("Stocks slid. The Tessaline Labs advisory board said the cost was $4m.", "Tessaline Labs advisory board"),
        ("Talks stalled. The Orvane Council directive powers panel said the talks would resume.", None),
        ("Rain fell. The Health Ministry advisory panel said on Monday that the roads were shut.", None),
        # a day, a people's adjective or a determiner before the noun names no author
        ("Talks stalled. A Friday statement said the talks would resume.", None),
        ("Talks stalled. A Ruritanian statement said the talks would resume.", None),
        # the signer named in the words after "signed by", not a person named later in the sentence
        (
            "Officers found Ade Musa at home.\n\nA statement signed by Tunde Bakare, the state police "
            "spokesperson, said Musa was arrested at noon.",
            "Tunde Bakare",
        ),
        (
            "The report, issued on Thursday by Harwell Partners in Leeds, said returns were rising. The firm "
            "sold its stake, a statement issued on Friday by Harwell Partners said.",
            "Harwell Partners",
        ),
        # the possessive's document, after an office and a surname with its particles
        (
            "Superintendent Rosa de la Vega's letter to parents on Monday said the school would close in June.",
            "Rosa de la Vega",
        ),
        (
            "Mayor Anna-Karin de Jong's letter to residents on Friday said the pool would reopen.",
            "Anna-Karin de Jong",
        ),
        # a document by someone the article does not name has no author here
        (
            "Ms Niamh Burke then read to the court a statement prepared by her client.\n\n"
            "'I never took a penny,' the statement said.",
            None,
        ),
    ],
)
def test_a_document_speaks_for_its_author(text: str, speaker: str | None) -> None:
    from onrecord.extract import extract

    quotes = extract(text, article_id="t")
    assert quotes
    got = quotes[-1].speaker.name if quotes[-1].speaker is not None else None
    assert got == speaker


@pytest.mark.parametrize(
    ("role", "found"),
    [
        # the head of a body, with no office of its own: the person just named, whatever their office
        ("agency chief", "Teresa Lindqvist"),
        ("ministry head", "Teresa Lindqvist"),
        # an office of its own is no one else's
        ("finance minister", "finance minister"),
        ("head of infrastructure", "head of infrastructure"),
    ],
)
def test_the_head_of_a_body_is_the_officer_just_named(role: str, found: str) -> None:
    t = EntityTracker()
    t.observe(_name("Teresa Lindqvist", 0, role="Transport Secretary"))
    text = f"the {role}"
    entity = t.resolve(Mention(60, 60 + len(text), text, "role", role=role), 60)
    assert entity is not None and entity.name == found


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a surname after a courtesy title names a person; the title is no office of theirs
        (
            'Lady Brackenholt read the verdict: "The claim fails." Turning to the tenants, the judge said: '
            '"You were badly served."',
            "You were badly served.",
            "Brackenholt",
        ),
        (
            'Lord Fennimore told the hearing: "The appeal is dismissed." The judge said the delay was regrettable.',
            "the delay was regrettable",
            "Fennimore",
        ),
        # an office the person was given is another office: the role stays itself
        (
            'Finance Minister Orla Brannock told the hearing: "The budget holds." The judge said the delay was '
            "regrettable.",
            "the delay was regrettable",
            "judge",
        ),
    ],
)
def test_a_role_after_a_titled_surname_is_that_person(text: str, content: str, speaker: str) -> None:
    from onrecord.extract import ExtractOptions, extract

    quotes = {q.text: q for q in extract(text, article_id="t", options=ExtractOptions(model="rules"))}
    assert content in quotes
    found = quotes[content].speaker
    assert found is not None and found.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name in the reported words is not the role's holder that tells them
        (
            'There are "hurdles to clear" before a deal is reached to amend the Harbour Accord Protocol, the '
            "Foreign Secretary told MPs on Wednesday night.",
            "Foreign Secretary",
        ),
        # a person named in the sentence before is
        (
            "Anne-Marit Vold has just spoken to strikers. The union chair told them the strike would go on.",
            "Anne-Marit Vold",
        ),
    ],
)
def test_a_role_is_not_bound_to_a_name_in_its_own_sentence(text: str, speaker: str) -> None:
    from onrecord.extract import extract

    quotes = extract(text, article_id="t")
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a relative clause on the name just before "he" is about that person
        (
            "Greta Walby spoke first in the hearing. The panel then heard from a recorded interview with the "
            "site manager, Olaf Trenholm, in which he stated that the valves had been checked.",
            "the valves had been checked",
            "Olaf Trenholm",
        ),
        (
            "Greta Walby spoke first in the hearing. The panel read a letter from the contractor Piet Arendse, "
            "where he wrote that the works were late.",
            "the works were late",
            "Piet Arendse",
        ),
        # the subject of the pronoun's sentence still wins over a name elsewhere in it
        (
            "Greta Walby, the chair, spoke first. She thanked Piet Arendse and said she was grateful.",
            "she was grateful",
            "Greta Walby",
        ),
    ],
)
def test_a_pronoun_in_a_relative_clause_on_a_name_is_that_person(text: str, content: str, speaker: str) -> None:
    from onrecord.extract import ExtractOptions, extract

    quotes = {q.text: q for q in extract(text, article_id="t", options=ExtractOptions(model="rules"))}
    assert content in quotes
    found = quotes[content].speaker
    assert found is not None and found.name == speaker


def test_a_name_shortened_to_its_first_word_is_the_person() -> None:
    t = EntityTracker()
    dipo = t.observe(_name("Dipo Alam", 0, role="State Secretary"))
    assert t.observe(_name("Dipo", 80)) is dipo
    # a surname still wins over another person's first word
    lind = t.observe(_name("Karin Lind", 120))
    t.observe(_name("Lind Carver", 160))
    assert t.observe(_name("Lind", 200)) is lind


def test_a_role_after_a_style_of_honour_and_a_name_is_that_person() -> None:
    from onrecord.extract import extract

    text = (
        'Passing sentence, Lord Halbury told him that the deceit was "vast".\n\n'
        '"You betrayed the trust of the board," the judge said.'
    )
    quotes = extract(text, article_id="t")
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Halbury", "Halbury"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the abbreviation of the office the article named the speaker with
        (
            "Interior Cabinet Secretary Ann Wairimu toured the camps on Monday.\n\n"
            "\u201cNo one will be left behind,\u201d noted the CS.",
            "Ann Wairimu",
        ),
        (
            "The Commissioner of Police, Musa Idris, visited the scene.\n\n"
            "According to the CP, two suspects were arrested at the border.",
            "Musa Idris",
        ),
        (
            "Chief Minister Rekha Pillai opened the bridge.\n\nThe bridge will ease traffic, the CM said.",
            "Rekha Pillai",
        ),
        # initials that spell no title of a person named are a body's
        (
            "The European Union envoy Karl Brandt visited the port.\n\n\u201cWe support the plan,\u201d the EU said.",
            "EU",
        ),
    ],
)
def test_an_abbreviated_office_is_its_holder(text: str, speaker: str) -> None:
    from onrecord.extract import extract

    quotes = extract(text, article_id="t")
    assert quotes
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.name == speaker
    assert quotes[-1].via is None


@pytest.mark.parametrize(
    ("written", "role", "spelt"),
    [
        ("CS", "Interior Cabinet Secretary", True),
        ("IGP", "Inspector-General of Police", True),
        ("CEO", "Chief Executive Officer", True),
        ("EU", "European Union envoy", False),  # no title among the words it spells
        ("Cs", "Cabinet Secretary", False),  # no abbreviation
        ("PS", "Cabinet Secretary", False),
    ],
)
def test_abbreviates_office(written: str, role: str, spelt: bool) -> None:
    from onrecord.attribute.entities import abbreviates_office

    t = EntityTracker()
    entity = t.observe(_name("Ann Wairimu", 0, role=role, gender="f"))
    assert entity is not None
    assert abbreviates_office(written, entity) is spelt


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an abbreviated rank before the name, and the rank in full after a quote
        (
            'Col. Dariusz Vane, the ministry spokesman, spoke this morning. "They came within 25 metres," '
            "the colonel said.",
            "Dariusz Vane",
        ),
        ('Insp. Mateus Lind met the families at noon. "The road will reopen," the inspector said.', "Mateus Lind"),
        # two officers: the rank tells which one
        (
            'Maj. Ines Falk and Col. Dariusz Vane spoke this morning. "They came within 25 metres," the major said.',
            "Ines Falk",
        ),
        # the title in full before the name
        ('Commodore Ines Falk spoke at the quay. "The ships sail on Friday," the commodore said.', "Ines Falk"),
    ],
)
def test_a_rank_after_a_quote_is_the_person_named_with_it(text: str, speaker: str) -> None:
    from onrecord.extract import extract

    quotes = extract(text, article_id="t")
    assert [q.speaker.name if q.speaker else None for q in quotes][-1] == speaker


def test_a_rank_nobody_was_named_with_stays_unknown() -> None:
    from onrecord.extract import extract

    text = 'Maj. Ines Falk spoke this morning. "They came within 25 metres," the colonel said.'
    quotes = extract(text, article_id="t")
    assert [q.speaker.name if q.speaker else None for q in quotes][-1] != "Ines Falk"


def test_a_word_cut_off_a_name_holds_no_office_its_initials_spell() -> None:
    from onrecord.extract import extract

    text = (
        "KISIMA — Sports Cabinet Secretary Hon. Ada Wekesa promised the club a reward on Monday.\n\n"
        'On Sunday, the CS had told this reporter: "The government will give the team Sh5 million."'
    )
    quotes = extract(text, article_id="t")
    assert quotes
    assert quotes[-1].speaker is None or quotes[-1].speaker.name != "Hon"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a bare word a sentence opens with (a product, a ship) is not who "she" means while a
        # woman has just spoken
        (
            'Chief executive Anna Lindqvist told the hall that Quillon "works on its own" and that there '
            'would be "no wires." Lindqvist also laid out the plan. Quillon ships in May in nine countries. '
            '"By June we want Quillon everywhere," she told the audience.',
            "By June we want Quillon everywhere",
            "Anna Lindqvist",
        ),
        (
            'Captain Tobias Wendel told the crew that Brisant "handles like a dream" and that there would '
            'be "no delays." Wendel also set out the route. Brisant sails at noon from the north quay. '
            '"We want Brisant in Bergen by Friday," he told the crew.',
            "We want Brisant in Bergen by Friday",
            "Tobias Wendel",
        ),
        # a person named in full with a clause on "who" is who "she" means next, though no list
        # knows the given name
        (
            'Greta Walby spoke first. "We are ready," she said. Ysolde Karrenbeek, who leads the '
            "inquiry, has just finished a briefing. She said the recorders had been found.",
            "the recorders had been found",
            "Ysolde Karrenbeek",
        ),
        (
            'Pavel Lind spoke first. "We are ready," he said. Thorvin Brakestad, who chairs the panel, '
            "arrived late. He said the vote would wait.",
            "the vote would wait",
            "Thorvin Brakestad",
        ),
    ],
)
def test_who_a_pronoun_means_after_a_new_subject(text: str, content: str, speaker: str) -> None:
    from onrecord.extract import ExtractOptions, extract

    quotes = {q.text: q for q in extract(text, article_id="t", options=ExtractOptions(model="rules"))}
    assert content in quotes
    found = quotes[content].speaker
    assert found is not None and found.name == speaker


def _speaker_of(text: str, words: str) -> str | None:
    from onrecord.extract import extract

    quotes = [q for q in extract(text, article_id="t") if q.text.startswith(words)]
    assert quotes, words
    return quotes[0].speaker.name if quotes[0].speaker is not None else None


def test_he_after_a_speakers_own_words_in_the_paragraph_is_that_speaker() -> None:
    # "told reporters" was the other speaker's channel, but the last speaker spoke just before
    text = (
        'Sen. Orrin Castell, D-Ore., said Tuesday the new text "was always the plan". '
        '"Nobody was misled," he told reporters.\n\n'
        'Sen. Walt Breck, R-Wyo., is not one of them. "This is a bailout," Breck said in a video. '
        'He told reporters Wednesday that the switch "does not change the math".'
    )
    assert _speaker_of(text, "the switch") == "Walt Breck"


def test_the_last_speaker_made_the_subject_again_is_she() -> None:
    # another person the subject of a sentence since her words, then she again
    text = (
        "THE HARBOUR REVIEW — Weekend\nSaturday 18 September 2027\n\nThe brakes and the boss\n\n"
        "Marta Oles reported two dangerous forklifts and lost her job. This week a judge said she had "
        "been wronged — and her former employer, after a day and a half of saying it would fight on, "
        "backed down. Ellen Vane reports from Leeds\n\n"
        "Marta Oles keeps the judgment in a blue folder on her kitchen table. "
        "She has read all 46 pages, she says, some of them three times."
    )
    assert _speaker_of(text, "She has read") == "Marta Oles"


def test_a_subject_with_a_particle_and_who_is_a_person() -> None:
    # no list knows the given name; "de" in the name, a clause on "who" after it
    text = (
        'The company\'s chief, Per Olund, said it would appeal. "We will win," he said.\n\n'
        "Brinja de Vos, who chairs the Dockers' Federation, sat in the gallery on Tuesday.\n\n"
        '"This was never about cranes," she said.'
    )
    assert _speaker_of(text, "This was never") == "Brinja de Vos"


def test_a_name_after_other_words_is_another_person() -> None:
    text = "NOVA BAND star Zuri has spoken out. The singer, with Marisol Okafor-Lind, is 26."
    tracker = EntityTracker(text)
    star = tracker.observe(_name("Zuri", text.index("Zuri")))
    assert tracker.observe(_name("Marisol Okafor-Lind", text.index("Marisol"))) is not star


def test_a_bare_spokesperson_speaks_for_the_body_just_named() -> None:
    text = (
        "The memo, which The Ledger has seen, went to Tessaline's engineers on Wednesday.\n\n"
        "Tessaline did not dispute the memo. A spokesperson said the company "
        '"has always been candid about delays."'
    )
    assert _speaker_of(text, "the company") == "Tessaline"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a body named in several words opens the sentence before
        (
            "19:40\nThe Ministry for Coastal Affairs has put out a short statement. A spokesperson said the "
            'ministry was "surprised by the decision".',
            "the ministry was",
            "Ministry for Coastal Affairs",
        ),
        # a person, not a body, opens it: nobody is named for the spokesperson
        (
            'Dorran Ashdale has put out a short statement. A spokesperson said the talks were "over for now".',
            "the talks were",
            None,
        ),
    ],
)
def test_a_bare_spokesperson_after_a_body_named_in_several_words(text: str, quote: str, speaker: str | None) -> None:
    assert _speaker_of(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # the body the writer asked, named in the spokesperson's paragraph, and no other
        (
            "We asked the Ministry of Inland Waters why the locks were shut. A spokesperson said the "
            'ministry had "acted on the engineers\' advice".',
            "the ministry had",
            "Ministry of Inland Waters",
        ),
        # the body that spoke last in the paragraph, not the one its words name
        (
            "The Canal Safety Board (CSB) says it has sent an inspector to Dunmere. It has also told "
            "Trennick Boatyards to close its slipway, a spokeswoman said.",
            "It has also told",
            "Canal Safety Board",
        ),
        # two bodies named and none spoke: nobody is named for the spokesperson
        (
            "Residents wrote to the Dunmere Rowing Club and the Ministry of Inland Waters about the locks. A "
            'spokesperson said the letter was "under review".',
            "the letter was",
            None,
        ),
    ],
)
def test_a_bare_spokesperson_speaks_for_the_body_at_hand_in_the_paragraph(
    text: str, quote: str, speaker: str | None
) -> None:
    assert _speaker_of(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # the one body named is only where it happened: nobody is named for the spokesperson
        (
            "Officers detained a cyclist outside the Marrow Lane Credit Union office on Friday. A "
            'spokesperson said the cyclist had been "released with a warning".',
            "the cyclist had been",
            None,
        ),
        (
            "Pickets stood at the gates of the Marlcombe Cement Works all night. A spokesperson said the "
            'strike would go on "for as long as it takes".',
            "the strike would go on",
            None,
        ),
        # the body is the subject of the paragraph's news
        (
            'Carrow Athletic released two coaches on Friday. A spokesperson said the club would "wish them well".',
            "the club would",
            "Carrow Athletic",
        ),
    ],
)
def test_a_bare_spokesperson_does_not_speak_for_a_body_only_mentioned(
    text: str, quote: str, speaker: str | None
) -> None:
    assert _speaker_of(text, quote) == speaker


def test_she_after_a_double_barrelled_surname_ending_in_s_is_that_person() -> None:
    # a given name the lexicon does not know, a surname ending in s: no plural body
    text = (
        "The ruling, by Judge Maren Halloway of the county court, found for the landlord.\n\n"
        '"The court is not blind to the hardship," Halloway wrote.\n\n'
        "The woman who has led the resistance was unmoved. Ottilde Varga-Sands, who chairs the tenants' "
        "association, met a reporter on Wednesday.\n\n"
        '"We are not leaving," Varga-Sands told the Gazette. She said the association would appeal '
        "Halloway's ruling."
    )
    assert _speaker_of(text, "the association would appeal") == "Ottilde Varga-Sands"


def test_he_is_a_man_whose_surname_ends_in_s() -> None:
    # an unknown given name and a surname in s read like a plural; still the one "he" means
    text = (
        "Tamm Gellie, who is 71, moved back into his house eleven months after the flood.\n\n"
        '"They told us the barrier would be finished in 2029," he says.'
    )
    assert _speaker_of(text, "They told us") == "Tamm Gellie"


def test_she_is_never_a_group_named_in_a_role() -> None:
    # "Lisk Trawlermen" of "the Lisk Trawlermen's Cooperative" is a group, not a woman
    text = (
        '"A cut this size would tie up half the fleet," Tomas Reyd, chairman of the Lisk Trawlermen\'s '
        "Cooperative, told the Herald on Wednesday.\n\nReyd does not blame the minister for everything. "
        '"She promised us in June she wouldn\'t trade away the inshore boxes, and she kept that one," he said.'
    )
    assert _speaker_of(text, "she wouldn't trade away") != "Lisk Trawlermen"


def test_he_after_a_person_just_named_in_full_in_his_paragraph_is_that_person() -> None:
    # named in apposition to an office the lexicon does not read, silent so far
    text = (
        'Ivo Branek has posted a short video. "We will win this," he said.\n\n'
        "The head of the Coastal Election Observer Mission (CEOM), Sindre Aukland, has delivered the "
        "mission's preliminary statement. He said observers saw sealed boxes opened before counting began."
    )
    assert _speaker_of(text, "observers saw sealed boxes") == "Sindre Aukland"


def test_he_is_not_a_person_named_as_an_object_at_a_sentences_end() -> None:
    text = (
        '"I was paid half his fee," Marisa Quell wrote.\n\nIn a second post, she singled out the director, '
        'Anouk Ferrand-Lisle. "I would work with Anouk again tomorrow," she wrote.'
    )
    assert _speaker_of(text, "I would work with") == "Marisa Quell"


def test_he_after_a_bodys_spokesman_is_the_body() -> None:
    text = (
        '"If the minister wants the port open, she knows my number," Karl Brenn said.\n\n'
        "A spokesman for the Ministry of Transport said on Friday that the minister "
        '"does not comment on private conversations". The minister had spoken to both sides '
        "every day since Monday, he said."
    )
    assert _speaker_of(text, "The minister had spoken") == "Ministry of Transport"


def test_the_spokesperson_after_a_bodys_spokesperson_is_the_body() -> None:
    # not the person the body's words just named
    text = (
        "The Department of Fisheries has now responded. A DOF spokesperson said the department's "
        'thoughts were with Mr Olsen\'s family and that lessons "must be learned".\n\n'
        "The spokesperson added that the port would receive $4 million this year for new berths."
    )
    assert _speaker_of(text, "the port would receive") == "DOF"


def test_a_subject_by_two_surnames_is_the_person_named_in_full_below() -> None:
    # a live blog's newest entry first: the full name is in an older entry further down
    text = (
        "20:15\nOrtega Blanco has just left the chamber. A few minutes later he added that the "
        'Liga Norte had "committed its votes" to the budget.\n\n'
        "19:40\nLidia Marrero, the opposition leader, told reporters the budget was a fantasy.\n\n"
        '19:02\nFinance Minister Ernesto Ortega Blanco is presenting the budget. "Fuel subsidies '
        'will be phased out this year," he says.'
    )
    assert _speaker_of(text, "the Liga Norte") == "Ernesto Ortega Blanco"


def test_a_body_named_inside_the_pronouns_sentence_does_not_outrank_the_subject() -> None:
    text = (
        '"We have moved 5,200 people," the environment minister, Anja Vollrath, told Radio Hessel.\n\n'
        'Kelder Power said in a statement that it was cooperating fully and would publish its reports "soon".\n\n'
        "The minister, a former hydrologist, has widened her fire. Having said on Monday that Kelder "
        'Power would "have to answer for this", she told the station on Wednesday that the federal '
        'office would "have to answer for this" as well.'
    )
    assert _speaker_of(text, "the federal office") == "Anja Vollrath"


def test_a_man_named_by_surname_is_not_the_woman_named_in_full_later() -> None:
    t = EntityTracker()
    him = t.observe(_name("Varnello", 0, role="Mr.", gender="m"))
    her = t.observe(_name("Michelle Varnello", 200))
    assert him is not None and her is not None
    assert him is not her
    assert him.name == "Varnello" and her.name == "Michelle Varnello"
    # a full name of the same gender still completes the surname named before
    t2 = EntityTracker()
    first = t2.observe(_name("Dorrance", 0, role="Mr.", gender="m"))
    assert t2.observe(_name("Bartholomew Dorrance", 90)) is first
    assert first is not None and first.name == "Bartholomew Dorrance"


def test_a_form_of_address_before_a_title_word_is_the_person_of_that_surname() -> None:
    t = EntityTracker()
    king = t.observe(_name("Charlie King", 0, gender="m"))
    mr_king = Mention(100, 108, "Mr. King", "role", role="Mr. King", gender="m")
    assert t.resolve(mr_king, 100) is king
    # with no one of that surname, the words stay a role ("Mr. President")
    t2 = EntityTracker()
    president = Mention(0, 13, "Mr. President", "role", role="Mr. President", gender="m")
    entity = t2.resolve(president, 0)
    assert entity is not None and entity.kind == "role"
    # nor a woman's form of address for a man of that surname
    t3 = EntityTracker()
    t3.observe(_name("Charlie King", 0, gender="m"))
    ms_king = Mention(100, 108, "Ms. King", "role", role="Ms. King", gender="f")
    other = t3.resolve(ms_king, 100)
    assert other is not None and other.name != "Charlie King"


def test_fellow_members_are_the_group_itself() -> None:
    t = EntityTracker()
    text = "Fellow Greens are urging her to quit."
    group = t.resolve(Mention(0, 13, "Fellow Greens", "organisation", name="Fellow Greens", number="pl"), 0)
    assert group is not None and group.name == "Greens" and text


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        # read with its possessive, written without it elsewhere: the body's name is without it
        ("Lumen TV's management has never told them what to say. Lumen TV is a network.", "Lumen TV's", "Lumen TV"),
        # a name that holds its "'s" wherever it stands keeps it
        ("Garvey's said the outlook was stable.", "Garvey's", "Garvey's"),
    ],
)
def test_a_body_read_with_its_possessive_is_named_without_it(text: str, written: str, name: str) -> None:
    t = EntityTracker(text)
    body = t.resolve(Mention(0, len(written), written, "organisation", name=written), 0)
    assert body is not None and body.name == name


_BRENNICK = (
    'PORT HALLOW, May 4, 2027 — Brennick Residential Holdings ("Brennick") today reaffirmed its plan for the '
    "residents of Fulton House, the block on Quill Street that needs repairs. Brennick said it will not enforce "
    "any eviction order before September.\n\nThe company said it has offered payments of $3,000 to every household."
)


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        # a body's first word stands for it; a street is never "the company"
        ("it will not enforce any eviction order before September", "Brennick Residential Holdings"),
        ("it has offered payments of $3,000 to every household", "Brennick Residential Holdings"),
    ],
)
def test_a_body_by_its_first_word_and_no_street_for_the_company(quote: str, speaker: str) -> None:
    from onrecord import extract

    found = {q.text: q.speaker.name if q.speaker else None for q in extract(_BRENNICK)}
    assert found.get(quote) == speaker


def test_a_three_word_name_written_with_who_is_no_body_a_noun_means() -> None:
    text = (
        "Grevald Obuya Mensink, who ran the yard for years, was there on Monday.\n\n"
        '"We will rebuild," the charity said.'
    )
    speakers = {q.text: (q.speaker.name if q.speaker else None) for q in extract(text)}
    assert speakers.get("We will rebuild") != "Grevald Obuya Mensink"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the document's sentence names its speaker though a figure's point ("3.4") comes first
        (
            "Brightfold Energy said on Monday that 1.2 million homes were hit.\n\n"
            "In a revised statement, the company said about 3.4 million homes were hit. "
            "It also said meters were read twice.\n\n"
            '"Meters were read twice for about 9,000 homes," the revised statement said.',
            "Meters were read twice for about 9,000",
            "Brightfold Energy",
        ),
        # a legal document "filed by" a body whose name holds a place and an initialism's points
        (
            "The indictment, filed by the U.S. Attorney's Office for the Western District of Ostrava and "
            "unsealed Friday, charges both men.\n\nAccording to the indictment, the two men hid $4 million "
            "in losses from auditors.",
            "the two men hid",
            "U.S. Attorney's Office for the Western District of Ostrava",
        ),
        # a notification published somewhere "by" its issuer
        (
            "The notification, published in the Official Journal by the Department of Fisheries, stated that "
            'quotas "shall be halved from 1 April".',
            "quotas",
            "Department of Fisheries",
        ),
        # an acronym's document, the body spelled out later in the article
        (
            'The PMRB\'s own warning notice, filed on Monday, states that the pills "must not be sold".\n\n'
            "The Pharmaceutical Market Review Board (PMRB) said on Tuesday that it had seized 4,000 packs.",
            "the pills",
            "Pharmaceutical Market Review Board",
        ),
    ],
)
def test_a_document_speaks_for_its_issuer(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a description the article wrote right before the person's name, or right after it
        (
            "MEC Daniel Okafor-Lund is speaking at the depot on Monday. He said 40 more rangers would be hired."
            '\n\n"Forty more is only the start," the MEC said, to cheers.',
            "Forty more",
            "Daniel Okafor-Lund",
        ),
        (
            "The regional flood officer for the Lower Vey, Dr Ilse Varnfeld, was hopeful on Monday.\n\n"
            "The ferry company has cancelled all sailings.\n\n"
            '"Every child in Lowmere will be seen by Friday," the regional flood officer said on Marrow Radio.',
            "Every child in Lowmere",
            "Ilse Varnfeld",
        ),
        (
            "Ilse Varnfeld, the regional flood officer, was hopeful on Monday.\n\n"
            "The ferry company has cancelled all sailings.\n\n"
            '"Every child in Lowmere will be seen by Friday," the regional flood officer said on Marrow Radio.',
            "Every child in Lowmere",
            "Ilse Varnfeld",
        ),
        # a description of no one the article introduced with it stays no one
        (
            "Ilse Varnfeld was hopeful on Monday.\n\nThe ferry company has cancelled all sailings.\n\n"
            '"Every child in Lowmere will be seen by Friday," the regional flood officer said on Marrow Radio.',
            "Every child in Lowmere",
            None,
        ),
    ],
)
def test_a_description_stands_for_the_person_it_introduced(text: str, words: str, speaker: str | None) -> None:
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a trade's noun the lists hold, or one its ending tells
        (
            'Henrik Mott was asked whether he had thrown a plate. "Once," he said. The chef added that he '
            "had not been aiming at anybody.",
            "he had not been aiming",
            "Henrik Mott",
        ),
        (
            'Dr Lena Quist of the Institute of Earth Sciences gave her briefing. "The tremor has not dropped," '
            "she said. The seismologist said the ash column had reached nine kilometres.",
            "the ash column",
            "Lena Quist",
        ),
        # a long description with a clause of its own before the verb
        (
            "Carla Brightwater, the defendant, began her evidence. She said she saw Mott throw a plate. The "
            'former pastry chef, who now runs a cafe in Dunmore, said she had been "scared every night".',
            "she had been",
            "Carla Brightwater",
        ),
        # a description that introduces the person the next sentence names: no one named before
        (
            "Noa Ben-Tzur opened the cafe three years ago. The report, signed by specialist Rosalind Abbotsley, "
            "is blunter.\n\nThe cafe's chef, who is also Ben-Tzur's business partner, says the inspector was "
            "fair. Eitan Vos said the cooler was the only problem.",
            "the inspector was fair",
            None,
        ),
        # a plain description followed by another person who speaks: the person named before
        (
            'Erik Lund has fished out of Kestmouth for thirty years. "The new quotas will finish us off," the '
            "fisherman said. Tomas Lind said the council should help.",
            "The new quotas will finish us off",
            "Erik Lund",
        ),
        # a mother of so many
        (
            'Sophie Lark took the stand on Monday. "He threw a pan," the mum-of-one told the court.',
            "He threw a pan",
            "Sophie Lark",
        ),
    ],
)
def test_a_description_by_trade_or_look_stands_for_the_person_named_before(
    text: str, words: str, speaker: str | None
) -> None:
    assert _speaker_of(text, words) == speaker


def test_an_epithet_gives_both_its_quotes_one_speaker() -> None:
    text = (
        'Coach Ravi Dunstan-Mbeki said the final had been "cruel". "We lost it in the first half," '
        "Dunstan-Mbeki told the Ledger.\n\n"
        "The Kenyan tactician, now preparing for the league, said he had no complaints about the referee, "
        "but admitted he missed his old captain."
    )
    assert _speaker_of(text, "he had no complaints") == "Ravi Dunstan-Mbeki"
    assert _speaker_of(text, "he missed his old captain") == "Ravi Dunstan-Mbeki"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a noun for what the person does, written after the name
        (
            'Dr Maren Okwu of the Fellstad Institute gave her briefing. "The swarm has not eased," she said. '
            "The seismologist said the largest tremor had reached magnitude four.",
            "the largest tremor",
            "Maren Okwu",
        ),
        (
            'Piet Langford was asked whether he had flown too low. "Once, over a lake," he said. '
            "The pilot added that he had not meant to frighten anybody.",
            "he had not meant to frighten anybody",
            "Piet Langford",
        ),
        # a noun that says a woman is no man the article named last
        (
            "Carla Venn, the defendant, has begun her evidence. She said the owner had shouted at her.\n\n"
            'Piet Langford was asked about the kitchen. "Once, at a wall," he said.\n\n'
            '"He shouted at a waiter in March," the brunette mother-of-two told the court.',
            "He shouted at a waiter",
            "Carla Venn",
        ),
    ],
)
def test_an_epithet_for_a_trade_or_a_mother_refers_back(text: str, words: str, speaker: str | None) -> None:
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("She spoke on The Dana Whitlock Morning Show on Tuesday.", "Dana Whitlock Morning Show", "organisation"),
        ("He told The Ari Lenz Podcast that he would run.", "Ari Lenz Podcast", "organisation"),
        # no capitalised "The" before it: a person's name, whatever its last word
        ("She spoke to Dana Whitlock on Tuesday.", "Dana Whitlock", "person"),
    ],
)
def test_a_programme_title_after_the_is_a_medium_not_its_host(text: str, name: str, kind: str) -> None:
    t = EntityTracker(text)
    at = text.index(name)
    entity = t.observe(Mention(at, at + len(name), name, "name", name=name, gender="f", number="sg"))
    assert entity is not None and entity.kind == kind


def test_a_name_s_forms_are_read_in_the_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether a name is written as a body's ("X, which ...") or after a place word ("came to
    X") is read once per form and article, not again for every pronoun (which made long
    articles with many names quadratic)."""
    import re

    from onrecord.attribute import entities as module

    text = "Brakvel arrived. It said the road was shut.\n\nShe drove on to Brakvel. Brakvel, which owns it, agreed."
    tracker = EntityTracker(text)
    entity = tracker.observe(Mention(text="Brakvel", start=0, end=7, kind="name", name="Brakvel"))
    assert entity is not None
    scans: list[str] = []

    class _Counting:
        def __getattr__(self, name: str) -> object:
            return getattr(re, name)

        def search(self, pattern: str, string: str, *args: object) -> object:
            scans.append(pattern)
            return re.search(pattern, string, *args)

        def finditer(self, pattern: str, string: str, *args: object) -> object:
            scans.append(pattern)
            return re.finditer(pattern, string, *args)

    monkeypatch.setattr(module, "re", _Counting())
    first = (tracker._written_as_body(entity), tracker._written_as_place(entity))
    once = len(scans)
    assert (tracker._written_as_body(entity), tracker._written_as_place(entity)) == first
    assert first[0] is True
    assert len(scans) == once


def test_initials_before_a_surname_end_no_sentence() -> None:
    from onrecord.attribute.entities import _sentence_end

    text = "The memo was signed by J. A. Brennick and sent on Monday. Plan B. The mayor said no."
    assert text[: _sentence_end(text, 3)] == "The memo was signed by J. A. Brennick and sent on Monday"
    at = text.index("Plan")
    assert text[at : _sentence_end(text, at)] == "Plan B"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the owner of the last speaker's office, written with a possessive
        (
            "Brakeford's site director, Ilse Tammerholt, said about 300 tonnes had spilled. "
            "The company says its own crews checked the tank in May.",
            "its own crews checked the tank",
            "Brakeford",
        ),
        # the business a person's office is "of"
        (
            "Odo Varnik, the managing director of Kelsmark Vannverk, has pledged that every flat will have "
            "water by Sunday. In a statement the company said it had found no sign of sabotage.",
            "it had found no sign of sabotage",
            "Kelsmark Vannverk",
        ),
        # a name set off with a business noun
        (
            "Update, 8.10pm\nTarnholm Slopes, the company that runs the lifts, has issued a statement. "
            "The company said the piste had been checked twice before it opened.",
            "the piste had been checked twice",
            "Tarnholm Slopes",
        ),
        # a name written after a business noun; "Company", the noun, never renames it
        (
            "Fans blame the ticketing operator Quillax for the empty stands at the final. "
            'Quillax "has never sold a seat twice," the company said on its website.',
            'Quillax "has never sold a seat twice',
            "Quillax",
        ),
    ],
)
def test_the_company_is_the_business_the_text_names_as_one(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a person's surname before a possessive is no business
        "Dana Brekkvold spoke first. Brekkvold's spokesman, Ivo Rant, said little. "
        "The company said it was reviewing its rates.",
        # a public body's officer is no business's
        "The chief executive of the Vellmark Water Authority, Osa Lind, said little. "
        "The company said it was reviewing its rates.",
        # nor a day's possessive
        "Monday's board meeting ended early. The company said it was reviewing its rates.",
    ],
)
def test_the_company_is_no_person_public_body_or_day(text: str) -> None:
    assert _speaker_of(text, "it was reviewing its rates") not in {"Brekkvold", "Vellmark Water Authority", "Monday"}


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a part of a court's document speaks for its author, the judge who wrote it
        (
            "Ruling on the estate\n\nIn a 30-page judgment delivered on Friday, Mr Justice Tobias Renwick "
            'awarded the farm to the nephew. The key passage of the judgment reads: "I am satisfied that the '
            'will was signed freely."',
            "I am satisfied",
            "Tobias Renwick",
        ),
        # "The order ... it reads", and the next sentence's "it adds": the one judge the article named
        (
            "Estate ruling\n\nJudge Marta Lindqvist gave her ruling on Friday. The order itself is short. "
            '"The nephew shall vacate the farmhouse by June," it reads. At paragraph 4 it adds: "Each side '
            'shall bear its own costs."',
            "Each side shall",
            "Marta Lindqvist",
        ),
        # an award whose author the article named as a tribunal, and the panel that wrote it
        (
            "Cyclist banned\n\nGENEVA - The cyclist Ivo Brandt was banned on Monday after the Court of Sport "
            "Disputes (CSD) rejected his claim that a tainted supplement caused a positive test.\n\nIn its award, "
            'the five-member panel said it was "not persuaded by the rider\'s account". '
            '"The rider is suspended for two years," the award states.',
            "The rider is suspended",
            "Court of Sport Disputes",
        ),
    ],
)
def test_a_court_s_document_speaks_for_its_judge_or_tribunal(text: str, quote: str, speaker: str) -> None:
    assert _speaker_of(text, quote) == speaker


def test_a_sized_panel_is_the_tribunal_the_article_named() -> None:
    text = (
        "Cyclist banned\n\nGENEVA - The cyclist Ivo Brandt was banned on Monday after the Court of Sport "
        "Disputes (CSD) rejected his claim that a tainted supplement caused a positive test.\n\nIn its award, "
        'the five-member panel said it was "not persuaded by the rider\'s account".'
    )
    assert _speaker_of(text, "it was") == "Court of Sport Disputes"


def test_in_order_to_names_no_court_s_document() -> None:
    # "in order to" is no order: the statement's author is not looked for there
    text = (
        "Port dispute\n\nThe harbour board met in order to settle the dispute, Board chair Hanne Ruud said. "
        '"We have nothing to add," the order said.'
    )
    assert _speaker_of(text, "We have nothing") != "Hanne Ruud"


def test_she_is_not_the_person_her_own_sentence_names_as_her_relation() -> None:
    # "her lawyer, Ada Pell": Pell is her lawyer, not the "she" who speaks through her
    text = (
        "Rower banned\n\nThe rower Marit Solberg, 27, was banned for two years on Monday. She did not attend "
        'the hearing. In a statement read to reporters by her lawyer, Ingrid Falk, she said: "I have never '
        'taken a banned substance."'
    )
    assert _speaker_of(text, "I have never") == "Marit Solberg"


def test_a_statement_from_a_described_author_is_theirs_not_its_reader_s() -> None:
    # "from the mayor, read ... by her campaign manager, X": the mayor's statement, X reads it
    text = (
        "Recount row\n\nMayor Helena Varga did not appear at the courthouse. A statement from the mayor, read "
        'to reporters by her campaign manager, Oskar Lind, said: "We will respect the count."'
    )
    assert _speaker_of(text, "We will respect") == "Helena Varga"


def test_a_judgment_whose_sentence_has_the_court_speak_is_the_court_s() -> None:
    text = (
        "Appeal allowed\n\nThe Halden Court of Appeal (HCA) sat on Tuesday. In a 40-page judgment, Lady Justice Mira "
        "Toft found that the jury had been misled, a claim the court said was borne out by the logs.\n\n"
        '"The logs were never shown to the jury," the judgment said.'
    )
    assert _speaker_of(text, "The logs were never") == "Halden Court of Appeal"


def test_a_religious_order_that_speaks_is_no_courts_document() -> None:
    text = (
        "Judge Ada Pell jailed the former headmaster for six years on Monday.\n\n"
        "The religious order that ran the school has apologised to former pupils. "
        '"We failed these children and we are deeply sorry," the order said.\n'
    )
    [quote] = extract(text, published="2027-03-12")
    assert quote.speaker is None or quote.speaker.name != "Ada Pell"


def test_an_order_that_reads_is_the_judges() -> None:
    text = (
        "Judge Ada Pell jailed the former headmaster for six years on Monday.\n\n"
        'The order itself is brisk. "The defendant shall pay the costs," the order reads.\n'
    )
    [quote] = extract(text, published="2027-03-12")
    assert quote.speaker is not None and quote.speaker.name == "Ada Pell"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a bulletin is a body's document; "its first bulletin" is the body the sentence names
        (
            "Ash over the valley\n\nThe Southern Seismic Observatory (SSO) has put out its first bulletin. "
            "According to the bulletin, the tremor began at 02:10 on Monday.",
            "the tremor began",
            "Southern Seismic Observatory",
        ),
        (
            "Ash over the valley\n\nThe Southern Seismic Observatory (SSO) monitors the volcano.\n\n"
            "According to SSO's Friday bulletin, the number of tremors has fallen to 40.",
            "the number of tremors",
            "Southern Seismic Observatory",
        ),
        # a year before the body that owns a report ("a 2025 DWA report")
        (
            "Dry wells\n\nThe Delta Water Agency (DWA) inspects the wells. According to a 2025 DWA report, "
            "nine of the county's wells are unsafe.",
            "nine of the county",
            "DWA",
        ),
        # a statement "from" an acronym is the body the article spelled it out for
        (
            "Vaccine row\n\nThe Regional Health Coordination Agency (RHCA) has weighed in from Brussels. "
            "According to a statement from the RHCA, the vaccine has been given safely to millions.",
            "the vaccine has been given",
            "Regional Health Coordination Agency",
        ),
    ],
)
def test_a_bodys_bulletin_report_or_statement_speaks_for_the_body(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


def test_a_public_body_named_only_by_its_kind_speaks_as_that_kind() -> None:
    # the article never names the trust in full (another article does): "Trust" for the corpus to bind
    text = (
        "Nurses walk out at Corriebank\n\nBy Ilse Marren\n\n"
        "Nurses at the two hospitals began a 48-hour strike on Tuesday. "
        "The trust said on Thursday that it regretted the strike and remained open to talks."
    )
    assert _speaker_of(text, "it regretted") == "Trust"


def test_a_survey_by_a_body_speaks_for_the_body() -> None:
    text = (
        "Glacier in retreat\n\nBy Ilse Marren\n\n"
        "The Tarrow ice field has lost a quarter of its volume since 2001, according to a 2025 survey "
        "by the Northfell Institute of Polar Studies."
    )
    assert _speaker_of(text, "The Tarrow ice field") == "Northfell Institute of Polar Studies"


def test_her_after_quoted_is_not_the_one_quoting() -> None:
    # "Dal Sonen" (a news site read as a name) quotes her: she is the minister who spoke before
    text = (
        "Artefacts to return\n\nBy Ilse Marren\n\n"
        "According to Dal Sonen, a news site in the capital, the culture minister, Oyuna Batbold, said on "
        "Wednesday that 40 objects would come back. Dal Sonen quoted her as saying that the cups would go "
        "first to the northern district."
    )
    assert _speaker_of(text, "the cups would") == "Oyuna Batbold"


def test_him_after_quoting_is_the_man_the_sentence_named() -> None:
    text = (
        "Strike talks\n\nBy Ilse Marren\n\n"
        'The union\'s leader, Maren Holt, said the crews would stay out. "We are not moving," Holt said.\n\n'
        "Nordpress reports that the operator's chief executive, Rufus Vallance, is preparing a new offer, "
        'quoting him as saying there is "a little room left" in the budget.'
    )
    assert _speaker_of(text, "there is") == "Rufus Vallance"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a name in s that has spoken is more a woman's than a bare word that has shown nothing
        (
            'Strike at the quarry\n\nBy Ilse Marren\n\n"We will not go back for less," said Ottilie Brams. '
            "On Monday, Brams said the crews would accept mediation if Kessgate did the same. By Friday she "
            'had changed her mind. "Not on the owners\' terms," she told me at the gate.',
            "Not on the owners",
            "Ottilie Brams",
        ),
        # "she" means no masthead or choir the article only writes after "the": nobody named here
        (
            "THE LAMPLIGHTER\nIssue 40 | Interviews | Published 3 May 2027\n\n"
            "A week after the Vellmark City Chorale dismissed him, the tenor sat down with The Lamplighter at his "
            "home.\n\nQ: How did you hear?\n\n"
            "A: On the Tuesday, early. Greta rang me. She told me the trustees had decided, and that I should "
            'stay away. She said, "It is final." I never went back.',
            "It is final",
            None,
        ),
        # ... nor a choir whose name has a word that also qualifies an office ("National")
        (
            "THE LAMPLIGHTER\nIssue 41 | Interviews | Published 10 May 2027\n\n"
            "A month after the Vellmark National Chorale dismissed him, the baritone sat down with The "
            "Lamplighter.\n\nQ: How did you hear?\n\n"
            "A: By telephone. Greta rang me. She told me the board had decided, and that I should "
            'stay away. She said, "There is no appeal." I never went back.',
            "There is no appeal",
            None,
        ),
        # a one-word name after "the" and a person's office is a person's, whom "she" may mean
        (
            "The Wrenby ferry subsidy was cut on Monday.\n\nThe cut was criticised by the Liberal MP Quillan. "
            '"The islands have been abandoned," she said.',
            "The islands",
            "Quillan",
        ),
        (
            "The Wrenby ferry subsidy was cut on Monday, a move criticised by the Coast Party MP Quillan.\n\n"
            '"The islands have been abandoned and the fares will treble," she said.',
            "The islands",
            "Quillan",
        ),
    ],
)
def test_she_means_a_person_not_a_bare_word_or_a_masthead(text: str, words: str, speaker: str | None) -> None:
    assert _speaker_of(text, words) == speaker


def test_she_is_no_voice_of_a_news_agency() -> None:
    # a spokeswoman "for" an agency read as its voice: "she" next is the woman named, not the agency
    text = (
        "Ruth Abendroth, who runs the relief office, was in Geneva. A spokeswoman for the Meridian Press "
        "Agency said the ships were in. The harbour was quiet on Tuesday, she said."
    )
    tracker = EntityTracker(text)
    tracker.observe(_name("Ruth Abendroth", 0, gender="f"))
    at = text.index("Meridian")
    agency = "Meridian Press Agency"
    body = tracker.resolve(Mention(at, at + len(agency), agency, "organisation", name=agency, role="spokeswoman"), at)
    assert body is not None
    tracker.spoke(body, text.index("in. "))
    she = text.index("she said")
    found = tracker.resolve(Mention(she, she + 3, "she", "pronoun", gender="f", number="sg"), she)
    assert found is not None and found.name == "Ruth Abendroth"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # the kind of body after the spokesperson, named after its kind's noun before
        (
            "PORT ELLAN, March 3 — The lender Corrow Savings cut its mortgage rates on Monday. "
            '"Rates can fall again by spring," a spokesman for the lender told Radio Ellan.',
            "Rates can fall again",
            "Corrow Savings",
        ),
        # ... or in a name that holds the noun
        (
            "PORT ELLAN, March 3 — The Harrow Valley Health Trust suspended two surgeons. A spokesman "
            "for the trust said the surgeons would not operate before May.",
            "the surgeons would not operate",
            "Harrow Valley Health Trust",
        ),
    ],
)
def test_a_spokesperson_for_the_kind_of_body_speaks_for_that_body(text: str, quote: str, speaker: str) -> None:
    assert _speaker_of(text, quote) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # two bodies of the kind: "the lender" names neither the more than the other
        "PORT ELLAN, March 3 — The lender Corrow Savings sold its card arm to the lender Fennick Bank "
        'on Monday. "No customer will lose a penny," a spokeswoman for the lender said.',
        "PORT ELLAN, March 3 — The brewer Tolland Ales bought the brewer Morrish & Sons last year. "
        '"The taps stay open," a spokesman for the brewer told reporters on Friday.',
    ],
)
def test_a_spokesperson_for_a_kind_the_article_named_twice_speaks_for_neither(text: str) -> None:
    assert _speaker_of(text, text.split('"')[1][:12]) is None


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # the owner's "own" and a year do not make the document's description too long
        (
            "PORT ELLAN, March 3 — Drivers at Vantor walked out on Monday. Vantor said it would not "
            "negotiate. According to Vantor's own 2025 investor presentation, wages make up 19 per cent "
            "of its costs.",
            "wages make up",
            "Vantor",
        ),
        # a body's figures, named by its initials' possessive
        (
            "PORT ELLAN, March 3 — The Ellan Area Transit Authority (EATA) raised fares on Monday. About "
            "9,000 people ride the line each day, according to EATA's own figures.",
            "About 9,000 people",
            "Ellan Area Transit Authority",
        ),
        # a report of three words after its owner's possessive, the owner a year and initials
        (
            "PORT ELLAN, March 3 — The Ellan Maritime Safety Office (EMSO) inspects the ferries. "
            "According to the EMSO's 2026 annual compliance report, the operator missed two of its drills.",
            "the operator missed",
            "Ellan Maritime Safety Office",
        ),
        # the body's kind as the owner, after a body the article named in full
        (
            "PORT ELLAN, March 3 — The Ellan Transit Commission cut the night buses on Monday. According "
            "to the commission's latest quarterly ridership report, fewer than 40 people rode them each night.",
            "fewer than 40",
            "Ellan Transit Commission",
        ),
        # a noun that heads bodies' names ("agency") owning the report: no body named so
        (
            "PORT ELLAN, March 3 — The Coastal Roads Agency (CRA) shut the causeway on Monday. According "
            "to the agency's initial structural safety report, nine of its 40 piers had cracked.",
            "nine of its 40",
            "Agency",
        ),
        # a body's assessment is its own record
        (
            "PORT ELLAN, March 3 — Kerrow Gas Ltd said it had shut its terminal on Monday. According to the "
            "Company's initial assessment, the valve failed at 4 a.m.",
            "the valve failed",
            "Kerrow Gas Ltd",
        ),
    ],
)
def test_according_to_a_bodys_own_record_the_body_speaks(text: str, quote: str, speaker: str) -> None:
    assert _speaker_of(text, quote) == speaker


def test_the_companys_record_is_no_agencys_nor_a_headlines() -> None:
    """Initials the article spells out nowhere but whose body it names ("the Varland Rail
    Authority's ... VRA") are no company, and nor are a headline's words in capitals."""
    text = (
        "ASHFORD MILLS SHARES SLIDE AFTER DERAILMENT\n\nCORVEL, May 4 — Shares in Ashford Mills fell on "
        "Tuesday, a day after a Varland Rail Authority train left the rails. VRA said the line would reopen "
        "on Friday. Ashford's contract with the VRA is worth 20 million a year, according to the company's "
        "annual report."
    )
    assert _speaker_of(text, "Ashford's contract") is None


def test_the_spokesperson_after_a_person_speaking_for_another_body_is_that_person() -> None:
    text = (
        "LIVE: Storm at Kerrow\n\n16:40\nThe lender Corrow Savings cut its mortgage rates today. "
        '"Rates can fall again by spring," a spokesman for the lender told us.\n\n09:15\n'
        '"The sea wall held," Harbour Board spokesperson Ines Corvalho said at a briefing. '
        "The spokesperson said the road would reopen by noon."
    )
    assert _speaker_of(text, "Rates can fall") == "Corrow Savings"
    assert _speaker_of(text, "the road would") == "Ines Corvalho"


def test_a_kind_s_own_record_is_not_another_body_s_document() -> None:
    # the parish council's own assessment: not the harbour agency's report named just before
    text = (
        "The Dunmarsh Harbour Agency was asked last month to inspect the old pier.\n\n"
        "The agency's yearly report said the pier was sound. "
        "The council's own assessment said the railings would last ten years."
    )
    quotes = extract(text, published="2027-05-20")
    railings = next(q for q in quotes if "railings" in q.text)
    assert railings.speaker is None or "agency" not in railings.speaker.name.casefold()


def test_a_word_of_description_before_a_full_name_is_dropped_but_no_capitals_are() -> None:
    """ "Senior Omar Kettle-Dunn" opens a sentence as Omar Kettle-Dunn; a dateline's place in
    capitals whose second word is a given name ("SAN FELIPE CITY") names nobody."""
    text = "Senior Omar Kettle-Dunn, the student representative, was blunt.\n\nSAN FELIPE CITY is quiet."
    t = EntityTracker(text)
    found = t.subject("Senior Omar Kettle-Dunn", 0)
    assert found is not None and found.name == "Omar Kettle-Dunn"
    assert t.subject("SAN FELIPE CITY", text.index("SAN")) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a noun for a trade or calling capitalised at a sentence's start is no part of the name
        (
            "Fisherman Tobias Hallgren, 51, a former harbour pilot from Vellmark, was furious.\n\n"
            '"I just steer the boat," Hallgren said.',
            "Tobias Hallgren",
        ),
        ('Nurse Ruth Okonjo, 40, lost a ewe.\n\n"It was the dogs," Okonjo said.', "Ruth Okonjo"),
    ],
)
def test_a_trade_opening_a_sentence_is_no_part_of_the_name(text: str, speaker: str) -> None:
    quotes = extract(text, published="2027-05-20")
    assert quotes and quotes[-1].speaker is not None and quotes[-1].speaker.name == speaker


def test_an_unknown_first_given_name_is_no_word_of_description() -> None:
    """ "Adeyemo Ruth Okonjo" opens a sentence with a first given name no list knows: not cut to
    "Ruth Okonjo" as if "Adeyemo" described her; a known word of description still is."""
    text = (
        "Yam prices rose again on Thursday.\n\n"
        'Adeyemo Ruth Okonjo keeps a kiosk by the bus depot. "Nobody has cash this week," she said.'
    )
    quotes = extract(text, published="2025-03-12")
    kiosk = next(q for q in quotes if "Nobody has cash" in q.text)
    assert kiosk.speaker is None or kiosk.speaker.name == "Adeyemo Ruth Okonjo"
    t = EntityTracker("Veteran Ruth Okonjo was blunt.")
    found = t.subject("Veteran Ruth Okonjo", 0)
    assert found is not None and found.name == "Ruth Okonjo"
    # a question's auxiliary before the name is no part of it
    t = EntityTracker("Has Ruth Okonjo sold the kiosk?")
    found = t.subject("Has Ruth Okonjo", 0)
    assert found is not None and found.name == "Ruth Okonjo"


def test_a_vessel_or_club_an_age_sets_off_is_no_person() -> None:
    """ "Grey Heron, 52, was refloated" in a story of boats is a vessel, not a person whom "the
    skipper" names next; "Tilde Roskam, 79, ... she said" is still a person."""
    boat = (
        "ARNWICK, March 11 - Three trawlers broke their moorings in the gale on Monday. "
        "Grey Heron, 52, was refloated on the evening tide.\n\n"
        '"The ropes parted like string," said the skipper.'
    )
    quotes = extract(boat, published="2025-03-12")
    ropes = next(q for q in quotes if "ropes parted" in q.text)
    assert ropes.speaker is None or "Heron" not in ropes.speaker.name
    club = (
        "The county bowls final is on Sunday. Marsh End, 61, has never lifted the shield.\n\n"
        '"This is our year," said the captain.'
    )
    quotes = extract(club, published="2025-03-12")
    year = next(q for q in quotes if "our year" in q.text)
    assert year.speaker is None or "Marsh" not in year.speaker.name
    person = (
        "The river burst its banks at dawn.\n\nTilde Roskam, 79, now sleeps in a sports hall.\n\n"
        '"I saved only the photographs," she said.'
    )
    quotes = extract(person, published="2025-03-12")
    photos = next(q for q in quotes if "photographs" in q.text)
    assert photos.speaker is not None and photos.speaker.name == "Tilde Roskam"


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # a body's initials in running text: no person, whom "she" could mean
        ("Ada Brill said she would appeal the ruling, NPA reported.", "NPA", "organisation"),
        # a transcript's label in capitals names a person
        ("HOST: Welcome.\n\nLEE: Thank you.\n\nHOST: Go on.", "LEE", "person"),
    ],
)
def test_initials_in_running_text_name_a_body(text: str, word: str, kind: str) -> None:
    t = EntityTracker(text)
    at = text.index(word)
    entity = t.observe(Mention(at, at + len(word), word, "name", name=word, number="sg"))
    assert entity is not None and entity.kind == kind


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # "it" after a quotation of several sentences: the document the sentence before the
        # quotation opened with speaks, through its author
        (
            "Allotment spraying\n\nThe council sat on Thursday. A note from Brendan Sowerby, who keeps bees on "
            'the allotments, was handed to the chair by a clerk. "Nobody told us about the spraying. Our hives '
            'lost half their workers," it said.',
            "Nobody told us about the spraying",
            "Brendan Sowerby",
        ),
        # a relative set off by a noun of kinship and a given name alone is whom "he" means next
        (
            "Terrace flooded\n\nGreta Hollins, 81, has lived on the terrace since 1970. Her grandson, Lukas, "
            'drove over from Corby at six. "The river got into the cellar inside ten minutes," he said.',
            "The river got into",
            "Lukas",
        ),
        # a kinsman named by given name is a man, whom "she" does not mean
        (
            "Clock shop\n\nIn the workshop, Martina Kell sands a chair leg. Her cousin Benedikt, a clock mender "
            "who works in the back room, calls out to her about lunch. She says the shop may close by spring.",
            "the shop may close",
            "Martina Kell",
        ),
    ],
)
def test_speakers_of_documents_and_relatives(text: str, quote: str, speaker: str) -> None:
    found = [q for q in extract(text, article_id="t") if q.text.startswith(quote)]
    assert found and found[0].speaker is not None and found[0].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a possessive in the subject's own clause is the subject's: the pronoun after still
        # corrects the list's gender for the given name
        (
            "Forge on Mill Lane\n\nYannick Dross took over her father's forge in 2004. She says the orders "
            "have halved since the bypass opened.",
            "the orders have halved",
            "Yannick Dross",
        ),
        (
            "Forge on Mill Lane\n\nYannick Dross, who learnt the trade from her uncle, took over the forge in "
            "2004. She says the orders have halved since the bypass opened.",
            "the orders have halved",
            "Yannick Dross",
        ),
    ],
)
def test_a_subjects_own_possessive_lets_the_pronoun_correct_the_list(text: str, quote: str, speaker: str) -> None:
    found = [q for q in extract(text, article_id="t") if q.text.startswith(quote)]
    assert found and found[0].speaker is not None and found[0].speaker.name == speaker


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("Yannick Dross took over her father's forge in 2004.", False),
        ("Yannick Dross, 61, took over her father's forge in 2004.", False),
        ("Yannick Dross, a smith who trained under her father, took over the forge.", False),
        # someone else's: before the name, an object, or inside an aside about another
        ("Her nephew Yannick Dross took over the forge in 2004.", True),
        ("Yannick Dross took over the forge from her in 2004.", True),
        ("Yannick Dross took over the forge from the widow, who ran it with her sons.", True),
        ("Yannick Dross took over the forge from a widow who ran it with her sons.", True),
    ],
)
def test_a_pronoun_of_another_in_the_subjects_sentence(sentence: str, other: bool) -> None:
    t = EntityTracker(text=sentence)
    at = sentence.index("Yannick")
    subject = t.subject("Yannick Dross", at)
    assert subject is not None
    assert t._other_of_gender("f", subject, 0, len(sentence)) is other


def test_a_spokesman_for_the_kind_speaks_for_the_body_its_apposition_named() -> None:
    text = (
        "The gas network operator, Ardenmoor Gas Networks (AGN), says its engineers are on site.\n\n"
        "Fire crews are there.\n\n"
        'More from AGN at noon. "The main has been shut off," a spokeswoman for the operator said.\n'
    )
    spoken = [q for q in extract(text, published="2027-05-04") if "shut off" in q.text]
    assert spoken and spoken[0].speaker is not None and spoken[0].speaker.name == "Ardenmoor Gas Networks"


def test_she_is_the_person_just_found_whom_her_sentence_goes_on_about() -> None:
    text = (
        'Tamsin Orrell, head of the ferry company, spoke at noon. "We will sail by Friday," she said.\n\n'
        "Our reporter at the quay found Oyelola Banjoko-Reed by the ticket office, where she has waited "
        'since dawn with her two sons. "Nobody tells us anything," she said.'
    )
    spoken = [q for q in extract(text, published="2027-05-04") if "Nobody" in q.text]
    assert spoken and spoken[0].speaker is not None and spoken[0].speaker.name == "Oyelola Banjoko-Reed"


def test_she_stays_the_speaker_when_the_one_found_is_not_taken_up() -> None:
    text = (
        'Tamsin Orrell, head of the ferry company, spoke at noon. "We will sail by Friday," she said.\n\n'
        'Later she met Oyelola Banjoko-Reed by the ticket office. "Nobody will be left behind," she said.'
    )
    spoken = [q for q in extract(text, published="2027-05-04") if "Nobody" in q.text]
    assert spoken and spoken[0].speaker is not None and spoken[0].speaker.name == "Tamsin Orrell"


def test_his_promise_is_the_sentence_s_subject_s_even_when_first_named_there() -> None:
    text = (
        'Bram Okonjo-Tell, a neighbour, said he had warned the landlord. "Nobody came," Mr Okonjo-Tell said.\n\n'
        "The planning minister, Casimir Delacroix-Wynn, repeated on Friday his promise that every tenant "
        "would be rehoused within a month.\n"
    )
    spoken = [q for q in extract(text, published="2027-05-04") if "rehoused" in q.text]
    assert spoken and spoken[0].speaker is not None and spoken[0].speaker.name == "Casimir Delacroix-Wynn"


@pytest.mark.parametrize(
    ("text", "wanted", "speaker"),
    [
        (
            # the surname alone after the second person of it is named: the one named last
            "Kayla Brandt, a teacher, ran on Sunday. \"I don't remember mile 19,\" Brandt told the Star.\n\n"
            "Her father, Mike Brandt, drove from Reno. Brandt said the family had no complaints about the crews.",
            "no complaints",
            "Mike Brandt",
        ),
        (
            "Ivo Hale, a barrister, spoke for the accused. Mr Hale said his client never knew.\n\n"
            "Dr Ada Hale, the regulator's chief executive, is no relation. Dr Hale said the regulator would audit "
            "every award.",
            "audit every award",
            "Ada Hale",
        ),
        (
            # the surname alone again while no one else of it has been named since: the same person
            "Kayla Brandt ran on Sunday. Her father, Mike Brandt, drove from Reno.\n\n"
            "\"The medics saved my life,\" Kayla Brandt said. Brandt said she would run again next year.",
            "run again",
            "Kayla Brandt",
        ),
        (
            # a relative named in passing in a paragraph of their own: the surname stays the subject's
            "Councillor Ellen Marsh voted on Thursday to close the depot. \"We have no money left,\" Marsh said."
            "\n\nHer husband, Daniel Marsh, runs a haulage firm that leases space at the depot.\n\n"
            "\"This was the hardest vote of my career,\" Marsh said after the meeting.",
            "hardest vote",
            "Ellen Marsh",
        ),
        (
            "Dr Isobel Hale was named surgeon of the year on Thursday. \"It belongs to the team,\" Dr Hale said."
            "\n\nHer brother, Tom Hale, also a doctor, flew in from Perth.\n\n\"I never expected this,\" Dr Hale said.",
            "never expected",
            "Isobel Hale",
        ),
    ],
)
def test_a_bare_surname_is_the_one_of_that_name_named_last(text: str, wanted: str, speaker: str) -> None:
    spoken = [q for q in extract(text, published="2027-05-04") if wanted in q.text]
    assert spoken and spoken[0].speaker is not None and spoken[0].speaker.name == speaker


def test_he_is_not_the_body_a_spokeswoman_spoke_for() -> None:
    text = (
        "Graham Osei, the bank's chief operating officer, told MPs that 64,000 customers had been affected.\n\n"
        "The Financial Markets Authority said it had opened an enquiry. A spokeswoman said the authority would "
        '"look at whether customers were treated fairly."\n\n'
        "He told MPs that the bank would refund any late-payment charge.\n"
    )
    spoken = [q for q in extract(text, published="2027-05-04") if "refund" in q.text]
    assert spoken and spoken[0].speaker is not None and spoken[0].speaker.name == "Graham Osei"


_ORCHARD = (
    "Marieke de Vos runs the orchard her grandfather planted.\n\n"
    "Her father, Pieter de Vos, still walks the rows every morning. He remembers the frost of 1991.\n\n"
)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the father, named last, shares the daughter's surname with its particle: the clause's
        # "said her" and "she" say which of the two "De Vos" is
        (
            _ORCHARD + "De Vos said her agent had told her in March that the policy covered frost.",
            "her agent",
            "Marieke de Vos",
        ),
        (
            _ORCHARD + "Back on the slope, De Vos had said last week that she would replant.",
            "she would",
            "Marieke de Vos",
        ),
        (_ORCHARD + "De Vos said his knees would not take another winter.", "his knees", "Pieter de Vos"),
        # an aside on the name before the verb of saying, with no pronoun of the other gender
        (
            "Maria Lopez and her husband, Juan Lopez, own the vineyard. Lopez said he would sell. Lopez, whose "
            "brother lives in Chile, said she would stay.",
            "she would stay",
            "Maria Lopez",
        ),
        # a one-word surname a wife and husband share, the other one named last
        (
            "Tomasz Brenner, 52, lost his bakery in the flood.\n\nHis wife, Ilona Brenner, keeps the books.\n\n"
            "Brenner said he would reopen the shop by May.",
            "he would reopen",
            "Tomasz Brenner",
        ),
        (
            "Ilona Brenner, 52, lost her bakery in the flood. Her husband, Tomasz Brenner, keeps the books. "
            "Brenner said she would reopen the shop by May.",
            "she would reopen",
            "Ilona Brenner",
        ),
    ],
)
def test_a_shared_surname_goes_to_the_person_its_clauses_pronoun_fits(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


def test_a_shared_surname_pronoun_cue_reads_only_its_own_clause() -> None:
    t = EntityTracker()
    text = (
        'Pieter de Vos farms here. His daughter, Marieke de Vos, helps.\n\nDe Vos told reporters: "She did all of it."'
    )
    t.text = text
    t.observe(_name("Pieter de Vos", 0))
    t.observe(_name("Marieke de Vos", text.index("Marieke")))
    at = text.index("De Vos told")
    # the pronoun inside the quotation is no cue for the name that opens the sentence
    assert t._shared_surname_gender(_name("De Vos", at)) is None
    # nor is a surname that only one gender bears
    single = EntityTracker()
    single.text = "Pieter de Vos farms here.\n\nDe Vos said she was wrong."
    single.observe(_name("Pieter de Vos", 0))
    assert single._shared_surname_gender(_name("De Vos", single.text.index("De Vos said"))) is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # no pronoun opens the reported clause: "him" marks the father, whom the old rule finds
        (
            "Anna Smith runs the bakery with her father, Peter Smith. Smith said the inspector, Carla Jones, "
            "had told him she would return on Friday.",
            "the inspector",
            "Peter Smith",
        ),
        # a possessive of the other gender before the name: "she" may be the daughter he speaks of
        (
            "Anna Smith runs the bakery with her father, Peter Smith. Asked about his daughter, Smith said she "
            "had worked harder than anyone.",
            "she had worked",
            "Peter Smith",
        ),
        (
            "Anna Smith runs the bakery with her father, Peter Smith. Smith, who trained his daughter, said she "
            "now runs the kitchen.",
            "she now runs",
            "Peter Smith",
        ),
        # the pronoun comes after another verb, not right after the cue
        (
            'Anna Smith runs the bakery with her father, Peter Smith. "It is hard work," Smith said, adding '
            "that she starts at 4am.",
            "It is hard work",
            "Peter Smith",
        ),
    ],
)
def test_a_shared_surname_pronoun_cue_is_only_the_reported_clauses_opening_subject(
    text: str, words: str, speaker: str
) -> None:
    assert _speaker_of(text, words) == speaker
