"""Fractions a wording writes in words: "a third of the homes", "two-thirds", "three fifths".

A fraction is a figure of its claim as a percentage is: "a third of the homes will be rebuilt"
and "two-thirds of the homes will be rebuilt" are two claims. Read as counts, "two-thirds" is
two of something called "thirds" and "a third" no figure at all, so the two looked alike. A
singular fraction is read only where it cannot be an ordinal: after "a", "an" or "one", with
"of" after it or nothing ("a third of the homes", "about one fifth"; not "a third time"); a
plural one after a count ("two-thirds"; "three quarters" with "of" after it or nothing, as
"two quarters" may be half a year). "Half" and "a quarter" are read with
the other number words. A fraction is compared only with another fraction: "a third of the
homes" and "33 percent of the homes" give the same share in two forms.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["FRACTION", "fractions_differ", "fractions_in"]

FRACTION = "/"
"""What marks a figure as a fraction ("2/3")."""

_SINGULAR = {"third": 3, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_PLURAL = {
    "thirds": 3,
    "quarters": 4,
    "fifths": 5,
    "sixths": 6,
    "sevenths": 7,
    "eighths": 8,
    "ninths": 9,
    "tenths": 10,
}
_ONE = frozenset({"a", "an", "one"})
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def fractions_in(words: Sequence[str], language: str | None) -> list[tuple[int, str]]:
    """The fractions an English wording writes in words, each as (the index of its count's
    word in ``words``, the fraction as "numerator/denominator").

    Args:
        words: the wording's words in order, lower-case, hyphenated words split ("two", "thirds").
        language: its language; only English is read.

    Returns:
        One (index, fraction) for each fraction, in order; empty for another language.
    """
    if (language or "en") != "en":
        return []
    out = []
    for k in range(1, len(words)):
        before, word = words[k - 1], words[k]
        if word in _SINGULAR and before in _ONE and (k + 1 == len(words) or words[k + 1] == "of"):
            out.append((k - 1, f"1{FRACTION}{_SINGULAR[word]}"))
        elif word in _PLURAL and (before in _COUNTS or before.isdigit()):
            if word == "quarters" and not (k + 1 == len(words) or words[k + 1] == "of"):
                continue  # "two quarters of growth" may be two quarters of a year
            count = _COUNTS.get(before) or int(before)
            if 0 < count < _PLURAL[word]:
                out.append((k - 1, f"{count}{FRACTION}{_PLURAL[word]}"))
    return out


def fractions_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two wordings each give fractions, none in common: two shares. A fraction is
    compared only with a fraction (another form of the same share, "a third" / "33 percent", is
    no other figure)."""
    return bool(a) and bool(b) and not a & b
