"""The channel a quote reached the article through (``via``): an outlet, a platform, a wire or a
person who relays.

News copy names the channel in a few ways, in every language it is written in: the outlet the
speaker spoke to ("told Radio North", "sagte dem Sender X", "a confié au Courrier", "заявил
телеканалу X"), a platform ("wrote on X", "in a video posted on Telegram", "написал в Facebook"),
an outlet that reported first ("according to X", "X reported", "selon l'agence X"), and a person
who relays another's words. The channel is often stated once ("Vang told the Ledger on Thursday
that ...") and holds for the speaker's next quotes of the same conversation ("...," Vang said),
or stated by a media noun that points back to the outlet named before ("she told the
broadcaster"). The outlets an article names are read from the article itself (a
:class:`Gazetteer`): known outlets, names a media noun introduces ("the broadcaster Radio
Stellach", "l'agence CPA"), masthead-shaped names and the article's own outlet.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from onrecord.attribute.headings import proceedings_header
from onrecord.attribute.knowledge import knowledge
from onrecord.attribute.own_outlet import NOT_OUTLET as _NOT_OUTLET
from onrecord.extract.clauses import SELF_OUTLET
from onrecord.languages import languages
from onrecord.spans import mask_pieces

if TYPE_CHECKING:
    from onrecord.attribute.entities import Entity
    from onrecord.extract.candidates import Analysis, Candidate

__all__ = [
    "Gazetteer",
    "assign_channels",
    "audience",
    "bare_person",
    "channel_name",
    "find_channel",
    "full_name",
    "inside_others",
    "person_relays",
    "relayed",
]

_AUDIENCES = ("journalists", "reporters", "lawmakers", "supporters", "the press", "the media", "correspondents")

# A name as news copy writes an outlet's: capitalised words, joined by a few small words
# ("Le Courrier de Marvignac", "Radio Côte Atlantique", "Zaravia-24", "VBC Radio 1").
_UP = r"[A-ZÀ-ÞА-ЯЁ0-9][\w’'&-]*(?:(?<=\d)\.\d+)?"  # "Radio Sundar 94.1": a frequency's decimals
_NAME = (
    rf"{_UP}(?:(?:[ \t]+(?:de|du|des|de la|of|the|and|&|del|y|da|do|dos|das|di|della|dello|delle|dei|degli))?"
    rf"[ \t]+{_UP}"
    rf"|[ \t]+(?:de[ \t]+)?(?:d'|l'){_UP})*"
)
_NAME_RE = re.compile(_NAME)

# Words that name a medium before or after its name, in the five languages ("the broadcaster
# Radio Stellach", "Kamsky Vestnik, the regional daily", "l'agence CPA", "dem Sender Saltvik Radio",
# "телеканалу ZTV1"); the wire words make a wire.
_MEDIUM = (
    r"(?i:(?:(?:state|public|regional|local|national|private|commercial|daily|weekly|online|"
    r"state-run|state-owned|English-language|French-language|German-language|Russian-language|"
    r"\w+-based|sister|rival|sports|business|financial|economic|political|trade)\s+){0,3}"
    r"(?:news agency|wire service|news service|agency|wire|broadcaster|television channel|channel|station|"
    r"radio station|broadcaster|newspaper|paper|daily|weekly|tabloid|magazine|network|website|news site|publication|"
    r"Nachrichtenagentur|Agentur|Sender|Fernsehsender|Radiosender|Zeitung|Tageszeitung|Wochenzeitung|"
    r"agence|quotidien|journal|hebdomadaire|radio|chaîne|télévision|"
    r"agencia|diario|periódico|emisora|cadena|televisión|"
    r"агентство|агентству|агентства|телеканал|телеканалу|телеканала|газета|газете|газеты|радиостанция|радиостанции|радио|"
    r"издание|изданию|издания))"
)
_MEDIUM_APPOSED = re.compile(rf"{_MEDIUM},\s+[A-Z]")  # "the state news agency, NordPress"
_WIRE_WORDS = re.compile(r"agency|wire|news service|Nachrichtenagentur|Agentur|agence|agencia|агентств", re.I)
_INTRODUCED = re.compile(rf"\b{_MEDIUM}\s+(?:«)?(?P<name>{_NAME})(?:»)?")
_APPOSED = re.compile(rf"(?P<name>{_NAME}),\s+(?:the|a|an)\s+{_MEDIUM}\b(?!['’-])")
_POSTPOSED = re.compile(
    rf"\b[Tt]he\s+(?P<name>{_NAME})\s+(?P<medium>news agency|wire service|news service|newspaper|broadcaster|agency)\b"
)
_DEFINED = re.compile(rf"(?P<name>{_NAME})\s+\((?P<acronym>[A-Z][A-Z0-9-]{{1,6}})\)")

# A media noun standing for the outlet named before it ("she told the broadcaster").
_ANAPHORS = {
    "broadcaster", "station", "channel", "paper", "newspaper", "agency", "wire service", "network", "daily",
    "programme", "program", "show", "sender", "zeitung", "agence", "chaîne", "station de radio", "journal",
    "diario", "agencia", "emisora", "magazine", "glossy", "newsletter", "podcast", "телеканалу", "агентству",
    "газете", "изданию",
}  # fmt: skip

# the words before a media noun that say what kind it is ("the state broadcaster", "the regional daily")
_MODIFIED_ANAPHOR = re.compile(
    r"^(?:(?:state|state-run|state-owned|public|regional|local|national|private|commercial|online|sister|rival|"
    r"business|financial|sports)\s+){1,2}"
)

# "told this newspaper", "sagte dieser Zeitung", "a confié à notre journal", "dijo a este diario"
_SELF = re.compile(
    r"\b(?:this (?:newspaper|paper|publication|station|website|site|programme|program|newsroom|reporter|"
    r"correspondent|writer|journalist|magazine|outlet|newsletter|broadcaster|network|podcast)|"
    # "told our reporter" (not "our reporter estimates")
    r"(?:(?<=told )|(?<=tells )|(?<=telling )|(?<=\bto ))our (?:newspaper|paper|station|reporter|correspondent|"
    r"journalist|magazine|programme|program)|"
    # an interview by telephone or an exclusive one, with no outlet named, is the article's own ("said
    # in a telephone interview"); a bare "in an interview", "a television interview" names no channel
    r"(?<=in )an? (?:(?:brief|short|long|lengthy|recent|exclusive|separate) )?(?:(?:tele)?phone|exclusive|"
    r"video|Zoom|e-?mail) interview(?!\w)"
    r"(?! (?:with|to|by)\b| on (?:the )?(?!Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[A-Z])|"
    r"(?<=told )us(?= by (?:phone|telephone|email|text))|"
    r"(?:dieser|unserer) Zeitung|(?:diesem|unserem) (?:Blatt|Sender)|"
    r"(?:notre|ce) (?:journal|quotidien)|nos (?:confrères|journalistes)|par nos soins|"
    r"(?:este|nuestro) (?:diario|periódico)|a este medio|"
    r"(?:al nostro|a questo) (?:giornale|quotidiano)|(?:ao nosso|a este) (?:jornal|diário)|"
    r"нашей газете|нашему изданию|нашему корреспонденту|"
    # Danish and Norwegian "til avisen" (to the paper, after a cue), Romanian, Greek "our paper"
    r"(?<=til )(?:avisen|bladet)|(?:denne|vores|vår) avis|(?:ziarului|ziarul) nostru|publicației noastre|"
    r"στην εφημερίδα μας)\b",
    re.I,
)

_PLATFORM_WORDS = (
    r"(?:wrote|writes|posted|posts|said|says|announced|tweeted|shared|added|replied|"
    r"schrieb|postete|erklärte|teilte|a écrit|écrit|a publié|publié|escribió|publicó|написал|написала|написали|"
    r"сообщил|сообщила|заявил|заявила|"
    r"написав|повідомив|повідомила|заявив|"  # Ukrainian
    # a participle before the platform ("Marchetti, writing on X shortly before, said ...")
    r"writing|posting|tweeting)"
)


@dataclass(slots=True)
class Gazetteer:
    """The outlets an article names, with where it names them: the article's own outlet,
    known outlets, names a media noun introduces, masthead-shaped names, their acronyms."""

    own: str | None = None
    names: dict[str, str] = field(default_factory=dict)  # casefolded form -> name as the article writes it
    mentions: list[tuple[int, str]] = field(default_factory=list)  # (offset, name), in order
    wires: set[str] = field(default_factory=set)
    platforms: list[tuple[int, str]] = field(default_factory=list)  # (offset, platform), in order
    # names known only as the object of "according to X" or the subject of "X reported": a body
    # may stand there as well as an outlet ("according to the Palace")
    hearsay: set[str] = field(default_factory=set)
    # (offset, noun, name) for a name the article describes by a media noun ("The Gavel, a podcast")
    described: list[tuple[int, str, str]] = field(default_factory=list)

    def is_medium(self, name: str) -> bool:
        """Whether the article shows ``name`` to be a medium by more than "according to"."""
        return name.casefold() in self.names and name not in self.hearsay

    def platform_before(self, at: int) -> str | None:
        """The platform the article named last before offset ``at``, if near enough."""
        i = bisect.bisect_left(self.platforms, (at, ""))
        if i == 0 or at - self.platforms[i - 1][0] > _MAX_BACK_TO_POST:
            return None
        return self.platforms[i - 1][1]

    def add(self, name: str, at: int, wire: bool = False, hearsay: bool = False) -> None:
        """Record outlet ``name`` named at offset ``at`` (its acronym, if given, separately);
        ``hearsay``: known only as what "according to" or "reported" names."""
        name = name.strip(' ,.;:«»"“”')
        if not name or len(name) < 2 or _NOT_OUTLET.search(name):
            return
        if hearsay and name.casefold() not in self.names:
            self.hearsay.add(name)
        elif not hearsay:
            self.hearsay.discard(name)
        self.names.setdefault(name.casefold(), name)
        bisect.insort(self.mentions, (at, name))
        if wire:
            self.wires.add(name)

    def resolve(self, phrase: str, at: int) -> str | None:
        """The outlet a phrase names at offset ``at``: its own name, a short form of a named
        outlet ("the Ledger" for "The Northern Ledger"), a media noun pointing back to the
        outlet named last ("the broadcaster"), or the article itself ("this newspaper")."""
        phrase = phrase.strip(' ,.;:«»"“”')
        if not phrase:
            return None
        if _SELF.fullmatch(phrase):
            return self.own
        key = re.sub(r"^(?:(?:the|le|la|les|el|der|die|das|dem)\s+|l')", "", phrase.casefold()).strip()
        key = re.sub(r"^(?:same|selben?|même)\s+", "", key)  # "told the same station"
        if key in _ANAPHORS or _MODIFIED_ANAPHOR.sub("", key) in _ANAPHORS:  # "the state broadcaster"
            return self._described_before(_MODIFIED_ANAPHOR.sub("", key), at) or self.last_before(at)
        found = self.names.get(phrase.casefold()) or self.names.get(key)
        if found:
            return found
        found = next((n for n in self.names.values() if _LEADING.sub("", n).casefold() == key), None)
        if found:
            return found  # "Courier" for "The Courier"
        if self.own and phrase.isupper() and phrase == "".join(w[0] for w in _LEADING.sub("", self.own).split()):
            return self.own  # "ENA" in the Eastlink News Agency's own copy
        longer = self._expand(key, at)
        if longer:
            return longer
        for case_key in _case_forms(key):  # "Вестям Острога" -> "Вести Острога"
            found = self.names.get(case_key)
            if found:
                return found
        return None

    def _expand(self, key: str, at: int) -> str | None:
        """The named outlet whose last words are ``key`` ("Courier" -> "Brenna Courier"),
        the one named last before ``at`` when several are, else the article's own."""
        words = key.split()
        if not words:
            return None

        def fits_name(name: str) -> bool:
            full = _LEADING.sub("", name).casefold().split()
            n = len(words)
            return len(full) > n and any(full[i : i + n] == words for i in range(len(full) - n + 1))

        fits = [n for n in dict.fromkeys(name for _, name in self.mentions) if fits_name(n)]
        if self.own and fits_name(self.own):
            fits.append(self.own)
        if not fits:
            return None
        before = [name for off, name in self.mentions if off <= at and name in fits]
        return before[-1] if before else fits[0]

    def _described_before(self, noun: str, at: int) -> str | None:
        """The outlet the article last described by ``noun`` before offset ``at`` ("told the
        podcast" after "The Gavel, a podcast from Cascade Radio": The Gavel, not the radio)."""
        named = [name for off, n, name in self.described if off < at and n == noun]
        return (self.resolve(named[-1], at) or named[-1]) if named else None

    def last_before(self, at: int) -> str | None:
        """The outlet the article named last before offset ``at`` (else its own)."""
        i = bisect.bisect_left(self.mentions, (at, ""))
        return self.mentions[i - 1][1] if i > 0 else self.own

    def channel_kind(self, name: str | None) -> str | None:
        """What kind of channel ``name`` is (see :meth:`Knowledge.channel_kind`), an outlet the
        article names counting as one (a wire when the article calls it an agency)."""
        if not name:
            return None
        if name in self.wires:
            return "wire"
        kind = knowledge().channel_kind(name)
        return "outlet" if kind == "person" and name.casefold() in self.names else kind


def _case_forms(key: str) -> list[str]:
    """Nominative guesses for a Russian name in the dative ("вестям острога" -> "вести острога")."""
    words = key.split()
    if not words or not re.search(r"[а-яё]", words[0]):
        return []
    first = words[0]
    out = []
    for ending, nominative in (("ям", "и"), ("ам", "ы"), ("ам", "а"), ("у", ""), ("е", "а"), ("ю", "я"), ("ой", "ая")):
        if first.endswith(ending):
            out.append(" ".join([first[: -len(ending)] + nominative, *words[1:]]))
    return out


def gazetteer(text: str, own: str | None, dateline: str | None = None) -> Gazetteer:
    """The outlets article ``text`` names (``own``: its own outlet, if known; ``dateline``: the
    dateline cleaning took off the text, "HAVERFORD, April 12 (FWS)": a wire's)."""
    kb = knowledge()
    g = Gazetteer(own=own)
    if dateline:
        for m in _WIRE_DATELINE.finditer(dateline):
            g.add(m.group("name"), -1, wire=True)
    if own:
        g.names.setdefault(own.casefold(), own)
        if kb.channel_kind(own) == "wire":
            g.wires.add(own)
    for m in _INTRODUCED.finditer(text):
        name = _trim_name(m.group("name"))
        medium = m.group(0)[: m.start("name") - m.start()].split()
        if medium and medium[-1][:1].isupper() and medium[-1].casefold() in kb.mastheads:
            continue  # "Radio Lac": the medium's word is the name's first
        if name and not kb.starts_with_given_name(name):
            g.add(name, m.start("name"), wire=bool(_WIRE_WORDS.search(m.group(0)[: m.start("name") - m.start()])))
    for m in _POSTPOSED.finditer(text):  # "the Alpwire news agency" (not "an American newspaper")
        name = _trim_name(m.group("name"))
        if m.group("medium") == "agency" and len(name.split()) > 1:
            continue  # "the Nordpress agency", not "the Federal Water agency"
        if name and not kb.starts_with_given_name(name) and not kb.is_title(name.split()[0]):
            g.add(name, m.start("name"), wire=bool(_WIRE_WORDS.search(m.group("medium"))))
    for m in _APPOSED.finditer(text):
        name = _trim_name(m.group("name"))
        if name and not kb.starts_with_given_name(name):
            g.add(name, m.start("name"), wire=bool(_WIRE_WORDS.search(m.group(0))))
    for m in _NAME_RE.finditer(text):
        name = _trim_name(m.group(0))
        if not name or _NOT_OUTLET.search(name):
            continue
        known = kb.find_outlet(name)
        if known is not None:
            g.add(known[1], m.start(), wire=known[0].kind == "agency")
        elif kb.is_masthead(name) and not kb.starts_with_given_name(name):
            g.add(name, m.start(), wire=kb.channel_kind(name) == "wire")
    for pattern in (_REPORTED, _REPORTS):  # "according to Capitol Wire", "Le Littoral de l'Ouest reported"
        for m in pattern.finditer(text):
            name = _after_medium_noun(_unapposed(m.group("ch")))  # "The Lisbon sports daily O Remate"
            name = _trim_name(re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I))
            if (
                name[:1].isupper()
                and name.casefold() not in g.names
                and not kb.starts_with_given_name(name)
                and not kb.is_org_word(name.split()[-1])
                and not _body_of(name)
                and not kb.is_title(name.split()[0])
            ):
                g.add(
                    name,
                    m.start("ch"),
                    wire=name != m.group("ch") and bool(_WIRE_WORDS.search(m.group("ch"))),
                    hearsay=name == _trim_name(re.sub(r"^(?:the|a|an)\s+", "", m.group("ch"), flags=re.I)),
                )
    for m in _WIRE_DATELINE.finditer(text):  # "HAVERFORD, April 12 (FWS) -": a wire's own copy
        g.add(m.group("name"), m.start("name"), wire=True)
    for m in _DEFINED.finditer(text):
        full = _trim_name(m.group("name"))
        if full and full.casefold() in g.names:
            g.add(m.group("acronym"), m.start("acronym"), wire=full in g.wires)
    tidy = _tidy(g)
    tidy.described = [
        (m.start(), m.group("noun").casefold(), _trim_name(m.group("name")) or m.group("name"))
        for m in _DESCRIBED.finditer(text)
    ]
    for m in _PLATFORM_NAME.finditer(text):
        platform = kb.platform(m.group(0))
        if platform is not None and kb.is_platform(m.group(0)):
            tidy.platforms.append((m.start(), platform))
    return tidy


# A name described by a media noun after it: "The Gavel, a podcast from ...", "KLTV, the station that ...".
_DESCRIBED = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?P<noun>podcast|newsletter|show|programme|program|station|broadcaster|channel|network|magazine|newspaper|"
    r"paper|daily|agency|wire service)\b"
)
_PLATFORM_NAME = re.compile(r"\b[A-Z][\w-]*\b")  # a capitalised word that may be a platform ("Instagram", "X")


# Words that open a sentence before an outlet's name ("When Le Courrier de Marvignac published").
_SENTENCE_WORDS = set(
    """when after as but and while then on in since until before by from with dem der die den sender
    monday tuesday wednesday thursday friday saturday sunday""".split()
)


# an organisation's word that a media outlet's name may hold ("Nordic News Agency", "Baltic Network")
_MEDIA_ORG_WORDS = {"agency", "network", "service", "corporation", "company", "group", "system"}


def _body_of(name: str) -> bool:
    """Whether ``name`` is a body's, an organisation's word before "of" ("Ministry of Trade and
    Energy", "Seafarers' Federation of Norvania"): no outlet that reports."""
    kb = knowledge()
    words = name.split()
    return any(
        words[i + 1] == "of" and kb.is_org_word(words[i]) and words[i].casefold() not in _MEDIA_ORG_WORDS
        for i in range(len(words) - 1)
    )


def _tidy(g: Gazetteer) -> Gazetteer:
    """One name per outlet: a name that ends another ("Lac" of "Radio Lac") or that another ends
    after words of the sentence ("When Le Courrier de Marvignac") is that other's; a header in
    capitals is left to the written form."""
    names = sorted({n for _, n in g.mentions} | ({g.own} if g.own else set()), key=lambda n: -len(n))
    keep: dict[str, str] = {}
    for name in names:
        words = name.split()
        if name != g.own and name.isupper() and (" " in name or (len(name) > 5 and name.isalpha())):
            continue  # a header or a dateline in capitals
        bare = _LEADING.sub("", name).split()
        longer = next(
            (k for k in keep.values() if k != name and len(k.split()) > len(bare) and k.split()[-len(bare) :] == bare),
            None,
        )
        if longer is not None:
            continue  # a short form: resolved to the longer name when it is used
        if g.own and name != g.own and _leads(bare, _LEADING.sub("", g.own).split()):
            continue  # the first words of the article's own name ("Kanal 5" in Kanal 5 Nord's copy)
        inner = next(
            (
                o
                for o in names
                if o != name
                and len(o.split()) < len(words)
                and words[-len(o.split()) :] == o.split()
                and all(w.casefold() in _SENTENCE_WORDS for w in words[: len(words) - len(o.split())])
            ),
            None,
        )
        keep[name] = inner or name
    mentions = [(at, keep[n]) for at, n in g.mentions if n in keep]
    tidy = Gazetteer(own=g.own, mentions=sorted(set(mentions)))
    tidy.names = {n.casefold(): n for _, n in mentions}
    if g.own:
        tidy.names.setdefault(g.own.casefold(), g.own)
    tidy.wires = {keep.get(n, n) for n in g.wires}
    tidy.hearsay = {keep.get(n, n) for n in g.hearsay}
    return tidy


def _ends(short: list[str], full: list[str]) -> bool:
    """Whether the words ``short`` close the longer name ``full`` ("TV" of "state TV")."""
    return 0 < len(short) < len(full) and full[-len(short) :] == short


def _leads(short: list[str], full: list[str]) -> bool:
    """Whether the words ``short`` open the longer name ``full`` ("Kanal 5" of "Kanal 5 Nord")."""
    return 0 < len(short) < len(full) and [w.casefold() for w in full[: len(short)]] == [w.casefold() for w in short]


_TRAILING = set(
    """on in at by and the de of monday tuesday wednesday thursday friday saturday sunday today tonight
    yesterday""".split()
)

_WIRE_DATELINE = re.compile(
    r"^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,},[^\n(]{0,40}\((?P<name>[A-Z][\w-]{1,20}(?: [A-Z][\w-]{1,20}){0,2})\)"
    r"[ \t]*(?:[-–—]|$)",
    re.M,
)

_LEADING = re.compile(r"^(?:(?:The|the|Le|La|Les|El|Der|Die|Das|Dem|Den)\s+)")


# Words that open a sentence before a name ("Meanwhile the Skerry News Agency quoted ...").
# a source preposition of a language onrecord reads opens a sentence with a capital ("Ifølge Radio X")
_SOURCE_OPENERS = "|".join(
    sorted({w.capitalize() for entry in languages().values() for w in entry.source_prepositions})
)
_OPENERS = re.compile(
    r"^(?:(?:Meanwhile|Separately|Also|Earlier|Later|However|But|And|Yet|Still|Now|Then|Today|Yesterday|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + _SOURCE_OPENERS + r")[,]?\s+)+(?:the\s+)?"
)


def _trim_name(name: str) -> str:
    """An outlet's name without a possessive programme, a leading article word other than the
    masthead's own, an opening sentence word ("Meanwhile the Skerry News Agency"), a trailing
    sentence word ("Radio Lorn's Morning Line" -> "Radio Lorn"), or the clause it runs on into
    ("told the Ledger the White House was ..." -> "Ledger")."""
    name = _OPENERS.sub("", name)
    name = re.split(r"['’]s\b", name, maxsplit=1)[0]
    # a reported clause the name's joining "the" ran on into ("Ledger the White House was ...")
    name = re.split(r"(?<=\w)\s+the\s+(?=[A-ZÀ-Þ])", name, maxsplit=1)[0]
    name = re.sub(r"[\s.,;:]+$", "", name)
    name = re.sub(r"^(?:(?:the|a|an)\s+)?[\w]+-(?:language|based)\s+", "", name, flags=re.I)
    words = name.split()
    while words and words[-1].casefold() in _TRAILING and not _name_word(words):
        words.pop()
    words = _before_title(_after_german_medium(words))
    name = " ".join(words)
    if _LEADING.match(name) and len(words) > 1 and words[1][:1].islower():
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


def audience(text: str, c: Candidate) -> str | None:
    """The audience a cue names ("told journalists" -> journalists), if any."""
    if c.cue is None:
        return None
    cue = text[c.cue[0] : c.cue[1]].casefold()
    return next((a for a in _AUDIENCES if a in cue), None)


# Where a channel is named, in the cue's sentence or the one setting up a quote. Each pattern's
# ``ch`` group is the channel's words: a name, a media noun pointing back, or a platform.
# a medium's common noun after its name: "told Gilt magazine", "the Kessa Ledger newspaper"
_MEDIUM_AFTER = (
    r"(?:magazine|newspaper|daily|weekly|tabloid|newsletter|podcast|website|news site|broadcaster|"
    r"show|programme|program|radio|television|TV)"
)
# a broadcast word after a name: a station's only when the name holds a call sign ("KBOI Boise
# radio"), not a place's or a nationality's ("Ukrainian radio", "told Boise television")
_BROADCAST_AFTER = re.compile(r"\s(?:radio|television|TV)$")
_CALL_SIGN = re.compile(r"\b[A-Z]{3,5}(?:-[A-Z0-9]{1,3})?\b")
# ("an American newspaper", "the German magazine": a nationality, no name)
_NAMED_BEFORE_MEDIUM = re.compile(rf"^(?:(?P<the>the)\s+)?(?P<name>{_NAME})\s+{_MEDIUM_AFTER}$")
_TARGET = (
    # "the state news agency, NordPress," (its name in apposition) as "the state news agency NordPress"
    rf"(?P<ch>(?:(?:the|a|an)\s+)?(?:[A-Z][\w-]+\s+(?={_MEDIUM}[\s,]))?(?:{_MEDIUM}(?:\s+|,\s+(?={_NAME},)))?"
    rf"(?:«)?{_NAME}(?:»)?"
    rf"(?:\s+{_MEDIUM_AFTER}\b)?"
    rf"|(?:[Tt]he|a)\s+(?:same\s+)?(?:{_MEDIUM}|podcast|newsletter))"
)
_SPOKE = re.compile(
    r"\b(?i:told|tells|telling|spoke\s+to|speaking\s+to|talking\s+to|talked\s+to|said\s+to|"
    r"in\s+an?\s+(?:\w+\s+){0,2}interview\s+(?:with|on|to)|interviewed\s+by|an\s+interview\s+(?:with|to)|"
    r"(?:reached|contacted)\s+(?:\w+\s+)?by|"
    r"(?:was|were|has\s+been|had\s+been|appeared|said|spoke|speaking)\s+on(?!\s+(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|the\s+(?:phone|telephone|record|condition|eve|sidelines|day)\b))|"
    r"agreed\s+to\s+meet|"
    r"promise,?\s+made\s+to|"
    # a medium the speaker hosts ("on his TalkBall podcast", "on her Morning Call show")
    r"on\s+(?:his|her|their|its)(?=\s+" + _NAME + r"\s+(?:podcast|show|programme|program|newsletter)\b)|"
    # a piece the speaker published ("wrote in the Harbour Review that ...", "writing in Gilt")
    r"(?:wrote|writes|writing)\s+in)\s+" + _TARGET,
)
_REPORTED = re.compile(
    r"\b(?i:according\s+to|as\s+(?:first\s+)?reported\s+by|reported\s+by|quoted\s+by|cited\s+by|carried\s+by)\s+"
    + _TARGET
)
_REPORTS = re.compile(
    _TARGET + r"(?:,\s+(?:the|a|an)\s+[^,.;]{2,40},)?\s+(?:reported|reports|has\s+reported|quoted|cited)\b"
)  # "Nordpress, the state news agency, quoted ..."
_FOREIGN = re.compile(
    # German
    r"\b(?:sagte|erklärte|betonte|versicherte|kündigte|räumte|warnte|bestätigte|meinte|so)\b[^.!?;:]{0,60}?"
    r"\b(?:dem|der)\s+(?P<de>(?:[\w-]+\s+){0,2}" + _NAME + r"(?:\s+\([A-Z0-9-]+\))?)"
    r"|\b[Dd](?:em|er)\s+(?P<de5>(?:Sender|Fernsehsender|Radiosender|Zeitung|Nachrichtenagentur|Agentur)\s+"
    + _NAME
    + r")\s+(?:sagte|erklärte|bestätigte|versicherte)\b"
    r"|\b[Gg]egenüber\s+(?:dem|der|den)\s+(?P<de2>(?:[\w-]+\s+){0,2}" + _NAME + r")"
    r"|\b[Ll]aut\s+(?:dem|der|den)?\s*(?P<de3>(?:[\w-]+\s+){0,2}" + _NAME + r")"
    r"|\b[Ii]m\s+(?:\w+\s+)?(?:Interview|Gespräch)\s+mit\s+(?:dem|der)\s+(?P<de4>(?:[\w-]+\s+){0,2}" + _NAME + r")"
    # French
    r"|\bau\s+micro\s+d[e']\s*(?P<fr>" + _NAME + r")"
    r"|\bsur\s+l'antenne\s+d[e']\s*(?P<fr2>" + _NAME + r")"
    r"|\binvitée?\s+d[eu']\s*(?P<fr3>" + _NAME + r")"
    r"|\b(?:[Ss]elon|[Dd]'après)\s+(?:l'agence\s+|le\s+quotidien\s+|le\s+journal\s+|la\s+radio\s+|la\s+chaîne\s+|le\s+|la\s+)?"
    r"(?P<fr4>" + _NAME + r")"
    r"|\b(?:a|avait|ont|avaient)(?:-t-(?:il|elle))?\s+(?:confié|déclaré|expliqué|indiqué|dit|assuré|affirmé|raconté|"
    r"précisé|répété)\b[^.!?;«»]{0,60}?\b(?:à\s+l'|à\s+la\s+|à\s+|au\s+|aux\s+)(?P<fr5>(?:agence\s+|quotidien\s+|"
    r"journal\s+|radio\s+|chaîne\s+|(?:\w+\s+){0,2})" + _NAME + r")"
    r"|\bcitée?\s+par\s+(?P<fr6>(?:l'agence\s+|le\s+quotidien\s+|le\s+journal\s+)?" + _NAME
    + r"|l'agence|le\s+quotidien|le\s+journal)"
    # "Interrogé mardi par Radio Lac", "a rapporté la radio publique RPE"
    r"|\b[Ii]nterrogée?s?\s+(?:[a-zé]+\s+){0,2}par\s+(?:l'agence\s+|la\s+radio\s+|la\s+chaîne\s+|le\s+quotidien\s+)?"
    r"(?P<fr7>" + _NAME + r")"
    r"|\b(?:a|ont|avait)\s+rapporté\s+(?:l'|la\s+|le\s+)(?P<fr8>(?:agence|radio|chaîne|quotidien|journal)"
    r"(?:\s+[a-zé]+){0,2}\s+" + _NAME + r")"
    # Spanish
    r"|\b(?:dijo|declaró|aseguró|afirmó|explicó|contó|señaló|confirmó|indicó)\b[^.!?;«»\"]{0,60}?"
    r"\ba\s+(?:(?:la|el)\s+(?:agencia|diario|emisora|cadena|radio|televisión|periódico)(?:\s+[a-záéíóú]+)?\s+)?"
    r"(?P<es>" + _NAME + r")"
    r"|\b[Ss]egún\s+(?:la\s+agencia\s+|el\s+diario\s+|el\s+periódico\s+)(?P<es2>" + _NAME + r")"
    # Italian and Portuguese
    r"|\b(?:[Ii]n\s+un['’]intervista|[Ee]m\s+entrevista|[Nn]uma\s+entrevista)\s+(?:al|alla|a|ao|à)\s+"
    r"(?:quotidiano\s+|giornale\s+|jornal\s+|diário\s+|rádio\s+|radio\s+|agência\s+|agenzia\s+)?(?P<it>" + _NAME + r")"
    r"|\b(?:ha|aveva|hanno)\s+(?:dichiarato|detto|spiegato|affermato|raccontato|confermato|assicurato)\b"
    r"[^.!?;«»\"]{0,60}?\b(?:a|al|alla|all['’])\s*(?P<it2>(?:(?:quotidiano|giornale|agenzia|radio|emittente)\s+)?"
    + _NAME
    + r")"
    r"|\b(?:disse|afirmou|declarou|contou|explicou|garantiu|confirmou)\b[^.!?;«»\"]{0,60}?\b(?:ao|à)\s+"
    r"(?P<pt>(?:(?:jornal|diário|rádio|agência|televisão|canal)\s+)?" + _NAME + r")"
    r"|\b[Cc]itad[oa]\s+(?:pel[oa]|dall['’]|dal|dalla)\s*"
    r"(?P<pt2>(?:(?:agência|agenzia|jornal|giornale)\s+)?" + _NAME + r")"
    r"|\b(?:[Ss]econdo|[Ss]egundo)\s+(?:l['’]agenzia\s+|il\s+quotidiano\s+|a\s+agência\s+|o\s+jornal\s+)"
    r"(?P<pt3>" + _NAME + r")"
    # an English title by its capital "The" ("Secondo The Harbour Report", "según The Courier")
    r"|\b(?:[Ss]econdo|[Ss]egundo|[Ss]egún|[Ss]elon|[Ll]aut)\s+(?P<ti>The\s+" + _NAME + r")"
    # Indonesian ("ujar Hendra seperti dikutip The Nusantara Courier", "menurut harian X", "kepada X")
    r"|\b(?:seperti\s+)?dikutip\s+(?:oleh\s+|dari\s+)?(?:harian\s+|koran\s+|kantor\s+berita\s+)?(?P<id>" + _NAME + r")"
    r"|\b[Mm]enurut\s+(?:harian|koran|kantor\s+berita|stasiun\s+televisi|radio)\s+(?P<id2>" + _NAME + r")"
    r"|\b(?:mengatakan|menyatakan|berkata|menjelaskan)\s+kepada\s+(?:harian\s+|koran\s+|stasiun\s+televisi\s+)?"
    r"(?P<id3>" + _NAME + r")"
    # Polish ("jak podała agencja X", "według dziennika X", "powiedział w rozmowie z X")
    r"|\b(?:[Jj]ak\s+)?(?:podała|podał|podało|poinformowała|poinformował)\s+(?:agencja|dziennik|gazeta|stacja|"
    r"radio|telewizja|portal)\s+(?P<pl>" + _NAME + r")"
    r"|\b[Ww]edług\s+(?:agencji|dziennika|gazety|stacji|portalu|radia|telewizji)\s+(?P<pl2>" + _NAME + r")"
    # Russian
    # Russian and Ukrainian datives ("газеті The Lowland Chronicle", "виданню Northern Review")
    r"|(?:телеканалу|агентству|газете|газеті|радиостанции|радіостанції|изданию|виданню|радио|радіо)\s+(?:«)?(?P<ru>"
    + _NAME
    + r")"
    r"|(?:[Кк]ак\s+)?(?:сообщило|сообщила|сообщает|пишет)\s+(?:агентство|газета|издание|телеканал)\s+(?:«)?"
    r"(?P<ru2>" + _NAME + r")"
    # "в эфире радио «Вестник»", "передает агентство «Норд»", "приводит Норд слова"
    r"|в\s+эфире\s+(?P<ru5>(?:(?:радио|телеканала|радиостанции)\s+)?(?:«)?" + _NAME + r")"
    r"|(?:передает|передаёт|передало|передала)\s+(?:агентство\s+|издание\s+|телеканал\s+|радио\s+)?(?:«)?"
    r"(?P<ru6>" + _NAME + r")"
    r"|приводит\s+(?:агентство\s+|издание\s+)?(?:«)?(?P<ru7>" + _NAME + r")(?:»)?\s+слова"
    r"|(?:сказал|сказала|заявил|заявила|рассказал|рассказала)(?:\s+(?:он|она|они))?\s+«(?P<ru3>[^»]{2,40})»"
    r"|[Пп]о\s+данным\s+(?:агентства\s+|газеты\s+)?(?:«)?(?P<ru4>" + _NAME + r")"
    # Polish "jak podała agencja X", Indonesian "seperti dikutip X", Swedish "säger till X"
    r"|\b[Jj]ak\s+(?:podała|podał|podaje|poinformowała|poinformował|napisała|napisał|pisze)\s+"
    r"(?:agencja\s+|gazeta\s+|dziennik\s+|telewizja\s+|radio\s+|portal\s+)?(?P<pl3>" + _NAME + r")"
    r"|\b[Ss]eperti\s+dikutip\s+(?:dari\s+|oleh\s+)?(?:kantor\s+berita\s+|harian\s+|surat\s+kabar\s+)?(?P<id4>"
    + _NAME
    + r")"
    r"|\b(?:säger|sade|sa|berättar|berättade|uppger|uppgav|förklarar|förklarade)\s+till\s+(?P<sv>" + _NAME + r")"
    # Danish and Norwegian ("sagde X onsdag til Avisen Y", "Ifølge Radio Y")
    r"|\b(?:siger|sagde|fortæller|fortalte|udtaler|udtalte|sier|sa|forteller|uttaler|uttalte)\b[^.!?;:,«»\"]{0,60}?"
    r"\btil\s+(?:avisen\s+|bladet\s+|radioen\s+|nyhedsbureauet\s+|nyhetsbyrået\s+)?(?P<da>" + _NAME + r")"
    r"|\b[Ii]følge\s+(?:avisen\s+|bladet\s+|radioen\s+|nyhedsbureauet\s+|nyhetsbyrået\s+)?(?P<da2>" + _NAME + r")"
    # Romanian ("a declarat X miercuri pentru Y", "la postul britanic Radio Y", "potrivit agenției Y")
    r"|\b(?:declarat|spus|precizat|afirmat|explicat|transmis|declară|spune)\b[^.!?;:,«»„”\"]{0,60}?\bpentru\s+"
    r"(?:publicația\s+|ziarul\s+|postul\s+|agenția\s+)?(?P<ro>" + _NAME + r")"
    r"|\b(?:la|pentru)\s+(?:postul|ziarul|publicația|agenția)\s+(?:[a-zăâîșț]+\s+)?(?P<ro2>" + _NAME + r")"
    r"|\b[Pp]otrivit\s+(?:agenției|ziarului|publicației|postului)\s+(?:[a-zăâîșț]+\s+)?(?P<ro3>" + _NAME + r")"
    # Greek ("μιλώντας στην εφημερίδα Y", "σύμφωνα με το πρακτορείο Y")
    r"|\b(?:[Μμ]ιλώντας|δήλωσε|είπε|ανέφερε)\s+(?:στην\s+εφημερίδα|στο\s+πρακτορείο|στον\s+σταθμό|στο\s+κανάλι)\s+"
    r"(?P<el>" + _NAME + r")"
    r"|\b[Σσ]ύμφωνα\s+με\s+(?:το\s+πρακτορείο|την\s+εφημερίδα|τον\s+σταθμό|το\s+κανάλι)\s+(?P<el2>" + _NAME + r")"
    # Finnish: the outlet spoken to in the allative ("vakuutti tiistaina Radio Vaskilalle")
    r"|\b(?:sanoi|kertoi|totesi|vakuutti|korosti|sanoo|kertoo|toteaa|lupasi|vahvisti)\b[^.!?;:,”\"]{0,60}?"
    r"(?<![\w-])(?P<fi>(?:[A-ZÅÄÖ][\w-]*[ \t]+){0,3}[A-ZÅÄÖ][\w-]*?):?lle\b"
    # Chinese: a title in its marks that reports ("据《X》报道"); Arabic "according to the agency X"
    r"|据《(?P<zh>[^》]{1,30})》(?:报道|消息|称)"
    r"|\b[وف]?(?:وفقا|وفقًا|حسب|بحسب)\s+ل(?P<ar>(?:وكالة|صحيفة|قناة|إذاعة|موقع)\s+[^\s،,.:]+)"
)
_PLATFORM = re.compile(
    _PLATFORM_WORDS + r"[^.!?;«»\"“”]{0,40}?\b(?:on|auf|sur|en|в|во|у|to)\s+(?:(?:his|her|its|their|the|seinem|ihrem|"
    r"sa|son|ses|su|своём|своем)\s+)?(?:\w+['’]s\s+)?(?P<pl>\w[\w-]*(?:\s+Social)?)"
    r"|\b(?i:in|on|via|with)\s+(?i:an?|the|his|her|its|their)\s+(?:(?:\w+\s+){0,2})?(?P<pl2>\w+)\s+"
    r"(?:post|posts|video|videos|clip|message|tweet|thread|livestream|[Ll]ive|story|update|account|page|channel)\b"
    r"|\b(?:video|videos|clip|post|message|statement|address|comment|comments|photograph|photo)\s+"
    r"(?:(?:was|that\s+was)\s+)?(?:posted|published|uploaded|shared|released)?\s*(?:\w+\s+){0,3}?"
    r"(?:on|to|in|auf|sur|en|в)\s+(?:(?:his|her|its|their|the|a|sa|son|ses|su|seinem|ihrem|своём|своем)\s+)?"
    r"(?:\w+['’]s\s+)?(?P<pl3>\w[\w-]*)"
    r"|\b(?:went|took|turned|chose|go|going|turning)\s+(?:to\s+)?(?P<pl4>\w+)"
    r"|\b(?:в\s+(?:видеообращении\s+)?(?:в\s+)?)(?P<pl5>Telegram|Facebook|Instagram|X|VK|TikTok|YouTube)(?:-канале)?"
    r"|(?:видеообращении|видео|посте|сообщении),?\s+(?:\w+\s+){0,2}в\s+(?P<pl6>\w+)"
    # ("a post on X": a determiner names no platform, the words after it may)
    r"|\b(?!(?i:a|an|the|his|her|its|their|this|that|one|another)\s)(?P<pl7>\w+)\s+(?:post|video|clip)\b"
    # "a pris la parole vendredi sur Instagram :", "Via Twitter, X said"
    r"|\b(?:on|sur|auf|en|su|no|na|[Vv]ia)\s+(?P<pl8>[A-Z][\w-]*)(?!\s*[\w-])"
    # "in einem auf Telegram veröffentlichten Video"
    r"|\bauf\s+(?P<pl9>[A-Z][\w-]*)\s+(?:veröffentlicht|gepostet|verbreitet|geteilt|hochgeladen)"
    # "auf der Plattform X schrieb", "sur la plateforme X", "on the platform X"
    r"|\b(?i:(?:auf|in)\s+der\s+Plattform|sur\s+la\s+plateforme|en\s+la\s+plataforma|sulla\s+piattaforma|"
    r"na\s+plataforma|on\s+the\s+platform|на\s+платформе)\s+(?P<pl10>[A-Z][\w-]*)"
)


def find_channel(sentence: str, offset: int, gaz: Gazetteer) -> tuple[str, int, bool] | None:
    """The channel a sentence names, where, and whether it is a report: an outlet spoken to
    or reporting ("according to X": a report), a platform posted on, the article's own outlet
    ("this newspaper")."""
    found = _channels_in(sentence, offset, gaz)
    if not found:
        return None
    at, name, report = min(found)
    return name, at, report


def _channels_in(sentence: str, offset: int, gaz: Gazetteer) -> list[tuple[int, str, bool]]:
    """Every channel a sentence names (see :func:`find_channel`).

    Args:
        sentence: the sentence, with the quoted content blanked out.
        offset: where the sentence starts in the article (to find the outlet named before it).
        gaz: the article's outlets.
    """
    kb = knowledge()
    found: list[tuple[int, str, bool]] = []
    self_ref = _SELF.search(sentence)
    if self_ref and gaz.own:
        found.append((self_ref.start(), gaz.own, False))
    for pattern in (_SPOKE, _REPORTED, _REPORTS):
        for m in pattern.finditer(sentence):
            # mid-sentence after "told" or "according to", a capital "The" opens a title
            name = _outlet_of(
                m.group("ch"), offset + m.start("ch"), gaz, titled=pattern is not _REPORTS, spoken_to=pattern is _SPOKE
            )
            if name:
                found.append((m.start(), name, pattern is not _SPOKE))
    for m in _FOREIGN.finditer(sentence):
        key = next(k for k, v in m.groupdict().items() if v)
        phrase = m.group(key)
        if key == "ru3":
            name = gaz.resolve(phrase, offset + m.start(key))
        elif key == "fi" and len(phrase.split()) > 1 and not kb.starts_with_given_name(phrase):
            # "Radio Vaskilalle": the name as written, less its case ending, which the article's
            # outlets (read in the nominative) do not hold
            name = gaz.resolve(phrase, offset + m.start(key)) or phrase
        else:
            name = _outlet_of(phrase, offset + m.start(key), gaz, titled=True)
        if name is None and key in _AFTER_NOUN_KEYS:
            name = _trim_name(phrase) or None  # "według dziennika Głos Portu": a medium by its noun
            if name is not None:
                gaz.add(name, offset + m.start(key))
        if name:
            found.append((m.start(), name, key in _REPORTING_KEYS))
    for m in _SPOKE_THROUGH.finditer(sentence):
        found.append((m.start(), _person_name(m.group("name")), False))
    found.extend(_unnamed_state_media(sentence))
    for m in _BACK_TO_POST.finditer(sentence):
        platform = gaz.platform_before(offset + m.start())
        if platform is not None:
            found.append((m.start(), platform, False))
    for m in _PLATFORM.finditer(sentence):
        if _EARLIER_POST.search(m.group(0)):
            continue  # "repeating a post he had written on X": an earlier occasion, not this one
        key = next(k for k, v in m.groupdict().items() if v)
        platform = kb.platform(m.group(key))
        if platform is not None and (platform != "X" or m.group(key) == "X"):
            found.append((m.start(key), platform, False))
    return found


# A post written before the words quoted ("a post he had written on X the night before").
_EARLIER_POST = re.compile(r"\bhad\s+(?:written|posted|published|shared|tweeted|uploaded|released)\b")


# A state broadcaster the article does not name, spoken to or reporting ("told state television
# Tuesday that ...", "Speaking to state TV, the minister ...", "state radio quoted him as saying"):
# the channel as the article writes it. With an article ("the state broadcaster") it points back
# to the outlet named before; with a name after it ("state television PTV-7") it is that name.
_STATE_MEDIUM = r"(?:state|state-run|state-owned|public)\s+(?:television|TV|radio|broadcaster)"
_UNNAMED_STATE = re.compile(
    rf"\b(?i:told|tells|telling|speaking\s+to|spoke\s+to|talking\s+to|said\s+on|speaking\s+on|"
    rf"in\s+an?\s+(?:\w+\s+)?interview\s+with|interviewed\s+by|quoted\s+by|cited\s+by|carried\s+by|"
    rf"according\s+to)\s+(?P<ch>{_STATE_MEDIUM})\b(?![\w-])"
    rf"|(?:^|(?<=[,;]\s))(?P<rep>(?i:{_STATE_MEDIUM}))\s+(?:quoted|cited|reported)\b"
)


def _unnamed_state_media(sentence: str) -> list[tuple[int, str, bool]]:
    """The unnamed state broadcasters a sentence names as its channel (see
    :data:`_UNNAMED_STATE`), as (offset, name as written, whether it reported)."""
    out = []
    for m in _UNNAMED_STATE.finditer(sentence):
        key = "ch" if m.group("ch") else "rep"
        after = sentence[m.end(key) :].split(None, 1)
        if key == "ch" and after and after[0][:1].isupper() and after[0].strip(",.;:").casefold() not in _TRAILING:
            continue  # "state television PTV-7": the name after it is the channel
        phrase = " ".join(m.group(key).split())
        name = phrase[0].lower() + phrase[1:] if phrase[:1].isupper() and phrase.split()[0] != "TV" else phrase
        out.append((m.start(key), name, key == "rep" or "by" in m.group(0)[: m.start(key) - m.start()].split()))
    return out


# A principal who "spoke through" a spokesman: the words came through the spokesman ("the
# Governor, who spoke through his Chief Press Secretary, Mr. Ade Bello, said ...").
_SPOKE_THROUGH = re.compile(
    r"\b(?:spoke|speaking|speaks|spoken)\s+through\s+(?:his|her|their|its|the|a)\s+[^,.;:\"“”]{2,60},\s+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Engr|Prof|Hon|Alhaji|Chief)\.?\s+)*[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){0,3})"
)

# "said in the video", "wrote in the first post": a post named before, on the platform named last
_BACK_TO_POST = re.compile(
    r"\b(?:in|on)\s+the\s+(?:[\w-]+\s+){0,2}(?:video|clip|post|thread|livestream|message|tweet|caption)\b"
    r"|\b(?:dans|sur)\s+(?:la|le|cette|ce)\s+(?:vidéo|message|publication)\b|\bim\s+(?:Video|Beitrag|Post)\b"
    r"|\ben\s+el\s+(?:vídeo|video|mensaje)\b|\bв\s+(?:этом\s+)?(?:видео|посте|сообщении)\b",
    re.I,
)
_MAX_BACK_TO_POST = 1200  # characters: the post was named a paragraph or two before

# the groups of :data:`_FOREIGN` that name an outlet reporting ("laut", "selon", "según", "по данным")
# a medium's name after its noun, at the end of a phrase ("der aldmärkischen Nachrichtenagentur ANA")
_AFTER_MEDIUM = re.compile(rf"{_MEDIUM}(?:\s+[a-zà-ÿ-]+)*\s+(?P<name>{_NAME})$")


def _unapposed(phrase: str) -> str:
    """A medium's noun and its name in apposition read as one phrase ("the state news agency,
    NordPress" -> "the state news agency NordPress")."""
    return re.sub(r"(?<=\w),\s+(?=\S)", " ", phrase) if _MEDIUM_APPOSED.search(phrase) else phrase


def _after_medium_noun(phrase: str) -> str:
    """The name after a medium's common noun ("Portuguese newspaper Diário da Foz" -> "Diário da
    Foz"); a medium word that is part of the name ("Radio Wexham") stays."""
    after = _AFTER_MEDIUM.search(phrase)
    if after is None or after.start("name") == 0:
        return phrase
    before = phrase[: after.start("name")].split()
    return after.group("name") if before and before[-1].islower() else phrase


_REPORTING_KEYS = {
    "de3", "fr4", "fr6", "fr8", "es2", "ru2", "ru4", "ru6", "ru7", "pt2", "pt3", "ti", "id", "id2", "id4", "pl",
    "pl2", "pl3", "da2", "ro3", "el2", "zh", "ar",
}  # fmt: skip
# the groups of :data:`_FOREIGN` whose name a medium's noun introduces ("menurut harian X")
# (Romanian "a declarat pentru X": a medium; a Chinese title in "《》" and an Arabic "وكالة X" are one)
_AFTER_NOUN_KEYS = {"id2", "pl", "pl2", "ro", "ro2", "ro3", "el", "el2", "zh", "ar"}
_REPORTING_CUE = re.compile(r"quot|cit|according|report|selon|laut|según|сообщ", re.I)


def relayed(c: Candidate, text: str) -> bool:
    """Whether a quote's words reached the article second-hand through the relay its cue names:
    an outlet's report ("according to X", "X reported", "X quoted Y as saying") or a person who
    relays them; not an outlet the speaker spoke to ("told Radio North") nor a platform posted
    on, which carry the speaker's own words of that day.

    Args:
        c: the candidate, with the relay read at extraction (``c.via``).
        text: the article's text (for the cue's words).
    """
    if not c.via:
        return False
    cue = text[c.cue[0] : c.cue[1]] if c.cue is not None else ""
    if c.frame == "according" or _REPORTING_CUE.search(cue):
        return True
    return knowledge().channel_kind(c.via) == "person"


def _outlet_of(phrase: str, at: int, gaz: Gazetteer, titled: bool = False, spoken_to: bool = False) -> str | None:
    """The outlet (or platform) a phrase names, or None for a person or an ordinary noun;
    ``titled``: the phrase stands where a capital "The" can only open a title ("told The
    Harbour Report"), which names the outlet; ``spoken_to``: it stands where the speaker was
    heard ("told X", "in an interview with X"), where a title joined by "&" is an outlet."""
    kb = knowledge()
    phrase = re.sub(r"\s+\([A-Z0-9-]+\)$", "", phrase.strip(' ,.;:«»"“”'))
    phrase = _unapposed(phrase)
    resolved = gaz.resolve(phrase, at)
    if resolved:
        return resolved
    before = _NAMED_BEFORE_MEDIUM.match(phrase)
    if before and _BROADCAST_AFTER.search(phrase) and not _CALL_SIGN.search(before.group("name")):
        before = None
    if (
        before
        and not _NOT_OUTLET.search(before.group("name"))
        and (before.group("the") is None or len(before.group("name").split()) > 1)
    ):  # "told Gilt magazine", "the Kessa Ledger newspaper"
        name = _trim_name(before.group("name"))
        if name and not kb.starts_with_given_name(name):
            known = gaz.resolve(name, at)
            if known is None:
                gaz.add(name, at)
            return known or name
    after = _AFTER_MEDIUM.search(phrase)
    if after and not _medium_in_title(phrase, after.start()):
        # "der aldmärkischen Nachrichtenagentur ANA", "au quotidien anglophone The Meridian"
        name = _trim_name(after.group("name"))
        if name and not _NOT_OUTLET.search(name) and (name.isupper() or not kb.starts_with_given_name(name)):
            known = gaz.resolve(name, at)
            if known is None:
                gaz.add(name, at, wire=bool(_WIRE_WORDS.search(after.group(0))))
            return known or name
    bare = re.sub(rf"^(?:(?:the|a|an|le|la|l'|el|dem|der)\s+)?(?:{_MEDIUM}\s+)?", "", phrase, flags=re.I).strip()
    bare = _trim_name(bare.strip("«»"))
    if not bare or _NOT_OUTLET.search(bare):
        return None
    if re.match(r"(?i:an?)\s", phrase) and bare.casefold() in _ANAPHORS:
        return None  # "telling a magazine": no outlet in particular
    resolved = gaz.resolve(bare, at)
    if resolved:
        return resolved
    platform = kb.platform(bare)
    if platform is not None and kb.is_platform(bare):
        return platform
    listed = kb.find_outlet(bare)
    if listed is not None:
        return listed[1]
    if kb.is_masthead(bare) and not kb.starts_with_given_name(bare):
        return bare
    if bare != phrase and re.match(rf"(?:(?:the|a|an|le|la|l'|el|dem|der)\s+)?{_MEDIUM}\s+", phrase, re.I):
        gaz.add(bare, at, wire=bool(_WIRE_WORDS.search(phrase)))
        return bare  # "the broadcaster STV": a medium by its noun
    if titled and _a_title(phrase):
        gaz.add(phrase, at)
        return phrase
    longer = _longer_form(bare, at, gaz) if titled else None
    if longer is not None:
        return longer
    if spoken_to and _ampersand_title(bare):
        gaz.add(bare, at)
        return bare
    return None


def _longer_form(name: str, at: int, gaz: Gazetteer) -> str | None:
    """The full name of an outlet the article otherwise names by its last word ("the Seattle
    Beacon" where "The Beacon quoted ..." made "Beacon" an outlet): capitalised words before a
    known outlet's name are the rest of its name, and the short form now stands for it."""
    words = name.split()
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        known = gaz.names.get(tail.casefold())
        if known is None or not all(w[:1].isupper() and w.isalpha() for w in words[:k]):
            continue
        if knowledge().starts_with_given_name(name) or knowledge().is_title(words[0]):
            return None  # a person's name ("Maria Beacon"), or an office's
        gaz.add(name, at)
        gaz.names[tail.casefold()] = name
        return name
    return None


def _ampersand_title(name: str) -> bool:
    """Whether ``name`` is a title joined by an ampersand ("Harbor & Hinterland"): no person's
    name, and no body's read where an outlet is spoken to."""
    words = name.split()
    return (
        len(words) == 3
        and words[1] == "&"
        and all(w[:1].isupper() for w in (words[0], words[2]))
        and not any(knowledge().is_org_word(w) for w in words)
    )


def _medium_in_title(phrase: str, at: int) -> bool:
    """Whether the medium's word at ``at`` is a word of a capitalised title that began before it
    ("the Western Journal of Applied Hydrology"), no common noun before a name."""
    lead = phrase[:at].split()
    return phrase[at : at + 1].isupper() and bool(lead) and lead[-1][:1].isupper() and lead[-1] not in _FOREIGN_THE


# A title's opening article in the other languages ("told La Voce dello Sport"); a name of two
# words after one may be a person's ("Le Pen"), of three or more it is a title.
_FOREIGN_THE = {"La", "Le", "Les", "Il", "Lo", "El", "Los", "Las", "O", "Os", "As", "Der", "Die", "Das"}
_TITLE_SMALL = {"of", "and", "&", "de", "du", "des", "del", "della", "dello", "delle", "dei", "degli", "da", "do", "di"}


def _a_title(phrase: str) -> bool:
    """Whether ``phrase``, read mid-sentence, is a title in capitals after a capital "The" ("The
    Harbour Report") or, in three words or more, after another language's article ("La Voce
    dello Sport"), and no body's name ("The Ministry of Trade", "The Federal Commission")."""
    words = phrase.split()
    return (
        ((len(words) > 1 and words[0] == "The") or (len(words) > 2 and words[0] in _FOREIGN_THE))
        and all(w[:1].isupper() or w in _TITLE_SMALL for w in words[1:])
        and not _NOT_OUTLET.search(phrase)
        and not _body_of(phrase)
        and not knowledge().is_org_word(words[-1])
    )


def channel_name(via: str | None, own: str | None, gaz: Gazetteer, at: int) -> str | None:
    """The name a relay read from a cue is recorded under: the article's own outlet for "this
    newspaper" or its short name, a named outlet for its short form, a platform without
    "channel"/"page", an outlet without its programme ("WBS's Newsline programme" -> "WBS")."""
    if via is None:
        return None
    if via == SELF_OUTLET:
        return own
    kb = knowledge()
    if kb.channel_kind(via) == "person" and not kb.outlet(via):
        return _person_name(via)
    trimmed = _trim_name(re.sub(r"^(?:the\s+)?(?:[\w-]+-language|state|state-run|public)\s+", "", via, flags=re.I))
    trimmed = re.split(r",\s+", trimmed, maxsplit=1)[0]
    trimmed = _after_medium_noun(trimmed)  # "Portuguese newspaper Diário da Foz"
    trimmed = re.sub(r"\s+(?:news agency|agency|channel|account|page|feed|profile|programme|program)$", "", trimmed)
    if not trimmed:
        return via
    trimmed = spelled_out(trimmed)
    return gaz.resolve(trimmed, at) or trimmed


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


def full_name(name: str, people: list[Entity], text: str = "") -> str:
    """A relaying person's name in full, as the article gives it once ("van der Berg" ->
    "Tomas van der Berg", "Wit" -> "Marie-Claire de Wit"): the one person of the article whose
    name ends with the words of ``name``, else the one given name the article's ``text`` puts
    before them ("Cr Lachlan O'Dwyer"); ``name`` itself when none or several do."""
    words = name.casefold().split()
    if not words or (len(words) > 1 and knowledge().starts_with_given_name(name)):
        return name  # in full already (one word that may be a given name may be a family name too: "Choi")
    fits = {
        e.name
        for e in people
        if e.kind == "person" and len(e.name.split()) > len(words) and e.name.casefold().split()[-len(words) :] == words
    }
    longest = max(fits, key=lambda n: len(n.split()), default=None)
    if longest is None:
        double = {e.name for e in people if e.kind == "person" and _first_of_double(words, e.name)}
        return double.pop() if len(double) == 1 else _given_in_text(name, text)
    whole = longest.casefold().split()
    if any(whole[-len(n.split()) :] != n.casefold().split() for n in fits):
        return name  # two people of that name
    return bare_person(longest, len(words))  # "de Wit" and "Marie-Claire de Wit" are one


def _first_of_double(words: list[str], name: str) -> bool:
    """Whether ``words`` (casefolded) are a person's ``name`` with only the first half of its
    double surname ("Lund" of "Maja Lund-Berg"): the parser split the name at its hyphen."""
    full = name.casefold().split()
    if len(full) <= len(words) or "-" not in full[-1]:
        return False
    return [*full[-len(words) : -1], full[-1].split("-", 1)[0]] == words


def _given_in_text(name: str, text: str) -> str:
    """``name`` with the one given name the text writes before it ("Brandvold" -> "Ottilie
    Brandvold"), or after it in a family name first ("Park" -> "Park Ji-woo"), or, at the name's
    first mention mid-sentence, the capitalised word before it ("behind Wade Brandvold's barn");
    else ``name``."""
    if not text or not name[:1].isupper():
        return name
    kb = knowledge()
    escaped = re.escape(name)
    found = {
        f"{m.group(1)} {name}"
        for m in re.finditer(rf"\b([A-ZÀ-Þ][\w’'-]+)\s+{escaped}(?![\w-])", text)
        if kb.is_given_name(m.group(1)) and not kb.is_title(m.group(1))
    } | {
        f"{name} {m.group(1)}"
        for m in re.finditer(rf"(?<![\w-]){escaped}\s+([A-ZÀ-Þ][a-zà-ÿ]+-[a-zà-ÿ]+)\b", text)
        if kb.is_given_name(m.group(1)) or kb.is_given_name(m.group(1).replace("-", ""))
    }
    if not found:
        first = re.search(rf"(?<=[a-z,] )([A-ZÀ-Þ][a-zà-ÿ’'-]+)\s+{escaped}(?![\w-])", text)
        if first is not None and first.end() - len(name) == text.find(name) and _plain_word(first.group(1)):
            found.add(f"{first.group(1)} {name}")
    return found.pop() if len(found) == 1 else name


def _plain_word(word: str) -> bool:
    """Whether a capitalised word may be a given name: no title, role, organisation's word or
    country."""
    kb = knowledge()
    return not (kb.is_title(word) or kb.is_org_word(word) or kb.is_country(word) or word.casefold() in _TRAILING)


def bare_person(name: str, keep: int = 1) -> str:
    """A person's name without the title or role words an entity's name kept before it
    ("District Attorney Marcus de la Vega" -> "Marcus de la Vega"): from the first word a given
    name opens, keeping at least the last ``keep`` words."""
    full = name.split()
    kb = knowledge()
    for i in range(len(full) - keep + 1):
        if kb.starts_with_given_name(" ".join(full[i:])):
            return " ".join(full[i:])
    return _person_name(name)


def _person_name(via: str) -> str:
    """A relaying person's name without the words before it that are no part of it: a day, a
    title ("Wednesday Sen. Dolores Whitcomb" -> "Dolores Whitcomb")."""
    kb = knowledge()
    words = _OPENERS.sub("", via).split()
    while len(words) > 1 and (kb.is_title(words[0]) or words[0].casefold() in _TRAILING):
        words.pop(0)
    return " ".join(words) or via


def _same_outlet(a: str, b: str) -> bool:
    """Whether two readings of a channel's name share a word of the name ("Diário da Foz",
    "Diário Foz")."""
    small = {"the", "a", "an", "le", "la", "el", "de", "da", "do", "of"}
    return bool({w.casefold() for w in a.split()} & {w.casefold() for w in b.split()} - small)


_RESET = re.compile(
    r"\b(?:told|tells)\s+(?:reporters|journalists|lawmakers|the\s+press|a\s+news\s+conference|strikers|"
    r"supporters|parliament|the\s+(?:senate|assembly|committee|hearing))\b|\b(?:at|in)\s+a\s+(?:news|press)\s+"
    r"conference\b|\bin\s+a\s+(?:written\s+)?statement\b(?!\s+(?:carried|quoted|published|reported|cited)\s+by)|\bat\s+(?:a|the)\s+(?:(?:press|news)\s+)?(?:briefing|rally|meeting|hearing)\b",
    re.I,
)


@dataclass(slots=True)
class _Said:
    """The last channel a speaker was heard through, and where."""

    via: str | None
    paragraph: int
    sentence: int = -1


def assign_channels(
    analysis: Analysis,
    speakers: dict[int, Entity | None],
    own: str | None,
    audience_of: Callable[[Candidate], str | None] | None = None,
    dated: Callable[[Candidate], bool] | None = None,
    dateline: str | None = None,
    reports: set[int] | None = None,
    people: list[Entity] | None = None,
) -> tuple[dict[int, str | None], Gazetteer]:
    """Find every candidate's channel: the relay its cue names (read at extraction), else the
    channel its cue's sentence names, else the one the sentence setting up the quote names
    ("Olesk posted on Facebook. '...,' he wrote"), else the one the speaker's previous quote
    was heard through in the same conversation (no other speaker quoted between, at most one
    paragraph on, and no day of its own: ``dated``). A transcript's turns came through the
    transcript's own outlet; a quote told to an audience (``audience_of``) through none. A
    quote with no channel of its own whose line ends in a credit ("(via The Standard)") came
    through the outlet credited; one in a forum's thread (``own`` a forum), through the forum.

    ``reports``, if given, receives the ``id`` of every candidate whose channel is an outlet's
    report ("according to X", "según la agencia X"): words heard second-hand. ``people``, the
    article's entities, give a relaying person read by surname their full name.

    Returns:
        Each candidate's channel (by ``id``), and the article's outlets (for the channels' kinds).
        The candidates' own ``via`` (the relay their cue names) is left as read.
    """
    text = analysis.text
    gaz = gazetteer(text, own, dateline)
    # the turns of proceedings (a parliament's report, an inquiry, a briefing) came through no outlet
    turn_via = None if proceedings_header(text) else own
    thread = own is not None and knowledge().is_forum(own)  # a forum thread's posts are all on the forum
    channels: dict[int, str | None] = {}
    last: dict[int, _Said] = {}
    previous_speaker: int | None = None
    inner = inside_others(analysis.candidates)
    for c in sorted(analysis.candidates, key=lambda c: c.start):
        entity = speakers.get(id(c))
        key = id(entity) if entity is not None else None
        para = analysis.sentences[analysis.sentence_at(c.start)].paragraph if analysis.sentences else 0
        at = c.cue[0] if c.cue else c.start
        via = c.via
        cue = text[c.cue[0] : c.cue[1]] if c.cue is not None else ""
        report = c.frame == "according" or bool(_REPORTING_CUE.search(cue))
        if via is not None:
            raw = via
            via = channel_name(via, own, gaz, at)
            if raw != SELF_OUTLET and not c.bare:
                # the parser may cut an outlet's name short ("Kanal" of "told Kanal 5 Nord")
                named, _ = _sentence_channel(analysis, c, gaz)
                if named is not None and (
                    _leads(raw.split(), _LEADING.sub("", named).split()) or _ends(raw.split(), named.split())
                ):
                    via = named  # ("TV" of "state TV quoted ...")
            if via is not None and people and knowledge().channel_kind(via) == "person":
                via = full_name(via, people, text)
            if via is not None and knowledge().channel_kind(via) == "person" and not c.bare:
                # the cue's relay read as a person may be an outlet the sentence names in full
                # ("told Portuguese newspaper Diário da Foz")
                named, _ = _sentence_channel(analysis, c, gaz)
                if named is not None and named != via and _same_outlet(named, via):
                    via = named
                # nor is the country or body owning the medium ("Kessa's public broadcaster KBC quoted")
                via = _owned_medium(text, at, raw, gaz) or via
            if via is not None and raw != SELF_OUTLET:
                via = _owners_site(text, c, raw, gaz) or via
        elif c.frame == "turn":
            via = turn_via
        elif c.bare:
            # a quote read without its cue (in a language extraction has no rules for) came
            # through the channel its own sentence names ("ha dichiarato a Radio Hallvik che «...»")
            via, report = _sentence_channel(analysis, c, gaz)
            via = via or _according_to_person(analysis, c, entity, people or [])
        elif not c.bare:
            via, report = _sentence_channel(analysis, c, gaz)
            via = via or _according_to_person(analysis, c, entity, people or [])
            via = via or _read_out(analysis, c, entity, people)
            heard = (audience_of is None or audience_of(c) is None) and not _resets(analysis, c)
            # a quote in the speaker's own words, or written, goes on with the conversation or the
            # post the sentence before sets up; reported speech is the writer's summary of another
            words = c.kind != "indirect" or (c.cue_lemma or "").split()[:1] in (["write"], ["post"])
            if via is None and heard and words:
                via = _setup_channel(analysis, c, entity, gaz, key == previous_speaker)
                if via is None and key is not None and key == previous_speaker and key in last:
                    said = last[key]
                    if para - said.paragraph <= 1 and not (dated is not None and dated(c)):
                        via = said.via
            elif via is None and heard:
                if key is not None and key == previous_speaker and key in last:
                    via = _goes_on(analysis, c, last[key])
                if via is None and key is not None and key in last and _goes_further(text, c):
                    via = last[key].via  # "X further stated that ...": the same interview, others quoted between
                if via is None and gaz.own is not None:
                    # the writer's own interview the sentence before sets up ("... when this
                    # newspaper reached him. The minister promised us ..., Mr Dunne said")
                    setup = _setup_channel(analysis, c, entity, gaz, key == previous_speaker)
                    via = setup if setup == gaz.own else None
        if via is None:
            via = own if thread else _credited(text, c, gaz)
        channels[id(c)] = _abbreviated(via, text)
        if report and via is not None and reports is not None:
            reports.add(id(c))
        if id(c) in inner:
            continue  # words relayed inside another's quote do not interrupt that speaker's conversation
        if key is not None:
            # a report is no conversation to go on with
            # where its words end: a quote of several sentences goes on from its last
            ends = max(c.end, c.cue[1] if c.cue else c.end) - 1
            last[key] = _Said(None if report else via, para, analysis.sentence_at(ends))
        if not c.bare:
            previous_speaker = key
    return channels, gaz


def _owned_medium(text: str, at: int, owner: str, gaz: Gazetteer) -> str | None:
    """The medium the line before offset ``at`` names as ``owner``'s ("Kessa's public
    broadcaster KBC quoted ...", "the union's newspaper Voice of Labour reported"): the channel
    is the medium, not its owner."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    # the parser may join the owner and the medium's name ("Norvania NorPress" of "Norvania's
    # official news agency, NorPress, quoted ..."): the owner is then its first word
    owners = "|".join(re.escape(o) for o in dict.fromkeys([owner, owner.split()[0]]))
    found = list(re.finditer(rf"\b(?:{owners})['’]s\s+(?=(?:[\w-]+\s+){{0,2}}?{_MEDIUM}(?:\s|,\s))", line))
    if not found:
        return None
    owned = found[-1]
    phrase = line[owned.end() :].strip()
    return _outlet_of(phrase, at - len(line) + owned.end(), gaz) if phrase else None


# An owner's own unnamed medium after its name: "told the club's official website", "on the ministry's app".
_SITE = r"(?:(?:official|own)\s+)?(?:website|web\s+site|site|app|TV\s+channel|channel|podcast|magazine|radio)\b"


def _owners_site(text: str, c: Candidate, owner: str, gaz: Gazetteer) -> str | None:
    """The owner's own medium, named by no name of its own, that the cue read as its owner
    ("told Kestria United's official website" -> "Kestria United's official website"): the
    channel is the site, not the club."""
    if c.cue is None:
        return None
    end = text.find("\n", c.cue[0])
    line = text[c.cue[0] : len(text) if end < 0 else end]
    site = re.search(rf"\b{re.escape(owner)}['’]s\s+{_SITE}", line)
    if site is None:
        return None
    gaz.add(site.group(0), c.cue[0] + site.start())
    return site.group(0)


# A company's abbreviation closing a name, whose full stop is the name's ("Kessa Broadcasting Corp.").
_ABBREVIATION = re.compile(r"\b(?:Corp|Inc|Ltd|Co|Bros|Cos)$")


def _abbreviated(name: str | None, text: str) -> str | None:
    """``name`` with the full stop of the abbreviation it ends in, as the article writes it
    ("Kessa Broadcasting Corp" -> "Kessa Broadcasting Corp.")."""
    if name is None or not _ABBREVIATION.search(name) or f"{name}." not in text:
        return name
    return f"{name}."


# A credit closing a newsletter's item: "... Pryce told reporters on Tuesday. (via The Standard)".
_CREDIT = re.compile(r"\((?i:via)\s+(?P<name>[^()\n]{2,60}?)\)[ \t]*$")


def _credited(text: str, c: Candidate, gaz: Gazetteer) -> str | None:
    """The channel a credit at the end of the quote's line names ("(via The Standard)"): the
    item was taken from it, whatever the speaker was talking to."""
    end = text.find("\n", c.end)
    line_end = len(text) if end < 0 else end
    credit = _CREDIT.search(text, c.end, line_end)
    if credit is None:
        return None
    name = credit.group("name").strip()
    return _outlet_of(name, credit.start("name"), gaz, titled=True) or name


# A cue that goes on with what the speaker said before, however far back ("Bautista further
# stated that ...", "the minister further said").
_FURTHER = re.compile(r"\bfurther\s+(?:stated|said|says|states|added|adds|noted|explained|told)\b", re.I)

def _goes_further(text: str, c: Candidate) -> bool:
    """Whether the quote's cue is "further stated" or the like (see :data:`_FURTHER`)."""
    return c.cue is not None and _FURTHER.search(text[max(0, c.cue[0] - 12) : c.cue[1]]) is not None


# A sentence going on with the speaker's words: "She said ...", "He also said ...", "She added ...".
_GOES_ON = re.compile(
    r"^(?:He|She|They)\s+(?:also\s+|further\s+)?(?:said|says|added|adds|told\s+(?:it|them|him|her)|"
    r"(?P<verb>stressed|stresses|noted|notes|insisted|insists|explained|explains|maintained|maintains|argued|"
    r"argues|emphasi[sz]ed|emphasi[sz]es)\s+that)\b"
)


def _goes_on(analysis: Analysis, c: Candidate, said: _Said) -> str | None:
    """The channel of the speaker's words in the sentence before, for reported speech whose
    sentence goes on with them ("X told Radio Lorn that ... She said the centres would open", or
    in the next paragraph "... would open in May, she said." or "She stressed that ..."): the same
    conversation, reported on in the writer's words."""
    index = analysis.sentence_at(c.cue[0] if c.cue else c.start)
    sentence = analysis.sentences[index]
    if said.via is None or said.sentence != index - 1:
        return None
    words = analysis.text[sentence.start : sentence.end]
    if _GOES_ON_TAIL.search(words):
        return said.via  # "..., she said." right after: the next paragraph may go on with it
    opening = _GOES_ON.match(words)
    if opening is None:
        return None
    # "He stressed that ..." opening the next paragraph goes on with the interview too
    return said.via if said.paragraph == sentence.paragraph or opening.group("verb") else None


# A sentence closed by a bare pronoun and "said": "The Fukuoka office would come first, she said."
_GOES_ON_TAIL = re.compile(r",\s+(?:he|she|they)\s+(?:said|says|added|adds)\.?\s*$")


# A sentence opening on the person who tells what another said ("According to Ana Ruiz, the
# manager told them that ...", "Según la operaria Ana Ruiz, el jefe aseguró que ...").
_ACCORDING_PERSON = re.compile(
    r"^(?:According\s+to|Según|De\s+acuerdo\s+con|Selon|D['’]après|Laut|Secondo|Segundo|За\s+словами|По\s+словам)\s+"
    r"(?:(?:the|el|la|le|il|o|a|der|die|dem)\s+|l['’])?(?:[a-zà-ÿ-]+\s+){0,2}"
    r"(?P<name>[A-ZÀ-ÞА-ЯЁІЇЄ][\w’'-]+(?:\s+(?:de\s+|van\s+|von\s+|da\s+)?[A-ZÀ-ÞА-ЯЁІЇЄ][\w’'-]+){1,3}),\s"
)


def _according_to_person(analysis: Analysis, c: Candidate, entity: Entity | None, people: list[Entity]) -> str | None:
    """The person through whom the quote's sentence says another's words reached the writer
    ("According to Ana Ruiz, the manager, Luis Vidal, told them in March that ..." -> Ana Ruiz),
    when the quote has a speaker of its own who is someone else."""
    if entity is None or entity.kind != "person" or c.frame == "according":
        return None
    start, _ = _sentence_span(analysis, c)
    sentence = analysis.sentences[analysis.sentence_at(start)]
    opening = _ACCORDING_PERSON.match(analysis.text[sentence.start : sentence.end])
    if opening is None or sentence.start + opening.end() > c.start:
        return None
    name = opening.group("name")
    if name.split()[-1].casefold() in {n.casefold().split()[-1] for n in (entity.name, *entity.forms) if n}:
        return None  # the speaker's own words, told by the speaker
    known = any(e.kind == "person" and e.name.split()[-1] == name.split()[-1] for e in people)
    return name if known or knowledge().starts_with_given_name(name) else None


# A written statement someone else reads out ("In a victim statement read to the court by the
# prosecutor, ...", "her letter, read out at the meeting by its chair, Desmond Okoro"): the
# writer's words came through the reader.
_READ_OUT = re.compile(
    r"\b(?:statement|letter|message|note|testimony|submission)\b[^.;:\"“”]{0,40}?\bread\s+(?:out\s+)?"
    r"(?:(?:to|at|in|before)\s+[^,.;:\"“”]{1,40}?\s+)?by\s+(?P<who>[^,.;:\"“”]{2,50}?)"
    r"(?:,\s+(?P<name>[A-ZÀ-Þ][\w’'-]+(?:\s+(?:de\s+|van\s+|von\s+)?[A-ZÀ-Þ][\w’'-]+){1,3})(?=,))?(?=\s*[,.;:]|\s*$)"
)


def _read_out(analysis: Analysis, c: Candidate, entity: Entity | None, people: list[Entity] | None) -> str | None:
    """The person who read out the written statement the quote's sentence, or the sentence
    before it in the same paragraph, names as read by them (see :data:`_READ_OUT`): a name, or
    a role the article gives one person ("the advocate depute")."""
    if entity is None or not people:
        return None
    index = analysis.sentence_at(c.cue[0] if c.cue else c.start)
    for i in (index, index - 1):
        if i < 0 or analysis.sentences[i].paragraph != analysis.sentences[index].paragraph:
            continue
        sentence = analysis.sentences[i]
        found = _READ_OUT.search(analysis.text[sentence.start : sentence.end])
        if found is None:
            continue
        if found.group("name") and knowledge().starts_with_given_name(found.group("name")):
            return found.group("name")  # "by its chair, Desmond Okoro,"
        reader = _reader(found.group("who"), people)
        return bare_person(reader.name) if reader is not None and reader.key != entity.key else None
    return None


def _reader(who: str, people: list[Entity]) -> Entity | None:
    """The one person of the article a reader's words name: by name ("Okoro", "its chair,
    Desmond Okoro") or by a role the article gave them ("the advocate depute")."""
    words = re.sub(r"^(?:the|its|his|her|their)\s+", "", who.strip(), flags=re.I).casefold().split()
    if not words:
        return None
    named = [e for e in people if e.kind == "person" and e.name.casefold().split()[-len(words) :] == words]
    if not named:
        named = [
            e
            for e in people
            if e.kind == "person" and any(r.casefold().split()[-len(words) :] == words for r in e.roles)
        ]
    return named[0] if len({e.key for e in named}) == 1 else None


def inside_others(candidates: list[Candidate]) -> set[int]:
    """The ``id`` of every candidate whose words lie inside another candidate's words: the
    minister's promise inside "'She told me the plant would stay open,' Okafor said" is relayed
    by Okafor, who goes on speaking."""
    ordered = sorted(candidates, key=lambda c: (c.start, -c.end))
    out: set[int] = set()
    for i, c in enumerate(ordered):
        if any(
            not o.bare and o.start <= c.start and c.end <= o.end and (o.start, o.end) != (c.start, c.end)
            for o in ordered[:i]
        ):
            out.add(id(c))
    return out


def _sentence_span(analysis: Analysis, c: Candidate) -> tuple[int, int]:
    cue = c.cue or (c.start, c.end)  # a quote with its speaker named beside it: its own sentence
    first = analysis.sentences[analysis.sentence_at(min(cue[0], c.start))]
    last = analysis.sentences[analysis.sentence_at(max(cue[1] - 1, c.end - 1))]
    return first.start, last.end


def _sentence_channel(analysis: Analysis, c: Candidate, gaz: Gazetteer) -> tuple[str | None, bool]:
    """The channel the quote's own sentence (content blanked) names, and whether it reported."""
    start, end = _sentence_span(analysis, c)
    window = mask_pieces(analysis.text, start, end, c.pieces)
    if _RESET.search(window):
        return None, False
    found = _in_cue_clause(window, start, gaz, c.cue[0] - start if c.cue else None)
    if found is None and gaz.own and _TOLD_ME.search(_masked_quotes(analysis, start, end)):
        return gaz.own, False  # the writer's own interview: "a mother of three told me she had ..."
    if found is None:
        closing = _closing_report(analysis.text[start:end], start, gaz)
        return closing, closing is not None
    return (found[0], found[2]) if found else (None, False)


# Where one clause of a sentence ends and the next, with a subject of its own, begins.
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")


def _in_cue_clause(window: str, offset: int, gaz: Gazetteer, cue: int | None) -> tuple[str, int, bool] | None:
    """The channel a sentence names for the quote whose cue stands at ``cue`` (in ``window``):
    of several channels, the one in the cue's own clause ("The senator invited him in a post on
    X, and he said in a LinkedIn post that he would attend": LinkedIn), else the first."""
    found = _channels_in(window, offset, gaz)
    if not found:
        return None
    if cue is not None and len({name for _, name, _ in found}) > 1:
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(window)]
        begin = max((b for b in breaks if b <= cue), default=0)
        end = min((b for b in breaks if b > cue), default=len(window))
        inside = [f for f in found if begin <= f[0] < end]
        if inside:
            found = inside
    at, name, report = min(found)
    return name, at, report


def _closing_report(sentence: str, offset: int, gaz: Gazetteer) -> str | None:
    """The outlet that reported the whole sentence, named at its very end even where the quote's
    words were read to run on over it ("Okafor said the vote would come, according to the
    station."): the sentence came through that report."""
    closing = [m for m in _REPORTED.finditer(sentence) if not sentence[m.end() :].strip(' .,"”’')]
    if not closing or sentence[: closing[-1].start()].rstrip()[-1:] != ",":
        return None
    m = closing[-1]
    return _outlet_of(m.group("ch"), offset + m.start("ch"), gaz, titled=True)


# The writer in the first person, told something outside anyone's quote: the article's own interview.
_TOLD_ME = re.compile(r"\b(?:told|tells|telling) me\b")


def _masked_quotes(analysis: Analysis, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` with every candidate's words blanked out."""
    pieces = [p for o in analysis.candidates if o.start < end and o.end > start for p in o.pieces]
    return mask_pieces(analysis.text, start, end, pieces)


# A private written reply ("In a text message, he said ...", "said by email"): words sent to the
# writer, no conversation nor post the sentences before set up.
_PRIVATE = re.compile(
    r"\b(?:in\s+an?\s+(?:(?:short|brief|later|separate)\s+)?(?:text(?:\s+message)?|e-?mail(?:ed)?(?:\s+statement)?|"
    r"letter|WhatsApp\s+message)|by\s+(?:e-?mail|text(?:\s+message)?|letter))\b(?!\s+(?:interview|to|with)\b)",
    re.I,
)


def _resets(analysis: Analysis, c: Candidate) -> bool:
    """Whether the quote's own sentence ends the conversation before it: said to reporters, in
    a statement, at a briefing, or in a private written reply."""
    start, end = _sentence_span(analysis, c)
    window = mask_pieces(analysis.text, start, end, c.pieces)
    return _RESET.search(window) is not None or _PRIVATE.search(window) is not None


def _setup_channel(
    analysis: Analysis, c: Candidate, entity: Entity | None, gaz: Gazetteer, same_speaker: bool
) -> str | None:
    """The channel the sentence before the quote names, when it is about the quote's speaker
    and holds no quote of its own ("Olesk posted on Facebook.", "In an interview with the
    station, Brekke suggested ...", "... when this newspaper reached him.")."""
    if entity is None:
        return None
    index = analysis.sentence_at(min(c.start, c.cue[0] if c.cue else c.start))
    if index == 0:
        return None
    before = analysis.sentences[index - 1]
    here = analysis.sentences[index]
    if here.paragraph - before.paragraph > 1:
        return None
    sentence = analysis.text[before.start : before.end]
    if any(
        o is not c
        and ((o.start < before.end and o.end > before.start) or (o.cue and before.start <= o.cue[0] < before.end))
        for o in analysis.candidates
    ):
        return None  # a quote of its own: its channel is its own
    names = [entity.name, *(entity.forms or ())]
    about = any(n and n.split()[-1].casefold() in sentence.casefold() for n in names)
    if _RESET.search(sentence):
        return None
    found = find_channel(sentence, before.start, gaz)
    if found is None:
        return None
    if about or (same_speaker and re.search(r"\b(?:he|she|they|er|sie|il|elle|él|ella)\b", sentence)):
        return found[0]
    # a post or a written line goes on the platform the sentence before names, whoever that
    # sentence describes ("The freeze's loudest defender took to Facebook. Rep. Gundersen posted ...")
    posted = (c.cue_lemma or "").split()[:1] in (["write"], ["post"], ["tweet"])
    return found[0] if posted and knowledge().is_platform(found[0]) else None


def person_relays(
    candidates: list[Candidate],
    speakers: dict[int, Entity | None],
    holding: Callable[[int], list[Candidate]],
    text: str,
) -> None:
    """A quote of a quote came through the person who quotes it: in "the minister promised us
    the plant would stay open, Okafor said", the minister's words reached the article through
    Okafor (``via`` Okafor, a person); so do "the minister told us ..." inside Okafor's quote or
    transcript turn, whose "us" is Okafor's. A cue with no speaker of its own that the other
    quote's words join by "and" ("she said the run is unsafe and announced that ...") is that
    speaker's second verb: the words are hers, no relay's."""
    for c in candidates:
        inner = speakers.get(id(c))
        # "told us" inside another's quote is the quoting speaker's "us", not this outlet
        # (an unnamed source's words too: "Pärn said a ministry official had told residents ...")
        if c.cue is None or c.bare or c.via not in (None, SELF_OUTLET):
            continue
        outer = [
            o
            for o in holding(c.cue[0])
            if o is not c
            and o.start <= c.cue[0] < o.end
            and o.start <= c.start
            and c.end <= o.end
            # "According to X, Y said ...": the report's content is Y's own line, no relay of it
            and (inner is not None or o.frame != "according")
        ]
        for o in sorted(outer, key=lambda o: o.end - o.start):
            relay = speakers.get(id(o))
            if (
                inner is None
                and relay is not None
                and o.kind == "indirect"
                and _COORDINATED.search(text[o.start : c.cue[0]])
            ):
                # "she said the run is unsafe and announced that ...": her second verb, read into the
                # words she reports (inside quoted words, "and told us" has a subject of those words)
                speakers[id(c)] = relay
                break
            if relay is not None and relay is not inner and relay.kind == "person" and not _LABEL.fullmatch(relay.name):
                c.via = bare_person(relay.name)
                break


# The end of another's quote joining a verb with no subject of its own ("... unsafe and announced").
_COORDINATED = re.compile(r"\s(?:and|but)\s+(?:(?:also|then|later)\s+)?$")

# A transcript's turn label read as a speaker's name ("Q", "A", "Q."): no person who relays.
_LABEL = re.compile(r"[A-Z]{1,2}\.?")
