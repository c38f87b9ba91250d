"""Names an English article writes only after "the": a body or a place, never a person.

English writes a person's name bare ("Okafor said"), and a body's or a place's short name after
the definite article ("the Ministry", "the Pentagon", "The Tarn Basin is shallow", "the Harwick
Fire Database"). A speaker the parse took for a person, whose name no given name opens and no
pronoun gave a gender, is a body when the article writes every one of its appearances right
after "the" ("The Admiralty insisted ...; the Admiralty claimed ..."). One bare appearance
("Halvorsen said") keeps the person.

A business is written bare ("Quillon said"), but the article gives it away by what it has or how
it is named: its shares, customers, staff or chief executive ("Quillon's shares fell", "Quillon
CEO Mara Lind"), a company's suffix ("Quillon Inc."), or a sentence that calls it a company
("Quillon, the company that ..."). A person's name owns none of these (:func:`named_as_business`).
"""

from __future__ import annotations

import re

__all__ = ["always_after_the", "named_as_business"]

_THE = re.compile(r"(?:^|(?<=\W))[Tt]he\s+$")


def always_after_the(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` at least once and every time right after "the".

    Args:
        name: a speaker's name as the article writes it ("Pentagon").
        text: the article's text.

    Returns:
        True when each appearance of the name (as whole words, in any possessive form) follows
        "the"/"The" directly.
    """
    if not name.strip():
        return False
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w-])")
    seen = False
    for m in pattern.finditer(text):
        if not _THE.search(text[max(0, m.start() - 8) : m.start()]):
            return False
        seen = True
    return seen


# What only a business has, after its name's possessive ("Quillon's shares", "Quillon's new
# headquarters") or its bare name ("Quillon CEO Mara Lind", "Quillon shares fell"): no person's
# people or things (a person has a spokesman, a staff and a board too, so those are left out)
# (not what a person has too: "Whaanga's plants", workers, investors, stock, products, sales)
_OWNED = (
    r"ceo|chief[^\S\n]+executive|co-?founder|founders?|employees|shareholders|customers|subscribers|shares|"
    r"headquarters|factory|factories|subsidiary|subsidiaries|revenues?|earnings|profits?|market[^\S\n]+value|stores"
)
# A company's suffix after its name ("Quillon Inc.", "Quillon, Ltd")
_SUFFIX = r",?[^\S\n]+(?:Inc|Corp|Corporation|Co|Ltd|LLC|plc|PLC|AG|SE|SA|GmbH|NV|Holdings)\b"
# A sentence calling the name a company ("Quillon, the company that ...", "Quillon is a firm")
_CALLED = (
    r"(?:,[^\S\n]+|[^\S\n]+(?:is|was)[^\S\n]+)(?:the|a|an)[^\S\n]+"
    # words describing the noun, not a phrase of its own ("a brand ambassador for the label")
    r"(?:(?!(?:for|of|to|in|at|on|with|by|from|and|or)\b)[\w’'-]+[^\S\n]+){0,4}?"
    r"(?:company|firm|startup|carmaker|automaker|retailer|manufacturer|conglomerate|label|studio|chain|brand)\b"
    # the noun ends its phrase: "a firm believer", "a studio potter", "a brand ambassador" are people
    r"(?![^\S\n]+(?!(?:that|which|whose|based|in|of|with|from|founded|known|owned|and|or|for|to|since)\b)[a-z])"
)


def named_as_business(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` as a business's: with what only a business has after it
    (its possessive or its bare name before "shares", "customers", "CEO", ...), with a company's
    suffix, or called a company right after it.

    Args:
        name: a speaker's name as the article writes it ("Quillon").
        text: the article's text.

    Returns:
        True when one appearance of the name is written so.
    """
    if not name.strip():
        return False
    own = rf"(?:['’]s)?[^\S\n]+(?:(?:new|former|top|largest|biggest|first|own|chief)[^\S\n]+)?(?i:{_OWNED})\b"
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(name) + rf"(?:{own}|{_SUFFIX}|{_CALLED})")
    return pattern.search(text) is not None
