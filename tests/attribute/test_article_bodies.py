"""Tests for onrecord.attribute.article_bodies: names written only after "the"."""

from __future__ import annotations

import pytest

from onrecord.attribute.article_bodies import always_after_the, named_as_business
from onrecord.clean import clean
from onrecord.extract import analyse_article
from onrecord.model import Document


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Admiralty", "The Admiralty insisted there were no ships. Later the Admiralty claimed ...", True),
        ("Tarn Basin", "The Tarn Basin is shallow, the Tarn Basin's pilots say.", True),
        ("Halvorsen", "The Halvorsen report was late. Halvorsen said he regretted it.", False),
        ("Okafor", "Okafor said the vote was close.", False),
        ("Admiralty", "No such name here.", False),
        ("Rook", "Theodore Rook spoke. Then Rook left.", False),
    ],
)
def test_always_after_the(name: str, text: str, expected: bool) -> None:
    assert always_after_the(name, text) is expected


def test_speaker_after_the_is_an_organisation() -> None:
    text = (
        "The Admiralty insisted on Monday that no warships were in the strait.\n\n"
        '"We have no vessels there," the Admiralty said in a statement.'
    )
    _, speakers = analyse_article(clean(Document(text, "test.txt", "text")))
    kinds = {s.name: s.kind for s in speakers}
    assert kinds.get("Admiralty") == "organisation"


def test_speaker_described_as_a_business_is_an_organisation() -> None:
    text = 'The publishing giant Quillon announced a settlement on Thursday, saying "the dispute is over."'
    _, speakers = analyse_article(clean(Document(text, "test.txt", "text")))
    assert {s.name: s.kind for s in speakers}.get("Quillon") == "organisation"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Quillon", "Quillon's shares fell 4 percent on Monday.", True),
        ("Quillon", "The deal was announced by Quillon CEO Mara Lind.", True),
        ("Quillon", "Quillon Inc. did not reply.", True),
        ("Quillon", "Quillon, the company that runs the ferries, said it would cut fares.", True),
        ("Quillon", "Quillon is a Lisbon-based firm with 40 staff.", True),
        ("Halvorsen", "Halvorsen's spokesman said he would not comment.", False),  # a person has one too
        ("Halvorsen", "Halvorsen said the vote was close.", False),
        ("Quill", "Quillon's shares fell.", False),  # whole words only
        # what a person has or is too (review): a gardener's plants, a firm believer, a brand ambassador
        ("Whaanga", "Whaanga's plants took first prize at the county show.", False),
        ("Whaanga", "Whaanga is a firm believer in talking to seedlings.", False),
        ("Whaanga", "Whaanga is a brand ambassador for the label.", False),
        ("Whaanga", "Whaanga's workers and investors were at the show.", False),
        ("Quillon", "Quillon is a firm based in Lisbon.", True),
        ("Quillon", "Quillon, a brand that sells ferries, said it would cut fares.", True),
    ],
)
def test_named_as_business(name: str, text: str, expected: bool) -> None:
    assert named_as_business(name, text) is expected


def test_speaker_written_as_a_business_is_an_organisation() -> None:
    text = (
        "Quillon said on Tuesday it would close two plants, and Quillon's shares fell 6 percent.\n\n"
        '"We had no choice," Quillon said in a statement.'
    )
    _, speakers = analyse_article(clean(Document(text, "test.txt", "text")))
    assert {s.name: s.kind for s in speakers}.get("Quillon") == "organisation"


def test_a_surname_alone_stays_a_person() -> None:
    text = 'Halvorsen said on Tuesday the vote was close. "It was a long night," Halvorsen said.'
    _, speakers = analyse_article(clean(Document(text, "test.txt", "text")))
    assert {s.name: s.kind for s in speakers}.get("Halvorsen") == "person"


@pytest.mark.parametrize("name", ["Dana Kell Productions", "Brightwater Equities", "Marrow Street Records"])
def test_speaker_a_business_word_heads_is_an_organisation(name: str) -> None:
    text = f'{name} said on Friday it had reached a deal. "We are pleased," {name} said.'
    _, speakers = analyse_article(clean(Document(text, "test.txt", "text")))
    assert {s.name: s.kind for s in speakers}.get(name) == "organisation"
