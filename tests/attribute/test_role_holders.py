"""A role that speaks before the article names its holder resolves to that one holder."""

from __future__ import annotations

import pytest

import onrecord
from onrecord.attribute.role_holders import role_words
from onrecord.extract.mentions import Mention


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: (q.speaker.name if q.speaker else None) for q in onrecord.extract(text, published="2031-03-04")}


def test_role_words_of_a_definite_role() -> None:
    assert role_words(Mention(0, 12, "The organiser", "other", role="organiser", number="sg")) == "organiser"
    assert role_words(Mention(0, 18, "the harbour master", "other", role="harbour master", number="sg")) == (
        "harbour master"
    )


def test_role_words_not_of_a_name_or_plural() -> None:
    assert role_words(Mention(0, 14, "The Blue Lions", "other", number="sg")) is None
    assert role_words(Mention(0, 12, "the stewards", "other", role="stewards", number="pl")) is None
    assert role_words(None) is None


def test_role_speaking_before_its_holder_is_named() -> None:
    text = (
        "The dock master had warned that the crane was unsafe, a crew member said.\n\n"
        "Police said they were reviewing the footage.\n\n"
        'That dock master, Captain Tilde Norrgaard, said on Tuesday: "We are sorry for the wait."\n'
    )
    speakers = _speakers(text)
    warned = next(k for k in speakers if k.startswith("the crane was unsafe"))
    assert speakers[warned] == "Tilde Norrgaard"


def test_two_holders_of_the_role_stay_apart() -> None:
    text = (
        "The dock master had warned that the crane was unsafe, a crew member said.\n\n"
        'The dock master, Tilde Norrgaard, said: "We are sorry for the wait."\n\n'
        'The other dock master, Oskar Vennberg, said: "Our own shift went well."\n'
    )
    speakers = _speakers(text)
    warned = next(k for k in speakers if k.startswith("the crane was unsafe"))
    assert speakers[warned] is None


def _said(speakers: dict[str, str | None], start: str) -> str | None:
    return speakers[next(k for k in speakers if k.startswith(start))]


def test_a_body_named_like_a_person_is_no_holder() -> None:
    # "Torvald Nights" opens with no known given name, has no gender, title or surname alone: an
    # event or a venue as well as a person, and the article calls it "it"
    text = (
        "The promoter has conceded that the box office ran out of wristbands.\n\n"
        "Police said they were reviewing the footage.\n\n"
        "The promoter, Torvald Nights, had said on Friday that the doors opened on time. "
        "On Sunday it changed its account.\n"
    )
    assert _said(_speakers(text), "the box office ran out") is None


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (" Orlovy has held the post since 2019.", "Jarvo Orlovy"),  # the surname alone: a person
        ("", None),  # nothing shows the name to be a person's
    ],
)
def test_a_holder_shown_to_be_a_person(tail: str, expected: str | None) -> None:
    text = (
        "The harbourmaster had warned that the crane was unsafe, a crew member said.\n\n"
        "Police are investigating.\n\n"
        f'Jarvo Orlovy, the harbourmaster, said on Tuesday: "We will review every lift."{tail}\n'
    )
    assert _said(_speakers(text), "the crane was unsafe") == expected


def test_a_relayer_is_not_the_role_he_reports() -> None:
    text = (
        "Farmers on the moor say the attacks began in spring.\n\n"
        'Bryn Talwar, who keeps 400 ewes at Hollin Edge, said: "We have lost sixty lambs."\n\n'
        "According to Talwar, the warden had told him in May that the trust could not protect the flocks.\n"
    )
    quotes = {q.text: q for q in onrecord.extract(text, published="2031-03-04")}
    relayed = quotes["the trust could not protect the flocks"]
    assert relayed.speaker is None or relayed.speaker.name != "Bryn Talwar"
    assert relayed.via == "Talwar"


def test_a_heading_ending_in_the_role_does_not_introduce_the_next_line() -> None:
    text = (
        "The warden has said that the fences would be repaired by June.\n\n"
        "Letters to the warden\n"
        "Ilse Marwick said the repairs were overdue. She said it twice.\n"
    )
    assert _said(_speakers(text), "the fences would be repaired") is None


def test_a_possessive_apposition_introduces_the_holder() -> None:
    text = (
        "Is the water safe to drink?\n\n"
        "The health officer says the pipes must be flushed for two more days.\n\n"
        "Dr Ilka Varsten, Morrow county's chief health officer, adds that nine patients are still in the clinic.\n"
    )
    assert _said(_speakers(text), "the pipes must be flushed") == "Ilka Varsten"


@pytest.mark.parametrize(
    "naming",
    [
        "In the ruling, Bryn Talwar is named as the officer who signed the transfer.",  # the subject
        "According to the ruling, Bryn Talwar signed the transfer.",  # the ruling as a source
    ],
)
def test_a_name_after_a_description_that_does_not_close_is_no_holder(naming: str) -> None:
    text = f"The ruling said the records had been kept for six years.\n\n{naming}\n"
    assert _said(_speakers(text), "the records had been kept") is None


@pytest.mark.parametrize(
    "naming",
    [
        "A second depot nearby was closed as well. Its gaffer, Tamsin Ruelle, said her team had gone home.",
        "The rival crew also worked the site. Their gaffer, Tamsin Ruelle, said her team had gone home.",
        "The visiting gaffer, Tamsin Ruelle, said her team had gone home.",
        "Tamsin Ruelle, the second unit's gaffer, said her team had gone home.",
        "Tamsin Ruelle, the former gaffer, said her team had gone home.",
        "The gaffer at the other depot, Tamsin Ruelle, said her team had gone home.",
    ],
)
def test_a_description_of_another_holder_does_not_introduce_the_role(naming: str) -> None:
    # "the gaffer" of this article is not the one "its", "their", "visiting", "second", "former" or
    # "other" mark as another's
    text = (
        "Lights fell at the Orvane studio lot on Monday.\n\n"
        "The gaffer said on Tuesday that the rigging had been checked that morning.\n\n"
        f"{naming}\n"
    )
    assert _said(_speakers(text), "the rigging had been checked") is None


@pytest.mark.parametrize(
    "naming",
    [
        "Chief gaffer Tamsin Ruelle said her team had gone home.",
        "Orvane gaffer Tamsin Ruelle said her team had gone home.",
        "Their crew had hired gaffer Tamsin Ruelle in May. Ruelle said her team had gone home.",
        "Tamsin Ruelle, the chief gaffer, said her team had gone home.",
        "Tamsin Ruelle, Orvane's chief gaffer, said her team had gone home.",
        "The studio said its gaffer was away. Tamsin Ruelle, the gaffer, said her team had gone home.",
    ],
)
def test_a_description_of_the_holder_still_introduces_the_role(naming: str) -> None:
    text = (
        "Lights fell at the Orvane studio lot on Monday.\n\n"
        "The gaffer said on Tuesday that the rigging had been checked that morning.\n\n"
        f"{naming}\n"
    )
    assert _said(_speakers(text), "the rigging had been checked") == "Tamsin Ruelle"
