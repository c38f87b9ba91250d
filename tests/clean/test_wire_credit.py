"""Tests for onrecord.clean.wire_credit: the agency a copy came from."""

from __future__ import annotations

import pytest

from onrecord.clean.article import clean
from onrecord.clean.wire_credit import (
    agency_like,
    credit_lines,
    looks_like_slug,
    masthead_line,
    same_outlet,
    spelled_credit,
    syndication,
)
from onrecord.model import Document


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Larkpress", "larkpress"),
        ("The Kell Examiner", "Kell Examiner"),
        ("KPA", "Korrin Press Agency"),
        ("Korrin", "Korrin Financial Wire"),
        ("ANW", "Amberly Newswire"),
        ("KPA Newswire", "Korrin Press Agency"),
        ("KorrinIndia", "Korrin"),
        ("Korrin_Co_Uk", "Korrin"),
    ],
)
def test_same_outlet_names_one_outlet(a: str, b: str) -> None:
    assert same_outlet(a, b) and same_outlet(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Harbour Post", "Harbour Gazette"),
        ("The Kell Examiner", "Korrin Press Agency"),
        ("KP", "Korrin Press Agency"),
        ("Northgate", "North Star"),
    ],
)
def test_same_outlet_keeps_two_outlets_apart(a: str, b: str) -> None:
    assert not same_outlet(a, b)


def test_credit_lines_reads_bylines_datelines_and_feet() -> None:
    text = (
        "THE KELL EXAMINER | World\n\nFerry stuck in ice\n\nBy Ines Corral, Korrin Press Agency\n\n"
        "TORVIK — A ferry was stuck in ice on Tuesday.\n\nMore text here.\n\n"
        "Distributed by Korrin Press Agency. Republished under licence.\n"
    )
    assert credit_lines(text) == ["Korrin Press Agency", "Korrin Press Agency"]


@pytest.mark.parametrize(
    "line",
    [
        "By Ines Corral",  # a reporter
        "By Ines Corral, News Editor",  # a reporter's job
        "NEWS ANALYSIS",  # a section heading
        "From Monday, the bridge is shut.",  # no agency
        "Source: Tarn Valley Statistics Office",  # a chart's source
        "Source: Tarn Valley Weather Service",  # a body's service, no wire
        "© Halden Photo",  # a photo's
        "Copyright 2026 Halden Photo Agency",  # a photo agency's
        "By Lina Okorie, Parliamentary Press Gallery",  # a reporter's gallery
        "Published by the Ministry of Health on Monday, the figures show a rise.",  # a body paragraph
    ],
)
def test_credit_lines_skips_reporters_and_sections(line: str) -> None:
    assert credit_lines(f"Headline\n\n{line}\n\nBody text of the story.\n") == []


def test_credit_lines_trims_the_sentence_after_the_name() -> None:
    assert credit_lines("Headline\n\nBody.\n\nCopyright 2027 Korrin Press. All rights reserved.\n") == ["Korrin Press"]


def test_masthead_line_finds_a_papers_name_beside_a_section() -> None:
    assert masthead_line("THE KELL EXAMINER | World\nHeadline") == "The Kell Examiner"
    assert masthead_line("WORLD | The Tarn Courier\nHeadline") == "The Tarn Courier"
    assert masthead_line("Ferry stuck in ice as storm hits the coast\nBody") is None
    assert masthead_line("WORLD IN BRIEF\nHeadline") is None


def test_syndication_needs_another_outlet_than_the_masthead() -> None:
    assert syndication("The Kell Examiner", ["KPA", "Korrin Press Agency"]) == "KPA"
    assert syndication("Korrin Press Agency", ["KPA"]) is None  # the wire's own story
    assert syndication("The Kell Herald", ["Herald News Service"]) is None  # the paper's own desk
    assert syndication(None, ["KPA"]) is None
    assert syndication("SPORT-TENNIS/FINAL", ["KPA"]) is None
    assert looks_like_slug("SPORT-TENNIS/FINAL") and not looks_like_slug("The Kell Herald")


def _clean(text: str) -> tuple[str | None, str | None]:
    article = clean(Document(content=text, source="copy.txt", reader="text"))
    return article.outlet, article.syndicated_from


def test_a_papers_copy_of_a_wire_story_keeps_the_paper_as_outlet() -> None:
    text = (
        "THE KELL EXAMINER | World\n\nFerry stuck in ice off Torvik\n\nBy Ines Corral\nKorrin Press Agency\n\n"
        'TORVIK, March 3 (KPA) — A ferry was stuck in ice on Tuesday, its captain said. "We are safe," '
        "Captain Ole Brandt told reporters.\n\nThe coastguard said an icebreaker would reach it on Wednesday.\n"
    )
    # (the agency by the name its credit spells out, not the dateline's initials)
    assert _clean(text) == ("The Kell Examiner", "Korrin Press Agency")


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        # the dateline's initials, the byline's or the foot's credit in full
        ("PCP", "Nurse found alive\n\nBy Ana Lautoka, Pacific Continental Press\n\nGORUKA, Sept 7 (PCP) - Text.\n",
         "Pacific Continental Press"),
        ("KPA", "GORUKA (KPA) - Text.\n\nMore text.\n\n(Distributed by Korrin Press Agency.)\n",
         "Korrin Press Agency"),
        # no credit spells them, or spells other initials: as read
        ("PCP", "Nurse found alive\n\nBy Ana Lautoka\n\nGORUKA, Sept 7 (PCP) - Text.\n", "PCP"),
        ("PCP", "Nurse found alive\n\nBy Ana Lautoka, Korrin Press Agency\n\nGORUKA (PCP) - Text.\n", "PCP"),
        # a name that is no initials, and none at all
        ("Korrin Press", "By Ana Lautoka, Korrin Press Agency\n\nText.\n", "Korrin Press"),
        (None, "By Ana Lautoka, Korrin Press Agency\n\nText.\n", None),
    ],
)  # fmt: skip
def test_spelled_credit_gives_the_agency_its_credit_spells_out(
    name: str | None, text: str, expected: str | None
) -> None:
    assert spelled_credit(name, text) == expected


def test_a_wires_copy_credited_by_initials_in_its_dateline_is_the_agency_in_full() -> None:
    text = (
        "WORLD IN BRIEF\n\nNurse found alive after nine days\n\nBy Ana Lautoka, Pacific Continental Press\n\n"
        'GORUKA, Sept 7 (PCP) - A nurse was found alive on Tuesday. "She did everything right," Sione de Graaf '
        "told PCP.\n"
    )
    assert _clean(text)[0] == "Pacific Continental Press"


def test_a_wires_own_story_is_no_copy() -> None:
    text = (
        "Korrin Press Agency\n\nFerry stuck in ice off Torvik\n\nBy Ines Corral\n\n"
        'TORVIK, March 3 (KPA) — A ferry was stuck in ice on Tuesday, its captain said. "We are safe," '
        "Captain Ole Brandt told reporters.\n"
    )
    outlet, wire = _clean(text)
    assert wire is None and outlet is not None and same_outlet(outlet, "Korrin Press Agency")


def test_agency_like_sign_offs() -> None:
    assert agency_like("KPA") and agency_like("kpa") and agency_like("Korrin Press")
    assert not agency_like("Skincare") and not agency_like("Article-Details")
