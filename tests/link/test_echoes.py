"""A direct quote that opens by echoing the report right before it."""

from __future__ import annotations

import pytest

from onrecord.link import echoes
from onrecord.link.echoes import Span, echo_pairs, opens_with_echo


def test_public_names() -> None:
    assert echoes.__all__ == ["ECHO_GAP", "ECHO_WORDS", "Span", "echo_pairs", "opens_with_echo"]


@pytest.mark.parametrize(
    ("report", "quote", "echoed"),
    [
        ("27 looms had been lost, not 30", "Twenty-seven. We counted them twice", True),
        ("she had warned the board twice in June", "Twice. By letter. Nobody answered", True),
        ("he had ordered every loom shut for checks", "Forty looms. All of them, today", False),  # a figure of its own
        ("she had warned the board in June", "Twice. By letter. Nobody answered", False),
        ("the mill would reopen", "No. Not this year", False),  # no figure, no content word
        ("the mill would reopen in May", "The mill will reopen in May once the roof is fixed", False),  # no fragment
    ],
)
def test_opens_with_echo(report: str, quote: str, echoed: bool) -> None:
    assert opens_with_echo(report, quote, "en") is echoed


def _spans(gap: int, kind: str = "indirect", article: str = "a") -> list[Span]:
    report = "the guild said 27 looms had been lost"
    return [
        Span("a", kind, 100, 100 + len(report), report, "en"),
        Span(article, "direct", 100 + len(report) + gap, 200 + len(report) + gap, "Twenty-seven. We counted", "en"),
    ]


@pytest.mark.parametrize(
    ("spans", "pairs"),
    [
        (_spans(3), [(0, 1)]),
        (_spans(40), []),  # not right after the report
        (_spans(3, kind="direct"), []),  # two direct quotes
        (_spans(3, article="b"), []),  # two articles
    ],
)
def test_echo_pairs(spans: list[Span], pairs: list[tuple[int, int]]) -> None:
    assert echo_pairs(spans) == pairs
