from __future__ import annotations

from datetime import date

import pytest

from onrecord import extract
from onrecord.attribute.occasions import occasion_day

_REF = date(2028, 4, 21)  # a Friday


@pytest.mark.parametrize(
    ("before", "sentence", "expected"),
    [
        # the occasion dated by its weekday's possessive, then named again by "the"
        (
            "At Tuesday's council meeting, the mayor spoke first. ",
            "           , he said at the meeting.",
            date(2028, 4, 18),
        ),
        (
            "By Wednesday night's vote the deal was done. ",
            "She said at the hearing it was done.",
            None,
        ),  # no hearing before
        # "on" and the weekday in the clause of the occasion
        (
            "Ines Darrow told a parish meeting in the old school on Thursday evening that the road was shut. ",
            "Colm Ostrowe, who chaired the meeting, said the county had been warned.",
            date(2028, 4, 20),
        ),
        (
            "The briefing at the port authority on Monday was short. ",
            "He added at the same briefing that fees would rise.",
            date(2028, 4, 17),
        ),
        # the last mention carries no day of its own: nothing dated
        (
            "On Monday the board met. Members asked for a meeting with staff. ",
            "She said at the meeting that pay would not change.",
            None,
        ),
        # another moment than the occasion's
        ("At Tuesday's meeting the plan was dropped. ", "Before the meeting, he said the plan was safe.", None),
        ("At Tuesday's meeting the plan was dropped. ", "He said after the meeting that it was a shame.", None),
        # a weekday in another clause of the sentence is not the occasion's
        ("The union held a meeting; on Monday the talks broke down. ", "He said at the meeting it would strike.", None),
        ("", "He said at the meeting that it was over.", None),
        # "the meeting" not as where the words were said
        (
            "At Tuesday's meeting the levy was passed. ",
            "Ola Brenn, who missed the meeting, said it was a scandal.",
            None,
        ),
        (
            "At Tuesday's meeting the levy was passed. ",
            "She said on radio, mocking the meeting, that it was a farce.",
            None,
        ),
        ("At Tuesday's meeting the levy was passed. ", "He said it on the eve of the meeting.", None),
        ("At Tuesday's meeting the levy was passed. ", "He said prior to the meeting that it would pass.", None),
        ("At Tuesday's hearing the case was adjourned. ", "She said when the hearing resumed that she was calm.", None),
        # an occasion still to come
        ("Growers will meet in Orrby for Thursday's forum. ", "Ida Falk said she would speak at the forum.", None),
        ("Growers will meet in Orrby for Thursday's forum. ", "Ida Falk said at the forum the price was low.", None),
        ("At Tuesday's meeting the levy was passed. ", "He said he would raise it again at the meeting.", None),
        # a body that sat on a day the story gave with a sitting verb: words told to it are of that day
        (
            "Oral evidence. The Committee took oral evidence on Thursday 20 April from Ms Ada Vale. ",
            "Ms Vale told the Committee that the fund was short.",
            date(2028, 4, 20),
        ),
        (
            "The Committee took oral evidence on Thursday from Ms Vale and Mr Orr. "
            "Ms Vale told the Committee that the fund was short. ",
            "Mr Orr told the Committee: ' '",
            date(2028, 4, 20),
        ),  # (past another's words told to the body, back to its sitting)
        (
            "The disciplinary panel met behind closed doors on Wednesday to hear the case. ",
            "The chief arbiter told the panel that he had removed the receiver.",
            date(2028, 4, 19),
        ),
        # a body named with a day but no sitting, or with no day: nothing dated
        ("The committee voted on Tuesday to cut the levy. ", "She told the committee it was unfair.", None),
        ("Tully sits on the Senate Energy Committee. ", "He told the committee the dam was unsafe.", None),
        ("The inquiry will sit on Monday. ", "She told the inquiry she had not been warned.", None),
        # the body's chair told someone else (review): no sitting's day
        (
            "The Committee took oral evidence on Thursday from Ms Vale. On Monday the bank cut 200 jobs. ",
            "Dame Ruth Orr, who chairs the committee, told the Courier: ' '",
            None,
        ),
        # told the occasion
        (
            "At Tuesday's meeting the levy was passed. ",
            "The treasurer told the meeting it was fair.",
            date(2028, 4, 18),
        ),
    ],
)
def test_occasion_day(before: str, sentence: str, expected: date | None) -> None:
    assert occasion_day(before, sentence, _REF) == expected


def test_no_reference_day_dates_nothing() -> None:
    assert occasion_day("At Tuesday's meeting it ended. ", "He said at the meeting.", None) is None


_MEETING = (
    "Ferry timetable cut after winter storms\n\n"
    "The island of Varholm, two hours by boat from the mainland, has grown used to waiting for ferries "
    "that come late or not at all, and this spring it will wait longer.\n\n"
    "Harbour director Oskar Lindqvist told a residents' meeting in Varholm on Thursday evening that two "
    "sailings a day would be dropped until June.\n\n"
    'Agnes Bertilsson, who chaired the meeting, said the islanders had not been asked. "We read it in the '
    'paper," she said.\n'
)


def test_words_said_at_the_occasion_take_its_day() -> None:
    quotes = extract(_MEETING, published="2028-04-21")
    chair = next(q for q in quotes if q.text.startswith("the islanders"))
    assert chair.said_on == "2028-04-20"
    assert chair.said_on_source == "occasion"
