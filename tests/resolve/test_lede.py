"""A role of a body in the lede is the person the next paragraph names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.archive import Archive
from onrecord.resolve.lede import of_a_body

_LEDE = (
    "The water board will raise its tariffs by a fifth in May, its chairman said on Friday, a week "
    "after promising customers that prices would hold.\n\n"
)
_FILLER = "The meeting room was full and the cameras were rolling while the clerk read out the agenda. " * 8


@pytest.mark.parametrize(
    ("role", "body"),
    [
        ("its chairman", True),
        ("Its president", True),
        ("the club's manager", True),
        ("their union leader", True),
        ("the chairman", False),
        ("chief executive", False),
        ("Harbour Board chairman", False),
    ],
)
def test_a_role_of_a_body(role: str, body: bool) -> None:
    assert of_a_body(role) is body


@pytest.mark.parametrize(
    ("rest", "same"),
    [
        # the next paragraph names the person: the role is that person
        ('Councillor Tomasz Brzeg said after the board met that "the numbers do not add up."', True),
        # named too far from the role: kept apart
        (_FILLER + 'Councillor Tomasz Brzeg said after the board met that "the numbers do not add up."', False),
        # the person named next has a role of another kind in the article: kept apart
        (
            'Consumer advocate Tomasz Brzeg said after the board met that "the numbers do not add up."',
            False,
        ),
    ],
)
def test_a_role_of_a_body_in_the_lede_is_the_person_named_next(tmp_path: Path, rest: str, same: bool) -> None:
    text = _LEDE + rest
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a1", "text": text, "published": "2027-04-07"}) + "\n")
    with Archive(tmp_path / "x.db") as archive:
        archive.ingest([str(tmp_path / "a.jsonl")])
        quotes = archive.quotes(article="a1")
        [lede] = [q.speaker for q in quotes if "tariffs" in q.text]
        [named] = [q.speaker for q in quotes if "do not add up" in q.text]
        assert lede is not None and named is not None
        assert (lede.id == named.id) is same
