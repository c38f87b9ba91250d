"""The organisations an article names, and "the court" that means one of them."""

from __future__ import annotations

import pytest

from onrecord.attribute.organisations import article_organisations, head_word, named_by_noun
from onrecord.extract import extract


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("High Court of Valmera", "court"),
        ("Ashbury Borough Council", "council"),
        ("Department of Education and Science", "department"),
        ("Allied Nurses' Union", "union"),
    ],
)
def test_head_word(name: str, head: str) -> None:
    assert head_word(name) == head


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The High Court of Valmera on Tuesday annulled the licence. Nurses at Kessington Royal "
            "Infirmary will strike.",
            ["High Court of Valmera", "Kessington Royal Infirmary"],
        ),
        # two bodies joined by "and the" are two names
        (
            "It also applies to Calder State University and the Oakhaven Institute of Technology.",
            ["Calder State University", "Oakhaven Institute of Technology"],
        ),
        # a masthead is no organisation that speaks in the article
        (
            "The Meridian Press Agency reported the figures. Ashbury Borough Council's budget meeting began.",
            ["Ashbury Borough Council"],
        ),
        # a heading in capitals over a paragraph is no part of the paragraph's first name
        ("NOTICE TO MEMBERS\n\nHarbour Board members met on Monday.", ["Harbour Board"]),
        # a name in capitals is a heading's, not the article's
        ("HIGH COURT OF BRELLAND\n\nPRESS SUMMARY\n\nThe Court allows the appeal.", []),
    ],
)
def test_article_organisations(text: str, names: list[str]) -> None:
    found = article_organisations(text)
    assert [n for _, n in found] == names
    assert all(text[at : at + len(n)] == n for at, n in found)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "The High Court of Valmera on Tuesday annulled the licence for the mine.\n\n"
            'In a 64-page judgment, the court said the licence had been issued "without the prior '
            'consultation that the law requires".',
            "without the prior",
            "High Court of Valmera",
        ),
        (
            "Nurses at Kessington Royal Infirmary will walk out on Monday.\n\n"
            '"Patients whose appointments are affected will be contacted by Friday," the hospital said.',
            "Patients whose",
            "Kessington Royal Infirmary",
        ),
        (
            "Lawyers are reading Friday's High Court of Dunmere judgment closely. "
            '"The evidence was never put to the jury," the court said.',
            "The evidence was never",
            "High Court of Dunmere",
        ),
    ],
)
def test_the_court_is_the_court_named(text: str, quote: str, speaker: str) -> None:
    quotes = [q for q in extract(text, article_id="t") if quote in q.text]
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "noun", "name"),
    [
        ("READERS WRITE\n\nCo-op needs a plan. The co-op's spokesman said so.", "co", None),
        (
            "The Tolliver County Fire Protection District met. Then the district said so.",
            "district",
            "Tolliver County Fire Protection District",
        ),
    ],
)
def test_named_by_noun_within_a_paragraph(text: str, noun: str, name: str | None) -> None:
    assert named_by_noun(text, noun, len(text)) == name
