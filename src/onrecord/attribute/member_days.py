"""The day a body's spokesperson or officer speaks on, when the sentence before dated the body's
own statement: "The Marsh Quay Board said on Tuesday that the quay was safe. Its chief
engineer, Ola Brandt, said repairs would take a week." The officer speaks for the body on the
occasion the sentence before tells of; so does "A spokeswoman for the board said ..." and
"board president Ola Brandt said ...".

Only the sentence right after the dated one counts (in its paragraph, or opening the next: a
news story's paragraphs are often one sentence each), and only a sentence whose speaker is named
as the body's own ("Its", "their", a role "for" or "of" the body, the body's name before the
role): any other person in that sentence may speak of another day. The officer's later undated
words go on with that day ("..., she told a briefing").
"""

from __future__ import annotations

import re

__all__ = ["later_occasion", "speaks_for"]

# the roles by which one speaks for a body ("its chair", "a spokesman for", "the agency's director")
_ROLES = (
    r"(?:spokes(?:wo)?m[ae]n|spokesperson|spokespeople|representatives?|officials?|chair(?:wo)?m[ae]n|chair(?:person)?"
    r"|president|vice-president|director(?:-general)?|director\s+general|head|chief(?:\s+executive)?|ceo"
    r"|(?:general\s+)?secretary(?:-general)?|secretary\s+general|commissioner|governor|leader|coordinator"
    r"|managing\s+director|chief\s+\w+\s+officer|(?:deputy|senior|executive|acting)\s+[\w-]+)"
)
# "Its chief engineer, ...", "Their spokeswoman said": the body of the sentence before
_ITS = re.compile(r"^\W*(?P<its>Its|Their)\s+(?:[\w-]+\s+){0,2}?" + _ROLES + r"\b", re.I)
# a plural noun the sentence before names ("angering local fishermen", "the residents"): "Their
# leader" may be theirs, not the body's
_PLURAL = re.compile(
    r"\b(?:[a-z]+(?<!ss)(?<!us)(?<!is)(?<!ys)(?<!ics)s|[a-z]*(?:men|people|children|staff|police|crew))\b"
)
_NOT_PLURAL = {
    "was",
    "has",
    "its",
    "this",
    "thus",
    "as",
    "yes",
    "his",
    "hers",
    "ours",
    "theirs",
    "yours",
    "does",
    "less",
    "always",
    "perhaps",
    "news",
    "since",
    "whereas",
    "besides",
    "across",
}
# the officer's own occasion, other than the body's: "later said at a council hearing", "said after
# the second collapse", "when asked", "at a news conference" (the words outside the quoted ones)
_OWN_OCCASION = re.compile(
    r"\b(?:later|afterwards|since|subsequently)\b"
    r"|\b(?:after|before|when|once|following)\s+(?!that\b)\w+"
    r"|\b(?:at|during|in)\s+(?:a|an|the|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:hearing|meeting|briefing|conference|rally|interview|debate|forum|summit|session|inquiry)s?\b",
    re.I,
)


def later_occasion(sentence: str) -> bool:
    """Whether the quote's sentence (its quoted words blanked out) tells of the officer's own
    occasion ("later said at a council hearing", "said after the second collapse"), another than
    the one the sentence before dated."""
    return _OWN_OCCASION.search(sentence) is not None


def _forms(name: str, forms: set[str]) -> list[str]:
    """The ways a body's name may come back: itself, its other forms, and its last word ("the
    Pellworth Pharmacists' Guild": "guild"), longest first."""
    words = [w for w in re.findall(r"[\w'’-]+", name) if len(w) > 2]
    out = {name, *forms}
    if words:
        out.add(words[-1])
    initials = "".join(w[0] for w in words if w[0].isupper())
    if len(initials) > 1:
        out.add(initials)  # "the Inland Rail Safety Board": "the IRSB"
    return sorted((f for f in out if f and len(f) > 1), key=len, reverse=True)


def speaks_for(sentence: str, name: str, forms: set[str] | None = None, before: str = "") -> bool:
    """Whether ``sentence`` names its speaker as an officer or spokesperson of the body ``name``.

    Args:
        sentence: the quote's sentence, its quoted words blanked out.
        name: the body's name ("Port Waters Regulatory Authority").
        forms: the body's other names in the article ("PWRA").
        before: the sentence that dated the body's statement ("Their leader" is not the body's
            when it names a plural noun besides the body: "..., angering local fishermen").

    Returns:
        True for "Its director-general, ..., said", "A spokeswoman for the PWRA said", "PWRA
        chair Ana Roth said", "the authority's chief executive said"; False otherwise.
    """
    its = _ITS.search(sentence)
    if its:
        if its.group("its").lower() == "its":
            return True
        rest = before.replace(name, " ")
        return not any(w not in _NOT_PLURAL for w in _PLURAL.findall(rest))
    alternatives = "|".join(re.escape(f) for f in _forms(name, forms or set()))
    # not "a spokeswoman for the authority's fiercest critic", "the chairman of the board of Hallan
    # Dairies": another body, the one named owning or owned
    of_body = re.compile(
        rf"\b{_ROLES}\s+(?:for|of|at)\s+(?:the\s+)?(?:{alternatives})\b(?!['’]s?\b)(?!\s+of\s+[A-Z])"
        rf"|\b(?:{alternatives})(?:['’]s?)?\s+{_ROLES}\b",
        re.I,
    )
    return of_body.search(sentence) is not None
