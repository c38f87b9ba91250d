"""Speakers across articles, through the archive (the resolution runs at ingest)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from onrecord.archive import Archive
from onrecord.errors import NotFoundError
from onrecord.model import ArticleSpeaker
from onrecord.resolve.speakers import _by_initial_and_name, _person_of_a_body, _surname_holder
from onrecord.resolve.translit import name_key
from onrecord.store.speakers import article_speakers, candidates_of, get_speaker


@pytest.fixture
def archive() -> Iterator[Archive]:
    """An empty archive in memory."""
    with Archive(":memory:") as opened:
        yield opened


def _ingest(archive: Archive, tmp_path: Path, *articles: tuple[str, str, str]) -> None:
    path = tmp_path / f"batch{len(list(tmp_path.iterdir()))}.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "published": d, "text": t}) for i, d, t in articles) + "\n")
    report = archive.ingest([str(path)])
    assert not report.errors, report.errors


def _ingest_each(
    archive: Archive, tmp_path: Path, articles: list[tuple[str, str, str]], order: tuple[int, ...]
) -> None:
    """Ingest the articles one batch each, in this order (resolution must not depend on it)."""
    for i in order:
        _ingest(archive, tmp_path, articles[i])


def _one_speaker(archive: Archive, *articles: str) -> bool:
    """Whether these articles' quotes have speakers, and all the same ones."""
    first = _speaker_of(archive, articles[0])
    return bool(first) and all(_speaker_of(archive, a) == first for a in articles[1:])


def _speaker_of(archive: Archive, article: str) -> set[str]:
    return {q.speaker.id for q in archive.quotes(article=article) if q.speaker}


def test_surname_first_then_full_name_is_one_speaker(archive: Archive, tmp_path: Path) -> None:
    _ingest(archive, tmp_path, ("a1", "2026-03-01", "Zelensky said that elections could be held in spring."))
    _ingest(
        archive,
        tmp_path,
        ("a2", "2026-03-02", "Ukrainian President Volodymyr Zelensky said the front was holding."),
    )
    assert _speaker_of(archive, "a1") == _speaker_of(archive, "a2")
    assert archive.speaker("Zelensky").name == "Volodymyr Zelensky"


def test_transliterations_are_one_speaker(archive: Archive, tmp_path: Path) -> None:
    _ingest(
        archive,
        tmp_path,
        ("en", "2026-03-01", "Kremlin spokesman Dmitry Peskov said on Monday that talks would continue."),
        ("ru", "2026-03-01", "Пресс-секретарь президента Дмитрий Песков заявил: «Переговоры продолжатся»."),
        ("de", "2026-03-01", "Kremlsprecher Dmitri Peskow sagte: „Die Gespräche werden fortgesetzt.“"),
    )
    ids = _speaker_of(archive, "en") | _speaker_of(archive, "ru") | _speaker_of(archive, "de")
    assert len(ids) == 1
    speaker = archive.speaker("Peskow")
    assert speaker.name == "Dmitry Peskov"
    assert {"Дмитрий Песков", "Dmitri Peskow"} <= set(speaker.aliases)


def test_people_sharing_a_surname_stay_apart(archive: Archive, tmp_path: Path) -> None:
    _ingest(
        archive,
        tmp_path,
        ("a1", "2026-03-01", "Mayor Peter Lind said the bridge would reopen in May."),
        ("a2", "2026-03-01", "Senator Karin Lind said that the budget was too small."),
    )
    assert _speaker_of(archive, "a1") != _speaker_of(archive, "a2")
    with pytest.raises(NotFoundError, match="several speakers"):
        archive.speaker("Lind")
    assert archive.speaker("Karin Lind").name == "Karin Lind"


def test_a_role_binds_to_the_person_the_corpus_ties_it_to(archive: Archive, tmp_path: Path) -> None:
    _ingest(archive, tmp_path, ("a1", "2025-12-10", "The Kremlin spokesman said that a call was possible."))
    assert _speaker_of(archive, "a1") == {"r:kremlin-spokesman"}
    _ingest(archive, tmp_path, ("a2", "2025-12-11", "Kremlin spokesman Dmitry Peskov said that talks would go on."))
    assert _speaker_of(archive, "a1") == _speaker_of(archive, "a2") == {"p:dmitri-peskov"}
    roles = {role for role, _, _ in archive.speaker("Peskov").roles}
    assert "kremlin spokesman" in roles


def test_organisations_speak(archive: Archive, tmp_path: Path) -> None:
    _ingest(
        archive,
        tmp_path,
        ("a1", "2026-03-01", "The Interior Ministry said in a statement that the border would reopen."),
    )
    found = archive.speaker("Interior Ministry")
    assert found.kind == "organisation"


@pytest.mark.parametrize("bare_first", [True, False])
def test_the_ministry_is_the_only_ministry_named_in_full(archive: Archive, tmp_path: Path, bare_first: bool) -> None:
    full = ("a1", "2026-03-01", "The Health Ministry said in a statement that clinics would open on Monday.")
    bare = ("a2", "2026-03-02", "Clinics will open in every school on Monday, the ministry said.")
    for article in (bare, full) if bare_first else (full, bare):
        _ingest(archive, tmp_path, article)
    assert _speaker_of(archive, "a1") == _speaker_of(archive, "a2")
    assert archive.speaker("the ministry").name == "Health Ministry"


def test_the_ministry_stays_apart_when_several_are_named(archive: Archive, tmp_path: Path) -> None:
    _ingest(
        archive,
        tmp_path,
        ("a1", "2026-03-01", "The Health Ministry said in a statement that clinics would open on Monday."),
        ("a2", "2026-03-01", "The Foreign Ministry said in a statement that the embassy would stay open."),
    )
    _ingest(archive, tmp_path, ("a3", "2026-03-02", "The border will stay closed, the ministry said."))
    assert _speaker_of(archive, "a3").isdisjoint(_speaker_of(archive, "a1") | _speaker_of(archive, "a2"))


@pytest.mark.parametrize("organisation_first", [True, False])
def test_a_company_taken_for_a_person_elsewhere_is_one_organisation(
    archive: Archive, tmp_path: Path, organisation_first: bool
) -> None:
    as_org = ("a1", "2027-03-02", "Halvern Polymers will close its plant by June, the company said on Tuesday.")
    as_name = ("a2", "2027-03-03", "Halvern Polymers said the plant would close by June.")
    legal = ("a3", "2027-03-03", "Halvern Polymers Inc. said in a statement that talks had failed.")
    for article in (as_org, as_name, legal) if organisation_first else (as_name, legal, as_org):
        _ingest(archive, tmp_path, article)
    ids = _speaker_of(archive, "a1") | _speaker_of(archive, "a2") | _speaker_of(archive, "a3")
    assert len(ids) == 1
    assert archive.speaker("Halvern Polymers").kind == "organisation"


def test_a_ministry_named_in_two_languages_is_one_speaker(archive: Archive, tmp_path: Path) -> None:
    _ingest(
        archive,
        tmp_path,
        ("a1", "2027-03-10", "The Transport Ministry said on Tuesday that the port would reopen on Friday."),
    )
    _ingest(
        archive,
        tmp_path,
        (
            "a2",
            "2027-03-10",
            "Das Verkehrsministerium teilte am Dienstag mit: „Der Hafen öffnet am Freitag wieder.“",
        ),
    )
    assert _one_speaker(archive, "a1", "a2")


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # a company named in full, then by its first word alone, in either order
        (
            "Calderan Therapeutics said on Monday it would suspend deliveries of its insulin.",
            "Calderan said on Tuesday that talks with the ministry would continue.",
            True,
        ),
        (
            "Calderan said on Tuesday that talks with the ministry would continue.",
            "Calderan Therapeutics said on Monday it would suspend deliveries of its insulin.",
            True,
        ),
        # Yelena and Elena: one given name, spelled with and without its y
        (
            "Energy Minister Yelena Brovkina said on Tuesday the repairs were urgent.",
            "Minister Elena Brovkina said on Wednesday that the repairs would take ten days.",
            True,
        ),
        # a title one article wrote into the name, letters after it in another
        (
            "Interior Secretary Rosalind Achebe-Hart said on Tuesday the reservoirs were low.",
            "Secretary Achebe-Hart said on Wednesday that every foot of water counted.",
            True,
        ),
        (
            "Opening the case, Rupert van der Hoek KC told the jury that the money had been taken.",
            "Prosecutor Rupert van der Hoek said on Tuesday the loans were a plan.",
            True,
        ),
        # a Malay name goes by the name before "bin"
        (
            "Foreign Minister Dato' Seri Harun bin Ismail Rahmat said on Monday that pledges had reached 1.2 billion.",
            '"We did not come here to admire the problem," Harun said on Tuesday.',
            True,
        ),
        (
            "Transport Minister Datuk Seri Ahmad Faiz bin Rahmat said on Monday that the levy would start in July.",
            "Transport Minister Ahmad Faiz said on Tuesday that ships would pay less.",
            True,
        ),
        (
            "Crown Prince Mohammed bin Salman said on Monday that output would rise.",
            "President Mohammed bin Zayed said on Monday that the talks would go on.",
            False,
        ),
        # two people of one surname whose given names differ by a consonant, or by gender
        (
            "Ivanka Varnholt said on Monday that the brand would be sold.",
            "Ivana Varnholt said on Tuesday that she had never seen the contract.",
            False,
        ),
        (
            "Daniel Orsk said on Monday that the vote would be close.",
            "Daniela Orsk said on Tuesday that the vote had been stolen.",
            False,
        ),
        # one given name as two languages spell it
        (
            "Deputy Mayor Volodymyr Harchenko said on Monday that the bridge would reopen.",
            "Wolodymyr Harchenko sagte am Dienstag, die Brücke werde im Mai geöffnet.",
            True,
        ),
        # a name written family name first in one paper, given name first in another
        (
            "Mayor Katalin Fekete said on Monday that the bridge would close.",
            "Fekete Katalin, the mayor, said on Tuesday that the bridge was unsafe.",
            True,
        ),
        (
            "Quan Lanfeng, the ministry spokeswoman, said on Monday that the drills were routine.",
            "Spokeswoman Lanfeng Quan said on Tuesday that the drills would end.",
            True,
        ),
        (
            "Tran Van Khoa said on Monday that the plant would close.",
            "Khoa Tran said on Tuesday that the plant was unsafe.",
            True,
        ),
        # two given names: no family name shows, two people
        (
            "Martin Rose said on Monday that the plant would close.",
            "Rose Martin said on Tuesday that the plant was unsafe.",
            False,
        ),
        # a Czech paper gives a woman's foreign surname its -ová
        (
            "Safety inspector Margit van Oosterhout said on Monday the brakes had failed.",
            "Inspektorka Margit van Oosterhoutová řekla: „Brzdy selhaly.“",
            True,
        ),
        # the surname ending -ić as one paper writes it "-ic", another "-ich"
        (
            "Port director Zoran Belovic said on Monday that the cranes would stop.",
            "Port director Zoran Belovich said on Tuesday that the cranes were unsafe.",
            True,
        ),
        # a hyphenated given name written in part, in either order
        (
            "Coach Mai-Lis Orvik said on Monday that the team would not travel.",
            "Coach Lis Orvik said on Tuesday that the team was staying home.",
            True,
        ),
        (
            "Coach Lis Orvik said on Tuesday that the team was staying home.",
            "Coach Mai-Lis Orvik said on Monday that the team would not travel.",
            True,
        ),
        # a body named after a description of it and a comma
        (
            "The Swedish owner of the quarry, Holmvik Rock Systems, said the blasting had not cracked any homes.",
            "Holmvik Rock Systems said on Tuesday that it would review the deal.",
            True,
        ),
        # not a given name that is no part of the other's
        (
            "Coach Mai-Lis Orvik said on Monday that the team would not travel.",
            "Coach Tove Orvik said on Tuesday that the team was staying home.",
            False,
        ),
        # a part of a hyphenated given name, but a relative, an age or another role: two people
        (
            "Rune-Tobias Hallgren, the harbour master of Eskvik, said on Monday the quay would reopen.",
            "His cousin Tobias Hallgren, 31, said on Tuesday that the fishermen had not been asked.",
            False,
        ),
        (
            "Rune-Tobias Hallgren, the harbour master of Eskvik, said on Monday the quay would reopen.",
            "Tobias Hallgren, 31, who mends nets by the quay, said on Tuesday that nobody had asked him.",
            False,
        ),
        (
            "Rune-Tobias Hallgren, the harbour master of Eskvik, said on Monday the quay would reopen.",
            "Tobias Hallgren, a ferry pilot, said on Tuesday that the crossing was unsafe.",
            False,
        ),
    ],
)
def test_two_forms_of_a_name_in_two_articles(
    archive: Archive, tmp_path: Path, first: str, second: str, same: bool
) -> None:
    _ingest(archive, tmp_path, ("a1", "2027-03-15", first))
    _ingest(archive, tmp_path, ("a2", "2027-03-16", second))
    assert _speaker_of(archive, "a1") and _speaker_of(archive, "a2")
    assert (_speaker_of(archive, "a1") == _speaker_of(archive, "a2")) is same


@pytest.mark.parametrize(
    "second",
    [
        "Mr. Halvard said on Tuesday that the rules would stay.",
        'Halvard said on Tuesday that the rules would stay. "We will not back down," he added.',
        # a title says person as a gender does
        "President Halvard said on Tuesday that the rules would stay.",
    ],
)
@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_person_is_not_the_organisation_named_after_him(
    archive: Archive, tmp_path: Path, second: str, order: tuple[int, int]
) -> None:
    articles = [
        ("a1", "2027-03-15", "The Halvard administration said on Monday it would act."),
        ("a2", "2027-03-16", second),
    ]
    _ingest_each(archive, tmp_path, articles, order)
    assert _speaker_of(archive, "a2") and _speaker_of(archive, "a1") != _speaker_of(archive, "a2")


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_surname_of_one_gender_is_not_the_full_name_of_the_other(
    archive: Archive, tmp_path: Path, order: tuple[int, int]
) -> None:
    articles = [
        ("a1", "2027-03-15", 'Mr. Varnell said on Monday that the accord would hold. "It will," he added.'),
        ("a2", "2027-03-16", "Michelle Varnell said on Tuesday that she would tour the schools. She gave no date."),
    ]
    _ingest_each(archive, tmp_path, articles, order)
    assert _speaker_of(archive, "a1") and _speaker_of(archive, "a1") != _speaker_of(archive, "a2")


def test_an_organisation_s_apposition_is_not_its_name(archive: Archive, tmp_path: Path) -> None:
    _ingest(
        archive,
        tmp_path,
        (
            "a1",
            "2027-05-05",
            "The Competition and Consumer Board (CCB), Marrenland's antitrust watchdog, said it expected a "
            "formal filing within weeks.",
        ),
    )
    _ingest(
        archive,
        tmp_path,
        ("a2", "2027-05-05", "The Competition and Consumer Board said it would look closely at the routes."),
    )
    assert _one_speaker(archive, "a1", "a2")


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_person_one_article_took_for_a_group_stays_a_person(
    archive: Archive, tmp_path: Path, order: tuple[int, int]
) -> None:
    articles = [
        (
            "a1",
            "2016-03-01",
            "Zorbo Vantaggio told supporters in Iowa that the race was not over. The group said it would "
            "keep campaigning until June.",
        ),
        ("a2", "2016-03-02", "Sen. Zorbo Vantaggio said on Tuesday that he would stay in the race."),
    ]
    _ingest_each(archive, tmp_path, articles, order)
    people = {q.speaker.id for q in archive.quotes() if q.speaker and "Vantaggio" in q.speaker.name}
    assert len(people) == 1 and next(iter(people)).startswith("p:"), people


def test_a_surname_shared_by_two_people_goes_to_the_one_whose_gender_fits(archive: Archive, tmp_path: Path) -> None:
    _ingest(
        archive,
        tmp_path,
        ("a1", "2016-03-01", "President Barack Obama said the deal was good. He said it would hold."),
        ("a2", "2016-03-01", "Michelle Obama said the school program would grow. She said it was working."),
    )
    _ingest(
        archive,
        tmp_path,
        (
            "a3",
            "2016-03-02",
            "Obama said on Tuesday that the bill would be vetoed. He said Congress had gone too far.",
        ),
    )
    assert _speaker_of(archive, "a3") == _speaker_of(archive, "a1")


_THORSBY = ("a1", "2027-03-16", "Health Minister Marie-Louise Thorsby said on Monday that the price was too high.")
_HALLBERG = ("a4", "2027-03-16", "Transport Minister Georg Hallberg said the airport would stay open.")


@pytest.mark.parametrize(
    "role_article",
    [
        # the article names her, without her role, after the role spoke
        (
            "a2",
            "2027-03-17",
            '"We will not pay this price," the minister said on Tuesday. Asked about the deadline, '
            "Marie-Louise Thorsby said that talks would go on.",
        ),
        # the article names her, but not as a speaker
        (
            "a2",
            "2027-03-17",
            '"We will not pay this price," the minister said on Tuesday, a day after '
            "Marie-Louise Thorsby met the board.",
        ),
    ],
)
@pytest.mark.parametrize("role_first", [True, False])
def test_an_unnamed_role_is_the_person_the_article_names_with_that_role_elsewhere(
    archive: Archive, tmp_path: Path, role_article: tuple[str, str, str], role_first: bool
) -> None:
    for article in (role_article, _THORSBY) if role_first else (_THORSBY, role_article):
        _ingest(archive, tmp_path, article)
    assert _speaker_of(archive, "a2") == _speaker_of(archive, "a1") == {"p:mari-luise-torsbi"}
    with pytest.raises(NotFoundError):
        archive.speaker("minister")  # no role speaker is left without quotes
    assert {q.speaker.kind for q in archive.quotes(article="a2") if q.speaker} == {"person"}  # no longer a role


def test_the_head_of_state_is_the_president_the_article_names(archive: Archive, tmp_path: Path) -> None:
    text = (
        'Halvorian President Oskar Lindqvist chaired the meeting. "We are forming a new government," '
        "the head of state said. Lindqvist said that the reshuffle would be small."
    )
    _ingest(archive, tmp_path, ("a1", "2027-03-16", text))
    quotes = [q for q in archive.quotes(article="a1") if q.speaker]
    assert {(q.speaker.id, q.speaker.kind) for q in quotes} == {("p:oskar-lindkvist", "person")}


def test_a_role_two_named_people_may_hold_stays_apart(archive: Archive, tmp_path: Path) -> None:
    both = (
        "a3",
        "2027-03-17",
        '"We will not pay this price," the minister said on Tuesday. Marie-Louise Thorsby said that talks '
        "would go on. Georg Hallberg said the airport would stay open.",
    )
    _ingest(archive, tmp_path, _THORSBY, _HALLBERG, both)
    role = {q.speaker.id for q in archive.quotes(article="a3") if q.speaker and "price" in q.text}
    assert role == {"r:minister"}
    candidates = candidates_of(archive._conn, "r:minister")
    assert [c for c, _ in candidates] == ["p:georg-halberg", "p:mari-luise-torsbi"]


@pytest.mark.parametrize(("day", "same"), [("2027-05-06", True), ("2027-06-20", False)])
def test_a_role_naming_its_body_is_the_one_holder_of_the_week(
    archive: Archive, tmp_path: Path, day: str, same: bool
) -> None:
    named = ("c1", "2027-05-04", "Transalpa chief executive Hans-Jörg Kessler said the merger would save jobs.")
    unnamed = ("c2", day, '"No jobs will go," the Transalpa chief said on Thursday.')
    _ingest(archive, tmp_path, named, unnamed)
    assert (_speaker_of(archive, "c2") == _speaker_of(archive, "c1")) is same


@pytest.mark.parametrize(
    ("full", "surname"),
    [
        ("Bernadette O'Rourke", "O'Rourke"),
        ("Rachel van Hoorn", "van Hoorn"),
        ("Olivier de Saint-Aubin", "de Saint-Aubin"),
    ],
)
@pytest.mark.parametrize("full_first", [True, False])
def test_a_surname_with_particles_is_the_one_person_of_that_surname(
    archive: Archive, tmp_path: Path, full: str, surname: str, full_first: bool
) -> None:
    named = ("a1", "2027-03-16", f"{full} said on Monday that the barrier would be finished by May.")
    short = ("a2", "2027-03-17", f'"We will be ready," {surname} said on Tuesday.')
    for article in (named, short) if full_first else (short, named):
        _ingest(archive, tmp_path, article)
    assert _speaker_of(archive, "a1") == _speaker_of(archive, "a2")
    assert archive.speaker(surname).name == full


@pytest.mark.parametrize("order", [(0, 1, 2), (1, 0, 2), (2, 1, 0), (2, 0, 1)])
def test_a_surname_another_alphabet_spells_differently_is_one_person(
    archive: Archive, tmp_path: Path, order: tuple[int, ...]
) -> None:
    articles = [
        ("ru", "2027-04-02", "Адвокат Анна-Лийса Пярн заявила, что суд нарушил закон."),
        ("et", "2027-04-02", "Anna-Liisa Pärn said on Thursday that the court had broken the law."),
        ("en", "2027-04-03", '"We will appeal," Pärn said on Friday.'),
    ]
    _ingest_each(archive, tmp_path, articles, order)
    assert _speaker_of(archive, "ru") == _speaker_of(archive, "et") == _speaker_of(archive, "en")


@pytest.mark.parametrize("cyrillic_first", [True, False])
@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        (
            "Chief executive Ingrid Solheim-Aas said the terminal would restart within days.",
            "Генеральный директор Ингрид Сульхейм-Ос заявила, что терминал возобновит работу.",
        ),
        (
            "Senator Dolores Whitcomb-Reyes said the bill would pass this week.",
            "Сенатор Долорес Уиткомб-Рейес заявила, что законопроект будет принят.",
        ),
        (
            "Energy Minister Henrik de Wahl said the government would withdraw the licence.",
            "Министр энергетики Хенрик де Валь заявил, что правительство отзовет лицензию компании.",
        ),
    ],
)
def test_a_foreign_name_another_script_writes_by_ear_is_one_person(
    archive: Archive, tmp_path: Path, latin: str, cyrillic: str, cyrillic_first: bool
) -> None:
    articles = [("en", "2027-09-20", latin), ("ru", "2027-09-21", cyrillic)]
    for article in reversed(articles) if cyrillic_first else articles:
        _ingest(archive, tmp_path, article)
    assert _speaker_of(archive, "en") == _speaker_of(archive, "ru") != set()


@pytest.mark.parametrize("cyrillic_first", [True, False])
@pytest.mark.parametrize(
    ("latin", "cyrillic", "same"),
    [
        (
            "The chief investigator, Jean-Marc Delaunay of the safety bureau, said the engine had failed.",
            "«Двигатель отказал», — сказал руководитель расследования Жан-Марк Делоне.",
            True,
        ),
        (
            "The chief investigator, Jean-Marc Delaunay of the safety bureau, said the engine had failed.",
            "«Двигатель отказал», — сказал руководитель расследования Пьер-Марк Делоне.",
            False,
        ),
    ],
)
def test_a_whole_name_another_script_writes_by_ear_is_one_person(
    archive: Archive, tmp_path: Path, latin: str, cyrillic: str, same: bool, cyrillic_first: bool
) -> None:
    articles = [("en", "2027-09-20", latin), ("ru", "2027-09-21", cyrillic)]
    for article in reversed(articles) if cyrillic_first else articles:
        _ingest(archive, tmp_path, article)
    assert (_speaker_of(archive, "en") == _speaker_of(archive, "ru")) is same
    assert _speaker_of(archive, "en") and _speaker_of(archive, "ru")


@pytest.mark.parametrize("japanese_first", [True, False])
@pytest.mark.parametrize(
    ("japanese", "same"),
    [
        ("港湾局のマルタ・ベルグルンド局長は3日、「岸壁は来月開く」と述べた。", True),
        ("港湾局のマルタ・ハンセン局長は3日、「岸壁は来月開く」と述べた。", False),
    ],
)
def test_a_name_katakana_writes_by_ear_is_one_person(
    archive: Archive, tmp_path: Path, japanese: str, same: bool, japanese_first: bool
) -> None:
    latin = "Harbour director Marta Berglund said the new quay would open next month."
    articles = [("en", "2027-09-03", latin), ("ja", "2027-09-03", japanese)]
    for article in reversed(articles) if japanese_first else articles:
        _ingest(archive, tmp_path, article)
    assert _speaker_of(archive, "en") and _speaker_of(archive, "ja")
    assert (_speaker_of(archive, "en") == _speaker_of(archive, "ja")) is same


def test_a_name_several_scripts_write_by_ear_is_one_person(archive: Archive, tmp_path: Path) -> None:
    """Hebrew, Armenian and Tamil write the name of the English report by ear, each after the
    other has joined it (a form in another script already on the person does not bar the next)."""
    articles = [
        ("en", "2027-05-03", "Harbour director Daniela Koren said the new quay would open in June."),
        ("he", "2027-05-04", '"המזח החדש ייפתח ביוני", אמרה קורן ביום שלישי.'),
        ("hy", "2027-05-04", "«Նոր նավամատույցը կբացվի հունիսին», ասել է Դանիելա Կորեն։"),
        ("ta", "2027-05-04", '"புதிய துறைமுகம் ஜூன் மாதம் திறக்கப்படும்" என்று டேனியலா கோரன் கூறினார்.'),
    ]
    for article in articles:
        _ingest(archive, tmp_path, article)
    assert _one_speaker(archive, "en", "he", "hy", "ta")


def test_a_name_in_tamil_with_another_surname_stays_apart(archive: Archive, tmp_path: Path) -> None:
    english = "Harbour director Daniela Koren said the new quay would open in June."
    _ingest(archive, tmp_path, ("en", "2027-05-03", english))
    _ingest(
        archive,
        tmp_path,
        ("ta", "2027-05-04", '"புதிய துறைமுகம் ஜூன் மாதம் திறக்கப்படும்" என்று டேனியலா மார்ட்டின் கூறினார்.'),
    )
    assert _speaker_of(archive, "ta") and _speaker_of(archive, "en") != _speaker_of(archive, "ta")


@pytest.mark.parametrize(
    ("english", "russian"),
    [("Fiona Haddens", "Фиона Хадден"), ("Vera Sokolov", "Вера Соколо"), ("Nina Toland", "Нина Толан")],
)
def test_a_surname_with_a_consonant_more_at_its_end_is_another_person(
    archive: Archive, tmp_path: Path, english: str, russian: str
) -> None:
    """A surname is no "Хадден" spelled another way when it is "Haddens", nor "Соколо" when it is
    "Sokolov": the consonant one writes at the end and the other does not makes another name."""
    english_text = f"Harbour director {english} said the new quay would open in June."
    _ingest(archive, tmp_path, ("en", "2027-05-03", english_text))
    _ingest(archive, tmp_path, ("ru", "2027-05-04", f"Директор порта {russian} заявила, что причал откроется в июне."))
    assert _speaker_of(archive, "ru") and _speaker_of(archive, "en") != _speaker_of(archive, "ru")


@pytest.mark.parametrize(
    ("english", "russian", "same"),
    [
        ("Helen Fairweather", "Хелен Фэрвэзэр", True),  # the English th a з
        ("Ruth Abernethy", "Рут Абернези", True),  # ... a з again
        ("Helen Fairbanks", "Хелен Фэрвэзэр", False),
        ("Mary Fairweather", "Хелен Фэрвэзэр", False),
    ],
)
def test_a_surname_another_script_writes_with_one_consonant_changed_is_the_same_name(
    archive: Archive, tmp_path: Path, english: str, russian: str, same: bool
) -> None:
    """A sound a script has no letter for is written with its nearest: one consonant of a
    surname of four or more changed, the given name the same, is the same person."""
    english_text = f"Harbour director {english} said the new quay would open in June."
    _ingest(archive, tmp_path, ("en", "2027-05-03", english_text))
    _ingest(archive, tmp_path, ("ru", "2027-05-04", f"Директор порта {russian} заявила, что причал откроется в июне."))
    assert _speaker_of(archive, "ru")
    assert (_speaker_of(archive, "en") == _speaker_of(archive, "ru")) is same


def test_a_surname_s_final_ng_one_letter_writes_is_the_same_name(archive: Archive, tmp_path: Path) -> None:
    """Devanagari writes the ng of "Tamang" with one letter (ङ, key "n"): no consonant more."""
    english = "Harbour director Sunil Tamang said the new quay would open in June."
    _ingest(archive, tmp_path, ("en", "2027-05-03", english))
    _ingest_in(archive, tmp_path, ("ne", "2027-05-04", "ne", '"नयाँ घाट जुनमा खुल्नेछ," तामाङले भने।'))
    assert _one_speaker(archive, "en", "ne")


def test_a_person_named_first_in_another_script_is_looked_up_by_its_latin_spelling(
    archive: Archive, tmp_path: Path
) -> None:
    """The Latin spelling that joins a Cyrillic name by ear keys the person, so a later title
    before it ("Harbour Commissioner Rosalind Marlow") finds the same person."""
    russian = "Руководитель порта Розалинд Марлоу заявила, что причал откроется в июне."
    _ingest(archive, tmp_path, ("ru", "2027-05-02", russian))
    _ingest(archive, tmp_path, ("en", "2027-05-03", "Harbour Commissioner Rosalind Marlow said the quay would open."))
    _ingest(archive, tmp_path, ("en2", "2027-05-04", "Rosalind Marlow said on Tuesday the quay would open in June."))
    assert _one_speaker(archive, "ru", "en", "en2")


def test_names_by_ear_need_the_same_given_name(archive: Archive, tmp_path: Path) -> None:
    _ingest(
        archive,
        tmp_path,
        ("en", "2027-09-20", "Chief executive Ingrid Solheim-Aas said the terminal would restart within days."),
        ("ru", "2027-09-21", "Министр Карин Сульхейм-Ос заявила, что терминал возобновит работу."),
    )
    assert _speaker_of(archive, "en") != _speaker_of(archive, "ru")


def test_names_spelled_alike_in_ascii_stay_apart(archive: Archive, tmp_path: Path) -> None:
    _ingest(
        archive,
        tmp_path,
        ("a1", "2027-04-02", "Karl Hansen said on Thursday that the court had broken the law."),
        ("a2", "2027-04-02", "Karl Jansen said on Thursday that the appeal would fail."),
    )
    assert _speaker_of(archive, "a1") != _speaker_of(archive, "a2")


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Secretary Achebe-Hart", "Achebe-Hart"),
        ("Rep. Anne-Marie Castellano", "Anne-Marie Castellano"),
        ("Rupert van der Hoek KC", "Rupert van der Hoek"),
        ("Prime Minister Teodor Lindan", "Teodor Lindan"),
        ("Dolores Whitcomb", "Dolores Whitcomb"),
        ("Justice Department", "Justice Department"),  # a body's name, no titled person
        ("Chancellor", "Chancellor"),
    ],
)
def test_a_person_s_bare_name(name: str, bare: str) -> None:
    from onrecord.resolve.speakers import bare_person_name

    assert bare_person_name(name) == bare


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_second_surname_is_the_same_person(archive: Archive, tmp_path: Path, order: tuple[int, int]) -> None:
    articles = [
        ("a1", "2026-05-01", 'Rescue chief Marisol de la Fuente said: "We will not leave until the last is out."'),
        (
            "a2",
            "2026-05-02",
            "La jefa de los rescatistas, Marisol de la Fuente Olmos, habló el martes con los periodistas. "
            "«No nos vamos a mover de aquí hasta que salga el último», dijo de la Fuente Olmos.",
        ),
    ]
    _ingest_each(archive, tmp_path, articles, order)
    assert _speaker_of(archive, "a1") == _speaker_of(archive, "a2")


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Barrister Folasade Adeyemi-Cole", "Folasade Adeyemi-Cole"),
        ("Dato' Seri Harun bin Ismail Rahmat", "Harun bin Ismail Rahmat"),
        ("Engr. Tunde Alabi", "Tunde Alabi"),
        ("Malam Idris Kangiwa", "Idris Kangiwa"),
        ("Tan Sri Muhyiddin Yassin", "Muhyiddin Yassin"),
        ("Superintendent Mira Olsen", "Mira Olsen"),
        ("Administrator Tobias Wrenfield", "Tobias Wrenfield"),
        ("Tan Wei Ming", "Tan Wei Ming"),  # "Tan" alone is a family name, no honorific
        # Vietnamese forms of address, though "Ong" and "Chi" are given names without their marks
        ("Ông Lukas van Brederode", "Lukas van Brederode"),
        ("Chị Đặng Thị Mai", "Đặng Thị Mai"),
        ("Bà Ilse Marwede", "Ilse Marwede"),
    ],
)
def test_honorifics_are_no_part_of_the_name(name: str, bare: str) -> None:
    from onrecord.resolve.speakers import bare_person_name

    assert bare_person_name(name) == bare


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("District Attorney Marcus de la Vega", "Marcus de la Vega"),
        ("And Helen van der Poel", "Helen van der Poel"),
        ("Culture Ramesh Kulkarni", "Culture Ramesh Kulkarni"),  # a portfolio word: kept for now
        ("Nkemdirim Obiageli Eze", "Nkemdirim Obiageli Eze"),  # a given name no list knows
        ("Tan Wei Ming", "Tan Wei Ming"),
        ("Takeda Ryoichi", "Takeda Ryoichi"),
    ],
)
def test_words_a_title_left_before_a_name_go(name: str, bare: str) -> None:
    from onrecord.resolve.speakers import _from_given_name

    assert _from_given_name(name) == bare


_TWO_PART = [
    (
        "Governor Luisa Fernández Arriaga said on Wednesday that the board had cut the rate.",
        "Fernández Arriaga said on Thursday that inflation would fall below 5 percent.",
    ),
    (
        "Alhaji Musa Dankaro Bello, the commission chairman, said on Monday that 31 states had been collated.",
        "Dankaro Bello said on Tuesday that all 36 states had been collated.",
    ),
    (
        "Finance Minister Eoin Mac Giolla said on Monday that the budget would balance.",
        "Mac Giolla said on Tuesday that taxes would not rise.",
    ),
    (
        "Transport Minister Pádraig Ó Ceallaigh said on Monday that the ferry would sail.",
        "Ó Ceallaigh said on Tuesday that the inquiry would sit in public.",
    ),
]


_SHORTER = [
    # a family name written first, then alone
    (
        "Mitsukawa Corp. President Takeda Ryoichi said on Tuesday that the company fully supported the inquiry.",
        "Takeda said on Wednesday that the company would keep its stake in the terminal.",
    ),
    # a family name that is a given name elsewhere ("Lee"), written first before a hyphenated
    # given name, then alone
    (
        "South Korean President Lee Dong-hyun said on Tuesday that the fund would open in June.",
        "Lee said on Wednesday that the fund would hold 40 million dollars.",
    ),
    # a given name of two words, without the surname
    (
        "Captain Haris Ali Qureshi said on Thursday that his hamstring was about 80 per cent.",
        "Haris Ali said on Friday that the defeat was on him.",
    ),
]


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
@pytest.mark.parametrize(("full", "short"), _TWO_PART + _SHORTER)
def test_the_last_or_first_words_of_a_name_are_the_person_named_in_full(
    archive: Archive, tmp_path: Path, full: str, short: str, order: tuple[int, int]
) -> None:
    articles = [("a1", "2027-03-10", full), ("a2", "2027-03-11", short)]
    _ingest_each(archive, tmp_path, articles, order)
    first, second = _speaker_of(archive, "a1"), _speaker_of(archive, "a2")
    assert first and first == second
    assert archive.quotes(article="a2")[0].speaker.name == archive.quotes(article="a1")[0].speaker.name


def test_the_last_words_two_people_share_stay_apart(archive: Archive, tmp_path: Path) -> None:
    _ingest(
        archive,
        tmp_path,
        ("a1", "2027-03-10", "Governor Luisa Fernández Arriaga said on Wednesday that the board had cut the rate."),
        ("a2", "2027-03-10", "Senator Pedro Fernández Arriaga said on Wednesday that the cut came too late."),
    )
    _ingest(archive, tmp_path, ("a3", "2027-03-11", "Fernández Arriaga said on Thursday that prices would fall."))
    assert len(_speaker_of(archive, "a1") | _speaker_of(archive, "a2") | _speaker_of(archive, "a3")) == 3


@pytest.mark.parametrize(
    "other",
    [
        "Opposition leader Lee Sung-ho said on Wednesday that the fund was too small.",  # family name first too
        "Lee Anderson, the party's chairman, said on Wednesday that the fund was too small.",  # a given name
    ],
)
def test_a_family_name_two_people_open_with_stays_apart(archive: Archive, tmp_path: Path, other: str) -> None:
    _ingest(
        archive,
        tmp_path,
        ("a1", "2027-03-10", "South Korean President Lee Dong-hyun said on Tuesday that the fund would open in June."),
        ("a2", "2027-03-10", other),
    )
    _ingest(archive, tmp_path, ("a3", "2027-03-11", "Lee said on Thursday that the fund would open in July."))
    assert len(_speaker_of(archive, "a1") | _speaker_of(archive, "a2") | _speaker_of(archive, "a3")) == 3


@pytest.mark.parametrize(
    ("name", "roles", "kind", "resolved"),
    [
        ("Spokesperson", (), "role", "Spokesperson"),  # a transcript's SPOKESPERSON: label
        ("Wyralla Shire Mayor", (), "role", "Wyralla Shire Mayor"),
        ("Secretary", ("Health Secretary, the Rt Hon Gareth Lomax",), "person", "Gareth Lomax"),
        ("Dwayne Holcomb", ("Mayor",), "person", "Dwayne Holcomb"),
        ("Halvorsen", (), "person", "Halvorsen"),
        ("Bishop", (), "person", "Bishop"),  # the surname of a person the corpus knows
    ],
)
def test_a_role_read_as_a_name_is_a_role(
    archive: Archive, name: str, roles: tuple[str, ...], kind: str, resolved: str
) -> None:
    from onrecord.model import ArticleSpeaker
    from onrecord.resolve.speakers import _role_as_name
    from onrecord.store.speakers import SpeakerRow, upsert_speaker

    conn = archive._conn
    upsert_speaker(conn, SpeakerRow("p:julie-bishop", "Julie Bishop", "person", "iulie bishop", "bishop", "f"))
    got = _role_as_name(conn, ArticleSpeaker("x", name, "person", None, (name,), roles))
    assert (got.kind, got.name) == (kind, resolved)


def test_a_transcript_label_is_the_person_named_with_that_role(archive: Archive, tmp_path: Path) -> None:
    column = (
        "The board's spokesperson, Mrs. Ada Obi-Kanu, said on Monday that no result would be announced "
        "until the recount was finished."
    )
    transcript = (
        "TRANSCRIPT OF PRESS BRIEFING\n\nPARTICIPANTS:\n"
        "Mrs. Ada Obi-Kanu, Director of Publicity (SPOKESPERSON)\nMembers of the press (Q)\n\n"
        "SPOKESPERSON: Good morning. No result will be announced until the recount is finished.\n\n"
        "Q: When will the recount end?\n\n"
        "SPOKESPERSON: On Saturday, in the nine wards where the recount was ordered.\n"
    )
    _ingest(archive, tmp_path, ("a1", "2027-04-12", column), ("a2", "2027-04-12", transcript))
    turns = {q.speaker.id for q in archive.quotes(article="a2") if q.speaker and "recount" in q.text}
    assert _speaker_of(archive, "a1") and turns == _speaker_of(archive, "a1")


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_central_bank_described_is_the_bank_named(archive: Archive, tmp_path: Path, order: tuple[int, int]) -> None:
    articles = [
        (
            "a1",
            "2027-03-10",
            "The Banco Central de Valdoria (BCV) said on Wednesday that it had lowered the policy rate.",
        ),
        ("a2", "2027-03-10", "Valdoria's central bank said on Wednesday that inflation expectations had eased."),
    ]
    _ingest_each(archive, tmp_path, articles, order)
    assert _one_speaker(archive, "a1", "a2")
    assert archive.quotes(article="a2")[0].speaker.name == "Banco Central de Valdoria"


@pytest.mark.parametrize(
    "others",
    [
        # "Haris Ali" may be the Ali another article names
        ["Sports Minister Rashid Ali said on Thursday that the board would review the loss."],
        # two people whose names open with the same family name
        [
            "Senator Haris Ali Mirza said on Thursday that the board would review the loss.",
        ],
    ],
)
def test_the_first_words_two_people_may_share_stay_apart(archive: Archive, tmp_path: Path, others: list[str]) -> None:
    _ingest(
        archive,
        tmp_path,
        (
            "a1",
            "2027-03-10",
            "Captain Haris Ali Qureshi said on Thursday that his hamstring was about 80 per cent.",
        ),
        *((f"o{i}", "2027-03-10", text) for i, text in enumerate(others)),
    )
    _ingest(archive, tmp_path, ("a2", "2027-03-11", "Haris Ali said on Friday that the defeat was on him."))
    assert _speaker_of(archive, "a2") and _speaker_of(archive, "a2") != _speaker_of(archive, "a1")


@pytest.mark.parametrize(
    ("described", "others", "same"),
    [
        ("pricing council", [], True),
        # two councils the words fit: unsure, kept apart
        ("pricing council", ["The National Energy Pricing Council said on Monday that tariffs would rise."], False),
    ],
)
def test_an_organisation_described_is_the_one_named_in_full(
    archive: Archive, tmp_path: Path, described: str, others: list[str], same: bool
) -> None:
    _ingest(
        archive,
        tmp_path,
        ("a1", "2027-02-01", "The National Medicines Pricing Council said on Monday that the price would be cut."),
        *((f"o{i}", "2027-02-01", text) for i, text in enumerate(others)),
    )
    _ingest(archive, tmp_path, ("a2", "2027-02-02", f"The {described} said on Tuesday that it would not back down."))
    assert _speaker_of(archive, "a2")
    assert (_speaker_of(archive, "a1") == _speaker_of(archive, "a2")) is same


@pytest.mark.xfail(
    strict=True,
    reason="a1's mention is now read whole (attribute.body_names: 'Irish Ports and Shipping Council', not the "
    "parse's cut 'Irish Ports'); the two matched before only because both were cut, and no resolver step yet "
    "folds a body's first words into its full name",
)
@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_the_first_words_of_an_organisation_s_name_are_that_organisation(
    archive: Archive, tmp_path: Path, order: tuple[int, int]
) -> None:
    articles = [
        ("a1", "2027-05-01", "The Irish Ports and Shipping Council (IPSC) said on Monday that the berth would open."),
        ("a2", "2027-05-02", "Irish Ports said on Tuesday that the berth would open in June."),
    ]
    _ingest_each(archive, tmp_path, articles, order)
    assert _one_speaker(archive, "a1", "a2")


@pytest.mark.parametrize(
    ("others", "same"),
    [
        ([], True),
        # two bodies with the same initials: unsure, kept apart
        (["The Port Association of San Lorenzo said on Monday that it backed the strike."], False),
    ],
)
@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_an_acronym_is_the_one_organisation_whose_initials_it_is(
    archive: Archive, tmp_path: Path, others: list[str], same: bool, order: tuple[int, int]
) -> None:
    articles = [
        ("a1", "2027-06-01", "The Port Authority of Saint-Lys said on Monday that the cranes would stay idle."),
        ("a2", "2027-06-02", "PASL said on Tuesday that the cranes would stay idle until Friday."),
    ]
    if others:
        _ingest(archive, tmp_path, *((f"o{i}", "2027-06-01", text) for i, text in enumerate(others)))
    _ingest_each(archive, tmp_path, articles, order)
    assert _speaker_of(archive, "a2")
    assert (_speaker_of(archive, "a1") == _speaker_of(archive, "a2")) is same


_HOLCOMB = (
    "h1",
    "2027-05-03",
    "Mayor Dwayne Holcomb said on Monday that Norfolk Midland had promised weekly inspections at Millbrook Junction.",
)


@pytest.mark.parametrize(
    ("role_text", "others", "same"),
    [
        # the article leaves the mayor unnamed; another article of the story names him
        (
            '"We were promised inspections every week," the mayor said on Tuesday, after the Norfolk Midland '
            "derailment at Millbrook Junction.",
            [],
            True,
        ),
        # another story's mayor
        (
            '"The evacuation centres are full," the mayor said on Tuesday as fire reached the Wyralla Shire.',
            [],
            False,
        ),
        # two mayors in the story: unsure, kept apart
        (
            '"We were promised inspections every week," the mayor said on Tuesday, after the Norfolk Midland '
            "derailment at Millbrook Junction.",
            [
                "Mayor Karen Fisk of Quillby said on Monday that Norfolk Midland trains through Millbrook Junction "
                "would be slowed."
            ],
            False,
        ),
    ],
)
def test_an_unnamed_role_is_the_holder_another_article_of_its_story_names(
    archive: Archive, tmp_path: Path, role_text: str, others: list[str], same: bool
) -> None:
    _ingest(archive, tmp_path, _HOLCOMB, *((f"o{i}", "2027-05-03", text) for i, text in enumerate(others)))
    _ingest(archive, tmp_path, ("r1", "2027-05-04", role_text))
    assert _speaker_of(archive, "r1")
    assert (_speaker_of(archive, "r1") == _speaker_of(archive, "h1")) is same


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
@pytest.mark.parametrize(
    ("full", "short", "same"),
    [
        # an organisation named without the word for its kind, and the one named with it
        (
            "Ardley Water Company said on Monday that the town owed it money.",
            "The plant is run by a company called Ardley Water. The company says the town owes it money.",
            True,
        ),
        (
            "Brenmoor Grain Association said on Monday that exports would fall.",
            "Prices are set by a body called Brenmoor Grain. The association says exports will fall.",
            True,
        ),
        # a state institution is matched by meaning, not so
        (
            "The Ardley Health Ministry said on Monday that the wards were full.",
            '"The wards are full," Ardley Health said on Tuesday.',
            False,
        ),
    ],
)
def test_an_organisation_without_the_word_for_its_kind(
    archive: Archive, tmp_path: Path, full: str, short: str, same: bool, order: tuple[int, ...]
) -> None:
    articles = [("full", "2027-05-03", full), ("short", "2027-05-05", short)]
    _ingest_each(archive, tmp_path, articles, order)
    assert (_speaker_of(archive, "full") == _speaker_of(archive, "short")) is same
    assert _speaker_of(archive, "full") and _speaker_of(archive, "short")


def test_an_organisation_named_with_two_kind_words_stays_apart_from_the_short_name(
    archive: Archive, tmp_path: Path
) -> None:
    _ingest(
        archive,
        tmp_path,
        ("a1", "2027-05-03", "Ardley Water Company said on Monday that the town owed it money."),
        ("a2", "2027-05-03", "Ardley Water Group said on Monday that the plant was safe."),
        ("a3", "2027-05-04", "The plant is run by a company called Ardley Water. The company says it will close."),
    )
    assert len(_speaker_of(archive, "a1") | _speaker_of(archive, "a2") | _speaker_of(archive, "a3")) == 3


_WEKESA = (
    "a1",
    "2027-04-05",
    "NAIVASHA — Water Permanent Secretary Amani Wekesa said on Monday that the dam would be finished by June. "
    '"We are on schedule," Wekesa said.',
)


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        # the article names the person whose role the acronym is the initials of
        ('The PS said the dam "will be finished by June". Amani Wekesa spoke in Naivasha.', True),
        # two people the article quotes hold such a role: unsure, kept apart
        (
            "Water Permanent Secretary Amani Wekesa said the dam was late. Health Permanent Secretary Otieno "
            'Barasa said clinics would open. The PS said the dam "will be finished by June".',
            False,
        ),
        # initials of no role of hers
        ('The WRA said the dam "will be finished by June". Amani Wekesa spoke in Naivasha.', False),
    ],
)
@pytest.mark.parametrize("acronym_first", [True, False])
def test_an_acronym_of_a_role_is_the_person_holding_it(
    archive: Archive, tmp_path: Path, text: str, bound: bool, acronym_first: bool
) -> None:
    short = ("a2", "2027-04-06", text)
    _ingest_each(archive, tmp_path, [_WEKESA, short], (1, 0) if acronym_first else (0, 1))
    said = {q.speaker.id for q in archive.quotes(article="a2") if q.speaker and "dam" in q.text}
    assert (said == {"p:amani-vekesa"}) is bound


def test_an_acronym_a_body_is_named_by_stays_the_body(archive: Archive, tmp_path: Path) -> None:
    body = (
        "a3",
        "2027-04-05",
        'The Permanent Secretariat (PS) of the basin commission said the dam "will be finished by June".',
    )
    short = ("a2", "2027-04-06", 'The PS said the dam "will be finished by June". Amani Wekesa spoke in Naivasha.')
    _ingest(archive, tmp_path, _WEKESA, body, short)
    assert "p:amani-vekesa" not in _speaker_of(archive, "a2")


@pytest.mark.parametrize(
    "full", ["Kenanga Dairy Holdings Berhad", "Kenanga Dairy Holdings Bhd", "Kenanga Dairy Holdings Sdn Bhd"]
)
@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_malaysian_company_and_its_initials_are_one_organisation(
    archive: Archive, tmp_path: Path, full: str, order: tuple[int, int]
) -> None:
    articles = [
        ("b1", "2027-04-05", f"{full} said on Monday that it would recall 12 batches of milk powder."),
        ("b2", "2027-04-06", 'KDH said it "will recall 12 batches" of its milk powder.'),
    ]
    _ingest_each(archive, tmp_path, articles, order)
    assert _one_speaker(archive, "b1", "b2")
    assert {q.speaker.kind for q in archive.quotes(article="b1") if q.speaker} == {"organisation"}


@pytest.mark.parametrize(
    ("shorter", "longer", "within"),
    [
        (["rana", "tarik"], ["rana", "muhamad", "tarik", "bati"], True),  # two of four names
        (["marisol", "de", "la", "fuente"], ["marisol", "de", "la", "fuente", "olmos"], True),
        (["rana", "bati"], ["rana", "muhamad", "tarik", "bati"], True),
        (["tarik", "bati"], ["rana", "muhamad", "tarik", "bati"], False),  # another first word
        (["rana", "bati", "tarik"], ["rana", "muhamad", "tarik", "bati"], False),  # another order
    ],
)
def test_a_shorter_name_within_a_longer_one(shorter: list[str], longer: list[str], within: bool) -> None:
    from onrecord.resolve.speakers import _names_within

    assert _names_within(shorter, longer) is within


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_two_of_four_names_are_the_same_person(archive: Archive, tmp_path: Path, order: tuple[int, int]) -> None:
    articles = [
        ("a1", "2026-05-01", 'Board chairman Rana Muhammad Tariq Bhatti said: "The tour will go ahead."'),
        ("a2", "2026-05-02", '"The tour will go ahead," Rana Tariq told reporters in Multan on Saturday.'),
        ("a3", "2026-05-03", '"We have the players," Rana Tariq said on Sunday.'),
    ]
    _ingest_each(archive, tmp_path, articles, (*order, 2))
    assert _one_speaker(archive, "a1", "a2", "a3")
    # the form that holds the others is shown, though the shorter one is used more
    assert {q.speaker.name for q in archive.quotes(article="a2") if q.speaker} == {"Rana Muhammad Tariq Bhatti"}


@pytest.mark.parametrize(
    ("handle", "name"),
    [
        ("NRT_AnnaMariaKowalczyk", "Anna Maria Kowalczyk"),  # a body's initials, then the name
        ("@TomasBerglund", "Tomas Berglund"),
        ("NRT_TomasBerglund_2027", "Tomas Berglund"),
        ("NorthRailTrains", None),  # no given name opens it: a body's handle
        ("NRT", None),
        ("Tomas Berglund", None),  # a name written out
        ("Anne-Marie", None),
    ],
)
def test_a_user_handle_spells_a_name(handle: str, name: str | None) -> None:
    from onrecord.resolve.speakers import handle_name

    assert handle_name(handle) == name


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_user_handle_is_the_person_it_spells(archive: Archive, tmp_path: Path, order: tuple[int, int]) -> None:
    articles = [
        (
            "a1",
            "2027-10-07",
            "Thread: I'm Tomas Berglund, chief executive of North Rail Trains. Ask me anything.\n\n"
            "Q: Are the trains safe?\n\n"
            "NRT_TomasBerglund answered: Twelve of our trains are back in service after new brake tests.",
        ),
        ("a2", "2027-10-08", 'Tomas Berglund said that "twelve of our trains are back in service".'),
    ]
    _ingest_each(archive, tmp_path, articles, order)
    assert _one_speaker(archive, "a1", "a2")


@pytest.mark.parametrize(
    ("role", "name"),
    [
        ("chairman of the Cashew Growers Association, Alhaji Ibrahim Dankaro", "Ibrahim Dankaro"),
        ("president of the union, Dr. Tomas Berglund", "Tomas Berglund"),
        # a given name the gazetteer lacks, after a known office
        ("head of the electoral commission, Ilvana Corescu", "Ilvana Corescu"),
        ("head of the electoral commission, Quarndon Holdings Group", None),  # a body's words
        ("spokesman for President Tomas Berglund", None),  # whose spokesman: no comma before the name
        ("the minister, who declined to comment", None),
        ("chief executive, Halvern Polymers", None),  # a body after the comma
    ],
)
def test_a_role_ending_with_its_holder_s_name_is_that_person(role: str, name: str | None) -> None:
    from onrecord.model import ArticleSpeaker
    from onrecord.resolve.speakers import _apposed_holder

    read = _apposed_holder(ArticleSpeaker("r:x", role, "role", None, (role,), (role,)))
    assert (read.kind, read.name) == (("person", name) if name else ("role", role))


_GIVEN_ALONE = [
    (
        "g1",
        "2027-04-06",
        "Teodor Vasquin, the Rivermoor club chairman, said the manager had his full backing. The Rivermoor "
        "board met at Dunhallow Park on Monday.",
    ),
    (
        "g2",
        "2027-04-07",
        'The Rivermoor manager faced reporters at Dunhallow Park. "Teodor told me the board backs me," he said. '
        "Teodor said on Monday that the manager would stay.",
    ),
]


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_given_name_alone_is_the_person_the_story_names_in_full(
    archive: Archive, tmp_path: Path, order: tuple[int, int]
) -> None:
    _ingest_each(archive, tmp_path, _GIVEN_ALONE, order)
    assert _one_speaker(archive, "g1", "g2")


@pytest.mark.parametrize(
    ("text", "same"),
    [
        # a form of address before the given name, the article naming the person in full
        (
            "Governor Wiranto Hadiwijaya said the dam was safe. On Monday Pak Wiranto said the dam at the river "
            "mouth was safe too.",
            True,
        ),
        # another story, and the given name alone: unsure, kept apart
        ("Wiranto said the harvest in the hills was late this year.", False),
    ],
)
def test_a_given_name_alone_needs_its_article_or_story(archive: Archive, tmp_path: Path, text: str, same: bool) -> None:
    _ingest(
        archive,
        tmp_path,
        ("w1", "2027-03-08", "Governor Wiranto Hadiwijaya of Kalimera province said 12,000 families had left."),
        ("w2", "2027-03-09", text),
    )
    assert (_speaker_of(archive, "w2") <= _speaker_of(archive, "w1")) is same
    assert _speaker_of(archive, "w2")


def test_a_given_name_two_people_of_the_story_bear_stays_apart(archive: Archive, tmp_path: Path) -> None:
    _ingest(
        archive,
        tmp_path,
        ("t1", "2027-04-06", "Teodor Vasquin of the Rivermoor board said the Dunhallow Park deal was close."),
        ("t2", "2027-04-06", "Teodor Mirren of the Rivermoor supporters' trust said the Dunhallow Park deal was bad."),
        ("t3", "2027-04-07", "At Dunhallow Park, Teodor said the Rivermoor deal was close."),
    )
    assert not _speaker_of(archive, "t3") & (_speaker_of(archive, "t1") | _speaker_of(archive, "t2"))


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # the short form a person goes by, with the same double surname
        ("Transport Secretary Rosalind Varga-Holm said", "Secretary Ros Varga-Holm said", True),
        ("Kristoffer Ahlgren-Moe said", "Kris Ahlgren-Moe said", True),
        # a man and a woman of one family
        ("Alexandra Renner said", "Alex Renner said", False),
    ],
)
def test_a_short_form_of_a_given_name_is_the_same_person(
    archive: Archive, tmp_path: Path, order: tuple[int, int], first: str, second: str, same: bool
) -> None:
    pronoun = {"Alexandra": "She", "Alex": "He"}
    articles = [
        (
            f"n{i}",
            f"2027-05-0{i + 1}",
            f"{text} the port contract was signed. {pronoun.get(text.split()[0], 'It')} gave no figure.",
        )
        for i, text in enumerate((first, second))
    ]
    _ingest_each(archive, tmp_path, articles, order)
    assert _one_speaker(archive, "n0", "n1") is same


_STYLED = [
    (
        "Sheikh Khalid bin Omar al-Ruwaili, chairman of Ruwaili Ports, said on Monday that the fund would bid.",
        "Khalid bin Omar al-Ruwaili said on Tuesday that the bid stood.",
        "Sheikh Khalid bin Omar al-Ruwaili",
    ),
    (
        "Dato' Seri Azman bin Yusof, the summit chair, said on Monday that pledges had doubled.",
        "Azman said on Tuesday that pledges had doubled again.",
        "Dato' Seri Azman bin Yusof",
    ),
    (
        "Sir Alistair Penhaligon said on Monday that the ramp had failed.",
        "Alistair Penhaligon said on Tuesday that the ramp had been tested.",
        "Sir Alistair Penhaligon",
    ),
    (  # a form of address is no style of honour: the bare name stays the name
        "Dr. Anika Velloso said on Monday that the trial had ended.",
        "Anika Velloso said on Tuesday that the trial had been stopped.",
        "Anika Velloso",
    ),
]


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
@pytest.mark.parametrize(("styled", "plain", "name"), _STYLED)
def test_a_full_name_keeps_its_style_of_honour(
    archive: Archive, tmp_path: Path, order: tuple[int, int], styled: str, plain: str, name: str
) -> None:
    articles = [("a1", "2027-02-01", styled), ("a2", "2027-02-02", plain)]
    _ingest_each(archive, tmp_path, articles, order)
    assert _one_speaker(archive, "a1", "a2")
    assert {q.speaker.name for q in archive.quotes() if q.speaker} == {name}


@pytest.mark.parametrize(
    ("name", "same_as"),
    [
        ("Kelvard Tankers A/S", "Kelvard Tankers"),
        ("Solgrund Kraft ASA", "Solgrund Kraft"),
        ("Brunvik Marin AS", "Brunvik Marin"),
        ("Nordkap Frakt AB", "Nordkap Frakt"),
        ("Saimaa Laiva Oy", "Saimaa Laiva"),
        ("Saimaa Laiva Oyj", "Saimaa Laiva"),
        ("Holmgaard ApS", "Holmgaard"),
    ],
)
def test_a_nordic_legal_form_is_no_part_of_the_organisation_s_key(name: str, same_as: str) -> None:
    from onrecord.resolve.speakers import organisation_key

    assert organisation_key(name) == organisation_key(same_as)


@pytest.mark.parametrize(
    ("full", "short", "others", "same"),
    [
        # an apposition naming a trade makes the name a company's; its first word is that company
        (
            "The Ostlandic carrier Tallmark Lines said on Monday it had diverted two ships.",
            '"We will sail around the port," a Tallmark spokeswoman said on Tuesday.',
            [],
            True,
        ),
        (
            "The shipowner Tallmark Lines said on Monday it had diverted two ships.",
            "Tallmark said on Tuesday it would keep the ships away.",
            [],
            True,
        ),
        # two companies open with the word: unsure, kept apart
        (
            "The Ostlandic carrier Tallmark Lines said on Monday it had diverted two ships.",
            '"We will sail around the port," a Tallmark spokeswoman said on Tuesday.',
            ["Tallmark Airways said on Monday that its flights were full."],
            False,
        ),
    ],
)
@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_company_s_first_word_is_that_company(
    archive: Archive, tmp_path: Path, full: str, short: str, others: list[str], same: bool, order: tuple[int, int]
) -> None:
    if others:
        _ingest(archive, tmp_path, *((f"o{i}", "2027-06-01", text) for i, text in enumerate(others)))
    _ingest_each(archive, tmp_path, [("a1", "2027-06-02", full), ("a2", "2027-06-03", short)], order)
    assert _speaker_of(archive, "a2")
    assert (_speaker_of(archive, "a1") == _speaker_of(archive, "a2")) is same
    assert {q.speaker.kind for q in archive.quotes(article="a1") if q.speaker} == {"organisation"}


@pytest.mark.parametrize(
    ("role", "business"),
    [
        ("Ostlandic carrier", True),
        ("the shipowner", True),
        ("Danish company", True),
        ("carmaker", True),
        ("the Minneapolis-based maker of the kettle", True),
        ("operator of the ferry", True),
        ("captain of the ferry", False),
        ("spokeswoman", False),
        ("chief executive", False),
        ("carrier pilot", False),
    ],
)
def test_a_role_naming_a_trade_is_a_business_role(role: str, business: bool) -> None:
    from onrecord.resolve.generic import is_business_role

    assert is_business_role(role) is business


@pytest.mark.parametrize(
    ("role", "office"),
    [
        ("Head coach Chief", "Head coach"),  # "Head coach Chief Emeka Obi": a Nigerian style of honour
        ("club chairman Sheikh", "club chairman"),
        ("Minister for Fisheries Ms", "Minister for Fisheries"),
        ("party leader Dr.", "party leader"),
        ("Police Chief", "Police Chief"),  # one office
        ("Harbour Police Chief", "Harbour Police Chief"),
        ("Transport Minister", "Transport Minister"),
        ("Chief", "Chief"),
        ("Sen.", "Sen."),
    ],
)
def test_a_title_before_the_name_is_no_part_of_the_role(role: str, office: str) -> None:
    from onrecord.resolve.speakers import role_without_style

    assert role_without_style(role) == office


_TWO_MANAGERS = (
    "a1",
    "2027-09-18",
    '"The team will recover," said Tomas Lindgren, the Ostvik United manager.\n\n'
    '"My side is tired," said Anton Brask, the Kestrel Rovers manager.',
)


@pytest.mark.parametrize(
    ("at", "people"),
    [
        (30, ["p:tomas-lindgren"]),  # "the manager" refers back to the one named before it
        (80, ["p:anton-brask", "p:tomas-lindgren"]),  # both named before: unsure
        (5, []),  # neither named yet
        (None, ["p:anton-brask", "p:tomas-lindgren"]),  # no mention to go by
    ],
)
def test_a_definite_role_refers_back_to_a_holder_named_before_it(
    archive: Archive, tmp_path: Path, at: int | None, people: list[str]
) -> None:
    from onrecord.resolve.speakers import _named_before

    _ingest(archive, tmp_path, _TWO_MANAGERS)
    text = "Four days ago Tomas Lindgren was promising a title. Anton Brask, whose side is sixth, said little."
    both = ["p:anton-brask", "p:tomas-lindgren"]
    assert _named_before(archive._conn, both, text, at) == people


@pytest.mark.parametrize(
    ("full", "trade"),
    [
        # a trade written before a company's name at a sentence's start is no part of the name
        (
            "Tallmark Lines said on Monday it had diverted two ships.",
            "Operator Tallmark Lines said on Tuesday that 19 of the 22 crew had been taken off.",
        ),
        (
            "Veltrix Systems said on Monday that its plant would reopen.",
            "Chipmaker Veltrix Systems said on Tuesday that orders had doubled.",
        ),
    ],
)
@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_trade_before_a_company_s_name_is_that_company(
    archive: Archive, tmp_path: Path, full: str, trade: str, order: tuple[int, int]
) -> None:
    _ingest_each(archive, tmp_path, [("a1", "2027-06-02", full), ("a2", "2027-06-03", trade)], order)
    assert _one_speaker(archive, "a1", "a2")
    assert {q.speaker.kind for q in archive.quotes(article="a2") if q.speaker} == {"organisation"}


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("Operator Tallmark Lines", "person", ("Tallmark Lines", "organisation")),
        ("Carrier Tallmark", "organisation", ("Tallmark", "organisation")),
        ("Shipbuilder Van der Holt Marine Group", "organisation", ("Van der Holt Marine Group", "organisation")),
        # a person's name, or a trade that is the whole name, stays as it is
        ("Operator Anna Berg", "person", ("Operator Anna Berg", "person")),
        ("Operator", "person", ("Operator", "person")),
    ],
)
def test_a_trade_opening_a_name_is_taken_off(name: str, kind: str, expected: tuple[str, str]) -> None:
    from onrecord.model import ArticleSpeaker
    from onrecord.resolve.speakers import _body_by_trade

    s = _body_by_trade(ArticleSpeaker(local_id="x", name=name, kind=kind, names=(name,)))
    assert (s.name, s.kind) == expected


@pytest.mark.parametrize(
    ("titled", "bare", "same"),
    [
        # a form of address no lexicon lists, before a full name another article writes bare
        (
            "Ông Trần Văn Minh said on Monday that the harbour would reopen in May.",
            "Trần Văn Minh said on Tuesday that the harbour would reopen on May 4.",
            True,
        ),
        (
            "Ombudsman Carla Vinter said on Monday that the complaints had doubled.",
            "Carla Vinter said on Tuesday that the complaints had doubled since March.",
            True,
        ),
        # a given name before another's full name: two people
        (
            "Maria Carla Vinter said on Monday that the complaints had doubled.",
            "Carla Vinter said on Tuesday that the complaints had doubled since March.",
            False,
        ),
    ],
)
@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_title_no_lexicon_lists_before_a_full_name_is_that_person(
    archive: Archive, tmp_path: Path, titled: str, bare: str, same: bool, order: tuple[int, int]
) -> None:
    articles = [("a1", "2027-05-03", titled), ("a2", "2027-05-04", bare)]
    _ingest_each(archive, tmp_path, articles, order)
    assert _speaker_of(archive, "a1") and _speaker_of(archive, "a2")
    assert (_speaker_of(archive, "a1") == _speaker_of(archive, "a2")) is same


@pytest.mark.parametrize(
    ("words", "name", "title"),
    [
        (["Superintendent"], ["Mira", "Olsen"], True),
        (["Chị"], ["Phạm", "Thu", "Lan"], True),
        (["County", "Registrar"], ["Mira", "Olsen"], True),
        (["Maria"], ["Mira", "Olsen"], False),  # a given name: another person
        (["van"], ["Mira", "Olsen"], False),
        (["Registrar"], ["Olsen"], False),  # a surname alone is no full name
        (["The", "County", "Registrar"], ["Mira", "Olsen"], False),  # three words: no title
    ],
)
def test_an_unlisted_title(words: list[str], name: list[str], title: bool) -> None:
    from onrecord.resolve.speakers import _unlisted_title

    assert _unlisted_title(words, name) is title


@pytest.mark.parametrize(
    ("name", "gender", "roles", "body"),
    [
        ("TSAB", None, (), True),  # the initials of the body another article names in full
        ("TSAB", "f", (), False),  # a gender: a person, whatever her initials
        ("TSAB", None, ("chair",), False),
        ("TSB", None, (), False),  # no body's initials
        ("Tsab", None, (), False),  # no initials
    ],
)
def test_initials_read_as_a_person_are_the_body_they_spell(
    archive: Archive, name: str, gender: str | None, roles: tuple[str, ...], body: bool
) -> None:
    from onrecord.model import ArticleSpeaker
    from onrecord.resolve.speakers import _initials_of_a_body
    from onrecord.store.speakers import SpeakerRow, upsert_speaker

    conn = archive._conn
    upsert_speaker(
        conn,
        SpeakerRow(
            "o:tarnby",
            "Tarnby Safety and Aviation Board",
            "organisation",
            "tarnby safety and aviation board",
            None,
            None,
        ),
    )
    assert _initials_of_a_body(conn, ArticleSpeaker("x", name, "person", gender, (name,), roles)) is body


def test_initials_a_person_was_named_by_are_folded_only_without_a_sign_of_a_person(archive: Archive) -> None:
    from onrecord.resolve.speakers import _named_by
    from onrecord.store.speakers import SpeakerRow, upsert_speaker

    conn = archive._conn
    upsert_speaker(conn, SpeakerRow("p:tsab", "TSAB", "person", "tsab", "tsab", None))
    upsert_speaker(conn, SpeakerRow("p:ts", "TS", "person", "ts", "ts", "m"))  # "he": a person
    assert [r.id for r in _named_by(conn, "TSAB")] == ["p:tsab"]
    assert [r.id for r in _named_by(conn, "TS")] == []


@pytest.mark.parametrize(
    ("role", "relative"),
    [
        ("town's mayor", True),
        ("the club’s manager", True),
        ("the players' union chief", True),
        ("Tallmark's chief executive", False),  # a named body's: one person
        ("Kremlin spokesman", False),
        ("chief executive", False),
    ],
)
def test_a_role_of_what_the_article_is_about(role: str, relative: bool) -> None:
    from onrecord.resolve.speakers import _relative

    assert _relative(role) is relative


@pytest.mark.parametrize(
    ("other", "same"),
    [
        # the same story: the mayor it names
        (
            "The Harrowgate bridge over the Tamsey will stay shut until Friday. The town's mayor said engineers "
            "had found cracks in the bridge.",
            True,
        ),
        # another story's town, another mayor
        (
            "The Pellow summer fair will go ahead despite the storm damage. The town's mayor, a retired "
            "schoolteacher, said the stalls would be moved indoors.",
            False,
        ),
    ],
)
def test_the_town_s_mayor_is_the_mayor_its_story_names(
    archive: Archive, tmp_path: Path, other: str, same: bool
) -> None:
    _ingest(
        archive,
        tmp_path,
        (
            "a1",
            "2027-04-12",
            "Floodwater from the Tamsey closed the Harrowgate bridge on Monday. The town's mayor, Lina Brandt, "
            "said the bridge would reopen within a week.",
        ),
    )
    _ingest(archive, tmp_path, ("a2", "2027-04-13", other))
    assert _speaker_of(archive, "a1") and _speaker_of(archive, "a2")
    assert (_speaker_of(archive, "a1") == _speaker_of(archive, "a2")) is same


@pytest.mark.parametrize(
    ("latin", "cyrillic", "same"),
    [
        # a letter another alphabet spells differently: one person
        (
            "Anna-Liisa Pärn said on Thursday that the court had broken the law.",
            "Адвокат Анна-Лийса Пярн заявила, что суд нарушил закон.",
            True,
        ),
        # a syllable more is another surname, however alike
        (
            "Ivan Petrovich said on Thursday that the bridge would be closed for a year.",
            "Иван Петров заявил, что мост будет закрыт на год.",
            False,
        ),
    ],
)
def test_a_surname_spelled_another_way_differs_by_letters_not_syllables(
    archive: Archive, tmp_path: Path, latin: str, cyrillic: str, same: bool
) -> None:
    _ingest(archive, tmp_path, ("en", "2027-04-02", latin))
    _ingest(archive, tmp_path, ("ru", "2027-04-03", cyrillic))
    assert _speaker_of(archive, "en") and _speaker_of(archive, "ru")
    assert (_speaker_of(archive, "en") == _speaker_of(archive, "ru")) is same


@pytest.mark.parametrize("thai_first", [True, False])
@pytest.mark.parametrize(
    ("thai", "same"),
    [
        ('นายนีลส์ อาเคอลันด์ ประธานบริษัท กล่าวว่า "เหมืองจะเปิดอีกครั้งในเดือนหน้า"', True),
        ('นายนีลส์ อาเคอแมน ประธานบริษัท กล่าวว่า "เหมืองจะเปิดอีกครั้งในเดือนหน้า"', False),
    ],
)
def test_a_name_thai_spells_by_its_letters_is_one_person(
    archive: Archive, tmp_path: Path, thai: str, same: bool, thai_first: bool
) -> None:
    latin = "Mine chairman Nils Akeland said the mine would reopen next month."
    articles = [("en", "2027-09-03", latin), ("th", "2027-09-03", thai)]
    for article in reversed(articles) if thai_first else articles:
        _ingest(archive, tmp_path, article)
    assert _speaker_of(archive, "en") and _speaker_of(archive, "th")
    assert (_speaker_of(archive, "en") == _speaker_of(archive, "th")) is same


def test_a_greek_w_is_one_person(archive: Archive, tmp_path: Path) -> None:
    _ingest(
        archive,
        tmp_path,
        ("en", "2027-09-20", "Chief executive Lena Wilmott said the data had not been sold."),
        ("el", "2027-09-21", "Η διευθύνουσα σύμβουλος Λένα Γουίλμοτ δήλωσε ότι τα δεδομένα δεν πωλήθηκαν."),
    )
    assert _speaker_of(archive, "en") and _speaker_of(archive, "en") == _speaker_of(archive, "el")


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_name_one_goes_by_and_the_real_name_are_one_person(
    archive: Archive, tmp_path: Path, order: tuple[int, int]
) -> None:
    articles = [
        (
            "a1",
            "2027-05-02",
            "The singer Vessa, real name Corinna Blackwood-Lee, wrote on Instagram that the tour was over. "
            '"I need time with my family," Vessa said.',
        ),
        ("a2", "2027-05-02", 'Corinna Blackwood-Lee said: "The tour is over and I am going home."'),
    ]
    _ingest_each(archive, tmp_path, articles, order)
    assert _one_speaker(archive, "a1", "a2")


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_an_acronym_without_the_body_s_kind_word_is_that_body(
    archive: Archive, tmp_path: Path, order: tuple[int, int]
) -> None:
    articles = [
        ("a1", "2027-06-01", "Van der Meer Marine Group said on Monday that the yard would stay open."),
        ("a2", "2027-06-02", "VMM said on Tuesday that the yard would stay open until March."),
    ]
    _ingest_each(archive, tmp_path, articles, order)
    assert _one_speaker(archive, "a1", "a2")


@pytest.mark.parametrize(
    ("release", "same"),
    [
        # initials of the body's name in another language, in brackets after its English name
        ("The Union of Quarry Workers (SOTC) said on Monday that the strike would go ahead.", True),
        ("The Union of Quarry Workers said on Monday that the strike would go ahead.", False),
    ],
)
def test_an_acronym_in_brackets_after_a_body_s_name_is_that_body(
    archive: Archive, tmp_path: Path, release: str, same: bool
) -> None:
    _ingest(
        archive,
        tmp_path,
        ("a1", "2027-06-01", release),
        ("a2", "2027-06-02", "SOTC said on Tuesday that the strike had closed every quarry."),
    )
    assert _speaker_of(archive, "a2")
    assert (_speaker_of(archive, "a1") == _speaker_of(archive, "a2")) is same


def test_initials_an_article_gives_a_bare_body_noun_are_not_folded_into_it(archive: Archive) -> None:
    from onrecord.model import ArticleSpeaker
    from onrecord.resolve.speakers import _organisation, organisation_key
    from onrecord.store.speakers import SpeakerRow, get_speaker, upsert_speaker

    conn = archive._conn
    upsert_speaker(conn, SpeakerRow("o:kvx", "KVX", "organisation", organisation_key("KVX"), None, None))
    # "the company", whom one article calls KVX: another article's "the company" may be another one
    _organisation(conn, ArticleSpeaker("x", "Company", "organisation", None, ("Company", "KVX"), ()))
    assert get_speaker(conn, "o:kvx") is not None


@pytest.mark.parametrize(
    ("word", "body"),
    [
        ("Voices", True),  # the end of a body's name, the rest lost in another language's sentence
        ("Union", False),  # a word for a kind of body: any union
        ("Ark", False),  # too short to tell
    ],
)
def test_the_last_word_of_a_body_s_name_alone_is_that_body(archive: Archive, word: str, body: bool) -> None:
    from onrecord.model import ArticleSpeaker
    from onrecord.resolve.speakers import _person, organisation_key
    from onrecord.store.speakers import SpeakerRow, upsert_speaker

    conn = archive._conn
    for name in ("Harrow Voices", "Harrow Union", "Harrow Ark"):
        upsert_speaker(conn, SpeakerRow(f"o:{name}", name, "organisation", organisation_key(name), None, None))
    sid = _person(conn, ArticleSpeaker("x", word, "person", None, (word,), ()), None)
    assert sid.startswith("o:") is body


def _ingest_in(archive: Archive, tmp_path: Path, *articles: tuple[str, str, str, str]) -> None:
    """Ingest articles with their language given: (id, published, language, text)."""
    path = tmp_path / f"batch{len(list(tmp_path.iterdir()))}.jsonl"
    rows = [{"id": i, "published": d, "language": lang, "text": t} for i, d, lang, t in articles]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    report = archive.ingest([str(path)])
    assert not report.errors, report.errors


@pytest.mark.parametrize("english_first", [True, False])
def test_a_body_named_in_two_languages_with_the_same_initials_is_one_speaker(
    archive: Archive, tmp_path: Path, english_first: bool
) -> None:
    english = (
        "en1",
        "2027-05-11",
        "en",
        "The Coast and Shipyard Workers' Union (CSWU) said on Tuesday that 81 per cent of its members "
        "had voted for a strike at the Veldmark yards.",
    )
    turkish = (
        "tr1",
        "2027-05-11",
        "tr",
        "Veldmark tersanelerinde çalışan işçiler greve gidiyor. Kıyı ve Tersane İşçileri Sendikası (CSWU) "
        "salı günü yaptığı açıklamada, üyelerin yüzde 81'inin grevi desteklediğini açıkladı.",
    )
    for article in (english, turkish) if english_first else (turkish, english):
        _ingest_in(archive, tmp_path, article)
    assert _one_speaker(archive, "en1", "tr1")
    assert {q.speaker.name for q in archive.quotes(article="tr1") if q.speaker} == {"Coast and Shipyard Workers' Union"}


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_club_named_without_its_kind_words_is_the_club(
    archive: Archive, tmp_path: Path, order: tuple[int, int]
) -> None:
    articles = [
        (
            "a1",
            "2027-01-25",
            "Harwick Athletic Football Club said on Monday that it had rejected a second bid for its winger.",
        ),
        ("a2", "2027-01-26", "Harwick Athletic said on Tuesday that the winger was not for sale."),
    ]
    _ingest_each(archive, tmp_path, articles, order)
    assert _one_speaker(archive, "a1", "a2")


def test_an_embassy_is_one_speaker_and_not_its_country_s_ministry(archive: Archive, tmp_path: Path) -> None:
    _ingest(
        archive,
        tmp_path,
        ("e1", "2027-09-13", "The Embassy of Orsavia in Pellmark said on Monday that it had opened a hotline."),
        ("e2", "2027-09-14", "The Orsavian embassy said on Tuesday that 300 citizens had called the hotline."),
        ("m1", "2027-09-14", "Orsavia's Foreign Ministry said on Tuesday that the closure was illegal."),
    )
    assert _one_speaker(archive, "e1", "e2")
    assert _speaker_of(archive, "m1") and _speaker_of(archive, "m1") != _speaker_of(archive, "e1")


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_woman_by_her_title_is_not_the_man_of_her_surname(
    archive: Archive, tmp_path: Path, order: tuple[int, int]
) -> None:
    """ "Ms Dupont" is not the "Orvel Dupont" whom "he" follows, in one article or in two."""
    articles = [
        ("a1", "2027-03-15", 'Orvel Tessaro, the harbour master, said the quay would reopen. "We are ready," he said.'),
        ("a2", "2027-03-16", "Ms Tessaro, who runs the ferry kiosk, said she had lost half her trade."),
    ]
    _ingest_each(archive, tmp_path, articles, order)
    assert _speaker_of(archive, "a2") and _speaker_of(archive, "a1") != _speaker_of(archive, "a2")


def test_a_woman_by_her_title_is_not_the_man_of_her_surname_in_one_article(archive: Archive, tmp_path: Path) -> None:
    text = (
        'Orvel Tessaro, the harbour master, said the quay would reopen. "We are ready," he said.\n\n'
        "Ms Tessaro, who runs the ferry kiosk, said she had lost half her trade."
    )
    _ingest(archive, tmp_path, ("a1", "2027-03-15", text))
    speakers = {q.text[:8]: q.speaker.id for q in archive.quotes(article="a1") if q.speaker}
    assert speakers["she had "] != speakers["the quay"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Reviewers decided against fact-checking Orla Menzane, who said that the harbour plan would cost "
            'jobs. "We will not back down," Menzane said.',
            set(),
        ),
        (
            'Rival Orla Menzane said on Monday that the harbour plan would cost jobs. "We will fight," Menzane said.',
            set(),
        ),
        (
            "Liberal Orla Menzane, the harbour commissioner, said on Monday that the plan would cost jobs.",
            {"harbour commissioner"},
        ),
    ],
)
def test_a_word_beside_the_name_that_is_no_role_is_not_recorded(
    archive: Archive, tmp_path: Path, text: str, kept: set[str]
) -> None:
    _ingest(archive, tmp_path, ("a1", "2026-02-03", text))
    assert _speaker_of(archive, "a1") == {"p:orla-menzane"}
    assert {role for role, _, _ in archive.speaker("Orla Menzane").roles} == kept
    assert not set(archive.speaker("Orla Menzane").aliases) & {"fact-checking", "rival", "liberal"}


def test_a_word_beside_the_name_is_no_alias_to_find_the_speaker_by(archive: Archive, tmp_path: Path) -> None:
    text = "Reviewers decided against fact-checking Orla Menzane, who said that the harbour plan would cost jobs."
    _ingest(archive, tmp_path, ("a1", "2026-02-03", text))
    assert archive.speaker("Orla Menzane").id == "p:orla-menzane"
    with pytest.raises(NotFoundError):
        archive.speaker("fact-checking")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Village midwife Idunn Raukvik said on Monday that the clinic would close in June.", "village midwife"),
        ("Abbey monk Idunn Raukvik said on Monday that the clinic would close in June.", "abbey monk"),
        ("Idunn Raukvik, the park warden, said on Monday that the trail would close in June.", "park warden"),
        ("Idunn Raukvik, a key witness, said on Monday that the gate was open all night.", "key witness"),
    ],
)
def test_an_everyday_role_of_a_person_is_recorded_and_found(
    archive: Archive, tmp_path: Path, text: str, role: str
) -> None:
    _ingest(archive, tmp_path, ("a1", "2026-02-03", text))
    assert role in {r for r, _, _ in archive.speaker("Idunn Raukvik").roles}
    assert archive.speaker(role).id == archive.speaker("Idunn Raukvik").id


def test_a_surname_several_bear_is_the_one_its_article_names_in_full(archive: Archive, tmp_path: Path) -> None:
    _ingest(
        archive,
        tmp_path,
        ("b1", "2027-05-03", "Lucinda Mallin, the harbour councillor, said the quay would reopen on Friday."),
        ("b2", "2027-05-03", "Cuthbert Mallin, a ferry skipper, said the quay had been shut for too long."),
        (
            "b3",
            "2027-05-04",
            "Lucinda Mallin has led the harbour committee since March. "
            '"We will not rush the repairs," Mallin said on Tuesday.',
        ),
    )
    assert _speaker_of(archive, "b3") == _speaker_of(archive, "b1")
    assert _speaker_of(archive, "b3") != _speaker_of(archive, "b2")


def test_a_surname_its_article_gives_a_role_stays_apart_from_the_one_named_in_passing(
    archive: Archive, tmp_path: Path
) -> None:
    _ingest(
        archive,
        tmp_path,
        ("m1", "2027-06-01", "Ingram Tolleshunt, owner of Tolleshunt Joinery, said the workshop would close in July."),
        ("m2", "2027-06-02", '"I never thought I would win," Perpetua Tolleshunt, 17, said after the county final.'),
        (
            "m3",
            "2027-06-09",
            "The rink where Perpetua Tolleshunt trains may close in the winter. The club's treasurer, Tolleshunt, "
            'told reporters on Monday that the club had appealed. "We have nowhere else to skate," Tolleshunt said.',
        ),
    )
    assert _speaker_of(archive, "m3").isdisjoint(_speaker_of(archive, "m1") | _speaker_of(archive, "m2"))


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Lucinda Mallin chairs the harbour committee.", "b1"),
        ("Cuthbert Mallin skippers the morning ferry.", "b2"),
        ("Lucinda Mallin and Cuthbert Mallin met at the quay.", None),  # both: unsure, kept apart
        ("Mallin met reporters at the quay.", None),  # neither in full
    ],
)
def test_the_holder_of_a_surname_several_bear_is_named_in_full_by_the_article(
    archive: Archive, tmp_path: Path, text: str, holder: str | None
) -> None:
    _ingest(
        archive,
        tmp_path,
        ("b1", "2027-05-03", "Lucinda Mallin, the harbour councillor, said the quay would reopen on Friday."),
        ("b2", "2027-05-03", "Cuthbert Mallin, a ferry skipper, said the quay had been shut for too long."),
        ("b3", "2027-05-04", '"We will not rush the repairs," Mallin said on Tuesday.'),
    )
    (row,) = [r for r in (get_speaker(archive.connection, sid) for sid in _speaker_of(archive, "b3")) if r]
    assert row.name == "Mallin"
    (s,) = [s for s in article_speakers(archive.connection, "b3") if s.name == "Mallin"]
    wanted = next(iter(_speaker_of(archive, holder))) if holder else None
    assert _surname_holder(archive.connection, row, s, text) == wanted


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_first_surname_alone_is_the_person_named_with_two(
    archive: Archive, tmp_path: Path, order: tuple[int, ...]
) -> None:
    articles = [
        (
            "c1",
            "2027-08-10",
            "Fisheries minister Anselmo de la Olmeda Urquiola said on Tuesday that the fleet would stay in port.",
        ),
        ("c2", "2027-08-11", 'De la Olmeda told a radio station: "The fleet stays in port until the talks end."'),
    ]
    _ingest_each(archive, tmp_path, articles, order)
    assert _one_speaker(archive, "c1", "c2")
    assert archive.speaker("De la Olmeda").name == "Anselmo de la Olmeda Urquiola"


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_first_surname_alone_stays_apart_from_a_name_of_no_two_surname_custom(
    archive: Archive, tmp_path: Path, order: tuple[int, ...]
) -> None:
    articles = [
        (
            "d1",
            "2027-09-06",
            "Valley fund approved\n\nSenator Rosalind Pemberton Voss said on Monday that the valley fund "
            'would reach every hill farm by the spring.\n\n"No farm will be left out," Pemberton Voss said.',
        ),
        (
            "d2",
            "2027-09-08",
            "Harriers held at Ostwick\n\nPemberton, the Harriers striker, said after the match that the grass "
            'had been cut too long.\n\n"The ball kept stopping short," Pemberton said.',
        ),
    ]
    _ingest_each(archive, tmp_path, articles, order)
    assert _speaker_of(archive, "d1").isdisjoint(_speaker_of(archive, "d2"))
    assert "Pemberton" not in archive.speaker("Rosalind Pemberton Voss").aliases


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_first_surname_alone_stays_apart_when_the_articles_give_other_roles(
    archive: Archive, tmp_path: Path, order: tuple[int, ...]
) -> None:
    articles = [
        (
            "e1",
            "2027-09-06",
            "Forestry minister Teodoro de la Vereda Ondarreta said on Tuesday that the pines would be thinned.",
        ),
        ("e2", "2027-09-07", 'De la Vereda, the Corvales Athletic goalkeeper, said: "We lost the match in the rain."'),
    ]
    _ingest_each(archive, tmp_path, articles, order)
    assert _speaker_of(archive, "e1").isdisjoint(_speaker_of(archive, "e2"))


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_first_surname_alone_is_the_person_an_article_in_spanish_names_with_two(
    archive: Archive, tmp_path: Path, order: tuple[int, ...]
) -> None:
    articles = [
        (
            "g1",
            "2027-09-06",
            "El ministro de Montes, Teodoro Velarde Ondarreta, dijo el martes que los pinares se aclararán este "
            'otoño. "Los pinares se aclararán este otoño", dijo Velarde Ondarreta a los periodistas.',
        ),
        ("g2", "2027-09-07", 'Velarde told a radio station: "The pine plantations will be thinned this autumn."'),
    ]
    _ingest_each(archive, tmp_path, articles, order)
    assert _one_speaker(archive, "g1", "g2")


@pytest.mark.parametrize(("given", "same"), [("Teodoro", True), ("Sasha", False)])
def test_a_first_surname_alone_joins_only_when_a_mention_shows_a_gender(
    archive: Archive, tmp_path: Path, given: str, same: bool
) -> None:
    _ingest(
        archive,
        tmp_path,
        (
            "h1",
            "2027-09-06",
            f"Harbour pilot {given} de la Vereda Ondarreta said the channel would be dredged in spring.",
        ),
    )
    _ingest(
        archive, tmp_path, ("h2", "2027-09-07", 'De la Vereda told a radio station: "The channel will be dredged."')
    )
    assert _one_speaker(archive, "h1", "h2") is same


def test_a_first_surname_alone_stays_apart_when_someone_bears_it_as_surname(archive: Archive, tmp_path: Path) -> None:
    _ingest(
        archive,
        tmp_path,
        ("c1", "2027-08-10", "Fisheries minister Anselmo Valdecasas Urquiola said the fleet would stay in port."),
        ("c2", "2027-08-10", "Anselma Valdecasas, a trawler owner, said the fleet had lost a month."),
        ("c3", "2027-08-11", 'Valdecasas told a radio station: "The fleet stays in port until the talks end."'),
    )
    assert _speaker_of(archive, "c3").isdisjoint(_speaker_of(archive, "c1"))


_SHORT_AND_LONG = [
    ("a1", "2027-04-02", "Veltrane Assurance, whose name is on the city's stadium, said it had paused the deal."),
    ("a2", "2027-04-02", 'A Veltrane spokeswoman said: "We will not renew anything until the inquiry reports."'),
]


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_company_taken_for_a_person_is_the_company_named_by_its_first_word(
    archive: Archive, tmp_path: Path, order: tuple[int, int]
) -> None:
    _ingest_each(archive, tmp_path, _SHORT_AND_LONG, order)
    assert _one_speaker(archive, "a1", "a2")
    speaker = archive.speaker("Veltrane Assurance")
    assert speaker.kind == "organisation"
    assert speaker.name == "Veltrane Assurance"


def test_a_company_taken_for_a_person_in_the_same_article(archive: Archive, tmp_path: Path) -> None:
    _ingest(archive, tmp_path, ("a1", "2027-04-02", " ".join(text for _, _, text in _SHORT_AND_LONG)))
    assert len(_speaker_of(archive, "a1")) == 1


def test_a_person_with_a_role_is_no_company_named_by_the_first_word(archive: Archive, tmp_path: Path) -> None:
    _ingest(
        archive,
        tmp_path,
        ("a1", "2027-04-02", "Dessau Pelgrim, the club's treasurer, said the accounts were in order."),
        ("a2", "2027-04-02", 'A Dessau spokeswoman said: "We will not renew anything until the inquiry reports."'),
    )
    assert _speaker_of(archive, "a1").isdisjoint(_speaker_of(archive, "a2"))


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Dr R. T. Ashvale of Tarnby University", "Dr R. T. Ashvale"),
        ("Ines Marlow of the Kelby Institute", "Ines Marlow"),
        ("Bank of Tarnby", None),  # a body's name
        ("Dr Ashvale of Tarnby University", None),  # one word of a name: unsure
        ("Ministry of Finance of Estmark", None),
    ],
)
def test_a_person_of_a_body_read_as_a_body_is_that_person(name: str, person: str | None) -> None:
    found = _person_of_a_body(ArticleSpeaker(local_id="s1", name=name, kind="organisation", names=(name,)))
    assert (found.name if found.kind == "person" else None) == person


def test_a_titled_person_of_a_body_is_the_person_another_article_names(archive: Archive, tmp_path: Path) -> None:
    _ingest(
        archive,
        tmp_path,
        ("a1", "2027-03-10", "Roderick Ashvale, a geologist, said the hole was natural."),
        (
            "a2",
            "2027-03-11",
            "Geologist Dr R. T. Ashvale of Tarnby University says the ground gave way by itself.",
        ),
    )
    assert _one_speaker(archive, "a1", "a2")


@pytest.mark.parametrize(
    ("names", "gender", "company"),
    [
        # its article writes its initials beside it: a body, read as a person
        (("Upland Fisheries Office", "UFO"), None, True),
        # a gender: a person, whatever initials the article writes
        (("Upland Fisheries Office", "UFO"), "f", False),
        # no initials written and no body of the corpus named by them
        (("Upland Fisheries Office",), None, False),
    ],
)
def test_a_person_whose_article_writes_its_initials_is_a_body(
    archive: Archive, names: tuple[str, ...], gender: str | None, company: bool
) -> None:
    from onrecord.model import ArticleSpeaker
    from onrecord.resolve.speakers import _a_company_by_its_short_name

    spoken = ArticleSpeaker("x", names[0], "person", gender, names, ())
    assert _a_company_by_its_short_name(archive._conn, spoken) is company


def test_a_person_whose_initials_name_a_body_of_the_corpus_is_that_body(archive: Archive) -> None:
    from onrecord.model import ArticleSpeaker
    from onrecord.resolve.speakers import _a_company_by_its_short_name, _companies_read_as_people, organisation_key
    from onrecord.store.speakers import SpeakerRow, upsert_speaker

    conn = archive._conn
    upsert_speaker(conn, SpeakerRow("o:ufo", "UFO", "organisation", organisation_key("UFO"), None, None))
    spoken = ArticleSpeaker("x", "Upland Fisheries Office", "person", None, ("Upland Fisheries Office",), ())
    assert _a_company_by_its_short_name(conn, spoken)
    # ... and the initials find the body read as a person, not a person of the same first letter
    office = SpeakerRow("p:ufo", "Upland Fisheries Office", "person", "upland fisheries office", None, None)
    upsert_speaker(conn, office)
    upsert_speaker(conn, SpeakerRow("p:ub", "Ulla Brandt", "person", "ulla brandt", "brandt", "f"))
    found = _companies_read_as_people(conn, "UFO", organisation_key("UFO"))
    assert [r.id for r in found] == ["p:ufo"]


def test_a_relative_named_by_a_part_of_a_hyphenated_given_name_is_no_one_speaker(
    archive: Archive, tmp_path: Path
) -> None:
    text = (
        "ESKVIK — Rune-Tobias Hallgren, the harbour master of Eskvik, said on Monday the quay would reopen. "
        '"It will be ready by June," Hallgren said.\n\n'
        "His nephew Tobias Hallgren, 27, who runs a boat yard, said nobody had asked the yards. "
        '"We heard it on the radio," Tobias Hallgren said.'
    )
    _ingest(archive, tmp_path, ("a1", "2027-03-15", text))
    names = {q.speaker.name for q in archive.quotes(article="a1") if q.speaker}
    assert names == {"Rune-Tobias Hallgren", "Tobias Hallgren"}


def test_the_fuller_hyphenated_given_name_stays_the_display_name(archive: Archive, tmp_path: Path) -> None:
    # the same person, named twice by the part and once in full: the full name is the one shown
    first = "Coach Mai-Lis Orvik said on Monday that the team would not travel."
    _ingest(archive, tmp_path, ("a1", "2027-03-15", first))
    _ingest(
        archive,
        tmp_path,
        ("a2", "2027-03-16", "Coach Lis Orvik said on Tuesday that the team was staying home."),
        ("a3", "2027-03-17", "Coach Lis Orvik said on Wednesday that the bus had been cancelled."),
    )
    assert _one_speaker(archive, "a1", "a2", "a3")
    assert {q.speaker.name for q in archive.quotes() if q.speaker} == {"Mai-Lis Orvik"}


def test_an_acronym_read_while_two_names_went_by_it_is_the_body_they_became(archive: Archive, tmp_path: Path) -> None:
    _ingest(
        archive,
        tmp_path,
        ("en", "2027-11-03", "The Harbour Pilots' Guild (HPG) said on Monday that the Orlen channel would close."),
        (
            "pt",
            "2027-11-04",
            "O canal de Orlen vai fechar, disse na segunda-feira a Associação dos Pilotos da Barra (HPG).",
        ),
        ("short", "2027-11-05", "Dredging would take nine days, the HPG said on Wednesday."),
    )
    assert _speaker_of(archive, "short") == _speaker_of(archive, "en") != set()


@pytest.mark.parametrize("cyrillic_first", [True, False])
def test_a_dutch_surname_another_script_writes_with_u_is_one_person(
    archive: Archive, tmp_path: Path, cyrillic_first: bool
) -> None:
    articles = [
        ("nl", "2027-06-08", "Engineer Joris van der Snoek said the valve had been replaced on Tuesday."),
        ("mk", "2027-06-09", "„Вентилот е заменет“, изјави Снук во вторник."),
    ]
    for article in reversed(articles) if cyrillic_first else articles:
        _ingest(archive, tmp_path, article)
    assert _speaker_of(archive, "nl") == _speaker_of(archive, "mk") != set()


@pytest.mark.parametrize(
    ("written", "person"),
    [
        ("Г.Саран", "p:saran-ganbatar"),  # Mongolian: the father's initial, then the given name
        ("G.Saran", "p:saran-ganbatar"),
        ("Б. Орлик", "p:boris-orlik"),  # Russian: the given name's initial, then the surname
        ("Т.Саран", None),  # another father's initial
        ("Н.Орлик", None),
    ],
)
def test_an_initial_and_one_name_are_the_one_person_they_fit(
    archive: Archive, tmp_path: Path, written: str, person: str | None
) -> None:
    _ingest(
        archive,
        tmp_path,
        ("a1", "2027-04-02", "Saran Ganbaatar, the museum's director, said the saddles would return in May."),
        ("a2", "2027-04-02", "Boris Orlik, a curator, said the cups were too fragile to fly."),
        ("a3", "2027-04-02", "Anna Orlik, his sister, said the family would wait."),
    )
    parts = name_key(written).split()
    assert _by_initial_and_name(archive.connection, written, None, parts) == person


def test_an_initial_and_a_name_read_first_fold_into_the_full_name(archive: Archive, tmp_path: Path) -> None:
    _ingest(archive, tmp_path, ("a1", "2027-04-01", "G.Saran said on Tuesday that the saddles would return in May."))
    _ingest(
        archive,
        tmp_path,
        ("a2", "2027-04-02", "Saran Ganbaatar, the museum's director, said the saddles would return in May."),
    )
    assert _speaker_of(archive, "a1") == _speaker_of(archive, "a2") != set()


@pytest.mark.parametrize("zoo_first", [True, False])
def test_the_union_is_no_union_only_another_story_names(archive: Archive, tmp_path: Path, zoo_first: bool) -> None:
    zoo = (
        "z1",
        "2027-04-06",
        "Keepers at Harwell Zoo walked out on Monday. The Animal Care Workers' Union said the keepers "
        "had not been paid since February. Zoo director Mirela Count said the animals were fed.",
    )
    bus = (
        "b1",
        "2027-04-07",
        "Bus drivers in Castlemoor began a strike on Tuesday. The United Transport Workers had asked "
        "Castlemoor Transit for a raise of six per cent. Transit chief Owen Farrant offered three per cent. "
        '"That was not enough," the union said.',
    )
    for article in (zoo, bus) if zoo_first else (bus, zoo):
        _ingest(archive, tmp_path, article)
    assert _speaker_of(archive, "z1").isdisjoint(_speaker_of(archive, "b1"))
