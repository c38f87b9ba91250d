"""Attribution over whole articles: the speakers an article names, one per id."""

from __future__ import annotations

import pytest

from onrecord.clean import clean
from onrecord.extract import analyse_article
from onrecord.model import Document


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # two spellings of one name share an id: one speaker, named as first seen
        (
            "Kremlin spokesman Dmitry Peskov said the talks had failed.\n\n"
            "«Мы готовы», — сказал Дмитрий Песков, the agency reported. Дмитрий Песков said the plan was dead.",
            [("p:dmitri-peskov", "Dmitry Peskov")],
        ),
        # found by fuzzing: a stray quotation mark inside a name
        (
            '"The talks had failed," Niamh Corrigan wrote on X.\n\n'
            'Niamh C»orrigan wrote on X: "The talks had failed." Niamh Corrigan wrote on X: "We are ready."',
            [("p:niamh-korigan", "Niamh Corrigan")],
        ),
    ],
)
def test_one_article_speaker_per_id(text: str, speakers: list[tuple[str, str]]) -> None:
    _, found = analyse_article(clean(Document(text, "test.txt", "text")))
    people = [(s.local_id, s.name) for s in found if s.kind == "person"]
    assert people == speakers
    assert len({s.local_id for s in found}) == len(found)
