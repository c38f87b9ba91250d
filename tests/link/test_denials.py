from __future__ import annotations

from dataclasses import replace

import pytest

from onrecord.link import LinkItem, link_block
from onrecord.link.denials import denies
from onrecord.link.features import compatible, features


@pytest.mark.parametrize(
    ("before", "denial"),
    [
        ("OSLO, April 18 (Wire) - Foreign Minister Anna Berg on Monday denied", True),
        ("Lavrov on Monday dismissed media reports", True),
        ("The spokeswoman rejected the union's claims", True),
        ("The company flatly refuted suggestions", True),
        ("Le ministère a démenti", True),
        ("Пресс-секретарь опроверг", True),
        ("El portavoz negó", True),
        ("Der Sprecher bestritt", True),
        # a denial elsewhere in the sentence, or before the quote's own clause, is not the cue's
        ("Berg, who has denied any wrongdoing, said", False),
        ('"We denied nothing." The minister said', False),
        ("The minister confirmed reports", False),
        ("Pia Lund told reporters", False),
    ],
)
def test_a_denial_is_read_from_the_cue(before: str, denial: bool) -> None:
    assert denies(before) is denial


def _item(qid: str, text: str, article: str, denied: bool = False, lang: str = "en") -> LinkItem:
    item = LinkItem(qid, "p:berg", text, "indirect", lang, 100, article, 0, "2027-04-18")
    return replace(item, denied=denied)


def _together(a: LinkItem, b: LinkItem) -> bool:
    labels = link_block([a, b])
    return labels[0] == labels[1]


@pytest.mark.parametrize(
    ("a", "b", "linked"),
    [
        # "denied that X" and "said that X": opposite statements, the same words
        (
            _item("q1", "the ambassador had been recalled from Moscow", "a", denied=True),
            _item("q2", "the ambassador had been recalled from Moscow", "b"),
            False,
        ),
        # two reports of the denial are one statement
        (
            _item("q1", "the ambassador had been recalled from Moscow", "a", denied=True),
            _item("q2", "the ambassador had been recalled from Moscow", "b", denied=True),
            True,
        ),
    ],
)
def test_a_denial_is_not_the_words_said(a: LinkItem, b: LinkItem, linked: bool) -> None:
    assert _together(a, b) is linked


@pytest.mark.parametrize(
    ("denied", "other", "lang", "agree"),
    [
        # a denial is the words said as a negation, in another language
        (
            "the ambassador had been recalled from Moscow",
            "der Botschafter sei nicht aus Moskau abberufen worden",
            "de",
            True,
        ),
        (
            "the ambassador had been recalled from Moscow",
            "der Botschafter sei aus Moskau abberufen worden",
            "de",
            False,
        ),
        # and in its own
        ("the ambassador had been recalled", "the ambassador had not been recalled", "en", True),
    ],
)
def test_a_denial_reads_as_a_negation(denied: str, other: str, lang: str, agree: bool) -> None:
    a, b = replace(features(denied, "en"), denied=True), features(other, lang)
    assert compatible(a, b)[0] is agree
