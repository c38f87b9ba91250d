"""The channel a quote came through: a magazine named with its medium noun, the article's own
magazine, a Q&A headed by the magazine's name, and a person relaying an unnamed source
(attribute.channels)."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.attribute.channel_relays import SPOKE_THROUGH, _teller_before, hearsay_person
from onrecord.attribute.channels import full_name, person_relays
from onrecord.attribute.entities import Entity
from onrecord.attribute.own_outlet import own_outlet
from onrecord.extract.candidates import Candidate


def _vias(text: str, outlet: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    return {q.text[:24]: (q.via, q.via_kind) for q in extract(text, outlet=outlet, published="2027-11-06")}


@pytest.mark.parametrize(
    ("text", "outlet", "quote", "via"),
    [
        # an outlet named with the medium's noun after it
        (
            'The 41-year-old actress told Gilt magazine she was paid "a third of Jonah\'s fee" for the last film.',
            "The Daily Clarion",
            'she was paid "a third of',
            ("Gilt", "outlet"),
        ),
        (
            "Farmers' leader Ada Nwosu told the Kessa Ledger newspaper that the co-operative would sue.",
            None,
            "that the co-operative wo",
            ("Kessa Ledger", "outlet"),
        ),
        # the article's own magazine, by a media noun
        (
            "In an interview with this magazine in April, the director general put the cost at a round figure: "
            '"Halcyon has cost 1.2 billion euros, and every cent of it is on the table."',
            "Horizon Weekly",
            "Halcyon has cost 1.2 bil",
            ("Horizon Weekly", "outlet"),
        ),
        # a magazine, no outlet in particular
        (
            "Four days after telling a magazine she was finished with the saga, Marisol de la Vega said on "
            "Tuesday that she would make a fourth film after all.",
            "The Port Albrecht Ledger",
            "she would make a fourth ",
            (None, None),
        ),
    ],
)
def test_a_magazine_by_its_name_and_noun(
    text: str, outlet: str | None, quote: str, via: tuple[str | None, str | None]
) -> None:
    assert _vias(text, outlet)[quote] == via


_QA = (
    "GILT\nThe December Issue | Online 5 November 2027\n\nMARISOL DE LA VEGA IS DONE BEING GRATEFUL\n\n"
    "Interview by Clementine Achterberg-Ruiz.\n\n"
    "GILT: The third film comes out in December. How does it feel?\n\n"
    "DE LA VEGA: Like the end of something. I will not be back for a fourth film.\n\n"
    "GILT: Why now?\n\n"
    "DE LA VEGA: Because I found out what the numbers were.\n"
)


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        (_QA, "Gilt"),
        ("SIGNAL\nMonday\n\nSIGNAL: Why now?\n\nMARCHETTI: Because.\n", "Signal"),
        # a first line that asks no question is no outlet
        ("MARCHETTI\nMonday\n\nQ: Why now?\n\nMARCHETTI: Because.\n", None),
        ("The last bell\n\nBy Ruairí Ó Dónaill\n\nThe yard is small.\n", None),
    ],
)
def test_a_qa_headed_and_asked_by_the_magazine(header: str, outlet: str | None) -> None:
    assert own_outlet(header, None) == outlet


def test_the_answers_of_a_magazines_qa_came_through_the_magazine() -> None:
    vias = {q.text[:20]: q.via for q in extract(_QA, published="2027-11-05")}
    assert vias["Like the end of somet"[:20]] == "Gilt"
    assert vias["Because I found out w"[:20]] == "Gilt"


@pytest.mark.parametrize(
    ("text", "quote", "via"),
    [
        # an unnamed source's words relayed by the named person who tells of them
        (
            "Pärn said a ministry official had told residents at a public meeting in 2025 that their "
            'objections "would be noted".',
            "their objections",
            "Pärn",
        ),
        (
            "Sithole, the school's governing body chair, said an official had told the school in 2024 that the "
            "road was safe enough.",
            "the road was safe enough",
            "Sithole",
        ),
    ],
)
def test_an_unnamed_sources_words_came_through_the_person_relaying_them(text: str, quote: str, via: str) -> None:
    got = {q.text[: len(quote)]: (q.via, q.via_kind) for q in extract(text, published="2027-09-21")}
    assert got[quote] == (via, "person")


@pytest.mark.parametrize(
    ("name", "text", "full"),
    [
        ("O'Dwyer", "Wyralla Shire Mayor Cr Lachlan O'Dwyer has been speaking to Radio Southern.", "Lachlan O'Dwyer"),
        ("Kessler", "Union chief Karl Kessler and Anna Kessler both spoke.", "Kessler"),  # two: unsure
        ("Kessler", "Mr Kessler spoke first.", "Kessler"),  # a title is no given name
        # a first mention mid-sentence, even by a given name the list lacks (in a possessive)
        ("Thorsby", "The silos behind Tolver Thorsby's barn are full. Thorsby says it is bad.", "Tolver Thorsby"),
        ("Thorsby", "The union met Senator Thorsby. Thorsby said no.", "Thorsby"),  # a title again
        ("Thorsby", "Thorsby farms wheat. His cousin Tolver Thorsby does not.", "Thorsby"),  # not the first mention
        ("Thorsby", "Ferries from Norway Thorsby runs are late.", "Thorsby"),  # a country
        # a family name first, a hyphenated given name after it
        ("Park", "That was not enough for Park Ji-woo, a lawmaker from Gwangsan. Park said so.", "Park Ji-woo"),
        ("Lee", "That was not enough for Lee Seo-yeon, a lawmaker from Gwangsan. Lee said so.", "Lee Seo-yeon"),
    ],
)
def test_a_relaying_person_named_in_full_from_the_text(name: str, text: str, full: str) -> None:
    assert full_name(name, [], text) == full


_PEOPLE = [Entity(key=0, name="Maja Lund-Berg", kind="person"), Entity(key=1, name="Ola Lund-Haug", kind="person")]


@pytest.mark.parametrize(
    ("name", "people", "text", "full"),
    [
        # the parser split a double surname at its hyphen: the one person whose name opens with it
        ("Lund", _PEOPLE[:1], "", "Maja Lund-Berg"),
        ("Lund", _PEOPLE, "", "Lund"),  # two: unsure
        # a given name before the first half of a double surname is no given name of that half
        ("Lund", [], "Union chief Maja Lund-Berg spoke first.", "Lund"),
        ("Lund", [], "Union chief Maja Lund spoke first.", "Maja Lund"),
    ],
)
def test_a_relaying_person_with_a_double_surname(name: str, people: list[Entity], text: str, full: str) -> None:
    assert full_name(name, people, text) == full


@pytest.mark.parametrize(
    ("text", "via"),
    [
        (
            "KANO, May 12 - The Governor of Zed State, H.E. Engr. Ola Bade, who spoke through his Chief Press "
            'Secretary, Mr. Tunde Ade, assured that the state government "shares the pain of our farmers."',
            [("Tunde Ade", "person")],
        ),
        (
            "NAIROBI, May 12 - The Governor, who spoke through his Director of Communications, Felix Otieno, said "
            'the county "is doing everything possible."',
            [("Felix Otieno", "person")],
        ),
        ("NAIROBI, May 12 - The Governor said the county would act, speaking through tears.", [(None, None)]),
        # a lawyer named after "through" opening the sentence
        (
            "Former chairman Piet Ormand has not spoken since the bank failed. Through his lawyer, Ana Ruiz, "
            "Ormand said he had warned the regulator in January.",
            [("Ana Ruiz", "person")],
        ),
        # a named interpreter the words came through; an unnamed one is no channel
        (
            'Survivor Kofi Mensah described the night on the boat. "We held hands until morning," Mensah said '
            "through an interpreter, Lea Fontaine.",
            [("Lea Fontaine", "person")],
        ),
        (
            'Survivor Kofi Mensah described the night on the boat. "We held hands until morning," Mensah said '
            "through an interpreter.",
            [(None, None)],
        ),
    ],
)
def test_words_spoken_through_a_spokesman_came_through_him(text: str, via: list[tuple[str | None, str | None]]) -> None:
    assert [(q.via, q.via_kind) for q in extract(text, published="2027-05-12")] == via


@pytest.mark.parametrize(
    ("text", "quote", "via"),
    [
        # a person opening the sentence tells what another, named after, said
        (
            "Según la operaria Lucía Mamani, el jefe de planta, Tomás Arce, les aseguró en marzo que no habría "
            "despidos este año.",
            "no habría despidos",
            ("Lucía Mamani", "person"),
        ),
        (
            "Selon l'ouvrière Lucie Martin, le directeur, Paul Arce, a assuré en mars que personne ne perdrait son "
            "emploi.",
            "personne ne perdrait",
            ("Lucie Martin", "person"),
        ),
        # a body or an outlet opening the sentence is no person relaying
        ("According to the ministry, Tomás Arce said nobody would lose their job.", "nobody would lose", (None, None)),
        (
            "Según el diario El Norte, Tomás Arce dijo que no habría despidos.",
            "no habría despidos",
            ("El Norte", "outlet"),
        ),
    ],
)
def test_words_told_by_a_person_the_sentence_opens_on(
    text: str, quote: str, via: tuple[str | None, str | None]
) -> None:
    got = [v for q, v in _vias(text).items() if q.startswith(quote)]
    assert got == [via]


@pytest.mark.parametrize(
    ("relay_name", "via"),
    [
        ("Anna Lindqvist", "Anna Lindqvist"),
        # a Q&A's turn label read as the answer's speaker is no person who relays
        ("Q", None),
        ("Q.", None),
    ],
)
def test_a_turn_label_relays_nobody(relay_name: str, via: str | None) -> None:
    outer = Candidate("direct", [(0, 80)], None, None, None, None, 0, frame="turn")
    inner = Candidate("indirect", [(40, 70)], (25, 33), "promise", None, None, 0)
    speakers = {id(outer): Entity(1, relay_name, "person"), id(inner): Entity(2, "Erik Sand", "person")}
    person_relays([outer, inner], speakers, lambda at: [outer, inner], " " * 80)
    assert inner.via == via


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # a written statement read out by someone came through the reader: a role the article gave
        # one person, or the name after it
        (
            "The advocate depute, Hamish Brodie, told the court that 312 members had lost money.\n\n"
            "In a victim impact statement read to the court by the advocate depute, the retired skipper Donald "
            'MacIver wrote that he had lost his savings. "I trusted that man with my old age," the statement said.',
            ("Hamish Brodie", "person"),
        ),
        (
            "The board met on Tuesday. Her resignation letter, read out at the meeting by its chair, Desmond "
            'Okafor, was short. "I accept that the organisation I led did not act fast enough," Margit Haas wrote.',
            ("Desmond Okafor", "person"),
        ),
        # read outside the room where it was meant for, by the name after the reader's role
        (
            "In a statement read outside the court by the family's lawyer, Tamsin Odwale, Margit Haas said: "
            '"My husband deserved a bed and a doctor."',
            ("Tamsin Odwale", "person"),
        ),
        # the other languages: German "die ... verlas", French "lu par"
        (
            "Margit Haas trat am Dienstag zurück. Haas erklärte in einer Erklärung, die ihr Anwalt Desmond Okafor "
            "verlas, sie habe nichts verschwiegen.",
            ("Desmond Okafor", "person"),
        ),
        (
            "Dans un communiqué lu par son avocat, Desmond Okafor, Margit Haas a déclaré: « Je n'ai rien caché. »",
            ("Desmond Okafor", "person"),
        ),
        # the reader's name closing the sentence, after the reader's role
        (
            '"I never asked a linesman for anything," Arvo Linde said in a statement read outside the club\'s '
            "gates on Monday by his lawyer, Helena Sorvino.",
            ("Helena Sorvino", "person"),
        ),
        # the reader by title and surname, named in full before
        (
            "For the bakery, Petra Lindqvist KC said the claim was false. Pavel Orsk, the porter, will not "
            "testify. A statement from him was read to the court by Ms Lindqvist. \"I do not remember any "
            'tray. Nobody threw one," Mr Orsk said in it.',
            ("Petra Lindqvist", "person"),
        ),
        # words said "in the statement" a reader read out the paragraph before
        (
            "Arvo Linde stayed away on Tuesday. Rosa Hakala, the club's spokeswoman, read out a statement "
            'from him.\n\n"I never asked a linesman for anything," Linde said in the statement.',
            ("Rosa Hakala", "person"),
        ),
        # the reader as the subject who reads another's statement out, or reads it on their behalf
        (
            "Marta Ilves's barrister Jonas Kepler KC read out a statement from the former waiter Paolo Renzi. "
            '"I saw the plate hit the wall. The chef laughed," Renzi said in the statement.',
            ("Jonas Kepler", "person"),
        ),
        (
            "Outside the inquest on Thursday, Tobias Farrow read a statement on behalf of his sister-in-law, "
            'Nadia Farrow. "Karl did everything right," she wrote.',
            ("Tobias Farrow", "person"),
        ),
        # the author reading out her own statement: no one between
        (
            'Nadia Farrow read a statement from the family outside the inquest. "Karl did everything right," '
            "Farrow said.",
            (None, None),
        ),
        # read by nobody the article names: no channel
        (
            'In a statement read by a clerk, Margit Haas wrote that she accepted the ruling.',
            (None, None),
        ),
        # the reader's name closing the sentence, and a reader the article titles ("Ms Odwale")
        (
            'Margit Haas denied it. "I hid nothing," Haas said in a statement read outside the court by her '
            "lawyer, Tamsin Odwale.",
            ("Tamsin Odwale", "person"),
        ),
        (
            "Tamsin Odwale KC, for the family, cross-examined the nurse.\n\n"
            'A statement from Margit Haas was read to the jury on Friday by Ms Odwale. "I hid nothing. I '
            'answered every letter," Ms Haas said.',
            ("Tamsin Odwale", "person"),
        ),
        # the reader as the subject who reads someone's statement out, the quote a sentence on
        (
            "The family's solicitor Desmond Okafor KC read out a statement from Margit Haas, who could not "
            'attend. "My husband deserved a bed. He got a corridor," Haas said in the statement.',
            ("Desmond Okafor", "person"),
        ),
        (
            "Outside the tribunal on Monday, Desmond Okafor read a letter on behalf of his aunt, Margit Haas. "
            '"Nobody told us anything. We found out from the radio," she wrote.',
            ("Desmond Okafor", "person"),
        ),
        # the reader as the subject, a clause set off between the name and "read"
        (
            "Tobias Farrow, who speaks for the family of the late Karl Renn, read the statement on behalf "
            'of Renn\'s widow, Ilse. "Karl knew every bend of that road," the statement said.',
            ("Tobias Farrow", "person"),
        ),
        # the reader named after the document, in a clause of its own
        (
            "Greta Solvik runs the hut's radio. The skipper, Anton Reyes, sent a message that Solvik read out: "
            '"We are two days away. Keep the stove lit."',
            ("Greta Solvik", "person"),
        ),
        # the reader named after the document, the clause framing the cue
        (
            "Bertil Aas is the crew's chaplain. In a note that Aas read on the quayside, the crew said: "
            '"We owe the lifeboat everything."',
            ("Bertil Aas", "person"),
        ),
        # a document someone else read, the object of the speaker's own verb, frames nothing
        (
            "Warden Liv Tasse waved away a letter that Councillor Odd Brekk had read at the hearing. "
            '"The fence stays," Tasse said.',
            (None, None),
        ),
        (
            'Liv Tasse praised a note that Odd Brekk read to the villagers. "He found the right words," Tasse said.',
            (None, None),
        ),
        (
            "Odd Brekk called the letter which he had read in the parish chamber a disgrace. "
            '"Nobody asked the farmers," said Idunn Holm, a beekeeper.',
            (None, None),
        ),
        # a speaker reading out her own statement relays nobody
        (
            'Margit Haas read out a statement on the steps. "I hid nothing," Haas said.',
            (None, None),
        ),
        # read out by a reader named in full, with a title before the name
        (
            "Ines Moro was in Lisbon for talks. Her letter was read out by the club secretary, Dr Pavel Kuzmin, "
            'to the members: "The stand will be rebuilt by spring."',
            ("Pavel Kuzmin", "person"),
        ),
        # the reader as the subject, set off by commas, who speaks nowhere else in the article
        (
            "The club secretary, Ms Ingrid Solheim-Berg, read out a letter from the groundsman, Per Lunde, in which "
            'he wrote: "The pitch will not be ready before March."',
            ("Ingrid Solheim-Berg", "person"),
        ),
        # the reader by a pronoun: the person quoted last
        (
            'Lina Vass addressed the members in the clubhouse. "We owe you an explanation," she said. Later she '
            "read out a letter from the club's founder, Professor Ivo Tamm. \"I built this club for the town, not "
            'for the bank," the professor wrote in the letter.',
            ("Lina Vass", "person"),
        ),
        (
            'Lina Vass addressed the members in the clubhouse. "We owe you an explanation," she said. Later she '
            'read out a letter of her own. "We will refund every season ticket," Vass said.',
            (None, None),
        ),
        # "she" after a man quoted: not him
        (
            'Tomas Wirth addressed the members in the clubhouse. "We owe you an explanation," he said. Later she '
            "read out a letter from the club's founder, Professor Ivo Tamm. \"I built this club for the town, not "
            'for the bank," the professor wrote in the letter.',
            (None, None),
        ),
        # "he" after a man quoted, with another man named in full between: no guess
        (
            'Ada Pell\'s lawyer, Tom Reed, spoke first. "We will appeal," he said.\n\nThe player\'s father, Karl '
            'Pell, was in tears. He read out a statement on her behalf: "I am innocent."',
            (None, None),
        ),
        # a paragraph back, only the same document: a letter read out is not "the statement"
        (
            "Ruth Dale read out a letter from a passenger at the quay on Monday.\n\n"
            '"Every fare will be refunded," the statement said.',
            (None, None),
        ),
        # read out at a long stretch of place and time before "by": the reader named after a role
        (
            "Oskar Lindgren, who owns the mill, gave no interviews. A statement from him was read out at a crowded "
            "meeting in the Vessby parish hall that night by the company's site manager, Hedda Solvang: "
            '"We will rebuild the weir before the spring floods."',
            ("Hedda Solvang", "person"),
        ),
        (
            "A letter from Mayor Oskar Lindgren, read out to councillors at the town hall on Elm Street by "
            "spokeswoman Hedda Solvang, said the weir would be rebuilt before spring.",
            ("Hedda Solvang", "person"),
        ),
        # a surname with two particles, and a place after the reader's name
        (
            "Tarnby Ferries said in a statement read out by its lawyer, Joost van der Wiel, that every "
            "log would go to the inquiry.",
            ("Joost van der Wiel", "person"),
        ),
        (
            "Greta Solvik spoke to the court on Monday.\n\nIn a statement read on his behalf by Ms Solvik on "
            'the court steps, Anton Reyes said: "I have never taken a bribe."',
            ("Greta Solvik", "person"),
        ),
        # read into the record, a long description of the writer between, the reader by surname alone
        (
            "Sen. Corra Vinn, R-Maple, chaired the session.\n\nA statement from Ilse Dorn, a mill owner who for "
            "two years has held out against the river levy, was read into the record by Vinn. "
            '"I am not against the river plan," it said.',
            ("Corra Vinn", "person"),
        ),
        # the reader named after a role set off by a comma, whatever the given name
        (
            'The ports minister backed down on Friday. "Every skipper will get a radio," Ilse Dorn said '
            "in a statement read to the crews on the slipway by her deputy, Oyelakin Tamsett.",
            ("Oyelakin Tamsett", "person"),
        ),
        # the reader's apposition names the one the reader acts for
        (
            "Ivo Marsh, the lawyer for the pilot, Ms Ada Lindqvist, read out a statement for her on the steps "
            'of the court. "I followed every checklist I was given," the statement said.',
            ("Ivo Marsh", "person"),
        ),
        # a role without an article in the apposition, and "has just read out"
        (
            "Bram Ettridge, solicitor for the trainer Noor Brisvold, has read a further statement on her behalf: "
            '"Ms Brisvold has moved every horse out of the yard."',
            ("Bram Ettridge", "person"),
        ),
        (
            "Ferry line spokesperson Petra Dravicz has just read out a short statement from the fleet's medical "
            'officer, Dr. Ivo Brandt, at the terminal. "Forty passengers are ill," Dr. Brandt\'s statement said.',
            ("Petra Dravicz", "person"),
        ),
        # the reading a paragraph before the words the document said
        (
            "Tamsin Odwale KC, for the defence, said her client denied the charge.\n\nMs Odwale then read to the "
            'jury a short statement written by the accused.\n\n"I never saw the ledger," the statement said.',
            ("Tamsin Odwale", "person"),
        ),
    ],
)
def test_a_statement_read_out_came_through_its_reader(text: str, via: tuple[str | None, str | None]) -> None:
    last = extract(text, outlet="The Courier", published="2027-11-06")[-1]
    assert (last.via, last.via_kind) == via


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "via"),
    [
        # her second verb, joined to her first quote's words by "and": her words, no relay
        (
            "After the inspection, Marta Lind said the harbour was not safe and announced that the ferry "
            "would stop running.",
            "the ferry would stop",
            "Marta Lind",
            None,
        ),
        # another speaker inside her words is relayed by her
        (
            "Marta Lind said the minister had promised that the ferry would keep running.",
            "the ferry would keep",
            "minister",
            "Marta Lind",
        ),
    ],
)
def test_a_verb_joined_by_and_is_the_same_speakers(text: str, quote: str, speaker: str, via: str | None) -> None:
    [found] = [q for q in extract(text, published="2027-03-12") if q.text.startswith(quote)]
    assert found.speaker is not None and speaker in found.speaker.name
    assert found.via == via


def test_a_verb_joined_by_and_inside_quoted_words_has_their_subject() -> None:
    text = (
        "HOST: Ms Lind, you've heard that.\n\n"
        "MARTA LIND: An official stood up in the hall in 2025 and told us our objections would be noted. "
        "They were noted, and then they were put in a drawer.\n\n"
        "HOST: Thank you.\n"
    )
    [found] = [q for q in extract(text, published="2027-03-12") if q.text.startswith("our objections")]
    assert found.speaker is None or "Lind" not in found.speaker.name


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # the teller's own cue right after "told us": the "us" is the teller's, who relays the words
        ('Orla Hale speaks for the crew. "We had asked for the pump to be fixed in May," Tomas Brandt told '
         "us, Hale said, reading from a message.", ("Orla Hale", "person")),
        # no teller after it: the writer's own interview
        ('"We had asked for the pump to be fixed in May," Tomas Brandt told us, reading from a message.',
         ("The Courier", "outlet")),
        ('"We had asked for the pump to be fixed in May," Tomas Brandt told us, Brandt said.',
         ("The Courier", "outlet")),
    ],
)  # fmt: skip
def test_told_us_then_the_tellers_cue(text: str, via: tuple[str, str]) -> None:
    [quote] = [q for q in extract(text, outlet="The Courier") if q.text.startswith("We had asked")]
    assert (quote.via, quote.via_kind) == via


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # a statement issued through a lawyer came through the lawyer, particles and all
        (
            'On Monday, in a statement issued through her lawyer, Piet van der Mollen, Lina Osk said: "I will appeal."',
            "Piet van der Mollen",
        ),
        (
            "The governor, who spoke through his press secretary, Ade Kolawole, said the roads would open.",
            "Ade Kolawole",
        ),
        # a few words of when between the statement's verb and "through"
        (
            "In a statement released late on Monday through her lawyer, Piet van der Mollen, Lina Osk said: "
            '"I will appeal."',
            "Piet van der Mollen",
        ),
        # a statement of the speaker's own came through no one
        ('Lina Osk said in a statement on Monday: "I will appeal."', None),
    ],
)
def test_words_issued_through_a_person_came_through_that_person(text: str, via: str | None) -> None:
    [quote] = extract(text, published="2027-11-06")
    assert quote.via == via


@pytest.mark.parametrize(
    ("sentence", "relay"),
    [
        ("In a letter passed to the paper by his lawyer, Ana Ruiz, Ormand says he warned them.", "Ana Ruiz"),
        ("Through her spokeswoman, Lena Olsen, the mayor said the bridge would open.", "Lena Olsen"),
        # "through" or "by" and a word that is no spokesman: nobody relays
        ("By his own account, Ormand said he had warned the regulator.", None),
        ("Through her tears, Ana Ruiz said the bridge would open.", None),
        # a verb of the list in an idiom with "through": only words of when may stand between
        ("The ruling sent shockwaves through the sector, Maria Lopez, an analyst, said.", None),
        ("The minister made her way through the crowd, Ana Ruiz said.", None),
    ],
)
def test_a_lawyer_or_spokesman_named_after_through_or_by(sentence: str, relay: str | None) -> None:
    m = SPOKE_THROUGH.search(sentence)
    assert (m.group("name") if m else None) == relay


@pytest.mark.parametrize(
    ("text", "quote", "via"),
    [
        # the listener named before the words told to them passes them on
        (
            "Halvard Penn, the depot manager, spoke on Monday. Corinna Blau, who chairs the tenants' "
            "group, also said Penn had told her on Sunday night that the lifts would be fixed by Friday.",
            "the lifts would be fix",
            ("Corinna Blau", "person"),
        ),
        # ... over the channel the listener's own clause names
        (
            "Councillor Ottilie Marsh told Radio Kestrel that the minister, Bruno Falk, had promised "
            "her on the phone that no family would be left without heating.",
            "no family would be left",
            ("Ottilie Marsh", "person"),
        ),
        # in Spanish, the listener's verb before the teller's apposition
        (
            "En el puerto de Valmar, donde trabajan cuatrocientas personas, la estibadora Rosalía Benítez "
            "recordó que el capataz, Ignacio Terán, les había prometido en abril que no habría despidos este "
            "año. La empresa no respondió a las preguntas de este diario.",
            "no habría despidos",
            ("Rosalía Benítez", "person"),
        ),
        # in German, the listener named after the words
        (
            "Der Betriebsleiter Jonas Wirth habe ihm schon im Mai gesagt, es gebe kein Geld für neue Kräne, "
            "berichtete Betriebsrat Falko Brenner.",
            "es gebe kein Geld",
            ("Falko Brenner", "person"),
        ),
        # the listener named with a comma after the role before her verb
        (
            "The mayor's deputy, Ottilie Marsh, said Senator Hale had told her Sunday night, while the "
            'pumps were still running, "This is the weir they promised us was safe."',
            "This is the weir",
            ("Ottilie Marsh", "person"),
        ),
        # ... and after a kin noun
        (
            "Her brother, Dawit Olsson, said the depot manager had told him on Friday that the boiler would be "
            "replaced in March.",
            "the boiler would be replaced",
            ("Dawit Olsson", "person"),
        ),
        # a name before a comma and an inverted "said X" is the one met, no teller
        (
            "At a dinner with Brigida Vasko, said one ferryman, the depot manager had told them the quay was "
            "closing for good.",
            "the quay was closing",
            (None, None),
        ),
        # a comma after a name with no role or kin noun opening the apposition: no teller
        (
            "After the vote, Brigida Vasko, said the depot manager had told the crews the quay was closing.",
            "the quay was closing",
            (None, None),
        ),
        # a speaker who tells the words herself relays nobody
        (
            "Corinna Blau told the Kestrel Courier that the lifts would be fixed by Friday.",
            "the lifts would be fix",
            ("Kestrel Courier", "outlet"),
        ),
        # another clause between: the listener's verb frames no words told to them
        (
            "Corinna Blau said the vote was close, and Halvard Penn told reporters that the lifts would be "
            "fixed by Friday.",
            "the lifts would be fix",
            (None, None),
        ),
    ],
)
def test_words_told_to_a_listener_came_through_the_listener(
    text: str, quote: str, via: tuple[str | None, str | None]
) -> None:
    [found] = [q for q in extract(text, outlet="The Courier", published="2027-03-12") if q.text.startswith(quote)]
    assert (found.via, found.via_kind) == via


@pytest.mark.parametrize(
    ("label", "via"),
    [
        # a guest's turn relays the words it reports; the programme's reporter relays for no one
        ("TORVALD VEHK (Farmer)", ("Torvald Vehk", "person")),
        ("TORVALD VEHK (REPORTER)", (None, None)),
        ("TORVALD VEHK (Chief Correspondent, Tarn)", (None, None)),
        # a script's voice-over and piece to camera are the reporter's own
        ("TORVALD VEHK (V/O)", (None, None)),
        ("TORVALD VEHK (VO)", (None, None)),
        ("TORVALD VEHK (PTC)", (None, None)),
    ],
)
def test_a_reporters_turn_relays_nobody(label: str, via: tuple[str | None, str | None]) -> None:
    text = (
        "EVENING NEWS\n\n"
        "BRONAGH OSS (ANCHOR): Good evening. The river is rising.\n\n"
        f"{label}: The mayor, Helen Aarvik, came to the dyke at noon. She said the town would be evacuated "
        "by Friday.\n\n"
        "HELEN AARVIK (Mayor): We will move everyone in time.\n\n"
        "BRONAGH OSS (ANCHOR): Thank you."
    )
    quotes = [q for q in extract(text, article_id="t") if q.text.startswith("the town would be evacuated")]
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.name == "Helen Aarvik"
    assert (quotes[0].via, quotes[0].via_kind) == via


_RECORD = """HOUSE OF DELEGATES OF TARNIA
OFFICIAL REPORT (HANSARD)
Tuesday 8 June 2027

Ysolde Marrank: Mr Speaker, will the minister say when the ferry subsidy will be paid?

Rafe Dunmore: The subsidy was approved by cabinet last month. I have written to the operator.

Ysolde Marrank: Mr Speaker, will the minister restore the northern crossing?

Rafe Dunmore: No. The route is not viable. I will not restore it this year.

Ysolde Marrank: On a point of order, Mr Speaker. Only a minute ago the minister told the House the route is not viable.
"""


def test_anothers_words_in_a_members_turn_of_proceedings_came_through_the_member() -> None:
    # a record of proceedings carries its turns through no outlet, but the minister's words one
    # member repeats in her own turn came through her (named in full, whatever her given name)
    quotes = extract(_RECORD)
    relayed = [q for q in quotes if q.text == "the route is not viable"]
    assert [(q.via, q.via_kind) for q in relayed] == [("Ysolde Marrank", "person")]
    assert all(q.via is None for q in quotes if q.text.startswith("No. The route"))


@pytest.mark.parametrize(
    ("text", "quote", "via"),
    [
        # "according to" a person's surname the article gave in full before: that person
        (
            "His sister, Marta Quesnel, spent the nights by the radio. She says the harbourmaster, Ivo Brandt, "
            'took every call.\n\n"Ten square miles and one boat," he told the families on Monday, according to '
            "Quesnel. By Tuesday it was forty.",
            "Ten square miles",
            ("Marta Quesnel", "person"),
        ),
        # an outlet's name, no person's: the outlet
        (
            "The harbourmaster, Ivo Brandt, took every call.\n\n"
            '"Ten square miles and one boat," he told the families on Monday, according to Radio Quesnel.',
            "Ten square miles",
            ("Radio Quesnel", "outlet"),
        ),
    ],
)
def test_according_to_a_persons_surname_is_that_person(
    text: str, quote: str, via: tuple[str | None, str | None]
) -> None:
    [found] = [q for q in extract(text, outlet="The Courier", published="2027-03-12") if q.text.startswith(quote)]
    assert (found.via, found.via_kind) == via


@pytest.mark.parametrize(
    ("name", "hearsay", "people", "expected"),
    [
        ("Quesnel", {"Quesnel"}, [Entity(key=1, name="Marta Quesnel", kind="person")], "Marta Quesnel"),
        # a name known as a medium, not only as what "according to" names: no person
        ("Quesnel", set(), [Entity(key=1, name="Marta Quesnel", kind="person")], None),
        # no person of that name, or an organisation's
        ("Quesnel", {"Quesnel"}, [Entity(key=1, name="Tom Vale", kind="person")], None),
        ("Quesnel", {"Quesnel"}, [Entity(key=1, name="Banque Quesnel", kind="organisation")], None),
    ],
)
def test_hearsay_person(name: str, hearsay: set[str], people: list[Entity], expected: str | None) -> None:
    assert hearsay_person(name, hearsay, people) == expected


@pytest.mark.parametrize(
    ("words", "teller"),
    [
        ("Brigida Vasko also said ", "Brigida Vasko"),
        # set off by commas after a role or kin noun
        ("His aide, Brigida Vasko, said ", "Brigida Vasko"),
        ("The depot manager's deputy, Brigida Vasko, said ", "Brigida Vasko"),
        ("Her sister, Brigida Vasko, said ", "Brigida Vasko"),
        # a comma before the verb with no role or kin noun opening an apposition: none
        ("After the vote, Brigida Vasko, said ", None),
        ("In a meeting with Brigida Vasko, said one ferryman, ", None),
        # an inverted "said X" after the apposition's comma: none
        ("His aide, Brigida Vasko, said one ferryman, ", None),
    ],
)
def test_teller_before(words: str, teller: str | None) -> None:
    found = _teller_before(words)
    assert (found.group("name") if found else None) == teller


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # the "she" who passes on what "he" told her: the woman quoted last
        ('Anna Varga flew home on Friday. "He looks well," she said.\n\nHer brother, Peter Varga, rang her '
         'that morning. "I am fine, the engineers fixed the boiler," he told her, she said.', ("Anna Varga", "person")),
        ('John Brenner spoke to us on Monday. He said his aunt, Mary Brenner, had rung him in May. "It is only '
         'a cough, I will be fine," she told him, he said.', ("John Brenner", "person")),
    ],
)  # fmt: skip
def test_a_pronoun_passes_on_what_another_told_them(text: str, via: tuple[str, str]) -> None:
    quote = [q for q in extract(text, outlet="The Courier", published="2027-11-06")][-1]
    assert (quote.via, quote.via_kind) == via


def test_a_pronoun_teller_is_the_man_the_paragraph_is_about() -> None:
    # the man named the sentence before, not the man quoted in the paragraph before
    text = (
        'Tomas Ferrand, the ferry clerk, said the timetable would change. "It is settled," Ferrand said.\n\n'
        "Oisin Leclair, who has rowed on the lake for years, met the new warden, Greta Solberg, at the jetty. "
        '"You will keep your moorings," she told him, he said.'
    )
    quote = [q for q in extract(text, outlet="The Courier", published="2027-11-06")][-1]
    assert (quote.via, quote.via_kind) == ("Oisin Leclair", "person")


def test_a_pronoun_teller_of_unknown_gender_is_no_one() -> None:
    # "Karri Osei" may be a man or a woman: the "he" is not taken for the man quoted before
    text = (
        'Piet Halvorsen said the pier would reopen. "Soon," Halvorsen said.\n\nKarri Osei met the warden, '
        'Greta Solberg, on the slip. "The fees will stay," she told him, he said.'
    )
    quote = [q for q in extract(text, outlet="The Courier", published="2027-11-06")][-1]
    assert quote.via is None


def test_a_pronoun_teller_is_the_man_named_in_the_sentence_before() -> None:
    text = (
        'Greta Solberg spoke at the jetty. "We open on Monday," she said.\n\nOn Friday she met the boatman, '
        'Anton Reyes, and his cousin Liv. "Bring the boats up," she told him, he said.'
    )
    quote = [q for q in extract(text, outlet="The Courier", published="2027-11-06")][-1]
    assert (quote.via, quote.via_kind) == ("Anton Reyes", "person")


def test_a_pronoun_teller_known_by_her_own_cue() -> None:
    # a given name of no known gender is a woman's when "she said" closes her words: she, not the
    # woman named before her, passes on what the boatman told her
    text = (
        'Agnes Holloway, a ferry clerk, said the harbour was quiet. Piet Vandermolen, a boatman, agreed. "Nothing '
        'moves," he said.\n\nZennadrix Blakemoor, his niece, says the season was good. "The ledger balances," '
        'she said.\n\nShe remembers a letter in May. "Zenna, the boat is yours now," he told her, she said.'
    )
    quote = [q for q in extract(text, outlet="The Courier", published="2027-11-06")][-1]
    assert (quote.via, quote.via_kind) == ("Zennadrix Blakemoor", "person")


def test_words_told_to_the_programme_by_name_in_a_voice_over_came_through_the_programme() -> None:
    text = (
        "HARBOUR TONIGHT - 18:30 BULLETIN\n"
        "REPORTER: PELLE ARNTZEN\n\n"
        "[PRESENTER IN VISION]\nGood evening. The ferry pier at Wrenmouth has partly collapsed.\n\n"
        "PELLE ARNTZEN (V/O): The harbour engineer, Dr Maja Lindholt, told Harbour Tonight that the "
        "whole pier would have to be rebuilt.\n\n"
        "[ENDS]"
    )
    quotes = extract(text, outlet="Harbour Tonight", article_id="t", published="2027-03-09")
    [found] = [q for q in quotes if q.text.startswith("the whole pier")]
    assert (found.via, found.via_kind) == ("Harbour Tonight", "outlet")


def test_a_speakers_initial_is_no_relay_of_an_according_to_report() -> None:
    text = (
        "WRENMOUTH - The ferry pier collapsed on Monday.\n\n"
        'Transport Minister Rolf K. Ahlgren said the state would "rebuild it within the year", according to a '
        "statement quoted by Kestrel Press.\n"
    )
    quotes = extract(text, outlet="The Wrenmouth Post", article_id="t", published="2027-03-09")
    found = [q for q in quotes if q.text.startswith("the state would")]
    assert found and all(q.via != "Rolf K." for q in found)
    assert "Kestrel Press" in {q.via for q in found}


def test_a_statement_read_out_a_sentence_before_came_through_its_reader() -> None:
    # the reading's subject named after a day and a role ("On Wednesday, the secretary, NAME, read out")
    text = (
        "At a members' meeting on Wednesday, the association's secretary, Odile Brennan-Marsh, read out a "
        "statement on behalf of Nell Farrow, whose video drew attention. \"I don't want anybody's farm shut "
        "down. I want to know what was sprayed,\" Farrow's statement said."
    )
    assert _vias(text) == {"I don't want anybody's f": ("Odile Brennan-Marsh", "person")}
