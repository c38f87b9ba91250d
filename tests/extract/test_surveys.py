"""Figures read in a poll: "In a Harwick College poll, Varga leads Holm by six points"."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract.candidates import ExtractOptions
from onrecord.extract.surveys import mentions_survey

_RULES = ExtractOptions(model="rules")
_LEAD = "The race in Quillby tightened this week.\n\n"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            _LEAD + "In a Harwick College poll last month, Ines Varga had a ten-point lead.",
            "Ines Varga had a ten-point lead",
            "Harwick College poll",
        ),
        (
            _LEAD + "In the latest statewide survey, 41 percent of voters had never used the ferry.",
            "41 percent of voters had never used the ferry",
            "statewide survey",
        ),
    ],
)
def test_a_polls_figures_are_on_record(text: str, content: str, source: str) -> None:
    quotes = [q for q in extract(text, options=_RULES) if q.text == content]
    assert len(quotes) == 1
    assert quotes[0].cue is not None and quotes[0].cue.text == "In"
    assert quotes[0].source_mention is not None and source in quotes[0].source_mention.text
    assert quotes[0].type == "document"


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "In the latest survey, voters said they trusted Ines Varga.",  # the verb's own report
        _LEAD + "Brandt Holm appeared in the poll results twice.",  # too little to be a figure
        _LEAD + "Ines Varga, who led in every poll, spoke on Monday.",  # a relative clause
        _LEAD + "In the morning, Ines Varga had a ten-point lead.",  # no poll
    ],
)
def test_no_figure_without_a_poll_clause(text: str) -> None:
    assert not [q for q in extract(text, options=_RULES) if q.cue is not None and q.cue.text.lower() == "in"]


def test_the_filter_finds_in_a_poll_a_few_words_on() -> None:
    text = "In a new Harwick College poll released Tuesday, Varga leads."
    assert mentions_survey(text, 0, len(text))
    assert not mentions_survey("In the morning, Varga led.", 0, 26)
