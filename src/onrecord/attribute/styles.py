"""Styles of honour that belong to a person's full name as the article writes it.

"Sheikh Hamad bin Rashid al-Qassimi", "Dato' Seri Harun bin Ismail Rahmat", "Sir Nigel Ashcombe":
unlike a form of address ("Mr", "Dr") or an office ("Senator"), such a style is part of how the
person is named in full. Extraction reads the name after it, as after any title; the styled form
is kept among the speaker's names, so that the corpus shows the person by it (a name that holds
another's words is the fuller one) while the spelling-independent key stays the bare name's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from onrecord.attribute.knowledge import knowledge

__all__ = ["is_styled", "styled_forms"]

# The longest style, in words ("Dato' Seri", "His Royal Highness").
_STYLE_WORDS = 3


def _one_style_before(text: str, at: int) -> str | None:
    """The capitalised style of honour written right before offset ``at`` ("Dato' Seri "), or None."""
    words = list(re.finditer(r"\S+", text[max(0, at - 40) : at]))
    if not words or not text[:at].endswith((" ", "\u00a0")):
        return None
    kb = knowledge()
    for n in range(min(_STYLE_WORDS, len(words)), 0, -1):
        run = words[-n:]
        written = [m.group() for m in run]
        if written[0][:1].isupper() and all(w[:1].isupper() for w in written) and kb.is_style(written):
            return " ".join(written)
    return None


def _style_before(text: str, at: int) -> str | None:
    """The styles of honour written right before offset ``at``, a royal style before a title
    of rank included ("His Highness Sheikh "): all of them as written, or None."""
    styles: list[str] = []
    while (style := _one_style_before(text, at)) is not None:
        styles.insert(0, style)
        at -= len(style) + 1
    return " ".join(styles) or None


def styled_forms(names: Iterable[str], text: str) -> set[str]:
    """The forms the text writes a style of honour before: "Sheikh Hamad bin Rashid al-Qassimi"
    for the name "Hamad bin Rashid al-Qassimi" of an article that writes so. Only full names (two
    words or more) count: a style before a given name alone ("Sheikh Hamad") or a title alone
    ("Lord Ardgowan") is no fuller form of the name."""
    found: set[str] = set()
    for name in names:
        if len(name.split()) < 2 or is_styled(name):
            continue
        for m in re.finditer(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", text):
            style = _style_before(text, m.start())
            if style:
                found.add(f"{style} {name}")
    return found


def is_styled(name: str) -> bool:
    """Whether a name opens with a style of honour ("Sheikh Mansour bin Tariq al-Hadrami")."""
    words = name.split()
    kb = knowledge()
    return any(len(words) > n and kb.is_style(words[:n]) for n in range(1, _STYLE_WORDS + 1))
