"""Role phrases compared across articles."""

from __future__ import annotations

import pytest

from onrecord.resolve.roles import compatible, describes_person, role_shape, shares_detail, shares_word, spells_role


@pytest.mark.parametrize(
    ("role", "holder", "fits", "detail"),
    [
        ("the minister", "Health Minister", True, False),
        ("the former minister", "health minister", True, False),
        ("the health minister", "Minister of Health", True, True),
        ("the health minister", "transport minister", False, False),
        ("the minister", "prime minister", False, False),
        ("the minister", "deputy minister", False, False),
        ("the Transalpa chief", "Chief Executive Officer of Transalpa", True, True),
        ("the Transalpa chief", "chief executive of Norland Air", False, False),
        ("the Halvorian drugmaker's chief executive", "Chief Executive Officer of Calderan", True, False),
        (
            "its president",
            "Dr Pierre-Yves Kessler, president of the Estrellan Federation of Hospital Doctors",
            True,
            False,
        ),
        ("its president", "leader of the opposition Social Democratic Union", False, False),
        ("the union leader", "chairman of the dockworkers' union", True, False),
        ("the union leader", "party leader", False, False),
        ("the governor", "Gov.", True, False),
        ("the mayor", "Brennau's mayor", True, False),
        ("the Kremlin spokesman", "press secretary", True, False),
        ("his chief of staff", "sports minister", False, False),
        # a body named in full in one phrase, by its initials in the other
        ("head of the Federal Water Resilience Agency", "FWRA Director", True, True),
        ("President of the Port Authority of Saint-Lys", "PASL president", True, True),
        ("head of the Federal Water Resilience Agency", "FCC Director", False, False),
        ("the Chief Executive Officer", "CEO of Transalpa", True, False),  # an office, no body
        ("the head of state", "Halvorian President", True, False),  # a republic's head of state
        ("the president", "head of state", False, False),  # not every head of state is a president
    ],
)
def test_a_role_fits_the_offices_it_may_name(role: str, holder: str, fits: bool, detail: bool) -> None:
    a, b = role_shape(role), role_shape(holder)
    assert a is not None and b is not None
    assert compatible(a, b) is fits
    assert shares_detail(a, b) is detail


@pytest.mark.parametrize(
    ("role", "holders", "closest"),
    [
        ("the borough council's leader", ["finance chief", "council leader"], "council leader"),
        ("the Wehrtal economy minister", ["minister", "Wehrtal minister of economy"], "Wehrtal minister of economy"),
    ],
)
def test_of_several_fitting_roles_the_one_saying_the_same_is_closest(
    role: str, holders: list[str], closest: str
) -> None:
    a = role_shape(role)
    assert a is not None
    shapes = {h: role_shape(h) for h in holders}
    assert all(s is not None and compatible(a, s) for s in shapes.values())
    assert [h for h, s in shapes.items() if s is not None and shares_word(a, s)] == [closest]


@pytest.mark.parametrize("phrase", ["Mr", "Frau", "61", "himself", "the former"])
def test_words_that_name_no_office_are_no_role(phrase: str) -> None:
    assert role_shape(phrase) is None


@pytest.mark.parametrize(
    ("acronym", "phrase", "spelled"),
    [
        ("CS", "Health Cabinet Secretary", True),
        ("CS", "Cabinet Secretary, Dr. Wanjiru Odhiambo", True),
        ("DG", "director-general of the agency", True),
        ("CEO", "chief executive officer", True),
        ("PS", "Water Permanent Secretary", True),
        ("DG", "Dr. Grace", False),  # initials ending in no role: an honorific and a name
        ("KTA", "chairperson of the Kisoma Traders' Association", False),  # a body's initials, not the role
    ],
)
def test_an_acronym_may_spell_a_role(acronym: str, phrase: str, spelled: bool) -> None:
    assert spells_role(acronym, phrase) is spelled


@pytest.mark.parametrize(
    ("role", "person"),
    [
        ("conservative presidential nominee", True),
        ("the senator", True),
        ("chief executive", True),
        ("director of the coastal fisheries institute", True),
        ("ohio sen.", True),
        ("rev.", True),
        ("one of the mayor's closest aides", True),
        ("now a consultant", True),
        ("(r-ore.), chairman of the budget panel", True),
        ("tallmark, mont., fire chief", True),
        ("chief of staff", True),
        ("waterfront property developer", True),
        ("novel writer", True),
        ("his eldest daughter", True),
        ("her liberal opponent", True),
        ("climate scholar", True),
        ("the representative", True),
        ("inspector-general", True),
        ("surveyor heading the review", True),
        ("farmhand", True),
        ("her colleague", True),
        # everyday trades and states of people that no ending gives away
        ("parish priest", True),
        ("local vet", True),
        ("midwife", True),
        ("the abbey's nun", True),
        ("the night warden", True),
        ("army medic", True),
        ("mountain guide", True),
        ("security guard", True),
        ("star witness", True),
        ("crash victim", True),
        ("former marine", True),
        ("chess champion", True),
        ("head chef", True),
        ("a monk", True),
        # a verb form, an adverb, a thing, a body, a place, a name: no role of the person's
        ("fact-checking", False),
        ("only about", False),
        ("book", False),
        ("cement", False),
        ("companies", False),
        ("police", False),
        ("election", False),
        ("prominent north dakota", False),
        ("marta quill (d-nev.)", False),
        ("former", False),
        ("chief operating", False),
        ("asked on friday", False),
        # a bare word for a side
        ("rival", False),
        ("republican", False),
        ("Democrat", False),
    ],
)
def test_a_recorded_role_is_headed_by_a_noun_for_a_person(role: str, person: bool) -> None:
    assert describes_person(role) is person
