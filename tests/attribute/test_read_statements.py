"""The owner of a statement another person read out is its speaker, not the reader."""

from __future__ import annotations

import pytest

from onrecord.attribute.read_statements import read_for_client, statement_owner
from onrecord.extract import extract
from onrecord.extract.mentions import Mention


def _reader(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention(at, at + len(name), name, "name", name=name)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # "from him": the one "he" stands for
        ("A short statement from him was read on the quay by his barrister, Greta Lindqvist: ", "he"),
        ("A letter from her was read out at the meeting by the club's secretary, Greta Lindqvist: ", "she"),
        # a name, perhaps after a description
        ("A statement from Anders Holm was read out by his sister, Greta Lindqvist: ", "Anders Holm"),
        (
            "A statement from the owner, the ferry operator Anders Holm, was read on the quay by Greta Lindqvist: ",
            "Anders Holm",
        ),
        # no statement read for another: the reader speaks
        ("Greta Lindqvist read the names of the crew: ", "Greta Lindqvist"),
        ("A statement from him was expected. Later, Greta Lindqvist said: ", "Greta Lindqvist"),
    ],
)
def test_the_statement_is_its_owners(text: str, owner: str) -> None:
    text += '"We were at sea."'
    cue = text.index(" read") + 1 if " read" in text else text.index(" said") + 1
    found = statement_owner(_reader(text, "Greta Lindqvist"), text, (cue, cue + 4))
    assert (found.name or found.text) == owner


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Greta Lindqvist, barrister for skipper Anders Holm, has read a brief letter on her client's behalf: ",
            "Anders Holm",
        ),
        (
            "Greta Lindqvist, representing the trawler owner Anders Holm, read a brief letter on her client's behalf: ",
            "Anders Holm",
        ),
        # read for nobody named so
        ("Greta Lindqvist, a lawyer for the club, has read a statement to reporters: ", "Greta Lindqvist"),
        # a "for" of no lawyer: no client named
        (
            "Greta Lindqvist, a nurse for Tarvin Royal Infirmary, has read a brief letter on her client's behalf: ",
            "Greta Lindqvist",
        ),
        (
            "Greta Lindqvist, who campaigned for Councillor Anders Holm, read a brief letter on her client's behalf: ",
            "Greta Lindqvist",
        ),
        # on behalf of another than a client: no one her description names
        (
            "Greta Lindqvist, barrister for skipper Anders Holm, has read a brief letter on her employer's behalf: ",
            "Greta Lindqvist",
        ),
    ],
)
def test_a_statement_read_on_a_clients_behalf_is_the_clients(text: str, owner: str) -> None:
    cue = text.index(" read ") + 1
    found = read_for_client(_reader(text, "Greta Lindqvist"), text, (cue, cue + 4))
    assert found.name == owner


def test_a_statement_read_by_a_lawyer_is_the_skippers() -> None:
    text = (
        "The trawler's skipper, Captain Anders Holm, spent Monday in hospital and has given no interviews. "
        "A short statement from him was read on the quay by his barrister, "
        'Greta Lindqvist: "The crew come first. I have nothing more to add."'
    )
    quotes = extract(text, published="2027-05-20")
    assert quotes and quotes[-1].speaker is not None and quotes[-1].speaker.name == "Anders Holm"


@pytest.mark.parametrize(
    "text",
    [
        # the reader speaks in her own words after the reading
        'After a letter from the mayor Anders Holm was read out by the ferry clerk, Greta Lindqvist said: "We sail."',
        'A letter from Anders Holm was read out by the ferry clerk, and Greta Lindqvist said: "We sail at noon."',
        # the reading sets the time of her words
        'When a letter from Anders Holm was read out by Greta Lindqvist: "We sail at noon."',
    ],
)
def test_the_readers_own_words_are_hers(text: str) -> None:
    at = text.index(" said") + 1 if " said" in text else text.index(" read") + 1
    cue = (at, at + 4)
    found = statement_owner(_reader(text, "Greta Lindqvist"), text, cue)
    assert found.name == "Greta Lindqvist"


def test_a_statement_read_for_a_relative_is_not_her_employers() -> None:
    text = (
        "Retired ferryman Anders Holm was fined on Friday. His niece Greta Lindqvist, a porter for "
        "Tarvin Royal Infirmary, read a statement on her uncle's behalf outside the court: "
        '"I am sorry for the harm I did."'
    )
    cue = text.index(" read ") + 1
    found = read_for_client(_reader(text, "Greta Lindqvist"), text, (cue, cue + 4))
    assert (found.kind, found.role) == ("other", "her uncle")
    quotes = extract(text, published="2027-06-04")
    assert quotes and quotes[-1].speaker is not None and quotes[-1].speaker.name == "Anders Holm"


def test_a_letter_read_out_before_the_readers_own_words_is_not_hers() -> None:
    text = (
        "TARVIN, June 4, 2027 - After a letter from the retired ferryman Anders Holm was read out by "
        'the harbour clerk, Greta Lindqvist said: "The ferry will run on Sundays again."'
    )
    quotes = extract(text, published="2027-06-04")
    assert quotes and quotes[-1].speaker is not None and quotes[-1].speaker.name == "Greta Lindqvist"
