"""A heading's title case names nobody (invented copy)."""

from __future__ import annotations

from onrecord import extract
from onrecord.attribute.heading_names import heading_spans, names_outside_headings
from onrecord.attribute.organisations import named_by_noun
from onrecord.extract.mentions import Mention

_TEXT = (
    "A fault in the Kestrel Ferries booking app left passengers unable to buy tickets on Friday.\n\n"
    "Harbour Outage Sparks Surge in Ferry Complaints\n\n"
    "Thousands of users reported problems on Friday morning, according to the company.\n\n"
    "Ada Pell Leaves Ferry Board After Row\n\n"
    "The surge in complaints suggested the fault was affecting users across the region, the operator said."
)


def _at(written: str) -> Mention:
    start = _TEXT.index(written)
    return Mention(start, start + len(written), written, "name", name=written)


def test_heading_spans() -> None:
    found = [_TEXT[s:e] for s, e in heading_spans(_TEXT)]
    assert found == ["Harbour Outage Sparks Surge in Ferry Complaints", "Ada Pell Leaves Ferry Board After Row"]


def test_names_outside_headings() -> None:
    kept = names_outside_headings([_at("Harbour Outage Sparks Surge"), _at("Ada Pell"), _at("Kestrel Ferries")], _TEXT)
    assert [m.name for m in kept] == ["Ada Pell", "Kestrel Ferries"]


def test_definite_noun_means_no_heading() -> None:
    assert named_by_noun(_TEXT, "surge", len(_TEXT)) is None


def test_heading_words_speak_nowhere() -> None:
    for q in extract(_TEXT):
        assert q.speaker is None or "Surge" not in q.speaker.name
