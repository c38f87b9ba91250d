"""Relatives named by a noun of kinship: "his sister had told him ...", "His aunt, he said, ...".

The relative is the person whose tie to the possessor the article wrote when it introduced the
possessor from the other side ("Agneta Marsh's brother, Callum Marsh" makes Agneta "his sister" for
Callum). The nouns, the relative's gender and the nouns of the other side are a data file
(``data/kin.tsv``): a closed class of words, no names.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = ["KIN_OF", "introduced_as_kin", "kin"]

# "his sister", "her late brother", "their mother": a possessive pronoun and a noun of kinship
KIN_OF = re.compile(r"(?i:(his|her))\s+(?:late\s+|elder\s+|older\s+|younger\s+|little\s+|big\s+)?([a-z]+)")


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str | None, tuple[str, ...]]]:
    text = resources.files("onrecord.attribute").joinpath("data").joinpath("kin.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {
        row[0]: (row[1] if row[1] in {"m", "f"} else None, tuple(row[2].split("|")))
        for row in rows[1:]
        if len(row) == 3
    }


def kin(noun: str) -> tuple[str | None, tuple[str, ...]] | None:
    """The gender (or None) of a relative called ``noun`` and the nouns of the other side of the
    tie, or None for no noun of kinship."""
    return _table().get(noun.casefold())


def introduced_as_kin(text: str, end: int, forms: list[str], inverses: tuple[str, ...]) -> re.Match[str] | None:
    """The last place before ``end`` where the text introduces one of ``forms`` (a person's
    names) as someone's relative by one of ``inverses``: "Agneta's brother, Callum Marsh", "her
    brother Callum"; group ``owner`` holds the possessor ("Agneta's", "her")."""
    if not forms or not inverses:
        return None
    nouns = "|".join(map(re.escape, inverses))
    names = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    pattern = re.compile(
        rf"(?P<owner>\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*['’]s?|\b[Hh]is|\b[Hh]er)\s+(?:[a-z-]+\s+)?(?:{nouns})s?,?\s+"
        rf"(?:{names})\b"
    )
    found = None
    for m in pattern.finditer(text, 0, end):
        found = m
    return found
