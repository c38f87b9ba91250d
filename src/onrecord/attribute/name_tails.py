"""A body a description speaks for by the last words of its own name: "the police fraud unit says"
for the "Port Ansel Police Fraud Unit" the article names (before or after), "the orchard posted"
for "Greyhill Orchards". A lede often describes a body before the story names it, and a later
paragraph shortens the name to its kind; either way the description is the one body whose name
ends in those words. A trade word that is no part of the name ("the operator") finds nobody here."""

from __future__ import annotations

import re
from collections.abc import Callable

from onrecord.attribute.entities import Entity
from onrecord.attribute.heading_names import heading_spans
from onrecord.attribute.knowledge import knowledge
from onrecord.extract.candidates import Candidate
from onrecord.extract.mentions import Mention

__all__ = ["body_by_name_tail", "described_bodies_to_names"]

# "the police fraud unit": a definite description of one to four lower-case words
_DESCRIPTION = re.compile(r"^the\s+((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)$", re.I)
# a capitalised word of a name; "the"/"of"/"and" may join words inside it ("Bank of the North")
_NAME_WORD = r"(?:[A-Z][\w&'’-]*|of|and|the|for)"
# words that open a sentence or a description, never a body's name
_NOT_OF_A_NAME = frozenset("the a an this that its their our his her every each".split())
# the lower-case words that may join a name's words
_JOINING = frozenset({"of", "and", "the", "for"})
# a capitalised word right before a match: the name it would open runs on before it
_NAME_BEFORE = re.compile(r"[A-Z][\w&'’-]*[ \t]+$")
# words for a group of people, never a body's name ("the family said": not the "Royal Family")
_PEOPLE = frozenset("family families relatives parents couple household neighbours neighbors".split())
# a relative clause after a description narrows it to one unnamed ("The hotel where he was staying")
_RELATIVES = frozenset("where who whom which that whose".split())
_RELATIVE_AFTER = re.compile(rf"[ \t]*,?[ \t]*(?:{'|'.join(sorted(_RELATIVES))})\b", re.I)


def _word_pattern(word: str) -> str:
    """A description's word as the name writes it: capitalised, maybe plural ("orchard": "Orchards")."""
    stem = word[:-1] if word.endswith("s") and len(word) > 3 else word
    return rf"{re.escape(stem[:1].upper())}{re.escape(stem[1:])}s?"


def body_by_name_tail(text: str, words: str) -> str | None:
    """The one body name ``text`` writes that ends in the description ``words`` ("police fraud
    unit") after one or more capitalised words of its own ("Port Ansel Police Fraud Unit"), or
    None when no name, or more than one, ends so."""
    parts = words.casefold().split()
    if not parts:
        return None
    tail = r"[ \t]+".join(_word_pattern(w) for w in parts)
    found: set[str] = set()
    headings = heading_spans(text)  # a heading's title case makes no name ("Outage Sparks Surge")
    pattern = rf"(?<![\w'’.-])((?:[A-Z][\w&'’-]*[ \t]+)(?:{_NAME_WORD}[ \t]+){{0,4}}){tail}(?![\w'’-])"
    for m in re.finditer(pattern, text):
        if any(s <= m.start() < e for s, e in headings):
            continue
        lead = m.group(1).split()
        while lead and lead[0].casefold() in _NOT_OF_A_NAME:
            lead.pop(0)
        if any(w in _JOINING for w in lead) and _NAME_BEFORE.search(text, 0, m.start()):
            # a joining word in a match that starts inside a longer run of capitals ("Mara Quill of
            # the Port Ansel Police Fraud Unit"): the body's name starts after the last joining word
            last = max(i for i, w in enumerate(lead) if w in _JOINING)
            lead = lead[last + 1 :]
        if not lead or lead[-1] in _JOINING:
            continue
        name = " ".join([*lead, *m.group()[m.end(1) - m.start() :].split()])
        found.add(name)
    # "X of the Port Ansel Police Fraud Unit" beside the plain name: one body, by its plain name
    found = {n for n in found if not any(n.endswith(f" {j} {o}") for o in found for j in _JOINING)}
    if len(found) != 1:
        return None
    return found.pop()


def _description(mention: Mention | None) -> str | None:
    """A description's words when the mention is a definite singular one no person's role is."""
    if mention is None or mention.kind not in {"other", "organisation", "role"} or mention.number == "pl":
        return None
    m = _DESCRIPTION.match(mention.text.strip())
    if m is None or not m.group(1)[:1].islower():
        return None
    words = m.group(1)
    if _PEOPLE & set(words.casefold().split()):
        return None  # "the family", "the couple": a group of people, not a body's name
    if _RELATIVES & set(words.casefold().split()):
        return None  # ("the hotel where he stayed" as one mention: narrowed, as below)
    kb = knowledge()
    last = words.split()[-1]
    if kb.role(words) is not None or kb.role(last) is not None or kb.is_title(last):
        return None  # "the minister", "the fire chief": a person's office, not a body's name
    return words


def described_bodies_to_names(
    text: str,
    candidates: list[Candidate],
    speakers: dict[int, Entity | None],
    body_named: Callable[[str, int], Entity],
) -> None:
    """Give each candidate left with no speaker, whose subject is a definite description ("the
    police fraud unit says"), the one body whose name the article writes ending in those words;
    ``body_named`` gives the article's entity for a body's name."""
    for c in candidates:
        if speakers.get(id(c)) is not None:
            continue
        words = _description(c.mention)
        if words is None or c.mention is None:
            continue
        if _RELATIVE_AFTER.match(text, c.mention.end):
            continue  # "The hotel where he was staying said": one the clause narrows, not the named one
        name = body_by_name_tail(text, words)
        if name is not None:
            speakers[id(c)] = body_named(name, c.mention.start)
