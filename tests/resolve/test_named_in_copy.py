"""Tests for onrecord.resolve.named_in_copy: a corpus person named by ear in a quote's sentence."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from onrecord.model import Article, ArticleSpeaker, Quote
from onrecord.resolve.named_in_copy import _sentence_sides, name_unattributed, named_in
from onrecord.resolve.speakers import _heard_in_full
from onrecord.store import connect
from onrecord.store.articles import put_article
from onrecord.store.quotes import put_quotes
from onrecord.store.speakers import SpeakerRow, put_article_speakers, set_article_speaker, upsert_speaker

_TEXT = "وزیر کارل ورنر گفت: «ما پل را می‌بندیم». پیتر سالو هم بود."


def _words_of_quote(text: str) -> list[str]:
    before, after, _ = _sentence_sides(text, text.index("«") + 1, text.index("»"))
    return before + after


def test_sentence_words_leave_out_the_quotation_and_the_next_sentence() -> None:
    words = _words_of_quote(_TEXT)
    assert "karl" in words
    assert not {"bl", "pl"} & set(words)  # the quotation's own words
    assert not any(w.startswith("sal") for w in words)  # the sentence after


@pytest.mark.parametrize(
    ("name", "named"),
    [
        ("Carl Werner", True),  # Arabic script writes w as v, drops the vowels
        ("Peter Salo", False),  # named in the next sentence only
        ("Karl Brenner", False),  # another surname
        ("Werner", False),  # a surname alone tells nothing
    ],
)
def test_named_in_a_sentence_in_arabic_script(name: str, named: bool) -> None:
    assert named_in(name, _words_of_quote(_TEXT)) is named


@pytest.mark.parametrize(
    ("name", "words", "named"),
    [
        ("Ivo Berg", ["ivo", "berg"], True),
        ("Jonas Keller", ["ionas", "kele"], True),  # a final r the script leaves unwritten
        ("Jonas Kelle", ["ionas", "keler"], True),
        ("Jonas Keller", ["ionas", "kelt"], False),
        ("Jonas Keller", ["keler", "ionas"], False),  # the words in their order
        ("Ivo Berg", ["ivo"], False),
    ],
)
def test_named_in_word_for_word(name: str, words: list[str], named: bool) -> None:
    assert named_in(name, words) is named


def _corpus(tmp_path: Path, body: str, quoted: str) -> sqlite3.Connection:
    """An archive of an English article quoting Carl Werner and ``body``, whose quotation of
    ``quoted`` has no speaker."""
    conn = connect(tmp_path / "copy.db")
    english = "Carl Werner said the bridge would close."
    put_article(conn, Article("en1", english, english, english, ((0, 0, len(english)),), "h1", published="2026-03-02"))
    upsert_speaker(conn, SpeakerRow("p:carl-verner", "Carl Werner", "person", "karl verner", "verner", "m"))
    put_article_speakers(conn, "en1", [ArticleSpeaker("s1", "Carl Werner", "person")])
    set_article_speaker(conn, "en1", "s1", "p:carl-verner")
    put_article(conn, Article("fa1", body, body, body, ((0, 0, len(body)),), "h2", published="2026-03-02"))
    start = body.index(quoted)
    put_quotes(
        conn, "fa1", [Quote("q1", "fa1", "direct", quoted, start, start + len(quoted), None, None, language="fa")]
    )
    return conn


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (_TEXT, "p:carl-verner"),  # the sentence writes his name by ear
        ("پیتر سالو گفت: «ما پل را می‌بندیم». کارل ورنر هم بود.", None),  # named in the next sentence only
        ("ሚኒስትር ካርል ቨርነር ብሰኑይ፡ «ما پل را می‌بندیم» ኢሉ።", "p:carl-verner"),  # in Ethiopic syllables
        ("ሚኒስትር ካርል ብረነር ብሰኑይ፡ «ما پل را می‌بندیم» ኢሉ።", None),  # another surname
        # in Canadian syllabics, the r before a consonant a long vowel (ᑳᓪ "Kaal"), the final r unwritten
        ('ᒥᓂᔅᑕ ᑳᓪ ᕙᓈ ᐅᖃᖅᑐᖅ: "ما پل را می‌بندیم"', "p:carl-verner"),
        ('ᒥᓂᔅᑕ ᑳᓪ ᐸᓂᒃ ᐅᖃᖅᑐᖅ: "ما پل را می‌بندیم"', None),
    ],
)
def test_a_quote_with_no_speaker_takes_the_corpus_person_its_sentence_names(
    tmp_path: Path, body: str, speaker: str | None
) -> None:
    conn = _corpus(tmp_path, body, "ما پل را می‌بندیم")
    assert name_unattributed(conn, ["fa1"]) == ({speaker} if speaker else set())
    assert conn.execute("SELECT speaker_id FROM quotes WHERE id = 'q1'").fetchone()[0] == speaker


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        # the name answered, not the speaker: "in reply to Carl Werner, the minister"
        ("وجاء في بيان الحزب ردا على الوزير كارل ورنر: «الجسر لن يغلق»", "الجسر لن يغلق", None),
        # another speaker the corpus does not know, replying to Carl Werner
        ("وكتب النائب رامي عواد ردا على الوزير كارل ورنر: «الجسر لن يغلق»", "الجسر لن يغلق", None),
        # the name far from the quotation: the subject of the sentence is someone else
        ("در پاسخ به کارل ورنر، وزیر راه، نمایندگان شهر نوشتند: «پل بسته نمی‌شود»", "پل بسته نمی‌شود", None),
        # the name next to its verb of saying and the quotation
        ("کارل ورنر، وزیر راه، گفت: «پل بسته نمی‌شود»", "پل بسته نمی‌شود", "p:carl-verner"),
    ],
)
def test_a_name_answered_or_far_from_the_quotation_is_not_its_speaker(
    tmp_path: Path, body: str, quoted: str, speaker: str | None
) -> None:
    conn = _corpus(tmp_path, body, quoted)
    assert name_unattributed(conn, ["fa1"]) == ({speaker} if speaker else set())
    assert conn.execute("SELECT speaker_id FROM quotes WHERE id = 'q1'").fetchone()[0] == speaker


@pytest.mark.parametrize(
    ("name", "words", "lossy", "named"),
    [
        ("Ida Falk", ["ida", "volk"], False, False),  # Cyrillic and Greek tell v from f
        ("Ida Falk", ["ida", "balk"], False, False),
        ("Ida Falk", ["ida", "falk"], False, True),
        ("Ida Falk", ["ida", "falk"], True, True),
        ("Ida Fulk", ["ida", "fulk"], True, True),  # Arabic ف writes v and f alike
        ("Carl Werner", ["karl", "verner"], False, True),  # w and v, as Devanagari व
    ],
)
def test_only_a_script_that_loses_letters_folds_them(name: str, words: list[str], lossy: bool, named: bool) -> None:
    assert named_in(name, words, lossy=lossy) is named


def test_a_cyrillic_sentence_does_not_hear_a_v_as_an_f(tmp_path: Path) -> None:
    body = "«Мост закроют», — заявил Карл Фернер журналистам."
    conn = _corpus(tmp_path, body, "Мост закроют")
    assert name_unattributed(conn, ["fa1"]) == set()


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # far from the quotation, in a subordinate clause about something else: not the speaker
        (
            "نمایندگان که هفته پیش با کارل ورنر درباره هزینه ساخت جاده دیدار کرده بودند نوشتند: «پل بسته نمی‌شود»",
            None,
        ),
        # far, but his statement read on his behalf by a deputy
        (
            "د وزیر کارل ورنر په استازیتوب د هغه مرستیال د سه‌شنبې په ورځ یو بیان ولوست: «پل بسته نمی‌شود»",
            "p:carl-verner",
        ),
    ],
)
def test_a_far_name_speaks_only_when_its_words_are_read_on_its_behalf(
    tmp_path: Path, body: str, speaker: str | None
) -> None:
    conn = _corpus(tmp_path, body, "پل بسته نمی‌شود")
    assert name_unattributed(conn, ["fa1"]) == ({speaker} if speaker else set())


@pytest.mark.parametrize(
    ("written", "named"),
    [
        ("Ίντα Βολκ", False),  # Greek writes v (β) and f (φ) apart
        ("Ида Волк", False),  # so does Cyrillic
        ("Ида Фальк", True),
        ("ايدا فالك", True),  # Arabic ف is f and v alike
    ],
)
def test_a_name_in_a_script_that_tells_v_from_f_is_not_heard_as_another(written: str, named: bool) -> None:
    assert _heard_in_full(written, "Ida Falk") is named


def test_an_article_before_a_name_in_latin_letters_is_no_reply_word(tmp_path: Path) -> None:
    body = "La ministra Carla Werner dijo: «El puente no se cierra»."
    conn = _corpus(tmp_path, body, "El puente no se cierra")
    conn.execute("UPDATE speakers SET name = 'Carla Werner' WHERE id = 'p:carl-verner'")
    assert name_unattributed(conn, ["fa1"]) == {"p:carl-verner"}


def _named_person(tmp_path: Path, body: str, quoted: str, name: str) -> sqlite3.Connection:
    """:func:`_corpus` with its corpus person renamed ``name``."""
    conn = _corpus(tmp_path, body, quoted)
    conn.execute("UPDATE speakers SET name = ? WHERE id = 'p:carl-verner'", (name,))
    return conn


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "he added:" after a sentence of the same paragraph that names him
        ("کارل ورنر روز سه‌شنبه گفت که جاده باز می‌ماند. او افزود: «ما پل را می‌بندیم».", "p:carl-verner"),
        # the sentence before names no one the corpus knows
        ("پیتر سالو روز سه‌شنبه گفت که جاده باز می‌ماند. او افزود: «ما پل را می‌بندیم».", None),
        # the name is in the paragraph before, not in the quotation's
        ("کارل ورنر روز سه‌شنبه گفت که جاده باز می‌ماند.\n\nاو افزود: «ما پل را می‌بندیم».", None),
        # the quotation's own sentence is long: it may name its own speaker, whom the corpus does not know
        (
            "کارل ورنر روز سه‌شنبه گفت که جاده باز می‌ماند. معاون شهردار شهر بندر سالو اوتانن افزود: «ما پل را می‌بندیم».",
            None,
        ),
    ],
)
def test_a_follow_on_quotation_takes_the_one_person_named_before_it_in_its_paragraph(
    tmp_path: Path, body: str, speaker: str | None
) -> None:
    conn = _corpus(tmp_path, body, "ما پل را می‌بندیم")
    assert name_unattributed(conn, ["fa1"]) == ({speaker} if speaker else set())


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('Carl Werner alisema Jumanne kwamba barabara itabaki wazi. "Tutafunga daraja," aliongeza.', "p:carl-verner"),
        # a capitalised word in the quotation's sentence: a name the corpus may not know
        ('Carl Werner alisema Jumanne kwamba barabara itabaki wazi. "Tutafunga daraja," aliongeza Tomas Ek.', None),
    ],
)
def test_a_follow_on_in_a_script_with_capitals_names_no_one_else(
    tmp_path: Path, body: str, speaker: str | None
) -> None:
    conn = _corpus(tmp_path, body, "Tutafunga daraja")
    assert name_unattributed(conn, ["fa1"]) == ({speaker} if speaker else set())


def test_a_surname_of_two_parts_alone_names_its_person(tmp_path: Path) -> None:
    body = "«پل بسته نمی‌شود»، لوند-برگ در بیانیه گفت."
    conn = _named_person(tmp_path, body, "پل بسته نمی‌شود", "Ana Lund-Berg")
    assert name_unattributed(conn, ["fa1"]) == {"p:carl-verner"}


def test_a_w_inside_a_name_is_heard_as_arabic_scripts_u(tmp_path: Path) -> None:
    body = "آدا کووال گفت: «پل بسته نمی‌شود»"
    conn = _named_person(tmp_path, body, "پل بسته نمی‌شود", "Ada Kowal")
    assert name_unattributed(conn, ["fa1"]) == {"p:carl-verner"}


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a sentence of the writer's own between (the harbour's fishermen are angry): the follow-on's
        # "said their chairman" is not the next thing the man named first said
        (
            "Carl Werner alisema Jumanne kwamba barabara itabaki wazi. Wavuvi wa bandari wamekasirika sana"
            ' juu ya uamuzi huo. "Tutafunga daraja," alisema mwenyekiti wao.',
            None,
        ),
        # only quotations between: his own words of two sentences, then "he added"
        (
            "کارل ورنر روز سه‌شنبه گفت: «جاده باز می‌ماند. ما هیچ برنامه‌ای برای بستن آن در این سال نداریم». او افزود:"
            " «ما پل را می‌بندیم».",
            "p:carl-verner",
        ),
    ],
)
def test_a_follow_on_takes_the_person_of_the_nearest_sentence_that_names_one(
    tmp_path: Path, body: str, speaker: str | None
) -> None:
    quoted = "Tutafunga daraja" if "Tutafunga" in body else "ما پل را می‌بندیم"
    conn = _corpus(tmp_path, body, quoted)
    assert name_unattributed(conn, ["fa1"]) == ({speaker} if speaker else set())


def test_a_bare_pronoun_and_verb_go_on_across_a_writer_s_sentence(tmp_path: Path) -> None:
    # "He said on Tuesday that ...": a sentence of the writer's between, of the same man
    body = (
        "Carl Werner ni mkurugenzi wa bandari. Alisema Jumanne kwamba barabara itabaki wazi kwa miezi"
        ' mitatu zaidi. "Tutafunga daraja," alisema.'
    )
    conn = _corpus(tmp_path, body, "Tutafunga daraja")
    assert name_unattributed(conn, ["fa1"]) == {"p:carl-verner"}
