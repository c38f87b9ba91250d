"""One person named by a hyphenated given name in full and in part ("Mai-Lis Orvik", "Lis Orvik").

An article may write a compound given name in full and another the part the person goes by, most
often where the other language or outlet keeps one of the two ("Jean-Baptiste", "Baptiste"). The
names alone do not make them one: two relatives share a surname and often a part of a given name
("Mai-Lis Orvik, the mayor" and "her niece Lis Orvik, 19"), so mentions that describe their person
apart (a noun of kinship, another age, another role) are two people.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from onrecord.attribute.kin import kin
from onrecord.model import ArticleSpeaker
from onrecord.resolve.translit import name_key, transliterate

__all__ = ["described_apart", "one_part_of_given"]


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


# "Lis Orvik, 19,", "Lis Orvik, aged 19,", "Lis Orvik (19)": an age written after the name
_AGE = re.compile(r",\s*(?:aged\s+)?(\d{1,3})\s*[,.;)]|\s*\((\d{1,3})\)")
# "Mai-Lis Orvik, the mayor of Brekkvik, said": a description set off after the name, which the
# article's roles may have missed
_APPOSED = re.compile(r",\s+(?:the|a|an)\s+([^,.;:!?\n]+)[,.;]")
_SENTENCE_END = re.compile(r"[.!?\n]")
_WORD = re.compile(r"[^\W\d_]+")
_FILLER = frozenset("the a an of at for and in on to from with its his her their".split())


@dataclass
class _Description:
    """What an article's words say of a person besides the name: a noun of kinship near it, the
    words of its roles, its ages."""

    kin: bool = False
    roles: set[str] = field(default_factory=set)
    ages: set[str] = field(default_factory=set)


def _describe(mentions: Iterable[tuple[str, ArticleSpeaker]]) -> _Description:
    found = _Description()
    for body, s in mentions:
        for role in s.roles:
            words = {w.casefold().removesuffix("'s") for w in _WORD.findall(role)}
            found.kin |= any(kin(w) is not None for w in words)
            found.roles |= words - _FILLER
        for form in {n for n in (s.name, *s.names) if len(n.split()) >= 2}:
            # the name as a whole word: "Lis Orvik" is no mention inside "Mai-Lis Orvik"
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", body):
                age = _AGE.match(body, m.end())
                if age is not None:
                    found.ages.add(age.group(1) or age.group(2))
                apposed = _APPOSED.match(body, m.end())
                if apposed is not None:
                    words = {w.casefold().removesuffix("'s") for w in _WORD.findall(apposed.group(1))}
                    found.kin |= any(kin(w) is not None for w in words)
                    found.roles |= words - _FILLER
                ends = [e.end() for e in _SENTENCE_END.finditer(body, 0, m.start())]
                after = _SENTENCE_END.search(body, m.end())
                sentence = body[ends[-1] if ends else 0 : after.start() if after else len(body)]
                found.kin |= any(kin(w) is not None for w in _WORD.findall(sentence))
    return found


def described_apart(a: Iterable[tuple[str, ArticleSpeaker]], b: Iterable[tuple[str, ArticleSpeaker]]) -> bool:
    """Whether two sets of mentions (an article's body and its speaker) describe their people
    apart, so that names alone must not join them: a noun of kinship in a role or in a sentence
    that names either ("His niece Lis Orvik"), two ages, roles that share no word, or an age on
    one side and a role on the other and nothing else ("Lis Orvik, 19," and "Mai-Lis Orvik, the
    mayor").

    Args:
        a: the mentions of one person, each (article body, the article's speaker).
        b: the mentions of the other.

    Returns:
        True when the mentions tell two people apart.
    """
    first, second = _describe(a), _describe(b)
    if first.kin or second.kin:
        return True
    if first.roles and second.roles and not first.roles & second.roles:
        return True
    if first.ages and second.ages and not first.ages & second.ages:
        return True
    only_age = (first.ages and not first.roles and second.roles and not second.ages) or (
        second.ages and not second.roles and first.roles and not first.ages
    )
    return bool(only_age)
