"""Property tests over the whole pipeline (clean, extract, attribute, store, link) on generated news.

A short, derandomized run of the strategies and invariants in ``tests/fuzzing.py``; the long
campaign over the same strategies is ``make fuzz``. ``ONRECORD_FUZZ_EXAMPLES`` raises the
number of examples per test for a longer local run.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from onrecord.model import Quote, Span
from tests.fuzzing import (
    InvariantError,
    check_extract,
    check_ingest,
    check_records,
    documents,
    published_dates,
    titled_news,
)

_CI = settings.get_profile("fuzz-ci")
_EXAMPLES = int(os.environ.get("ONRECORD_FUZZ_EXAMPLES", "0"))


def _profile(examples: int, *, shrink: bool = True) -> settings:
    phases = list(Phase) if shrink else [Phase.explicit, Phase.reuse, Phase.generate]
    return settings(_CI, max_examples=_EXAMPLES or examples, phases=phases)


@_profile(100)
@given(documents(), published_dates())
def test_extract_offsets_fragments_and_schema_hold(text: str, published: str | None) -> None:
    check_extract(text, published, unique=False)


@_profile(60)
@given(titled_news(), published_dates())
def test_an_article_with_text_is_never_refused(article: tuple[str, str | None], published: str | None) -> None:
    text, title = article
    check_extract(text, published, title=title, has_text=True, unique=False)


@_profile(100)
@given(documents(), published_dates())
def test_extract_gives_unique_ids_and_spans(text: str, published: str | None) -> None:
    check_extract(text, published)


@_profile(10)
@given(st.lists(documents(), min_size=1, max_size=2))
def test_ingest_twice_is_ingest_once(texts: list[str]) -> None:
    check_ingest(texts)


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("", "empty: no text to read"),
        ("\n\n  \n\u3000\n", "empty: no text to read"),
        ("--IANS\nakl/as\n", "no article text left after cleaning"),
    ],
)
def test_an_input_with_no_article_text_is_refused_with_its_reason(text: str, refused: str) -> None:
    assert check_ingest([text]).refused == refused


_TEXT = 'Peter Lind said the talks had failed. "We are ready," she said, "but not now."'
_GOOD = Quote("q1", "a1", "indirect", "the talks had failed", 16, 36, Span("said", 11, 15), None)
_FRAGMENTS = (Span("We are ready", 39, 51), Span("but not now.", 65, 77))
_SPLIT = Quote("q2", "a1", "direct", _TEXT[39:77], 39, 77, None, None, fragments=_FRAGMENTS)


@pytest.mark.parametrize(
    ("quotes", "broken"),
    [
        ([_GOOD, _SPLIT], None),
        ([replace(_GOOD, end=37)], "quote text != body[start:end]"),
        ([replace(_GOOD, end=len(_TEXT) + 5)], "quote offsets out of range"),
        ([replace(_GOOD, cue=Span("said", 10, 14))], "cue text != body[start:end]"),
        ([replace(_SPLIT, fragments=_FRAGMENTS[::-1])], "fragments not ordered inside start..end"),
        ([replace(_SPLIT, fragments=(_FRAGMENTS[0], Span("ready", 46, 51)))], "fragments not ordered"),
        ([replace(_GOOD, kind="reported")], "record not valid against quote.schema.json"),
        ([_GOOD, replace(_GOOD, quote_id="q3")], "one record per span"),
        ([_GOOD, replace(_SPLIT, quote_id="q1")], "unique quote ids"),
    ],
)
def test_the_checks_catch_what_they_guard(quotes: list[Quote], broken: str | None) -> None:
    if broken is None:
        check_records(_TEXT, quotes)
        return
    with pytest.raises(InvariantError, match=re.escape(broken)):
        check_records(_TEXT, quotes)


def test_the_campaign_runs_and_reports(capsys: pytest.CaptureFixture[str]) -> None:
    from fuzz.run import main

    status = main(["--examples", "4", "--chunk", "2", "--ingest-every", "0", "--seed", "1"])
    out = capsys.readouterr().out
    assert "documents checked   4" in out
    assert status == (0 if "new failures        none" in out else 1)


_TWICE = 'Dmitry Peskov said, "the talks had failed" „the talks had failed“'


def test_a_text_that_is_one_paragraph_twice_keeps_one_as_its_body() -> None:
    # found by the campaign (2026-12-02): both copies were dropped as a repeated headline
    check_extract(f"{_TWICE}\n\n{_TWICE}", has_text=True)


def test_a_window_at_the_calendar_s_end_stays_on_the_calendar() -> None:
    # found by the campaign (2026-12-02): a week's window around 9999-12-30 ran off the calendar
    # while linking a batch, and the article was skipped
    text = 'Published: 9999-12-30\n\nDmitry Peskov said on Wednesday that "the talks had failed".'
    assert check_ingest([text]).refused is None


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_a_heading_without_a_year_at_the_calendar_s_ends_stays_on_the_calendar(published: str) -> None:
    # found by the campaign (2026-12-02): a day heading read against the calendar's first day went
    # to year 0, and against its last day ran past it
    text = "Friday 3 March\n\n10:05\nDmitry Peskov said the talks had failed.\n\n09:00\nHe said it again."
    check_extract(text, published)


def test_a_quote_cut_to_an_invisible_character_is_dropped() -> None:
    # found by the campaign (2026-12-02): reported speech taking in a quotation that opens with a
    # control character left the quotation as a record of that character alone
    text = 'Prime Minister Marta Kowalczyk wrote on X, "\x1fRussia is working on peace, not a ceasefire" ""\n'
    check_extract(text)
