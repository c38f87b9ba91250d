"""The small words inside personal names that are no names themselves.

Surname particles ("Lucas de Vries", "Rosalind van Achterberg") and patronymic links
("Noura bint Khalid Al-Rumaithi", "Eitan ben Shalom"), both written in lower case inside a
name; and the article an Arabic family name may open with, tight before a hyphen
("al-Mahrouqi"), which a later mention may leave out ("Mahrouqi").
"""

from __future__ import annotations

import re

__all__ = [
    "NAME_PARTICLE",
    "NAME_PARTICLE_WORDS",
    "OF_PARTICLES",
    "PATRONYMICS",
    "SURNAME_PARTICLES",
    "bare_family_name", "family_name_first", "hyphen_parts", "of_particle_at"]

# "son of" / "daughter of" between a given name and the father's: lower case only, so that
# "Ben" the given name stays a name. Arabic, Malay and Hebrew; Welsh "ap"/"ab" and "ferch"/"verch"
# ("Rhodri ap Gwilym", "Mr ap Gwilym").
PATRONYMICS = frozenset("bin bint binti binte ibn ben ap ab ferch verch".split())

# the lower-case particles of surnames ("Lucas de Vries", "van der Berg", "dos Santos", "al Habib")
SURNAME_PARTICLES = frozenset("de da van von der den al el la le di du dos".split())
# the particles inside a written name, the rarer ones too ("ter Horst", "del Río", "della Rovere"):
# the one set of a name's lower-case words, for word tests and patterns to build on
NAME_PARTICLE_WORDS = SURNAME_PARTICLES | PATRONYMICS | frozenset({"ter", "ten", "del", "della"})
# one of them as a regular-expression group
NAME_PARTICLE = "(?:" + "|".join(sorted(NAME_PARTICLE_WORDS)) + ")"

# a given name of two syllables, the second in lower case after a tight hyphen ("Jae-won", "Ki-moon")
_LOWER_SYLLABLE_GIVEN = re.compile(r"[A-Z][a-z]{0,4}-[a-z]{1,4}")
# a family name of one short capitalised word ("Lee", "Park", "Ban")
_SHORT_FAMILY = re.compile(r"[A-Z][a-z]{0,4}")

# Dutch and German "of": after a whole name it opens the person's body ("Marguerite
# Adjei-Fenwick van Aquilara", "Henrik van der Wervelen van Skyvance"), no surname
OF_PARTICLES = frozenset({"van", "von"})

# a given name's initial: "J.", "J.-P.", "JP"
_INITIAL = re.compile(r"[A-ZÀ-Þ]\.?(?:-?[A-ZÀ-Þ]\.?)?")

_ARTICLE = re.compile(r"^(?:al|el|Al|El)[-‐](?=[A-ZÀ-ÖØ-Þ])")


def bare_family_name(word: str) -> str:
    """A family name without the article tight before it: ``al-Mahrouqi`` -> ``Mahrouqi``,
    ``Al-Kaabi`` -> ``Kaabi``; any other word as it is."""
    return _ARTICLE.sub("", word)


def hyphen_parts(word: str) -> list[str]:
    """The parts of a double-barrelled name that may stand for it alone: ``O'Callaghan-Mbeki``
    -> ``["O'Callaghan", "Mbeki"]``; ``[]`` for a word with no hyphen or an article before one
    (``Al-Kaabi`` is one name)."""
    bare = bare_family_name(word)
    if bare != word or "-" not in word:
        return []
    parts = [p for p in word.split("-") if p]
    return parts if len(parts) >= 2 and all(p[:1].isupper() for p in parts) else []


def family_name_first(name: str) -> bool:
    """Whether a person's name of two words is written family name first, as its shape shows:
    a short family name, then a given name whose second syllable is in lower case after a
    hyphen ("Lee Jae-won", "Ban Ki-moon", "Park Geun-hye"), so that the first word alone
    ("Lee") is the family name."""
    words = name.split()
    return (
        len(words) == 2
        and bool(_SHORT_FAMILY.fullmatch(words[0]))
        and bool(_LOWER_SYLLABLE_GIVEN.fullmatch(words[1]))
    )


def of_particle_at(words: list[str]) -> int:
    """Where a run of a name's words goes on past the whole name with a Dutch or German "of":
    the index of a lower-case "van"/"von" after a given name (``words[0]``) and a capitalised
    word that is no given name ("Marguerite Adjei-Fenwick van Aquilara" -> 2, "Henrik van der
    Wervelen van Skyvance" -> 4), else ``len(words)``: "Ludwig van Beethoven" and "Jan Peter
    van Dijk" keep their particles."""
    from onrecord.attribute.knowledge import knowledge

    kb = knowledge()
    for i in range(2, len(words)):
        last = words[i - 1]
        if (
            words[i] in OF_PARTICLES
            and last[:1].isupper()
            and last.casefold() not in OF_PARTICLES
            and not _INITIAL.fullmatch(last)  # "Pieter J. van der Hoek": an initial is no surname
            and not (kb.is_given_name(last) and kb.is_given_name(last.rsplit("-", 1)[-1]))  # "Adjei-Fenwick"
            and kb.is_given_name(words[0])
        ):
            return i
    return len(words)
