"""The forms a record prints a person's name in: capitals ("ANNA-LIISA O'NEILL"), and the forms
of address and titles before it ("MS", "THE HONORABLE", "Mayor"), shared by the readers of
transcripts (:mod:`onrecord.extract.transcript`) and of court records
(:mod:`onrecord.extract.court`)."""

from __future__ import annotations

import re

__all__ = ["HONORIFICS", "capitalised", "without_titles"]

# forms of address before a name, as a label or a header prints them ("Ms Abara", "DR. IVO SANT")
HONORIFICS = frozenset("Mr Mrs Ms Miss Dr Prof Sir Dame Cllr Rev Sen Rep Gov Hon".split())
# and a court's styles for a judge: "THE HONORABLE PETRA SOLBERG-ANKRAH", "Justice Ada Lind"
_STYLES = frozenset({*(h.casefold() for h in HONORIFICS), "the", "honorable", "honourable", "judge", "justice"})


def capitalised(word: str) -> str:
    """``ANNA-LIISA`` -> ``Anna-Liisa``, ``O'NEILL`` -> ``O'Neill``."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word.lower())


def without_titles(name: str) -> str:
    """A name in capitals or title case less the forms of address, styles and titles before it,
    each word in title case: "MAYOR JON BERG" -> "Jon Berg", "THE HONORABLE ADA LIND" -> "Ada
    Lind"; the name as it stands when nothing but titles is left."""
    from onrecord.attribute.knowledge import knowledge

    kb = knowledge()
    words = [capitalised(w) if w.isupper() else w for w in name.split()]
    i = 0
    # (a title from the knowledge base only while a given name and a surname stay: "Earl Stone")
    while i < len(words) - 1 and (
        words[i].casefold().rstrip(".") in _STYLES or (i < len(words) - 2 and kb.is_title(words[i].rstrip(".")))
    ):
        i += 1
    return " ".join(words[i:])
