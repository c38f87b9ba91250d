from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from onrecord.link import LinkItem, LinkOptions, link_block
from onrecord.link.embed import embed


def _item(
    qid: str, text: str, kind: str = "direct", day: int = 100, article: str = "a", pos: int = 0, lang: str = "en"
) -> LinkItem:
    return LinkItem(qid, "p:x", text, kind, lang, day, article, pos, f"2026-01-{day % 28 + 1:02d}")


def _groups(items: list[LinkItem], labels: list[int]) -> set[frozenset[str]]:
    out: dict[int, set[str]] = {}
    for item, label in zip(items, labels, strict=True):
        out.setdefault(label, set()).add(item.quote_id)
    return {frozenset(g) for g in out.values()}


def _embedder(items: list[LinkItem]) -> np.ndarray:
    return embed([i.text for i in items])


def test_exact_containment_and_near_duplicates() -> None:
    items = [
        _item("q1", "We will keep the border open for as long as it takes.", article="a"),
        _item("q2", "we will keep the border open for as long as it takes", article="b"),
        _item("q3", "keep the border open for as long as it takes", article="c"),
        _item("q4", "We will keep the border open for as long as it takes, whatever happens.", article="d"),
        _item("q5", "Prices will fall next month.", article="e"),
    ]
    groups = _groups(items, link_block(items, LinkOptions(embed=False)))
    assert groups == {frozenset({"q1", "q2", "q3", "q4"}), frozenset({"q5"})}


def test_traps_never_merge_even_through_a_chain() -> None:
    items = [
        _item("q1", "The government will cut the tax by 2% next year."),
        _item("q2", "The government will cut the tax by 4% next year."),
        _item("q3", "The government will cut the tax next year."),
        _item("q4", "The government will not cut the tax next year."),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    together = [g for g in groups if len(g) > 1]
    for g in together:
        assert not ({"q1", "q2"} <= g) and not ({"q3", "q4"} <= g) and not ({"q1", "q4"} <= g)


def test_translations_link_and_the_time_window_holds() -> None:
    items = [
        _item("q1", "We are working on peace, not on a ceasefire.", article="a", day=100),
        _item("q2", "Wir arbeiten am Frieden, nicht an einem Waffenstillstand.", article="b", day=101, lang="de"),
        _item("q3", "Мы работаем над миром, а не над перемирием.", article="c", day=100, lang="ru"),
        _item("q4", "We are working on peace, not on a ceasefire.", article="d", day=140),  # weeks later
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert frozenset({"q1", "q2", "q3"}) in groups
    assert frozenset({"q4"}) in groups


def test_paraphrase_next_to_its_quote_in_one_article() -> None:
    items = [
        _item("q1", "the Kremlin had closely reviewed part of the interview with Trump", "indirect", pos=100),
        _item("q2", "Of course, we have carefully reviewed that part of the interview that touched on us", pos=300),
        _item("q3", "A telephone call is possible at any time", pos=2400),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert frozenset({"q1", "q2"}) in groups and frozenset({"q3"}) in groups


def test_result_does_not_depend_on_order() -> None:
    texts = [
        "We will keep the border open.",
        "We will keep the border open for now.",
        "The border stays open.",
        "We will not keep the border open.",
        "Prices will rise by 3%.",
        "Prices will rise by 5%.",
        "Die Grenze bleibt offen.",
        "We are ready to talk.",
        "We are ready to talk to anyone.",
    ]
    items = [_item(f"q{i}", t, article=f"a{i}", day=100 + i % 3) for i, t in enumerate(texts)]
    reference = _groups(items, link_block(items, LinkOptions(), _embedder))
    rng = random.Random(7)
    for _ in range(5):
        shuffled = items[:]
        rng.shuffle(shuffled)
        assert _groups(shuffled, link_block(shuffled, LinkOptions(), _embedder)) == reference


def test_the_same_words_said_on_two_named_days_are_two_statements() -> None:
    words = "The outbreak has spread beyond the city"
    monday = LinkItem("q1", "p:x", words, "indirect", "en", 100, "a", 0, None, (), 100)
    friday = LinkItem("q2", "p:x", words, "indirect", "en", 104, "b", 0, None, (), 104)
    undated = LinkItem("q3", "p:x", words, "direct", "en", 104, "c", 0, None)
    items = [monday, friday, undated]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert not any({"q1", "q2"} <= g for g in groups)


_TUESDAY = date(2026, 4, 14).toordinal()


def test_words_said_again_on_another_day_than_a_stated_one_are_apart() -> None:
    words = "The festival is free to choose its own films"
    monday = LinkItem("q1", "p:x", words, "direct", "en", _TUESDAY + 1, "a", 0, "2026-04-15", (), _TUESDAY - 1)
    again = LinkItem(
        "q2", "p:x", words, "direct", "en", _TUESDAY + 1, "b", 0, "2026-04-16", (), None, _TUESDAY + 1, True,
        None, True,
    )
    same = LinkItem("q3", "p:x", words, "direct", "en", _TUESDAY, "c", 0, "2026-04-14", (), _TUESDAY - 1)
    items = [monday, again, same]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert frozenset({"q1", "q3"}) in groups
    assert not any({"q1", "q2"} <= g for g in groups)


@pytest.mark.parametrize(
    ("first_day", "apart"),
    [
        (_TUESDAY - 1, True),  # said on Monday; "repeating Monday's line" on Tuesday is another occasion
        (_TUESDAY, False),  # two reports of Tuesday's repetition
        (None, False),  # the other report's day unknown
    ],
)
def test_words_said_again_are_not_an_earlier_days_words(first_day: int | None, apart: bool) -> None:
    words = "Safety is and will remain our first concern"
    first = LinkItem("q1", "p:x", words, "direct", "en", _TUESDAY, "a", 0, "2026-04-14", (), None, first_day)
    again = LinkItem(
        "q2", "p:x", words, "direct", "en", _TUESDAY, "b", 0, "2026-04-14", (), None, _TUESDAY, True
    )
    groups = _groups([first, again], link_block([first, again], LinkOptions(), _embedder))
    assert (frozenset({"q1", "q2"}) not in groups) is apart


@pytest.mark.parametrize(
    ("weekday", "said_day", "apart"),
    [
        (0, None, False),  # "she told reporters Monday", the other's day unknown
        (0, _TUESDAY - 1, False),  # the Monday the other report says
        (0, _TUESDAY, True),  # told reporters Monday; the other report's words were said on Tuesday
        (None, _TUESDAY, False),  # no weekday named: nothing to compare
    ],
)
def test_a_weekday_named_in_an_undated_article_keeps_another_days_words_apart(
    weekday: int | None, said_day: int | None, apart: bool
) -> None:
    undated = LinkItem(
        "q1", "p:x", "We have 60 votes. That's all I'll say", "direct", "en", None, "a", 0, None,
        (), None, None, False, weekday,
    )
    dated = LinkItem(
        "q2", "p:x", "We have 60 votes, and maybe 62", "direct", "en", _TUESDAY, "b", 0, "2026-04-15",
        (), None, said_day,
    )
    same = LinkItem("q3", "p:x", "We have 60 votes, and maybe 62", "direct", "en", None, "a", 9, None)
    items = [undated, dated, same]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert any({"q2", "q3"} <= g for g in groups)
    assert (not any({"q1", "q2"} <= g for g in groups)) is apart


@pytest.mark.parametrize(
    ("said_day", "again", "apart"),
    [
        (_TUESDAY + 2, True, True),  # "she said again" on Thursday: not what Tuesday's release published
        (_TUESDAY, True, False),  # said again, but on the release's own day
        (_TUESDAY + 2, False, False),  # no word of repetition: a later report of the release
        (None, True, False),  # said again, no day known
    ],
)
def test_words_said_again_after_an_article_are_not_what_it_reported(
    said_day: int | None, again: bool, apart: bool
) -> None:
    words = "We will not sell a single byte of your data"
    release = LinkItem("q1", "p:x", words + ". Not to advertisers.", "direct", "en", _TUESDAY, "a", 0, "2026-04-14")
    repeated = LinkItem(
        "q2", "p:x", words, "direct", "en", _TUESDAY + 2, "b", 0, "2026-04-16", (), None, said_day, again
    )
    items = [release, repeated]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert (frozenset({"q1", "q2"}) not in groups) is apart
    # nor through a report of Thursday with no day of its own, that either could join
    later = LinkItem("q3", "p:x", words, "indirect", "en", _TUESDAY + 2, "c", 0, "2026-04-16")
    groups = _groups([*items, later], link_block([*items, later], LinkOptions(), _embedder))
    assert any({"q1", "q2"} <= g for g in groups) is not apart


def test_the_same_specific_figure_is_evidence_and_another_figure_a_trap() -> None:
    items = [
        _item("q1", "the group would cut 2,100 jobs across Europe", "indirect", article="a"),
        _item("q2", "Veltra Motors will cut 2,100 jobs across Europe", "indirect", article="b"),
        _item("q3", "Veltra Motors will cut 2,400 jobs across Europe", "indirect", article="c", day=101),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert frozenset({"q1", "q2"}) in groups and frozenset({"q3"}) in groups


def test_a_report_links_to_the_quote_it_sums_up_a_paragraph_later() -> None:
    items = [
        _item("q1", "a telephone conversation between Putin and Trump could be arranged at any moment", "indirect"),
        _item("q2", "progress must be made at the expert level", "indirect", pos=120),
        _item("q3", "A telephone call is possible at any time, and it can be organised promptly", pos=300),
        _item("q4", "It is at the expert level that results should be achieved, which will then form a basis", pos=500),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert groups == {frozenset({"q1", "q3"}), frozenset({"q2", "q4"})}


@pytest.mark.parametrize(
    ("fragment", "quote", "linked"),
    [
        ("incorrect", "No, it wouldn't be correct to say so", True),
        ("unacceptable", "This is not acceptable to us", True),
        ("reckless", "This decision is reckless and we will fight it", True),
        ("reckless", "This decision is not reckless", False),
        ("incorrect", "It is correct to say so", False),
    ],
)
def test_a_fragment_next_to_the_quote_that_says_it(fragment: str, quote: str, linked: bool) -> None:
    items = [_item("q1", fragment, pos=0), _item("q2", quote, pos=200)]
    groups = _groups(items, link_block(items, LinkOptions(embed=False)))
    assert (frozenset({"q1", "q2"}) in groups) == linked


def test_the_clause_that_links_two_reports_must_agree_too() -> None:
    items = [
        _item("q1", "deputies went door to door in Aspen Fork overnight", "indirect", article="a"),
        _item(
            "q2",
            "Deputies went door to door in Cold Spring overnight. Most people already had the car packed",
            article="b",
            day=101,
        ),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert groups == {frozenset({"q1"}), frozenset({"q2"})}


@pytest.mark.parametrize(
    ("english", "other", "lang", "linked"),
    [
        # another language kept the second sentence: the first one's negation is not its business
        (
            "This is not a political decision. It is a commercial and technical matter between two companies",
            "Это коммерческий и технический вопрос между двумя компаниями",
            "ru",
            True,
        ),
        (
            "We will not challenge this law in court. We lost the vote, and we accept it",
            "Nous avons perdu le vote, et nous l'acceptons",
            "fr",
            True,
        ),
        # German says the clause in fewer words than English: more than 0.6 of the whole quote's
        (
            "We will not sign a deal that cuts pensions. We are not here to make friends",
            "Einen Vertrag, der die Renten kürzt, werde man nicht unterschreiben",
            "de",
            True,
        ),
        (
            "We will not sign a deal that cuts pensions. We are not here to make friends",
            "Einen Vertrag, der die Renten kürzt, werde man sofort unterschreiben",
            "de",
            False,
        ),
        # the clause agrees, but the whole gives another figure: two statements
        (
            "Turnout was 16% in the recounted districts, and the count was clean",
            "Die Wahlbeteiligung lag bei 61 Prozent, und die Auszählung war sauber",
            "de",
            False,
        ),
    ],
)
def test_a_translation_of_one_clause_is_verified_on_that_clause(
    english: str, other: str, lang: str, linked: bool
) -> None:
    items = [_item("q1", english, article="a"), _item("q2", other, "indirect", article="b", day=101, lang=lang)]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert (frozenset({"q1", "q2"}) in groups) == linked


def test_two_translations_that_share_one_clause_still_agree_on_the_rest() -> None:
    items = [
        _item("q1", "We will not strike on Monday. We will put the offer to our members", article="a"),
        _item(
            "q2",
            "Wir werden am Montag streiken. Wir werden das Angebot unseren Mitgliedern vorlegen",
            article="b",
            lang="de",
        ),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert groups == {frozenset({"q1"}), frozenset({"q2"})}


def test_a_translation_of_several_clauses_is_verified_whole() -> None:
    items = [
        _item(
            "q1",
            "We will not strike on Friday. The chief executive has put in writing that no pilot will be replaced",
            article="a",
        ),
        _item(
            "q2",
            "Wir werden am Freitag streiken, wenn der Chef nicht schriftlich zusagt, dass kein Pilot ersetzt wird. "
            "Kein Versprechen in einer Pressemitteilung",
            article="b",
            lang="de",
        ),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert groups == {frozenset({"q1"}), frozenset({"q2"})}


def test_a_partial_quote_joins_the_full_one_said_that_day() -> None:
    repeated = "But I'll repeat what I said on Tuesday: we will not give up on Kordun. We have invested in that valley"
    tuesday = "We will not give up on Kordun. We respect the court, we will study the ruling, and we will be back"
    items = [
        replace(_item("tue", tuesday, article="a", day=100), said_on=100),
        replace(_item("thu", repeated, article="b", day=102), said_on=102),
        replace(_item("thu-copy", repeated, article="d", day=102), said_on=102),  # the larger cluster
        _item("part", "we will not give up on Kordun", article="c", day=100),
    ]
    groups = _groups(items, link_block(items, LinkOptions(embed=False)))
    assert groups == {frozenset({"tue", "part"}), frozenset({"thu", "thu-copy"})}


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('his inspectors were "not ruling out human error', ("not ruling out human error",)),
        ('we will find out what happened" and thanked the rescue crews', ("we will find out what happened",)),
        (
            "the offer of 3 percent was “an insult to every docker in Brenna”, she said",
            ("an insult to every docker in Brenna",),
        ),
        ("der Plan sei „ein Angriff auf alle Hafenarbeiter“ gewesen", ("ein Angriff auf alle Hafenarbeiter",)),
        (
            'she "understood the anger" and would be "in Brussels on Monday"',
            ("understood the anger", "in Brussels on Monday"),
        ),
        ('talks were "on hold" for now', ()),  # too short to stand for a statement
    ],
)
def test_the_words_a_mixed_report_quotes(text: str, quoted: tuple[str, ...]) -> None:
    assert _item("q", text, "mixed").quoted() == quoted


def test_a_mixed_report_links_to_the_quote_its_quoted_words_come_from() -> None:
    items = [
        _item("q1", 'his inspectors were "not ruling out human error', "mixed", article="a"),
        _item("q2", "We are not ruling out human error. The inquiry will take months", article="b"),
        _item("q3", "We are not ruling out a technical fault", article="c"),
    ]
    groups = _groups(items, link_block(items, LinkOptions(embed=False)))
    assert groups == {frozenset({"q1", "q2"}), frozenset({"q3"})}


@pytest.mark.parametrize(
    ("other", "lang"),
    [
        ("Unsere Fahrer werden die Nachtbusse nicht fahren", "de"),
        ("Nos chauffeurs ne conduiront pas les bus de nuit", "fr"),
    ],
)
def test_a_translation_of_one_piece_of_an_interrupted_quote_is_verified_on_that_piece(other: str, lang: str) -> None:
    # the other piece's negation is not the business of a language that kept only the first
    pieces = ("Our drivers will not run the night buses", "Nobody should take that as a threat to passengers.")
    interrupted = LinkItem("q1", "p:x", " ".join(pieces), "direct", "en", 100, "a", 0, "2026-01-17", pieces)
    translation = _item("q2", other, article="b", day=100, lang=lang)
    labels = link_block([interrupted, translation], LinkOptions(), _embedder)
    assert labels[0] == labels[1]


def test_a_report_is_compared_without_the_aside_that_introduces_a_party() -> None:
    quote = _item("q1", "The Tollan Valley Council supports this bill", article="a")
    report = _item(
        "q2",
        "the Tollan Valley Council, whose district lies partly in two counties, had endorsed it",
        "indirect",
        article="b",
    )
    assert "the Tollan Valley Council had endorsed it" in report.semantic_views()
    labels = link_block([quote, report], LinkOptions(), _embedder)
    assert labels[0] == labels[1]
