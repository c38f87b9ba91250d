"""Words read out in a transcript's turn: another's statement quoted by whoever holds the floor.

A host, a chair or a guest may read a statement, a letter or someone's post aloud, and say so:
``It says, and I quote: "..."``, ``Quote, "..."``, ``On Monday she wrote, and I'm quoting her,
"..."``, ``I'll read it in full: "..."``, ``I'll read it as written: "..."``, ``The note reads:
"..."``, ``It says: "..."``. The quotation is then the words of whoever wrote them, a statement of
its own, not the turn's."""

from __future__ import annotations

import re

__all__ = ["reading"]

# the formula that announces a reading, right before the opening mark (colon or comma between)
_READING = re.compile(
    r"(?:"
    r"(?:(?<![\w'’])(?:and\s+)?I\s+quote"  # "and I quote"
    r"|(?<![\w'’])I(?:'m|’m|\s+am)\s+quoting(?:\s+(?:him|her|them|it|directly))?"  # "I'm quoting him"
    r"|(?<![\w'’])(?:I'll|I’ll|I\s+will|let\s+me)\s+read(?:\s+(?:it|this|that|you\s+\w+))?(?:\s+out)?"
    r"(?:\s+in\s+full|\s+aloud|\s+as\s+(?:written|it\s+stands|sent)|\s+word\s+for\s+word|\s+verbatim)?"  # "in full"
    r"|(?<![\w'’])(?:it|which|the\s+\w+)\s+reads"  # "It reads:", "The letter reads:"
    r"|(?<![\w'’])it\s+says(?=[ \t]*:)"  # "It says:" (with its colon)
    r")[ \t]*[:,]?"
    r"|(?<![\w'’])(?<!the\s)quote[ \t]*[:,]"  # "Quote, ...", not "the quote"
    r")[ \t]*[\"“‘']$",
    re.IGNORECASE,
)
_LOOK_BACK = 60


def reading(text: str, start: int) -> tuple[int, int] | None:
    """The span of the formula that announces the quotation whose words start at ``start`` as
    read out (``and I quote``, ``Quote``, ``I'm quoting him``, ``I'll read it in full``, ``It
    reads``), right before its opening mark in the same line; None when there is none.

    Args:
        text: the article's text.
        start: where the quoted words start (after the opening mark).
    """
    line_start = text.rfind("\n", 0, start) + 1
    found = _READING.search(text, max(line_start, start - _LOOK_BACK), start)
    if found is None:
        return None
    words = found.group(0).rstrip(" \t:,\"“‘'")
    return found.start(), found.start() + len(words)
