"""A statement's canonical wording is the quote's own words, without the attribution that interrupts it."""

from __future__ import annotations

import json

import pytest

from onrecord.store.statements import _words


@pytest.mark.parametrize(
    ("text", "pieces", "words"),
    [
        (
            'We are ready," she said, "but not at any price.',
            ["We are ready,", "but not at any price."],
            "We are ready … but not at any price.",
        ),
        ("No deal today", [], "No deal today"),
    ],
)
def test_canonical_words(text: str, pieces: list[str], words: str) -> None:
    fragments = json.dumps([{"text": p, "start": 0, "end": len(p)} for p in pieces]) if pieces else None
    assert _words(text, fragments) == words
