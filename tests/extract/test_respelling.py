"""Names another language respells or declines, back to their own spelling."""

from __future__ import annotations

from onrecord.extract.mentions import Mention
from onrecord.extract.respelling import respell, respell_mention, spellings

_LATVIAN = (
    "Skolas direktore Kristīna Veldere (Christine Weldore) otrdien sacīja, ka mācības turpināsies. "
    '"Mēs neko neslēgsim," sacīja Veldere. Ministrija (IZM) to apstiprināja.'
)
_LITHUANIAN = (
    "Bendrovės vadovas Martinas Holbrookas pareiškė, kad gamykla dirbs. Pasak Holbrooko, darbuotojų nemažins. "
    "Jonas Petraitis tam pritarė."
)


def test_a_name_s_own_spelling_in_parentheses_is_its_spelling() -> None:
    found = spellings(_LATVIAN, "lv")
    assert respell("Kristīna Veldere", found, "lv") == "Christine Weldore"
    # the surname alone, later in the article and in another case: the whole name
    assert respell("Veldere", found, "lv") == "Christine Weldore"
    assert respell("Velderes", found, "lv") == "Christine Weldore"


def test_an_acronym_in_parentheses_spells_no_name() -> None:
    assert "Ministrija" not in spellings(_LATVIAN, "lv").words


def test_a_foreign_name_s_case_endings_come_off() -> None:
    found = spellings(_LITHUANIAN, "lt")
    assert respell("Martinas Holbrookas", found, "lt") == "Martin Holbrook"
    assert respell("Holbrooko", found, "lt") == "Martin Holbrook"  # the genitive of "pasak Holbrooko"


def test_a_given_name_of_the_language_itself_keeps_its_ending() -> None:
    found = spellings(_LITHUANIAN, "lt")
    assert respell("Jonas Petraitis", found, "lt") == "Jonas Petraitis"


def test_a_language_without_the_conventions_respells_nothing() -> None:
    assert not spellings("Martinas Holbrookas sagte etwas.", "de")
    # a word in parentheses after a German name is no spelling of it: the party
    assert not spellings("sagte Ministerin Anna Weißkopf (Grüne) am Montag", "de")


def test_a_mention_and_its_antecedent_are_respelled() -> None:
    found = spellings(_LATVIAN, "lv")
    named = Mention(0, 7, "Veldere", "name", name="Veldere")
    pronoun = Mention(10, 14, "viņa", "pronoun", antecedent=named)
    out = respell_mention(pronoun, found, "lv")
    assert out is not None and out.antecedent is not None and out.antecedent.name == "Christine Weldore"
    assert respell_mention(None, found, "lv") is None
