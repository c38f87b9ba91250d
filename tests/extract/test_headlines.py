"""Headlines, in title case or on a line of their own above the article, are no reported speech; their quotes are."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract.headlines import head_end, is_title_case_headline


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


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Floods close roads; mayor says stay home\n\nRain fell all night. Roads closed.", "Rain fell"),
        ("THE DAILY LEDGER\nMonday\n\nHeadline here\n\nBy Ana Ruiz\n\nThe council met. It agreed.", "The council"),
        # a first paragraph that closes as a sentence: no head
        ("The council met on Monday.\n\nIt agreed.", None),
        # no paragraph closes: bare lines, no head to tell from a body
        ("Line one\n\nLine two", None),
    ],
)
def test_head_end(text: str, body: str | None) -> None:
    assert head_end(text) == (text.index(body) if body else 0)


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        # a sentence-case headline's reported speech, above the first paragraph
        (
            "Flood warning for the north; Varnes mayor says stay home\n\n"
            "Mayor Ida Rask said the river would peak on Tuesday night.",
            "stay home",
            "the river would peak on Tuesday night",
        ),
        (
            "THE VARNES POST\n\nDrought no cause for concern yet, says farm minister\n\n"
            "Farm Minister Olav Berg said the ministry was watching the rainfall closely.",
            "Drought no cause for concern yet",
            "the ministry was watching the rainfall closely",
        ),
        # the same words in the body are the speaker's
        (
            "Rain in the north\n\nThe mayor says residents should stay home. The river will peak on Tuesday.",
            None,
            "residents should stay home",
        ),
    ],
)
def test_a_headline_line_in_sentence_case_gives_no_reported_speech(text: str, dropped: str | None, kept: str) -> None:
    found = [q.text for q in extract(text)]
    if dropped is not None:
        assert not [t for t in found if dropped in t]
    assert kept in found


def test_the_attributions_scope_keeps_a_headlines_report() -> None:
    """PolNeAR annotates a headline's attribution; the statements scope leaves it out."""
    from onrecord.extract import ExtractOptions

    text = (
        "Flood warning for the north; Varnes mayor says residents should stay home\n\n"
        "Mayor Ida Rask said the river would peak on Tuesday night."
    )
    wide = [q.text for q in extract(text, options=ExtractOptions.scope("attributions", "rules"))]
    narrow = [q.text for q in extract(text, options=ExtractOptions.scope("statements", "rules"))]
    assert "residents should stay home" in wide
    assert "residents should stay home" not in narrow
    assert "the river would peak on Tuesday night" in wide and "the river would peak on Tuesday night" in narrow


def test_a_quotation_standing_as_a_crosshead_is_no_quote() -> None:
    text = (
        "Tempers frayed at the parish meeting in Oxley on Monday.\n\n"
        "'Utter chaos'\n\n"
        'Resident Nell Baptiste said the evening had been "utter chaos" from start to finish.\n\n'
        '"We will be back next month," she said.\n'
    )
    quotes = [q.text for q in extract(text, published="2027-03-03")]
    assert "Utter chaos" not in quotes
    assert "We will be back next month," in quotes or "We will be back next month" in quotes


def test_a_short_quotation_closed_as_a_sentence_stays() -> None:
    text = 'The mayor spoke briefly at the gates on Monday.\n\n"We are not leaving."\n\nThen he went in.\n'
    assert any("We are not leaving" in q.text for q in extract(text, published="2027-03-03"))


def test_a_one_word_answer_standing_alone_is_no_crosshead() -> None:
    text = (
        "Asked on Thursday whether she would step down, Councillor Wenna Ostrova gave a one-word answer.\n\n"
        '"Never"\n\nThe vote is next week.\n'
    )
    assert any(q.text == "Never" for q in extract(text, published="2027-03-03"))
