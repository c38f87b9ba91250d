"""The day of a date line in a language onrecord has no month names for (invented date lines)."""

from __future__ import annotations

from datetime import date

import pytest

from onrecord.clean.unread_dates import (
    date_line_days,
    date_line_words,
    day_word,
    month_by_ear,
    names_the_days_date,
    unread_header_date,
    weekday_by_ear,
    weekday_heard,
)


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("Mayi", 5),  # its consonants and letters close to "mei", "mai", "may"
        ("Ogasti", 8),
        ("Septhembha", 9),
        ("Октябрьд", 10),  # Cyrillic, by its transliteration
        ("ноябр", 11),  # by the sound of a month's name in another script (Russian "ноябрь")
        ("лістападзе", 11),  # Belarusian's locative, of its genitive "лістапада"
        ("అక్టోబర్", 10),  # Telugu, transliterated as Devanagari is
        ("Mashi", None),  # "ms" is Turkish "mayıs" too: too far from either
        ("March", None),  # a name onrecord knows: the date patterns read it
        ("Issue", None),
    ],
)
def test_month_by_ear(word: str, month: int | None) -> None:
    assert month_by_ear(word) == month


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Lwesibili, 3 Ogasti 2027 | Ezomnotho", "2027-08-03"),
        ("Kigali, Mayi 5, 2026", "2026-05-05"),
        ("2026 оны 11 дүгээр сарын 2, Даваа гараг", "2026-11-02"),  # year, month, day with their words
        ("Ахбор · 3 ноябр 2026", "2026-11-03"),
        ("విజయవాడ, అక్టోబర్ 4, 2026", "2026-10-04"),
        ("Issue 12 of 2027", None),
        ("Vol. 3, 2027, 14 pages", None),
        ("2027 | 10:45", None),
        ("Mashi 3, 2027", None),
    ],
)
def test_unread_header_date(line: str, day: str | None) -> None:
    assert unread_header_date(line) == day


_MONGOLIAN_LIKE = (
    "ӨДРИЙН СОНИН | Спорт\n\nШинэ цэнгэлдэх нээгдэнэ\n\n2026 оны 11 дүгээр сарын 2, Даваа гараг\n\n"
    "Хотын дарга Даваа гарагт мэдэгдэв. Багш Ням гарагт ирэв."
)


def test_the_date_lines_words_and_days() -> None:
    assert {"даваа", "гараг", "оны"} <= date_line_words(_MONGOLIAN_LIKE)
    assert date_line_days(_MONGOLIAN_LIKE) == {"даваа"}  # not the words beside its numbers
    # a capitalised word before another form of the word the date line writes after its weekday
    assert day_word(_MONGOLIAN_LIKE, "Ням", "гарагт")
    assert day_word(_MONGOLIAN_LIKE, "Даваа", "")
    assert not day_word(_MONGOLIAN_LIKE, "Батбаяр", "хэлэв")


def test_a_sentence_that_names_the_date_lines_day() -> None:
    text = "ISIZWE\n\nLwesihlanu, 8 Ogasti 2027\n\nIbhuloho livaliwe."
    assert names_the_days_date(text, "kusho uThandiwe Zwane ngoLwesihlanu.")  # its prefix aside
    assert not names_the_days_date(text, "kusho uThandiwe Zwane ngoMgqibelo.")
    assert not names_the_days_date("No date line here.\n\nA sentence.", "said on Friday")


@pytest.mark.parametrize(
    ("word", "weekday"),
    [
        ("seshanba", 1),  # the consonants of Kazakh "сейсенбі" and Persian "سه‌شنبه": Tuesday
        ("chorshanba", 2),
        ("గురువారం", 3),  # Hindi "गुरुवार" and a case ending: Thursday
        ("સોમવાર", 0),  # Gujarati, as Hindi's (Kannada's "ಸೋಮವಾರ" is among the names read: dates.WEEKDAYS)
        ("чоршанбе", 2),  # Cyrillic, of the Persian name
        ("shunday", None),  # three consonants only: "sunday" by ear, a word for "so"
        ("Mercer", None),  # a capitalised word in a script with capitals is a name as often
        ("Monday", None),  # a known name: the weekday patterns read it
        ("tomorrow", None),
        ("marti", 1),  # three consonants, but spelled as Romanian "marți" without its accent: Tuesday
        ("marta", None),  # as no weekday is spelled
        ("rabu", None),  # a known name's spelling, but too short to be heard by it alone
    ],
)
def test_weekday_by_ear(word: str, weekday: int | None) -> None:
    assert weekday_by_ear(word) == weekday


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("dedi vazir Olim Karimov seshanba kuni", "2026-11-03"),  # the Tuesday before a Thursday
        ("అని మంత్రి గురువారం చెప్పారు", "2026-11-05"),  # the day itself
        ("dedi vazir dushanba va chorshanba kuni", None),  # two days
        ("dedi vazir Olim Karimov", None),
    ],
)
def test_weekday_heard(words: str, day: str | None) -> None:
    found = weekday_heard(words, date(2026, 11, 5))
    assert (found.isoformat() if found else None) == day
