"""A direct quote that goes on after its attribution, in articles not in English (invented text)."""

from __future__ import annotations

import pytest

from onrecord.extract.foreign import find_foreign_candidates


def _found(text: str, language: str) -> list[tuple[str, str, str | None]]:
    analysis = find_foreign_candidates(text, language)
    return [(c.kind, text[c.start : c.end], c.mention.text if c.mention else None) for c in analysis.candidates]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "„Die Halle bleibt bis Ostern zu“, sagte die Betriebsleiterin Jana Vogt. „Wir warten auf die Gutachter.“",
            "de",
            ("direct", "Die Halle bleibt bis Ostern zu“, sagte die Betriebsleiterin Jana Vogt. „Wir warten auf die "
             "Gutachter.", "Jana Vogt"),
        ),
        (
            "«El agua no llegó a tiempo», dijo Rosa Benítez el martes a la radio. «Nadie nos avisó».",
            "es",
            ("direct", "El agua no llegó a tiempo», dijo Rosa Benítez el martes a la radio. «Nadie nos avisó",
             "Rosa Benítez"),
        ),
        (
            "« Le pont restera fermé », a-t-il précisé. « Nous ne prendrons aucun risque. »",
            "fr",
            ("direct", "Le pont restera fermé », a-t-il précisé. « Nous ne prendrons aucun risque.", "il"),
        ),
    ],
)
def test_a_quotation_going_on_after_its_attribution_is_one_record(
    text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _found(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the second quotation has a cue of its own
        ("„Die Halle bleibt zu“, sagte Jana Vogt. „Wir warten ab“, fügte sie hinzu.", "de"),
        # another sentence between: another speaker
        ("„Die Halle bleibt zu“, sagte Jana Vogt. Ihr Kollege Ralf Brehm widersprach: „Das stimmt nicht.“", "de"),
        # another paragraph
        ("„Die Halle bleibt zu“, sagte Jana Vogt.\n\n„Wir warten auf die Gutachter.“", "de"),
    ],
)
def test_a_quotation_with_an_attribution_of_its_own_stays_apart(text: str, language: str) -> None:
    assert len([k for k, _, _ in _found(text, language) if k == "direct"]) == 2
