"""Quotes with no speaker that repeat another quote's words take its speaker."""

from __future__ import annotations

import pytest

from onrecord.link.repeats import Worded, compared_words, core_phrase, repeated_speaker, repeats, search_terms


def _q(text: str, speaker: str | None = None, language: str | None = "en", **kw: object) -> Worded:
    return Worded(f"q{abs(hash((text, speaker, tuple(kw.items())))) % 10**8}", text, language, speaker, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        # a trimmed quote, inside the whole one
        (
            "the ferry fares would stay where they are",
            "The ferry fares would stay where they are, and the boats will run hourly",
            True,
        ),
        # a headline's "the" for the body's "this": all but an edge word in one run
        ("the toll will ruin the small hauliers", "This toll will ruin the small hauliers. We said so.", True),
        # the same words with the marks and case of another outlet
        ("I never backed the ferry levy.", "i never backed the ferry levy", True),
        # another language
        ("the ferry fares would stay where they are", "the ferry fares would stay where they are", False),
        # a negation the other lacks ("will not" is not a run of "will")
        ("we will pay the harbour levy in full", "we will not pay the harbour levy in full", False),
        # another figure
        ("the yard will employ 1,900 welders", "the yard will employ 2,900 welders next year", False),
        # too few words to be anyone's own
        ("we will see", "we will see what the council decides", False),
        ("we will not back down", "We will not back down on pensions, and we will win.", False),
        # the words all there but scattered, not one run
        ("the boats will run hourly from June", "from June the boats, she said, will run hourly", False),
        # the speaker's tense and person shifted by the report
        (
            "he would not sell the harbour to a buyer he had never met",
            "We will not sell the harbour to a buyer I have never met",
            True,
        ),
        # a contraction spelled out
        ("she wouldn't close the night ferry route", "She would not close the night ferry route this winter", True),
        # a word changed in a long enough repetition
        (
            "the council would pay for a new roof on every school",
            "The council will pay for a new roof on each school in the county",
            True,
        ),
        # ... but not a negation, a figure, or two words in one so short
        (
            "the council would pay for a new roof on every school",
            "The council will not pay for a new roof on every school",
            False,
        ),
        (
            "the yard would hire 400 welders for the new frigate order",
            "The yard will hire 500 welders for the new frigate order",
            False,
        ),
        (
            "the council would pay for a new roof on every school",
            "The council will fund a new roof on each school",
            False,
        ),
        # the sentence of a long quote it repeats: the next sentence's negation is not its own
        (
            "a 4 per cent rise was the least the port needs to stay open",
            "A 4 per cent rise is the least the port needs to stay open. We will not go back to the ministry for more",
            True,
        ),
    ],
)
def test_repeats(short: str, long: str, expected: bool) -> None:
    other_language = "nb" if short == long else "en"
    assert repeats(_q(short), _q(long, "p:x", other_language)) is expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("He wouldn't say", "en", ["<s3>", "will", "not", "say"]),
        ("they had the votes", "en", ["<s3>", "has", "the", "votes"]),
        ("I cannot sign them", "en", ["<s1>", "can", "not", "sign", "<o3>"]),
        ("Man sei bereit", "de", ["wir", "sind", "bereit"]),  # other languages: the backshift undone only
    ],
)
def test_compared_words_read_the_reports_person_and_tense_alike(text: str, language: str, expected: list[str]) -> None:
    assert compared_words(text, language) == expected


def test_a_report_shifts_the_first_person_to_the_third_never_the_reverse() -> None:
    assert compared_words("I cannot sign them", "en", shifted=True) == ["<s3>", "can", "not", "sign", "<o3>"]
    # the speaker's own words and another's turned round: no repetition
    assert not repeats(
        _q("She has always stood by me and she will stand by me in this election"),
        _q("I have always stood by her and I will stand by her in this election", "p:x"),
    )
    assert not repeats(
        _q("They will never side with us on this year's budget"),
        _q("We will never side with them on this year's budget", "p:x"),
    )
    # one word changed for its opposite preposition: no near repetition
    assert not repeats(
        _q("Their members will vote against the offer when the ballot opens on Monday"),
        _q("Our members will vote for the offer when the ballot opens on Monday", "p:x"),
    )
    # the first person reported in the third: a repetition
    assert repeats(
        _q("she would not sell the harbour site to anyone at any price this year"),
        _q("I will not sell the harbour site to anyone at any price this year", "p:x"),
    )


def test_search_terms_leave_out_short_and_shifted_words() -> None:
    assert search_terms("she would not close the night ferry route") == ["close", "ferry", "night", "route", "would"]
    assert search_terms("we will see what comes") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we will see", ""),
        ("the toll will ruin hauliers", ""),  # five words: a stock phrase as often as anyone's own
        ("the toll will ruin all the hauliers", "toll will ruin all the"),
        ("the toll will ruin the small hauliers", "toll will ruin the small"),
        ("The 3.5 percent offer was final", "3 5 percent offer was"),
    ],
)
def test_core_phrase_is_what_every_repeated_quote_holds_in_order(text: str, expected: str) -> None:
    assert core_phrase(text) == expected


def test_a_repetition_takes_the_speaker_of_the_quotes_it_repeats() -> None:
    quote = _q("the ferry fares would stay where they are")
    others = [
        _q("The ferry fares would stay where they are, and the boats will run hourly", "p:ilse-brandvold"),
        _q("the ferry fares would stay where they are", "p:ilse-brandvold", article_id="b"),
        _q("the ferry fares would stay where they are"),  # another with no speaker says nothing
        _q("we will build a second pier", "p:odd-sunde"),
    ]
    assert repeated_speaker(quote, others) == "p:ilse-brandvold"


def test_words_two_speakers_said_stay_without_a_speaker() -> None:
    quote = _q("the ferry fares would stay where they are")
    others = [
        _q("the ferry fares would stay where they are", "p:ilse-brandvold"),
        _q("Yes, the ferry fares would stay where they are.", "p:odd-sunde"),
    ]
    assert repeated_speaker(quote, others) is None


def test_words_another_speaker_relays_are_not_that_speakers() -> None:
    # "The harbour master's office told us the quay would stay shut": the words inside the quote
    # are the office's, relayed by the quote's speaker
    relay = _q(
        "The office told us the quay would stay shut until May. We do not believe it.",
        "p:odd-sunde",
        article_id="a",
        start=100,
        end=180,
    )
    inner = _q("the quay would stay shut until May", article_id="a", start=122, end=156)
    assert repeated_speaker(inner, [relay]) is None
    # the same words elsewhere in the article (a headline above it) are a repetition
    headline = _q("the quay would stay shut until May", article_id="a", start=0, end=34)
    assert repeated_speaker(headline, [relay]) == "p:odd-sunde"


def test_only_quotes_said_within_the_window_count() -> None:
    quote = _q("the ferry fares would stay where they are", day=800_000)
    near = _q("the ferry fares would stay where they are", "p:ilse-brandvold", day=800_003)
    far = _q("the ferry fares would stay where they are", "p:odd-sunde", day=800_030)
    assert repeated_speaker(quote, [near, far], window=7) == "p:ilse-brandvold"
    assert repeated_speaker(quote, [near, far]) is None


def test_a_quote_that_relays_another_speakers_quote_of_the_words_does_not_claim_them() -> None:
    relay = _q(
        "Odd Sunde said the harbour master had told him that the quay would stay shut until May",
        "p:odd-sunde",
        article_id="a",
        start=0,
        end=90,
    )
    inner = _q("the quay would stay shut until May", "p:tove-lien", article_id="a", start=56, end=90)
    quote = _q("the quay would stay shut until May", article_id="b")
    assert repeated_speaker(quote, [relay, inner]) == "p:tove-lien"
    assert repeated_speaker(quote, [relay]) == "p:odd-sunde"


def test_words_inside_a_quote_in_one_article_are_relayed_in_another_too() -> None:
    # two obituaries: the actor said she told the cast that "an idle stage is a lost evening";
    # each article's inner words have no speaker, and neither is the actor's own
    outer_a = _q(
        "she once told the cast that an idle stage is a lost evening", "p:actor", article_id="a", start=0, end=60
    )
    inner_a = _q("an idle stage is a lost evening", article_id="a", start=29, end=60)
    outer_b = _q("she told the cast that an idle stage is a lost evening", "p:actor", article_id="b", start=0, end=55)
    inner_b = _q("an idle stage is a lost evening", article_id="b", start=24, end=55)
    assert repeated_speaker(inner_a, [outer_a, outer_b, inner_b]) is None


def test_a_stock_phrase_of_another_story_gives_no_speaker() -> None:
    # the same words said in the same week by a speaker of an unrelated story are not this one's
    quote = _q("we will do everything in our power to keep people safe", article_id="derby", day=800_000)
    other = _q(
        "We will do everything in our power to keep people safe, and that starts tonight.",
        "p:ilse-brandvold",
        article_id="ferry",
        day=800_002,
    )
    assert repeated_speaker(quote, [other], window=7) == "p:ilse-brandvold"
    assert repeated_speaker(quote, [other], window=7, unrelated=lambda a, b: {a, b} == {"derby", "ferry"}) is None
    # a repetition in its own article is that article's story
    headline = _q("we will do everything in our power to keep people safe", article_id="ferry", day=800_002)
    assert repeated_speaker(headline, [other], window=7, unrelated=lambda a, b: True) == "p:ilse-brandvold"
