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


@pytest.mark.parametrize(
    "sentence",
    [
        # the body named as the owner, or the owned, of another: that other body's officer
        "A spokesman for the authority's loudest opponent, the Dockers Union, Per Vik, said repairs would take a year.",
        "The head of the authority's rival, the Ilkov Wharf Trust, said repairs would take a year.",
        "The chairman of the authority of Nordby Ferries, Per Vik, said repairs would take a year.",
    ],
)
def test_another_bodys_officer_does_not_speak_for_the_body(sentence: str) -> None:
    assert speaks_for(sentence, "Harbour Quay Authority", {"HQA"}) is False


def test_their_leader_after_a_plural_noun_may_be_theirs() -> None:
    before = "The Harbour Quay Authority said on Tuesday that the quay was unsafe, upsetting the ferry pilots."
    assert not speaks_for(
        "Their spokesman, Per Vik, said the pilots would sue.", "Harbour Quay Authority", set(), before
    )
    plain = "The Harbour Quay Authority said on Tuesday that the quay was unsafe."
    assert speaks_for("Their spokesman, Per Vik, said the pilots would sue.", "Harbour Quay Authority", set(), plain)


@pytest.mark.parametrize(
    "second",
    [
        "Its chief engineer, Siv Holm, later said at a town meeting that the quay would reopen in May.",
        "A spokesman for the authority, Siv Holm, said after the inspection that the quay would reopen in May.",
        "Its chief engineer, Siv Holm, said during a radio interview that the quay would reopen in May.",
    ],
)
def test_an_officer_on_an_occasion_of_their_own_takes_no_day_of_the_body(second: str) -> None:
    story = (
        "Quay shut\n\nBy Lena Strom\n\n"
        "Ferries to Marshport have been cancelled for a month after the outer quay gave way.\n\n"
        f"The Harbour Quay Authority said on Tuesday that the quay was unsafe. {second}\n"
    )
    quotes = extract(story, published="2027-09-09")
    officer = next(q for q in quotes if q.text == "the quay would reopen in May")
    assert officer.said_on is None


def test_another_firms_board_chair_takes_no_day_of_the_board() -> None:
    story = (
        "Water safe\n\nBy Lena Strom\n\n"
        "Farms near Nordby have stopped drawing from the river after a chemical spill upstream.\n\n"
        "The Nordby Water Board said on Tuesday that the reservoir was clean. The chairman of the board"
        " of Vik Creameries, Siv Holm, said the creamery had closed its intake.\n"
    )
    quotes = extract(story, published="2027-09-09")
    chair = next(q for q in quotes if q.text == "the creamery had closed its intake")
    assert chair.said_on is None


_NEXT_PARAGRAPH = (
    "Ferry fares cut\n\nBy Lena Strom\n\n"
    "The Marshport ferry will run at half price this winter, the harbour master, Ivo Tamm, said on Sunday.\n\n"
    "The Harbour Quay Authority confirmed the cut on Tuesday, saying fuel had become cheaper.\n\n"
    "Ola Brandt, the authority's director, said the cut would last until spring."
    ' "Nobody should expect it to last for ever," she told a briefing.\n'
)


def test_an_officer_opening_the_next_paragraph_speaks_on_the_bodys_day_and_goes_on_with_it() -> None:
    quotes = extract(_NEXT_PARAGRAPH, published="2027-09-09")  # a Thursday
    by_text = {q.text: q for q in quotes}
    assert by_text["the cut would last until spring"].said_on == "2027-09-07"
    assert by_text["Nobody should expect it to last for ever"].said_on == "2027-09-07"
