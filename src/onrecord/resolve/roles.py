"""Role phrases compared across articles: may "the minister" of one article be the "Health
Minister" another article named?

A role phrase is read into a :class:`RoleShape`: its class from the role lexicon (``health
minister`` -> ``health-minister``, ``chief executive officer`` -> ``chief-executive``), the rank
words that make it another office (deputy, vice, prime), and what the rest of the phrase says of
the office in three facets: the kind of body (union, council, drugmaker), demonyms (Halvorian)
and other words (a portfolio or a name: health, Transalpa, Brennau). Courtesy words (Mr, Frau)
and words that place a role in time (former, outgoing) say nothing of the office.

Two shapes are *compatible* when their classes agree (or one is the general class of the other:
"minister" of "health-minister", "chief" of "chief-executive"), their ranks are equal and no
facet both describe differs entirely ("health minister" is not "transport minister"; "union
leader" is not "party leader"). They *share* a word when a name or portfolio both give agrees:
that is what lets a role find its holder among all the people of a week, not only among the
people one article names. Word lists are data (``resolve/data/role_words.tsv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = [
    "RoleShape",
    "classes_agree",
    "compatible",
    "describes_person",
    "portfolio_of",
    "role_shape",
    "shares_detail",
    "shares_word",
    "spells_role",
]

_STOP = frozenset("the a an of for at in to with on and his her its their our my your this that s".split())
_PREPOSITIONS = frozenset("of for at in to with on".split())
_DEMONYM = re.compile(r"\w{3,}(?:ian|ean|ese|ish)$")
# General classes and the classes they cover: "the chief" may be the chief executive, "the
# minister" the health minister (not the deputy or the prime minister: other classes).
_LEADERS = frozenset(
    "chair chief-executive president director secretary-general head leader union-leader party-leader".split()
)
_GENERAL = {
    "head": _LEADERS,
    "leader": _LEADERS,
    "union-leader": _LEADERS,
    "party-leader": _LEADERS,
    "head-of-state": frozenset({"president"}),  # "the head of state" of a republic is its president
}


@dataclass(frozen=True, slots=True)
class RoleShape:
    """What a role phrase says of an office (see the module docstring)."""

    cls: str | None
    head: str
    ranks: frozenset[str]
    kinds: frozenset[str]
    places: frozenset[str]
    others: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Words:
    abbreviations: dict[str, str]
    by_kind: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def _words() -> _Words:
    text = resources.files("onrecord.resolve").joinpath("data").joinpath("role_words.tsv").read_text("utf-8")
    abbreviations: dict[str, str] = {}
    by_kind: dict[str, set[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, word, *meaning = line.split("\t")
        by_kind.setdefault(kind, set()).add(word)
        if kind == "abbreviation" and meaning:
            abbreviations[word] = meaning[0]
    return _Words(abbreviations, {k: frozenset(v) for k, v in by_kind.items()})


def _qualifier(word: str) -> str | None:
    """The concept of a portfolio word in any language the institution lexicon knows
    ("santé" and "health" are ``health``), else None."""
    from onrecord.resolve.institutions import qualifier_concept

    return qualifier_concept(word)


def _tokens(phrase: str) -> list[str]:
    text = re.sub(r"\([^()]*\)?", " ", phrase.casefold().replace("’", "'"))
    text = re.sub(r"'s\b", " ", text)
    words = _words()
    out = []
    for token in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text):
        out.extend(words.abbreviations.get(token, token).split())
    return out


def _lexicon_class(words: list[str]) -> tuple[str | None, int, int]:
    """The class of the longest role in the lexicon among ``words`` (one holding a preposition,
    "chief of staff", anywhere; else one that ends the words before the first preposition), with
    where it starts and ends; (None, -1, -1) when none."""
    from onrecord.attribute.knowledge import knowledge

    roles = knowledge().roles
    for size in range(len(words), 1, -1):
        for i in range(len(words) - size + 1):
            key = " ".join(words[i : i + size])
            if key in roles and _PREPOSITIONS & set(words[i : i + size]):
                return roles[key][0], i, i + size
    cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    for i in range(cut):
        key = " ".join(words[i:cut])
        if key in roles:
            return roles[key][0], i, cut
    return None, -1, -1


@lru_cache(maxsize=4096)
def role_shape(phrase: str) -> RoleShape | None:
    """Read a role phrase; None when it names no office (a courtesy word, an age, "himself").

    Of a phrase in parts ("Dr Pierre-Yves Kessler, president of the federation"), the first part
    the role lexicon knows is read, else the first that names anything.
    """
    shapes = [shape for part in phrase.split(",") if (shape := _part_shape(part)) is not None]
    return next((shape for shape in shapes if shape.cls is not None), shapes[0] if shapes else None)


def _part_shape(phrase: str) -> RoleShape | None:
    words = _words()
    honorifics = words.by_kind.get("honorific", frozenset())
    skip = words.by_kind.get("time", frozenset()) | words.by_kind.get("filler", frozenset()) | honorifics
    tokens = [t for t in _tokens(phrase) if t not in skip]
    if not [t for t in tokens if t not in _STOP]:
        return None
    cls, start, end = _lexicon_class(tokens)
    kinds_list = words.by_kind.get("kind", frozenset())
    ranks_list = words.by_kind.get("rank", frozenset())
    if cls is None:
        cut = next((i for i, w in enumerate(tokens) if w in _PREPOSITIONS), len(tokens))
        content = [t for t in tokens[:cut] if t not in _STOP and t not in ranks_list]
        if not content:
            return None
        head = content[-1]
        start = max(i for i in range(cut) if tokens[i] == head)
        end = start + 1
        core: set[str] = {head}
    else:
        head = tokens[end - 1]
        core = {t for t in tokens[start:end] if t not in kinds_list and _qualifier(t) is None and t not in _STOP}
    ranks: set[str] = set()
    kinds: set[str] = set()
    places: set[str] = set()
    others: set[str] = set()
    for i, token in enumerate(tokens):
        if token in _STOP or (start <= i < end and token in core):
            continue
        concept = _qualifier(token)
        if concept is not None:
            others.add(concept)
        elif token in ranks_list and not start <= i < end:
            ranks.add(token)
        elif token in kinds_list or token.rstrip("s") in kinds_list:
            kinds.add(token if token in kinds_list else token.rstrip("s"))
        elif _DEMONYM.fullmatch(token):
            places.add(token)
        else:
            others.add(token)
    others |= _initials(phrase, words.by_kind.get("kind", frozenset()))
    return RoleShape(cls, head, frozenset(ranks), frozenset(kinds), frozenset(places), frozenset(others))


_BODY_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|the|on)\s+)*[A-Z][\w'’-]*)+")


def _initials(phrase: str, kinds: frozenset[str]) -> set[str]:
    """The initials of a body a role phrase names in full ("head of the Federal Water Resilience
    Agency": ``fwra``), so that the phrase shares a detail with one that gives them ("FWRA
    Director"). Only names of three words or more that hold a kind of body count ("Chief
    Executive Officer" is no body)."""
    from onrecord.attribute.knowledge import knowledge

    out = set()
    for m in _BODY_NAME.finditer(phrase):
        words = [w for w in m.group(0).split() if w[:1].isupper()]
        while words and knowledge().role(words[0]) is not None:
            words = words[1:]  # "President of the Port Authority of Saint-Lys": the office goes
        if len(words) >= 3 and any(w.casefold().rstrip("s") in kinds for w in words):
            out.add("".join(part[0] for w in words for part in w.split("-") if part).casefold())
    return out


def portfolio_of(shape: RoleShape) -> frozenset[str]:
    """The portfolios a role shape names, as concepts of the institution lexicon ("health" of
    "Health and Social Care Minister"); names of people and bodies are none."""
    return frozenset(word for word in shape.others if _qualifier(word) is not None)


def classes_agree(a: RoleShape, b: RoleShape) -> bool:
    """Whether the class of the role ``a`` covers that of ``b``: the same class, a general class
    of a particular one ("head" of "chief-executive"), "minister" of a portfolio's minister."""
    if a.cls is None or b.cls is None:
        return a.head == b.head
    if a.cls == b.cls or b.cls in _GENERAL.get(a.cls, frozenset()):
        return True
    return any(
        general == "minister" and special.endswith("-minister") and not special.startswith("deputy")
        for general, special in ((a.cls, b.cls), (b.cls, a.cls))
    )


def compatible(a: RoleShape, b: RoleShape) -> bool:
    """Whether the role ``a`` may name the office ``b`` names (see the module docstring).

    A general class of leader finds a particular one ("the chief" may be the chief executive),
    not the other way round ("the president" is not whoever some article called a leader).
    """
    if not classes_agree(a, b) or a.ranks != b.ranks:
        return False
    return all(
        not (x and y) or bool(x & y) for x, y in ((a.kinds, b.kinds), (a.places, b.places), (a.others, b.others))
    )


def shares_detail(a: RoleShape, b: RoleShape) -> bool:
    """Whether two compatible role phrases agree on a name or portfolio ("Transalpa chief" and
    "chief executive officer of Transalpa"), not only on the kind of office."""
    return compatible(a, b) and bool(a.others & b.others)


def shares_word(a: RoleShape, b: RoleShape) -> bool:
    """Whether two compatible role phrases agree on any word of what they say of the office,
    the kind of body included ("borough council's leader" and "council leader")."""
    return compatible(a, b) and bool(a.others & b.others or a.kinds & b.kinds or a.places & b.places)


def spells_role(acronym: str, phrase: str) -> bool:
    """Whether an acronym is the initials of words a role phrase gives in a row that end in a
    role ("CS" of "Health Cabinet Secretary", "DG" of "director-general of the agency"): the
    role written short. Initials that end in no role ("DG" of "Dr. Grace") are no role."""
    from onrecord.attribute.knowledge import knowledge

    letters = acronym.casefold()
    words = [w for w in re.findall(r"[^\W\d_]+", phrase.casefold().replace("'s", "")) if w not in _STOP]
    size = len(letters)
    return size >= 2 and any(
        "".join(w[0] for w in words[i : i + size]) == letters and knowledge().role(" ".join(words[i : i + size]))
        for i in range(len(words) - size + 1)
    )


# Endings of nouns for a person by what they do or are ("developer", "strategist", "nominee",
# "chairwoman"); words with such an ending that name no person are told apart by what the
# lexicons know, and such a noun only heads a phrase already read as a role.
_PERSON_ENDING = re.compile(r"\w{2,}(?:er|or|ist|ian|ant|ent|ee|eer|man|woman|person|ster|ess|hand|mate)")
_NOT_PERSON_ENDING = re.compile(r"\w*(?:ment|ness|ency|ancy|ever|ether|ather|other|ither)")
_NOT_PERSON = frozenset(
    "after under over later percent event content intent extent floor door error factor sector order number "
    "matter paper letter power border water center centre quarter chapter corner winter summer weather answer "
    "cancer theater theatre filter meter register tower computer parameter spectrum".split()
)
# What a role phrase opens with that is no part of it: "now a consultant", "one of the family's
# lawyers", "(D-Vt.), ranking member of ...".
_OPENING = re.compile(r"^(?:\W*\([^()]*\)\W*|(?:now|one|some|two|three|several|many) (?:of )?)+")
_HEAD_CUT = frozenset("of for at in to with on from about over than by".split())


def describes_person(phrase: str) -> bool:
    """Whether a role phrase read beside a name is one to record as the person's role: some part
    of it (parts split at commas) is headed by a noun for a person ("Republican presidential
    nominee", "director of the institute", "Vt. sen.", "one of her lawyers"), not by a verb
    form, an adverb, a place, a noun for a thing ("book", "cement") or a body ("police"), and it
    is not one bare word for a side ("Republican", "rival").

    The head is the last word before the first preposition (or the last word); the knowledge
    base (roles, titles, epithets, kin), this module's ``person`` words and the endings of
    nouns for people (``_PERSON_ENDING``) tell whether it names a person.
    """
    text = re.sub(r"[\"“”]", " ", phrase.casefold().replace("’", "'"))
    text = re.sub(r"\([^()]*\)", " ", text)
    words = _words()
    if re.sub(r"\W", "", text) in words.by_kind.get("side", frozenset()):
        return False
    return any(_part_names_person(_OPENING.sub("", part.strip())) for part in re.split(r",|--|—|–", text))


def _part_names_person(part: str) -> bool:
    """Whether one comma-free part of a role phrase is headed by a noun for a person."""
    from onrecord.attribute.kin import kin
    from onrecord.attribute.knowledge import knowledge

    tokens = re.findall(r"[^\W\d_]+(?:[.'-][^\W\d_]+)*\.?", part)
    # a participle that opens what follows the noun cuts it too: "detective leading the inquiry"
    cut = next(
        (
            i
            for i, w in enumerate(tokens)
            if w in _HEAD_CUT or (i > 0 and w.endswith("ing") and tokens[i + 1 : i + 2] in (["the"], ["a"], ["an"]))
        ),
        len(tokens),
    )
    if cut == 0:
        return False
    kb = knowledge()
    words = _words()
    if kb.role(" ".join(tokens)) is not None or kb.role(" ".join(tokens[:cut])) is not None:
        return True
    head = re.sub(r"'s?$", "", tokens[cut - 1])
    bare = head.rstrip(".")
    singular = {bare, re.sub(r"ies$", "y", bare), re.sub(r"s$", "", bare), re.sub(r"es$", "", bare)}
    if "-" in bare:  # "inspector-general", "attorney-at-law": a compound headed by its first noun
        singular.add(bare.split("-")[0])
    person = words.by_kind.get("person", frozenset())
    if bare in words.by_kind.get("time", frozenset()) | words.by_kind.get("filler", frozenset()):
        return False  # "former", "now": a role cut short
    if not part.isascii():
        return True  # "jefa de policía": a role in a language this reading does not know
    modifiers = words.by_kind.get("side", frozenset()) | words.by_kind.get("rank", frozenset())
    modifiers |= words.by_kind.get("before", frozenset())
    if kb.is_title(head) and bare not in modifiers and not kb.is_portfolio_word(bare):
        return True  # a title: "sheikh", "datuk seri", "mec", "Cr"
    return any(
        w in kb.epithets
        or w in person
        or w in words.abbreviations
        or (head.endswith(".") and kb.is_title(head))
        or kin(w) is not None
        or kb.role(w) is not None
        or _person_ending(w)
        for w in singular
        if w
    )


def _person_ending(word: str) -> bool:
    """Whether a word's ending makes it a noun for a person ("developer", "nominee"), not one of
    the words with such an ending that name a thing ("statement", "border")."""
    return bool(_PERSON_ENDING.fullmatch(word)) and not _NOT_PERSON_ENDING.fullmatch(word) and word not in _NOT_PERSON
