"""Institutions named head noun last, in the languages that write them so.

Swedish, Danish, Finnish, Hungarian, Turkish, Latvian and Lithuanian put an institution's head
noun after the words that say whose or what it is, and often in lower case: "Solvaniens
kulturdepartement", "Kıyı ve Tersane İşçileri Sendikası", "Ostrijas Veselības un sociālās
aprūpes ministrijas (DHSC) pārstāvis". A capitalised-word scan keeps only the words before the
head ("Solvaniens", "Veselības"), which read as a person's or a place's name. This module finds
the whole name: the head noun (``organisation_nouns`` of ``languages.json``, with its case
endings and, where the language compounds, at a compound's end) and the words before it back to
the first capitalised one, across the language's "and" and the lower-case words a name holds
("sociālās aprūpes"). The head is given in the nominative ("ministrijas" -> "ministrija"), as a
reader would cite the name.
"""

from __future__ import annotations

import re

from onrecord.attribute.knowledge import knowledge
from onrecord.extract.mentions import Mention
from onrecord.languages import Language
from onrecord.languages import language as language_data

__all__ = ["head_last_bodies", "head_nominative"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_REACH = 6  # words before the head a name may hold
_LOWER_RUN = 3  # lower-case words in a row inside a name ("sociālās aprūpes")
_COMPOUND_PART = 3  # letters a compound's first part has at least ("kultur|departement")


def head_nominative(word: str, language: str) -> str | None:
    """The word as an institution's head noun in the nominative ("ministrijas" ->
    "ministrija", "Kulturdepartementet" -> "Kulturdepartement"), None when it is no head noun
    of the language."""
    entry = language_data(language)
    bare = re.split(r"['’]", word, maxsplit=1)[0]  # Turkish case after an apostrophe: "Sendikası'nın"
    low = bare.casefold()
    for noun in entry.organisation_nouns:
        endings_of = entry.organisation_noun_endings
        for base, endings in ((noun, ("", *endings_of)), (noun[:-1], endings_of)):
            if noun[-1:] not in "aeiouyāēīūåäöøæėęąųıiö" and base != noun:
                continue  # only a vowel at the end gives way to an ending ("ministrij-as")
            for ending in endings:
                form = base + ending
                if not low.endswith(form) or (base == noun[:-1] and not ending):
                    continue
                prefix = len(low) - len(form)
                if prefix and (not entry.organisation_compounds or prefix < _COMPOUND_PART):
                    continue
                kept = bare[:prefix]
                head = noun if prefix else (noun[:1].upper() if bare[:1].isupper() else noun[:1]) + noun[1:]
                return kept + head
    return None


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _joined(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """Whether two words stand next to each other with only spaces between (no line break)."""
    gap = text[left.end() : right.start()]
    return bool(gap) and gap.strip(" \t") == ""


def _start(text: str, words: list[re.Match[str]], head: int, entry: Language) -> int | None:
    """The index of the name's first word before the head at ``head``: the farthest capitalised
    word reached across capitalised words and "and", with lower-case words only between the
    head and the capitalised words ("Veselības un sociālās aprūpes ministrija") or after an
    "and"; None when none, or when a name across lower-case words would start with a person's
    given name ("Anna Berg kritiserade departementet")."""
    first = None
    lower = 0
    crossed = False
    after_and = False
    j = head
    while j > 0 and head - j < _REACH:
        word = words[j - 1]
        if not _joined(text, word, words[j]):
            break
        w = word.group()
        low = w.casefold()
        if low in entry.and_words:
            lower, after_and = 0, True
        elif low in entry.stopwords or low in entry.source_prepositions or low in entry.calendar:
            break
        elif _capitalised(w):
            first, lower, after_and = j - 1, 0, False
        elif first is not None and not after_and:
            break  # a lower-case word before the name's capitalised words: no part of it
        else:
            lower += 1
            crossed = True
            if lower > _LOWER_RUN:
                break
        j -= 1
    if first is not None and crossed:
        name = text[words[first].start() : words[head].end()]
        if knowledge().starts_with_given_name(name):
            return None
    return first


def _place_after(text: str, words: list[re.Match[str]], head: int) -> int:
    """The end of a capitalised word right after the head that says where the body is (Latvian
    "vēstniecība Londonā"), or the head's own end: no given name, and a lower-case word after."""
    end = words[head].end()
    if head + 1 >= len(words) or not _joined(text, words[head], words[head + 1]):
        return end
    after = words[head + 1]
    if not _capitalised(after.group()) or knowledge().starts_with_given_name(after.group()):
        return end
    if head + 2 < len(words) and (not _joined(text, after, words[head + 2]) or _capitalised(words[head + 2].group())):
        return end
    return after.end()


def head_last_bodies(text: str, start: int, end: int, language: str) -> list[Mention]:
    """Every institution named head last in ``text[start:end]``, as ``organisation`` mentions
    whose ``name`` has the head in the nominative; none in a language without
    ``organisation_nouns``."""
    entry = language_data(language)
    if not entry.organisation_nouns:
        return []
    words = list(_WORD.finditer(text, start, end))
    found = []
    for i, word in enumerate(words):
        nominative = head_nominative(word.group(), language)
        if nominative is None:
            continue
        first = _start(text, words, i, entry)
        if first is None:
            continue  # "ministrija" alone: a body named before, not a name
        stop = _place_after(text, words, i)
        at = words[first].start()
        name = (
            text[at : word.start()] + nominative + text[word.end() : stop]
            if stop > word.end()
            else (text[at : word.start()] + nominative)
        )
        name = name[:1].upper() + name[1:]
        found.append(Mention(at, stop, text[at:stop], "organisation", name=name))
    return found
