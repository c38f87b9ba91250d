"""A body an article names only by what kind of body it is ("the company said", "das
Unternehmen", "the committee") is the one body of that kind the same article names as a speaker
("Brandauer Werke", "the Aubrac fisheries committee"). With none or several it stays apart.

Another article's "the company" may be another company, so the bare noun is pointed at the body
article by article, never merged corpus-wide.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

from onrecord.attribute.knowledge import knowledge
from onrecord.model import ArticleSpeaker
from onrecord.resolve.institutions import institution_key
from onrecord.store import speakers as store

__all__ = ["bind_generic_bodies", "is_business_role"]

# Nouns for a business in general, in the languages the extractors read.
_BUSINESS = frozenset(
    """company firm business corporation concern group unternehmen konzern firma société entreprise
    groupe empresa compañía compania grupo azienda società gruppo bedrijf компания фирма""".split()
)
# The last words of business names: a body whose name ends so is a company, whatever else it is.
_BUSINESS_HEADS = _BUSINESS | frozenset(
    """corp inc ltd llc plc gmbh holdings therapeutics pharmaceuticals pharma biotech airlines airline
    airways motors mobility minerals mining industries systems technologies labs laboratories partners
    logistics shipping railways insurance utilities securities bank werke""".split()
)
# What an apposition calls a business by its trade ("the Ostlandic carrier", "the shipowner").
_TRADES = frozenset(
    """carrier operator shipowner airline maker manufacturer carmaker automaker producer lender insurer
    retailer supplier developer exporter importer conglomerate miner broker chipmaker drugmaker""".split()
)
# Stems of the names of public bodies, unions and parties, in the languages the extractors read:
# "Industrieministerium", "Metallgewerkschaft" are no company, though no lexicon knows them whole.
_NO_BUSINESS = re.compile(
    r"minist|министер|gewerkschaft|behörde|verband|syndicat|sindica|sindaca|partei|partido|regierung|"
    r"gouvernement|gobierno|governo|правительств|профсоюз",
    re.I,
)
_ACRONYM = re.compile(r"[A-ZÀ-ÞА-ЯЁ&]{2,8}")
_DETERMINER = re.compile(r"^(?:the|a|an|der|die|das|le|la|les|l'|el|los|il|lo)\s*", re.I)


def _generic_noun(name: str) -> str | None:
    """The noun a body was named by when it is only a kind of body ("Company", "the committee")."""
    words = _DETERMINER.sub("", name.strip()).split()
    if len(words) != 1:
        return None
    noun = words[0].casefold()
    return noun if noun in _BUSINESS or knowledge().is_org_word(noun) else None


def is_business_role(role: str) -> bool:
    """Whether a role phrase says what kind of business its bearer is ("Ostlandic carrier", "the
    shipowner", "Danish company"): its last word a business noun or a trade, so a name it goes
    with is a company's, not a person's."""
    words = role.casefold().split()
    return bool(words) and (words[-1] in _BUSINESS or words[-1] in _TRADES)


def _a_body(t: ArticleSpeaker, row: store.SpeakerRow) -> bool:
    """Whether an article's speaker is a named body: an organisation, or a name of two words or
    more that no given name opens and no person's role or gender goes with ("Brandauer Werke")."""
    kb = knowledge()
    if _generic_noun(row.name) is not None or kb.outlet(row.name) is not None or kb.is_country(row.name):
        return False
    if row.kind == "organisation":
        return True
    return (
        row.kind == "person"
        and row.gender is None
        and len(row.name.split()) >= 2
        and not kb.starts_with_given_name(row.name)
        and not any(kb.role(role) is not None for role in t.roles)
    )


def _fits(noun: str, t: ArticleSpeaker, row: store.SpeakerRow) -> bool:
    """Whether a named body may be what the bare noun means: any company for a business noun,
    else a body whose name or description holds the noun ("committee")."""
    words = [w.casefold().strip(".,") for w in row.name.split()]
    if noun in _BUSINESS:
        kb = knowledge()
        last = words[-1] if words else ""
        return (
            institution_key(row.name) is None
            and not _ACRONYM.fullmatch(row.name)  # "FNTM": what kind of body it is, no one can tell
            and not _NO_BUSINESS.search(last)
            and (last in _BUSINESS_HEADS or not kb.is_org_word(last))
        )
    described = {w.casefold().strip(".,'’") for phrase in (*t.names, *t.roles) for w in phrase.split()}
    return noun in words or noun in described


def bind_generic_bodies(conn: sqlite3.Connection, article_ids: Iterable[str]) -> set[str]:
    """Point each article's bare body noun at the one body of that kind the article names (see
    the module docstring). Returns the speakers whose quotes changed."""
    affected: set[str] = set()
    for article_id in article_ids:
        rows = store.article_speaker_rows(conn, article_id)
        for t, row in rows:
            noun = _generic_noun(row.name)
            if noun is None or row.kind not in {"organisation", "person"}:
                continue
            found = {r.id for u, r in rows if r.id != row.id and _a_body(u, r) and _fits(noun, u, r)}
            if len(found) == 1:
                body = found.pop()
                store.set_article_speaker(conn, article_id, t.local_id, body)
                affected |= {body, row.id}
    for speaker in sorted(affected):
        store.drop_if_unused(conn, speaker)
    return affected
