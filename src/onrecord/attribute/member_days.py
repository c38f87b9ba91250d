"""The day a body's spokesperson or officer speaks on, when the sentence before dated the body's
own statement: "The Harbour Authority said on Tuesday that the quay was safe. Its chief
engineer, Ola Brandt, said repairs would take a week." The officer speaks for the body on the
occasion the sentence before tells of; so does "A spokeswoman for the authority said ..." and
"authority president Ola Brandt said ...".

Only the sentence right after the dated one counts, and only a sentence whose speaker is named
as the body's own ("Its", "their", a role "for" or "of" the body, the body's name before the
role): any other person in that sentence may speak of another day.
"""

from __future__ import annotations

import re

__all__ = ["speaks_for"]

# the roles by which one speaks for a body ("its chair", "a spokesman for", "the agency's director")
_ROLES = (
    r"(?:spokes(?:wo)?m[ae]n|spokesperson|spokespeople|representatives?|officials?|chair(?:wo)?m[ae]n|chair(?:person)?"
    r"|president|vice-president|director(?:-general)?|director\s+general|head|chief(?:\s+executive)?|ceo"
    r"|(?:general\s+)?secretary(?:-general)?|secretary\s+general|commissioner|governor|leader|coordinator"
    r"|managing\s+director|chief\s+\w+\s+officer|(?:deputy|senior|executive|acting)\s+[\w-]+)"
)
# "Its chief engineer, ...", "Their spokeswoman said": the body of the sentence before
_ITS = re.compile(r"^\W*(?:Its|Their)\s+(?:[\w-]+\s+){0,2}?" + _ROLES + r"\b", re.I)


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


def speaks_for(sentence: str, name: str, forms: set[str] | None = None) -> bool:
    """Whether ``sentence`` names its speaker as an officer or spokesperson of the body ``name``.

    Args:
        sentence: the quote's sentence, its quoted words blanked out.
        name: the body's name ("National Food Safety Authority").
        forms: the body's other names in the article ("PWRA").

    Returns:
        True for "Its director-general, ..., said", "A spokeswoman for the PWRA said", "PWRA
        chair Ana Roth said", "the authority's chief executive said"; False otherwise.
    """
    if _ITS.search(sentence):
        return True
    alternatives = "|".join(re.escape(f) for f in _forms(name, forms or set()))
    of_body = re.compile(
        rf"\b{_ROLES}\s+(?:for|of|at)\s+(?:the\s+)?(?:{alternatives})\b"
        rf"|\b(?:{alternatives})(?:['’]s?)?\s+{_ROLES}\b",
        re.I,
    )
    return of_body.search(sentence) is not None
