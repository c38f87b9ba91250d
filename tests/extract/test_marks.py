from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.extract.marks import find_quotes


def _contents(text: str) -> list[list[str]]:
    return [[text[s:e] for s, e in q.pieces] for q in find_quotes(text) if q.nested_in is None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We are ready," she said.', [["We are ready"]]),
        ("“We are ready,” she said, “but not at any price.”", [["We are ready"], ["but not at any price."]]),
        ("‘British style,’ she said.", [["British style"]]),
        ("«Мы работаем над миром», заявил он.", [["Мы работаем над миром"]]),
        ("Er sagte: „Wir arbeiten am Frieden“.", [["Wir arbeiten am Frieden"]]),
        ("Er sagte: »Wir arbeiten«.", [["Wir arbeiten"]]),
        ("''Old wire style,'' he said.", [["Old wire style"]]),
        ("「平和のために」と述べた。", [["平和のために"]]),
        # apostrophes are not quotes
        ("Ukraine's leaders' talks in the '90s don't count.", []),
        ("O’Brien said the plan’s cost was high.", []),
        # multi-paragraph: the opening mark repeats, only the last paragraph closes
        ("“First paragraph.\n\n“Second paragraph,” he said.", [["First paragraph.", "Second paragraph"]]),
        # a line break inside one quotation: the next line closes it without opening again
        (
            'He said, "The offer is unfounded.\n\nThere is no truth in it."',
            [["The offer is unfounded.", "There is no truth in it."]],
        ),
        # ... but a next line that opens a quote of its own does not
        ('He said, "The offer is unfounded.\n\nShe said "no" twice.', [["no"]]),
        # an unbalanced mark costs only its own quote
        ('A stray " mark here. "Then a real quote," he said.', [["Then a real quote"]]),
        ('"Unclosed quote\n\nNext paragraph." he said "Another one."', [["Another one."]]),
        # found by fuzzing: marks around nothing but invisible characters quote nothing
        ('"\x0b"', []),
        ("“\xa0”", []),
        ('"\u3000" and “\u200b”', []),
        ("‘\u200f’", []),
        ("“\u200bWe are ready\xa0”", [["\u200bWe are ready\xa0"]]),
    ],
)
def test_find_quotes(text: str, expected: list[list[str]]) -> None:
    assert _contents(text) == expected


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        # curly marks inside straight ones, and straight inside curly: a quote inside the quote
        (
            '"I\'ll read you the question: “Will the plan raise your rent?” Forty-one, yes," she said.',
            "I'll read you the question: “Will the plan raise your rent?” Forty-one, yes",
            "Will the plan raise your rent?",
        ),
        ("“He told me \"no way\" at the gate,” Ostrow said.", 'He told me "no way" at the gate', "no way"),
    ],
)
def test_a_quote_in_the_other_style_of_double_marks_is_nested(text: str, outer: str, inner: str) -> None:
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes if q.nested_in is None] == [outer]
    assert [text[q.start : q.end] for q in quotes if q.nested_in is not None] == [inner]


def test_a_block_in_straight_marks_goes_on_past_a_paragraph_opening_with_curly_ones() -> None:
    text = '"First paragraph of the block.\n\n“Never again,” she said of it, and more.\n\n"Last paragraph."'
    assert _contents(text) == [
        ["First paragraph of the block.", "“Never again,” she said of it, and more.", "Last paragraph."]
    ]


def test_a_block_never_closed_leaves_the_curly_quotes_alone() -> None:
    text = '"She walked in, singing “Go, go!”\n\n“That is right,” Ana said.'
    assert _contents(text) == [["Go, go!"], ["That is right"]]


def test_a_mark_of_the_other_style_still_closes_the_quote() -> None:
    text = '“We are ready," she said. "It\'s over,” he replied.'
    assert _contents(text) == [["We are ready"], ["It's over"]]


def test_nested_quote_is_marked() -> None:
    text = "\"He told me 'we are ready,' and left,\" she said."
    quotes = find_quotes(text)
    outer = [q for q in quotes if q.nested_in is None]
    inner = [q for q in quotes if q.nested_in is not None]
    assert [text[q.start : q.end] for q in outer] == ["He told me 'we are ready,' and left"]
    assert [text[q.start : q.end] for q in inner] == ["we are ready"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*list("ab .,\n\"“”'‘’«»„"), "said", "\n\n"]), max_size=60).map("".join))
def test_any_marks_give_well_formed_spans(text: str) -> None:
    for q in find_quotes(text):
        assert 0 <= q.open <= q.start <= q.end <= q.close <= len(text)
        for s, e in q.pieces:
            assert s < e and text[s:e].strip() == text[s:e]


def test_a_quote_over_paragraphs_whose_last_closing_mark_is_missing_ends_with_its_last_paragraph() -> None:
    text = (
        'The captain told Radio Fenn after the game: "We were beaten by a better side.\n\n'
        '"We did not run enough in the second half.\n\n'
        '"They know how to close out a game like that.\n\n'
        'Ostrova added: "We will be back next season."\n'
    )
    quotes = find_quotes(text)
    texts = [text[q.start : q.end] for q in quotes]
    assert texts[0].startswith("We were beaten") and texts[0].endswith("a game like that.")
    assert len(quotes[0].pieces) == 3
    assert texts[-1] == "We will be back next season."


def test_one_paragraph_left_open_makes_no_quote_of_its_own() -> None:
    text = 'He said: "We were beaten.\n\nOstrova added: "We will be back."\n'
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["We will be back."]
