"""A person's name as their own language writes it, in parentheses after the name an article
in another language gives them: "Margita-Klēra Ošvuda (Margaret-Claire Oswood)",
"周美琳（Mei-Lin Zhou）". Latvian and Lithuanian papers respell and inflect a foreign name,
Chinese and Japanese ones write it in their script, and give the original once beside it; that
original is what the other articles of the corpus call the person.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from onrecord.attribute.knowledge import knowledge

__all__ = ["original_name"]

# What stands in parentheses: two to four capitalised words of Latin letters, hyphens joining
# the parts of one ("Margaret-Claire").
_ORIGINAL = re.compile(r"\s*[(（]\s*((?:[A-ZÀ-Þ][\w'’]*(?:-[A-ZÀ-Þ][\w'’]*)*)(?:\s+[A-ZÀ-Þ][\w'’-]*){1,3})\s*[)）]")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")


def _folded_initial(word: str) -> str:
    return unicodedata.normalize("NFKD", word[:1]).encode("ascii", "ignore").decode().casefold()


def _latin(name: str) -> bool:
    return all(_LATIN.match(ch) for ch in name if ch.isalpha())


def original_name(forms: Iterable[str], text: str) -> str | None:
    """The name in parentheses right after one of a person's full names in the text, when it is
    that person's name as their own language writes it: opening with a known given name, and,
    for a name the article writes in Latin letters too, with as many words and the same first
    letter ("Rodžers Vinters (Roger Winter)"); a name in parentheses that is no
    person's ("Mary Fahy (Kilmarrow East)", a constituency) or another's stays apart."""
    kb = knowledge()
    found: set[str] = set()
    for form in forms:
        if len(form.split()) < 2 and _latin(form):
            continue  # a surname alone: which of several people, the parentheses may not tell
        for m in re.finditer(re.escape(form), text):
            after = _ORIGINAL.match(text, m.end())
            if after is None:
                continue
            original = " ".join(after.group(1).split())
            words = original.split()
            if original == form or not kb.is_given_name(words[0].split("-")[0]):
                continue
            if _latin(form) and (len(words) != len(form.split()) or _folded_initial(words[0]) != _folded_initial(form)):
                continue
            found.add(original)
    return found.pop() if len(found) == 1 else None
