"""Two reports under one cue in articles not in English (invented text)."""

from __future__ import annotations

import pytest

from onrecord.extract.foreign import find_foreign_candidates


def _found(text: str, language: str) -> list[tuple[str, str, str | None]]:
    analysis = find_foreign_candidates(text, language)
    return [(c.kind, text[c.start : c.end], c.mention.text if c.mention else None) for c in analysis.candidates]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "El ministro de Pesca, Tomás Vidal, dijo el lunes que la flota saldrá el jueves y que el puerto "
            "abrirá a las seis de la mañana.",
            "es",
            [
                ("indirect", "la flota saldrá el jueves", "Tomás Vidal"),
                ("indirect", "el puerto abrirá a las seis de la mañana", "Tomás Vidal"),
            ],
        ),
        # the elided complementizer, a comma before the conjunction, a quoted fragment in the second clause
        (
            "Le maire Paul Girard affirmait mardi à la radio que les écoles resteraient fermées lundi, et "
            "qu'une réouverture n'était « pas envisageable » avant mai.",
            "fr",
            [
                ("indirect", "les écoles resteraient fermées lundi", "Paul Girard"),
                ("indirect", "une réouverture n'était « pas envisageable » avant mai", "Paul Girard"),
            ],
        ),
        (
            "Мэр Олег Петров заявлял, что ремонт займёт две недели и что мост откроют в мае.",
            "ru",
            [
                ("indirect", "ремонт займёт две недели", "Олег Петров"),
                ("indirect", "мост откроют в мае", "Олег Петров"),
            ],
        ),
        (
            "Ministrul Ion Pop a declarat că școlile se deschid luni și că elevii vor primi tablete noi.",
            "ro",
            [
                ("indirect", "școlile se deschid luni", "Ion Pop"),
                ("indirect", "elevii vor primi tablete noi", "Ion Pop"),
            ],
        ),
    ],
)
def test_a_second_clause_joined_by_and_is_a_report_of_its_own(
    text: str, language: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _found(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # "but that" sets the second clause against the first: one statement
        ("O ministro Rui Costa disse que o contrato vale três milhões, mas que o Governo não o publicará.", "pt"),
        # no subject of its own, or the first clause's pronoun again: the same statement goes on
        (
            "El jefe de bomberos Luis Ortega dijo que el incendio ha quemado unas 200 hectáreas y que está "
            "contenido en un 20 por ciento.",
            "es",
        ),
        ("Le maire Paul Girard a affirmé qu'il ne partirait pas et qu'il n'avait « rien à se reprocher ».", "fr"),
        # a clause too short to stand alone goes on with the first
        ("Der Minister Jan Weber sagte, dass die Brücke im Mai wieder öffne und dass ja.", "de"),
    ],
)
def test_what_stays_one_report(text: str, language: str) -> None:
    assert len([c for c in find_foreign_candidates(text, language).candidates if c.kind != "direct"]) == 1


def test_a_conjunction_inside_a_quotation_is_the_speaker_s_wording() -> None:
    text = "El alcalde Juan Ríos dijo que «la ciudad y que todos sus vecinos merecen respeto» ayer."
    assert [(kind, quote) for kind, quote, _ in _found(text, "es")] == [
        ("direct", "la ciudad y que todos sus vecinos merecen respeto")
    ]
