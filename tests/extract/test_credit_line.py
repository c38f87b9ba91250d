"""The agencies an article's closing credit line names, which are no speakers of its quotes."""

from __future__ import annotations

import pytest

from onrecord.extract.credit_line import credited_agencies
from onrecord.extract.foreign import find_foreign_candidates


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sorvi tavo meri.\n\n(KV/Larkpress)\n", {"KV", "Larkpress"}),
        ("Sorvi tavo meri.\n(Larkpress, Amber News)", {"Larkpress", "Amber News"}),
        # a credit of people, a sentence's aside: no agency
        ("Sorvi tavo meri.\n(Reporting by Ilse Varnow; editing by Tomas Brink)", set()),
        ("Sorvi tavo meri (Larkpress).", set()),
        ("Sorvi tavo meri.", set()),
    ],
)
def test_the_names_of_the_closing_credit(text: str, names: set[str]) -> None:
    assert credited_agencies(text) == frozenset(names)


def test_a_quotation_framed_with_the_credited_wire_is_the_person_the_sentence_before_names() -> None:
    # an invented language with no data: "vorelte" (she said), "nami" (to), "ajensi" (agency)
    text = (
        "LAMBOR - Mira Keslo, kulu bodi Tavo, sorvi plaketa orvi.\n\n"
        "\u201cSun orvi nalta tavo meri,\u201d vorelte nami ajensi Larkpress, dina Sorvi.\n\n"
        "(KV/Larkpress)\n"
    )
    direct = [c for c in find_foreign_candidates(text, "").candidates if c.kind == "direct"]
    assert [c.mention.text if c.mention else None for c in direct] == ["Mira Keslo"]
