"""What onrecord reads of each language, as data."""

from __future__ import annotations

from importlib import resources

import pytest

from onrecord.languages import extraction_languages, language, languages


def test_every_language_read_without_the_english_parser_has_a_cue_list() -> None:
    data = resources.files("onrecord.extract").joinpath("data")
    for code in extraction_languages():
        assert code == "uk" or data.joinpath(f"cues_{code}.txt").is_file(), code  # Ukrainian reads the Russian list


@pytest.mark.parametrize(
    ("code", "field", "value"),
    [
        ("de", "pronouns", {"er": "m", "sie": "f"}),
        ("id", "pronouns", {"dia": None, "ia": None, "beliau": None}),
        ("pl", "complementizer", "że|żeby"),
        ("sv", "complementizer", "att"),
        ("tr", "complementizer", None),
        ("ru", "script", "cyrillic"),
        ("cs", "script", "latin"),
        ("es", "pro_drop", True),
        ("de", "pro_drop", False),
        ("tr", "source_postpositions", frozenset({"göre"})),
        ("pl", "source_prepositions", frozenset({"według", "zdaniem"})),
        ("el", "script", "greek"),
        ("da", "complementizer", "at"),
        ("ro", "source_prepositions", frozenset({"potrivit", "conform"})),
        ("hu", "family_name_first", True),
        ("da", "family_name_first", False),
        ("ar", "script", "arabic"),
        ("fa", "script", "arabic"),
        ("fa", "complementizer", "که"),
        ("hi", "script", "devanagari"),
        ("zh", "script", "han"),
        ("ja", "script", "kana"),
        ("ja", "source_postpositions", frozenset({"によると", "によれば"})),
        ("fi", "complementizer", "että"),
        ("ca", "source_prepositions", frozenset({"segons"})),
        ("hr", "complementizer", "da"),
        ("hr", "source_prepositions", frozenset({"prema"})),
        ("hi", "source_postpositions", frozenset({"अनुसार"})),
        ("hi", "name_particles", frozenset({"डी", "वान", "फ़ान", "फान", "डेर", "दे", "बिन"})),
        ("lv", "complementizer", "ka"),
        ("lt", "source_prepositions", frozenset({"pasak"})),
        ("lt", "foreign_name_endings", ("as", "is", "us", "ys")),
        ("lv", "foreign_name_endings", ()),
        ("lv", "original_in_parentheses", True),
        ("de", "original_in_parentheses", False),
        ("en", "extract", False),
        ("xx", "extract", False),  # a language the file does not hold: an empty entry
        ("id", "complementizer", "bahwa|bahwasanya|bahawa"),  # Malay is read with the Indonesian entry
        ("nl", "complementizer", "dat"),
        ("nl", "source_prepositions", frozenset({"volgens"})),
        ("tl", "source_prepositions", frozenset({"ayon kay", "ayon kina", "ayon sa"})),
        ("tl", "extract", True),
        ("ceb", "complementizer", "nga"),
        ("ceb", "source_prepositions", frozenset({"sumala sa", "sumala kang", "sumala ni"})),
        ("he", "script", "hebrew"),
        ("ka", "subject_endings", {"მა": "ი", "მ": ""}),
        ("am", "source_postpositions", frozenset({"እንደገለጹት", "እንደገለጸው", "እንደገለጸችው", "እንደዘገበው", "እንደተናገሩት",
                                                 "እንደተናገረው", "እንዳስታወቀው", "እንዳስታወቁት", "እንደሚሉት"})),
        ("bn", "verb_final", True),
        ("de", "noun_capitals", True),
        ("fr", "noun_capitals", False),
    ],
)
def test_fields(code: str, field: str, value: object) -> None:
    assert getattr(language(code), field) == value


@pytest.mark.parametrize(
    ("code", "verb", "gender"),
    [
        ("pl", "powiedziała", "f"),
        ("pl", "dodał", "m"),
        ("cs", "uvedla", "f"),
        ("ru", "заявил", "m"),
        ("hr", "izjavila", "f"),
        ("hr", "rekao", "m"),
    ],
)
def test_a_verb_form_gives_its_subject_s_gender(code: str, verb: str, gender: str) -> None:
    forms = language(code).verb_gender
    assert [g for g, form in forms.items() if form.search(verb)][:1] == [gender]


def test_surname_endings_are_tried_longest_first() -> None:
    endings = language("pl").surname_endings
    assert list(endings) == sorted(endings, key=len, reverse=True)


def test_the_languages_added_as_data_are_read() -> None:
    assert {"pl", "cs", "id", "tr", "sv", "da", "nb", "ro", "hu", "el", "fi", "ar", "hi", "zh", "lv", "lt"} <= set(
        extraction_languages()
    )
    assert {"is", "et", "bg", "sl", "sk", "sq", "ur", "az"} <= set(extraction_languages())
    assert {"he", "bn", "ka", "ml", "am"} <= set(extraction_languages())


def test_quotatives_are_tried_longest_first() -> None:
    quotatives = language("ml").quotatives
    assert quotatives and list(quotatives) == sorted(quotatives, key=len, reverse=True)
    assert "en" in languages() and "en" not in extraction_languages()


@pytest.mark.parametrize(("noun", "owned"), [("ügyvédje", True), ("vezérigazgatója", True), ("ügyvéd", False)])
def test_a_hungarian_role_noun_tells_whether_it_is_owned(noun: str, owned: bool) -> None:
    role = language("hu").role_nouns
    assert role is not None
    m = role.match(noun)
    assert m is not None and (m.group("poss") is not None) is owned


def test_a_language_withheld_by_the_ablation_switch_is_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    from onrecord import languages as module

    monkeypatch.setenv(module.UNREAD_ENV, "ro, nl")
    module.languages.cache_clear()
    try:
        assert "ro" not in module.languages() and "nl" not in module.languages() and "pt" in module.languages()
        assert module.language("ro").complementizer is None
    finally:
        monkeypatch.delenv(module.UNREAD_ENV)
        module.languages.cache_clear()
    assert "ro" in module.languages()
