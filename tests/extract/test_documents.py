"""A document's finding ("the audit found that C", "a new poll shows C") is on record."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract.candidates import ExtractOptions
from onrecord.extract.documents import document_nouns, is_document_finding
from onrecord.extract.nlp import parse

_RULES = ExtractOptions(model="rules")


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The study found that coffee drinkers slept less than tea drinkers over ten years.",
            "coffee drinkers slept less than tea drinkers over ten years",
            "study",
        ),
        (
            "An analysis of hospital records found that winter admissions rose by a fifth last year.",
            "winter admissions rose by a fifth last year",
            "analysis",
        ),
        (
            "A new Harwick College poll shows that Ines Varga leads the race by six points.",
            "Ines Varga leads the race by six points",
            "poll",
        ),
        (
            "Exit polls showed Brandt Holm winning a third of young voters.",
            "Brandt Holm winning a third of young voters",
            "polls",
        ),
    ],
)
def test_a_document_finding_is_a_statement(text: str, content: str, source: str) -> None:
    quotes = extract(text, options=_RULES)
    assert [q.text for q in quotes] == [content]
    mention = quotes[0].speaker.mention if quotes[0].speaker is not None else quotes[0].source_mention
    assert mention is not None and source in mention.text
    assert quotes[0].type == "document"


def test_a_persons_finding_is_not() -> None:
    assert extract("The new mayor found that the town's roads were safe.", options=_RULES) == []


@pytest.mark.parametrize(
    ("sentence", "subject", "expected"),
    [
        ("The audits found that fares rose.", "audits", True),
        ("The analyses showed that fares rose.", "analyses", True),
        ("The surveys show that fares rose.", "surveys", True),
        ("The inspector found that fares rose.", "inspector", False),
    ],
)
def test_document_nouns_in_the_plural(sentence: str, subject: str, expected: bool) -> None:
    doc = parse([sentence])[0]
    token = next(t for t in doc if t.text == subject)
    assert is_document_finding(frozenset({"clause", "document"}), token) is expected
    assert not is_document_finding(frozenset({"clause"}), token)


def test_document_nouns_are_read_from_the_data_file() -> None:
    assert {"study", "poll", "audit"} <= document_nouns()
    assert "mayor" not in document_nouns()
