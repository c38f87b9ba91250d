"""The speaker of a quote in another language, told by a name the corpus knows.

A quote that attribution left with no speaker, in copy not in English (often a language onrecord
has no data for, in a script without capitals, where no cue word or capital tells the name), is
read once more against the corpus: the people other articles quote are known by name, and the
quote's own sentence, outside the quotation, transliterated (:func:`~onrecord.resolve.translit.
transliterate`), may write one of them as its script hears it (a Pashto sentence that spells a
Spanish name in Arabic letters before its verb of saying and «...»). When exactly one person of the
corpus is written there, given name and surname, the quote is theirs; two (a minister and the
deputy who read her statement) tell nothing.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

from onrecord.resolve.translit import name_key, thai_letters, transliterate
from onrecord.store import articles as article_store
from onrecord.store import speakers as store

__all__ = ["name_unattributed", "named_in"]

_BOUNDARY = re.compile(r"[.!?։।॥۔؟።\n]\s")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# letters one script writes where another writes a second: Arabic has no p, v or o (ب, ف, و),
# Devanagari writes v and w alike (व), and many scripts a z as s
_FOLD = str.maketrans("pvwzoq", "bffsak")
_VOWELS = re.compile(r"[aeiouyh]+")
_MIN_CONSONANTS = 4  # in the whole name ("Ana Mbeki"): two words must agree, among the few people of a corpus
_MIN_SURNAME = 2  # consonants a surname keeps for a final r left unwritten to count ("Keller", เคลเลอ)


def _ear(word: str) -> tuple[str, str]:
    """A name key's word as the ear keeps it across scripts: its first letter (any first vowel
    one) and its consonants, the letters scripts confuse folded."""
    word = re.sub(r"^[aeiouy]+", "a", word.translate(_FOLD))
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


def named_in(name: str, words: list[str]) -> bool:
    """Whether ``words`` (a transliterated sentence's words, in order) write the person's
    ``name`` (given name and surname, two words at least) as another script hears it, word for
    word."""
    parts = [_ear(w) for w in name_key(name).replace("-", " ").split()]
    if len(parts) < 2 or sum(len(c) for _, c in parts) < _MIN_CONSONANTS:
        return False
    heard = [_ear(w) for w in words]
    n = len(parts)
    starts = range(len(heard) - n + 1)
    return any(all(_same_word(parts[k], heard[i + k], k == n - 1) for k in range(n)) for i in starts)


def _sentence_words(body: str, start: int, end: int) -> list[str]:
    """The words of the sentence that holds ``body[start:end]``, the quotation itself left out,
    transliterated and keyed (:func:`~onrecord.resolve.translit.name_key`)."""
    masked = body[:start] + " " * (end - start) + body[end:]
    opening = max((m.end() for m in _BOUNDARY.finditer(masked, 0, start)), default=0)
    close = next((m.start() + 1 for m in _BOUNDARY.finditer(masked, end)), len(masked))
    spelled = transliterate(thai_letters(masked[opening:close]))
    return [key for w in _WORD.findall(spelled) for key in name_key(w).replace("-", " ").split()]


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
            words = _sentence_words(article.body, start, end)
            named = {sid for sid, name in people if named_in(name, words)}
            if len(named) == 1:
                store.set_quote_speaker(conn, quote_id, *named)
                affected |= named
    return affected
