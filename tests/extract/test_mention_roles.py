"""Which words read beside a person's name are recorded as the person's role."""

from __future__ import annotations

import pytest

from onrecord.extract.mentions import analyse_mention
from onrecord.extract.nlp import parse


def _mention_of(sentence: str, word: str):  # type: ignore[no-untyped-def]
    doc = parse([sentence])[0]
    head = next(t for t in doc if t.text == word)
    return analyse_mention(head, 0)


@pytest.mark.parametrize(
    ("sentence", "word", "role"),
    [
        # a verb, an adverb or a preposition the parse kept before the name is no office
        ("The moderator decided against fact-checking Harriet Vendt during the forum.", "Vendt", None),
        ("Lund said he was not speaking only about Harriet Vendt on Tuesday.", "Vendt", None),
        # an adjective or the side a person takes, alone before the name, is no office
        ("The deal came after rival Harriet Vendt attacked the plan.", "Vendt", None),
        # an office, a title written as part of the name, a trade or a description stays
        ("The plan was backed by economist Harriet Vendt on Tuesday.", "Vendt", "economist"),
        ("The plan was backed by Sen. Harriet Vendt on Tuesday.", "Vendt", "Sen."),
        (
            "The plan was backed by Republican presidential nominee Harriet Vendt.",
            "Vendt",
            "Republican presidential nominee",
        ),
        ("The plan was backed by Harriet Vendt, a lawyer in Brenndal.", "Vendt", None),
        (
            "In a letter, one of the club's lawyers, Harriet Vendt, said the fine was unfair.",
            "one",
            "one of the club's lawyers",
        ),
    ],
)
def test_a_role_describes_the_person(sentence: str, word: str, role: str | None) -> None:
    mention = _mention_of(sentence, word)
    assert mention.name is not None and mention.name.endswith("Vendt")
    if role is None:
        assert mention.role is None or "lawyer" in mention.role
    else:
        assert mention.role == role
