"""State institutions under one key across languages and word orders."""

from __future__ import annotations

import pytest

from onrecord.resolve.institutions import institution_head, institution_key


@pytest.mark.parametrize(
    "names",
    [
        ["Ministry of Economy", "the Economy Ministry", "Министерство экономики", "Wirtschaftsministerium"],
        ["Transport Ministry", "Verkehrsministerium", "le ministère des Transports", "Ministerio de Transporte"],
        ["Department of Health", "Ministry of Health", "Ministerio de Sanidad", "Gesundheitsministerium"],
        ["the Defence Ministry", "Министерства обороны", "ministère de la Défense"],
        # Italian and Portuguese articles and prepositions are no part of the name
        ["Ministry of Transport of Lettmark", "Ministero dei Trasporti del Lettmark"],
        ["Ministry of Transport of Varnholm", "Il ministero dei Trasporti del Varnholm"],  # "il" is the article
        # Polish names, in their cases
        ["Foreign Ministry", "Ministerstwa Spraw Zagranicznych"],
        ["Interior Ministry", "Ministerstwo Spraw Wewnętrznych"],
        ["Ministry of Justice", "Ministerstwo Sprawiedliwości"],
        ["Health Ministry", "Ministerstwo Zdrowia"],
        ["Ministry of Youth and Sports", "Ministério da Juventude e Desportos"],
        ["Ministry of Infrastructure", "Ministério das Infraestruturas"],
        ["Ministry of Education", "Ministero dell'Istruzione", "Ministério da Educação"],
        ["Federal Competition Authority", "Bundeswettbewerbsbehörde"],
        # a central bank by its Spanish name, an English description, a French name
        [
            "Banco Central de Valdoria",
            "Valdoria's central bank",
            "Central Bank of Valdoria",
            "Banque centrale de Valdoria",
        ],
        # a port's authority, a central bank, a fire authority, in their own languages
        ["Karpur Port Authority", "Karpur Port Trust", "Autoridad Portuaria de Karpur", "Hafenbehörde Karpur"],
        [
            "Central Bank of Valdoria",
            "Banco Central de Valdoria",
            "Banque centrale de Valdoria",
            "Valdoria's central bank",
            "Центральный банк Валдории",
        ],
        ["Fire Authority", "Feuerwehrbehörde", "autorité des incendies"],
        ["Supreme Administrative Court", "Высший административный суд"],
        # an inspectorate is a state body of its own kind, in English, German, Russian
        ["Records Privacy Inspectorate", "Inspektorat für Records Privacy", "Records Privacy инспекция"],
        ["the Zelavian government", "правительство Зелавии", "Zelavia's government"],
        # an embassy by its country and where it is, in English, French, Indonesian
        [
            "Embassy of Orsavia in Pellmark",
            "the Orsavian embassy in Pellmark",
            "l'ambassade d'Orsavie à Pellmark",
            "kedutaan Orsavia di Pellmark",
        ],
    ],
)
def test_one_institution_one_key(names: list[str]) -> None:
    keys = {institution_key(name) for name in names}
    assert len(keys) == 1 and None not in keys, keys


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ministry of Health", "Ministry of Finance"),
        ("Supreme Court", "Constitutional Court"),
        ("Zelavian government", "Orsavian government"),
        ("Orsavian embassy", "Orsavian Foreign Ministry"),  # an embassy is no ministry of its country
        ("Valdoria's central bank", "Orsavia's central bank"),
        ("Central Bank of Valdoria", "Valdoria Port Authority"),
        ("Tarnland Labour Inspectorate", "Tarnland Labour Authority"),
    ],
)
def test_different_institutions_keep_different_keys(a: str, b: str) -> None:
    assert institution_key(a) != institution_key(b)


@pytest.mark.parametrize("name", ["Halvern Polymers", "Federation of Health Workers", "Kremlin", "Margaret Court"])
def test_names_that_are_no_state_institution(name: str) -> None:
    assert institution_key(name) is None


@pytest.mark.parametrize(
    ("word", "head"),
    [
        ("Court", "court"),
        ("Gerichtshof", "court"),
        ("Ministry", "ministry"),
        ("Parliament", "parliament"),
        ("Constitutional", None),  # a qualifier: what the institution is for
        ("Verfassungsgericht", None),  # a compound of a qualifier and a head names one institution
        ("Halvern", None),
    ],
)
def test_the_word_that_says_what_institution_a_name_is(word: str, head: str | None) -> None:
    assert institution_head(word) == head
