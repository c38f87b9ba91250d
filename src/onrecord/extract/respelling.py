"""Names another language respells or inflects, back to the spelling of their own language.

Two conventions of the Baltic press (and others) hide a foreign speaker's name from the reports
in other languages:

* the name is written as the language says it, and its own spelling follows once, in
  parentheses: "Kristīna Veldere (Christine Weldore)", later "sacīja Veldere"
  (``original_in_parentheses`` in ``languages.json``: in German "Weißkopf (Grüne)" is her party);
* the name keeps its spelling but takes the language's case endings: Lithuanian "Martinas
  Holbrookas" for Martin Holbrook (``foreign_name_endings`` in ``languages.json``), later "Holbrooko".

:func:`spellings` reads an article for both and :func:`respell` gives a speaker's name in its
own spelling, so that the quote's speaker is the one the English reports name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from onrecord.attribute.knowledge import knowledge
from onrecord.extract.mentions import Mention
from onrecord.languages import language as language_data
from onrecord.resolve.translit import transliterate

__all__ = ["Spellings", "respell", "respell_mention", "spellings"]


@dataclass(frozen=True, slots=True)
class Spellings:
    """What an article respells: ``words``, each word of a name (and its stems) to its own
    spelling; ``full``, each surname's own spelling to the whole name the article gave it
    ("Holbrook" -> "Martin Holbrook"), for a surname standing alone."""

    words: dict[str, str] = field(default_factory=dict)
    full: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.words)


_WORD = r"[^\W\d_][\w'’-]*"
# a parenthesis that gives one to four capitalised words ("(Christine Weldore)", "(Dunmere)")
_PARENTHESIS = re.compile(rf"\(\s*({_WORD}(?:[ \t]+{_WORD}){{0,3}})\s*\)")
_WORDS_BEFORE = re.compile(rf"(?:{_WORD}[ \t]+){{0,3}}{_WORD}[ \t]*$")


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _stems(word: str, language: str) -> list[str]:
    """``word`` and its stems without each case ending of the language."""
    endings = language_data(language).surname_endings
    return [word, *(word[: -len(e)] for e in endings if word.endswith(e) and len(word) - len(e) >= 3)]


def _in_parentheses(text: str, language: str, full: dict[str, str]) -> dict[str, str]:
    """Each native word of a name given its own spelling in parentheses, with its stems, to the
    word of the original spelling in the same place (and into ``full``, each surname's whole
    name)."""
    out: dict[str, str] = {}
    if not language_data(language).original_in_parentheses:
        return out
    for m in _PARENTHESIS.finditer(text):
        original = m.group(1).split()
        if not all(_capitalised(w) for w in original):
            continue  # "(DHSC)", "(in Latvian)": an acronym or a remark, no spelling of a name
        before = _WORDS_BEFORE.search(text, max(0, m.start() - 80), m.start())
        native = before.group().split() if before else []
        native = native[-len(original) :]
        if len(native) != len(original) or not all(_capitalised(w) for w in native) or native == original:
            continue
        for word, own in zip(native, original, strict=True):
            for stem in _stems(word, language):
                out.setdefault(stem, own)
        if len(original) > 1:
            full.setdefault(original[-1], " ".join(original))
    return out


_NAME_PAIR = re.compile(rf"(?<![\w'’-])([A-ZÀ-ÞĀ-Ž]{_WORD})[ \t]+([A-ZÀ-ÞĀ-Ž]{_WORD})")


def _with_endings(text: str, language: str, full: dict[str, str]) -> dict[str, str]:
    """Each foreign name the language gives its case endings ("Martinas Holbrookas": a given name
    it does not know, that is one it knows with an ending, Martin), word and stems, to the word
    without the ending."""
    endings = sorted(language_data(language).foreign_name_endings, key=len, reverse=True)
    if not endings:
        return {}
    kb = knowledge()
    out: dict[str, str] = {}
    for m in _NAME_PAIR.finditer(text):
        given, surname = m.group(1), m.group(2)
        if kb.is_given_name(transliterate(given)):
            continue  # "Jonas", "Tomas": the language's own given name, not a foreign one declined
        base = next((given[: -len(e)] for e in endings if given.endswith(e)), None)
        if base is None or not kb.is_given_name(transliterate(base)):
            continue
        own = next((surname[: -len(e)] for e in endings if surname.endswith(e) and len(surname) > len(e) + 2), None)
        for word, bare in ((given, base), (surname, own)):
            if bare is None:
                continue
            for stem in {word, bare, *_stems(word, language)}:
                out.setdefault(stem, bare)
        if own is not None:
            full.setdefault(own, f"{base} {own}")
    return out


def spellings(text: str, language: str) -> Spellings:
    """The names ``text`` respells or declines; empty (false) for a language with neither
    convention in the article."""
    full: dict[str, str] = {}
    words = {**_with_endings(text, language, full), **_in_parentheses(text, language, full)}
    return Spellings(words, full)


def respell(name: str, found: Spellings, language: str) -> str:
    """``name`` with each word the article respells or declines in its own spelling ("Veldere" ->
    "Weldore", "Holbrooko" -> "Holbrook"), a surname alone as the whole name the article gave it;
    unchanged when none is."""
    if not found:
        return name
    words = []
    for word in name.split():
        own = next((found.words[s] for s in _stems(word, language) if s in found.words), word)
        words.append(own)
    if len(words) == 1 and words[0] != name and words[0] in found.full:
        return found.full[words[0]]
    return " ".join(words)


def respell_mention(mention: Mention | None, found: Spellings, language: str) -> Mention | None:
    """A mention (and its antecedent) with its name respelled by :func:`respell`."""
    if mention is None or not found:
        return mention
    antecedent = respell_mention(mention.antecedent, found, language)
    name = respell(mention.name, found, language) if mention.name else mention.name
    if name == mention.name and antecedent is mention.antecedent:
        return mention
    return replace(mention, name=name, antecedent=antecedent)
