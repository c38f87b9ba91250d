"""Property tests over the whole pipeline (clean, extract, attribute, store, link) on generated news.

A short, derandomized run of the strategies and invariants in ``tests/fuzzing.py``; the long
campaign over the same strategies is ``make fuzz``. ``ONRECORD_FUZZ_EXAMPLES`` raises the
number of examples per test for a longer local run.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import Phase, given, reject, settings

from tests.fuzzing import KnownIssue, check_extract, check_ingest, documents, published_dates

_CI = settings.get_profile("fuzz-ci")
_EXAMPLES = int(os.environ.get("ONRECORD_FUZZ_EXAMPLES", "0"))


def _profile(examples: int, *, shrink: bool = True) -> settings:
    phases = list(Phase) if shrink else [Phase.explicit, Phase.reuse, Phase.generate]
    return settings(_CI, max_examples=_EXAMPLES or examples, phases=phases)


# Issue 9 point 1 (one span extracted twice, a quoted fragment inside reported speech as an
# indirect plus a direct record) gives equal spans and duplicate quote ids, and stops an ingest.
# Only that failure is expected (raises=KnownIssue); anything else fails these tests. No shrinking
# while the known failure is expected: it would cost minutes in every run.
_ISSUE_9_POINT_1 = pytest.mark.xfail(
    reason="issue 9 point 1: one span extracted twice gives equal spans and duplicate quote ids",
    raises=KnownIssue,
    strict=False,
)


@_profile(100)
@given(documents(), published_dates())
def test_extract_offsets_fragments_and_schema_hold(text: str, published: str | None) -> None:
    check_extract(text, published, unique=False)


@_ISSUE_9_POINT_1
@_profile(100, shrink=False)
@given(documents(), published_dates())
def test_extract_gives_unique_ids_and_spans(text: str, published: str | None) -> None:
    check_extract(text, published)


@_ISSUE_9_POINT_1
@_profile(10, shrink=False)
@given(documents())
def test_ingest_twice_is_ingest_once(text: str) -> None:
    check_ingest([text])


@_profile(10)
@given(documents())
def test_ingest_twice_is_ingest_once_where_ids_are_unique(text: str) -> None:
    try:
        check_extract(text)
    except KnownIssue:
        reject()  # the test above covers these until issue 9 point 1 is fixed
    check_ingest([text])


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
