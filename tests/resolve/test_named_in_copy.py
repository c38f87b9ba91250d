"""Tests for onrecord.resolve.named_in_copy: a corpus person named by ear in a quote's sentence."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from onrecord.model import Article, ArticleSpeaker, Quote
from onrecord.resolve.named_in_copy import _sentence_words, name_unattributed, named_in
from onrecord.store import connect
from onrecord.store.articles import put_article
from onrecord.store.quotes import put_quotes
from onrecord.store.speakers import SpeakerRow, put_article_speakers, set_article_speaker, upsert_speaker

_TEXT = "وزیر کارل ورنر گفت: «ما پل را می‌بندیم». پیتر سالو هم بود."


def _words_of_quote(text: str) -> list[str]:
    return _sentence_words(text, text.index("«") + 1, text.index("»"))


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
    ],
)
def test_a_quote_with_no_speaker_takes_the_corpus_person_its_sentence_names(
    tmp_path: Path, body: str, speaker: str | None
) -> None:
    conn = _corpus(tmp_path, body, "ما پل را می‌بندیم")
    assert name_unattributed(conn, ["fa1"]) == ({speaker} if speaker else set())
    assert conn.execute("SELECT speaker_id FROM quotes WHERE id = 'q1'").fetchone()[0] == speaker
