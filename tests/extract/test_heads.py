"""The writer's scene before a colon is cut from the head of the reported content; a colon inside
the speaker's words or a quotation stays."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract.heads import head_end, source_aside_end


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a cue set after the content, or in its middle
        ("Okonjo took it on the chin: the loss was on him, he said, not on his forwards.", "the loss was on him"),
        (
            "Brandt opens the hearing: costs are proving higher than we hoped, she says.",
            "costs are proving higher than we hoped",
        ),
        # a cue whose object only points at what follows the colon
        (
            "On Friday she said it again, this time with a larger figure: the depot had lost 12 buses since March.",
            "the depot had lost 12 buses since March",
        ),
    ],
)
def test_the_writers_scene_is_cut(text: str, content: str) -> None:
    assert content in [q.text for q in extract(text)]


@pytest.mark.parametrize(
    ("text", "cue_after", "content"),
    [
        # the speaker's own colon after a cue that stands before the content
        ("the plan had two parts: a levy on fuel and a tax on land", False, None),
        ("it again, with a new figure: the depot had lost 12 buses", False, "the depot had lost 12 buses"),
        # a quotation after the colon is a quote of its own
        ('it again, with a figure: "We will sell 400 ferries this year."', False, None),
        # a colon inside a quotation
        ('the mayor "said it plainly: no more cuts" and left', True, None),
        # too little after the colon
        ("Okonjo was blunt: no", True, None),
        ("Okonjo was blunt: the loss was his", True, "the loss was his"),
    ],
)
def test_head_end(text: str, cue_after: bool, content: str | None) -> None:
    cut = head_end(text, 0, len(text), cue_after)
    assert (text[cut:] if cut is not None else None) == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The Orvan news agency said, citing the interior minister, that citizens returning home would be allowed "
            "through on foot.",
            "citizens returning home would be allowed through on foot",
        ),
        (
            "Radio Tarn said, quoting two port officials, that the ferry would sail again on Friday.",
            "the ferry would sail again on Friday",
        ),
    ],
)
def test_the_source_of_a_citing_aside_is_no_content(text: str, content: str) -> None:
    assert content in [q.text for q in extract(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("the minister, that citizens would pass on foot", "citizens would pass on foot"),
        ("the minister and three aides in the capital, who had seen the plan, that it works", None),
    ],
)
def test_source_aside_end(text: str, content: str | None) -> None:
    full = "The agency said, citing " + text
    start = len("The agency said, citing ")
    cut = source_aside_end(full, start, len(full))
    assert (full[cut:] if cut is not None else None) == content
