"""Speaker phrases with a person and a body, or a body and its acronym: which name speaks."""

from __future__ import annotations

import re

import pytest

from onrecord.attribute.appositions import (
    apposed_role,
    apposition_head,
    behalf_of,
    named_before_cue,
    on_behalf,
    persons_named,
    repaired,
    self_named,
)
from onrecord.clean import clean
from onrecord.extract import analyse_article, extract
from onrecord.extract.mentions import Mention
from onrecord.model import Document

ACRONYMS = {
    "FHWC": "Federation of Health Workers of Caldonia",
    "APO": "Association of Port Operators",
    "CCB": "Competition and Consumer Board",
    "STOA": "Saltvik Terminal Operators' Association",
}


@pytest.mark.parametrize(
    ("text", "kind", "name", "wanted_kind", "wanted"),
    [
        # a person "of" a body: the person speaks, not the body's acronym spelled out
        (
            "Eva-Maria Aigner of the VCS, the Seltavian pilots' union",
            "organisation",
            "Vereinigung Cockpit Seltavia",
            "name",
            "Eva-Maria Aigner",
        ),
        (
            "The negotiator, Sanna Kivelä of the Association of Port Operators (APO",
            "organisation",
            "Association of Port Operators",
            "name",
            "Sanna Kivelä",
        ),
        # a body with its acronym: its full name, not the country at its end
        (
            "The Federation of Health Workers of Caldonia (FHWC",
            "name",
            "Caldonia",
            "organisation",
            "Federation of Health Workers of Caldonia",
        ),
        (
            "The Council of Northern Energy Regulators (CNER",
            "name",
            "Regulators",
            "organisation",
            "Council of Northern Energy Regulators",
        ),
        (
            "The Competition and Consumer Board (CCB), Marrenland's antitrust watchdog",
            "organisation",
            "Competition and Consumer Board (CCB), Marrenland's antitrust watchdog",
            "organisation",
            "Competition and Consumer Board",
        ),
        # a person's apposition naming a body with its acronym stays the person
        (
            "Sigrid Aalund, chair of the Saltvik Terminal Operators' Association (STOA)",
            "name",
            "Sigrid Aalund",
            "name",
            "Sigrid Aalund",
        ),
        # nothing to repair
        ("Transport Minister Marie-Claire Oduya", "name", "Marie-Claire Oduya", "name", "Marie-Claire Oduya"),
    ],
)
def test_the_name_that_speaks(text: str, kind: str, name: str, wanted_kind: str, wanted: str) -> None:
    mention = Mention(0, len(text), text, kind, name=name)
    found = repaired(mention, ACRONYMS)
    assert (found.kind, found.name) == (wanted_kind, wanted)


def test_a_person_gets_the_gender_of_their_given_name() -> None:
    text = "Eva-Maria Aigner of the VCS"
    found = repaired(Mention(0, len(text), text, "organisation", name="VCS"), {})
    assert found.gender == "f"


@pytest.mark.parametrize(
    ("text", "kind", "name", "wanted_kind", "wanted"),
    [
        # the body's officer after its acronym speaks, not the body
        (
            "Saltvik Terminal Operators' Association (STOA) chief Harjit Pal Dhillon",
            "name",
            "Harjit Pal Dhillon",
            "name",
            "Harjit Pal Dhillon",
        ),
        # with no person after the acronym, the body does
        (
            "The Federation of Health Workers of Caldonia (FHWC",
            "name",
            "Caldonia",
            "organisation",
            "Federation of Health Workers of Caldonia",
        ),
    ],
)
def test_an_officer_after_a_body_s_acronym_speaks(
    text: str, kind: str, name: str, wanted_kind: str, wanted: str
) -> None:
    found = repaired(Mention(0, len(text), text, kind, name=name), ACRONYMS)
    assert (found.kind, found.name) == (wanted_kind, wanted)


@pytest.mark.parametrize(
    ("text", "name", "wanted"),
    [
        # an opening phrase's person, her appositions, then the subject: both people, each apart
        (
            "Gwen Rhys-Jenkins, the Plaid MP for Arfon West, Mr ab Owain",
            "Gwen Rhys-Jenkins",
            [("Gwen Rhys-Jenkins", "f"), ("ab Owain", "m")],
        ),
        (
            "Marit Lunde, the committee's chair, Ms Ingrid Halvorsen",
            "Marit Lunde",
            [("Marit Lunde", "f"), ("Ingrid Halvorsen", "f")],
        ),
        # one person and her appositions: one person
        ("Marit Lunde, the committee's chair, Ms Lunde", "Marit Lunde", [("Marit Lunde", None)]),
        ("Marit Lunde, the committee's chair, who sits for Varnes", "Marit Lunde", [("Marit Lunde", None)]),
        ("Marit Lunde, the committee's chair", "Marit Lunde", [("Marit Lunde", None)]),
    ],
)
def test_a_phrase_that_ends_with_another_person_names_both(
    text: str, name: str, wanted: list[tuple[str, str | None]]
) -> None:
    found = persons_named(Mention(0, len(text), text, "name", name=name), {})
    assert [(m.name, m.gender) for m in found] == wanted
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The delay worries Ray Boisvenu, president of the Eastside Business Guild.",
            "president of the Eastside Business Guild",
        ),
        ("It was signed by Ray Boisvenu, the union's spokesman, on Monday.", "the union's spokesman"),
        # an age, a place, another name: no office
        ("The delay worries Ray Boisvenu, 54, of Eastside.", None),
        ("The delay worries Ray Boisvenu, Tom Lind and the council.", None),
        # an office between two names introduces the second
        ("It happened after Ray Boisvenu, the agency's spokesman, Ada Brell, said so.", None),
    ],
)
def test_an_office_set_off_after_a_name_is_its_role(text: str, role: str | None) -> None:
    name = "Ray Boisvenu"
    at = text.index(name)
    mention = Mention(at, at + len(name), name, "name", name=name, gender="m", number="sg")
    assert apposed_role(mention, text).role == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a long description with a clause and a second apposition, the name set off before the cue
        (
            "The nurse who was on the night shift, a woman who has worked on the ward for twenty years, "
            "Greta Lundqvist, said the alarm never sounded.",
            "Greta Lundqvist",
        ),
        (
            "The man who has chaired the fishing co-op since 2009, a retired skipper, Ewan Brannagh, said no.",
            "Ewan Brannagh",
        ),
    ],
)
def test_a_name_set_off_right_before_the_cue_after_a_description_speaks(text: str, name: str) -> None:
    cue = text.index(" said") + 1
    mention = Mention(0, text.index(","), text[: text.index(",")], "other", role="nurse")
    found = named_before_cue(mention, text, cue)
    assert (found.kind, found.name, text[found.start : found.end]) == ("name", name, name)


@pytest.mark.parametrize(
    "text",
    [
        # a body's name set off, no person's
        "The company that owns the marina, Harbour Point, said the berths would stay.",
        # a name in another sentence
        "The nurse was tired. Greta Lundqvist, said the alarm never sounded.",
    ],
)
def test_no_person_set_off_before_the_cue_keeps_the_description(text: str) -> None:
    cue = text.index(" said") + 1
    mention = Mention(0, 9, text[:9], "other", role="company")
    assert named_before_cue(mention, text, cue) is mention


def test_a_name_set_off_after_by_and_a_noun_is_that_agent_s() -> None:
    text = "A statement from the mayor, read out by her campaign manager, Oskar Lind, said the count was fair."
    mention = Mention(0, 11, "A statement", "other", role="statement")
    assert named_before_cue(mention, text, text.index(" said") + 1) is mention


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The man who has held the valley's growers together for two decades, association chair "
            "Torvald de Wint, said the count stood at 340.",
            "Torvald de Wint",
            "association chair",
        ),
        (
            "The woman who led the crews through the night, fire chief Marit Oyelaran, said it was out.",
            "Marit Oyelaran",
            "fire chief",
        ),
    ],
)
def test_a_name_set_off_after_its_office_in_lower_case_speaks(text: str, name: str, role: str) -> None:
    # the office before the name shows a person, even of a given name the lists lack
    mention = Mention(0, 7, text[:7], "other", role=text[4:7])
    found = named_before_cue(mention, text, text.index(" said") + 1)
    assert (found.kind, found.name, found.role) == ("name", name, role)


@pytest.mark.parametrize(
    "text",
    [
        # lower-case words that are no office: a clause naming another
        "The firm that took over the yard, which employs Oskar Lind, said the berths would stay.",
        "The board that met on Monday, led by Oskar Lind, said the berths would stay.",
        # an office that is the object of a clause's verb: the one it names is not the subject
        "The man, who attacked chairman Tom Brack, told the court he had acted in self-defence.",
        "The man, having attacked chairman Tom Brack, told the court he had acted in self-defence.",
    ],
)
def test_lower_case_words_that_are_no_office_name_nobody_before_the_cue(text: str) -> None:
    mention = Mention(0, 8, text[:8], "other", role="firm")
    cue = text.index(" said" if " said" in text else " told") + 1
    assert named_before_cue(mention, text, cue) is mention


def test_review_b2_a_man_who_attacked_a_chairman_is_not_the_chairman() -> None:
    text = (
        "DUNMORE, Oct 9 - Two men have been charged after a fight outside a pub in the town centre on "
        "Saturday night.\n\nThe man, who attacked chairman Tom Brack, told the court he had acted in "
        "self-defence.\n"
    )
    found = [q.speaker.name if q.speaker else None for q in extract(text, published="2027-10-09")]
    assert found == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name no list knows, after a description of a person by "whose" and what he does
        ("The farmer whose field the balloon hit, Per Kernevez, told reporters it dragged on.", "Per Kernevez"),
        ("The woman who pulled him out of the river, Ysolde Penhallow, said he was breathing.", "Ysolde Penhallow"),
    ],
)
def test_a_name_set_off_after_a_persons_who_clause_speaks(text: str, name: str) -> None:
    cue = text.index(" told" if " told" in text else " said") + 1
    mention = Mention(0, 10, text[:10], "other", role=text[4:10].strip())
    found = named_before_cue(mention, text, cue)
    assert (found.kind, found.name) == ("name", name)


def test_a_name_set_off_after_a_bodys_whose_clause_is_no_persons() -> None:
    # "whose" is a body's too: the charity is no agent noun, its name no person's
    text = "The charity whose founder died in May, Hope Springs, said the shelter would stay open."
    mention = Mention(0, 11, "The charity", "other", role="charity")
    assert named_before_cue(mention, text, text.index(" said") + 1) is mention


def test_the_description_before_a_set_off_name_is_that_person_s_role() -> None:
    # its words up to the first clause: "the surgeon" later in the article is the same person
    text = "The consultant heart surgeon who was to operate that morning, Greta Lundqvist, said the list was lost."
    mention = Mention(0, 31, "The consultant heart surgeon", "other", role="consultant")
    assert named_before_cue(mention, text, text.index(" said") + 1).role == "consultant heart surgeon"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ('Outside court, Ms Lund read a statement on behalf of Mr Oskar Berg: "I am sorry."', "Oskar Berg", "name"),
        ("Piet Vos read a statement on behalf of his sister-in-law, Ada Pell, on the steps.", "Ada Pell", "name"),
        ("The chairman read a statement on behalf of the airline at its headquarters.", None, "other"),
        # a surname by its particles alone
        ("Ivo Marsh read a short note on behalf of de la Fuente, who had flown home.", "de la Fuente", "name"),
    ],
)
def test_a_statement_read_on_behalf_of_someone_is_theirs(text: str, name: str | None, kind: str) -> None:
    cue = re.search(r"\bread\b", text)
    assert cue is not None
    mention = Mention(0, 5, text[:5], "name", name=text[:5])
    found = on_behalf(mention, text, cue.span())
    assert (found.kind, found.name) == (kind, name)


@pytest.mark.parametrize(
    ("text", "pronoun", "owner"),
    [
        ('Kell was ill. His aide, Ana Roth, read a statement on his behalf: "I am sorry."', "he", "his"),
        ('Ada Pell stayed home. Her lawyer read out a short statement on her behalf: "No."', "she", "her"),
        ("The mill's owners did not attend. A clerk read a letter on their behalf to the meeting.", "they", "their"),
    ],
)
def test_a_statement_read_on_someones_behalf_is_the_ones_the_pronoun_means(text: str, pronoun: str, owner: str) -> None:
    cue = re.search(r"\bread\b", text)
    assert cue is not None
    mention = Mention(0, 5, text[:5], "name", name=text[:5])
    found = on_behalf(mention, text, cue.span())
    assert (found.kind, found.text, text[found.start : found.end]) == ("pronoun", pronoun, owner)


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        ("A statement was read out on his behalf by his aide, Ana Roth, at noon:", "his", "pronoun"),
        ("The chairman read a statement on behalf of the ferry company at the quay.", "the ferry", "other"),
        ("Her lawyer read a letter on behalf of Ms Ada Pell outside.", "Ms Ada Pell", "name"),
        ("The clerk read a letter on behalf of Mr Berg's family.", None, None),
        ("The clerk read a letter to the committee.", None, None),
    ],
)
def test_the_one_a_statement_is_for_is_named_after_behalf(text: str, words: str | None, kind: str | None) -> None:
    found = behalf_of(text, 0, len(text))
    assert (text[found.start : found.end] if found else None, found.kind if found else None) == (words, kind)


def test_a_statement_read_for_nobody_named_keeps_the_reader() -> None:
    text = "Ms Lund read a statement to reporters outside the court."
    mention = Mention(0, 7, "Ms Lund", "name", name="Lund")
    assert on_behalf(mention, text, (8, 12)) is mention


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A group calling itself Grey Heron claimed the attack, saying it had the files.", "Grey Heron"),
        ("A group calling itself the Harbour Savers' League (HSL) said it had 900 members.", "Harbour Savers' League"),
    ],
)
def test_a_nameless_group_calling_itself_a_name_is_that_body(text: str, name: str) -> None:
    found = self_named(Mention(0, 7, "A group", "organisation"), text)
    assert (found.kind, found.name, text[found.start : found.end]) == ("organisation", name, name)


def test_a_named_body_keeps_its_name() -> None:
    text = "Harbour Watch, calling itself Grey Heron in posts, said so."
    mention = Mention(0, 13, "Harbour Watch", "organisation", name="Harbour Watch")
    assert self_named(mention, text) is mention


def test_a_statement_read_on_behalf_of_someones_family_names_nobody_who_spoke() -> None:
    text = "Her lawyer read a statement on behalf of Mr Berg's family: \"We are devastated.\""
    mention = Mention(0, 10, "Her lawyer", "other", role="lawyer")
    assert on_behalf(mention, text, (11, 15)) is mention


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an office before an apposition that names its holder: the holder speaks
        (
            "The Health Secretary, the Rt Hon Daniel Quarrington, told MPs on Monday that rules would go.",
            "Daniel Quarrington",
        ),
        # a body's apposition that names its country: the body speaks, not the country
        (
            "Tarbeck Bank, Veldia's second-largest lender by assets, said on Monday that a faulty upgrade froze pay.",
            "Tarbeck Bank",
        ),
        ("Tarbeck Bank, the country's biggest lender, said on Monday that a faulty upgrade froze pay.", "Tarbeck Bank"),
        ("Tarbeck Bank, a Veldia lender, said on Monday that a faulty upgrade froze pay.", "Tarbeck Bank"),
        # a relative clause after an apposition is the name's, not the place's in the apposition
        (
            "The tests were published by the Quorvale Coalition, a conservation group based in Marrowby, "
            "which said the river carried lead at three times the limit.",
            "Quorvale Coalition",
        ),
        (
            "Among those stuck is Petra Brumwick, a 41-year-old teacher from Drammen, who said she had slept "
            "at the terminal since Monday.",
            "Petra Brumwick",
        ),
        # a member's party and seat set off after her name
        (
            "The motion was moved by Opposition Leader Ruth Orvanne, LDP-Northfield, who said the cabinet had "
            "lost its way.",
            "Ruth Orvanne",
        ),
        # the description's own relative clause, with no comma before "who"
        (
            "Omar Pellister, the baker who told the Morton Gazette on Friday that his flour had not arrived, is "
            "still waiting.",
            "Omar Pellister",
        ),
    ],
)
def test_the_name_before_an_apposition_speaks(text: str, speaker: str) -> None:
    found, _ = analyse_article(clean(Document(text, "test.txt", "text")))
    assert [q.speaker.name if q.speaker else None for q in found] == [speaker]


def test_a_relative_clause_after_a_list_keeps_its_antecedent() -> None:
    text = "Tarbeck Bank, the Veldia Fund and the Orr Trust, which said it would pay."
    at = text.index("which")
    trust = Mention(text.index("Orr Trust"), text.index("Orr Trust") + 9, "Orr Trust", "organisation", name="Orr Trust")
    relative = Mention(at, at + 5, "which", "relative", antecedent=trust, name="Orr Trust")
    assert apposition_head(relative, text) == relative


def test_a_place_before_an_apposition_is_no_speaker() -> None:
    text = "In Marrowby, a town of 9,000 people, who said the water was safe."
    at = text.index("who")
    town = Mention(text.index("town"), text.index("town") + 4, "town", "other", role="town")
    relative = Mention(at, at + 3, "who", "relative", antecedent=town)
    assert apposition_head(relative, text) == relative


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a cue set off inside the sentence, its subject a body's officer: the officer speaks
        ("Ostmere Bank, its managing director said on Tuesday, will shut nine branches.", "its managing director"),
        (
            "Ostmere Bank, the lender's managing director said on Tuesday, will shut nine branches.",
            "lender's managing director",
        ),
        # a comma closing the apposition: the body speaks
        (
            "Ostmere Bank, the country's oldest lender, said on Tuesday that nine branches would shut.",
            "Ostmere Bank",
        ),
    ],
)
def test_an_officer_in_a_cue_set_off_after_a_body_speaks(text: str, speaker: str) -> None:
    found, _ = analyse_article(clean(Document(text, "test.txt", "text")))
    assert [q.speaker.name if q.speaker else None for q in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        # the possessor before "behalf": a description the tracker resolves, or a name
        ("handed out a note on the skipper's behalf at the quay", "other", "skipper"),
        ("handed out a note on Ada Pell's behalf at the quay", "name", "Ada Pell"),
        ("handed out a note on his behalf at the quay", "pronoun", "he"),
    ],
)
def test_the_one_a_statement_is_read_for(text: str, kind: str, words: str) -> None:
    found = behalf_of(text, 0, len(text))
    assert found is not None and found.kind == kind
    assert words in {found.role, found.name, found.text}


def test_a_statement_read_on_a_described_persons_behalf_is_theirs() -> None:
    text = (
        "Drummer arrested\n\nThe team's captain, Rufus Achterling, was arrested on Friday. On Saturday his agent, "
        "Lena Vorst, read a note on the captain's behalf to waiting reporters. \"I regret what happened and I have "
        'apologised to the hotel staff," the note read.'
    )
    quotes = [q for q in extract(text, article_id="t") if q.text.startswith("I regret")]
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.name == "Rufus Achterling"


@pytest.mark.parametrize(
    "later",
    [
        'On the guild\'s behalf, its treasurer, Ilona Varsky, said: "We will match every pound."',
        'On behalf of the guild, its treasurer, Ilona Varsky, said: "We will match every pound."',
    ],
)
def test_a_behalf_in_the_next_sentence_is_another_statements(later: str) -> None:
    # the behalf a statement was read on is in its own sentence; one held by nobody the article
    # names leaves the reader as the speaker
    text = (
        "Mill fire appeal\n\nKESTON, Tuesday - The appeal for the burnt-out mill passed its target on Monday.\n\n"
        "A statement was read on the owners' behalf by the foreman, Dmitri Harwell.\n\n"
        f'"We did not expect so much so soon," the statement said.\n\n{later}'
    )
    quotes = [q for q in extract(text, article_id="t") if q.text.startswith("We did not expect")]
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.name == "Dmitri Harwell"


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        # the statement a colon opens after its reading: the absent one's words, read by the lawyer
        ("Tobias Reinholt did not address the panel in person. His lawyer, Marc-Antoine Fischer, read out a "
         'statement on his behalf: "I have never cheated at chess and I never will."',
         "Tobias Reinholt", "Marc-Antoine Fischer"),
        ("Ms Helen Fairweather was unable to attend. The clerk, Mr Daniel Okafor-Lyle, read into the record a "
         'statement on her behalf: "We have had 2,300 complaints since Tuesday morning."',
         "Helen Fairweather", "Daniel Okafor-Lyle"),
        # a reading that ends before the colon's clause begins is no reading of those words
        ('Mayor Ada Lind read out a statement on behalf of the council. Later she said: "We will rebuild the pier."',
         "Ada Lind", None),
        # the reader's own clause after the reading, up to the colon: her words, not the team's
        ("Ada Pell read out a statement on behalf of the mountain rescue team, and her own message to walkers "
         'was simple: "Check the forecast."',
         "Ada Pell", None),
    ],
)  # fmt: skip
def test_a_statement_read_on_anothers_behalf_is_theirs_through_the_reader(
    text: str, speaker: str, via: str | None
) -> None:
    found = [(q.speaker.name if q.speaker else None, q.via) for q in extract(text, published="2027-03-06")]
    assert found == [(speaker, via)]


def test_a_body_s_acronym_inside_a_person_s_description_makes_no_body_the_speaker() -> None:
    text = (
        "Zoo staff strike\n\nKeepers at the city zoo walked out on Monday.\n\n"
        "Declan Moyle, the Animal Care Workers' Union (ACWU) representative at the zoo, said his members were "
        "tired of waiting. He said the union would meet managers on Friday.\n"
    )
    speakers = [q.speaker.name if q.speaker else None for q in extract(text, published="2031-03-04")]
    assert speakers == ["Declan Moyle", "Declan Moyle"]
