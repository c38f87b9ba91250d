"""Quotes in articles not in English: direct quotes by their marks, reported speech by word order."""

from __future__ import annotations

import pytest

from onrecord.extract.foreign import find_foreign_candidates

_DE_INTRO = "Vorstandschef Henrik Molander trat am Montag vor die Presse. "
_RU_INTRO = "Лидер партии Виктор Ансельм выступил в четверг. "


def _found(text: str, language: str) -> list[tuple[str, str, str | None]]:
    analysis = find_foreign_candidates(text, language)
    return [(c.kind, text[c.start : c.end], c.mention.text if c.mention else None) for c in analysis.candidates]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            _DE_INTRO + "Am Dienstag sagte Molander vor Investoren, Veltra werde europaweit 2.100 Stellen streichen.",
            "de",
            ("indirect", "Veltra werde europaweit 2.100 Stellen streichen", "Molander"),
        ),
        (
            _DE_INTRO + "Mit der Leistung der Belegschaft habe die Entscheidung nichts zu tun, sagte er.",
            "de",
            ("indirect", "Mit der Leistung der Belegschaft habe die Entscheidung nichts zu tun", "er"),
        ),
        (
            _DE_INTRO + "Molander erklärte, dass das Werk 2028 schließt.",
            "de",
            ("indirect", "das Werk 2028 schließt", "Molander"),
        ),
        (
            _RU_INTRO + "Ансельм добавил, что барьер остаётся ударом по малым партиям.",
            "ru",
            ("indirect", "барьер остаётся ударом по малым партиям", "Ансельм"),
        ),
        (
            _RU_INTRO + "По словам Ансельма, партия примет участие в выборах.",
            "ru",
            ("indirect", "партия примет участие в выборах", "Ансельма"),
        ),
        (
            _RU_INTRO + "Парламент обязан изменить закон, сообщил Ансельм журналистам.",
            "ru",
            ("indirect", "Парламент обязан изменить закон", "Ансельм"),
        ),
        (
            "Орсавия начала переговоры с соседней Норландией о транзите газа. "
            "Об этом в понедельник заявила министр энергетики Лидия Маренко.",
            "ru",
            ("indirect", "Орсавия начала переговоры с соседней Норландией о транзите газа", "Лидия Маренко"),
        ),
        (
            _RU_INTRO + "По его словам, рост на 10% возможен лишь при новых компрессорах.",
            "ru",
            ("indirect", "рост на 10% возможен лишь при новых компрессорах", "его"),
        ),
        (
            "Глава компании «Орсгаз» Павел Дронов заявил, что компания вкладывает средства в новые станции.",
            "ru",
            ("indirect", "компания вкладывает средства в новые станции", "Павел Дронов"),
        ),
        (
            "В Министерстве энергетики Орсавии сообщили, что второй раунд пройдёт в июне.",
            "ru",
            ("indirect", "второй раунд пройдёт в июне", "Министерстве энергетики Орсавии"),
        ),
        (
            "Bürgermeister Luis Ortega-Brandt sagte, die Stadt werde Halvern verklagen.",
            "de",
            ("indirect", "die Stadt werde Halvern verklagen", "Luis Ortega-Brandt"),
        ),
        (
            _DE_INTRO + "Molander sagte, Veltra werde das Werk schließen. Einen Käufer habe man nicht gefunden.",
            "de",
            ("indirect", "Einen Käufer habe man nicht gefunden", "Molander"),
        ),
        (
            _DE_INTRO + "Am Montag kündigte der 54-Jährige an, er werde 40 Millionen investieren.",
            "de",
            ("indirect", "er werde 40 Millionen investieren", "der 54-Jährige"),
        ),
        (
            "Министр Ян Строд выступил. Первоначально, по словам министра, закон вступит в силу через полгода.",
            "ru",
            ("indirect", "закон вступит в силу через полгода", "министра"),
        ),
        (
            "Как говорится в заявлении Министерства цифрового развития, закон будет опубликован через десять дней.",
            "ru",
            ("indirect", "закон будет опубликован через десять дней", "Министерства цифрового развития"),
        ),
        (
            "Le ministre Paul Girard a déclaré que la frontière resterait ouverte.",
            "fr",
            ("indirect", "la frontière resterait ouverte", "Paul Girard"),
        ),
        (
            "Le ministre Paul Girard a affirmé qu'aucun accord n'était prêt.",
            "fr",
            ("indirect", "aucun accord n'était prêt", "Paul Girard"),
        ),
        (
            "La ministra Ana Ruiz dijo que el puente abrirá en mayo.",
            "es",
            ("indirect", "el puente abrirá en mayo", "Ana Ruiz"),
        ),
    ],
)
def test_reported_speech(text: str, language: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (_DE_INTRO + "Molander sagte, als er das Werk verließ, nichts.", "de"),  # no subjunctive, no "dass"
        (_RU_INTRO + "Ансельм сказал, когда закончится заседание.", "ru"),  # no "что"
        (_DE_INTRO + "Das Werk wurde 1974 eröffnet und beschäftigte 5.000 Menschen.", "de"),  # no cue
        (_DE_INTRO + "Das Werk schließt 2028. Es sei das Ende einer Ära.", "de"),  # no report before
    ],
)
def test_what_is_not_reported_speech(text: str, language: str) -> None:
    assert not [k for k, _, _ in _found(text, language) if k == "indirect"]


def test_direct_quotes_keep_their_speaker_next_to_them() -> None:
    text = "«Это победа каждого гражданина», - сказал лидер оппозиционного Гражданского альянса Виктор Ансельм."
    assert _found(text, "ru") == [("direct", "Это победа каждого гражданина", "Виктор Ансельм")]


def test_a_russian_surname_in_the_genitive_is_the_surname() -> None:
    text = "Лидер оппозиции Виктор Адамек выступил в четверг. По словам Адамека, партия не будет оспаривать закон."
    analysis = find_foreign_candidates(text, "ru")
    assert [c.mention.name for c in analysis.candidates if c.mention] == ["Адамек"]


def test_a_german_noun_is_no_speaker() -> None:
    text = (
        "Notenbankchefin Annelise Korvath sprach in Vallmar. "
        "„Wir werden die Zinsen im Juni nicht erneut senken“, hieß es am Donnerstag nach neuen Lohndaten."
    )
    assert all(m != "Donnerstag" and m != "Lohndaten" for _, _, m in _found(text, "de"))


@pytest.mark.parametrize(
    ("text", "language", "not_a_speaker"),
    [
        ("« Le budget sera tenu », a déclaré lundi le Premier ministre.", "fr", "Premier"),
        ("« Nous irons jusqu'au bout », a promis le maire de Saint-Rémy.", "fr", "Saint-Rémy"),
        ("«Es una extorsión», dijo la portavoz de la comisión del Senado.", "es", "Senado"),
        ("Генеральный директор во вторник написал в LinkedIn: «Мы не откажемся от проекта».", "ru", "Linked"),
        # a place after a preposition inside an apposition
        ("El diputado Omar Salcedo, representante por Texas, aseguró que el proyecto «está muerto».", "es", "Texas"),
        ("Gegenüber der Nachrichtenagentur Alpwire sagte er: „Der Pegel sinkt.“", "de", "Alpwire"),
        # the first word of a quote is no name
        ("« Les doses faibles suffisent », a déclaré mardi la chercheuse.", "fr", "Les"),
    ],
)
def test_a_place_or_a_noun_is_no_speaker(text: str, language: str, not_a_speaker: str) -> None:
    assert all(m is None or not m.startswith(not_a_speaker) for _, _, m in _found(text, language))


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("El secretario Raymond de la Cruz dijo: «Las ayudas irán al puerto».", "es", "Raymond de la Cruz"),
        ("„Wir bleiben dabei“, sagte Kommissionschefin Ursula von der Leyen.", "de", "Ursula von der Leyen"),
    ],
)
def test_names_with_two_particles(text: str, language: str, speaker: str) -> None:
    assert [m for _, _, m in _found(text, language)] == [speaker]
