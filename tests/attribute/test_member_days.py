"""The day a body's officer speaks on, when the sentence before dated the body's statement."""

import pytest

from onrecord import extract
from onrecord.attribute.member_days import speaks_for


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Its chief engineer, Ola Brandt, said repairs would take a week.", True),
        ("Their spokeswoman said the fleet would stay in port.", True),
        ("A spokesman for the HQA said repairs would take a week.", True),
        ('"We are doing what we can," authority president Ola Brandt said.', True),
        ("The authority's director-general said repairs would take a week.", True),
        # someone the sentence does not tie to the body
        ("Ola Brandt, a local fisherman, said repairs would take a week.", False),
        ("A spokesman for the ferry line said repairs would take a week.", False),
        ("Its lawyers have opened a hotline.", False),
    ],
)
def test_speaks_for(sentence: str, expected: bool) -> None:
    assert speaks_for(sentence, "Harbour Quay Authority", {"HQA"}) is expected


_STORY = (
    "Quay closed after storm\n\nBy Lena Strom\n\n"
    "The storm wrecked the outer quay at Marshport on Sunday, the harbour master said.\n\n"
    "The Harbour Quay Authority said on Tuesday that the quay was unsafe. Its chief engineer, Ola"
    " Brandt, said repairs would take at least a month.\n\n"
    "Ola Brandt has run the quay cranes for thirty years.\n"
)


def test_an_officer_speaks_on_the_day_the_sentence_before_dated_the_body() -> None:
    quotes = extract(_STORY, published="2027-09-09")  # a Thursday
    officer = next(q for q in quotes if q.text == "repairs would take at least a month")
    assert (officer.said_on, officer.said_on_source) == ("2027-09-07", "preceding")
