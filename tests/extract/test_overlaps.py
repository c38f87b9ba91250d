"""One record per span: the overlap rule, on hand-made candidates and on real-looking text."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract.candidates import Candidate
from onrecord.extract.marks import QuoteSpan
from onrecord.extract.overlaps import allowed_overlap, one_record_per_span

TEXT = 'Adams said the plan was "dead on arrival" and that the vote, Lee told him, would fail.'


def _quote(start: int, end: int) -> QuoteSpan:
    return QuoteSpan(open=start - 1, close=end + 1, pieces=((start, end),), style='"')


def _indirect(start: int, end: int, cue: tuple[int, int] | None) -> Candidate:
    return Candidate("indirect", [(start, end)], cue, "say", "speech", None, 0)


def _direct(start: int, end: int, cue: tuple[int, int] | None = None) -> Candidate:
    return Candidate("direct", [(start, end)], cue, None, None, None, 0, quote=_quote(start, end), bare=cue is None)


def test_equal_spans_are_one_record_with_the_cue_and_the_marks() -> None:
    kept = one_record_per_span([_direct(25, 40), _indirect(25, 40, (6, 10))], TEXT)
    assert [(c.kind, c.start, c.end, c.cue) for c in kept] == [("direct", 25, 40, (6, 10))]


def test_a_quote_inside_reported_speech_is_one_mixed_record() -> None:
    kept = one_record_per_span([_indirect(11, 40, (6, 10)), _direct(25, 40)], TEXT)
    assert [(c.kind, c.start, c.end) for c in kept] == [("mixed", 11, 40)]
    assert kept[0].quoted_parts == [(25, 40)]


def test_reported_speech_running_into_a_quote_takes_it_in() -> None:
    kept = one_record_per_span([_indirect(11, 30, (6, 10)), _direct(25, 40)], TEXT)
    assert [(c.kind, c.start, c.end, c.quoted_parts) for c in kept] == [("mixed", 11, 40, [(25, 40)])]


def test_a_quote_of_a_quote_keeps_both_records() -> None:
    outer = _indirect(11, 85, (6, 10))
    inner = _indirect(51, 85, (65, 69))
    kept = one_record_per_span([outer, inner], TEXT)
    assert [(c.start, c.end) for c in kept] == [(11, 85), (51, 85)]


def test_a_quote_inside_a_quote_of_a_quote_is_part_of_the_inner_record() -> None:
    # 'Lee had told him that the vote would "fail badly," Adams said': the quotation is Lee's
    text = 'Lee had told him that the vote would "fail badly," Adams said.'
    outer = _indirect(0, 48, (56, 60))
    inner = _indirect(22, 48, (8, 12))
    kept = one_record_per_span([outer, inner, _direct(38, 48)], text)
    assert [(c.kind, c.start, c.end, c.quoted_parts) for c in kept] == [
        ("indirect", 0, 48, []),
        ("mixed", 22, 48, [(38, 48)]),
    ]


def test_crossing_records_are_cut_where_the_later_begins() -> None:
    kept = one_record_per_span([_indirect(11, 60, (6, 10)), _indirect(51, 85, (0, 5))], TEXT)
    assert [(c.start, c.end) for c in kept] == [(11, 50), (51, 85)]


@pytest.mark.parametrize(
    ("outer", "inner", "cue", "allowed"),
    [
        ((0, 50), (10, 20), (12, 15), True),  # its own cue inside: a quote of a quote
        ((0, 50), (10, 20), (60, 64), False),  # a cue outside: the same statement twice
        ((0, 50), (10, 20), None, False),  # no cue: a fragment of the outer one
        ((0, 50), (0, 50), (3, 6), False),  # equal spans
        ((0, 50), (40, 60), (45, 48), False),  # crossing
    ],
)
def test_allowed_overlap(
    outer: tuple[int, int], inner: tuple[int, int], cue: tuple[int, int] | None, allowed: bool
) -> None:
    assert allowed_overlap(outer, inner, cue) is allowed


@pytest.mark.parametrize(
    ("text", "kind", "content", "quoted"),
    [
        (
            'Warren said her right foot was "so swollen I could barely get my shoe on."',
            "mixed",
            'her right foot was "so swollen I could barely get my shoe on.',
            ["so swollen I could barely get my shoe on."],
        ),
        (
            "The senator said the country had spent ''hundreds of years fighting against racism.''",
            "mixed",
            "the country had spent ''hundreds of years fighting against racism.",
            ["hundreds of years fighting against racism."],
        ),
        (
            'The commission says on its website that "there were issues with the audio in the hall."',
            "direct",
            "there were issues with the audio in the hall.",
            [],
        ),
    ],
)
def test_one_record_per_quoted_statement(text: str, kind: str, content: str, quoted: list[str]) -> None:
    quotes = extract(text)
    assert [(q.kind, q.text) for q in quotes] == [(kind, content)]
    assert [f.text for f in quotes[0].quoted] == quoted
    assert quotes[0].cue is not None
    record = quotes[0].to_record()
    assert ("quoted" in record) is bool(quoted)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an attribution said twice: one record, the inner one
        (
            "Cavusoglu said a meeting between the two leaders was also on the agenda, he said.",
            ["a meeting between the two leaders was also on the agenda"],
        ),
        # a relay stays: the outer speaker tells of what another said or promised
        (
            "Mr Kessler promised us in March that no pilot would lose their job, she said.",
            ["Mr Kessler promised us in March that no pilot would lose their job", "no pilot would lose their job"],
        ),
        (
            "Adams said Lee had told him that the vote would fail in the spring.",
            ["Lee had told him that the vote would fail in the spring", "the vote would fail in the spring"],
        ),
    ],
)
def test_an_attribution_said_twice_is_one_record(text: str, kept: list[str]) -> None:
    assert sorted(q.text for q in extract(text)) == sorted(kept)
