"""Capitalised words of another language's copy that name nobody.

The reader of languages other than English (:mod:`onrecord.extract.foreign`) has no parser and no
named-entity model: a capitalised word next to a quote is taken for the speaker's name. Every
language opens a sentence with a capital ("Dann", "Sans"), and German writes every noun with one
("Haushalte", "Verein", "Warnungen"), so such a word, once read as a person, took the quote, and
the pronoun of the next sentence ("Sie", which may mean the newspaper) went to it too.

A one-word name is kept when the text gives evidence that it is a name:

* it has more than one capital (an acronym, "RFA"; "McKenna"), it is a surname's particle ("Van"
  of "Van der Berg"), or it is a word of a body's name the text spells out beside its acronym;
* it is a word of a longer name the text gives ("Lotte Brenneke" for "Brenneke" or "Lotte");
* a title, a role noun of the language (a German compound ending in one too) or a known given
  name stands before it somewhere ("Frau Brenneke", "Stadtkämmerin Brenneke", "Lotte Brenneke"),
  or two capitalised words do (a role and a given name, "Kassenwart Lotte Brenneke": nouns do not
  stack three deep without an article).

Else a word the text also writes in lower case is no name (a sentence's first word, "Dann" of
"dann"; a common noun). In a language that capitalises its nouns (``noun_capitals`` in
``languages.json``) a word is a name, beyond that, only when it never follows an article ("der
Verein") and an age follows it ("Brenneke, 54,") or the text uses it three times or more; in the
other languages a name is read as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from onrecord.attribute.acronyms import defined_acronyms
from onrecord.attribute.knowledge import knowledge
from onrecord.attribute.particles import NAME_PARTICLE, NAME_PARTICLE_WORDS
from onrecord.extract.candidates import Analysis
from onrecord.extract.foreign import articles
from onrecord.extract.mentions import Mention
from onrecord.languages import Language, language

__all__ = ["is_name_word", "without_noun_names"]

# an acronym and the name it stands for in brackets after it: "KFA (Kestrel Fire Authority)"
_ACRONYM_THEN_NAME = re.compile(r"\b([A-ZÀ-Þ]{2,8})\s*\(\s*((?:[^\W\d_][\w'’-]*\s+){1,7}[^\W\d_][\w'’-]*)\s*\)")
# a word the text writes this often, never after an article, is a name it goes on using
_REPEATED = 3
# up to three words right before a word (a title, then given names)
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w.’'-]*\s+){1,3}$")


def _occurrences(word: str, text: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text)]


def _mid_sentence(word: str, text: str) -> bool:
    """The word is written with its capital inside a sentence somewhere: after a word or a comma,
    not at a sentence's, paragraph's or quotation's start ("a déclaré Petit, porte-parole")."""
    for at in _occurrences(word, text):
        before = text[max(0, at - 40) : at].rstrip(" \t")
        if before and (before[-1].isalnum() or before[-1] in ",;:") and "\n" not in text[at - 1 : at]:
            return True
    return False


def _written_lower(word: str, text: str) -> bool:
    lower = word.lower()
    return lower != word and bool(_occurrences(lower, text))


def _titled(word: str, text: str, lang: Language) -> bool:
    """A title or a role noun stands before the word somewhere in the text, or before the given
    names it follows, or a known given name right before it ("Frau Brenneke", "Kämmerin Lotte
    Brenneke", "Lotte Brenneke")."""
    known = knowledge()
    for at in _occurrences(word, text):
        before = _WORDS_BEFORE.search(text[max(0, at - 80) : at])
        if before is None:
            continue
        words = before.group(0).split()
        if known.is_given_name(words[-1]) and words[-1][:1].isupper():
            return True
        if len(words) >= 2 and all(w[:1].isupper() and w.isalpha() for w in words[-2:]):
            return True  # "Betriebsrat Falko Brenner": a role, a given name and the surname
        for prev in reversed(words):
            folded = prev.casefold().rstrip(".")
            if known.is_title(prev) or folded in lang.titles:
                return True
            if _role_compound(prev, lang):
                return True
            if not prev[:1].isupper():
                break
    return False


def _in_longer_name(word: str, names: Sequence[Mention]) -> bool:
    return any(
        m.kind == "name" and m.name is not None and len(m.name.split()) > 1 and word in m.name.split() for m in names
    )


def _opens_a_surname(word: str, text: str) -> bool:
    """The particle stands before a capitalised word, or other particles and one ("Van der Berg")."""
    after = rf"(?:\s+(?:{NAME_PARTICLE})\b)*\s+[A-ZÀ-Þ]"
    return re.search(rf"(?<![\w’'-]){re.escape(word)}{after}", text) is not None


def _role_compound(word: str, lang: Language) -> bool:
    """A word that is a role noun of the language or, in a language that writes compounds as one
    word, ends in one ("Rechtsanwalt", "Finanzchef")."""
    if lang.role_nouns is None:
        return False
    folded = word.casefold().rstrip(".")
    tails = range(len(folded) - 4) if lang.noun_capitals else range(1)
    return any(lang.role_nouns.match(folded[i:]) for i in tails)


def _aged(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w’'-]){re.escape(word)},\s+\d{{1,3}},", text) is not None


def _in_spelled_body(word: str, text: str) -> bool:
    """A word of a body's name the text spells out before its acronym ("Harbour Council (HC)")
    or in brackets after it ("HC (Harbour Council)")."""
    if any(word in full.split() for full in defined_acronyms(text).values()):
        return True
    for m in _ACRONYM_THEN_NAME.finditer(text):
        words = m.group(2).split()
        initials = "".join(w[0] for w in words if w[:1].isupper())
        if word in words and initials == m.group(1):
            return True
    return False


def _after_article(word: str, text: str, code: str) -> bool:
    """The word stands right after one of the language's articles somewhere, or after an article
    and one lower-case word ("der Verein", "eine zweite Fassung"); an article after a comma may
    open a relative clause instead ("die Mail, die Brenneke schrieb")."""
    found = articles(code) or frozenset()
    for at in _occurrences(word, text):
        tokens = text[max(0, at - 60) : at].split()[-3:]
        for back in (1, 2):
            if len(tokens) < back or (back == 2 and not tokens[-1][:1].islower()):
                break
            article = tokens[-back]
            comma = len(tokens) > back and tokens[-back - 1].endswith(",")
            if article in found and not comma:
                return True
    return False


def is_name_word(word: str, text: str, names: Sequence[Mention], lang: Language) -> bool:
    """Whether a one-word name read in ``text`` is a name on the evidence the text gives.

    Args:
        word: the capitalised word read as a name.
        text: the article's text.
        names: the name mentions read in the text (longer names hold a surname).
        lang: the article's language.

    Returns:
        True when the text names someone by the word (see the module docstring).
    """
    if sum(ch.isupper() for i, ch in enumerate(word) if i == 0 or word[i - 1] != "-") > 1:
        return True  # an acronym or a name's inner capital ("RFA", "McKenna"): no common noun
    if word.casefold() in NAME_PARTICLE_WORDS and _opens_a_surname(word, text):
        return True  # "Van" of "Van der Berg": a surname's particle, written small inside a name
    if knowledge().is_title(word) or word.casefold() in lang.titles:
        return False  # "Frau", "Herr": a form of address, whose name comes after it
    if _in_longer_name(word, names) or _titled(word, text, lang) or _in_spelled_body(word, text):
        return True
    if not lang.noun_capitals and _mid_sentence(word, text):
        return True  # where nouns are written small, a capital inside a sentence is a name's ("Petit")
    if _written_lower(word, text):
        return False
    if not lang.noun_capitals:
        return True
    if _after_article(word, text, lang.code):
        return False
    # (a given name is no evidence here: the list holds words that are also nouns, "Tage")
    return _aged(word, text) or len(_occurrences(word, text)) >= _REPEATED


def _one_word_name(mention: Mention | None) -> str | None:
    if mention is None or mention.kind != "name" or mention.name is None:
        return None
    name = mention.name.strip()
    return name if name and len(name.split()) == 1 and name[:1].isupper() else None


def without_noun_names(analysis: Analysis, code: str) -> Analysis:
    """Drop the one-word names a foreign-language reading holds without evidence (in place).

    The dropped names no longer open an entity a pronoun could mean, and a quote whose speaker
    was such a word is left to what else names its speaker.

    Args:
        analysis: the foreign-language reading of an article.
        code: the article's language code.

    Returns:
        The same analysis.
    """
    lang = language(code)
    text = analysis.text
    names = analysis.names
    verdicts: dict[str, bool] = {}

    def keep(mention: Mention | None) -> bool:
        word = _one_word_name(mention)
        if word is None:
            return True
        if word not in verdicts:
            verdicts[word] = is_name_word(word, text, names, lang)
        return verdicts[word]

    analysis.names = [m for m in names if keep(m)]
    for c in analysis.candidates:
        if not keep(c.mention):
            c.mention = None
    return analysis
