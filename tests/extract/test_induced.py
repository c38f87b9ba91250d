"""Reported speech in a language with no data, from the cue words of the article's own quotations."""

from __future__ import annotations

import pytest

from onrecord.clean.language import detect_language
from onrecord.extract.foreign import find_foreign_candidates
from onrecord.extract.induced import elided_complementizer, induced_cues, induced_tails

# An invented language onrecord has no entry for: "vorel" (said), "ki" (that)
_LEAD = "„Tavo meri sun plaketa orvi”, vorel Danek Ostrava. „Sun orvi nalta”, vorel Mira Keslo. "


def _found(text: str) -> list[tuple[str, str, str | None]]:
    analysis = find_foreign_candidates(text, "")
    return [(c.kind, text[c.start : c.end], c.mention.text if c.mention else None) for c in analysis.candidates]


def test_the_cue_words_are_the_words_between_a_quotation_and_its_speaker() -> None:
    analysis = find_foreign_candidates(_LEAD, "")
    direct = [c for c in analysis.candidates if c.kind == "direct"]
    assert induced_cues(_LEAD, direct) == frozenset({"vorel"})


def test_a_cue_word_keeps_the_apostrophe_inside_it() -> None:
    text = "«Tavo meri sun plaketa orvi», vo'el Danek Ostrava."
    direct = [c for c in find_foreign_candidates(text, "").candidates if c.kind == "direct"]
    assert induced_cues(text, direct) == frozenset({"vo'el"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue the quotations gave, then a complementizer the cue was seen with twice
        (
            _LEAD + "Ostrava vorel ki tavo plaketa orvi nalta sun meri. Keslo vorel ki sun orvi plaketa tavo.",
            ("indirect", "tavo plaketa orvi nalta sun meri", "Ostrava"),
        ),
        # a complementizer another language writes ("que"): once is enough
        (_LEAD + "Keslo vorel que sun orvi plaketa tavo meri.", ("indirect", "sun orvi plaketa tavo meri", "Keslo")),
        # no complementizer: the cue right after a surname the article gives in full (an
        # apposition's comma and one particle between at most)
        (
            _LEAD + "Plaketa ruvo, Mira Keslo, sa vorel tavo plaketa orvi nalta sun.",
            ("indirect", "tavo plaketa orvi nalta sun", "Mira Keslo"),
        ),
        (
            _LEAD + "Ostrava vorel tavo plaketa orvi nalta sun meri.",
            ("indirect", "tavo plaketa orvi nalta sun meri", "Ostrava"),
        ),
        # a verb no quotation framed, between a name (an auxiliary before it) and a complementizer
        (
            _LEAD + "Ostrava a darnit que plaketa orvi nalta tavo.",
            ("indirect", "plaketa orvi nalta tavo", "Ostrava"),
        ),
    ],
)
def test_reported_speech_with_the_article_s_own_cues(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Bartel vorel tavo plaketa orvi nalta sun meri.",  # no complementizer, a name not given in full
        _LEAD + "Ostrava, plaketa meri, vorel tavo plaketa orvi nalta sun.",  # no complementizer, an aside between
        # no complementizer, and a day before the cue, not a surname ("Dé Luain", Monday, given as a name)
        _LEAD + "Dé Luain, vorel sun tavo plaketa orvi nalta. Luain Ostrava orvi.",
        _LEAD + "Ostrava vorel que sun orvi.",  # too short to be a statement
        _LEAD + "Plaketa orvi nalta que sun meri tavo orvi.",  # no cue, no name before the word
    ],
)
def test_no_report_without_cue_complementizer_name_and_content(text: str) -> None:
    assert [c for c in _found(text) if c[0] == "indirect"] == []


def test_a_cue_word_before_the_speaker_s_role() -> None:
    text = "«Tavo meri sun plaketa orvi», ha vorel il schef da la plaketa, Danek Ostrava."
    direct = [c for c in find_foreign_candidates(text, "").candidates if c.kind == "direct"]
    assert induced_cues(text, direct) == frozenset({"vorel"})


@pytest.mark.parametrize(
    ("word", "expected"),
    [("ch'ella", 3), ("qu'il", 3), ("ch'il", 3), ("d'orvi", None), ("s'ella", None), ("l'auto", None), ("che", None)],
)
def test_a_complementizer_elided_before_a_vowel(word: str, expected: int | None) -> None:
    assert elided_complementizer(word, frozenset({"che", "que", "da", "se"})) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the complementizer elided before the clause's first vowel
        (
            "«Tavo meri sun plaketa orvi», ha vorel il schef da la plaketa, Danek Ostrava. "
            "La ministra, Mira Keslo, ha vorel ch'ella orvi plaketa tavo nalta sun.",
            ("indirect", "ella orvi plaketa tavo nalta sun", "Mira Keslo"),
        ),
        # the report first, then its comma, the cue and the speaker, as a quotation's cue stands
        (
            _LEAD + "Sun orvi plaketa tavo meri nalta, vorel Mira Keslo ketu.",
            ("indirect", "Sun orvi plaketa tavo meri nalta", "Mira Keslo"),
        ),
        # a body named with its acronym in parentheses after the cue is the speaker, whole
        (
            _LEAD + "Sun orvi plaketa tavo meri nalta, vorel la Direkzion fir Plaketi Orvane (DPO) ketu.",
            ("indirect", "Sun orvi plaketa tavo meri nalta", "Direkzion fir Plaketi Orvane"),
        ),
    ],
)
def test_reported_speech_framed_as_the_article_s_quotations(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_a_cue_word_after_the_apposition_s_comma() -> None:
    # "Phungu ..., a Constance Arrowsmith, adati boma “...”": the verb after the name's closing comma
    text = "Plaketa ruvo, a Mira Keslo, vorel ruvo „Tavo meri sun plaketa orvi.”"
    direct = [c for c in find_foreign_candidates(text, "").candidates if c.kind == "direct"]
    assert "vorel" in induced_cues(text, direct)


def test_a_report_after_a_cue_learnt_past_an_apposition() -> None:
    text = (
        "Plaketa ruvo, a Mira Keslo, vorel ruvo „Tavo meri sun plaketa orvi.” "
        "A Keslo vorel tavo plaketa orvi nalta sun."
    )
    assert ("indirect", "tavo plaketa orvi nalta sun", "Keslo") in _found(text)


# An invented verb-final language: the name, the quotation, then "gi velnar" (that, said)
_VERB_FINAL = "Danek Ostrava «Tavo meri sun plaketa orvi» gi velnar. Mira Keslo «Sun orvi nalta tavo» gi velnar. "


def test_the_words_closing_a_quotation_s_sentence_are_a_verb_final_cue() -> None:
    direct = [c for c in find_foreign_candidates(_VERB_FINAL, "").candidates if c.kind == "direct"]
    assert induced_tails(_VERB_FINAL, direct) == frozenset({("gi", "velnar")})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _VERB_FINAL + "Ostrava 40 000 plaketa orvi nalta sun gi velnar.",
            ("indirect", "40 000 plaketa orvi nalta sun", "Ostrava"),
        ),
        (
            _VERB_FINAL + "Mira Keslo tavo plaketa orvi nalta gi velnar.",
            ("indirect", "tavo plaketa orvi nalta", "Mira Keslo"),
        ),
    ],
)
def test_a_verb_final_report_between_the_name_and_the_cue(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        _VERB_FINAL + "Bartel tavo plaketa orvi nalta sun gi velnar.",  # a name the article never gives in full
        _VERB_FINAL + "Ostrava orvi nalta gi velnar.",  # too short to be a statement
        _VERB_FINAL + "Ostrava tavo plaketa orvi nalta sun meri.",  # no cue closing the sentence
    ],
)
def test_no_verb_final_report_without_name_cue_and_content(text: str) -> None:
    assert [c for c in _found(text) if c[0] == "indirect"] == []


def test_no_verb_final_cue_after_a_quotation_whose_verb_stands_before_it() -> None:
    # "..., a Constance Arrowsmith, adati “...” pamsonkhano wa atolankhani.": the words after the
    # quotation are a place, not a verb, and a sentence of narration ending with them is no report
    text = (
        "Plaketa ruvo, a Mira Keslo, vorel „Tavo meri sun plaketa orvi” nalta sun orvi. "
        "Keslo meri plaketa tavo ruvo orvi nalta sun orvi."
    )
    direct = [c for c in find_foreign_candidates(text, "").candidates if c.kind == "direct"]
    assert induced_tails(text, direct) == frozenset()
    assert [c for c in _found(text) if c[0] == "indirect"] == []


# Copy in a language read as its neighbour (West Frisian as Dutch, Asturian as Spanish): the cue
# words its quotations are framed with are not in the neighbour's list
_FRISIAN = (
    "De gemeente hat de haven sletten. „Wy hawwe gjin oare kar hân”, sei Jelmer Hoekstra. "
    "„It is in swarte dei foar de fiskers”, sei Tsjitske Bouma. "
    "De wethâlder, Jelmer Hoekstra, sei dat de haven takom jier wer iepen giet. "
)
_ASTURIAN = (
    "La conseyera Covadonga Rubiera presentó'l plan. «Nun hai dineru pa too», dixo Rubiera. "
    "«Vamos recurrir», dixo Xuan Menéndez. "
    "Rubiera dixo ayeri que la obra va empezar en marzu del añu que vien. "
    "Menéndez dixo ayeri que el sindicatu va convocar una fuelga de trés díes. "
    "El conceyu dixo'l llunes que hai polo menos 14 empreses interesaes nel contratu."
)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (_FRISIAN, "nl", ("indirect", "de haven takom jier wer iepen giet", "Jelmer Hoekstra")),
        # an aside after the cue twice ("ayeri", yesterday) is no complementizer: "que" is
        (_ASTURIAN, "es", ("indirect", "la obra va empezar en marzu del añu que vien", "Rubiera")),
        (_ASTURIAN, "es", ("indirect", "el sindicatu va convocar una fuelga de trés díes", "Menéndez")),
    ],
)
def test_reported_speech_with_cues_the_language_read_as_does_not_list(
    text: str, language: str, expected: tuple[str, str, str]
) -> None:
    analysis = find_foreign_candidates(text, language)
    found = [(c.kind, text[c.start : c.end], c.mention.text if c.mention else None) for c in analysis.candidates]
    assert expected in found


def test_a_cue_with_an_article_elided_onto_it() -> None:
    text = _ASTURIAN.replace("El conceyu dixo'l", "Menéndez dixo'l")
    analysis = find_foreign_candidates(text, "es")
    found = [text[c.start : c.end] for c in analysis.candidates if c.kind == "indirect"]
    assert "hai polo menos 14 empreses interesaes nel contratu" in found


def test_the_language_s_own_cues_are_not_read_twice() -> None:
    text = (
        "„Wij hebben geen andere keus gehad”, zei Jelmer Hoekstra. "
        "Hoekstra zei dat de haven volgend jaar weer opengaat voor de vissers."
    )
    indirect = [c for c in find_foreign_candidates(text, "nl").candidates if c.kind == "indirect"]
    assert len(indirect) == 1
    assert text[indirect[0].start : indirect[0].end].startswith("de haven volgend jaar")


def test_a_function_word_of_the_language_between_a_quotation_and_its_speaker_is_no_cue() -> None:
    # "die" stands between each quotation and its speaker's name, and is no verb of speech
    text = (
        "„Wir streiken weiter”, sagte die Sprecherin Anna Lunde. "
        "Nach vier Streiktagen in Saltvik legen auch die Hafenarbeiter in Brannvik die Arbeit nieder. "
        "„Das ist teuer”, erklärte die Ministerin Eva Holm. "
    )
    assert [c for c in find_foreign_candidates(text, "de").candidates if c.kind == "indirect"] == []


def test_a_name_s_particle_after_a_quotation_is_no_cue() -> None:
    # "van" stands between the quotation and "Berg", and opens a name in the sentence before
    text = (
        "Die Ministerin Katrin van der Berg (parteilos) bot eine Hilfe von 40 Millionen Euro an. "
        "„Das Land kann diese Arbeitsplätze retten“, sagte van der Berg am Montag."
    )
    assert [c for c in find_foreign_candidates(text, "de").candidates if c.kind == "indirect"] == []


# Copy in the language it is read as: the words framing its quotations that the language's list
# lacks ("poursuit", "sourit", "vindt", "hoopt") are its narration's verbs too, not a neighbour's cues
_FRENCH = (
    "Le conseil municipal a voté mardi soir le budget de la rénovation du quai. "
    "« Ce projet est devenu beaucoup trop cher pour notre ville », poursuit la conseillère Claire Dubois. "
    "« Il faut d'abord réparer le vieux pont », sourit le riverain Jacques Moreau. "
    "Claire Dubois poursuit sa carrière politique à Lyon depuis vingt ans. "
    "Jacques Moreau sourit rarement quand il parle de la municipalité."
)
_SPANISH = (
    "El pleno del ayuntamiento aprobó el martes la reforma del mercado central. "
    '"La obra no tiene financiación suficiente", apunta también la concejala Lucía Fernández. '
    '"Los comerciantes llevan años esperando", añade también el vecino Jorge Álvarez. '
    "Lucía Fernández también votó en contra del presupuesto municipal el año pasado. "
    "Jorge Álvarez también firmó la carta de los vecinos contra el cierre de la plaza."
)
_DUTCH = (
    "De gemeenteraad heeft dinsdag ingestemd met de renovatie van de brug over de rivier. "
    '"Het plan is veel te duur voor een kleine gemeente," vindt raadslid Marieke de Boer. '
    '"We wachten al jaren op een veilige oversteek," hoopt buurtbewoner Karin Smit. '
    "Marieke de Boer vindt dat de gemeente eerst naar de begroting moet kijken. "
    "Karin Smit hoopt dat de werkzaamheden voor de zomer klaar zijn."
)


@pytest.mark.parametrize(("text", "language"), [(_FRENCH, "fr"), (_SPANISH, "es"), (_DUTCH, "nl")])
def test_copy_in_the_language_read_as_learns_no_unlisted_cue(text: str, language: str) -> None:
    assert detect_language(text) == language
    assert [c for c in find_foreign_candidates(text, language).candidates if c.kind == "indirect"] == []


def test_an_adverb_after_the_verb_is_no_unlisted_cue() -> None:
    # "apunta también la concejala Lucía Fernández": the verb's place is the first word after the comma
    direct = [c for c in find_foreign_candidates(_SPANISH, "es").candidates if c.kind == "direct"]
    assert "también" in induced_cues(_SPANISH, direct)
    assert induced_cues(_SPANISH, direct, verb_only=True) == frozenset({"apunta", "añade"})
