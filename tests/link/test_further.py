"""A later quote of one speaker, in one article, that says "also" is a further statement."""

from __future__ import annotations

import pytest

from onrecord.link.further import adds, further_pairs
from onrecord.link.linker import LinkItem, LinkOptions, link_block
from tests.link.embedders import close_embedder


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        # the later wording adds a party, a place, a sum
        ("the guild had written to the port authority", "It had also written to the harbour board", True),
        ("the ferry to Skelby would run on Sunday", "the ferry to Vannick would run on Sunday as well", True),
        ("Die Gilde hat dem Hafenamt geschrieben", "Sie hat auch dem Stadtrat geschrieben", True),
        # both add to a third claim, or neither says it adds
        ("it had also written to the port authority", "It had also written to the port authority", False),
        ("the guild had written to the port authority", "the guild wrote to the port authority", False),
    ],
)
def test_a_later_wording_that_adds_is_a_further_statement(first: str, second: str, apart: bool) -> None:
    assert bool(further_pairs([("a", 10, first), ("a", 90, second)])) is apart


def test_the_first_wording_may_say_also() -> None:
    # a report of the addition, then the speaker's own words of it, may be one statement
    assert further_pairs([("a", 10, "she had also written to the board"), ("a", 90, "I wrote to the board")]) == set()


def test_only_wordings_of_one_article() -> None:
    assert further_pairs([("a", 10, "the guild wrote to the port"), ("b", 90, "it also wrote to the port")]) == set()


def test_pairs_are_ordered_by_index() -> None:
    assert further_pairs([("a", 90, "it also wrote to the port"), ("a", 10, "the guild wrote to the port")]) == {(0, 1)}


def _item(qid: str, text: str, pos: int) -> LinkItem:
    return LinkItem(qid, "p:x", text, "indirect", "en", 100, "a", pos, "2026-01-05")



@pytest.mark.parametrize(
    ("second", "linked"),
    [("It had also asked", False), ("It had asked", True), ("The guild, which also runs the ferry, had asked", True)],
)
def test_linking_keeps_the_further_statement_apart(second: str, linked: bool) -> None:
    items = [
        _item("q1", "the guild had asked the port authority to meet its members this week", 10),
        # the same party asked: another party in that slot is another request (link/parties.py)
        _item("q2", second + " the port authority to meet its members this week", 120),
    ]
    labels = link_block(items, LinkOptions(unread_alone=False), close_embedder(0.9))
    assert (labels[0] == labels[1]) is linked


@pytest.mark.parametrize(
    ("text", "adding"),
    [
        # an "also" of the report's own verb, a clause-final "as well"
        ("It had also written to the harbour board", True),
        ("the lock at Pennow would close on Monday as well", True),
        ("the lock, which carries the towpath, would also close", True),
        # an "also" of a relative clause or a noun phrase, and "as well as", add nothing to the claim
        ("the lock, which also carries the towpath, must close for a month", False),
        ("the lock that Wenna Dorrit, who also chairs the canal trust, inspected must close", False),
        ("Ivo Pask, also a trustee of the canal, would stand down in June", False),
        ("tolls for barges but also narrowboats would rise in June", False),
        ("tolls for barges as well as narrowboats would rise in June", False),
    ],
)
def test_adds(text: str, adding: bool) -> None:
    assert adds(text) is adding


@pytest.mark.parametrize(
    "second",
    [
        "the lock, which also carries the towpath, must close for a month while crews mend it",
        "tolls for barges as well as narrowboats would rise by a tenth in June",
    ],
)
def test_an_also_of_a_clause_within_is_no_further_statement(second: str) -> None:
    assert further_pairs([("a", 10, "The lock must close for a month"), ("a", 90, second)]) == set()
