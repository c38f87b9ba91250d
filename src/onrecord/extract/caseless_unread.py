"""The speaker of a quotation in a script without capitals, in a language onrecord has no data for.

No capital tells a name there and no cue word tells a subject, so the article itself is read: the
words around a name (the case marker, the verb of saying, "the minister") recur in most sentences,
a name does not. The name is the first rare word of the quotation's sentence, outside quotation
marks, written right after a given name known by its transliteration (Hindi "... बीट्रिस कलुंगा ने
... कहा"), or another case of a word first written so ("कलुंगा ने कहा" later; "გელოვანმა" after
"თამარ გელოვანი"), recorded with that given name; a rare word never written after a given name (a
place, a country) is no one's name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from onrecord.attribute.knowledge import knowledge
from onrecord.dates import MONTHS, WEEKDAYS
from onrecord.extract.caseless_order import WORD
from onrecord.extract.marks import QuoteSpan
from onrecord.extract.mentions import Mention
from onrecord.extract.sentences import Sentence
from onrecord.resolve.translit import transliterate

__all__ = ["ArticleWords", "article_words", "caseless_text", "recurring_name"]

# letters of the scripts with capitals (Latin, Greek, Cyrillic, Armenian): a text mostly in them is
# read by its capitals
_CASED = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0531-\u0588]")
_MIN_LETTERS = 2  # a word of one letter is a particle
_MIN_GIVEN = 4  # letters of a given name's transliteration ("Ko" of "को" is a postposition too)
_FUNCTION_SHARE = 4  # a word in more than one sentence in this many is a function word, a cue or a role
_ENDING = 3  # letters of a case ending fused to a name (Georgian "-მა", Tamil "-இன்")
_MIN_STEM = 4  # letters a surname's stem keeps when its case ending comes off


def caseless_text(text: str) -> bool:
    """Whether most of the letters of ``text`` are of scripts without capitals."""
    letters = sum(1 for c in text if c.isalpha())
    return letters > 0 and len(_CASED.findall(text)) * 2 < letters


@dataclass(frozen=True, slots=True)
class ArticleWords:
    """The article's words outside quotation marks: ``counts`` (how often each is written),
    ``spread`` (in how many sentences), ``first`` (offsets of its first mention), ``sentences``."""

    counts: Counter[str]
    spread: Counter[str]
    first: dict[str, tuple[int, int]]
    sentences: int


def _outside(spans: list[tuple[int, int]], at: int) -> bool:
    return not any(a <= at < b for a, b in spans)


def _word(word: str) -> bool:
    return len(word) >= _MIN_LETTERS and word[0].isalpha() and not _CASED.match(word)


def article_words(text: str, sentences: list[Sentence], quotes: list[QuoteSpan]) -> ArticleWords:
    """Count the words of ``text`` outside ``quotes`` (see :class:`ArticleWords`)."""
    quoted = [(q.open, q.close) for q in quotes]
    counts: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    for sentence in sentences:
        seen = set()
        for m in WORD.finditer(text, sentence.start, sentence.end):
            if not _outside(quoted, m.start()) or not _word(m.group()):
                continue
            counts[m.group()] += 1
            seen.add(m.group())
            first.setdefault(m.group(), (m.start(), m.end()))
        spread.update(seen)
    return ArticleWords(counts, spread, first, len(sentences))


def _rare(words: ArticleWords, word: str) -> bool:
    """A word in few sentences: no function word, cue or role noun."""
    return words.spread[word] * _FUNCTION_SHARE <= max(words.sentences, _FUNCTION_SHARE)


def _given_before(text: str, start: int, words: ArticleWords) -> str | None:
    """The given name right before offset ``start`` (a word whose transliteration is a given name
    onrecord knows, with nothing but a space between), or None."""
    before = list(WORD.finditer(text, max(0, start - 40), start))
    if not before or text[before[-1].end() : start].strip():
        return None  # a mark or a dash between: no given name
    given = before[-1].group()
    if _AFTER_QUOTATION.search(text, max(0, before[-1].start() - 4), before[-1].start()):
        return None  # "“...,” යැයි": the word that closes a quotation (its quotative), no name
    spelled = transliterate(given)
    if not _word(given) or not _rare(words, given) or len(spelled) < _MIN_GIVEN:
        return None  # "को" ("Ko"): a postposition, in most sentences
    # a script that writes a long vowel twice over writes a foreign name's vowels long ("කීරා", Kiiraa)
    short = re.sub(r"([aeiou])\1", r"\1", spelled)
    if not (knowledge().is_given_name(spelled) or knowledge().is_given_name(short)):
        return None
    if spelled.casefold() in MONTHS or spelled.casefold() in WEEKDAYS or _short_month(short):
        return None  # "ජූලි" (Juuli, Juli): a month's name, though a given name too
    return given


_AFTER_QUOTATION = re.compile(r"[”\"»’]\s*$")
_SHORT_MONTH = 2  # consonants of a month's name that is a given name as often ("Juli", "Mai")


def _short_month(spelled: str) -> bool:
    """Whether a name written with its long vowels shortened is a month's short name ("Juli"; not
    Hausa "Maris", March, a longer name, which is "Maris" the given name as often)."""
    return spelled.casefold() in MONTHS and len(re.sub(r"[aeiouyh]", "", spelled.casefold())) <= _SHORT_MONTH


def recurring_name(
    text: str, sentence: Sentence, quotes: list[QuoteSpan], words: ArticleWords
) -> Mention | None:
    """The person a quotation's sentence names (see the module's docstring), or None."""
    quoted = [(q.open, q.close) for q in quotes]
    for m in WORD.finditer(text, sentence.start, sentence.end):
        word = m.group()
        if not _outside(quoted, m.start()) or not _word(word) or not _rare(words, word):
            continue
        given = _given_before(text, m.start(), words)
        form = word
        if given is None:
            # the name's first mention, whole, in another case maybe ("გელოვანმა" after "თამარ გელოვანი")
            for other in _forms(words, word):
                given = _given_before(text, words.first[other][0], words)
                if given is not None:
                    form = other
                    break
        if given is None or given == form:
            continue
        start = m.start() - len(given) - 1 if text[m.start() - len(given) - 1 : m.start() - 1] == given else m.start()
        return Mention(start, m.end(), text[start : m.end()], "name", name=f"{given} {form}", number="sg")
    return None


def _forms(words: ArticleWords, word: str) -> list[str]:
    """The article's words that are ``word`` or another case of it (the same stem, an ending of
    up to ``_ENDING`` letters each), first mention first."""
    stem = word[: max(_MIN_STEM, len(word) - _ENDING)]
    found = [w for w in words.first if w.startswith(stem) and len(w) - len(stem) <= _ENDING]
    return sorted(found, key=lambda w: words.first[w][0])
