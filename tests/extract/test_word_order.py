"""A reported clause read from the word order where the parse gave the cue no content."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract import ExtractOptions
from onrecord.extract.nlp import parse
from onrecord.extract.word_order import ADDRESSING_CUES, clause_by_word_order

_RULES = ExtractOptions(model="rules")


def _contents(text: str) -> list[str]:
    return [q.text for q in extract("Harbour notes\n\n" + text, options=_RULES)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the parser read the clause as a sentence of its own after the audience
        (
            "Petra Lunde's solicitor Aron Vik told the Fenmouth Gazette his client knew the seller but not "
            "that the deed was false.",
            "his client knew the seller but not that the deed was false",
        ),
        # the clause hung on the audience as a relative clause
        (
            "The minister, Oskar Brandvold, told the same panel he would not re-open Tarnholm in 2028.",
            "he would not re-open Tarnholm in 2028",
        ),
        # an audience with no article, then the clause
        (
            "Lena Quist, a steward at the Tollmoor Riggers' Guild, told Kestrel Radio the fire ought to have "
            "come as no shock to the crews.",
            "the fire ought to have come as no shock to the crews",
        ),
        # a source set off by commas between the cue and "that"
        (
            "Tallnet said, citing Ivo Marsk, that Vestrian drivers returning home would be let through at "
            "Orrin on foot.",
            "Vestrian drivers returning home would be let through at Orrin on foot",
        ),
        # "that" read as the cue's object, the clause's verb as a noun
        (
            "The geologist has told this station that the level of the lake matters.",
            "the level of the lake matters",
        ),
    ],
)
def test_a_clause_the_parse_lost_is_read_from_the_word_order(text: str, content: str) -> None:
    assert content in _contents(text)


@pytest.mark.parametrize(
    "text",
    [
        "She told the story of her grandmother in the village hall.",
        "He told reporters nothing about the deal.",
        "He told the court his name and address.",
        "She told them the truth about the levy.",
        "The mayor told the council a joke about the ferry.",
    ],
)
def test_an_object_of_the_cue_is_no_clause(text: str) -> None:
    assert _contents(text) == []


@pytest.mark.parametrize(
    ("sentence", "cue", "addressing", "content"),
    [
        ("Ada Lind told the Courier on Monday the pier would shut.", "told", True, "the pier would shut"),
        ("Ada Lind told us the day before that the pier would shut.", "told", True, "the pier would shut"),
        ("Ada Lind says at least 40 boats paid the fee twice.", "says", False, "at least 40 boats paid the fee twice"),
        # a name after a cue that takes no audience opens the clause
        ("Ada Lind said Harbour Radio would close.", "said", False, "Harbour Radio would close"),
        # a relative clause on the object, no report
        ("They told him the answer he wanted.", "told", True, None),
        # the finite verb is the cue's own next act, or the writer's clause after an object
        ("Ada Lind asked Brun about the levy and decided against a vote.", "asked", False, None),
        ("The survey indicates a tight race as the mayor gains ground.", "indicates", False, None),
        # a noun the tagger took for a verb: the cue's object, no clause
        ("Few of the delayed ever claim their taxi fares back.", "claim", False, None),
        # a cue inside another report's clause: that report's content holds it
        (
            "Brisco kept claiming that he had a source who told him the harbour chief had never paid the levy.",
            "told",
            True,
            None,
        ),
    ],
)
def test_clause_by_word_order(sentence: str, cue: str, addressing: bool, content: str | None) -> None:
    doc = parse([sentence])[0]
    verb = next(t for t in doc if t.text == cue)
    found = clause_by_word_order(verb, addressing)
    assert (doc[found[0].i : found[-1].i + 1].text if found else None) == content


def test_addressing_cues_are_lemmas() -> None:
    assert "tell" in ADDRESSING_CUES
    assert "say" not in ADDRESSING_CUES
