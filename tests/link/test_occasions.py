from __future__ import annotations

import pytest

from onrecord.link.occasions import (
    another_ending,
    named_weekday,
    repeated_before,
    repeated_later,
    repeats_itself,
    said_again,
    spoken_on,
    still_holds,
    weekdays_named,
)


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
        # going further than before: another occasion too; not when the speaker declined to
        ("Pressed by the council, the mayor went further and said", ": \"We will", True),
        ("Later that evening Brandt had gone a step further, telling", " the paper that", True),
        ("Asked for more, she declined to go further and said", " only that", False),
        ("He would not go further than that, and said", " that", False),
        # something other than the speaker going further; the same occasion
        ("Fares went further up on Friday, and Quillan said", " that", False),
        ("Quillan, whose motion went further than the board's, said", " that", False),
        ("Quillan went further in the same speech, saying", " that", False),
        ("Then she went further, telling", " the board that", True),
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
        # the hour in another time zone, in brackets: an aside, not the day said
        ("The returning officer declared the result shortly after 3 a.m. (1900 GMT Friday) and said", " that", None),
        ("The council voted at 1 a.m. (23.00 GMT Tuesday) and its chair said", " that", None),
        ("Late on Sunday (early Monday in Europe) the mayor said", " that", 6),
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
        # the sentence before ends in a quotation of its own; a paragraph between them
        ('"The study was sound," the professor told the radio station. "And I stand by it." She repeated her '
         'main point later in the programme. "', True),
        ('"We are ready," he said.\n\nHe restated the promise in the afternoon.\n\n"', True),
        ("On Friday the councillor went further: “", True),
        ("Speaking to the Gazette, Okafor goes further. \"", True),
        # not the speaker going further: fares, a motion, another speaker brought in for the first time
        ("Fares went further down on Friday after the vote. \"", False),
        ("The motion went further than the board had hoped, closing two depots. \"", False),
        ("The board met on Friday. His second, Tovald Quillan, went further. \"", False),
        # no word of repetition; one inside a quotation; the quote goes on a sentence of its own
        ('The minister spoke to reporters on Tuesday. "', False),
        ('He said "we will repeat this" and left. "', False),
        ("He repeated the charge, adding that ", False),
        ('"I said it again and again," she told the panel. "', False),
    ],
)
def test_the_sentence_before_a_quote_tells_of_words_said_again(before: str, again: bool) -> None:
    assert repeated_before(before) is again


@pytest.mark.parametrize(
    ("text", "repeats"),
    [
        ("I said it on Saturday and I'll say it again: this squad is good enough to stay up", True),
        ("I said it yesterday when I landed and I say it again: we have not come for photographs", True),
        ("Look, I said it on Tuesday and I will say it again tonight: families deserve answers", True),
        ("On Monday I called this the worst decision in thirty years. I say it again today", True),
        ("Je l'ai dit hier et je le redis ce matin : j'assume l'entière responsabilité", True),
        ("Lo repito: no habrá recortes en la sanidad pública", True),
        # no first-person telling of a repetition: words about again, another's repetition
        ("We will never let this happen again", False),
        ("They keep saying it again and again, but the figures say otherwise", False),
        ("We will meet again next week to finish the annex", False),
    ],
)
def test_the_quotes_own_words_tell_of_a_second_occasion(text: str, repeats: bool) -> None:
    assert repeats_itself(text) is repeats


@pytest.mark.parametrize(
    ("after", "later"),
    [
        (" on the tarmac, a line he repeated almost word for word on Tuesday.", True),
        (" on Monday, and she repeated it in the chamber on Thursday.", True),
        (", before repeating it to the committee on Friday.", True),
        (" in a statement, a reassurance she later reiterated to reporters.", True),
        # the cue's own repetition, or none
        (" again on Tuesday, adding that the talks would go on.", False),
        (" on Tuesday, adding that the talks would go on.", False),
        (", once more, that the plant would stay open.", False),
    ],
)
def test_the_attribution_tells_of_words_said_again_later(after: str, later: bool) -> None:
    assert repeated_later(after) is later


def test_a_later_repetition_is_neither_the_quotes_repetition_nor_its_day() -> None:
    after = " on the tarmac, a line he repeated almost word for word on Tuesday."
    assert not said_again('photographs," he said', after)
    assert named_weekday('photographs," he said', after) is None
    assert said_again('photographs," he said', " again on Tuesday.")


@pytest.mark.parametrize(
    ("a", "b", "another"),
    [
        # one sentence in common, then the same frame filled another way
        (
            ("We are not against the toll", "We are against paying it twice."),
            ("We are not against the toll", "We are against being taken for fools."),
            True,
        ),
        (
            ("We back the plan. We want it built by spring with local labour.",),
            ("We back the plan. We want it built by a foreign firm.",),
            True,
        ),
        (
            ("We back the plan. We want the bridge finished in May.",),
            ("We back the plan. We want the tunnel dug in June.",),
            True,
        ),
        # the same quote cut short, or with a word edited; a single sentence (another translation)
        (("We are not against the toll", "We are against paying it twice."), ("We are not against the toll.",), False),
        (
            ("We back the plan. We want the bridge finished in May.",),
            ("We back the plan. We want the bridge done in May.",),
            False,
        ),
        (("We will not give up an inch of our land",), ("We will not surrender a single metre",), False),
        # the same lines closed by two last sentences with no content word in common
        (
            ("Safety is not an extra. It is the job. The new ferry proves it.",),
            ("Safety is not an extra. It is the job. And if we fail at that, we should close.",),
            True,
        ),
        # ... but not when the last one is another piece of an interrupted quote (the outlet may
        # have left a sentence out between its pieces), one sentence more, or words in common
        (
            ("Safety is not an extra. It is the job.", "The new ferry proves it."),
            ("Safety is not an extra. It is the job. And if we fail at that, we should close.",),
            False,
        ),
        (
            ("Safety is not an extra. It is the job. The new ferry proves it.",),
            ("Safety is not an extra. It is the job. The new ferry proves it. Ask the crews.",),
            False,
        ),
        (
            ("Safety is not an extra. It is the job. The new ferry proves it.",),
            ("Safety is not an extra. It is the job. Every ferry we build proves it.",),
            False,
        ),
    ],
)
def test_the_same_opening_with_another_ending(a: tuple[str, ...], b: tuple[str, ...], another: bool) -> None:
    assert another_ending(a, b) is another


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("The cruise lines had on Monday asked for berths. In a statement, the chief replied", {0}),
        ("said on Tuesday what he had said on Monday", {0, 1}),
        ("the minister told reporters outside the chamber", set()),
        ("ahead of Friday's vote, the chief said", set()),  # an event's day
        ("the pier opens on mon. at noon", set()),  # a short form is a word too
        ("bà nói hôm thứ Năm rằng", {3}),  # Vietnamese Thursday, by the number's capital
        ("lần thứ năm bà nói vậy", set()),  # the ordinal "fifth"
    ],
)
def test_weekdays_named(text: str, named: set[int]) -> None:
    assert weekdays_named(text) == named


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ('he still expects a vote on the toll "before the snow comes', True),
        ("she still firmly believed the pause was a mistake", True),
        ("the union still wanted the whole package", True),
        ("the ferry was still out of service", False),  # no stance: a state of things
        ("familjen fortfarande kommer att stämma bryggan om inget händer", True),  # Swedish
        ("hon tror fortfarande att omröstningen blir av", True),
        ("hun mener fortsatt at avtalen er god", True),  # Norwegian
        ("färjan är fortfarande ur drift", False),  # a state of things again
        ("he expects a vote on the toll before the snow comes", False),
    ],
)
def test_a_report_of_a_position_still_held(text: str, holds: bool) -> None:
    assert still_holds(text) is holds


@pytest.mark.parametrize(
    ("paragraphs", "weekday", "spoken"),
    [
        (["MARLOW — Harbour chief Ines Varga promised Tuesday that the north quay would stay open."], 1, True),
        (["The minister told the county's transport committee on Thursday that fares would rise."], 3, True),
        (["The agency said in a statement Friday it would appeal."], 4, True),
        # the day of an event: the story's quotes may be said after it
        (["DUNMORE (NW) — Councillor Ada Pike unseated the mayor on Tuesday, riding a pledge."], 1, False),
        (["Line crews worked Wednesday to restore power to 9,000 homes after an ice storm that began."], 2, False),
        # the first sentence that names the day decides; a cue in another sentence does not count
        (["Ada Pike won on Tuesday.", "Pike said on Tuesday that she would call the mayor."], 1, False),
        (["Ada Pike said it would take years. The count ended Tuesday."], 1, False),
        (["The union said nothing."], 0, False),  # no such day named
    ],
)
def test_spoken_on(paragraphs: list[str], weekday: int, spoken: bool) -> None:
    assert spoken_on(paragraphs, weekday) == spoken
