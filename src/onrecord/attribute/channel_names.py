"""How news copy writes an outlet's name, and how to cut one out of the words around it: the
name's shape (capitalised words joined by a few small words), the media nouns before or after it
("the broadcaster Radio Stellach", "Kamsky Vestnik, the regional daily"), and the sentence words a
name runs on into or out of ("Meanwhile the Skerry News Agency", "told the Ledger the White House ...")."""

from __future__ import annotations

import re

from onrecord.attribute.knowledge import knowledge
from onrecord.languages import languages

# A name as news copy writes an outlet's: capitalised words, joined by a few small words
# ("Le Courrier de Marvignac", "Radio Côte Atlantique", "Zaravia-24", "VBC Radio 1").
_UP = r"[A-ZÀ-ÞА-ЯЁ0-9][\w’'&-]*(?:(?<=\d)\.\d+)?"  # "Radio Sundar 94.1": a frequency's decimals
NAME = (
    rf"{_UP}(?:(?:[ \t]+(?:de|du|des|de la|of|the|and|&|del|y|da|do|dos|das|di|della|dello|delle|dei|degli))?"
    rf"[ \t]+{_UP}"
    rf"|[ \t]+(?:de[ \t]+)?(?:d'|l'){_UP})*"
)
NAME_RE = re.compile(NAME)

# Words that name a medium before or after its name, in the five languages ("the broadcaster
# Radio Stellach", "Kamsky Vestnik, the regional daily", "l'agence CPA", "dem Sender Saltvik Radio",
# "телеканалу ZTV1"); the wire words make a wire.
MEDIUM = (
    r"(?i:(?:(?:state|public|regional|local|national|private|commercial|daily|weekly|online|"
    r"state-run|state-owned|English-language|French-language|German-language|Russian-language|"
    r"\w+-based|sister|rival|sports|business|financial|economic|political|trade)\s+){0,3}"
    r"(?:news agency|wire service|news service|agency|wire|broadcaster|television channel|channel|station|"
    r"affiliate|member station|"
    r"radio station|broadcaster|newspaper|paper|daily|weekly|tabloid|magazine|network|website|news site|publication|"
    r"tech site|tech blog|(?:business|consumer|fan|gossip|sports|trade|industry|web|media|investigative)\s+site|"
    r"Nachrichtenagentur|Agentur|Sender|Fernsehsender|Radiosender|Zeitung|Tageszeitung|Wochenzeitung|"
    r"agence|quotidien|journal|hebdomadaire|radio|chaîne|télévision|"
    r"agencia|diario|periódico|emisora|cadena|televisión|"
    r"агентство|агентству|агентства|телеканал|телеканалу|телеканала|газета|газете|газеты|радиостанция|радиостанции|радио|"
    r"издание|изданию|издания))"
)
_MEDIUM_APPOSED = re.compile(rf"{MEDIUM},\s+[A-Z]")  # "the state news agency, NordPress"
WIRE_WORDS = re.compile(r"agency|wire|news service|Nachrichtenagentur|Agentur|agence|agencia|агентств", re.I)


# an organisation's word that a media outlet's name may hold ("Nordic News Agency", "Baltic Network")
_MEDIA_ORG_WORDS = {"agency", "network", "service", "corporation", "company", "group", "system"}


def body_of(name: str) -> bool:
    """Whether ``name`` is a body's, an organisation's word before "of" ("Ministry of Trade and
    Energy", "Seafarers' Federation of Norvania"): no outlet that reports."""
    kb = knowledge()
    words = name.split()
    return any(
        words[i + 1] == "of" and kb.is_org_word(words[i]) and words[i].casefold() not in _MEDIA_ORG_WORDS
        for i in range(len(words) - 1)
    )


def name_ends(short: list[str], full: list[str]) -> bool:
    """Whether the words ``short`` close the longer name ``full`` ("TV" of "state TV")."""
    return 0 < len(short) < len(full) and full[-len(short) :] == short


def name_leads(short: list[str], full: list[str]) -> bool:
    """Whether the words ``short`` open the longer name ``full`` ("Kanal 5" of "Kanal 5 Nord")."""
    return 0 < len(short) < len(full) and [w.casefold() for w in full[: len(short)]] == [w.casefold() for w in short]


TRAILING = set(
    """on in at by and the de of monday tuesday wednesday thursday friday saturday sunday today tonight
    yesterday""".split()
)


LEADING = re.compile(r"^(?:(?:The|the|Le|La|Les|El|Der|Die|Das|Dem|Den)\s+)")


# Words that open a sentence before a name ("Meanwhile the Skerry News Agency quoted ...").
# a source preposition of a language onrecord reads opens a sentence with a capital ("Ifølge Radio X")
_SOURCE_OPENERS = "|".join(
    sorted({w.capitalize() for entry in languages().values() for w in entry.source_prepositions})
)
OPENERS = re.compile(
    r"^(?:(?:Meanwhile|Separately|Also|Earlier|Later|However|But|And|Yet|Still|Now|Then|Today|Yesterday|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + _SOURCE_OPENERS + r")[,]?\s+)+(?:the\s+)?"
)


def trim_name(name: str) -> str:
    """An outlet's name without a possessive programme, a leading article word other than the
    masthead's own, an opening sentence word ("Meanwhile the Skerry News Agency"), a trailing
    sentence word ("Radio Lorn's Morning Line" -> "Radio Lorn"), or the clause it runs on into
    ("told the Ledger the White House was ..." -> "Ledger")."""
    name = OPENERS.sub("", name)
    name = re.split(r"['’]s\b", name, maxsplit=1)[0]
    # a reported clause the name's joining "the" ran on into ("Ledger the White House was ...")
    name = re.split(r"(?<=\w)\s+the\s+(?=[A-ZÀ-Þ])", name, maxsplit=1)[0]
    name = re.sub(r"[\s.,;:]+$", "", name)
    name = re.sub(r"^(?:(?:the|a|an)\s+)?[\w]+-(?:language|based)\s+", "", name, flags=re.I)
    words = name.split()
    while words and words[-1].casefold() in TRAILING and not _name_word(words):
        words.pop()
    words = _before_title(_after_german_medium(words))
    name = " ".join(words)
    if LEADING.match(name) and len(words) > 1 and words[1][:1].islower():
        return ""
    return name


# a day word a masthead may end on, capitalised ("USA Today", "Marketing Tonight")
_MASTHEAD_DAYS = {"today", "tonight"}


def _name_word(words: list[str]) -> bool:
    """Whether the last of ``words`` is part of the name: "Today" capitalised after another
    capitalised word ("USA TODAY", "Psychology Today"), not "told the Ledger today"."""
    last = words[-1]
    return len(words) > 1 and last.casefold() in _MASTHEAD_DAYS and last[:1].isupper() and words[-2][:1].isupper()


# German media nouns, capitalised as every German noun is, that open no outlet's name
# ("dem Fernsehsender Kanal Nord" -> "Kanal Nord")
_GERMAN_MEDIUM = {
    "sender", "fernsehsender", "radiosender", "nachrichtenagentur", "agentur", "zeitung", "tageszeitung",
    "wochenzeitung", "zeitschrift", "nachrichtenportal",
}  # fmt: skip


def _after_german_medium(words: list[str]) -> list[str]:
    """The words of a name without a German medium noun before them."""
    return words[1:] if len(words) > 1 and words[0].casefold() in _GERMAN_MEDIUM else words


def _before_title(words: list[str]) -> list[str]:
    """The words of an outlet's name without a person's title and name the sentence runs on
    into ("told the Harbour Press Agency Governor Lund had ..." -> "Harbour Press Agency"): cut
    at a title before a capitalised word when the words before it are a masthead already."""
    kb = knowledge()
    for i in range(1, len(words) - 1):
        if (
            words[i][:1].isupper()  # "of" is a role's word ("Minister of"), no title opening a person's name
            and kb.is_title(words[i])
            and words[i + 1][:1].isupper()
            and kb.is_masthead(" ".join(words[:i]))
        ):
            return words[:i]
    return words


# a medium's name after its noun, at the end of a phrase ("der aldmärkischen Nachrichtenagentur ANA")
AFTER_MEDIUM = re.compile(rf"{MEDIUM}(?:\s+[a-zà-ÿ-]+)*\s+(?P<name>{NAME})$")


def unapposed(phrase: str) -> str:
    """A medium's noun and its name in apposition read as one phrase ("the state news agency,
    NordPress" -> "the state news agency NordPress")."""
    return re.sub(r"(?<=\w),\s+(?=\S)", " ", phrase) if _MEDIUM_APPOSED.search(phrase) else phrase


def after_medium_noun(phrase: str) -> str:
    """The name after a medium's common noun ("Portuguese newspaper Diário da Foz" -> "Diário da
    Foz"); a medium word that is part of the name ("Radio Wexham") stays."""
    after = AFTER_MEDIUM.search(phrase)
    if after is None or after.start("name") == 0:
        return phrase
    before = phrase[: after.start("name")].split()
    return after.group("name") if before and before[-1].islower() else phrase


def spelled_out(name: str) -> str:
    """A channel's name without the acronym the parser read after it and without the words
    before the ones the acronym spells: "Kanto News Service KNS" (of "Kanto News Service (KNS)
    quoted ...") -> "Kanto News Service", "Zedland Federal News Agency FNA" (of "Zedland's
    Federal News Agency (FNA)") -> "Federal News Agency"; any other name as it is."""
    words = name.split()
    acronym = words[-1] if len(words) > 2 else ""
    if not (acronym.isupper() and acronym.isalpha() and len(acronym) < len(words)):
        return name
    spelled = words[-1 - len(acronym) : -1]
    if "".join(w[0] for w in spelled) != acronym:
        return name
    return " ".join(spelled)


# The medium's word that opens a broadcaster's station or service after the broadcaster's name
# ("Ardmore Broadcasting Radio Kells", "NBX Television Two", "NBX World Service").
_STATION_WORDS = {"radio", "tv", "television", "world"}


def station_of(name: str, parent: str) -> bool:
    """Whether ``name`` is a station or service the broadcaster ``parent`` runs, named after it
    with a station's medium word and the station's own name ("NBX Radio Kells" of "NBX"): an
    outlet of its own, not its parent under a longer name."""
    words, head = name.split(), parent.split()
    rest = words[len(head) :]
    return (
        name_leads(head, words)
        and len(rest) >= 2
        and rest[0].casefold() in _STATION_WORDS
        and all(w[:1].isupper() or w[:1].isdigit() for w in rest)
    )


def known_with_station(name: str, known: str) -> str:
    """The name of a station or service a known broadcaster runs, as the copy writes it, when
    ``name`` goes on past the known outlet's name ``known`` with a station's medium word and its
    own name ("NBX Radio Kells" where NBX is known -> "NBX Radio Kells"); else ``known``. Only
    the mention that writes the station's name is the station: its parent named on its own is
    the parent (see :meth:`Gazetteer._fuller`).

    Args:
        name: the capitalised name read from the copy.
        known: the words of ``name`` that name a known outlet (as the knowledge base found them).
    """
    return name if station_of(name, known) else known


def same_outlet(a: str, b: str) -> bool:
    """Whether two readings of a channel's name share a word of the name ("Diário da Foz",
    "Diário Foz")."""
    small = {"the", "a", "an", "le", "la", "el", "de", "da", "do", "of"}
    return bool({w.casefold() for w in a.split()} & {w.casefold() for w in b.split()} - small)
