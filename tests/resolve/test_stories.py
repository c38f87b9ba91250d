"""Whether two articles tell the same story, by the proper names they share."""

from __future__ import annotations

import pytest

from onrecord.resolve.stories import same_story, story_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The mayor of Millbrook Junction said on Tuesday that the Norfolk Midland line was unsafe.",
            {"millbrook", "junction", "norfolk", "midland"},
        ),
        # words that open a sentence or a line, titles and calendar words are no names
        ("Officials met on Monday. Senator Okonjo-Blake left early.", {"okonjo-blake"}),
        ("KOVACS: Last question. Was the Kestrel chairman's promise kept?", {"kestrel"}),
        ("It was a quiet week in the port.", set()),
    ],
)
def test_the_proper_names_of_a_text(text: str, names: set[str]) -> None:
    assert story_names(text) == frozenset(names)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (
            "Trains will stop at Millbrook Junction again, the mayor said after meeting Norfolk Midland.",
            "Mayor Dwayne Holcomb said Norfolk Midland had promised inspections at Millbrook Junction.",
            True,
        ),
        # one shared name is not a story
        (
            "The mayor said the Millbrook Junction yard would close.",
            "Mayor Lachlan O'Dwyer said the Wyralla evacuation centres at Junction Road were full.",
            False,
        ),
        (
            "The chairman told me the manager's job at Kestrel was safe until January.",
            "Harbour City beat Kestrel on Saturday; chairman Douglas Faircloth said the manager would stay.",
            False,
        ),
        (
            "The chairman told me the manager's job at Kestrel was safe. Harbour City were poor.",
            "Harbour City beat Kestrel on Saturday; chairman Douglas Faircloth said the manager would stay.",
            True,
        ),
    ],
)
def test_two_texts_of_one_story_share_names(a: str, b: str, same: bool) -> None:
    assert same_story(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "other"),
    [
        # two stories: each names its own places and people, none shared
        (
            "The ferry from Dunmere to Kelsby will run hourly, Mayor Ilse Brandvold said.",
            "Striker Tomas Hurd scored twice as Ashgrove beat Pellinor Rovers.",
            True,
        ),
        # one name shared: maybe one story
        (
            "The ferry from Dunmere to Kelsby will run hourly, Mayor Ilse Brandvold said.",
            "In Dunmere, fans of Ashgrove celebrated as Tomas Hurd scored.",
            False,
        ),
        # a text that names too few tells nothing
        ("The ferry from Dunmere to Kelsby will run hourly, Mayor Ilse Brandvold said.", "Members voted.", False),
    ],
)
def test_other_story(a: str, b: str, other: bool) -> None:
    from onrecord.resolve.stories import other_story

    assert other_story(a, b) is other
