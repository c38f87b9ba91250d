"""Outlets an article names only as the one a speaker told something ("he told SkyLedger", "she
told Die Kante", "told CPA the handover was done"): no media noun introduces them and no list
knows them, but a capitalised name after "told" that is no person's, no body's and no place's is
the outlet the words were said to. Each is added to the article's :class:`Gazetteer`, so that the
sentence naming it, and any later mention of it, gives the channel.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from onrecord.attribute.channel_names import NAME, trim_name
from onrecord.attribute.knowledge import knowledge
from onrecord.attribute.own_outlet import NOT_OUTLET
from onrecord.attribute.particles import NAME_PARTICLE_WORDS
from onrecord.dates import ENGLISH_WEEKDAYS

if TYPE_CHECKING:
    from onrecord.attribute.channel_gazetteer import Gazetteer
    from onrecord.attribute.entities import Entity

__all__ = ["told_outlets"]

# "told X", "tells X", "telling X": the name of whom the words were said to ("the" written small
# before it kept apart: "told the Landsraad" is a chamber's way, "told The Lantern" a title's)
_TOLD = re.compile(
    rf"\b(?:told|tells|telling)[ \t]+(?:(?P<the>the)[ \t]+|(?P<title>The)[ \t]+)?"
    rf"(?P<name>{NAME})(?P<after>!?)(?P<rest>.{{0,20}})"
)
# what may follow the name of the one told: the sentence's punctuation, or a small word opening what
# was told or when ("told Alpwire on Monday that", "told CPA the handover"); any other word makes
# the name a modifier ("told the Bend crowd", "told the Harbour ferry inquiry")
_FOLLOWS = re.compile(
    r"^(?:[.,;:!?\"”’)(]|[ \t]+(?:that|on|in|at|by|the|a|an|he|she|they|it|we|I|this|last|earlier|later|"
    r"during|after|before|about|and|but|as|when|while|his|her|their|its|there|how|what|why|yesterday|today|"
    r"tonight|late|early|over|via|through|from|for|with|shortly|then|" + "|".join(ENGLISH_WEEKDAYS) + r")\b|[ \t]*$)"
)
# a group of people by its members' initials ("told MPs", "told TDs")
_MEMBERS = re.compile(r"^[A-Z]{2,4}s$")
# a people by the plural of its members' name ("told Americans", "told African-Americans", "told
# Democrats", "told Britons", "told Israelis"): those a politician speaks to, not an outlet
_PEOPLE = re.compile(r"^(?:[A-Z][a-z]+-)*[A-Z][a-z]+(?:ans|ats|ists|ites|ons|is|ims|ics|ives|als)$")
# a description set off after the name ("told Hallworth, the team captain,"): a person's
_DESCRIBED = re.compile(r"^,[ \t]+(?:the|a|an|his|her|their)[ \t]")
# a newsroom's desk is an outlet where "told" stands before it ("told Quill Desk"), whatever a
# release's heading ("Press Desk") may be
_DESK = re.compile(r"\sDesk$")
# a capitalised word before a name elsewhere in the text: a person's given name or title ("Dr
# Okafor", "Sarah Okafor"), or the first words of a longer name ("the Seattle Beacon" of "the Beacon")
_BEFORE = r"(?<![\w’'-])(?!The\b)[A-ZÀ-Þ][\w.'’-]*[ \t]+"


def told_outlets(text: str, gaz: Gazetteer, people: list[Entity], places: frozenset[str] = frozenset()) -> None:
    """Add to ``gaz`` every name ``text`` writes after "told" that names an outlet: capitalised
    words (or an acronym the text spells out for no other body) that are no speaker of the
    article (``people``), open with no given name or title, hold no organisation's word, are no
    country, no group by its initials and no people by its members' plural ("told Americans"),
    that the text never writes after another capitalised word elsewhere, that is no place of the
    article's (``places``: "told Kyiv"), and that no word but a small one follows ("told the Bend
    crowd"); not one word after a small "the" ("told the Landsraad": a chamber).

    Args:
        text: the article's body.
        gaz: the article's outlets, added to.
        people: the article's entities (persons and organisations); those that speak are no outlet.
        places: the places the article names (its dateline's, those written "in X", "from X"),
            casefolded: a place spoken to is its people or its government, no outlet; but not the
            masthead a first line in capitals sets ("DIE KANTE — Politik"), which reads as a
            dateline too.
    """
    kb = knowledge()
    # (a speaker: one only ever told something may be the outlet itself, read as a person)
    speakers = [e for e in people if e.last_spoke >= 0]
    person_words = {w.casefold() for e in speakers if e.kind == "person" for n in (e.name, *e.names) for w in n.split()}
    body_names = {n.casefold() for e in speakers if e.kind != "person" for n in (e.name, *e.names)}
    for m in _TOLD.finditer(text):
        name = trim_name(m.group("name"))
        if not name or name != m.group("name") or not _FOLLOWS.match(m.group("rest")):
            continue
        if name.casefold() in gaz.names or gaz.resolve(name, m.start("name")) is not None:
            continue
        words = name.split()
        if (
            kb.is_masthead(name)
            or kb.find_outlet(name) is not None
            or any(" ".join(words[k:]).casefold() in gaz.names for k in range(1, len(words)))
        ):
            continue  # (read as an outlet where its sentence is read: "the Seattle Beacon" of "the Beacon")
        if (
            (m.group("the") and len(words) == 1)
            or (NOT_OUTLET.search(name) and not _DESK.search(name))
            or _MEMBERS.match(name)
            or _PEOPLE.match(name)
            or _DESCRIBED.match(m.group("rest"))
            # (a surname of two words opening with its particle, capitalised: "told Le Brun", "told
            # Van Dijk"; an outlet of that shape, "Le Monde", is known or has a masthead's word)
            or (len(words) == 2 and words[0].casefold() in NAME_PARTICLE_WORDS)
            or kb.starts_with_given_name(name)
            or any(kb.is_title(w) or kb.is_org_word(w) for w in words)
            or kb.is_country(name)
            or kb.platform(name) is not None
            or any(w.casefold() in person_words for w in words)
            or name.casefold() in body_names
            or re.search(_BEFORE + re.escape(name) + r"\b", text)
            or (name.casefold() in places and name.casefold() != (gaz.masthead or "").casefold())
            or (name.isupper() and f"({name})" in text)
        ):
            continue
        # (by its name only: no media noun says what it is, so "the station" does not point back
        # to it; "told Pelota!": the name with its mark, found without it as sentences are read)
        # ("told The Lantern": a title's capital "The" is its name's)
        full = ("The " if m.group("title") else "") + name + m.group("after")
        gaz.names.setdefault(name.casefold(), full)
        gaz.told.append((m.start("name"), full))

