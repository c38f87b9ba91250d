from __future__ import annotations

import pytest

from onrecord.link.views import clauses, unshifted, without_asides


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


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        (
            "the Tollan Valley Council, whose district lies partly in two counties, had backed it",
            "the Tollan Valley Council had backed it",
        ),
        ("the mayor, who took office in May, would veto the budget", "the mayor would veto the budget"),
        # no aside: the text itself
        ("the council would veto the budget, he said", "the council would veto the budget, he said"),
        # a relative clause that runs to the end is not set between commas
        ("she backed the plan, which the council drew up", "she backed the plan, which the council drew up"),
    ],
)
def test_a_report_without_the_journalist_s_asides(text: str, bare: str) -> None:
    assert without_asides(text) == bare


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("the port would reopen on Monday", "en", "the port will reopen on Monday"),
        ("Man sei mit dem Angebot nicht zufrieden", "de", "wir sind mit dem Angebot nicht zufrieden"),
        ("Einen Käufer habe man nicht gefunden", "de", "Einen Käufer haben wir nicht gefunden"),
        (
            "Der Umsatz sei gestiegen, die Kosten seien gefallen",
            "de",
            "Der Umsatz ist gestiegen, die Kosten sind gefallen",
        ),
        ("Man plane keine Schließung", "de", "Man plane keine Schließung"),  # a verb it has no form for
    ],
)
def test_reported_speech_is_compared_in_the_tense_it_was_said(text: str, language: str, said: str) -> None:
    assert unshifted(text, language) == said
