"""Which languages the sentence embedder reads."""

from __future__ import annotations

import numpy as np
import pytest

from onrecord.link.embed import covers, embed_second


@pytest.mark.parametrize(
    ("language", "covered"),
    [("en", True), ("pl", True), ("tr", True), ("uk", True), (None, True), ("cs", False), ("id", False), ("sv", False)],
)
def test_covers(language: str | None, covered: bool) -> None:
    assert covers(language) is covered


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        # an unknown language: English copy whose language was not told, unless its letters say otherwise
        ("The bridge will open next month", True),
        ("Cây cầu sẽ được thông xe vào tháng tới", False),
        ("Мост ће бити отворен следећег месеца", False),
        ("הגשר ייפתח בחודש הבא", False),
        ("Daraja litafunguliwa mwezi ujao", True),  # no letter outside ASCII, four words: taken for English
        # five words or more and no English function word among them: another language
        ("Daraja jipya litafunguliwa mwezi ujao", False),
        ("Meie ettevõte tühistas eile 120 lendu", False),
        ("Nobody here expected the water to rise so fast", True),  # "the", "to": English
        # ... a lower-case "i" is no English "I" (a word of the language's own)
        ("Ka tuwhera te piriti i tera marama", False),
        ("Well, I said the bridge opens soon", True),
        # ... a word said again counts once
        ("Jobs, jobs, jobs, jobs, jobs.", True),
    ],
)
def test_covers_an_unknown_language_by_its_letters(text: str, covered: bool) -> None:
    assert covers(None, text) is covered


def test_embed_second_reads_a_language_the_first_does_not() -> None:
    vectors = embed_second(
        [
            "We will build a new school by the harbour next year",
            "Vi kommer att bygga en ny skola vid hamnen nästa år",
            "The council has no money left for new roads this winter",
        ]
    )
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.05
    assert embed_second([]).shape == (0, 384)
