"""A person's name in their own language, in parentheses after the name another language gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.archive import Archive
from onrecord.attribute.original_names import original_name


@pytest.mark.parametrize(
    ("forms", "text", "original"),
    [
        # a Latvian paper respells and inflects the name, and gives the original once
        (
            ["Margita-Klēra Ošvuda", "Ošvuda"],
            "Direktore Margita-Klēra Ošvuda (Margaret-Claire Oswood) otrdien sacīja, ka ...",
            "Margaret-Claire Oswood",
        ),
        (["Rodžers Vinters"], "Koroners Rodžers Vinters (Roger Winter) sacīja ...", "Roger Winter"),
        # another script: no word count or first letter to compare
        (["周美琳"], "市议员周美琳（Mei-Lin Zhou）在选举中获胜。", "Mei-Lin Zhou"),
        # a constituency or a firm in parentheses is no name of the person
        (["Mary-Kate Fahy"], "Mary-Kate Fahy (Kilmarrow East) said the road would close.", None),
        (["Sarah-Jane Moss"], "Sarah-Jane Moss (Peveril Equity Research) said prices would rise.", None),
        # another person's name, with another first letter
        (["Tomas Berglund"], "Tomas Berglund (Anna Lindqvist) ...", None),
        # a surname alone tells not whose name it is
        (["Ošvuda"], "sacīja Ošvuda (Margaret Oswood)", None),
    ],
)
def test_the_name_in_parentheses_is_the_person_s_own(forms: list[str], text: str, original: str | None) -> None:
    assert original_name(forms, text) == original


def test_an_article_s_speaker_goes_by_the_original_name(tmp_path: Path) -> None:
    """The name in parentheses is the one the article's speaker takes, so the corpus joins it to
    the person other articles name so."""
    path = tmp_path / "a.jsonl"
    rows = [
        ("a1", "Margita Ošvuda (Margaret Oswood) said on Monday that the ward would close in May."),
        ("a2", "Margaret Oswood said on Tuesday that the ward would close in May."),
    ]
    path.write_text("\n".join(json.dumps({"id": i, "published": "2027-05-04", "text": t}) for i, t in rows) + "\n")
    with Archive(":memory:") as archive:
        archive.ingest([str(path)])
        found = {a: {q.speaker.name for q in archive.quotes(article=a) if q.speaker} for a, _ in rows}
    assert found == {"a1": {"Margaret Oswood"}, "a2": {"Margaret Oswood"}}
