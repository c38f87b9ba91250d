"""Title-case headlines are no reported speech; their direct quotes are."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract.headlines import is_title_case_headline


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        ("John Vell Denies Presenter's Suggestion He Was Passed A Note On Deficit Question", True),
        ("Senator Says Budget Deal Is Dead On Arrival", True),
        ("The senator said the budget deal was dead on arrival.", False),
        ("Tom Vell Said", False),  # too short to tell
        ("THE SENATOR SAYS THE DEAL IS DEAD", False),  # capitals: a transcript's speech
    ],
)
def test_title_case_headline(sentence: str, headline: bool) -> None:
    assert is_title_case_headline(sentence) is headline


def test_a_headline_gives_no_reported_speech_but_its_quote_stays() -> None:
    text = (
        "John Vell Denies Presenter's Suggestion He Was Passed A Note On Deficit Question\n\n"
        "Vell on the note: \u201cNot at all, there was no paper.\u201d\n\n"
        "Tom Vell said on Tuesday that he had not been passed a note."
    )
    found = [q.text for q in extract(text)]
    assert not [t for t in found if "Suggestion" in t]
    assert "he had not been passed a note" in found
    assert "Not at all, there was no paper." in found
