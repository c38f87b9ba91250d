"""A role that speaks before the article names its holder resolves to that one holder."""

from __future__ import annotations

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
