"""A dateline's year its weekdays could not tell, placed by the dated articles of its batch."""

from __future__ import annotations

from onrecord.clean.article import YEAR_FROM_HEADING, YEAR_FROM_WEEKDAYS
from onrecord.model import Article
from onrecord.resolve.batch_years import YEAR_FROM_BATCH, place_years

# 9 March 2026 is a Monday, 9 March 2027 a Tuesday
_WIRE = (
    "PELLWORTH, March 9 (Norland Wire) - The harbour board said on Monday it would shut the east quay. "
    '"We have no choice," its chair, Odile Branner, said on Monday.'
)


def _article(name: str, body: str, published: str | None, source: str | None) -> Article:
    return Article(
        id=name,
        body=body,
        raw=body,
        source_text=body,
        segments=(),
        content_hash=name,
        published=published,
        published_from=source,
        dateline="PELLWORTH, March 9 (Norland Wire)",
    )


def test_a_weekday_read_year_moves_to_the_batch_s_year() -> None:
    wire = _article("wire", _WIRE, "2026-03-09", YEAR_FROM_WEEKDAYS)
    paper = _article("paper", "The quay will shut.", "2027-03-10", "header line")
    weekly = _article("weekly", "The quay shut.", "2027-03-18", "header line")
    placed = place_years([wire, paper, weekly])
    assert placed[0].published == "2027-03-09"
    assert placed[0].published_from == YEAR_FROM_BATCH
    assert placed[1:] == [paper, weekly]


def test_one_archived_story_of_another_year_moves_nothing() -> None:
    # the weekdays chose 2026 and allow 2027 as well; one dated story of 2027 is no batch's weeks
    wire = _article("wire", _WIRE, "2026-03-09", YEAR_FROM_WEEKDAYS)
    paper = _article("paper", "The quay will shut.", "2027-03-10", "header line")
    assert place_years([wire, paper])[0] is wire


def test_a_day_heading_s_date_counts_beside_a_written_year() -> None:
    # a live blog's "Wednesday 10 March" fixed its year by its weekday: with one story whose year
    # is written, two of the batch stand near 2027
    wire = _article("wire", _WIRE, "2026-03-09", YEAR_FROM_WEEKDAYS)
    paper = _article("paper", "The quay will shut.", "2027-03-10", "header line")
    blog = _article("blog", "Wednesday 10 March", "2027-03-10", YEAR_FROM_HEADING)
    placed = place_years([wire, paper, blog])
    assert placed[0].published == "2027-03-09"
    assert placed[0].published_from == YEAR_FROM_BATCH


def test_a_year_the_batch_agrees_with_stays() -> None:
    wire = _article("wire", _WIRE, "2026-03-09", YEAR_FROM_WEEKDAYS)
    paper = _article("paper", "The quay will shut.", "2026-03-11", "header line")
    assert place_years([wire, paper])[0] is wire


def test_a_batch_with_no_written_year_moves_nothing() -> None:
    wire = _article("wire", _WIRE, "2026-03-09", YEAR_FROM_WEEKDAYS)
    blog = _article("blog", "Tuesday 9 March", "2027-03-09", YEAR_FROM_HEADING)
    undated = _article("undated", "The quay will shut.", None, None)
    assert place_years([wire, blog, undated]) == [wire, blog, undated]


def test_a_batch_of_another_season_moves_nothing() -> None:
    wire = _article("wire", _WIRE, "2026-03-09", YEAR_FROM_WEEKDAYS)
    paper = _article("paper", "The quay will shut.", "2027-08-10", "header line")
    assert place_years([wire, paper])[0] is wire


def test_a_year_whose_weekday_the_story_never_names_is_not_taken() -> None:
    # 9 March 2027 is a Tuesday: a story that names only Thursday cannot be filed then
    body = "PELLWORTH, March 9 (Norland Wire) - The board will meet on Thursday."
    wire = _article("wire", body, "2026-03-09", YEAR_FROM_WEEKDAYS)
    paper = _article("paper", "The quay will shut.", "2027-03-10", "header line")
    weekly = _article("weekly", "The quay shut.", "2027-03-18", "header line")
    assert place_years([wire, paper, weekly])[0] is wire


def test_a_written_dateline_is_never_moved() -> None:
    wire = _article("wire", _WIRE, "2026-03-09", "dateline")
    paper = _article("paper", "The quay will shut.", "2027-03-10", "header line")
    weekly = _article("weekly", "The quay shut.", "2027-03-18", "header line")
    assert place_years([wire, paper, weekly])[0] is wire
