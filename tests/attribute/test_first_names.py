"""Speakers who gave only their given name, and the descriptions that stand for them."""

from __future__ import annotations

import pytest

from onrecord.attribute.first_names import disclosures
from onrecord.extract import extract


@pytest.mark.parametrize(
    ("sentence", "name", "gender", "noun"),
    [
        (
            "A shopper near the bus depot who gave only his first name, Anselm, said prices rose.",
            "Anselm",
            "m",
            "shopper",
        ),
        ('"It was cold," said the nurse, who gave her first name as Odalys.', "Odalys", "f", "nurse"),
        ("Tadeo, 61, who gave only his first name, said the pier had flooded.", "Tadeo", "m", None),
        ("Wilhelmina, a baker who gave only her first name, told us so.", "Wilhelmina", "f", None),
        ("A driver who identified herself only as Corisande said the road was shut.", "Corisande", "f", "driver"),
        ("A farmer identified only as Bertrand said the harvest was lost.", "Bertrand", None, "farmer"),
        # a surname given, or a name nobody withheld: no disclosure
        ("A neighbour who gave her name as Ilse Brandvold said it.", None, None, None),
        ("Ilse Brandvold, 44, who runs the bakery, said it.", None, None, None),
    ],
)
def test_disclosures(sentence: str, name: str | None, gender: str | None, noun: str | None) -> None:
    found = disclosures(sentence, [(0, len(sentence))])
    assert [(d.name, d.gender, d.noun) for d in found] == ([(name, gender, noun)] if name else [])
    for d in found:
        assert sentence[d.start : d.end] == d.name


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # the name between commas after the description, then "she said" for the next quote
        (
            "Mayor Tobias Fenwright said the count would end by midnight.\n\nA voter at the Quarry Road "
            "school who gave only her first name, Odalys, told our crew she had voted for the first time. "
            '"I waited forty minutes and it was worth it," she said.',
            "I waited forty minutes",
            "Odalys",
        ),
        (
            "Mayor Tobias Fenwright said the count would end by midnight.\n\nA voter at the Quarry Road "
            "school who gave only her first name, Odalys, told our crew she had voted for the first time.",
            "she had voted for the first time",
            "Odalys",
        ),
        # the description before, the name in the paragraph's last sentence
        (
            "Sheriff Anton Greaves said the roads were closed.\n\nAt the shelter, a man who declined to "
            "give his last name said he had slept in his truck. \"The heater quit at two,\" said the man, "
            "who gave his first name as Bertram.",
            "he had slept in his truck",
            "Bertram",
        ),
        (
            "Sheriff Anton Greaves said the roads were closed.\n\nAt the shelter, a man who declined to "
            "give his last name said he had slept in his truck. \"The heater quit at two,\" said the man, "
            "who gave his first name as Bertram.",
            "The heater quit at two",
            "Bertram",
        ),
        # the name first, with an age
        (
            "Director Ilse Marwood said the camp was full.\n\nIn the camp, Sahana, 29, who gave only her "
            'first name, said she had lost her house. "The roof went first," she said.',
            "The roof went first",
            "Sahana",
        ),
    ],
)
def test_given_name_speaks(text: str, quote: str, speaker: str) -> None:
    found = [q for q in extract(text, published="2027-03-02") if q.text.startswith(quote)]
    assert found, quote
    assert found[0].speaker is not None and found[0].speaker.name == speaker
