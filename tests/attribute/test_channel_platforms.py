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
