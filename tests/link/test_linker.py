from __future__ import annotations

import random
import zlib
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from onrecord.link import LinkItem, LinkOptions, link_block
from onrecord.link.embed import embed
from onrecord.link.features import features, tokens
from onrecord.link.linker import (
    RELAYED,
    _calendar_apart,
    _features,
    _figure_pairs,
    _figures_and_days,
    _names,
    _names_apart,
    _paraphrase_next_to_quote,
    _partial_of_one_clause,
    _quoted_claim,
    _report_words,
    _story_words,
    _thin_pair,
    _threshold,
    _told_within,
    _units,
)
from tests.link.embedders import close_embedder


def _item(
    qid: str, text: str, kind: str = "direct", day: int = 100, article: str = "a", pos: int = 0, lang: str | None = "en"
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


@pytest.mark.parametrize(
    ("day_told", "later_day", "apart"),
    [
        (True, _TUESDAY + 2, True),  # the text gives Thursday (the filing day) for the words to the meeting
        (False, _TUESDAY + 2, False),  # Thursday only as the dateline's day: it alone tells nothing
        (True, _TUESDAY, False),  # the text gives Tuesday for both
        (True, None, False),  # no day for the other
    ],
)
def test_a_direct_quote_the_text_dates_on_its_filing_day_is_apart_from_words_stated_another_day(
    day_told: bool, later_day: int | None, apart: bool
) -> None:
    words = "The group has no tolerance for waste anywhere"
    filed = "2026-04-16"
    stated = LinkItem("q1", "p:x", words, "indirect", "en", _TUESDAY, "a", 90, filed, (), _TUESDAY, _TUESDAY)
    told = LinkItem(
        "q2", "p:x", words, "direct", "en", later_day, "a", 10, filed, (), None, later_day, day_told=day_told
    )
    groups = _groups([stated, told], link_block([stated, told], LinkOptions(), _embedder))
    assert (frozenset({"q1", "q2"}) not in groups) is apart


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
    ("german", "linked"),
    [
        ("bis Sonntag sollen es sogar vierzehn Meter werden", True),  # cosine 0.48: the same figure vouches
        ("bis Sonntag sollen es sogar zwölf Meter werden", False),  # another figure: a trap
    ],
)
def test_a_translation_that_gives_the_same_specific_figure_needs_less(german: str, linked: bool) -> None:
    items = [
        _item("q1", "the operator wanted 14 metres of water off the lake by Sunday", "indirect", article="a"),
        _item("q2", german, "indirect", article="b", lang="de"),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert (frozenset({"q1", "q2"}) in groups) is linked


_FULL_REPORT = (
    "it would close its gearbox plant in Marlow by the end of 2029, cutting 900 jobs in a region already hit "
    "by the slump in diesel parts"
)


@pytest.mark.parametrize(
    ("short", "linked"),
    [
        ("it will close its Marlow plant by the end of 2029", True),  # cosine 0.53, every word in the report
        ("it will sell its Marlow plant by the end of 2029", False),  # cosine 0.49, "sell" is not
    ],
)
def test_a_trimmed_report_that_says_nothing_the_full_one_does_not(short: str, linked: bool) -> None:
    items = [
        _item("q1", _FULL_REPORT, "indirect", article="a"),
        _item("q2", short, "indirect", article="b"),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert (frozenset({"q1", "q2"}) in groups) is linked


_LONG_QUOTE = (
    "The Northern Belle was fully insured and her crew had twenty years at sea between them. She passed her "
    "harbour inspection in May and every permit is in order. We will cooperate with the coastguard inquiry"
)


@pytest.mark.parametrize(
    ("report", "linked"),
    [
        ("every permit was in order", True),  # whole cosine 0.30; its clause of the quote says it
        ("every permit was missing", False),  # "missing" is not in the quote
        ("every licence was in order", False),  # nor is "licence"
    ],
)
def test_a_report_of_one_clause_of_a_long_quote_is_found_by_its_words(report: str, linked: bool) -> None:
    items = [
        _item("q1", _LONG_QUOTE, "direct", article="a"),
        _item("q2", report, "indirect", article="b"),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert (frozenset({"q1", "q2"}) in groups) is linked


@pytest.mark.parametrize(
    ("a", "b", "linked"),
    [
        ("disgusting", "nasty guy", False),
        ("unhinged", "outrageous", False),
        ("disgusting", "disgusting", True),
        ("The strike will go on until we get a deal", "The strike will continue until there is a deal", True),
    ],
)
def test_a_word_or_two_links_only_to_the_same_words(a: str, b: str, linked: bool) -> None:
    items = [_item("q1", a, article="a1"), _item("q2", b, article="a2")]
    labels = link_block(items, LinkOptions(), _embedder)
    assert (labels[0] == labels[1]) == linked


@pytest.mark.parametrize(
    ("report", "linked"),
    [
        ("it had also asked the Harrow Institute for its full patient-level data", False),
        ("it had asked the manufacturer, Orlen Pharma, for its full safety data", True),
    ],
)
def test_a_report_that_adds_to_the_quote_before_it_is_another_statement(report: str, linked: bool) -> None:
    items = [
        _item("q1", "We have asked Orlen Pharma for its full safety data and we will review it", pos=100),
        _item("q2", report, "indirect", pos=200),
    ]
    labels = link_block(items, LinkOptions(), _embedder)
    assert (labels[0] == labels[1]) == linked


_DAY = date(2027, 9, 23).toordinal()  # a Thursday


@pytest.mark.parametrize(
    ("published", "linked"),
    [
        ("2027-09-22", False),  # Wednesday's article cannot report what was said on Thursday
        ("2027-09-23", True),  # the same day's
        ("2027-09-24", True),  # Friday's
    ],
)
def test_an_article_published_before_the_day_words_were_said_did_not_report_them(published: str, linked: bool) -> None:
    thursday = LinkItem(
        "q1",
        "p:x",
        "I expect a decision on the funding application before Christmas.",
        "direct",
        "en",
        _DAY,
        "a",
        0,
        "2027-09-23",
        (),
        _DAY,
    )
    report = LinkItem(
        "q2",
        "p:x",
        "she expected a decision before Christmas",
        "indirect",
        "en",
        date.fromisoformat(published).toordinal(),
        "b",
        0,
        published,
    )
    labels = link_block([thursday, report], LinkOptions(), _embedder)
    assert (labels[0] == labels[1]) == linked


_TWO_CLAIMS = (
    "revenue rose 9 per cent to €184 million in the six months to the end of June, "
    "while operating profit rose 4 per cent to €41 million"
)


@pytest.mark.parametrize(
    ("report", "kind", "linked"),
    [
        ("Operating profit rose 4 per cent to €41 million", "indirect", False),  # the second claim: another statement
        ("revenue rose 9 per cent to €184 million", "indirect", True),  # the first: the report's own
        ("Operating profit rose 4 per cent to €41 million", "direct", True),  # a quote is one statement
        # the second claim said at more length: its figures, none of the first's
        (
            "Sure. Operating profit rose 4 per cent to €41 million. The margin came in a little lower "
            "because of energy costs at the terminal",
            "indirect",
            False,
        ),
    ],
)
def test_a_report_of_two_claims_stands_for_its_first(report: str, kind: str, linked: bool) -> None:
    long = _item(
        "q1", _TWO_CLAIMS if kind != "direct" else _TWO_CLAIMS[0].upper() + _TWO_CLAIMS[1:] + ".", kind, article="a"
    )
    items = [long, _item("q2", report, "indirect", article="b")]
    labels = link_block(items, LinkOptions(), _embedder)
    assert (labels[0] == labels[1]) == linked


_TWO_CLAIMS_IN_THOUSANDS = (
    "4,500 flats was the least the council would build, and that at least 900 of them would be let at social rents"
)


@pytest.mark.parametrize(
    ("quote", "article", "linked"),
    [
        # both claims, with the figures written in thousands: the report of the quote, in its article or another
        ("We will build 4,500 flats, and 900 of them will be let at social rents to a nurse or a porter", "a", True),
        ("We will build 4,500 flats, and 900 of them will be let at social rents to a nurse or a porter", "b", True),
        ("We will build 4,500 flats", "b", True),  # the first claim
        ("900 of the flats will be let at social rents", "b", False),  # only the second: another statement
    ],
)
def test_a_quote_of_both_claims_with_figures_in_thousands_is_the_report_s(
    quote: str, article: str, linked: bool
) -> None:
    items = [
        _item("q1", _TWO_CLAIMS_IN_THOUSANDS, "indirect", article="a"),
        _item("q2", quote, article=article, pos=200),
    ]
    labels = link_block(items, LinkOptions(), _embedder)
    assert (labels[0] == labels[1]) == linked


_VOTES = (
    "We have 58 votes now. Four Republicans called me today, and I won't name them, but they have seen what "
    "happened at the junction"
)


@pytest.mark.parametrize(
    ("report", "linked"),
    [
        ("she now had 58 votes", True),  # every word and the figure in the quote
        ("she now had 54 votes", False),  # another figure
        ("she now had 58 pledges", False),  # "pledges" is not in the quote
    ],
)
def test_a_trimmed_report_with_the_quote_s_figure(report: str, linked: bool) -> None:
    items = [_item("q1", _VOTES, article="a"), _item("q2", report, "indirect", article="b")]
    labels = link_block(items, LinkOptions(), _embedder)
    assert (labels[0] == labels[1]) == linked


_FLOOD = "This is the worst flood Riverton has seen in forty years. I've never seen Mill Creek like this."


@pytest.mark.parametrize(
    ("partial", "linked"),
    [
        ("the worst flood Riverton has seen in forty years", True),  # one sentence, which agrees
        ("I've seen Mill Creek like this", False),  # the sentence that says "never"
    ],
)
def test_a_partial_quote_is_verified_on_the_sentence_that_holds_it(partial: str, linked: bool) -> None:
    items = [_item("q1", _FLOOD, article="a"), _item("q2", partial, article="b")]
    labels = link_block(items, LinkOptions(), _embedder)
    assert (labels[0] == labels[1]) == linked


def test_a_trimmed_report_links_from_a_lower_cosine() -> None:
    # every content word of the quote is in the report (cosine 0.44): the words are the evidence
    items = [
        _item("q1", "investigators no longer believe Dennis Halloran, 58, acted alone", "indirect", article="a"),
        _item("q2", "We do not believe he acted alone", article="b"),
    ]
    labels = link_block(items, LinkOptions(), _embedder)
    assert labels[0] == labels[1]


_SATURDAY = date(2026, 4, 11).toordinal()


@pytest.mark.parametrize(
    ("repetition", "stated", "apart"),
    [
        # the speaker's own words tell of the second occasion
        (
            "I said it on Saturday and I'll say it again: this ferry service is good enough to survive. Ask me in May",
            True,
            True,
        ),
        ("Je le redis: this ferry service is good enough to survive", True, True),
        # no telling of a repetition, but its sentence says Tuesday: Saturday's article did not quote it
        ("this ferry service is good enough to survive", True, True),
        # no day of its own: the same words, one report among others
        ("this ferry service is good enough to survive", False, False),
    ],
)
def test_words_the_speaker_says_again_are_a_second_occasion(repetition: str, stated: bool, apart: bool) -> None:
    words = "This ferry service is good enough to survive"
    saturday = LinkItem("q1", "p:x", words + ". I see the figures every week", "direct", "en", _SATURDAY, "a", 0,
                        "2026-04-11T19:00:00")
    said_on = _SATURDAY + 3 if stated else None
    tuesday = LinkItem("q2", "p:x", repetition, "direct", "en", _SATURDAY + 3, "b", 0, "2026-04-14T13:00:00", (),
                       said_on, _SATURDAY + 3)
    items = [saturday, tuesday]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert (frozenset({"q1", "q2"}) not in groups) is apart


def test_words_told_as_going_further_are_not_the_words_gone_further_from() -> None:
    # "On Tuesday she posted that ... . On Friday she went further: '...'": the first words, kept
    # whole in Friday's quote with an addition, are Tuesday's statement, not Friday's
    items = [
        LinkItem("q1", "p:x", 'she wanted the ferry timetable "restored before a single route is cut', "mixed",
                 "en", _SATURDAY + 3, "a", 100, "2026-04-14", (), None, _SATURDAY + 3),
        LinkItem("q2", "p:x", "I want the ferry timetable restored before a single route is cut, and I want it "
                 "signed", "direct", "en", _SATURDAY + 6, "a", 300, "2026-04-17", (), _SATURDAY + 6,
                 _SATURDAY + 6, True, None, True),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert frozenset({"q1", "q2"}) not in groups


def test_a_report_before_one_of_the_same_words_said_again_is_the_earlier_occasion() -> None:
    words = "This ferry service is good enough to survive"
    items = [
        LinkItem("q1", "p:x", words + ". I see the figures every week", "direct", "en", _SATURDAY, "a", 0,
                 "2026-04-11T19:00:00"),
        LinkItem("q2", "p:x", "I said it on Saturday and I'll say it again: " + words.lower() + ". Ask me in May",
                 "direct", "en", _SATURDAY + 3, "b", 0, "2026-04-14T13:00:00", (), _SATURDAY + 3, _SATURDAY + 3),
        # a later article: the words of Saturday, then "On Tuesday he said it again: ..."
        LinkItem("q3", "p:x", words, "direct", "en", _SATURDAY + 4, "c", 400, "2026-04-15", (), None, _SATURDAY + 4),
        LinkItem("q4", "p:x", words.lower() + ", he insisted", "indirect", "en", _SATURDAY + 3, "c", 650,
                 "2026-04-15", (), _SATURDAY + 3, _SATURDAY + 3, True, 1, True),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert frozenset({"q1", "q3"}) in groups
    assert not any({"q3", "q4"} <= g or {"q1", "q2"} <= g for g in groups)


@pytest.mark.parametrize(
    ("earlier", "apart"),
    [
        (True, True),  # "he said on the tarmac, a line he repeated on Tuesday": Monday's words
        (False, False),  # no telling of a later repetition: a report of the repetition, that day
    ],
)
def test_a_report_of_words_repeated_later_is_the_first_occasion(earlier: bool, apart: bool) -> None:
    words = "We have not come to Varna for photographs"
    wire = LinkItem("q1", "p:x", words, "direct", "en", _SATURDAY + 3, "b", 0, "2026-04-14T16:00:00", (), None,
                    None, False, None, False, earlier)
    transcript = LinkItem("q2", "p:x", "I said it yesterday and I say it again: " + words.lower(), "direct", "en",
                          _SATURDAY + 3, "c", 0, "2026-04-14T13:00:00", (), _SATURDAY + 3, _SATURDAY + 3)
    items = [wire, transcript]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert (frozenset({"q1", "q2"}) not in groups) is apart


@pytest.mark.parametrize(
    ("published", "contained", "kind", "linked"),
    [
        ("2027-09-22", False, "direct", False),  # Wednesday's article quoted Tuesday's slogan, not Thursday's
        ("2027-09-22", True, "direct", False),  # a part of it too
        ("2027-09-23", False, "direct", True),  # Thursday's article may quote Thursday's words
        ("2027-09-24", True, "direct", True),  # Friday's too
        ("2027-09-22", False, "indirect", True),  # a journalist's sentence copied: the copy's day is no occasion
    ],
)
def test_the_same_words_published_before_the_day_they_were_said_again_are_another_occasion(
    published: str, contained: bool, kind: str, linked: bool
) -> None:
    slogan = "we will pave the harbour road, and we will pave it without a levy"
    thursday = LinkItem("q1", "p:x", slogan, kind, "en", _DAY, "a", 0, "2027-09-23", (), _DAY)
    text = "we will pave it without a levy" if contained else slogan
    day = date.fromisoformat(published).toordinal()
    earlier = LinkItem("q2", "p:x", text, kind, "en", day, "b", 0, published)
    labels = link_block([thursday, earlier], LinkOptions(), _embedder)
    assert (labels[0] == labels[1]) == linked


_MONDAY = date(2027, 9, 20).toordinal()
_BRIDGE_MONEY = "We will have the bridge money by Friday"


@pytest.mark.parametrize(
    ("context_day", "kind", "lang", "linked"),
    [
        (_MONDAY, "direct", "en", False),  # the same words in Monday's story and "told the Gazette on Tuesday"
        (_MONDAY + 1, "direct", "en", True),  # the day its article names is the stated one
        (_MONDAY + 2, "direct", "en", True),  # the publication day (a dateline) tells nothing
        (_MONDAY, "direct", "de", True),  # a translation's day is read from a translator's words
        (_MONDAY, "indirect", "en", True),  # a journalist's sentence: the words are not the speaker's
        (None, "direct", "en", True),  # no day known
    ],
)
def test_the_speaker_s_words_likely_said_on_another_day_than_a_stated_one(
    context_day: int | None, kind: str, lang: str, linked: bool
) -> None:
    stated = LinkItem(
        "q1", "p:x", _BRIDGE_MONEY, "direct", "en", _MONDAY + 1, "a", 0, "2027-09-22", (),
        _MONDAY + 1, _MONDAY + 1,
    )
    text = "Wir werden das Geld für die Brücke bis Freitag haben" if lang == "de" else _BRIDGE_MONEY
    other = LinkItem(
        "q2", "p:x", text, kind, lang, context_day or _MONDAY + 2, "b", 0, "2027-09-22", (), None, context_day
    )
    labels = link_block([stated, other], LinkOptions(), _embedder)
    assert (labels[0] == labels[1]) is linked


def test_the_speaker_s_words_on_two_days_stay_apart_through_a_report_of_either() -> None:
    words = _BRIDGE_MONEY
    tuesday = _MONDAY + 1
    stated = LinkItem("q1", "p:x", words, "direct", "en", tuesday, "a", 0, "2027-09-22", (), tuesday, tuesday)
    likely = LinkItem("q2", "p:x", words, "direct", "en", _MONDAY, "b", 0, "2027-09-22", (), None, _MONDAY)
    undated = LinkItem("q3", "p:x", words, "direct", "en", None, "c", 0, None)
    items = [stated, likely, undated]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert not any({"q1", "q2"} <= g for g in groups)


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


@pytest.mark.parametrize(
    ("undated_day", "joins_repetition"),
    [
        (None, False),  # no day places it: the words said again are told as such, it is the first occasion's
        (_DAY, True),  # said on the day of the repetition
    ],
)
def test_a_report_no_day_places_is_not_the_words_said_again(undated_day: int | None, joins_repetition: bool) -> None:
    slogan = "we will pave the harbour road, and we will pave it without a levy"
    tuesday = LinkItem(
        "q1", "p:x", f"Thank you. Look, {slogan}. That is the whole plan", "direct", "en", _DAY - 2, "a", 0,
        "2027-09-21", (), _DAY - 2, _DAY - 2,
    )
    again = LinkItem("q2", "p:x", slogan, "direct", "en", _DAY, "b", 0, "2027-09-24", (), _DAY, _DAY, True)
    when = None if undated_day is None else "2027-09-24"
    report = LinkItem("q3", "p:x", slogan, "direct", "en", undated_day, "c", 0, when)
    labels = link_block([tuesday, again, report], LinkOptions(), _embedder)
    assert (labels[2] == labels[1]) is joins_repetition
    assert labels[0] != labels[1]


@pytest.mark.parametrize(
    ("ending", "apart"),
    [
        ("We are against being made fools of.", True),  # the frame filled another way
        ("We are against being the only ones who pay for it.", False),  # words edited
    ],
)
def test_the_same_opening_ended_another_way_is_another_occasion(ending: str, apart: bool) -> None:
    first = ("We are not against the toll", "We are against being the only ones paying for it.")
    second = ("We are not against the toll", ending)
    items = [
        LinkItem("q1", "p:x", " ".join(first), "direct", "en", 100, "a", 0, "2026-01-10", first),
        LinkItem("q2", "p:x", " ".join(second), "direct", "en", 101, "b", 0, "2026-01-11", second),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert (frozenset({"q1", "q2"}) not in groups) is apart


@pytest.mark.parametrize(
    ("later", "apart"),
    [
        # a report that the speaker still holds the position: said again, after the undated first report
        ('he still expects a vote on the harbour toll "before the snow comes', True),
        ('he expects a vote on the harbour toll "before the snow comes', False),
    ],
)
def test_a_report_of_a_position_still_held_is_words_said_again(later: str, apart: bool) -> None:
    first = 'he expected a vote on the harbour toll "before the snow comes in the valley'
    items = [
        LinkItem("q1", "p:x", first, "mixed", "en", None, "a", 0, None),
        LinkItem("q2", "p:x", later, "mixed", "en", 101, "b", 0, "2026-01-11"),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert (frozenset({"q1", "q2"}) not in groups) is apart


@pytest.mark.parametrize(
    ("last", "apart"),
    [
        ("The new ferry proves it.", True),  # the same lines closed another way: another occasion
        ("And the crews know it.", False),  # the last sentence shares a word ("crews")
    ],
)
def test_the_same_lines_closed_another_way_are_another_occasion(last: str, apart: bool) -> None:
    lines = "Safety is not an extra for our crews. It is the job."
    items = [
        LinkItem("q1", "p:x", f"{lines} {last}", "direct", "en", 100, "a", 0, "2026-01-10"),
        LinkItem(
            "q2", "p:x", f"{lines} And if we fail our crews, we shut.", "direct", "en", 100, "b", 0, "2026-01-10"
        ),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert (frozenset({"q1", "q2"}) not in groups) is apart


@pytest.mark.parametrize(
    ("report", "report_day", "others", "linked"),
    [
        # a short quoted phrase, word for word in the speaker's quote of that day in another article
        ('he had "no patience" for the striker', 100, (), True),
        # three words: too short for a partial quote, not too long for a phrase
        ('he had "no patience for" the striker', 100, (), True),
        # said on another day, a phrase of no content word, or a phrase two quotes of that day hold
        ('he had "no patience" for the striker', 101, (), False),
        ('he said it was "and so" on and on', 100, (), False),
        ('he had "no patience" for the striker', 100, ("I have no patience with the board, none at all",), False),
    ],
)
def test_a_short_quoted_phrase_links_to_the_day_s_quote_that_says_it(
    report: str, report_day: int, others: tuple[str, ...], linked: bool
) -> None:
    quote = "It was a red card on the day and so it stays. But I have no patience for it. And so on and so forth"
    items = [
        LinkItem("q1", "p:x", quote, "direct", "en", 100, "a", 0, "2026-01-10", (), 100, 100),
        LinkItem("q2", "p:x", report, "mixed", "en", report_day, "b", 0, "2026-01-11", (), report_day, report_day),
        *(
            LinkItem(f"q{k + 3}", "p:x", t, "direct", "en", 100, "c", 0, "2026-01-10", (), 100, 100)
            for k, t in enumerate(others)
        ),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert any({"q1", "q2"} <= g for g in groups) is linked



@pytest.mark.parametrize(
    ("report", "quote", "lang", "linked"),
    [
        # (the report shares a word with the quote: a report beside a quote in one article is
        # joined on cosine alone only so)
        ("the company would pay for a processing line", "We will fund a processing line in the harbour", "en", True),
        ("bolaget tar oron på allvar", "Vi kommer att finansiera en ny processlinje i hamnen", "sv", False),
        ("pemerintah akan membuka jembatan baru", "Tidak ada yang kelaparan di provinsi ini", "id", False),
    ],
)
def test_a_cosine_joins_a_report_to_its_quote_only_in_a_language_the_embedder_knows(
    report: str, quote: str, lang: str, linked: bool
) -> None:
    items = [_item("q1", report, "indirect", pos=100, lang=lang), _item("q2", quote, pos=300, lang=lang)]
    groups = _groups(items, link_block(items, LinkOptions(), close_embedder(0.5)))
    assert (frozenset({"q1", "q2"}) in groups) is linked


@pytest.mark.parametrize(
    ("english", "other", "lang", "linked"),
    [
        ("The bridge will open next month", "Le pont ouvrira le mois prochain", "fr", True),
        ("The bridge will open next month", "Jembatan akan dibuka bulan depan", "id", False),
        ("The bridge will open next month", "Most bude otevřen příští měsíc", "cs", False),
    ],
)
def test_a_cosine_joins_a_translation_only_in_a_language_the_embedder_knows(
    english: str, other: str, lang: str, linked: bool
) -> None:
    items = [_item("q1", english, article="a"), _item("q2", other, article="b", lang=lang)]
    # the first embedder's cosine alone (the second model, which reads these languages, the
    # link to the speaker's one statement and the cross-language scorer, kept out)
    options = LinkOptions(unread_threshold=2.0, unread_alone=False, crosslingual=False)
    groups = _groups(items, link_block(items, options, close_embedder(0.9)))
    assert (frozenset({"q1", "q2"}) in groups) is linked


@pytest.mark.parametrize(
    ("media", "linked"),
    [
        # a platform post and the outlet's own interview: two occasions
        (("post", "interview", None), False),
        # the same medium (two outlets may each have been told the words), or one not known
        (("interview", "interview", None), True),
        (("post", "post", None), True),
        (("post", None, None), True),
        # a report between them does not chain the two occasions into one statement
        (("post", "interview", "bridge"), False),
    ],
)
def test_quotes_posted_and_told_in_an_interview(media: tuple[str | None, str | None, str | None], linked: bool) -> None:
    words = "The terminal will stay in local hands"
    items = [
        replace(_item("q1", words, article="a"), medium=media[0]),
        replace(_item("q2", words + ".", day=102, article="b"), medium=media[1]),
    ]
    if media[2]:
        items.append(_item("q3", "the terminal will stay in local hands", kind="indirect", day=102, article="c"))
    labels = link_block(items, LinkOptions(embed=False))
    assert (labels[0] == labels[1]) is linked


@pytest.mark.parametrize(
    ("kinds", "media", "linked"),
    [
        # a mixed report's quoted words are the speaker's own: its channel is their occasion's
        (("mixed", "mixed"), ("interview", "post"), False),
        (("mixed", "direct"), ("post", "interview"), False),
        (("mixed", "mixed"), ("post", "post"), True),
        (("mixed", "mixed"), ("interview", None), True),
        # a report of words told the article's outlet ("told the Gazette that ...") tells of
        # that interview, however the journalist words it: not the post
        (("indirect", "mixed"), ("interview", "post"), False),
        (("indirect", "mixed"), ("interview", "interview"), True),
        # a report in the journalist's own words that names no interview may give where the
        # journalist read them
        (("indirect", "mixed"), (None, "post"), True),
    ],
)
def test_mixed_reports_posted_and_told_in_an_interview(
    kinds: tuple[str, str], media: tuple[str | None, str | None], linked: bool
) -> None:
    texts = {
        "mixed": 'the guild had warned the harbour board about the cranes "more than twice"',
        "direct": "The guild had warned the harbour board about the cranes more than twice",
        "indirect": "the guild had warned the harbour board about the cranes more than twice",
    }
    items = [
        replace(_item("q1", texts[kinds[0]], kind=kinds[0], article="a"), medium=media[0]),
        replace(_item("q2", texts[kinds[1]], kind=kinds[1], day=101, article="b"), medium=media[1]),
    ]
    labels = link_block(items, LinkOptions(embed=False))
    assert (labels[0] == labels[1]) is linked


@pytest.mark.parametrize(
    ("media", "linked"),
    [
        # the speaker's words to the outlet, and the same words a person says the speaker told them
        (("interview", RELAYED), False),
        (("post", RELAYED), False),
        # two people relaying the words, or a report whose channel is not known
        ((RELAYED, RELAYED), True),
        ((None, RELAYED), True),
    ],
)
def test_words_a_person_relays_are_another_telling(media: tuple[str | None, str | None], linked: bool) -> None:
    items = [
        replace(_item("q1", "Every tenant will be rehoused by May. You have my word", article="a"), medium=media[0]),
        replace(
            _item("q2", "every tenant will be rehoused by May", kind="indirect", article="a", pos=200), medium=media[1]
        ),
    ]
    labels = link_block(items, LinkOptions(embed=False))
    assert (labels[0] == labels[1]) is linked


_CHASE = "We will chase every last crown. Five years will not bring a single pension back"


_BACKS = "Halberg fully backs the inquiry into the leak. Safety comes before everything"


@pytest.mark.parametrize(
    ("quote", "report", "kind", "linked"),
    [
        # the report's own subject stands for the speaker's "we", or for the company's name
        (_CHASE, 'the cooperative would chase "every last crown', "mixed", True),
        (_BACKS, 'the shipping group "fully backs" the inquiry into the leak', "mixed", True),
        # a report that opens with no subject of its own says more than the quote
        (_CHASE, "the cooperative would chase every last crown of the harbour fund", "indirect", False),
        # a direct quote is no report: its first words are the speaker's
        (_CHASE, "The cooperative will chase every last crown", "direct", False),
    ],
)
def test_a_report_may_put_its_subject_for_the_speaker(quote: str, report: str, kind: str, linked: bool) -> None:
    items = [
        _item("q1", quote, article="a"),
        _item("q2", report, kind=kind, article="b", pos=400),
    ]
    labels = link_block(items, LinkOptions(), _embedder)
    assert (labels[0] == labels[1]) is linked


_RELEASE_MONDAY = date(2027, 5, 3).toordinal()


def _dated(
    qid: str, text: str, lang: str | None, said: int | None, article: str, weekday: int | None = None
) -> LinkItem:
    when = None if said is None else date.fromordinal(said).isoformat()
    return LinkItem(qid, "p:x", text, "indirect", lang, said, article, 0, when, (), said, said, weekday=weekday)


@pytest.mark.parametrize(
    ("foreign", "lang", "said", "weekday", "linked"),
    [
        # the same specific figures on the same day: a translation the embedder cannot read
        ("Η εταιρεία θα επενδύσει 300 εκατομμύρια ευρώ σε τρία χρόνια", "el", _RELEASE_MONDAY, None, True),
        ("a cég 300 millió eurót fektet be három év alatt", "hu", _RELEASE_MONDAY, None, True),
        # an undated article's weekday that is the English report's
        ("Η εταιρεία θα επενδύσει 300 εκατομμύρια ευρώ σε τρία χρόνια", "el", None, 0, True),
        # another day, another figure, a negation: no link
        ("Η εταιρεία θα επενδύσει 300 εκατομμύρια ευρώ σε τρία χρόνια", "el", _RELEASE_MONDAY + 2, None, False),
        ("Η εταιρεία θα επενδύσει 200 εκατομμύρια ευρώ σε τρία χρόνια", "el", _RELEASE_MONDAY, None, False),
        ("Η εταιρεία δεν θα επενδύσει 300 εκατομμύρια ευρώ σε τρία χρόνια", "el", _RELEASE_MONDAY, None, False),
        # no day at all: the figures do not place it, but it has no other statement to translate
        # (the speaker's one statement in the window, test_a_translation_no_model_reads_...)
        ("Η εταιρεία θα επενδύσει 300 εκατομμύρια ευρώ σε τρία χρόνια", "el", None, None, True),
        # a language the embedder reads is left to the cosine
        ("La société investira 300 millions d'euros sur trois ans", "fr", _RELEASE_MONDAY, None, False),
    ],
)
def test_a_translation_the_embedder_cannot_read_links_by_its_figures_and_day(
    foreign: str, lang: str, said: int | None, weekday: int | None, linked: bool
) -> None:
    items = [
        _dated("q1", "The company will invest 300 million euros over three years", "en", _RELEASE_MONDAY, "a"),
        _dated("q2", foreign, lang, said, "b", weekday),
    ]
    labels = link_block(items, LinkOptions(embed=False))
    assert (labels[0] == labels[1]) is linked


@pytest.mark.parametrize(
    ("published", "english", "linked"),
    [
        # a report that gives no day, in a paper of the next morning or of the same day
        (_RELEASE_MONDAY + 1, "The company will invest 300 million euros over three years", True),
        (_RELEASE_MONDAY, "The company will invest 300 million euros over three years", True),
        # two days later: another occasion may be what it reports
        (_RELEASE_MONDAY + 2, "The company will invest 300 million euros over three years", False),
        # the clause of a long quote that gives the figures, not its negated rest, is what it renders
        (
            _RELEASE_MONDAY + 1,
            "No. The company will invest 300 million euros over three years, and that money is new, "
            "it does not come out of existing budgets",
            True,
        ),
        # a clause that gives the figures negated is another claim
        (
            _RELEASE_MONDAY + 1,
            "The company will not invest 300 million euros over three years. That plan is gone",
            False,
        ),
    ],
)
def test_a_translation_that_gives_no_day_links_by_its_figures_to_the_day_before(
    published: int, english: str, linked: bool
) -> None:
    foreign = "Η εταιρεία θα επενδύσει 300 εκατομμύρια ευρώ σε τρία χρόνια"
    when = date.fromordinal(published).isoformat()
    items = [
        _dated("q1", english, "en", _RELEASE_MONDAY, "a"),
        LinkItem("q2", "p:x", foreign, "indirect", "el", published, "b", 0, when),
    ]
    labels = link_block(items, LinkOptions(embed=False))
    assert (labels[0] == labels[1]) is linked


_LONG_TURN = (
    "Worse than 2009, on the east side anyway. The good news, if there is any, is that the models have shifted "
    "overnight, and we no longer expect a second round of freezing rain. It looks like snow on Friday night instead."
)


@pytest.mark.parametrize(
    ("report", "linked"),
    [
        # another article's report of one clause of a long turn, far from the whole turn's vector
        ("forecasters no longer expected a second round of freezing rain", True),
        ("forecasters still expected a second round of freezing rain", False),  # the clause without its negation
    ],
)
def test_a_report_of_one_clause_of_a_long_quote_in_another_article(report: str, linked: bool) -> None:
    items = [_item("q1", _LONG_TURN, article="a"), _item("q2", report, "indirect", article="b")]
    labels = link_block(items, LinkOptions(), _embedder)
    assert (labels[0] == labels[1]) == linked
    if linked:  # it is the lower cosine that lets the pair get its second look
        labels = link_block(items, LinkOptions(second_look_reports=LinkOptions().second_look), _embedder)
        assert labels[0] != labels[1]


@pytest.mark.parametrize(
    ("foreign", "lang", "linked"),
    [
        # Serbian, Swahili, Vietnamese: the same specific figures on the same day link
        ("Фабрика ће запослити 1.250 радника и 480 инжењера", "sr", True),
        ("Kiwanda kitaajiri wafanyakazi 1,250 na wahandisi 480", "sw", True),
        ("Nhà máy sẽ tuyển 1.250 công nhân và 480 kỹ sư", "vi", True),
        # a language with no entry, told by its letters: the same; its cosine is not read
        ("Nhà máy sẽ tuyển 480 kỹ sư", None, True),
        # a negation, another figure: no link
        ("Фабрика неће запослити 1.250 радника и 480 инжењера", "sr", False),
        ("Kiwanda hakitaajiri wafanyakazi 1,250 na wahandisi 480", "sw", False),
        ("Nhà máy sẽ không tuyển 1.250 công nhân và 480 kỹ sư", "vi", False),
        ("Nhà máy sẽ tuyển 1.250 công nhân và 380 kỹ sư", "vi", False),
    ],
)
def test_a_translation_into_serbian_swahili_vietnamese_or_an_unknown_language(
    foreign: str, lang: str | None, linked: bool
) -> None:
    english = "The plant will hire 1,250 workers and 480 engineers" if lang else "The plant will hire 480 engineers"
    items = [_dated("q1", english, "en", _RELEASE_MONDAY, "a"), _dated("q2", foreign, lang, _RELEASE_MONDAY, "b")]
    labels = link_block(items, LinkOptions(embed=False))
    assert (labels[0] == labels[1]) is linked


def test_two_wordings_of_an_unknown_language_are_not_joined_by_their_cosine() -> None:
    items = [
        _item("q1", "Nhà máy sẽ mở cửa lại vào tháng sau, không phải tuần này", article="a", lang=None),
        _item("q2", "Công ty không đồng ý với quyết định của hội đồng thành phố", article="b", lang=None),
    ]
    labels = link_block(items, LinkOptions(), close_embedder(0.9))
    assert labels[0] != labels[1]


@pytest.mark.parametrize(
    ("finnish", "english", "linked"),
    [
        # a language the embedder does not know joins the one statement that names the same, that day
        ("Koivurannan-reittiä ei lopeteta", ["We will not close the Koivuranta route"], True),
        # verified as any pair: the negation is not there in the other
        ("Koivurannan-reittiä ei lopeteta", ["We will close the Koivuranta route"], False),
        # the speaker names it in two statements that day: the name does not tell which
        (
            "Koivurannan-reittiä ei lopeteta",
            ["We will not close the Koivuranta route", "Koivuranta lost money again last year"],
            False,
        ),
        # of two statements that name it, the one that names nothing else
        (
            "Koivurannan-reittiä ei lopeteta",
            ["We will not close the Koivuranta route", "Koivuranta and Tampere lost money again"],
            True,
        ),
        # no name in common (the word it opens with may be one)
        ("Reittiä ei lopeteta", ["We will not close the Koivuranta route"], False),
        # the capitalised word a wording opens with need not be a name: its other names are enough
        ("Harjoitus pidetään Koivurannassa", ["Exercises will be held in Koivuranta"], True),
        # but a statement that has all its names, that one too, goes first
        (
            "Harjoitus pidetään Koivurannassa",
            ["Harjoitus, the exercise, will be held in Koivuranta", "Koivuranta and Tampere lost money again"],
            True,
        ),
    ],
)
def test_a_translation_the_embedder_cannot_read_links_by_its_names(
    finnish: str, english: list[str], linked: bool
) -> None:
    items = [replace(_item("q0", finnish, "indirect", article="a", lang="fi"), said_day=100)]
    items += [
        replace(_item(f"q{k + 1}", text, article=f"b{k}"), said_day=100) for k, text in enumerate(english)
    ]
    groups = _groups(items, link_block(items, LinkOptions(embed=False)))
    assert (frozenset({"q0", "q1"}) in groups) is linked


def test_a_wording_of_an_unknown_language_in_another_script_links_by_its_names() -> None:
    # no language told, its letters mostly outside ASCII: the embedder may not read it
    foreign = "Ŧĥé Ķöïvüŕåñţå ŕöüţé ŵïļļ ŝţåý ŏþéñ ţø Koivuranta"
    items = [
        replace(_item("q0", foreign, "indirect", article="a", lang=None), said_day=100),
        replace(_item("q1", "The Koivuranta route will stay open", article="b", lang="en"), said_day=100),
    ]
    assert frozenset({"q0", "q1"}) in _groups(items, link_block(items, LinkOptions(embed=False)))


def test_a_translation_linked_by_its_names_was_said_the_same_day() -> None:
    items = [
        replace(_item("q0", "Koivurannan-reittiä ei lopeteta", "indirect", article="a", lang="fi"), said_day=100),
        replace(_item("q1", "We will not close the Koivuranta route", article="b"), said_day=102),
    ]
    assert len(_groups(items, link_block(items, LinkOptions(embed=False)))) == 2


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        # a case ending or a compound after a hyphen is the same name
        ("Koivurannan-reittiä ei lopeteta", "fi", {"koivu"}),
        ("We will not close the Koivuranta route", "en", {"koivu"}),
        ("proizvodnja u Brodu staje", "hr", {"brodu"}),
        # a short name is left out: its first letters are too many words' first letters
        ("the talks in Oslo went on", "en", set()),
        # a month is no name: each language spells it its own way
        ("Pelatihan akan digelar di Pulau Wetara pada Oktober", "id", {"pelat", "pulau", "wetar"}),
        ("no name here at all", "en", set()),
    ],
)
def test_the_names_a_translation_is_linked_by(text: str, lang: str, names: set[str]) -> None:
    assert _names(features(text, lang)) == names


def test_equal_whole_quotes_join_before_a_piece_said_on_another_day() -> None:
    # two outlets quote the same interrupted quote in full; a third gives its first sentence,
    # said the evening before: the full quotes are one statement whatever the piece's day
    whole = "Vessia has chosen a new road. Not for me, not for the party, but for the road."
    piece = "Vessia has chosen a new road"
    items = [
        replace(_item("q1", piece, article="a", day=99), said_on=99),
        replace(_item("q2", whole.replace(".", ",", 1), article="b"), parts=(piece, whole.split(". ", 1)[1])),
        replace(_item("q3", whole, article="c"), parts=(piece, whole.split(". ", 1)[1]), said_on=100),
    ]
    groups = _groups(items, link_block(items, LinkOptions(embed=False)))
    assert frozenset({"q2", "q3"}) in {g & {"q2", "q3"} for g in groups}


def test_a_short_quoted_phrase_two_quotes_likely_said_that_day_hold_links_neither() -> None:
    # "a useful meeting" with one party in the morning (its day stated), with another in the
    # afternoon (its day only likely): the phrase does not tell which
    morning = "We had a useful meeting with the harbour board this morning"
    afternoon = "We had a useful meeting with the ferry crews this afternoon. They have a fair case."
    items = [
        LinkItem("q1", "p:x", morning, "direct", "en", 100, "a", 0, "2026-01-10", (), 100, 100),
        LinkItem("q2", "p:x", afternoon, "direct", "en", 100, "a", 500, "2026-01-10", (), None, 100),
        LinkItem(
            "q3", "p:x", 'she had had "a useful meeting" with the crews', "mixed", "en", 100, "b", 0,
            "2026-01-11", (), 100, 100,
        ),
    ]
    groups = _groups(items, link_block(items, LinkOptions(embed=False)))
    assert not any({"q1", "q3"} <= g for g in groups)


@pytest.mark.parametrize(
    ("german", "linked"),
    [
        ("Man sei mit den Zusagen für die alte Mühle nicht zufrieden", True),
        ("Man wolle das Ende der Dürre nicht zu früh verkünden", False),  # another statement
    ],
)
def test_a_german_report_in_the_subjunctive_is_compared_as_said(german: str, linked: bool) -> None:
    # "man sei" reports the speaker's "wir sind": compared so, the translation comes close enough
    quote = _item("q1", "We are not happy with the guarantees for the old mill. The mill has to be kept", article="a")
    report = _item("q2", german, "indirect", article="b", lang="de")
    labels = link_block([quote, report], LinkOptions(), _embedder)
    assert (labels[0] == labels[1]) is linked


@pytest.mark.parametrize(
    ("quote", "report", "lang", "linked"),
    [
        # a report beside the quote that names another party is not its summary (Greek: the
        # entity rules that catch it in English read English word order)
        (
            "Θα ελέγξουμε τους λογαριασμούς της Tarlow",
            "η Υπηρεσία θα ελέγξει και τους λογαριασμούς της Brenmark Data, που πούλησε τα δεδομένα",
            "el",
            False,
        ),
        (
            "Θα ελέγξουμε τους λογαριασμούς της Tarlow",
            "η Υπηρεσία θα ελέγξει τους λογαριασμούς της Tarlow, που πούλησε τα δεδομένα",
            "el",
            True,
        ),
        # a title ("the Senator") names no party of its own
        (
            "He's not going to veto it. He's going to work with the Senator to fix it",
            "President Dana Okafor would not veto a drought bill sponsored by Sen. Ivo Brandt of Marlow, signalling a"
            " possible deal",
            "en",
            True,
        ),
    ],
)
def test_a_report_naming_another_party_is_no_summary_of_the_quote_beside_it(
    quote: str, report: str, lang: str, linked: bool
) -> None:
    items = [
        _item("q1", quote, pos=100, lang=lang),
        _item("q2", report, "indirect", pos=300, lang=lang),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert (frozenset({"q1", "q2"}) in groups) is linked


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("We will audit the accounts of Tarlow", "the Office would also audit those of Brenmark Data", True),
        # a title alone names no party; two wordings that give the same title share it
        ("He will work with the Senator on it", "Governor Okafor would work with Sen. Brandt", False),
        ("The President will not meet Okafor this week", "the President would not meet Brandt", False),
        # where every noun is capitalised, capitals name no one
        ("Wir prüfen die Konten von Tarlow", "das Amt prüfe auch die Konten von Brenmark", False),
        # two institutions that share only what they are: two courts, two ministries
        ("The levy would fall at the Supreme Court", "the levy would fall at the Court of Appeal as well", True),
        ("We will ask the Health Ministry to pay", "they would ask the Ministry of Finance to pay", True),
        # the institution named in full and by what it is alone, or the same one twice
        ("The levy would fall at the Supreme Court", "the levy would fall at the Court", False),
        ("We will ask the Health Ministry to pay", "they would ask the Ministry of Health to pay", False),
        # ... whatever else either wording names: one court, one ministry
        ("We will carry this case to the Supreme Court", "the guild would carry the case to the Court, Velcarn warned",
         False),
        ("The Ministry of Canals will pay for the locks", "the Ministry would pay for the locks in Pellby", False),
        ("The Ministry of Canals will pay for the locks", "the Canals Ministry would pay for Pellby's locks",
         False),
        # two with names of their own, a third name beside them
        ("The Ministry of Canals will pay for the locks", "the Ministry of Finance would pay in Pellby", True),
    ],
)
def test_two_wordings_that_name_no_party_in_common(a: str, b: str, apart: bool) -> None:
    lang = "de" if "Konten" in a else "en"
    assert _names_apart(features(a, lang), features(b, lang)) is apart


def test_one_article_quoting_the_words_twice_on_two_days_tells_two_occasions() -> None:
    # "'..., ' she told a news conference. She had used the same phrase on Monday: '...'": the
    # Monday words are not the long quote of the article's day, whose translation joins it alone
    tue = date(2026, 1, 6)
    mon, wed = tue.toordinal() - 1, tue.toordinal() + 1
    long = "Our two towns are old friends, two river ports that depend on the same bridge."
    german = "Unsere beiden Städte sind alte Freunde, zwei Flusshäfen, die von derselben Brücke abhängen."
    items = [
        _item("q-long", long, article="a", day=tue.toordinal(), pos=10),
        replace(_item("q-mon", "Our two towns are old friends.", article="a", day=mon, pos=200), said_on=mon),
        replace(_item("q-de", german, article="b", day=tue.toordinal(), lang="de"), said_on=tue.toordinal()),
    ]
    items = [replace(it, said_day=it.day, when=tue.isoformat()) for it in items]
    items[2] = replace(items[2], when=date.fromordinal(wed).isoformat())
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert frozenset({"q-mon"}) in groups
    assert frozenset({"q-long", "q-de"}) in groups


def test_a_cluster_spanning_days_meets_a_translation_through_its_member_of_that_day() -> None:
    # the longest member was said eight days before the translation, beyond the window: the
    # member of the translation's day stands for the cluster on that day
    items = [
        _item("q-long", "We will keep the border open for as long as it takes, whatever happens.", day=100),
        _item("q-short", "we will keep the border open for as long as it takes", article="b", day=106),
        _item("q-de", "Wir werden die Grenze offen halten, so lange es dauert.", article="c", day=108, lang="de"),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert frozenset({"q-long", "q-short", "q-de"}) in groups


def test_a_report_keeping_its_complementiser_is_inside_a_longer_report() -> None:
    # "said that the ferry was cancelled": the report's "that" is not the speaker's word
    items = [
        _item("q1", "the ferry was cancelled, and that passengers should wait", "indirect", day=100, article="a"),
        _item("q2", "that the ferry was cancelled", "indirect", day=101, article="b"),
    ]
    groups = _groups(items, link_block(items, LinkOptions(embed=False)))
    assert frozenset({"q1", "q2"}) in groups


def test_a_later_article_quoting_the_same_words_with_no_day_of_its_own_reaches_back() -> None:
    # a weekly prints the minister's words ten days on, naming no day: they are the first
    # occasion's; a later quote that has a day of its own is not
    words = "There will be no fishing in the bay while that pipe is leaking"
    first = replace(_item("q1", words, article="a", day=100), said_day=100)
    weekly = _item("q2", words, article="b", day=110)
    dated = replace(_item("q3", words, article="c", day=110), said_day=110)
    assert frozenset({"q1", "q2"}) in _groups([first, weekly], link_block([first, weekly], LinkOptions(), _embedder))
    assert len(_groups([first, dated], link_block([first, dated], LinkOptions(), _embedder))) == 2


def test_a_translation_the_first_embedder_does_not_read_joins_by_the_second_model() -> None:
    # Swedish is not read by the first embedder: the second model's cosine links it to the
    # statement it translates, not to the speaker's other statement of the day
    items = [
        _item("e1", "We will build a new school by the harbour next year", article="a", pos=0),
        _item("e2", "The council has no money left for new roads this winter", article="a", pos=400),
        _item("s1", "Vi kommer att bygga en ny skola vid hamnen nästa år", article="b", lang="sv"),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert frozenset({"e1", "s1"}) in groups
    # its negation is another statement: the linker's verification still applies
    items[2] = _item("s1", "Vi kommer inte att bygga någon ny skola vid hamnen nästa år", article="b", lang="sv")
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert frozenset({"s1"}) in groups


def test_the_second_model_is_not_run_where_the_first_reads_every_wording(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(texts: object) -> np.ndarray:
        raise AssertionError("the second model ran on an English block")

    monkeypatch.setattr("onrecord.link.linker.embed_second", refuse)
    items = [
        _item("e1", "We will build a new school by the harbour next year", article="a"),
        _item("e2", "A new school will be built by the harbour next year, she said", article="b", kind="indirect"),
    ]
    link_block(items, LinkOptions(), _embedder)


@pytest.mark.parametrize(
    ("swedish", "linked"),
    [
        ("Vår viktigaste marknad är fortfarande Ostria, sa hon", True),
        # another country named: the second model's cosine does not see the name
        ("Vår viktigaste marknad är fortfarande Karsia, sa hon", False),
    ],
)
def test_the_second_model_links_no_translation_that_names_another_party(swedish: str, linked: bool) -> None:
    items = [
        _item("e1", "Our most important market is still Ostria, she said", article="a"),
        _item("s1", swedish, article="b", lang="sv"),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert (frozenset({"e1", "s1"}) in groups) is linked


_SAVINGS = (
    "Thanks, Idrane. On the numbers: we see $310 million a year in savings by 2031. Most of that is fleet and IT."
)


@pytest.mark.parametrize(
    ("report", "linked"),
    [
        # the figure and a word besides it: a journalist's paraphrase the vectors keep apart
        ("the carriers expect $310 million a year in cost savings by 2031, largely from shared hangars", True),
        ("the carriers expect $410 million a year in cost savings by 2031, largely from shared hangars", False),
        ("the carriers will not find $310 million a year in savings by 2031", False),  # negation
    ],
)
def test_a_paraphrase_that_gives_the_same_specific_figure(report: str, linked: bool) -> None:
    items = [_item("q1", _SAVINGS, article="a"), _item("q2", report, "indirect", article="b")]
    labels = link_block(items, LinkOptions(), _embedder)
    assert (labels[0] == labels[1]) == linked


@pytest.mark.parametrize(
    ("other", "linked"),
    [
        ("the trust's bid for 30 more acute beds had gone to the district care board", True),
        # what the other report sets aside is what this one says (cosine 0.49, the same figure)
        (
            "the trust's bid for 30 more acute beds had gone to Wendmoor Health rather than the local district care"
            ' board, because "the scale of what we need is beyond what the DCB can fund"',
            False,
        ),
    ],
)
def test_figure_pairs_respect_what_a_wording_sets_aside(other: str, linked: bool) -> None:
    items = [
        _item("q1", "a business case for 30 more acute beds had gone to the district care board", "indirect"),
        _item("q2", other, "indirect", article="b"),
    ]
    labels = link_block(items, LinkOptions(), _embedder)
    assert (labels[0] == labels[1]) == linked


_HOUSING = "it would pay for temporary housing for every displaced family from the two villages"


@pytest.mark.parametrize(
    ("other", "kind", "linked"),
    [
        # two journalists' renderings that share most content words (cosine 0.56)
        (
            "it will cover the cost of temporary housing for all displaced families from Alder Hollow and Brisk"
            " for as long as they are unable to return home",
            "indirect",
            True,
        ),
        ("it will cover the cost of temporary schooling for displaced children from Alder Hollow", "indirect", False),
    ],
)
def test_two_reports_that_share_most_content_words(other: str, kind: str, linked: bool) -> None:
    items = [_item("q1", _HOUSING, "indirect", article="a"), _item("q2", other, kind, article="b")]
    labels = link_block(items, LinkOptions(), _embedder)
    assert (labels[0] == labels[1]) == linked


@pytest.mark.parametrize(
    ("report", "linked"),
    [
        # the figure and its unit are all the two share (cosine 0.36): another statement
        ('a narrow shaft carrying water and a radio would reach the crew "within 36 hours"', False),
    ],
)
def test_a_figure_and_its_unit_are_not_enough(report: str, linked: bool) -> None:
    items = [
        _item("q1", "Thirty-six hours for food. Seventy-two for daylight, if the clay holds", article="a"),
        _item("q2", report, "mixed", article="b"),
    ]
    labels = link_block(items, LinkOptions(), _embedder)
    assert (labels[0] == labels[1]) == linked


@pytest.mark.parametrize(
    ("words", "units"),
    [
        (["within", "48", "hours"], {"hours"}),
        (["forty", "eight", "hours", "for", "bread"], {"hours"}),
        (["640", "million", "a", "year"], {"a"}),
        (["no", "figure", "here"], set()),
    ],
)
def test_the_unit_of_a_figure(words: list[str], units: set[str]) -> None:
    assert _units(words) == units


@pytest.mark.parametrize(
    ("report", "paired"),
    [
        ("the carriers expect $310 million a year in cost savings by 2031", True),
        ("the carriers expect $310 million a year in cost savings", False),  # the same figures, all of them
        ("results from all 310 counties had now been tallied", False),  # the figure, and no word besides it
        # a small count only one gives is no figure of the claim; a year is
        ("the two carriers expect $310 million a year in cost savings by 2031", True),
        ("the carriers expect $310 million a year in cost savings by 2033", False),
        # a small count that measures a change is a claim of its own
        ("the carriers expect $310 million a year in cost savings by 2031 with six fewer depots", False),
        ("the carriers expect $310 million a year in cost savings by 2031 from six depots", True),
    ],
)
def test_a_figure_pair_needs_the_same_figures(report: str, paired: bool) -> None:
    items = [_item("q1", _SAVINGS), _item("q2", report, "indirect", article="b")]
    words = [_report_words(it) for it in items]
    feats = [features(it.text, it.language) for it in items]
    assert ((0, 1) in _figure_pairs(items, words, feats, LinkOptions())) == paired


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("the scheme would begin in the upland districts in January", "the scheme will begin in April", True),
        ("the scheme would begin in January", "the scheme will begin in January in the towns", False),
        ("the scheme would begin in January", "the scheme will begin soon", False),  # one names no month
        ("the vote may be held on Friday", "the vote will be held on Friday", False),  # "may" is a verb
    ],
)
def test_two_months_or_weekdays_are_two_statements(a: str, b: str, apart: bool) -> None:
    assert _calendar_apart(tokens(a), tokens(b)) == apart


def test_two_reports_that_share_their_words_but_name_two_parties() -> None:
    # cosine 0.60, three content words of five shared: the party each names is the claim
    other = "the ministry still had full confidence in the Senate inquiry into the tender"
    items = [
        _item("q1", "the ministry had full confidence in Secretary Quilleran-Brisk", "indirect", article="a"),
        _item("q2", other, "indirect", article="b"),
    ]
    labels = link_block(items, LinkOptions(), _embedder)
    assert labels[0] != labels[1]


_TWO_CLAIMS_REPORTED = "he had phoned the board and that it would meet"


@pytest.mark.parametrize(
    ("text", "kind", "claim"),
    [
        # a mixed report of two claims is read by the claim it quotes
        (
            "she had phoned her rival to congratulate him and that she would “not stand in the way of a handover”",
            "mixed",
            "she would “not stand in the way of a handover”",
        ),
        # a report in the journalist's words keeps both
        (_TWO_CLAIMS_REPORTED, "indirect", _TWO_CLAIMS_REPORTED),
        ('she would "not stand in the way"', "mixed", 'she would "not stand in the way"'),  # one claim
    ],
)
def test_a_mixed_report_of_two_claims_is_read_by_its_quoted_one(text: str, kind: str, claim: str) -> None:
    item = _item("q1", text, kind)
    assert _quoted_claim(item, tokens(text)) == tokens(claim)


def _by_text(table: dict[str, list[float]], dims: int = 512) -> Callable[[Sequence[LinkItem]], np.ndarray]:
    """A model whose vector for each wording the table gives (unit length, padded), and for any
    other wording (a view the linker derives) a random direction, as good as orthogonal."""

    def vectors(items: Sequence[LinkItem]) -> np.ndarray:
        out = np.zeros((len(items), dims), dtype=np.float32)
        for k, it in enumerate(items):
            if it.text in table:
                out[k, : len(table[it.text])] = table[it.text]
            else:
                out[k] = np.random.default_rng(zlib.crc32(it.text.encode())).normal(size=dims)
            out[k] /= np.linalg.norm(out[k])
        return out

    return vectors


def _at_cosine(c: float) -> list[float]:
    return [c, (1 - c * c) ** 0.5, 0.0]


_SCHOOL = "We will build a new school by the harbour next year"
_ROADS = "The council has no money left for new roads this winter"
_ECOLE = "elle construirait une nouvelle école près du port l'an prochain"


@pytest.mark.parametrize(
    ("french", "english_quotes", "first_closest", "linked"),
    [
        # a French report among the speaker's English quotes: the first embedder's cosines (0.2
        # and less) find it no translation, the second model ranks the school statement first,
        # and so does the first
        (_ECOLE, 2, "school", True),
        # its negation is another statement: verification still applies
        ("elle ne construirait pas de nouvelle école près du port l'an prochain", 2, "school", False),
        # as many French wordings as English ones: the block has no language of its own
        (_ECOLE, 0, "school", False),
        # the first model ranks the other statement first: the two models disagree
        (_ECOLE, 2, "roads", False),
    ],
)
def test_a_report_in_another_language_the_first_embedder_reads_gets_the_second_models_look(
    french: str, english_quotes: int, first_closest: str, linked: bool
) -> None:
    items = [
        _item("e1", _SCHOOL, article="a", pos=0),
        _item("e2", _ROADS, article="a", pos=400),
        _item("f1", french, article="b", lang="fr", kind="indirect"),
    ]
    second = {_SCHOOL: [1.0, 0.0, 0.0], _ROADS: _at_cosine(0.6), french: _at_cosine(0.92)}
    near, far = (0.2, 0.1) if first_closest == "school" else (0.1, 0.2)
    first = {_SCHOOL: [1.0, 0.0, 0.0], _ROADS: [0.0, 1.0, 0.0], french: [near, far, (1 - near**2 - far**2) ** 0.5]}
    if not english_quotes:
        other = "le conseil n'a plus d'argent pour les routes cet hiver"
        items.append(_item("f2", other, article="b", lang="fr", kind="indirect", pos=300))
        second[other] = [0.0, 0.0, 0.0, 1.0]
        first[other] = [0.0, 0.0, 0.0, 1.0]
    labels = link_block(items, LinkOptions(), _by_text(first), second=_by_text(second, 8))
    assert (frozenset({"e1", "f1"}) in _groups(items, labels)) is linked


def test_a_report_told_apart_does_not_pick_between_words_said_on_two_occasions() -> None:
    # the speaker said the same words on two days (two statements); a French report whose day
    # was read (rightly or not) as the first: which occasion it reports, no cosine can tell
    stay = 'the guild would stay out "for as long as it takes'
    monday = replace(_item("e1", stay, kind="mixed", day=100, article="a"), said_on=100)
    thursday = replace(_item("e2", stay, kind="mixed", day=103, article="b"), said_on=103)
    other = _item("e3", "We will meet the harbour board again next week", day=103, article="b", pos=500)
    french = replace(
        _item("f1", "la guilde resterait en grève « aussi longtemps qu'il le faudra", "mixed", 100, "c", lang="fr"),
        said_on=100,
    )
    items = [monday, thursday, other, french]
    second = {stay: [1.0, 0.0, 0.0], other: [0.0, 1.0, 0.0], french.text: _at_cosine(0.93)}
    first = {stay: [1.0, 0.0, 0.0], other: [0.0, 1.0, 0.0], french.text: [0.3, 0.0, (1 - 0.09) ** 0.5]}
    groups = _groups(items, link_block(items, LinkOptions(), _by_text(first), second=_by_text(second, 8)))
    assert frozenset({"e1", "e2"}) not in groups
    assert frozenset({"f1"}) in groups


@pytest.mark.parametrize(
    ("carried", "words", "kind", "apart"),
    [
        # only the lede's day: the words decide
        (True, "The yard will keep all 300 welders on the payroll", "indirect", False),
        # a day its text gives for the words
        (False, "The yard will keep all 300 welders on the payroll", "indirect", True),
        # another figure: another statement
        (True, "The yard will keep all 250 welders on the payroll", "indirect", True),
        # the speaker's own words in both: said again on the lede's day
        (True, "The yard will keep all 300 welders on the payroll", "direct", True),
    ],
)
def test_a_direct_quote_whose_day_is_only_the_lede_s_is_not_set_apart_from_a_report_by_that_day(
    carried: bool, words: str, kind: str, apart: bool
) -> None:
    stated = LinkItem(
        "q1", "p:x", "The yard will keep all 300 welders on the payroll", kind, "en", _TUESDAY, "a", 0,
        "2026-04-15", (), _TUESDAY, _TUESDAY,
    )
    lede = LinkItem(
        "q2", "p:x", words, "direct", "en", _TUESDAY + 1, "b", 400, "2026-04-16", (), None, _TUESDAY + 1,
        day_told=not carried, carried=carried,
    )
    groups = _groups([stated, lede], link_block([stated, lede], LinkOptions(), _embedder))
    assert (frozenset({"q1", "q2"}) not in groups) is apart


def test_a_loose_wording_dated_by_its_lede_after_another_report_was_published_stays_apart() -> None:
    earlier = LinkItem(
        "q1", "p:x", "the clinic would need 30 more nurses to clear the waiting list", "indirect", "en", _TUESDAY,
        "a", 0, "2026-04-14", (), None, _TUESDAY,
    )
    later = LinkItem(
        "q2", "p:x", "the clinic was waiting for the board to fund the 30 extra nursing posts it had asked for",
        "indirect", "en", _TUESDAY + 1, "b", 0, "2026-04-16", (), None, _TUESDAY + 1, carried=True,
    )
    groups = _groups([earlier, later], link_block([earlier, later], LinkOptions(), _embedder))
    assert frozenset({"q1", "q2"}) not in groups
    # the same words would be one statement, whatever day the lede gives
    same = replace(later, text=earlier.text)
    assert frozenset({"q1", "q2"}) in _groups([earlier, same], link_block([earlier, same], LinkOptions(), _embedder))


def test_a_report_published_before_the_day_its_own_sentence_states_is_not_set_apart_by_that_publication() -> None:
    words = "The new ferry timetable starts on the first of June"
    # its own sentence says Wednesday; its publication day (Tuesday) was misread or given in another time zone
    misdated = LinkItem("q1", "p:x", words, "direct", "en", _TUESDAY + 1, "a", 0, "2026-04-14", (), _TUESDAY + 1)
    later = LinkItem("q2", "p:x", words, "direct", "en", _TUESDAY + 1, "b", 0, "2026-04-16", (), _TUESDAY + 1)
    groups = _groups([misdated, later], link_block([misdated, later], LinkOptions(), _embedder))
    assert frozenset({"q1", "q2"}) in groups
    # a report published on Tuesday whose words name no day is of an occasion before Wednesday's
    earlier = replace(misdated, said_on=None, said_day=None, day=_TUESDAY)
    groups = _groups([earlier, later], link_block([earlier, later], LinkOptions(), _embedder))
    assert frozenset({"q1", "q2"}) not in groups


def test_words_dated_by_a_lede_after_another_article_was_published_are_another_occasion() -> None:
    monday = LinkItem(
        "q1", "p:x", "No exceptions means no exceptions, whoever the club is", "direct", "en", _TUESDAY - 1, "a", 0,
        "2026-04-13", (), _TUESDAY - 1, _TUESDAY - 1,
    )
    # Friday's story of Thursday's congress: a shorter quote of the same words, dated only by the lede
    thursday = LinkItem(
        "q2", "p:x", "No exceptions means no exceptions", "direct", "en", _TUESDAY + 2, "b", 0, "2026-04-17", (), None,
        _TUESDAY + 2, carried=True,
    )
    groups = _groups([monday, thursday], link_block([monday, thursday], LinkOptions(), _embedder))
    assert frozenset({"q1", "q2"}) not in groups


@pytest.mark.parametrize(
    ("report", "linked"),
    [
        # the topic, not a rendering: no word nor figure in common, whatever the cosine
        ("the blockade would be lifted for the weekend", False),
        # a word in common: a rendering
        ("the boats would go out again on Monday", True),
    ],
)
def test_a_paraphrase_next_to_a_quote_shares_a_word(report: str, linked: bool) -> None:
    items = [
        _item("q1", report, "indirect", pos=100),
        _item("q2", "Our boats will go out on Monday", pos=200),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert (frozenset({"q1", "q2"}) in groups) is linked


_HEAT_REPORT = "the county was ready for the heatwave forecast later this week"
_HEAT_QUOTE = "We will not close the pools this week. Our heatwave plans have worked before"


@pytest.mark.parametrize(("others", "linked"), [(0, True), (2, False)])
def test_a_paraphrase_next_to_a_quote_shares_more_than_the_story_and_the_week(others: int, linked: bool) -> None:
    # the report and the quote beside it share "heatwave" and "week" (cosine above the bound of
    # the rule): alone, "heatwave" is a word of their own; when the quotes of the block's other
    # articles say "heatwave" too, it is the story's word, "week" only says when, and nothing is
    # left that makes the two one statement
    items = [
        _item("q1", _HEAT_REPORT, "indirect", pos=100),
        _item("q2", _HEAT_QUOTE, pos=300),
        _item("q3", "Older people should stay indoors in the afternoon during the heatwave", article="b"),
        _item("q4", "Every bus on the coast line will carry water until the heatwave breaks", article="c"),
    ][: 2 + others]
    groups = _groups(items, link_block(items, LinkOptions(), lambda its: embed([i.text for i in its])))
    assert (frozenset({"q1", "q2"}) in groups) is linked


def test_story_words_are_those_of_most_articles_of_a_block() -> None:
    texts = {
        "a": "the heatwave would break by Sunday",
        "b": "Nobody should walk a dog at midday in this heatwave",
        "c": "The heatwave has filled our wards",
        "d": "We will open the library as a cool room",
    }
    items = [_item(f"q{k}", t, article=k) for k, t in texts.items()]
    story = _story_words(items, [_report_words(it) for it in items])
    assert "heatw" in story and "libra" not in story
    # a word of three articles of eight is no story's
    more = items + [_item(f"q{k}", "The pumps are running", article=k) for k in "efgh"]
    assert "heatw" not in _story_words(more, [_report_words(it) for it in more])


@pytest.mark.parametrize(
    ("report", "story", "linked"),
    [
        # a word of its own besides the week: evidence
        (_HEAT_REPORT, frozenset(), True),
        # the story's word and the week: none
        (_HEAT_REPORT, frozenset({"heatw"}), False),
        # the story's word without the calendar's: evidence
        ("the county was ready for the heatwave", frozenset({"heatw"}), True),
        # only the week in common: when, not what
        ("the council would publish its budget later this week", frozenset(), False),
        # a name the story gives throughout is still evidence
        ("the town of Quellby was ready for the hot spell this week", frozenset({"quell"}), True),
    ],
)
def test_calendar_and_story_words_are_no_evidence_of_a_rendering(
    report: str, story: frozenset[str], linked: bool
) -> None:
    wording = (
        "We will not shut the schools this week. The people of Quellby have seen worse"
        if "Quellby" in report
        else _HEAT_QUOTE
    )
    quote = _item("q2", wording, pos=300)
    rep = _item("q1", report, "indirect", pos=100)
    found = _paraphrase_next_to_quote(rep, quote, _report_words(rep), _report_words(quote), 0.5, LinkOptions(), story)
    assert found is linked


@pytest.mark.parametrize(
    ("report", "sim", "linked"),
    [
        # one name both give and nothing else is no share of words that renders the quote
        ("the board would send its inspectors to Port Avenly in March", 0.3, False),
        # ... though with a cosine past the bound it is a word of their own, as before
        ("the board would send its inspectors to Port Avenly in March", 0.5, True),
        # the name and a word of their own: evidence as before
        ("the board thanked Port Avenly for its decision", 0.3, True),
        # a word written as a name in one and as a common word in the other is a word they share
        ("the chair of the Port Avenly Rowing Club would step down", 0.3, True),
    ],
)
def test_a_name_alone_is_no_evidence_of_a_rendering(report: str, sim: float, linked: bool) -> None:
    quote = _item("q2", "We thank Port Avenly for a brave decision. Rowing here deserves a new club", pos=300)
    rep = _item("q1", report, "indirect", pos=100)
    found = _paraphrase_next_to_quote(rep, quote, _report_words(rep), _report_words(quote), sim, LinkOptions())
    assert found is linked


def test_a_report_of_one_sentence_of_a_long_quote_agrees_with_that_sentence() -> None:
    quote = (
        "The leak began in the pipe under the west platform. We were wrong about the east platform, "
        "and I would rather say so now than have someone find it in an audit"
    )
    for place, linked in (("east", False), ("west", True)):
        items = [
            _item("q1", f"the leak had begun in the pipe under the {place} platform", "indirect", pos=100),
            _item("q2", quote, pos=267),
        ]
        labels = link_block(items, LinkOptions(), _embedder)
        assert (labels[0] == labels[1]) is linked


def test_a_paraphrase_next_to_a_quote_may_name_its_day_as_the_weekend() -> None:
    items = [
        _item("q1", "the weekend would bring little relief", "indirect", pos=100),
        _item(
            "q2",
            "Saturday is the day I'm worried about. A dry front, gusty winds, low humidity. That is the recipe",
            pos=200,
        ),
    ]
    labels = link_block(items, LinkOptions(), _embedder)
    assert labels[0] == labels[1]


@pytest.mark.parametrize(
    ("report", "linked"),
    [
        # four of its five content words in the clause it renders: the journalist's "living"
        ("seventy-two families were still living in temporary housing", True),
        # a third of its words the journalist's: not the speaker's words
        ("the regulator's audit found seventy-two families were still in temporary housing", False),
    ],
)
def test_a_report_in_the_words_of_the_clause_it_renders(report: str, linked: bool) -> None:
    items = [
        _item("q1", report, "indirect", article="a"),
        _item(
            "q2",
            'Seventy-two families are still in temporary housing," Parr told the Gazette, six fewer than in March',
            article="b",
        ),
    ]
    labels = link_block(items, LinkOptions(), _embedder)
    assert (labels[0] == labels[1]) is linked


@pytest.mark.parametrize(
    ("depot", "linked"),
    [("Brackwell", False), ("Harrow", True)],
)
def test_a_quoted_phrase_agrees_with_the_clause_it_renders(depot: str, linked: bool) -> None:
    quote = "Not once. And the Harrow depot has no sympathy for striking drivers either. It is not only management"
    items = [
        replace(
            _item("q1", f'the {depot} depot had "no sympathy" for striking drivers', "mixed", article="a"),
            said_on=100,
            said_day=100,
        ),
        replace(_item("q2", quote, article="b"), said_on=100, said_day=100),
    ]
    labels = link_block(items, LinkOptions(), _embedder)
    assert (labels[0] == labels[1]) is linked


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        # a figure is whole: "1,200" shares nothing with "200", "1.2 million" is "1,200,000"
        ("1,200 beds were ready", "about 200 nurses came back", False),
        ("1.2 million doses", "1,200,000 doses had arrived", True),
        # a figure in words is the same figure in digits
        ("nine crew members were released", "the 9 had been freed", True),
        ("the weekend would bring rain", "Saturday is the day", True),
    ],
)
def test_figures_and_days_a_paraphrase_shares_with_its_quote(a: str, b: str, shared: bool) -> None:
    x, y = _item("q1", a, "indirect"), _item("q2", b)
    assert bool(_figures_and_days(x, tokens(a)) & _figures_and_days(y, tokens(b))) is shared


@pytest.mark.parametrize(
    "quote",
    [
        "And Corn Exchange has never sent a single bill",
        "Not once. But Corn Exchange has never sent a single bill either. It is not only the builders",
    ],
)
def test_a_report_of_a_quote_opening_with_and_keeps_its_named_party(quote: str) -> None:
    items = [
        _item("q1", "Dunhallow had never sent a single bill", "indirect", pos=100),
        _item("q2", quote, article="b", pos=300),
    ]
    labels = link_block(items, LinkOptions(), _embedder)
    assert labels[0] != labels[1]


_LOSSES = (
    "Tonight I can tell you the figure is larger. At least $4.7 million was drained from the pension fund. "
    "Our auditors traced another thirty-two transfers overnight"
)


@pytest.mark.parametrize(
    ("report", "paired"),
    [
        # the one clause of the quote that gives the report's figure shares a word with it
        ("the losses from the pension fund had reached at least $4.7 million", True),
        # the figure of another clause: that clause's claim
        ("the auditors had traced 32 transfers to the pension fund", False),
        # the clause's figure, but no word besides it and its unit
        ("at least $4.7 million in donations had been raised", False),
    ],
)
def test_a_report_with_the_figures_of_one_clause_of_a_quote(report: str, paired: bool) -> None:
    items = [_item("q1", _LOSSES), _item("q2", report, "indirect", article="b")]
    words = [_report_words(it) for it in items]
    feats = [features(it.text, it.language) for it in items]
    assert ((0, 1) in _figure_pairs(items, words, feats, LinkOptions())) == paired


@pytest.mark.parametrize(
    ("report", "linked"),
    [
        # a number word shared is no word shared, and a report that adds a count of its own is a
        # further claim beside the quote ("afternoon" and "after" share a stem, not a word)
        ("seven of the twelve had been released by Friday afternoon", False),
        # the same count, and a word besides it: a rendering
        ("twelve protesters had been arrested in total", True),
        # a figure the report sets aside is no count of its own
        ("twelve protesters, rather than the nine first reported, had been arrested in total", True),
    ],
)
def test_a_report_next_to_a_quote_that_adds_a_count_of_its_own(report: str, linked: bool) -> None:
    items = [
        _item(
            "q1",
            "Twelve protesters were arrested in total. "
            "Four more were brought in overnight after we reviewed the footage",
            pos=100,
        ),
        _item("q2", report, "indirect", pos=250),
    ]
    labels = link_block(items, LinkOptions(), _embedder)
    assert (labels[0] == labels[1]) is linked


def test_words_a_quote_tells_another_said_are_not_its_statement() -> None:
    outer = "She rang me from the depot that evening, 'I will never sign that contract.' She meant every word"
    inner = "I will never sign that contract"
    items = [
        _item("q1", outer, pos=200),
        _item("q2", inner, kind="indirect", pos=200 + outer.index(inner)),
        _item("q3", "I will never sign that contract.", article="b"),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert not any({"q1", "q2"} <= g for g in groups)


def test_a_report_told_inside_a_quote_stays_apart_from_it_through_a_third_quote() -> None:
    outer = "My brother told me on Friday he would never sell the orchard while he lived"
    inner = "he would never sell the orchard while he lived"
    items = [
        _item("q1", outer, pos=50),
        _item("q2", inner, kind="indirect", pos=50 + outer.index(inner)),
        _item("q3", "My brother told me on Friday he would never sell the orchard while he lived", article="b"),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert frozenset({"q1", "q3"}) in groups
    assert frozenset({"q2"}) in groups


def test_a_report_beside_a_quote_in_one_article_is_not_nested() -> None:
    quote = "We will keep the library open every weekday until the end of the year."
    items = [
        _item("q1", quote, pos=10),
        _item("q2", "the library would stay open every weekday until the end of the year", kind="indirect", pos=400),
    ]
    assert link_block(items, LinkOptions(), _embedder)[0] == link_block(items, LinkOptions(), _embedder)[1]


def test_the_speakers_own_earlier_words_told_inside_a_quote_may_join_their_reports() -> None:
    outer = "I told the council in May that the bridge repairs had been finished, and they had been"
    inner = "the bridge repairs had been finished"
    items = [
        _item("q1", outer, pos=30),
        _item("q2", inner, kind="indirect", pos=30 + outer.index(inner)),
        _item("q3", "the bridge repairs had been finished", kind="indirect", article="b"),
    ]
    groups = _groups(items, link_block(items, LinkOptions(embed=False)))
    assert any({"q2", "q3"} <= g for g in groups)


_ALONE_FI = "tehdas suljetaan ensi kuussa kokonaan"
_ALONE_EN = "The plant will close for good next month"


@pytest.mark.parametrize(
    ("foreign", "english", "foreign_day", "linked"),
    [
        # the speaker's one statement in other languages that day: the wording no model reads is its
        # translation
        ([_ALONE_FI], [_ALONE_EN], _RELEASE_MONDAY, True),
        # ... and where the wording's article gives no day, within the window
        ([_ALONE_FI], [_ALONE_EN], None, True),
        # two statements it could translate: which one, nothing tells
        ([_ALONE_FI], [_ALONE_EN, "Wages will rise by a tenth from March"], _RELEASE_MONDAY, False),
        # its article quotes the speaker twice, the others once: one of the two says what they do not
        ([_ALONE_FI, "palkat nousevat kymmenyksellä maaliskuusta alkaen"], [_ALONE_EN], _RELEASE_MONDAY, False),
        # said on another day than the English statement
        ([_ALONE_FI], [_ALONE_EN], _RELEASE_MONDAY + 2, False),
        # verified as any other pair: a negation the other does not make
        (["tehdasta ei suljeta ensi kuussa"], ["The plant will close next month"], _RELEASE_MONDAY, False),
    ],
)
def test_a_translation_no_model_reads_joins_the_one_statement_it_can_translate(
    foreign: list[str], english: list[str], foreign_day: int | None, linked: bool
) -> None:
    items = [_dated(f"e{k}", text, "en", _RELEASE_MONDAY, f"en{k}") for k, text in enumerate(english)]
    items += [_dated(f"f{k}", text, "fi", foreign_day, "fi") for k, text in enumerate(foreign)]
    groups = _groups(items, link_block(items, LinkOptions(embed=False)))
    assert (frozenset({"e0", "f0"}) in groups) is linked


def test_a_wording_no_model_reads_whose_day_is_its_date_lines_joins_no_statement_of_two() -> None:
    # the speaker's two statements, the wages' in Monday's paper: a day the wording's sentence
    # does not state (its date line's, Wednesday) tells Monday's words from neither
    report = _RELEASE_MONDAY + 2
    wages = _dated("e1", "Wages will rise by a tenth from March", "en", None, "en1")
    items = [
        _dated("e0", _ALONE_EN, "en", report, "en0"),
        replace(wages, when=date.fromordinal(_RELEASE_MONDAY).isoformat()),  # in Monday's paper, no day
        replace(_dated("f0", _ALONE_FI, "fi", report, "fi"), said_on=None),
    ]
    groups = [set(g) for g in _groups(items, link_block(items, LinkOptions(embed=False)))]
    assert {"f0"} in groups


def test_two_articles_whose_wordings_no_model_reads_join_no_statement_apart() -> None:
    # each is the speaker's one wording in its article; the two may report two different things
    items = [
        _dated("e0", _ALONE_EN, "en", _RELEASE_MONDAY, "en0"),
        _dated("f0", _ALONE_FI, "fi", _RELEASE_MONDAY, "fi1"),
        _dated("f1", "palkat nousevat kymmenyksellä maaliskuusta alkaen", "fi", _RELEASE_MONDAY, "fi2"),
    ]
    groups = [set(g) for g in _groups(items, link_block(items, LinkOptions(embed=False)))]
    assert {"e0"} in groups


def test_a_translation_no_model_reads_joins_no_statement_the_speaker_made_twice() -> None:
    # the same words said on another day too: a wording whose day may be told wrong could be of either
    items = [
        _dated("e0", "The union will stay on strike for as long as it takes", "en", _RELEASE_MONDAY, "en0"),
        _dated("e1", "The union will stay on strike for as long as it takes", "en", _RELEASE_MONDAY + 3, "en1"),
        _dated("f0", "liitto pysyy lakossa niin kauan kuin tarvitaan", "fi", _RELEASE_MONDAY, "fi"),
    ]
    groups = _groups(items, link_block(items, LinkOptions(embed=False)))
    assert {"f0"} in [set(g) for g in groups]


@pytest.mark.parametrize(
    ("foreign", "linked"),
    [
        # it names what the statement names (a case ending after the name's first letters)
        ("tehdas Koivurannassa suljetaan ensi kuussa", True),
        # it names a place the statement does not: words of its own, or another speaker's
        ("joukkue pelaa joskus Tampereella", False),
        # ... or opens with a name the statement does not give
        ("Jukka sanoi, että tehdas suljetaan ensi kuussa", False),
    ],
)
def test_a_translation_no_model_reads_names_nothing_its_statement_does_not(foreign: str, linked: bool) -> None:
    items = [
        _dated("e0", "The Koivuranta plant will close next month", "en", _RELEASE_MONDAY, "en0"),
        _dated("f0", foreign, "fi", _RELEASE_MONDAY, "fi"),
    ]
    groups = _groups(items, link_block(items, LinkOptions(embed=False)))
    assert (frozenset({"e0", "f0"}) in groups) is linked


def test_a_mixed_report_published_before_a_direct_quote_was_said_is_an_earlier_occasion() -> None:
    # the phrase a mixed report quotes, printed on the 15th, and the same phrase inside a longer
    # quote said on the radio on the 16th: the words were said twice, two statements
    phrase = "a rebate is the start, not the end"
    printed, aired = date(2026, 4, 15).toordinal(), date(2026, 4, 16).toordinal()
    mixed = replace(
        _item("m1", f'the rebate is "{phrase}"', kind="mixed", article="a", day=printed), when="2026-04-15T17:00:00"
    )
    words = f"Good evening. The plain answer is that {phrase}. Buyers may claim more."
    radio = replace(_item("d1", words, article="b", day=aired), said_on=aired, when="2026-04-16T09:00:00")
    groups = _groups([mixed, radio], link_block([mixed, radio], LinkOptions(), _embedder))
    assert groups == {frozenset({"m1"}), frozenset({"d1"})}
    # said the day the report was printed: one occasion, one statement
    same_day = replace(radio, day=printed, said_on=printed, when="2026-04-15T20:00:00")
    groups = _groups([mixed, same_day], link_block([mixed, same_day], LinkOptions(), _embedder))
    assert groups == {frozenset({"m1", "d1"})}


def test_a_report_that_writes_its_figure_in_words_joins_the_one_in_digits() -> None:
    # same speaker, same day, the same figure written two ways, paraphrased: one statement (the
    # embedder reads "Sixty-three" and "63" as different words)
    words = "Sixty-three households have been given bottled water and vouchers after the mains burst in Orbury"
    items = [
        _item("w1", words, kind="indirect", article="a"),
        _item("d1", "63 households had been given help since Tuesday night", kind="indirect", article="b"),
        _item("o1", "64 households had been given help since Tuesday night", kind="indirect", article="c"),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert frozenset({"w1", "d1"}) in groups
    assert frozenset({"o1"}) in groups  # another figure: another statement


@pytest.mark.parametrize(
    ("outer", "kind", "inner", "apart"),
    [
        # a report of a telling, and the words told inside it
        ("she had told him that the ferry would not sail before the divers came", "indirect",
         "the ferry would not sail before the divers came", True),
        ('the harbour master had rung her in May and told her that "the slipway stays shut"', "mixed",
         "the slipway stays shut", True),
        # a report whose quoted words are its own, with no telling before them
        ('the slipway would stay "shut until the spring"', "mixed", "shut until the spring", False),
        # a direct quote's telling is read by the nested-quote rule instead
        ("I told the mayor that the ferry would not sail before the divers came", "direct",
         "the ferry would not sail before the divers came", False),
    ],
)
def test_words_told_inside_a_report_of_the_telling(outer: str, kind: str, inner: str, apart: bool) -> None:
    items = [_item("q1", outer, kind=kind, pos=80), _item("q2", inner, kind="indirect", pos=80 + outer.index(inner))]
    assert (_told_within(items) == {(0, 1)}) is apart


def test_a_report_of_a_telling_never_joins_the_words_told_even_through_another_report() -> None:
    outer = "she had told him that the ferry would not sail before the divers came"
    inner = "the ferry would not sail before the divers came"
    items = [
        _item("q1", outer, kind="indirect", pos=40),
        _item("q2", inner, kind="indirect", pos=40 + outer.index(inner)),
        _item("q3", "the ferry would not sail before the divers came", kind="indirect", article="b"),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert not any({"q1", "q2"} <= g for g in groups)
    assert any({"q2", "q3"} <= g for g in groups)


def test_a_quotation_nested_in_a_quote_is_not_its_statement() -> None:
    outer = "The foreman rang me that night and said, 'The mill will not close this winter,' and I slept"
    inner = "The mill will not close this winter"
    items = [
        _item("q1", outer, pos=300),
        _item("q2", inner, pos=300 + outer.index(inner)),
        _item("q3", "The mill will not close this winter.", article="b"),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), _embedder))
    assert not any({"q1", "q2"} <= g for g in groups)


@pytest.mark.parametrize("embedded", [False, True])
def test_a_quotation_nested_in_an_interrupted_quote_is_not_its_statement(embedded: bool) -> None:
    # "My neighbour, Tomas Reyl, rang me at dawn," she said. "He said, 'The bridge is closed. Stay home.' I stayed"
    first, second = "My neighbour, Tomas Reyl, rang me at dawn,", "He said, 'The bridge is closed. Stay home.' I stayed"
    starts = (400, 400 + len(first) + len(' she said. "'))
    inner = "The bridge is closed. Stay home."
    outer = replace(_item("q1", f"{first} {second}", pos=400), parts=(first, second), starts=starts)
    items = [
        outer,
        _item("q2", inner, pos=starts[1] + second.index(inner)),
        _item("q3", "The bridge is closed. Stay home.", article="b"),
    ]
    labels = link_block(items, LinkOptions(embed=embedded), _embedder if embedded else None)
    assert labels[0] != labels[1]
    # the span of the interrupted quote reaches past its joined words
    assert outer.end() == starts[1] + len(second) > outer.position + len(outer.text)
    assert outer.said_before(starts[1] + 8) == f"{first} He said,"


@pytest.mark.parametrize(
    ("first", "second", "thin"),
    [
        # one common word and two different predicates: the frame is what an embedder sees
        ("she had stayed in the back room", "she had gone into the room later", True),
        ("Bread prices are in line with our forecast.", "prices are rising faster than we feared", True),
        # a name or a day in common anchors them
        ("Tuesday's march will not go ahead", "We will not march on Tuesday", False),
        ("the mill at Corrow stays shut", "Corrow will not get its mill back", False),
        # a figure in common, or two content words
        ("we have 31 beds left", "31 beds were free last night", False),
        ("the ferry timetable will change", "a new ferry timetable is coming", False),
        # longer wordings say enough for their cosine to mean something
        (
            "she had stayed in the back room until the last of the guests had left the house",
            "she had gone into the room later",
            False,
        ),
    ],
)
def test_thin_pairs(first: str, second: str, thin: bool) -> None:
    assert _thin_pair(features(first, "en"), features(second, "en"), LinkOptions().thin_max_words) is thin


def test_a_thin_pair_needs_a_higher_cosine() -> None:
    its = [
        _item("q1", "she had stayed in the back room", "indirect", article="a"),
        _item("q2", "she had gone into the room later", "indirect", article="b"),
        _item("q3", "she would stay in the back room", "indirect", article="c"),
    ]
    feats = [features(it.text, "en") for it in its]
    options = LinkOptions()
    assert _threshold(its, feats, 0, 1, options) == options.embed_threshold_thin
    assert _threshold(its, feats, 0, 2, options) == options.embed_threshold_reported


@pytest.mark.parametrize(
    ("report_pos", "linked"),
    [
        (40, True),  # before the quote: the report may sum it up
        (400, False),  # after it ("It said ..."): a further statement that adds a count of its own
    ],
)
def test_a_report_after_a_quote_that_adds_a_figure_is_another_statement(report_pos: int, linked: bool) -> None:
    quote = _item(
        "q1",
        "Our hearts go out to the families of everyone on the coach. "
        "We are working with the police to trace every traveller",
        pos=200,
    )
    rep = _item("q2", "44 travellers and two drivers were on the coach", "indirect", pos=report_pos)
    found = _paraphrase_next_to_quote(rep, quote, _report_words(rep), _report_words(quote), 0.3, LinkOptions())
    assert found is linked


@pytest.mark.parametrize(
    ("report", "linked"),
    [
        # its quotation lies in the first sentence, which agrees with it: the second's "nobody" says nothing
        ('the mayor would "sweep every street, every lane, every yard" before the fair', True),
        # its own words deny what that sentence says
        ('the mayor would not "sweep every street, every lane, every yard" before the fair', False),
        # a quotation of fewer words places it nowhere
        ('the mayor would "sweep every street" before the fair', False),
    ],
)
def test_a_mixed_report_is_read_against_the_clause_it_quotes(report: str, linked: bool) -> None:
    quote = _item("q1", "We will sweep every street, every lane, every yard. Nobody will be left out", article="a")
    rep = _item("q2", report, "mixed", article="b")
    fs, fl = _features(rep.text, "en"), _features(quote.text, "en")
    assert _partial_of_one_clause(rep, _report_words(rep), fs, quote, fl) is linked


def _undated(qid: str, text: str) -> LinkItem:
    """A wording of an article whose date line onrecord cannot read: no day, no date, no weekday."""
    return LinkItem(qid, "p:x", text, "indirect", None, None, "c", 0, None)


@pytest.mark.parametrize(
    ("others", "linked"),
    [
        # the one wording of the speaker in other languages that gives its figures: its translation
        (["The town will close the old ferry pier in June"], True),
        # two that give them (said on two days): nothing tells which one it renders
        (["The mill will hire 140 workers next autumn"], False),
    ],
)
def test_a_translation_that_nothing_places_in_time_links_by_figures_no_other_wording_gives(
    others: list[str], linked: bool
) -> None:
    items = [
        _dated("q1", "The mill will hire 140 workers next spring", "en", _RELEASE_MONDAY, "a"),
        *(_dated(f"o{k}", text, "en", _RELEASE_MONDAY + 3, "b") for k, text in enumerate(others)),
        _undated("q2", "melinu kavo sedra 140 tarvenu ulo prisnami"),
    ]
    labels = link_block(items, LinkOptions(embed=False))
    assert (labels[0] == labels[-1]) is linked


@pytest.mark.parametrize(
    ("short", "others", "linked"),
    [
        # a short sentence with a specific figure, kept whole from one longer quote
        ("It's about 415.", ["It's about 415. I would rather give you the real count now than a neat one"], True),
        # no specific figure: a short sentence says too little
        ("It's about ten.", ["It's about ten. I would rather give you the real count now than a neat one"], False),
        # only part of a sentence of the longer quote
        ("It's about 415.", ["I think it's about 415 and rising, and you should hear that from me first"], False),
        # two of the speaker's quotes hold it: which remark it was, nothing tells
        (
            "It's about 415.",
            ["It's about 415. I would rather give you the real count now", "It's about 415. Ask me again tomorrow"],
            False,
        ),
    ],
)
def test_a_short_sentence_kept_whole_from_a_longer_quote(short: str, others: list[str], linked: bool) -> None:
    items = [_item("q0", short, article="a")]
    items += [_item(f"q{k + 1}", text, article=f"b{k}") for k, text in enumerate(others)]
    labels = link_block(items, LinkOptions(embed=False))
    assert (labels[0] == labels[1]) is linked


_REWORDED_QUOTE = (
    "Our water use will be cut. The river board has set it in the permit, "
    "and the drought has made it hard for everyone."
)


@pytest.mark.parametrize(
    ("report", "said_on", "linked"),
    [
        # whole cosine .64, under the bound a report and a quote need; seven content words shared
        (
            "the mill had been ordered to cut its water use during the drought under a permit from the river board",
            None,
            True,
        ),
        # the same report of the day before: words said on another occasion
        (
            "the mill had been ordered to cut its water use during the drought under a permit from the river board",
            99,
            False,
        ),
        # a party and a word of its own
        (
            "the mill had been ordered to cut its power use during the drought under a permit from the Kestrel board",
            None,
            False,
        ),
    ],
)
def test_a_report_that_rewords_a_quote_of_its_day(report: str, said_on: int | None, linked: bool) -> None:
    items = [
        replace(_item("q1", _REWORDED_QUOTE, "direct", article="a"), said_on=100),
        replace(_item("q2", report, "indirect", article="b"), said_on=said_on),
    ]
    labels = link_block(items, LinkOptions(), _embedder)
    assert (labels[0] == labels[1]) is linked
    off = link_block(items, LinkOptions(reworded_threshold=1.5), _embedder)
    assert off[0] != off[1]  # the rule, not another one, links them


def test_a_quote_that_opens_by_echoing_the_report_before_it_joins_it() -> None:
    report = "the guild had warned the mill owners twice in June"
    items = [
        _item("q1", report, "indirect", pos=100),
        _item("q2", "Twice. By letter. Our patience has run out", pos=100 + len(report) + 3),
        _item("q3", "Twice. By letter. Our patience has run out", article="b", day=110),
    ]
    labels = link_block(items, LinkOptions(embed=False))
    assert labels[0] == labels[1]


_GATES = "The lock gates at Brisk Weir will open on Friday"


@pytest.mark.parametrize(
    ("first", "second", "days", "allowed"),
    [
        (_GATES, _GATES, 0, True),
        (_GATES, "The lock gates at Brisk Weir will not open on Friday", 0, False),
        (_GATES, _GATES, 30, False),  # a month apart: two occasions
        ("Brisk Weir needs 40 new gates", "Brisk Weir needs 14 new gates", 1, False),
    ],
)
def test_may_be_one_applies_the_guards(first: str, second: str, days: int, allowed: bool) -> None:
    from onrecord.link.linker import may_be_one

    a = LinkItem("q1", "p:ines", first, "direct", "en", 740000, "a1", 0, None)
    b = LinkItem("q2", "o:weir-trust", second, "direct", "en", 740000 + days, "a2", 0, None)
    assert may_be_one(a, b) is allowed


@pytest.mark.parametrize(
    ("round_up_published", "apart"),
    [
        ("2027-05-03", True),  # Monday's round-up of posts cannot quote Tuesday's words
        ("2027-05-04", False),  # Tuesday evening's may
    ],
)
def test_a_headline_fragment_does_not_join_a_post_to_words_said_after_it_was_published(
    round_up_published: str, apart: bool
) -> None:
    tuesday = date(2027, 5, 4).toordinal()
    headline = LinkItem("head", "p:x", "No race should go ahead", "direct", "en", tuesday, "wire", 1, "2027-05-04")
    told = LinkItem(
        "told",
        "p:x",
        "No race should go ahead when the Weather Service has an excessive-heat warning in place",
        "direct",
        "en",
        tuesday,
        "wire",
        300,
        "2027-05-04",
        said_day=tuesday,
        day_told=True,
    )
    posted = LinkItem(
        "post",
        "p:x",
        "Fourteen runners in hospital. No race should go ahead under an excessive-heat warning.",
        "direct",
        "en",
        date.fromisoformat(round_up_published).toordinal(),
        "roundup",
        900,
        round_up_published,
        medium="post",
    )
    items = [headline, told, posted]
    groups = _groups(items, link_block(items, LinkOptions(embed=False)))
    assert any({"head", "told"} <= g for g in groups)
    assert (not any({"told", "post"} <= g for g in groups)) is apart


@pytest.mark.parametrize(
    ("other", "linked"),
    [
        ("it had written to the race organizers on April 28", False),  # another party: another claim
        ("it had written to the council on April 28", True),  # the same party in short
    ],
)
def test_a_report_that_names_another_party_in_the_same_slot_is_another_statement(other: str, linked: bool) -> None:
    items = [
        _item("council", "it had written to the city council on April 28 asking for an earlier start", "indirect"),
        _item("other", other, "indirect", article="b"),
    ]
    groups = _groups(items, link_block(items, LinkOptions(), close_embedder(0.95)))
    assert (frozenset({"council", "other"}) in groups) is linked


def test_a_journalists_sentence_copied_with_another_day_stays_one_statement() -> None:
    # the wire's sentence, and a copy whose attribution gives the next day: the wire's, not two occasions
    words = "his party would vote against the budget"
    day = date(2026, 4, 10).toordinal()
    copy = LinkItem("copy", "p:x", words, "indirect", "en", day + 1, "b", 0, "2026-04-11", said_on=day + 1)
    wire = LinkItem("wire", "p:x", words, "indirect", "en", day, "a", 0, "2026-04-10")
    items = [wire, copy]
    groups = _groups(items, link_block(items, LinkOptions(embed=False)))
    assert frozenset({"wire", "copy"}) in groups
