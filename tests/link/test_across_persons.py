"""The cross-speaker pass's veto: two named persons with no name word in common stay apart."""

from __future__ import annotations

import pytest

from onrecord.link import across_persons
from onrecord.link.across_persons import any_named_apart, name_words, named_apart


def test_public_names() -> None:
    assert set(across_persons.__all__) == {"NAMED", "Speaker", "name_words", "named_apart", "any_named_apart"}


def test_name_words_leave_out_titles_and_short_words() -> None:
    assert name_words("Dr. Ines Marrow") == name_words("Ines Marrow")
    assert name_words("Marrow") <= name_words("Ines Marrow")
    assert name_words(None) == frozenset()
    assert name_words("Mr. Li") == frozenset()  # nothing long enough to tell a person apart


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        # two people, one slogan: never one statement
        (("p:ines-marrow", "Ines Marrow", "person"), ("p:paul-ketter", "Paul Ketter", "person"), True),
        (("p:ines-marrow", "Dr. Ines Marrow", "person"), ("p:paul-ketter", "Dr. Paul Ketter", "person"), True),
        # one person, two ids: a surname alone, a given name added, another script
        (("p:ines-marrow", "Ines Marrow", "person"), ("p:marrow", "Marrow", "person"), False),
        (("p:pavel-dvornik", "Павел Дворник", "person"), ("p:pavel-dvornik-2", "Pavel Dvornik", "person"), False),
        # one surname, two given names: two people
        (("p:marta-quell", "Marta Quell", "person"), ("p:henrik-quell", "Henrik Quell", "person"), True),
        # two named bodies sharing a place's word: two speakers
        (
            ("o:kellby-dockers", "Kellby Dockers Union", "organisation"),
            ("o:kellby-port", "Kellby Port Authority", "organisation"),
            True,
        ),
        # a person and a body (a spokesperson and the body), a role or nobody: the scorer decides
        (
            ("p:ines-marrow", "Ines Marrow", "person"),
            ("o:caddow-pier-trust", "Caddow Pier Trust", "organisation"),
            False,
        ),
        (("p:ines-marrow", "Ines Marrow", "person"), ("r:harbour-engineer", "harbour engineer", "role"), False),
        (("p:ines-marrow", "Ines Marrow", "person"), (None, None, None), False),
        (("p:ines-marrow", "Ines Marrow", "person"), ("p:ines-marrow", "Ines Marrow", "person"), False),
    ],
)
def test_named_apart(
    a: tuple[str | None, str | None, str | None], b: tuple[str | None, str | None, str | None], apart: bool
) -> None:
    assert named_apart(a, b) is apart
    assert named_apart(b, a) is apart


def test_a_third_statement_joins_no_two_named_speakers() -> None:
    marrow = ("p:ines-marrow", "Ines Marrow", "person")
    ketter = ("p:paul-ketter", "Paul Ketter", "person")
    nobody: tuple[str | None, str | None, str | None] = (None, None, None)
    assert any_named_apart({marrow, nobody}, {ketter})
    assert not any_named_apart({marrow}, {nobody})
    assert not any_named_apart({marrow, nobody}, {("o:trust", "Caddow Pier Trust", "organisation")})
    trust = ("o:trust", "Caddow Pier Trust", "organisation")
    assert any_named_apart({trust}, {("o:dockers", "Kellby Dockers Union", "organisation")})
    assert not any_named_apart({marrow, nobody}, {("r:engineer", "harbour engineer", "role")})
