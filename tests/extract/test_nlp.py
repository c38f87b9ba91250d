"""Tests for onrecord.extract.nlp: what the English parser is given."""

from __future__ import annotations

import pytest

from onrecord.extract.candidates import find_candidates
from onrecord.extract.nlp import straight_apostrophes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # possessives and contractions take the typewriter apostrophe
        ("the Labour leader\u2019s aide", "the Labour leader's aide"),
        ("it\u2019s done, we\u2019ll see, they\u2019re here, don\u2019t", "it's done, we'll see, they're here, don't"),
        # a plural's possessive looks like a quotation closed after a word in s: it keeps its mark
        ("the dockers\u2019 union", "the dockers\u2019 union"),
        ("\u2018left to find out from the news\u2019 and", "\u2018left to find out from the news\u2019 and"),
        # a name's apostrophe and a closing single quotation mark keep theirs
        ("Se\u00e1n O\u2019Brien said \u2018no\u2019.", "Se\u00e1n O\u2019Brien said \u2018no\u2019."),
        ("plain text", "plain text"),
    ],
)  # fmt: skip
def test_straight_apostrophes(text: str, expected: str) -> None:
    out = straight_apostrophes(text)
    assert out == expected
    assert len(out) == len(text)


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_typographic_possessive_parses_as_the_typewriter_one(apostrophe: str) -> None:
    text = f'Pressed on the vote, the party leader{apostrophe}s aide said: "We will win the seat."'
    mentions = [c.mention for c in find_candidates(text).candidates if c.mention is not None]
    assert mentions and mentions[0].role == "party leader's aide"
