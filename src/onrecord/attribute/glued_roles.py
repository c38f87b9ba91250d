"""A noun for what a person does, capitalised at a sentence's start and read as the first word
of their name: "Poet Ansel Marrow described ..." is Ansel Marrow, a poet.

English writes a role before a name without an article or a comma ("poet Ansel Marrow",
"Oceanographer Lise Varga said"); at a sentence's start the role word takes a capital and the
parse reads it as part of the name. The word is a role when it names a person by what they do or
are (:func:`onrecord.resolve.roles.describes_person`: the role lexicons and the endings of such
nouns), is no given name, and a full name of a known given name and a surname follows it. A
word that is only a surname with such an ending ("Fisher", "Walker") stays a name when no given
name follows ("Fisher Kane" where "Fisher" is a given name stays whole too).

A role that ends on a preposition takes its object before the name, and the parse may read that
object as the name's first word: "the former envoy to Ukraine Kurt Volker" is Kurt Volker, not
"Ukraine Kurt Volker" (:func:`glued_place`).
"""

from __future__ import annotations

import re

from onrecord.attribute.knowledge import knowledge

__all__ = ["glued_place", "glued_role"]


def glued_role(name: str) -> tuple[str, str] | None:
    """The role word glued to the front of a person's name, and the name without it.

    Args:
        name: a name as the parse read it ("Poet Ansel Marrow").

    Returns:
        ``(role, name)`` ("poet", "Ansel Marrow") when the first word is a noun for a person,
        no given name and no title (titles are read elsewhere), and a given name and at least
        one more word follow it; else None.
    """
    from onrecord.resolve.roles import describes_person

    kb = knowledge()
    words = name.split()
    if len(words) >= 2 and _plural_title(words[0]):
        # "Present: Councilmembers Vance, Lindqvist, Abara": a title of several people, before a
        # list of their names, no part of the first one's
        return words[0][:-1].casefold(), " ".join(words[1:])
    if len(words) < 3 or not words[0][:1].isupper() or not words[0][1:].islower():
        return None
    first, rest = words[0], " ".join(words[1:])
    if kb.is_given_name(first) or kb.is_title(first) or not kb.is_given_name(words[1]):
        return None
    if not describes_person(first):
        return None
    return first.casefold(), rest


def _plural_title(word: str) -> bool:
    """Whether a capitalised word is a title in the plural ("Councilmembers", "Senators")."""
    return (
        len(word) > 4
        and word[:1].isupper()
        and word[1:].islower()
        and word.endswith("s")
        and not word.endswith("ss")
        and knowledge().is_title(word[:-1])
    )


# A role's last word that takes an object: "envoy to", "ambassador to", "minister of", "head for"
# (the role's noun in group 1: "went to Ataahua Grace Whaanga" has none, and keeps her given name)
_PREPOSITION_BEFORE = re.compile(r"(?i)(?:^|\s)([a-z][\w-]*)\s+(?:to|of|for|in|at|from)\s+$")


def glued_place(name: str, before: str) -> tuple[str, str] | None:
    """The object of a role's preposition read as the first word of a person's name.

    Args:
        name: a name as the parse read it ("Ukraine Kurt Volker").
        before: the words right before the name ("the former special envoy to ").

    Returns:
        ``(word, name)`` ("Ukraine", "Kurt Volker") when ``before`` ends on a person's noun and
        a preposition ("envoy to "), the name's first word is no given name and no title, and a
        given name and at least one more word follow it; else None.
    """
    from onrecord.resolve.roles import describes_person

    kb = knowledge()
    words = name.split()
    role = _PREPOSITION_BEFORE.search(before)
    if len(words) < 3 or not words[0][:1].isupper() or role is None or not describes_person(role.group(1)):
        return None
    if kb.is_given_name(words[0]) or kb.is_title(words[0]) or not kb.is_given_name(words[1]):
        return None
    return words[0], " ".join(words[1:])
