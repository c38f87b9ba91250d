"""What two names of a person or of a body do not share: the clashes that tell two entities apart.

Two names alike in most letters may still be two entities, and the part they do not share says
so. Two people of one surname whose given names are two names (``Anna`` and ``Hanna Lindqvist``,
``Olek`` and ``Pavel Dvornik``, ``J. Dvornik`` and ``Pavel Dvornik``) are two people:
:func:`given_compatible` is the test the rules of :mod:`onrecord.resolve.speakers` use for one
given name spelled by two languages, and :func:`given_clash` applies it to two full names, in one
script or, by their consonants, across two (``Павел`` and ``Pavel`` agree, ``Олек`` and ``Pavel``
do not). Two bodies whose names share words but each have a word of their own (``Harwick Port
Authority`` and ``Harwick Police Authority``) are two bodies: :func:`words_apart` counts the
words of its own the name with fewer has. A body named after its members (``Tallby Dockers'
Union``, ``Orrin Mill Workers Union``) is not the body they work for (``Tallby``, ``Orrin
Mill``): :func:`members_body`. These are features of
:mod:`onrecord.resolve.pair_features`, weighed by the learned scorer.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from onrecord.attribute.knowledge import knowledge
from onrecord.resolve.translit import name_key, same_word_by_ear, transliterate

__all__ = [
    "LINK_WORDS",
    "given_clash",
    "given_compatible",
    "latin",
    "members_body",
    "name_tokens",
    "qualifier_swap",
    "skeleton",
    "surname_heard",
    "words_apart",
]

_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)
LINK_WORDS = frozenset("of the and for on de du des la le del della di der und für y e et".split())
_VOWELS = re.compile(r"[aeiouyhw\s-]+")
_VOWELS_AND_H = re.compile(r"[aeiouyh]")
_INITIAL = re.compile(r"[A-Z]\.?")
_PARTICLES = frozenset("van von de der den da di du del della la le dos das ter ten al el bin ben ibn".split())
# Consonants another script writes one for the other: Arabic and Thai have no p or v (بافل,
# "Arip" for Arif), katakana and Hangul no l (カルモ), German writes s for z; c is the k it sounds
_ONE_CONSONANT = str.maketrans("bfvlzcgd", "ppprskkt")
# a plural possessive ("Dockers'", "Students’") or a plural noun of people just before the name's
# last word ("Mill Workers Union"): a body of those people
_PLURAL_POSSESSIVE = re.compile(r"[^\W\d_]{2,}s['’](?!\w)")
_PEOPLE_PLURAL = re.compile(r"(?:ers|ors|ists|ents|ees|ans)$", re.I)


def latin(name: str) -> bool:
    """Whether every letter of ``name`` is Latin (the Latin blocks reach U+024F)."""
    return all(ord(ch) <= 0x24F for ch in name if ch.isalpha())


def name_tokens(name: str) -> list[str]:
    """The words of a name's key, a leading "the" or "a" left out."""
    return name_key(_DETERMINER.sub("", name.strip())).split()


def skeleton(key: str) -> str:
    """The consonants of a key, doubled letters once: what survives transliteration best."""
    bare = _VOWELS.sub("", key)
    return re.sub(r"(.)\1+", r"\1", bare)


def _consonants(key: str) -> str:
    """A given name's key as its consonants, as another script may write them: vowels and h left
    out, a doubled one once, one for each group one script writes for another (:data:`_ONE_CONSONANT`:
    "michel", "mikel": "mkr"; "arif", "arip": "rp")."""
    return re.sub(r"(.)\1+", r"\1", _VOWELS_AND_H.sub("", key).translate(_ONE_CONSONANT))


def given_compatible(a: str, b: str) -> bool:
    """Whether two given names' keys may be one name spelled by two languages: the same, an
    initial, or alike with the same consonants in the same order (:func:`_consonants`: Volodymyr,
    Wolodymyr and Vladimir; Mikael and Michael), never a name with a consonant more or less
    ("Ivanka" and "Ivana" are two names, so two people of one surname).

    Args:
        a: one given name's key (:func:`~onrecord.resolve.translit.name_key`).
        b: the other's.

    Returns:
        True when the two may be one given name.
    """
    # Yelena/Elena, Yevgeny/Evgeny: a written y before the first vowel (key "ielena") or not
    a, b = re.sub(r"^i(?=[aeou])", "", a), re.sub(r"^i(?=[aeou])", "", b)
    if a == b:
        return True
    if not a or not b or a[0] != b[0]:
        return False
    if len(a) <= 2 or len(b) <= 2:  # initials
        return True
    return SequenceMatcher(None, a, b).ratio() >= 0.7 and _consonants(a) == _consonants(b)


def _same_letter_by_sound(a: str, b: str) -> bool:
    """Whether two keys' first consonants (or both first vowels) may be one letter written by two
    scripts: "joris" and "yoris" (a y for a j), "callum" and "kalum"."""
    ca, cb = _consonants(a), _consonants(b)
    if not ca or not cb:
        return True
    if a[0] in "aeiouyhj" and b[0] in "aeiouyhj":
        return True
    return ca[0] == cb[0]


def _given_words(name: str, one_script: bool) -> list[str]:
    """The key words of what a person's name surely writes as given names before its surname
    (its last word): in one script, given names on the list and initials ("Transport Minister
    Elin Rasch": ``elin``; "J. Rasch": ``j``; "Ministra Rasch": none, a title may be written
    like a name); across two scripts, whose given names the list may not hold, every word but
    titles, roles, honorifics and particles."""
    kb = knowledge()
    written = transliterate(_DETERMINER.sub("", name.strip())).split()[:-1]
    if one_script:
        kept = [w for w in written if _INITIAL.fullmatch(w) or kb.is_given_name(w.strip(".,"))]
    else:
        kept = [w for w in written if not (kb.is_title(w) or kb.honorific_gender(w) or kb.role(w))]
    return [k for w in kept for k in name_key(w).split() if k not in _PARTICLES]


def _short_or_inflected(a: str, b: str) -> bool:
    """Whether one given name's key is the other's short form ("russ", "russell": the same first
    two letters, the rest in order, two letters shorter at least) or the other with a case ending
    ("laura", "lauras")."""
    short, long = sorted((a, b), key=len)
    if len(short) < 3 or short[:2] != long[:2]:
        return False
    if long.startswith(short) and len(long) - len(short) <= 2:
        return True
    rest = iter(long[2:])
    return len(long) - len(short) >= 2 and all(letter in rest for letter in short[2:])


def _one_given(a: str, b: str, one_script: bool) -> bool:
    """Whether two words before a surname may be one given name: by :func:`given_compatible` in
    one script; across two, the same first letter by sound and consonants half alike."""
    if one_script:
        return given_compatible(a, b) or _short_or_inflected(a, b)
    if min(len(a), len(b)) <= 2:  # an initial
        return _same_letter_by_sound(a, b)
    ratio = SequenceMatcher(None, _consonants(a), _consonants(b), autojunk=False).ratio()
    return _same_letter_by_sound(a, b) and ratio >= 0.5


def given_clash(a: str, b: str) -> bool:
    """Whether two names of people of one surname name two given names: no word either writes
    before the surname may be a word the other writes there. In one script, two given names are
    one only by :func:`given_compatible` (``Anna`` and ``Hanna`` are two, ``J.`` and ``Pavel``
    too, ``Anna K.`` and ``Anna`` one); across two scripts, whose letters stand for other sounds,
    when their consonants agree from the first (``Павел`` and ``Pavel`` agree, ``Олек`` and
    ``Pavel`` do not). A name with nothing before its surname (``Lindqvist``, ``van der Hoek``)
    clashes with nobody.

    Args:
        a: one person's name as stored.
        b: the other's.

    Returns:
        True when both write words before a surname they agree on and none of those words agree.
    """
    ta, tb = name_tokens(a), name_tokens(b)
    if len(ta) < 2 or len(tb) < 2:
        return False
    if SequenceMatcher(None, skeleton(ta[-1]), skeleton(tb[-1]), autojunk=False).ratio() < 0.8:
        return False
    one_script = latin(a) == latin(b)
    given_a, given_b = _given_words(a, one_script), _given_words(b, one_script)
    if not given_a or not given_b:
        return False
    return not any(_one_given(x, y, one_script) for x in given_a for y in given_b)


def surname_heard(a: str, b: str) -> bool:
    """Whether a person's surname, written in one script, is a whole word of the other's name
    written in another, heard alike (:func:`~onrecord.resolve.translit.same_word_by_ear`: the
    same key, consonants or sounds as a script's ear keeps them, never by a prefix or a part):
    ``Whitcombe`` and ``Ντάνα Γουίτκομπ`` by their consonants, ``Marchetti`` and ``Агнес Мароў``
    not, though their consonants begin alike. Either name's last word (each part of a hyphenated
    one) may be the surname the other writes anywhere: another script's name may put a title
    after it. Names in one script: False.

    Args:
        a: one person's name as stored.
        b: the other's.

    Returns:
        True when the two are in two scripts and a surname of one is heard in the other.
    """
    if latin(a) == latin(b):
        return False
    ta, tb = name_tokens(a), name_tokens(b)
    for own, other in ((ta, tb), (tb, ta)):
        if not own:
            continue
        parts = [p for p in own[-1].split("-") if len(p) > 1]
        words = [p for w in other for p in w.split("-") if len(p) > 1 and p not in _PARTICLES]
        if any(same_word_by_ear(x, y) for x in parts for y in words):
            return True
    return False


def _unmatched(words: list[str], others: list[str]) -> list[str]:
    """The content words of ``words`` no word of ``others`` spells alike."""

    def alike(w: str, v: str) -> bool:
        return w == v or SequenceMatcher(None, skeleton(w), skeleton(v), autojunk=False).ratio() >= 0.8

    return [w for w in words if w not in LINK_WORDS and not any(alike(w, v) for v in others)]


def words_apart(a: str, b: str) -> int:
    """How many words of its own each of two bodies' names in one script has, the fewer of the
    two: ``Harwick Port Authority`` and ``Harwick Police Authority`` 1, ``Harwick`` and
    ``Harwick Savings Bank`` 0 (one name inside the other). Names in two scripts, whose words
    transliteration may not bring together, count 0.

    Args:
        a: one body's name as stored.
        b: the other's.

    Returns:
        The smaller count of unshared content words, at most 3.
    """
    if latin(a) != latin(b):
        return 0
    ta, tb = name_tokens(a), name_tokens(b)
    return min(3, len(_unmatched(ta, tb)), len(_unmatched(tb, ta)))


def members_body(a: str, b: str) -> bool:
    """Whether the longer of two bodies' names is the shorter with words that make it a body of
    people (``Tallby`` and ``Tallby Dockers' Union``, ``Orrin Mill`` and ``Orrin Mill Workers
    Union``): a plural possessive, or a plural noun of people before its last word, among the
    words the shorter name lacks.

    Args:
        a: one body's name as stored.
        b: the other's.

    Returns:
        True when one name's words are all in the other's and the other's own words name people.
    """
    ta, tb = name_tokens(a), name_tokens(b)
    (short, _), (long, long_name) = sorted(((ta, a), (tb, b)), key=lambda t: len(t[0]))
    if not short or not set(short) < set(long):
        return False
    written = transliterate(long_name).split()
    own = [w for w in written if not set(name_key(w).split()) <= set(short)]
    if any(_PLURAL_POSSESSIVE.fullmatch(w.strip(",.")) for w in own):
        return True
    return len(written) >= 2 and written[-2] in own and bool(_PEOPLE_PLURAL.search(written[-2]))


def _head_index(tokens: list[str]) -> int:
    """Where a body's name writes what it is: the word before its first "of" ("Ministry of
    Health": ``ministry``), else its last word ("Harwick Port Authority": ``authority``)."""
    return tokens.index("of") - 1 if "of" in tokens[1:] else len(tokens) - 1


def qualifier_swap(a: str, b: str) -> bool:
    """Whether two bodies' names in one script are one name with one word other than what the
    body is swapped for another, word for word in the same order (``Harwick Port Authority`` and
    ``Harwick Police Authority``, ``Ministry of Health`` and ``Ministry of Transport``): two
    bodies of one kind. A swapped head word may be a synonym (``Tallby Constabulary`` and
    ``Tallby Police``) and is no swap here.

    Args:
        a: one body's name as stored.
        b: the other's.

    Returns:
        True for a name and another with one qualifier swapped.
    """
    if latin(a) != latin(b):
        return False
    ta, tb = name_tokens(a), name_tokens(b)
    if len(ta) != len(tb) or len(ta) < 2 or _head_index(ta) != _head_index(tb):
        return False
    apart = [i for i, (x, y) in enumerate(zip(ta, tb, strict=True)) if _unmatched([x], [y])]
    return len(apart) == 1 and apart[0] != _head_index(ta) and ta[_head_index(ta)] == tb[_head_index(tb)]
