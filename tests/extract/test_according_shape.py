"""A source phrase in a language with no data, told by the spelling its neighbours give it."""

from __future__ import annotations

import pytest

from onrecord.extract.according_shape import near_source_preposition, source_prepositions
from onrecord.extract.foreign import find_foreign_candidates


def _found(text: str) -> list[tuple[str, str, str | None]]:
    analysis = find_foreign_candidates(text, "")
    return [(c.kind, text[c.start : c.end], c.mention.text if c.mention else None) for c in analysis.candidates]


def test_the_source_prepositions_are_the_entries_one_word_latin_ones() -> None:
    found = source_prepositions()
    assert {"menurut", "volgens", "secondo"} <= found
    assert "kwa" not in found and "според" not in found


@pytest.mark.parametrize(
    ("word", "near"),
    [
        ("Secundu", True),  # secondo, segundo
        ("Minurot", True),  # menurut, two letters off a long one
        ("Volgense", True),
        ("Segun", True),  # según without its accent
        ("Paska", False),  # pasak: too short to be off by one letter and five letters long
        ("Marowit", False),  # the first letter differs
        ("Ministru", False),
        ("Selatan", False),
    ],
)
def test_a_word_is_near_a_source_preposition_by_its_spelling(word: str, near: bool) -> None:
    assert near_source_preposition(word) is near


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Secundu a ministra Ilse Varnow, u portu di Calvena ferma tutta a simana.",
            ("indirect", "u portu di Calvena ferma tutta a simana", "Ilse Varnow"),
        ),
        (
            "Minurot pamong desa Dodi Karsana, kapal loro wis bali menyang pelabuhan wingi.",
            ("indirect", "kapal loro wis bali menyang pelabuhan wingi", "Dodi Karsana"),
        ),
        (
            "Secundu u ministru di i Porti, Ilse Varnow, u portu di Calvena ferma tutta a simana.",
            ("indirect", "u portu di Calvena ferma tutta a simana", "Ilse Varnow"),
        ),
    ],
)
def test_a_sentence_opening_with_such_a_word_and_a_full_name_reports_the_name_s_words(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Secundu a piazza di Calvena, u portu ferma tutta a simana.",  # no person named
        "Marowit a ministra Ilse Varnow, u portu di Calvena ferma tutta a simana.",  # no source word
        "Secundu a ministra Ilse Varnow, ferma.",  # too short a clause
    ],
)
def test_no_report_without_a_near_source_word_a_full_name_and_a_clause(text: str) -> None:
    assert [c for c in _found(text) if c[0] == "indirect"] == []
