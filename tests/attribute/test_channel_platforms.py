"""The platform a quote was posted on (attribute.channel_platforms)."""

from __future__ import annotations

import pytest

from onrecord import extract


def _vias(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {q.text[:24]: (q.via, q.via_kind) for q in extract(text, published="2027-02-10")}


@pytest.mark.parametrize(
    ("text", "quote", "via"),
    [
        # an audience told on a platform
        (
            "On Monday night the Lakeshore Power Cooperative told us on X that "
            '"about 9,000 members are without power."',
            "about 9,000 members are ",
            ("X", "platform"),
        ),
        # a long object between the verb and the platform
        (
            "Mayor Odile Brennan posted a photograph of the flooded, empty school gym on Instagram on "
            'Sunday evening. "We will rebuild it before spring," Brennan wrote.',
            "We will rebuild it befor",
            ("Instagram", "platform"),
        ),
        # the post as the subject of the next sentence
        (
            'Councillor Ivo Marsh wrote in a LinkedIn post on Friday: "The depot stays open." '
            "The vote will come in March, the post said.",
            "The vote will come in Ma",
            ("LinkedIn", "platform"),
        ),
        # a caption on the platform named before
        (
            "Coach Petra Lind posted a team photograph on Instagram on Monday. "
            'Her caption read: "Nobody leaves this club."',
            "Nobody leaves this club.",
            ("Instagram", "platform"),
        ),
    ],
)
def test_the_platform_a_post_went_on(text: str, quote: str, via: tuple[str | None, str | None]) -> None:
    assert _vias(text)[quote] == via


def test_a_day_after_told_is_no_platform() -> None:
    vias = _vias("Harbour master Tove Aune told reporters on Tuesday that the quay would reopen.")
    assert vias["the quay would reopen"] == (None, None)


@pytest.mark.parametrize(
    ("text", "quote", "via"),
    [
        # a platform the article names by its noun, not one known by name
        (
            "The singer took to the band's fan platform Starhall late on Tuesday to calm her followers. "
            '"We are not splitting up," Mara Quell wrote.',
            "We are not splitting up",
            ("Starhall", "platform"),
        ),
        (
            "On Tuesday, writing on the fan platform Starhall, Mara Quell said she would tour again.",
            "she would tour again",
            ("Starhall", "platform"),
        ),
        # a forum, and a retailer's reviews, set up by the sentence before, whoever posts
        (
            "Owners are comparing notes on the KettleTalk forums. A user posting as teapot77 wrote that her "
            'kettle had "boiled dry" twice.',
            'her kettle had "boiled d',
            ("KettleTalk forums", "platform"),
        ),
        (
            "Reviews are piling up at the online retailer BuyBarn. "
            '"Second kettle, last kettle," wrote a reviewer under the name OwlInOslo.',
            "Second kettle, last kett",
            ("BuyBarn", "platform"),
        ),
        # a noun that names no platform
        (
            "The singer took to the stage in Lisbon on Tuesday. "
            '"We are not splitting up," Mara Quell said.',
            "We are not splitting up",
            (None, None),
        ),
    ],
)
def test_a_platform_named_by_its_noun(text: str, quote: str, via: tuple[str | None, str | None]) -> None:
    assert _vias(text)[quote[:24]] == via


@pytest.mark.parametrize(
    ("phrase", "platform"),
    [("LinkedInu", "LinkedIn"), ("Facebooku", "Facebook"), ("Instagramom", "Instagram"), ("Xu", None),
     ("Lisabonu", None)],
)  # fmt: skip
def test_a_platform_with_a_slavic_case_ending(phrase: str, platform: str | None) -> None:
    from onrecord.attribute.knowledge import knowledge

    assert knowledge().platform(phrase) == platform
