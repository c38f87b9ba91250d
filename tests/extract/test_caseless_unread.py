"""The speaker of a quotation in a caseless script with no language data (an invented Nepali-like
article, read as if onrecord had no entry for its language)."""

from __future__ import annotations

from onrecord.extract.caseless_unread import caseless_text
from onrecord.extract.foreign import find_foreign_candidates

_ARTICLE = (
    "सहरको पुल बन्द भयो।\n\n"
    "मेयर मारिया कोवाल्स्का बिहीबार पत्रकारसँग कुरा गरिन्। "
    '"पुल अर्को हप्ता खुल्नेछ," कोवाल्स्काले भनिन्।\n\n'
    "पुलको काम सुरु भयो। नदीको पानी बढ्यो। सहरमा मानिसहरू खुसी छन्। बजार खुला छ। विद्यालय पनि खुला छ।\n\n"
    '"हामी सबै तयार छौं," कोवाल्स्का भन्छिन्।'
)


def _speakers(text: str) -> list[tuple[str, str | None]]:
    analysis = find_foreign_candidates(text, "")
    return [(text[c.start : c.end], c.mention.name if c.mention else None) for c in analysis.candidates]


def test_a_name_by_its_given_name_and_its_recurrence() -> None:
    # a known given name before a word: the name, whole; the surname alone later (in another case
    # first) is the same person's
    found = _speakers(_ARTICLE)
    assert ("पुल अर्को हप्ता खुल्नेछ", "मारिया कोवाल्स्का") in found
    assert ("हामी सबै तयार छौं", "मारिया कोवाल्स्का") in found


def test_a_recurring_word_with_no_given_name_is_no_one() -> None:
    # a town written twice, never after a given name
    text = "नदी सहरमा बाढी आयो। नदी सहरका मानिसहरू डराए। बजार बन्द भयो। पसल बन्द भयो।\n\n" + (
        '"पानी बढिरहेको छ," नदी सहरका एक बासिन्दाले भने।'
    )
    assert all(name is None for _, name in _speakers(text))


def test_caseless_text() -> None:
    assert caseless_text(_ARTICLE)
    assert not caseless_text("The bridge is closed, the mayor said.")


# Sinhala-like: a script that writes a foreign name's vowels long ("ලීනා", Liinaa: Lina)
_SINHALA_LIKE = (
    "නගරයේ පාලම වසා ඇත.\n\n"
    "ගංගාවේ ජලය ඉහළ ගොස් ඇත. වෙළඳපොළ විවෘතව ඇත. පාසල් ද විවෘතව ඇත. මිනිසුන් සතුටින් සිටිති.\n\n"
    "බස් රථ ධාවනය වේ. දුම්රිය ප්‍රමාද වී ඇත. කඩ සාප්පු වසා නැත.\n\n"
    "“පාලම ලබන සතියේ විවෘත වේ,” යැයි ජූලි උත්සවයේදී ඉංජිනේරු ලීනා කොවල්ස්කා පැවසීය.\n\n"
    "“අපි සූදානම්,” යැයි කොවල්ස්කා පැවසීය."
)


def test_a_given_name_written_with_long_vowels_and_no_months_name() -> None:
    # "ජූලි" (Juuli, Juli) before a word is a month's name, not a given name; "ලීනා" (Liinaa) is Lina
    found = _speakers(_SINHALA_LIKE)
    assert ("පාලම ලබන සතියේ විවෘත වේ", "ලීනා කොවල්ස්කා") in found
    assert ("අපි සූදානම්", "ලීනා කොවල්ස්කා") in found


def test_a_name_kept_in_latin_letters_is_no_speaker() -> None:
    # the radio station's name glossed in its own letters, in parentheses, in the cue's sentence:
    # the person is the one written in the article's letters
    text = (
        "सहरको पुल बन्द भयो।\n\n"
        "मेयर मारिया कोवाल्स्का बिहीबार रेडियो तारा (Radio Tara) सँग कुरा गरिन्। "
        '"पुल अर्को हप्ता खुल्नेछ," कोवाल्स्काले भनिन्।\n\n'
        "पुलको काम सुरु भयो। नदीको पानी बढ्यो। सहरमा मानिसहरू खुसी छन्। बजार खुला छ। विद्यालय पनि खुला छ।"
    )
    assert ("पुल अर्को हप्ता खुल्नेछ", "मारिया कोवाल्स्का") in _speakers(text)


def test_a_cyrillic_article_names_its_speaker_in_its_own_letters() -> None:
    # an invented Cyrillic article, no data for its language: the agency keeps its Latin name
    text = (
        "Көпүрө жабылды.\n\n"
        "Шаардын мэри Оскар Бельмонте Nordwire агенттигине берген маалыматында: "
        "«Көпүрө кийинки жумада ачылат», — деди."
    )
    found = _speakers(text)
    assert found and found[0][1] == "Оскар Бельмонте"


def test_a_latin_name_read_as_a_cues_subject_speaks_where_the_language_has_data() -> None:
    # Russian, with its cues: the group's Latin name is the subject of "указала"
    text = (
        "Завод закрыли в понедельник. Рабочие недовольны решением руководства компании.\n\n"
        "Экологическая организация Greenfield Watch в своем докладе указала, что дым сместился на юг, "
        "к садам в Олдбери.\n\n"
        "Завод обеспечивает работой 300 человек."
    )
    analysis = find_foreign_candidates(text, "ru")
    assert [c.mention.name if c.mention else None for c in analysis.candidates] == ["Greenfield Watch"]
