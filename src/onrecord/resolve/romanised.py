"""One Slavic name romanised two ways: the Ukrainian and Belarusian г written h, the Russian g.

Outlets romanise a Ukrainian or Belarusian name either from the name's own spelling (Г = h:
"Halyna Hnatenko") or from its Russian form (Г = g: "Galina Gnatenko"). Both are in Latin letters,
so the tolerance kept for a name written in another script does not reach them. Two name keys
(:func:`~onrecord.resolve.translit.name_key`, which already folds y and i, kh and h) are one name
so romanised when they match word for word with every g read as h, the surname holds such a
letter, and the surname looks Slavic: a Slavic ending, or an h before a consonant no English or
German name opens a syllable with ("Hrechko", "Hnat"). "Gill" and "Hill" stay two names.
"""

from __future__ import annotations

import re

# endings of Slavic surnames as their key spells them (y already read as i)
_SLAVIC_ENDING = re.compile(r"(?:ova|eva|ov|ev|ina|in|enko|ko|uk|ik|ski|ska|ich|ovich|ak|iak|chuk|ets)$")
# an h (a g in the Russian form) before a consonant: the Slavic г, not an English or German h
_H_BEFORE_CONSONANT = re.compile(r"[hg][bcdfgklmnprstvz]")


def _as_h(key: str) -> str:
    return key.replace("g", "h")


def slavic_surname(surname_key: str) -> bool:
    """Whether a surname's key looks Slavic: a Slavic ending ("-ova", "-enko", "-uk") or a g or h
    before a consonant ("Hrabar", "Gnatiuk")."""
    return bool(_SLAVIC_ENDING.search(surname_key) or _H_BEFORE_CONSONANT.search(surname_key))


def same_by_h_and_g(a: str, b: str) -> bool:
    """Whether two whole names' keys are one Slavic name romanised with h and with g ("oksana
    hribova", "oksana gribova"; "olha hrabar", "olga grabar"): two words at least, as many in both,
    the same words with every g read as h, the surnames differing so and looking Slavic
    (:func:`slavic_surname`)."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wa) != len(wb) or a == b:
        return False
    sa, sb = wa[-1], wb[-1]
    return _as_h(a) == _as_h(b) and sa != sb and len(sa) >= 5 and slavic_surname(sa) and slavic_surname(sb)
