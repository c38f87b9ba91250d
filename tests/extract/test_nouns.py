"""Reported speech headed by a noun of speech: ``his claim that C``."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract import ExtractOptions

_RULES = ExtractOptions(model="rules")


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "The minister dismissed the union's assertion that the Tarrow yard would close.",
            "the Tarrow yard would close",
            "assertion",
            "Union",
        ),
        (
            "Councillor Ines Varga spoke on Monday. Critics mocked her claim that the bridge would open by May.",
            "the bridge would open by May",
            "claim",
            "Ines Varga",
        ),
        (
            "Brandt Holm stood by his prediction that fares would fall next year.",
            "fares would fall next year",
            "prediction",
            "Brandt Holm",
        ),
        (
            "The council's pledge that no library would close was broken within a year.",
            "no library would close",
            "pledge",
            "Council",
        ),
        # a writer by "from", the clause hung by the parse on the noun's verb
        (
            "The denial followed a tweet from Senator Mara Quill that the base would stay open.",
            "the base would stay open",
            "tweet",
            "Mara Quill",
        ),
        (
            "Residents welcomed a warning from the Harbour Board that the pier was unsafe.",
            "the pier was unsafe",
            "warning",
            "Harbour Board",
        ),
    ],
)
def test_a_noun_of_speech_with_a_holder_and_a_that_clause(text: str, content: str, cue: str, speaker: str) -> None:
    found = {q.text: q for q in extract(text, published="2027-03-01", options=_RULES)}
    assert content in found
    quote = found[content]
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # no holder: the sentence does not say whose claim it is
        "Brandt Holm rejected claims that he had exaggerated his record.",
        # a relative clause, not the content: "that" is the verb's object
        "The rumours grew from his claim that nobody believed.",
        # no clause at all
        "The mayor's statement was read out at the meeting.",
    ],
)
def test_a_noun_of_speech_without_holder_or_clause_is_no_cue(text: str) -> None:
    assert extract(text, published="2027-03-01", options=_RULES) == []
