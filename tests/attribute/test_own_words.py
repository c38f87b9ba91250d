"""A "he" or "she" in someone's own words (attribute.own_words)."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.attribute import own_words
from onrecord.attribute.own_words import role_before
from onrecord.extract.mentions import Mention


def test_public_names() -> None:
    assert own_words.__all__ == ["owner_of_words", "person_between", "role_before"]


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
        # a person the words name after the office is nearer: the pronoun's, not the office's
        ("The transport minister opened the bridge. My daughter drives over it and she said", None),
        ("The mayor promised us a school. A neighbour of mine teaches there and he said", None),
        ("The minister came in May. Her eldest son stayed behind, and he said", None),
        # a thing the words name after the office is no person
        ("The minister was on the radio with his new plan and he said", "minister"),
        # an office two sentences back is too far
        ("The minister rang me. I was out. The line was bad. He said", None),
    ],
)
def test_role_before(words: str, role: str | None) -> None:
    text = "GUEST: " + words + " the road would open."
    at = text.rindex("e said") - 1
    size = 3 if text[at - 1] == "s" else 2
    at -= size - 2
    pronoun = Mention(at, at + size, text[at : at + size], "pronoun", gender="f" if size == 3 else "m")
    found = role_before(text, pronoun, len("GUEST: "))
    assert (found.role if found is not None else None) == role


@pytest.mark.parametrize(
    "turn",
    [
        "The transport minister opened the new bridge in April. My daughter drives over it every day and she "
        "said the railings were already loose.",
        "The mayor promised us a new school. A neighbour of mine teaches there and he said the railings were "
        "already loose.",
    ],
)
def test_a_person_the_words_name_after_the_office_leaves_the_pronoun_unnamed(turn: str) -> None:
    text = (
        "NIGHT LINE\n\nKARIN VELDE (HOST): Our next caller is Osk from Brammel.\n\n"
        f"OSK (CALLER, BRAMMEL): {turn}\n\nKARIN VELDE (HOST): Thank you, Osk."
    )
    found = [q for q in extract(text, article_id="t") if q.text.startswith("the railings")]
    assert len(found) == 1
    assert found[0].speaker is None  # neither the office nor the host nor the caller
