"""Words told to the article's own writer or paper carry no day from the sentences before."""

import pytest

from onrecord import extract
from onrecord.attribute.own_interview import told_the_writer


@pytest.mark.parametrize(
    ("sentence", "own", "expected"),
    [
        ('"The reef is gone," she told me.', None, True),
        ('"The reef is gone," she told us.', None, True),
        ("She told this newspaper that the reef was gone.", None, True),
        ("She told this magazine that the reef was gone.", None, True),
        ("She told the Tidewater Gazette that the reef was gone.", "Tidewater Gazette", True),
        ("She told the Gazette that the reef was gone.", "The Tidewater Gazette", True),
        # another outlet's interview, or hearers who are not the writer
        ("She told the Harbour Post that the reef was gone.", "Tidewater Gazette", False),
        ("She told the Harbour Post that the reef was gone.", None, False),
        ("She told reporters that the reef was gone.", None, False),
        ("She told the council that the reef was gone.", "Tidewater Gazette", False),
        ("She said the reef was gone.", None, False),
    ],
)
def test_told_the_writer(sentence: str, own: str | None, expected: bool) -> None:
    cue = sentence.find("told") if "told" in sentence else sentence.find("said")
    assert told_the_writer(sentence, cue, own) is expected


_STORY = (
    "The diver who counts the reef\n\nBy Mira Solberg\n\n"
    "Dr Anton Vey has counted the coral off Skarholm for twenty years. On Tuesday he said the survey "
    "had found the worst bleaching on record.\n\n"
    '"You could swim for an hour and see nothing alive," he told me, "and I have never said that before."\n'
)


def test_an_interview_given_to_the_writer_keeps_no_day_from_before() -> None:
    quotes = extract(_STORY, published="2027-09-09")  # a Thursday
    said = {q.text: q.said_on for q in quotes}
    assert said["the survey had found the worst bleaching on record"] == "2027-09-07"
    told = next(q for q in quotes if q.text.startswith("You could swim"))
    assert told.said_on is None


def test_the_writers_dated_interview_goes_on_in_its_next_quote() -> None:
    story = (
        "THE SKARHOLM GAZETTE\n\nHarbour closed\n\nBy Mira Solberg\n\n"
        "The harbour master, Ilse Brandt, said on Monday that the pier was unsafe.\n\n"
        "Brandt told the Skarholm Gazette on Tuesday that the pier would stay shut. "
        '"I will not open it until the divers are done," she told this newspaper.\n'
    )
    quotes = extract(story, published="2027-09-09")  # a Thursday
    told = next(q for q in quotes if q.text.startswith("I will not open it"))
    assert told.said_on == "2027-09-07"
