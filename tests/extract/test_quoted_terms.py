"""Tests for onrecord.extract.quoted_terms: short quotations the writer's sentence runs into."""

from __future__ import annotations

import pytest

from onrecord.extract.foreign import find_foreign_candidates
from onrecord.extract.quoted_terms import is_quoted_term


@pytest.mark.parametrize(
    ("left", "words", "cued", "expected"),
    [
        ("Viele Haushalte erhalten ein zehnseitiges ", 1, False, True),  # a paper's name
        ("Comme tous les ", 1, False, True),  # a coined term
        ("Comme tous les ", 2, False, False),  # two words may be words said ("a appelé à « rouler ensemble »")
        ("", 1, False, False),  # the quotation opens the sentence
        ("Le maire a répondu : ", 2, False, False),  # set off by a colon
        ("Sie sagte, ", 2, False, False),  # set off by a comma
        ("Die Ministerin nannte das ", 1, True, False),  # a cue frames it
        ("Der Verband sprach von einer ", 3, False, False),  # three words may be a clause said
        ("La cámara calificó la iniciativa de ", 2, False, False),  # what it was called
        ("Die Gewerkschaft hat den Plan als ", 1, False, False),  # "als „...“ bezeichnet"
    ],
)
def test_is_quoted_term(left: str, words: int, cued: bool, expected: bool) -> None:
    assert is_quoted_term(left, words, cued) is expected


def test_foreign_terms_are_no_quotes() -> None:
    text = (
        "Vor der Wahl erhalten viele Haushalte in Nordstadt ein zehnseitiges „Morgenblatt“. "
        "Die Zeitung schürt vor allem Angst.\n\n"
        "„Das ist ein Skandal“, sagte Bürgermeisterin Hanna Feldkamp."
    )
    quotes = [text[c.pieces[0][0] : c.pieces[-1][1]] for c in find_foreign_candidates(text, "de").candidates]
    assert "Morgenblatt" not in quotes
    assert "Das ist ein Skandal" in quotes


def test_french_guillemet_terms_are_no_quotes() -> None:
    text = (
        "Comme tous les « populismes », ils alimentent une peur destinée à nous tromper.\n\n"
        "Le maire Paul Verdier a déclaré : « Nous ne céderons pas. »"
    )
    quotes = [text[c.pieces[0][0] : c.pieces[-1][1]] for c in find_foreign_candidates(text, "fr").candidates]
    assert "populismes" not in quotes
    assert any(q.startswith("Nous ne céderons pas") for q in quotes)


def test_two_words_after_a_verb_of_calling_stay_a_quote() -> None:
    text = "Le maire Paul Verdier a appelé les habitants à « rouler ensemble ».\n\nLes travaux dureront deux ans."
    quotes = [text[c.pieces[0][0] : c.pieces[-1][1]] for c in find_foreign_candidates(text, "fr").candidates]
    assert "rouler ensemble" in quotes
