"""One-word names in another language's copy need evidence (invented German and French text)."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract.foreign import find_foreign_candidates
from onrecord.extract.mentions import Mention
from onrecord.extract.noun_names import is_name_word, without_noun_names
from onrecord.languages import language

_GERMAN = (
    "Streit um Windräder in Lindental\n\n"
    "Bürgermeister Tobias Rehwinkel sagte am Montag: „Wir haben keine Angst vor dem Wind.“ "
    "Rehwinkel fügte hinzu, die Gemeinde werde klagen.\n\n"
    "Und tatsächlich: Im Herbst bekommen Tausende Haushalte im Landkreis ein buntes „Windblatt“. "
    "Die Zeitung warnt vor allem vor Lärm. Sie enthielt Sätze wie: „Wollen wir so wohnen?“.\n\n"
    "Der Verein hat die Zeitung bezahlt. Dann wurde es still. Frau Oltmanns, 61, wohnt am Hang.\n\n"
    "Die Feuerwehr RFA (Rural Fire Authority) rückte aus. Kämmerin Lotte Brenneke lehnte ab. "
    "Brenneke kam nicht, Brenneke schrieb nicht, und Brenneke rief nicht an. "
    "Die Mail, die Brenneke schickte, kam spät."
)


def _name(word: str) -> Mention:
    return Mention(0, len(word), word, "name", name=word)


@pytest.mark.parametrize(
    ("word", "named"),
    [
        ("Rehwinkel", True),  # a word of a longer name the text gives
        ("Brenneke", True),  # a role noun and a given name before it
        ("Oltmanns", True),  # a title before it
        ("RFA", True),  # an acronym
        ("Authority", True),  # a word of the body's name the acronym stands for
        ("Haushalte", False),  # a plural noun, nothing says it is a name
        ("Verein", False),  # a noun after an article
        ("Dann", False),  # a sentence's first word, written small elsewhere ("dann")
        ("Frau", False),  # a form of address, no name
    ],
)
def test_german_words(word: str, named: bool) -> None:
    names = [Mention(0, 16, "Tobias Rehwinkel", "name", name="Tobias Rehwinkel")]
    text = _GERMAN + " Danach kam dann der Winter."
    assert is_name_word(word, text, names, language("de")) is named


def test_repeated_surname_is_a_name_in_german() -> None:
    text = "Ortwin kam. Hadersleben sagte nichts. Später rief Hadersleben an, und Hadersleben blieb."
    assert is_name_word("Hadersleben", text, [], language("de"))
    assert not is_name_word("Hadersleben", "Hadersleben sagte nichts.", [], language("de"))


def test_other_languages_keep_names_unless_written_small() -> None:
    text = "Sans doute. Marcadet a parlé, et sans attendre, Marcadet est parti."
    assert is_name_word("Marcadet", text, [], language("fr"))
    assert not is_name_word("Sans", text, [], language("fr"))


def test_noun_speaker_dropped_and_pronoun_left_alone() -> None:
    analysis = without_noun_names(find_foreign_candidates(_GERMAN, "de"), "de")
    assert all(m.name != "Haushalte" for m in analysis.names)
    speakers = {_GERMAN[c.start : c.end]: c.mention for c in analysis.candidates}
    assert "Windblatt" not in speakers  # a one-word quoted term the sentence runs into: no quote
    assert any(m.name == "Tobias Rehwinkel" for m in analysis.names)


def test_article_reading_gives_no_noun_speaker() -> None:
    quotes = extract(_GERMAN)
    assert quotes
    assert all((q.speaker.name if q.speaker else None) not in {"Haushalte", "Verein", "Dann"} for q in quotes)


def test_a_surnames_particle_is_kept() -> None:
    text = "Zei onderzoeker Ada van der Wiel. Van der Wiel zei woensdag dat het werkt, aldus van der Wiel."
    assert is_name_word("Van", text, [], language("nl"))


def test_an_article_is_no_particle_and_a_compound_role_is_a_role() -> None:
    assert not is_name_word("La", "La crise dure. Elle a parlé de la crise.", [], language("fr"))
    text = "Das sei nötig, sagt Rechtsanwalt Arvid Quernheim. Man solle klagen, sagt Quernheim."
    assert is_name_word("Quernheim", text, [], language("de"))


def test_a_role_and_a_given_name_before_a_surname() -> None:
    text = "Es gebe kein Geld, berichtete Kassenwart Orlo Quandtmeyer."
    assert is_name_word("Quandtmeyer", text, [], language("de"))
    assert not is_name_word("Haushalte", "Im Herbst bekommen Tausende Haushalte Post.", [], language("de"))


@pytest.mark.parametrize(
    ("word", "text", "code"),
    [
        ("Menard", "« Le marché ferme », a déclaré Menard, porte-parole du collectif. Un menard passait.", "fr"),
        ("Rossi", "«Il borgo si svuota», ha detto Rossi, presidente. I tetti rossi restano.", "it"),
        ("Pardo", "«No había otra salida», explicó Pardo, concejal. El cielo pardo.", "es"),
    ],
)
def test_a_surname_that_is_also_a_word_is_a_name_when_capitalised_inside_a_sentence(
    word: str, text: str, code: str
) -> None:
    assert is_name_word(word, text, [], language(code))
