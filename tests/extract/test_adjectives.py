"""Beliefs held by a predicate adjective or participle: ``are convinced that C``."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract import ExtractOptions

_ATTRIBUTIONS = ExtractOptions.scope("attributions", "rules")
_STATEMENTS = ExtractOptions.scope("statements", "rules")


@pytest.mark.parametrize(
    ("text", "content", "holder"),
    [
        ("Voters in Quillby are convinced that the mayor hid the deficit.", "the mayor hid the deficit", "Voters"),
        (
            "Councillor Ines Varga is confident that the bridge will open by May.",
            "the bridge will open by May",
            "Ines Varga",
        ),
        ("The ferry operators remain hopeful that the strike will end soon.", "the strike will end soon", "operators"),
        ("Brandt Holm was aware that the yard could close.", "the yard could close", "Brandt Holm"),
    ],
)
def test_a_belief_on_a_predicate_is_an_attribution(text: str, content: str, holder: str) -> None:
    quotes = extract(text, options=_ATTRIBUTIONS)
    found = next(q for q in quotes if q.text == content)
    mention = found.speaker.mention if found.speaker is not None else found.source_mention
    assert mention is not None and holder in mention.text


@pytest.mark.parametrize(
    "text",
    [
        "It is certain that the bridge will open by May.",  # the writer's own judgement
        "Brandt Holm was aware of the risk to the yard.",  # no clause
        "The plan is a sure thing, Brandt Holm said of the yard.",
    ],
)
def test_no_belief_without_a_holder_and_a_clause(text: str) -> None:
    quotes = extract(text, options=_ATTRIBUTIONS)
    assert not any(q.cue is not None and q.cue.text.split()[-1] in {"certain", "aware", "sure"} for q in quotes)


def test_beliefs_stay_out_of_the_statements_scope() -> None:
    assert extract("Voters in Quillby are convinced that the mayor hid the deficit.", options=_STATEMENTS) == []
