from __future__ import annotations

import pytest

from onrecord.link.features import features, tokens
from onrecord.link.rendered import clause_rendered, renders_a_clause_apart

_QUOTE = (
    "The leak began in the pipe under the west platform. We were wrong about the east platform, "
    "and I would rather say so now than have someone find it in an audit"
)


@pytest.mark.parametrize(
    ("report", "pieces", "clause"),
    [
        # the sentence sharing most of the report's words, not the one naming its place
        (
            "the leak had begun in the pipe under the east platform",
            (_QUOTE,),
            "The leak began in the pipe under the west platform",
        ),
        # one clause: nothing to choose
        ("the leak had begun in the pipe", ("The leak began in the pipe under the west platform",), None),
        # two clauses share as many words: none stands out
        ("the pumps and the valves were checked", ("The pumps were checked. The valves were checked",), None),
        # too few words shared with any clause
        ("nobody was hurt", (_QUOTE,), None),
        # an interrupted quote's pieces are clauses of their own
        (
            "the ferry would sail on Friday morning",
            ("The ferry will sail on Friday morning", "and the tickets bought for Thursday stay valid"),
            "The ferry will sail on Friday morning",
        ),
    ],
)
def test_the_clause_a_report_renders(report: str, pieces: tuple[str, ...], clause: str | None) -> None:
    assert clause_rendered(tokens(report), pieces) == clause


@pytest.mark.parametrize(
    ("report", "quote", "apart"),
    [
        # a place changed in the clause it renders; the whole quote names both places
        ("the leak had begun in the pipe under the east platform", _QUOTE, True),
        ("the leak had begun in the pipe under the west platform", _QUOTE, False),
        # a figure changed in the clause it renders; the other clause gives the report's figure
        (
            "the line would reopen in 12 days",
            "The line will reopen in 9 days. Last week we said 12 days, and that was too cautious",
            True,
        ),
        (
            "the line would reopen in 9 days",
            "The line will reopen in 9 days. Last week we said 12 days, and that was too cautious",
            False,
        ),
        # a party changed in the clause it renders, a clause that opens with "And"
        (
            "Brackwell had never paid a single invoice",
            "Not once. And Town Hall has never paid a single invoice either. It is not only the contractor",
            True,
        ),
        # a modal verb is the report writer's choice, not a change of claim
        (
            "the pumps would stay off until the review was complete",
            "We found the fault on Tuesday. The pumps should stay off until the review is complete",
            False,
        ),
        # a report of several clauses is compared whole, as before
        ("the leak had begun under the east platform, and the pumps were checked", _QUOTE, False),
        # another language: not read here
        ("das Leck begann in der Leitung unter dem Ostbahnsteig", _QUOTE, False),
    ],
)
def test_a_report_apart_from_the_clause_it_renders(report: str, quote: str, apart: bool) -> None:
    lang = "de" if report.startswith("das") else "en"
    assert renders_a_clause_apart(tokens(report), report, features(report, lang), (quote,), "en") is apart
