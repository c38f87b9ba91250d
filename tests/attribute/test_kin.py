"""Relatives named by a noun of kinship ("his sister had told him")."""

from __future__ import annotations

import pytest

from onrecord.attribute.kin import introduced_as_kin, kin


def test_kin_gives_the_relatives_gender_and_the_other_side_of_the_tie() -> None:
    assert kin("Sister") == ("f", ("brother", "sister", "siblings"))
    assert kin("nephew") == ("m", ("aunt", "uncle"))
    assert kin("cousin") == (None, ("cousin",))
    assert kin("minister") is None


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Her name is Ana Ruiz. \"She called at dawn,\" said her brother, Tomas Vidal, 30.", "her"),
        ("Back home, Ruiz's nephew, Tomas Vidal, is packing.", "Ruiz's"),
        ("Ana Ruiz's younger brother Tomas Vidal waited outside.", "Ana Ruiz's"),
    ],
)
def test_a_person_introduced_as_someones_relative(text: str, owner: str) -> None:
    found = introduced_as_kin(text, len(text), ["Tomas Vidal"], ("brother", "nephew"))
    assert found is not None and found.group("owner") == owner


def test_no_introduction_as_a_relative() -> None:
    text = "Tomas Vidal, a fisherman, waited outside. His brother was at sea."
    assert introduced_as_kin(text, len(text), ["Tomas Vidal"], ("brother",)) is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Nobody has reached the island for a week. Her name is Farida Okonkwo-Baines, and her brother "
            "has been her only link.\n\n"
            '"The roof has gone," said her brother, Daniel Mensah, 39, a taxi driver.\n\n'
            'He said his sister had told him on Friday that "the clinic will close by Sunday".',
            "the clinic will close",
            "Farida Okonkwo-Baines",
        ),
        (
            'Pauline Hollerby said the season was lost. "We have nothing left," she said.\n\n'
            'The ministry said in an email that it was "ready to help."\n\n'
            "Back at the dock, Hollerby's nephew, Thomas Doucet, 22, is loading the last crates onto a truck. "
            'His aunt, he said, had told him last winter that he should "learn a trade on land."',
            "he should",
            "Pauline Hollerby",
        ),
        # "his" is the man the sentence before names, though another brother spoke last
        (
            "\"We are stuck,\" said Marta Lund's brother, Erik Lund, 44.\n\n"
            '"Nobody flies," said Anna Berg\'s brother, Jonas Berg, 51.\n\n'
            "Erik Lund has run the kiosk on the quay since 2010. His sister said on Friday that the ferry was gone.",
            "the ferry was gone",
            "Marta Lund",
        ),
        # a relative the article never introduced is nobody here
        (
            'Daniel Mensah, 39, said the roof had gone. He said his sister had told him that "the clinic will '
            'close by Sunday".',
            "the clinic will close",
            None,
        ),
    ],
)
def test_his_sister_is_the_person_he_was_introduced_as_brother_of(text: str, words: str, speaker: str | None) -> None:
    from onrecord.extract import extract

    quotes = [q for q in extract(text, article_id="t") if q.text.startswith(words)]
    assert quotes, words
    assert (quotes[0].speaker.name if quotes[0].speaker is not None else None) == speaker
