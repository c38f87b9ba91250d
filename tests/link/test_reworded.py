from __future__ import annotations

import pytest

from onrecord.link import reworded
from onrecord.link.features import tokens
from onrecord.link.reworded import REWORDED_WORDS, rewords_the_quote

_QUOTE = (
    "Our water use will be cut. The river board has set it in the permit, "
    "and the drought has made it hard for everyone."
)


def test_public_names() -> None:
    assert reworded.__all__ == ["REWORDED_WORDS", "rewords_the_quote"]
    assert REWORDED_WORDS == 5


@pytest.mark.parametrize(
    ("report", "days", "reworded_"),
    [
        # seven of its eleven content words are the quote's
        (
            "the mill had been ordered to cut its water use during the drought under a permit from the river board",
            (None, None),
            True,
        ),
        (
            "the mill had been ordered to cut its water use during the drought under a permit from the river board",
            (40, 40),
            True,
        ),
        # told of two different days: the speaker may take up the claim again on another occasion
        (
            "the mill had been ordered to cut its water use during the drought under a permit from the river board",
            (39, 40),
            False,
        ),
        # only four content words shared
        ("the tannery would pay a fine to the river board for its water use", (None, None), False),
        # six shared, but not half of a long report's words
        (
            "the mill, which employs three hundred people across two valleys and supplies most bakeries in the "
            "region, had been told by the river board that its water use must be cut during the drought",
            (None, None),
            False,
        ),
    ],
)
def test_a_report_that_rewords_the_quote(report: str, days: tuple[int | None, int | None], reworded_: bool) -> None:
    assert rewords_the_quote(tokens(report), tokens(_QUOTE), 0.5, days) is reworded_
