"""The organisations an article names anywhere, so that "the court" or "the council" can mean
the one it named ("The High Court of Valmera on Tuesday annulled ...", "Ashbury Borough
Council's budget meeting"), even in a sentence no cue made anyone parse.

An organisation's name here is a run of capitalised words (with ``of``/``for``/``and`` and tight
hyphens inside) whose head is an organisation word: its last word, or the word before its first
``of`` ("High Court of Valmera", "Port Authority of Saint-Lys").
"""

from __future__ import annotations

import re

from onrecord.attribute.knowledge import knowledge
from onrecord.attribute.particles import NAME_PARTICLE

__all__ = [
    "article_organisations",
    "business_named_before",
    "described_by_noun",
    "head_word",
    "is_business_name",
    "is_business_role",
    "named_by_noun",
]

_CAP = r"[A-ZÀ-Þ][\w’'&.]*(?:-[A-ZÀ-Þ][\w’']*)*"
# the space between a name's words: a line break at most, never a blank line ("NOTICE TO
# MEMBERS" over a paragraph's first word is no name)
_GAP = r"(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)"
_RUN = re.compile(_CAP + rf"(?:{_GAP}(?:(?:(?:of|for)(?:{_GAP}the)?|and|de|du|des){_GAP})?" + _CAP + r")*")
# A day or a month that owns what the name names, written before it: "Friday's High Court of Dunmere
# judgment" is the High Court of Dunmere's judgment of Friday
_TIME_POSSESSOR = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Today|Yesterday|Tomorrow|Tonight)['’]s\s+"
)
# Nouns that name the same kind of body: "the hospital" for "Kessington Royal Infirmary"
_SAME_KIND = {"infirmary": "hospital", "clinic": "hospital", "tribunal": "court"}
# A sentence's end inside a run of capitalised words: a word of four letters or more and its full
# stop ("the University of Westmarch. He says ..."), no abbreviation a name keeps ("Corp.", "Bros.")
_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ]{3})\.\s+(?=[A-ZÀ-Þ])")
_ABBREVIATED = frozenset("corp bros assoc dept univ natl govt intl".split())


def _first_sentence(run: str) -> str:
    """A run of capitalised words up to the end of the sentence it starts in."""
    for m in _SENTENCE_END.finditer(run):
        word = re.search(r"[\w’'-]+$", run[: m.start()])
        if word is not None and len(word.group()) > 3 and word.group().casefold() not in _ABBREVIATED:
            return run[: m.start()]
    return run


def head_word(name: str) -> str:
    """An organisation name's head word, casefolded: the word before its first ``of``, else its
    last word ("High Court of Valmera" -> ``court``)."""
    words = re.sub(r"['’]s?$", "", name.strip()).casefold().split()
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    return words[-1] if words else ""


def kind_word(word: str) -> str:
    """The kind of body a head word names (``infirmary`` -> ``hospital``)."""
    return _SAME_KIND.get(word, word)


def article_organisations(text: str) -> list[tuple[int, str]]:
    """Every organisation name the article writes, with its offset, in text order."""
    kb = knowledge()
    found = []
    for m in _RUN.finditer(text):
        name = re.sub(r"['’]s?$", "", _first_sentence(m.group()).rstrip("."))
        name = _TIME_POSSESSOR.sub("", re.sub(r"^(?:The|A|An)\s+", "", name))
        words = name.split()
        while words and words[-1].casefold() in {"of", "for", "and", "the", "de", "du", "des"}:
            words.pop()
        name = " ".join(words)
        if len(name.split()) < 2 or name.isupper() or not kb.is_org_word(kind_word(head_word(name))):
            continue  # (a name in capitals is a heading's: "HIGH COURT OF VALMERA" over a summary)
        if kb.outlet(name) is not None or kb.is_masthead(name):
            continue  # "the agency" in a wire's copy is no speaker the article named
        at = m.group().find(name)
        if at >= 0:
            found.append((m.start() + at, name))
    return found


def named_by_noun(text: str, noun: str, end: int) -> str | None:
    """The proper name before ``end`` that "the <noun>" refers back to: the last run of
    capitalised words (two or more, no person's name) headed by the noun, or holding it before
    an organisation head ("Tolliver County Fire Protection District" for "the district", "Northern
    Coastguard Service" for "the coastguard"); None when the article wrote none."""
    from onrecord.attribute.heading_names import heading_spans

    kb = knowledge()
    found = None
    headings = heading_spans(text)
    for m in _RUN.finditer(text, 0, end):
        if any(s <= m.start() < e for s, e in headings):
            continue  # "Harbour Outage Sparks Surge in ...": a heading's title case, no body's name
        name = re.sub(r"^(?:The|A|An)\s+", "", re.sub(r"['’]s?$", "", m.group().rstrip(".")))
        name = _TIME_POSSESSOR.sub("", name)
        words = name.split()
        if len(words) < 2 or name.isupper() or kb.starts_with_given_name(name) or kb.is_title(words[0]):
            continue
        folded = [w.casefold() for w in words]
        head = head_word(name)
        if noun not in folded or not (head == noun or kb.is_org_word(kind_word(head))):
            continue
        if kb.outlet(name) is not None or kb.is_masthead(name):
            continue
        found = name
    return found


# A name set off with a description that ends in a noun: "Brenmoor Markets, the country's largest
# supermarket chain,", "Quillfen Energy, the investor-owned utility that serves ...", "Brill &
# Sons, a Derby-based contractor."
_DESCRIBED = re.compile(
    rf"(?P<name>{_CAP}(?:[^\S\n]+(?:(?:of|for|and|&)[^\S\n]+)?{_CAP})*)(?:[^\S\n]+\([A-Z]{{2,}}\))?,[^\S\n]+"
    r"(?:the|a|an)[^\S\n]+(?P<words>(?:[\w’'-]+[^\S\n]+){0,6}?)(?P<noun>[a-z]+)"
    r"(?=[,.;:)]|[^\S\n]+(?:that|which|whose|with|in|at|on|for|based|owned|run)\b)"
)


# Words after which the description's last noun is no head of it ("a veteran of the district")
_NOT_HEAD_BEFORE = frozenset("of for in at to from with by on and or".split())


_PLACE_PREPOSITIONS = frozenset("in at on from across near outside inside throughout around".split())


# a name's first words and its lower-case particles right before a capitalised word: "Ines van "
_AFTER_NAME_PARTICLE = re.compile(rf"[A-ZÀ-Þ][\w’'-]*\s+(?:{NAME_PARTICLE}\s+)+$")


def described_by_noun(text: str, noun: str, end: int) -> str | None:
    """The body before ``end`` that "the <noun>" refers back to because the article described it
    so where it named it: "Brenmoor Markets, the country's largest supermarket chain" for "the
    chain", "Quillfen Energy, the investor-owned utility that ..." for "the utility"; the last such
    name that is no person's, or None."""
    kb = knowledge()
    found = None
    for m in _DESCRIBED.finditer(text, 0, end):
        if m.group("noun") != noun:
            continue
        before = re.search(r"(\w+)\W*$", text[max(0, m.start() - 20) : m.start()])
        if before is not None and before.group(1).casefold() in _PLACE_PREPOSITIONS:
            continue  # "In Dunvegan, the utility ...": a place set before the sentence's subject
        name = re.sub(r"^(?:The|A|An)\s+", "", m.group("name"))
        words = m.group("words").split()
        if any(w.casefold() in _NOT_HEAD_BEFORE for w in words):
            continue  # "a veteran of the district": the noun is no head of the description
        parts = name.split()
        if any(kb.is_given_name(w) for w in parts) or (kb.is_title(parts[0]) and not kb.is_org_word(parts[-1])):
            continue  # a person described: "Fire Chief Ada Brill, a veteran of the district"
        if _AFTER_NAME_PARTICLE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Tjeerd van Keulen, the club's goalkeeper": a surname's tail after its particle
        found = name
    return found


# Nouns for a business that a name may stand beside ("the betting operator Brightwager", "Tarnfell Heights,
# the company that runs the resort", "power distributor Eastmere Power", "publishing giant Quillon").
_BUSINESS_KINDS = (
    "company|firm|group|carrier|airline|manufacturer|maker|operator|insurer|lender|retailer|utility|chain|"
    "distributor|supplier|provider|developer|producer|drugmaker|carmaker|chipmaker|brewer|miner|contractor|"
    # a business by its size or its age: "the telecommunications giant Brightwager", "the search startup"
    "giant|conglomerate|multinational|startup"
)
# What a business has, written after its name's possessive or before "of" and its name: its people
# ("Halstrom's plant manager", "the general director of Kolvino Energo") and its works ("Halstrom's
# first fab").
_BUSINESS_PEOPLE = (
    "chief executive|executive|chief|ceo|manager|director|spokesman|spokeswoman|spokesperson|president|"
    "chairman|chairwoman|founder|owner|engineers|staff|employees|workers|board|shareholders|"
    "customers|management|boss"
)
_BUSINESS_THINGS = _BUSINESS_PEOPLE + "|shares|plant|factory|fab|site|headquarters"
_NAME = rf"(?P<name>{_CAP}(?:[^\S\n]+(?:(?:of|and|&)[^\S\n]+)?{_CAP})*)"
_BUSINESS_NAMED = re.compile(
    # "Halstrom's plant manager", "Halstrom's first U.S. fab"
    rf"{_NAME}['’]s[^\S\n]+(?:[\w.-]+[^\S\n]+){{0,3}}?(?:{_BUSINESS_THINGS})\b"
    # "the general director of Kolvino Energo", "a manager at Kolvino Energo" ("the plant at X" is
    # a place)
    rf"|\b(?:(?:{_BUSINESS_THINGS})[^\S\n]+of|(?:{_BUSINESS_PEOPLE})[^\S\n]+at)[^\S\n]+(?:the[^\S\n]+)?(?P<of>{_CAP}(?:[^\S\n]+(?:(?:of|and|&)[^\S\n]+)?{_CAP})*)"
    # "Tarnfell Heights, the company that runs the resort"
    rf"|(?P<described>{_CAP}(?:[^\S\n]+{_CAP})*),[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\w’'-]+[^\S\n]+){{0,6}}?"
    rf"(?:{_BUSINESS_KINDS})(?=[,.;:)]|[^\S\n]+(?:that|which|whose|with|in|at|on|for|based|owned|run)\b)"
    # "the betting operator Brightwager", "power distributor Eastmere Power"
    rf"|\b(?:{_BUSINESS_KINDS})[^\S\n]+(?P<after>{_CAP}(?:[^\S\n]+{_CAP})*)"
)
_NO_BUSINESS = frozenset("the a an this that its their his her our mr mrs ms dr i we you he she it they".split())


def business_named_before(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The business a stretch of text last names as one, so that "the company" after it means it:
    the owner of a business's people or works ("Halstrom's plant manager", "the general director
    of Kolvino Energo"), a name set off with a business noun ("Tarnfell Heights, the company
    that runs the resort") or written after one ("the betting operator Brightwager").

    A person's name (one a given name starts), a title, a country, a day or a month, a medium, or
    a name headed by a public body's word is no business.

    Returns:
        The offset and name of the last such business between ``start`` and ``end``, or None.
    """
    kb = knowledge()
    found = None
    for m in _BUSINESS_NAMED.finditer(text, start, end):
        group = next(g for g in ("name", "of", "described", "after") if m.group(g) is not None)
        name = _first_sentence(m.group(group))
        words = name.split()
        while words and words[0].casefold() in _NO_BUSINESS:
            words.pop(0)
        name = " ".join(words)
        if not words or _TIME_POSSESSOR.match(name + "'s ") or kb.starts_with_given_name(name):
            continue
        if kb.is_title(words[0]) or kb.is_country(name) or kb.is_given_name(words[0]):
            continue
        if kb.outlet(name) is not None or kb.is_masthead(name) or kb.is_medium(name):
            continue
        if len(words) > 1 and kb.is_org_word(kind_word(head_word(name))) and head_word(name) not in _BUSINESS_HEADS:
            continue  # "the chief executive of the River and Environment Agency": a public body
        found = (m.start(group) + m.group(group).find(words[0]), name)
    return found


# Organisation words that head a business's name ("Halvern Holdings", "Brenmark Airlines")
_BUSINESS_HEADS = frozenset(
    """company corporation corp inc ltd llc plc group holdings therapeutics pharmaceuticals pharma
    biotech airlines airline airways motors mobility minerals mining industries systems technologies
    labs laboratories partners logistics shipping railways insurance utilities gmbh securities firm
    productions records studios entertainment capital equities ventures investments research international""".split()
)


def is_business_name(name: str) -> bool:
    """Whether a name of several words is headed by a business's word ("Halvern Holdings")."""
    return len(name.split()) > 1 and head_word(name) in _BUSINESS_HEADS


def is_business_role(role: str) -> bool:
    """Whether a role learned for a name is a business's kind ("betting operator" of "the betting
    operator Brightwager"): a body's description, no person's."""
    words = role.casefold().split()
    return bool(words) and words[-1] in _BUSINESS_KIND_WORDS


_BUSINESS_KIND_WORDS = frozenset(_BUSINESS_KINDS.split("|"))
