"""The channel a speaker's conversation goes on through (attribute.channel_conversation)."""

from __future__ import annotations

import pytest

from onrecord.attribute.channel_conversation import Said, same_conversation


@pytest.mark.parametrize(
    ("paragraph", "dated", "via"),
    [
        (3, False, "Radio North"),  # the same paragraph
        (4, False, "Radio North"),  # the next one
        (5, False, None),  # two paragraphs on: another passage
        (4, True, None),  # a day of its own: another occasion
    ],
)
def test_the_same_conversation_goes_on_one_paragraph_without_a_day(
    paragraph: int, dated: bool, via: str | None
) -> None:
    assert same_conversation(Said("Radio North", 3, 7), paragraph, dated) == via
