from __future__ import annotations

from datetime import date

import pytest

from onrecord import extract
from onrecord.attribute.documents import document_day, read_from_document

_REF = date(2028, 4, 21)  # a Friday


@pytest.mark.parametrize(
    ("attribution", "paragraph_before", "expected"),
    [
        ('"               ," the tribunal\'s decision states.', "", True),
        ("The key passage of the ruling reads: ", "", True),
        ('The Order adds that "                "', "", True),
        ('"             ," it reads at paragraph 9.', "The order is short. ", True),
        ('"             ," it reads at paragraph 9.', "The letter is short. ", False),  # no document named
        ('"             ," the court said.', "A line in Monday's appeal judgment stands out. ", True),
        ('"             ," the court said.', "The hearing was brief. ", False),
        ("Lena Ostrova said the verdict was ", "", False),  # someone's words about a document
        ('"             ," she says.', "The judgment is long. ", False),
        ("The club took the steps in order to ", "", False),  # "in order to" is no document
        ("The judgment also reads: ", "", True),
        # a document word as a modifier or in the writer's clause: no document speaks
        ('"                   ," the ruling party says.', "", False),
        ('"                   ," the award winner says.', "", False),
        ('"                   ," the decision makers said.', "", False),
        ('After the ruling her lawyer said "       "', "", False),
        # "it said" after a paragraph naming a decision is a body's statement about it
        ('"             ," it said.', "The decision was made on Monday. ", False),
        # an office's report, a journal's notice; a sentence opening with the document as its source
        ('The notice adds that "                "', "", True),
        (
            "It adds that the train was on time.",
            "In its interim report, published on Monday, the office states: ",
            True,
        ),
        ("According to the board's final report, ", "", True),
        ("According to its own annual report, ", "", True),
        ("According to Ms Lund, ", "", False),
        ("He said, according to the report, ", "", False),  # not the sentence's opening
        # the press's reports are no document
        ('"             ," local media reports said.', "", False),
        ("According to the latest news reports, ", "", False),
    ],
)
def test_read_from_document(attribution: str, paragraph_before: str, expected: bool) -> None:
    assert read_from_document(attribution, paragraph_before) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("In a 30-page judgment handed down on Wednesday, the judge found for the port. ", date(2028, 4, 19)),
        ("There is a line in Tuesday's High Court ruling that lawyers will quote. ", date(2028, 4, 18)),
        ("The Rates Order, published in the Gazette of 3 April 2028, sets a levy. ", date(2028, 4, 3)),
        ("The judgment runs to 30 pages. ", None),  # a document the article dates nowhere
        ("No day here at all. ", None),
        # the nearest document with a day wins: the ruling read, not the earlier one
        (
            "The first ruling came on Monday. The appeal decision, issued on Thursday, reversed it. ",
            date(2028, 4, 20),
        ),
    ],
)
def test_document_day(before: str, expected: date | None) -> None:
    assert document_day(before, _REF) == expected


_RULING = (
    "THE VALE RECORD\n\nThursday 20 April 2028\n\nJudge rejects the port's claim\n\nBy A Writer\n\n"
    "A judge in Corrin yesterday rejected the harbour company's claim against the town council, in a "
    "ruling that lawyers said would matter for every port on the coast.\n\n"
    "In a 30-page written judgment handed down on Wednesday, Judge Ada Murrow found for the council.\n\n"
    'The key passage of the judgment reads: "The council acted within its powers and in good faith."\n\n'
    'The order itself is short. "The claimant shall pay the costs of the action," it reads at paragraph 4.\n\n'
    'Pia Lund, a lawyer who was not involved, says the judgment "will be read closely".\n\n'
)


def test_a_documents_words_take_the_day_it_was_handed_down() -> None:
    quotes = extract(_RULING, published="2028-04-20")

    def day(words: str) -> tuple[str | None, str | None]:
        return next((q.said_on, q.said_on_source) for q in quotes if words in q.text)

    assert day("The council acted") == ("2028-04-19", "document")
    assert day("The claimant shall pay") == ("2028-04-19", "document")
    # a person's present-tense words about the judgment are of no particular day
    assert day("read closely")[0] is None


_INQUIRY = (
    "THE VALE RECORD\n\nFriday 21 April 2028\n\nInspectors blame a worn coupling\n\nBy A Writer\n\n"
    "Investigators said on Thursday that a worn coupling had caused the crash at Corrin.\n\n"
    'In its interim report, published on Wednesday, the office states: "The coupling was last checked in an '
    'inspection dated 2 March 2028." It adds that the train "was within its speed limit".\n\n'
)


def test_a_reports_words_take_its_day_not_a_day_quoted_from_it() -> None:
    quotes = extract(_INQUIRY, published="2028-04-21")
    said = next(q for q in quotes if "speed limit" in q.text)
    # the report's day, not the date the quotation before gives ("an inspection dated 2 March")
    assert (said.said_on, said.said_on_source) == ("2028-04-19", "document")
