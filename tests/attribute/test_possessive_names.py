"""A possessive that owns no noun names a business (invented copy)."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.attribute.possessive_names import possessive_business
from onrecord.extract.mentions import Mention


def _mention(text: str, written: str) -> Mention:
    start = text.index(written)
    return Mention(start, start + len(written), written, "name", name=written[:-2], gender="m")


@pytest.mark.parametrize(
    ("text", "written", "cue", "name", "kind"),
    [
        ("Sales fell, according to Halloran's.", "Halloran's", None, "Halloran's", "organisation"),
        ("Brannigan’s said it would close.", "Brannigan’s", (12, 16), "Brannigan's", "organisation"),
        # the possessive owns a noun: the person's
        ("Halloran's shop said it would close.", "Halloran's", None, "Halloran", "name"),
        ("Halloran's shop said it would close.", "Halloran's", (16, 20), "Halloran", "name"),
    ],
)
def test_possessive_business(text: str, written: str, cue: tuple[int, int] | None, name: str, kind: str) -> None:
    found = possessive_business(_mention(text, written), text, cue)
    assert found is not None
    assert (found.name, found.kind) == (name, kind)


def test_other_mentions_unchanged() -> None:
    mention = Mention(0, 4, "Ilse", "name", name="Ilse")
    assert possessive_business(mention, "Ilse said so.", (5, 9)) is mention
    assert possessive_business(None, "", None) is None


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Brannigan's said in a statement on Monday that it would close 40 stores.",
            "it would close 40 stores",
            "Brannigan's",
        ),
        (
            "The chain's sales fell 8 percent last year, according to Halloran's.",
            "The chain's sales fell 8 percent last year",
            "Halloran's",
        ),
    ],
)
def test_speaker_is_the_business(text: str, quote: str, speaker: str) -> None:
    found = [q for q in extract(text) if quote in q.text]
    assert found, quote
    assert found[0].speaker is not None
    assert (found[0].speaker.name, found[0].speaker.kind, found[0].via) == (speaker, "organisation", None)


def test_a_noun_of_speech_is_owned() -> None:
    text = "Ms Pell's assurance that the two agree is no argument."
    mention = Mention(0, 9, "Ms Pell's", "name", name="Ms Pell", gender="f")
    assert possessive_business(mention, text, (10, 19)) is mention


def test_a_possessive_before_another_past_form_is_the_persons_has() -> None:
    # "Quiller's warned" is "Quiller has warned": the person, not a business
    text = (
        "Dora Quiller runs the ferry line. Quiller's warned for months that the route was losing money. "
        '"Nobody can run a ferry on thirty passengers a day," she said.'
    )
    speakers = {q.speaker.kind for q in extract(text) if q.speaker is not None}
    assert speakers == {"person"}
