"""The day a broadcast script's slug gives the clip beneath it."""

from __future__ import annotations

from datetime import date

import pytest

from onrecord import extract
from onrecord.attribute.slug_days import in_an_undated_clip, slug_day

_SCRIPT = """HARBOUR TV - EVENING NEWS
SLUG: DREDGER AGROUND
Air date: Wednesday 6 October 2027 | Reporter: Tom Vos

[ANCHOR ON CAM]
ANCHOR (Ilse Dorn): The dredger is still stuck on the bar at Orm tonight.

[VO - the dredger, tugs alongside]
VOS (VO): The harbour master first spoke about the grounding on Monday.

[SOT: Ada Lind / Harbour Master - recorded Mon 4 Oct]
"We will have her off on the next spring tide, and until then nothing moves."
[ENDS: "...nothing moves."]

[SOT: Ada Lind - Mon 4 Oct, cont.]
"The channel is narrower than the charts say."
[CUT TO]
"Somebody will have to pay for the survey, and it will not be the pilots."
[ENDS: "...not be the pilots."]

[SOT: Per Holm / Pilot - today]
"We have been waiting at anchor for three days and the crews are tired of it."

[SOT: Mia Berg / Shipowner]
"Every day the dredger sits there costs the fleet a week of trips."

[BACK TO ANCHOR]
ANCHOR: More on that later in the programme.
"""


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("We will have her off", (True, "2027-10-04")),
        ("nothing moves.\"]", (True, "2027-10-04")),  # the out-cue is within the clip
        ("The channel is narrower", (True, "2027-10-04")),  # a clip carried on
        ("Somebody will have to pay", (True, "2027-10-04")),  # past a cut
        ("We have been waiting", (True, "2027-10-06")),  # "today": the script's own day
        ("Every day the dredger", (True, None)),  # no day on a slug where the others give one
        ("The harbour master first", (False, None)),  # above any slug
        ("More on that later", (False, None)),  # the clip ended at the direction line
    ],
)
def test_a_slug_dates_the_clip_beneath_it(words: str, expected: tuple[bool, str | None]) -> None:
    assert slug_day(_SCRIPT, _SCRIPT.index(words), date(2027, 10, 6)) == expected


def test_a_script_whose_slugs_date_nothing_leaves_its_day_alone() -> None:
    text = _SCRIPT.replace(" - recorded Mon 4 Oct", "").replace(" - Mon 4 Oct, cont.", "").replace(" - today", "")
    assert slug_day(text, text.index("We will have her off"), date(2027, 10, 6)) == (False, None)
    assert slug_day(_SCRIPT, _SCRIPT.index("We will have her off"), None) == (False, None)


def test_a_clip_is_of_its_slugs_day_not_the_air_date() -> None:
    days = {q.text[:16]: (q.said_on, q.said_on_source) for q in extract(_SCRIPT, published="2027-10-06")}
    assert days["We will have her"] == ("2027-10-04", "slug")
    assert days["Somebody will ha"] == ("2027-10-04", "slug")
    assert days["We have been wai"] == ("2027-10-06", "slug")
    assert days["Every day the dr"] == (None, None)


@pytest.mark.parametrize("kind", ["INTERVIEW", "INSERT", "VOX POP", "SOUND BITE"])
def test_every_slug_that_names_a_speaker_may_date_its_clip(kind: str) -> None:
    text = (
        "[ANCHOR ON CAM]\nThe lock gates at Pennow failed overnight.\n\n"
        f"[{kind}: Wenna Dorrit / Lock Keeper - recorded Tue 5 Oct]\n"
        '"The gates held for forty years and gave way in one night."\n'
    )
    assert slug_day(text, text.index("The gates held"), date(2027, 10, 6)) == (True, "2027-10-05")


def test_the_slugs_are_read_once_per_text() -> None:
    from onrecord.attribute import slug_days

    slug_days._dated_slugs.cache_clear()
    for words in ("We will have her off", "The channel is narrower", "Every day the dredger"):
        slug_day(_SCRIPT, _SCRIPT.index(words), date(2027, 10, 6))
    assert slug_days._dated_slugs.cache_info().misses == 1


_UNDATED_SLUGS = _SCRIPT.replace(" - recorded Mon 4 Oct", "").replace(" - Mon 4 Oct, cont.", "").replace(" - today", "")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("We will have her off", True),
        ("Somebody will have to pay", True),  # past a cut
        ("Every day the dredger", True),
        ("The harbour master first", False),  # above any slug
        ("More on that later", False),  # the clip ended at the direction line
    ],
)
def test_a_clip_of_a_script_whose_slugs_date_nothing_is_of_the_day_it_airs(words: str, expected: bool) -> None:
    assert in_an_undated_clip(_UNDATED_SLUGS, _UNDATED_SLUGS.index(words), date(2027, 10, 6)) is expected
    # (a script whose slugs date their clips: slug_day's)
    assert in_an_undated_clip(_SCRIPT, _SCRIPT.index(words), date(2027, 10, 6)) is False


def test_an_undated_clip_takes_the_script_s_day() -> None:
    # (no labelled air date line: the day is the publication's)
    text = _UNDATED_SLUGS.replace("Air date: Wednesday 6 October 2027 | ", "")
    days = {q.text[:16]: (q.said_on, q.said_on_source) for q in extract(text, published="2027-10-06")}
    assert days["Every day the dr"] == ("2027-10-06", "slug")
