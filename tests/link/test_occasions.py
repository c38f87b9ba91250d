from __future__ import annotations

import pytest

from onrecord.link.occasions import named_weekday, repeated_before, said_again


@pytest.mark.parametrize(
    ("before", "after", "again"),
    [
        ("Thursday. In the same interview, Marchetti said", ' again: "We will not sell', True),
        ("On Saturday, in a written statement, he repeated the claim, adding", " that every", True),
        ("In the House on Tuesday he repeated", " the charge, and added a figure", True),
        ("Nella stessa intervista la manager ha ribadito", ": «Non venderemo", True),
        ("Devant les députés, la ministre a répété", " que", True),
        ("Am Donnerstag bekräftigte", " Halvorsen, dass", True),
        ("Вечером министр снова заявил", ", что", True),
        # a manner, not a second occasion; "again" in the words quoted, not in the attribution
        ("Kessler was asked repeatedly about the hub and said", " that", False),
        ('and we will never do this again," he said', "", False),
        ("The minister said", ' on Tuesday: "We will meet again next week', False),
        ("Pia Lund said", " that", False),
    ],
)
def test_the_attribution_tells_of_words_said_again(before: str, after: str, again: bool) -> None:
    assert said_again(before, after) is again


@pytest.mark.parametrize(
    ("before", "after", "weekday"),
    [
        ('That\'s all I\'ll say," she told', " reporters Monday, declining to name the last two senators.", 0),
        ("Whitcomb said", " Tuesday that", 1),
        ("According to the Herald, Kulkarni had said", " on Monday: ", 0),
        ("Am Mittwoch sagte", " Halvorsen, dass", 2),
        # no weekday, two weekdays, a weekday's event, a weekday inside the words quoted
        ("Sen. Dolores Whitcomb, D-Ariz., told", " reporters outside the Senate chamber.", None),
        ("On Monday and again on Thursday she said", " that", None),
        ("Ahead of Friday's vote, she said", " that", None),
        ('We meet on Friday," the minister said', ". ", None),
    ],
)
def test_the_attribution_names_the_weekday_said(before: str, after: str, weekday: int | None) -> None:
    assert named_weekday(before, after) == weekday


@pytest.mark.parametrize(
    ("before", "again"),
    [
        (
            "Ramesh Kulkarni repeated on Wednesday, at an event to open a library in Nadigaon, what he had "
            'said on Monday. "',
            True,
        ),
        ("Am Mittwoch wiederholte die Ministerin, was sie am Montag gesagt hatte. „", True),
        ("She restated her position at the hearing: '", True),
        # no word of repetition; one inside a quotation; the quote goes on a sentence of its own
        ('The minister spoke to reporters on Tuesday. "', False),
        ('He said "we will repeat this" and left. "', False),
        ("He repeated the charge, adding that ", False),
    ],
)
def test_the_sentence_before_a_quote_tells_of_words_said_again(before: str, again: bool) -> None:
    assert repeated_before(before) is again
