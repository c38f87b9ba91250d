"""State institutions named in any language onrecord reads, under one key.

"the Ministry of Economy", "the Economy Ministry", "Министерство экономики" and "das
Wirtschaftsministerium" name one institution. :func:`institution_key` maps each to the same key
by meaning: the words that say what it is (ministry, court, government: the head) and what it is
for (economy, health, supreme: qualifiers), read from a small bilingual lexicon
(``resolve/data/institutions.tsv``), plus the name's other words (a country: "Zelavia",
"Зелавии") folded by spelling. A name with no head word in the lexicon is no institution: None.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from onrecord.resolve.translit import name_key, transliterate

__all__ = ["institution_head", "institution_key", "qualifier_concept"]

_STEM = 5  # forms this long also match as the start of a word (cases, compounds)
_GLUE = ("", "s", "es", "n", "en")  # German compounds join parts with these: Verkehr-s-ministerium
_STOP = frozenset(
    "the of for and on in a an de d à la le l les du des del los las el y et der die das dem den des für und "
    "di della dello degli dei delle dell al alla il lo gli do da dos das e s по и в".split()
)
# Endings that vary with case, adjective or demonym, stripped from the name's other words:
# "Zelavia", "Zelavian", "Зелавии" all come to "zelav".
_OTHER_ENDING = re.compile(r"(?:ians?|ans?|ii|ia|ie|ij|a|i|y|e|s|o|u)$")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, tuple[str, str]], tuple[str, ...]]:
    """Every form to (concept, role), and the forms long enough to match as a word's start."""
    text = resources.files("onrecord.resolve").joinpath("data").joinpath("institutions.tsv").read_text("utf-8")
    forms: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        concept, role, words = line.split("\t")
        for form in words.split("|"):
            forms[form.strip().casefold()] = (concept, role)
    stems = tuple(
        sorted((f for f in forms if (len(f) >= _STEM or f.endswith("*")) and " " not in f), key=len, reverse=True)
    )
    for stem in [f for f in stems if f.endswith("*")]:
        forms[stem[:-1]] = forms.pop(stem)  # "высш*": a short stem that matches as a word's start
    return forms, tuple(f.rstrip("*") for f in stems)


def _split(word: str, forms: dict[str, tuple[str, str]], stems: tuple[str, ...]) -> list[tuple[str, str]] | None:
    """The concepts a word is made of (one, or the parts of a compound), None if not all known."""
    if word in forms:
        return [forms[word]]
    for stem in stems:
        if not word.startswith(stem):
            continue
        rest = word[len(stem) :]
        if not rest or (len(rest) <= 3 and not any(rest.startswith(f) for f in stems)):
            return [forms[stem]]  # an ending: "министерства", "экономики"
        for glue in _GLUE:
            if rest.startswith(glue) and len(rest) > len(glue):
                tail = _split(rest[len(glue) :], forms, stems)
                if tail is not None:
                    return [forms[stem], *tail]
    return None


def institution_key(name: str) -> str | None:
    """The key of a state institution's name, the same in every language; None when the name
    names no institution the lexicon knows (no head word: ministry, court, government, ...)."""
    from onrecord.attribute.knowledge import knowledge

    if knowledge().starts_with_given_name(name):
        return None  # "Margaret Court": a person
    forms, stems = _lexicon()
    words = [w for w in re.findall(r"[^\W\d_]+", name.casefold()) if w not in _STOP]
    heads: list[str] = []
    qualifiers: set[str] = set()
    others: set[str] = set()
    for word in words:
        parts = _split(word, forms, stems)
        if parts is None:
            folded = name_key(transliterate(word))
            others.add(_OTHER_ENDING.sub("", folded) or folded)
            continue
        for concept, role in parts:
            if role == "head":
                heads.append(concept)
            elif role == "qualifier":
                qualifiers.add(concept)
    if len(set(heads)) != 1:
        return None  # none, or two ("the ministry's court"): not one institution
    return " ".join([*sorted(qualifiers | others), heads[0]])


def qualifier_concept(word: str) -> str | None:
    """What a word says an institution or office is for, the same in every language the lexicon
    knows ("health", "Gesundheit", "santé" -> ``health``); None for any other word."""
    return _concept_in_role(word, "qualifier")


def institution_head(word: str) -> str | None:
    """What an institution a word says it is, when the word is an institution's head in the
    lexicon ("Court", "Gerichtshof", "tribunal" -> ``court``; "Ministry" -> ``ministry``); None for
    any other word, a qualifier ("Constitutional") or a compound of a qualifier and a head."""
    return _concept_in_role(word, "head")


@lru_cache(maxsize=65536)
def _concept_in_role(word: str, role: str) -> str | None:
    """The one concept a word is in the lexicon, when it plays ``role`` there (``head`` or
    ``qualifier``); None for an unknown word, a compound of several, or another role."""
    forms, stems = _lexicon()
    parts = _split(word.casefold(), forms, stems)
    if parts is None or len(parts) != 1 or parts[0][1] != role:
        return None
    return parts[0][0]
