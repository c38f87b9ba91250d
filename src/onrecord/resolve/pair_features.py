"""What two speaker names share, as numbers a learned scorer weighs (:mod:`onrecord.resolve.pair_score`).

Each feature compares the two names after they are written in Latin letters
(:func:`~onrecord.resolve.translit.transliterate`) and keyed spelling-independently
(:func:`~onrecord.resolve.translit.name_key`): how alike the whole keys and their consonant
skeletons are (``Desamand Aakhatarabarg`` and ``Desmond Achterberg``), whether the first and
last words agree, what the names do not share (:mod:`~onrecord.resolve.name_clash`: two given
names of one surname written in two scripts, a word of its own in each of two bodies' names),
whether one name's words are all in the other's (``Harwick`` in ``Harwick Savings Bank``),
whether one is the other's initials (``PFA`` for ``Portland Ferry Authority``), whether the
two are written in different scripts, and, for two people's names in two scripts, whether the
surname of one is a whole word of the other heard alike (:func:`~onrecord.resolve.name_clash.surname_heard`:
``Kellbrand`` in ``Томаш Келлбранд``; not a skeleton's first letters alone).
:func:`candidate_pair` is the cheap test that decides which pairs are scored at all, the same
when training and when resolving.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from onrecord.resolve.name_clash import (
    LINK_WORDS,
    given_clash,
    latin,
    members_body,
    name_tokens,
    qualifier_swap,
    surname_heard,
    words_apart,
)
from onrecord.resolve.name_clash import skeleton as _skeleton
from onrecord.resolve.translit import transliterate

__all__ = ["FEATURES", "candidate_pair", "names_apart", "pair_features"]

FEATURES = (
    "key_ratio",
    "skeleton_ratio",
    "first_ratio",
    "last_ratio",
    "same_first",
    "same_last",
    "token_jaccard",
    "contained",
    "acronym",
    "script_differs",
    "script_skeleton",
    "both_person",
    "one_word",
    "given_clash",
    "words_apart",
    "word_gap",
    "surname_heard",
)

_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")


def _ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio() if a and b else 0.0


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", transliterate(name)) if w and w.casefold() not in LINK_WORDS]
    return "".join(unicodedata.normalize("NFKD", w)[0].upper() for w in words if w[0].isalpha())


def _acronym_of(short: str, long: str) -> bool:
    """Whether ``short`` is written as initials and spells ``long``'s words, in order or not."""
    if not _ACRONYM.fullmatch(short) or _ACRONYM.fullmatch(long):
        return False
    letters = _initials(long)
    bare = short.replace("&", "")
    return len(letters) >= 2 and (bare == letters or sorted(bare) == sorted(letters))


def candidate_pair(a: str, b: str) -> bool:
    """Whether two names are alike enough to be scored: a word in common, one the other's
    initials, or keys or consonant skeletons half alike."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb or ta == tb:
        return False
    if set(ta) & set(tb) - LINK_WORDS or _acronym_of(a.strip(), b.strip()) or _acronym_of(b.strip(), a.strip()):
        return True
    ka, kb = " ".join(ta), " ".join(tb)
    return _ratio(ka, kb) >= 0.6 or _ratio(_skeleton(ka), _skeleton(kb)) >= 0.6


def names_apart(a: str, kind_a: str, b: str, kind_b: str) -> bool:
    """Whether what two names do not share surely tells two entities, whatever the scorer says
    (:mod:`~onrecord.resolve.name_clash`; the same when training and when resolving): two
    people of one surname written in one script with two given names (``Anna`` and ``Hanna
    Lindqvist``: 146 of 158 such pairs of development sets 1-84 were two people), two bodies
    whose names swap one word other than what they are (``Harwick Port Authority`` and
    ``Harwick Police Authority``: 3 of 3), and a body named after its members and the body they
    are of (``Tallby`` and ``Tallby Dockers' Union``: 5 of 6).

    Args:
        a: one name as the corpus stores it.
        kind_a: its kind.
        b: the other name.
        kind_b: its kind.

    Returns:
        True when the two are kept apart.
    """
    if kind_a == kind_b == "person":
        return latin(a) == latin(b) and given_clash(a, b)
    if kind_a == kind_b == "organisation":
        return qualifier_swap(a, b) or members_body(a, b)
    return False


def pair_features(a: str, kind_a: str, b: str, kind_b: str) -> dict[str, float]:
    """The features of two speaker names (and their kinds, ``person`` or ``organisation``).

    Args:
        a: one name as the corpus stores it.
        kind_a: its kind.
        b: the other name.
        kind_b: its kind.

    Returns:
        One value per name in :data:`FEATURES`.
    """
    ta, tb = name_tokens(a), name_tokens(b)
    ka, kb = " ".join(ta), " ".join(tb)
    sa, sb = _skeleton(ka), _skeleton(kb)
    wa, wb = set(ta) - LINK_WORDS, set(tb) - LINK_WORDS
    shorter, longer = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    differs = float(latin(a) != latin(b))
    skeleton = _ratio(sa, sb)
    first = _ratio(ta[0], tb[0]) if ta and tb else 0.0
    last = _ratio(_skeleton(ta[-1]), _skeleton(tb[-1])) if ta and tb else 0.0
    both_person = kind_a == kind_b == "person"
    both_body = kind_a == kind_b == "organisation"
    clash = both_person and given_clash(a, b)
    acronym = _acronym_of(a.strip(), b.strip()) or _acronym_of(b.strip(), a.strip())
    return {
        "key_ratio": _ratio(ka, kb),
        "skeleton_ratio": skeleton,
        "first_ratio": first,
        "last_ratio": last,
        "same_first": float(bool(ta and tb) and ta[0] == tb[0]),
        "same_last": float(bool(ta and tb) and ta[-1] == tb[-1]),
        "token_jaccard": len(wa & wb) / len(wa | wb) if wa | wb else 0.0,
        "contained": float(bool(shorter) and shorter < longer),
        "acronym": float(acronym),
        "script_differs": differs,
        "script_skeleton": differs * skeleton,
        "both_person": float(both_person),
        "one_word": float(min(len(ta), len(tb)) == 1),
        "given_clash": float(clash),
        "words_apart": float(words_apart(a, b)) if both_body and not acronym else 0.0,
        "word_gap": float(abs(len(ta) - len(tb))),
        "surname_heard": float(both_person and surname_heard(a, b)),
    }
