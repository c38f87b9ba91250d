"""One person named by a hyphenated given name in full and in part ("Mai-Lis Orvik", "Lis Orvik").

An article may write a compound given name in full and another the part the person goes by, most
often where the other language or outlet keeps one of the two ("Jean-Baptiste", "Baptiste").
"""

from __future__ import annotations

from onrecord.resolve.translit import name_key, transliterate

__all__ = ["one_part_of_given"]


def _given_and_rest(name: str) -> tuple[list[str], list[str]] | None:
    """The keys of a person's first written word (each part of a hyphenated one) and of the words
    after it, or None for a name of one word."""
    words = transliterate(name).split()
    if len(words) < 2:
        return None
    given = name_key(words[0]).split()
    rest = name_key(" ".join(words[1:])).split()
    return (given, rest) if given and rest else None


def one_part_of_given(a: str, b: str) -> bool:
    """Whether one of two full names is the other with a part of its hyphenated given name left
    out: the same surname, word for word, and a given name that is one part of the other's
    ("Gro-Helene Vatne" and "Helene Vatne"; not "Gro Vatne" and "Helene Vatne", not "Helene Vatne"
    and "Helene Vatne-Ruud").

    Args:
        a: a full name as written.
        b: another full name as written.

    Returns:
        True when the two may be one person by their names; gender and kin are the caller's.
    """
    first, second = _given_and_rest(a), _given_and_rest(b)
    if first is None or second is None or first[1] != second[1]:
        return False
    (given_a, _), (given_b, _) = first, second
    shorter, longer = sorted((given_a, given_b), key=len)
    return len(shorter) == 1 and len(longer) >= 2 and shorter[0] in longer and len(shorter[0]) >= 3
