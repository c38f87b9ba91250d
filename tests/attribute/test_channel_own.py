"""The article's own outlet named in an inflected form in another language's sentence."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.attribute.channel_own import own_named_at


@pytest.mark.parametrize(
    ("sentence", "own", "found"),
    [
        # a dative in Ukrainian, an accusative in Greek, a Turkish suffix, a Romanian "pentru"
        ("Мати розповіла «Приморському кур'єру»: «     »", "Приморський кур'єр", True),
        ("Ο Νίκος είπε στον «Βραδινό Ταχυδρόμο»: «    »", "Βραδινός Ταχυδρόμος", True),
        ("Selin Kaya, Kıyı Gazetesi'ne yaptığı açıklamada durumu izlediklerini söyledi.", "Kıyı Gazetesi", True),
        ("a declarat Ana Pop miercuri pentru Revista de Sănătate.", "Revista de Sănătate", True),
        # a masthead's long last word stands for the whole name
        ("Advokaten Lars Berg uppger för Kvällsbladet att ", "Nordiska Kvällsbladet", True),
        ("säger han till Kustposten på telefon.", "Kustposten", True),
        # another outlet, a word that only starts alike, the outlet's dateline credit
        ("säger han till Radio Norrsken på telefon.", "Kustposten", False),
        ("Revisorn sade att kusten var stängd.", "Kustposten", False),
        ("MALMÖ, Kustposten — Revisorn sade att ", "Kustposten", False),
        ("a declarat Ana Pop pentru Revista Sportului.", "Revista de Sănătate", False),
        # a masthead's last word standing alone is its short form only when whole
        ("segundo a agência Meridiana, o ministro disse", "Correio Meridiano", False),
        ("disse o ministro ao Meridiano, na sexta-feira", "Correio Meridiano", True),
        ("disse a presidente do Consórcio Meridiano Ferrovias, Ana Reis.", "Correio Meridiano", False),
    ],
)
def test_the_own_outlet_is_found_in_any_case(sentence: str, own: str, found: bool) -> None:
    assert bool(own_named_at(sentence, own)) is found


def test_an_article_in_another_language_heard_through_its_own_outlet() -> None:
    text = (
        "NORDISKA KVÄLLSBLADET\n\nAv Eva Lind\n\n"
        "Branden i Lövsta har bränt 300 hektar skog enligt räddningstjänsten.\n\n"
        "– Jag tog bara med mig fotoalbumen, säger Harald Sjöberg till Kvällsbladet på telefon.\n\n"
        "– Vi öppnar vägen i morgon, säger räddningsledaren Karin Ek på en presskonferens.\n"
    )
    quotes = extract(text)
    vias = {q.text[:10]: q.via for q in quotes}
    assert vias["Jag tog ba"] == "Nordiska Kvällsbladet"
    assert vias["Vi öppnar "] is None


def test_an_english_article_keeps_its_own_rules() -> None:
    text = (
        "THE KUSTPOSTEN\n\nBy Eva Lind\n\n"
        "The mayor, Harald Sjöberg, a Kustposten subscriber, said the road would open.\n"
    )
    [quote] = extract(text)
    assert quote.via is None
