"""What attribution knows about names: given names and their gender, titles, roles, outlets.

The lists are data files in ``onrecord/attribute/data`` (see its README); this module loads
them once and answers questions about words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Knowledge", "knowledge"]

# Words that end an organisation's name; the last line, the words a sports club's name ends with
# ("Ashford Rovers", "Halden Athletic"): a club speaks as a body, never as a person.
_ORG_WORDS = """kremlin ministry department government office agency commission council committee observatory
party union court police army military navy parliament congress senate duma rada house cabinet
company corporation corp inc ltd llc plc bank group association organization organisation
authority administration campaign embassy foundation institute university service bureau board
fund federation alliance coalition league network centre center secretariat directorate
command forces force guard prosecutor's prosecutors court tribunal regulator watchdog
commission firm school hospital church club team union
therapeutics pharmaceuticals pharma biotech holdings airlines airline airways motors mobility
minerals mining industries systems technologies labs laboratories partners logistics shipping
railways insurance utilities gmbh chamber infirmary securities mission consulate delegation
rovers wanderers athletic albion rangers hotspur united""".split()

_ANONYMOUS_HEADS = """official officials source sources people person aide aides adviser advisers
advisor advisors analyst analysts expert experts observer observers critic critics diplomat
diplomats insider insiders lawmaker lawmakers resident residents witness witnesses someone
somebody staffer staffers employee employees member members supporter supporters voter voters
activist activists economist economists investor investors""".split()

_INDEFINITE = {
    "a",
    "an",
    "some",
    "several",
    "many",
    "two",
    "three",
    "four",
    "five",
    "other",
    "others",
    "one",
    "few",
    "multiple",
    "various",
    "numerous",
    "most",
    "both",
}

_PRONOUNS = {
    "he": ("m", "sg"),
    "she": ("f", "sg"),
    "it": ("n", "sg"),
    "they": (None, "pl"),
    "we": (None, "pl"),
    "i": (None, "sg"),
    "you": (None, None),
}
_RELATIVE = {"who", "which", "that", "whom"}
_GENDER_HONORIFIC = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
    "father": "m",
    "sister": "f",
    "brother": "m",
    # Vietnamese: "Ông" (Mr), "Bà" (Mrs), "Chị" (a woman of one's own age)
    "ông": "m",
    "bà": "f",
    "chị": "f",
}


# A discussion forum's name: "HarbourTalk Forums", "Kestria Message Board".
_FORUM = re.compile(r"\b(?:Forums?|Message\s+Boards?|Discussion\s+Boards?)$")

# Case endings a Slavic language adds to a platform's name ("na LinkedInu", "na Instagramu", "s Facebooka").
_CASE_ENDINGS = ("om", "em", "u", "a", "e")

# An agency by its two words, neither a wire's alone: "Kanto News Service".
_NEWS_SERVICE = re.compile(r"\bNews\s+Service\b")
# the ending of an office its holder has not yet taken up ("president-elect", "governor-designate")
_NOT_YET_IN_OFFICE = re.compile(r"-(?:elect|designate)$")


def _data(name: str) -> str:
    return resources.files("onrecord.attribute").joinpath("data").joinpath(name).read_text(encoding="utf-8")


def _rows(name: str) -> list[list[str]]:
    rows = []
    for i, line in enumerate(_data(name).splitlines()):
        if i == 0 or not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


# Epithets whose noun says a woman or a man where no kinship noun or "-woman" ending does.
_GENDERED_EPITHETS = {"actress": "f", "widow": "f", "widower": "m"}


def _epithet_head(phrase: str) -> str:
    """The noun a description is headed by: its last word before an "of", "for", "at" ... or its
    last word, without a hyphened "-of-" tail ("mum-of-one" is headed by "mum")."""
    words = phrase.casefold().replace("’", "'").split()
    cut = [i for i, w in enumerate(words) if w in {"of", "for", "at", "in", "from", "with"}]
    head = words[cut[0] - 1] if cut and cut[0] > 0 else (words[-1] if words else "")
    return head.split("-of-")[0]


@dataclass(frozen=True, slots=True)
class Outlet:
    """A news organisation: its canonical name and kind (agency, newspaper, ...)."""

    name: str
    kind: str


# The endings of nouns for what a person is or does ("volcanologist", "statistician",
# "photographer", "economist"), and the few words with such an ending that name no person.
_PERSON_SUFFIXES = ("ologist", "ician", "ographer", "ist")
_NOT_PERSON = frozenset(
    "list gist twist wrist mist fist tryst assist exist insist persist resist consist desist subsist checklist "
    "shortlist longlist playlist blacklist whitelist wishlist waitlist hoist joist moist midst amidst whilst".split()
)


def _person_by_suffix(noun: str) -> bool:
    """Whether a noun's ending makes it one for a person's trade or calling ("the
    volcanologist", "the statistician"), which no list of such nouns could hold in full."""
    return noun.isalpha() and len(noun) > 5 and noun not in _NOT_PERSON and noun.endswith(_PERSON_SUFFIXES)


class Knowledge:
    """Lookups over the name, role and outlet lists."""

    def __init__(self) -> None:
        from onrecord.resolve.translit import name_key

        self.given: dict[str, str] = {}
        self._given_keys: dict[str, str] = {}
        for row in _rows("given_names.tsv"):
            if row and row[0]:
                gender = row[1] if len(row) > 1 else "u"
                self.given[row[0].casefold()] = gender
                self._given_keys.setdefault(name_key(row[0]), gender)
        self._name_key = name_key
        self.roles: dict[str, tuple[str, str]] = {}
        for row in _rows("roles.tsv"):
            if row and row[0]:
                self.roles[row[0].casefold()] = (row[1] if len(row) > 1 else row[0], row[2] if len(row) > 2 else "u")
        self.role_words = {w for r in self.roles for w in r.split()}
        self.outlets: dict[str, Outlet] = {}
        self._lower_aliases: set[str] = set()
        for row in _rows("outlets.tsv"):
            if not row or not row[0]:
                continue
            outlet = Outlet(row[0], row[2] if len(row) > 2 else "")
            for alias in [row[0], *(row[1].split("|") if len(row) > 1 and row[1] else [])]:
                alias = alias.strip()
                if alias:
                    # "The Hill" is kept whole: a bare "Hill" (Capitol Hill) is no outlet
                    self.outlets.setdefault(alias.casefold(), outlet)
                    if alias.islower():  # written in lower case by its owner (dpa)
                        self._lower_aliases.add(alias)
        self.media_nouns = {
            line.strip().casefold()
            for line in _data("media_nouns.txt").splitlines()
            if line.strip() and not line.startswith("#")
        }
        nouns = sorted(self.media_nouns, key=len, reverse=True)
        self._media = re.compile(r"\b(?:" + "|".join(map(re.escape, nouns)) + r")\b") if nouns else re.compile(r"(?!)")
        self.epithets = {
            line.strip().casefold()
            for line in _data("epithets.txt").splitlines()
            if line.strip() and not line.startswith("#")
        }
        self.titles: set[str] = set()
        self.title_phrases: set[str] = set()
        for line in _data("titles.txt").splitlines():
            title = " ".join(line.casefold().split())
            if title and not title.startswith("#"):
                (self.title_phrases if " " in title else self.titles).add(title)
        self.abbreviations = {
            row[0].casefold(): row[1].casefold() for row in _rows("abbreviations.tsv") if len(row) > 1
        }
        self.org_words = set(_ORG_WORDS)
        self.mastheads = {row[0].casefold(): row[1] for row in _rows("mastheads.tsv") if len(row) > 1}
        self.masthead_endings = tuple(
            line.strip().casefold()
            for line in _data("masthead_endings.txt").splitlines()
            if line.strip() and not line.startswith("#")
        )
        wire_lines = [ln.strip().casefold() for ln in _data("wire_endings.txt").splitlines() if ln.strip()]
        self.wire_endings = tuple(ln for ln in wire_lines if not ln.startswith(("#", "!")))
        self.not_wires = frozenset(ln[1:] for ln in wire_lines if ln.startswith("!") and not ln.startswith("!-"))
        self.not_wire_endings = tuple(ln[2:] for ln in wire_lines if ln.startswith("!-"))
        self.platforms = {
            line.strip().casefold(): line.strip()
            for line in _data("platforms.txt").splitlines()
            if line.strip() and not line.startswith("#")
        }
        self.countries = {
            line.strip().casefold()
            for line in _data("countries.txt").splitlines()
            if line.strip() and not line.startswith("#")
        }
        self.portfolios = {
            line.strip().casefold()
            for line in _data("portfolios.txt").splitlines()
            if line.strip() and not line.startswith("#")
        }
        self.styles = {
            " ".join(line.split())
            for line in _data("styles.txt").splitlines()
            if line.strip() and not line.startswith("#")
        }

    def is_portfolio_word(self, word: str) -> bool:
        """Return True for a word of a portfolio (``Development`` in "Minister for Planning and
        Development Ahsan Iqbal"): part of the office, never of the holder's name."""
        return word.casefold() in self.portfolios

    def is_country(self, name: str) -> bool:
        """Return True when ``name`` is a country or its common short name (``North Korea``, ``U.S.``)."""
        return name.strip().casefold() in self.countries

    def platform(self, phrase: str) -> str | None:
        """The platform a phrase names (``Telegram``, ``his Telegram channel``), as written."""
        words = re.sub(r"[’']s\b", "", phrase).strip(" .,'\"“”").split()
        for n in (2, 1):
            for i in range(len(words) - n + 1):
                found = self.platforms.get(" ".join(words[i : i + n]).casefold())
                if found is None and n == 1:
                    found = self._inflected_platform(words[i])
                if found and (found != "X" or words[i] == "X"):
                    return found
        return None

    def _inflected_platform(self, word: str) -> str | None:
        """A platform's name with a Slavic case ending ("na LinkedInu", "na Facebooku", "в Телеграме"
        aside): a capitalised name of five letters or more with one of a few endings added."""
        if not word[:1].isupper():
            return None
        for ending in _CASE_ENDINGS:
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= 5:
                found = self.platforms.get(stem.casefold())
                if found is not None:
                    return found
        return None

    @staticmethod
    def is_forum(name: str) -> bool:
        """Whether ``name`` is a discussion forum's ("HarbourTalk Forums", "Kestria Message
        Board"): a platform its users post on."""
        return bool(_FORUM.search(name.strip()))

    def is_platform(self, name: str) -> bool:
        """Whether ``name`` is, as a whole, a platform ("Telegram", not "Telegram's founder")."""
        return self.platform(name) == name.strip()

    def is_masthead(self, name: str) -> bool:
        """Whether a capitalised name is a news outlet by its shape: a masthead word in it
        ("the Saltvik Courier", "Radio Karsk", "Deutsche Hafenzeitung") or a broadcaster's
        call sign ("ZTV1", "WBS-TV")."""
        words = [w for w in re.split(r"[\s\-]+", name.strip()) if w]
        while len(words) > 1 and re.fullmatch(r"\d+(?:\.\d+)?", words[-1]):
            words.pop()  # "VBC Radio 1", "Kanal 5", "Radio Sundar 94.1": a channel's number
        if not words or not words[-1][:1].isupper():
            return False
        if any(w.casefold() in self.mastheads for w in words if w[:1].isupper()):
            return True
        if any(self._compound_masthead(w) for w in words if w[:1].isupper()):
            return True  # "Myrholmsposten", "Abendzeitung": a masthead word closing a compound
        return bool(re.fullmatch(r"[A-Z]{0,4}(?:TV|FM)\d*|[A-Z]{2,4}\d", words[-1]))

    def is_compound_wire(self, name: str) -> bool:
        """Whether a name is one word, a compound closed by an agency's word ("Sudpress",
        "KalPress"), with at least three letters before it, and no English word ("Impress") nor
        a paper's ending ("Cityexpress", "Ekspress"): an agency's name, as "Press" standing alone makes one."""
        folded = name.strip().casefold()
        if " " in folded or not name.strip()[:1].isupper() or folded in self.not_wires:
            return False
        if folded.endswith(self.not_wire_endings):
            return False  # a paper's "-express" ("Cityexpress", "Ekspress")
        return any(folded.endswith(e) and len(folded) >= len(e) + 3 for e in self.wire_endings)

    def _compound_masthead(self, word: str) -> bool:
        """Whether one word is a compound closed by a masthead word ("Myrholmsposten",
        "Dagbladet"), with at least three letters before it."""
        folded = word.casefold()
        return any(folded.endswith(e) and len(folded) >= len(e) + 3 for e in self.masthead_endings)

    def channel_kind(self, name: str | None) -> str | None:
        """What kind of channel ``via`` names: ``platform``, ``wire`` (a news agency),
        ``outlet`` (any other medium), or ``person``."""
        if not name:
            return None
        if self.is_platform(name) or self.is_forum(name):
            return "platform"
        outlet = self.outlet(name)
        if outlet is not None:
            return "wire" if outlet.kind == "agency" else "outlet"
        words = name.split()
        if any(self.mastheads.get(w.casefold()) == "wire" for w in words) or _NEWS_SERVICE.search(name):
            return "wire"
        if self.is_masthead(name) or self.is_media_phrase(name):
            return "outlet"
        return "person"

    def gender_of_given(self, word: str) -> str | None:
        """Return ``m``/``f`` for a given name of known gender (any spelling), else None."""
        g = self.given.get(word.casefold()) or self._given_keys.get(self._name_key(word))
        if g is None and "-" in word.strip("-"):
            first, _, second = word.partition("-")
            # Karl-Johan, Marie-Hélène: the first name's; Per-Erik: the one on the list
            return self.gender_of_given(first) or (self.gender_of_given(second) if second[:1].isupper() else None)
        return g if g in {"m", "f"} else None

    def is_given_name(self, word: str) -> bool:
        """Return True for a given name on the list, in any spelling (Dmitry, Dmitri, Дмитрий), or
        two joined by a hyphen one of which is (Karl-Johan, Anna-Liisa, Per-Erik)."""
        if "-" in word.strip("-"):
            first, _, second = word.partition("-")
            return self.is_given_name(first) or (second[:1].isupper() and self.is_given_name(second))
        return word.casefold() in self.given or (
            len(word) > 2 and word[:1].isupper() and self._name_key(word) in self._given_keys
        )

    def starts_with_given_name(self, name: str) -> bool:
        """Whether a name opens with a known given name: without one ("Halvern Polymers", "Radio
        North") it may as well be an organisation's."""
        words = name.split()
        return bool(words) and self.is_given_name(words[0])

    def is_title(self, word: str) -> bool:
        """Return True for an honorific or title word (``Sen.``, ``President``, ``spokesman``,
        ``Barrister``, ``Dato'``): a word of ``titles.txt`` or of a known role."""
        w = word.casefold()
        return w in self.titles or w.rstrip(".'’") in self.titles or w in self.role_words

    def title_in_full(self, word: str) -> str:
        """The title an abbreviation stands for, in lower case ("Col." -> "colonel", "Fr" ->
        "father"): how "the colonel" finds the "Col. Dariusz Vane" of the same article; any other
        word in lower case."""
        w = word.casefold().rstrip(".")
        return self.abbreviations.get(w, w)

    def is_style(self, words: list[str]) -> bool:
        """Return True when these words, as one, are a style of honour of ``styles.txt`` that
        belongs to a full name as written ("Sheikh", "Dato' Seri", "Sir"), unlike a form of
        address or an office."""
        return bool(words) and " ".join(w.casefold().rstrip(".'’") for w in words) in self.styles

    def is_title_phrase(self, words: list[str]) -> bool:
        """Return True when these words, as one, are a title of ``titles.txt``: a title of
        several words ("Tan Sri", "Toh Puan"), or one title word (:meth:`is_title`)."""
        if len(words) == 1:
            return self.is_title(words[0])
        return " ".join(w.casefold().rstrip(".'’") for w in words) in self.title_phrases

    def honorific_gender(self, word: str) -> str | None:
        """Return the gender an honorific implies (``Mrs.`` -> ``f``), if any."""
        return _GENDER_HONORIFIC.get(word.casefold().rstrip("."))

    def is_courtesy(self, phrase: str) -> bool:
        """Return True when every word of ``phrase`` is an honorific ("Mr.", "Lord", "Mrs"): how a
        person is addressed, no office they hold."""
        words = phrase.split()
        return bool(words) and all(self.honorific_gender(w) for w in words)

    def role(self, phrase: str) -> tuple[str, str] | None:
        """Return (class, gender) of a role phrase by its longest known ending.

        ``"Kremlin press secretary"`` -> ``("spokesperson", "u")``; an office not yet taken
        up is the office (``"chief minister-elect"``).
        """
        words = phrase.casefold().replace("’", "'").split()
        while words and words[0] in {"the", "a", "an"}:
            words = words[1:]
        if words and words[-1] not in self.roles:
            # "chief minister-elect", "governor-designate": the office, not yet taken up
            words[-1] = _NOT_YET_IN_OFFICE.sub("", words[-1])
        cut = [i for i, w in enumerate(words) if w in {"of", "for", "to", "at", "in"}]
        if cut:
            # a role that holds the preposition itself: "secretary of state", "chief of staff"
            for i in range(cut[0]):
                for j in range(len(words), cut[0] + 1, -1):
                    key = " ".join(words[i:j])
                    if key in self.roles:
                        return self.roles[key]
            words = words[: cut[0]]
        for i in range(len(words)):
            key = " ".join(words[i:])
            if key in self.roles:
                return self.roles[key]
        return None

    def outlet(self, phrase: str) -> Outlet | None:
        """Return the outlet a phrase names (``"state-run news agency Tass"`` -> Tass), if any."""
        found = self.find_outlet(phrase)
        return found[0] if found else None

    def find_outlet(self, phrase: str) -> tuple[Outlet, str] | None:
        """Return the outlet a phrase names and the words naming it, as written (``Tass``)."""
        text = phrase.strip().strip(".,'\"“”")
        key = text.casefold()
        for candidate in (key, "the " + key, key[4:] if key.startswith("the ") else None):
            if candidate and candidate in self.outlets:
                return self.outlets[candidate], re.sub(r"^(?i:the)\s+", "", text)
        words = text.split()
        for n in range(min(5, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                surface = re.sub(r"(['’]s|[,.'’])$", "", " ".join(words[i : i + n]))
                content = re.sub(r"^(?i:the)\s+", "", surface)
                if not (content[:1].isupper() or content in self._lower_aliases):
                    continue
                keys = [surface.casefold()]
                if i > 0 and words[i - 1].casefold() == "the":
                    keys.append("the " + surface.casefold())
                for k in keys:
                    if k in self.outlets:
                        return self.outlets[k], re.sub(r"^(?i:the)\s+", "", surface)
        return None

    def is_media_phrase(self, phrase: str) -> bool:
        """Return True when a phrase names a medium (``the newspaper``, ``state TV``)."""
        return self._media.search(phrase.casefold()) is not None

    def is_medium(self, name: str) -> bool:
        """Return True when a name is a news medium's by what is known of it: a known outlet, a
        masthead, a media phrase ("state television", "the Voice of Norvania")."""
        return self.outlet(name) is not None or self.is_masthead(name) or self.is_media_phrase(name)

    def is_epithet(self, phrase: str) -> bool:
        """Return True for a description that refers back to a person by a noun for what they
        are or do (``German logistics magnate``, ``club's prospective owner``, ``54-year-old``,
        ``mother-of-two``)."""
        head = _epithet_head(phrase)
        return head in self.epithets or head.endswith("-year-old") or _person_by_suffix(head)

    @staticmethod
    def epithet_gender(phrase: str) -> str | None:
        """Return the gender an epithet's noun carries (``mum-of-one``, ``businesswoman``,
        ``widower``), or None."""
        from onrecord.attribute.kin import kin

        head = _epithet_head(phrase)
        relative = kin(head)
        if relative is not None and relative[0] is not None:
            return relative[0]
        if head in _GENDERED_EPITHETS:
            return _GENDERED_EPITHETS[head]
        if head.endswith("woman"):
            return "f"
        return "m" if head.endswith("man") and head != "man" else None

    def is_org_word(self, word: str) -> bool:
        """Return True for a word that heads organisation names (``ministry``, ``Kremlin``)."""
        return word.casefold() in self.org_words

    @staticmethod
    def pronoun(word: str) -> tuple[str | None, str | None] | None:
        """Return (gender, number) of a personal pronoun, or None."""
        return _PRONOUNS.get(word.casefold())

    @staticmethod
    def is_relative(word: str) -> bool:
        """Return True for a relative pronoun (``who``, ``which``)."""
        return word.casefold() in _RELATIVE

    @staticmethod
    def is_anonymous_head(word: str) -> bool:
        """Return True for nouns that name unnamed sources (``officials``, ``sources``)."""
        return word.casefold() in _ANONYMOUS_HEADS

    @staticmethod
    def is_indefinite(word: str) -> bool:
        """Return True for determiners that make a noun phrase indefinite."""
        return word.casefold() in _INDEFINITE or word.isdigit()


@lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    """Return the shared :class:`Knowledge` (loaded on first use)."""
    return Knowledge()
