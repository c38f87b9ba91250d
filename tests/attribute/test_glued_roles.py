"""Tests for onrecord.attribute.glued_roles: a role word capitalised onto a name."""

from __future__ import annotations

import pytest

from onrecord.attribute.glued_roles import glued_role
from onrecord.clean import clean
from onrecord.extract import analyse_article
from onrecord.model import Document


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Poet Daniel Kessel", ("poet", "Daniel Kessel")),
        ("Novelist Anna Varga", ("novelist", "Anna Varga")),
        ("Daniel Kessel", None),  # no role word
        ("Fisher Kane", None),  # two words: a name as written
        ("Kessel Daniel Varga", None),  # no noun for a person
        ("Senator Anna Varga", None),  # a title: read elsewhere
        ("POET Daniel Kessel", None),  # capitals: a heading's
    ],
)
def test_glued_role(name: str, expected: tuple[str, str] | None) -> None:
    assert glued_role(name) == expected


def test_speaker_without_the_role_word() -> None:
    text = (
        'Poet Daniel Kessel described every plot as "a start, a tangle and a close." He said the tangle mattered most.'
    )
    quotes, speakers = analyse_article(clean(Document(text, "test.txt", "text")))
    assert {q.speaker.name for q in quotes if q.speaker is not None} == {"Daniel Kessel"}
    assert any(r.casefold() == "poet" for s in speakers for r in s.roles)
