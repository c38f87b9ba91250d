"""An acronym an article writes in brackets after a body's name is that body's, whatever its
letters: "The National Union of Quarry Workers (SNTC) said", where the initials are those of the
body's name in another language (Sindicato Nacional de Trabajadores de Canteras). The name
before the brackets is looked up among the bodies the corpus knows, its longest run of words
first.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["defined_body"]

_WORD = re.compile(r"[\w'’&.-]+")
_MAX_WORDS = 10


def defined_body(text: str, acronym: str, bodies_named: Callable[[str], list[str]]) -> str | None:
    """The one body the text names just before ``(ACRONYM)``: of the runs of words that end
    before the bracket and open with a capital, the longest that ``bodies_named`` (a name to
    the ids of the bodies so named) finds one body for; None when there is none, or when two
    places of the text name different bodies so."""
    found: set[str] = set()
    for m in re.finditer(r"\(\s*" + re.escape(acronym) + r"\s*\)", text):
        line = text[: m.start()].rsplit("\n", 1)[-1]
        words = _WORD.findall(line)[-_MAX_WORDS:]
        for i in range(len(words)):
            if not words[i][:1].isupper() or len(words) - i < 2:
                continue
            ids = bodies_named(" ".join(words[i:]))
            if len(ids) == 1:
                found.add(ids[0])
                break
    return found.pop() if len(found) == 1 else None
