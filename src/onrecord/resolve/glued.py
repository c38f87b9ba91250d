"""A person's name with the channel or employer written onto it, in copy not in English.

A language that marks the listener or the owner with a case ending writes the outlet a person
spoke to, or the body they work for, right after their name, capitalised as the name is: Uzbek
"Ylva Tenvold Fellpost gazetasiga" (to the Fellpost paper), Czech "Markéta Zelinková Hlasu"
(to the Voice), Basque "Maite Sarasketa Tarvelby Portuko" (of Tarvelby Port). Read alone, the
run of capitalised words is one long name, and across the corpus it becomes the name of the person
every English report names without it. The words that begin as a channel of the corpus (an
outlet the corpus reads, or a body the person's roles name elsewhere) are cut off, where the
name before them is a person's in full: a given name and a surname at least.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from onrecord.attribute.knowledge import knowledge

__all__ = ["channel_words", "masthead", "without_glued_channel"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ENDING = 4
"""The most letters a case ending adds to a channel's word ("Fellpost" -> "Fellpost'ga")."""
_LEAST = 4
"""The shortest channel word compared (an outlet's "The", "FM" or "Post" tells nothing)."""


def channel_words(names: Iterable[str]) -> frozenset[str]:
    """The capitalised words of channels' and bodies' names ("Aldwick Business Wire" ->
    aldwick, business, wire), casefolded, each of :data:`_LEAST` letters or more."""
    return frozenset(
        w.casefold() for name in names for w in _WORD.findall(name) if w[:1].isupper() and len(w) >= _LEAST
    )


_MASTHEAD_WORDS = 4


def masthead(text: str) -> str | None:
    """The first line of an article's text when it is a masthead: a few words, every letter a
    capital ("MORVIK TIDENDE"), which outlet reading may have left unread."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    letters = [c for c in first if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters) or len(first.split()) > _MASTHEAD_WORDS:
        return None
    return first.title()


_GLUED_LEAST = 5
"""The shortest channel word taken for one written onto a name: a shorter one ("Nord", "Post")
opens many a surname ("Nordberg", "Postmann")."""


def _begins_as(word: str, channels: Collection[str]) -> bool:
    """Whether a written word is a channel's word of :data:`_GLUED_LEAST` letters or more, whole
    or with a case ending."""
    folded = word.casefold()
    for c in channels:
        if len(c) < _GLUED_LEAST:
            continue
        # the word whole, or without its last letter (a case ending may replace a final vowel)
        stem = c if len(c) <= _LEAST + 1 else c[:-1]
        if folded.startswith(stem) and len(folded) <= len(c) + _ENDING:
            return True
    return False


def without_glued_channel(name: str, channels: Collection[str]) -> str:
    """The person's name without the channel's words written onto its end.

    Args:
        name: a person's name as an article not in English writes it.
        channels: :func:`channel_words` of the corpus's outlets and of the bodies named in roles.

    Returns:
        The name up to the first word, after a given name and a surname, that begins as a word of
        a channel ("Ylva Tenvold Fellpost" -> "Ylva Tenvold"); the name as given otherwise.
    """
    words = name.split()
    if len(words) < 3 or not knowledge().is_given_name(words[0]):
        return name
    for k in range(2, len(words)):
        if words[k][:1].isupper() and _begins_as(words[k], channels):
            return " ".join(words[:k])
    return name
