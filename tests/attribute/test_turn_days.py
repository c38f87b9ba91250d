from __future__ import annotations

import re
from datetime import date

import pytest

from onrecord import extract
from onrecord.attribute import turn_days
from onrecord.attribute.turn_days import in_a_turn, relaying_turn, turn_tells_its_own_day
from onrecord.extract.candidates import Candidate

_SHOW = """WRTV 9 — THE DOCKSIDE HOUR
TRANSCRIPT
Recorded: Friday, September 24, 2027, 7:40 p.m. ET

ROWENA PRYDDE, HOST: Councillor, has the port authority said anything?

DELAHUNT: {turn}

PRYDDE: Thank you.
"""


@pytest.mark.parametrize(
    ("turn", "day"),
    [
        # words the turn relays, nothing in it naming another day: the day the show records
        (
            "I caught their harbour master at the slipway at seven this morning, and she told me the east quay "
            "would stay shut.",
            "2027-09-24",
        ),
        ("Their harbour master came down to the slipway. She said the east quay would stay shut.", "2027-09-24"),
        # the turn names another day before them: no day of the show's
        ("Their harbour master wrote to us on Monday. She said the east quay would stay shut.", "2027-09-20"),
        # an occasion of their own, undated: no day
        ("Their harbour master told me the first time we met that the east quay would stay shut.", None),
        # words given verbatim: recalled in the past, no day; read out for their speaker, the show's
        ('Their harbour master is an old friend. She told me, "The east quay will stay shut."', None),
        ('Their harbour master has asked me to read this out: "The east quay will stay shut."', "2027-09-24"),
        # words remembered from long ago or as a habit are of no day of the show's
        ("My grandmother always told me the east quay would stay shut.", None),
        ("Years ago the old lock keeper told me the east quay would stay shut.", None),
        ("Their harbour master sat in this studio a year ago and said the east quay would stay shut.", None),
        # an hour of a night, or an event the words came after, is an occasion of their own
        ("At four in the morning the pilots told us that the east quay would stay shut.", None),
        ("Their harbour master told me after the second tide that the east quay would stay shut.", None),
        # but an occasion of today is the show's day
        ("After the briefing this morning their harbour master told me the east quay would stay shut.", "2027-09-24"),
    ],
)
def test_words_a_turn_relays_are_of_the_recording_day_unless_it_names_another(turn: str, day: str | None) -> None:
    quotes = extract(_SHOW.format(turn=turn))
    relayed = [q for q in quotes if q.text.lower().startswith("the east quay")]
    assert [q.said_on for q in relayed] == [day]


def _turn(start: int, end: int) -> Candidate:
    return Candidate("direct", [(start, end)], None, None, "speech", None, 0, frame="turn")


def _relayed(start: int, end: int) -> Candidate:
    return Candidate("indirect", [(start, end)], (start - 5, start - 1), None, "speech", None, 0)


def test_relaying_turn_is_the_turn_a_quote_starts_in() -> None:
    turn, inner, outside = _turn(0, 60), _relayed(30, 50), _relayed(70, 90)
    candidates = [turn, inner, outside]
    assert relaying_turn(candidates, inner) is turn
    assert relaying_turn(candidates, outside) is None
    assert relaying_turn(candidates, turn) is None


def test_in_a_turn_is_a_turn_or_words_inside_one() -> None:
    turn, inner, outside = _turn(0, 60), _relayed(30, 50), _relayed(70, 90)
    candidates = [turn, inner, outside]
    assert in_a_turn("x" * 100, candidates, turn)
    assert in_a_turn("x" * 100, candidates, inner)
    # words on the line the turn opens, past the turn's own words, are the turn's
    assert in_a_turn("x" * 100, candidates, outside)
    assert not in_a_turn("x" * 65 + "\n" + "x" * 34, candidates, outside)
    # ... and so are words on a line a label opens, though no turn of its own words was kept
    assert in_a_turn("x" * 65 + "\nHOST: Thank you. In a statement, the firm said", [outside], outside)


@pytest.mark.parametrize(
    ("told", "tells"),
    [
        ("He came to the studio this afternoon. He said ", True),
        ("He said ", True),
        ("He phoned on Tuesday. He said ", False),
        ("He told me when we spoke ", False),
        ("He told me last week ", False),
        # a time of another occasion that no weekday names
        ("He mentioned in the summer that ", False),
        ("On the night of the regatta he rang me. He said ", False),
        ("He wrote to us on the closing day of the fair, ", False),
        # long ago, a habit, a night's hour, an event before: not the turn's day
        ("Years ago he told me ", False),
        ("My uncle used to say ", False),
        ("At two in the morning he rang and said ", False),
        ("He told me after the final whistle that ", False),
        # unless the sentence makes them today's, or the hour or event is today's
        ("He rang at six this morning. He said ", True),
        ("He told me after the vote today that ", True),
        ("He told us before the broadcast began that ", True),
        ("Years ago we sailed together. He rang me an hour ago and said ", True),
    ],
)
def test_turn_tells_its_own_day(told: str, tells: bool) -> None:
    text = told + "the ferry would sail."
    turn, inner = _turn(0, len(text)), _relayed(len(told), len(text))
    assert turn_tells_its_own_day(text, turn, inner, date(2027, 5, 13)) is tells
    assert not turn_tells_its_own_day(text, turn, inner, None)


def test_all() -> None:
    assert set(turn_days.__all__) == {"in_a_turn", "relaying_turn", "turn_tells_its_own_day"}


def test_relaying_turn_given_the_text_is_also_an_interviewers_turn() -> None:
    """Words relayed in a presenter's question turn have that turn as their relaying turn; a
    reporter's recorded package does not."""
    text = (
        "Recorded Monday 3 May 2027. Presenter: Corin Aldwater.\n\n"
        "ALDWATER: Good evening. The operator says the line reopens tomorrow. Is that right?\n\n"
        "STOBBE: It is.\n\n"
        "ALDWATER: And the cost?\n\n"
        "STOBBE: Nobody knows yet.\n\n"
        "REPORTER: The league says the ban stands. Will it?\n"
    )
    start = text.index("the line reopens")
    relayed = _relayed(start, start + 24)
    assert relaying_turn([], relayed) is None
    turn = relaying_turn([], relayed, text)
    assert turn is not None and turn.start == text.index("Good evening")
    package = text.index("the ban stands")
    assert relaying_turn([], _relayed(package, package + 14), text) is None


@pytest.mark.parametrize(
    ("sentence", "relays"),
    [
        ("The operator says the line reopens tomorrow.", True),  # cued in the present
        ("The operator has told us the line reopens tomorrow.", True),  # the present perfect
        ("The operator told this programme the line reopens tomorrow.", True),  # told to the programme
        ("The operator said the line reopens tomorrow.", False),  # a past report the question recalls
    ],
)
def test_a_presenters_turn_relays_words_on_air_only(sentence: str, relays: bool) -> None:
    """A presenter's question turn dates the words it relays on air, not those it recalls."""
    text = (
        "Recorded Monday 3 May 2027. Presenter: Corin Aldwater.\n\n"
        f"ALDWATER: Good evening. {sentence} Is that right?\n\n"
        "STOBBE: It is.\n\n"
        "ALDWATER: And the cost?\n\n"
        "STOBBE: Nobody knows yet.\n"
    )
    start = text.index("the line reopens")
    cue = re.search(r"(says|told|said)", text).span()
    relayed = Candidate("indirect", [(start, start + 24)], cue, None, "speech", None, 0)
    assert (relaying_turn([], relayed, text) is not None) is relays
