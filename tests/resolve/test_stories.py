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


def _names(prefix: str, n: int) -> str:
    """A text naming ``n`` invented places inside sentences (each a proper name of its own)."""
    return " ".join(f"The road to {prefix}{chr(97 + i // 26)}{chr(97 + i % 26)}ville was shut." for i in range(n))


def test_two_long_texts_need_a_share_of_their_names_not_two() -> None:
    # a listicle naming hundreds of places and a long report share two names by chance
    listicle = _names("Qor", 120) + " Grandville Tessaro and Ottmarsh were named too."
    report = _names("Vel", 60) + " Grandville Tessaro and Ottmarsh said nothing."
    assert len(story_names(listicle) & story_names(report)) >= 2
    assert not same_story(listicle, report)
    # the same two long texts telling one story share most of the shorter one's names
    assert same_story(listicle, _names("Qor", 60))


def test_two_long_pages_of_one_event_share_its_people() -> None:
    # two pages listing sixty districts each, of one vote: its candidates, parties and towns
    common = " Vera Haldorsen of the Centre Party and Tomas Ekwall of the Labour Alliance met in Ostmark."
    results = _names("Qor", 60) + common
    live = _names("Vel", 60) + common
    assert same_story(results, live)


def test_short_texts_still_need_only_two_shared_names() -> None:
    a = "Trains will stop at Millbrook Junction again, the mayor said."
    b = _names("Vel", 70) + " The line to Millbrook Junction reopens."
    assert same_story(a, b)


def test_a_listicle_shares_a_dozen_names_with_any_story() -> None:
    # four hundred names against fifty: fifteen in common is what any story shares with it
    common = " ".join(
        f"Crews from {w} came."
        for w in ("Norvale Halden Quist Tarsk Ombry Pellin Dovra Kesh Lumo Virran Oskel Brae Tamsin Ulver Fenn".split())
    )
    listicle = _names("Qor", 400) + " " + common
    story = _names("Vel", 50) + " " + common
    assert len(story_names(listicle) & story_names(story)) == 15
    assert not same_story(listicle, story)
