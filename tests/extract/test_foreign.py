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
    ("text", "language", "expected"),
    [
        # German: the present subjunctive of any verb, after its subject
        (
            "Hafenchefin Greta Lindholm sagte am Dienstag in Kessund, der Ausstand koste die Stadt täglich "
            "zwei Millionen Kronen.",
            "de",
            ("indirect", "der Ausstand koste die Stadt täglich zwei Millionen Kronen", "Greta Lindholm"),
        ),
        (
            "Finanzvorstand Jonas Feldkamp sagte dieser Zeitung, man rechne mit Kosten von 40 Millionen Euro.",
            "de",
            ("indirect", "man rechne mit Kosten von 40 Millionen Euro", "Jonas Feldkamp"),
        ),
        # German: a source phrase with the postposition "zufolge"
        (
            "Der Gewerkschaft Nordmetall zufolge sind rund 300 Mitglieder betroffen.",
            "de",
            ("indirect", "sind rund 300 Mitglieder betroffen", "Der Gewerkschaft Nordmetall"),
        ),
        # German: an organisation with an adjective before its head noun
        (
            "Das kessische Verkehrsministerium teilte am Abend mit, die Schlichtungsstelle habe beide Seiten "
            "eingeladen.",
            "de",
            ("indirect", "die Schlichtungsstelle habe beide Seiten eingeladen", "Das kessische Verkehrsministerium"),
        ),
        # German: reported speech carried on in the subjunctive after a direct quote
        (
            "„Niemand ist verletzt worden“, sagte Landrätin Ilse Marquardt am Montag. "
            "Die Räumung sei eine reine Vorsichtsmaßnahme.",
            "de",
            ("indirect", "Die Räumung sei eine reine Vorsichtsmaßnahme", "Ilse Marquardt"),
        ),
        # French: the cue after the content in a compound tense with inversion
        (
            "Le ministre Paul Girard est arrivé lundi. "
            "Une aide de 20 millions d'euros suivrait en mai, a-t-il précisé.",
            "fr",
            ("indirect", "Une aide de 20 millions d'euros suivrait en mai", "il"),
        ),
        # French and Spanish: an institution as the subject of the cue
        (
            "Le ministère de la Santé a indiqué mardi que l'intérim serait assuré par un secrétaire d'État.",
            "fr",
            ("indirect", "l'intérim serait assuré par un secrétaire d'État", "Le ministère de la Santé"),
        ),
        (
            "El Ministerio de Minería y Energía anunció el martes que suspendía todas las labores en la mina.",
            "es",
            ("indirect", "suspendía todas las labores en la mina", "El Ministerio de Minería y Energía"),
        ),
        # French and Spanish: "selon lui", a role noun, a cue in the lexicon
        (
            "Le docteur Yves Manin a parlé lundi. Selon lui, la fermeture priverait 40 000 femmes d'une maternité.",
            "fr",
            ("indirect", "la fermeture priverait 40 000 femmes d'une maternité", "lui"),
        ),
        (
            "El secretario afirmó que la universidad tenía 30 días para entregar los expedientes.",
            "es",
            ("indirect", "la universidad tenía 30 días para entregar los expedientes", "secretario"),
        ),
        # a quotation inside reported speech: the report is found, the quotation is part of it
        (
            "Le maire Bernard Lafont a annoncé qu'une « marche des poussettes » partirait samedi de la mairie.",
            "fr",
            ("indirect", "une « marche des poussettes » partirait samedi de la mairie", "Bernard Lafont"),
        ),
        # an institution named without a known head noun, or by its acronym
        (
            "A Liga Atlântica de Futebol (LAF) confirmou em comunicado que o registo do jogador já foi aprovado.",
            "pt",
            ("indirect", "o registo do jogador já foi aprovado", "Liga Atlântica de Futebol"),
        ),
        (
            "Selon l'ANU, le salaire réel des infirmières a reculé de 9 % depuis 2022.",
            "fr",
            ("indirect", "le salaire réel des infirmières a reculé de 9 % depuis 2022", "ANU"),
        ),
        # a Russian institution in the neuter
        (
            "Министерство иностранных дел Норландии в заявлении сообщило, что приветствует начало переговоров.",
            "ru",
            ("indirect", "приветствует начало переговоров", "Министерство иностранных дел Норландии"),
        ),
        # Italian and Portuguese
        (
            "La giudice Elena Pryce ha comunicato mercoledì ai giurati che il processo durerà otto settimane.",
            "it",
            ("indirect", "il processo durerà otto settimane", "Elena Pryce"),
        ),
        (
            "Secondo il presidente del porto, Marco Bellini, almeno sei navi sono state dirottate verso Danzica.",
            "it",
            ("indirect", "almeno sei navi sono state dirottate verso Danzica", "Marco Bellini"),
        ),
        (
            "A ministra Ana Costa afirmou no Parlamento que o contrato vale 6,8 mil milhões de coroas.",
            "pt",
            ("indirect", "o contrato vale 6,8 mil milhões de coroas", "Ana Costa"),
        ),
        (
            "Segundo o diretor executivo, Colin Ashworth, a transferência custou 28 milhões de libras.",
            "pt",
            ("indirect", "a transferência custou 28 milhões de libras", "Colin Ashworth"),
        ),
    ],
)
def test_reported_speech_frames_of_wire_copy(text: str, language: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (_DE_INTRO + "Molander sagte, als er das Werk verließ, nichts.", "de"),  # no subjunctive, no "dass"
        (_RU_INTRO + "Ансельм сказал, когда закончится заседание.", "ru"),  # no "что"
        (_DE_INTRO + "Das Werk wurde 1974 eröffnet und beschäftigte 5.000 Menschen.", "de"),  # no cue
        (_DE_INTRO + "Das Werk schließt 2028. Es sei das Ende einer Ära.", "de"),  # no report before
        (_DE_INTRO + "Molander sagte am Montag, der am Abend eine große Rede hielt.", "de"),  # a relative clause
        ("« Nous irons jusqu'au bout », a déclaré le maire Paul Girard, qui a promis une enquête.", "fr"),
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


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # dash dialogue: the words between the dashes, the speaker after the cue
        (
            "O avançado Rui Tavares chegou ao Porto.\n\n"
            "— Não fiz nada de errado. Joguei como sempre — afirmou Tavares ao jornal, na terça-feira.\n",
            "pt",
            ("direct", "Não fiz nada de errado. Joguei como sempre", "Tavares"),
        ),
        # no name after the cue: the verb stands for the one who spoke last
        (
            "O avançado Rui Tavares chegou ao Porto.\n\n— Este clube fez-me — acrescentou, emocionado.\n",
            "pt",
            ("direct", "Este clube fez-me", "acrescentou"),
        ),
        (
            "La ministra Ana Ruiz visitó el puerto.\n\n— No vamos a subir los impuestos — dijo la ministra.\n",
            "es",
            ("direct", "No vamos a subir los impuestos", "ministra"),
        ),
        (
            "Губернатор Олег Воронин приехал в город.\n\n— Мы не отступим, — заявил Воронин.\n",
            "ru",
            ("direct", "Мы не отступим", "Воронин"),
        ),
    ],
)
def test_dash_dialogue_is_direct_speech(text: str, language: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "O jogo acabou tarde.\n\n— Ana Lopes, em Lisboa\n",  # a sign-off
        "Os números:\n\n— 40 jogos — uma vitória\n",  # a list, no cue after the dash
    ],
)
def test_a_dash_is_no_dialogue_without_a_cue(text: str) -> None:
    assert not [k for k, _, _ in _found(text, "pt") if k == "direct"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a role noun in the source phrase: someone named before
        (
            "O avançado Rui Tavares falou ao jornal. Segundo o jogador, o clube vai recorrer da decisão.",
            "pt",
            ("indirect", "o clube vai recorrer da decisão", "jogador"),
        ),
        # an aside between the cue and its complementizer
        (
            "O Ministério da Saúde informou, em comunicado, que o hospital vai reabrir na segunda-feira.",
            "pt",
            ("indirect", "o hospital vai reabrir na segunda-feira", "Ministério da Saúde"),
        ),
        (
            "La ministra Ana Ruiz dijo, sin embargo, que el puente abrirá en mayo.",
            "es",
            ("indirect", "el puente abrirá en mayo", "Ana Ruiz"),
        ),
        # content first, then "según" and the cue, the speaker with an apposition after it
        (
            "TOLLIVER, Oregón — El fondo perdió al menos 3,1 millones de dólares, según dijo el miércoles "
            "el fiscal del condado, Marcus de la Vega, en una entrevista.",
            "es",
            ("indirect", "El fondo perdió al menos 3,1 millones de dólares", "Marcus de la Vega"),
        ),
        # a colon after the cue's own words
        (
            "Il segretario Erik Lind ha precisato le richieste in un messaggio su X: il sindacato chiede "
            "un aumento del 6 per cento.",
            "it",
            ("indirect", "il sindacato chiede un aumento del 6 per cento", "Erik Lind"),
        ),
        # a colon before reported content the cue closes
        (
            "Priya Raman traf Albrecht am Montag. Danach klang das anders: Mit den Garantien sei man nun "
            "zufrieden, sagte Raman.",
            "de",
            ("indirect", "Mit den Garantien sei man nun zufrieden", "Raman"),
        ),
        # the subjunctive II of a strong verb
        (
            "Hafenchef Pieter van der Laan kam am Dienstag. Vor dem Hafen lägen 38 Schiffe vor Anker, sagte er.",
            "de",
            ("indirect", "Vor dem Hafen lägen 38 Schiffe vor Anker", "er"),
        ),
        # "fait savoir que", "ha fatto sapere che"
        (
            "Le ministère des Transports a fait savoir jeudi que les discussions reprendraient à 9 heures.",
            "fr",
            ("indirect", "les discussions reprendraient à 9 heures", "Le ministère des Transports"),
        ),
    ],
)
def test_reported_speech_frames_of_romance_and_german_copy(
    text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _found(text, language)


def test_a_colon_before_a_quotation_leaves_the_quotation_direct() -> None:
    text = "La figlia Anna Rossi ha scritto martedì su X: «Mio padre è un uomo onesto. Lo dimostreremo.»"
    assert ("direct", "Mio padre è un uomo onesto. Lo dimostreremo.", "Anna Rossi") in _found(text, "it")
    assert not [k for k, _, _ in _found(text, "it") if k != "direct"]
