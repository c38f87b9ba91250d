from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from onrecord.archive import Archive
from onrecord.link.anchored import Told, anchored_days, filed_by, reported_days, week_end

_TUE = date(2027, 3, 9)  # a Tuesday
_MON, _WED, _THU = 0, 2, 3


@pytest.mark.parametrize(
    ("quotes", "end"),
    [
        # "said Tuesday", linked to a dated report said that Tuesday: its week ends by Thursday
        ([Told("a", 1, (_TUE,))], date(2027, 3, 11)),
        # the latest of two anchors places the week
        ([Told("a", 1, (_TUE,)), Told("b", _THU, (date(2027, 3, 11),))], date(2027, 3, 13)),
        # ... and the earliest keeps its place in it: six days after it at most
        ([Told("a", _MON, (date(2027, 3, 8),)), Told("b", 5, (date(2027, 3, 13),))], date(2027, 3, 14)),
        # a report said on another weekday than the one named places nothing
        ([Told("a", _MON, (_TUE,))], None),
        # no weekday named
        ([Told("a", None, (_TUE,))], None),
        # no dated report
        ([Told("a", 1)], None),
        # anchors a week apart: no one week
        ([Told("a", 1, (_TUE,)), Told("b", 1, (date(2027, 3, 16),))], None),
    ],
)
def test_the_week_of_an_undated_story_ends_two_days_after_its_latest_anchored_words(
    quotes: list[Told], end: date | None
) -> None:
    assert week_end(quotes) == end


def test_each_weekday_named_falls_in_the_anchored_week() -> None:
    quotes = [
        Told("a", 1, (_TUE,)),  # the anchor itself
        Told("b", _WED),  # the day after
        Told("c", _THU),  # two days after: "On Tuesday she wrote ...; on Thursday she said ..."
        Told("d", _MON),  # the Monday before
        Told("e", None),  # names no day: keeps none
    ]
    assert anchored_days(quotes) == {
        "a": _TUE,
        "b": date(2027, 3, 10),
        "c": date(2027, 3, 11),
        "d": date(2027, 3, 8),
    }


def test_an_undated_story_is_read_as_filed_the_day_after_its_latest_anchored_words() -> None:
    assert filed_by([Told("a", 1, (_TUE,)), Told("b", _MON)]) == date(2027, 3, 10)
    # ... or as of the latest day of its week that it names itself ("on Thursday called for ...")
    assert filed_by([Told("a", 1, (_TUE,)), Told("b", _THU)]) == date(2027, 3, 11)
    # (within the week its earliest anchor places)
    assert filed_by([Told("a", _MON, (date(2027, 3, 8),)), Told("b", 5, (date(2027, 3, 13),))]) == date(2027, 3, 14)
    assert filed_by([Told("a", _MON)]) is None


def test_an_unanchored_story_gives_no_day() -> None:
    assert anchored_days([Told("a", _WED), Told("b", _THU, (_TUE,))]) == {}


@pytest.mark.parametrize(
    ("rows", "days"),
    [
        ([("s1", "2027-03-09"), ("s1", "2027-03-09T10:00"), ("s2", "2027-03-10")],
         {"s1": (_TUE,), "s2": (date(2027, 3, 10),)}),
        ([("s1", None), ("s1", "March")], {}),
    ],
)
def test_reported_days_by_statement(rows: list[tuple[str, str | None]], days: dict[str, tuple[date, ...]]) -> None:
    assert reported_days(rows) == days


_DATED = """Harbour levy shelved

PORT ELLIS, March 10 (Coast Wire) - Port minister Ida Strandmoe said on Tuesday that the harbour levy \
would be shelved until the autumn.

"The levy is off the table until September," Strandmoe told reporters at the port.
"""

_UNDATED = """Levy shelved, minister says

By A Reporter
Tideline Post

PORT ELLIS - Port minister Ida Strandmoe said Tuesday that the harbour levy would be shelved until the autumn.

"The levy is off the table until September," Strandmoe told reporters at the port.

Fishing crews met Monday to plan a protest. "We will sail into the harbour on Friday," the crews' \
spokesman Arne Holt told the meeting Monday.

"Nobody asked the crews about any of it," Holt said.

Harbour master Petra Lund said the same day that the quay would stay open to the crews.
"""


@pytest.mark.parametrize(
    ("dated", "wanted"),
    [
        # the dated wire's Tuesday places the undated story's week: its Monday is the day before
        (True, {"the harbour levy would be shelved until the autumn": "2027-03-09",
                "We will sail into the harbour on Friday": "2027-03-08",
                # names no weekday itself: the day the story gives it, as a dated story's reading does
                # (the lede's Tuesday; the speaker's last day, Monday)
                "The levy is off the table until September": "2027-03-09",
                "Nobody asked the crews about any of it": "2027-03-08",
                # names a day only the placed week gives: read again in it, the day named before
                "the quay would stay open to the crews": "2027-03-08"}),
        # alone, the undated story's weekdays stay days of no known week
        (False, {"the harbour levy would be shelved until the autumn": None,
                 "We will sail into the harbour on Friday": None, "Nobody asked the crews about any of it": None,
                 "the quay would stay open to the crews": None}),
    ],
)
def test_an_undated_story_is_dated_by_a_dated_report_of_the_same_words(
    tmp_path: Path, dated: bool, wanted: dict[str, str | None]
) -> None:
    (tmp_path / "b-undated.txt").write_text(_UNDATED, encoding="utf-8")
    if dated:
        (tmp_path / "a-dated.txt").write_text(_DATED.replace("March 10", "March 10, 2027"), encoding="utf-8")
    with Archive(":memory:") as archive:
        archive.ingest([str(p) for p in sorted(tmp_path.iterdir())])
        undated = next(a for a in archive.articles() if (a.source or "").endswith("b-undated.txt"))
        got = {q.text: q.said_on for q in archive.quotes(article=undated.id)}
    assert {text: got.get(text, "missing") for text in wanted} == wanted


_NO_WEEKDAY = """Levy shelved

By A Reporter
Tideline Post

PORT ELLIS - Port minister Ida Strandmoe announced today that the harbour levy would be shelved until the autumn.

"The levy is off the table until September," Strandmoe told reporters at the port.
"""


@pytest.mark.parametrize(("dated", "wanted"), [(True, "2027-03-09"), (False, None)])
def test_an_undated_story_that_names_no_weekday_is_read_on_the_day_its_linked_words_were_reported(
    tmp_path: Path, dated: bool, wanted: str | None
) -> None:
    # "today" places the story on the day the dated wire reports the same words: read as if
    # published then, its quotes get the days a dated story would give them
    (tmp_path / "b-undated.txt").write_text(_NO_WEEKDAY, encoding="utf-8")
    if dated:
        (tmp_path / "a-dated.txt").write_text(_DATED.replace("March 10", "March 10, 2027"), encoding="utf-8")
    with Archive(":memory:") as archive:
        archive.ingest([str(p) for p in sorted(tmp_path.iterdir())])
        undated = next(a for a in archive.articles() if (a.source or "").endswith("b-undated.txt"))
        got = {q.text: q.said_on for q in archive.quotes(article=undated.id)}
    assert got.get("The levy is off the table until September", "missing") == wanted


def test_relinking_dates_the_undated_story_again(tmp_path: Path) -> None:
    (tmp_path / "b-undated.txt").write_text(_UNDATED, encoding="utf-8")
    (tmp_path / "a-dated.txt").write_text(_DATED.replace("March 10", "March 10, 2027"), encoding="utf-8")
    with Archive(":memory:") as archive:
        archive.ingest([str(p) for p in sorted(tmp_path.iterdir())])
        undated = next(a for a in archive.articles() if (a.source or "").endswith("b-undated.txt"))
        before = {q.text: q.said_on for q in archive.quotes(article=undated.id)}
        # the days linking gave are forgotten, as after statements made under other link options
        archive._conn.execute("UPDATE quotes SET said_on = NULL, said_on_source = NULL WHERE said_on_source = 'linked'")
        archive.relink()
        after = {q.text: q.said_on for q in archive.quotes(article=undated.id)}
    assert before["We will sail into the harbour on Friday"] == "2027-03-08"
    assert before["the quay would stay open to the crews"] == "2027-03-08"
    assert after == before


_DATED_OTHER_WORDS = """Ferry fares frozen

GRENHOLM, April 14, 2027 (Coast Wire) - Transport secretary Maren Olvik said on Wednesday that island \
ferry fares would stay at their 2026 level until 2029.

"Nobody on the islands should pay more to see a doctor," Olvik told reporters on Wednesday.
"""

_UNDATED_SAME_SPEAKER = """Ferry crews back fare freeze

By A Reporter
Tideline Post

GRENHOLM - Transport secretary Maren Olvik said Wednesday that a new ferry would join the Grenholm route \
in the spring.

The crews' union welcomed the news. "It is about time," union organiser Tor Vesteraas said.
"""


@pytest.mark.parametrize(
    ("dated", "wanted"),
    [
        # no report of the same words, but the speaker's words in a dated story place the week: her
        # Wednesday is that story's; the union's words name no day and keep none (the dateline's day
        # is the story's, which nothing tells here)
        (True, {"a new ferry would join the Grenholm route in the spring": "2027-04-14", "It is about time": None}),
        (False, {"a new ferry would join the Grenholm route in the spring": None, "It is about time": None}),
    ],
)
def test_an_undated_story_is_dated_by_its_speakers_words_in_a_dated_story(
    tmp_path: Path, dated: bool, wanted: dict[str, str | None]
) -> None:
    (tmp_path / "b-undated.txt").write_text(_UNDATED_SAME_SPEAKER, encoding="utf-8")
    if dated:
        (tmp_path / "a-dated.txt").write_text(_DATED_OTHER_WORDS, encoding="utf-8")
    with Archive(":memory:") as archive:
        archive.ingest([str(p) for p in sorted(tmp_path.iterdir())])
        undated = next(a for a in archive.articles() if (a.source or "").endswith("b-undated.txt"))
        got = {q.text: q.said_on for q in archive.quotes(article=undated.id)}
    assert {text: got.get(text, "missing") for text in wanted} == wanted


_DATED_ONE_APPEARANCE = """Storm closes the port

VELSUND, May 12, 2027 (Coast Wire) - Lock keeper Ansgar Myrdal said on Thursday that the port would \
reopen once the gale had passed.
"""

_UNDATED_ONLY_THE_SPEAKER = """Basin dredging costed

By A Reporter

Ansgar Myrdal, the lock keeper, said Thursday that deepening the inner basin would cost three million \
crowns. "We need the money before the autumn," Myrdal said.
"""


def test_one_dated_appearance_of_the_speaker_alone_does_not_date_an_unrelated_story(tmp_path: Path) -> None:
    # the speaker spoke on a Thursday in a dated story of other things; nothing else ties the two
    # stories (no name, place or second speaker), so that Thursday is not the undated story's
    (tmp_path / "a-dated.txt").write_text(_DATED_ONE_APPEARANCE, encoding="utf-8")
    (tmp_path / "b-undated.txt").write_text(_UNDATED_ONLY_THE_SPEAKER, encoding="utf-8")
    with Archive(":memory:") as archive:
        archive.ingest([str(p) for p in sorted(tmp_path.iterdir())])
        undated = next(a for a in archive.articles() if (a.source or "").endswith("b-undated.txt"))
        got = {q.text: q.said_on for q in archive.quotes(article=undated.id)}
    assert got == {
        "deepening the inner basin would cost three million crowns": None,
        "We need the money before the autumn": None,
    }


_DATED_MONDAY = """Quarry blast shakes village

TARLOW, June 8, 2027 (Coast Wire) - Quarry owner Selma Ravik said on Monday night that "every cracked \
window in Tarlow will be paid for by us".

Parish clerk Johan Brekke said on Monday that the school would stay shut for the rest of the week.
"""

_UNDATED_WEDNESDAY = """Quarry owner repeats pledge

By A Reporter
Tideline Post

TARLOW - Quarry owner Selma Ravik on Wednesday repeated that "every cracked window in Tarlow will be paid \
for by us," and said the blasting would stop until an inspector had visited.

Parish clerk Johan Brekke, who said Monday night that the village hall would open as a shelter, said \
Wednesday that the children could go back to school on Thursday.
"""


def test_a_story_whose_linked_words_were_said_on_another_weekday_is_dated_by_its_speakers(tmp_path: Path) -> None:
    # the pledge, reported by the dated wire as said on Monday, is repeated "on Wednesday": no
    # anchor; the speakers' Monday words in the wire place the week all the same
    (tmp_path / "a-dated.txt").write_text(_DATED_MONDAY, encoding="utf-8")
    (tmp_path / "b-undated.txt").write_text(_UNDATED_WEDNESDAY, encoding="utf-8")
    with Archive(":memory:") as archive:
        archive.ingest([str(p) for p in sorted(tmp_path.iterdir())])
        undated = next(a for a in archive.articles() if (a.source or "").endswith("b-undated.txt"))
        got = {q.text: q.said_on for q in archive.quotes(article=undated.id)}
    assert got.get("every cracked window in Tarlow will be paid for by us") == "2027-06-09"
    assert got.get("the children could go back to school on Thursday") == "2027-06-09"
