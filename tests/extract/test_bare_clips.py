"""A script's clips printed without quotation marks under the slug naming their speaker."""

from __future__ import annotations

import pytest

from onrecord.extract import bare_clips
from onrecord.extract.bare_clips import with_bare_clips
from onrecord.extract.candidates import Candidate


def _clips(text: str) -> list[tuple[str, str | None]]:
    found = with_bare_clips(text, [], lambda offset: 0)
    return [(text[c.start : c.end], c.mention.name if c.mention else None) for c in found]


def test_all() -> None:
    assert bare_clips.__all__ == ["with_bare_clips"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clip's line under the slug
        (
            "[VO — the quay]\nThe ferries stayed in port.\n\n[SOT — ODILE MARRANT, HARBOUR PILOT]\n"
            "The swell was four metres at the bar.\n\n[VO]\nThe port reopens tomorrow.\n",
            [("The swell was four metres at the bar", "Odile Marrant")],
        ),
        # two lines written one under the other are two clips of the same person
        (
            "[SOT — Tobiah Frenne, Chief Engineer, Vossbay Water]\nWe lost pressure at six.\n"
            "Nobody should drink from the tap tonight.\n\nThe council says bottled water is on its way.\n",
            [
                ("We lost pressure at six", "Tobiah Frenne"),
                ("Nobody should drink from the tap tonight", "Tobiah Frenne"),
            ],
        ),
        # the clip on the slug's own line, after a colon
        (
            "[SOT — GRETA VOLLAND, CLUB SECRETARY]: We will play on Saturday whatever happens.\n",
            [("We will play on Saturday whatever happens", "Greta Volland")],
        ),
        # a clip under a rank and a name
        (
            "[SOT — DET SUPT KEIRAN OSWALDE, CITY POLICE]\nTwo men are helping us with our inquiries.\n",
            [("Two men are helping us with our inquiries", "Keiran Oswalde")],
        ),
    ],
)
def test_a_bare_clip_is_its_slugs_persons_quote(text: str, expected: list[tuple[str, str]]) -> None:
    assert _clips(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a turn under the speaker's label, a quoted clip: read by the transcript and quote rules
        "[SOT — ODILE MARRANT, HARBOUR PILOT]\nMARRANT: The swell was four metres.\n",
        '[SOT — ODILE MARRANT, HARBOUR PILOT]\n"The swell was four metres."\n',
        # a slug of an office, of words read for another, or no slug at all
        "[SOT — THE HARBOUR MASTER]\nThe swell was four metres.\n",
        "[SOT — IVAR PELL, SPOKESMAN, READING]\nThe company regrets the delay.\n",
        "[VO — ODILE MARRANT AT THE QUAY]\nThe swell was four metres.\n",
        # a direction under the slug, and a heading with no lower-case word
        "[SOT — ODILE MARRANT]\n[PICTURES OF THE QUAY]\n",
        "[SOT — ODILE MARRANT, HARBOUR PILOT]\nENDS\n",
    ],
)
def test_no_bare_clip(text: str) -> None:
    assert _clips(text) == []


def test_a_blank_line_ends_the_clip() -> None:
    text = "[SOT — ODILE MARRANT, HARBOUR PILOT]\nThe swell was four metres.\n\nThe port reopens tomorrow.\n"
    assert _clips(text) == [("The swell was four metres", "Odile Marrant")]


def test_the_break_as_the_script_was_written_decides() -> None:
    # cleaning sets each line apart; the source had the two lines one under the other
    text = "[SOT — ODILE MARRANT, HARBOUR PILOT]\n\nThe swell was four metres.\n\nWe stay shut.\n"
    found = with_bare_clips(text, [], lambda offset: 0, lambda end, start: True)
    assert [text[c.start : c.end] for c in found] == ["The swell was four metres", "We stay shut"]


def test_a_candidate_inside_a_clip_gives_way() -> None:
    text = "[SOT — ODILE MARRANT, HARBOUR PILOT]\nI will not promise what I cannot deliver.\n"
    inner = Candidate("indirect", [(text.index("what"), text.index(".\n"))], None, None, "speech", None, 0)
    found = with_bare_clips(text, [inner], lambda offset: 0)
    assert [(c.kind, c.frame) for c in found] == [("direct", "clip")]


@pytest.mark.parametrize(
    "narration",
    [
        # the slug's office in the third person, her surname, her whole name
        "The ferry inspector later closed the slipway to all traffic.",
        "Quennell closed the slipway an hour later.",
        "By then Rosalind Quennell had closed the slipway.",
        # what she did, told in the past tense by the script's voice
        "She later closed the slipway to all traffic.",
    ],
)
def test_a_line_narrating_the_slugs_person_ends_her_clip(narration: str) -> None:
    text = (
        "[SOT — ROSALIND QUENNELL, FERRY INSPECTOR]\nThe slipway is not safe this evening.\n"
        f"{narration}\nNobody crossed before dawn.\n\nANCHOR: Back to the studio.\n"
    )
    assert _clips(text) == [("The slipway is not safe this evening", "Rosalind Quennell")]


@pytest.mark.parametrize(
    "own",
    [
        # her own past, and another's in the third person told with her own words
        "I closed it myself at four and I would do it again.",
        "He looked at me and turned the van around.",
        # her own office and name as she says them
        "As ferry inspector I cannot let anyone cross.",
        "I'm Rosalind Quennell and I say no crossings tonight.",
        # the office's organisation, which her own words name
        "The ferry board backs the closure.",
    ],
)
def test_her_own_words_stay_her_clip(own: str) -> None:
    text = f"[SOT — ROSALIND QUENNELL, FERRY INSPECTOR, DUNMORE FERRY BOARD]\nThe slipway is not safe.\n{own}\n"
    assert _clips(text) == [("The slipway is not safe", "Rosalind Quennell"), (own.rstrip("."), "Rosalind Quennell")]
