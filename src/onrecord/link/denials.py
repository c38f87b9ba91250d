"""A denial: the attribution that reports words as the speaker's rejection of them.

"Berg denied that the ambassador had been recalled", "Lavrov dismissed media reports that the two
governments were holding secret talks", "a démenti que …", "опроверг": the words reported are
what the speaker says is false. A denial and a report of the same words said as true are two
statements, however close their wordings (:mod:`onrecord.link.linker`).
"""

from __future__ import annotations

import re

__all__ = ["denies"]

# the verbs of denial, in the languages onrecord reads
_DENY = (
    r"(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:e|ed|es|ing)"
    r"|rebut(?:s|ted|ting)?|disput(?:e|ed|es|ing)|contradict(?:ed|s|ing)?|brushed\s+(?:off|aside)"
    r"|dementi(?:ert(?:e|en)?)?|bestr(?:itt|eitet|itten)|zurückgewiesen|démenti|démentait|nié|niait|rejeté"
    r"|neg(?:ó|aba|ou)|desminti(?:ó|u)|rechaz(?:ó|aba)|smentit[oa]|negat[oa]"
    r"|опроверг(?:ла|ли|ал|ает)?|отрица(?:л|ла|ли|ет)|отверг(?:ла|ли)?|спростува(?:в|ла|ли))"
)
# what a denial may be of before its reported clause: "media reports", "claims", "suggestions"
_OF = (
    r"(?:\s+(?:the|these|those|such|recent|earlier|media|press|news|newspaper|online|some|[\w-]+['’]s))*"
    r"\s+(?:reports?|claims?|suggestions?|allegations?|rumou?rs?|speculation|accusations?|charges?|assertions?"
    r"|talk|stories|story)"
)
_DENIAL = re.compile(r"\b" + _DENY + r"(?:" + _OF + r")?\s*$", re.I)
# what ends the attribution's clause before the cue: a sentence's end, a quotation mark, a colon
_EDGE = re.compile(r"[.!?:;\"“”„«»]")


def denies(before: str) -> bool:
    """Whether the attribution a quote's cue ends is a denial of the quote's words.

    Args:
        before: the text before the cue's end (the cue's last word ends it), never into the
            quote.

    Returns:
        True when the cue is a verb of denial ("denied that", "a démenti"), or a report, claim
        or suggestion such a verb governs ("dismissed media reports that").
    """
    edges = list(_EDGE.finditer(before))
    clause = before[edges[-1].end() :] if edges else before
    return _DENIAL.search(clause.rstrip(" ,")) is not None
