from __future__ import annotations

import pytest

from onrecord.link.asides import opens_in_an_aside
from onrecord.link.features import tokens


@pytest.mark.parametrize(
    ("short", "long", "spliced"),
    [
        ("the operator should pay every family", "the county, not just the operator, should pay every family", True),
        (
            "Velmar Freight should repay the growers",
            "the ministry, not only Velmar Freight, should repay the growers",
            True,
        ),
        ("the harbour board would decide", "the minister — not the harbour board — would decide", True),
        # the aside alone, or the claim's own subject
        ("the operator", "the county, not just the operator, should pay every family", False),
        ("the county should pay every family", "the county, not just the operator, should pay every family", False),
        # no aside: a comma and a negator that negates the clause after it
        ("the operator should pay", "the operator should pay, not wait for the courts", False),
    ],
)
def test_a_partial_wording_spliced_out_of_an_aside(short: str, long: str, spliced: bool) -> None:
    assert opens_in_an_aside(tokens(short), long) is spliced
