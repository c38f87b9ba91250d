"""The outlets an article names, with where it names them (a :class:`Gazetteer`): known
outlets, names a media noun introduces ("the broadcaster Radio Stellach", "l'agence CPA"),
masthead-shaped names, wires of a dateline, the article's own outlet and the platforms it names;
and how a phrase resolves to one of them ("the Ledger", "the broadcaster", "this newspaper")."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from onrecord.attribute.channel_cues import REPORTED, REPORTS
from onrecord.attribute.channel_names import (
    LEADING,
    MEDIUM,
    NAME,
    NAME_RE,
    WIRE_WORDS,
    after_medium_noun,
    body_of,
    known_with_station,
    name_leads,
    station_of,
    trim_name,
    unapposed,
)
from onrecord.attribute.channel_platforms import (
    MAX_BACK_TO_BLOG,
    MAX_BACK_TO_POST,
    MAX_BACK_TO_VIDEO,
    STREAMED,
    named_platforms,
    video_platforms,
)
from onrecord.attribute.knowledge import Knowledge, knowledge
from onrecord.attribute.own_outlet import NOT_OUTLET as _NOT_OUTLET

_INTRODUCED = re.compile(rf"\b{MEDIUM}\s+(?:«)?(?P<name>{NAME})(?:»)?")
# ("Vestre Tidende, a Bergen daily": a place or a people's name may stand before the medium's noun)
_APPOSED = re.compile(rf"(?P<name>{NAME}),\s+(?:the|a|an)\s+(?:[A-Z][\w-]+\s+)?{MEDIUM}\b(?!['’-])")
# the nouns of a paper (not an agency's): a name they introduce is a paper's
_PAPER_NOUN = re.compile(r"\b(?:newspaper|paper|daily|weekly|monthly|magazine|tabloid|broadsheet|journal)\b", re.I)
_POSTPOSED = re.compile(
    rf"\b[Tt]he\s+(?P<name>{NAME})\s+(?P<medium>news agency|wire service|news service|newspaper|broadcaster|agency)\b"
)
# The words a station's newsroom or bulletin adds after the station's name: "Kestrel FM News",
# "Channel 7 Evening News" (not a number: "KXRB News 7" is a name of its own).
_NEWSROOM_TAIL = re.compile(r"(?:(?:Morning|Evening|Night|Late|Local)\s+)?(?:News|Newsroom|Bulletin)", re.I)


def _newsroom_of(name: list[str], station: list[str]) -> bool:
    """Whether the words ``name`` are the station's (its first words ``station``) and its
    newsroom's after them ("Kestrel FM News" of "Kestrel FM")."""
    return name_leads(station, name) and _NEWSROOM_TAIL.fullmatch(" ".join(name[len(station) :])) is not None


_DEFINED = re.compile(rf"(?P<name>{NAME})\s+\((?P<acronym>[A-Z][A-Z0-9-]{{1,6}})\)")


# A media noun standing for the outlet named before it ("she told the broadcaster").
ANAPHORS = {
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
SELF_REFERENCE = re.compile(
    r"\b(?:this (?:newspaper|paper|publication|station|website|site|programme|program|newsroom|reporter|"
    r"correspondent|writer|journalist|magazine|outlet|newsletter|broadcaster|network|podcast)|"
    # "told our reporter" (not "our reporter estimates")
    r"(?:(?<=told )|(?<=tells )|(?<=telling )|(?<=\bto ))our (?:newspaper|paper|station|reporter|correspondent|"
    r"journalist|magazine|programme|program|crew|news crew|camera crew|newsroom)|"
    # a call to the writer's own newsroom or studio ("a listener phoned the studio", "she rang our news desk")
    r"(?:(?<=called )|(?<=rang )|(?<=phoned )|(?<=calling )|(?<=ringing )|(?<=phoning ))"
    r"(?:our|the) (?:newsroom|studio|news ?desk)\b|"
    # an interview by telephone or an exclusive one, with no outlet named, is the article's own ("said
    # in a telephone interview"); a bare "in an interview", "a television interview" names no channel
    r"(?<=in )an? (?:(?:brief|short|long|lengthy|recent|exclusive|separate) )?(?:(?:tele)?phone|exclusive|"
    r"video|Zoom|e-?mail) interview(?!\w)"
    r"(?! (?:with|to|by)\b| on (?:the )?(?!Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[A-Z])|"
    r"(?<=told )us(?= by (?:phone|telephone|email|text))|"
    # the writer's own interview told in the first person: "we spoke to Dana Pell, a forecaster",
    # "she said it again when I met her"
    r"(?<=\bwe )(?:spoke|talked) (?:to|with)(?= [A-Z])|(?<=when )(?:I|we) (?:met|reached|visited|interviewed) "
    r"(?:her|him|them)\b|"
    # the writer's newsroom in the first person plural: "X has spoken to us by phone", "has been
    # speaking to us about ..." (not "US", the country)
    r"(?:spoke|spoken|speaking|talked|talking) (?:to|with) (?-i:us)(?!\w)|"
    r"(?:dieser|unserer) Zeitung|(?:diesem|unserem) (?:Blatt|Sender)|"
    r"(?:notre|ce) (?:journal|quotidien)|nos (?:confrères|journalistes)|par nos soins|"
    r"(?:este|nuestro) (?:diario|periódico)|a este medio|"
    r"(?:al nostro|a questo) (?:giornale|quotidiano)|(?:ao nosso|a este) (?:jornal|diário)|"
    r"нашей газете|нашему изданию|нашему корреспонденту|"
    # Danish and Norwegian "til avisen", Swedish "till tidningen" (to the paper, after a cue),
    # Romanian, Greek "our paper"
    r"(?<=til )(?:avisen|bladet)|(?<=till )tidningen|"
    r"(?:denne|vores|vår) avis|(?:ziarului|ziarul) nostru|publicației noastre|"
    r"στην εφημερίδα μας)\b",
    re.I,
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
    videos: list[tuple[int, str]] = field(default_factory=list)  # (offset, platform) of each video named
    blogs: list[tuple[int, str]] = field(default_factory=list)  # (offset, name) of each blog named by its noun
    streams: list[int] = field(default_factory=list)  # offsets of the words naming a live stream, in order
    # names known only as the object of "according to X" or the subject of "X reported": a body
    # may stand there as well as an outlet ("according to the Palace")
    hearsay: set[str] = field(default_factory=set)
    # (offset, noun, name) for a name the article describes by a media noun ("The Gavel, a podcast")
    described: list[tuple[int, str, str]] = field(default_factory=list)
    # platforms the article names by their noun ("the fan platform Starhall"), not known by name
    own_platforms: set[str] = field(default_factory=set)
    # (offset, name) of outlets named only as the one a speaker told something ("told SkyLedger"):
    # found by their name and its short form, never what a media noun points back to
    told: list[tuple[int, str]] = field(default_factory=list)
    # the masthead a first line in capitals sets ("JUTARNJI GLAS"), to tell its name when the
    # text writes it in lower case after its first word ("za Jutarnji glas")
    masthead: str | None = None
    # whether the article is in another language than English, whose sentences may name the
    # article's own outlet in an inflected form ("розповіла «Чорноморському віснику»")
    foreign: bool = False
    # names the article introduces by a paper's noun ("the weekly Westerpress", "Cityexpress, a
    # daily"): a paper, whatever its name's ending
    papers: set[str] = field(default_factory=set)

    def is_medium(self, name: str) -> bool:
        """Whether the article shows ``name`` to be a medium by more than "according to"."""
        return name.casefold() in self.names and name not in self.hearsay

    def platform_before(self, at: int) -> str | None:
        """The platform the article named last before offset ``at``, if near enough."""
        i = bisect.bisect_left(self.platforms, (at, ""))
        if i == 0 or at - self.platforms[i - 1][0] > MAX_BACK_TO_POST:
            return None
        return self.platforms[i - 1][1]

    def streamed_before(self, at: int) -> bool:
        """Whether the article named a live stream before offset ``at``, near enough for "on the
        stream" to point back to it."""
        i = bisect.bisect_left(self.streams, at)
        return i > 0 and at - self.streams[i - 1] <= MAX_BACK_TO_POST

    def video_before(self, at: int) -> str | None:
        """The platform of the video the article named last before offset ``at``, if near enough."""
        i = bisect.bisect_left(self.videos, (at, ""))
        if i == 0 or at - self.videos[i - 1][0] > MAX_BACK_TO_VIDEO:
            return None
        return self.videos[i - 1][1]

    def blog_before(self, at: int) -> str | None:
        """The blog the article named by its noun last before offset ``at``, if near enough."""
        i = bisect.bisect_left(self.blogs, (at, ""))
        if i == 0 or at - self.blogs[i - 1][0] > MAX_BACK_TO_BLOG:
            return None
        return self.blogs[i - 1][1]

    def add(self, name: str, at: int, wire: bool = False, hearsay: bool = False, paper: bool = False) -> None:
        """Record outlet ``name`` named at offset ``at`` (its acronym, if given, separately);
        ``hearsay``: known only as what "according to" or "reported" names; ``paper``: introduced
        by a paper's noun ("the weekly X")."""
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
        if paper:
            self.papers.add(name)

    def resolve(self, phrase: str, at: int) -> str | None:
        """The outlet a phrase names at offset ``at``: its own name, a short form of a named
        outlet ("the Ledger" for "The Northern Ledger"), a media noun pointing back to the
        outlet named last ("the broadcaster"), or the article itself ("this newspaper")."""
        phrase = phrase.strip(' ,.;:«»"“”')
        if not phrase:
            return None
        if SELF_REFERENCE.fullmatch(phrase):
            return self.own
        key = re.sub(r"^(?:(?:the|le|la|les|el|der|die|das|dem)\s+|l')", "", phrase.casefold()).strip()
        key = re.sub(r"^(?:same|selben?|même)\s+", "", key)  # "told the same station"
        if key in ANAPHORS or _MODIFIED_ANAPHOR.sub("", key) in ANAPHORS:  # "the state broadcaster"
            return self.described_before(_MODIFIED_ANAPHOR.sub("", key), at) or self.last_before(at)
        found = self.names.get(phrase.casefold()) or self.names.get(key)
        if found:
            return self._fuller(found)
        found = next((n for n in self.names.values() if LEADING.sub("", n).casefold() == key), None)
        if found:
            return self._fuller(found)  # "Courier" for "The Courier"
        if self.own and phrase.isupper() and phrase == "".join(w[0] for w in LEADING.sub("", self.own).split()):
            return self.own  # "ENA" in the Eastlink News Agency's own copy
        longer = self._expand(key, at)
        if longer:
            return longer
        for case_key in _case_forms(key):  # "Вестям Острога" -> "Вести Острога"
            found = self.names.get(case_key)
            if found:
                return found
        return None

    def _fuller(self, name: str) -> str:
        """The fuller name of an outlet found by ``name``: the masthead a first line in capitals
        sets when ``name`` is its one masthead word ("the Courier" under "LAKEHEAD COURIER", "the
        Ledger" under "LEDGER WIRE"), whatever the article's copy credits; else the one longer
        name the copy writes that opens with ``name`` and goes on with a masthead's words ("told
        KWXN" where the copy also writes "told KWXN News 7"), other than the article's own (a
        station its own newsroom's copy names: "told Tarnby FM" under "Tarnby FM News"); else
        ``name``. A broadcaster's station named after it ("BBC Radio Leeds") is no longer form of
        the broadcaster: "told the BBC" after it is the BBC."""
        kb = knowledge()
        words = LEADING.sub("", name).split()
        if len(words) == 1 and words[0].casefold() in kb.mastheads and self.masthead is not None:
            head = [w.capitalize() if len(w) > 4 or re.search(r"[AEIOU]", w) else w for w in self.masthead.split()]
            head = LEADING.sub("", " ".join(head)).split()
            if len(head) > 1 and words[0].casefold() in (head[0].casefold(), head[-1].casefold()):
                return " ".join(head)
        longer = {
            n
            for _, n in self.mentions
            if n != self.own  # ("told Tarnby FM" under the masthead "Tarnby FM News": the station)
            and name_leads(words, LEADING.sub("", n).split())
            and kb.is_masthead(" ".join(LEADING.sub("", n).split()[len(words) :]))
            and not station_of(LEADING.sub("", n), " ".join(words))  # ("BBC Radio Leeds": a station of the BBC)
        }
        return longer.pop() if len(longer) == 1 else name

    def _expand(self, key: str, at: int) -> str | None:
        """The named outlet whose last words are ``key`` ("Courier" -> "Brenna Courier"),
        the one named last before ``at`` when several are, else the article's own."""
        words = key.split()
        if not words:
            return None

        def fits_name(name: str) -> bool:
            full = LEADING.sub("", name).casefold().split()
            n = len(words)
            return len(full) > n and any(full[i : i + n] == words for i in range(len(full) - n + 1))

        named = sorted(self.mentions + self.told)
        fits = [n for n in dict.fromkeys(name for _, name in named) if fits_name(n)]
        if self.own and fits_name(self.own):
            fits.append(self.own)
        # a station the copy names before its newsroom's words ("told Kestrel FM" under the
        # masthead "Kestrel FM News"): the station, as written
        fits = [n for n in fits if not _newsroom_of(LEADING.sub("", n).casefold().split(), words)]
        if not fits:
            return None
        # a short form is a name's last words: "the Courier" is the Brenna Courier before Courier FM
        ending = [n for n in fits if LEADING.sub("", n).casefold().split()[-len(words) :] == words]
        fits = ending or fits
        before = [name for off, name in named if off <= at and name in fits]
        return before[-1] if before else fits[0]

    def described_before(self, noun: str, at: int) -> str | None:
        """The outlet the article last described by ``noun`` before offset ``at`` ("told the
        podcast" after "The Gavel, a podcast from Cascade Radio": The Gavel, not the radio)."""
        named = [name for off, n, name in self.described if off < at and n == noun]
        return (self.resolve(named[-1], at) or named[-1]) if named else None

    def last_before(self, at: int) -> str | None:
        """The outlet the article named last before offset ``at`` (else its own)."""
        i = bisect.bisect_left(self.mentions, (at, ""))
        return self.mentions[i - 1][1] if i > 0 else self.own

    def named_before(self, at: int) -> str | None:
        """The outlet the article named last before offset ``at`` as a medium, not only as what
        "according to" names (else its own): the one a phrase pointing back means ("on the
        same station")."""
        i = bisect.bisect_left(self.mentions, (at, ""))
        named = [name for _, name in self.mentions[:i] if name not in self.hearsay]
        return named[-1] if named else self.own

    def channel_kind(self, name: str | None) -> str | None:
        """What kind of channel ``name`` is (see :meth:`Knowledge.channel_kind`), an outlet the
        article names counting as one (a wire when the article calls it an agency)."""
        if not name:
            return None
        if name in self.wires:
            return "wire"
        if name in self.own_platforms:
            return "platform"
        kb = knowledge()
        kind = kb.channel_kind(name)
        # (an outlet the article names with its "The", kept under its name without it: "The Balcony")
        if kind == "person" and (name.casefold() in self.names or LEADING.sub("", name).casefold() in self.names):
            # an outlet the article names; one compound word closed by "press" an agency ("Sudpress"),
            # unless the article calls it a paper ("the weekly Westerpress")
            return "wire" if kb.is_compound_wire(name) and name not in self.papers else "outlet"
        return kind


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
    # a credit of two outlets ("(City News / Wirepress)"): the first's copy, the second named on its own
    credited: list[str] = []
    if own and " / " in own:
        own, *credited = [part.strip() for part in own.split(" / ")]
    g = Gazetteer(own=own)
    for name in credited:
        g.add(name, -1)
    if dateline:
        for m in _WIRE_DATELINE.finditer(dateline):
            g.add(m.group("name"), -1, wire=True)
    if own:
        g.names.setdefault(own.casefold(), own)
        if kb.channel_kind(own) == "wire":
            g.wires.add(own)
    for m in _INTRODUCED.finditer(text):
        name = trim_name(m.group("name"))
        medium_words = m.group(0)[: m.start("name") - m.start()]
        medium = medium_words.split()
        if medium and medium[-1][:1].isupper() and medium[-1].casefold() in kb.mastheads:
            continue  # "Radio Lac": the medium's word is the name's first
        if name and not kb.starts_with_given_name(name):
            wire, paper = bool(WIRE_WORDS.search(medium_words)), bool(_PAPER_NOUN.search(medium_words))
            g.add(name, m.start("name"), wire=wire, paper=paper)
    for m in _POSTPOSED.finditer(text):  # "the Alpwire news agency" (not "an American newspaper")
        name = trim_name(m.group("name"))
        if m.group("medium") == "agency" and len(name.split()) > 1:
            continue  # "the Nordpress agency", not "the Federal Water agency"
        if name and not kb.starts_with_given_name(name) and not kb.is_title(name.split()[0]):
            noun = m.group("medium")
            g.add(name, m.start("name"), wire=bool(WIRE_WORDS.search(noun)), paper=bool(_PAPER_NOUN.search(noun)))
    for m in _APPOSED.finditer(text):
        name = trim_name(m.group("name"))
        if name and not kb.starts_with_given_name(name):
            paper = bool(_PAPER_NOUN.search(m.group(0)[m.end("name") - m.start() :]))
            g.add(name, m.start("name"), wire=bool(WIRE_WORDS.search(m.group(0))), paper=paper)
    for m in NAME_RE.finditer(text):
        name = trim_name(m.group(0))
        if not name or _NOT_OUTLET.search(name):
            continue
        known = kb.find_outlet(name)
        if known is not None:
            g.add(known_with_station(name, known[1]), m.start(), wire=known[0].kind == "agency")
        elif kb.is_masthead(name) and not kb.starts_with_given_name(name):
            g.add(name, m.start(), wire=kb.channel_kind(name) == "wire")
    for pattern in (REPORTED, REPORTS):  # "according to Capitol Wire", "Le Littoral de l'Ouest reported"
        for m in pattern.finditer(text):
            name = after_medium_noun(unapposed(m.group("ch")))  # "The Lisbon sports daily O Remate"
            name = trim_name(re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I))
            if (
                name[:1].isupper()
                and name.casefold() not in g.names
                and not kb.starts_with_given_name(name)
                and not kb.is_org_word(name.split()[-1])
                and not body_of(name)
                and not kb.is_title(name.split()[0])
            ):
                g.add(
                    name,
                    m.start("ch"),
                    wire=name != m.group("ch") and bool(WIRE_WORDS.search(m.group("ch"))),
                    hearsay=name == trim_name(re.sub(r"^(?:the|a|an)\s+", "", m.group("ch"), flags=re.I)),
                )
    for m in _WIRE_DATELINE.finditer(text):  # "HAVERFORD, April 12 (FWS) -": a wire's own copy
        g.add(m.group("name"), m.start("name"), wire=True)
    for m in _WIRE_CREDIT.finditer(text):  # "From Larkfield wire reports": the wire the copy came from
        name = trim_name(m.group("name"))
        if name and not kb.starts_with_given_name(name):
            g.add(name, m.start("name"), wire=True)
    for m in _DEFINED.finditer(text):
        full = trim_name(m.group("name"))
        if full and full.casefold() in g.names:
            g.add(m.group("acronym"), m.start("acronym"), wire=full in g.wires)
    tidy = _tidy(g)
    tidy.described = [
        (m.start(), m.group("noun").casefold(), trim_name(m.group("name")) or m.group("name"))
        for m in _DESCRIBED.finditer(text)
    ]
    for m in _OWN_PROGRAMME.finditer(text):  # "this newspaper's podcast, Harbour Talk,"
        name = trim_name(m.group("name")) or m.group("name")
        tidy.described.append((m.start(), m.group("noun").casefold(), name))
        tidy.add(name, m.start("name"))
    for m in _NOUN_AFTER.finditer(text):  # "KWTR's "Harbour Hour" show", "the Dock Talk podcast"
        name = m.group("quoted") or trim_name(m.group("name"))
        if name and (m.group("quoted") or not kb.starts_with_given_name(name)):
            tidy.described.append((m.start(), m.group("noun").casefold(), name))
            if m.group("quoted"):
                tidy.add(name, m.start("quoted"))
    tidy.described.sort()
    for m in _PLATFORM_NAME.finditer(text):
        platform = kb.platform(m.group(0))
        if platform is not None and kb.is_platform(m.group(0)):
            tidy.platforms.append((m.start(), platform))
    tidy.masthead = _capitals_masthead(text)
    for at, name, blog in named_platforms(text):
        if kb.platform(name) is None and name.casefold() not in tidy.names and not _persons_name(text, at, name, kb):
            tidy.own_platforms.add(name)
            bisect.insort(tidy.platforms, (at, name))
            if blog:
                tidy.blogs.append((at, name))
    tidy.streams = [m.start() for m in STREAMED.finditer(text)]
    tidy.videos = video_platforms(text, lambda w: kb.platform(w) if kb.is_platform(w) else None, tidy.platform_before)
    return tidy


def _persons_name(text: str, at: int, name: str, kb: Knowledge) -> bool:
    """Whether a platform's name read at offset ``at`` is a person's: it opens with a given name
    ("In a blog, Tamsin Rowe, a retired ferry captain, wrote"), or one stands just before it ("said
    Tamsin Rowe, a forum administrator")."""
    before = re.search(r"([A-Z][\w'’-]*)\s+$", text[max(0, at - 40) : at])
    return kb.starts_with_given_name(name) or (before is not None and kb.is_given_name(before.group(1)))


# A name described by a media noun after it: "The Gavel, a podcast from ...", "KLTV, the station that ...".
_DESCRIBED = re.compile(
    rf"(?P<name>{NAME}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?P<noun>podcast|newsletter|show|programme|program|station|broadcaster|channel|network|magazine|newspaper|"
    r"paper|daily|agency|wire service)\b"
)


# A programme a medium owns, named after its noun: "this newspaper's podcast, Harbour Talk,", "its
# weekly show, The Long Table."
_OWN_PROGRAMME = re.compile(
    rf"\b(?:(?:this|our|the)\s+(?:newspaper|paper|station|network|broadcaster|magazine)['’]s|its|our|his|her|their)\s+"
    rf"(?:[\w-]+\s+)?(?P<noun>podcast|newsletter|show|programme|program),\s+(?P<name>{NAME})(?=[,.;])"
)


# A programme named before its noun: a title in quotation marks ("KWTR's "Harbour Hour" show") or
# in capitals after "the" ("the Dock Talk podcast").
_NOUN_AFTER = re.compile(
    rf"(?:[\"“](?P<quoted>[A-Z][^\"“”\n]{{1,40}})[\"”]|\b[Tt]he\s+(?P<name>{NAME}))\s+"
    r"(?P<noun>show|programme|program|podcast)\b"
)


_PLATFORM_NAME = re.compile(r"\b[A-Z][\w-]*\b")  # a capitalised word that may be a platform ("Instagram", "X")


# Words that open a sentence before an outlet's name ("When Le Courrier de Marvignac published").
_SENTENCE_WORDS = set(
    """when after as but and while then on in since until before by from with dem der die den sender
    monday tuesday wednesday thursday friday saturday sunday""".split()
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
        bare = LEADING.sub("", name).split()
        longer = next(
            (k for k in keep.values() if k != name and len(k.split()) > len(bare) and k.split()[-len(bare) :] == bare),
            None,
        )
        if longer is not None:
            continue  # a short form: resolved to the longer name when it is used
        own_words = LEADING.sub("", g.own).split() if g.own else []
        if g.own and name != g.own and name_leads(bare, own_words) and not _newsroom_of(own_words, bare):
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
    tidy.papers = {keep.get(n, n) for n in g.papers}
    return tidy


def _capitals_masthead(text: str) -> str | None:
    """The name a first line in capitals sets over the article ("JUTARNJI GLAS | Gospodarstvo"
    -> "JUTARNJI GLAS"), two to four words of letters only; else None."""
    first = text.strip().split("\n", 1)[0]
    piece = re.split(r"\s+[|—–-]\s+", first, maxsplit=1)[0].strip()
    words = piece.split()
    return piece if 2 <= len(words) <= 4 and piece.isupper() and all(w.isalpha() for w in words) else None


# A credit line naming the wire the copy came from: "From Larkfield wire reports", "Compiled
# from Tarn wire services", "With Osk wire copy".
_WIRE_CREDIT = re.compile(
    rf"^(?:From|With|Compiled\s+from|Based\s+on)\s+(?:the\s+)?(?P<name>{NAME})\s+wire\s+"
    r"(?:reports?|copy|services?|stories|dispatch(?:es)?)\b",
    re.M,
)
_WIRE_DATELINE = re.compile(
    r"^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,},[^\n(]{0,40}\((?P<name>[A-Z][\w-]{1,20}(?: [A-Z][\w-]{1,20}){0,2})\)"
    r"[ \t]*(?:[-–—]|$)",
    re.M,
)
