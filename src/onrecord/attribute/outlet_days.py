"""The day of words an outlet relays from the very exchange it had with their speaker.

"Ivo Marsh told the Fenland Post on Thursday that the ferry would run. ... 'We were caught
out,' the Fenland Post quoted him as saying.": words an outlet quotes are second-hand, of the
outlet's report and no day of their own, unless the article said earlier that the same speaker
spoke to that same outlet on a named day; then the outlet quotes its own exchange, and the words
are of that day. An outlet the speaker spoke to on no named day ("told the Post"), another
outlet than the one of the dated exchange, an outlet that only reported the dated words ("said on
Thursday ..., according to the Post"), a dated exchange told only later in the article, or one
another speaker's words stand after, dates nothing.
"""

from __future__ import annotations

import re

__all__ = ["OutletDays", "one_outlet", "told_outlet"]

# Words that name no outlet of their own: an article, "the", "of".
_SMALL = frozenset({"the", "a", "an", "of", "le", "la", "el", "de", "da", "do", "der", "die", "das"})
_WORD = re.compile(r"[\w&'’-]+")


def _words(name: str) -> list[str]:
    return [w for w in (m.group(0).casefold() for m in _WORD.finditer(name)) if w not in _SMALL]


def one_outlet(a: str, b: str) -> bool:
    """Whether two names of a channel name one outlet: the same words ("the Fenland Post",
    "Fenland Post"), the short form's words all in the long one ("the Post", "Fenland Post"), or
    one the initials of the other ("FNS", "Fenland News Service"); not two outlets that share a
    word only ("Coast Wire", "Harbour Wire")."""
    left, right = _words(a), _words(b)
    if not left or not right:
        return False
    short, long = (left, right) if len(left) <= len(right) else (right, left)
    if set(short) <= set(long):
        return True
    if len(short) == 1 and len(long) > 1:
        return short[0] == "".join(w[0] for w in long)
    return False


# A cue of words said to someone ("told", "said to", "spoke to", "in an interview with").
_TO = re.compile(r"\b(?:told|tells|telling|(?:said|spoke|speaking|talked|talking|wrote)\s+to|interview\s+with)$", re.I)
# What may stand between such a cue and the outlet's name: an article, "the daily", "the agency".
_BETWEEN = re.compile(r"^\s*(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,2}$")


def told_outlet(cue: str, after: str, outlet: str) -> bool:
    """Whether a cue is words said to the outlet named just after it ("told the Fenland Post",
    "said to Radio Tarn"): an exchange with it, not a report it made ("according to the Post").

    Args:
        cue: the cue's words ("told").
        after: the text right after the cue.
        outlet: the outlet's name as the quote's channel reads it (the cue may write its initials
            instead: "told MPA" of the Meridian Press Agency).
    """
    if not _TO.search(cue.strip()):
        return False
    at = after.find(outlet)
    if at < 0:
        named = re.match(r"\s*(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,2}([A-Z]{2,6})\b", after)
        return named is not None and one_outlet(named.group(1), outlet)
    return _BETWEEN.match(after[:at]) is not None


class OutletDays:
    """The named days on which the speaker of an article's latest quotes spoke to an outlet.

    Another speaker's words between end the exchange: "Ivo Marsh told the Post on Thursday ...
    A ferry hand told the Gazette ... The Post quoted Marsh as saying ..." leaves the last words
    undated (the outlet may be quoting any of its reports)."""

    def __init__(self) -> None:
        self._told: dict[str, list[tuple[str, str]]] = {}

    def heard(self, speaker: str) -> None:
        """Note a quote of ``speaker``: the exchanges of any other speaker are over."""
        for other in [s for s in self._told if s != speaker]:
            del self._told[other]

    def spoke(self, speaker: str, outlet: str, day: str) -> None:
        """Note that ``speaker`` spoke to ``outlet`` on ``day`` (ISO), as a quote stated it."""
        self.heard(speaker)
        self._told.setdefault(speaker, []).append((outlet, day))

    def relayed_day(self, speaker: str, outlet: str) -> str | None:
        """The day of the last exchange read so far between ``speaker`` and ``outlet``, or None
        when the article named no day on which the speaker spoke to that outlet."""
        for told, day in reversed(self._told.get(speaker, [])):
            if one_outlet(told, outlet):
                return day
        return None
