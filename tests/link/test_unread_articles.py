"""The reports of an article in a language no model reads are all in that language
(:func:`onrecord.link.linker._in_unread_languages`), whatever English-looking words one of them
writes."""

from __future__ import annotations

from onrecord.link import LinkItem
from onrecord.link.embed import covers
from onrecord.link.linker import _in_unread_languages, _translation


def _item(qid: str, text: str, article: str, lang: str | None = None) -> LinkItem:
    return LinkItem(qid, "p:x", text, "direct", lang, 100, article, 0, "2026-01-10")


# an invented Irish-like report whose function words "an", "go" pass for English, and one that does not
_LOOKS_ENGLISH = "Dúnfar an droichead ag meán oíche, agus beidh sé dúnta go ceann seachtaine."
_PLAINLY_NOT = "Caithfidh gach bád fanacht sa chuan anocht."


def test_the_texts_read_alone_as_the_test_expects() -> None:
    assert covers(None, _LOOKS_ENGLISH)
    assert not covers(None, _PLAINLY_NOT)


def test_every_report_of_an_article_in_an_unread_language_is_in_that_language() -> None:
    its = [
        _item("q1", _LOOKS_ENGLISH, "a"),
        _item("q2", _PLAINLY_NOT, "a"),
        _item("q3", "We will close the bridge at midnight and keep it shut for a week.", "b", "en"),
    ]
    marked = _in_unread_languages(its)
    assert marked[0].language == marked[1].language != "en"
    assert marked[2] == its[2]
    # the English-looking wording is now a candidate translation of the English report
    assert not _translation(its[0], its[2])
    assert _translation(marked[0], marked[2])


def test_an_article_of_unknown_language_most_of_whose_reports_read_as_english_is_left() -> None:
    its = [
        _item("q1", "We will close the bridge at midnight and keep it shut for a week.", "a"),
        _item("q2", "Every boat must stay in the harbour until the storm has passed.", "a"),
        _item("q3", _PLAINLY_NOT, "a"),
    ]
    assert _in_unread_languages(its) == its


def test_an_article_that_writes_chinese_characters_is_left() -> None:
    its = [_item("q1", _LOOKS_ENGLISH, "a"), _item("q2", "桥梁将在午夜关闭", "a")]
    assert _in_unread_languages(its) == its
