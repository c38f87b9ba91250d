"""How onrecord's records are read as PolNeAR attributions (no PolNeAR data needed)."""

from __future__ import annotations

import pytest

from onrecord.evaluate.polnear import predicted_attributions
from onrecord.model import Quote, Span


def _quote(text: str, kind: str, content: str, cue: str | None) -> Quote:
    start = text.index(content)
    cue_span = None
    if cue is not None:
        at = text.index(cue)
        cue_span = Span(cue, at, at + len(cue))
    return Quote("q1", "a1", kind, content, start, start + len(content), cue_span, None)


@pytest.mark.parametrize(
    ("text", "kind", "content", "cue", "expected"),
    [
        # reported speech: PolNeAR's content holds the "that" the record leaves out
        (
            "The mayor said that the bridge would reopen in May.",
            "indirect",
            "the bridge would reopen in May",
            "said",
            "that the bridge would reopen in May",
        ),
        (
            'Lopez argued that the plan was "dead on arrival" in the House.',
            "mixed",
            'the plan was "dead on arrival',
            "argued",
            'that the plan was "dead on arrival',
        ),
        # no "that" before it: the content as recorded
        ("The mayor said the bridge would reopen in May.", "indirect", "the bridge would reopen in May", "said", None),
        # a "that" not right before the content is no complementizer of it
        (
            "That, the mayor said, the bridge would reopen in May.",
            "indirect",
            "the bridge would reopen in May",
            "said",
            None,
        ),
        # a direct quote keeps its own start
        ('She said that "We are ready."', "direct", "We are ready.", "said", None),
        # "that" ending another word ("what") is not the complementizer
        ("He asked what the bridge would cost.", "indirect", "the bridge would cost", "asked", None),
    ],
)
def test_a_reported_content_starts_at_its_complementizer(
    text: str, kind: str, content: str, cue: str | None, expected: str | None
) -> None:
    q = _quote(text, kind, content, cue)
    (a,) = predicted_attributions([q], text)
    assert text[a.start : a.end] == (expected if expected is not None else content)
    (plain,) = predicted_attributions([q])
    assert (plain.start, plain.end) == (q.start, q.end)
