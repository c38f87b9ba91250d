"""A body's name written after a description of it and a comma ("the club's kit supplier, Varro
Sportswear"): the speaker is the body the name names, not the whole phrase."""

from __future__ import annotations

import re

__all__ = ["body_after_description"]

# words a body's own name may hold in lower case ("Bank of Tarn", "Fish and Game", "de la Costa")
_CONNECTORS = frozenset("of and for the de del della des du la le el van von der on in at to & y e".split())
_CAPITALISED = re.compile(r"^[A-Z0-9À-Þ][\w&.'’-]*$")
_LOWER_WORD = re.compile(r"^[a-zß-ÿ][\w'’-]*$")


def body_after_description(name: str) -> str | None:
    """The name after the last comma of an organisation's phrase when the words before it
    describe (a word in lower case that is no connector of a name: "sponsor", "manufacturer of the
    trains") and the words after it name (capitalised, connectors aside, six words at most); else
    None ("Ministry of Health, Welfare and Sport" is one name: nothing before its comma describes).

    Args:
        name: an organisation's name as an article's attribution read it.

    Returns:
        The body's name, or None when the phrase is no description and name.
    """
    before, comma, after = name.rpartition(",")
    words = after.split()
    if not comma or not before.strip() or not 1 <= len(words) <= 6:
        return None
    if not all(_CAPITALISED.match(w) or w.casefold() in _CONNECTORS for w in words):
        return None
    if not _CAPITALISED.match(words[0]) or words[0].casefold() in _CONNECTORS:
        return None
    described = any(_LOWER_WORD.match(w) and w not in _CONNECTORS for w in before.split())
    return after.strip() if described else None
