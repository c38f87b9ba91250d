"""Names an English article writes only after "the": a body or a place, never a person.

English writes a person's name bare ("Okafor said"), and a body's or a place's short name after
the definite article ("the Ministry", "the Pentagon", "The Tarn Basin is shallow", "the Harwick
Fire Database"). A speaker the parse took for a person, whose name no given name opens and no
pronoun gave a gender, is a body when the article writes every one of its appearances right
after "the" ("The Admiralty insisted ...; the Admiralty claimed ..."). One bare appearance
("Halvorsen said") keeps the person.
"""

from __future__ import annotations

import re

__all__ = ["always_after_the"]

_THE = re.compile(r"(?:^|(?<=\W))[Tt]he\s+$")


def always_after_the(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` at least once and every time right after "the".

    Args:
        name: a speaker's name as the article writes it ("Pentagon").
        text: the article's text.

    Returns:
        True when each appearance of the name (as whole words, in any possessive form) follows
        "the"/"The" directly.
    """
    if not name.strip():
        return False
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w-])")
    seen = False
    for m in pattern.finditer(text):
        if not _THE.search(text[max(0, m.start() - 8) : m.start()]):
            return False
        seen = True
    return seen
