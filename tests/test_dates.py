from __future__ import annotations

import re

import pytest

from onrecord.dates import (
    MONTHS,
    WEEKDAYS,
    day_ordinal,
    find_dates,
    infer_year,
    parse_date,
    to_date,
    weekday_alternation,
    weekday_number,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-12-11", "2025-12-11"),
        ("2025-12-11T09:08:00Z", "2025-12-11T09:08:00+00:00"),
        ("Wed, 10 Dec 2025 09:08:00 GMT", "2025-12-10T09:08:00+00:00"),
        ("Wed, 10 Dec 2025 09:08:00 +0300", "2025-12-10T09:08:00+03:00"),
        ("09:08 GMT 10.12.2025", "2025-12-10T09:08:00+00:00"),
        ("10.12.2025", "2025-12-10"),  # day first
        ("03/04/2026", "2026-04-03"),
        ("12/25/2025", "2025-12-25"),  # the first number cannot be a month
        ("December 11, 2025 at 3:45 p.m. ET", "2025-12-11T15:45:00-05:00"),
        ("11 December 2025", "2025-12-11"),
        ("Dec. 11, 2025", "2025-12-11"),
        # a monitoring service's header: an abbreviated month and a two-digit year
        ("Source: Kestel Radio, Varna, in Bulgarian 0930 gmt 4 Feb 27", "2027-02-04"),
        ("21 Oct 26 | Ref: MON-261021-007 | Translated from Bulgarian", "2026-10-21"),
        # a wire's slug line: day, month and year joined by hyphens
        ("03-02-2027 08:40 AEDT", "2027-02-03T08:40:00+11:00"),
        ("14-11-2026", "2026-11-14"),
        # Dutch, Swedish and Ukrainian months
        ("woensdag 10 maart 2027", "2027-03-10"),
        ("den 11 juni 2027", "2027-06-11"),
        ("5 вересня 2027, 10:20", "2027-09-05T10:20:00"),
        ("17 mei 2027", "2027-05-17"),
        # Serbian (Cyrillic) and Swahili months
        ("Друштво · 21. јун 2027.", "2027-06-21"),
        ("Alhamisi, 3 Septemba 2027", "2027-09-03"),
        # Finnish, Arabic (the month's two names), Hindi and Chinese dates
        ("tiistaina 18. toukokuuta 2027", "2027-05-18"),
        ("الخميس 9 أبريل/نيسان 2027", "2027-04-09"),
        ("दिल्ली, 12 सितंबर 2027", "2027-09-12"),
        ("记者 2027年10月5日", "2027-10-05"),
        # Basque writes the year first with its genitive; Zulu and Sinhala months
        ("Gasteiz, 2026ko urriaren 14an, 09:30", "2026-10-14T09:30:00"),
        ("Lwesine, 3 Disemba 2026", "2026-12-03"),
        ("මහනුවර, ජූනි 2, 2026", "2026-06-02"),
        ("not a date", None),
        # found by fuzzing: an offset of a day or more is no zone (it raised ValueError)
        ("2025-12-11T09:08:00+99:00", None),
        ("2025-12-11T09:08:00+24:00", None),
        ("10.12.2025 09:08 +2400", "2025-12-10T09:08:00"),
        ("2025-12-11T09:08:00-23:59", "2025-12-11T09:08:00-23:59"),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value: str | None, expected: str | None) -> None:
    assert parse_date(value) == expected


def test_dates_without_year_need_a_default() -> None:
    assert find_dates("Moscow, Dec 11 (IANS)") == []
    found = find_dates("Moscow, Dec 11 (IANS)", default_year=2025)
    assert [(f.iso, f.year_known) for f in found] == [("2025-12-11", False)]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 Feb 27 volunteers cleared the beach.",  # a count after the date, not its year
        "Voting closes on 17 May 27 hours from now.",  # "May" is a full name, not an abbreviation
        "The 2027-2028 season opens in 10-12 weeks.",  # a range of years, a range of weeks
    ],
)
def test_no_two_digit_year_or_hyphenated_date_in_running_text(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Ngày 14/9, tòa án đã tuyên", ["2027-09-14"]),  # after the Vietnamese word for "day"
        ("Hai phần 3/4 số phiếu", []),  # a fraction alone is no date
        ("ngày 31/2", []),  # no such day
    ],
)
def test_a_day_and_month_in_numerals_after_the_word_for_day(text: str, iso: list[str]) -> None:
    assert [f.iso for f in find_dates(text, default_year=2027)] == iso


def test_find_dates_keeps_positions_and_order() -> None:
    text = "09:08 GMT 10.12.2025 (Updated: 09:22 GMT 10.12.2025)"
    found = find_dates(text)
    assert [f.iso for f in found] == ["2025-12-10T09:08:00+00:00", "2025-12-10T09:22:00+00:00"]
    assert text[found[0].start : found[0].end] == "09:08 GMT 10.12.2025"


def test_to_date() -> None:
    assert str(to_date("2025-12-10T09:08:00+00:00")) == "2025-12-10"
    assert to_date("garbage") is None


@pytest.mark.parametrize(
    ("month", "day", "text", "weekday", "year"),
    [
        # wire copy names the day it files: 18 March falls on a Thursday in 2027 (and 2021)
        (3, 18, "The company said on Thursday it would keep supplying. Prices rose in 2021 and 2026.", None, 2027),
        # a live blog's day heading gives its own weekday; years after next year are plans
        (5, 5, "Completion is expected in 2028; traffic should double by 2030.", 2, 2027),
        (9, 21, "The court ruled on Tuesday. The mine was approved in 2025.", None, 2027),
        # a Vietnamese Thursday by its capital or after "vào"
        (3, 18, "Lần thứ năm, bà nói hôm thứ Năm rằng giá sẽ tăng.", None, 2027),
        (3, 18, "Bà nói vào thứ năm rằng giá sẽ tăng.", None, 2027),
    ],
)
def test_a_year_is_inferred_from_the_weekdays_the_text_names(
    month: int, day: int, text: str, weekday: int | None, year: int
) -> None:
    assert infer_year(month, day, text, this_year=2026, weekday=weekday) == year


@pytest.mark.parametrize(
    "text",
    [
        "No weekday is named anywhere in this text.",
        "He spoke on Monday and again on Friday.",  # two weekdays, named as often: no telling
        "Đây là lần thứ năm bà nói vậy.",  # lower case: the ordinal "fifth", no weekday
    ],
)
def test_no_year_is_inferred_without_a_weekday_to_go_by(text: str) -> None:
    assert infer_year(3, 18, text, this_year=2026) is None


@pytest.mark.parametrize(
    ("text", "lede", "year"),
    [
        # 18 March: Wednesday 2026, Thursday 2027; Monday only in 2024 (too far): Thursday's year
        ("She spoke on Monday and again on Thursday.", None, 2027),
        # the filing day's weekday is named; the day before it as often, the day after it not:
        # 5 May is a Wednesday in 2027, a Tuesday in 2026
        (
            "The union on Wednesday called off the strike. The deal was agreed on Tuesday. On Wednesday "
            "the minister welcomed it. On Tuesday the shares had fallen.",
            None,
            2027,
        ),
        # years scoring alike (18 March: Tuesday 2025, Thursday 2027): the lede's, else the latest
        ("She spoke on Tuesday and again on Thursday.", 1, 2025),
        ("She spoke on Tuesday and again on Thursday.", None, 2027),
        # an earlier occasion named more often than the lede's day: the lede's day is the filing
        # day (18 March: Tuesday 2025, Thursday 2027)
        (
            "The chief told investors on Thursday the loss was larger. On Tuesday he had put it lower. "
            "He had said on Tuesday the review was over. On Tuesday the shares fell.",
            3,
            2027,
        ),
        # a lede that tells of the day before the filing day does not outweigh the filing day's
        # own mentions (18 March: Wednesday 2026, Thursday 2027)
        (
            "The board said on Wednesday it would sell. On Thursday the buyer confirmed it. The unions "
            "met on Thursday. By Thursday evening the deal was signed.",
            2,
            2027,
        ),
    ],
)
def test_the_year_of_a_filing_day_is_scored_by_the_weekdays_near_it(
    text: str, lede: int | None, year: int | None
) -> None:
    month, day = (5, 5) if "union" in text else (3, 18)
    assert infer_year(month, day, text, this_year=2026, lede=lede) == year


@pytest.mark.parametrize(
    ("value", "ordinal"),
    [("2027-03-04", 740044), ("2027-03-04T09:30:00+01:00", 740044), ("", None), (None, None), ("March 4", None)],
)
def test_day_ordinal(value: str | None, ordinal: int | None) -> None:
    assert day_ordinal(value) == ordinal


@pytest.mark.parametrize(
    ("word", "index"),
    [("wtorek", 1), ("środę", 2), ("úterý", 1), ("pátek", 4), ("selasa", 1), ("rabu", 2), ("salı", 1),
     ("çarşamba", 2), ("onsdagen", 2), ("söndagen", 6), ("tirsdag", 1), ("lørdag", 5), ("luni", 0), ("joi", 3),
     ("kedden", 1), ("szerdán", 2), ("τετάρτη", 2), ("κυριακή", 6), ("dijous", 3), ("diumenge", 6),
     ("četvrtak", 3), ("srijedu", 2), ("nedelju", 6), ("уторак", 1), ("недељу", 6), ("jumatano", 2),
     ("ijumaa", 4), ("otrdien", 1), ("svētdien", 6), ("antradienį", 1), ("ketvirtadienio", 3),
     # Malay's own names
     ("isnin", 0), ("khamis", 3), ("jumaat", 4), ("ahad", 6),
     # Icelandic, Estonian, Bulgarian, Slovenian, Slovak, Albanian
     ("miðvikudag", 2), ("föstudaginn", 4), ("teisipäeval", 1), ("pühapäeva", 6), ("сряда", 2), ("петък", 4),
     ("sredo", 2), ("ponedeljek", 0), ("stredu", 2), ("piatok", 4), ("hënën", 0), ("enjten", 3),
     ("منگل", 1), ("جمعہ", 4),
     # Nepali, Bengali, Malayalam, Amharic; Macedonian definite, Georgian dative, Hebrew with "ביום"
     ("बिहीबार", 3), ("রবিবার", 6), ("ബുധനാഴ്ച", 2), ("ማክሰኞ", 1), ("вторникот", 1),
     ("პარასკევს", 4), ("ביום חמישי", 3),
     # Basque (the inessive of "on Tuesday"), Zulu with "on", Mongolian with its word for day, Sinhala
     ("asteartean", 1), ("ngolwesithathu", 2), ("мягмар гарагт", 1), ("සඳුදා", 0),
     # Belarusian (in the accusative of "on Wednesday" too), Afrikaans' own spellings
     ("аўторак", 1), ("сераду", 2), ("нядзеля", 6), ("vrydag", 4), ("sondag", 6),
     # Galician's own, Kyrgyz
     ("luns", 0), ("mércores", 2), ("xoves", 3), ("venres", 4), ("шейшемби", 1), ("бейшемби", 3), ("жекшемби", 6),
     # Scottish Gaelic
     ("diluain", 0), ("dimàirt", 1), ("diciadain", 2), ("diardaoin", 3), ("dihaoine", 4), ("didòmhnaich", 6)],
)
def test_weekdays_of_the_languages_added_as_data(word: str, index: int) -> None:
    assert WEEKDAYS[word] == index


@pytest.mark.parametrize("word", ["minggu", "pazar", "недела", "კვირა", "שני", "շաբաթ", "ngesonto", "мягмар", "жума"])
def test_a_weekday_that_is_also_another_word_is_left_out(word: str) -> None:
    assert word not in WEEKDAYS


@pytest.mark.parametrize("word", ["जुन", "մարտ"])
def test_a_month_that_is_also_another_word_is_left_out(word: str) -> None:
    assert word not in MONTHS


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Rabu, 10 Maret 2027 11:40 WIB", "2027-03-10T11:40:00"),
        ("Khamis, 18 Mac 2027", "2027-03-18"),
        ("Isnin, 9 Ogos 2027", "2027-08-09"),
        ("15 Eylül 2027, Çarşamba", "2027-09-15"),
        ("Wiadomości · 10 marca 2027", "2027-03-10"),
        ("Praha, 21. dubna 2027", "2027-04-21"),
        ("Torsdag 20. maj 2027", "2027-05-20"),
        ("Joi, 11 noiembrie 2027", "2027-11-11"),
        ("Στις 4 Μαΐου 2027", "2027-05-04"),
        # Hungarian writes the year first, and a case ending after the day
        ("Szeged, 2027. április 8.", "2027-04-08"),
        ("2026. október 5-én írta", "2026-10-05"),
        # Latvian and Lithuanian write the year first too, with a word for it ("gada", "m.")
        ("Zemgales Vēstis | 2027. gada 4. jūnijs, 08:15", "2027-06-04T08:15:00"),
        ("2027 m. spalio 3 d.", "2027-10-03"),
        ("Sestdien, 9. oktobrī", None),
        ("E mërkurë, 14 prill 2027", "2027-04-14"),
        ("19. mai 2027, 08:30", "2027-05-19T08:30:00"),
        ("5. október 2027", "2027-10-05"),
        ("12 септември 2027", "2027-09-12"),
        ("Ljubljana, 3. junija 2027", "2027-06-03"),
        # Thai counts the years of the Buddhist era
        ("วันพุธที่ 10 มีนาคม 2570", "2027-03-10"),
        # Welsh, Hausa ("ga" between the day and the month), Kazakh, Tamil
        ("Dydd Iau, 4 Hydref 2027", "2027-10-04"),
        ("Laraba, 6 ga Oktoba, 2027", "2027-10-06"),
        ("3 наурыз 2027, 09:10", "2027-03-03T09:10:00"),
        ("திங்கள், ஜூன் 14, 2027", "2027-06-14"),
        # Macedonian, Somali, Nepali (in Devanagari digits), Armenian (the month in the genitive)
        ("Битола, 12 јуни 2027", "2027-06-12"),
        ("Baydhabo, 16 Sebtember 2027", "2027-09-16"),
        ("शुक्रबार, ७ अक्टोबर २०२७", "2027-10-07"),
        ("Գյումրի, 9 հունիսի 2027", "2027-06-09"),
        # Nepali and Bengali with their own digits, Malayalam, Georgian,
        # Macedonian, Hebrew's month with "ב" (in)
        ("बुधबार, ६ अक्टोबर २०२७", "2027-10-06"),
        ("শুক্রবার, ১২ মার্চ ২০২৭", "2027-03-12"),
        ("18 ഫെബ്രുവരി 2027", "2027-02-18"),
        ("8 აპრილი 2027", "2027-04-08"),
        ("14 октомври 2027", "2027-10-14"),
        ("יום שני, 14 ביוני 2027", "2027-06-14"),
        # Belarusian, Afrikaans
        ("Навіны · 21 кастрычніка 2026", "2026-10-21"),
        ("Vrydag 5 Februarie 2027", "2027-02-05"),
        # Galician
        ("Xoves, 8 de xullo de 2027", "2027-07-08"),
        ("3 de decembro de 2026", "2026-12-03"),
        # Maltese, with "ta'" (of) between the day and the month
        ("Il-Ħamis, 20 ta' Mejju 2027", "2027-05-20"),
        ("9 ta' Awwissu 2026", "2026-08-09"),
    ],
)
def test_months_of_the_languages_added_as_data(text: str, iso: str | None) -> None:
    assert [d.iso for d in find_dates(text)] == ([iso] if iso else [])


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Farming | Issue 7, 4–10 June 2027", "2027-06-04"),  # a weekly's cover: the first day
        ("Vol. 2, 4 - 10 June 2027", "2027-06-04"),
        ("June 4-10, 2027", "2027-06-04"),
        ("Final score 3-1, 10 June 2027", "2027-06-10"),  # no range: a score before a date
    ],
)
def test_a_range_of_days_is_dated_by_its_first_day(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("thứ năm", 3),
        ("chủ nhật", 6),
        ("سه شنبه", 1),
        ("سه\u200cشنبه", 1),
        ("khamis", 3),
        ("biyernes", 4),
        ("ddydd gwener", 4),
        ("dydd sul", 6),
        ("litinin", 0),
        ("сәрсенбі", 2),
        ("வியாழக்கிழமை", 3),
        ("вторникот", 1),
        ("talaadadii", 1),
        ("बिहीबार", 3),
        ("երեքշաբթի", 1),
        ("xoves", 3),
        ("mércores", 2),
        ("шаршемби", 2),
        ("жума күнү", 4),
        ("ಮಂಗಳವಾರ", 1),
        ("nhar l-erbgħa", 2),
    ],
)
def test_weekday_names_of_two_words_and_of_the_newer_languages(name: str, day: int) -> None:
    assert WEEKDAYS[name] == day


def test_a_persian_date_in_persian_digits() -> None:
    assert [d.iso for d in find_dates("چهارشنبه ۲۹ اردیبهشت ۱۴۰۶ — ۱۹ مه ۲۰۲۷")] == ["2027-05-19"]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("said on Monday and on WEDNESDAY", [0, 2]),
        # Vietnamese "thứ" days by their case: the number's capital, or lower case after "vào"
        ("bà nói hôm thứ Năm rằng", [3]),
        ("Thứ  Sáu, ông nói", [4]),
        ("bà nói vào thứ ba rằng", [1]),
        # any whitespace after "vào": two spaces, a line break, a no-break space
        ("bà nói vào  thứ ba rằng", [1]),
        ("bà nói vào\nthứ ba rằng", [1]),
        ("bà nói vào\u00a0thứ ba rằng", [1]),
        ("lần thứ năm bà nói vậy", []),  # the ordinal "fifth"
        ("đứng thứ hai trong danh sách", []),  # "second"
    ],
)
def test_weekdays_are_read_with_the_vietnamese_days_by_case(text: str, days: list[int]) -> None:
    pattern = re.compile(r"\b(" + weekday_alternation(n for n in WEEKDAYS if len(n) > 4) + r")\b", re.I)
    assert [weekday_number(m.group(1)) for m in pattern.finditer(text)] == days


def test_the_english_weekdays_as_running_text_writes_them() -> None:
    from onrecord.dates import ENGLISH_WEEKDAYS

    assert ENGLISH_WEEKDAYS == ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    pattern = re.compile(r"\b(?:" + weekday_alternation(ENGLISH_WEEKDAYS) + r")\b")
    assert [m.group(0) for m in pattern.finditer("late on Friday, not friday")] == ["Friday"]
    # each language's weekdays its own: no Vietnamese day in the English list's pattern
    assert "thứ" not in weekday_alternation(ENGLISH_WEEKDAYS)
    assert pattern.search("ông nói vào Thứ Năm") is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Martes, 14 de decembro de 2027", "2027-12-14"),
        ("Il-Ġimgħa, 9 ta' Lulju 2027", "2027-07-09"),
        ("It-Tnejn, 3 ta’ Ottubru 2027", "2027-10-03"),
    ],
)
def test_galician_and_maltese_date_lines(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)] == [iso]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Irish, in the nominative and with a month of two words; Luxembourgish with its time
        ("Dé Máirt, 4 Samhain 2027", "2027-11-04"),
        ("2 Deireadh Fómhair 2027", "2027-10-02"),
        ("Vum 14. Abrëll 2027, 08:40", "2027-04-14T08:40:00"),
        # Punjabi in Gurmukhi, the nukta letter decomposed and composed
        ("ਸ਼ੁੱਕਰਵਾਰ, 11 ਅਕਤੂਬਰ 2027", "2027-10-11"),
        ("5 \u0a2b\u0a3cਰਵਰੀ 2027", "2027-02-05"),
        ("5 \u0a5eਰਵਰੀ 2027", "2027-02-05"),
        # Khmer: day, month and year each after its word, in Khmer digits
        ("ថ្ងៃសុក្រ ទី៣ ខែតុលា ឆ្នាំ២០២៧", "2027-10-03"),
    ],
)
def test_irish_luxembourgish_punjabi_and_khmer_date_lines(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text)] == [iso]


@pytest.mark.parametrize(
    ("word", "index"),
    [("dé luain", 0), ("déardaoin", 3), ("dé haoine", 4), ("dënschdeg", 1), ("samschdeg", 5),
     ("ਮੰਗਲਵਾਰ", 1), ("\u0a38\u0a3cਨੀਵਾਰ", 5), ("\u0a36ਨੀਵਾਰ", 5), ("ថ្ងៃពុធ", 2), ("ថ្ងៃអាទិត្យ", 6)],
)
def test_irish_luxembourgish_punjabi_and_khmer_weekdays(word: str, index: int) -> None:
    assert WEEKDAYS[word] == index
    assert weekday_number(word.title() if word.isascii() else word) == index


def test_the_khmer_word_for_week_alone_is_no_weekday() -> None:
    assert "អាទិត្យ" not in WEEKDAYS


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("TX: THU 09/12/27 21:00", ["2027-12-09T21:00:00"]),  # 9 December 2027 is a Thursday
        ("TX: Tue 03/09/27", ["2027-03-09"]),  # month first: 9 March 2027 is a Tuesday, 3 September is not
        ("Aired Friday 3.9.27", ["2027-09-03"]),  # day first: 3 September 2027, a Friday
        ("Aired Thurs 9.3.27", []),  # neither 9 March nor 3 September 2027 is a Thursday
        ("Filed 09/12/27 at noon", []),  # no weekday to tell the order or the century by
    ],
)
def test_a_weekday_tells_a_two_digit_years_numeric_date(text: str, iso: list[str]) -> None:
    assert [d.iso for d in find_dates(text)] == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("BASTIA, u 14 di dicembre 2027", ["2027-12-14"]),  # a day "of" its month, as Corsican writes it
        ("PORTU, 3 di marzu 2027", ["2027-03-03"]),
        ("Hè ghjuntu u 4 di i so amichi", []),  # "of" before no month
    ],
)
def test_a_day_of_its_month(text: str, iso: list[str]) -> None:
    assert [d.iso for d in find_dates(text)] == iso
