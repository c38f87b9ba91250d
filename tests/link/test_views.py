from __future__ import annotations

import pytest

from onrecord.link.views import clauses


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "revenue rose 9 per cent to €184 million, while operating profit rose 4 per cent",
            ["revenue rose 9 per cent to €184 million", "operating profit rose 4 per cent"],
        ),
        (
            "der Umsatz stieg um neun Prozent, während der Gewinn um vier Prozent zulegte",
            ["der Umsatz stieg um neun Prozent", "der Gewinn um vier Prozent zulegte"],
        ),
        ("the union would hold out while talks went on", []),  # no comma, no subject: one clause
    ],
)
def test_a_second_claim_set_beside_the_first_is_a_clause(text: str, parts: list[str]) -> None:
    assert clauses(text) == parts
