"""The agencies an article's closing credit line names, which are no speakers of its quotes.

Copy taken from a wire often closes with a credit in parentheses on a line of its own: the
outlet's initials and the wire's name, ``(KV/Larkpress)``, ``(Larkpress, AFN)``. In a language
onrecord has no data for, a quotation's frame may name that wire ("..., she told the agency
Larkpress on Monday"), and with no cue word to tell the speaker from the one spoken to, the name
beside the quotation is the wire's; the credit says it is an agency, not a person.
"""

from __future__ import annotations

import re

__all__ = ["credited_agencies"]

# the article's last non-empty line, all of it a parenthesised credit of a few names
_CREDIT = re.compile(r"\(\s*([^()\n]{2,80}?)\s*\)\s*\Z")
_PART = re.compile(r"\s*[/,;]\s*")
_NAME = re.compile(r"[A-ZÀ-ÞĀ-Ž][\w'’&.-]*(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’&.-]*){0,3}")


def credited_agencies(text: str) -> frozenset[str]:
    """The names of the credit line that closes ``text`` (see the module's docstring): each part
    of it between slashes or commas that is a run of capitalised words, none if its last line is
    no such credit (a line that holds more than the credit is a sentence's aside)."""
    stripped = text.rstrip()
    line_start = stripped.rfind("\n") + 1
    m = _CREDIT.match(stripped, line_start)
    if m is None or stripped[line_start : m.start()].strip():
        return frozenset()
    return frozenset(part for part in _PART.split(m.group(1)) if _NAME.fullmatch(part))
