from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract.notes import notes_to_readers

_BODY = (
    "Senator Ada Morvell said on Tuesday that the bill would pass.\n\n"
    '"We have the votes," Morvell told reporters.\n\n'
)


@pytest.mark.parametrize(
    "note",
    [
        "Editor’s note: Brant Kolver regularly insults reporters and has repeatedly pledged to close the "
        "border to all travellers.",
        "Editor's Note: This article said the mayor had promised to resign; she said she would consider it.",
        "Correction: An earlier version of this story said Mr. Kolver had pledged to cut taxes by half.",
    ],
)
def test_an_outlets_note_to_readers_holds_no_statements(note: str) -> None:
    text = _BODY + note + "\n"
    quotes = extract(text)
    assert quotes, "the body's quotes are still found"
    assert all(q.start < text.index(note) for q in quotes)
    assert any("the bill would pass" in q.text for q in quotes)


def test_notes_are_whole_paragraphs_at_any_place() -> None:
    text = "Editors' note: the interview was edited.\n\nThe mayor said the plan would go ahead."
    assert notes_to_readers(text) == [(0, text.index("\n\n"))]
    assert notes_to_readers("The editor's note: nothing") == []  # mid-sentence, no label
    assert extract(text)[0].text.startswith("the plan")
