"""Quoted terms in articles not in English: a word or two in quotation marks that the writer's
own sentence runs into, no utterance of anyone's.

Real copy sets many words in quotation marks that nobody said: a coined term ("comme tous les
« populismes », ils ..."), a paper's or a campaign's name ("erhalten ein zehnseitiges
„Morgenblatt“. Die Zeitung ..."), a title ("unter der Überschrift »Nebelgrenze«."). Such a
quotation is short, the sentence's own words run up to its opening mark (no colon, comma or
dash sets it off, the quotation does not open the sentence) and no cue of the language stands
in the sentence, before it or after it, to frame it. A closing full stop or comma after it does not make it
an utterance: it only ends the writer's sentence or clause.
"""

from __future__ import annotations

__all__ = ["MAX_TERM_WORDS", "is_quoted_term"]

MAX_TERM_WORDS = 1
"""Words a quoted term has at most; a longer one is as often words someone said ("la décision,
« tardive mais bienvenue »"; "nannte die Kritik „völlig verfehlt“", "a appelé à « rouler
ensemble »", where a verb of calling or urging some words before frames it)."""

# What sets a quotation off from the words before it, so that it may stand as an utterance
_SET_OFF = ":,—–-("


def is_quoted_term(left: str, words: int, cued: bool) -> bool:
    """Whether a quotation is a term the writer's sentence runs into, not a quote.

    Args:
        left: the sentence's words before the opening mark.
        words: how many words the quotation holds.
        cued: whether a cue word of the language stands in the sentence, outside the quotation.

    Returns:
        True for a quotation of at most :data:`MAX_TERM_WORDS` words that the sentence's own
        words run into (``left`` not empty and not ending on a colon, comma, dash or bracket)
        with no cue in its sentence and no word that introduces what a thing is called
        ("de", "als", "comme") right before it.
    """
    lhs = left.rstrip()
    if not (0 < words <= MAX_TERM_WORDS and lhs and lhs[-1] not in _SET_OFF and not cued):
        return False
    return lhs.split()[-1].casefold() not in _WHAT_IT_IS_CALLED


# The words that introduce what someone called a thing ("calificó la iniciativa de «...»", "als
# „...“ bezeichnet", "qualifié de « ... »"): a verb of calling, which no cue list holds, may frame
# the quotation, so it stays a quote
_WHAT_IT_IS_CALLED = frozenset("de d' d’ als as como comme come".split())
