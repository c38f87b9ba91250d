"""A content the parse stopped at its subject runs on through its verb to the sentence's end."""

from __future__ import annotations

from onrecord import extract
from onrecord.extract.candidates import ExtractOptions

_RULES = ExtractOptions(model="rules")


def test_a_content_stopped_at_its_subject_runs_through_the_verb() -> None:
    text = (
        "Oswin Tarrant, regional officer of the Harbour Nurses' Union (HNU), told the Gazette that nurses in "
        'the emergency department had "felt called liars" by the medical director\'s first account.'
    )
    assert [q.text for q in extract(text, options=_RULES)] == [
        'nurses in the emergency department had "felt called liars" by the medical director\'s first account'
    ]


def test_a_whole_that_clause_is_left_alone() -> None:
    text = "Oswin Tarrant told the Gazette that the ward would reopen in May."
    assert [q.text for q in extract(text, options=_RULES)] == ["the ward would reopen in May"]
