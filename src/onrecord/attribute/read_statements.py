"""The owner of a statement another person read out, named before the reader.

"A short statement from him was read on the quay by his barrister, Ada Pell: '...'" puts the
reader's name right before the quoted words, where the mention reader takes it for the speaker.
The words are the statement's: its owner's, whom "from" names (a name, or "him" / "her" /
"them" for one named before), and the reader only carries them. Only the reading's own cue does
so, with the reader's name ending its "by" and the words straight after it: "After a letter from
Jon Berg was read out by the clerk, Ada Pell said: '...'" gives Pell's own words.
So too for a statement read "on her client's behalf" by one the article sets off as someone's
lawyer ("Ada Pell, barrister for skipper Jon Berg, has read a brief letter on her client's behalf:
'...'": the words are Jon Berg's), and for one read "on her father's behalf": the father's, whom
the article introduced her as the daughter of. Any other "for" ("a nurse for Kelmouth Hospital",
"who campaigned for Jon Berg") names no one she reads for.
"""

from __future__ import annotations

import re

from onrecord.attribute.kin import kin
from onrecord.extract.mentions import Mention

__all__ = ["read_for_client", "statement_owner"]

_NAME_WORD = r"[A-ZÀ-Þ][\w’'.-]*"
# "from him", "from Captain Ada Pell", "from the skipper": the one the statement is from
_FROM = (
    r"\b(?:statement|letter|message|note)\s+from\s+"
    # (a description before the name: "from the landlord, the retired surveyor Ada Pell")
    rf"(?:(?P<pronoun>him|her|them)|(?:(?:the|a|an)\s+)?(?:[a-z][\w’'-]*,?\s+(?:the\s+)?){{0,5}}(?P<name>{_NAME_WORD}(?:\s+(?:(?:de|van|von|der|da|del|la|le)\s+)?{_NAME_WORD}){{0,3}}))"
)
# ... then its reading, and "by" the reader, set off with their relation or office at most
_READ_BY = re.compile(
    _FROM + r"(?P<rest>[^.;:\"“”]{0,100}?)\bread(?:\s+out)?\b[^.;:\"“”]{0,100}?\bby\s+"
    r"(?:(?:his|her|their|its|the|a)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2},?\s+)?$"
)
# the reader's name ends the phrase and the quoted words follow straight after: "by Ada Pell: '...'"
_WORDS_NEXT = re.compile(r"[ \t\xa0]*(?:[:,][ \t\xa0]*)?[\"“‘]|[ \t\xa0]*[:,][ \t\xa0]*'")
# a clause the reading only sets the time of, whose reader's words follow it: "After a letter
# from Jon Berg was read out by the clerk, ..."
_OPENERS = "|".join(w + "|" + w.capitalize() for w in "after when once as before while since until".split())
_TIME_CLAUSE = re.compile(rf"(?:^|[.!?;:\n][\"”’']?\s+|\s)(?:{_OPENERS})\s+(?:[a-z][\w’'-]*\s+){{0,3}}$")
_READING_CUES = frozenset({"read", "reads", "read out"})
_PRONOUNS = {"him": ("he", "m", "sg"), "her": ("she", "f", "sg"), "them": ("they", None, "pl")}
# how far before the reader's name the statement's "from" may stand
_REACH = 260


def statement_owner(mention: Mention, text: str, cue: tuple[int, int]) -> Mention:
    """The one a statement the speaker mention only read out is from ("A statement from him was
    read ... by his lawyer, Ada Pell: '...'": "he", resolved as a pronoun is; "A letter from Jon
    Berg was read out by his sister, Ada Pell: '...'": Jon Berg); the mention itself otherwise:
    when the cue is no reading of that statement, the reader's name does not end its "by", or
    the quoted words do not follow the name straight after ("After a letter from Jon Berg was read
    out by the clerk, Ada Pell said:": Pell's own words).

    Args:
        mention: the quote's speaker mention, as read from the cue's subject.
        text: the article's text.
        cue: the span of the quote's cue ("read").

    Returns:
        A pronoun or name mention of the statement's owner, or ``mention`` unchanged.
    """
    if mention.kind != "name" or text[cue[0] : cue[1]].casefold() not in _READING_CUES:
        return mention
    if _WORDS_NEXT.match(text, mention.end) is None:
        return mention  # ("by the clerk, Ada Pell said": she speaks for herself)
    start = max(0, mention.start - _REACH)
    m = _READ_BY.search(text, start, mention.start)
    if m is None or not m.end("rest") <= cue[0] < m.end():
        return mention  # (the cue is another reading than this statement's)
    if _TIME_CLAUSE.search(text, max(0, m.start() - 60), m.start()):
        return mention  # ("After a letter from him was read out by ...": the time of another's words)
    if m.group("pronoun"):
        pronoun, gender, number = _PRONOUNS[m.group("pronoun")]
        at, end = m.span("pronoun")
        return Mention(at, end, pronoun, "pronoun", gender=gender, number=number)
    at, end = m.span("name")
    name = m.group("name")
    return Mention(at, end, name, "name", name=re.sub(r"^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Captain|Capt)\.?\s+", "", name))


# "read a brief letter on her client's behalf": a statement read for the one the reader works for
_READ_ON_OWNERS_BEHALF = re.compile(
    r"\s+(?:out\s+)?(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}?(?:statement|letter|message|note)\s+"
    r"on\s+(?P<owner>his|her|their)\s+(?P<noun>[a-z]+)['’]s?\s+behalf\b"
)
# the one a reader's description says they act for as a lawyer, the noun right before "for":
# "barrister for skipper Jon Berg", "lawyer for Ada Pell", "representing Ada Pell"
_ACTS_FOR = re.compile(
    r"\b(?:(?:lawyer|solicitor|counsel|attorney|barrister|advocate)s?\s+for|representing)\s+"
    rf"(?:(?:the|a)\s+)?(?:[a-z][\w’'-]*\s+){{0,3}}(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
)
_CLIENTS = frozenset({"client", "clients"})


def read_for_client(mention: Mention, text: str, cue: tuple[int, int]) -> Mention:
    """The one a reader read a statement for "on her client's behalf" ("Ada Pell, barrister for
    skipper Jon Berg, has read a brief letter on her client's behalf:"): the full name the reader's own
    description says they act for as a lawyer; for "on her father's behalf", her father (a
    description the tracker resolves to the one the article introduced her as the daughter of);
    the mention itself when the cue reads for nobody so, or the reader is no one's lawyer
    ("Ada Pell, a nurse for Kelmouth Hospital, read a brief letter on her client's behalf").

    Args:
        mention: the quote's speaker mention (the reader).
        text: the article's text.
        cue: the span of the quote's cue ("read").

    Returns:
        A name mention of the one the statement is for, a description of a relative
        (``other``, role "her father"), or ``mention`` unchanged.
    """
    if mention.kind != "name" or text[cue[0] : cue[1]].casefold() not in _READING_CUES:
        return mention
    read = _READ_ON_OWNERS_BEHALF.match(text, cue[1])
    if read is None or not mention.start <= cue[0]:
        return mention
    noun = read.group("noun")
    relative = kin(noun)
    if relative is not None and read.group("owner") != "their":
        # "on her father's behalf": her father, whom the tracker finds as it finds "her father" elsewhere
        at, end = read.start("owner"), read.start("noun") + len(noun)
        words = f"{read.group('owner')} {noun}"
        return Mention(at, end, words, "other", role=words, gender=relative[0], number="sg")
    if noun not in _CLIENTS:
        return mention
    m = _ACTS_FOR.search(text, mention.start, cue[0])
    if m is None:
        return mention
    at, end = m.span("name")
    return Mention(at, end, m.group("name"), "name", name=m.group("name"))
