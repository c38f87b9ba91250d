"""A speaker mention that runs on from a transcript's turn label into the turn's own subject.

In a script, "REPORTER NAME (V/O): The water board, KWB, said ..." opens a turn with its label;
the parse may take the label and the words after it for one subject, and the label's name for
the speaker of a report the turn makes of someone else. The subject is what follows the label.
"""

from __future__ import annotations

import re
from dataclasses import replace

from onrecord.extract.mentions import Mention

__all__ = ["past_turn_label"]

# A turn's label at a line's start: words in capitals (a bracketed note such as "(V/O)" may follow),
# then a colon
_LABEL = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*(?:[^\S\n]+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*)*(?:[^\S\n]*\([^()\n]{1,12}\))?:[^\S\n]+")
# The name the rest ends with: capitalised words after a comma or alone ("The water board, KWB")
_LAST_NAME = re.compile(r"(?:^|,\s+)(?:[Tt]he\s+)?(?P<name>[A-ZÀ-Þ][\w’'&-]*(?:\s+[A-ZÀ-Þ][\w’'&-]*)*)$")


def past_turn_label(mention: Mention, text: str) -> Mention:
    """The mention without the turn label it opens with, else unchanged.

    Args:
        mention: a speaker mention.
        text: the article text its offsets index.

    Returns:
        When the mention starts a line with a label in capitals and a colon and goes on past it:
        a ``name`` mention of the capitalised name the words after the label end with ("KWB" of
        "REPORTER (V/O): The water board, KWB"); ``mention`` itself when it holds no label, or
        when the words after it end with no name (nothing is guessed from a description).
    """
    if mention.start > 0 and text[mention.start - 1] != "\n":
        return mention
    label = _LABEL.match(text, mention.start, mention.end)
    if label is None or label.end() >= mention.end:
        return mention
    rest = text[label.end() : mention.end].rstrip()
    last = _LAST_NAME.search(rest)
    if last is None:
        return mention
    start = label.end() + last.start("name")
    name = last.group("name")
    return replace(
        mention, start=start, end=start + len(name), text=name, kind="name", name=name, role=None, gender=None
    )
