"""Two wordings of one frame that name two parties in one slot: two statements.

A speaker who wrote "to the city council on April 28" and "to the race organizers on April 28"
made two claims, however alike the rest of the words: the party the action went to, with, from or
against is what each says. Names that are capitalised are told apart elsewhere (the linker's
``_names_apart``); this reads the parties a wording gives in common nouns. :func:`party_swapped`
aligns the two wordings word by word and finds a slot that each fills with other words, right
after the same preposition and determiner ("to the ...") and before words both share again; the
words of the two slots share no stem (a party named in full and in short, "the city council" and
"the council", is a word left out, not a swap). A verb that addresses a party takes it as its
object, with no preposition before it: "it asked the regatta committee for a report" and "it asked
the river police for a report" fill that slot too, when the same preposition follows ("for", "to":
what the party is asked, urged or told to do); "said the plan for the bridge" addresses nobody.

English only: the prepositions and determiners are English.
"""

from __future__ import annotations

from difflib import SequenceMatcher

__all__ = ["party_swapped"]

# prepositions that introduce the party an action concerns
_PARTY_PREPOSITIONS = frozenset("to with from against by".split())
_DETERMINERS = frozenset("the its their his her our".split())
# verbs whose object is the party addressed ("asked the committee for", "urged the council to")
_ADDRESSING = frozenset(
    "ask asks asked asking urge urges urged urging tell tells told telling blame "
    "blames blamed blaming warn warns warned warning invite invites invited inviting order orders ordered "
    "instruct instructs instructed pressed press pressing".split()
)
# what follows the party an addressing verb takes: what it is asked or told, or blamed for ("thanked
# the firefighters for" and "thanked the emergency services for" are one thanks, reworded)
_ADDRESSED_FOR = frozenset("for to about over".split())
_MOST_SLOT_WORDS = 3  # words a party slot holds at most
_STEM = 4  # letters two words share at least to be one word (council ~ councillors, fishing ~ fishermen)
# words that are no party of their own: figures, days and the words around them are told apart
# by the figures' and days' own rules
_NO_PARTY = frozenset(
    "a an the of and or in on at for by to with from same other another this that these those some all "
    "day week month year morning evening night".split()
)


def _party_words(slot: list[str]) -> bool:
    return bool(slot) and len(slot) <= _MOST_SLOT_WORDS and all(w.isalpha() and w not in _NO_PARTY for w in slot)


def _share_a_stem(a: list[str], b: list[str]) -> bool:
    return bool({w[:_STEM] for w in a} & {w[:_STEM] for w in b})


def party_swapped(a: list[str], b: list[str]) -> bool:
    """Whether two English wordings (lower-case words, :func:`~onrecord.link.features.tokens`)
    name two parties in one slot: "it had written to the city council on April 28" and "it had
    written to the race organizers on April 28".

    Args:
        a: the words of one wording.
        b: the words of the other.

    Returns:
        True when a slot right after the same preposition and determiner holds, in each, up to
        three words of its own that share no stem with the other's, and both wordings go on with
        the same word after it.
    """
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag != "replace" or k == 0 or k + 1 == len(ops):
            continue
        before, after = ops[k - 1], ops[k + 1]
        if before[0] != "equal" or after[0] != "equal" or before[2] - before[1] < 2:
            continue
        preposition, determiner = a[i1 - 2], a[i1 - 1]
        if determiner not in _DETERMINERS:
            continue
        if preposition not in _PARTY_PREPOSITIONS and not (preposition in _ADDRESSING and a[i2] in _ADDRESSED_FOR):
            continue
        slot_a, slot_b = a[i1:i2], b[j1:j2]
        if _party_words(slot_a) and _party_words(slot_b) and not _share_a_stem(slot_a, slot_b):
            return True
    return False
