"""Acronyms an article defines: "the Coastal Shipping Federation (CSF)", later "CSF".

An acronym counts when its letters are the initials of the capitalised words of the name
before the parentheses (small words such as "of" and "the" may be skipped, or count):
``Aldmark Dockworkers' Union (ADU)``, ``Federal Consumer Safety Board (FCSB)``,
``Saltvik Terminal Operators' Association (STOA)``. A company may take a consonant more than the
initial of a word, when every word of its name still gives its initial (``Brunvik
Marinetechnik (BMT)``, ``Kelvard Tankers (KVT)``), and its legal form may stand between the name and
the parentheses without a letter (``Kelvard Tankers A/S (KVT)``).
"""

from __future__ import annotations

import re

__all__ = ["bracketed_initials", "defined_acronyms", "definition_spans", "spells"]

_SMALL = frozenset("of the and for de du des der la le el y et und für on in at to".split())
_DEFINITION = re.compile(
    r"((?:[A-ZÀ-ÞА-ЯЁ][\w'’.&/-]*|of|the|and|for|de|du|des|der|la|le|el|y|et|und|für|on)"
    r"(?:\s+(?:[A-ZÀ-ÞА-ЯЁ][\w'’.&/-]*|of|the|and|for|de|du|des|der|la|le|el|y|et|und|für|on)){1,9})"
    r"\s*\(\s*([A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ&]{1,7})\s*\)"
)


# A company's legal form after its name, no letter of its acronym ("Kelvard Tankers A/S (KVT)").
_LEGAL_FORM = frozenset("a/s aps as asa ab oy oyj ag gmbh se sa spa srl nv bv ltd inc llc plc corp co".split())


def _initials_match(words: list[str], acronym: str) -> list[str] | None:
    """The shortest tail of ``words`` whose initials spell ``acronym`` (small words optional),
    else the shortest whose words, before a legal form, give their initials and more letters
    of their own in order (:func:`_letters_of`)."""
    letters = acronym.replace("&", "").casefold()
    for start in range(len(words) - 1, -1, -1):
        tail = words[start:]
        if tail[0].casefold() in _SMALL:
            continue
        required = "".join(w[0] for w in tail if w.casefold() not in _SMALL).casefold()
        every = "".join(w[0] for w in tail).casefold()
        if letters in (required, every):
            return tail
    named = words[:-1] if words and words[-1].casefold().replace(".", "") in _LEGAL_FORM else words
    for start in range(len(named) - 2, -1, -1):
        tail = [w for w in named[start:] if w.casefold() not in _SMALL]
        if named[start].casefold() not in _SMALL and len(tail) >= 2 and _letters_of(tail, letters):
            return words[start:]
    return None


_VOWELS = frozenset("aeiouyæøåäöüéèáàíóú")


def _letters_of(words: list[str], letters: str) -> bool:
    """Whether ``letters`` are, word after word, each word's initial and then, at most, one more
    consonant of it ("kvt" of "Kelvard Tankers": k, v of Kelvard; t of Tankers)."""
    if not words:
        return not letters
    word = words[0].casefold()
    if not letters or letters[0] != word[0]:
        return False
    if _letters_of(words[1:], letters[1:]):
        return True
    extra = letters[1:2]
    return bool(extra) and extra not in _VOWELS and extra in word[1:] and _letters_of(words[1:], letters[2:])


def _definitions(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, full name, acronym)`` of every "Full Name (ACR)" the text holds, the
    offsets those of the full name."""
    found = []
    for m in _DEFINITION.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        tail = _initials_match([w.group() for w in words], m.group(2))
        if tail:
            first = words[len(words) - len(tail)]
            found.append((m.start(1) + first.start(), m.end(1), " ".join(tail), m.group(2)))
    return found


def defined_acronyms(text: str) -> dict[str, str]:
    """``{acronym: full name}`` for every "Full Name (ACR)" the text holds."""
    found: dict[str, str] = {}
    for _, _, full, acronym in _definitions(text):
        found.setdefault(acronym, full)
    return found


def definition_spans(text: str) -> list[tuple[int, int]]:
    """Where the text spells out a body's name before its acronym ("Shipbuilders' and
    Metalworkers' Union" of "... Union (SMU)"): a name read inside one is a piece of the body's."""
    return [(start, end) for start, end, _, _ in _definitions(text)]


def spells(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is the initials of the whole of ``name`` (small words optional): "NPL"
    of "National Premier League", an article that never wrote "(NPL)" after it."""
    words = name.split()
    return len(words) > 1 and acronym.isupper() and _initials_match(words, acronym) == words


_BRACKETED = re.compile(r"\s*\(\s*([A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ&]{1,7})\s*\)")


def bracketed_initials(name: str, text: str) -> set[str]:
    """The initials the text writes in brackets right after ``name``, whether or not they spell
    it: a body named in the article's language keeps the initials of its name in its own
    ("Kıyı ve Tersane İşçileri Sendikası (CSWU)" of the Coast and Shipyard Workers' Union). The
    name's last word may stand in another case there ("ministrija" of "... ministrijas (DHSC)")."""
    words = name.split()
    if len(words) < 2:
        return set()
    last = words[-1]
    stem = re.escape(last[: max(len(last) - 2, 3)])
    pattern = re.compile(r"\s+".join([*map(re.escape, words[:-1]), stem + r"\w{0,4}"]) + _BRACKETED.pattern)
    return {m.group(1) for m in pattern.finditer(text)}
