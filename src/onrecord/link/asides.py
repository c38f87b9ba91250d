"""A partial wording spliced out of an aside: its words run from inside a contrast set off by
commas into the longer wording's own claim.

"The county, not just the operator, should pay every family" holds the words "the operator
should pay every family" in a row once its commas are dropped, but says that the county should
pay: the aside names a party the claim adds to or sets aside, not the claim's subject. A shorter
wording that opens with the aside's words and goes on past its closing comma is not a partial
quote of the longer one.
"""

from __future__ import annotations

import re

from onrecord.link.features import tokens

__all__ = ["opens_in_an_aside"]

# ", not just the operator,", "— not only Harlow —", ", never the board,"; English
_ASIDE = re.compile(
    r"[,(—–]\s*(?:not|never)\s+(?:(?:just|only|merely|simply|even)\s+)?([^,()—–.;:!?]{1,60}?)\s*[,)—–]",
    re.IGNORECASE,
)


def opens_in_an_aside(short: list[str], long_text: str) -> bool:
    """Whether ``short`` (a wording's words, lower-case) opens with the words of a contrastive
    aside of ``long_text`` and goes on with words of its own after them.

    Args:
        short: the shorter wording's words (:func:`~onrecord.link.features.tokens`).
        long_text: the longer wording.

    Returns:
        True for "the operator should pay" against "the county, not just the operator, should pay".
    """
    for m in _ASIDE.finditer(long_text):
        aside = tokens(m.group(1))
        if aside and len(short) > len(aside) and short[: len(aside)] == aside:
            return True
    return False
