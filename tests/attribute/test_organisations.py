"""The organisations an article names, and "the court" that means one of them."""

from __future__ import annotations

import pytest

from onrecord.attribute.organisations import (
    article_organisations,
    business_named_before,
    described_by_noun,
    head_word,
    named_by_noun,
)
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
        # a sentence ends inside a run of capitalised words: the name ends with it
        ("She taught at the University of Pellmoor. He says the post was cut.", ["University of Pellmoor"]),
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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body named last in the paragraph is what a definite noun of no person's role means
        (
            "Halloway Films hit back within hours. In a statement issued on Friday, the studio said: "
            '"Ines Marr remains under contract for a fourth film."',
            "Halloway Films",
        ),
        (
            'Tern Coast Rescue wrote on X: "Day 4. No port." '
            "The charity says three of its medics are treating survivors.",
            "Tern Coast Rescue",
        ),
    ],
)
def test_a_definite_noun_means_the_body_just_named(text: str, speaker: str) -> None:
    quotes = extract(text)
    assert quotes and quotes[-1].speaker is not None and quotes[-1].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body noun of another kind than the name of the body whose words were reported last
        (
            "The top tenth paid 31 percent of all levies in 2019, according to the independent Fiscal "
            "Audit Office.\n\nThe middle fifth paid 9.1 percent, the agency said in a March report.",
            "Fiscal Audit Office",
        ),
        (
            'In a statement, the Guild of Transit Operators called Mara Quill a "friend" of its members.\n\n'
            '"She has stood with us for years," the union wrote.',
            "Guild of Transit Operators",
        ),
    ],
)
def test_a_body_noun_means_the_body_that_spoke_last(text: str, speaker: str) -> None:
    quotes = extract(text)
    assert quotes and quotes[-1].speaker is not None and quotes[-1].speaker.name == speaker


def test_a_body_noun_means_no_body_that_spoke_long_before() -> None:
    text = (
        "The Guild of Transit Operators said fares were too high. The mayor disagreed. Buses ran late. "
        "Trains were full. The union said it would strike."
    )
    quotes = extract(text)
    assert quotes and quotes[-1].speaker is not None and quotes[-1].speaker.name != "Guild of Transit Operators"


@pytest.mark.parametrize(
    "text",
    [
        # the noun meant something else between the body's name and the cue
        "Marrow Water says the town owes it a great deal. The town says it owes somewhat less.",
        # a person named last: no body is meant
        "Halloway Films hit back. Its lawyer Ines Marr called it fair. The studio said the deal stands.",
        # a noun of no kind of body is no body at all
        "Halloway Films said in a statement that it was pleased.\n\nThe deal stands, the merger said on Monday.",
        # a country is no panel
        "The rider trains in France.\n\nThe panel said the deal stands and the ban would run two years.",
    ],
)
def test_a_definite_noun_means_no_body_it_cannot_stand_for(text: str) -> None:
    quotes = [q for q in extract(text) if "owes somewhat" in q.text or "deal stands" in q.text]
    wrong = {"Marrow Water", "Halloway Films", "France"}
    assert quotes and (quotes[0].speaker is None or quotes[0].speaker.name not in wrong)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Halbrook's plant manager, Ada Lusk, said it leaked. The company", "Halbrook"),
        ("Halbrook's first Nordic factory is late. The company", "Halbrook"),
        ("Tor Vess, the chief executive of Ambry Freight, said. The company", "Ambry Freight"),
        ("Selby Crags, the operator that runs the chairlifts, said. The company", "Selby Crags"),
        ("Grid distributor Wenmoor Power said it. The company", "Wenmoor Power"),
        # a person, a day, a public body and a country are no business
        ("Ada Lusk's lawyer said. The company", None),
        ("Tuesday's board meeting ended. The company", None),
        ("The director of the Selby Water Authority said. The company", None),
        ("France's chief executive said. The company", None),
        # a pronoun is no name, nor is the place a plant stands at
        ("The company I joined in 1998 is gone, said one worker. The company", None),
        ("Workers at the plant at Dunmere walked out. The company", None),
        ("A manager at Ambry Freight said it. The company", "Ambry Freight"),
    ],
)
def test_business_named_before(text: str, name: str | None) -> None:
    found = business_named_before(text, 0, len(text))
    assert (found[1] if found else None) == name
    if found is not None:
        assert text[found[0] :].startswith(found[1])


@pytest.mark.parametrize(
    "text",
    [
        # the place a business's workers are in is no business
        'Ambry Freight will cut 300 jobs. Workers in Dunmere fear the worst. Dunmere\'s workers '
        'marched on Friday.\n\n"We will talk to the union," the company said.',
        # a person the article named, whose staff are named, stays a person
        'Kvesto Raskin runs the yard. Raskin\'s staff walked out.\n\n"We will talk to the union," the company said.',
    ],
)
def test_the_company_is_no_place_and_no_person_named_so(text: str) -> None:
    quotes = [q for q in extract(text) if "talk to the union" in q.text]
    assert quotes
    speaker = quotes[0].speaker
    assert speaker is None or speaker.name not in {"Dunmere", "Kvesto Raskin", "Raskin"}


@pytest.mark.parametrize(
    ("text", "noun", "name"),
    [
        # a body set off with its description
        ("Brenmoor Stores, the region's biggest grocery chain, said so.", "chain", "Brenmoor Stores"),
        # the end of a person's name after its particle, set off with a description, is no body
        ("Tjeerd van Keulen, the club's long-serving goalkeeper, has retired.", "goalkeeper", None),
    ],
)
def test_described_by_noun(text: str, noun: str, name: str | None) -> None:
    assert described_by_noun(text, noun, len(text)) == name
