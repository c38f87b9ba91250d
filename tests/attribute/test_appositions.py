"""Speaker phrases with a person and a body, or a body and its acronym: which name speaks."""

from __future__ import annotations

import pytest

from onrecord.attribute.appositions import apposed_role, persons_named, repaired
from onrecord.extract.mentions import Mention

ACRONYMS = {
    "FHWC": "Federation of Health Workers of Caldonia",
    "APO": "Association of Port Operators",
    "CCB": "Competition and Consumer Board",
    "STOA": "Saltvik Terminal Operators' Association",
}


@pytest.mark.parametrize(
    ("text", "kind", "name", "wanted_kind", "wanted"),
    [
        # a person "of" a body: the person speaks, not the body's acronym spelled out
        (
            "Eva-Maria Aigner of the VCS, the Seltavian pilots' union",
            "organisation",
            "Vereinigung Cockpit Seltavia",
            "name",
            "Eva-Maria Aigner",
        ),
        (
            "The negotiator, Sanna Kivelä of the Association of Port Operators (APO",
            "organisation",
            "Association of Port Operators",
            "name",
            "Sanna Kivelä",
        ),
        # a body with its acronym: its full name, not the country at its end
        (
            "The Federation of Health Workers of Caldonia (FHWC",
            "name",
            "Caldonia",
            "organisation",
            "Federation of Health Workers of Caldonia",
        ),
        (
            "The Council of Northern Energy Regulators (CNER",
            "name",
            "Regulators",
            "organisation",
            "Council of Northern Energy Regulators",
        ),
        (
            "The Competition and Consumer Board (CCB), Marrenland's antitrust watchdog",
            "organisation",
            "Competition and Consumer Board (CCB), Marrenland's antitrust watchdog",
            "organisation",
            "Competition and Consumer Board",
        ),
        # a person's apposition naming a body with its acronym stays the person
        (
            "Sigrid Aalund, chair of the Saltvik Terminal Operators' Association (STOA)",
            "name",
            "Sigrid Aalund",
            "name",
            "Sigrid Aalund",
        ),
        # nothing to repair
        ("Transport Minister Marie-Claire Oduya", "name", "Marie-Claire Oduya", "name", "Marie-Claire Oduya"),
    ],
)
def test_the_name_that_speaks(text: str, kind: str, name: str, wanted_kind: str, wanted: str) -> None:
    mention = Mention(0, len(text), text, kind, name=name)
    found = repaired(mention, ACRONYMS)
    assert (found.kind, found.name) == (wanted_kind, wanted)


def test_a_person_gets_the_gender_of_their_given_name() -> None:
    text = "Eva-Maria Aigner of the VCS"
    found = repaired(Mention(0, len(text), text, "organisation", name="VCS"), {})
    assert found.gender == "f"


@pytest.mark.parametrize(
    ("text", "kind", "name", "wanted_kind", "wanted"),
    [
        # the body's officer after its acronym speaks, not the body
        (
            "Saltvik Terminal Operators' Association (STOA) chief Harjit Pal Dhillon",
            "name",
            "Harjit Pal Dhillon",
            "name",
            "Harjit Pal Dhillon",
        ),
        # with no person after the acronym, the body does
        (
            "The Federation of Health Workers of Caldonia (FHWC",
            "name",
            "Caldonia",
            "organisation",
            "Federation of Health Workers of Caldonia",
        ),
    ],
)
def test_an_officer_after_a_body_s_acronym_speaks(
    text: str, kind: str, name: str, wanted_kind: str, wanted: str
) -> None:
    found = repaired(Mention(0, len(text), text, kind, name=name), ACRONYMS)
    assert (found.kind, found.name) == (wanted_kind, wanted)


@pytest.mark.parametrize(
    ("text", "name", "wanted"),
    [
        # an opening phrase's person, her appositions, then the subject: both people, each apart
        (
            "Gwen Rhys-Jenkins, the Plaid MP for Arfon West, Mr ab Owain",
            "Gwen Rhys-Jenkins",
            [("Gwen Rhys-Jenkins", "f"), ("ab Owain", "m")],
        ),
        (
            "Marit Lunde, the committee's chair, Ms Ingrid Halvorsen",
            "Marit Lunde",
            [("Marit Lunde", "f"), ("Ingrid Halvorsen", "f")],
        ),
        # one person and her appositions: one person
        ("Marit Lunde, the committee's chair, Ms Lunde", "Marit Lunde", [("Marit Lunde", None)]),
        ("Marit Lunde, the committee's chair, who sits for Varnes", "Marit Lunde", [("Marit Lunde", None)]),
        ("Marit Lunde, the committee's chair", "Marit Lunde", [("Marit Lunde", None)]),
    ],
)
def test_a_phrase_that_ends_with_another_person_names_both(
    text: str, name: str, wanted: list[tuple[str, str | None]]
) -> None:
    found = persons_named(Mention(0, len(text), text, "name", name=name), {})
    assert [(m.name, m.gender) for m in found] == wanted
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The delay worries Ray Boisvenu, president of the Eastside Business Guild.",
            "president of the Eastside Business Guild",
        ),
        ("It was signed by Ray Boisvenu, the union's spokesman, on Monday.", "the union's spokesman"),
        # an age, a place, another name: no office
        ("The delay worries Ray Boisvenu, 54, of Eastside.", None),
        ("The delay worries Ray Boisvenu, Tom Lind and the council.", None),
        # an office between two names introduces the second
        ("It happened after Ray Boisvenu, the agency's spokesman, Ada Brell, said so.", None),
    ],
)
def test_an_office_set_off_after_a_name_is_its_role(text: str, role: str | None) -> None:
    name = "Ray Boisvenu"
    at = text.index(name)
    mention = Mention(at, at + len(name), name, "name", name=name, gender="m", number="sg")
    assert apposed_role(mention, text).role == role
