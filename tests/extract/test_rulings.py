"""A finding by whoever rules on a case is a statement on record; a person's finding stays
evidence, outside the statements scope."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract.candidates import ExtractOptions
from onrecord.extract.rulings import adjudicators, personal_adjudicators

_RULES = ExtractOptions(model="rules")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Employment Judge Marta Quill found that the bakery had cut the driver's pay without notice.",
            "the bakery had cut the driver's pay without notice",
        ),
        (
            "In its written decision, the tribunal found that the ferry contract had been awarded lawfully.",
            "the ferry contract had been awarded lawfully",
        ),
        (
            "The coach was suspended on Friday after the league's disciplinary commission found that he had "
            "pushed a steward twice.",
            "he had pushed a steward twice",
        ),
        # a pronoun for one who rules, named in the sentence before
        (
            "The area coroner, Gideon Marsh, has delivered his conclusion. He found that Mr Vale died of a "
            "ruptured aneurysm.",
            "Mr Vale died of a ruptured aneurysm",
        ),
        (
            "The appeals tribunal sat for two days. It found that the ferry contract had been awarded lawfully.",
            "the ferry contract had been awarded lawfully",
        ),
    ],
)
def test_a_finding_of_one_who_rules_is_a_statement(text: str, content: str) -> None:
    assert [q.text for q in extract(text, options=_RULES)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The new mayor found that the town's roads were in better shape than she had feared.",
        "Researchers at the clinic found that winter admissions rose by a fifth last year.",
        # a pronoun for someone who does not rule, or for a court where a person is meant
        "The new mayor toured the depot. She found that the buses were older than she had feared.",
        "The court heard from the driver. He found that the brakes had been worn for months.",
    ],
)
def test_a_finding_of_one_who_does_not_rule_stays_evidence(text: str) -> None:
    """A person's finding is evidence (a document's is on record: tests/extract/test_documents.py)."""
    assert extract(text, options=_RULES) == []
    assert [q.text for q in extract(text, options=ExtractOptions.scope("attributions", "rules"))]


def test_adjudicators_are_read_from_the_data_file() -> None:
    assert {"judge", "tribunal", "coroner"} <= adjudicators()
    assert "study" not in adjudicators()
    assert {"judge", "coroner"} <= personal_adjudicators() and "tribunal" not in personal_adjudicators()
