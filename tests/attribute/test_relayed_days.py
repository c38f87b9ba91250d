"""The day a person who quotes another's words gives the call they heard them in."""

from datetime import date

import pytest

from onrecord import extract
from onrecord.attribute.relayed_days import relayed_day

REF = date(2026, 3, 12)  # a Thursday


@pytest.mark.parametrize(
    ("before", "sentence", "expected"),
    [
        # the call in the sentence before, or in the quoting sentence itself
        ("The coach rang me on Monday night.", "He told me, ", date(2026, 3, 9)),
        ("The warden said something to me on Tuesday that I keep thinking about.", "She said, ", date(2026, 3, 10)),
        ("", "When the surveyor called us on Wednesday, he said ", date(2026, 3, 11)),
        ("Her deputy phoned me this morning, actually.", "The governor promised me ", REF),
        ("The agent came to see me yesterday.", "She said ", date(2026, 3, 11)),
        # the call to the teller's office, or a call with no object
        ("The mayor rang my office on Monday night.", "She told me, ", date(2026, 3, 9)),
        ("The minister rang on Wednesday evening.", "She told me ", date(2026, 3, 11)),
        # a vague time, or none, dates nothing
        ("The coach rang me last week.", "He told me, ", None),
        ("The coach rang me.", "He told me, ", None),
        # a day with no call to the one who quotes: not the day the words reached them
        ("The vote was on Monday.", "He told me, ", None),
        ("The coach rang the club on Monday.", "He told me, ", None),
        # a call to a third person is no call to the one who quotes ("De Souza had called her on
        # Monday night, she said ... 'He was honest with me,' she said": her words, told later)
        ("Her manager called her on Tuesday.", "She said, ", None),
        # the quoting sentence's own call, undated, is the nearer one: the sentence before is another
        ("The coach rang me on Monday.", "He called me again and said, ", None),
    ],
)
def test_relayed_day(before: str, sentence: str, expected: date | None) -> None:
    assert relayed_day(before, sentence, REF) == expected


def test_no_reference_day_dates_nothing() -> None:
    assert relayed_day("The coach rang me on Monday.", "He said, ", None) is None


_STORY = (
    "Ferry operator promises compensation\n\nBy Lena Strom\n\n"
    "MARSHPORT — The ferry operator will compensate every stranded passenger, its chief executive"
    " said on Wednesday.\n\n"
    "Tomas Ekland, who runs a bakery on the quay, said the company had been slow. \"The manager rang"
    " me on Tuesday night. He told me, 'Every passenger will be paid in full,' and I believe him,\""
    " Ekland said.\n"
)


def test_words_quoted_inside_a_quote_take_the_day_of_the_call() -> None:
    quotes = extract(_STORY, published="2027-09-09")
    inner = next(q for q in quotes if q.text.startswith("Every passenger"))
    assert inner.said_on == "2027-09-07"


@pytest.mark.parametrize(
    "sentence",
    [
        "My aunt always told us, ",
        "Our old teacher used to say, ",
        "Years ago he told me, ",
        "As a boy I was told, ",
    ],
)
def test_words_said_as_a_habit_or_long_before_take_no_day_of_the_call(sentence: str) -> None:
    assert relayed_day("My cousin rang me on Monday.", sentence, REF) is None


def test_a_habit_in_the_cue_after_the_quoted_words_dates_nothing_either() -> None:
    assert relayed_day("My cousin rang me on Monday.", "", REF, " our grandmother always said.") is None
    assert relayed_day("My cousin rang me on Monday.", "", REF, " she said.") == date(2026, 3, 9)


def test_the_words_of_the_call_keep_its_day() -> None:
    text = (
        "Ruth Penhale spoke at the harvest supper. \"My brother phoned me on Tuesday. He told me,"
        " 'The orchard is sold.'\""
    )
    quotes = extract(text, published="2027-09-09")
    assert [q.said_on for q in quotes if q.text.startswith("The orchard")] == ["2027-09-07"]


def test_a_habit_before_the_quoted_words_dates_nothing_in_an_article() -> None:
    text = (
        "Ruth Penhale spoke at the harvest supper. \"My brother phoned me on Tuesday. Our grandmother"
        " always told us, 'Keep the orchard.'\""
    )
    quotes = extract(text, published="2027-09-09")
    assert [q.said_on for q in quotes if q.text.startswith("Keep the orchard")] == [None]


@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        # the teller wrote or went to someone else: the words came back from another
        ("I sent a letter to my landlord on Tuesday.", "The agent told me, "),
        ("I wrote to my senator on Tuesday about the noise.", "An aide told me, "),
        ("We visited our grandmother on Monday.", "The plumber told us, "),
        ("I met my cousin on Wednesday.", "The warden told me, "),
        # a thing that rings is no caller
        ("The school bell rang on Monday at noon and the gates stayed shut.", "The janitor told me, "),
        ("The smoke alarm rang on Tuesday night.", "The porter said, "),
        # the quoting sentence's own later moment: the call before is another occasion
        ("The agent rang me on Monday.", "A month later she told me, "),
    ],
)
def test_no_call_to_the_teller_on_that_day_dates_nothing(before: str, sentence: str) -> None:
    assert relayed_day(before, sentence, REF) is None


def test_a_call_to_the_tellers_home_keeps_its_day() -> None:
    assert relayed_day("The vicar phoned our home on Monday.", "He told us, ", REF) == date(2026, 3, 9)


def test_words_inside_a_reported_clause_take_the_day_of_the_call_its_teller_gives() -> None:
    # a reported clause that runs on over the next ("She told me the pier would close, and she said
    # the crews would ..."): the one who tells of both tells of the call in the sentence before
    from onrecord.attribute import _relayed_day
    from onrecord.extract.candidates import Candidate, find_candidates

    text = (
        "MARTA VOSS: The harbour master phoned me at home on Tuesday night. She told me the pier would "
        "close, and she said the crews would arrive by Monday. They did.\n"
    )
    analysis = find_candidates(text, None)
    held = next(c for c in analysis.candidates if c.start == text.index("the crews"))
    wide = Candidate("indirect", [(text.index("the pier would"), held.end)], None, None, "speech", None, held.sentence)
    analysis.candidates.append(wide)
    assert _relayed_day(analysis, held, date(2027, 9, 9)) == "2027-09-07"
