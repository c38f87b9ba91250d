"""A cue inside a relative clause: the words after the cue, to the clause's end, are what was said."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract.candidates import ExtractOptions

_RULES = ExtractOptions(model="rules")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The closure, which Superintendent Maren Folk said would save about $1.2 million a year, takes "
            "effect in June.",
            "would save about $1.2 million a year",
            "Maren Folk",
        ),
        (
            "The bill, which Ottilie Brandt said would cover a fleet that has grown to 190 ships, passed on Friday.",
            "would cover a fleet that has grown to 190 ships",
            "Ottilie Brandt",
        ),
        # after a copula the quotation is the content
        (
            'Transport minister Kasimir Lund raised the figure to 480 million crowns, which he said was "new money."',
            "new money",
            "Kasimir Lund",
        ),
    ],
)
def test_the_words_after_a_relative_cue_are_the_content(text: str, content: str, speaker: str) -> None:
    quotes = [q for q in extract(text, options=_RULES) if q.text == content]
    assert quotes, [q.text for q in extract(text, options=_RULES)]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == speaker


def test_a_relative_clause_without_a_cue_inside_is_left_alone() -> None:
    text = "Bram Olsen said the levy, which took effect in May, would raise 40 million crowns."
    assert [q.text for q in extract(text, options=_RULES)] == [
        "the levy, which took effect in May, would raise 40 million crowns"
    ]
