"""Wordings whose figures span two statements of one speaker join neither."""

from __future__ import annotations

from onrecord.link import LinkItem, LinkOptions, link_block
from onrecord.link.bridges import bridges, recapped, same_thing_counted
from onrecord.link.features import features, tokens


def _read(texts: list[str]) -> tuple[list[str], list, list[list[str]]]:
    return texts, [features(t, "en") for t in texts], [tokens(t) for t in texts]


def test_a_wording_giving_both_figures_of_one_thing_is_a_bridge() -> None:
    texts = [
        "We had 12 kayaks out on the loch on Monday",
        "We had 31 kayaks out on the loch by Sunday",
        "We had 12 kayaks out on the loch on Monday; by Sunday it was 31 kayaks",
    ]
    assert bridges(*_read(texts)) == {2}


def test_figures_of_two_things_or_a_correction_bridge_nothing() -> None:
    things = [
        "The repair will cost 40 million crowns",
        "The repair will take 18 months",
        "The repair will cost 40 million crowns and take 18 months",
    ]
    assert bridges(*_read(things)) == set()  # crowns and months: one statement may give both
    corrected = [
        "The ferry will carry 90 cars on the loch",
        "The ferry will carry 120 cars on the loch",
        "The ferry will carry 120 cars on the loch. I said 90 cars on Monday",
    ]
    assert bridges(*_read(corrected)) == set()  # the later statement, recalling the earlier figure
    other_thing = [
        "We lost 12 boats in Friday's storm, and the harbour wall held",
        "We lost 31 boats in Friday's storm, the harbour office now says",
        "We lost 12 boats in Friday's storm, and 31 crew were pulled from the water",
    ]
    assert bridges(*_read(other_thing)) == set()  # its 31 counts crew, not boats


def test_recapped_and_same_thing_counted() -> None:
    text = "Fares stay frozen for three years. I said two years on Monday."
    assert recapped(text, features(text, "en")) == {"2"}
    assert recapped("Fares stay frozen for three years", features("Fares stay frozen for three years", "en")) == set()
    assert same_thing_counted(features("12 kayaks", "en"), features("31 kayaks", "en"))
    assert not same_thing_counted(features("12 kayaks", "en"), features("31 paddlers", "en"))


def test_the_bridge_stays_out_of_both_statements() -> None:
    def item(qid: str, text: str, kind: str, day: int, article: str) -> LinkItem:
        return LinkItem(qid, "p:x", text, kind, "en", day, article, 0, f"2026-01-{day % 28 + 1:02d}")

    items = [
        item("a1", "We had 12 kayaks out on the loch on Monday", "direct", 100, "a"),
        item("a2", "12 kayaks had been out on the loch on Monday", "indirect", 100, "b"),
        item("b1", "We had 31 kayaks out on the loch by Sunday", "direct", 106, "c"),
        item("c1", "We had 12 kayaks out on the loch on Monday; by Sunday it was 31", "direct", 107, "d"),
    ]
    labels = link_block(items, LinkOptions(embed=False))
    assert labels[3] == 3
    assert labels[0] != labels[2]


def test_a_figure_compared_or_revised_is_recalled() -> None:
    compared = "I was too hasty on Monday. It is nearer 60 tonnes than 25"
    assert recapped(compared, features(compared, "en")) == {"25"}
    revised = "the haul was nearer 60 tonnes, revising her estimate of about 25 tonnes"
    assert recapped(revised, features(revised, "en")) == {"60", "25"}
    bound = "more than 300 walkers and 12 boats"
    assert recapped(bound, features(bound, "en")) == set()


def test_a_figure_set_aside_in_words_is_recalled() -> None:
    text = "The pier stays shut for at least four months, not six weeks, after the survey"
    assert recapped(text, features(text, "en")) == {"6"}
