"""One entity per person or organisation across the corpus.

Each article's speakers (full names, surnames, roles) are resolved against the stored ones:

* a full name matches a speaker with the same spelling-independent key (``Dmitry Peskov`` =
  ``Дмитрий Песков``), else one with the same surname and a compatible given name
  (``Volodymyr``/``Wolodymyr``/``Vladimir``); two people who share a surname stay apart, also
  when their given names are a consonant or a gender apart (``Ivanka``/``Ivana``,
  ``Daniel``/``Daniela``); else the one person named with the same names in the other order
  (``Kovács Levente``/``Levente Kovács``: family name first);
* a surname alone matches the only person with that surname; with several it stays its own
  speaker and the candidates are recorded ("when unsure, keep apart");
* a role phrase ("Kremlin spokesman") matches the person the corpus ties that role to around
  the same date (roles are time-bound facts learned from appositions, never constants);
* a role phrase an article leaves unnamed ("the minister said") is the one person the article
  names whom the corpus gives a fitting role ("Health Minister Marie-Louise Thorsby" in another
  article), else the one person its text names with such a role, else the one person of the
  linking window whose role agrees on a name or portfolio ("the Transalpa chief"), else the one
  person of the linking window with a fitting role who speaks in another article of the same story
  ("the mayor" of a Millbrook Junction story: :mod:`onrecord.resolve.stories`), else, for a
  role of a body ("its chairman"), the person its text names next (:mod:`onrecord.resolve.lede`);
  with several it stays a role and the candidates are recorded (:mod:`onrecord.resolve.roles`
  compares roles);
* organisations match by name; a bare head noun ("the ministry") matches the only organisation
  of that kind the corpus names in full ("Health Ministry"), and stays apart when there are several;
  a bare noun still left so ("the company", "the committee") is the one body of that kind its own
  article names (:mod:`onrecord.resolve.generic`).

Surname-only and role-only speakers are folded into a full-name speaker as soon as the corpus
ties them together, so the result does not depend on the order articles arrive in. Last, a
learned scorer joins people and organisations whose names the rules could not tell were one
(:mod:`onrecord.resolve.pair_score`).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from difflib import SequenceMatcher

from onrecord.attribute.entities import ACRONYM, speaker_id
from onrecord.attribute.knowledge import knowledge
from onrecord.attribute.particles import family_name_first
from onrecord.attribute.styles import is_styled
from onrecord.model import Article, ArticleSpeaker
from onrecord.resolve.apposed import body_after_description
from onrecord.resolve.defined import defined_body
from onrecord.resolve.generic import (
    bind_generic_bodies,
    bind_organs,
    company_of,
    is_business_role,
    is_generic_body,
    is_trade,
    without_base,
)
from onrecord.resolve.given_parts import described_apart, one_part_of_given
from onrecord.resolve.glued import channel_words, masthead, without_glued_channel
from onrecord.resolve.institutions import institution_key
from onrecord.resolve.lede import named_next
from onrecord.resolve.name_clash import given_compatible
from onrecord.resolve.named_in_copy import lossy_script, name_unattributed, name_words, named_in
from onrecord.resolve.pair_score import merge_by_score
from onrecord.resolve.roles import (
    RoleShape,
    compatible,
    describes_person,
    role_shape,
    shares_detail,
    shares_word,
    spells_role,
)
from onrecord.resolve.stories import other_story, same_story
from onrecord.resolve.translit import (
    dutch_oe_as_u,
    name_key,
    same_consonants,
    same_name_but_a_consonant,
    same_name_by_ear,
    thai_letters,
    transliterate,
)
from onrecord.store import speakers as store

__all__ = [
    "ROLE_LINK_DAYS",
    "ROLE_WINDOW_DAYS",
    "bare_person_name",
    "handle_name",
    "organisation_key",
    "resolve_article_speakers",
    "role_without_style",
]

ROLE_WINDOW_DAYS = 365
ROLE_LINK_DAYS = 7  # the linking window: how far apart a role and its holder may be named
_PARTICLES = frozenset("van von de der den da di du del della la le dos das ter ten".split())
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)
# Legal forms that are not part of what an organisation is called ("Brenntal AG" is Brenntal;
# "Sdn Bhd", "Berhad", "Pte Ltd", "Tbk" of Malaysian, Singaporean and Indonesian companies;
# "A/S", "ApS", "ASA", "AB", "Oy" of Nordic ones).
_LEGAL_FORM = re.compile(
    r"[\s,]+(?:AG|SE|GmbH|KGaA|Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Ltd\.?|Limited|plc|PLC|LLC|LLP|"
    r"A/S|ApS|AS|ASA|AB|Oyj?|"
    r"S\.?A\.?|N\.?V\.?|B\.?V\.?|S\.?p\.?A\.?|OAO|OOO|PAO|ПАО|АО|ООО|"
    r"(?:Sdn\.?\s+)?(?:Berhad|Bhd\.?)|Pte\.?\s+Ltd\.?|Pty\.?\s+Ltd\.?|Tbk\.?)$"
)


def organisation_key(name: str) -> str:
    """The key of an organisation's name, without its article and legal form: a state
    institution's key by meaning, the same in every language (:func:`institution_key`), else the
    name's spelling-independent key."""
    bare = _LEGAL_FORM.sub("", _DETERMINER.sub("", name.strip()))
    return institution_key(bare) or name_key(bare)


def _legacy_key(name: str) -> str:
    """The key archives written before institution keys stored for an organisation."""
    return name_key(_LEGAL_FORM.sub("", _DETERMINER.sub("", name.strip())))


def _institution_of(conn: sqlite3.Connection, key: str) -> list[store.SpeakerRow]:
    """Stored institutions of the same kind and purpose whose name says more ("Vestrian
    Transport Ministry" for "Verkehrsministerium")."""
    words = key.split()
    return [c for c in store.organisations_by_head(conn, words[-1]) if set(words) < set(c.key.split())]


def _role_key(role: str) -> str:
    return _DETERMINER.sub("", " ".join(role.split())).casefold().replace("’", "'")


def _specific(role: str) -> bool:
    """A role that names one person at a time ("Kremlin spokesman"), not a bare title ("spokesman")."""
    return len(_role_key(role).split()) >= 2


# A possessive of a common noun before a role: "the town's mayor", "the club's manager".
_COMMON_POSSESSOR = re.compile(r"^[a-zà-ÿ][\w-]*(?:['’]s|s['’])\s")


def _relative(role: str) -> bool:
    """Whether a role as written is held relative to what its article is about ("the town's
    mayor", "the club's manager"): a possessive of a common noun before it, so that it names
    another person in each story, unlike "Tallmark's chief executive"."""
    return bool(_COMMON_POSSESSOR.match(_DETERMINER.sub("", role.strip())))


def _another_gender(stored: store.SpeakerRow, name: str, gender: str | None) -> bool:
    """Whether a stored person and a name an article gives are of two genders: each the gender an
    article gave, else its given name's ("Daniel" and "Daniela Orsk" are two people)."""
    kb = knowledge()
    words = stored.name.split()
    one = stored.gender or (kb.gender_of_given(words[0]) if words else None)
    other = gender or (kb.gender_of_given(name.split()[0]) if name.split() else None)
    return not _fits_gender(one, other)


def _short_form(a: str, b: str) -> bool:
    """Whether one given name's key is a short form of the other's, the form a person goes by
    ("Ros" of "Rosalind", "Alex" of "Alexandra"): three letters at least, the same first two,
    and the rest in the same order in the longer name, two letters shorter at least (a name one
    letter longer is another name: "Ivana" and "Ivanka")."""
    short, long = sorted((a, b), key=len)
    if len(short) < 3 or len(long) - len(short) < 2 or short[:2] != long[:2]:
        return False
    rest = iter(long[2:])
    return all(letter in rest for letter in short[2:])


# Letters after a person's name that say what they are, not who ("Rupert van der Hoek KC").
_POST_NOMINAL = re.compile(r"(?:,?\s+(?:KC|QC|SC|MP|MEP|MSP|MLA|MD|PhD|Jr\.?|Sr\.?|III|II))+$")


def _is_honorific(words: list[str]) -> bool:
    """Whether these words, as one, are a title or honorific ("Engr.", "Dato'", "Tan Sri"): the
    title list extraction reads too (``attribute/data/titles.txt``)."""
    return knowledge().is_title_phrase(words)


def bare_person_name(name: str) -> str:
    """A person's name without the titles and honorifics before it ("Secretary Achebe-Hart",
    "Rep. Anne-Marie Castellano", "Barrister Folasade Adeyemi-Cole", "Dato' Seri Harun bin
    Ismail") and the letters after it ("Rupert van der Hoek KC"); the name itself when nothing
    else would be left."""
    kb = knowledge()
    words = _POST_NOMINAL.sub("", name.strip()).split()
    while len(words) > 1 and words[0][:1].isupper() and not _given_not_title(words[0]):
        if len(words) > 2 and _is_honorific(words[:2]):
            words = words[2:]
        elif _is_honorific(words[:1]):
            words = words[1:]
        else:
            break
    if not words or kb.is_org_word(words[-1]):
        return name  # "Justice Department": a body's name, no titled person
    return " ".join(words)


def _given_not_title(word: str) -> bool:
    """Whether a word before a name is a given name, not a title: a form of address the title list
    holds as written is a title though a given name is spelled alike without its marks ("Ông",
    "Chị": the given names Ong, Chi)."""
    kb = knowledge()
    if kb.is_title(word) and word.casefold().rstrip(".'’") not in kb.given and not word.isascii():
        return False
    return kb.is_given_name(word)


# A word of a user handle: initials ("CMT"), or a run of capitalised words written as one
# ("JeanLucFerrand"); "_", "." and "-" join them ("CMT_JeanLucFerrand").
_HANDLE_PART = re.compile(r"[A-Z0-9]{2,}|(?:[A-ZÀ-Þ][a-zß-ÿ]+){2,4}")
_CAPITALISED = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+")


def handle_name(name: str) -> str | None:
    """The person's name a user handle spells ("CMT_JeanLucFerrand", "@MariaLopez" are "Jean Luc
    Ferrand", "Maria Lopez"): its run of capitalised words, without the initials of a body and the
    digits beside it, when a given name opens it; else None."""
    parts = re.split(r"[_.-]", name.removeprefix("@"))
    if " " in name or not all(_HANDLE_PART.fullmatch(p) for p in parts):
        return None
    words = [p for p in parts if not p.isupper() and not p.isdigit()]
    if len(words) != 1:
        return None
    names = _CAPITALISED.findall(words[0])
    return " ".join(names) if knowledge().is_given_name(names[0]) else None


def _from_given_name(name: str) -> str:
    """A person's name from its given name on, when the capitalised words before it are no
    names: what a title left behind ("District Attorney Marcus de la Vega") or a word a
    sentence opened with ("And Helen van der Poel"). At most three words go, and a given name
    and surname must stay."""
    kb = knowledge()
    words = name.split()
    for i in range(1, min(4, len(words) - 1)):
        if not all(_no_name(w) for w in words[:i]):
            return name
        if kb.is_given_name(words[i]) and words[i][:1].isupper():
            return " ".join(words[i:])
    return name


# Words a sentence or a heading opens with, written with a capital before a name.
_OPENERS = frozenset("and but as so yet or nor then also now with by for from".split())
# Words naming where an office is held, left in front of a name with its title ("District
# Attorney Marcus de la Vega").
_JURISDICTIONS = frozenset("district county city municipal provincial borough town parish shire".split())


def _no_name(word: str) -> bool:
    """Whether a capitalised word before a given name is no part of the name: a title, the
    place of one ("District"), or a word a sentence opens with ("And");
    any other word may be a name ("Nkemdirim Obiageli Eze", "Tan Wei Ming")."""
    kb = knowledge()
    if not (word[:1].isupper() and word.isalpha()) or kb.is_given_name(word):
        return False
    w = word.casefold()
    # A portfolio word ("Culture Ramesh Kulkarni") would qualify too, but joining such a name
    # now merges statements a day apart whose day is not found (set 13, kk-free-mon/wed).
    return w in _OPENERS or w in _JURISDICTIONS or _is_honorific([word])


def _without_titles(s: ArticleSpeaker) -> ArticleSpeaker:
    """A person's speaker under their bare name (:func:`bare_person_name`), its other forms
    likewise, except a full name with its style of honour ("Sheikh Hamad bin Rashid
    al-Qassimi": :func:`is_styled`), kept beside the bare one; an 'organisation' whose bare name
    opens with a given name ("Rep. Anne-Marie Castellano") is a person."""
    if s.kind not in {"person", "organisation"}:
        return s

    def bare(name: str) -> str:
        name = handle_name(name) or bare_person_name(name)
        return _from_given_name(name) if s.kind == "person" else name

    if bare(s.name) == s.name:
        return s
    if s.kind == "organisation" and not knowledge().starts_with_given_name(bare(s.name)):
        return s
    styled = [n for n in s.names if is_styled(n) and len(bare(n).split()) >= 2]
    names = tuple(dict.fromkeys([*(bare(n) for n in (*s.names, s.name)), *styled]))
    return replace(s, name=bare(s.name), kind="person", names=names)


def role_without_style(role: str) -> str:
    """A role phrase without the title written between it and the holder's name ("Head coach
    Chief Emeka Okafor", "club chairman Sheikh Hamad", "Minister for Fisheries Ms Ana Rua"): a
    courtesy word or style of honour at its end, or a capitalised title after a word in lower
    case; the office before it stays ("Police Chief" is one office)."""
    kb = knowledge()
    words = role.split()
    while len(words) > 1:
        last = words[-1]
        courtesy = kb.is_courtesy(last) or kb.is_style([last])
        if not (courtesy or (last[:1].isupper() and words[-2].islower() and kb.is_title(last))):
            break
        words.pop()
    return " ".join(words)


def _without_styles_in_roles(s: ArticleSpeaker) -> ArticleSpeaker:
    """An article's speaker with each role phrase without the title before the name
    (:func:`role_without_style`)."""
    roles = tuple(dict.fromkeys(role_without_style(r) for r in s.roles))
    return s if roles == s.roles else replace(s, roles=roles)


def _body_by_role(s: ArticleSpeaker) -> ArticleSpeaker:
    """A 'person' no given name opens and no gender goes with, whose every role says what kind of
    business it is ("the Ostlandic carrier Tallmark Lines"), is that organisation."""
    if (
        s.kind != "person"
        or s.gender is not None
        or not s.roles
        or knowledge().starts_with_given_name(s.name)
        or not all(is_business_role(r) for r in s.roles)
    ):
        return s
    return replace(s, kind="organisation", roles=())


def _person_of_a_body(s: ArticleSpeaker) -> ArticleSpeaker:
    """An 'organisation' whose name is a person's and the body they are of ("Dr Ines K. Marlow of
    Tarnby University", "Ines Marlow of the Kelby Institute": a title or a given name, and two
    words of a name at least, before the first "of") is that person."""
    before, of, body = s.name.partition(" of ")
    if s.kind != "organisation" or not of or not (body[:1].isupper() or body.startswith("the ")):
        return s
    words = before.split()
    bare = bare_person_name(before)
    titled = len(words) > 1 and _is_honorific(words[:1])
    if len(bare.split()) < 2 or knowledge().is_org_word(bare.split()[-1]):
        return s
    if not (titled or knowledge().starts_with_given_name(bare)):
        return s
    names = tuple(dict.fromkeys(before if n == s.name else n for n in s.names))
    return replace(s, kind="person", name=before, names=names)


def _body_by_trade(s: ArticleSpeaker) -> ArticleSpeaker:
    """A name a word for a kind of business opens ("Operator Kessler Freight", "Chipmaker
    Veltrix": the trade written before the name at a sentence's start) is the organisation the
    rest of it names."""
    words = s.name.split()
    if (
        s.kind not in {"person", "organisation"}
        or s.gender is not None
        or len(words) < 2
        or not words[0][:1].isupper()
        or not is_trade(words[0])
        or knowledge().starts_with_given_name(" ".join(words[1:]))
    ):
        return s
    rest = " ".join(words[1:])
    names = tuple(dict.fromkeys(rest if n == s.name else n for n in s.names))
    return replace(s, name=rest, kind="organisation", names=names)


# A person's full name inside a role phrase: "Health Secretary, the Rt Hon Gareth Lomax".
_NAME_IN_ROLE = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:\s+(?:(?:van|von|de|der|den|da|di|du|del|la|le)\s+)*[A-ZÀ-Þ][\w'’-]+)+")


def _role_as_name(conn: sqlite3.Connection, s: ArticleSpeaker) -> ArticleSpeaker:
    """A 'person' whose name is a role alone ("Spokesperson", "Secretary", "Wyralla Shire Mayor":
    a transcript's label, a title read as a name) is that role; or the person its role phrase
    names in full ("Health Secretary, the Rt Hon Gareth Lomax"). A word some person of the corpus
    bears as a surname ("Bishop", "Major") stays a name. A role that ends with its holder's name
    is that person (:func:`_apposed_holder`)."""
    kb = knowledge()
    words = s.name.split()
    if s.kind == "role":
        return _apposed_holder(s)
    if s.kind != "person" or not words or any(kb.is_given_name(w) for w in words):
        return s
    if not kb.is_title(words[-1]) or kb.role(s.name) is None:
        return s
    if len(words) == 1 and store.candidates_by_surname(conn, name_key(transliterate(s.name))):
        return s
    named = {bare_person_name(m.group(0)) for phrase in s.roles for m in _NAME_IN_ROLE.finditer(phrase)}
    named = {n for n in named if knowledge().starts_with_given_name(n) and len(n.split()) > 1}
    if len(named) == 1:
        name = named.pop()
        return replace(s, name=name, names=(name,))
    return replace(s, kind="role", roles=tuple(dict.fromkeys((s.name, *s.roles))))


def _apposed_body(s: ArticleSpeaker) -> ArticleSpeaker:
    """An organisation whose phrase describes it and then names it after a comma ("the club's
    kit supplier, Varro Sportswear") under the name alone (:func:`body_after_description`)."""
    if s.kind != "organisation":
        return s
    name = body_after_description(s.name)
    return s if name is None else replace(s, name=name, names=(name,))


def _apposed_holder(s: ArticleSpeaker) -> ArticleSpeaker:
    """A role whose phrase ends with the holder's full name after a comma ("chairman of the
    Cashew Growers Association, Alhaji Ibrahim Dankaro") is that person, the rest of the phrase
    their role; any other role stays one."""
    role, comma, after = s.name.rpartition(",")
    name = bare_person_name(_DETERMINER.sub("", after.strip()))
    if not comma or not _NAME_IN_ROLE.fullmatch(name):
        return s
    if not knowledge().starts_with_given_name(name) and not _apposed_name(role.strip(), name):
        return s
    return replace(s, kind="person", name=name, names=(name,), roles=(role.strip(),))


_OF_A_BODY = re.compile(r"\s(?:of|for|at)\s", re.I)


def _apposed_name(role: str, name: str) -> bool:
    """Whether capitalised words after a known office and its comma are its holder's name though
    the given name is not in the gazetteer ("head of the electoral commission, Ilvana Corescu"):
    the office already says whose it is ("of", "for", "at": the words after the comma are not the
    body, as in "chief executive, Halvern Polymers"), and they are two or three words, none a
    title, a body's word or a country."""
    kb = knowledge()
    words = name.split()
    return (
        kb.role(role) is not None
        and _OF_A_BODY.search(role) is not None
        and 2 <= len(words) <= 3
        and not any(kb.is_title(w) or kb.is_org_word(w) for w in words)
        and not kb.is_country(name)
    )


def _told_apart(conn: sqlite3.Connection, c: store.SpeakerRow, s: ArticleSpeaker, here: _Mention | None) -> bool:
    """Whether the articles that name a stored person and this mention describe two people (a
    noun of kinship, another age, another role): "Mai-Lis Orvik, the mayor" is not "her niece Lis
    Orvik, 19", though one name is a part of the other's."""
    theirs = [(body, own) for _, _, body, own in store.speaker_mentions(conn, c.id)]
    ours = [(here[2] or "", s)] if here is not None else [("", s)]
    return described_apart(theirs, ours)


def _person(conn: sqlite3.Connection, s: ArticleSpeaker, day: str | None, here: _Mention | None = None) -> str:
    if _LEGAL_FORM.search(s.name):
        return _organisation(conn, s)  # "Halvern Polymers Inc." is no person
    if _initials_of_a_body(conn, s):
        return _organisation(conn, s)  # "ECB" read as a person: the body another article spells out
    name = transliterate(s.name)
    own, _, father = _PATRONYMIC.sub(" bin ", name).partition(" bin ")
    key = name_key(own + " " + father if father else s.name)  # (in its own letters: Оуэн = Owen)
    parts = key.split()
    # "Harun bin Ismail Rahmat" is "Harun" alone: a Malay name goes by the name before "bin"
    surname = (name_key(own).split() or parts)[-1] if father else (parts[-1] if parts else key)
    if len(parts) == 2 and _GLUED_INITIAL.fullmatch(s.name.strip()):
        initialled = _by_initial_and_name(conn, s.name, s.gender, parts)
        if initialled is not None:
            return initialled  # "Г.Саран": the Saran Ganbaatar another article names in full
    if parts and not _is_full(name):
        parts = [surname]  # "van der Hoek", "O'Rourke": a surname with its particles, no given name
    if not knowledge().starts_with_given_name(s.name):
        if institution_key(s.name) is not None:
            return _organisation(conn, s)  # "Verkehrsministerium": an institution, whoever read it as a name
        organisation = store.candidates_by_key(conn, "organisation", organisation_key(s.name))
        if organisation and s.gender is None and not s.roles:
            return organisation[0].id  # a name no given name starts, known as an organisation
        if _a_company_by_its_short_name(conn, s):
            return _organisation(conn, s)  # "Marrick Assurance", whom the corpus calls "Marrick"
    if len(parts) >= 2:
        exact = store.candidates_by_key(conn, "person", key)
        if exact:
            _take_back(conn, s, exact[0].id)
            return exact[0].id
        known = _named_so_elsewhere(conn, s.name, key, s.gender)
        if known is not None:
            return known  # "Corinna Blackwood-Lee": the "Vessa" another article gave this real name
        titled = _under_unlisted_title(conn, s)
        if titled is not None:
            return titled  # "Superintendent Mira Olsen": the Mira Olsen another article names
        if not knowledge().is_given_name(s.name.split()[0]):
            longer = _longer_names(conn, s.name, key, s.gender)
            if len(longer) == 1:
                return longer[0]  # "Fernández Arriaga", "Dankaro Bello": a surname of two words
        same = store.candidates_by_surname(conn, surname)
        full = [c for c in same if _is_full(c.name)]
        compatible = [
            c
            for c in full
            if (
                given_compatible(c.key.split()[0], parts[0])
                or _short_form(c.key.split()[0], parts[0])
                or (one_part_of_given(c.name, s.name) and not _told_apart(conn, c, s, here))
            )
            and not (father and _PATRONYMIC.search(c.name))
            and not _another_gender(c, s.name, s.gender)
        ]
        if len(compatible) == 1:
            return compatible[0].id
        near = _near_spelling(conn, s.name, parts) if not compatible else None
        if near is not None:
            _key_by_latin(conn, near, s.name, key, surname)
            return near
        extended = _second_surname(conn, parts) if not compatible else None
        if extended is not None:
            return extended
        reordered = _in_other_order(conn, s.name, parts, s.gender) if not compatible else None
        if reordered is not None:
            return reordered  # "Levente Kovács": the "Kovács Levente" a Hungarian paper names
        company = company_of(conn, s.name, key) if not full and s.gender is None and not s.roles else None
        if company is not None:
            return company  # "Irish Ports said": the Irish Ports and Shipping Council
        new_id = speaker_id("person", name)
        store.upsert_speaker(conn, store.SpeakerRow(new_id, s.name, "person", key, surname, s.gender))
        _take_back(conn, s, new_id)
        _fold_unlisted_titles(conn, s, new_id)
        _fold_initialled(conn, new_id, parts)
        if not full:
            for single in (c for c in same if not _is_full(c.name)):
                if None not in {single.gender, s.gender} and single.gender != s.gender:
                    continue  # "Mr. Varnell" is not the "Michelle Varnell" named later
                store.merge_speaker(conn, single.id, new_id, f"surname {surname} now has a full name")
        for single in store.candidates_by_key(conn, "person", parts[0]):
            if (
                single.id != new_id
                and not any(_is_full(c.name) for c in store.candidates_by_surname(conn, parts[0]))
                and _family_name_first(conn, single.name, single.key) == new_id
            ):
                store.merge_speaker(conn, single.id, new_id, f"{single.name} is the family name of {s.name}")
        if not full:
            spelled = [c for c in _near_surnames(conn, s.name, surname) if c.id != new_id]
            if len(spelled) == 1 and not _is_full(spelled[0].name):
                # "Pärn" read before "Анна-Лийса Пярн": the only surname spelled so, and no full name has it
                store.merge_speaker(conn, spelled[0].id, new_id, f"{spelled[0].name} is {s.name}, spelled another way")
        return new_id
    real = _real_name(conn, s)
    if real is not None:
        return real  # "Vessa, real name Corinna Blackwood-Lee": the person another article names in full
    full = [c for c in store.candidates_by_surname(conn, surname) if _is_full(c.name)]
    if len(full) == 1 and (None in {full[0].gender, s.gender} or full[0].gender == s.gender):
        return full[0].id  # not "Mr. Varnell" for the "Michelle Varnell" another article names
    near = _near_spelling(conn, s.name, [surname]) if not full else None
    if near is not None:
        return near  # "Pärn" of the "Анна-Лийса Пярн" another article named
    if len(full) > 1 and s.gender is not None:
        # "Obama ... he": of Barack and Michelle Obama, the one whose gender fits
        fitting = [c for c in full if c.gender == s.gender]
        if len(fitting) == 1 and all(c.gender is not None for c in full):
            return fitting[0].id
    first = _family_name_first(conn, s.name, key) if not full else None
    if first is not None:
        return first
    paternal = _first_of_two_surnames(conn, s.name, key, s.gender, [here] if here else ()) if not full else None
    if paternal is not None:
        return paternal  # "De la Olmeda" of the "Anselmo de la Olmeda Urquiola" another article names
    company = company_of(conn, s.name, key) if s.gender is None and not s.roles else None
    if not full and company is not None:  # "Mr. Obama", "President Obama": a person, not the Obama administration
        return company  # "Calderan said": the Calderan Therapeutics the corpus names in full
    ending = _body_ending(conn, s.name, key) if not full and s.gender is None and not s.roles else None
    if ending is not None:
        return ending  # "Voices": the last word of the "Harrow Voices" another article names, the rest lost
    single_id = speaker_id("person", name)
    store.upsert_speaker(conn, store.SpeakerRow(single_id, s.name, "person", key, surname, s.gender))
    for candidate in full:
        conn.execute(
            "INSERT OR IGNORE INTO speaker_candidates(speaker_id, candidate_id, reason) VALUES (?, ?, ?)",
            (single_id, candidate.id, f"shares the surname {s.name}"),
        )
    return single_id


# The word that joins a Malay name to the father's ("Ahmad Faiz bin Rahmat").
_PATRONYMIC = re.compile(r"\s+(?:bin|binti|binte|bte)\s+")


def _key_of(name: str) -> str:
    return name_key(transliterate(bare_person_name(name)))


def _body_ending(conn: sqlite3.Connection, word: str, key: str) -> str | None:
    """The one organisation, no state institution, whose name of two words or more ends with
    this word, for a word of four letters or more that is no given name and no word for a kind of
    body: a body's name that an article in another language kept only the end of ("associação
    Harrow Voices" read as "Voices"); else None."""
    kb = knowledge()
    if len(key) < 4 or " " in key or kb.is_given_name(word) or kb.is_org_word(word):
        return None
    found = [c for c in store.organisations_by_head(conn, key) if institution_key(c.name) is None]
    return found[0].id if len(found) == 1 else None


def _named_so_elsewhere(conn: sqlite3.Connection, written: str, key: str, gender: str | None) -> str | None:
    """The one person stored under another name whom an article also named with this full name
    (a stage name, a name one goes by: "Vessa, real name Corinna Blackwood-Lee"), of a gender
    that fits; else None."""
    found = {
        row.id
        for row, form in store.people_named_ending(conn, written.split()[-1])
        if row.key != key and _fits_gender(row.gender, gender) and _key_of(form) == key
    }
    return found.pop() if len(found) == 1 else None


def _real_name(conn: sqlite3.Connection, s: ArticleSpeaker) -> str | None:
    """The one person stored under the full name an article gives a person it calls by one
    word ("Vessa", "real name Corinna Blackwood-Lee"): when its names hold one full name, opening
    with a given name, and the corpus has one person of that name; else None."""
    kb = knowledge()
    keys = {_key_of(n) for n in s.names if len(n.split()) >= 2 and kb.starts_with_given_name(n)}
    if len(s.name.split()) != 1 or len(keys) != 1:
        return None
    found = [c for c in store.candidates_by_key(conn, "person", keys.pop()) if _fits_gender(c.gender, s.gender)]
    return found[0].id if len(found) == 1 else None


def _longer_names(conn: sqlite3.Connection, written: str, key: str, gender: str | None) -> list[str]:
    """The people named in full with more words before these ("Luisa Fernández Arriaga" for
    "Fernández Arriaga", "Eoin Mac Giolla" for "Mac Giolla"), of a gender that fits."""
    size = len(key.split())
    found = set()
    for row, form in store.people_named_ending(conn, written.split()[-1]):
        words = _key_of(form).split()
        if (
            len(words) > size
            and " ".join(words[-size:]) == key
            and _is_full(form)
            and (gender is None or row.gender is None or row.gender == gender)
        ):
            found.add(row.id)
    return sorted(found)


# A mention of a speaker in one article: (the article's id, its language, its body, the speaker
# as the article names it).
_Mention = tuple[str, str | None, str, ArticleSpeaker]
# The particles of Spanish and Portuguese (and Catalan, Galician) surnames ("de la Vereda", "dos
# Santos", "Puig i Soler"), and the languages whose papers write two surnames and call a person
# by the first alone.
_TWO_SURNAME_PARTICLES = frozenset("de del la las los da das do dos y i e".split())
_TWO_SURNAME_LANGUAGES = frozenset({"es", "pt", "ca", "gl"})
_ROLE_FILLER = frozenset("the a an of at for and in on to from with its his her their".split())


def _with_particle(name: str) -> bool:
    """Whether a name holds a particle of Spanish or Portuguese surnames after its first word."""
    return any(w.casefold() in _TWO_SURNAME_PARTICLES for w in name.split()[1:])


def _called_by_first_surname(s: ArticleSpeaker) -> bool:
    """Whether an article names a person of three words or more by the word before the last
    alone ("Anselmo Velarde Ondarreta" ... "Velarde said")."""
    words = s.name.split()
    return len(words) >= 3 and any(n.split() == [words[-2]] for n in s.names)


def _two_surname_custom(conn: sqlite3.Connection, full_name: str, mentions: Iterable[_Mention]) -> bool:
    """Whether a full name shows the custom of two surnames: a particle in it ("de la Vereda"), an
    article in Spanish, Portuguese, Catalan or Galician, or an article that names another person
    with such a particle or by the first of two surnames alone."""
    if _with_particle(full_name):
        return True
    for article_id, language, _body, own in mentions:
        if (language or "")[:2].casefold() in _TWO_SURNAME_LANGUAGES:
            return True
        others = [t for t in store.article_speakers(conn, article_id) if t.local_id != own.local_id]
        if any(
            t.kind == "person" and _is_full(t.name) and (_with_particle(t.name) or _called_by_first_surname(t))
            for t in others
        ):
            return True
    return False


def _role_words(roles: Iterable[str]) -> set[str]:
    words = (w.strip(".,'’()\"").removesuffix("'s") for r in roles for w in _role_key(r).split())
    return set(words) - _ROLE_FILLER - {""}


def _other_roles(a: Iterable[_Mention], b: Iterable[_Mention]) -> bool:
    """Whether two sets of mentions give their speakers roles or organisations (both of them) that
    share no word ("Senator" and "the Rovers goalkeeper")."""
    first = _role_words(r for m in a for r in m[3].roles)
    second = _role_words(r for m in b for r in m[3].roles)
    return bool(first) and bool(second) and not first & second


def _first_of_two_surnames(
    conn: sqlite3.Connection,
    written: str,
    key: str,
    gender: str | None,
    mentions: Iterable[_Mention] = (),
    also: dict[str, list[_Mention]] | None = None,
) -> str | None:
    """The one person named in full whose surname these words open, one more surname after them
    ("Velarde" or "de la Vereda" of "Teodoro de la Vereda Ondarreta": Spanish and Portuguese names carry two
    surnames, and papers call a person by the first alone), of a gender that fits: for words no
    given name opens, which no person named in full bears as the surname they end with; else None.

    Only where the full name shows that custom (:func:`_two_surname_custom`), some mention shows a
    gender (both may be people of no known sex: a footballer "Thornbury" and a senator "Margaret
    Thornbury Hale"), and the articles give the two no other roles. ``mentions`` are those of the
    words, ``also`` mentions of the people named in full not stored yet."""
    kb = knowledge()
    words = key.split()
    bare = [w for w in written.split() if w.casefold() not in _PARTICLES]
    if not words or len(key.replace(" ", "")) < 4 or not bare or kb.is_given_name(bare[0]):
        return None
    mentions = list(mentions)
    found = []
    for c in store.people_with_name_words(conn, key):
        names = c.key.split()
        if not (
            names[-len(words) - 1 : -1] == words
            and len(names) >= len(words) + 2
            and kb.starts_with_given_name(c.name)
            and not kb.is_given_name(c.name.split()[-1])
            and _fits_gender(c.gender, gender)
        ):
            continue
        full = store.speaker_mentions(conn, c.id) + (also or {}).get(c.id, [])
        genders = {c.gender, gender} | {m[3].gender for m in (*full, *mentions)}
        if genders == {None} or _other_roles(full, mentions):
            continue
        if _two_surname_custom(conn, c.name, [*full, *mentions]):
            found.append(c.id)
    return found[0] if len(found) == 1 else None


def _fold_shorter(conn: sqlite3.Connection, s: ArticleSpeaker, person_id: str, here: _Mention | None = None) -> None:
    """Fold into a person named in full the speakers other articles made of the last words of the
    name alone ("Dankaro Bello" read before "Musa Dankaro Bello"), when no one else is named so."""
    parts = _key_of(s.name).split()
    for i in range(1, len(parts) - 1):
        for short in store.candidates_by_key(conn, "person", " ".join(parts[i:])):
            if (
                short.id != person_id
                and not knowledge().is_given_name(short.name.split()[0])
                and _longer_names(conn, short.name, short.key, short.gender) == [person_id]
            ):
                store.merge_speaker(conn, short.id, person_id, f"{short.name} is {s.name}")
        for short in store.candidates_by_key(conn, "person", " ".join(parts[i:-1])):
            if (
                short.id != person_id
                and not _is_full(short.name)
                and not any(_is_full(c.name) for c in store.candidates_by_surname(conn, short.surname_key or ""))
                and _first_of_two_surnames(
                    conn,
                    short.name,
                    short.key,
                    short.gender,
                    store.speaker_mentions(conn, short.id),
                    {person_id: [here]} if here is not None else None,
                )
                == person_id
            ):
                store.merge_speaker(conn, short.id, person_id, f"{short.name} is the first surname of {s.name}")


def _unlisted_title(words: list[str], name: list[str]) -> bool:
    """Whether the one or two capitalised words before a full name are a title or form of address
    no lexicon lists ("Superintendent", "Chị"): no given name on the list as written, no particle,
    and a given name opens the name after them."""
    kb = knowledge()
    return (
        0 < len(words) <= 2
        and _is_full(" ".join(name))
        and kb.starts_with_given_name(" ".join(name))
        and all(w[:1].isupper() and w.isalpha() and w.casefold() not in kb.given for w in words)
        and not any(w.casefold() in _PARTICLES for w in words)
    )


def _fits_gender(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _under_unlisted_title(conn: sqlite3.Connection, s: ArticleSpeaker) -> str | None:
    """The one person the corpus names in full by this name without the one or two words before it,
    when they are a title no lexicon lists ("Superintendent Mira Olsen" is the "Mira Olsen" another
    article names: :func:`_unlisted_title`); else None."""
    words = s.name.split()
    found: set[str] = set()
    for k in (1, 2):
        if _unlisted_title(words[:k], words[k:]):
            rest = _key_of(" ".join(words[k:]))
            found |= {c.id for c in store.candidates_by_key(conn, "person", rest) if _fits_gender(c.gender, s.gender)}
    return found.pop() if len(found) == 1 else None


def _fold_unlisted_titles(conn: sqlite3.Connection, s: ArticleSpeaker, person_id: str) -> None:
    """Fold into a person just named in full the one person other articles named so with a title
    no lexicon lists before the name ("Superintendent Mira Olsen" read before "Mira Olsen")."""
    words = s.name.split()
    key = _key_of(s.name)
    found = {
        row.id
        for row, form in store.people_named_ending(conn, words[-1])
        if row.id != person_id
        and _fits_gender(row.gender, s.gender)
        and 0 < len(form.split()) - len(words) <= 2
        and _unlisted_title(form.split()[: len(form.split()) - len(words)], form.split()[-len(words) :])
        and _key_of(" ".join(form.split()[-len(words) :])) == key
    }
    if len(found) == 1:
        longer = found.pop()
        store.merge_speaker(conn, longer, person_id, f"{s.name} is named with a title before")


def _near_spelling(conn: sqlite3.Connection, written: str, parts: list[str]) -> str | None:
    """The one person with the same given names (any, for a surname alone) whose surname another
    script or alphabet spells a letter differently ("Anna-Liisa Pärn", "Анна-Лийса Пярн": "parn",
    "piarn"), or None. Only for names one of which was written with letters beyond ASCII, where
    transliteration varies."""
    surname = parts[-1]
    if len(surname) < 4 and len(parts) == 1:
        return None
    candidates = (
        _same_first_or_surname_letter(conn, parts) if len(parts) > 1 else _near_surnames(conn, written, surname)
    )
    heard = name_key(transliterate(thai_letters(written))).split()
    if len(parts) > 1 and heard != parts:
        # Thai and Lao letters read as the foreign name they spell (เคลเลอ: a k, not the kh romanised)
        known = {c.id for c in candidates}
        candidates += [c for c in _same_first_or_surname_letter(conn, heard) if c.id not in known]
    found = [
        c
        for c in candidates
        if _is_full(c.name)
        and (
            (
                len(surname) >= 4
                and (len(parts) == 1 or c.key.split()[:-1] == parts[:-1])
                and _near(conn, c, written, surname)
            )
            or (len(parts) > 1 and _by_ear(conn, c, written, parts))
        )
    ]
    return found[0].id if len(found) == 1 else None


# an initial glued to one name by its full stop, as Mongolian papers write a person ("Г.Саран")
_GLUED_INITIAL = re.compile(r"[^\W\d_]\.[^\W\d_][^\W\d_'’-]+")


def _by_initial_and_name(conn: sqlite3.Connection, name: str, gender: str | None, parts: list[str]) -> str | None:
    """The one person named in full whom an initial and one name stand for, either way round:
    the Mongolian style, the initial of the father's name before the given name ("Г.Саран" of
    "Saran Ganbaatar", "D.Nomin" of "Nomin Dashdorj"), or the Russian, the given name's
    initial before the surname ("А. Веллер" of "Anton Weller"); of no other gender. None when
    no one or several fit."""
    initial, word = parts
    given_first = [
        c for c in store.people_by_first_word(conn, word) if len(c.key.split()) >= 2 and c.key.split()[1][:1] == initial
    ]
    surname_last = [
        c
        for c in store.candidates_by_surname(conn, word)
        if c.kind == "person" and len(c.key.split()) >= 2 and c.key.split()[0][:1] == initial
    ]
    found = {
        c.id: c
        for c in (*given_first, *surname_last)
        if len(c.key.split()[0]) > 1 and not _another_gender(c, name, gender)  # (not one read so too)
    }
    return next(iter(found)) if len(found) == 1 else None


def _fold_initialled(conn: sqlite3.Connection, person_id: str, parts: list[str]) -> None:
    """Fold into a person just named in full the one read before by an initial glued to one name
    (:func:`_by_initial_and_name`: "Г.Саран" read before "Saran Ganbaatar")."""
    if len(parts) < 2:
        return
    for key in {f"{parts[1][:1]} {parts[0]}", f"{parts[0][:1]} {parts[-1]}"}:
        for c in store.candidates_by_key(conn, "person", key):
            if (
                c.id != person_id
                and _GLUED_INITIAL.fullmatch(c.name.strip())
                and _by_initial_and_name(conn, c.name, c.gender, c.key.split()) == person_id
            ):
                store.merge_speaker(conn, c.id, person_id, f"{c.name} is an initial and a name of it")


def _key_by_latin(conn: sqlite3.Connection, person_id: str, written: str, key: str, surname: str) -> None:
    """Key a person first named in another script by the Latin spelling that joined it by ear
    ("Agnes Marrow" of "Агнес Мароў"), the spelling the corpus's other names of it ("Minister
    Agnes Marrow") are looked up by."""
    row = store.get_speaker(conn, person_id)
    if row is not None and not _OTHER_SCRIPT.search(written) and _OTHER_SCRIPT.search(row.name):
        store.upsert_speaker(conn, store.SpeakerRow(row.id, row.name, row.kind, key, surname, row.gender))


def _same_first_or_surname_letter(conn: sqlite3.Connection, parts: list[str]) -> list[store.SpeakerRow]:
    """People with the given name of ``parts``, and those whose surname opens with its letter:
    whom a name written by ear may be (:func:`_by_ear`)."""
    found = {c.id: c for c in store.people_by_first_word(conn, parts[0])}
    for c in store.people_by_first_word(conn, parts[-1][:1], surname=True):
        found.setdefault(c.id, c)
    return list(found.values())


def _by_ear(conn: sqlite3.Connection, c: store.SpeakerRow, written: str, parts: list[str]) -> bool:
    """Whether ``c`` has the given name of ``parts`` and a surname with the same consonants, or
    a whole name the ear keeps the same (:func:`same_name_by_ear`: "Jean-Marc Atallah", "Жан-Марк
    Аталла") or but a surname's consonant apart (:func:`same_name_but_a_consonant`), one of the
    two written in another script (Cyrillic, Greek, Arabic, Devanagari, ...)
    and the other, or a form of it, not ("Ingrid Solheim-Aas", "Ингрид Сульхейм-Ос"): another
    script writes a foreign name by ear."""
    words = c.key.split()
    forms = store.speaker_forms(conn, c.id)
    # which scripts' ears to hear the name with: those the name or one of its forms is written in
    ears = {ear: any(script.search(w) for w in (written, *forms)) for ear, script in _EARS.items()}
    if len(words) < 2 or not (
        (words[0] == parts[0] and same_consonants(" ".join(words[1:]), " ".join(parts[1:])))
        or same_name_by_ear(c.key, " ".join(parts), **ears)
        or same_name_but_a_consonant(c.key, " ".join(parts))
        or _same_in_thai_letters(written, parts, c.key, forms)
        or _heard_in_full(written, c.name)
    ):
        return False
    # (one form of the candidate is enough: a person named in English and Hebrew is heard in Tamil)
    other = bool(_OTHER_SCRIPT.search(written))
    return any(bool(_OTHER_SCRIPT.search(f)) != other for f in (c.name, *forms))


def _heard_in_full(written: str, name: str) -> bool:
    """Whether a name written in another script is ``name`` word for word as the ear keeps it
    across scripts (:func:`~onrecord.resolve.named_in_copy.named_in`: letters scripts confuse
    folded, a surname's final r left unwritten, as Thai and Lao spell a surname in -er)."""
    heard = name_words(transliterate(thai_letters(written)))
    return len(heard) == len(name_words(name)) and named_in(
        name, heard, lossy=lossy_script(written) or lossy_script(name)
    )


def _same_in_thai_letters(written: str, parts: list[str], key: str, forms: list[str]) -> bool:
    """Whether a name and a stored person's name are one, one of the two written in Thai, read
    from the letters Thai spelled it with (:func:`thai_letters`: the silenced letters kept, the
    aspirated k a k): "Nils Akeland", "นีลส์ อาเคอลันด์"."""
    if _THAI.search(written):
        return same_name_by_ear(key, name_key(thai_letters(written)), thai=True)
    return any(
        same_name_by_ear(name_key(thai_letters(f)), " ".join(parts), thai=True) for f in forms if _THAI.search(f)
    )


# Scripts that write a foreign name by ear, every one :func:`transliterate` reads: Greek, Cyrillic,
# Armenian, Hebrew, Arabic, Devanagari and the other scripts of India, Sinhala, Thai, Lao, Georgian,
# Ethiopic, Canadian syllabics, katakana, Hangul
_OTHER_SCRIPT = re.compile(
    r"[\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e01-\u0e4e"
    r"\u0e81-\u0ece\u10a0-\u10ff\u1c90-\u1cbf\u1200-\u137f\u1400-\u167f\u30a0-\u30ff\uac00-\ud7a3]"
)
# the abjads, which write no short vowel: Arabic script and Hebrew
_ABJAD = re.compile(r"[\u0590-\u06ff]")
_TAMIL = re.compile(r"[\u0b80-\u0bff]")
_SYLLABICS = re.compile(r"[\u1400-\u167f]")
_KATAKANA = re.compile(r"[\u30a0-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# the keyword of :func:`same_name_by_ear` for each script that hears names its own way
_EARS = {"abjad": _ABJAD, "kana": _KATAKANA, "hangul": _HANGUL, "voiceless": _TAMIL, "syllabics": _SYLLABICS}
_THAI = re.compile(r"[\u0e01-\u0e4e]")


def _second_surname(conn: sqlite3.Connection, parts: list[str]) -> str | None:
    """The one person named with the same first name and the other names in the same order, one
    or two more or fewer, at the end or between ("Marisol de la Fuente" / "Marisol de la Fuente
    Olmos": Spanish and Portuguese papers give the second surname, others leave it out; "Rana
    Tariq" / "Rana Muhammad Tariq Bhatti": two of four names); else None."""
    kb = knowledge()
    found = []
    for c in store.people_by_first_word(conn, parts[0]):
        shorter, longer = sorted((c.key.split(), parts), key=len)
        if (
            len(shorter) >= 2
            and 1 <= len(longer) - len(shorter) <= 2
            and _names_within(shorter, longer)
            and (not kb.is_given_name(shorter[-1]) or not _surname_of_another(conn, shorter[-1], c.id))
        ):
            found.append(c)
    return found[0].id if len(found) == 1 else None


def _in_other_order(conn: sqlite3.Connection, written: str, parts: list[str], gender: str | None) -> str | None:
    """The one person named in full with these names in the other order: the family name first
    ("Kovács Levente", "Wei Lanfang", "Kim Min-jun", as Hungarian, Chinese and Korean names are
    written) or last ("Levente Kovács"), a Vietnamese middle name left out when the family name
    moves ("Nguyen Van Long", "Long Nguyen": :func:`_family_moved`), of a gender that fits; only
    when a word of the two names is no given name, so that a family name shows ("Martin Rose" and
    "Rose Martin" are two people); else None."""
    kb = knowledge()
    if len(parts) < 2:
        return None
    found = {
        c.id
        for first in dict.fromkeys((parts[-1], parts[1]))
        for c in store.people_by_first_word(conn, first)
        if c.key.split() != parts
        and _is_full(c.name)
        and _fits_gender(c.gender, gender)
        and (_family_moved(c.key.split(), parts) or _family_moved(parts, c.key.split()))
        and not all(kb.is_given_name(w) for w in (*written.split(), *c.name.split()))
    }
    return found.pop() if len(found) == 1 else None


def _family_moved(family_first: list[str], other: list[str]) -> bool:
    """Whether ``other`` is a name written family name first with the family name moved to the
    end ("kovaks levente", "levente kovaks"; "kim min iun", "min iun kim"), or, for a name of three
    words or more, its last word then its first ("nguien van long", "long nguien")."""
    return other == family_first[1:] + family_first[:1] or (
        len(family_first) >= 3 and other == [family_first[-1], family_first[0]]
    )


def _names_within(shorter: list[str], longer: list[str]) -> bool:
    """Whether the longer name opens with the shorter's first word and holds its other words in
    the same order."""
    rest = iter(longer[1:])
    return shorter[0] == longer[0] and all(word in rest for word in shorter[1:])


def _surname_of_another(conn: sqlite3.Connection, surname: str, person_id: str) -> bool:
    """Whether a person named in full other than ``person_id`` bears this surname: then "Haris
    Ali" may be an Ali, not the "Haris Ali Qureshi" of another article."""
    return any(c.id != person_id and _is_full(c.name) for c in store.candidates_by_surname(conn, surname))


def _family_name_first(conn: sqlite3.Connection, word: str, key: str) -> str | None:
    """The one person named in full whose name opens with this word, when no one bears it as a
    surname: a family name written first ("Takeda" of "Takeda Ryoichi") or a first surname alone,
    for a word that is no given name; a word that may be a given name too ("Lee", "Kim") only
    for a name whose shape shows the family name first ("Lee Jae-won": :func:`family_name_first`);
    else None."""
    if not key:
        return None
    found = [c for c in store.people_by_first_word(conn, key) if _is_full(c.name)]
    if len(found) != 1:
        return None
    if family_name_first(found[0].name) or (len(key) >= 3 and not knowledge().is_given_name(word)):
        return found[0].id
    return None


def _near(conn: sqlite3.Connection, c: store.SpeakerRow, written: str, surname: str) -> bool:
    """Whether ``c``'s surname is this one as another alphabet spells it: alike (four fifths of the
    letters), no more than two letters longer or shorter ("Pärn", "Пярн": "parn", "piarn"; not
    "Kowal", "Ковальчик": a letter changes, a syllable is no spelling), one of the two written
    with letters beyond ASCII; not one that is the other with a consonant more at its end, a name
    of its own ("Owens" and "Оуэн", "Petrov" and "Петро", "Roland" and "Ролан"; an h, and the g of
    an ng one letter of another script writes, "Gurung" and "गुरुङ", are no consonant more)."""
    other = c.surname_key or c.key.split()[-1]
    if (surname == dutch_oe_as_u(c.name) or other == dutch_oe_as_u(written)) and not (
        written.isascii() and all(form.isascii() for form in store.speaker_forms(conn, c.id))
    ):
        return True  # "Snoek" and "Снук": a Dutch oe is said u
    shorter, longer = sorted((other, surname), key=len)
    extra = longer[len(shorter) :] if longer.startswith(shorter) else ""
    return (
        other != surname
        and not (re.search(r"[^aeiouyh]", extra) and not (shorter.endswith("n") and extra == "g"))
        and abs(len(other) - len(surname)) <= 2
        and SequenceMatcher(None, other, surname).ratio() >= 0.8
        and not (written.isascii() and all(form.isascii() for form in store.speaker_forms(conn, c.id)))
    )


def _near_surnames(conn: sqlite3.Connection, written: str, surname: str) -> list[store.SpeakerRow]:
    """People whose surname is ``surname`` spelled another way (see :func:`_near_spelling`)."""
    if len(surname) < 4:
        return []
    return [c for c in store.people_by_first_word(conn, surname[0], surname=True) if _near(conn, c, written, surname)]


def _is_full(name: str) -> bool:
    """Whether a person's name holds a given name, not only a surname with its particles
    ("van Hoorn", "O'Rourke", "de Saint-Aubin" are surnames; "Rachel van Hoorn" is a full name;
    katakana sets its words apart with a middle dot, "マルタ・ベルグルンド")."""
    words = transliterate(name).split()
    while words and words[0].casefold() in _PARTICLES:
        words = words[1:]
    return len(words) >= 2


def _take_back(conn: sqlite3.Connection, s: ArticleSpeaker, person_id: str) -> None:
    """A person this article shows to be one (a gender or a role) takes back the organisation
    another article made of the same name ("Bernie Sanders" read as "the group")."""
    if s.gender is None and not s.roles:
        return
    for taken in store.candidates_by_key(conn, "organisation", organisation_key(s.name)):
        if institution_key(taken.name) is None and not _LEGAL_FORM.search(taken.name):
            store.merge_speaker(conn, taken.id, person_id, f"{s.name} is a person")


def _a_company_by_its_short_name(conn: sqlite3.Connection, s: ArticleSpeaker) -> bool:
    """Whether a 'person' of two words or more that no given name opens, with no gender and no
    role, is a company: the corpus names an organisation by its first word alone ("a Marrick
    spokeswoman" of "Marrick Assurance", :func:`_short_name`), or it is a body by its initials
    (three letters at least, :func:`_initials_forms`): its article writes them beside it, or the
    corpus names an organisation by them."""
    words = s.name.split()
    if len(words) < 2 or s.gender is not None or s.roles or knowledge().starts_with_given_name(s.name):
        return False
    initials = [form for form in _initials_forms(s.name) if len(form) >= 3]
    if any(form in s.names for form in initials):
        return True  # "the Upland Fisheries Office (UFO)": its article writes its initials
    if any(b.name == f for f in initials for b in store.candidates_by_key(conn, "organisation", organisation_key(f))):
        return True  # a body the corpus names by its initials
    return _short_name(words[0]) and any(
        _short_name(b.name) for b in store.candidates_by_key(conn, "organisation", organisation_key(words[0]))
    )


def _companies_read_as_people(conn: sqlite3.Connection, name: str, key: str) -> list[store.SpeakerRow]:
    """The 'people' of the corpus an organisation's short name shows to be that company: names of
    two words or more that no given name opens, with no gender and no role (:func:`_a_person`),
    whose first word is this short name ("Marrick" of "Marrick Assurance",
    :func:`_short_name`), or, for an acronym of three letters or more, whose initials it is."""
    if ACRONYM.fullmatch(name) and len(name) >= 3:
        rows = [r for r in store.people_by_initial(conn, name[0]) if name in _initials_forms(r.name)]
    elif _short_name(name):
        rows = store.people_by_first_word(conn, key)
    else:
        return []
    return [
        r
        for r in rows
        if len(r.name.split()) >= 2 and not knowledge().starts_with_given_name(r.name) and not _a_person(conn, r)
    ]


def _as_body(conn: sqlite3.Connection, row: store.SpeakerRow) -> str:
    """Store a speaker taken for a person as the organisation it is; return the organisation's id."""
    oid = speaker_id("organisation", row.name)
    store.upsert_speaker(conn, store.SpeakerRow(oid, row.name, "organisation", organisation_key(row.name), None, None))
    store.merge_speaker(conn, row.id, oid, f"{row.name} is an organisation")
    return oid


def _a_person(conn: sqlite3.Connection, row: store.SpeakerRow) -> bool:
    """Whether a stored speaker shows it is a person: a gender, or a role some article gave it."""
    return row.kind == "person" and (row.gender is not None or store.has_role(conn, row.id))


def _role(conn: sqlite3.Connection, s: ArticleSpeaker, day: str | None) -> str:
    role = _role_key(s.name)
    if _specific(role) and not _relative(s.name):
        holders = store.role_holders(conn, role, day, ROLE_WINDOW_DAYS)
        if len(holders) == 1:
            return holders[0]
    rid = speaker_id("role", role)
    store.upsert_speaker(
        conn, store.SpeakerRow(rid, _DETERMINER.sub("", s.name), "role", name_key(role), None, s.gender)
    )
    return rid


# What follows an organisation's name in an apposition: "Competition and Consumer Board (CCB),
# Marrenland's antitrust watchdog" is the Competition and Consumer Board.
_ORGANISATION_TAIL = re.compile(r"\s*(?:\([^()]*\))?\s*(?:,.*)?$")


def _without_kind_word(name: str) -> str | None:
    """An organisation's name without the word for its kind at the end ("Ardley Water" of
    "Ardley Water Company"), when two words at least are left; else None."""
    words = _LEGAL_FORM.sub("", _DETERMINER.sub("", name.strip())).split()
    if len(words) < 3 or not knowledge().is_org_word(words[-1]):
        return None
    return " ".join(words[:-1])


def _kind_word_less_forms(name: str) -> list[str]:
    """An organisation's shorter names: without the word for its kind at the end ("Ardley Water"
    of "Ardley Water Company"), and, when the words before that word end in a word for a kind of
    body themselves, without the two ("Harwick Athletic" of "Harwick Athletic Football Club")."""
    less = _without_kind_word(name)
    if less is None:
        return []
    words = less.split()
    kb = knowledge()
    if len(words) >= 3 and not kb.is_org_word(words[-1]) and kb.is_org_word(words[-2]):
        return [less, " ".join(words[:-1])]
    return [less]


def _kind_word_more(conn: sqlite3.Connection, key: str) -> list[store.SpeakerRow]:
    """The organisations, no state institutions, named with these words and the word for their
    kind after them ("Ardley Water Company" for "Ardley Water", "Harwick Athletic Football Club"
    for "Harwick Athletic")."""
    found = []
    for c in store.organisations_by_first_word(conn, key.split()[0]):
        forms = _kind_word_less_forms(c.name)
        if institution_key(c.name) is None and any(organisation_key(less) == key for less in forms):
            found.append(c)
    return found


def _body_of_the_story(conn: sqlite3.Connection, oid: str, text: str) -> bool:
    """Whether an organisation may be of the story this article tells: not when every article it
    speaks in surely tells another (two texts naming names, none shared; a text naming too few
    proves nothing)."""
    texts = store.speaker_article_texts(conn, oid)
    return not texts or not all(other_story(text, other) for other in texts)


def _fold_kind_word_less(conn: sqlite3.Connection, name: str, oid: str) -> None:
    """Fold into the organisation just stored the one another article named without the word
    for its kind ("Ardley Water" read before "Ardley Water Company"), when no other
    organisation is named so with a kind word."""
    for less in _kind_word_less_forms(name):
        for short in store.candidates_by_key(conn, "organisation", organisation_key(less)):
            if short.id != oid and [c.id for c in _kind_word_more(conn, short.key)] == [oid]:
                store.merge_speaker(conn, short.id, oid, f"{short.name} is the {name}")


def _organisation(conn: sqlite3.Connection, s: ArticleSpeaker, text: str | None = None) -> str:
    """The organisation a mention names; ``text`` is the body of the article naming it, when known."""
    name = _ORGANISATION_TAIL.sub("", _DETERMINER.sub("", s.name)) or _DETERMINER.sub("", s.name)
    name = without_base(name)  # "the Oslo-based firm" is "the firm", pointed at a body article by article
    key = organisation_key(name)
    legacy = _legacy_key(name)
    found = store.candidates_by_key(conn, "organisation", key) or (
        store.candidates_by_key(conn, "organisation", legacy) if legacy != key else []
    )
    if found:
        return found[0].id
    read_as_people = _companies_read_as_people(conn, name, key)
    if len(read_as_people) == 1:
        return _as_body(conn, read_as_people[0])  # "Marrick": the "Marrick Assurance" read as a person
    institution = institution_key(name) is not None
    if not institution and not _LEGAL_FORM.search(s.name):
        people = [p for p in store.candidates_by_key(conn, "person", key) if _a_person(conn, p)]
        if len(people) == 1:
            return people[0].id  # "Bernie Sanders", whom one article took for a group, is a person
    fuller = _institution_of(conn, key) if institution else []
    if len(fuller) == 1:
        return fuller[0].id
    if ACRONYM.fullmatch(name):
        # "ADU": the organisation another article spelled out as "Aldmark Dockworkers' Union (ADU)"
        known = store.organisations_by_alias(conn, name)
        if len(known) == 1:
            return known[0].id
        spelled = _spelled_out(conn, name)
        if not known and len(spelled) == 1:
            return spelled[0].id  # "PASL": the Port Authority of Saint-Lys, whose initials it is
    words = key.split()
    if len(words) == 1:
        # "the ministry": the only organisation of that kind the corpus names in full; with
        # several it stays apart, the candidates recorded
        specific = store.organisations_by_head(conn, key)
        if text is not None:  # "the union" of a bus strike is no union only a zoo story names
            specific = [o for o in specific if _body_of_the_story(conn, o.id, text)]
        if len(specific) == 1:
            return specific[0].id
        company = company_of(conn, name, key) if _short_name(name) else None
        if not specific and company is not None:
            return company  # "a Tallmark spokeswoman": the Tallmark Lines the corpus names in full
    elif not institution and _described(name):
        named = _named_in_full(conn, words)
        if len(named) == 1:
            return named[0].id  # "the pricing council": the National Medicines Pricing Council
    longer = _kind_word_more(conn, key) if not institution and len(words) > 1 else []
    if len(longer) == 1:
        return longer[0].id  # "Ardley Water": the Ardley Water Company another article names
    oid = speaker_id("organisation", name)
    store.upsert_speaker(conn, store.SpeakerRow(oid, name, "organisation", key, None, None))
    if not institution:
        _fold_kind_word_less(conn, name, oid)
    for candidate in fuller:  # several fuller ones: unsure, kept apart
        conn.execute(
            "INSERT OR IGNORE INTO speaker_candidates(speaker_id, candidate_id, reason) VALUES (?, ?, ?)",
            (oid, candidate.id, f"may be the {candidate.name}"),
        )
    if institution and len(key.split()) > 2:
        # the same institution named with less ("Verkehrsministerium") before: it is this one,
        # when this is the only fuller one
        key_words = set(key.split())
        for lesser in store.organisations_by_head(conn, key.split()[-1]):
            lesser_words = set(lesser.key.split())
            if (
                lesser.id != oid
                and 1 < len(lesser_words) < len(key_words)
                and lesser_words < key_words
                and [c.id for c in _institution_of(conn, lesser.key)] == [oid]
            ):
                store.merge_speaker(conn, lesser.id, oid, f"{lesser.name} is the {name}")
    for initials in _initials_forms(name) if not ACRONYM.fullmatch(name) else []:
        if len(initials) < 3:
            continue
        for short in _named_by(conn, initials):
            if short.name == initials and [c.id for c in _spelled_out(conn, initials)] == [oid]:
                store.merge_speaker(conn, short.id, oid, f"{initials} are the initials of {name}")
    # "the company", whom one article calls "KVX", is no name those initials stand for
    for acronym in (form for form in s.names if ACRONYM.fullmatch(form) and form != name and not is_generic_body(name)):
        for earlier in _named_by(conn, acronym):
            store.merge_speaker(conn, earlier.id, oid, f"{acronym} stands for {name}")
    for taken in store.candidates_by_key(conn, "person", key):
        if not knowledge().starts_with_given_name(taken.name) and not _a_person(conn, taken):
            # "Halvern Polymers said": another article took it for a person; it is this organisation
            store.merge_speaker(conn, taken.id, oid, f"{name} is an organisation")
    if len(words) > 1 and not institution:
        # "Calderan said" read as a person before "Calderan Therapeutics" was named in full
        for size in range(1, len(words)):
            for taken in store.candidates_by_key(conn, "person", " ".join(words[:size])):
                full_people = [c for c in store.candidates_by_surname(conn, words[size - 1]) if _is_full(c.name)]
                if _a_person(conn, taken):
                    continue  # "Mr. Varnell", "President Varnell": a person, not the Varnell administration
                if (size > 1 or not full_people) and company_of(conn, taken.name, taken.key) == oid:
                    store.merge_speaker(conn, taken.id, oid, f"{taken.name} is short for {name}")
        for short in store.candidates_by_key(conn, "organisation", words[0]):
            if _short_name(short.name) and company_of(conn, short.name, short.key) == oid:
                # "a Tallmark spokeswoman" read before "Tallmark Lines" was named in full
                store.merge_speaker(conn, short.id, oid, f"{short.name} is short for {name}")
    if len(words) == 1:
        for candidate in store.organisations_by_head(conn, key):
            conn.execute(
                "INSERT OR IGNORE INTO speaker_candidates(speaker_id, candidate_id, reason) VALUES (?, ?, ?)",
                (oid, candidate.id, f"may be the {name}"),
            )
    elif len(words) > 1:
        if not _described(name):
            for described in store.organisations_by_head(conn, words[-1]):
                if (
                    described.id != oid
                    and _described(described.name)
                    and [c.id for c in _named_in_full(conn, described.key.split())] == [oid]
                ):
                    store.merge_speaker(conn, described.id, oid, f"the {described.name} is the {name}")
        bare = store.candidates_by_key(conn, "organisation", words[-1])
        if text is not None:  # "the union" of a bus strike is not the union a zoo story names
            bare = [b for b in bare if not any(other_story(text, t) for t in store.speaker_article_texts(conn, b.id))]
        if bare and len(store.organisations_by_head(conn, words[-1])) == 1:
            for b in bare:
                store.merge_speaker(conn, b.id, oid, f"the only {words[-1]} named in full is {name}")
    return oid


def _initials_of_a_body(conn: sqlite3.Connection, s: ArticleSpeaker) -> bool:
    """Whether a 'person' is named only by initials ("ECB"), with no gender and no role, that the
    corpus knows as an organisation's (its alias, or the initials of its name in full)."""
    return (
        ACRONYM.fullmatch(s.name) is not None
        and s.gender is None
        and not s.roles
        and bool(store.organisations_by_alias(conn, s.name) or _spelled_out(conn, s.name))
    )


def _named_by(conn: sqlite3.Connection, acronym: str) -> list[store.SpeakerRow]:
    """The organisations named by these initials alone, and the people so named that show no sign
    of being a person (no gender, no role: :func:`_a_person`)."""
    key = organisation_key(acronym)
    people = [p for p in store.candidates_by_key(conn, "person", key) if p.name == acronym and not _a_person(conn, p)]
    return [*store.candidates_by_key(conn, "organisation", key), *people]


def _short_name(name: str) -> bool:
    """Whether a one-word organisation may be a company's short name ("Tallmark" of "Tallmark
    Lines"): no word for a kind of body ("ministry"), no acronym, no country."""
    kb = knowledge()
    bare = _DETERMINER.sub("", name.strip())
    return (
        len(bare.split()) == 1
        and not kb.is_org_word(bare)
        and not ACRONYM.fullmatch(bare)
        and not kb.is_country(bare)
        and institution_key(bare) is None
    )


def _initials(name: str) -> str:
    """The initials of an organisation's name, of its capitalised words and their hyphenated
    parts ("Port Authority of Saint-Lys": PASL), without its article and legal form."""
    bare = _LEGAL_FORM.sub("", _DETERMINER.sub("", name.strip()))
    return "".join(part[0] for word in bare.split() for part in word.split("-") if part[:1].isupper())


def _initials_forms(name: str) -> list[str]:
    """The initials an organisation goes by: those of its name, and, three letters at least, those
    of its name without the word for its kind at the end ("VMM" of "Van der Meer Marine Group":
    :func:`_without_kind_word`)."""
    forms = [_initials(name)]
    less = _without_kind_word(name)
    if less is not None and len(_initials(less)) >= 3:
        forms.append(_initials(less))
    return forms


def _spelled_out(conn: sqlite3.Connection, acronym: str) -> list[store.SpeakerRow]:
    """Organisations of three words or more whose initials are this acronym
    (:func:`_initials_forms`)."""
    return [
        c
        for c in store.organisations_by_initial(conn, acronym[0])
        if c.name != acronym and len(c.name.split()) >= 3 and acronym in _initials_forms(c.name)
    ]


def _described(name: str) -> bool:
    """Whether an organisation is described, not named: its head word in lower case ("Pricing
    council", "the port's operator")."""
    words = name.split()
    return len(words) > 1 and words[-1].islower()


def _named_in_full(conn: sqlite3.Connection, words: list[str]) -> list[store.SpeakerRow]:
    """Organisations named in full, of the same head, whose names hold all these words and more."""
    return [
        c
        for c in store.organisations_by_head(conn, words[-1])
        if set(words) < set(c.key.split()) and not _described(c.name)
    ]


def _shape(s: ArticleSpeaker) -> RoleShape | None:
    for phrase in (s.name, *s.roles):
        shape = role_shape(phrase)
        if shape is not None:
            return shape
    return None


def _fitting(
    conn: sqlite3.Connection,
    s: ArticleSpeaker,
    shape: RoleShape,
    people: dict[str, list[str]],
    test: Callable[[RoleShape, RoleShape], bool] = compatible,
) -> list[str]:
    """The people given a role that may be this one (by ``test``), of a gender that fits."""
    found = []
    for person, roles in sorted(people.items()):
        if not any(h is not None and test(shape, h) for h in map(role_shape, roles)):
            continue
        row = store.get_speaker(conn, person)
        if row is not None and (s.gender is None or row.gender is None or row.gender == s.gender):
            found.append(person)
    return found


def _named_in(conn: sqlite3.Connection, person: str, text: str) -> bool:
    """Whether an article's text names a person (a full name, or a surname the corpus knows)."""
    for form in store.speaker_forms(conn, person):
        if len(form) >= 3 and re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            return True
    return False


def _holder(
    conn: sqlite3.Connection, s: ArticleSpeaker, role_id: str, article_id: str, text: str, day: str | None
) -> str | None:
    """The one person an unnamed role of an article stands for, or None (see the module docstring)."""
    shape = _shape(s)
    if shape is None:
        return None
    own = {p.id for p in store.article_people(conn, article_id)}
    known = store.role_aliases(conn, day, ROLE_WINDOW_DAYS)
    named = {p: r for p, r in known.items() if p not in own and _named_in(conn, p, text)}
    for people in ({p: r for p, r in known.items() if p in own}, named):
        found = _fitting(conn, s, shape, people)
        for closer in (shares_detail, shares_word):  # several: the one whose role says the same
            if len(found) > 1:
                found = _fitting(conn, s, shape, {p: people[p] for p in found}, closer) or found
        if len(found) > 1:
            found = _named_before(conn, found, text, store.first_mention(conn, article_id, s.local_id)) or found
        if len(found) == 1:
            return found[0]
        if found:
            for candidate in found:  # unsure: kept apart, the candidates recorded
                conn.execute(
                    "INSERT OR IGNORE INTO speaker_candidates(speaker_id, candidate_id, reason) VALUES (?, ?, ?)",
                    (role_id, candidate, f"may be the {s.name} of article {article_id}"),
                )
            return None
    window = store.role_aliases(conn, day, ROLE_LINK_DAYS)
    if shape.others:
        found = _fitting(conn, s, shape, window, shares_detail)
        if len(found) == 1:
            return found[0]
    # the one person of the week with such a role whom an article of the same story names
    found = [p for p in _fitting(conn, s, shape, window) if _of_the_story(conn, p, article_id, text)]
    if len(found) == 1:
        return found[0]
    # "its chairman said" in the lede, "Sen. Ada Moreno said" in the next paragraph
    return named_next(conn, s, article_id, text) if not found else None


def _named_before(conn: sqlite3.Connection, people: list[str], text: str, at: int | None) -> list[str]:
    """The people an article's text names before a definite role's first mention (``at``): "the
    manager" refers back to a manager the reader has met, not to one the article names only
    later; all of them when ``at`` is unknown."""
    if at is None:
        return people
    return [p for p in people if (first := _first_named(conn, p, text)) is not None and first < at]


def _first_named(conn: sqlite3.Connection, person: str, text: str) -> int | None:
    """Where an article's text first names a person (a name form of three letters or more)."""
    found = [
        m.start()
        for form in store.speaker_forms(conn, person)
        if len(form) >= 3 and (m := re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text))
    ]
    return min(found, default=None)


def _of_the_story(conn: sqlite3.Connection, person: str, article_id: str, text: str) -> bool:
    """Whether a person speaks in another article of the story this article's text tells."""
    return any(same_story(text, other) for other in store.speaker_article_texts(conn, person, other_than=article_id))


def _bind_roles(conn: sqlite3.Connection, days: Iterable[str]) -> set[str]:
    """Point each article's unnamed role at the person it stands for, where there is one, for
    the articles of the batch and those within the linking window of it (a person named later
    explains a role read earlier). Returns the speakers whose quotes changed."""
    found = (
        (article_id, s.local_id, role_id, _holder(conn, s, role_id, article_id, text, day))
        for article_id, role_id, s, text, day in store.role_rows(conn, days, ROLE_LINK_DAYS)
    )
    return _point_at_holders(conn, found, "r:")


def _point_at_holders(
    conn: sqlite3.Connection, found: Iterable[tuple[str, str, str, str | None]], prefix: str
) -> set[str]:
    """Point each article speaker (``article_id``, ``local_id``, from ``old``) at the person found
    for it, where one was, and drop the ``old`` speakers with ``prefix`` no quote uses any more.
    ``found`` is read one row at a time, each pointed before the next is looked up. Returns the
    speakers whose quotes changed."""
    affected: set[str] = set()
    for article_id, local_id, old, person in found:
        if person is not None:
            store.set_article_speaker(conn, article_id, local_id, person)
            affected |= {person, old}
    for sid in sorted(a for a in affected if a.startswith(prefix)):
        store.drop_if_unused(conn, sid)
    return affected


def _acronym_holder(conn: sqlite3.Connection, acronym: str, article_id: str, text: str, day: str | None) -> str | None:
    """The one person the article names (else the one its text names) given a role these are
    the initials of (:func:`spells_role`), or None."""
    known = store.role_aliases(conn, day, ROLE_WINDOW_DAYS)
    own = {p.id for p in store.article_people(conn, article_id)}
    for people in ([p for p in known if p in own], [p for p in known if p not in own and _named_in(conn, p, text)]):
        found = [p for p in people if any(spells_role(acronym, role) for role in known[p])]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _bind_role_acronyms(conn: sqlite3.Connection, days: Iterable[str]) -> set[str]:
    """Point an article's 'organisation' named by an acronym no body of the corpus is named by
    ("the CS said") at the person whose role those are the initials of ("Cabinet Secretary for
    Health Grace Mwendwa", :func:`_acronym_holder`), article by article as for unnamed roles: a
    role written short. Returns the speakers whose quotes changed."""

    def found() -> Iterator[tuple[str, str, str, str | None]]:
        for article_id, oid, s, text, day in store.role_rows(conn, days, ROLE_LINK_DAYS, kind="organisation"):
            row = store.get_speaker(conn, oid)
            if row is None or row.name != s.name or not ACRONYM.fullmatch(s.name) or _spelled_out(conn, s.name):
                continue
            yield article_id, s.local_id, oid, _acronym_holder(conn, s.name, article_id, text, day)

    return _point_at_holders(conn, found(), "o:")


def _merge_defined_acronyms(conn: sqlite3.Connection, days: Iterable[str]) -> set[str]:
    """Fold an organisation named by an acronym no body's name spells into the body whose name
    an article where bodies speak writes just before it in brackets ("National Union of Quarry
    Workers (SNTC)": :func:`defined_body`), corpus-wide: such initials name one body. Returns the speakers whose
    quotes changed."""
    affected: set[str] = set()

    def bodies_named(name: str) -> list[str]:
        return [c.id for c in store.candidates_by_key(conn, "organisation", organisation_key(name))]

    rows = store.role_rows(conn, days, ROLE_LINK_DAYS, kind="organisation")
    texts = {article_id: text for article_id, _, _, text, _ in rows}  # the articles where bodies speak
    for _, oid, s, _, _ in rows:
        row = store.get_speaker(conn, oid)
        if row is None or row.name != s.name or not ACRONYM.fullmatch(s.name) or _spelled_out(conn, s.name):
            continue
        found = {body for text in texts.values() if (body := defined_body(text, s.name, bodies_named)) is not None}
        if len(found) == 1 and oid not in found:
            body = found.pop()
            store.merge_speaker(conn, oid, body, f"{s.name} is written after the name of {body}")
            affected |= {oid, body}
    return affected


def _merge_same_initials(conn: sqlite3.Connection, days: Iterable[str]) -> set[str]:
    """Fold two organisations whose articles give them the same initials into one: a body named
    in two languages, each article writing its initials after the name ("Harbour and Dock
    Workers' Union (CSWU)", "Kıyı ve Tersane İşçileri Sendikası (CSWU)"), or one article writing
    them after a name they do not spell and another spelling it out ("Department of Health and
    Social Care"). The body kept is the one whose name the initials spell, else the other. Only
    when the initials name exactly these two bodies. Returns the speakers whose quotes changed."""
    affected: set[str] = set()
    for _, oid, s, _, _ in store.role_rows(conn, days, ROLE_LINK_DAYS, kind="organisation"):
        row = store.get_speaker(conn, oid)
        if row is None or ACRONYM.fullmatch(row.name) or is_generic_body(row.name):
            continue
        for form in (n for n in s.names if ACRONYM.fullmatch(n) and len(n) >= 3):
            known = {b.id: b for b in (*store.organisations_by_alias(conn, form), *_spelled_out(conn, form))}
            bodies = [b for b in known.values() if not ACRONYM.fullmatch(b.name) and not is_generic_body(b.name)]
            if len(bodies) != 2 or oid not in {b.id for b in bodies}:
                continue
            other = next(b for b in bodies if b.id != oid)
            spelled = [b.id for b in (row, other) if form in _initials_forms(b.name)]
            if len(spelled) == 2:
                continue  # two bodies whose names both give these initials: unsure, kept apart
            keep = spelled[0] if len(spelled) == 1 else other.id
            fold = oid if keep == other.id else other.id
            store.merge_speaker(conn, fold, keep, f"{form} are the initials of both names")
            affected |= {oid, other.id}
            break
    return affected


def _merge_bare_acronyms(conn: sqlite3.Connection, days: Iterable[str]) -> set[str]:
    """Fold an organisation named by an acronym alone into the one body named in full that goes
    by it, once the batch's other folds are done: an acronym read while two names in two languages
    still went by it ("FTD" after "Freight Transport Directorate (FTD)" and "Direcção dos
    Transportes (FTD)", which :func:`_merge_same_initials` then made one) stayed a body of its own.
    Returns the speakers whose quotes changed."""
    affected: set[str] = set()
    for _, oid, _s, _, _ in store.role_rows(conn, days, ROLE_LINK_DAYS, kind="organisation"):
        row = store.get_speaker(conn, oid)
        if row is None or not ACRONYM.fullmatch(row.name) or len(row.name) < 3:
            continue
        named = {
            b.id
            for b in store.organisations_by_alias(conn, row.name)
            if b.id != oid and not ACRONYM.fullmatch(b.name) and not is_generic_body(b.name)
        }
        if len(named) == 1:
            body = named.pop()
            store.merge_speaker(conn, oid, body, f"{row.name} is the only body named in full that goes by it")
            affected |= {oid, body}
    return affected


def _learn(conn: sqlite3.Connection, sid: str, s: ArticleSpeaker, day: str | None) -> set[str]:
    """Record the article's names and roles for the speaker; fold role-only speakers it explains."""
    merged: set[str] = set()
    for form in s.names or (s.name,):
        store.add_alias(conn, sid, form, "name", day)
    if s.kind == "person":
        parts = transliterate(s.name).split()
        if len(parts) >= 2:
            store.add_alias(conn, sid, parts[-1], "surname", day)
    for role in s.roles:
        key = _role_key(role)
        if not key:
            continue
        # words read beside the name that are no role ("fact-checking", "book", a bare "rival") are
        # kept for resolution, which reads both kinds, but neither shown nor searched as roles
        store.add_alias(conn, sid, key, "role" if describes_person(key) else "beside", day)
        if s.kind == "person" and _specific(key) and not _relative(role):
            rid = speaker_id("role", key)
            if store.get_speaker(conn, rid) is not None and store.role_holders(conn, key, day, ROLE_WINDOW_DAYS) == [
                sid
            ]:
                store.merge_speaker(conn, rid, sid, f"the role {key!r} named {s.name} around {day}")
                merged.add(rid)
    return merged


# Forms of address written before a given name alone: Indonesian press calls people so ("Pak
# Wiranto", "Ibu Sari") after naming them in full.
_ADDRESS_BEFORE_GIVEN = frozenset("pak bapak ibu".split())


def _given_name_alone(conn: sqlite3.Connection, name: str, person_id: str, gender: str | None) -> str | None:
    """The given name a person is called by alone ("Teodor", "Marie-Claude", "Pak Wiranto"), or
    None: for a word that is a given name, of the gender the article gives, and nobody's surname."""
    words = name.split()
    if len(words) == 2 and words[0].casefold() in _ADDRESS_BEFORE_GIVEN:
        words = words[1:]
    if len(words) != 1 or not knowledge().is_given_name(words[0]):
        return None
    if gender is not None and knowledge().gender_of_given(words[0]) not in {None, gender}:
        return None  # "Teodor" whom the article calls "she": not the Teodor it names
    key = name_key(transliterate(words[0]))
    return key if not _surname_of_another(conn, key, person_id) else None


def _given_name_holder(
    conn: sqlite3.Connection, given: str, s: ArticleSpeaker, article_id: str, text: str
) -> str | None:
    """The one person named in full with this given name whom the article itself names, else
    the one whom another article of the same story lets speak, of a gender that fits; or None."""
    people = [
        c
        for c in store.people_by_first_word(conn, given)
        if _is_full(c.name) and (s.gender is None or c.gender is None or c.gender == s.gender)
    ]
    for test in (
        lambda c: _named_in(conn, c.id, text),
        lambda c: _of_the_story(conn, c.id, article_id, text),
    ):
        found = [c.id for c in people if test(c)]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _bind_given_names(conn: sqlite3.Connection, days: Iterable[str]) -> set[str]:
    """Point each article's person called by a given name alone ("Teodor told me") at the
    person named in full with it (:func:`_given_name_holder`), article by article as for unnamed
    roles: a given name is no one's alone across a corpus. Returns the speakers whose quotes
    changed."""

    def found() -> Iterator[tuple[str, str, str, str | None]]:
        for article_id, pid, s, text, _day in store.role_rows(conn, days, ROLE_LINK_DAYS, kind="person"):
            row = store.get_speaker(conn, pid)
            given = _given_name_alone(conn, row.name, pid, s.gender) if row is not None else None
            if given is not None:
                yield article_id, s.local_id, pid, _given_name_holder(conn, given, s, article_id, text)

    return _point_at_holders(conn, found(), "p:")


def _written_in_full(conn: sqlite3.Connection, person: str, text: str) -> bool:
    """Whether an article's text writes a person's name in full (a form of two words or more
    that opens with a given name), not a surname alone another person may bear too."""
    for form in store.speaker_forms(conn, person):
        if _is_full(form) and re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            return True
    return False


def _surname_holder(conn: sqlite3.Connection, row: store.SpeakerRow, s: ArticleSpeaker, text: str) -> str | None:
    """The one person named in full with this surname, of a gender that fits, whom the article's
    own text writes in full, when the corpus names several so ("Mr Ferrabee" of an article that
    names Sefton Ferrabee, while another names Kayode Ferrabee); else None."""
    if _is_full(row.name) or not row.surname_key:
        return None
    people = [
        c.id
        for c in store.candidates_by_surname(conn, row.surname_key)
        if c.id != row.id
        and _is_full(c.name)
        and _fits_gender(c.gender, s.gender)
        and _fits_gender(c.gender, row.gender)
    ]
    if len(people) < 2:
        return None  # none, or one: the surname was already joined to it when it was read
    found = [p for p in people if _written_in_full(conn, p, text)]
    if len(found) != 1:
        return None
    held = _role_words(r for m in store.speaker_mentions(conn, found[0]) for r in m[3].roles)
    if s.roles and not _role_words(s.roles) & held:
        return None  # "The club's chairman, Ferrabee": a role no article gives the one named in full
    return found[0]


def _bind_surnames(conn: sqlite3.Connection, days: Iterable[str]) -> set[str]:
    """Point each article's person called by a surname alone that several people named in full
    bear at the one of them its own text names in full (:func:`_surname_holder`), article by
    article: the surname stays apart corpus-wide, the article says whom it means. Returns the
    speakers whose quotes changed."""

    def found() -> Iterator[tuple[str, str, str, str | None]]:
        for article_id, pid, s, text, _day in store.role_rows(conn, days, ROLE_LINK_DAYS, kind="person"):
            row = store.get_speaker(conn, pid)
            if row is not None:
                yield article_id, s.local_id, pid, _surname_holder(conn, row, s, text)

    return _point_at_holders(conn, found(), "p:")


def _channels(conn: sqlite3.Connection, batch: list[tuple[Article, Iterable[ArticleSpeaker]]]) -> frozenset[str]:
    """The words of the corpus's channels: the outlets it reads, its articles' mastheads, and the
    bodies people's roles name ("chief engineer at Corlan Water")."""
    outlets = [a.outlet for a, _ in batch if a.outlet] + store.outlet_names(conn)
    outlets += [m for a, _ in batch if (m := masthead(a.source_text)) is not None]
    roles = [r for _, speakers in batch for s in speakers if s.kind == "person" for r in s.roles]
    return channel_words([*outlets, *roles])


def _without_channel(s: ArticleSpeaker, channels: frozenset[str]) -> ArticleSpeaker:
    """The person without the channel or employer a case-marking language writes onto the name
    (:func:`~onrecord.resolve.glued.without_glued_channel`)."""
    if s.kind != "person":
        return s
    name = without_glued_channel(s.name, channels)
    if name == s.name:
        return s
    return replace(s, name=name, names=tuple(dict.fromkeys(without_glued_channel(n, channels) for n in s.names)))


def resolve_article_speakers(
    conn: sqlite3.Connection, items: Iterable[tuple[Article, Iterable[ArticleSpeaker]]]
) -> set[str]:
    """Resolve the speakers of newly stored articles and point their quotes at corpus speakers.

    Returns:
        The ids of the speakers whose quotes changed (their statements need linking again).
    """
    affected: set[str] = set()
    batch = sorted(items, key=lambda item: (item[0].published or "~", item[0].id))
    for article, speakers in batch:
        store.put_article_speakers(conn, article.id, list(speakers))
    # read only for copy not in English, the one place they are used
    channels = _channels(conn, batch) if any(a.language != "en" for a, _ in batch) else frozenset()
    # people and organisations first, so roles can bind to the names this batch teaches
    for pass_kinds in ({"person", "organisation"}, {"role"}):
        for article, speakers in batch:
            day = article.published[:10] if article.published else None
            for s in speakers:
                s = _body_by_trade(_body_by_role(_role_as_name(conn, _person_of_a_body(_apposed_body(s)))))
                if article.language != "en":
                    s = _without_channel(s, channels)
                if s.kind not in pass_kinds:
                    continue
                s = _without_styles_in_roles(_without_titles(s))
                if s.kind == "person":
                    here = (article.id, article.language, article.body, s)
                    sid = _person(conn, s, day, here)
                    _fold_shorter(conn, s, sid, here)
                elif s.kind == "role":
                    sid = _role(conn, s, day)
                else:
                    sid = _organisation(conn, s, article.body)
                affected |= _learn(conn, sid, s, day)
                store.set_article_speaker(conn, article.id, s.local_id, sid)
                affected.add(sid)
    days = [a.published for a, _ in batch if a.published]
    affected |= _bind_roles(conn, days)
    affected |= _merge_defined_acronyms(conn, days)
    affected |= _merge_same_initials(conn, days)
    affected |= _merge_bare_acronyms(conn, days)
    affected |= _bind_role_acronyms(conn, days)
    affected |= _bind_given_names(conn, days)
    affected |= _bind_surnames(conn, days)
    affected |= bind_generic_bodies(conn, [a.id for a, _ in batch])
    affected |= bind_organs(conn, [a.id for a, _ in batch])
    affected |= name_unattributed(conn, [a.id for a, _ in batch])
    affected |= merge_by_score(conn, [a.id for a, _ in batch])
    live = {sid for sid in affected if store.get_speaker(conn, sid) is not None}
    store.refresh_names(conn, live)
    return affected
