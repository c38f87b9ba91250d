"""The small words inside personal names that are no names themselves.

Surname particles ("Lucas de Vries", "Rosalind van Achterberg") and patronymic links
("Noura bint Khalid Al-Rumaithi", "Eitan ben Shalom"), both written in lower case inside a
name; and the article an Arabic family name may open with, tight before a hyphen
("al-Mahrouqi"), which a later mention may leave out ("Mahrouqi").
"""

from __future__ import annotations

import re

__all__ = ["PATRONYMICS", "bare_family_name", "hyphen_parts"]

# "son of" / "daughter of" between a given name and the father's: lower case only, so that
# "Ben" the given name stays a name.
PATRONYMICS = frozenset("bin bint binti binte ibn ben".split())

_ARTICLE = re.compile(r"^(?:al|el|Al|El)[-‐](?=[A-ZÀ-ÖØ-Þ])")


def bare_family_name(word: str) -> str:
    """A family name without the article tight before it: ``al-Mahrouqi`` -> ``Mahrouqi``,
    ``Al-Kaabi`` -> ``Kaabi``; any other word as it is."""
    return _ARTICLE.sub("", word)


def hyphen_parts(word: str) -> list[str]:
    """The parts of a double-barrelled name that may stand for it alone: ``O'Callaghan-Mbeki``
    -> ``["O'Callaghan", "Mbeki"]``; ``[]`` for a word with no hyphen or an article before one
    (``Al-Kaabi`` is one name)."""
    bare = bare_family_name(word)
    if bare != word or "-" not in word:
        return []
    parts = [p for p in word.split("-") if p]
    return parts if len(parts) >= 2 and all(p[:1].isupper() for p in parts) else []
