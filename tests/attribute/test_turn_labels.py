"""A speaker mention that runs on from a transcript's turn label into the turn's own subject."""

from __future__ import annotations

from onrecord.attribute.turn_labels import past_turn_label
from onrecord.extract.mentions import Mention


def _mention(text: str, written: str) -> Mention:
    start = text.index(written)
    return Mention(start, start + len(written), written, "name", name="whatever", gender="m")


def test_the_name_after_the_label_is_the_subject() -> None:
    text = "[VT]\nMARA LINDQVIST (V/O): The water board, KWB, said the main was shut."
    found = past_turn_label(_mention(text, "MARA LINDQVIST (V/O): The water board, KWB"), text)
    assert (found.text, found.name, found.kind, found.gender) == ("KWB", "KWB", "name", None)
    assert text[found.start : found.end] == "KWB"


def test_a_name_alone_after_the_label() -> None:
    text = "REPORTER: Coldbrook Harbour Trust said the quay would reopen."
    found = past_turn_label(_mention(text, "REPORTER: Coldbrook Harbour Trust"), text)
    assert found.name == "Coldbrook Harbour Trust"


def test_a_mention_with_no_label_is_unchanged() -> None:
    text = "Mara Lindqvist said the main was shut."
    mention = _mention(text, "Mara Lindqvist")
    assert past_turn_label(mention, text) == mention


def test_a_description_after_the_label_guesses_nothing() -> None:
    text = "PRESENTER: the water board said the main was shut."
    mention = _mention(text, "PRESENTER: the water board")
    assert past_turn_label(mention, text) == mention


def test_a_label_away_from_a_line_start_is_no_turn_s() -> None:
    text = "Officials (and a REPORTER: KWB) said so."
    mention = _mention(text, "REPORTER: KWB")
    assert past_turn_label(mention, text) == mention
