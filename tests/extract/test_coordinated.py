"""Two that-clauses under one cue are two records; a second clause that points back at the first,
or sets itself against it with "but", goes on with it."""

from __future__ import annotations

import re

import pytest

from onrecord import extract
from onrecord.extract.candidates import ExtractOptions

_RULES = ExtractOptions(model="rules")


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "Halvard Ostrem said the cost of a long legal battle would outweigh any benefit, and that a new "
            "application could be filed before the end of the year.",
            [
                "the cost of a long legal battle would outweigh any benefit",
                "a new application could be filed before the end of the year",
            ],
        ),
        (
            "Mirela Tocan said on Thursday that the company would spend 18 million dollars on the dam this year "
            "and that it would not be going to court.",
            [
                "the company would spend 18 million dollars on the dam this year",
                "it would not be going to court",
            ],
        ),
        # the second clause hung on the cue by the parser: the rest of the sentence, quotes and all
        (
            'Brackwater Mining said in a statement on Thursday that it was "disappointed" by the minister\'s '
            'remarks and that it had "at all times" kept the regulator informed of ground conditions.',
            [
                'it was "disappointed" by the minister\'s remarks',
                'it had "at all times" kept the regulator informed of ground conditions',
            ],
        ),
    ],
)
def test_two_that_clauses_are_two_records(text: str, contents: list[str]) -> None:
    assert [q.text for q in extract(text, options=_RULES)] == contents
    assert len({q.cue.start for q in extract(text, options=_RULES) if q.cue is not None}) == 1


def test_a_quotation_inside_the_second_clause_is_part_of_it() -> None:
    text = (
        'Mira Holt, the nurses\' representative at the hospital, said her staff were "devastated" and that nobody '
        'should be "hanging a nurse out to dry" before the inquiry had even begun its work.'
    )
    found = extract(text, options=_RULES)
    assert [q.text for q in found] == [
        'her staff were "devastated"',
        'nobody should be "hanging a nurse out to dry" before the inquiry had even begun its work',
    ]
    assert [q.kind for q in found] == ["mixed", "mixed"]
    assert len({q.cue.start for q in found if q.cue is not None}) == 1


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the second clause points back at the first
        (
            "The envoy stated it is time for the island to hold an election, and that its people should have "
            "this opportunity.",
            "it is time for the island to hold an election, and that its people should have this opportunity",
        ),
        # "but that" sets it against the first
        (
            'The coast guard said the trawler was "not in distress", but that the weather would worsen on Wednesday.',
            'the trawler was "not in distress", but that the weather would worsen on Wednesday',
        ),
        # an elliptical subject: the first clause's noun understood
        (
            "Inquiry chair Ada Morrow said this phase would last 14 weeks, and that the second, on the "
            "refurbishment, would take 40.",
            "this phase would last 14 weeks, and that the second, on the refurbishment, would take 40",
        ),
        # "that" before a bare noun is the demonstrative, not a second clause
        (
            "Police chief Ivo Brask said a second device was found on Pier Street and that location was sealed.",
            "a second device was found on Pier Street and that location was sealed",
        ),
        # "and that" inside the speaker's quotation is the speaker's
        (
            'Ilse Brandvold said the plan was "fair to the towns and that is what matters to us".',
            'the plan was "fair to the towns and that is what matters to us"',
        ),
    ],
)
def test_one_statement_stays_one_record(text: str, content: str) -> None:
    assert [q.text for q in extract(text, options=_RULES)] == [content]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # a second verb of speech with its own that-clause is a second report, with its own cue
        (
            "The Tarvel central bank said price pressures had spread to services and projected that "
            "inflation would average 5.2% this year.",
            [
                ("price pressures had spread to services", "said"),
                ("inflation would average 5.2% this year", "projected"),
            ],
        ),
        (
            "The dockers' union said the talks with the port had collapsed on Monday and warned that its "
            "members would strike on Thursday.",
            [
                ("the talks with the port had collapsed on Monday", "said"),
                ("its members would strike on Thursday", "warned"),
            ],
        ),
    ],
)
def test_a_second_cue_verb_opens_a_second_report(text: str, contents: list[tuple[str, str]]) -> None:
    quotes = extract(text, options=_RULES)
    assert [(q.text, q.cue.text if q.cue else None) for q in quotes] == contents
    assert len({q.speaker.name if q.speaker else None for q in quotes}) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the reported person's own act: "claimed" goes with "had lied"
        "Ines Harrow said the minister had lied and claimed that the audit was clean.",
        # a bare verb is part of what was said
        "Odile Marsh said the council should repair the bridge and ensure that buses can cross it by May.",
    ],
)
def test_a_verb_of_the_reported_clause_is_no_second_cue(text: str) -> None:
    first = extract(text, options=_RULES)[0]
    assert first.cue is not None and first.cue.text == "said"
    assert " and " in first.text


def test_the_next_report_s_subject_is_no_part_of_the_content() -> None:
    text = (
        "Brennick Freight said it would appeal, and its HR director, Oskar Lind, told the Gazette the "
        'tribunal had "got this wrong".'
    )
    assert [q.text for q in extract(text, options=_RULES)] == ["it would appeal", 'the tribunal had "got this wrong"']


def test_the_next_report_s_subject_follows_the_last_and() -> None:
    """An "and" inside the content does not hide the later ", and" before the next subject."""
    text = (
        "Orren Mills said it would cut shifts and close a line, and its union steward, Bo Tarr, told the "
        "Herald the plan was unfair."
    )
    contents = ["it would cut shifts and close a line", "the plan was unfair"]
    assert [q.text for q in extract(text, options=_RULES)] == contents


def test_a_clause_of_the_content_before_a_cue_is_no_subject() -> None:
    """ "and there was nothing to worry about, said X": the words after "and" are a clause of what
    was told, not the subject of the cue after them."""
    text = (
        "The mayor told us on Sunday night the dam had been checked in October and there was nothing to "
        "worry about, said Hedda Lunn, 71."
    )
    told = [q for q in extract(text, options=_RULES) if q.cue is not None and q.cue.text == "told"]
    assert [q.text for q in told] == ["the dam had been checked in October and there was nothing to worry about"]


def test_a_coordinated_subject_after_the_content_is_no_part_of_it() -> None:
    """The parse ends the content before the last conjunct of the next report's subject ("..., and
    its steward, X, and Y told"): the whole group is cut off, not left in the content."""
    text = (
        "Talvik Dairies said it would shut a plant and sell two trucks, and its steward, Pell Oram, and Wenna "
        "Crail told the Ledger the plan was rushed."
    )
    contents = ["it would shut a plant and sell two trucks", "the plan was rushed"]
    assert [q.text for q in extract(text, options=_RULES)] == contents


@pytest.mark.parametrize(
    ("content", "subject"),
    [
        ("it would appeal, and its HR director, Pell Oram", "its HR director, Pell Oram"),
        ("it would cut shifts and close a line, and Pell Oram", "Pell Oram"),
        # "and X and Y said": both names are the subject group
        ("it would appeal, and Pell Oram and Wenna Crail", "Pell Oram and Wenna Crail"),
        ("it would appeal, and the steward and Wenna Crail", "the steward and Wenna Crail"),
        # the first "and" joins clauses of the content: only the noun phrase after the last one
        ("prices would rise and wages would fall, and Wenna Crail", "Wenna Crail"),
    ],
)
def test_the_subject_group_takes_in_its_conjuncts(content: str, subject: str) -> None:
    from onrecord.extract.coordinated import _subject_group

    cut = _subject_group(content, 0, len(content))
    assert cut is not None
    assert re.sub(r"^[\s,]*and\s+", "", content[cut:]) == subject
