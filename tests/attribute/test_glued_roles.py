"""Tests for onrecord.attribute.glued_roles: a role word capitalised onto a name."""

from __future__ import annotations

import pytest

from onrecord.attribute.glued_roles import glued_place, glued_role
from onrecord.clean import clean
from onrecord.extract import analyse_article, extract
from onrecord.model import Document


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Poet Daniel Kessel", ("poet", "Daniel Kessel")),
        ("Novelist Anna Varga", ("novelist", "Anna Varga")),
        ("Daniel Kessel", None),  # no role word
        ("Fisher Kane", None),  # two words: a name as written
        ("Kessel Daniel Varga", None),  # no noun for a person
        ("Senator Anna Varga", None),  # a title: read elsewhere
        ("POET Daniel Kessel", None),  # capitals: a heading's
        # a title in the plural before a roll of names: no part of the first one's
        ("Councilmembers Vance", ("councilmember", "Vance")),
        ("Senators Ada Varga", ("senator", "Ada Varga")),
        ("Ross Varga", None),  # a name on -s that is no title's plural
    ],
)
def test_glued_role(name: str, expected: tuple[str, str] | None) -> None:
    assert glued_role(name) == expected


def test_speaker_without_the_role_word() -> None:
    text = (
        'Poet Daniel Kessel described every plot as "a start, a tangle and a close." He said the tangle mattered most.'
    )
    quotes, speakers = analyse_article(clean(Document(text, "test.txt", "text")))
    assert {q.speaker.name for q in quotes if q.speaker is not None} == {"Daniel Kessel"}
    assert any(r.casefold() == "poet" for s in speakers for r in s.roles)


@pytest.mark.parametrize(
    ("name", "before", "expected"),
    [
        ("Lindmark Aron Vessel", "the former special envoy to ", ("Lindmark", "Aron Vessel")),
        ("Lindmark Aron Vessel", "the ambassador of ", ("Lindmark", "Aron Vessel")),
        ("Lindmark Aron Vessel", "Another diplomat, ", None),  # no preposition: the name as read
        ("Aron Vessel Lind", "according to ", None),  # a given name opens it
        ("Lindmark Vessel", "envoy to ", None),  # two words: the name as written
        # no role before the preposition: an unlisted given name stays (review)
        ("Ataahua Grace Whaanga", "First prize at the county show went to ", None),
        ("Ataahua Grace Whaanga", "a bouquet from ", None),
    ],
)
def test_glued_place(name: str, before: str, expected: tuple[str, str] | None) -> None:
    assert glued_place(name, before) == expected


def test_speaker_without_the_roles_place() -> None:
    text = (
        "Another diplomat, former special envoy to Lindmark Aron Vessel, changed his account of the meeting. "
        '"I objected at the time," Vessel said.'
    )
    quotes, speakers = analyse_article(clean(Document(text, "test.txt", "text")))
    assert {q.speaker.name for q in quotes if q.speaker is not None} == {"Aron Vessel"}
    assert "Lindmark Aron Vessel" not in {s.name for s in speakers}


def test_a_roll_calls_title_is_not_the_first_members_name() -> None:
    text = (
        "CITY OF KELMSBY\nCITY COUNCIL - REGULAR MEETING\nVERBATIM TRANSCRIPT (EXCERPT)\n"
        "Tuesday, June 15, 2027, 7:00 p.m., Council Chambers\n\n"
        "Present: Mayor Quist; Deputy Mayor Oduya; Councilmembers Brennan, Holt, Abara, Petty.\n\n"
        "MAYOR QUIST: I owe this council an apology. I drove too fast on Friday night. There is no excuse.\n\n"
        "COUNCILMAN BRENNAN: Madam Mayor, with respect, an apology is not enough. You should resign tonight.\n\n"
        "MAYOR QUIST: Councilman, I hear you.\n"
    )
    speakers = {q.text[:11]: q.speaker.name if q.speaker else None for q in extract(text, published="2027-06-16")}
    assert speakers["Madam Mayor"] == "Brennan"
