"""What onrecord reads of each language, as data (``onrecord/data/languages.json``).

Adding a language is adding an entry there and a cue list (``extract/data/cues_<code>.txt``):
its function words tell an article's language, its pronouns and role nouns stand for a speaker
named before, its complementizer and source prepositions open reported speech, and its
prepositions keep places and objects from being taken for speakers. The fields:

* ``stopwords``: frequent function words, space-separated (language detection);
* ``letters``: letters only this language writes among those onrecord reads (``ł``, ``ř``);
* ``extract``: whether quotes are read in this language without the English parser;
* ``script``: ``latin``, ``cyrillic``, ``greek``, ``arabic``, ``devanagari``, ``han``, ``kana``,
  ``hangul``, ``thai``, ``hebrew``, ``bengali``, ``georgian``, ``malayalam``, ``tamil``, ``ethiopic``,
  ``sinhala`` or ``armenian``;
* ``pronouns``: subject pronoun -> ``m``, ``f`` or null (a pronoun that gives no gender);
* ``role_nouns``: a regular expression a role noun matches in full (group ``f``: feminine; group
  ``poss``: the role of the name before it, Hungarian ``van der Berghe ügyvédje``, his lawyer);
* ``complementizer``: alternatives that open reported speech after a cue (``że``, ``att``);
* ``bare_complement``: reported speech may follow its cue with no complementizer or comma;
* ``source_prepositions`` / ``source_postpositions``: words that name a source before or after it
  (``według X``, ``X'e göre``);
* ``verb_final``: the cue verb closes its sentence, after what was said;
* ``quotatives``: in a verb-final language, the word or the ending that closes what was said
  before the cue (Malayalam ``...തുറക്കില്ലെന്ന് ഗവർണർ വ്യക്തമാക്കി``: ``െന്ന്``; Amharic ``መሆኑን``,
  and the prefix ``እንደ`` of the clause's verb), longest first;
* ``subject_endings``: a case ending that marks a name as the cue's subject, and the nominative
  ending that replaces it (Georgian ergative ``გელოვანმა`` -> ``გელოვანი``, Nepali ``थापाले`` ->
  ``थापा``; Armenian's article ``-ը`` after a name, ``Սահակյանը`` -> ``Սահակյան``);
* ``not_before_a_surname``, ``place_prepositions``, ``object_prepositions``: prepositions after
  which a capitalised word is no speaker, a run of them is a place, a name is an object;
* ``pro_drop``: a cue may have no subject of its own (the person the text was about speaks);
* ``surname_endings``: case endings a surname takes (``Wójcika`` of ``Wójcik``);
* ``verb_gender``: regular expressions a cue verb matches when its subject is a woman (``f``)
  or a man (``m``);
* ``calendar``: weekday and month words, which are never names;
* ``apostrophe_suffixes``: a name's case suffix stands after an apostrophe (``Whitcombe'a``);
* ``subject_particles``: words that may follow a sentence's subject (Turkish ``de``, ``ise``);
* ``organisation_heads``: capitalised words that open an institution's name (``Badan``,
  ``Ministerstwo``), for a language whose extraction has no pattern of its own for them;
* ``organisation_nouns``: head nouns that close an institution's name, in a language that puts
  the head last and writes it in lower case as often as not (Swedish ``Solvaniens
  kulturdepartement``, Latvian ``Veselības ministrija``), in the nominative;
  ``organisation_noun_endings``: the case or definite endings such a head takes (Latvian
  ``ministrijas``), which the name drops for the nominative; ``organisation_compounds``: the head
  may close a compound word (``kultur|departement``);
* ``and_words``: the word for "and", which may join the words of a name (``Liman ve Rıhtım``)
  and, before the complementizer, a second reported clause to the first (``y que``, ``et qu'``);
* ``name_particles``: words inside a name in a script with no capitals (Arabic ``فان``, Hindi
  ``डी``), which keep a surname's particles with it;
* ``titles``: words of address before a name that are no part of it (Vietnamese ``ông``, ``chị``,
  Swahili ``Bw.``), written with a capital at a sentence's start (``Chị Lê Thu Vân nói``);
* ``yesterday``: the words for the day before the article's day (Swahili ``jana``, Serbian ``јуче``;
  English's are read by :mod:`onrecord.attribute.when` itself);
* ``family_name_first``: a person's name is written family name first (Hungarian ``Kovács
  Levente``); onrecord records it given name first, as the other languages write it;
* ``foreign_name_endings``: endings the language adds to a foreign name it keeps the spelling of
  (Lithuanian ``Martinas`` of Martin), which :mod:`onrecord.extract.respelling` takes off;
* ``name_prefixes``: a name may take a lower-case prefix of the language's noun classes or cases
  (Zulu ``uLindqvist``, ``kuka-Lindqvist``), which is no part of it;
* ``original_in_parentheses``: the language writes a foreign name as it says it and gives its own
  spelling once, in parentheses (Latvian ``Veldere (Weldore)``); elsewhere a word in parentheses
  after a name is something else (German ``Weißkopf (Grüne)``, the party);
* ``noun_capitals``: the language writes every noun with a capital (German ``Haushalte``), so a
  capitalised word is a name only with more evidence (:mod:`onrecord.extract.noun_names`).

Words are compared casefolded: Greek ``σ`` stands for the final ``ς`` there (``αυτόσ``).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["Language", "extraction_languages", "language", "languages"]


@dataclass(frozen=True, slots=True)
class Language:
    """One language's entry of ``languages.json`` (see the module's docstring)."""

    code: str
    stopwords: frozenset[str] = frozenset()
    letters: str = ""
    extract: bool = False
    script: str = "latin"
    pronouns: dict[str, str | None] = field(default_factory=dict)
    role_nouns: re.Pattern[str] | None = None
    complementizer: str | None = None
    bare_complement: bool = False
    source_prepositions: frozenset[str] = frozenset()
    source_postpositions: frozenset[str] = frozenset()
    verb_final: bool = False
    quotatives: tuple[str, ...] = ()
    subject_endings: dict[str, str] = field(default_factory=dict)
    not_before_a_surname: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    object_prepositions: frozenset[str] = frozenset()
    pro_drop: bool = False
    surname_endings: tuple[str, ...] = ()
    verb_gender: dict[str, re.Pattern[str]] = field(default_factory=dict)
    calendar: frozenset[str] = frozenset()
    apostrophe_suffixes: bool = False
    subject_particles: frozenset[str] = frozenset()
    organisation_heads: frozenset[str] = frozenset()
    organisation_nouns: tuple[str, ...] = ()
    organisation_noun_endings: tuple[str, ...] = ()
    organisation_compounds: bool = False
    and_words: frozenset[str] = frozenset()
    family_name_first: bool = False
    name_particles: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    yesterday: frozenset[str] = frozenset()
    foreign_name_endings: tuple[str, ...] = ()
    original_in_parentheses: bool = False
    name_prefixes: bool = False
    noun_capitals: bool = False


def _language(code: str, entry: dict[str, Any]) -> Language:
    def words(key: str) -> frozenset[str]:
        value = entry.get(key) or []
        return frozenset(value.split() if isinstance(value, str) else value)

    role = entry.get("role_nouns")
    return Language(
        code=code,
        stopwords=words("stopwords"),
        letters=entry.get("letters") or "",
        extract=bool(entry.get("extract")),
        script=entry.get("script") or "latin",
        pronouns=dict(entry.get("pronouns") or {}),
        role_nouns=re.compile(role) if role else None,
        complementizer=entry.get("complementizer") or None,
        bare_complement=bool(entry.get("bare_complement")),
        source_prepositions=words("source_prepositions"),
        source_postpositions=words("source_postpositions"),
        verb_final=bool(entry.get("verb_final")),
        quotatives=tuple(sorted(entry.get("quotatives") or [], key=len, reverse=True)),
        subject_endings=dict(entry.get("subject_endings") or {}),
        not_before_a_surname=words("not_before_a_surname"),
        place_prepositions=words("place_prepositions"),
        object_prepositions=words("object_prepositions"),
        pro_drop=bool(entry.get("pro_drop")),
        surname_endings=tuple(sorted(entry.get("surname_endings") or [], key=len, reverse=True)),
        verb_gender={k: re.compile(v) for k, v in (entry.get("verb_gender") or {}).items()},
        calendar=words("calendar"),
        apostrophe_suffixes=bool(entry.get("apostrophe_suffixes")),
        subject_particles=words("subject_particles"),
        organisation_heads=words("organisation_heads"),
        organisation_nouns=tuple(entry.get("organisation_nouns") or []),
        organisation_noun_endings=tuple(sorted(entry.get("organisation_noun_endings") or [], key=len, reverse=True)),
        organisation_compounds=bool(entry.get("organisation_compounds")),
        and_words=words("and_words"),
        family_name_first=bool(entry.get("family_name_first")),
        name_particles=words("name_particles"),
        titles=words("titles"),
        yesterday=frozenset(entry.get("yesterday") or []),
        foreign_name_endings=tuple(entry.get("foreign_name_endings") or []),
        original_in_parentheses=bool(entry.get("original_in_parentheses")),
        name_prefixes=bool(entry.get("name_prefixes")),
        noun_capitals=bool(entry.get("noun_capitals")),
    )


# An ablation switch for measuring the reading of a language onrecord has no data for: the codes
# this environment variable lists (comma-separated, "ro,vi") are read as if ``languages.json``
# had no entry for them, so their articles go to the lexicon-free fallback
# (:func:`onrecord.clean.language.unread_language`) or to whatever language the vote picks.
UNREAD_ENV = "ONRECORD_UNREAD_LANGUAGES"


def _unread_codes() -> frozenset[str]:
    """The codes ``ONRECORD_UNREAD_LANGUAGES`` withholds (none when it is unset)."""
    return frozenset(c.strip() for c in os.environ.get(UNREAD_ENV, "").split(",") if c.strip())


@cache
def languages() -> dict[str, Language]:
    """Every language of ``languages.json``, by code, in the file's order (less those withheld by
    ``ONRECORD_UNREAD_LANGUAGES``, see ``UNREAD_ENV``)."""
    text = resources.files("onrecord").joinpath("data").joinpath("languages.json").read_text("utf-8")
    withheld = _unread_codes()
    return {
        code: _language(code, entry)
        for code, entry in json.loads(text).items()
        if not code.startswith("_") and code not in withheld
    }


def language(code: str | None) -> Language:
    """The entry of language ``code``; an empty one for a language the file does not hold."""
    return languages().get(code or "", Language(code or ""))


@cache
def extraction_languages() -> tuple[str, ...]:
    """The languages whose quotes are read without the English parser."""
    return tuple(code for code, entry in languages().items() if entry.extract)
