"""A quotation opening in lower case after a mid-sentence attribution goes on with the clause
before it (one record); a participle cue or a time clause after the attribution is not joined."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract import attribution_inside


def _contents(text: str) -> list[str]:
    return [text[q.start : q.end].rstrip(".") for q in extract(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a clause read before the attribution, then the quotation
        (
            'LONDON - The council will close the library in March, the mayor said, "unless someone finds the money."',
            'The council will close the library in March, the mayor said, "unless someone finds the money',
        ),
        # a quotation opening in lower case after the attribution goes on with the clause before it
        (
            "LONDON - Ferry operators in Norway face an unannounced inspection every year as well, Dr Quennell "
            'said, "and it shows in the numbers".',
            "Ferry operators in Norway face an unannounced inspection every year as well, Dr Quennell said, "
            '"and it shows in the numbers',
        ),
    ],
)
def test_words_after_the_attribution_go_on_with_the_report(text: str, content: str) -> None:
    assert content in _contents(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a participle cue after the attribution reports a statement of its own
        (
            "LEEDS - The pool would stay shut until March, the council said, adding that the repairs would "
            "cost 2 million pounds.",
            "The pool would stay shut until March",
        ),
        # a time clause after the attribution is the writer's scene
        (
            "LEEDS - Two hundred people had been moved out of the valley, the mayor said, as the water kept "
            "rising behind him.",
            "Two hundred people had been moved out of the valley",
        ),
    ],
)
def test_a_report_of_its_own_or_the_writers_scene_is_not_joined(text: str, content: str) -> None:
    contents = _contents(text)
    assert content in contents
    assert not any(c.startswith(content + ",") for c in contents)


@pytest.mark.parametrize(
    ("text", "quotation"),
    [
        # the words before the cue open a clause of the writer's own: no attribution set off by commas
        (
            "HARLOW - The courtroom fell silent as the verdict was read, and outside court Tom Brack said, "
            '"justice has been done at last."',
            "justice has been done at last",
        ),
        (
            'HARLOW - Reporters crowded round the steps, and his lawyer Ada Pell told them, "my client will now rest."',
            "my client will now rest",
        ),
    ],
)
def test_narration_before_a_clause_of_its_own_is_not_joined(text: str, quotation: str) -> None:
    contents = _contents(text)
    assert quotation in contents
    assert not any(c.startswith(("The courtroom", "Reporters")) for c in contents)


def test_public_names() -> None:
    assert attribution_inside.__all__ == ["join_over_attribution"]
