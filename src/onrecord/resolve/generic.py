"""A body an article names only by what kind of body it is ("the company said", "das
Unternehmen", "the committee") is the one body of that kind the same article names as a speaker
("Fennwick Werke", "the Aubrac fisheries committee"). A body whose name says no kind at all
(a name in another language, "Badan Cuaca Nasional"; initials, "CRPAA"; a place's name, "Harbour
City") is of the kind a sentence of the article writes beside its name ("The national weather
agency, Badan Cuaca Nasional, said", "The committee, known by its initials CRPAA", "Harbour City
said that the club ..."); the initials may be those of a body another article named. With none or
several it stays apart. An organ of a body that speaks for it ("HWB's board", "Lumora's engineering
team", "the union's press office") is that body, when the corpus knows one body by the possessor's
name; a person's office ("the senator's office") stays apart. So is a body the article writes after
"its" ("announced that its Monetary Policy Committee"), when its sentence names one body before.

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
from onrecord.resolve.stories import same_story
from onrecord.resolve.translit import name_key
from onrecord.store import speakers as store
from onrecord.store.articles import get_article

__all__ = [
    "bind_generic_bodies",
    "bind_organs",
    "company_of",
    "description_of",
    "is_business_role",
    "is_generic_body",
    "is_trade",
    "without_base",
]

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
    retailer supplier developer exporter importer conglomerate miner broker chipmaker drugmaker
    shipbuilder shipper refiner brewer distributor""".split()
)
# Stems of the names of public bodies, unions and parties, in the languages the extractors read:
# "Industrieministerium", "Metallgewerkschaft" are no company, though no lexicon knows them whole.
_NO_BUSINESS = re.compile(
    r"minist|министер|gewerkschaft|behörde|verband|syndicat|sindica|sindaca|partei|partido|regierung|"
    r"gouvernement|gobierno|governo|правительств|профсоюз",
    re.I,
)
# A kind of body its name tells by its trade, not by the noun ("the utility" of "Vellacombe
# Water Services", "Quarnby Power"): the words of the names of such bodies.
_KINDS_BY_TRADE = {
    "utility": frozenset("water power energy gas electric electricity hydro utilities sewerage".split()),
}
_ACRONYM = re.compile(r"[A-ZÀ-ÞА-ЯЁ&]{2,8}")
_INITIALS = re.compile(r"(?<!\w)[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ&]{1,7}(?!\w)")
# An article before the noun: a word and its space, or an elided "l'" ("Agency" keeps its "A").
_DETERMINER = re.compile(r"^(?:(?:the|a|an|der|die|das|le|la|les|el|los|il|lo)\s+|l['’]\s*)", re.I)


# Where a body is based, written before the noun for it ("the Oslo-based firm", "the
# Lyon-based agency"): it says a body, not which.
_BASED = re.compile(r"^[\w.'’-]+-based\s+", re.I)


def without_base(name: str) -> str:
    """A body's name without where it is based, when that opens it ("Oslo-based firm" is "firm")."""
    return _BASED.sub("", name)


def _generic_noun(name: str) -> str | None:
    """The noun a body was named by when it is only a kind of body ("Company", "the committee",
    "the Oslo-based agency")."""
    words = without_base(_DETERMINER.sub("", name.strip())).split()
    if len(words) != 1:
        return None
    noun = words[0].casefold()
    return noun if noun in _BUSINESS or noun in _KINDS_BY_TRADE or knowledge().is_org_word(noun) else None


def is_generic_body(name: str) -> bool:
    """Whether a body is named only by what kind of body it is ("Company", "the committee"), so
    that another article's body of that kind may be another one."""
    return _generic_noun(name) is not None


def is_business_role(role: str) -> bool:
    """Whether a role phrase says what kind of business its bearer is ("Ostlandic carrier", "the
    shipowner", "Danish company", "the Minneapolis-based maker of the kettle"): its head, the
    last word before an "of", a business noun or a trade, so a name it goes with is a company's,
    not a person's."""
    words = role.casefold().split(" of ")[0].split()  # "the maker of the kettle": its head is "maker"
    return bool(words) and (words[-1] in _BUSINESS or words[-1] in _TRADES)


def is_trade(word: str) -> bool:
    """Whether a word names a business by its trade ("Operator", "chipmaker", "insurer")."""
    return word.casefold() in _TRADES


def _a_body(t: ArticleSpeaker, row: store.SpeakerRow) -> bool:
    """Whether an article's speaker is a named body: an organisation, or a name of two words or
    more that no given name opens and no person's role or gender goes with ("Fennwick Werke")."""
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
    if noun in _KINDS_BY_TRADE:
        return institution_key(row.name) is None and bool(_KINDS_BY_TRADE[noun] & set(words))
    described = {w.casefold().strip(".,'’") for phrase in (*t.names, *t.roles) for w in phrase.split()}
    return noun in words or noun in described


# Where a sentence ends: a full stop, question or exclamation mark before a space, or a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def _sentences_with(noun: str, text: str) -> list[str]:
    """The sentences of a text that write this noun as a word, in any case."""
    word = re.compile(r"(?<!\w)" + re.escape(noun) + r"(?!\w)", re.I)
    return [s for s in _SENTENCE_END.split(text) if word.search(s)]


def _kindless(name: str) -> bool:
    """Whether a body's name says no kind of body: no word of it heads organisation names and it
    is no state institution ("Badan Cuaca Nasional", "CRPAA", "Harbour City"; not "Ports Council")."""
    kb = knowledge()
    return institution_key(name) is None and not any(kb.is_org_word(w.strip(".,'’")) for w in name.split())


def _written_beside(forms: Iterable[str], sentences: list[str]) -> bool:
    """Whether one of a body's name forms stands in one of these sentences."""
    return any(
        len(form) >= 3 and re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", sentence)
        for form in forms
        for sentence in sentences
    )


def _beside_noun(
    conn: sqlite3.Connection, noun: str, rows: list[tuple[ArticleSpeaker, store.SpeakerRow]], skip: str, text: str
) -> set[str]:
    """The bodies whose names say no kind that a sentence of the article names beside the bare
    noun: the article's own speakers, and bodies of the corpus known by initials the sentence
    writes ("The committee, known by its French initials CRPAA")."""
    sentences = _sentences_with(noun, text)
    if not sentences:
        return set()
    found = {
        r.id
        for u, r in rows
        if r.id != skip and _a_body(u, r) and _kindless(r.name) and _written_beside((*u.names, r.name), sentences)
    }
    for initials in {m.group(0) for s in sentences for m in _INITIALS.finditer(s)}:
        found |= {b.id for b in store.organisations_by_alias(conn, initials) if b.id != skip and _kindless(b.name)}
    return found


def _initials_written(conn: sqlite3.Connection, noun: str, skip: str, text: str) -> set[str]:
    """The bodies of the corpus whose name holds the bare noun and that the corpus knows by
    initials the text writes ("the federation" of an article that writes "a KMF organiser",
    the Federation of Kelby Millworkers another article names with "KMF"): the body the article
    means when it names none of the kind as a speaker."""
    found: set[str] = set()
    for initials in {m.group(0) for m in _INITIALS.finditer(text) if len(m.group(0)) >= 3}:
        for body in store.organisations_by_alias(conn, initials):
            words = {w.casefold().strip(".,'’()") for w in body.name.split()}
            if body.id != skip and noun in words and _generic_noun(body.name) is None:
                found.add(body.id)
    return found


def _called_so_elsewhere(conn: sqlite3.Connection, row: store.SpeakerRow, text: str) -> set[str]:
    """The bodies the corpus knows by this bare noun (another article's "the airline" was one of
    them) whose name this text writes: the body a later "the airline" of an article points back to
    when the article names it only in passing, as no speaker."""
    known = {b.id for form in {row.name, row.name.capitalize()} for b in store.organisations_by_alias(conn, form)}
    return {
        body
        for body in known - {row.id}
        if _written_beside([f for f in store.speaker_forms(conn, body) if _generic_noun(f) is None], [text])
    }


# A capitalised word of a text, which may open a company's name ("the Fennwick works").
_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][a-zß-ÿ]{3,}(?![\w-])")


def _companies_written(conn: sqlite3.Connection, text: str) -> set[str]:
    """The companies of the corpus a text names by the first word of their name, no other company
    of the corpus named with it ("Fennwick" of "Fennwick Werke": "the Fennwick works",
    "Fennwick's board"): the body a later "the company" of an article that has no company as a
    speaker points back to, when it is the only one."""
    kb = knowledge()
    found = set()
    for word in {m.group(0) for m in _CAPITALISED_WORD.finditer(text)}:
        if kb.is_given_name(word) or kb.is_org_word(word) or kb.is_country(word):
            continue
        body = company_of(conn, word, name_key(word))
        row = store.get_speaker(conn, body) if body is not None else None
        if row is not None and _a_company(row.name):
            found.add(row.id)
    return found


def _a_company(name: str) -> bool:
    """Whether a body's name may be a company's: no state institution, union or party, no word of
    it one for another kind of body ("Fennwick Werke", "Halvard Mobility"; not "National
    Federation of Mine Workers")."""
    words = [w.casefold().strip(".,'’") for w in name.split()]
    return (
        bool(words)
        and institution_key(name) is None
        and not any(_NO_BUSINESS.search(w) for w in words)
        and not any(knowledge().is_org_word(w) and w not in _BUSINESS_HEADS for w in words)
    )


STORY_DAYS = 7  # how far apart two articles of one story may be published
# Bare nouns for public bodies, which a story's other reports may name: a story has most often one
# regulator, one court, one council, but several companies or clubs, some of them never quoted.
_PUBLIC = frozenset(
    """authority agency regulator watchdog court council commission inspectorate office board ministry
    department tribunal police coastguard""".split()
)


# What a description of a public body calls it, and the words that head the names of the bodies
# it may mean ("the regulator": an "Office of ... Supervision", a "... Commission").
_SUPERVISORS = frozenset("regulator watchdog authority agency office commission inspectorate board".split())
_KIND_WORDS = {"regulator": _SUPERVISORS, "watchdog": _SUPERVISORS, "authority": frozenset({"authority", "agency"})}
# Words of a description that say where a body acts, not which it is ("the national fisheries
# authority" may be the "Inland Fisheries and Lakes Agency").
_SCOPE = frozenset("national federal state regional local provincial municipal city country government".split())
# A description's owner ("the town's ferry authority"): it says whose, not which.
_OWNER = re.compile(r"^[\w.-]+['’]s\s+")


def description_of(name: str) -> tuple[str, tuple[str, ...]] | None:
    """The kind noun and the other words of a body's name when it only describes the body
    ("Transit authority", "the city's rail regulator", "Pensions watchdog": its first word
    capitalised at most, the last a word for a kind of body), else None."""
    words = _OWNER.sub("", without_base(_DETERMINER.sub("", name.strip()))).split()
    if len(words) < 2 or any(not w.islower() for w in words[1:]):
        return None
    noun = words[-1].casefold()
    if not knowledge().is_org_word(noun):
        return None
    return noun, tuple(w.casefold() for w in words[:-1] if w.casefold() not in _SCOPE)


def _same_word(a: str, b: str) -> bool:
    """Whether two words are one, in another spelling or number ("harbor"/"harbour", "pensions")."""
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5])


def _fits_description(noun: str, words: tuple[str, ...], t: ArticleSpeaker, row: store.SpeakerRow) -> bool:
    """Whether a named body may be what a description means: its name or description holds a
    word for the noun's kind ("the regulator": an "Office of ... Supervision") and every word of the
    description ("the ferry regulator": the "Office of Ferry Safety")."""
    held = {w.casefold().strip(".,'’()") for phrase in (row.name, *t.names, *t.roles) for w in phrase.split()}
    kinds = _KIND_WORDS.get(noun, frozenset({noun}))
    return bool(kinds & held) and all(any(_same_word(w, h) for h in held) for w in words)


def scope_of(name: str) -> tuple[str, ...]:
    """The words of a body's description that say where it acts ("the state regulator": state)."""
    words = _OWNER.sub("", without_base(_DETERMINER.sub("", name.strip()))).split()
    return tuple(w.casefold() for w in words[:-1] if w.casefold() in _SCOPE)


# Words that tell an article's "the court" or "the regulator" is another body than the one of
# its kind its story's other reports name: "the regulator said separately", "a higher court".
_SEPARATELY = re.compile(r"(?<!\w)separately(?!\w)", re.I)
_APPEAL = re.compile(r"(?<!\w)appeal(?:s|ed|ing)?(?!\w)", re.I)
_COURTS = frozenset({"court", "tribunal"})
_OTHER_ONE = r"(?<!\w)(?:lower|another|other|different|second|separate)\s+(?:[a-z-]+\s+)?(?:{})s?(?!\w)"
_HIGHER = re.compile(r"(?<!\w)(?:higher|appeals?|appellate)\s+(?:[a-z-]+\s+)?(?:court|tribunal)s?(?!\w)", re.I)
# The words of an appeal court's name ("Court of Appeal", "Supreme Court", "High Court"): the
# court an appeal goes to may be the story's.
_APPELLATE = frozenset("appeal appeals appellate supreme high higher cassation".split())
# A capitalised word of a name written around a kind word ("Brinmark Safety Agency", "Court of
# Appeal"), and the small words a name may hold between them.
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][\w'’-]*")
_NAME_LINK_WORDS = frozenset({"of", "the", "for", "and", "on"})


def _points_away(noun: str, text: str) -> bool:
    """Whether an article's words tell that its bare noun means another body of the kind than the
    one its story's other reports name: "separately", "another regulator"."""
    kinds = _KIND_WORDS.get(noun, frozenset({noun}))
    other = re.compile(_OTHER_ONE.format("|".join(sorted(kinds))), re.I)
    return bool(_SEPARATELY.search(text) or other.search(text))


def _appeal_elsewhere(noun: str, text: str, held: set[str]) -> bool:
    """Whether an article's "the court" is the court an appeal goes to ("a higher court", an
    appeal), which a court of the story that hears no appeals is not."""
    return noun in _COURTS and bool(_HIGHER.search(text) or _APPEAL.search(text)) and not held & _APPELLATE


def _names_written(noun: str, text: str) -> list[set[str]]:
    """The other capitalised words of each body of the noun's kind a text names ("Brinmark
    Safety Agency": brinmark, safety), casefolded; a kind word alone ("The Court") names none."""
    kinds = _KIND_WORDS.get(noun, frozenset({noun}))
    found = []
    for m in re.finditer(r"(?<![\w'’-])(?:" + "|".join(k.capitalize() for k in sorted(kinds)) + r")(?![\w'’-])", text):
        before = text[: m.start()].split()[-4:]
        name: set[str] = set()
        for w in reversed(before):
            if not _NAME_WORD.fullmatch(w.strip("'’")):
                break
            name.add(w.casefold().strip("'’"))
        after = text[m.end() :].split()[:4]
        if after and after[0] == "of":
            for w in after[1:]:
                w = w.rstrip(".,;:")
                if w.casefold() not in _NAME_LINK_WORDS and not _NAME_WORD.fullmatch(w):
                    break
                name.add(w.casefold())
        name -= _NAME_LINK_WORDS | kinds
        if name:
            found.append(name)
    return found


def _of_the_story(
    conn: sqlite3.Connection,
    article_id: str,
    noun: str,
    text: str,
    words: tuple[str, ...] | None = None,
    scope: tuple[str, ...] = (),
) -> set[str]:
    """The bodies of the bare noun's kind (of the description's, with ``words``) that speak in the
    other articles of the story this article tells, published within :data:`STORY_DAYS` of it:
    the body a report that names it nowhere means by "the authority" when the story's other
    reports name one authority. None when the article tells of another body of the kind
    (:func:`_points_away`, or a body of the kind it names that is not the one), or when the
    description's scope words (``scope``: "state", "national") are not the body's."""
    if _points_away(noun, text):
        return set()
    named = _names_written(noun, text)
    article = get_article(conn, article_id)
    day = article.published if article is not None else None
    found: set[str] = set()
    told: dict[str, bool] = {}
    for other, u, r in store.story_speaker_rows(conn, article_id, day, STORY_DAYS):
        if not _a_body(u, r) or description_of(r.name) is not None:
            continue
        if words is None:
            fits = _fits(noun, u, r) or _fits_description(noun, (), u, r)
        else:
            fits = _fits_description(noun, words, u, r)
        if not fits or (scope and not _fits_description(noun, scope, u, r)):
            continue
        held = {w.casefold().strip(".,'’()") for phrase in (r.name, *u.names) for w in phrase.split()}
        if any(not name <= held for name in named) or _appeal_elsewhere(noun, text, held):
            continue
        if other not in told:
            told[other] = same_story(text, other)
        if told[other]:
            found.add(r.id)
    return found


def bind_generic_bodies(conn: sqlite3.Connection, article_ids: Iterable[str]) -> set[str]:
    """Point each article's bare body noun at the one body of that kind the article names (see
    the module docstring). Returns the speakers whose quotes changed."""
    affected: set[str] = set()
    for article_id in article_ids:
        rows = store.article_speaker_rows(conn, article_id)
        for t, row in rows:
            noun = _generic_noun(row.name)
            if noun is None:
                _rebind_named_in_article(conn, article_id, t, row, rows, affected)
                _bind_description(conn, article_id, t, row, rows, affected)
                continue
            if row.kind not in {"organisation", "person"}:
                continue
            # a body "based" somewhere ("the Oslo-based agency") is the article's one named company
            # when the article names no body of the noun's kind
            based = any(_BASED.match(_DETERMINER.sub("", n.strip())) for n in (t.name, *t.names, row.name))
            found = {r.id for u, r in rows if r.id != row.id and _a_body(u, r) and _fits(noun, u, r)}
            if not found and based:
                found = {r.id for u, r in rows if r.id != row.id and _a_body(u, r) and _fits("company", u, r)}
            if not found:
                article = get_article(conn, article_id)
                text = article.body if article else ""
                if noun not in _BUSINESS:
                    found = _beside_noun(conn, noun, rows, row.id, text)
                if not found:
                    before = store.first_mention(conn, article_id, t.local_id)
                    earlier = text[:before] if before is not None else text  # what the article says before it
                    found = _called_so_elsewhere(conn, row, earlier)
                    if not found and noun in _BUSINESS:
                        found = _companies_written(conn, earlier)
                if not found and noun not in _BUSINESS:
                    found = _initials_written(conn, noun, row.id, text)
                if not found and noun in _PUBLIC:
                    found = _of_the_story(conn, article_id, noun, text)
            if len(found) == 1:
                body = found.pop()
                store.set_article_speaker(conn, article_id, t.local_id, body)
                affected |= {body, row.id}
    for speaker in sorted(affected):
        store.drop_if_unused(conn, speaker)
    return affected


def _bind_description(
    conn: sqlite3.Connection,
    article_id: str,
    t: ArticleSpeaker,
    row: store.SpeakerRow,
    rows: list[tuple[ArticleSpeaker, store.SpeakerRow]],
    affected: set[str],
) -> None:
    """Point a body the article only describes ("the transit authority", "the pensions
    watchdog") at the one body the article names that fits the description, else at the one
    body of the story's other articles that does."""
    described = description_of(row.name) if row.kind == "organisation" else None
    if described is None:
        return
    noun, words = described
    found = {
        r.id
        for u, r in rows
        if u.local_id != t.local_id
        and _a_body(u, r)
        and description_of(r.name) is None
        and _fits_description(noun, words, u, r)
    }
    if not found and noun in _PUBLIC:
        article = get_article(conn, article_id)
        text = article.body if article else ""
        found = _of_the_story(conn, article_id, noun, text, words, scope_of(row.name))
        if not found:
            before = store.first_mention(conn, article_id, t.local_id)
            found = _named_in_passing(conn, noun, words, row, text[:before] if before is not None else text)
    _bind_to_the_one(conn, article_id, t, row, found, affected)


def _named_in_passing(
    conn: sqlite3.Connection, noun: str, words: tuple[str, ...], row: store.SpeakerRow, text: str
) -> set[str]:
    """The public bodies of the corpus that fit a description ("the data watchdog") and whose
    full name a text writes, as no speaker of its own ("got no answer until she turned to
    the Records Privacy Inspectorate"): the body a later description of that article points back to,
    however long after the story's other reports it was written. None when the text tells of
    another body of the kind (:func:`_points_away`) or holds no description words to check."""
    if not words or _points_away(noun, text):
        return set()
    found: set[str] = set()
    for kind in sorted(_KIND_WORDS.get(noun, frozenset({noun}))):
        for head in {name_key(kind), kind}:
            for body in store.organisations_by_head(conn, head):
                if body.id == row.id or description_of(body.name) is not None or _generic_noun(body.name):
                    continue
                forms = [f for f in store.speaker_forms(conn, body.id) if len(f.split()) >= 2]
                held = {w.casefold().strip(".,'’()") for f in (body.name, *forms) for w in f.split()}
                fits = bool(_KIND_WORDS.get(noun, frozenset({noun})) & held) and all(
                    any(_same_word(w, h) for h in held) for w in words
                )
                if fits and _written_beside(forms, [text]) and not _owned_elsewhere(noun, forms, text):
                    found.add(body.id)
    return found


# A body of a kind said to be someone's ("that country's own privacy watchdog", "its regulator").
_OWNED = r"(?:\w['’]s|s['’]|(?<!\w)(?:its|their|own))\s+(?:[\w-]+\s+){{0,2}}(?:{})s?(?!\w)"


def _owned_elsewhere(noun: str, forms: list[str], text: str) -> bool:
    """Whether a text tells of a body of the noun's kind as someone's, in a sentence that does not
    write the body's name ("fined by that country's own privacy watchdog", after naming the
    Records Privacy Inspectorate of another land): the description means that body, not the one
    named in passing."""
    owned = re.compile(_OWNED.format("|".join(sorted(_KIND_WORDS.get(noun, frozenset({noun}))))), re.I)
    return any(owned.search(s) and not _written_beside(forms, [s]) for s in _SENTENCE_END.split(text))


def _rebind_named_in_article(
    conn: sqlite3.Connection,
    article_id: str,
    t: ArticleSpeaker,
    row: store.SpeakerRow,
    rows: list[tuple[ArticleSpeaker, store.SpeakerRow]],
    affected: set[str],
) -> None:
    """Point a bare body noun the corpus already took for another article's body ("the
    authority" for the one body whose name ends so when it was read) at the one body of that kind
    its own article names, when that is another body."""
    noun = _generic_noun(t.name)
    if noun is None or row.kind != "organisation" or noun in _BUSINESS:
        return
    found = {r.id for u, r in rows if u.local_id != t.local_id and _a_body(u, r) and _fits(noun, u, r)}
    _bind_to_the_one(conn, article_id, t, row, found, affected)


def _bind_to_the_one(
    conn: sqlite3.Connection,
    article_id: str,
    t: ArticleSpeaker,
    row: store.SpeakerRow,
    found: set[str],
    affected: set[str],
) -> None:
    """Point the article's speaker ``t`` (now ``row``) at the body ``found`` holds, when it holds
    exactly one and that is another body; note both speakers in ``affected``."""
    if len(found) == 1 and row.id not in found:
        body = next(iter(found))
        store.set_article_speaker(conn, article_id, t.local_id, body)
        affected |= {body, row.id}


def company_of(conn: sqlite3.Connection, name: str, key: str) -> str | None:
    """The only organisation whose name starts with these words ("Calderan" of "Calderan
    Therapeutics", "Irish Ports" of "Irish Ports and Shipping Council"), for words no given name
    opens; else None."""
    words = key.split()
    if not words or knowledge().starts_with_given_name(name):
        return None
    found = [
        c
        for c in store.organisations_by_first_word(conn, words[0])
        if institution_key(c.name) is None and c.key.startswith(key + " ")
    ]
    return found[0].id if len(found) == 1 else None


# A body's organ named with its possessor ("HWB's board", "Lumora's engineering team"): the
# possessor, and the organ's last word.
_ORGAN = re.compile(
    r"^(?:the\s+)?(?P<owner>[A-ZÀ-Þ][\w&.-]*(?:\s+[A-ZÀ-Þ][\w&.-]*)*)['’]s?\s+(?:[a-z-]+\s+){0,2}"
    r"(?P<organ>board|team|office|management|leadership|staff|lawyers|directors|executive|(?<!news )service)$"
)


def _organ_of(conn: sqlite3.Connection, name: str) -> str | None:
    """The one organisation an organ's possessor names (by its name or its initials), or None."""
    m = _ORGAN.match(name.strip())
    if m is None:
        return None
    owner = m.group("owner")
    found = {b.id for b in store.candidates_by_key(conn, "organisation", name_key(owner))}
    found |= {b.id for b in store.organisations_by_alias(conn, owner)}
    if not found:  # "Halvern's customer service": the only company whose name starts so
        company = company_of(conn, owner, name_key(owner))
        found = {company} if company is not None else set()
    return found.pop() if len(found) == 1 else None


def _its_owner(name: str, text: str, rows: list[tuple[ArticleSpeaker, store.SpeakerRow]], own: str) -> str | None:
    """The one other body of the article named in the sentence where the text writes this
    body's name after "its", before it ("The Central Bank of Estrevia (CBM) announced that its
    Monetary Policy Committee has decided"): the organ is that body's; else None."""
    found: set[str] = set()
    for m in re.finditer(r"(?<!\w)[Ii]ts\s+" + re.escape(name) + r"(?!\w)", text):
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        sentence = text[start : m.start()]
        for t, row in rows:
            if row.id == own or row.kind != "organisation" or is_generic_body(row.name):
                continue
            if any(
                len(n) >= 3 and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", sentence) for n in (*t.names, row.name)
            ):
                found.add(row.id)
    return found.pop() if len(found) == 1 else None


def bind_organs(conn: sqlite3.Connection, article_ids: Iterable[str]) -> set[str]:
    """Point each article's organ of a body ("HWB's board") at that body, and a body the article
    writes after "its" ("its Monetary Policy Committee") at the one body its sentence names before
    (see the module docstring). Returns the speakers whose quotes changed."""
    affected: set[str] = set()
    for article_id in article_ids:
        rows = store.article_speaker_rows(conn, article_id)
        text = ""
        for t, row in rows:
            body = _organ_of(conn, row.name) if row.kind == "organisation" else None
            if body is None and row.kind == "organisation" and not is_generic_body(row.name):
                if not text:
                    article = get_article(conn, article_id)
                    text = article.body if article else ""
                body = _its_owner(t.name, text, rows, row.id)
            if body is not None and body != row.id:
                store.set_article_speaker(conn, article_id, t.local_id, body)
                affected |= {body, row.id}
    for speaker in sorted(affected):
        store.drop_if_unused(conn, speaker)
    return affected
