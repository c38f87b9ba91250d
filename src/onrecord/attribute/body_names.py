"""A body's name cut short in a speaker mention, read whole from the text it stands in.

The parse may end a body's name at its first "and" ("The Coastal Rail" of "The Coastal Rail
and Ferries Authority said"), and a name's reading may take "X of Y" for a person from a place
("Port" of "The Port of Kestmouth", "Brindle Museum" of "The Brindle Museum of Fine Crafts"). The
text says more: the organisation name the article writes where the mention stands
(:func:`~onrecord.attribute.organisations.article_organisations`), or the whole "the X of Y"
that no person's name is written with; and a firm's name joined by "&" ("Brannock" of
"Brannock & Vell said") reads on past it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from onrecord.attribute.knowledge import knowledge
from onrecord.extract.mentions import Mention

__all__ = ["whole_body"]

# "according to" just before the mention: the channel reading tells an outlet ("according to the
# Voice of Norvania") from a body there, by the whole phrase.
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+$", re.I)
# The rest of a firm's name after an "&" that follows the mention: capitalised words on one line.
_AMPERSAND = re.compile(r"[^\S\n]*&[^\S\n]*([A-ZÀ-Þ][\w’'-]*(?:[^\S\n]+[A-ZÀ-Þ][\w’'-]*)*)")
# A determiner the mention's text may open with before the name.
_DETERMINER = re.compile(r"^(?:the|The)\s+")
# "the X of Y": a body's name of capitalised words with "of" (and "the", "for", "and") inside.
_OF_NAME = re.compile(
    r"^(?:the|The)\s+(?P<name>[A-ZÀ-Þ][\w’'-]*(?:\s+[A-ZÀ-Þ][\w’'-]*)*\s+of\s+(?:the\s+)?"
    r"[A-ZÀ-Þ][\w’'-]*(?:\s+(?:and\s+|for\s+)?[A-ZÀ-Þ][\w’'-]*)*)$"
)


def whole_body(mention: Mention, text: str, organisations: list[tuple[int, str]], *, joined: bool = True) -> Mention:
    """The mention with the whole name of the body it cut short, else unchanged.

    Args:
        mention: a speaker mention (only names and organisations change).
        text: the article text its offsets index.
        organisations: every organisation name the article writes, with its offset.
        joined: read on past an "&" (a speaker's mention: "X & Y said"; not a name written
            anywhere, which may be an outlet's the writer spoke to: "Speaking to X & Y, ...").

    Returns:
        An ``organisation`` mention named by the organisation name the text writes from where
        the mention's name starts, when that name is longer and holds the mention's words ("The
        Coastal Rail" -> "Coastal Rail and Ferries Authority"); or by the whole "the X of Y"
        the mention's text is, when its name kept only X and no given name opens it ("The Port
        of Kestmouth" -> "Port of Kestmouth"); else ``mention`` itself.
    """
    if mention.kind not in {"name", "organisation"} or not mention.name:
        return mention
    written = " ".join(mention.text.split())
    opening = _DETERMINER.match(written)
    begins = mention.start + (len(opening.group()) if opening else 0)
    if mention.kind == "name" and knowledge().starts_with_given_name(mention.name):
        return mention  # a person ("Bank of Osterlund Governor Maren Tull-Haas" names the governor)
    rest = _AMPERSAND.match(text, mention.end) if joined else None
    name = f"{mention.name} & {rest.group(1)}" if rest is not None else ""
    if rest is not None and not mention.name.endswith("&") and not knowledge().is_medium(name):
        # "Brannock & Vell said": the parse stops at the "&", the firm's name does not (a
        # newspaper's, "The Kelby & District Courier reported", is read as a medium apart)
        return replace(
            mention,
            end=rest.end(),
            text=text[mention.start : rest.end()],
            kind="organisation",
            name=name,
            role=None,
            gender=None,
        )
    words = set(mention.name.split())
    for at, name in organisations:
        if name.endswith(" " + mention.name):
            continue  # the name after a body's words is its holder's, not a piece of the body's
        if at == begins and len(name) > len(mention.name) and words <= set(name.split()):
            return replace(mention, kind="organisation", name=name, role=None, gender=None)
    whole = _OF_NAME.match(written)
    kb = knowledge()
    if (
        whole is not None
        and mention.gender is None
        and whole.group("name").startswith(mention.name + " of ")
        and not kb.starts_with_given_name(mention.name)
        and not _titled(mention.name)
        and not kb.is_medium(whole.group("name"))  # "the Voice of Norvania": an outlet, read apart
        and not _ACCORDING_TO.search(text, 0, mention.start)
    ):
        return replace(mention, kind="organisation", name=whole.group("name"), role=None)
    return mention


# the ranks a person is named by "X of Y" with: "the Duke of Kestmouth", "the Bishop of Lunde"
_RANKS = frozenset(
    "duke duchess earl countess baron baroness marquess marquis viscount viscountess lord lady prince princess "
    "king queen archbishop bishop emir sultan".split()
)


def _titled(name: str) -> bool:
    """Whether ``name`` opens with a rank or a title a person bears ("Duke", "Bishop", "Mayor")."""
    first = name.split()[0] if name.split() else ""
    return first.casefold() in _RANKS or knowledge().is_title(first)
