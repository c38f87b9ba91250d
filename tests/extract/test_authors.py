"""Tests for onrecord.extract.authors: the author a document mention names with "by"."""

from __future__ import annotations

import pytest

from onrecord.extract import authors
from onrecord.extract.candidates import find_candidates
from onrecord.extract.nlp import parse


def test_public_names() -> None:
    assert authors.__all__ == ["document_author", "is_medium_author", "names_author"]


def _head(sentence: str, word: str) -> object:
    doc = parse([sentence])[0]
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("sentence", "noun", "author"),
    [
        ("According to a report by the Tessby Rural Trust, one home in six has no heating.", "report", "Trust"),
        ("According to a survey published in May by the Kelmont Chamber of Trade, rents rose.", "survey", "Chamber"),
        ("A study by the Orrin Institute found that most wells were dry.", "study", "Institute"),
        # whoever only saw the document is no author, nor is the press
        ("According to an audit report seen by the Gazette, the seals were broken.", "report", None),
        ("According to a report by the Daily Telegraph, the minister will resign.", "report", None),
        # a noun that is no document
        ("According to a friend of the mayor, the deal is done.", "friend", None),
    ],
)
def test_document_author(sentence: str, noun: str, author: str | None) -> None:
    found = authors.document_author(_head(sentence, noun))
    assert (found.text if found is not None else None) == author


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("According to a report by the Tessby Rural Trust, one home in six has no heating.", "Tessby Rural Trust"),
        # what a survey found people knew is the surveyor's finding, not a relay of the knowing
        (
            "According to a study by the walkers' group Open Moors, only half of the hikers asked knew that "
            "the path had moved.",
            "Open Moors",
        ),
        # the author is no medium that only relays the cue inside its words ("claim")
        (
            "According to a 2023 audit by the Ferry Users Council, most islanders whose sailing is cancelled "
            "never claim a refund.",
            "Ferry Users Council",
        ),
    ],
)
def test_the_author_speaks_for_the_document(text: str, name: str) -> None:
    found = find_candidates(text).candidates
    assert [c.mention.name for c in found if c.mention is not None] == [name]


@pytest.mark.parametrize(
    ("between", "author", "expected"),
    [
        (" a survey by ", "the Brisk Tenants Union", True),
        (" a 2025 review published in May by ", "the Oldmere Foundation", True),
        (" ", "Kelvar Radio", False),  # "According to | Kelvar Radio": no document
        (" a survey of ", "the Brisk Tenants Union", False),
        # a medium by "by" is the press relaying, as the parse's detector has it
        (" a report by ", "the Pennick Gazette", False),
        (" a poll carried out last week by ", "state television", False),
    ],
)
def test_names_author(between: str, author: str, expected: bool) -> None:
    assert authors.names_author(between, author) is expected


@pytest.mark.parametrize(
    ("words", "medium"),
    [
        ("the Pennick Gazette", True),
        ("Radio Karsk", True),
        ("state television", True),
        ("the Brisk Tenants Union", False),
        ("", False),
    ],
)
def test_is_medium_author(words: str, medium: bool) -> None:
    assert authors.is_medium_author(words) is medium


def test_the_two_detectors_agree_on_a_medium() -> None:
    sentence = "According to a report by the Pennick Gazette, the ferry will stop in May."
    assert authors.document_author(_head(sentence, "report")) is None
    assert authors.names_author(" a report by ", "the Pennick Gazette") is False
