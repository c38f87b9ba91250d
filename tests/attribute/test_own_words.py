"""A "he" or "she" in someone's own words (attribute.own_words)."""

from __future__ import annotations

import pytest

from onrecord.attribute import own_words
from onrecord.attribute.own_words import role_before
from onrecord.extract.mentions import Mention


def test_public_names() -> None:
    assert own_words.__all__ == ["owner_of_words", "role_before"]


@pytest.mark.parametrize(
    ("words", "role"),
    [
        # the office a sentence gave as its subject, just before the pronoun
        ("The transport minister was on the radio and he said", "transport minister"),
        ("The minister rang me on Friday. He said", "minister"),
        # the last office before the pronoun
        ("The mayor was away, so the deputy mayor came. He said", "deputy mayor"),
        # no office: nothing to refer back to
        ("My brother came round on Sunday. He said", None),
        # an office two sentences back is too far
        ("The minister rang me. I was out. The line was bad. He said", None),
    ],
)
def test_role_before(words: str, role: str | None) -> None:
    text = "GUEST: " + words + " the road would open."
    at = text.rindex("e said") - 1
    pronoun = Mention(at, at + 2, text[at : at + 2], "pronoun", gender="m")
    found = role_before(text, pronoun, len("GUEST: "))
    assert (found.role if found is not None else None) == role
