"""A reported clause runs on past its quotation over an auxiliary predicate ("... "deeply
concerned" and would send ..."), and a content never ends inside a quotation; the writer's
narration of a next act ("and urged ...") stays out."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract import continued_predicates
from onrecord.extract.candidates import ExtractOptions

_RULES = ExtractOptions(model="rules")


def _contents(text: str) -> list[str]:
    return [text[q.start : q.end].rstrip(".") for q in extract(text, options=_RULES)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'HOLMBRIDGE - In a three-line statement the federation said it was "deeply concerned" and would '
            "send its own safety officer to the club on Monday.",
            'it was "deeply concerned" and would send its own safety officer to the club on Monday',
        ),
        (
            'LONDON - The mayor said the bypass plan was "a disaster for the town" and had to be dropped '
            "before the summer.",
            'the bypass plan was "a disaster for the town" and had to be dropped before the summer',
        ),
        (
            'KARSK - Elin Dahl said the union had asked for a mediator "from the first day" and would accept one now.',
            'the union had asked for a mediator "from the first day" and would accept one now',
        ),
        # cut at a comma inside the quoted words: the content runs to the quotation's close
        (
            "PORTREATH - Loveday said the vet on site, Dr Hamish Berg, had told her after the second failed attempt "
            'that the whale had "a day, perhaps two, if we keep her cool."',
            'the whale had "a day, perhaps two, if we keep her cool',
        ),
    ],
)
def test_content_runs_to_the_end_of_its_clause(text: str, content: str) -> None:
    assert content in _contents(text)


@pytest.mark.parametrize(
    ("text", "content", "not_content"),
    [
        # the writer's narration of the speaker's next act, a verb in the past: not what was said
        (
            'LONDON - The board said the ruling was "deeply flawed" and urged the minister to appeal.',
            'the ruling was "deeply flawed"',
            'the ruling was "deeply flawed" and urged',
        ),
        # an auxiliary in the present after a cue in the past is the writer's own narration (review input c2)
        (
            'KELSBY - The club said it was "shocked by the allegations" and has since suspended two coaches as well.',
            'it was "shocked by the allegations"',
            'it was "shocked by the allegations" and',
        ),
        # a note that the speaker did not answer is the writer's
        (
            'LONDON - The club said it was "aware of the complaint" and was not immediately available for comment.',
            'it was "aware of the complaint"',
            'it was "aware of the complaint" and',
        ),
        # no quotation: the parse is trusted
        (
            "LONDON - Ms Hart told reporters that Mr Wier had spent 1,402 days in prison and would not be "
            "seeking compensation for now.",
            "Mr Wier had spent 1,402 days in prison and would not be seeking compensation for now",
            None,
        ),
    ],
)
def test_narration_after_the_quotation_stays_out(text: str, content: str, not_content: str | None) -> None:
    contents = _contents(text)
    assert content in contents
    if not_content is not None:
        assert not any(c.startswith(not_content) for c in contents)


def test_public_names() -> None:
    assert continued_predicates.__all__ == ["extend_continued_predicates"]


def test_a_frame_ending_on_the_opening_mark_leaves_the_quotation_its_own_record() -> None:
    text = (
        "VIENNA - Anne Marl wrote to the finance director in May. She said the figures were late and she was "
        'also worried: "We need to fix this before the auditors come in."'
    )
    assert "We need to fix this before the auditors come in" in _contents(text)
