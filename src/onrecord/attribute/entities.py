"""In-article coreference by rules: which person or organisation each speaker mention means.

Mentions are read in text order. A full name opens (or finds) an entity; a surname finds the
full name used earlier; a role phrase ("the Kremlin spokesman") finds the entity the article
tied that role to ("Kremlin spokesman Dmitry Peskov"), or one holding a role of the same class
("press secretary" ~ "spokesman"); a pronoun takes the most recent speaker of compatible gender
and number. Unnamed sources ("a ministry official") resolve to nobody, never to the nearest name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from onrecord.attribute.acronyms import defined_acronyms, spells
from onrecord.attribute.appositions import behalf_of
from onrecord.attribute.glued_roles import glued_place, glued_role
from onrecord.attribute.kin import KIN_OF, introduced_as_kin, kin
from onrecord.attribute.knowledge import knowledge
from onrecord.attribute.media_bodies import outlet_kinds, outlet_named_before
from onrecord.attribute.organisations import (
    business_named_before,
    described_by_noun,
    head_word,
    is_business_name,
    is_business_role,
    kind_word,
    named_by_noun,
)
from onrecord.attribute.particles import PATRONYMICS, bare_family_name, hyphen_parts
from onrecord.dates import MONTHS, WEEKDAYS
from onrecord.extract.mentions import Mention

if TYPE_CHECKING:
    from onrecord.resolve.roles import RoleShape

__all__ = ["ACRONYM", "Entity", "EntityTracker", "slug", "speaker_id"]

_AGED = re.compile(r"[^\W\d_][\w’'-]*,\s+\d{1,3},")  # "Maria, 34, ...": a given name and an age
# the forms of "he" and "she" a sentence goes on about a person with
_PRONOUN_FORMS = {"he": frozenset({"he", "him", "his", "himself"}), "she": frozenset({"she", "her", "hers", "herself"})}
_PERSONAL = frozenset({"he", "she"})  # pronouns that only mean people, unlike "il", "elle", "er", "sie"
_POSSESSIVE_FORMS = frozenset({"his", "her"})  # "his promise that ...": the words' owner
# the noun of words a possessive owns, before what they say: "his promise that", "her vow to"
_NOUN_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+(?:that|to)\b")
# the words before a person's other name: "real name", "stage name", "known as", "born"
_ALIAS_BEFORE = re.compile(
    r"(?:\b(?:real|birth|legal|stage|ring|pen) name(?:\s+(?:is|was))?|\b(?:better\s+|also\s+)?known as"
    r"|\bnée|(?<![\w-])born)[:,]?\s+[\"“‘']?$",
    re.I,
)
# "Ilse Varnholt, who leads the inquiry, ...", "Tove Raskin, the ferryman who found them, ...": a person
_WHO_NEXT = re.compile(r",\s+(?:(?:the|a|an)\s+(?P<words>(?:[\w’'-]+\s+){1,4}?))?who\s")
# a description of a person set off after a name: ", a fruit seller on ...", ", 64, a retired
# welder who ...", its last noun before a preposition, a clause or the end of the apposition
_DESCRIBED_AS = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:a|an)\s+(?:[a-z][\w’'-]*\s+){0,3}?(?P<noun>[a-z][\w’'-]*)"
    r"(?=\s+(?:at|of|on|in|for|from|with|who|whose|since|to|and)\b|[,.;])"
)
# an office the sentence says a name holds: " has been mayor of ...", " is a councillor in ..."
_HOLDS_OFFICE = re.compile(
    r"\s+(?:has\s+been|had\s+been|is|was|became)\s+(?:(?:a|an|the)\s+)?(?:[a-z][\w’'-]*\s+){0,2}?(?P<noun>[a-z][\w’'-]*)"
    r"(?=\s+(?:at|of|on|in|for|from|with|since|and)\b|[,.;])"
)
_HIS_HER_ROLE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:His|Her)\s+(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*,\s+$")
_VOICES = frozenset("spokesman spokeswoman spokesperson representative".split())  # "a spokesperson said"
_VOICE_GENDERS = {"spokesman": "m", "spokeswoman": "f"}


def _voice_gender(words: Collection[str]) -> str | None:
    """The gender a spokesperson's word shows ("spokeswoman": "f"), else None."""
    return next((_VOICE_GENDERS[w] for w in words if w in _VOICE_GENDERS), None)


# the kind of body a voice speaks for, after it: "a spokeswoman for the insurer" (not "for the
# club's owners": the body is another)
_NAME_WORD = r"[A-ZÀ-Þ][\w’'&-]*"  # a capitalised word of a name
_FOR_THE_KIND = re.compile(r"\s+(?:for|of|at)\s+the\s+([a-z][a-z-]+)\b(?!['’-])")
# a sentence that opens with a body's one-word name as its subject: "Orrald did not dispute ...",
# "Quenwell said Monday ..." (the word's sentence starts at a paragraph's start or after a full stop)
# A body's name of several words opening a sentence as its subject ("The Department for
# Education has put out a statement"), with a word of a body among them
_BODY_NAME_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:The\s+)?([A-Z][\w&'’-]+(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w&'’-]+)+)\s+(?=[a-z])",
    re.M,
)
_BODY_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))([A-Z][\w&-]+)\s+(?=[a-z])", re.M)
# A person's word after a name an age sets off: a pronoun, "who", a noun of a person
_PERSON_SIGN = re.compile(
    r"\b(?:he|she|him|his|her|hers|himself|herself|who|whose|whom|woman|man|mother|father|widow|"
    r"widower|grandmother|grandfather|girl|boy|wife|husband|daughter|son)\b",
    re.IGNORECASE,
)
# A thing's kind that gets an age in copy as a person does: a vessel, an animal, a club
_NO_PERSON = re.compile(
    r"\b(?:ferry|ferries|ships?|vessels?|boats?|yachts?|trawlers?|tankers?|tugs?|horses?|geldings?|mares?|"
    r"colts?|fillies|filly|stallions?|hounds?|greyhounds?|dogs?|clubs?|teams?|buildings?|hotels?)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")  # a quote's own words, whose pronouns are its speaker's
_PARTICLES = frozenset("de da van von der den du di dos del della la le ter ten".split())
# The last word of a street's or square's name: a place, never "the company" nor a voice
_STREET_WORDS = frozenset("street road avenue lane square boulevard drive highway terrace crescent plaza".split())
_RANKS = frozenset("former ex deputy vice junior acting interim prime first then outgoing elect designate".split())
_NOT_YET = re.compile(r"-(elect|designate)\b")  # "governor-elect": the rank "elect" of a governor
_HEAD_CLASS = "head"  # the role class of a body's head named by no office ("chief", "head")
_OF_PORTFOLIO = re.compile(r"\b(?:of|for)\b", re.I)  # "head of infrastructure": an office of its own
_JUST_NAMED = 300  # characters back that "the union chair" may reach a person named without a role
# the writer's own question to a body, right before its name: "We asked the", "I contacted"
_WRITER_ASKED = re.compile(
    r"\b(?:we|I)\s+(?:have\s+|had\s+|also\s+|then\s+)?(?:asked|contacted|approached|e-?mailed|called|rang|phoned|"
    r"wrote\s+to|reached\s+out\s+to|put\s+(?:this|these|that|those|the\s+\w+(?:\s+\w+)?)\s+to|"
    r"went\s+to|turned\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a name opening its sentence as the subject, after at most a short phrase set off by a comma
_OPENING_SUBJECT = re.compile(r"(?:[^,.;:\n]{1,40},\s+)?(?:[Tt]he\s+)?[\"“‘']?")
# a verb of speech right after a name, an apposition between: "Corrow Savings, the lender, said"
_SPEECH_AFTER = re.compile(
    r"(?:,[^,.]{1,60},)?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|confirmed|confirms|announced|announces|denied|"
    r"denies|declined|declines|stated|states|told|tells|insisted|insists|responded|responds|replied|replies|"
    r"added|adds|refused|refuses)\b"
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[A-Z0-9\"“‘']")
_CLOSED_BEFORE = re.compile(r"[.!?][\"”’']?$")  # the end of a sentence just before a position
# a preposition of place just before a name: "in", "at", "to", "into", "near", "towards"
_AFTER_PLACE_WORD = re.compile(r"(?<![\w-])(?:in|at|to|into|near|towards|toward)\s+(?:the\s+)?$")
# ... but "to" and "at" after a verb of addressing or looking come before a person ("wrote to X")
_TO_A_PERSON = re.compile(
    r"\b(?:wr[io]te|writes?|written|writing|spoke|speaks?|speaking|spoken|talk(?:s|ed|ing)?|said|says|repl(?:y|ied|ies)|"
    r"listen(?:s|ed|ing)?|look(?:s|ed|ing)?|point(?:s|ed|ing)?|turn(?:s|ed|ing)?|refer(?:s|red|ring)?|sent|sends?|"
    r"appeal(?:s|ed|ing)?|married|introduced|belong(?:s|ed)?|thanks|according|next|close|due|letter|message)"
    r"\s+(?:to|at)\s+$",
    re.I,
)
# the capitalised words that close a programme's title ("The Laura Pinter Show")
_PROGRAMME_WORDS = frozenset("show podcast programme program hour".split())
# "the" before a name, with the capitalised words of a longer name between ("the Pellworth Civic ")
_THE_BEFORE = re.compile(r"\b[Tt][Hh][Ee]\s+(?:[A-Z][\w'’-]*\s+){0,3}$")
_PRONOUN_WINDOW = 900  # characters back that "he"/"she" may reach a speaker without a new name
# Documents a writer lets speak for their author: "the statement said", "the memo argued".
_DOCUMENTS = frozenset(
    "statement memo memorandum letter release post communique communiqué email e-mail note notice readout report "
    "bulletin document complaint filing lawsuit petition indictment affidavit notification directive advisory study "
    "judgment judgement ruling order award verdict decree survey".split()
)
# a body's records that speak for it only when its possessive names it ("according to the
# agency's own figures", "Vantor's investor presentation"); "the figures show" has no author
_RECORDS = frozenset("figures data presentation summary estimates accounts records tally assessment findings".split())
_OWN_OR_YEAR = re.compile(r"own|(?:19|20)\d\d")
# how many words a possessive's document may take, its noun among them: "the board's most recent
# annual report", "the regulator's first structural safety report"
_OWNED_REACH = 4
_BEHALF_REACH = 40  # how far after a document's noun "on behalf of" may say whose it is
DOCUMENT_NOUNS = _DOCUMENTS  # the nouns of the documents a speaker may speak through
# a court's documents: what a judge or a tribunal wrote ("the judgment said", "the order reads", "the
# award states"), whose author is that judge or tribunal where the article names no other
_COURT_DOCUMENTS = frozenset("judgment judgement ruling order award verdict decree".split())
# court documents whose noun also names a body or a prize ("the religious order", "the award's
# jury"): no court's when a verb of a speaker's follows it ("the order said"; "the order reads" is)
_AMBIGUOUS_DOCUMENTS = frozenset({"order", "award"})
_SAYS_AFTER = re.compile(r"\s+(?:(?:has|had)\s+)?(?:said|says|told|tells|apologi[sz]ed|announced)\b", re.I)
# a determiner or possessive a few words before a noun ("a 46-page written judgment", "her order"):
# the noun's reading, not a verb's or an idiom's ("in order to", "to order a recount")
_DETERMINED = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]er|[Hh]is|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,3}$")
# a number of members before a body's noun: "three-member", "five-judge", "12-strong"
_SIZED = re.compile(
    r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)-"
    r"(?:member|judge|justice|person|strong|seat)\s+(?=\w)",
    re.I,
)
# a judge's title before a name: "Judge", "Mrs Justice", "Lady Justice", "Justice"
_JUDGE_TITLE = r"\b(?:Judge|Justice|Magistrate)"
# a court that speaks in the sentence that names its document: "..., a claim the court said was ..."
_COURT_SAID = re.compile(r"\bthe\s+(court|tribunal|chamber|panel)\s+(?:also\s+)?(?:said|says|found|ruled|held)\b")
# the kinds of body whose documents a court's are
_COURTS = ("court", "tribunal", "chamber", "panel")
# a part of a document that speaks for it: "The central passage of the judgment reads", "Paragraph
# 12 of the order says"
_PART_OF = re.compile(
    r"^(?:(?:the|a|an|one|another)\s+)?(?:[\w-]+\s+){0,2}?(?:passage|paragraph|section|part|text|wording|"
    r"summary|extract|excerpt|page|conclusion|operative\s+part)s?(?:\s+\d+)?\s+of\s+(?=\S)",
    re.I,
)
# document nouns that are adjectives too ("an advisory panel", "directive powers"): a document only
# where no noun follows them (:func:`_noun_reading`)
_ALSO_ADJECTIVES = frozenset({"advisory", "directive"})
# the words that may follow a document noun in its noun's reading: a preposition, a relative, a
# verb of its own ("The advisory from the ministry", "The directive, issued ...", "The advisory read")
_AFTER_NOUN = frozenset(
    "of from on by to in at for with about against that which was is were has had read said says reads warns "
    "states".split()
)
# a sentence a document opens as its subject: "A second letter, emailed on Wednesday, ..."
_DOCUMENT_SUBJECT = re.compile(
    r"(?:A|An|The|This|That|Another|Her|His|Their|Its)\s+(?:[\w-]+\s+){0,2}?(" + "|".join(sorted(_DOCUMENTS)) + r")\b"
)
# where a clause opens after a comma or a conjunction, before its subject ("..., and the union")
_CLAUSE_OPENING = re.compile(r"(?:[,;]\s*(?:and|but|while)?|\b(?:and|but|while))\s+(?:[Tt]he\s+)?$")
# a body's document named by its possessive: "Its latest report", "their joint statement"
_BODY_POSSESSIVE = re.compile(r"(?i:(its)|their)\s")
# the same before a noun the article wrote earlier: "Its latest situation report" for "the report"
_OWNED_BY_BODY = re.compile(r"\b(?i:(its)|their)\s+(?:[\w-]+\s+){0,3}$")
# a body's kind before its document, which reads as a name when the kind heads bodies' names:
# "the agency's initial structural safety report" (the role: "agency's initial structural safety report")
_COMMON_OWNER = re.compile(r"^the\s+(?=[a-z][a-z-]*['’]s\s)")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?\s")  # "Ngozi Eze's letter", "the ministers' memo"
# a body by its kind's noun alone: "the institute", "The party"
_DEFINITE_NOUN = re.compile(r"(?i:the\s+([a-z][a-z-]+))")
# A body named before its document: "A Foreign Ministry readout of the call", "a Kremlin statement".
# (after a year: "a 2026 KTRB report")
_OWNER_BEFORE = re.compile(r"^(?:(?:the|a|an)\s+)?(?:(?:19|20)\d\d\s+)?((?:[A-Z][\w’'-]*\s+){1,4})(\w+)\b")
_BY_FROM = re.compile(
    r"[,\s]*(?:(?:issued|signed|sent|released|published|posted|written|prepared|filed|submitted|lodged|led|conducted)"
    r"(?:\s+on\s+\w+)?(?:\s+(?:in|on|at|with)\s+(?:(?!\band\b)[^,;.\"“”]){1,60}?)?\s+)?(?:by|from)\s+"
)
# capitalised words of a name, an initialism with its points among them ("the U.S. Attorney's Office for ...")
_CAPITALS = re.compile(
    r"(?:the\s+)?(?:(?:[A-Z]\.){2,}|[A-Z][\w’'-]*)(?:\s+(?:(?:of|for)\s+(?:the\s+)?|&\s+)?(?:(?:[A-Z]\.){2,}|[A-Z][\w’'-]*))*"
)
# a description right after "from"/"by" a document, set off from what follows: "from the mayor,"
_DESCRIBED_AUTHOR = re.compile(r"the\s+([a-z][a-z-]+)(?=\s*[,;]|\s+(?:said|says|read|reads)\b)")
# Where the words naming a document's author end: "signed by Ada Obi, the spokesperson, said".
_AUTHOR_END = re.compile(r"[,;(]|\s(?:said|says|stated|added|confirmed|noted|announced)\b")
# Capitalised words before a document noun that name no author: "Her statement", "A Friday statement".
_NO_OWNER = frozenset(
    "her his its their our my your this that these those another each every one such new joint same final "
    "latest earlier separate".split()
)
# Capitalised words of description that may open a sentence before a full name ("Senior Ada Brill")
_DESCRIPTIONS = frozenset(
    """senior junior freshman sophomore veteran young retired former elderly rookie teenager pensioner
    student local""".split()
    # a question's auxiliary before its subject ("Has Renata Quill given up?"), no part of a name
    + "has have had is are was were do does did would can could should shall must".split()
)
_NATIONALITY_ENDINGS = ("ian", "ese", "ish")  # "Russian", "Japanese", "Turkish": adjectives of a people
# a verb of quoting right before an object pronoun: "quoted her as saying", "quoting him"
_QUOTED_OBJECT = re.compile(r"\bquot(?:ed|ing|es)\s+$", re.I)


def _document_noun(role: str | None) -> str | None:
    """The document a speaker phrase names ("joint statement", "copy of the letter", "the
    post", "Foreign Ministry readout of the call ..."), or None."""
    if not role:
        return None
    part = _PART_OF.match(role)
    if part is not None:
        role = role[part.end() :]  # "central passage of the judgment": the judgment
    owned = _document_owner(role)
    if owned is not None:
        return owned[1]
    words, described = _owned_words(role)
    if len(words) > 4 and not (described is not None and len(described) <= _OWNED_REACH):
        return None  # a long description, unless a possessive names the document's owner: "Kay de la Mar's letter"
    return words[-1] if words and words[-1] in _DOCUMENTS else None


def _owned_words(role: str) -> tuple[list[str], list[str] | None]:
    """A speaker phrase's words (case-folded, typographic apostrophes as typewriter ones), and
    the words describing what its last possessive owns, the owner's "own" and a year aside ("the
    board's own 2025 annual report": "annual", "report"); None for those with no possessive."""
    words = role.casefold().replace("’", "'").split()
    owner_ends = [i for i, w in enumerate(words) if w.endswith(("'s", "s'"))]
    if not owner_ends:
        return words, None
    return words, [w for w in words[owner_ends[-1] + 1 :] if not _OWN_OR_YEAR.fullmatch(w)]


def _owned_record(role: str | None) -> str | None:
    """The record a body's possessive names in a speaker phrase that is no document
    ("the agency's own figures", "Vantor's 2025 investor presentation"), or None."""
    words, described = _owned_words(role or "")
    if described is None or words[-1] not in _RECORDS:
        return None
    return words[-1] if len(described) <= 3 else None


def _document_owner(role: str) -> tuple[str, str] | None:
    """The body a document phrase names before its noun, and the noun: ("Foreign Ministry",
    "readout") of "Foreign Ministry readout of the call between ..."; None when capitalised
    words do not stand before a document noun, or the noun is an adjective there ("Health
    Ministry advisory panel")."""
    m = _OWNER_BEFORE.match(role)
    if m is None or m.group(2).casefold() not in _DOCUMENTS or not _noun_reading(m.group(2), role[m.end() :]):
        return None
    return " ".join(m.group(1).split()), m.group(2).casefold()


def _noun_reading(word: str, after: str) -> bool:
    """Whether a document noun that is an adjective too (:data:`_ALSO_ADJECTIVES`) is a noun
    before the words ``after`` it: nothing, a mark or a word that no noun phrase goes on with
    ("The advisory, issued ...", "The directive from the board", "The advisory says"), or
    a verb in the past ("The advisory warned"); not "an advisory panel", "directive powers".
    Every other document noun is a noun."""
    if word.casefold() not in _ALSO_ADJECTIVES:
        return True
    following = re.match(r"\s*([a-z]+)\b", after)
    if following is None:
        return True  # the phrase's end, a mark, a capitalised word
    nxt = following.group(1)
    return nxt in _AFTER_NOUN or nxt.endswith("ed")


# An acronym as written: "MDC", "AT&T".
ACRONYM = re.compile(r"[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ&]{1,7}")
_QUOTE_MARKS = re.compile('["“”«»„]')
# a body's initials in running text ("CPA reported"), and what makes capitals a turn's label
_INITIALS_WORD = re.compile(r"[A-Z]{2,5}")
_LABEL_AFTER = re.compile(r"\s*(?:\([^()\n]*\)\s*)?:")
# what stands between a person's name and a pronoun that a relative clause on that name holds:
# "an interview with deputy editor Jon Coles, in which he stated ..."
_RELATIVE_ON_NAME = re.compile(
    r"[^,;.!?\"“”«»]{1,60},\s*(?:(?:in|during|at|after|from|for|with)\s+which|where|when)\s+$"
)
# what stands between a sentence's subject and a pronoun opening a free relative in its own clause:
# "Secretary General Tomas Berg condemned what he called ..." (no comma, no quotation mark between)
_FREE_RELATIVE_AFTER = re.compile(r"[^,;:.!?\"“”«»]{1,80}?\bwhat\s+$")
# a sentence that opens with "he"/"she" (after any quotation mark): it goes on about someone in play
_PRONOUN_OPENER = re.compile(r"[\"“‘']?(?:He|She)\b")


# a description's last words before the name it goes by: "an engineer named ", "a man called "
_NAMED_SO = re.compile(r"\b[a-z]+\s+(?:named|called)\s+$")
# the rest of a sentence after a name, up to its end or a quotation's opening
_CLAUSE_AFTER = re.compile(r"[^.!?\n\"“”]{0,200}")
# the reported clause's own subject right after the name and its verb of saying: "Smith said she
# would", "De Vos said her agent", "De Vos had said last week that she" (a few words of time
# before "that", no noun phrase: "said the inspector ... told him she" is no cue)
_CLAUSE_PRONOUN = re.compile(
    r"(?:,\s+(?:who|whose)\s[^,]{1,80},)?"  # an aside on the name: "Lopez, whose brother lives in Chile, said"
    r"\s+(?:has\s+|had\s+)?(?:said|says|added|adds|told\s+(?:reporters|journalists)|insisted|insists|"
    r"explained|explains|recalled|recalls|admitted|admits|warned|warns)"
    r"(?:\s+(?:(?!(?:the|a|an|this|that|his|her|their|its|my|our)\b)[a-z]+\s+){0,3}?that)?\s+(he|she|his|her)\b"
)
# a pronoun or possessive of either gender, anywhere in the sentence
_GENDERED_WORD = re.compile(r"\b(?:(he|his|him|himself)|(she|her|hers|herself))\b", re.I)


def _sentence_start(text: str, at: int) -> int:
    found = [m.end() - 1 for m in _SENTENCE_END.finditer(text, max(0, at - 600), at)]
    return found[-1] if found else max(0, at - 600)


# a quotation closed right before a cue's subject: '"... own decisions," it said'
_QUOTE_CLOSED_BEFORE = re.compile(r"[,.!?]?\s*[\"”]\s*$")


def _quoted_sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, a quotation closed just before ``at`` read whole
    ('"We are ready. Nothing was hidden," it said': its opening mark, not "Nothing"), so the
    sentence before it is the one before the quotation."""
    start = _sentence_start(text, at)
    closed = _QUOTE_CLOSED_BEFORE.search(text, start, at)
    if closed is None:
        return start
    paragraph = text.rfind("\n", 0, start) + 1
    close = text.rfind(closed.group(0).strip()[-1], closed.start(), at)
    opening = text.rfind("“", paragraph, close) if text[close] == "”" else text.rfind('"', paragraph, close)
    if opening < 0 or opening >= start:
        return start
    return _sentence_start(text, opening + 1)


# a noun of kinship after a possessive, right before a name: "Her brother ", "his wife, "
_KIN_BEFORE = re.compile(r"(?:\b[Hh]is|\b[Hh]er|\b[Tt]heir|['’]s?)\s+(?:late\s+|elder\s+|younger\s+)?([a-z]+),?\s+$")
# a "her" that is an object, not a possessive: a mark, a preposition or a conjunction after it
_AFTER_OBJECT_HER = re.compile(
    r"\s*(?:[,.;:!?)\"”’—–]|$|(?:about|to|at|in|on|with|for|from|by|into|over|and|but|or|as|that|when|if"
    r"|because|before|after|again|back|up|out|off|too|once)\b)"
)
# what opens an aside set off after a comma: a relative pronoun or an apposition's article
_ASIDE_OPENS = re.compile(r"\s*(?:who|whom|whose|a|an|the)\b")
_WHO = re.compile(r"\b(?:who|whom|whose)\b")
# between a name and an aside about it: nothing, or an age set off ("Jean Vallet, 54, who ...")
_NOTHING_BETWEEN = re.compile(r"[\s,\d]*")
# a run of capitalised words: a name written there
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*)*")
# the pronouns of each gender, in any case: a person of that gender in play
_GENDERED_PRONOUN = {
    "f": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b"),
    "m": re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself)\b"),
}


# a stop that ends a sentence: not the point of "2.9", "a.m." or "U.S." (after one capital letter,
# an initial's: "John F. Kennedy"), unless a word that opens sentences and no name follows ("a memo
# on Plan B. The mayor ...": the letter was a name's last)
_SENTENCE_OPENER = r"(?:The|A|An|He|She|It|They|We|I|His|Her|Its|Their|This|That|These|Those|There|But|And|Yet|So)\b"
_STOP = re.compile(
    r"(?<!\b[A-Z])[.!?](?=[\"”’'»)]*(?:\s|$))|(?<=\b[A-Z])\.(?=[ \t]+" + _SENTENCE_OPENER + r"(?!\.))|[;\n]"
)


def _sentence_end(text: str, at: int, limit: int | None = None) -> int:
    """Where the sentence (or clause after a semicolon) holding ``at`` ends, within ``limit``."""
    stop = limit if limit is not None else min(len(text), at + 600)
    m = _STOP.search(text, at, stop)
    return m.start() if m else stop


# A sentence that opens with a full name as the subject of a verb of saying: "Eitan de Vries said".
# a description with a relative clause after it ("The restaurant's chef, who ...,"), which may
# introduce a person the next sentence names
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:who|whose)\b")
_NEXT_SPEAKER = re.compile(
    r"[\"”’'»)]*\s+(?P<name>[A-ZÀ-Þ][\w’'-]+(?:\s+(?:(?:de|van|von|der|den|da|di|du|la|le)\s+)*[A-ZÀ-Þ][\w’'-]+){1,3})"
    r"\s+(?:said|says|told|tells|added|adds)\b"
)
_POSSESSIVES = frozenset("his her their its our my your".split())
# A family the article names: "the Sithole family", "The De Wet family".
_NAMED_FAMILY = re.compile(r"\b[Tt]he ((?:[A-Z][\w’'-]+ )?[A-Z][\w’'-]+) family\b")


def slug(name: str) -> str:
    """Return a lower-case, hyphenated key for a name (``Dmitry Peskov`` -> ``dmitry-peskov``): ASCII
    where the name can be transliterated, else its own letters (``דב אהרוני`` -> ``דב-אהרוני``)."""
    from onrecord.resolve.translit import transliterate

    text = transliterate(name)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if not text:
        # a script transliterate does not write (Hebrew): the name's own
        # letters, not the one "unknown" every such name would share
        kept = (ch if unicodedata.category(ch)[0] in "LMN" else "-" for ch in name.casefold())
        text = re.sub(r"-+", "-", "".join(kept)).strip("-")
    return text or "unknown"


def speaker_id(kind: str, name: str) -> str:
    """The id of a speaker: its kind and its name (for people, its spelling-independent key).

    ``speaker_id("person", "Dmitry Peskov") == speaker_id("person", "Дмитрий Песков")``.
    """
    from onrecord.resolve.translit import name_key

    prefix = {"person": "p", "organisation": "o", "role": "r"}.get(kind, "x")
    key = (name_key(name) or name) if kind == "person" else name
    return f"{prefix}:{slug(key)}"


# Nouns that stand for an organisation the article has named ("the company said").
_POSSESSIVE_END = re.compile(r"['’]s$")
_FELLOW = re.compile(r"^(?i:fellow)\s+(?=\w)")  # "Fellow Democrats": the members themselves

_GENERIC_ORGANISATIONS = frozenset(
    "company firm group carrier airline manufacturer maker operator insurer lender retailer "
    "council union party government ministry department agency authority regulator commission "
    "board committee court bank club league federation association".split()
)


# Of those, the nouns for a business: "the company" is any body the article named that is not
# a public or collective one.
_BUSINESS_NOUNS = frozenset(
    "company firm group carrier airline manufacturer maker operator insurer lender retailer".split()
)
# Other kinds of body a definite noun may stand for, named last ("Halloway Films ... the studio said").
_BODY_KINDS = frozenset(
    "studio charity utility coastguard district panel insurer broadcaster publisher developer foundation "
    "hospital school bank network chain supplier provider producer label consortium cooperative "
    "co-op exchange fund lab laboratory brand startup".split()
)
# Heads of public and collective bodies, which "the company" never means.
_BODY_HEADS = frozenset(
    "council union party government ministry department agency authority regulator commission board "
    "committee court federation association alliance coalition league club police parliament senate "
    "congress assembly office tribunal watchdog guild chamber trust institute university".split()
)


_DEFINITE = re.compile(r"^the\s+\S+$", re.I)
# what may stand between a description and the name it introduces: "MEC Riaan Kotze", "the
# harbour master for Eastpoint, Capt. Ona Reyes" (a place or body after "for"/"of", a comma, a title)
_NAME_AFTER_ROLE = re.compile(r"(?:\s+(?:for|of|in|at)\s+[^,.;:\"“”()\n]{1,40}?)?,?\s+(?:[A-Z][a-z]{0,4}\.?\s+){0,2}")
# ... and between a name and the description set off after it: "Ona Reyes, the harbour master"
_OFFICE_OF = re.compile(r"\bof\s+$")  # the "of" before an office's field ("Secretary of State")
_ROLE_AFTER_NAME = re.compile(r",\s+(?:the|a|an)\s+(?:(?!(?:of|for|in|at|and)\s)[\w'’-]+\s+){0,3}$", re.I)
# ... or with a possessive for its article: "Ona Reyes, Eastpoint's harbour master"
_OWNED_ROLE_AFTER_NAME = re.compile(
    r",\s+(?:[\w-]+\s+){0,2}[\w-]+['’]s\s+(?:(?!(?:of|for|in|at|and)\s)[\w-]+\s+){0,3}$"
)
# ... which closes there, or goes on with its field or a clause about the person ("Ona Reyes, the
# harbour master, said", "..., the harbour master at Eastpoint"), not with a verb of its own
# ("According to Ona Reyes, the harbour master had warned ...": the role is the sentence's subject)
_APPOSITION_CLOSES = re.compile(
    r"[ \t]*(?:[,.;:!?)\]—–\n]|$)|\s+(?:at|of|for|in|on|with|from|to|who|whose|since)\s", re.I
)
# a name set off after its description closes too: "the dock master, Tilde Norrgaard, said"
_NAME_CLOSES = re.compile(r"[ \t]*(?:[,.;:!?)(\]—–\n]|$)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")  # the word right before a name ("Capt. Ona Reyes")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’-]*\s$")  # a capitalised word right before another
# a name after which words are reported, not said: "According to Ona Reyes, ..."
_RELAYED_BY = re.compile(r"\b(?:according\s+to|per)\s+$", re.I)
# ... or a description: "According to the ruling, ...", "according to the dock master, ..."
_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
# Words that make a description's holder another than the one a bare "the <role>" means: a possessive
# pronoun ("Its foreman, Ada Lind": the foreman of what "it" is, another quarry maybe) or a modifier,
# of the role or of its possessor ("the visiting coach", "the second car's driver", "the former
# warden", "the deputy foreman"); "Eastpoint's chief engineer", "Chief Engineer Ada Lind" stay one's
_OTHERS_POSSESSIVE = frozenset("its their his her our your my whose".split())
_OTHER_HOLDER = frozenset(
    """other another second third fourth fifth visiting former new ex previous outgoing incoming rival
    opposing next future late deputy assistant vice""".split()
)
# where a noun phrase opens, walking back from its head: its article, or a verb or preposition before it
_NP_OPENS = frozenset(
    "the a an that this is was are were be been has had have said says told named called as to of for by with at in on "
    "and or but who which".split()
)
_CLAUSE_CUT = re.compile(r"[,.;:!?\"“”()\[\]—–\n]")
# the field after a description: "the foreman at the second quarry", "the coach of the other side"
_FIELD_AFTER = re.compile(r"\s+(?:of|for|at|in|with|from)\s+[^,.;:\"“”()\n]{1,40}")
# A definite description of several words: "the German logistics magnate", "the club's prospective owner".
_DESCRIPTION = re.compile(r"^the\s+\S+(?:\s+\S+){1,4}$", re.I)
# The offices of a head of state or government, which speak as a body under no other name
# ("the presidency said in a statement", "the chancellery confirmed").
_OFFICES = frozenset("presidency chancellery premiership".split())
# Plural members that speak for their body: "the judges added" is the court.
_MEMBERS_OF = {"judges": "court", "justices": "court"}


# Body nouns that may name one body: a public office ("the Budget Office ... the agency said"), a
# collective one ("the Association of Flight Attendants ... the union wrote").
_KIND_FAMILIES = (
    frozenset("agency authority office regulator commission board department ministry watchdog bureau service".split()),
    frozenset("union association federation guild league alliance coalition".split()),
)


def _kinds_agree(head: str, noun: str) -> bool:
    """Whether a body whose name's head word is ``head`` may be what "the NOUN" means: the same
    kind, one family of kinds, or a head that names no kind of body ("Teslin Air"); not a union
    for "the airline", nor a federation for "the agency"."""
    head, noun = kind_word(head), kind_word(noun)
    if head == noun or not (head in _BODY_HEADS or head in _BUSINESS_NOUNS or head in _BODY_KINDS):
        return True
    return any(head in family and noun in family for family in _KIND_FAMILIES)


def _of_kind(name: str, noun: str) -> bool:
    """Whether an organisation's name is of the kind a body noun says ("Ministry of Mines of
    Valmera" for "the ministry", "Kessington Royal Infirmary" for "the hospital")."""
    words = {kind_word(w) for w in re.findall(r"[^\W\d_]+", name.casefold())}
    return kind_word(head_word(name)) == kind_word(noun) or kind_word(noun) in words


def _short_form_of(word: str, name: list[str]) -> bool:
    """Whether one word may stand for a person's full name (its words ``name``) beyond its
    surname and given name: one part of a double-barrelled surname ("McAllister" for "Roisin
    McAllister-Okafor"), the surname without its article ("Mahrouqi" for "... al-Mahrouqi"), or
    the given name before a patronymic ("Tariq" for "Tariq bin Saleh al-Mahrouqi")."""
    if len(name) < 2:
        return False
    w = _norm(word)
    last = name[-1]
    return (
        w in {_norm(p) for p in hyphen_parts(last)}
        or (bare_family_name(last) != last and _norm(bare_family_name(last)) == w)
        or (_norm(name[0]) == w and any(p in PATRONYMICS for p in name[1:-1]))
    )


def _norm(name: str) -> str:
    return re.sub(r"[.\s]+", " ", name.replace("’", "'")).strip().casefold()


def _ranked(role: str) -> str:
    """A role's words with the rank of an office not yet taken up apart ("governor-elect" ->
    "governor elect"), its head last but for that rank."""
    kb = knowledge()
    words = [kb.title_in_full(w) for w in _NOT_YET.sub(r" \1", _norm(role)).split()]  # "col" is "colonel"
    if words[-1:] and words[-1] in {"elect", "designate"}:
        words = [words[-1], *words[:-1]]  # "governor elect": the office stays the head
    return " ".join(words)


def _role_head(role: str) -> str:
    """The head word of a role: its last, but before an "of" that names the office's field
    ("secretary" of "Secretary of State", not "state"; "minister" of "Minister of Finance")."""
    words = _ranked(role).split()
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    return words[-1] if words else ""


def _role_field(role: str) -> str:
    """The field an office's "of" names ("state" of "Secretary of State"), or ""."""
    words = _ranked(role).split()
    return " ".join(words[words.index("of", 1) + 1 :]) if "of" in words[1:] else ""


def _same_office(role: str, other: str) -> bool:
    """Whether two roles share their head word and, where both name a field, the field
    ("the secretary" and "Secretary of State"; not "Secretary of State" and "Secretary of Health")."""
    head = _role_head(role)
    field, other_field = _role_field(role), _role_field(other)
    return bool(head) and _role_head(other) == head and (not field or not other_field or field == other_field)


_UNSPELT = frozenset("of for and the &".split())  # words an office's initials skip: "Commissioner of Police"


def abbreviates_office(written: str, entity: Entity) -> bool:
    """Whether ``written`` is an abbreviation of an office the article named the entity with
    ("CS" for one named "Cabinet Secretary Ann Wairimu"): "according to the CS" names no channel
    of hers."""
    if not ACRONYM.fullmatch(written) or not written.isalpha():
        return False
    titles = knowledge().titles
    return any(_spells(written, role, lambda w: w.casefold() in titles) for role in entity.roles)


def _office_fits(role: str, roles: list[str]) -> bool:
    """Whether a role may be one of the offices a person was given, as the role lexicon reads
    both: "the education secretary" is neither the shadow education secretary (another rank)
    nor the union's general secretary (another office of the same head word); a role the
    lexicon cannot read says nothing against it."""
    from onrecord.resolve.roles import classes_agree, role_shape

    shape = role_shape(role)
    if shape is None:
        return True
    shape = _unranked(shape)
    shapes = [_unranked(s) for s in map(role_shape, roles) if s is not None]
    return not shapes or any(
        shape.ranks == s.ranks
        and (
            shape.cls is None
            or s.cls is None
            or classes_agree(shape, s)
            or classes_agree(s, shape)
            or s.cls.endswith("-" + shape.cls)  # "the governor" of a central bank governor
        )
        and not _other_portfolio(shape, s)
        for s in shapes
    )


def _unranked(shape: RoleShape) -> RoleShape:
    """A role shape whose lexicon class opens with a rank, that rank moved to its ranks (the
    class ``deputy-minister`` of "deputy minister" is the rank "deputy" of a minister, as
    "Deputy Defence Minister" reads)."""
    first, _, rest = (shape.cls or "").partition("-")
    if not rest or first not in _RANKS | {"shadow"}:
        return shape
    return replace(shape, cls=rest, ranks=shape.ranks | {first})


def _other_portfolio(a: RoleShape, b: RoleShape) -> bool:
    """Whether two role shapes both name a portfolio and share none ("education secretary" and
    "Transport Minister"); names of people or bodies ("Kremlin", "Putin's") are no portfolio."""
    from onrecord.resolve.roles import portfolio_of

    mine, theirs = portfolio_of(a), portfolio_of(b)
    return bool(mine and theirs and not mine & theirs)


def _spells(acronym: str, role: str, is_title: Callable[[str], bool]) -> bool:
    """Whether an abbreviation spells the initials of consecutive words of an office, one of
    them a title: "CS" of "Interior Cabinet Secretary", "IGP" of "Inspector-General of Police"."""
    words = [w for w in re.split(r"[\s-]+", role) if w and w.casefold() not in _UNSPELT]
    initials = "".join(w[0].upper() for w in words)
    at = initials.find(acronym.upper())
    while at >= 0:
        if any(is_title(w) for w in words[at : at + len(acronym)]):
            return True
        at = initials.find(acronym.upper(), at + 1)
    return False


@dataclass(slots=True)
class Entity:
    """A person, organisation or unresolved role that speaks in one article."""

    key: int
    name: str
    kind: str
    gender: str | None = None
    number: str | None = "sg"
    names: set[str] = field(default_factory=set)
    forms: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    role_classes: set[str] = field(default_factory=set)
    last_pos: int = -1
    last_spoke: int = -1
    channels: set[str] = field(default_factory=set)
    first_pos: int = -1
    last_subject: int = -1

    @property
    def surname(self) -> str | None:
        """The last word of the name, for a person with a full name."""
        parts = self.name.split()
        return parts[-1] if self.kind == "person" and parts else None

    @property
    def id(self) -> str:
        """A provisional id, the same for the same name in every article."""
        return speaker_id(self.kind, self.name)


class EntityTracker:
    """Resolves mentions to entities for one article, in text order."""

    def __init__(self, text: str = "", organisations: list[tuple[int, str]] | None = None) -> None:
        self.text = text  # the article's body, where a sentence ends between two positions
        self.organisations = organisations or []  # every organisation the article names, and where
        self.entities: list[Entity] = []
        self._by_name: dict[str, Entity] = {}
        self._by_role: dict[str, Entity] = {}
        self._kb = knowledge()
        self._voiced: tuple[Entity, int] | None = None  # the body a spokesperson spoke for last, and where
        self._voice_gender: str | None = None  # that spokesperson's, when the word shows it ("spokeswoman")
        self._spoken: list[tuple[int, Entity]] = []  # every quote's speaker, at the position it spoke
        # the author a document's "it" meant last, and where that "it"'s sentence starts
        self._document_it: tuple[int, Entity] | None = None
        # what the text shows of each form of a name (by the reading's name), read once per article
        self._form_read: dict[tuple[str, str], bool] = {}
        # per role's words, where the text describes one holder with them (see ``_description_sites``)
        self._sites: dict[str, list[tuple[int, int, int]]] = {}
        self._businesses: set[int] = set()  # ids of the bodies the text names as businesses ("the company")

    # ------------------------------------------------------------------ names
    def _new(self, name: str, kind: str, pos: int, gender: str | None = None) -> Entity:
        entity = Entity(len(self.entities), name, kind, gender)
        entity.names.add(_norm(name))
        entity.last_pos = entity.first_pos = pos
        self.entities.append(entity)
        self._by_name[_norm(name)] = entity
        return entity

    def _learn_role(self, entity: Entity, role: str | None) -> None:
        if not role:
            return
        at = role.find(entity.name) if entity.kind == "person" and entity.name else -1
        if at > 0:
            # "Foreign Minister Halden Brook, re-appointed ...": a role read on past the name holds
            # the name and what follows it; the office is what comes before the name
            after = re.sub(r"^(?:the|a|an)\s+", "", role[at + len(entity.name) :].strip(" ,"), flags=re.I)
            if after and self._kb.role(after) is not None:
                self._learn_role(entity, after)  # "Dr Ada Brell, the medical director": that office too
            role = role[:at].strip(" ,")
            if not role:
                return
        words = role.split()
        if len(words) > 1 and self._kb.is_courtesy(words[-1]) and not self._kb.is_courtesy(role):
            # "the Government Spokesman Mr Arno Vell": the office is "Government Spokesman", and
            # "The Government Spokesman said" later is the same person
            self._learn_role(entity, " ".join(words[:-1]))
        key = _norm(role)
        if key and key not in {_norm(r) for r in entity.roles}:
            entity.roles.append(role)
        self._by_role[key] = entity
        info = self._kb.role(role)
        if info:
            entity.role_classes.add(info[0])
            if entity.gender is None and info[1] in {"m", "f"}:
                entity.gender = info[1]

    def _fused_body_name(self, mention: Mention) -> str | None:
        """The person's name a known medium or body runs into without a comma ("in a meeting with
        the editorial board of the Daily Clarion Vendt said"): the words after the body's name,
        when they are a person's name the article gave before; None for anything else."""
        words = (mention.name or "").split()
        for cut in range(len(words) - 1, 0, -1):
            body, rest = " ".join(words[:cut]), " ".join(words[cut:])
            known = self._by_name.get(_norm(body))
            found = self._kb.find_outlet(body)
            if not (
                (found is not None and found[1] == re.sub(r"^(?i:the)\s+", "", body))
                or self._kb.is_masthead(body)
                or (known is not None and known.kind == "organisation")
            ):
                continue
            person = self._by_name.get(_norm(rest))
            if (person is not None and person.kind == "person") or (
                len(rest.split()) == 1 and self._by_part(rest) is not None
            ):
                return rest
        return None

    def observe(self, mention: Mention) -> Entity | None:
        """Record a named mention (speaker or not) and return its entity."""
        fused = self._fused_body_name(mention) if mention.kind == "organisation" and mention.name else None
        if fused is not None:
            # "the editorial board of the Daily Clarion Vendt said": the medium, then the person
            mention = replace(mention, kind="name", name=fused, role=None)
        if mention.kind == "organisation" and mention.name:
            return self._organisation(mention)
        if mention.kind == "name" and mention.name and (glued := glued_role(mention.name)) is not None:
            # "Poet Ansel Marrow said": the role word a sentence's capital joined to the name
            mention = replace(mention, name=glued[1], role=mention.role or glued[0])
        if mention.kind == "name" and mention.name and (placed := self._glued_place(mention)) is not None:
            # "the former envoy to Ukraine Kurt Volker": the role's place, then the name
            mention = replace(mention, name=placed[1])
        if mention.kind != "name" or not mention.name:
            return None
        if (
            self._kb.is_media_phrase(mention.name) and not self._kb.starts_with_given_name(mention.name)
        ) or self._programme_title(mention):
            # "told Radio North", "on The Dana Whitlock Morning Show": a medium, which "she" cannot mean
            return self._organisation(mention)
        name = mention.name
        key = _norm(name)
        parts = name.split()
        if mention.gender is None and (cue := self._shared_surname_gender(mention)) is not None:
            # "Her father, Joost van der Berghe, ... Van der Berghe said her agent ...": a surname
            # two people of two genders share, told apart by the pronoun its own clause uses
            mention = replace(mention, gender=cue)
        entity = self._by_name.get(key)
        bare = len(parts) == 1 or (
            entity is not None and parts[0].casefold() in _PARTICLES and len(entity.name.split()) > len(parts)
        )  # the surname alone, or with its particles ("Van der Berghe" of "Joost van der Berghe")
        if entity is not None and bare and not self._fits(entity, mention.gender):
            # "Ms Marchetti" where "Marchetti" was her father's short name: she is another
            entity = None
        if entity is not None and len(parts) == 1 and entity.kind == "person":
            # "Kayla Brandt ... Brandt told ... Her father, Mike Brandt, ... Brandt said": the
            # short name means the one of that surname named last, not the one it meant before
            # within one paragraph (a relative named in passing, "Her husband, Daniel Marsh, runs a
            # firm.", leaves the next paragraph's "Marsh said" to the one the story is about), and
            # by its surname only ("Albrecht Sport", a body the parse took for a person and named
            # after Konrad Albrecht, is no one "Albrecht said" can mean)
            rival = self._by_part(parts[0], mention.gender)
            if (
                rival is not None
                and rival is not entity
                and entity.last_pos < rival.last_pos < mention.start
                and "\n" not in self.text[rival.last_pos : mention.start]
                and _norm(rival.name.split()[-1]) == _norm(parts[0])
            ):
                entity = rival
        if entity is None and len(parts) == 1:
            # "Mrs. Hartley" after "Bill Hartley": a form of address of the other gender names
            # another member of the family, not the man named before
            entity = self._by_part(parts[0], mention.gender)
        if entity is None and len(parts) == 1:
            body = self._body_by_first_word(parts[0])
            if body is not None:
                # "Brackwell Residential Holdings ... Brackwell said": the body's short name
                body.forms.add(name)
                body.last_pos = max(body.last_pos, mention.start)
                return body
        if (
            entity is None
            and len(parts) > 1
            and (parts[0].casefold() in _PARTICLES or not self._kb.starts_with_given_name(name))
        ):
            # the end of a full name named before: "De Vries told ..." (the sentence's capital on
            # the particle of "Lucas de Vries"), "Fernández Arriaga" after "Luisa Fernández
            # Arriaga" (two surnames without the given name)
            tail = " " + key
            same = [
                e
                for e in self.entities
                if e.kind == "person" and _norm(e.name).endswith(tail) and self._fits(e, mention.gender)
            ]
            entity = max(same, key=lambda e: e.last_pos) if same else None
        if entity is None and len(parts) > 1:
            # a surname-only entity seen first ("Peskov ... Dmitry Peskov", "Fernández Arriaga ...
            # Luisa Fernández Arriaga") becomes the full name
            for i in range(len(parts) - 1, 0, -1):
                single = self._by_name.get(_norm(" ".join(parts[i:])))
                if (
                    single is not None
                    and single.kind == "person"
                    and len(single.name.split()) == len(parts) - i
                    and (i == len(parts) - 1 or not self._kb.starts_with_given_name(single.name))
                    and self._gender_fits(single, name, mention)
                ):
                    entity = single
                    entity.name = name
                    break
        if entity is None:
            entity = self._other_name_of(mention)
        if entity is None and self._initials_of_a_body(mention):
            # "..., CPA reported.": a body's initials, which "she told the agency" may not mean
            return self._organisation(replace(mention, kind="organisation"))
        if entity is None:
            entity = self._new(name, "person", mention.start, mention.gender or self._kin_gender(mention))
        if len(parts) > len(entity.name.split()) and entity.kind == "person" and parts[-1] == entity.name.split()[-1]:
            entity.name = name
        entity.names.add(key)
        entity.forms.add(name)
        self._by_name[key] = entity
        entity.last_pos = max(entity.last_pos, mention.start)
        if entity.gender is None and mention.gender:
            entity.gender = mention.gender
        self._learn_role(entity, mention.role)
        return entity

    def _shared_surname_gender(self, mention: Mention) -> str | None:
        """The gender the clause after a surname alone gives it, when people of two genders the
        article named before bear that surname ("Anne-Sophie van der Berghe ... her father, Joost
        van der Berghe ... Van der Berghe said she would replant"): the "he", "she", "his" or "her"
        that opens the reported clause right after the name's verb of saying ("Van der Berghe said
        her agent"); None when the surname is no one's but one gender's, no such pronoun says, or
        the sentence holds a pronoun of the other gender anywhere ("Asked about his daughter,
        Smith said she ...")"""
        name = mention.name or ""
        parts = name.split()
        if not self.text or not parts or (len(parts) > 1 and parts[0].casefold() not in _PARTICLES):
            return None
        tail = _norm(name)
        genders = {
            self._gender(e)
            for e in self.entities
            if e.kind == "person" and len(e.name.split()) > len(parts) and _norm(e.name).endswith(" " + tail)
        }
        if not {"m", "f"} <= genders:
            return None
        clause = _CLAUSE_AFTER.match(self.text, mention.end)
        pronoun = _CLAUSE_PRONOUN.match(clause.group(0)) if clause is not None else None
        if clause is None or pronoun is None:
            return None
        gender = "f" if pronoun.group(1).casefold() in {"she", "her"} else "m"
        # (the name may open its sentence: the boundary's capital is the name's)
        sentence = self.text[_sentence_start(self.text, mention.start + 1) : clause.end()]
        if any(bool(m.group(1)) == (gender == "f") for m in _GENDERED_WORD.finditer(sentence)):
            # "Asked about his daughter, Smith said she had worked ...": a word of the other
            # gender in the sentence, so "she" may be someone else than Smith
            return None
        return gender

    def _kin_gender(self, mention: Mention) -> str | None:
        """The gender a noun of kinship right before a one-word name gives it ("Her brother
        Tomas", "his wife, Ines"); None for a longer name or no such noun."""
        if not self.text or " " in (mention.name or " "):
            return None
        before = _KIN_BEFORE.search(self.text, max(0, mention.start - 40), mention.start)
        related = kin(before.group(1)) if before is not None else None
        return related[0] if related is not None else None

    def _initials_of_a_body(self, mention: Mention) -> bool:
        """Whether a name new to the article is a body's initials as running text writes them: one
        word of two to five capitals ("CPA", "NGWA"), no given name, no gender shown, and not a
        transcript's label ("LEE: ...", which names a person in capitals)."""
        name = mention.name or ""
        return (
            _INITIALS_WORD.fullmatch(name) is not None
            and mention.text.strip() == name
            and mention.gender is None
            and not self._kb.is_given_name(name)
            and not (self.text and _LABEL_AFTER.match(self.text, mention.end))
        )

    def _glued_place(self, mention: Mention) -> tuple[str, str] | None:
        """:func:`glued_place` of a mention's name, with the words before the name in the mention
        or, when the name opens it, in the article."""
        name = mention.name or ""
        at = mention.text.find(name)
        if at < 0:
            return None
        before = mention.text[:at]
        if not before.strip() and self.text:
            before = self.text[max(0, mention.start - 40) : mention.start]
        return glued_place(name, before)

    def _programme_title(self, mention: Mention) -> bool:
        """Whether a name is a programme's title: capitalised "The" before a host's name and a
        word that closes a programme's or a paper's name ("on The Dana Whitlock Morning Show",
        "told The Ari Lenz Podcast"); no person is written so."""
        words = mention.text.split()
        if words[:1] == ["The"]:
            words = words[1:]
        elif not self.text or self.text[max(0, mention.start - 4) : mention.start] != "The ":
            return False
        if len(words) < 2:
            return False
        last = words[-1]
        return last[:1].isupper() and (last.casefold() in _PROGRAMME_WORDS or self._kb.is_masthead(last))

    def _titled_surname(self, role: str) -> Entity | None:
        """The person named before whose surname is the title word after a form of address: "Mr.
        King" after "Charlie King" (never "Mr. President", when no one is named so)."""
        words = role.split()
        if len(words) != 2 or not self._kb.is_courtesy(words[0]) or not words[1][:1].isupper():
            return None
        person = self._by_part(words[1])
        gender = self._kb.honorific_gender(words[0])
        if person is None or not self._fits(person, gender):
            return None
        return person

    def _gender_fits(self, entity: Entity, name: str, mention: Mention) -> bool:
        """Whether a full name may be the person a surname named before: "Mr. Obama ... he" is
        not the "Michelle Obama" the article names later, whose given name (or the mention's
        title or role) says she is a woman."""
        return self._fits(entity, mention.gender or self._kb.gender_of_given(name.split()[0]))

    def _fits(self, entity: Entity, gender: str | None) -> bool:
        """Whether ``entity`` may be of ``gender`` (None: any): its gender, as the article showed
        it or its given name tells, is unknown or the same."""
        return gender is None or self._gender(entity) in {None, gender}

    def _other_name_of(self, mention: Mention) -> Entity | None:
        """The person a name is another name of ("Tavi, real name Rosalind Ebere", "Ivan Petrov,
        known as Vanya", "the singer, born Ada Lind"): the person named last before it in the same
        sentence, when the words just before the name say so."""
        if not self.text or _ALIAS_BEFORE.search(self.text, max(0, mention.start - 40), mention.start) is None:
            return None
        start = _sentence_start(self.text, mention.start)
        people = [e for e in self.entities if e.kind == "person" and start <= e.last_pos < mention.start]
        if not people:
            # "NOVA QUILLON star Tavi has spoken. The 26-year-old, real name Rosalind Ebere, ...": the
            # one named last, a sentence before
            people = [e for e in self.entities if e.kind == "person" and mention.start - e.last_pos < _JUST_NAMED]
        return max(people, key=lambda e: e.last_pos, default=None)

    def named(self, name: str) -> Entity | None:
        """The person the article calls ``name``: by that full name, else by its last word as a
        surname (or a given name)."""
        entity = self._by_name.get(_norm(name))
        if entity is None and name.split():
            entity = self._by_part(name.split()[-1])
        return entity if entity is not None and entity.kind == "person" else None

    def _by_part(self, word: str, gender: str | None = None) -> Entity | None:
        """The most recent person whose surname (or given name) is ``word``: the last word of the
        name, the first of two surnames ("Sánchez" for Eduardo Sánchez Hernández) when it is no
        given name, or the first word when it is one; with ``gender``, one who may be of it."""
        w = _norm(word)
        middle = not self._kb.is_given_name(word)
        matches = [
            e
            for e in self.entities
            if e.kind == "person"
            and self._fits(e, gender)
            and (
                _norm(e.name.split()[-1]) == w
                or (len(e.name.split()) > 1 and e.name.split()[0].casefold() == w and self._kb.is_given_name(word))
                or (middle and len(e.name.split()) > 2 and w in {_norm(p) for p in e.name.split()[1:-1]})
                or _short_form_of(word, e.name.split())
            )
        ]
        if not matches:
            # "Dipo stated" after "State Secretary Dipo Alam": a name the writer shortens to its
            # first word (Indonesian and other naming) when no one has it as a surname
            matches = [
                e
                for e in self.entities
                if e.kind == "person" and len(e.name.split()) > 1 and _norm(e.name.split()[0]) == w
            ]
        return max(matches, key=lambda e: e.last_pos) if matches else None

    def _organisation(self, mention: Mention) -> Entity:
        # "Fellow Republicans are urging ...": the party's members, "fellow" to the one named before
        name = _FELLOW.sub("", mention.name or mention.text) or mention.name or mention.text
        name = self._without_possessive(name)
        key = _norm(re.sub(r"^(the|a|an)\s+", "", name, flags=re.I))
        medium = self._outlet_by_kind(mention, key)
        if medium is not None:
            return medium
        voiced = self._voiced_person(mention, key)
        if voiced is not None:
            return voiced
        entity = self._by_name.get(key)
        if entity is None:
            holder = self._by_initials(re.sub(r"^(the|a|an)\s+", "", mention.text.strip(), flags=re.I))
            if holder is not None:
                # "noted the CS" after "Cabinet Secretary Kipchumba Murkomen": the holder of the office it abbreviates
                holder.last_pos = max(holder.last_pos, mention.start)
                return holder
        if entity is None:
            head = kind_word(key.split()[-1]) if key else key
            same_head = [e for e in self.entities if e.kind == "organisation" and kind_word(head_word(e.name)) == head]
            if same_head and len(key.split()) == 1:
                entity = max(same_head, key=lambda e: e.last_pos)
        if entity is None and len(key.split()) == 1 and self._kb.is_org_word(key):
            # "the court said": the "High Court of Valmera" the article named before
            named = [
                n for at, n in self.organisations if at < mention.end and kind_word(head_word(n)) == kind_word(key)
            ]
            if named:
                full = named[-1]
                entity = self._by_name.get(_norm(full)) or self._new(full, "organisation", mention.start)
        if entity is None and key in _GENERIC_ORGANISATIONS:
            entity = self._named_organisation(key, mention.start)
        if entity is None and _DEFINITE.match(mention.text.strip()) and self._kb.is_org_word(key):
            entity = self._body_spoke_last(key, mention.start)
        if entity is None:
            clean = re.sub(r"^(the|a|an)\s+", "", name, flags=re.I)
            entity = self._new(clean[:1].upper() + clean[1:], "organisation", mention.start)
        elif (
            len(name) > len(entity.name) and not name.lower().startswith("the ") and id(entity) not in self._businesses
        ):
            entity.name = name  # (not "Company", the noun a business's name was found for: "Brightwager")
        entity.names.add(key)
        entity.forms.add(re.sub(r"^(the|a|an)\s+", "", name, flags=re.I))
        written = re.sub(r"^(the|a|an)\s+", "", mention.text.strip(), flags=re.I)
        if written != name and ACRONYM.fullmatch(written):
            # "MDC" read as the "Maharlika Dredge Corp. (MDC)" it spells: the article names the body so
            entity.forms.add(written)
        self._by_name[key] = entity
        entity.last_pos = max(entity.last_pos, mention.start)
        return entity

    def _body_spoke_last(self, noun: str, pos: int) -> Entity | None:
        """The body "the agency" or "the union" means when the article names none of that kind:
        the body whose words the sentence before (or this one) reported last ("..., according to
        the Fiscal Audit Office. ..., the agency said"; "the Guild of Transit Operators called
        her a friend. ... the union wrote"), when nobody spoke since."""
        before = [(at, e) for at, e in self._spoken if at < pos]
        if not before or not self.text:
            return None
        at, last = max(before, key=lambda spoken: spoken[0])
        if last.kind != "organisation" or len(_SENTENCE_END.findall(self.text, at, pos)) > 1:
            return None
        if self._kb.is_masthead(last.name) or self._kb.outlet(last.name) is not None or self._kb.is_country(last.name):
            return None  # (a medium, or a country: "the agency" is no state)
        if not _kinds_agree(head_word(last.name), noun):
            return None  # "the Dockers Federation ... the agency said": a federation is no agency
        last.last_pos = max(last.last_pos, pos)
        return last

    def _without_possessive(self, name: str) -> str:
        """A body's name read with the possessive it was written with ("RT's management"): the
        name without it, when the text writes it so too ("RT"); a name that holds its "'s"
        wherever it stands ("Moody's") keeps it."""
        bare = _POSSESSIVE_END.sub("", name)
        if bare == name or not bare.strip():
            return name
        alone = re.compile(rf"(?<![\w'’]){re.escape(bare)}(?![\w'’])")
        return bare if alone.search(self.text) else name

    def _outlet_by_kind(self, mention: Mention, key: str) -> Entity | None:
        """ "The network said", "the website noted": the outlet of that kind the article named
        last before, when the outlet list knows it (:func:`outlet_named_before`); else None."""
        kinds = outlet_kinds(key)
        if not kinds or not re.match(r"(?i)the\s", mention.text.strip()):
            return None
        outlet = outlet_named_before(self.text, mention.start, kinds)
        if outlet is None:
            return None
        entity = self._by_name.get(_norm(outlet)) or self._new(outlet, "organisation", mention.start)
        entity.forms.add(outlet)
        entity.last_pos = max(entity.last_pos, mention.start)
        return entity

    def _by_initials(self, written: str) -> Entity | None:
        """The person the article named with the office an abbreviation spells: "the CS" after
        "Cabinet Secretary Ann Wairimu", "the CP" after "the Commissioner of Police, Musa Idris",
        "the IGP" after "Inspector-General of Police". The initials must spell words of which one
        is a title, so that "the EU" is never the "European Union envoy"; the most recent holder
        named in full (a word cut off a name, "Hon" of "Secretary Hon. Ada Obi", is no one)."""
        holders = [
            e
            for e in self.entities
            if e.kind == "person" and len(e.name.split()) > 1 and abbreviates_office(written, e)
        ]
        return max(holders, key=lambda e: e.last_pos) if holders else None

    def _voiced_person(self, mention: Mention, key: str) -> Entity | None:
        """The person a spokesperson speaks for ("a spokesman for Durbin said", after "Sen. Dick
        Durbin"): one the article named before, by surname or in full; a body otherwise."""
        if not mention.role or mention.role == mention.name or not key:
            return None
        people = [
            e
            for e in self.entities
            if e.kind == "person" and e.first_pos <= mention.start and key in {_norm(e.name), _norm(e.surname or "")}
        ]
        if not people:
            return None
        entity = max(people, key=lambda e: e.last_pos)
        entity.last_pos = max(entity.last_pos, mention.start)
        return entity

    def _named_organisation(self, noun: str = "company", pos: int | None = None) -> Entity | None:
        """What "the company" or "the council" means: the organisation of that kind the article
        named last, or a name no given name starts ("Halvern Polymers"), which the article now
        shows is one.

        A business noun ("the company", "the carrier") means a body that is no public or
        collective one (not "the Federal Consumer Safety Board", "the VMG union"); a body noun
        ("the ministry", "the union") only one whose head is of its kind, else nobody named. A
        medium ("Radio Hexagone") is never what either means.
        """
        named = [
            e
            for e in self.entities
            if (e.kind == "organisation" or self._nameless(e))
            and not self._headline_only(e)
            and (pos is None or e.first_pos <= pos)
            and e.name.split()[-1].casefold() not in _STREET_WORDS  # "Marrow Street" is no company
            and not self._kb.is_masthead(e.name)
            and self._kb.outlet(e.name) is None
        ]
        if noun in _BUSINESS_NOUNS:
            # (by the name its initials spell too: "VSA" of "the Volmar Space Agency (VSA)" is no company)
            named = [e for e in named if not any(kind_word(head_word(n)) in _BODY_HEADS for n in self._full_names(e))]
            if pos is not None:
                business = self._business_named_near(named, pos)
                if business is not None:
                    return business
        else:
            named = [e for e in named if e.kind == "organisation" and _of_kind(e.name, noun)]
        if not named:
            return None
        entity = max(named, key=lambda e: e.last_pos)
        entity.kind = "organisation"
        return entity

    def _business_named_near(self, named: list[Entity], pos: int) -> Entity | None:
        """The business "the company" at ``pos`` means when the text names one as a business in its
        paragraph or the one before ("Halstrom's plant manager, Oren Pask, said ... The company
        says"), though no cue made its name a mention: that business, unless one of ``named`` (the
        organisations it may mean) is written after it; else None."""
        start = max(self.text.rfind("\n\n", 0, max(self.text.rfind("\n\n", 0, pos), 0)), 0)
        found = business_named_before(self.text, start, pos)
        if found is None:
            return None
        at, name = found
        if re.search(r"\b(?:in|near|across|outside)\s+" + re.escape(name) + r"(?![\w'’-])", self.text):
            return None  # "Michigan's workers", where the text has "in Michigan": a place
        if " " not in name and re.search(
            r"(?<![\w'’-])(?!(?:The|A|An)\s)[A-Z][\w'’-]+\s+" + re.escape(name) + r"(?![\w-])", self.text
        ):
            return None  # "Kvesto Raskin runs the yard. Raskin's staff ...": a person's surname
        if any(is_business_name(e.name) and self._written_between(e, at + len(name), pos) for e in named):
            return None  # a business named since is the nearer
        entity = self._by_name.get(_norm(name))
        if entity is None and " " not in name:
            entity = self._by_part(name)  # "Pell's manager": the surname of a person named before
        if (
            entity is not None
            and entity.kind == "person"
            and (self._gender(entity) or not all(is_business_role(r) for r in entity.roles))
        ):
            return None  # a person the article named so
        if entity is None:
            entity = self._new(name, "organisation", at)
        self._businesses.add(id(entity))
        entity.kind = "organisation"
        entity.forms.add(name)
        entity.names.add(_norm(name))
        self._by_name[_norm(name)] = entity
        entity.last_pos = max(entity.last_pos, pos)
        return entity

    def _written_between(self, e: Entity, start: int, end: int) -> bool:
        """Whether the text writes one of an entity's names or forms between two offsets."""
        stretch = self.text[start:end]
        return any(form and re.search(rf"\b{re.escape(form)}\b", stretch) for form in {e.name, *e.forms})

    def _gender(self, e: Entity) -> str | None:
        """A person's gender: as the article showed it, else as their given name tells."""
        if e.gender is not None or e.kind != "person":
            return e.gender
        words = e.name.split()
        return self._kb.gender_of_given(words[0]) if len(words) > 1 else None

    def _group_like(self, e: Entity) -> bool:
        """A 'person' whose name reads as a body or a group: no given name, gender or role, and
        an organisation word or a plural at its end ("Calderan Therapeutics", "Allied Nurses",
        "Karpur Dock Workers", "Lisk Trawlermen")."""
        if not self._nameless(e) or not all(w[:1].isupper() for w in e.name.split()):
            return False  # "de Vries": a surname with its particle
        last = e.name.split()[-1].casefold()
        # a double-barrelled surname ending in s ("Pereyra-Hollins") is no plural
        plural = (last.endswith("s") and not last.endswith("ss") and "-" not in last) or last.endswith("men")
        return self._kb.is_org_word(last) or plural

    def _surely_group(self, e: Entity) -> bool:
        """A group-like 'person' whose last word no surname ends with: a body's word or a plural
        in "-men" ("Vossa Fishermen"), not a surname in s ("Tam Gellie")."""
        last = e.name.split()[-1].casefold()
        return self._group_like(e) and (self._kb.is_org_word(last) or last.endswith("men"))

    def _bare_word(self, e: Entity) -> bool:
        """A 'person' of one word that has shown nothing of a person: no gender, no role, no
        words of their own yet ("Halcyon", a product a sentence opens with)."""
        return e.kind == "person" and " " not in e.name and self._gender(e) is None and not e.roles and e.last_spoke < 0

    def _body_by_first_word(self, word: str) -> Entity | None:
        """The one organisation the article named in words of which ``word`` is the first
        ("Brackwell" of "Brackwell Residential Holdings"), when it is no given name and no
        person has it for a name; else None."""
        if self._kb.is_given_name(word) or not word[:1].isupper():
            return None
        bodies = [
            e
            for e in self.entities
            if e.kind == "organisation" and len(e.name.split()) > 1 and e.name.split()[0] == word
        ]
        return bodies[0] if len(bodies) == 1 else None

    def _shown_nothing(self, e: Entity) -> bool:
        """A one-word 'person' that has shown nothing of a person: no gender, role or words of its
        own (:meth:`_bare_word`), and never the subject of a sentence."""
        return self._bare_word(e) and e.last_subject < 0

    def _written_as_thing(self, e: Entity) -> bool:
        """A 'person' of one word or of no given name, of no gender, silent and never a subject,
        that the article only writes after "the" (:meth:`_after_the`)."""
        return (
            e.kind == "person"
            and (" " not in e.name or self._nameless(e))
            and self._gender(e) is None
            and e.last_spoke < 0
            and e.last_subject < 0
            and self._any_form(e, self._after_the)
        )

    def _after_the(self, form: str) -> bool:
        """Whether the text writes ``form`` after "the" wherever it writes it, alone or at the end
        of a longer name ("The Gimlet", "the Pellworth Civic Ensemble"): the name of a thing
        or a body, not a person's (never after a title: "the Green MP Lenz")."""
        found = list(re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", self.text))
        return bool(found) and all(self._the_before_thing(m.start()) for m in found)

    def _the_before_thing(self, at: int) -> bool:
        """Whether "the" and a thing's capitalised words stand before offset ``at`` ("the Pellworth
        Civic ", "the Brindle National "), not "the" and a person's office or rank ("the Green MP
        ", "the Labour Party Mayor ", "the Harbour Ward Capt. "): a name after one is a person's.
        (A word of ``titles.txt`` that only qualifies an office, "National", "State", "Foreign",
        leaves a thing's name.)"""
        before = _THE_BEFORE.search(self.text, max(0, at - 60), at)
        if before is None:
            return False
        words = before.group(0).split()
        return len(words) == 1 or not self._persons_title(words[-1])

    def _persons_title(self, word: str) -> bool:
        """Whether ``word`` is a title that stands for a person: an office or rank of ``roles.tsv``
        (also abbreviated: "Sen.", "Gov."), an honorific of a gender ("Mrs", "Lord") or an
        abbreviated rank ("Capt.", "Prof.")."""
        full = self._kb.title_in_full(word)
        return (
            self._kb.role(full) is not None
            or self._kb.honorific_gender(word) is not None
            or full != word.casefold().rstrip(".")
        )

    def _headline_only(self, e: Entity) -> bool:
        """Whether an entity is words of a headline in capitals ("ASHFORD MILLS SHARES SLIDE"),
        which the text writes nowhere else: no body's name."""
        start = self.text.rfind("\n", 0, max(e.first_pos, 0)) + 1
        end = self.text.find("\n", start)
        line = self.text[start : end if end >= 0 else len(self.text)]
        if not (line.isupper() and len(line.split()) > 2):
            return False
        rest = self.text[:start] + (self.text[end:] if end >= 0 else "")
        return not any(re.search(rf"\b{re.escape(f)}\b", rest) for f in e.forms if f)

    def _nameless(self, e: Entity) -> bool:
        """A 'person' nothing shows to be one: a name of several words no given name starts, with
        no gender and no role ("Halvern Polymers", "Fennwick Werke")."""
        return (
            e.kind == "person"
            and e.gender is None
            and len(e.name.split()) > 1
            and not self._kb.starts_with_given_name(e.name)
            and not e.roles
        )

    def subject(self, name: str, pos: int, role: str | None = None) -> Entity | None:
        """Note that a sentence at ``pos`` opens with ``name`` as its subject (a person the
        article has named: by full name, or by surname or given name; or one a role apposition
        introduces, "the town's mayor, Ulrich de Vries, ..."); return that person.

        A role in lower case ("The minister, a former hydrologist, has widened her fire") is
        the one person the article gave that role before ``pos``, if there is one."""
        if name[:1].islower():
            holders = [e for e in self._holders(name) if e.first_pos <= pos]
            if len(holders) != 1:
                return None
            holders[0].last_subject = max(holders[0].last_subject, pos)
            holders[0].last_pos = max(holders[0].last_pos, pos)
            return holders[0]
        entity = self._by_name.get(_norm(name))
        described = self._described_name(name) if entity is None else None
        if described is not None:
            # "Senior Ada Brill-Orr, the council's youth delegate, was frank": the name
            # after a capitalised word of description that is no title nor given name
            pos += len(name) - len(described)
            name = described
            entity = self._by_name.get(_norm(name))
        if entity is None:
            entity = self._by_part(name.split()[-1])
        if (
            entity is None
            and len(name.split()) > 1
            and (
                (self._kb.role(role) if role else self._full_name(name))
                or self._person_by_who(name, pos)
                or self._set_off_by_his_her(name, pos)
                or self._named_so(name, pos)
                or self._person_by_age(name, pos)
                or self._person_by_description(name, pos)
            )
        ):
            # "Priya Venkataraman, a staff nurse on the ward, has read the memo": a person the
            # article introduces as a sentence's subject, whom "she said" may mean next
            entity = self._new(name, "person", pos, self._kb.gender_of_given(name.split()[0]))
            entity.forms.add(name)
        if entity is None and len(name.split()) > 1:
            # "Ibarra Lucena has just left the chamber" in a live blog whose older entry below reads
            # "Finance Minister Ernesto Ibarra Lucena": the person the article names in full elsewhere
            full = self._named_in_full(name)
            if full is not None:
                entity = self._by_name.get(_norm(full)) or self._new(
                    full, "person", pos, self._kb.gender_of_given(full.split()[0])
                )
                entity.forms.update({full, name})
                entity.names.add(_norm(name))
                self._by_name[_norm(name)] = entity
        if " " not in name and (entity is None or (" " not in entity.name and entity.gender is None)):
            entity = self._surname_named_before(name, pos, entity) or entity
        if entity is None and " " not in name and self._kb.is_given_name(name) and _AGED.match(self.text, pos):
            # a vox pop's "Maria, 34, who has lived on Hollis Street ...": a person by given name
            entity = self._new(name, "person", pos, self._kb.gender_of_given(name))
            entity.forms.add(name)
        if entity is None and " " not in name and role and self._kb.is_given_name(name):
            related = kin(role.split()[-1])
            if related is not None:
                # "Her nephew, Tobias, has rung the council twice": a relative the article calls
                # by given name only, whom "he said" may mean next
                entity = self._new(name, "person", pos, self._kb.gender_of_given(name) or related[0])
                entity.forms.add(name)
        if entity is None or entity.kind != "person":
            return None
        self._learn_role(entity, role)
        entity.last_subject = max(entity.last_subject, pos)
        entity.last_pos = max(entity.last_pos, pos)
        return entity

    def _named_in_full(self, name: str) -> str | None:
        """The full name the article writes somewhere as a known given name before ``name`` (two
        surnames, or a surname and its particles), if it does: "Ernesto Ibarra Lucena" for
        "Ibarra Lucena"."""
        if self._kb.starts_with_given_name(name) or self._kb.is_org_word(name.split()[-1]):
            return None
        for m in re.finditer(rf"\b([A-ZÀ-Þ][\w'’-]+) {re.escape(name)}\b", self.text):
            if self._kb.is_given_name(m.group(1)) and not self._kb.is_title(m.group(1)):
                return f"{m.group(1)} {name}"
        return None

    def _surname_named_before(self, name: str, pos: int, bare: Entity | None) -> Entity | None:
        """The person a surname that opens a sentence names, whom the article wrote in full only
        inside someone's words before it ("'My lawyer, Ada Brill, called me,' he said. Brill,
        reached by phone, confirmed the call."): the ``bare`` person read from the surname alone,
        named in full now, or a new one by that full name."""
        if not self.text or not name[:1].isupper() or self._kb.is_org_word(name) or self._kb.is_title(name):
            return None
        full = None
        for m in re.finditer(rf"\b([A-ZÀ-Þ][\w'’-]+) {re.escape(name)}\b", self.text[:pos]):
            if self._kb.is_given_name(m.group(1)) and not self._kb.is_title(m.group(1)):
                full = f"{m.group(1)} {name}"
        if full is None:
            return None
        gender = self._kb.gender_of_given(full.split()[0])
        entity = self._by_name.get(_norm(full))
        if entity is None and bare is not None and bare.kind == "person" and bare.last_spoke < 0:
            entity = bare
            entity.name, entity.gender = full, gender
            entity.names.add(_norm(full))
            self._by_name[_norm(full)] = entity
        entity = entity or self._new(full, "person", pos, gender)
        entity.forms.update({full, name})
        return entity

    def _person_by_who(self, name: str, pos: int) -> bool:
        """A name of capitalised words a clause on "who" follows ("Ilse Varnholt, who leads the
        inquiry, has just spoken"): a person, though no list knows the given name."""
        words = name.split()
        return (
            self.text.startswith(name, pos)
            and (who := _WHO_NEXT.match(self.text, pos + len(name))) is not None
            # (not a body described so: "Brisk Rail, the operator who ...")
            and not any(self._body_noun(w) for w in (who.group("words") or "").casefold().split())
            and words[0][:1].isupper()
            and words[-1][:1].isupper()
            and self._named_in_capitals(words)  # "Sigrid de Vos, who ..."
        )

    def _described_name(self, name: str) -> str | None:
        """The full name after a capitalised word of description a sentence's subject opens with
        (a school year, an age, a nationality, a role, a noun for a trade or calling: "Senior Ada
        Brill-Orr", "Fisherman Ada Brill-Orr"; a question's
        auxiliary: "Has Ada Brill-Orr given up?"), when a known given name follows it; else None.
        Not an unknown first given name ("Oyelaran Grace Bello" is one person's three names)."""
        words = name.split()
        rest = " ".join(words[1:])
        if len(words) < 3 or self._kb.is_given_name(words[0]) or not self._full_name(rest):
            return None
        first = words[0]
        if not (
            first.casefold() in _DESCRIPTIONS
            or first.endswith(_NATIONALITY_ENDINGS)
            or self._kb.is_title(first)
            or self._kb.role(first) is not None
            or self._kb.is_epithet(first)
        ):
            return None
        if len(words) > 4 or not all(w[:1].isupper() for w in words):
            return None  # "Dana Vell von der Union der ...": a name and its body, no description before it
        if any(w.isupper() for w in words):
            return None  # a dateline's place in capitals ("SAN ADA CITY") is no one's name
        return rest

    def _person_by_age(self, name: str, pos: int) -> bool:
        """A name of capitalised words an age set off by commas follows ("Ilse Varnholt, 83, is
        now in a school gym", then "she said"): a person, though no list knows the given name,
        when a person's word follows it (a pronoun, "who", "the woman") and no ship, horse or
        club is what its paragraph speaks of ("Two ferries ran aground. Silver Meadow, 40, ...")."""
        words = name.split()
        if not (
            self.text.startswith(name, pos)
            and _AGED.match(self.text, pos + len(name) - len(words[-1])) is not None
            and self._named_in_capitals(words)
        ):
            return False
        # the paragraph the name opens a sentence of, and for a person's word the one after it
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos + len(name))
        end = len(self.text) if end < 0 else end
        if _NO_PERSON.search(self.text, start, end):
            return False
        at = end  # the next paragraph's start, past the blank between
        while at < len(self.text) and self.text[at].isspace():
            at += 1
        after_end = self.text.find("\n", at)
        after_end = len(self.text) if after_end < 0 else after_end
        after = _QUOTED.sub(" ", self.text[pos + len(name) : after_end])
        return _PERSON_SIGN.search(after) is not None

    def _person_by_description(self, name: str, pos: int) -> bool:
        """A name of capitalised words a description of a person sets off ("Ilse Varnholt, a
        chemistry teacher at ...", "..., 64, a retired welder") or said to hold an office ("Ilse
        Varnholt has been mayor of ..."): a person, though no list knows the given name, when the
        description's noun is one for a person's trade, calling or office."""
        words = name.split()
        if not (self.text.startswith(name, pos) and self._named_in_capitals(words)):
            return False
        m = _DESCRIBED_AS.match(self.text, pos + len(name)) or _HOLDS_OFFICE.match(self.text, pos + len(name))
        if m is None:
            return False
        noun = m.group("noun").casefold()
        return self._kb.is_epithet(noun) or self._kb.role(noun) is not None or self._kb.is_title(noun)

    def _set_off_by_his_her(self, name: str, pos: int) -> bool:
        """A name of capitalised words set off after a role on "his" or "her" ("His neighbour, Ada
        Brill, appears ..."): a person, though no list knows the given name or the role."""
        words = name.split()
        return (
            _HIS_HER_ROLE.search(self.text, max(0, pos - 60), pos) is not None
            and self.text.startswith(name + ",", pos)
            and self._named_in_capitals(words)
        )

    def _named_so(self, name: str, pos: int) -> bool:
        """A name of capitalised words after a description's "named" or "called" ("a quiet engineer
        named Gerold van der Staal"): a person, though no list knows the given name."""
        return _NAMED_SO.search(self.text, max(0, pos - 40), pos) is not None and self._named_in_capitals(name.split())

    def _named_in_capitals(self, words: list[str]) -> bool:
        """Whether ``words`` read as a person's name by their shape: capitalised words (particles
        between them: "Sigrid de Vos"), the last no organisation's word."""
        return all(w[:1].isupper() or w in _PARTICLES for w in words) and not self._kb.is_org_word(words[-1])

    def _full_name(self, name: str) -> bool:
        """A person's full name: a known given name first, no organisation word last."""
        return self._kb.starts_with_given_name(name) and not self._kb.is_org_word(name.split()[-1])

    # --------------------------------------------------------------- speakers
    def resolve(
        self,
        mention: Mention | None,
        pos: int,
        channel: str | None = None,
        relayed: bool = False,
        refer_back: bool = True,
        besides: Entity | None = None,
    ) -> Entity | None:
        """Return the entity a speaker mention at ``pos`` refers to (None when nobody is named).

        ``besides``: one a pronoun cannot mean (the speaker whose words say "he told me").

        ``relayed``: the mention stands inside someone's reported words ("Fahy said the Minister
        had told her ..."), where a role is never the person just named, who is relaying it.
        ``refer_back``: a description ("the club's prospective owner") may stand for a person
        named before (not when a relative clause of its own introduces it).
        """
        if mention is None:
            return None
        kind = mention.kind
        if kind == "relative" and mention.antecedent is not None:
            # "Maria, the Hollis Street mother of two who told ...": a description with a clause of
            # its own describes the one it stands beside, not someone named before
            return self.resolve(mention.antecedent, pos, channel, relayed, refer_back=False)
        if kind == "organisation" and _COMMON_OWNER.match(mention.text):
            document = replace(mention, kind="other", name=None, role=_COMMON_OWNER.sub("", mention.text, count=1))
            if _document_noun(document.role) is not None:
                return self.resolve(document, pos, channel, relayed, refer_back, besides)
        if kind in {"name", "organisation"}:
            entity = self.observe(mention)
            voiced = _VOICES & set(_norm(mention.role or "").split())
            if entity is not None and entity.kind == "organisation" and voiced:
                self._voiced = (entity, pos)  # "A spokesman for the ministry said ...": "he" may be its voice next
                self._voice_gender = _voice_gender(voiced)
            return entity
        if kind == "pronoun":
            entity = self._pronoun(mention, pos, channel, besides)
            if entity is not None and entity.kind == "person" and entity.gender is None and mention.gender:
                entity.gender = mention.gender  # "Obama ... he said": the Obama of this article is a man
            return entity
        if kind == "role" and _norm(mention.role or "") in _VOICES and self._voiced is not None and not relayed:
            speaking_for, at = self._voiced
            if speaking_for.last_spoke >= at and pos - speaking_for.last_spoke < _PRONOUN_WINDOW:
                return speaking_for  # "A DHSC spokesperson said ... The spokesperson added": the same body's voice
        if kind == "role" and mention.role:
            return self._role(mention, pos, relayed)
        if kind == "anonymous" and _norm(mention.role or "") in _VOICES and not relayed:
            # (a body of the kind named is no voice "the spokesperson" goes on with: the article may
            # name another's spokesperson before it does)
            of_kind = self._voice_of_kind(mention, pos)
            if of_kind is not None:
                return of_kind
            body = self._voiced_body(mention.start)
            if body is not None:
                self._voiced = (body, pos)
                self._voice_gender = _voice_gender(set(_norm(mention.role or "").split()))
            return body
        word = mention.text.strip()
        if kind == "other" and mention.role and refer_back and KIN_OF.fullmatch(mention.role):
            return self._relative(mention, pos)  # "his sister had told him": the one he was introduced as brother of
        if kind == "other" and mention.role and mention.role.split()[-1].casefold() == "family":
            return self._family(mention, pos)
        if kind == "other" and _document_noun(mention.role) is not None and mention.number != "pl":
            return self._author(mention, pos)
        if kind == "other" and _owned_record(mention.role) is not None:
            return self._record_owner(mention, pos)
        if kind == "other" and mention.role and _SIZED.match(mention.role):
            # "the three-member panel", "the five-judge bench": the body its noun names
            role = _SIZED.sub("", mention.role)
            word = re.sub(rf"\S+\s+(?={re.escape(role)}$)", "", word)
            mention = replace(mention, role=role, text=word)
        if kind == "other" and _DEFINITE.match(word) and mention.role and len(mention.role.split()) == 1:
            if refer_back and self._kb.is_epithet(mention.role) and not self._holders(mention.role):
                return self._epithet(mention, pos, channel)
            entity = self._definite(mention, pos)
            if entity is None and refer_back and mention.number == "sg":
                entity = self._described_person(mention.role, mention.start, pos)  # "the MEC" of "MEC A B"
            return entity
        described = kind == "other" and _DESCRIPTION.match(word) is not None and mention.number == "sg"
        if refer_back and described and self._kb.is_epithet(word):
            return self._epithet(mention, pos, channel)
        if refer_back and described and mention.role:
            entity = self._described_person(mention.role, mention.start, pos)
            if entity is not None:
                return entity  # "the provincial health officer" of "the provincial health officer, Dr A B"
        if kind == "other" and " " not in word and word[:1].isupper():
            # "Haldane ruled out ...": a surname the tagger did not take for a name
            entity = self._by_part(word)
            if entity is not None:
                entity.last_pos = max(entity.last_pos, pos)
            return entity
        return None

    def _voice_of_kind(self, mention: Mention, pos: int) -> Entity | None:
        """Whose "a spokesperson for the insurer" speaks: the body of that kind the article
        named ("The lender Corrow Savings", "the Kessel Valley Water Trust"), when the words
        after the spokesperson name the kind of body they speak for; else None."""
        m = _FOR_THE_KIND.match(self.text, mention.end)
        if m is None or not self._body_noun(m.group(1).casefold()):
            return None
        the = Mention(m.start(1) - 4, m.end(1), f"the {m.group(1)}", "other", role=m.group(1), number="sg")
        body = self._definite(the, pos) or self._body_after_kind(m.group(1), mention.start)
        if body is None or body.kind != "organisation" or self._medium(body):
            return None
        return body

    def _body_after_kind(self, noun: str, end: int) -> Entity | None:
        """The body the article last named right after its kind's noun before ``end`` ("The
        lender Corrow Savings has ...", "the rail operator Vantor", "the operator, Vantor"), as an organisation it
        knows; None when it wrote none so, or named two bodies so ("the lender A sold ... to the lender
        B": which one "the lender" is goes unsaid)."""
        found = None
        names: list[str] = []
        # (or set off by a comma as its apposition: "The water supplier, Corrow Mains (CM), says")
        for m in re.finditer(rf"\b{re.escape(noun)},?\s+((?:{_NAME_WORD})(?:\s+{_NAME_WORD})*)", self.text[:end]):
            first = m.group(1).split()[0].casefold()
            if first in WEEKDAYS or first in MONTHS or first == "i":
                continue  # "the hospital Tuesday", "the union I joined": no body's name
            found = m
            names.append(_norm(m.group(1)))
        if found is None:
            return None
        if any(not (a.startswith(b) or b.startswith(a)) for a in names for b in names):
            return None  # two bodies of the kind ("the insurer Halden ... to the insurer Brisk"): which one is unsaid
        name = found.group(1)
        entity = self._by_name.get(_norm(name))
        if entity is None:
            named = [n for _at, n in self.organisations if n == name or n.startswith(name + " ")]
            entity = self._by_name.get(_norm(named[-1])) if named else None
        if entity is None and not self._kb.starts_with_given_name(name) and not self._kb.is_title(name.split()[0]):
            entity = self._new(name, "organisation", found.start(1))
        if entity is None or entity.kind != "organisation":
            return None
        return entity

    def _voiced_body(self, pos: int) -> Entity | None:
        """Whose "a spokesperson" speaks, named by no "for"/"of": the body a sentence before it in
        the same paragraph opens with as its subject ("Orrald did not dispute the memo. A
        spokesperson said ..."), if the article names it as an organisation; else nobody."""
        start = max(self.text.rfind("\n", 0, pos) + 1, 0)
        body = self._body_opening_sentence(start, pos)
        if body is not None:
            return body
        return self._body_subject(start, pos) or self._body_at_hand(start, pos)

    def _body_subject(self, start: int, pos: int) -> Entity | None:
        """The body named in one word that the last sentence between ``start`` and ``pos`` opens
        with ("Orrald did not dispute the memo."), if the article names it as an organisation."""
        found = None
        for m in _BODY_SUBJECT.finditer(self.text, start, pos):
            found = m
        if found is None:
            return None
        word = found.group(1)
        named = [n for _at, n in self.organisations if n.split()[0] == word]
        entity = self._by_name.get(_norm(word))
        if entity is None and named:
            entity = self._by_name.get(_norm(named[-1]))
        if entity is None and named:
            entity = self._new(named[-1], "organisation", found.start(1))
        if entity is None and self._proper_word(word) and not self._kb.is_given_name(word):
            entity = self._new(word, "organisation", found.start(1))
        if entity is None or (entity.kind == "person" and not self._nameless(entity)) or self._medium(entity):
            return None
        entity.kind = "organisation"
        if named and len(named[-1]) > len(entity.name):
            entity.name = named[-1]
        entity.last_pos = max(entity.last_pos, pos)
        return entity

    def _body_at_hand(self, start: int, pos: int) -> Entity | None:
        """The body a nameless spokesperson speaks for when no sentence before it opens with one:
        the last organisation named and speaking between ``start`` and ``pos`` ("Halvern Air
        confirms the jet is down. '...,' a spokesperson said"), else the one named there, when that is
        the only one ("We asked the Ministry of Transport where the figure came from. A
        spokesperson said ..."); never a medium nor a country."""
        # (one the paragraph names: not a body a "we asked ..." of the writer's was taken for)
        spoke = [
            e
            for at, e in self._spoken
            if start <= at < pos and self._may_voice(e) and self._written_between(e, start, pos)
        ]
        if spoke:
            spoke[-1].kind = "organisation"  # ("Halvern Air": a name no given name opens)
            return spoke[-1]
        named = []
        at_hand = False
        for at, name in self.organisations:
            if start <= at < pos:
                entity = self._by_name.get(_norm(name)) or self._new(name, "organisation", at)
                if self._may_voice(entity):
                    if entity not in named:
                        named.append(entity)
                    at_hand = at_hand or self._in_the_news(at, name, start)
        if len(named) != 1 or not at_hand:
            return None
        named[0].last_pos = max(named[0].last_pos, pos)
        return named[0]

    def _in_the_news(self, at: int, name: str, start: int) -> bool:
        """Whether the organisation named at ``at`` is the one the writer asked ("We asked the
        Ministry of X why ..."), or the subject of its sentence ("Pellory Athletic signed ...", "On
        Monday, the Quay Board said ..."), or of a verb of speech; not a body merely mentioned
        ("outside the Corrow Savings branch", "shares in X")."""
        # (where the last sentence before the name opens: one past a sentence end's whitespace)
        opened = max([start, *(m.end() - 1 for m in _SENTENCE_END.finditer(self.text, start, at))])
        before = self.text[opened:at]
        after = self.text[at + len(name) : at + len(name) + 80]
        return bool(_WRITER_ASKED.search(before) or _OPENING_SUBJECT.fullmatch(before) or _SPEECH_AFTER.match(after))

    def _may_voice(self, entity: Entity) -> bool:
        """Whether a spokesperson may speak for ``entity``: an organisation (or a name nothing
        shows to be a person's), not a medium or a country."""
        return (
            (entity.kind == "organisation" or self._nameless(entity))
            and not self._medium(entity)
            and not self._kb.is_country(entity.name)
        )

    def _body_opening_sentence(self, start: int, pos: int) -> Entity | None:
        """The organisation, named in several words one of which is a body's, that the last
        sentence between ``start`` and ``pos`` opens with as its subject ("The Department for
        Education has put out a short statement. A spokesperson said ..."), or None."""
        found = None
        for m in _BODY_NAME_SUBJECT.finditer(self.text, start, pos):
            words = m.group(1).split()
            if len(words) > 1 and any(self._kb.is_org_word(w) for w in words):
                found = m
        if found is None:
            return None
        at, name = found.start(), found.group(1)
        if _SENTENCE_END.search(self.text, at, pos + 1) is None:
            return None  # the body opens the spokesperson's own sentence: "The ministry's spokesperson said"
        entity = self._by_name.get(_norm(name)) or self._new(name, "organisation", at)
        if self._medium(entity) or entity.kind == "person":
            return None
        entity.kind = "organisation"
        entity.last_pos = max(entity.last_pos, pos)
        return entity

    def _proper_word(self, word: str) -> bool:
        """Whether the article writes a word with its capital inside a sentence too ("the mood
        inside Orrald is ..."): a proper name, not a sentence's first word."""
        return re.search(rf"(?<=[a-z,] ){re.escape(word)}(?:['’]s)?\b", self.text) is not None

    def _author(self, mention: Mention, pos: int) -> Entity | None:
        """Who speaks through a document ("the statement said", "the memo argued", "The joint
        statement issued by the Assembly ... said"): the one it is "by" or "from" there; else, where
        the article wrote of that document before, the one it was by or from there, or the
        speaker named nearest before it in that sentence ("Deshpande wrote in a LinkedIn post",
        "Duvernoy had signed a memo"), else the first after it ("In a statement, the ministry
        said"). A document "by" someone the article does not name ("prepared by her client") has
        no author here."""
        noun = _document_noun(mention.role) or ""
        if (owned := _BODY_POSSESSIVE.match(mention.role or "")) is not None:
            return self._owner_body(mention, pos, owned.group(1) is None)  # "Its latest report warned ..."
        possessive = _POSSESSIVE.search(mention.text)
        if possessive is not None:
            # "Lai Mohammed's communique partially read:": the document's owner, where the article named them
            named = self._named_in(mention.start, mention.start + possessive.start(), pos)
            if named:
                return named[-1]
            body = self._body_by_noun(mention, mention.text[: possessive.start()], pos)
            if body is not None:
                return body  # "The institute's report says": the institute the article named
            spelled = self._spelled_acronym(mention.text[: possessive.start()])
            if spelled is not None:
                return self._owner(spelled, mention)  # "The NFQO's recall notice": the body it spells out
        found = self._by_from(mention.end, mention.end + 120, pos)
        if found is not None:
            return found or None
        owner_entity = self._read_for(mention.end, len(self.text), pos)
        if owner_entity is not None:
            return owner_entity  # "A statement was read out on his behalf by his deputy: '...'"
        owner = _document_owner(mention.role or "")
        body = self._owner(owner[0], mention) if owner is not None else None
        if body is not None:
            return body
        at = max(mention.start, 0)
        for m in reversed(list(re.finditer(rf"\b{re.escape(noun)}s?\b", self.text[:at], re.I))):
            if noun in _COURT_DOCUMENTS and not _DETERMINED.search(self.text, max(0, m.start() - 60), m.start()):
                continue  # "in order to", "to order a recount": no court's document
            start = max(self.text.rfind("\n", 0, m.start()), _sentence_start(self.text, m.start()))
            end = _sentence_end(self.text, m.end())
            found = self._by_from(m.end(), min(end, m.end() + 120), pos)
            if found is not None:
                return found or None
            owner_entity = self._read_for(m.end(), end, pos)
            if owner_entity is not None:
                return owner_entity  # "X read a statement on behalf of the airline. '...,' the statement said"
            owned = _OWNED_BY_BODY.search(self.text[max(start, m.start() - 40) : m.start()])
            if owned is not None:
                # "The observatory (NVO) has put out its first bulletin. The bulletin said": the
                # body that sentence names before "its", else the one "it" means
                bodies = [n for at, n in self.organisations if start <= at < m.start()]
                if bodies and owned.group(1) is not None:
                    return self._by_name.get(_norm(bodies[-1])) or self._new(bodies[-1], "organisation", pos)
                return self._owner_body(mention, pos, owned.group(1) is None)  # "Its report ... The report said"
            through = self._spoke_between(start, end)
            if noun in _COURT_DOCUMENTS:
                # "In a judgment, Lady Justice Pell found ..., a claim the court said ...": the court's
                said = _COURT_SAID.search(self.text, start, end)
                if said is not None:
                    court = self._definite(
                        Mention(said.start(), said.end(), said.group(0), "other", role=said.group(1)), pos
                    )
                    if court is not None:
                        return court
            if len(through) == 1:
                return through[0]  # "police said in a news release. The release said ...": who spoke in it
            before = self._named_in(start, m.start(), pos)
            after = self._named_in(m.end(), end, pos)
            entity = before[-1] if before else (after[0] if after else None)
            if entity is not None:
                return entity
        held = re.match(r"(?i:(her)|his)\s", mention.role or "")
        if held is not None:
            # "Her order put it better:": the woman (or man) "she" would mean there
            male = held.group(1) is None
            pronoun = replace(mention, text="he" if male else "she", kind="pronoun", gender="m" if male else "f")
            return self._pronoun(pronoun, pos, None)
        if noun in _AMBIGUOUS_DOCUMENTS and _SAYS_AFTER.match(self.text, mention.end):
            return None  # "the order said": a religious order, an award's jury; "the order reads": a court's
        return self._court(pos) if noun in _COURT_DOCUMENTS else None

    def _record_owner(self, mention: Mention, pos: int) -> Entity | None:
        """Whose record a speaker phrase names by its owner's possessive ("Vantor's own figures",
        "the agency's 2025 investor presentation"): the owner the article named, or the body its
        noun or its initials mean; else None."""
        possessive = _POSSESSIVE.search(mention.text)
        if possessive is None:
            return None
        owner = mention.text[: possessive.start()]
        named = self._named_in(mention.start, mention.start + possessive.start(), pos)
        if named:
            return named[-1]
        body = self._body_by_noun(mention, owner, pos)
        if body is not None:
            return body
        spelled = self._spelled_acronym(owner)
        if spelled is not None:
            return self._owner(spelled, mention)
        # a capitalised owner the article named nowhere else as a speaker ("Vantor's own figures")
        return self._owner(owner, mention) if owner[:1].isupper() else None

    def _court(self, pos: int) -> Entity | None:
        """Who wrote a court's document the article names no author of ("The order itself is
        brisk. '...,' it reads"): the one judge it named before ``pos`` ("Mrs Justice Ada Pell",
        "Judge Ada Pell"), else the court, tribunal or panel it named last; None when it named
        several judges, or none and no court."""
        judges = [
            e
            for e in self.entities
            if e.kind == "person"
            and 0 <= e.first_pos <= pos
            and any(
                re.search(rf"{_JUDGE_TITLE}\s+(?:[A-Z][\w'’-]*\s+){{0,3}}?{re.escape(f)}\b", self.text[:pos])
                for f in {e.name, *e.forms}
                if len(f) > 2
            )
        ]
        if len(judges) == 1:
            judges[0].last_pos = max(judges[0].last_pos, pos)
            return judges[0]
        if judges:
            return None
        courts = [
            e
            for e in self.entities
            if e.kind == "organisation" and 0 <= e.first_pos <= pos and any(_of_kind(e.name, k) for k in _COURTS)
        ]
        return max(courts, key=lambda e: e.last_pos, default=None)

    def _relative(self, mention: Mention, pos: int) -> Entity | None:
        """Who "his sister" or "her aunt" is: the person whose brother or nephew the article
        introduced the one "he" or "she" means there as ("Agneta Marsh's brother, Callum Marsh ...
        Callum said his sister had told him"); None when it never did so."""
        m = KIN_OF.fullmatch(mention.role or "")
        info = kin(m.group(2)) if m is not None else None
        if m is None or info is None:
            return None
        gender, inverses = info
        male = m.group(1).casefold() == "his"
        sex = "m" if male else "f"
        # the possessor: whom "he"/"she" means there ("Erik Lund runs the kiosk. His sister said"),
        # else the one of that gender who spoke last, nearby (the relay of these words: "He said
        # his sister had told him")
        pronoun = replace(mention, text="he" if male else "she", kind="pronoun", gender=sex)
        owners = [self._pronoun(pronoun, pos, None)]
        spoke = [
            e
            for e in self.entities
            if e.kind == "person"
            and self._gender(e) == sex
            and e.last_spoke >= 0
            and abs(pos - e.last_spoke) < _PRONOUN_WINDOW
        ]
        owners.append(max(spoke, key=lambda e: e.last_spoke, default=None))
        intro = None
        for owner in owners:
            if owner is not None and owner.kind == "person":
                forms = [f for f in {owner.name, *owner.forms} if len(f) > 2]
                intro = introduced_as_kin(self.text, mention.start, forms, inverses)
            if intro is not None:
                break
        if intro is None:
            return None
        said = intro.group("owner")
        if said.casefold() in {"his", "her"}:
            relatives = [
                e for e in self.entities if e.kind == "person" and e is not owner and self._gender(e) in {gender, None}
            ]
            last = {
                e.key: max((self.text.rfind(f, 0, intro.start()) for f in {e.name, *e.forms}), default=-1)
                for e in relatives
            }
            found = max((e for e in relatives if last[e.key] >= 0), key=lambda e: last[e.key], default=None)
        else:
            name = re.sub(r"['’]s?$", "", said)
            found = self._by_name.get(_norm(name))
            if found is None or found is owner:  # "Hollerby's nephew, Gaël Hollerby": another Hollerby
                found = self._by_part(name.split()[-1], gender)
        if found is None or found is owner or found.kind != "person":
            return None
        found.last_pos = max(found.last_pos, pos)
        return found

    def _described_person(self, role: str, start: int, pos: int) -> Entity | None:
        """The person the article introduced with these very words before ``start``, right before
        their name ("MEC Riaan Kotze", "the harbour master for Eastpoint, Capt. Ona Reyes") or
        right after it ("Ona Reyes, the harbour master"), at the last place it wrote them; None
        when it never did, or named no one person or several there."""
        words = role.strip()
        if not words or words.casefold() in _NO_OWNER:
            return None
        people = [e for e in self.entities if e.kind == "person" and 0 <= e.first_pos <= pos]
        for m in reversed(list(re.finditer(rf"(?<![\w'’-]){re.escape(words)}(?![\w'’-])", self.text[:start], re.I))):
            if _OFFICE_OF.search(self.text, max(0, m.start() - 4), m.start()):
                continue  # the field an office is "of" ("State" of "Secretary of State Jon Harwell"), no description
            before = _ROLE_AFTER_NAME.search(self.text, max(0, m.start() - 80), m.start())
            found = []
            for e in people:
                forms = [f for f in {e.name, *e.forms} if len(f) > 2]
                named_after = any(self._name_after(m.end(), f) for f in forms)
                if named_after or (before is not None and any(self.text.endswith(f, 0, before.start()) for f in forms)):
                    found.append(e)
            if found:
                if len(found) > 1:
                    return None
                found[0].last_pos = max(found[0].last_pos, pos)
                return found[0]
        return None

    def body_named(self, name: str, pos: int) -> Entity:
        """The article's organisation called ``name``, made when the article has none yet."""
        entity = self._by_name.get(_norm(name)) or self._new(name, "organisation", pos)
        entity.forms.add(name)
        return entity

    def described_anywhere(self, role: str) -> Entity | None:
        """The one person the article introduces with the words ``role`` anywhere in its text,
        right before their name ("the promoter, Ada Corvell,", "Chief steward Ana Pirk") or
        right after it ("Ana Pirk, the chief steward", "Ana Pirk, Eastpoint's chief steward"): for
        a role that spoke before its holder was named. None when the article introduces nobody so,
        or two holders (who is meant goes unsaid), or a body (a body's role word is often its
        trade, "the operator", and an undated body's admission would then link with what the same
        body said on another day), or a person nothing shows to be one ("Promoter Corvell Events" may
        be an event or a venue however the reading took it). A description of another holder
        ("Its foreman, ...", "the visiting coach, ...") introduces no one (``_another_holder``)."""
        words = role.strip()
        if not words or words.casefold() in _NO_OWNER or not self.text:
            return None
        # bodies too are collected, so that a body introduced with the words, alone or beside a
        # person, leaves the role unresolved; only a lone person is returned
        named = [e for e in self.entities if e.kind in {"person", "organisation"} and e.first_pos >= 0]
        found: list[Entity] = []
        for _start, end, before in self._description_sites(words):
            for e in named:
                forms = [f for f in {e.name, *e.forms} if len(f) > 2]
                named_after = any(self._introduced_after(end, f) for f in forms)
                named_before = before >= 0 and any(
                    self.text.endswith(f, 0, before)
                    and not _RELAYED_BY.search(self.text, max(0, before - len(f) - 20), before - len(f))
                    for f in forms
                )
                if (named_after or named_before) and e not in found:
                    found.append(e)
        return found[0] if len(found) == 1 and found[0].kind == "person" and self._shown_person(found[0]) else None

    def _description_sites(self, words: str) -> list[tuple[int, int, int]]:
        """Where the text writes ``words`` as a description that may introduce its holder: the
        start and end of the words, and where the apposition's comma before them starts ("Ana Pirk,
        the chief steward,"; -1 when none closes there). Not the field of an office ("Secretary of
        State"), a source ("according to the ruling"), or a description of another holder. The text
        is scanned once per role's words."""
        key = words.casefold()
        sites = self._sites.get(key)
        if sites is not None:
            return sites
        sites = []
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(words)}(?![\w'’-])", self.text, re.I):
            if _OFFICE_OF.search(self.text, max(0, m.start() - 4), m.start()):
                continue  # the field of an office ("Secretary of State"), no description
            if _SOURCE_BEFORE.search(self.text, max(0, m.start() - 40), m.start()):
                continue  # "According to the ruling, Vantor Labs ...": a source, no description
            if self._another_holder(m.start(), m.end()):
                continue  # "Its foreman, Dariusz Okonek": another quarry's, maybe
            start = max(0, m.start() - 80)
            before = _ROLE_AFTER_NAME.search(self.text, start, m.start()) or _OWNED_ROLE_AFTER_NAME.search(
                self.text, start, m.start()
            )
            if before is not None and not _APPOSITION_CLOSES.match(self.text, m.end()):
                before = None  # "According to Ada Lind, the ranger had warned": the ranger is the subject
            sites.append((m.start(), m.end(), before.start() if before is not None else -1))
        self._sites[key] = sites
        return sites

    def _another_holder(self, start: int, end: int) -> bool:
        """Whether the role words at ``start``-``end`` describe another holder than the bare
        definite role means: after a possessive pronoun ("Its foreman", "their coach") or a
        modifier of another ("the visiting coach", "the second car's driver", "the former warden"),
        back to the phrase's article, or with such a field ("the foreman at the other quarry")."""
        head = _CLAUSE_CUT.split(self.text[max(0, start - 60) : start])[-1].split()[-4:]
        for i in range(len(head) - 1, -1, -1):
            word = re.sub(r"['’]s?$", "", head[i])
            low = word.casefold()
            if low in _OTHERS_POSSESSIVE:
                return True
            # (a capitalised one opens a name, "New Zealand's engineer", unless a common word follows)
            after = head[i + 1] if i + 1 < len(head) else self.text[start:end]
            if low in _OTHER_HOLDER and (word.islower() or after[:1].islower()):
                return True
            if low in _NP_OPENS:
                break  # the phrase's article, or a word before the phrase ("said his team had hired coach")
        field = _FIELD_AFTER.match(self.text, end)
        return field is not None and any(w in _OTHER_HOLDER for w in field.group(0).split())

    def _shown_person(self, e: Entity) -> bool:
        """Whether the article shows a 'person' to be one: a gender (a pronoun, an honorific, a
        given name of known gender), a given name opening the name, a title written before it
        ("Captain Tilde Norrgaard"), or the surname standing alone ("Norrgaard said")."""
        words = e.name.split()
        if self._gender(e) is not None or len(words) < 2 or self._kb.starts_with_given_name(e.name):
            return True
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(e.name)}(?![\w'’-])", self.text):
            before = _WORD_BEFORE.search(self.text, max(0, m.start() - 20), m.start())
            if before is not None and before.group(1).casefold() in self._kb.titles:
                return True
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(words[-1])}(?![\w'’-]|\s[A-Z])", self.text):
            if not _CAPITAL_BEFORE.search(self.text, max(0, m.start() - 40), m.start()):
                return True  # the surname alone, no other capitalised word before it
        return False

    def _introduced_after(self, at: int, form: str) -> bool:
        """Whether a description ending at ``at`` introduces ``form`` right after it, on the same
        line, as a title ("Dock master Tilde Norrgaard") or an apposition that closes after the
        name ("the dock master, Tilde Norrgaard, said"), not as the subject of what follows ("the
        ruling, Tilde Norrgaard appealed")."""
        if not (self._name_after(at, form) or self._titled_after(at, form)):
            return False
        found = self.text.find(form, at)
        if "\n" in self.text[at:found]:
            return False  # a heading's last word, and the next line's first name
        return "," not in self.text[at:found] or _NAME_CLOSES.match(self.text, found + len(form)) is not None

    def _titled_after(self, at: int, form: str) -> bool:
        """Whether the text names ``form`` right after a description ending at ``at``, set off by a
        comma with one or two title words between ("the duty officer, Lieutenant Ana Pirk")."""
        m = re.compile(rf",\s+((?:[A-Z][\w.'’-]*\s+){{1,2}}?){re.escape(form)}(?![\w'’-])").match(self.text, at)
        return m is not None and all(self._kb.is_title(w) for w in m.group(1).split())

    def _name_after(self, at: int, form: str) -> bool:
        """Whether the text names ``form`` right after a description ending at ``at``, with at most
        a place or body after "for"/"of", a comma and a title or two between."""
        found = self.text.find(form, at, at + 90)
        return found >= 0 and _NAME_AFTER_ROLE.fullmatch(self.text, at, found) is not None

    def _full_names(self, entity: Entity) -> list[str]:
        """An entity's name, and the full names the article spells its initials out as ("Volmar
        Space Agency (VSA)") or names a body whose initials they are ("the Volmar Space Agency's
        rocket ... VSA said"), if any."""
        spelled = self._spelled_acronym(entity.name)
        if spelled is not None:
            return [entity.name, spelled]
        if not ACRONYM.fullmatch(entity.name):
            return [entity.name]
        # (a possessive closes a name: "the Volmar Space Agency's Tern-3")
        names = (
            re.sub(r"^the\s+|['’]s?$", "", part)
            for m in _CAPITALS.finditer(self.text)
            for part in re.split(r"(?<=['’]s)\s+|(?<=s['’])\s+", m.group(0))
        )
        return [entity.name, *(n for n in names if spells(entity.name, n))]

    def _spelled_acronym(self, words: str) -> str | None:
        """The full name of the body an acronym (after "the" or none) stands for, where the article
        spells it out anywhere ("National Feed Quality Office (NFQO)"), else None."""
        word = re.sub(r"^the\s+", "", words.strip(), flags=re.I)
        if not ACRONYM.fullmatch(word):
            return None
        return defined_acronyms(self.text).get(word)

    def _spoke_between(self, start: int, end: int) -> list[Entity]:
        """The speakers (no unresolved role) of the quotes that spoke between ``start`` and
        ``end``, each once: whoever spoke in a sentence, though they spoke again since."""
        found: list[Entity] = []
        for at, e in self._spoken:
            if start <= at <= end and e.kind != "role" and e not in found:
                found.append(e)
        return found

    def _body_by_noun(self, mention: Mention, words: str, pos: int) -> Entity | None:
        """Who a definite common noun before a document names ("the institute's report", "the
        party's complaint"): the holder of that role or the body of that kind the article named
        before ``pos``, or None."""
        m = _DEFINITE_NOUN.fullmatch(words.strip())
        if m is None:
            return None
        noun = m.group(1).casefold()
        if noun in _BUSINESS_NOUNS:
            return self._named_organisation(noun, pos)  # "the Company's initial assessment"
        entity = self._definite(replace(mention, kind="other", role=noun, name=None), pos)
        if entity is not None and entity.kind == "organisation" and self._of_other_kind(entity, noun):
            return None  # "The Vestby Water Agency ... the council's own assessment": no council of the article's
        return entity

    def _of_other_kind(self, entity: Entity, noun: str) -> bool:
        """Whether a body's names say it is of a public or collective kind other than the one a
        body noun says ("Vestby Water Agency", or a document of the agency's the parse took
        for a name, "Agency's annual report", for "the council")."""
        names = self._full_names(entity)
        heads = {kind_word(re.sub(r"['’]s?$", "", w)) for n in names for w in n.casefold().split()}
        return bool(heads & {kind_word(h) for h in _BODY_HEADS}) and not any(_of_kind(n, noun) for n in names)

    def _owner_body(self, mention: Mention, pos: int, plural: bool) -> Entity | None:
        """The body whose document "its" or "their" names: the one "it" (or "they") would mean
        at ``pos``."""
        return self._pronoun(replace(mention, text="they" if plural else "it"), pos, None)

    def _owner(self, words: str, mention: Mention) -> Entity | None:
        """The author a document phrase names before its noun: "A Foreign Ministry readout of the
        call said", "a MetService statement said", "the Hallam statement": whom the article named so
        before, else a body (a word that heads bodies' names, or capitalised words that open with no
        given name); None for a determiner, a day or a month ("Her statement", "A Friday statement")."""
        name = re.sub(r"^(?:the|a|an)\s+", "", words, flags=re.I)
        first = name.split()[0].casefold() if name.split() else ""
        if not first or first in _NO_OWNER or first in WEEKDAYS or first in MONTHS or self._kb.is_country(name):
            return None
        if len(name.split()) == 1 and first.endswith(_NATIONALITY_ENDINGS):
            return None  # "a Russian statement": a people's adjective, no author's name
        tracked = self._by_name.get(_norm(name))
        if tracked is None and len(name.split()) == 1:
            tracked = self._by_part(name)
        if tracked is not None:
            return tracked
        if self._kb.is_org_word(kind_word(head_word(name))) or not self._kb.starts_with_given_name(name):
            return self._organisation(replace(mention, kind="organisation", name=name))
        return None

    def _read_for(self, start: int, end: int, pos: int) -> Entity | None:
        """The one a document's "on his behalf" / "on behalf of X" right after ``start`` (within
        :data:`_BEHALF_REACH` and before ``end``) says it was for, resolved at ``pos``, or None.
        Only in the document's own sentence: '"...," the statement said. On the club's behalf, its
        secretary said' is another statement's."""
        behalf = behalf_of(self.text, start, _sentence_end(self.text, start, min(end, start + _BEHALF_REACH)))
        return self.resolve(behalf, pos) if behalf is not None else None

    def _by_from(self, start: int, end: int, pos: int) -> Entity | Literal[False] | None:
        """The author a document's "by X" / "from X" right after ``start`` names: the entity
        named there, False when those words name nobody the article tracks, None when there are
        no such words."""
        m = _BY_FROM.match(self.text, start, end)
        if m is None:
            return None
        sentence_end = _sentence_end(self.text, m.end(), end)
        words = _CAPITALS.match(self.text, m.end(), end)
        described = _DESCRIBED_AUTHOR.match(self.text, m.end(), end) if words is None else None
        if described is not None:
            # "A statement from the mayor, read ... by her campaign manager, Terrence Gould, said":
            # the one "the mayor" means, not a name later in the sentence
            noun = described.group(1)
            found = self._definite(
                Mention(described.start(), described.end(), described.group(0), "other", role=noun), pos
            )
            if found is not None:
                return found
        # a name after "by" is the author, not one named later in the sentence ("signed by Ada Obi,
        # the spokesperson, said Musa was held"); a description ("by the army's office, the army
        # said") may be of a body the sentence names after it
        stop = _AUTHOR_END.search(self.text, m.end(), sentence_end) if words is not None else None
        named = self._named_in(m.end(), stop.start() if stop else sentence_end, pos)
        if words is not None and named:
            whole = re.sub(r"^the\s+", "", words.group(0))
            if len(whole.split()) > 2 and any(self._kb.is_org_word(w) for w in whole.split()):
                # "by the U.S. Attorney's Office for the Northern District of Illinois": the body of
                # that whole name, not a place or body its name holds
                named = [e for e in named if _norm(e.name) == _norm(whole) or e.name not in whole]
        if named:
            # "the letter from Transalpa chief executive Hans-Jörg Kessler": the person who wrote it
            return next((e for e in named if e.kind == "person"), named[0])
        if words is None:
            return False
        name = re.sub(r"^the\s+", "", words.group(0))
        name = self._spelled_acronym(name) or name  # "a statement from the NWPA": the body it spells out
        entity = self._by_name.get(_norm(name))
        if entity is None:
            known = {_norm(n) for _, n in self.organisations}
            body = any(self._kb.is_org_word(w) for w in name.split()) or " of " in name or _norm(name) in known
            if self._kb.starts_with_given_name(name) and len(name.split()) > 1:
                # "A statement signed by Tunde Bakare, the spokesperson, said": the person who signed it
                entity = self._new(name, "person", pos)
                entity.forms.add(name)
                return entity
            if not body or self._kb.starts_with_given_name(name):
                return False
            entity = self._new(name, "organisation", pos)
            entity.forms.add(name)
        return entity

    def _named_in(self, start: int, end: int, pos: int) -> list[Entity]:
        """The entities a stretch of text names (by a name or form the article used for them),
        in the order they appear there."""
        hits: list[tuple[int, Entity]] = []
        stretch = self.text[start:end]
        for e in self.entities:
            if e.first_pos > pos or e.kind == "role":
                continue
            forms = {e.name, *e.forms}
            if e.kind == "person" and len(e.name.split()) > 1:
                forms.add(e.name.split()[-1])
            at = [m.start() for f in forms if len(f) > 2 for m in re.finditer(rf"\b{re.escape(f)}\b", stretch)]
            if at:
                hits.append((min(at), e))
        return [e for _, e in sorted(hits, key=lambda h: h[0])]

    def _family(self, mention: Mention, pos: int) -> Entity | None:
        """A family that speaks as one ("the Sithole family said in a statement"): the family
        named so; "the family" (or "the victim's family") is the family the article named last
        before it, else the description itself when it says whose family ("the victim's
        family"); "his family" with no family named is nobody."""
        role = mention.role or ""
        words = role.split()
        if (
            len(words) > 1
            and all(w[:1].isupper() for w in words[:-1])
            and not words[0].endswith(("'s", "’s"))
            and words[0].casefold() not in _POSSESSIVES
        ):
            name = role  # "Sithole family"
        else:
            spoke = [
                e
                for e in self.entities
                if e.kind == "organisation" and e.name.endswith(" family") and e.last_pos <= pos
            ]
            # a family named before the paragraph (not one inside the quote the family speaks)
            paragraph = self.text.rfind("\n\n", 0, max(mention.start, 0))
            named = list(_NAMED_FAMILY.finditer(self.text, 0, max(paragraph, 0)))
            if spoke:
                name = max(spoke, key=lambda e: e.last_pos).name
            elif named:
                name = named[-1].group(1) + " family"
            elif len(words) > 1 and words[0].casefold().endswith(("'s", "’s")) and words[0][:1].islower():
                name = role  # "the victim's family"
            else:
                return None
        entity = self._by_name.get(_norm(name)) or self._new(name, "organisation", pos)
        entity.forms.add(name)
        entity.last_pos = max(entity.last_pos, pos)
        return entity

    def _definite(self, mention: Mention, pos: int) -> Entity | None:
        """What a definite noun no lexicon knows means ("the sheriff", "the district", "the
        judges"): the person the article gave that role ("Tolliver County Sheriff Luis Ortega"),
        else the body of that kind it named ("Tolliver County Fire Protection District"), else
        nobody."""
        noun = (mention.role or "").casefold()
        if noun not in _MEMBERS_OF and (
            self._kb.is_title(noun) or self._kb.role(noun) is not None or self._kb.is_epithet(noun)
        ):
            # "the analyst" for the article's "aviation analyst Tobias de Wulf"
            holders = [e for e in self._holders(noun) if e.last_pos <= pos] or self._titled(noun, pos)
            if holders:
                entity = max(holders, key=lambda e: e.last_pos)
                entity.last_pos = max(entity.last_pos, pos)
                return entity
        noun = _MEMBERS_OF.get(noun, noun)
        # "the panel" of a tribunal the article named as a "Chamber": one family of courts
        kinds = _COURTS if noun in _COURTS else (noun,)
        known = [
            e
            for e in self.entities
            if e.kind == "organisation" and e.first_pos <= pos and any(_of_kind(e.name, k) for k in kinds)
        ]
        if known:
            return max(known, key=lambda e: e.last_pos)
        name = named_by_noun(self.text, noun, pos)
        if name is None and self._kb.role(noun) is None and not self._kb.is_title(noun):
            # "Brenmoor Markets, the country's largest supermarket chain, ... the chain said"
            name = described_by_noun(self.text, noun, pos)
        if name is None and noun in _OFFICES:
            name = noun.capitalize()  # "the presidency said in a statement": the office speaks as one body
        if name is None:
            if not self._body_noun(noun) or mention.number == "pl":
                return None  # ("the cut comes ...": no body's noun, nobody speaks)
            if self.text[mention.end : mention.end + 1] == "-":
                return None  # "the co" of "the co-op's spokesman": a piece of a word the parse cut
            return self._body_just_named(noun, pos) or self._body_by_kind(noun, pos)
        entity = self._by_name.get(_norm(name)) or self._new(name, "organisation", pos)
        entity.forms.add(name)
        entity.last_pos = max(entity.last_pos, pos)
        return entity

    def _body_noun(self, noun: str) -> bool:
        """Whether a noun names a kind of body that speaks as one ("the studio", "the charity",
        "the insurer"), no person's role."""
        if self._kb.role(noun) is not None or self._kb.is_title(noun):
            return False
        return noun in _BUSINESS_NOUNS or noun in _BODY_HEADS or noun in _BODY_KINDS or self._kb.is_org_word(noun)

    def _written_with_who(self, e: Entity) -> bool:
        """Whether the article writes a name followed by ", who": a person's ("Grevald Obuya
        Mensink, who ran the yard"), never a body's."""
        return self._any_form(e, self._before_who)

    def _before_who(self, form: str) -> bool:
        """Whether the text writes ", who" after ``form`` ("Grevald Obuya Mensink, who ...")."""
        return re.search(re.escape(form) + r",\s+who\b", self.text) is not None

    def _body_just_named(self, noun: str, pos: int) -> Entity | None:
        """The body a definite noun of no person's role means when no name of its kind is known
        ("Greyfield Pictures hit back. ... the studio said", "Fenwater Rescue wrote on X
        ... The charity says"): the organisation, or the name no given name starts, named last
        in the same paragraph or the one before, when no person was named after it (a name no given
        name starts counts as a body's when it reads as one or runs to three words)."""
        start = max(self.text.rfind("\n\n", 0, max(self.text.rfind("\n\n", 0, pos), 0)), 0)
        near = [e for e in self.entities if start <= e.last_pos < pos]
        if not near:
            return None
        last = max(near, key=lambda e: e.last_pos)
        body_like = self._nameless(last) and (
            self._group_like(last) or (len(last.name.split()) > 2 and not self._written_with_who(last))
        )
        if not (last.kind == "organisation" or body_like):
            return None  # a person named last ("Oswin Harrowby", whose given name no list knows): not a body
        written = max((self.text.rfind(form, 0, pos) for form in last.forms | {last.name}), default=-1)
        if re.search(r"\bthe\s+" + re.escape(noun) + r"\b", self.text[max(written, start) : pos], re.I):
            return None  # "The company says the town owes it ...": the noun meant another before
        if self._kb.is_masthead(last.name) or self._kb.outlet(last.name) is not None or self._kb.is_country(last.name):
            return None  # (a medium, or a country: "the panel" is no state)
        last.kind = "organisation"
        last.last_pos = max(last.last_pos, pos)
        return last

    def _body_by_kind(self, noun: str, pos: int) -> Entity | None:
        """A public or collective body the article names only by its kind ("The trust said ...",
        "the district said in the statement", the "Fenmoor Health Trust" or the "Tolliver County
        Fire Protection District" named in other articles): a body called by that noun, which the
        corpus binds to the only body of that kind it names in full (:mod:`onrecord.resolve`), and
        keeps apart when it names several. A business noun ("the company") stays unread here: any
        article's company may be another."""
        if noun in _BUSINESS_NOUNS or noun not in _BODY_HEADS | _BODY_KINDS:
            return None
        name = noun.capitalize()
        entity = self._by_name.get(_norm(name)) or self._new(name, "organisation", pos)
        if entity.kind != "organisation":
            return None
        entity.last_pos = max(entity.last_pos, pos)
        return entity

    def _titled(self, noun: str, pos: int) -> list[Entity]:
        """The people the text names in full after this title, before ``pos``, in full or
        abbreviated ("Col. Dariusz Vane" for "the colonel", "Insp. Mateus Lind" for "the inspector")."""
        title = self._kb.title_in_full(noun)
        found = []
        for e in self.entities:
            if e.kind != "person" or e.first_pos > pos or len(e.name.split()) < 2:
                continue
            # (not the field an office is "of": "State" of "Secretary of State Jon Harwell")
            written = re.finditer(r"(?<!\bof )([A-Z][a-z]*\.?)\s+" + re.escape(e.name) + r"\b", self.text[:pos])
            if any(self._kb.is_title(m.group(1)) and self._kb.title_in_full(m.group(1)) == title for m in written):
                found.append(e)
        return found

    def _epithet(self, mention: Mention, pos: int, channel: str | None) -> Entity | None:
        """The person a definite description refers back to ("The German logistics magnate ...
        told a press conference", "the club's prospective owner gave the same answer"): the one
        "he" or "she" would mean there, when that is a person."""
        if _RELATIVE_AFTER.match(self.text, mention.end) and self._named_next(mention.end):
            return None  # "The restaurant's chef, who ..., says C. Eitan de Vries said ...": a new person
        gender = mention.gender or self._kb.epithet_gender(mention.role or mention.text)
        entity = self._pronoun(replace(mention, gender=gender), pos, channel)
        return entity if entity is not None and entity.kind == "person" and not self._group_like(entity) else None

    def _named_next(self, at: int) -> bool:
        """Whether the sentence after the one holding ``at`` opens with a person's full name the
        article has not written before, as the subject of a verb of saying: the description
        introduced that person, named next, not someone named before."""
        end = _sentence_end(self.text, at)
        m = _NEXT_SPEAKER.match(self.text, end + 1)
        if m is None or not self._kb.starts_with_given_name(m.group("name")):
            return False
        return m.group("name") not in self.text[:at]

    def spoke(self, entity: Entity, pos: int, channel: str | None = None) -> None:
        """Note that ``entity`` was the speaker of a quote at ``pos``, addressing ``channel``
        (``journalists`` in "told journalists"), if any."""
        entity.last_spoke = max(entity.last_spoke, pos)
        entity.last_pos = max(entity.last_pos, pos)
        self._spoken.append((pos, entity))
        if channel:
            entity.channels.add(channel)

    def _medium(self, entity: Entity) -> bool:
        """Whether an organisation is a news medium (an outlet, a masthead, "state television")."""
        return self._kb.is_medium(entity.name)

    def _pronoun(self, mention: Mention, pos: int, channel: str | None, besides: Entity | None = None) -> Entity | None:
        word = mention.text.casefold()
        if word in {"i", "you"}:
            return None
        if word in {"they", "we"}:
            # a medium the article only named ("a filing obtained by the Daily Ledger. They also
            # deny ...") is not who "they" are
            # nor is a country the article only named ("... coming to the Velmara from ...") while
            # it has not spoken: a place is no group of speakers
            groups = [
                e
                for e in self.entities
                if e.kind == "organisation"
                and e.last_pos <= pos
                and (e.last_spoke >= 0 or not (self._medium(e) or self._kb.is_country(e.name)))
            ]
            recent = max(groups, key=lambda e: e.last_pos, default=None)
            return recent if recent is not None and pos - recent.last_pos < _PRONOUN_WINDOW else None
        if word == "it":
            document = self._document_before(mention)
            author = self._author(document, pos) if document is not None else None
            if author is None:
                author = self._document_again(mention)
            if author is not None and self.text:
                self._document_it = (_quoted_sentence_start(self.text, mention.start), author)
            return author or self._body_for_it(pos)
        if word in {"him", "her"} and besides is None:
            quoted = self._quoted_object(mention)
            if quoted is not None:
                found, besides = quoted
                if found is not None:
                    return found
        if word in _PERSONAL:
            opener = self._subject_before(mention, pos)
            if opener is not None and opener is not besides:
                return opener
        people = [
            e
            for e in self.entities
            if e.kind in {"person", "role"}
            and e.last_pos <= pos
            and self._fits(e, mention.gender)
            and e is not besides
            and not self._theirs_before(e, word, mention.start)
        ]
        if not people:
            return None
        # "he"/"she" means a person: not a name nothing shows is one ("Oberwald Hydro"), while
        # a person is at hand
        persons = [e for e in people if not self._group_like(e)]
        if not persons and mention.gender in {"m", "f"} and all(self._surely_group(e) for e in people):
            return None  # "the Vossa Fishermen's Cooperative ... She promised": no group is "she"
        if word in _PERSONAL and persons and all(self._shown_nothing(e) for e in persons):
            # "said Evadne Reeves. ... if Eastwater did the same. By Thursday she ...": a name in s
            # that has spoken is more a person's than a bare word that has shown nothing of one
            voiced = [e for e in people if e not in persons and e.last_spoke >= 0 and not self._surely_group(e)]
            persons = voiced or persons
        people = persons or people
        if word in _PERSONAL:
            # "sat down with The Gimlet ... She told me": a name the article only writes after
            # "the" is a thing's or a body's (a masthead, a ship, an orchestra), no one "she" means
            people = [e for e in people if not self._written_as_thing(e)]
            if not people:
                return None
        # "... will be the same week. She told me ...": a name nothing shows is a person's, that
        # the article writes where a place stands ("on to Kerrow Point"), is no one "she" means
        people = [e for e in people if not self._written_as_place(e)]
        if not people:
            return None
        if word in _PERSONAL and any(self._gender(e) == mention.gender for e in people):
            # "Halcyon ships in May, she said": a bare word nothing showed to be a person (a
            # product, a place) is not who "she" means while a woman is at hand (French "elle"
            # may mean a thing: "la société")
            people = [e for e in people if not self._bare_word(e)]
        # the last to speak; before anyone has spoken, nobody ("James Plaskitt was asked about Mr
        # Brown's leadership. He responded: ..." is about the subject, not the last name)
        speaker = max((e for e in people if e.last_spoke >= 0), key=lambda e: e.last_spoke, default=None)
        spoke_at = speaker.last_spoke if speaker is not None else -1
        voice = self._voice_for(pos, spoke_at) if word in _PERSONAL else None
        if voice is not None and mention.gender and self._voice_gender and mention.gender != self._voice_gender:
            voice = None  # "A spokeswoman said ... He told MPs": another than the body's voice
        if voice is not None:
            return voice
        introduced = [
            e
            for e in people
            if e is not speaker
            # with a role, or named in full in the pronoun's paragraph and silent so far ("The head
            # of the mission, Rune Halmstrand, has delivered its statement. He said ...")
            # (or named there and at once taken up by the pronoun's own word: "Our reporter found
            # Ada Pell at the gate, where she has waited since dawn. '...,' she said")
            and (
                e.roles
                or (
                    e.last_spoke < 0
                    and self._same_paragraph(e.last_pos, pos)
                    and (self._in_apposition(e) or self._taken_up(e, word))
                )
            )
            and (speaker is None or e.last_pos > speaker.last_pos)  # not when the speaker was named again since
            and pos - e.last_pos < _JUST_NAMED
            and _SENTENCE_END.search(self.text, e.last_pos, pos + 1) is not None
            and _SENTENCE_END.search(self.text, max(spoke_at, 0), e.last_pos) is not None
            and self._subject_over(e, people) is None
            # not one named inside a sentence that opens with "she"/"he" ("She has faced
            # controversies ... his wife, the nominee Ada Vell, ... She said ..."): that sentence
            # goes on about someone already in play, it introduces nobody
            and not _PRONOUN_OPENER.match(self.text, _sentence_start(self.text, e.last_pos))
        ]
        # the speaker made the subject again since ("... Petrauskienė keeps the judgment in a
        # folder. She has read it, she says"): no one named as a subject before that is meant
        spoke_subject = -1
        if speaker is not None and spoke_at < speaker.last_subject < _sentence_start(self.text, pos):
            spoke_subject = speaker.last_subject  # (a sentence of its own: not a name inside the pronoun's)
        topics = [
            e
            for e in people
            if e is not speaker
            and e.kind == "person"
            and not self._group_like(e)
            and e.last_subject > max(spoke_at, spoke_subject)
            and pos - e.last_subject < _PRONOUN_WINDOW
            # the pronoun's own capital ends the sentence before it: "... she can count. She said"
            and _SENTENCE_END.search(self.text, e.last_subject, pos + 1) is not None
        ]
        trailing = self.text[:pos].rstrip().endswith((",", "\u201d", '"'))  # "C, she said": C's subject is no speaker
        here = [
            e
            for e in people
            if e.kind == "person"
            and not self._group_like(e)
            and _sentence_start(self.text, pos) <= e.last_subject < pos
            # a person named before, or the subject of the clause the pronoun's free relative
            # hangs on ("Tomas Berg condemned what he called ...")
            and (
                e.first_pos < _sentence_start(self.text, pos)
                or _FREE_RELATIVE_AFTER.match(self.text, e.last_subject, pos) is not None
                # "The minister, Ada Vell, repeated his promise that ...": the possessor of the
                # words is the subject the sentence brought on
                or (word in _POSSESSIVE_FORMS and _NOUN_AFTER.match(self.text, mention.end) is not None)
            )
            and not _QUOTE_MARKS.search(self.text, e.last_subject, pos)  # '« ... », a-t-elle dit': a quote between
        ]
        if here and not trailing:
            # "However, Mr Vell stood by his answer - which he said was a forecast": the subject of
            # the pronoun's own sentence, before it, a person named before
            return max(here, key=lambda e: e.last_subject)
        relative = [
            e
            for e in people
            if e.kind == "person"
            and not self._group_like(e)
            and _sentence_start(self.text, pos) <= e.last_pos < pos
            and _RELATIVE_ON_NAME.match(self.text, e.last_pos, pos)
        ]
        if relative and not trailing:
            # "The court heard from an interview with the deputy editor, Jon Coles, in which he
            # stated ...": the clause on the name just before the pronoun is about that person
            return max(relative, key=lambda e: e.last_pos)
        if topics:
            # "Cllr Gareth Penwick, who leads the opposition, was unimpressed. '...,' he said": the
            # subject of a sentence after the last speaker's words is who "he" now means
            return max(topics, key=lambda e: e.last_subject)
        if introduced:
            # "By Friday the transport secretary, Ewart Ardwell, had done something. ... he
            # said": a person the writer has just introduced, with a role, in a sentence of their
            # own after the last speaker's words
            return max(introduced, key=lambda e: e.last_pos)
        if speaker is not None and pos - speaker.last_spoke < _PRONOUN_WINDOW:
            if channel and channel not in speaker.channels and not self._same_paragraph(speaker.last_spoke, pos):
                # "he told journalists": the speaker who was already talking to journalists (not
                # when the last speaker's words are in the pronoun's own paragraph: "'...,'
                # Brenner said in a video. He told reporters ..." is still Brenner)
                same = [
                    e
                    for e in people
                    if channel in e.channels and e.last_spoke >= 0 and pos - e.last_spoke < 2 * _PRONOUN_WINDOW
                ]
                if len(same) == 1:
                    return same[0]
            return speaker
        latest = max(people, key=lambda e: e.last_pos)
        owner = self._subject_over(latest, people)
        if owner is not None and mention.gender is not None and self._gender(owner) == mention.gender:
            # "Kell, who has campaigned for Gov. Tom Arden since ..., blasted Brandt. '...,' he said":
            # the subject of the sentence the last name was written in, of the pronoun's gender
            return owner
        vague = len(latest.name.split()) == 1 or self._nameless(latest)
        if mention.gender and self._gender(latest) is None and vague:
            # "Katrin van der Berg ... after a meeting with Fennwick's board, she said": a bare
            # word or a name nothing shows to be a woman ("Oberwald Hydro") is not who "she"
            # means while a woman is at hand
            sure = [e for e in people if self._gender(e) == mention.gender and pos - e.last_pos < _PRONOUN_WINDOW]
            if sure:
                return max(sure, key=lambda e: e.last_pos)
        return latest

    def _theirs_before(self, e: Entity, pronoun: str, at: int) -> bool:
        """Whether the pronoun's own sentence names ``e`` before it as the pronoun's relation, by
        the possessive of its gender ("In a statement read by her lawyer, Ada Pell, she said": Pell
        is her lawyer, not "she")."""
        possessive = {"he": "his", "she": "her"}.get(pronoun)
        if possessive is None or not self.text:
            return False
        start = _sentence_start(self.text, at)
        forms = [f for f in {e.name, *e.forms} if len(f) > 2]
        return any(
            re.search(rf"\b{possessive}\s+(?:[\w-]+\s+){{0,3}}?[\w-]+,\s+{re.escape(f)},", self.text[start:at], re.I)
            for f in forms
        )

    def _subject_over(self, e: Entity, people: list[Entity]) -> Entity | None:
        """The other one of ``people`` who is the subject of the sentence ``e`` was last named in,
        before ``e`` ("Kell, who has campaigned for Governor Ada Lind since ..., blasted Brandt.
        '...,' she said": Lind was named in a sentence about Kell, not introduced in one of her
        own), if there is one."""
        # (past the name's first letter: a name that opens its sentence is in that one, not the one before)
        start = _sentence_start(self.text, e.last_pos + 1)
        over = [o for o in people if o is not e and o.kind == "person" and start <= o.last_subject < e.last_pos]
        return max(over, key=lambda o: o.last_subject, default=None)

    def _body_for_it(self, pos: int) -> Entity | None:
        """The body "it" means at ``pos``: the last named before it, not a medium or a country the
        article only named ("..., the National Ledger reported. By the evening it said ..." means
        the company, not the paper), and a name read as a person's the article wrote as a body's
        ("Halvard Power, which owns the line, ...")."""
        bodies = [
            e
            for e in self.entities
            if e.last_pos <= pos
            and (e.kind == "organisation" or (self._nameless(e) and self._written_as_body(e)) or self._body_by_role(e))
            and (e.last_spoke >= 0 or not (self._medium(e) or self._kb.is_country(e.name)))
        ]
        body = max(bodies, key=lambda e: e.last_pos, default=None)
        if body is not None:
            body.kind = "organisation"
        return body

    def _body_by_role(self, e: Entity) -> bool:
        """Whether a 'person' no gender or given name shows to be one has only a body's noun for
        its roles ("The heat company, Brask Teplo, said"): a body."""
        return (
            e.kind == "person"
            and e.gender is None
            and bool(e.roles)
            and not self._kb.starts_with_given_name(e.name)
            and all(r.split() and self._body_noun(r.split()[-1].casefold()) for r in e.roles)
        )

    def _written_as_body(self, e: Entity) -> bool:
        """Whether the article writes a name as a thing's, not a person's: "which" after it
        ("Halvard Power, which owns the line"), its initials in brackets after it ("Keldmoor
        Grid Operator (KGO)"), or a body's noun in apposition to it ("Brask Teplo, the heat
        company,", "The heat company, Brask Teplo,")."""
        return (
            self._any_form(e, self._before_which)
            or self._any_form(e, self._before_initials)
            or self._any_form(e, self._apposed_body)
        )

    def _before_initials(self, form: str) -> bool:
        """Whether the text writes initials in brackets after ``form`` ("Keldmoor Grid Operator
        (KGO)"), as it does a body's, never a person's."""
        return " " in form and re.search(re.escape(form) + r"\s+\([A-Z][A-Z&]{1,7}\)", self.text) is not None

    def _apposed_body(self, form: str) -> bool:
        """Whether the text sets ``form`` beside a description that ends in a body's noun: after
        it ("Brask Teplo, the heat company,") or before it ("The heat company, Brask Teplo,")."""
        after = re.finditer(
            re.escape(form) + r",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?([\w-]+)(?=[,.;]|\s+(?:that|which)\b)",
            self.text,
        )
        before = re.finditer(r"\b(?:The|the)\s+(?:[\w’'-]+\s+){0,3}?([\w-]+),\s+" + re.escape(form) + r"\b", self.text)
        return any(self._body_noun(m.group(1).casefold()) for m in (*after, *before))

    def _before_which(self, form: str) -> bool:
        """Whether the text writes "which" after ``form`` ("Halvard Power, which ...")."""
        return re.search(re.escape(form) + r",?\s+which\b", self.text) is not None

    def _any_form(self, e: Entity, reading: Callable[[str], bool]) -> bool:
        """Whether ``reading`` holds of a form of ``e``'s name: each form read once per article
        (a name is asked about again for every pronoun)."""
        for form in e.forms | {e.name}:
            key = (reading.__name__, form)
            found = self._form_read.get(key)
            if found is None:
                found = self._form_read[key] = reading(form)
            if found:
                return True
        return False

    def _document_before(self, mention: Mention) -> Mention | None:
        """The document "it" means when the sentence before the pronoun's opens with one as its
        subject ('A second letter, emailed on Wednesday, struck another note. "...," it read.'): a
        mention of that document, whose author speaks; else None."""
        if not self.text:
            return None
        own = _quoted_sentence_start(self.text, mention.start)
        if own <= 0:
            return None
        before = _sentence_start(self.text, own - 1)
        sentence = self.text[before:own]
        m = _DOCUMENT_SUBJECT.match(self.text, before + len(sentence) - len(sentence.lstrip()))
        if m is None or m.end() > own or not _noun_reading(m.group(1), self.text[m.end() : own]):
            return None
        if self._body_opens_clause(m.end(), mention.start):
            return None
        return replace(mention, kind="other", text=m.group(0), start=m.start(), end=m.end(), role=m.group(1).casefold())

    def _document_again(self, mention: Mention) -> Entity | None:
        """The author an "it" in the sentence right before meant through a document, the same
        document going on ('The order is brisk. "...," it reads. At paragraph 5 it adds: "..."');
        None when the last such "it" stood elsewhere."""
        if self._document_it is None or not self.text:
            return None
        own = _quoted_sentence_start(self.text, mention.start)
        if own <= 0:
            return None
        at, author = self._document_it
        return author if _sentence_start(self.text, own - 1) == at else None

    def _body_opens_clause(self, start: int, end: int) -> bool:
        """Whether a body named between ``start`` and ``end`` opens a clause of its own there ("A
        letter from the ministry reached the port, and the Trawlers Association answered"): the
        subject nearer a pronoun than the document before it."""
        return any(
            (e.kind == "organisation" or self._surely_group(e))
            and start < e.last_pos < end
            and _CLAUSE_OPENING.search(self.text, max(start, e.last_pos - 16), e.last_pos) is not None
            for e in self.entities
        )

    def _written_as_place(self, e: Entity) -> bool:
        """Whether a 'person' that has shown nothing of a person (no given name, gender, role or
        words of its own) is written after a preposition of place ("came to Marnock", "based in
        Kesswick", "drove on towards Brannoch Cross")."""
        if e.kind != "person" or e.last_spoke >= 0 or not (self._bare_word(e) or self._nameless(e)):
            return False
        return self._any_form(e, self._after_place)

    def _after_place(self, form: str) -> bool:
        """Whether the text writes ``form`` after a preposition of place, not one of a person."""
        return any(
            _AFTER_PLACE_WORD.search(self.text, max(0, m.start() - 12), m.start())
            and not _TO_A_PERSON.search(self.text, max(0, m.start() - 30), m.start())
            # (a possessive is no place: "to Okonkwo's office")
            for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])(?!['’]s\b)", self.text)
        )

    def _taken_up(self, e: Entity, pronoun: str) -> bool:
        """Whether the sentence that last named ``e``, a person named in full, goes on about them
        with ``pronoun``'s own forms after the name and names nobody else ("found Ada Pell at
        the gate, where she has waited since dawn, with her two sons")."""
        forms = _PRONOUN_FORMS.get(pronoun)
        if forms is None or not self.text or len(e.name.split()) < 2:
            return False
        end = _SENTENCE_END.search(self.text, e.last_pos)
        stop = end.start() + 1 if end is not None else len(self.text)
        longest = sorted(e.forms | {e.name}, key=len, reverse=True)
        written = next((f for f in longest if self.text.startswith(f, e.last_pos)), None)
        if written is None:
            return False
        rest = self.text[e.last_pos + len(written) : stop]
        others = _PRONOUN_FORMS["he" if pronoun == "she" else "she"]
        words = {w.casefold() for w in re.findall(r"[A-Za-z]+", rest)}
        named = re.search(r"(?<![.!?]\s)\b[A-Z][a-z]+\s+[A-Z][a-z]+", rest)
        return bool(words & forms) and not words & others and named is None

    def _in_apposition(self, e: Entity) -> bool:
        """Whether a person was last named in full, a given name first, set off by commas ("The
        head of the mission, Rune Halmstrand, has delivered ..."), as a subject is introduced; not
        as an object at a sentence's end ("she singled out the director, Priya Reyes.")."""
        if not self.text or not self._kb.starts_with_given_name(e.name) or len(e.name.split()) < 2:
            return False
        before = self.text[: e.last_pos].rstrip()
        after = next((self.text[e.last_pos + len(f) :] for f in e.forms if self.text.startswith(f, e.last_pos)), "")
        return before.endswith(",") and after.lstrip().startswith(",")

    def _quoted_object(self, mention: Mention) -> tuple[Entity | None, Entity | None] | None:
        """Whom "him"/"her" means after "quoted"/"quoting" ("Nord Tidende quoted her as saying",
        "Nordpress reports that the chief executive, Rufus Hale, is preparing an offer,
        quoting him as saying"): the last person of that gender the sentence named before the
        verb, not the one quoting, whose name stands right before it; else nobody here, and the
        one quoting as the person the pronoun does not mean. None when no such verb governs it."""
        verb = _QUOTED_OBJECT.search(self.text, max(0, mention.start - 40), mention.start)
        if verb is None:
            return None
        start = _sentence_start(self.text, mention.start)
        quoter = None
        named = []
        for e in self.entities:
            if e.kind not in {"person", "organisation"} or not start <= e.last_pos < verb.start():
                continue
            if self._ends_at(e, verb.start()):
                quoter = e  # "Nord Tidende quoted her": the one quoting
            elif e.kind == "person" and self._fits(e, mention.gender):
                named.append(e)
        found = max(named, key=lambda e: e.last_pos) if named else None
        return found, quoter

    def _ends_at(self, entity: Entity, at: int) -> bool:
        """Whether a form of the entity's name ends the text right before ``at`` (a space, or a
        mark a masthead ends with, "Zing!", between)."""
        before = self.text[:at].rstrip().rstrip("!?")
        return any(form and before.endswith(form) for form in {entity.name, *entity.forms})

    def _subject_before(self, mention: Mention, pos: int) -> Entity | None:
        """The subject of the sentence just before a "he"/"she" that opens its own sentence, when
        only a list of given names says that person is of the other gender ("Sen. Robin Vask, a
        Halvorian Republican, was also there. He said ..."): many given names are worn by men and
        women, and the article's own pronoun says more than the list. Not when anyone the
        pronoun may mean was named since that sentence began (then the usual rules choose)."""
        text = self.text
        if not text or mention.gender is None:
            return None
        start = _sentence_start(text, pos + 1)
        if text[start:pos].strip():
            return None  # the pronoun does not open its sentence
        before = _sentence_start(text, start)
        subjects = [e for e in self.entities if e.kind == "person" and before <= e.last_subject < start]
        if len(subjects) != 1:
            return None
        subject = subjects[0]
        listed = self._kb.gender_of_given(subject.name.split()[0])
        if (
            self._fits(subject, mention.gender)
            or subject.gender != listed  # the article showed it (a title, a pronoun)
            or any(self._kb.is_courtesy(r) for r in subject.roles)
            or subject.last_spoke >= before
            # "The officer who found the van was a young constable named Karl Nash. She said ...":
            # a name a description closes on, which the pronoun of the other gender need not mean
            or _NAMED_SO.search(text, max(0, subject.last_subject - 40), subject.last_subject) is not None
            # "Her brother Tomas, who sits behind her, waves. She says ...": a pronoun of that
            # gender that is someone else's, whom the pronoun means
            or self._other_of_gender(mention.gender, subject, before, start)
        ):
            return None
        if any(
            e is not subject
            and e.kind in {"person", "role"}
            and before <= e.last_pos < pos
            and self._fits(e, mention.gender)
            for e in self.entities
        ):
            return None
        subject.gender = mention.gender  # the article's pronoun corrects the list
        return subject

    def _other_of_gender(self, gender: str | None, subject: Entity, start: int, end: int) -> bool:
        """Whether ``text[start:end]``, the sentence ``subject`` is the subject of, writes a pronoun
        of ``gender`` that belongs to someone else: one before the subject's name ("Her brother
        Tomas"), an object ("calls out to her", "sits behind her"), or one inside an apposition or
        relative clause about another ("took over from the widow, who ran it with her husband").
        Not a possessive in the subject's own clause, or in an aside about the subject ("Jean
        Vallet took over her grandmother's ovens": her own, and the subject may be a woman)."""
        pronouns = _GENDERED_PRONOUN.get(gender or "")
        if pronouns is None:
            return False
        named = subject.last_subject
        name_end = self._name_end(subject, named)
        for m in pronouns.finditer(self.text, start, end):
            word = m.group(0).casefold()
            if m.start() < named or word == "him" or (word == "her" and self._object_her(m.end())):
                return True
            if (
                m.start() >= name_end
                and word not in {"herself", "himself"}
                and self._in_aside_of_another(subject, name_end, m.start())
            ):
                return True
        return False

    def _name_end(self, entity: Entity, at: int) -> int:
        """Where a form of ``entity``'s name written at ``at`` ends (the run of capitalised words
        there when no form is)."""
        forms = sorted({entity.name, *entity.forms}, key=len, reverse=True)
        for form in forms:
            if form and self.text.startswith(form, at):
                return at + len(form)
        run = _CAPITALISED_RUN.match(self.text, at)
        return run.end() if run is not None else at

    def _object_her(self, at: int) -> bool:
        """Whether the "her" ending at ``at`` is an object ("calls out to her about lunch"), not a
        possessive before a noun ("her grandmother's ovens"): a mark, a preposition or a
        conjunction after it, or nothing."""
        return _AFTER_OBJECT_HER.match(self.text, at) is not None

    def _in_aside_of_another(self, subject: Entity, name_end: int, at: int) -> bool:
        """Whether ``at``, after the subject's name (ending at ``name_end``), stands inside an
        apposition ("..., a widow with her own shop") or a relative clause ("..., who ...", "the
        widow who ...") about someone other than the subject: the stretch since the last comma,
        dash or bracket opens one, or names "who", and the words before it do not end with the
        subject's name."""
        stretch = self.text[name_end:at]
        cut = max(stretch.rfind(c) for c in ",(—–")
        if cut >= 0:
            opened = _ASIDE_OPENS.match(stretch, cut + 1)
            if opened is None:
                return False  # "Jean Vallet, 54, took over her ...": the subject's own clause again
            about = name_end + cut
        else:
            relative = _WHO.search(stretch)
            if relative is None:
                return False  # the subject's own clause
            about = name_end + relative.start()
        # (an aside right after the subject's name, or after an age set off after it, is the subject's)
        return _NOTHING_BETWEEN.fullmatch(self.text, name_end, about) is None

    def _voice_for(self, pos: int, spoke_at: int) -> Entity | None:
        """The body whose spokesperson spoke last, in the pronoun's paragraph, with no person named
        since ("A spokesman for the ministry said ... The minister had called both sides, he
        said."): "he" is the spokesman, who speaks for the body."""
        if self._voiced is None:
            return None
        body, at = self._voiced
        if body.last_spoke < max(at, spoke_at) or not self._same_paragraph(body.last_spoke, pos):
            return None
        if self._medium(body):
            return None  # "According to the Wire Agency, Ada Vell ... she said": a medium reports, Vell speaks
        if any(e.kind == "person" and body.last_spoke < e.last_pos < pos for e in self.entities):
            return None
        return body

    def _same_paragraph(self, start: int, end: int) -> bool:
        """Whether no paragraph break falls between two positions of the article's text."""
        return bool(self.text) and "\n" not in self.text[max(start, 0) : end].strip()

    def _just_named(self, mention: Mention, pos: int, any_role: bool = False) -> Entity | None:
        """The person a definite role stands for when the article has just named them and given
        them no role ("Anne-Marit Vold has just spoken to strikers. The union chair told them
        ..."): the last person named, within a sentence or two, of a compatible gender.
        ``any_role``: the role names no office of its own ("the agency chief"), so that a person
        the article gave another office may hold it too."""
        people = [e for e in self.entities if e.kind == "person" and e.last_pos <= pos]
        if not people:
            return None
        last = max(people, key=lambda e: e.last_pos)
        # a style of honour read as a role ("Lord Ardgowan") is no office, and names the person in full
        # "Lord Fennimore ... the judge said": a style of honour or a courtesy title read as a role
        # ("Lord Ardgowan", "Mrs Quell") is no office, and names the person as surely as a full name
        styled = [r for r in last.roles if self._kb.is_style(r.split()) or self._kb.is_courtesy(r)]
        offices = [r for r in last.roles if r not in styled]
        if (
            (offices and not any_role)
            or pos - last.last_pos > _JUST_NAMED
            or (len(last.name.split()) < 2 and not styled)
        ):
            return None
        if last.gender and mention.gender and last.gender != mention.gender:
            return None
        # a quote the person spoke last may end at the sentence's full stop: "... dismissed." The judge
        closed = _CLOSED_BEFORE.search(self.text, max(0, last.last_pos - 2), last.last_pos) if self.text else None
        start = closed.start() if closed else last.last_pos
        if self.text and _SENTENCE_END.search(self.text, start, pos + 1) is None:
            return None  # "... to improve the Harbour Protocol, the Foreign Secretary told MPs": another's name
        return last

    def _served(self, role: str, pos: int) -> bool:
        """Whether the article has written ``role`` before ``pos`` as the one another person's
        office serves ("Ada Brell, Spokesperson for the Chancellor", "an adviser to the Chancellor",
        "the Chancellor's press secretary"): whoever it has just named is then likelier the one
        who serves than the holder, and "the Chancellor" is nobody it named."""
        if not self.text or not role.strip():
            return False
        written = r"\s+".join(map(re.escape, role.split()))
        served = re.compile(rf"\b(?:for|to)\s+the\s+{written}\b(?!['’]s)|\bthe\s+{written}['’]s\s+[a-z]", re.I)
        return served.search(self.text, 0, pos) is not None

    def _holders(self, role: str) -> list[Entity]:
        """The people the article gives ``role``: by its class, or by its head word ("the
        minister" for the article's "Finance Minister Clara Haldane"); a rank must match ("the
        former minister" is not the prime minister, nor is "the minister")."""
        key = _ranked(role)
        info = self._kb.role(role)
        rank = set(key.split()) & _RANKS

        def no_other_rank(r: str) -> bool:
            return not (set(_ranked(r).split()) & _RANKS) - rank

        return [
            e
            for e in self.entities
            if e.kind == "person"
            and (
                # "the governor" is not the deputy governor, whose role is of the same class
                (info is not None and info[0] in e.role_classes and (not e.roles or any(map(no_other_rank, e.roles))))
                or any(bool(key) and _same_office(role, r) and no_other_rank(r) for r in e.roles)
            )
            and all(any(word in _ranked(r).split() for r in e.roles) for word in rank)
            and _office_fits(role, e.roles)
        ]

    def holders_of(self, role: str) -> list[Entity]:
        """The people the article gives ``role`` (by its class or its head word)."""
        return self._holders(role)

    def later_holders(self) -> dict[int, Entity]:
        """Roles that spoke before the article named who holds them ("the guild's chair said ...",
        and two paragraphs on "Tomas Brandl, who chairs the guild"): each role entity's key to the
        one person the article gives that role (by its head word or its class), when there is one."""
        found: dict[int, Entity] = {}
        for role in (e for e in self.entities if e.kind == "role" and e.roles):
            holders = [
                e
                for e in self._holders(role.roles[0])
                if role.gender is None or e.gender is None or role.gender == e.gender
            ]
            if len(holders) == 1:
                found[role.key] = holders[0]
        return found

    def _role(self, mention: Mention, pos: int, relayed: bool = False) -> Entity:
        role = mention.role or mention.text
        key = _norm(role)
        entity = self._by_role.get(key) or self._titled_surname(role)
        if entity is None:
            holders = self._holders(role)
            if holders:
                entity = max(holders, key=lambda e: e.last_pos)
        if entity is None and mention.text.casefold().startswith("the ") and not relayed:
            # "the agency chief", "the ministry head": the head of a body, whatever the office
            generic = (self._kb.role(role) or ("", ""))[0] == _HEAD_CLASS and not _OF_PORTFOLIO.search(role)
            entity = None if self._served(role, pos) else self._just_named(mention, pos, any_role=generic)
            if entity is not None:
                self._learn_role(entity, role)
        if entity is None:
            name = re.sub(r"^(the|a|an)\s+", "", role, flags=re.I)
            entity = self._by_name.get(_norm(name)) or self._new(name, "role", pos, mention.gender)
            self._learn_role(entity, role)
        entity.last_pos = max(entity.last_pos, pos)
        return entity
