"""The names a wording sets aside inside itself, and the clash they make with another wording.

A speaker who says where or who is concerned often names, in the same breath, the place or
party that is not: "the final goes ahead at Harlow Fields in Tannick, not Brissel", "not Brissel
but Tannick", "in Tannick rather than Brissel", "instead of the Corran Trust". The name set aside
is no shared evidence with a wording about that other place or party ("the final moves to
Brissel" is another statement): :func:`aside_clash` tells the two apart, whatever else they share.
A wording that sets the same name aside as well ("Tannick, not Brissel, he said") is no clash.

Only the names that open what is set aside are read (capitalised words, not at a sentence's
start, after any article or preposition): "not in the morning but in the evening" sets aside no
party, nor "peace, not a truce with Carrow" Carrow. "Not just Y", "not only Y", "not even Y" add Y rather than set
it aside, and are skipped.
"""

from __future__ import annotations

import re

__all__ = ["aside_clash", "names_set_aside", "set_aside_spans"]

# what follows a contrast: up to four words, to the next punctuation
_SPAN = r"((?:[^\s,.;:!?—–\"“”«»()]+\s+){0,3}[^\s,.;:!?—–\"“”«»()]+)"
# adverbs after "not" that add rather than set aside ("not just the operator")
_ADDING = r"(?!(?:just|only|merely|simply|even|least|yet|always|necessarily|nur|seulement|solo|sólo|só)\b)"
_PATTERNS = (
    # "in Tannick, not Brissel"; "Tannick — and not Brissel" (not "no": "and no Tannick family"
    # is a determiner, and the Spanish "no" before a name is as often a verb's negation)
    re.compile(rf"[,;—–]\s*(?:and\s+|et\s+|e\s+|y\s+|und\s+)?(?:not|nicht|non|pas|não)\s+{_ADDING}{_SPAN}", re.I),
    # "not Brissel but Tannick", "not in Brissel, but in Tannick"
    re.compile(rf"\b(?:not|nicht|pas|non|não)\s+{_ADDING}{_SPAN},?\s+(?:but|sondern|mais|ma|mas|sino)\b", re.I),
    # "in Tannick rather than Brissel", "instead of the Corran Trust"
    re.compile(
        rf"\b(?:rather than|instead of|in place of|(?:an)?statt|anstelle von|au lieu de|plutôt que|en lugar de"
        rf"|en vez de|invece di|em vez de|em lugar de)\s+{_SPAN}",
        re.I,
    ),
)
_NAME = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+[\"“”«»(]?)$")
# capitalised function words that open a span and name nothing
_NOT_NAMES = frozenset(
    "the a an in at on of for to from by with this that these those our their his her its my your we i "
    "der die das den dem des le la les l' el los las il lo gli o os as".split()
)


def set_aside_spans(text: str) -> list[str]:
    """What a wording sets aside by a contrast, as written: up to four words after ", not",
    "not ... but" and "rather than" ("closed for four months, not six weeks": "six weeks")."""
    return [m.group(1) for rx in _PATTERNS for m in rx.finditer(text)]


def names_set_aside(text: str) -> frozenset[str]:
    """The names (lower-case words) a wording sets aside by a contrast inside it: "the final
    goes ahead at Harlow Fields in Tannick, not Brissel" sets aside "brissel"."""
    out: set[str] = set()
    spans: list[tuple[int, int]] = []
    for rx in _PATTERNS:
        for m in rx.finditer(text):
            spans.append(m.span(1))
            for w in _NAME.finditer(m.group(1)):
                word = w.group(0)
                if word.casefold() in _NOT_NAMES:
                    continue  # "not in Brissel", "not the Wyle Valley"
                if not word[0].isupper() or _SENTENCE_START.search(text[: m.start(1) + w.start()]):
                    break  # "not a ceasefire with Ukraine" sets aside the ceasefire, not Ukraine
                out.add(_bare(word))
    if not out:
        return frozenset()
    # a word the wording also names outside what it sets aside is no name set aside: "at Harlow
    # Park, not Brissel Park" sets aside Brissel, not "park"
    elsewhere = {
        _bare(w.group(0))
        for w in _NAME.finditer(text)
        if w.group(0)[0].isupper() and not any(a <= w.start() < b for a, b in spans)
    }
    return frozenset(out - elsewhere)


def _bare(word: str) -> str:
    """A name as compared: lower-case, without a possessive ending."""
    return word.casefold().removesuffix("'s").removesuffix("’s").rstrip("'’")


def aside_clash(
    aside_a: frozenset[str], names_a: frozenset[str], aside_b: frozenset[str], names_b: frozenset[str]
) -> bool:
    """Whether one wording sets aside a name the other gives as concerned (and does not set aside
    itself): "at Harlow Fields in Tannick, not Brissel" and "the final moves to Brissel".

    Args:
        aside_a: the names wording a sets aside (:func:`names_set_aside`).
        names_a: the names wording a gives (lower-case, a possessive ending allowed).
        aside_b: the same for wording b.
        names_b: the same for wording b.
    """
    if not aside_a and not aside_b:
        return False
    given_a, given_b = {_bare(w) for w in names_a} - aside_a, {_bare(w) for w in names_b} - aside_b
    return bool(aside_a & given_b or aside_b & given_a)
