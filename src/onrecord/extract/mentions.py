"""Speaker mentions: the words that name who speaks, and what kind of mention they are.

A mention is built from the subject (or ``according to`` object) of a cue: its noun phrase
without relative clauses, split into a proper name (``Dmitry Peskov``), a role (``Kremlin
spokesman``), a pronoun, an organisation, or an unnamed source (``two officials``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from onrecord.attribute.knowledge import knowledge
from onrecord.attribute.particles import (
    NAME_PARTICLE,
    OF_PARTICLES,
    PATRONYMICS,
    SURNAME_PARTICLES,
    bare_family_name,
    of_particle_at,
)
from onrecord.dates import ENGLISH_DAY_WORDS, MONTHS, WEEKDAYS

__all__ = [
    "NAME_PARTICLES",
    "SAINTS",
    "Mention",
    "analyse_mention",
    "closes_a_bracket",
    "is_party_state",
    "noun_phrase",
    "scan_names",
    "split_name",
]

_CUT_DEPS = {"relcl", "acl", "advcl", "parataxis", "ccomp", "punct", "cc", "conj", "prep"}
_KEEP_PREP_HEADS = {"of"}
# the words after which a body's name goes on past its head word ("Institute for ...", "Commission on ...")
_BODY_NAME_PREPS = frozenset({"for", "on"})
# the small words inside a body's name after its head ("Institute for the Study of Tides",
# "Committee for a Balanced Budget")
_NAME_JOINS = frozenset({"the", "a", "of", "and", "&"})
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
NAME_PARTICLES = SURNAME_PARTICLES | PATRONYMICS  # words inside a name in lower case ("de la", "van der")
_SPACE = re.compile(r"\s+")
# Surname particles written with a capital: "Liam Ó Catháin", "Máire Ní Bhriain".
_CAPITAL_PARTICLES = frozenset("Ó Ní Nic Ua Uí".split())
# A US legislator's party and state after the name: "Sen. Dolores Whitcomb, D-Ariz.", "R-Ky.".
_PARTY_STATE = re.compile(r"^(?:[DRI]|Ind)\s?-\s?[A-Z][A-Za-z.]*$")


def is_party_state(text: str) -> bool:
    """A US legislator's party and state as written after the name ("D-Ariz.", "R-Ky.")."""
    return _PARTY_STATE.match(text) is not None


@dataclass(frozen=True, slots=True)
class Mention:
    """Who a cue's subject names, at offsets into the article text.

    ``kind`` is ``name``, ``pronoun``, ``role``, ``organisation``, ``anonymous``, ``relative``
    (``who``: see ``antecedent``) or ``other``.
    """

    start: int
    end: int
    text: str
    kind: str
    name: str | None = None
    role: str | None = None
    gender: str | None = None
    number: str | None = None
    antecedent: Mention | None = None


# An emphatic pronoun after the subject ("Stavrum himself said"): no word of who speaks.
_EMPHATIC = frozenset("himself herself itself themselves themself myself ourselves".split())


def _keep(token: Any, head: Any, appos_after: int | None) -> bool:
    if token.lower_ in _EMPHATIC and token.i > head.i:
        return False
    if token.dep_ == "punct":
        if _tight_hyphen(token):
            return True  # "Ortega-Brandt": one name
        if closes_a_bracket(list(token.doc[head.left_edge.i : token.i + 1])):
            return True  # "the Alliance (PA)": the bracket closes what the phrase opened
        if token.text == "(" and token.i < head.i and any(t.text == ")" for t in token.doc[token.i + 1 : head.i]):
            return True  # "the Animal Care Workers' Union (ACWU) representative": the bracket is closed before the head
        # the comma before an apposition stays inside the phrase
        return appos_after is not None and token.i < appos_after and token.i > head.i
    if token.dep_ in _CUT_DEPS:
        kept_prep = token.lower_ in _KEEP_PREP_HEADS or _portfolio_before(token, head, appos_after)
        of_phrase = token.dep_ == "prep" and kept_prep
        joint_names = token.dep_ == "conj" and head.pos_ == "PROPN" and token.pos_ == "PROPN"  # "Smith and Jones"
        return of_phrase or joint_names or (token.dep_ == "prep" and _body_goes_on(token, head) is not None)
    return True


def _body_goes_on(token: Any, head: Any) -> int | None:
    """Where a body's name ends that goes on past its head word with "for" or "on" and
    capitalised words: "International Association for Coastal Research", "Office for Relief
    Coordination", "Commission on Civic Forums"; the index of its last word, or None. The name is
    written right after the head, every word capitalised (a "the", "of" or "and" between:
    "Institute for the Study of Tides"), up to a comma or a bracket; a day is no name ("the
    Commission on Monday said")."""
    if token.i != head.i + 1 or not head.text[:1].isupper() or head.pos_ != "PROPN":
        return None
    if token.lower_ not in _BODY_NAME_PREPS or token.dep_ != "prep" or not knowledge().is_org_word(head.text):
        return None
    run = []
    for t in token.subtree:
        if t.i > token.i and t.is_punct and not _tight_hyphen(t):
            break
        run += [t] if t.i > token.i else []
    words = [t for t in run if not t.is_punct]
    if not words or not all(t.text[:1].isupper() or t.lower_ in _NAME_JOINS for t in words):
        return None
    if token.lower_ == "on" and any(t.lower_ in ENGLISH_DAY_WORDS or t.lower_ in MONTHS for t in words):
        return None
    return int(words[-1].i)


def _portfolio_before(prep: Any, head: Any, appos_after: int | None) -> bool:
    """An office's "for" phrase before the name set off after it ("Commissioner for Trade and
    Customs, Ines Varga", the name hung on the office or on its portfolio): part of the phrase,
    so that the name stays in it."""
    if prep.lower_ != "for" or not knowledge().is_title(head.text):
        return False
    if appos_after is not None and prep.i < appos_after:
        return True
    return any(c.dep_ == "appos" and c.i > obj.i for obj in prep.children for c in obj.children)


def noun_phrase(head: Any) -> list[Any]:
    """Return the tokens of the noun phrase headed by ``head``, without clauses.

    Appositions are kept (``the press secretary, Dmitry Peskov``); relative clauses, participle
    clauses and prepositional phrases other than ``of ...`` are left out.
    """
    appos = [c.i for c in head.children if c.dep_ == "appos" and c.i > head.i]
    placed = _name_set_off_late(head) if not appos else None
    appos_after = max(appos) if appos else (placed.i if placed is not None else None)
    tokens = [head]
    stack = [head]
    if placed is not None:
        # "a used-car dealer in Ghent, Luc Brouwer,": the name the parser hung on the place
        tokens += [t for t in placed.subtree if t.i != head.i]
    # a body's name that goes on with "for" ends where its capitalised words do
    ends = [e for c in head.children if (e := _body_goes_on(c, head)) is not None]
    while stack:
        node = stack.pop()
        for child in node.children:
            if node.i == head.i and not _keep(child, head, appos_after):
                continue
            if node.i != head.i and child.dep_ in {"relcl", "acl", "advcl", "parataxis", "ccomp"}:
                continue
            if ends and head.i < node.i <= ends[0] < child.i:
                continue
            tokens.append(child)
            stack.append(child)
    for part in _split_compound_before(head):
        tokens.extend(t for t in part.subtree if t not in tokens)
    tokens.sort(key=lambda t: t.i)
    # keep one contiguous stretch around the head
    first = last = tokens.index(head)
    while first > 0 and tokens[first - 1].i == tokens[first].i - 1:
        first -= 1
    bridged = _place_before_appos(head, appos_after)
    while last < len(tokens) - 1 and (
        tokens[last + 1].i == tokens[last].i + 1
        or all(k in bridged for k in range(tokens[last].i + 1, tokens[last + 1].i))
    ):
        last += 1
    span = tokens[first : last + 1]
    while span and (span[-1].is_punct or span[-1].dep_ == "cc") and span[-1].i != head.i and not closes_a_bracket(span):
        span.pop()
    while span and span[0].is_punct and span[0].i != head.i:
        span.pop(0)
    return span + _hyphen_tail(span[-1]) if span else span


def _name_set_off_late(head: Any) -> Any | None:
    """A person's name set off after a role and the words that describe it, which the parser hung
    on a word of those words: after a place phrase (:func:`_name_after_place`), else after a
    relative or participle clause (:func:`_name_after_clause`)."""
    return _name_after_place(head) or _name_after_clause(head)


def _name_after_clause(head: Any) -> Any | None:
    """A person's full name set off after a role and its relative or participle clause, which the
    parser hung on the clause's last noun ("The engineer who ... and who has since become a local
    celebrity, Ada Pell, told", "A lawyer representing families in a class action, Ada Pell,
    said"): the name's head token, when it closes the subject right before the verb; else None."""
    if head.pos_ != "NOUN":
        return None
    for clause in head.children:
        if clause.dep_ not in _DESCRIBING_CLAUSES or clause.i < head.i:
            continue
        for name in clause.subtree:
            if name.dep_ != "appos" or not _full_name_set_off(name):
                continue
            if not _a_person_for(head, name):
                continue  # "The company that owns the stadium, Riverside Park, said": no person's name
            doc = name.doc
            after = name.right_edge.i + 1
            verb = after + 1 if after < len(doc) and doc[after].text in _SET_OFF_MARKS else after
            if verb < len(doc) and doc[verb].i == head.head.i and head.dep_ in {"nsubj", "nsubjpass"}:
                return name
    return None


def _name_after_place(head: Any) -> Any | None:
    """A person's name set off after a role and its place phrase that the parser hung on the
    place ("a used-car dealer in Ghent, Luc Brouwer, said", "the store manager on Quay Lane, Ada
    Pellow, said"): the name's head token, when the name is a full one (two capitalised words
    or more) set off by commas, or by a comma and the cue; else None."""
    if head.pos_ != "NOUN":
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.i < head.i or prep.lower_ == "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for name in obj.children:
                if name.dep_ != "appos" or name.pos_ != "PROPN" or name.i < obj.i:
                    continue
                words = [t for t in name.subtree if not t.is_punct]
                if len(words) < 2 or not all(w.text[:1].isupper() or w.lower_ in NAME_PARTICLES for w in words):
                    continue
                after = name.doc[name.right_edge.i + 1] if name.right_edge.i + 1 < len(name.doc) else None
                if after is None or (after.text != "," and after.i != head.head.i):
                    continue
                if words[0].i < 1 or name.doc[words[0].i - 1].text != ",":
                    continue
                return name
    return None


def _place_before_appos(head: Any, appos_after: int | None) -> set[int]:
    """The words of a prepositional phrase left out of a phrase between its head and the name set
    off after it ("a used-car dealer in Ghent, Luc de Brouwer", "the store manager on Quay
    Lane, Ada Pellow"): the name stays in the phrase across them."""
    if appos_after is None:
        return set()
    out: set[int] = set()
    first = head.doc[appos_after].left_edge.i  # where the set-off name starts
    clauses = _full_name_set_off(head.doc[appos_after]) and _a_person_for(head, head.doc[appos_after])
    for child in head.children:
        if head.i < child.i < first and (child.dep_ == "prep" or (clauses and _describing(child))):
            out |= {t.i for t in child.subtree if t.i < first}
    if out:
        out |= {t.i for t in head.doc[min(out) : appos_after] if t.text in _SET_OFF_MARKS}
    return out


# what describes a role before the name set off after it: "The engineer who first spotted the
# crack, Ada Pell, said", "A lawyer representing the families, Ada Pell, said"
_DESCRIBING_CLAUSES = frozenset({"relcl", "acl"})
_SET_OFF_MARKS = frozenset({",", "—", "–"})


def _a_person_for(head: Any, name: Any) -> bool:
    """Whether a name set off after a described head is that person's: the head is a person or a
    person's role ("The engineer who ..., Ada Pell"), or the name opens with a given name or holds
    a title ("..., Elections Director X"); not "The company that owns the stadium, Riverside Park"
    (what the company owns)."""
    kb = knowledge()
    words = [t.text for t in name.subtree if not t.is_punct]
    return (
        kb.role(head.text) is not None
        or kb.is_epithet(head.text)
        or head.lower_ in PERSON_HEADS
        or bool(words and kb.is_given_name(words[0]))
        or any(kb.is_title(w) or kb.role(w) is not None for w in words[:-1])
    )


# heads that name a person without a role ("The man who has run every election since 2009, ...")
PERSON_HEADS = frozenset("man woman person mother father son daughter boy girl".split())


def _describing(child: Any) -> bool:
    """Whether a word the role governs opens words that describe it: a relative or participle
    clause, or one more joined to it ("who found the wreck, and who has since become ...": the
    parser may join the second to the role itself)."""
    return (
        child.dep_ in _DESCRIBING_CLAUSES
        or child.dep_ == "cc"
        or (child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"})
    )


def _full_name_set_off(name: Any) -> bool:
    """Whether an apposition is a person's full name set off before the verb: a proper noun of
    two capitalised words or more (a title among them), a comma or a dash before it and a comma,
    a dash or the verb after it ("..., Elections Director Ada Pell, told")."""
    words = [t for t in name.subtree if not t.is_punct]
    if name.pos_ != "PROPN" or len(words) < 2:
        return False
    if not all(w.text[:1].isupper() or w.lower_ in NAME_PARTICLES for w in words):
        return False
    doc = name.doc
    before = doc[words[0].i - 1] if words[0].i > 0 else None
    after = doc[name.right_edge.i + 1] if name.right_edge.i + 1 < len(doc) else None
    if before is None or before.text not in _SET_OFF_MARKS or after is None:
        return False
    kb = knowledge()
    word = doc[before.i - 1].text if before.i > 0 else ""
    if kb.role(word) is not None or kb.is_title(word):
        return False  # "who spoke through his press secretary, Ade Olumide,": the name of that role
    return after.text in _SET_OFF_MARKS or after.i == name.head.head.i


_BRACKETS = {")": "(", "]": "["}


def closes_a_bracket(tokens: list[Any]) -> bool:
    """Whether the last of ``tokens`` closes a bracket opened among them (``the Health Service
    (GHS)``, ``until the count (May 23)``): trimming punctuation from a span keeps it."""
    opening = _BRACKETS.get(tokens[-1].text) if tokens else None
    if opening is None:
        return False
    before = [t.text for t in tokens[:-1]]
    return before.count(opening) > before.count(tokens[-1].text)


def _split_compound_before(head: Any) -> list[Any]:
    """The first parts of a hyphenated common noun the parser split into sibling words hung on
    the same word in the same way ("The union's vice | - | president, Mary Doyle, said": three
    subjects of the verb): the parts and hyphens before ``head``, which is its last part."""
    doc = head.doc
    parts: list[Any] = []
    i = head.i
    while (
        i >= 2
        and _tight_hyphen(doc[i - 1])
        and doc[i - 2].text.isalpha()
        and doc[i - 2].text.islower()
        and all(doc[j].head.i == head.head.i != doc[j].i and doc[j].dep_ == head.dep_ for j in (i - 1, i - 2))
    ):
        parts[:0] = [doc[i - 2], doc[i - 1]]
        i -= 2
    return parts


def _last_compound_part(head: Any) -> Any:
    """The last part of a hyphenated common noun the parser split into siblings ("vice |
    - | president"), which heads the phrase; ``head`` itself otherwise."""
    doc = head.doc
    i = head.i
    while (
        i + 2 < len(doc)
        and head.text.islower()
        and _tight_hyphen(doc[i + 1])
        and doc[i + 2].text.isalpha()
        and doc[i + 2].text.islower()
        and all(doc[j].head.i == head.head.i != doc[j].i and doc[j].dep_ == head.dep_ for j in (i + 1, i + 2))
    ):
        i += 2
    return doc[i]


def _hyphen_tail(last: Any) -> list[Any]:
    """The rest of a name the parser left outside the phrase ("Okoro-Lindqvist said" parsed as
    three subjects of the verb, "Mara Lim-Okoro told" as four): a tight hyphen and the
    capitalised word after it, or the next name word after a space, that hangs on the same word
    in the same way, as often as they go on; nothing after a word that is no name or before a
    lower-case word ("Trump-led")."""
    doc = last.doc
    tail: list[Any] = []
    i = last.i
    while i + 1 < len(doc) and _name_like(doc[i]) and doc[i].text[:1].isupper():
        if (
            i + 2 < len(doc)
            and _tight_hyphen(doc[i + 1])
            and (_sibling_name_word(doc[i + 2], last) or _hung_name_word(doc[i + 2], doc[i]))
        ):
            tail += [doc[i + 1], doc[i + 2]]
            i += 2
        elif doc[i].whitespace_ and _sibling_name_word(doc[i + 1], last) and _name_like(doc[i + 1]):
            tail.append(doc[i + 1])
            i += 1
        else:
            break
    return tail


def _sibling_name_word(word: Any, last: Any) -> bool:
    """A capitalised word hung on the same word as ``last`` in the same way: the parser's split
    of one name into several subjects."""
    return (
        word.text[:1].isupper()
        and word.text.replace("'", "").replace("’", "").isalpha()
        and word.head.i == last.head.i != last.i
        and word.dep_ == last.dep_
        and not knowledge().is_title(word.text)
        and not knowledge().is_org_word(word.text)
    )


def _hung_name_word(word: Any, before: Any) -> bool:
    """A capitalised word the parser hung on the name word before the hyphen as if set beside it
    ("Ines Pardo-Vale" with "Vale" an apposition of "Pardo"): the second half of the surname."""
    return (
        word.head.i == before.i
        and word.dep_ in {"appos", "npadvmod"}
        and word.pos_ == "PROPN"
        and word.text[:1].isupper()
        and word.text.replace("'", "").replace("’", "").isalpha()
        and not knowledge().is_title(word.text)
        and not knowledge().is_org_word(word.text)
    )


def _tight_hyphen(token: Any) -> bool:
    """A hyphen with no space on either side: "Ortega-Brandt"."""
    return token.text in {"-", "‐"} and token.i > 0 and not token.whitespace_ and not token.doc[token.i - 1].whitespace_


def _joins_name(tokens: list[Any], i: int) -> bool:
    """A hyphen written tight between two names."""
    if i <= 0 or not _tight_hyphen(tokens[i]):
        return False
    before = tokens[i - 1]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        _name_like(before)
        or (
            # "Per-Erik": a first part the tagger does not call a name, of a given name on the list
            after is not None and before.text[:1].isupper() and knowledge().is_given_name(f"{before.text}-{after.text}")
        )
        or (
            # "al-Mahrouqi": the article a family name opens with
            after is not None
            and before.text.islower()
            and bare_family_name(f"{before.text}-{after.text}") == after.text
        )
        or (
            # "du Plessis-Mertz", "Anneliese Plessis-Mertz": a double-barrelled surname after its
            # particle or a given name, whatever the tagger made of its first part
            after is not None
            and i >= 2
            and before.text.isalpha()
            and before.text[:1].isupper()
            and _name_like(after)
            and (
                (tokens[i - 2].lower_ in NAME_PARTICLES and tokens[i - 2].text.islower())
                or _given_before_particle(tokens, i - 2)
            )
        )
    )


def _hyphen_particle(tokens: list[Any], i: int) -> bool:
    """A name's lower-case particle written between tight hyphens ("Jean-de-Dieu", "Zia-ul-Haq",
    "Tehreek-e-Insaf"): ``tokens[i]`` is the hyphen after the particle, a capitalised word
    stands before the first hyphen."""
    if i < 3 or not _tight_hyphen(tokens[i]) or not _tight_hyphen(tokens[i - 2]):
        return False
    particle, first = tokens[i - 1], tokens[i - 3]
    return particle.text.isalpha() and particle.text.islower() and len(particle.text) <= 3 and first.text[:1].isupper()


def _lower_given_part(tokens: list[Any], i: int) -> bool:
    """A given name's second part written in lower case after a tight hyphen, as Korean given
    names are ("Hyun-woo", "Min-jung"): ``tokens[i]`` is that part, the word before the hyphen
    is capitalised."""
    if i < 2 or not tokens[i].text.isalpha() or not tokens[i].text.islower():
        return False
    first = tokens[i - 2]
    return (
        _tight_hyphen(tokens[i - 1])
        and first.text[:1].isupper()
        and first.text[1:].islower()
        and tokens[i].whitespace_ != ""  # "Hyun-woo Baek": a word follows, not "-led"
        and len(tokens[i].text) <= 4
        and not knowledge().is_title(first.text)
    )


# words that follow a name and a tight hyphen without being part of it ("Trump-led", "Obama-era")
_HYPHEN_SUFFIXES = frozenset(
    "led era run born made held like free wide type owned style based area bred only size step ward zone day year "
    "long time page".split()
)


def _lower_given_tail(tokens: list[Any], end: int) -> int:
    """How many tokens after ``tokens[end - 1]`` finish a given name written family name first,
    whose second syllable is in lower case after a tight hyphen ("Ban Ki-moon", "Park Geun-hye",
    "Kim Jong-un"): 2 (the hyphen and the syllable), or 0. The syllable's first part and the
    family name before it must both be short capitalised words, so "Trump-led" stays out."""
    if end < 2 or end + 1 >= len(tokens) or not _tight_hyphen(tokens[end]):
        return 0
    syllable, first, family = tokens[end + 1], tokens[end - 1], tokens[end - 2]
    return (
        2
        if syllable.text.isalpha()
        and syllable.text.islower()
        and len(syllable.text) <= 4
        and syllable.lower_ not in _HYPHEN_SUFFIXES
        and all(t.text[:1].isupper() and t.text[1:].islower() and len(t.text) <= 5 for t in (first, family))
        else 0
    )


def _particle_tail(name_tokens: list[Any]) -> list[Any]:
    """A surname with its particle after the word the parser made the head ("Rosalind | van
    Achterberg", "Rosalind | van Achterberg-Holm"): the particles and the capitalised words
    after them, a tight hyphen taking the word after it along. None when the name already ends
    before an "of" particle (:func:`_before_of_particle`)."""
    last = name_tokens[-1]
    doc = last.doc
    if last.i + 1 < len(doc) and doc[last.i + 1].text in OF_PARTICLES:
        with_particle = [*name_tokens, doc[last.i + 1]]
        if len(_before_of_particle(with_particle)) < len(with_particle):
            return []  # "Marguerite Adjei-Fenwick van Aquilara": a surname already ends the name
    tail: list[Any] = []
    i = last.i + 1
    while i < len(doc) and doc[i].lower_ in NAME_PARTICLES and doc[i].text.islower():
        tail.append(doc[i])
        i += 1
    if not tail or i >= len(doc) or doc[i].pos_ != "PROPN" or not doc[i].text[:1].isupper():
        return []
    while i < len(doc):
        if doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
            tail.append(doc[i])
            i += 1
        elif i + 1 < len(doc) and _joins_name(doc, i) and _name_like(doc[i + 1]):
            tail.extend((doc[i], doc[i + 1]))  # "van Achterberg-Holm": the hyphen and the name after it
            i += 2
        else:
            break
    return tail


def _before_of_particle(name: list[Any]) -> list[Any]:
    """A name's tokens less a Dutch or German "of" and the words after it where a whole name
    stands before them (:func:`of_particle_at`: "Henrik van der Wervelen van Skyvance")."""
    words = [t for t in name if not _tight_hyphen(t)]
    at = of_particle_at([t.text for t in words])
    return name if at >= len(words) else [t for t in name if t.i < words[at].i]


def _glued_given_name(head: Any) -> list[Any]:
    """The name a word that is no proper noun opens when a tight hyphen glues it to the next
    one into a given name ("Per-Erik Hallan"): the word, the hyphen, and the names after it."""
    doc = head.doc
    if head.pos_ == "PROPN" or not head.text[:1].isupper() or head.i + 2 >= len(doc):
        return []
    hyphen, second = doc[head.i + 1], doc[head.i + 2]
    if not _tight_hyphen(hyphen) or not knowledge().is_given_name(f"{head.text}-{second.text}"):
        return []
    run = [head, hyphen, second]
    while run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].pos_ == "PROPN" and doc[run[-1].i + 1].text[:1].isupper():
        run.append(doc[run[-1].i + 1])
    return run


def _given_before_particle(tokens: list[Any], i: int) -> bool:
    """A known given name the tagger did not call a name, right before a surname's lower-case
    particle ("Anneliese | du Plessis-Mertz") or a double-barrelled surname ("Anneliese |
    Plessis-Mertz")."""
    token = tokens[i]
    if i + 1 >= len(tokens) or token.pos_ == "PROPN" or not (token.text[:1].isupper() and token.text.isalpha()):
        return False
    after = tokens[i + 1]
    particle = after.lower_ in NAME_PARTICLES and after.text.islower()
    double = (
        i + 3 < len(tokens)
        and after.text[:1].isupper()
        and _tight_hyphen(tokens[i + 2])
        and tokens[i + 3].text[:1].isupper()
    )
    return (particle or double) and knowledge().is_given_name(token.text)


def split_name(tokens: list[Any]) -> tuple[list[Any], list[Any]]:
    """Split a run of tokens into (name tokens, role tokens before them).

    ``US President Donald Trump`` -> (``Donald Trump``, ``US President``); the name is the last
    run of proper nouns, less the titles and demonyms at its start.
    """
    kb = knowledge()
    end = len(tokens)
    while end > 0 and not _name_like(tokens[end - 1]):
        end -= 1
    if end == 0:
        return [], []
    end += _lower_given_tail(tokens, end)
    start = end - 1
    while start > 0 and (
        _name_like(tokens[start - 1])
        or _given_before_particle(tokens, start - 1)
        or tokens[start - 1].lower_ in NAME_PARTICLES
        or _joins_name(tokens, start - 1)
        or _hyphen_particle(tokens, start - 1)
        or _lower_given_part(tokens, start - 1)
    ):
        if _given_before_particle(tokens, start - 1):
            start -= 1  # "Anneliese du Plessis-Mertz": a given name the tagger took for an adjective
            break
        if _hyphen_particle(tokens, start - 1):
            start -= 4  # "Jean-de-Dieu": the hyphens, the particle and the word before them
        elif _lower_given_part(tokens, start - 1):
            start -= 3  # "Hyun-woo Baek": the given name's parts and their hyphen
        else:
            start -= 2 if _joins_name(tokens, start - 1) else 1  # a hyphen takes the word before it along
    start = max(start, 0)
    run = tokens[start:end]
    cut = 0
    while cut < len(run) - 1 and (
        kb.is_title(run[cut].text)
        or (_is_demonym(run[cut]) and not _given_before_particle(run, cut))
        or (
            run[cut].text.isupper()
            and len(run[cut].text) <= 3
            and run[cut].text not in _CAPITAL_PARTICLES
            # "ARY News", "UN Women": an acronym before a word of a body is the body's own
            and not (len(run) - cut == 2 and _body_word(run[cut + 1].text))
        )
        or _calendar_word(run[cut])  # "On Friday Holmgren told ...": the parser's compound
    ):
        cut += 1
    # a title inside the run ends the role before the name: "Transport Minister Luis Pardo"
    for i in range(len(run) - 2, cut - 1, -1):
        if _ends_office(run, i):
            cut = i + 1
            break
        if i + 2 < len(run) and kb.is_title_phrase([run[i].text, run[i + 1].text]):
            cut = i + 2  # "Council Member Tag Green": a title of two words
            break
    if cut == 0:
        cut = _office_before_given_name(run)
    before = run[0].doc[run[0].i - 1] if run[0].i > 0 else None
    if before is not None and before.lower_ in {"for", "of"}:
        # "Minister for Culture Ramesh Kulkarni": the portfolio ends where a given name starts
        given = [i for i in range(cut + 1, len(run) - 1) if kb.is_given_name(run[i].text)]
        if given and not kb.is_given_name(run[cut].text):
            cut = given[0]
    if len(run) == 1 and kb.is_title(run[0].text) and not kb.is_given_name(run[0].text):
        return [], tokens[:end]
    return _before_of_particle(run[cut:]), tokens[: start + cut]


def _surname_after_given_name(name_tokens: list[Any]) -> bool:
    """Whether a name's last word, a title word elsewhere, is a surname because a given name
    comes just before it ("Charlie King", "Anne Bishop", "Tom Judge")."""
    if len(name_tokens) < 2:
        return False
    given = name_tokens[-2].text
    return given[:1].isupper() and knowledge().is_given_name(given)


def _ends_office(run: list[Any], i: int) -> bool:
    """Whether the word at ``i`` of a capitalised run ends a title or an office before a name
    ("Transport Minister Luis Pardo", "Sen. Ana Ruiz"), not a word only some office's name holds
    ("Home" of "Home Secretary", in "Halvern Home Appliances")."""
    kb = knowledge()
    word = run[i].text
    if not kb.is_title(word) or kb.is_given_name(word):
        return False
    return word.casefold().rstrip(".'’") in kb.titles or kb.role(" ".join(t.text for t in run[: i + 1])) is not None


def _body_word(word: str) -> bool:
    """A word that names a kind of body or medium ("News", "Radio", "Army"), not a person."""
    kb = knowledge()
    w = word.casefold()
    return kb.is_org_word(word) or w in kb.media_nouns or w == "news"  # media nouns: radio, tv, television, ...


def _titled_person_of(name_tokens: list[Any], doc_text: str) -> tuple[list[Any], list[Any]] | None:
    """A person's name after a title, then "of" and a body, all read as the body's name ("Dr C.
    J. van Brakel of Harwell University"): the name's words and the titles before them; None when
    no title opens the words before "of" or a body's word is among them."""
    kb = knowledge()
    if not name_tokens:
        return None
    doc = name_tokens[0].doc
    at = next((t.i for t in doc[name_tokens[0].i : name_tokens[-1].i] if t.lower_ == "of"), None)
    if at is None:
        return None
    before = list(doc[name_tokens[0].i : at])
    titles: list[Any] = []
    while before and kb.is_title(before[0].text.rstrip(".")) and not kb.is_given_name(before[0].text):
        titles.append(before.pop(0))
    words = [t for t in before if not t.is_punct]
    if not titles or len(words) < 2 or any(kb.is_org_word(t.text) for t in words):
        return None
    if not _NAME_WORDS.fullmatch(_text(doc_text, before)):
        return None
    return before, titles


# a person's name as written: capitalised words, initials and lower-case particles
_NAME_WORDS = re.compile(rf"(?:(?:[A-ZÀ-Þ][\w’'-]*\.?|{NAME_PARTICLE})\s*)+")


def _person_of(name_tokens: list[Any]) -> bool:
    """A name of two words or more, no organisation word among them, before "of": a person and
    the body they belong to ("Dev Raman of Harwell Securities"), not a body named with "of"
    ("Port of Saltvik Authority", "Royal Bank of Scotland")."""
    kb = knowledge()
    words = [t for t in name_tokens if not t.is_punct]
    return len(words) >= 2 and not any(kb.is_org_word(t.text) for t in words)


def _office_before_given_name(run: list[Any]) -> int:
    """Where the name starts in a run that puts an office no title list knows before it, in
    capitals ("McCracken County Clerk Dorothy Amankwah-Reese", "Community Safety MEC Riaan van
    Rensburg"): at the first given name after two or more words none of which is one; else 0.
    Two words at least, so that a name's own first part ("Mian Ghulam Farid") stays in it; or one
    noun for what a person is or does, opening a sentence ("Economist Dana Roe of the institute
    said"), before a given name and a surname."""
    kb = knowledge()
    for i in range(1, len(run) - 1):
        word = run[i].text
        if not kb.is_given_name(word):
            continue
        if i == 1 and (run[0].lower_ not in kb.epithets or kb.is_given_name(run[0].text)):
            return 0
        before = run[:i]
        if any(kb.is_given_name(t.text) or t.lower_ in NAME_PARTICLES or t.text in _CAPITAL_PARTICLES for t in before):
            return 0
        return i
    return 0


_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    today tonight yesterday tomorrow christmas easter""".split()
)


def _proper_words(doc: Any) -> frozenset[str]:
    """Words the tagger calls proper nouns somewhere in ``doc`` (cached on the doc)."""
    found = doc.user_data.get("onrecord_proper")
    if found is None:
        found = frozenset(t.text for t in doc if t.pos_ == "PROPN" and t.text[:1].isupper())
        doc.user_data["onrecord_proper"] = found
    return found


def _calendar_word(token: Any) -> bool:
    """A day, a month or a feast ("on Tuesday", "Jan."), unless it opens a double-barrelled name,
    written tight before a hyphen and a capitalised word ("Jan-Hendrik", "May-Lis")."""
    if token.text.casefold().rstrip(".") not in _CALENDAR:
        return False
    doc = token.doc
    i = token.i
    if _surname_of_a_month(token):
        return False
    return not (i + 2 < len(doc) and _tight_hyphen(doc[i + 1]) and doc[i + 2].text[:1].isupper())


# the months written out that are also surnames ("Clara May", "Ada June")
_MONTH_SURNAMES = frozenset("april may june august".split())


def _surname_of_a_month(token: Any) -> bool:
    """A month's word written as a surname: right after a known given name, in one name with it,
    and no day's number after it ("Prime Minister Clara May said", not "Ada April 3")."""
    doc, i = token.doc, token.i
    if token.text.casefold() not in _MONTH_SURNAMES or i == 0 or token.pos_ != "PROPN":
        return False
    before = doc[i - 1]
    after = doc[i + 1] if i + 1 < len(doc) else None
    return (
        before.pos_ == "PROPN"
        and before.dep_ in {"compound", "flat"}
        and before.head.i == i
        and knowledge().is_given_name(before.text)
        and not (after is not None and after.like_num)
    )


def _name_like(token: Any) -> bool:
    text = token.text
    if _calendar_word(token):
        return False  # "on Tuesday": a day, never a speaker
    if token.pos_ == "PROPN" and text[:1].isupper():
        return True
    if token.is_sent_start and text[:1].isupper() and token.pos_ == "NOUN" and text in _proper_words(token.doc):
        return True  # "Haldane ruled out ...": a name the tagger took for a noun at the sentence start
    # initials and hyphenated names that the tagger does not call PROPN
    return bool(re.fullmatch(r"[A-Z]\.|[A-Z][a-z]+-[A-Z][a-z]+", text))


def _is_demonym(token: Any) -> bool:
    return (token.pos_ == "ADJ" and token.text[:1].isupper()) or token.text in {"U.S.", "US", "UK", "U.K.", "EU", "UN"}


def _text(doc_text: str, tokens: list[Any]) -> str:
    if not tokens:
        return ""
    return doc_text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def _unshouted(name: str) -> str:
    """A name the lede's capitals ran into ("TAOISEACH ENDA Kenny"): a shouted given name before a
    surname written in the usual case is written as names are ("Enda Kenny"). Acronyms ("NASA
    Goddard") and initials ("JP") stay."""
    words = name.split(" ")
    if len(words) < 2 or not words[-1][:1].isupper() or words[-1].isupper():
        return name
    kb = knowledge()
    return " ".join(
        w.capitalize() if i < len(words) - 1 and w.isupper() and len(w) >= 3 and kb.is_given_name(w) else w
        for i, w in enumerate(words)
    )


def _participle_phrase(token: Any) -> bool:
    """Whether an apposition is what the person was doing, not what they are: a word in -ing
    no role list knows, with a preposition after it ("Lord Fennimore, sentencing at the Crown
    Court, said"; "the king" stays a role)."""
    return (
        token.text.islower()
        and token.text.endswith("ing")
        and len(token.text) > 5
        and knowledge().role(token.text) is None
        and any(child.dep_ == "prep" for child in token.children)
    )


def _clean_role(text: str) -> str:
    words = _SPACE.sub(" ", text).strip(" ,").split(" ")
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


# a person's pronoun as the object of a relay ("quoted him as saying"), and the gender it gives
_OBJECT_PRONOUNS = {"him": "m", "her": "f"}


def _according_to(token: Any) -> bool:
    """Whether ``token`` is the object of "according to" ("According to him, C")."""
    to = token.head
    return token.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ == "according"


# a possessive pronoun as the holder of a statement ("his claim that"): gender and number
_POSSESSIVE_PRONOUNS: dict[str, tuple[str | None, str | None]] = {
    "his": ("m", "sg"),
    "her": ("f", "sg"),
    "its": ("n", "sg"),
    "their": (None, "pl"),
}
# the word a place, school, church or hospital named for a saint opens with
SAINTS = frozenset("St St. Saint Sainte San Santa Santo São Sankt Sint".split())


def _excellency_of(head: Any) -> Any | None:
    """The office or name "HE" (His or Her Excellency, written in capitals) stands before, when
    the parse took the style for the subject and what follows for its apposition: "HE the
    Minister said"; else None."""
    if head.text not in {"HE", "H.E."}:
        return None
    after = [t for t in head.children if t.dep_ == "appos" and t.i > head.i and t.text[:1].isupper()]
    return after[0] if after else None


def analyse_mention(head: Any, offset: int) -> Mention:
    """Describe the noun phrase headed by ``head`` (a spaCy token in a sentence parsed alone).

    Args:
        head: the subject token.
        offset: where the parsed sentence starts in the article text.
    """
    from onrecord.extract.authors import document_author

    author = document_author(head)
    if author is not None:
        return analyse_mention(author, offset)  # "a report by the Rural Trust": the Trust
    mention = _analyse(head, offset)
    if mention.kind == "other" and mention.name is None:
        return _name_set_off(mention) or mention
    return mention


# a word of a person's name set off by commas: capitalised, or a particle ("ter", "van der")
_SET_OFF_WORD = re.compile(rf"[A-ZÀ-ÖØ-Þ][\w'’.-]*|{NAME_PARTICLE}")


def _name_set_off(mention: Mention) -> Mention | None:
    """The person a description names between commas when the parse lost the name: "The
    Hospital's Chief Nurse, Ada Obi", "the principal of Elm Primary, Rosa Ndlovu" (the name hung
    on the school), "its president, Capt. Aldo Grevin" (the title read apart), "Han Seo-yeon,
    the foreign minister". The name set off last, else a first of two parts that a description
    follows; a name of two to five words, without an organisation's, outlet's or country's."""
    kb = knowledge()
    parts = [p.strip() for p in mention.text.split(",")]
    if len(parts) < 2 or not all(parts):
        return None
    choices = [(len(parts) - 1, parts[-1])]
    if len(parts) == 2 and parts[1].split()[0].casefold() in _DETERMINERS | set(_POSSESSIVE_PRONOUNS):
        choices.append((0, parts[0]))
    for at, part in choices:
        words = part.split()
        while len(words) > 2 and (kb.is_title(words[0]) or kb.is_style(words[:1])):
            words = words[1:]  # "Capt. Aldo Grevin", "Chief Ada Obi": the name after the title
        name = " ".join(words)
        shaped = all(_SET_OFF_WORD.fullmatch(w) for w in words) and words[-1][:1].isupper()
        if not 2 <= len(words) <= 5 or not shaped:
            continue
        if any(kb.is_org_word(w) or kb.is_title(w) or w.casefold() in ENGLISH_DAY_WORDS for w in words):
            continue
        if kb.outlet(name) is not None or kb.is_masthead(name) or kb.is_country(name):
            continue
        if at == 0 and not kb.starts_with_given_name(name) and len(words) > 3:
            continue
        description = ", ".join(p for i, p in enumerate(parts) if i != at)
        office = kb.role(description) is not None or description.split()[-1][:1].isupper()
        if not kb.starts_with_given_name(name) and not office:
            continue  # "the city, San Francisco", "the firm, Baker McKenzie": no person's name or office
        role = _clean_role(description) or None
        return replace(mention, kind="name", name=name, role=role, gender=kb.gender_of_given(words[0]), number="sg")
    return None


def _analyse(head: Any, offset: int) -> Mention:
    kb = knowledge()
    doc_text = head.doc.text
    word = head.text
    styled = _excellency_of(head)
    if styled is not None:
        # "HE the Minister said", "HE Mariam Al-Hadhrami said": "His/Her Excellency", no "he"
        return analyse_mention(styled, offset)
    if kb.pronoun(word) and head.pos_ == "PRON":
        gender, number = kb.pronoun(word) or (None, None)
        return Mention(offset + head.idx, offset + head.idx + len(word), word, "pronoun", gender=gender, number=number)
    if word.casefold() in _OBJECT_PRONOUNS and head.pos_ == "PRON" and (head.dep_ == "dobj" or _according_to(head)):
        # "MTV-1 quoted him as saying", "According to her, C": the speaker as the relay's object
        gender = _OBJECT_PRONOUNS[word.casefold()]
        return Mention(offset + head.idx, offset + head.idx + len(word), word, "pronoun", gender=gender, number="sg")
    if kb.is_relative(word) and head.dep_.startswith("nsubj") and head.head.dep_ == "relcl":
        antecedent = analyse_mention(head.head.head, offset)
        return Mention(
            offset + head.idx,
            offset + head.idx + len(word),
            word,
            "relative",
            antecedent=antecedent,
            name=antecedent.name,
            role=antecedent.role,
            gender=antecedent.gender,
            number=antecedent.number,
        )
    body = _body_of_whose(head, doc_text)
    if body is not None:
        # "Costa Alba, whose foreign ministry has said ...": the body of the name before
        tokens = noun_phrase(head)
        start, end = offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1].text)
        return Mention(start, end, _text(doc_text, tokens), "organisation", name=body, number="sg")
    if word.casefold() in _POSSESSIVE_PRONOUNS and head.pos_ == "PRON" and head.dep_ == "poss":
        # "his claim that ...": the holder of a statement a noun names
        gender, number = _POSSESSIVE_PRONOUNS[word.casefold()]
        return Mention(offset + head.idx, offset + head.idx + len(word), word, "pronoun", gender=gender, number=number)
    if _one_after_another(head):
        # "speaker after speaker argued", "witness after witness told the court": many, unnamed
        end = offset + head.doc[head.i + 2].idx + len(head.doc[head.i + 2].text)
        return Mention(offset + head.idx, end, doc_text[head.idx : end - offset], "anonymous", role=word, number="pl")
    head = _last_compound_part(head)
    tokens = noun_phrase(head)
    if head.dep_ == "poss" and head.pos_ != "PROPN":
        # "the union's": the possessive ending is no part of the holder's phrase
        tokens = [t for t in tokens if not (t.dep_ == "case" and t.head.i == head.i)] or tokens
    start, end = offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1].text)
    text = _text(doc_text, tokens)
    if head.lower_ in _STYLES and len(tokens) == 2 and tokens[0].lower_ in {"his", "her"}:
        # "His Excellency said": the person the article styled so
        gender = "m" if tokens[0].lower_ == "his" else "f"
        return Mention(start, end, text, "role", role=text, gender=gender, number="sg")
    if _PARTY_STATE.match(text):
        return Mention(start, end, text, "other", number="sg")  # "D-Ariz.": a party and a state, no name
    described = _named_before_party_state(head, tokens, doc_text)
    if described is not None:
        return analyse_mention(described, offset)
    tokens = _without_party_state(head, tokens, doc_text)
    tokens = _without_home_of(head, tokens)
    officer = _officer_after_acronym(tokens)
    if officer is not None:
        # "Tessby Growers Union (TGU) president Ravi Pal Singh": the body's officer speaks
        held, held_office = officer
        held_name = _SPACE.sub(" ", _text(doc_text, held))
        gender_of = kb.gender_of_given(held[0].text)
        office_text = _clean_role(_text(doc_text, held_office))
        return Mention(start, end, text, "name", name=held_name, role=office_text, gender=gender_of, number="sg")
    # the name may go on past the word the parser made the head ("Liam Ó | Catháin", "Gunvor | Lie")
    rest = _name_after(head, tokens)
    rest += _hyphen_tail(rest[-1] if rest else head)  # "Mara Lim | - | Okoro": split after the next word too
    last_name = rest[-1] if rest else head
    placed = _name_set_off_late(head)
    appos = [
        t
        for t in tokens
        if t.dep_ == "appos"
        and (t.head.i == head.i or (placed is not None and t.i == placed.i))
        and t not in rest
        and not _PARTY_STATE.match(_text(doc_text, noun_phrase(t)))
        and not _participle_phrase(t)
    ]
    kept = {t.i for t in tokens}
    if not appos:
        appos = _holder_of_body(head, tokens)
    gender = None
    name_tokens: list[Any] = []
    role_tokens: list[Any] = []
    of_name: list[Any] = []
    glued = _glued_given_name(head)
    if glued:
        # "Per-Erik Hallan, health spokesman ...": the parser took "Per" for a preposition
        name_tokens = glued
        role_tokens = [t for t in tokens if t.i > glued[-1].i and not t.is_punct and t.dep_ != "punct"]
    elif appos and _surname_taken_for_noun(head, appos[0]) and not _AGED.match(doc_text, head.idx):
        # "Chambers, one of Silicon Valley's longest-serving chief executives, said": the tagger
        # took the surname for a noun and the appositive only describes him; the article names him
        start, end = offset + head.idx, offset + head.idx + len(word)
        described = _clean_role(_text(doc_text, [t for t in noun_phrase(appos[0]) if t.i in kept]))
        return Mention(start, end, word, "other", role=described, number="sg")
    elif appos and head.pos_ != "PROPN":
        # "the press secretary of the Russian president, Dmitry Peskov"
        appos_tokens = [t for t in noun_phrase(appos[0]) if t.i in kept]
        described = [
            t
            for t in appos_tokens
            if t.dep_ == "appos"
            and t.head.i == appos[0].i
            and (t.pos_ == "NOUN" or head.doc[max(t.left_edge.i - 1, 0)].text != "(")
        ]
        if appos[0].pos_ == "PROPN" and described:
            # "Her deputy Osric Mallane, the federation's organiser in Vantberg": the name is the
            # apposition's head, and the description set off after it no name ("Vantberg" is a place)
            appos_tokens = [t for t in appos_tokens if t.i <= appos[0].i]
        name_tokens, pre = split_name(appos_tokens)
        role_tokens = [t for t in tokens if t.i < appos_tokens[0].i and not t.is_punct] + pre
    elif appos and head.pos_ == "PROPN":
        # "Dmitry Peskov, the Kremlin spokesman"
        appos_tokens = [t for t in noun_phrase(appos[0]) if t.i in kept]
        core = [t for t in tokens if t.i < appos_tokens[0].i and (not t.is_punct or _tight_hyphen(t))]
        if kb.is_title(head.text) and not kb.is_org_word(head.text):
            # "Governor of Tallis, Greg Amos": the office's holder follows
            core = [t for t in core if t.i <= last_name.i]
        name_tokens, pre = split_name(core)
        if name_tokens and name_tokens[0].i > head.i and kb.is_org_word(head.text):
            # "The Institute for Tidal Studies, a charity": the body's head word, and its name goes on
            name_tokens, pre = [head], []
        role_tokens = pre + [t for t in appos_tokens if t.pos_ != "PROPN" or t.i < appos_tokens[-1].i]
        if not name_tokens or (
            kb.is_title(name_tokens[-1].text)
            and not kb.is_given_name(name_tokens[-1].text)
            and not _surname_after_given_name(name_tokens)
        ):
            # "the union's National President, Chief Ada Obi": an office, then the name
            # "His Excellency Sheikh Faisal bin Khalid Al-Mansouri": a style, then the name
            own = [t for t in appos_tokens if t.i <= appos[0].i and (not t.is_punct or _tight_hyphen(t))]
            name_tokens, pre = split_name(own)
            role_tokens = core if core and core[-1].lower_ in _STYLES else core + pre
    elif (head.pos_ == "PROPN" and head.text.casefold() not in _CALENDAR and not _lower_body_word(head)) or _name_like(
        head
    ):
        name_tokens, role_tokens = split_name([t for t in tokens if t.i <= last_name.i])
        office = min(_portfolio_words(name_tokens), max(0, len(name_tokens) - 2))
        if office:
            # "Minister for Planning and Development Ahsan Iqbal": the portfolio is the office's
            role_tokens, name_tokens = role_tokens + name_tokens[:office], name_tokens[office:]
        if name_tokens and name_tokens[-1].i == last_name.i:
            name_tokens = name_tokens + _particle_tail(name_tokens)
        held = _holder_after(head) if not name_tokens or kb.is_title(name_tokens[-1].text) else []
        if held:
            # "State Minister for Culture Ramesh Kulkarni said", "Ambassador to the UN Linda Grey
            # said": the office, then who holds it
            first = min(t.i for t in tokens)
            name_tokens, role_tokens = held, [t for t in head.doc[first : held[0].i] if not t.is_punct]
        elif not name_tokens or (
            (kb.role(name_tokens[-1].text) is not None or _definite_title(tokens, name_tokens))
            and not any(kb.is_given_name(t.text) for t in name_tokens)
        ):
            # "Economic Secretary to the Treasury said": an office, no name ("John Major" keeps his,
            # "Shamima Begum" hers: an honorific is no office)
            name_tokens, role_tokens = [], [t for t in tokens]
    else:
        role_tokens = [t for t in tokens]
    for t in tokens:
        g = kb.honorific_gender(t.text)
        if g and not _in_possessor(t, tokens, head):
            gender = g
    if name_tokens and kb.is_org_word(name_tokens[-1].text):
        run = [
            t
            for t in tokens
            if t.i <= name_tokens[-1].i
            and (t.pos_ == "PROPN" or _name_like(t) or kb.is_title(t.text) or _is_demonym(t))
            and t.text[:1].isupper()
        ]
        while len(run) > 1 and run[0].i < name_tokens[0].i and _is_demonym(run[0]) and run[1].i != run[0].i + 1:
            run = run[1:]  # "Halvorian drugmaker Calderan Therapeutics": the demonym describes, apart
        while run and run[0].i < name_tokens[0].i and run[0].lower_ in _DETERMINERS:
            run = run[1:]
        if run and run[-1].i < name_tokens[-1].i:
            run = []  # "Kenya's foreign ministry": the body's word in lower case, not the country alone
        of_name = _of_name(tokens, name_tokens[-1])
        name_tokens = (run or name_tokens) + of_name
    elif name_tokens:
        tail = _of_name(tokens, name_tokens[-1])
        if (
            tail
            and kb.is_org_word(tail[-1].text)
            and not any(t.lower_ == "the" for t in tail)
            and not kb.is_given_name(name_tokens[0].text)
            and not _person_of(name_tokens)
            and not any(
                kb.is_title(t.text) and t.lower_ not in _DETERMINERS for t in tokens if t.i < name_tokens[0].i
            )
        ):
            # "the Port of Saltvik Authority": the organisation word closes the name
            of_name = tail
            name_tokens = name_tokens + tail
    if name_tokens:
        name_tokens = _glued_before(name_tokens) + name_tokens
    # the words as written from the first name token to the last: "Dockworkers' Union", "Karl-Johan"
    name = _unshouted(_SPACE.sub(" ", _text(doc_text, name_tokens)).strip()) if name_tokens else None
    role = _clean_role(_text(doc_text, role_tokens)) if role_tokens else None
    if role and role.endswith("'s"):
        role = None  # "Putin's" alone is a possessor, not a role
    number = "pl" if head.tag_ in {"NNS", "NNPS"} else "sg"
    if name:
        first = name.split()[0]
        if gender is None and len(name.split()) > 1:
            gender = kb.gender_of_given(first)
        if (
            of_name
            or kb.is_org_word(name.split()[-1])
            or (name.isupper() and len(name) >= 2 and " " not in name and not kb.is_given_name(name))
        ):
            member = _titled_person_of(name_tokens, doc_text)
            if member is not None:
                # "Dr Ines Pardo of Harwell University says": the person, whom the parse hung on the body
                held, titles = member
                held_gender = next((g for t in titles if (g := kb.honorific_gender(t.text))), None)
                return Mention(
                    start,
                    end,
                    text,
                    "name",
                    name=_SPACE.sub(" ", _text(doc_text, held)),
                    role=_clean_role(_text(doc_text, titles)) or None,
                    gender=held_gender or kb.gender_of_given(held[0].text),
                    number="sg",
                )
            return Mention(start, end, text, "organisation", name=name, role=role, number="sg")
        if (kb.outlet(name) is not None or kb.is_masthead(name)) and not kb.is_given_name(first):
            return Mention(start, end, text, "organisation", name=name, role=role, number="sg")
        if _plural_group(name_tokens, tokens):
            # "The Conservatives said", "Democrats said": a party or a people speaks as one body
            return Mention(start, end, text, "organisation", name=name, role=role, number="pl")
        if kb.is_country(name) and not kb.is_given_name(first):
            # "North Korea said": a state speaks as its government, an organisation
            return Mention(start, end, text, "organisation", name=name, role=role, number="sg")
        if first in SAINTS and len(name.split()) > 1:
            # "St Brigid's", "San Rafael", "Sankt Georg": a school, church, hospital or town named for a saint
            return Mention(start, end, text, "organisation", name=name, role=role, number="sg")
        if _described(tokens, name_tokens) and not kb.is_given_name(first):
            # "a top Senate Republican", "the No. 2 Senate Republican": one of a body, described
            return Mention(start, end, text, "anonymous", role=_clean_role(text), number="sg")
        if _definite_epithet(tokens, name_tokens, name):
            if head.dep_ == "appos" and head.head.pos_ == "PROPN":
                # "Sen. Carl Brandt, the Ohio Republican who told ...": the person it stands beside
                return analyse_mention(head.head, offset)
            # "The Nebraska Republican said", "the Dutchman said": one named before, described
            return Mention(start, end, text, "other", role=_clean_role(text), number="sg")
        if role:
            info = kb.role(role)
            if info and gender is None and info[1] in {"m", "f"}:
                gender = info[1]
        return Mention(start, end, text, "name", name=name, role=role, gender=gender, number="sg")
    determiner = next((t for t in tokens if t.dep_ in {"det", "nummod", "amod"} and t.i < head.i), None)
    named_voice = _voice_named(head, doc_text, offset)
    if named_voice is not None:
        return named_voice
    voice = _voice_of(head, tokens, doc_text) if determiner is not None and kb.is_indefinite(determiner.text) else None
    voice = voice or _firm_of_staff(head, tokens, doc_text)
    if voice is not None:  # "a Nordmarine spokeswoman", "a spokesman for the ministry": the organisation speaks
        return Mention(start, end, text, "organisation", name=voice, role=_clean_role(text), number="sg")
    if kb.is_anonymous_head(head.text) and (
        (determiner is None and number == "pl") or (determiner is not None and kb.is_indefinite(determiner.text))
    ):
        return Mention(start, end, text, "anonymous", role=role, number=number)
    info = kb.role(role or text)
    if info is not None and not kb.is_org_word(head.text):
        g = info[1] if info[1] in {"m", "f"} else None
        kind = "anonymous" if determiner is not None and kb.is_indefinite(determiner.text) else "role"
        return Mention(start, end, text, kind, role=role or _clean_role(text), gender=g, number=number)
    if kb.is_org_word(head.text) or kb.is_org_word(role.split()[-1] if role else ""):
        org_name = _clean_role(text)
        return Mention(
            start, end, text, "organisation", name=org_name[:1].upper() + org_name[1:], role=None, number="sg"
        )
    if kb.is_media_phrase(text) or kb.outlet(text):
        return Mention(start, end, text, "organisation", name=_clean_role(text), number="sg")
    if _AGED.match(doc_text, head.idx) and kb.is_given_name(head.text):
        # a vox pop's "Seán, 42, a farmer from Carrowmore, said": a person by given name and age
        gender = kb.gender_of_given(head.text)
        return Mention(start, end, text, "name", name=head.text, gender=gender, number="sg")
    return Mention(start, end, text, "other", role=role, number=number)


def _definite_title(tokens: list[Any], name_tokens: list[Any]) -> bool:
    """Whether the last word of a capitalised office the article puts "the" before is a title
    word ("the Chief Soil Quality Officer said"): the office, whose holder the article may name
    elsewhere, no person called "Officer"."""
    kb = knowledge()
    before = [t for t in tokens if t.i < name_tokens[0].i]
    return (
        bool(before)
        and before[0].lower_ == "the"
        and kb.is_title(name_tokens[-1].text)
        and not kb.is_org_word(name_tokens[-1].text)
    )


def _in_possessor(token: Any, tokens: list[Any], head: Any) -> bool:
    """Whether a word stands in a possessor before the phrase's head ("Mr Kalns's widow, Inese
    Kalna": the "Mr" is the husband's, no honorific of hers)."""
    return any(t.tag_ == "POS" for t in tokens if token.i < t.i <= head.i)


def _one_after_another(head: Any) -> bool:
    """A noun, "after" and the same noun again ("speaker after speaker", "Analyst after
    analyst"): a succession of unnamed people, whatever the tagger made of the second word."""
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "after":
        return False
    return head.pos_ in {"NOUN", "PROPN"} and doc[head.i + 2].lower_ == head.lower_ and head.text[:1].islower()


def _surname_taken_for_noun(head: Any, appos: Any) -> bool:
    """``Chambers, one of the longest-serving chief executives``: a capitalised bare noun the
    tagger did not call a name, with no determiner or possessor, no office or body word, set off
    by an appositive that is no name itself."""
    kb = knowledge()
    return (
        head.pos_ == "NOUN"
        and head.text[:1].isupper()
        and not head.text.isupper()
        and not any(c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in head.children)
        and not _name_like(appos)
        and not any(_name_like(c) for c in appos.children if c.dep_ == "compound")
        and not _calendar_word(head)
        and kb.role(head.text) is None
        and not kb.is_title(head.text)
        and not kb.is_org_word(head.text)
        and not kb.is_anonymous_head(head.text)
    )


def _described(tokens: list[Any], name_tokens: list[Any]) -> bool:
    """Whether capitalised words are a description, not a name: an indefinite article or a rank
    ("No. 2") before them ("a top Senate Republican", "the No. 3 Senate Democrat")."""
    before = [t for t in tokens if t.i < name_tokens[0].i]
    # not across a comma: "An attorney for the dancers, Neama Rahmani" names the attorney
    commas = [t.i for t in before if t.text == ","]
    before = [t for t in before if not commas or t.i > commas[-1]]
    indefinite = knowledge().is_indefinite
    # (a number after a capitalised word is a name's, not a count: "District 3 Supervisor Ana Ruiz")
    before = [t for t in before if not (t.text.isdigit() and t.i > 0 and t.doc[t.i - 1].text.istitle())]
    return any((indefinite(t.text) or t.lower_ == "another") and t.dep_ in {"det", "nummod"} for t in before) or any(
        t.text in {"No", "No."} and any(n.like_num for n in t.doc[t.i + 1 : t.i + 3]) for t in before
    )


def _definite_epithet(tokens: list[Any], name_tokens: list[Any], name: str) -> bool:
    """Whether capitalised words after "the" describe someone named before instead of naming
    them: a noun for what a person is last, as a party's member or a people's ("the Nebraska
    Republican", "the Dutchman"), no given name first (:meth:`Knowledge.is_epithet`)."""
    kb = knowledge()
    return (
        any(t.lower_ == "the" and t.dep_ == "det" for t in tokens if t.i < name_tokens[0].i)
        and kb.is_epithet(name)
        and not kb.is_given_name(name.split()[0])
    )


# A given name and an age between commas, as vox pops name people: "Maria, 34, who ...".
_AGED = re.compile(r"[^\W\d_][\w’'-]*,\s+\d{1,3},")


def _name_after(head: Any, tokens: list[Any]) -> list[Any]:
    """The capitalised words that go on right after a name's head, no comma between ("Liam Ó
    Catháin" with its head on "Ó", "Gunvor Lie" with "Lie" read as an object): the head must
    be a capitalised name word."""
    if not head.text[:1].isupper() or not (head.pos_ == "PROPN" or head.text in _CAPITAL_PARTICLES):
        return []
    inside = {t.i for t in tokens}
    doc = head.doc
    run: list[Any] = []
    i = head.i + 1
    while (
        i in inside
        and doc[i].pos_ == "PROPN"
        and doc[i].text[:1].isupper()
        and doc[i].text.isalpha()
        and doc[i].lower_ not in _CALENDAR
        and not knowledge().is_title(doc[i].text)
        and not knowledge().is_org_word(doc[i].text)
        and doc[i].dep_ not in {"pobj", "poss"}
        and doc[i - 1].whitespace_
    ):
        run.append(doc[i])
        i += 1
    return run


_STYLES = frozenset("excellency highness majesty".split())


def _glued_before(name_tokens: list[Any]) -> list[Any]:
    """The first part of a hyphenated given name the parser left out of the name ("Per-Erik
    Hallan", with "Per" read as a preposition): that word and the hyphen, or nothing; or the
    first particles of a surname the parser set apart ('"...," de la Vierna said', "de" a
    subject of its own beside "la Vierna")."""
    first = name_tokens[0]
    doc = first.doc
    if first.text.islower() and first.lower_ in NAME_PARTICLES:
        start = first.i
        while start > 0 and doc[start - 1].text.islower() and doc[start - 1].lower_ in NAME_PARTICLES:
            start -= 1
        return list(doc[start : first.i])
    if first.i < 2 or not _tight_hyphen(doc[first.i - 1]):
        return []
    word = doc[first.i - 2]
    if not word.text[:1].isupper() or not knowledge().is_given_name(f"{word.text}-{first.text}"):
        return []
    return [word, doc[first.i - 1]]


def _voice_named(head: Any, doc_text: str, offset: int) -> Mention | None:
    """ "A spokeswoman for Halvard, Jen Castellano, said": the parser hangs the name on the
    organisation; the spokesperson it names speaks (role: the words before the name)."""
    if head.lower_ not in _VOICES:
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"for", "of", "at"}:
            continue
        for obj in prep.children:
            for appos in (c for c in obj.children if c.dep_ == "appos" and c.i > obj.i):
                name_tokens, _ = split_name([t for t in noun_phrase(appos) if not t.is_punct or _tight_hyphen(t)])
                name = _SPACE.sub(" ", _text(doc_text, name_tokens)).strip()
                if len(name.split()) < 2 or not knowledge().starts_with_given_name(name):
                    continue
                first = min(t.i for t in noun_phrase(head) if t.i <= head.i)
                tokens = head.doc[first : name_tokens[-1].i + 1]
                role = _clean_role(_text(doc_text, [t for t in tokens if t.i < name_tokens[0].i and not t.is_punct]))
                gender = knowledge().gender_of_given(name.split()[0])
                info = knowledge().role(role)
                if info and info[1] in {"m", "f"}:
                    gender = info[1]
                return Mention(
                    offset + tokens[0].idx,
                    offset + name_tokens[-1].idx + len(name_tokens[-1].text),
                    _text(doc_text, list(tokens)),
                    "name",
                    name=name,
                    role=role,
                    gender=gender,
                    number="sg",
                )
    return None


def _named_before_party_state(head: Any, tokens: list[Any], doc_text: str) -> Any | None:
    """The name the parser hung on a US legislator's party and state ("Whitcomb, D-N.M.", read
    with "N.M." as the head): the word before the comma, which the mention stands for; None when
    the head ends no party and state set off after a name."""
    commas = [t for t in tokens if t.i < head.i and t.text == ","]
    if not commas:
        return _named_outside_party_state(head, tokens, doc_text)
    if not _PARTY_STATE.match(_text(doc_text, [t for t in tokens if commas[-1].i < t.i <= head.i])):
        return None
    before = head.doc[commas[-1].i - 1] if commas[-1].i > 0 else None
    if before is None or before.pos_ != "PROPN" or before.i < tokens[0].i:
        return None
    return before


def _named_outside_party_state(head: Any, tokens: list[Any], doc_text: str) -> Any | None:
    """The name the parser hung as a modifier on a party and state whose phrase it starts after
    the comma ("Sen. Ines Pardo-Vale, D-Corvin, the whip": "Vale" an nmod of "Corvin"); None
    when the phrase up to ``head`` is no party and state, or no comma and name of ``head``'s
    come before it."""
    run = [t for t in tokens if t.i <= head.i]
    if not run or run[0].i < 2 or not _PARTY_STATE.match(_text(doc_text, run)):
        return None
    comma, before = head.doc[run[0].i - 1], head.doc[run[0].i - 2]
    if comma.text != "," or before.pos_ != "PROPN" or before.head.i != head.i:
        return None
    return before


def _body_of_whose(head: Any, doc_text: str) -> str | None:
    """The body a relative "whose" gives a name ("Costa Alba, the shrimp exporter, whose foreign
    ministry said ...": "Costa Alba's foreign ministry"), when ``head`` is an organisation word
    whose possessor is "whose" in a clause on a proper name (or on a description set beside
    one); else None."""
    whose = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if whose is None or head.head.dep_ != "relcl" or not knowledge().is_org_word(head.text):
        return None
    owner = head.head.head
    if owner.dep_ == "appos" and owner.pos_ != "PROPN" and owner.head.pos_ == "PROPN":
        owner = owner.head  # "Costa Alba, the shrimp exporter, whose ...": the name it describes
    if owner.pos_ != "PROPN":
        return None
    name = [t for t in noun_phrase(owner) if t.i <= owner.i and (t.pos_ == "PROPN" or t.dep_ == "compound")]
    if not name:
        return None
    rest = [t for t in noun_phrase(head) if whose.i < t.i <= head.i]
    return f"{_text(doc_text, name)}'s {_text(doc_text, rest)}"


def _without_party_state(head: Any, tokens: list[Any], doc_text: str) -> list[Any]:
    """``tokens`` less a US legislator's party and state set off after the name ("Sen. Warren
    Haskell, R-Texas, the leading opponent"), with the comma that closes it."""
    drop: set[int] = set()
    for t in tokens:
        if t.dep_ != "appos" or t.head.i != head.i:
            continue
        words = noun_phrase(t)
        if _PARTY_STATE.match(_text(doc_text, words)):
            drop.update(w.i for w in words)
            after = words[-1].i + 1
            if after < len(head.doc) and head.doc[after].text == ",":
                drop.add(after)
    return [t for t in tokens if t.i not in drop] if drop else tokens


def _holder_of_body(head: Any, tokens: list[Any]) -> list[Any]:
    """The person named after an office's body, where the parser hangs the name on the body ("the
    chairman of the Growers' Union, Alhaji Sule Dankaro"): that name's head, or nothing. Only for
    an office with an "of"/"for" phrase, and a name that opens with a given name; a singular
    noun no list knows as an office may hold one too ("the principal of Lakeview Primary, Grace
    Mbeki", "the master of the Sea Lark, Capt Rory Hale"), when a given name opens the name."""
    kb = knowledge()
    office = kb.role(head.text) is not None or kb.is_title(head.text)
    if not office and head.tag_ != "NN":
        return []
    inside = {t.i for t in tokens}
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"of", "for"}:
            continue
        for obj in prep.children:
            for appos in (c for c in obj.children if c.dep_ == "appos" and c.i > obj.i and c.pos_ == "PROPN"):
                words = [t for t in noun_phrase(appos) if t.i in inside]
                name_tokens, _ = split_name([t for t in words if not t.is_punct or _tight_hyphen(t)])
                if len(name_tokens) >= 2 and kb.starts_with_given_name(" ".join(t.text for t in name_tokens)):
                    return [appos]
                if office and _set_off_name(name_tokens):
                    return [appos]
    return []


def _set_off_name(name_tokens: list[Any]) -> bool:
    """A name of two or three capitalised words set off by commas on both sides, none of them a
    word of a body or a title ("the head of the Electoral Board, Rodica Pavel, said"): a person,
    though no list knows the given name."""
    kb = knowledge()
    if not 2 <= len(name_tokens) <= 3:
        return False
    doc = name_tokens[0].doc
    first, last = name_tokens[0].i, name_tokens[-1].i
    if first == 0 or doc[first - 1].text != "," or last + 1 >= len(doc) or doc[last + 1].text != ",":
        return False
    return all(
        t.text[:1].isupper() and t.text[1:].islower() and not kb.is_org_word(t.text) and not kb.is_title(t.text)
        for t in name_tokens
    )


def _officer_after_acronym(tokens: list[Any]) -> tuple[list[Any], list[Any]] | None:
    """The person a phrase ends with after a body's acronym in brackets and an office in lower
    case ("Tessby Growers Union (TGU) president Shri Ravi Pal Singh"): (name, role) tokens."""
    kb = knowledge()
    close = max((k for k, t in enumerate(tokens) if t.text == ")"), default=None)
    if close is None or close < 2 or not tokens[close - 1].text.isupper() or tokens[close - 2].text != "(":
        return None
    after = tokens[close + 1 :]
    if not after or not after[0].text.islower() or kb.role(after[0].text) is None:
        return None
    name_tokens, before = split_name(after)
    if len(name_tokens) < 2 or any(kb.is_org_word(t.text) for t in name_tokens) or name_tokens[-1] is not after[-1]:
        return None
    return name_tokens, tokens[: close + 1] + before


def _without_home_of(head: Any, tokens: list[Any]) -> list[Any]:
    """``tokens`` less the "of" phrase after a person's full name, the head's or its apposition's
    ("Sen. Rhea Tolland of Vermont, the ranking member", "the chair, Ada Kerr of Lindmoor"): the
    place or body the person comes from is not part of the name."""
    doc = head.doc
    drop: set[int] = set()
    for node in [head, *(c for c in head.children if c.dep_ == "appos" and c.i > head.i)]:
        if node.pos_ != "PROPN":
            continue
        i = node.i
        # back over the name's words, its particles among them ("Ada van der Kerr of Lindmoor")
        while i > 0 and (_name_like(doc[i - 1]) or _tight_hyphen(doc[i - 1]) or doc[i - 1].lower_ in NAME_PARTICLES):
            i -= 1
        given = any(knowledge().is_given_name(t.text) for t in doc[i : node.i])
        if not given or not _person_of(list(doc[i : node.i + 1])):
            continue
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == node.i + 1:
                drop.update(t.i for t in prep.subtree)
    return [t for t in tokens if t.i not in drop] if drop else tokens


def _plural_group(name_tokens: list[Any], tokens: list[Any]) -> bool:
    """A plural name of one word ("the Conservatives", "Democrats", "the Greens"): a party, a people
    or a team, not a person; a family named so ("the Obamas") speaks as one too. Without "the" only
    the parser's plural proper noun counts (a surname ending in s, "Roberts said", is a person),
    and a given name's plural never does."""
    if len(name_tokens) != 1:
        # "Senate Republicans", "House Democrats": a body's members by the plural of their party
        last = name_tokens[-1]
        return (
            len(name_tokens) == 2
            and last.tag_ == "NNPS"
            and not knowledge().is_given_name(name_tokens[0].text)
            and _plural_group([last], [t for t in tokens if t.i != name_tokens[0].i])
        )
    word = name_tokens[0]
    if not word.text.endswith("s") or word.text.endswith("ss") or len(word.text) < 4:
        return False
    if knowledge().is_given_name(word.text) or knowledge().is_given_name(word.text[:-1]):
        return False
    definite = any(t.lower_ == "the" and t.i < word.i for t in tokens)
    return word.tag_ == "NNPS" or (definite and word.text[:-1].isalpha() and word.text[0].isupper())


def _holder_in_last_portfolio(obj: Any) -> list[Any]:
    """The person named after the last of two portfolios joined by "and" when the parser hangs
    the name on it ("Commissioner for Border Control and Management Abdullah Khamis"): the words
    from its given name on, or none."""
    kb = knowledge()
    for conj in obj.children:
        if conj.dep_ != "conj" or conj.pos_ != "PROPN" or conj.i < obj.i:
            continue
        words = [t for t in conj.subtree if t.i == conj.i or (t.i < conj.i and t.dep_ == "compound")]
        given = [k for k, t in enumerate(words[:-1]) if kb.is_given_name(t.text)]
        if given and all(t.text[:1].isupper() for t in words):
            return words[given[0] :]
    return []


def _holder_after(head: Any) -> list[Any]:
    """The person named in an office's "for"/"of"/"to" phrase: "Minister for Culture Ramesh
    Kulkarni" (the parser hangs the name on "for"); the name's tokens, or none."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"for", "of", "to"} or prep.i != head.i + 1:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                continue
            joined = _holder_in_last_portfolio(obj)
            if joined:
                return joined
            run = [t for t in noun_phrase(obj) if t.i > prep.i and t.i <= obj.i]
            words = [t for t in run if not t.is_punct or _tight_hyphen(t)]
            given = [k for k, t in enumerate(words[:-1]) if k > 0 and knowledge().is_given_name(t.text)]
            if given:
                return words[given[0] :]
            # no given name known: the name is what follows the portfolio's words ("for Planning
            # and Development Ahsan Iqbal")
            k = _portfolio_words(words)
            if (
                k > 0
                and len(words) - k >= 2
                and all(t.text[:1].isupper() for t in words[k:])
                # "for Social and Family Development": a portfolio's word ends no name
                and not any(knowledge().is_portfolio_word(t.text) for t in words[k:])
            ):
                return words[k:]
            # the body by its acronym, then the name: "Director of PLN Sripeni Inten Cahyani"
            kb = knowledge()
            rest = words[1:]
            if (
                len(words) >= 3
                and words[0].text.isupper()
                and 2 <= len(words[0].text) <= 6
                and words[0].text.isalpha()
                and all(t.text[:1].isupper() and not t.text.isupper() for t in rest)
                and not any(kb.is_org_word(t.text) or kb.is_title(t.text) for t in rest)
            ):
                return rest
    return []


def _portfolio_words(words: list[Any]) -> int:
    """How many of ``words`` open a portfolio ("Planning and Development" of "Planning and
    Development Ahsan Iqbal"): its words and the "and"/"&" between them."""
    kb = knowledge()
    k = 0
    while k < len(words) and (kb.is_portfolio_word(words[k].text) or words[k].lower_ in {"and", "&"}):
        k += 1
    return k


_VOICES = frozenset("spokesman spokeswoman spokesperson spokespeople representative".split())
_VOICE_PREPS = frozenset({"for", "of", "at"})
# A firm's research staff, who speak in its name when the article names no one of them: "analysts
# at Harwell Securities wrote in a note", "the Harwell Securities economists said".
_FIRM_STAFF = frozenset("analysts economists strategists".split())
_FIRM_PREPS = frozenset({"at", "from"})


def _firm_of_staff(head: Any, tokens: list[Any], doc_text: str) -> str | None:
    """The firm whose unnamed analysts, economists or strategists speak ("Analysts at Harwell
    Securities said", "the Harwell Securities strategists wrote"): its name, or None (plain
    "analysts said" stays anonymous; a country before them is no firm, "Japan economists")."""
    if head.tag_ != "NNS":
        return None
    firm = _voice_of(head, tokens, doc_text, _FIRM_STAFF, _FIRM_PREPS)
    if firm is None or knowledge().is_country(firm):
        return None
    return firm


def _lower_body_word(head: Any) -> bool:
    """A body's word in lower case the tagger took for a proper noun ("Kenya's foreign ministry"):
    a noun, not a name."""
    return head.text.islower() and knowledge().is_org_word(head.text)


def _of_name(tokens: list[Any], head: Any) -> list[Any]:
    """The rest of an organisation's name after its head word: "of Health Workers of Caldonia"
    in "Federation of Health Workers of Caldonia" (capitalised words joined by of/for/and), "on
    Civic Forums" in "Commission on Civic Forums" (the phrase :func:`noun_phrase` kept)."""
    after = [t for t in tokens if t.i > head.i]
    if not after or after[0].i != head.i + 1 or after[0].lower_ not in {"of", "for", "on"}:
        return []
    taken: list[Any] = []
    for t in after:
        if taken and t.i != taken[-1].i + 1:
            break
        if t.lower_ in _NAME_JOINS | {"of", "for"} or (t.text[:1].isupper() and not t.is_punct) or not taken:
            taken.append(t)
        elif _tight_hyphen(t) and taken and taken[-1].text[:1].isupper():
            taken.append(t)  # "of Saint-Lys": one place name
        else:
            break
    while taken and not taken[-1].text[:1].isupper():
        taken.pop()
    return taken if len(taken) >= 2 else []


def _voice_of(
    head: Any, tokens: list[Any], doc_text: str, heads: frozenset[str] = _VOICES, preps: frozenset[str] = _VOICE_PREPS
) -> str | None:
    """The organisation an unnamed spokesperson speaks for: its name before the head ("a
    Nordmarine spokeswoman", "a ministry spokesman") or after "for"/"of" ("a spokeswoman for
    Nordmarine Lines"); None for anyone else. (A definite "the Kremlin spokesman" is a role,
    which the article or the corpus ties to a person.) ``heads`` and ``preps`` name the people
    and the prepositions that tie them to the organisation (:func:`_firm_of_staff`)."""
    if head.lower_ not in heads:
        return None
    kb = knowledge()
    before = [t for t in tokens if t.i < head.i and t.dep_ in {"compound", "nmod", "amod", "poss"}]
    named = [t for t in before if t.pos_ == "PROPN" or kb.is_org_word(t.text)]
    if named:
        name = _SPACE.sub(" ", _text(doc_text, named)).strip()
        return re.sub(r"['’]s$", "", name[:1].upper() + name[1:])
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.pos_ == "PROPN" or kb.is_org_word(obj.text)):
                    words = [t for t in noun_phrase(obj) if t.lower_ not in _DETERMINERS]
                    name = _SPACE.sub(" ", _text(doc_text, words)).strip()
                    return name[:1].upper() + name[1:] if name else None
    return None




def _latin_letters(upper: bool) -> str:
    """The letters of Latin Extended-A and -B and Latin Extended Additional of one case, for a
    character class: names written with them ("Dārta", "Gintarė", "Şükrü", "Trần Văn") are names
    as "Dora" is (the two cases alternate in these blocks, so no range covers either)."""
    blocks = (range(0x100, 0x250), range(0x1E00, 0x1F00))
    letters = (chr(c) for block in blocks for c in block)
    return "".join(ch for ch in letters if (ch.isupper() if upper else ch.islower()))


_UP = "A-ZÀ-ÖØ-Þ" + _latin_letters(upper=True)
_LOW = "a-zß-öø-ÿ" + _latin_letters(upper=False) + "'’"
# a capitalised word of a name, a capital inside it too: "McPhee", "MacAulay", "DeSantis"
_NAME_WORD = rf"[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?"
_CAP = rf"(?:{_NAME_WORD}(?:-{_NAME_WORD})?|[{_UP}]\.|Ó|Ní|Nic|Ua)"
_SURNAME_PARTICLES = "van von de der den da di du dos das do del della la le ter ten".split()
_RUN_PARTICLES = "|".join(sorted({*_SURNAME_PARTICLES, *PATRONYMICS}))
_NAME_RUN = re.compile(
    r"\b(?:"
    + _CAP
    + rf"\s+(?:(?:{_RUN_PARTICLES})\s+){{0,2}}){{1,5}}"
    + rf"(?:(?<=\s)(?:al|el)-)?{_NAME_WORD}(?:-{_NAME_WORD})?(?![\w-])"
)  # "Rosalind van Achterberg", "Omar bin Rashid al-Kaabi": a surname's particles inside the run;
# six words, for a place and a court before a title and a name ("Manhattan Supreme Court Justice A B")


_POSSESSIVE = re.compile(r"['’]s?$")
_LAST_WORD = re.compile(r"\s+(\w+)$")
_HONORIFIC_SURNAME = re.compile(rf"\b(Mr|Mrs|Ms|Miss|Mx|Mister|Madam)\.?\s+({_NAME_WORD}(?:-{_NAME_WORD})?)\b")


@lru_cache(maxsize=8)
def _honorific_surnames(text: str) -> dict[str, str]:
    """The surnames a text writes after an honorific ("Mr Farrelly", "Ms Ní Bhriain") and the gender
    the honorific gives (``m``, ``f``, or ``u`` for "Mx"); a surname given both is ``u``."""
    kb = knowledge()
    found: dict[str, str] = {}
    for m in _HONORIFIC_SURNAME.finditer(text):
        gender = kb.honorific_gender(m.group(1)) or "u"
        found[m.group(2)] = gender if found.get(m.group(2), gender) == gender else "u"
    return found
# a nickname in quotation marks between two capitalised words of a name
_NICKNAME = re.compile(rf"(?<=[{_LOW}])\s+[\"“'‘][{_UP}][\w .'’-]{{0,24}}?[\"”'’](?=\s+[{_UP}])")


def scan_names(text: str, start: int, end: int) -> list[Mention]:
    """Find person names in a stretch of text without parsing it.

    A run of capitalised words counts when, after any titles (``Foreign Minister``,
    ``Mrs.``), it starts with a known given name, follows an honorific, or is two or three words
    after a title ("Sen. Rand Paul"): "Foreign Minister Anna Berg" gives the name "Anna Berg"
    with role "Foreign Minister".
    """
    kb = knowledge()
    found = []
    # 'Ernesto "Ka Erning" Villaroel': a nickname between a name's words, left out of it
    stretch = _NICKNAME.sub(lambda n: " " * len(n.group()), text[start:end])
    for m in _NAME_RUN.finditer(stretch):
        at = start + m.start()
        run = _POSSESSIVE.sub("", m.group())  # "Karl-Johan Brekke's phone": Karl-Johan Brekke
        while (last := _LAST_WORD.search(run)) is not None and (
            last.group(1).casefold() in ENGLISH_DAY_WORDS
            # 'thuirt Ada Brill Diciadain': a weekday of another language after a full name
            or (last.group(1).casefold() in WEEKDAYS and len(run[: last.start()].split()) >= 2)
        ):
            run = run[: last.start()]  # "Foreign Minister Wang Yi Friday made a call": US style's day
        words = run.split()
        cut = 0
        honorific = None
        while cut < len(words) - 1 and kb.is_title(words[cut]):
            honorific = honorific or kb.honorific_gender(words[cut])
            cut += 1
        for i in range(len(words) - 2, cut - 1, -1):
            # a title inside the run ends the role: "Transport Minister Ingrid Salvesen"
            if kb.is_title(words[i]) and not kb.is_given_name(words[i]):
                cut = i + 1
                break
        name_words = words[cut:]
        if len(name_words) < 2 and not (honorific and name_words):
            continue
        # "Sen. Rand Paul", "Gov. Kathy Hochul": a full name after a title (its dot ends the run)
        titled = (
            2 <= len(name_words) <= 3
            and "\n" not in run  # a heading's line and the next are two things
            and not any(w.endswith(("'", "’")) or kb.is_title(w) for w in name_words)
            and (
                (cut > 0 and not any(w.casefold() in _ARTICLES for w in words[:cut]))
                or _titled_before(text, at, start)
            )
        )
        if not (kb.is_given_name(name_words[0]) or honorific or titled):
            # "Declan Farrelly chairs the council" ... "Mr Farrelly said": a first name the list
            # does not know, before a surname the article gives an honorific
            known = _honorific_surnames(text).get(name_words[-1]) if len(name_words) == 2 else None
            if known is None:
                continue
            honorific = known if known in {"m", "f"} else None
        if kb.is_org_word(name_words[-1]):
            continue
        gender = honorific or kb.gender_of_given(name_words[0])
        role = " ".join(words[:cut]) or None
        found.append(
            Mention(
                at,
                at + len(run),
                text[at : at + len(run)],
                "name",
                name=" ".join(name_words),
                role=role,
                gender=gender,
                number="sg",
            )
        )
    return found


_WORD_BEFORE = re.compile(r"(\w+\.?)\s+$")


def _titled_before(text: str, at: int, start: int) -> bool:
    """Whether the word just before offset ``at`` (not before ``start``) is a title, or a role
    in lower case as news style writes it before a name ("Finance minister Tjeerd Okonedo")."""
    m = _WORD_BEFORE.search(text, max(start, at - 16), at)
    word = m.group(1) if m is not None else ""
    if word.isalpha() and word.islower():
        return knowledge().is_title(word) and knowledge().role(word) is not None
    return word[:1].isupper() and word.casefold() not in _ARTICLES and knowledge().is_title(word)


_ARTICLES = frozenset({"the", "a", "an"})


def with_offset(mention: Mention, delta: int) -> Mention:
    """Return ``mention`` moved by ``delta`` characters."""
    return replace(mention, start=mention.start + delta, end=mention.end + delta)
