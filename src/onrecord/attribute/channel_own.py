"""The article's own outlet named in a sentence of an article in another language than English,
in whatever case the grammar puts it: "розповіла «Чорноморському віснику»" (dative), "είπε στον
«Βραδινό Ταχυδρόμο»" (accusative), "Kıyı Haber'e" (a suffix), "uppger för Aftonkuriren" (the
masthead's short form). An outlet that writes about its own interview names itself, and the
sentence that does so gives the quote's channel: the outlet itself.

The name is matched word by word on each word's stem (the word less a case ending's length), so
no language's endings need listing.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["own_named_at"]

# a word of a sentence: a run of characters that are no space and no punctuation
_WORD = re.compile(r"[^\s\"“”„«»‘(),.;:!?/|—–\[\]{}]+")
# articles written before a masthead's name that its inflected mentions drop
_ARTICLE = frozenset({"the", "le", "la", "les", "el", "los", "las", "der", "die", "das", "il", "lo", "o", "a", "de"})
# the letters a case ending may add or replace at a word's end
_ENDING = 3
# how long a masthead's last word must be to stand for the whole name on its own ("Aftonkuriren")
_SHORT_FORM = 8
# a dateline's dash after the name ("BUSAN, Suara Samudra — ..."): the outlet's credit, no channel
_DATELINE_DASH = re.compile(r"^\s*[—–-]\s")


def _fold(word: str) -> str:
    """``word`` casefolded, its accents dropped."""
    decomposed = unicodedata.normalize("NFD", word.strip("'’").casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _stem(word: str) -> str:
    """The start of a folded word that its inflected forms keep."""
    return word if len(word) <= 4 else word[: max(3, len(word) - _ENDING)]


def _fits(token: str, word: str, whole: bool = False) -> bool:
    """Whether a sentence's (folded) token is a form of a name's (folded) word; ``whole``: the
    word must stand whole at the token's start, an ending only added ("Kustpostens"), as for a
    name of one word, whose stem alone may start another's ("Meridiano", "Meridiana")."""
    if whole:
        return token.startswith(word) and len(token) <= len(word) + _ENDING
    if len(word) <= 4:
        return token == word or (len(word) >= 3 and token.startswith(word) and len(token) <= len(word) + _ENDING)
    return token.startswith(_stem(word)) and len(token) <= len(word) + _ENDING


def _capitalised(token: str) -> bool:
    """Whether a token starts with a capital, or is of a script without capitals."""
    first = token[0]
    return first.isupper() or first.lower() == first.upper()


def _in_other_name(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the ``i``-th token stands between capitalised words, as one word of a longer name."""
    before = i > 0 and tokens[i - 1].group(0)[0].isupper() and tokens[i - 1].end() + 2 >= tokens[i].start()
    after = i + 1 < len(tokens) and tokens[i + 1].group(0)[0].isupper() and tokens[i].end() + 2 >= tokens[i + 1].start()
    return before or after


def own_named_at(sentence: str, own: str | None) -> list[int]:
    """Where ``sentence`` names the article's own outlet ``own`` in any grammatical case: every
    word of the name (less a leading article) in order, each word's stem starting a word of the
    sentence; or, for a name of several words, its last word alone when that is long enough to
    be the masthead's short form ("Aftonkuriren" of "Stockholms Aftonkuriren"). A name standing
    before a dateline's dash is the outlet's credit, not a channel.

    Args:
        sentence: the sentence, with quoted words blanked out.
        own: the article's own outlet.

    Returns:
        The offsets (in ``sentence``) where each mention starts.
    """
    if not own:
        return []
    words = [_fold(w) for w in _WORD.findall(own)]
    while len(words) > 1 and words[0] in _ARTICLE:
        words = words[1:]
    if not words or not any(len(w) >= 4 for w in words):
        return []
    tokens = list(_WORD.finditer(sentence))
    folded = [_fold(t.group(0)) for t in tokens]
    found: list[int] = []
    for i, token in enumerate(tokens):
        if not _capitalised(token.group(0)):
            continue
        end = i + len(words)
        single = len(words) == 1
        if end <= len(tokens) and all(_fits(folded[i + k], w, single) for k, w in enumerate(words)):
            last = tokens[end - 1]
        elif not single and len(words[-1]) >= _SHORT_FORM and _fits(folded[i], words[-1], whole=True):
            last = token
        else:
            continue
        if last is token and _in_other_name(tokens, i):
            continue  # one word of another name ("Consórcio Meridiano Ferrovias")
        if _DATELINE_DASH.match(sentence[last.end() :]):
            continue
        found.append(token.start())
    return found
