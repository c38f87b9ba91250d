"""The speaker of a quote in another language, told by a name the corpus knows.

A quote that attribution left with no speaker, in copy not in English (often a language onrecord
has no data for, in a script without capitals, where no cue word or capital tells the name), is
read once more against the corpus: the people other articles quote are known by name, and the
quote's own sentence, outside the quotation, transliterated (:func:`~onrecord.resolve.translit.
transliterate`), may write one of them as its script hears it (a Pashto sentence that spells a
Spanish name in Arabic letters before its verb of saying and «...»). When exactly one person of the
corpus is written there, given name and surname, the quote is theirs; two (a minister and the
deputy who read her statement) tell nothing. A surname of two parts ("Varrick-Oduvane") is written
alone as often as not after the full name, and is a name of its own here.

A quote whose sentence names nobody, and has only a few words of its own beside the quotation
(its pronoun and verb of saying, "hoy izy", "هن وڌيڪ چيو:"), is the next thing said by the person
the sentences before it, in its paragraph, name: when they name exactly one person of the corpus,
the quote is theirs. In a script with capitals, a capitalised word inside its sentence may be a
name the corpus does not know, and the quote stays unattributed.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from functools import lru_cache

from onrecord.resolve.translit import name_key, thai_letters, transliterate
from onrecord.store import articles as article_store
from onrecord.store import speakers as store

__all__ = ["lossy_script", "name_unattributed", "name_words", "named_in"]

_BOUNDARY = re.compile(r"[.!?։।॥۔؟።\n]\s")
# a quotation between marks, which a follow-on may come after ("«...» he said. «...» he added")
_QUOTATION = re.compile(r"«[^»]*»|“[^”]*”|„[^“”]*[“”]|\"[^\"]*\"|‘[^’]*’|「[^」]*」|『[^』]*』")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# letters one script writes where another writes a second: Arabic has no p, v or o (ب, ف, و),
# Devanagari writes v and w alike (व), and many scripts a z as s
_FOLD = str.maketrans("pvwzoq", "bffsak")
_VOWELS = re.compile(r"[aeiouyh]+")
_MIN_CONSONANTS = 4  # in the whole name ("Ana Volk"): two words must agree, among the few people of a corpus
_MIN_SURNAME = 2  # consonants a surname keeps for a final r left unwritten to count ("Keller", เคลเลอ)
# scripts that lose the letters _FOLD confuses: the abjads, Arabic script's and Hebrew's (no short
# vowels, no p, v or o), Thai's and Lao's (a final r unwritten), and Canadian syllabics' (no b, d,
# f, o; an r before a consonant written as a long vowel, Carl = ᑳᓪ "Kaal"); Greek, Cyrillic,
# Devanagari and Latin tell Volk from Falk
_LOSSY = re.compile(r"[\u0590-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u0e01-\u0e4e\u0e81-\u0ece\u1400-\u167f]")
_R_AS_VOWEL = re.compile(r"(?<=[aeiou])r(?=[^aeiouy])")
# in the scripts that keep them, only the letters every transliteration of a sound shares: w and v
# (Devanagari व), q and k, and z and s (a German s between vowels is a Cyrillic з)
_PLAIN_FOLD = str.maketrans("wqz", "vks")
# words at most between the name and the quotation it speaks: its verb of saying, a day, a title
# (a Telugu quotation, its quotative and the speaker's title before the name; a Russian name, then
# a relative clause with its verb of saying, then the quotation)
_NEAR = 6
# words beside a name that make its words read by another on its behalf, however far from the
# quotation (Pashto په استازیتوب, Arabic نيابة عن, English "on behalf of")
_ON_BEHALF = frozenset({"astazitub", "niaba", "balniaba", "behalf"})
_BEHALF_SPAN = 2
# words at most a quotation's sentence has of its own for it to be a follow-on ("hoy izy",
# "ବୋଲି ସେ କହିଛନ୍ତି"): a pronoun, a verb of saying, an adverb or two
_FOLLOW_ON = 5
_BARE = 2  # ... and a pronoun and its verb alone ("hoy izy")
# words before a name that make it the one answered, addressed or attacked, not the speaker, in
# their transliterated keys: in Arabic script على, إلى, Persian به, پاسخ (whose keys, "la", would be
# an article in Latin letters), elsewhere English to, against
_RECIPIENT_LOSSY = frozenset({"la", "ala", "ila", "bh", "pash"})
_RECIPIENT = frozenset({"to", "against"})
_RECIPIENT_BEFORE = 3  # words before the name (a title between: "ردا على وزير المالية توم براك")


def lossy_script(text: str) -> bool:
    """Whether ``text`` is in a script that writes a foreign name losing the letters ``_FOLD``
    confuses (Arabic script, Thai, Lao)."""
    return bool(_LOSSY.search(text))


def name_words(name: str) -> list[str]:
    """A name's key (:func:`~onrecord.resolve.translit.name_key`) as words, a hyphen's parts apart
    ("Anne-Marie Keller": anne, marie, keller)."""
    return name_key(name).replace("-", " ").split()


@lru_cache(maxsize=65536)  # (every sentence word is heard against every person of the corpus)
def _ear(word: str, lossy: bool = True) -> tuple[str, str]:
    """A name key's word as the ear keeps it across scripts: its first letter (any first vowel
    one) and its consonants, the letters scripts confuse folded (with ``lossy``, all of
    ``_FOLD``'s; else only w/v, q/k and z/s, so Volk is not Falk)."""
    word = re.sub(r"^[aeiouyj]+" if not lossy else r"^[aeiouy]+", "a", word.translate(_FOLD if lossy else _PLAIN_FOLD))
    return word[:1], _VOWELS.sub("", word)


def _same_word(a: tuple[str, str], b: tuple[str, str], last: bool) -> bool:
    """Whether two words sound alike: the same first letter and consonants; a surname (``last``)
    also when one has a final r the other's script leaves unwritten (Thai, Lao)."""
    if a == b:
        return True
    if not last or a[0] != b[0]:
        return False
    short, long_ = sorted((a[1], b[1]), key=len)
    return len(short) >= _MIN_SURNAME and long_.endswith("r") and long_[:-1] == short


def surname_parts(name: str) -> list[str]:
    """The parts of a name's surname when it has two or more joined by hyphens ("Varrick-Oduvane":
    varrick, oduvane), which is a name of its own; else none."""
    words = name.split()
    return name_words(words[-1]) if len(words) > 1 and "-" in words[-1].strip("-") else []


def named_at(name: str, words: list[str], lossy: bool = True) -> list[int]:
    """Where (the index of its first word) ``words`` (a transliterated sentence's words, in
    order) write the person's ``name`` (given name and surname, two words at least) as another
    script hears it, word for word; ``lossy``: as a script that loses the letters ``_FOLD``
    confuses (:func:`lossy_script`) hears it."""
    return _heard_at(name_words(name), words, lossy)


def _heard_at(name: list[str], words: list[str], lossy: bool) -> list[int]:
    """Where ``words`` write the key words ``name`` (two at least) as another script hears them."""
    parts = [_ear(w, lossy) for w in name]
    # Arabic script writes a v or w inside a word with the letter of its u (و), which reads as a
    # vowel there: the name is also heard with those letters as vowels (Kowal, ڪووال)
    alike = [_ear(w[:1] + re.sub("[vw]", "u", w[1:]), lossy) if lossy else p for w, p in zip(name, parts, strict=True)]
    # and with an r before a consonant that such a script writes as a long vowel left out (Carl, ᑳᓪ)
    rless = [_ear(_R_AS_VOWEL.sub("", w), lossy) for w in name] if lossy else parts
    if len(parts) < 2 or sum(len(c) for _, c in parts) < _MIN_CONSONANTS:
        return []
    heard = [_ear(w, lossy) for w in words]
    n = len(parts)
    starts = range(len(heard) - n + 1)
    return [
        i
        for i in starts
        if all(_same_word(parts[k], heard[i + k], k == n - 1) for k in range(n))
        or all(_same_word(alike[k], heard[i + k], k == n - 1) for k in range(n))
        or all(_same_word(rless[k], heard[i + k], k == n - 1) for k in range(n))
    ]


def named_in(name: str, words: list[str], lossy: bool = True) -> bool:
    """Whether ``words`` write the person's ``name`` (:func:`named_at`)."""
    return bool(named_at(name, words, lossy))


def speaks_quote(name: str, before: list[str], after: list[str], lossy: bool = True) -> bool:
    """Whether the person's ``name`` is written as the speaker of a quotation between ``before``
    and ``after`` (its sentence's words on either side): near it (at most ``_NEAR`` words
    between, its verb of saying) or beside a word that has another read it on its behalf, and
    not after a word that makes it the person answered or addressed ("ردا على وزير المالية X:
    «...»", "in reply to X")."""
    for side, words in ((0, before), (1, after)):
        for n, i in _written(name, words, lossy):
            if (_RECIPIENT_LOSSY if lossy else _RECIPIENT) & set(words[max(0, i - _RECIPIENT_BEFORE) : i]):
                continue
            between = i if side else len(words) - (i + n)
            beside = set(words[max(0, i - _BEHALF_SPAN) : i] + words[i + n : i + n + _BEHALF_SPAN])
            if between <= _NEAR or _ON_BEHALF & beside:
                return True
    return False


def _written(name: str, words: list[str], lossy: bool) -> list[tuple[int, int]]:
    """(how many words, where) ``words`` write the person's ``name`` in full or, when it has two
    parts, its surname alone (:func:`surname_parts`)."""
    full = name_words(name)
    found = [(len(full), i) for i in _heard_at(full, words, lossy)]
    surname = surname_parts(name)
    alone = [i for i in _heard_at(surname, words, lossy) if (len(full), i - len(full) + len(surname)) not in found]
    return found + [(len(surname), i) for i in alone]


def _keyed(text: str) -> list[str]:
    spelled = transliterate(thai_letters(text))
    return [key for w in _WORD.findall(spelled) for key in name_words(w)]


def _sentence_of(body: str, start: int, end: int) -> tuple[str, int, int]:
    """``body`` with the quotation ``body[start:end]`` blanked out, and where the sentence that
    holds it opens and closes."""
    masked = body[:start] + " " * (end - start) + body[end:]
    opening = max((m.end() for m in _BOUNDARY.finditer(masked, 0, start)), default=0)
    close = next((m.start() + 1 for m in _BOUNDARY.finditer(masked, end)), len(masked))
    return masked, opening, close


def _sentence_sides(body: str, start: int, end: int) -> tuple[list[str], list[str], bool]:
    """The words of the sentence that holds ``body[start:end]`` before and after the quotation,
    transliterated and keyed (:func:`~onrecord.resolve.translit.name_key`), and whether the
    sentence is in a script that loses letters (:func:`lossy_script`)."""
    masked, opening, close = _sentence_of(body, start, end)
    return _keyed(masked[opening:start]), _keyed(masked[end:close]), lossy_script(masked[opening:close])


def _paragraph_before(body: str, start: int, end: int) -> str | None:
    """The text of the quotation's paragraph before its sentence, when that sentence has only a
    few words of its own beside the quotation and, in a script with capitals, no capitalised word
    after its first (a name the corpus may not know); else None."""
    masked, opening, close = _sentence_of(body, start, end)
    own = (masked[opening:start] + " " + masked[end:close]).strip()
    words = [m[0] for m in map(_WORD.search, own.split()) if m]  # (an Indic vowel sign is no \w)
    if len(words) > _FOLLOW_ON or any(w[:1].isupper() for w in words[1:]):
        return None
    paragraph = masked.rfind("\n", 0, opening) + 1
    return masked[paragraph:opening] if masked[paragraph:opening].strip() else None


def _bare_follow_on(body: str, start: int, end: int) -> bool:
    """Whether the quotation's sentence has at most a pronoun and its verb of its own ("hoy izy",
    "he added"), which go on with the one the paragraph spoke of across sentences of the writer's
    that name no one ("He said on Tuesday that ..."); a noun of its own ("said the union's
    president") names another speaker."""
    masked, opening, close = _sentence_of(body, start, end)
    return len(_WORD.findall(masked[opening:start] + " " + masked[end:close])) <= _BARE


def _named_before(people: list[tuple[str, str]], body: str, start: int, end: int) -> set[str]:
    """The people of the corpus the quotation's paragraph names before its follow-on sentence
    (:func:`_paragraph_before`), in full or by a surname of two parts: those of the nearest
    sentence before it that names any, passing over only sentences that are quotations or a
    follow-on's few words. A sentence of the writer's own between ("the fishermen are angry")
    leaves the follow-on to a speaker the paragraph has not named."""
    before = _paragraph_before(body, start, end)
    if before is None:
        return set()
    quoted = [m.span() for m in _QUOTATION.finditer(before)]
    bare = _bare_follow_on(body, start, end)  # (the follow-on's, the same for every sentence before)
    at = len(before)
    while at > 0 and before[:at].strip():
        opening = max((m.end() for m in _BOUNDARY.finditer(before, 0, max(at - 1, 0))), default=0)
        sentence = before[opening:at]
        words, lossy = _keyed(sentence), lossy_script(sentence)
        named = {sid for sid, name in people if _written(name, words, lossy)}
        if named:
            return named
        own = "".join(" " if any(a <= i < b for a, b in quoted) else c for i, c in enumerate(sentence, opening))
        if len(_WORD.findall(own)) > _FOLLOW_ON and not bare:
            return set()
        at = opening
    return set()


def name_unattributed(conn: sqlite3.Connection, article_ids: Iterable[str]) -> set[str]:
    """Give each quote with no speaker, not in English, of these articles the one person of the
    corpus its sentence names (see the module's docstring).

    Returns:
        The ids of the speakers who gained a quote (their statements need linking again).
    """
    affected: set[str] = set()
    for article_id in article_ids:
        quotes = store.unattributed_quotes(conn, article_id)
        if not quotes:
            continue
        article = article_store.get_article(conn, article_id)
        people = store.people_in_corpus(conn, article_id)
        if article is None or not people:
            continue
        for quote_id, start, end in quotes:
            before, after, lossy = _sentence_sides(article.body, start, end)
            named = {sid for sid, name in people if speaks_quote(name, before, after, lossy)}
            if not named and not any(_written(name, before + after, lossy) for _, name in people):
                named = _named_before(people, article.body, start, end)
            if len(named) == 1:
                store.set_quote_speaker(conn, quote_id, *named)
                affected |= named
    return affected
