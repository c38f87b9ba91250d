"""A "Source: content" headline is an attribution in the attributions scope only."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract import ExtractOptions

_ATTRIBUTIONS = ExtractOptions.scope("attributions", "rules")
_STATEMENTS = ExtractOptions.scope("statements", "rules")


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Vell: Ferry Cuts Are A Betrayal Of The Islands.\n\nTom Vell spoke in Kirkwall on Monday.",
            "Ferry Cuts Are A Betrayal Of The Islands",
            "Vell",
        ),
        (
            "Harbour Board camp: the ferry will run all winter.\n\nThe board met on Monday.",
            "the ferry will run all winter",
            "Harbour Board camp",
        ),
    ],
)
def test_a_colon_headline_is_an_attribution(text: str, content: str, source: str) -> None:
    quotes = [q for q in extract(text, options=_ATTRIBUTIONS) if q.text == content]
    assert len(quotes) == 1
    q = quotes[0]
    assert q.cue is not None and q.cue.text == ":"
    mention = q.speaker.mention if q.speaker is not None else q.source_mention
    assert mention is not None and mention.text == source
    assert not [r for r in extract(text, options=_STATEMENTS) if r.text == content]


@pytest.mark.parametrize(
    "text",
    [
        "The Latest: ferries cut on three routes.\n\nThe board met.",  # an article first
        "EXCLUSIVE: ferries cut on three routes.\n\nThe board met.",  # a shouted label
        "Monday's Morning Email: ferries cut on three routes.\n\nThe board met.",  # a possessive
        "Vell: Cuts.\n\nThe board met.",  # too short to say anything
        "The board met on Monday: ferries were cut on three routes.",  # no line of its own
    ],
)
def test_no_attribution_from_other_colons(text: str) -> None:
    assert not [q for q in extract(text, options=_ATTRIBUTIONS) if q.cue is not None and q.cue.text == ":"]
