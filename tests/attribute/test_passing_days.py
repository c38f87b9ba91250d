"""Days a report names in passing, as a noun, which the story does not move to."""

import pytest

from onrecord import extract
from onrecord.attribute.passing_days import in_passing


@pytest.mark.parametrize(
    ("text", "cue_word", "expected"),
    [
        ("The warden dropped his pledge of Monday that the ferry would sail.", "pledge", True),
        ("It went against the council's promise on Friday that rents would fall.", "promise", True),
        ("She repeated her earlier assurance of Tuesday that no jobs would go.", "assurance", True),
        # a verb of speech: the report's own occasion, which the story may move to
        ("The warden pledged on Monday that the ferry would sail.", "pledged", False),
        ("On Friday the council promised that rents would fall.", "promised", False),
        ("Le maire a promis lundi que les loyers baisseraient.", "promis", False),  # "a": French "has"
        ("She's told the Gazette on Monday that rents would fall.", "told", False),  # "she has"
    ],
)
def test_in_passing(text: str, cue_word: str, expected: bool) -> None:
    at = text.index(cue_word)
    assert in_passing(text, (at, at + len(cue_word))) is expected


def test_no_cue_is_not_in_passing() -> None:
    assert in_passing("The ferry will sail.", None) is False


_STORY = (
    "TALLOW BAY GAZETTE\nThursday 9 September 2027\n\nRegatta called off\n\nBy Mira Solberg\n\n"
    "Osric Pell, the harbour warden, said yesterday that the regatta would not take place, dropping"
    " his pledge of Monday that the boats would sail.\n\n"
    '"The regatta will not be held. I spoke too soon," Pell told the Gazette.\n'
)


def test_a_day_told_in_passing_is_not_carried_to_the_speakers_next_quote() -> None:
    quotes = extract(_STORY)
    by_text = {q.text: q for q in quotes}
    assert by_text["the boats would sail"].said_on == "2027-09-06"  # its own day: Monday
    direct = next(q for q in quotes if q.text.startswith("The regatta will not be held."))
    assert direct.said_on == "2027-09-08"  # the day the story told of before: yesterday


def test_a_closing_single_quote_before_the_cue_is_no_possessive() -> None:
    text = (
        "WENBURY, Friday March 5, 2027 - Councillor Ilse Brandt spoke to the board on Tuesday.\n\n"
        "\u2018We will put the levy to a vote,\u2019 said Brandt on Thursday.\n\n"
        "Brandt also said the water board had ignored the town for months."
    )
    days = {q.text[:20]: q.said_on for q in extract(text, published="2027-03-05")}
    assert days["the water board had "] == "2027-03-04"
