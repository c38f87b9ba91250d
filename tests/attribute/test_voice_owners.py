"""The body a spokesperson's mention names in capitals before the voice word."""

from __future__ import annotations

from onrecord.attribute.voice_owners import voiced_body
from onrecord.extract import extract
from onrecord.extract.mentions import Mention


def _anonymous(text: str, role: str) -> Mention:
    return Mention(0, len(text), text, "anonymous", role=role, number="sg")


def test_a_named_body_s_spokesperson_speaks_for_the_body() -> None:
    found = voiced_body(_anonymous("A KRB spokesperson", "KRB spokesperson"))
    assert (found.kind, found.name, found.role) == ("organisation", "KRB", "KRB spokesperson")


def test_a_body_of_several_words_is_read_whole() -> None:
    found = voiced_body(_anonymous("a Pellworth Rail spokeswoman", "Pellworth Rail spokeswoman"))
    assert (found.kind, found.name) == ("organisation", "Pellworth Rail")


def test_a_voice_of_no_named_body_stays_anonymous() -> None:
    for text, role in [("a spokesperson", "spokesperson"), ("a council spokesman", "council spokesman")]:
        mention = _anonymous(text, role)
        assert voiced_body(mention) == mention


def test_a_country_or_a_title_is_no_body_read_here() -> None:
    for text, role in [("a France spokesperson", "France spokesperson"), ("a Senator spokesman", "Senator spokesman")]:
        mention = _anonymous(text, role)
        assert voiced_body(mention) == mention


def test_other_mentions_are_unchanged() -> None:
    mention = Mention(0, 9, "Ada Brisk", "name", name="Ada Brisk")
    assert voiced_body(mention) == mention


def test_a_union_s_spokesperson_speaks_for_the_union_spelled_out() -> None:
    text = (
        "The Ferry and Dock Workers' Union (FDWU) said its members had warned of the fault in May. "
        "A FDWU spokesperson said both warnings had been filed and forgotten."
    )
    quotes = extract(text, published="2027-05-04")
    spoken = [q for q in quotes if "forgotten" in q.text]
    assert spoken and spoken[0].speaker is not None
    assert spoken[0].speaker.name == "Ferry and Dock Workers' Union"
