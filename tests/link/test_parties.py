from __future__ import annotations

import pytest

from onrecord.link import parties
from onrecord.link.features import tokens
from onrecord.link.parties import party_swapped


def test_public_names() -> None:
    assert parties.__all__ == ["party_swapped"]


@pytest.mark.parametrize(
    ("a", "b", "swapped"),
    [
        # the association wrote to two parties on one day: two claims
        (
            "it had written to the city council on April 28 asking for an earlier start",
            "it had written to the race organizers on April 28",
            True,
        ),
        (
            "the ministry had met with the port unions on Friday",
            "the ministry had met with the shipowners on Friday",
            True,
        ),
        ("the loan came from the regional bank last spring", "the loan came from the pension fund last spring", True),
        # a party named in full and in short is one party
        ("it had written to the city council on April 28", "it had written to the council on April 28", False),
        (
            "it complained to the regional councillors about the noise",
            "it complained to the council about the noise",
            False,
        ),
        (
            "his first visit would be to the fishing community at Kerrow Point",
            "his first visit would be to the fishermen at Kerrow Point",
            False,
        ),
        # the same party, another verb: a paraphrase, not a swap
        ("she had written to the city council in March", "she had complained to the city council in March", False),
        # a figure or a day in the slot is the figures' and days' to tell apart
        ("the fund sent money to the 12 villages on Monday", "the fund sent money to the 40 villages on Monday", False),
        ("he spoke to the crowd on Monday morning", "he spoke to the crowd on Tuesday morning", False),
        # a verb that addresses a party takes it with no preposition, and the same preposition follows
        (
            "it has asked the regatta committee for a full written report by Friday",
            "it had asked the river police for a full report",
            True,
        ),
        (
            "the minister urged the port authority to reopen the quay",
            "the minister urged the unions to reopen the quay",
            True,
        ),
        # the same party in full and in short, and a verb that addresses nobody
        ("she thanked the volunteer crews for their work", "she thanked the crews for their work", False),
        # thanks reworded: one thanks, not two parties
        (
            "I want to thank the firefighters for their courage last night",
            "I want to thank the emergency services for their courage last night",
            False,
        ),
        ("he said the plan for the bridge was sound", "he said the scheme for the bridge was sound", False),
        # no preposition and determiner before the slot
        ("the council approved the plan on Monday", "the mayor approved the plan on Monday", False),
        # the slot is at the end: nothing shared after it tells it is one frame
        ("the letter went to the city council", "the letter went to the race organizers", False),
    ],
)
def test_two_parties_in_one_slot(a: str, b: str, swapped: bool) -> None:
    assert party_swapped(tokens(a), tokens(b)) is swapped
    assert party_swapped(tokens(b), tokens(a)) is swapped
