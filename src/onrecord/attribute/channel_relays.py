"""People who relay another's words: a quote inside another's quote ("the minister promised us the
plant would stay open, Okafor said": via Okafor), "According to Ana Ruiz, the manager told them
...", a statement read out by someone else; and a relaying person's name in full."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from onrecord.attribute.channel_names import OPENERS, TRAILING
from onrecord.attribute.channel_turns import reporters_label
from onrecord.attribute.kin import kin
from onrecord.attribute.knowledge import knowledge
from onrecord.attribute.particles import NAME_PARTICLE
from onrecord.dates import ENGLISH_WEEKDAYS, weekday_alternation
from onrecord.extract.clauses import SELF_OUTLET
from onrecord.spans import mask_pieces

if TYPE_CHECKING:
    from onrecord.attribute.entities import Entity
    from onrecord.extract.candidates import Analysis, Candidate
    from onrecord.extract.mentions import Mention
    from onrecord.extract.sentences import Sentence


# The people who speak for a principal: a lawyer, a spokesman, an agent.
_MOUTHPIECE = (
    r"(?:[\w-]+\s+){0,2}(?:lawyers?|attorneys?|solicitors?|barristers?|counsel|advocates?|spokes(?:man|woman|person)|"
    r"representatives?|agents?|publicist|press\s+secretary)"
)

# A person's name as a sentence writes it, a surname's lower-case particles kept ("Tiago de Lemos", "Henk de Vos").
_NAME = r"[A-ZÀ-Þ][\w’'-]+(?:\s+(?:" + NAME_PARTICLE + r"\s+)*[A-ZÀ-Þ][\w’'-]+){0,3}"

# A principal who "spoke through" a spokesman: the words came through the spokesman ("the
# Governor, who spoke through his Chief Press Secretary, Mr. Ade Bello, said ..."), and one whose
# lawyer or spokesman the sentence names with "through" or "by" ("Through his lawyer, Ana Ruiz,
# the former chairman said ...", "in a letter passed to the paper by his lawyer, Ana Ruiz"), a few
# words of when between ("a statement released late on Monday through her lawyer, Ana Ruiz"), and
# one who speaks through a named interpreter ("..., she said through an interpreter, Ana Ruiz").
# the words of when that may stand between the verb and "through" ("released late on Monday through")
WHEN_GAP = (
    r"(?:\s+(?:late|early|later|earlier|on|this|last|today|yesterday|tonight|morning|afternoon|evening|night|"
    + weekday_alternation(ENGLISH_WEEKDAYS)
    + r")){0,4}?"
)
SPOKE_THROUGH = re.compile(
    r"(?:\b(?:spoke|speaking|speaks|spoken|issued|released|sent|made)" + WHEN_GAP + r"\s+through\s+"
    r"(?:his|her|their|its|the|a)\s+"
    r"[^,.;:\"“”]{2,60}"
    r"|(?<![\w-])(?:[Tt]hrough|by)\s+(?:his|her|their|its)\s+" + _MOUTHPIECE +
    # one who speaks through a named interpreter ("said through an interpreter, Samir Haddad")
    r"|(?<![\w-])[Tt]hrough\s+(?:an|the|his|her|their)\s+(?:interpreter|translator)),\s+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Engr|Prof|Hon|Alhaji|Chief)\.?\s+)*" + _NAME + r")"
)


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


def hearsay_person(name: str, hearsay: set[str], people: list[Entity]) -> str | None:
    """The person an "according to" names by their surname alone ("..., according to Quesnel",
    after "his sister, Marta Quesnel,"): a name the article gives only as what "according to"
    names, which is the end of one person's full name the article gives, is that person (in full)
    and no outlet; else None."""
    if name not in hearsay:
        return None
    fuller = full_name(name, people)
    return fuller if fuller != name else None


def _first_of_double(words: list[str], name: str) -> bool:
    """Whether ``words`` (casefolded) are a person's ``name`` with only the first half of its
    double surname ("Lund" of "Maja Lund-Berg"): the parser split the name at its hyphen."""
    full = name.casefold().split()
    if len(full) <= len(words) or "-" not in full[-1]:
        return False
    return [*full[-len(words) : -1], full[-1].split("-", 1)[0]] == words


def _given_in_text(name: str, text: str) -> str:
    """``name`` with the one given name the text writes before it ("Strandmoe" -> "Ottilie
    Strandmoe"), or after it in a family name first ("Park" -> "Park Ji-woo"), or, at the name's
    first mention mid-sentence, the capitalised word before it ("behind Wade Strandmoe's barn");
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
    return not (kb.is_title(word) or kb.is_org_word(word) or kb.is_country(word) or word.casefold() in TRAILING)


def bare_person(name: str, keep: int = 1) -> str:
    """A person's name without the title or role words an entity's name kept before it
    ("District Attorney Marcus de la Vega" -> "Marcus de la Vega"): from the first word a given
    name opens, keeping at least the last ``keep`` words."""
    full = name.split()
    kb = knowledge()
    for i in range(len(full) - keep + 1):
        if kb.starts_with_given_name(" ".join(full[i:])):
            return " ".join(full[i:])
    return person_name(name)


def person_name(via: str) -> str:
    """A relaying person's name without the words before it that are no part of it: a day, a
    title ("Wednesday Sen. Dolores Whitcomb" -> "Dolores Whitcomb")."""
    kb = knowledge()
    words = OPENERS.sub("", via).split()
    while len(words) > 1 and (kb.is_title(words[0]) or words[0].casefold() in TRAILING):
        words.pop(0)
    return " ".join(words) or via


# A sentence opening on the person who tells what another said ("According to Ana Ruiz, the
# manager told them that ...", "Según la operaria Ana Ruiz, el jefe aseguró que ...").
_ACCORDING_PERSON = re.compile(
    r"^(?:According\s+to|Según|De\s+acuerdo\s+con|Selon|D['’]après|Laut|Secondo|Segundo|За\s+словами|По\s+словам)\s+"
    r"(?:(?:the|el|la|le|il|o|a|der|die|dem)\s+|l['’])?(?:[a-zà-ÿ-]+\s+){0,2}"
    r"(?P<name>[A-ZÀ-ÞА-ЯЁІЇЄ][\w’'-]+(?:\s+(?:de\s+|van\s+|von\s+|da\s+)?[A-ZÀ-ÞА-ЯЁІЇЄ][\w’'-]+){1,3}),\s"
)


def according_to_person(analysis: Analysis, c: Candidate, entity: Entity | None, people: list[Entity]) -> str | None:
    """The person through whom the quote's sentence says another's words reached the writer
    ("According to Ana Ruiz, the manager, Luis Vidal, told them in March that ..." -> Ana Ruiz),
    when the quote has a speaker of its own who is someone else."""
    if entity is None or entity.kind != "person" or c.frame == "according":
        return None
    start, _ = sentence_span(analysis, c)
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
    r"\b(?:statement|letter|message|note|testimony|submission)\b[^.;:\"“”]{0,100}?\bread\s+(?:out\s+)?"
    r"(?:(?:to|at|in|into|before|outside|inside|on|after|during)\s+[^,.;:\"“”]{1,80}?\s+)?by\s+(?P<who>[^,.;:\"“”]{2,50}?)"
    r"(?:,\s+(?P<name>[A-ZÀ-Þ][\w’'-]+(?:\s+(?:(?:de|van|von|der|den|la|du|da)\s+)*[A-ZÀ-Þ][\w’'-]+){1,3})(?=[,.;:]|\s*$))?"
    r"(?=\s*[,.;:]|\s*$)"
)
# A reader's role before the name set off after it ("by his deputy, NAME", "by the family's
# solicitor, NAME"): whatever the name's given name, the apposed name is the reader's.
_ROLE_BEFORE_NAME = re.compile(r"(?:his|her|their|its|the|a|an)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w-]*")
# The place or time a reading's reader stood in, after the name ("by Ms Ferrant on the court
# steps", "by its chair at the meeting"): no part of who read.
_READERS_PLACE = re.compile(r"\s+(?:on|at|in|outside|inside|before|after|during)\s+.*$")
# The reader as the subject ("Ostrow's barrister Piet van Oorde read out a statement from Lio
# Marchand", "Ms de Lanoy then read to the court a statement prepared by her client", "Samuel Okoro
# read a letter on behalf of his sister", "the same lawyer had read out a different statement"):
# the reader's name (with a post-nominal "KC"), or a role after "the"; a clause set off after the
# name may tell who the reader is ("Ivo Marsh, who acts for the family, read the statement").
_READER_NAME = r"[A-ZÀ-Þ][\w’'-]+(?:\s+(?:de\s+|du\s+|van\s+|von\s+|der\s+|la\s+)*[A-ZÀ-Þ][\w’'-]+){0,3}"
_READ_BY_SUBJECT = re.compile(
    rf"(?<![\w’'-])(?P<who>(?:{_READER_NAME}"
    r"|[Tt]he\s+(?:same\s+)?[a-z]+|he|she))(?:\s+(?:KC|QC|SC))?"
    # (the apposition may name the one the reader acts for: "Ivo Marsh, the lawyer for the pilot, Ada Lind, read";
    # a role without an article names it too: "Ivo Marsh, solicitor for Ada Lind, has read")
    r"(?:,\s+(?:who|a|an|the|his|her|their|[a-z][\w-]+(?=\s+(?:for|to|of)\s))\s+[^,.;:\"“”]{1,80}"
    r"(?:,\s+[A-ZÀ-Þ][^,.;:\"“”]{1,40})?,)?,?"
    r"\s+(?:(?:has|had|have|then|also|later|just|now|is|was|were)\s+){0,2}(?:read|reads|reading)\s+(?:out\s+)?"
    r"(?:(?:to|at|in|into|before|outside)\s+[^,.;:\"“”]{1,30}?\s+)?(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?:statement|letter|message|note|affidavit|testimony|submission)s?\b"
)
# The reader named after the document, in a clause of its own ("a message that Tove read out",
# "the letter which her brother then read"): the reader's name, or a role after "the", as above.
_READ_BY_RELATIVE = re.compile(
    rf"\b(?:statement|letter|message|note)s?\s+(?:that|which)\s+(?P<who>{_READER_NAME}"
    r"|the\s+[a-z]+|he|she)\s+(?:(?:had|has|then|later|also)\s+){0,2}read\b"
)
# The same in the other languages onrecord reads, the reader's role and name in ``who``: German
# "eine Erklärung, die sein Anwalt X verlas", French "un communiqué lu par son avocat X", Spanish
# "una carta leída por su abogado X", Portuguese "uma nota lida pelo advogado X", Italian "una
# dichiarazione letta dal suo legale X", Latvian "paziņojumā, ko ... nolasīja advokāte X".
_READ_OUT_FOREIGN = re.compile(
    r"\b\w*(?:[Ee]rklärung|[Ss]chreiben|[Ss]tellungnahme|[Bb]rief|[Bb]otschaft)\w*,\s+(?:die|das|den)\s+"
    r"(?P<de>[^,.;:»«„“”\"]{2,60}?)\s+(?:verlas|vorlas|verlesen\s+hat|verlesen\s+hatte)\b"
    r"|\b(?:communiqué|déclaration|lettre|message|comunicado|declaración|declaração|carta|mensaje|mensagem|nota|"
    r"dichiarazione|lettera|messaggio)\b[^.;:«»\"“”]{0,40}?\b(?:lue?|leíd[oa]|lid[oa]|lett[oa])\s+"
    r"(?:[^,.;:«»\"“”]{1,40}?\s+)?(?:par|por|pel[oa]|da|dal|dalla|dall['’])\s*(?P<rom>[^,.;:«»\"“”]{2,60}?)"
    r"(?:,\s+(?P<rom_name>[A-ZÀ-Þ][\w’'-]+(?:\s+(?:de\s+|du\s+|van\s+|von\s+)?[A-ZÀ-Þ][\w’'-]+){1,3})(?=,))?"
    r"(?=\s*[,.;:]|\s*$)"
    r"|\bko\s+(?:[^,.;:«»\"“”]{1,30}?\s+)?nolasīja\s+(?P<lv>[^,.;:«»\"“”]{2,60}?)(?=\s*[,.;:]|\s*$)"
)


# What may stand between "a message that NAME read" and the quote it frames: "out"/"aloud", where
# or to whom it was read, and the colon or comma before the words ("... that Solvik read out: '...'").
_RELATIVE_TO_QUOTE = re.compile(
    r"(?:\s+(?:out|aloud))?(?:\s+(?:to|at|in|before|outside|inside|on|after|during)\s+[^,.;:\"“”]{1,60}?)?"
    r"\s*[:,]?\s*[\"“‘']?\s*$"
)
# Before the document noun: the preposition of a frame ("In a statement that NAME read outside
# court, the family said") or nothing but a determiner at the sentence's start, the document the
# subject of the cue ("The letter that NAME read to reporters said ...").
_RELATIVE_FRAME_BEFORE = re.compile(
    r"(?:(?P<frame>\b(?:[Ii]n|[Tt]hrough|[Vv]ia)\s+)|^\s*)(?:(?:a|an|the|her|his|their|its)\s+)?(?:[\w’'-]+\s+){0,3}$"
)
_RELATIVE_FRAME_SUBJECT_CUE = re.compile(r"^[^.;:\"“”]{0,80}?\b(?:said|says|stated|read|reads|added)\b")


def _relative_frames(
    analysis: Analysis, c: Candidate, sentence: Sentence, relative: re.Match[str], says: re.Match[str] | None
) -> bool:
    """Whether the document named with its reader in a clause of its own ("a message that NAME
    read out") is the one the quote comes from: the clause runs straight into the quote ("sent a
    message that Solvik read out: '...'"), the document frames the cue ("In a statement that NAME
    read outside court, the family said"; "The letter that NAME read said ..."), or the quote's own
    sentence credits that document ("..., the letter said"). Not a document another verb has for
    its object ("Carrow dismissed a letter that Ramm had read at the meeting. '...,' Carrow said"),
    nor one read to oneself."""
    noun = re.match(r"[a-z]+", relative.group(0))
    if says is not None and noun is not None and _document(says) == noun.group(0).rstrip("s"):
        return True
    end = sentence.start + relative.end()
    if c.start >= end and _RELATIVE_TO_QUOTE.match(analysis.text[end : c.start]):
        return True
    before = analysis.text[sentence.start : sentence.start + relative.start()]
    frame = _RELATIVE_FRAME_BEFORE.search(before)
    if frame is None:
        return False
    if frame.group("frame"):
        return True
    return _RELATIVE_FRAME_SUBJECT_CUE.match(analysis.text[end : sentence.end]) is not None


def read_out(
    analysis: Analysis,
    c: Candidate,
    entity: Entity | None,
    people: list[Entity] | None,
    previous: Entity | None = None,
) -> str | None:
    """The person who read out the written statement the quote's sentence, or the sentence
    before the quote in the same paragraph, names as read by them (see :data:`_READ_OUT`): a name, or
    a role the article gives one person ("the advocate depute"). A quote whose own sentence
    credits the document ("..., the statement said") may follow the reading a paragraph on. A
    reader named by a pronoun ("Later he read out a letter from the skipper") is ``previous``,
    the person the article quoted last. A reader named in full needs no speaker of the words
    ("Her letter was read out by the club secretary, Ola Berg:")."""
    if not people and previous is None:
        return None
    index = analysis.sentence_at(c.cue[0] if c.cue else c.start)
    opening = analysis.sentence_at(c.start)  # (a quote of several sentences: the one before its first)
    before = min(index, opening) - 1
    start, end = sentence_span(analysis, c)
    # "'...,' the statement said": the document read out may be a paragraph back
    says = _DOCUMENT_SAYS.search(_masked(analysis, c, start, end))
    across = says is not None
    for i in dict.fromkeys((index, before)):
        if i < 0 or (
            analysis.sentences[i].paragraph != analysis.sentences[index].paragraph
            and not (
                across and i == before and analysis.sentences[index].paragraph - analysis.sentences[i].paragraph == 1
            )
        ):
            continue
        sentence = analysis.sentences[i]
        if (
            says is not None
            and sentence.paragraph != analysis.sentences[index].paragraph
            and not re.search(rf"\b{_document(says)}s?\b", analysis.text[sentence.start : sentence.end])
        ):
            continue  # a paragraph back, only the same document: "read out a letter" is not "the statement said"
        found = _READ_OUT.search(analysis.text[sentence.start : sentence.end])
        if found is None:
            words = analysis.text[sentence.start : sentence.end]
            subject = _READ_BY_SUBJECT.search(words)
            if subject is None:
                relative = _READ_BY_RELATIVE.search(words)
                if relative is not None and _relative_frames(analysis, c, sentence, relative, says):
                    subject = relative
            if subject is not None:
                if subject.group("who").casefold() in _PRONOUN_READER and _another_named(
                    analysis, i, sentence.start + subject.start("who"), previous
                ):
                    continue  # "Karl Pell, her father, was in tears. He read ...": not the one quoted last
                named = _subject_reader(subject.group("who"), entity, people or [], previous)
                while named is None and subject is not None and subject.re is _READ_BY_SUBJECT:
                    # a word that names no one read first ("On Wednesday, the secretary, Ola Berg,
                    # read out"): the subject a later start reads
                    subject = _READ_BY_SUBJECT.search(words, subject.start("who") + 1)
                    if subject is not None and subject.group("who").casefold() not in _PRONOUN_READER:
                        named = _subject_reader(subject.group("who"), entity, people or [], previous)
                if named is not None:
                    return named or None
        if found is None:
            if entity is None:
                continue
            foreign = _READ_OUT_FOREIGN.search(analysis.text[sentence.start : sentence.end])
            if foreign is None:
                continue
            who = foreign.group("rom_name") or next(v for v in foreign.groupdict().values() if v)
            named = _name_closing(who)
            reader = _reader(who, people or []) if named is None else None
            if named is None and reader is not None:
                named = _reader_name(reader) if reader.key != entity.key else None
            return named if named is None or not _names_entity(entity, named) else None
        name = _untitled(found.group("name") or "")
        if name and (knowledge().starts_with_given_name(name) or _ROLE_BEFORE_NAME.fullmatch(found.group("who"))):
            return name if entity is None or not _names_entity(entity, name) else None  # "by its chair, Desmond Okoro,"
        who = _READERS_PLACE.sub("", found.group("who"))
        reader = _reader(who, people or []) if entity is not None else None
        if reader is not None and entity is not None:
            return _reader_name(reader) if reader.key != entity.key else None
        # "by spokesperson Ana Ruiz": the name in full after the reader's role
        closing = _name_closing(who)
        if closing is not None:
            return closing if entity is None or not _names_entity(entity, closing) else None
        if entity is None:
            continue
        return None
    return None


# A quote whose own sentence credits a document ("..., the statement said", "the affidavit read"), or
# its speaker's words in one ("..., Ruiz said in the statement", "she wrote in her letter").
_DOCUMENT_SAYS = re.compile(
    r"\b(?:the|that|her|his|their)\s+(?P<noun>statement|letter|affidavit|message|note)\s+"
    r"(?:said|says|read|reads|went\s+on|continued|added|stated)\b"
    r"|\b(?:said|says|wrote|writes|added|adds|stated)\s+in\s+(?:the|that|her|his|their)\s+"
    r"(?P<noun_in>statement|letter|affidavit|message|note)\b"
)


def _document(says: re.Match[str]) -> str:
    """The document's noun a :data:`_DOCUMENT_SAYS` match names."""
    return says.group("noun") or says.group("noun_in")


def _masked(analysis: Analysis, c: Candidate, start: int, end: int) -> str:
    """The quote's sentence with its words blanked out."""
    return mask_pieces(analysis.text, start, end, c.pieces)


_PRONOUN_READER = {"he": "m", "she": "f"}  # (a pronoun and the gender it names)


def _subject_reader(who: str, entity: Entity | None, people: list[Entity], previous: Entity | None) -> str | None:
    """The channel a reader who is the subject of "read (out) a statement" gives: the reader's
    name; ``""`` when the reader is the words' own speaker (no one between); None when the
    subject names nobody onrecord can tell. A pronoun is the person quoted last (``previous``);
    a name the article gives nobody else, when a given name opens it ("The club secretary, Ola
    Berg, read out a letter from the chairman")."""
    if who.casefold() in _PRONOUN_READER:
        if previous is None or previous.kind != "person" or _LABEL.fullmatch(previous.name):
            return None
        if previous.gender is not None and previous.gender != _PRONOUN_READER[who.casefold()]:
            return None  # "she read ..." after a man quoted: someone else
        if entity is None or previous.key == entity.key:
            return ""
        return _reader_name(previous)
    reader = _reader(who, people)
    if reader is not None:
        if entity is None:
            return _reader_name(reader)
        return _reader_name(reader) if reader.key != entity.key else ""
    name = _untitled(who)
    if len(name.split()) < 2 or not knowledge().starts_with_given_name(name):
        return None
    return name if entity is None or not _names_entity(entity, name) else ""


_FULL_NAME = re.compile(r"\b[A-ZÀ-Þ][\w’'-]+\s+(?:(?:de|van|von|der|la)\s+)*[A-ZÀ-Þ][\w’'-]+")


def _another_named(analysis: Analysis, i: int, at: int, previous: Entity | None) -> bool:
    """Whether the sentence before sentence ``i``, or sentence ``i`` up to ``at`` (a pronoun),
    names in full a person other than ``previous``: the pronoun may be that person's."""
    start = analysis.sentences[i - 1].start if i > 0 else analysis.sentences[i].start
    surname = previous.name.split()[-1] if previous is not None and previous.name else ""
    for m in _FULL_NAME.finditer(analysis.text, start, at):
        if knowledge().starts_with_given_name(m.group(0)) and m.group(0).split()[-1] != surname:
            return True
    return False


def _untitled(name: str) -> str:
    """A name without the titles before it ("Dr Ola Berg" -> "Ola Berg")."""
    words = name.split()
    while len(words) > 1 and knowledge().is_title(words[0]):
        words.pop(0)
    return " ".join(words)


def _reader_name(reader: Entity) -> str:
    """A reader's name as a channel: no title before it, no letters after it ("Hugo Marr KC" ->
    "Hugo Marr")."""
    from onrecord.resolve.speakers import bare_person_name

    return bare_person_name(bare_person(reader.name))


def _name_closing(who: str) -> str | None:
    """The person's name that closes a reader's words after their role ("sein Anwalt Pieter
    du Toit" -> "Pieter du Toit"), when a given name opens it."""
    words = who.split()
    for i, word in enumerate(words):
        tail = " ".join(words[i:])
        if word[:1].isupper() and len(words) - i >= 2 and knowledge().starts_with_given_name(tail):
            return tail
    return None


def _names_entity(entity: Entity, name: str) -> bool:
    """Whether ``name`` is the entity's own (by its surname)."""
    return name.split()[-1].casefold() in {n.casefold().split()[-1] for n in (entity.name, *entity.forms) if n}


def _reader(who: str, people: list[Entity]) -> Entity | None:
    """The one person of the article a reader's words name: by name ("Okoro", "its chair,
    Desmond Okoro") or by a role the article gave them ("the advocate depute")."""
    words = re.sub(r"^(?:the|its|his|her|their)\s+(?:same\s+)?", "", who.strip(), flags=re.I).split()
    while len(words) > 1 and knowledge().is_title(words[0]):
        words.pop(0)  # "Ms Travers": the person's name without the courtesy
    words = [w.casefold() for w in words]
    if not words:
        return None
    named = [
        e
        for e in people
        if e.kind == "person" and any(n.casefold().split()[-len(words) :] == words for n in (_reader_name(e), *e.forms))
    ]
    if not named:
        named = [
            e
            for e in people
            if e.kind == "person" and any(r.casefold().split()[-len(words) :] == words for r in e.roles)
        ]
    return named[0] if len({_reader_name(e) for e in named}) == 1 else None  # (one person, named twice)


# A cue that tells someone else's words to a listener ("had told her", "promised us", "hat uns
# versprochen", "les había prometido"): words the listener may pass on.
_TOLD_TO = re.compile(
    r"\b(?:told|tells?|telling|promised|promises?|assured|assures?|warned|informed|gesagt|versprochen|versprach|"
    r"zugesagt|zugesichert|prometi\w*|asegur\w*|dit|promis|assuré|disse|prometeu|garantiu|obećao|obećala)\b",
    re.I,
)

# The verbs of a person who passes such words on ("Pelevina said", "Hrytsak says", "recordó que",
# "berichtete", "raconte").
_PASSES_ON = (
    r"(?:said|says|recalled|recalls|added|adds|explained|told\s+[^,.;:\"“”«»]{1,50}?|dijo|contó|recordó|afirmó|"
    r"explicó|disse|contou|lembrou|a\s+(?:dit|raconté|expliqué)|raconte|sagte|erzählte|berichtete|erklärte)"
)
# The teller before the words told to them: "Pelevina also said Sorokov had told her ...".
_TELLER_BEFORE = re.compile(
    rf"(?<![\w’'-])(?P<name>{_NAME})\s+(?:(?:also|later|then|again)\s+)?{_PASSES_ON}"
    r"(?:\s+(?:that|que|qu['’]|dass))?\s*,?\s+(?P<gap>[^.;:\"“”«»]{0,60}?)$"
)
# The teller named in an apposition a comma opens after a role or kin noun, closed by a comma
# before the verb: "His aide, Ana Ruiz, said the mayor had told her ...". (A name before a
# comma and an inverted "said X", "In a meeting with Ana Ruiz, said one docker, the manager had
# told them ...", is no teller: the one who tells stands after the verb.)
_APPOSED_TELLER_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<noun>(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?|[Oo]ne|[A-ZÀ-Þ][\w’'-]*['’]s?)\s+"
    rf"(?:[a-z][\w’'-]*\s+){{0,3}}?[a-z][\w’'-]*),\s+(?P<name>{_NAME}),\s+(?:(?:also|later|then|again)\s+)?"
    rf"{_PASSES_ON}(?:\s+(?:that|que|qu['’]|dass))?\s+(?P<gap>[^,.;:\"“”«»]{{0,60}}?)$"
)


def _teller_before(words: str) -> re.Match[str] | None:
    """The teller the words before a told quote's speaker name as the one who passes it on
    ("Pelevina also said", "His aide, Ana Ruiz, said"): the name right before the verb, or one
    set off by commas after a role or kin noun ("his aide", "the mayor's deputy", "her sister")."""
    before = _TELLER_BEFORE.search(words)
    if before is not None:
        return before
    apposed = _APPOSED_TELLER_BEFORE.search(words)
    if apposed is None:
        return None
    noun = apposed.group("noun")
    return apposed if knowledge().role(noun) is not None or kin(noun.split()[-1]) is not None else None


# The teller after them, closing the sentence: "... verliert, sagte Aigner.", "..., Okafor recalled."
_TELLER_AFTER_WORDS = re.compile(
    rf"[\"”“»«’'!?]?,\s+(?:(?P<name>{_NAME})\s+(?:also\s+)?(?:said|says|recalled|recalls|added|adds)\b"
    r"|(?:said|says|recalled|recalls|added|sagte|erzählte|berichtete|erklärte|so|raconte|a\s+raconté|ajoute|dijo|"
    rf"contó|recordó|disse|contou)\s+(?:[\w-]+\s+){{0,2}}?(?P<after>{_NAME}))[\s.,;\"”“»«’']*$"
)
# Another clause begun between the teller's verb and the words' speaker: no frame of theirs.
_OTHER_CLAUSE = re.compile(r"\b(?:and|but|while|y|et|und|e|ma|mais|pero|aber)\b")


def framing_teller(analysis: Analysis, c: Candidate, entity: Entity | None, people: list[Entity]) -> str | None:
    """The person who passes on words told to them, the quote's sentence names around a cue
    that tells ("Pelevina also said Sorokov had told her that ...", "la operaria Ana Ruiz
    recordó que el jefe les había prometido que ...", "..., sagte Aigner."): a quote of a quote,
    the teller's relay, when the words have a speaker of their own who is someone else."""
    if entity is None or c.cue is None or c.bare or c.cue[1] > c.start or c.frame == "according":
        return None
    if not _TOLD_TO.search(analysis.text[c.cue[0] : c.cue[1]]):
        return None
    sentence = analysis.sentences[analysis.sentence_at(c.cue[0])]
    text = analysis.text
    name = None
    subject = c.mention.start if c.mention is not None and c.mention.start < c.cue[0] else c.cue[0]
    before = _teller_before(text[sentence.start : max(sentence.start, subject)])
    if before is not None and not _OTHER_CLAUSE.search(before.group("gap")):
        name = before.group("name")
    if name is None:
        # (the words' span may run over the teller's own clause: "..., sagte Aigner.")
        after = _TELLER_AFTER_WORDS.search(text[c.start : max(c.end, sentence.end)])
        if after is not None:
            name = after.group("name") or after.group("after")
    if name is None:
        return None
    teller = _named_person(name, people)
    if teller is not None:
        return bare_person(teller.name) if teller.key != entity.key and not _names_entity(entity, teller.name) else None
    plain = person_name(name)
    if _names_entity(entity, plain) or not knowledge().starts_with_given_name(plain):
        return None
    return plain


def _named_person(name: str, people: list[Entity]) -> Entity | None:
    """The one person of the article whose name ends with the last words of ``name`` (a role or
    title before it dropped: "Kreisvorsitzender Tiago de Lemos")."""
    words = name.split()
    for i in range(len(words)):
        found = _reader(" ".join(words[i:]), people)
        if found is not None and found.kind == "person":
            return found
    return None


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


def sentence_span(analysis: Analysis, c: Candidate) -> tuple[int, int]:
    cue = c.cue or (c.start, c.end)  # a quote with its speaker named beside it: its own sentence
    first = analysis.sentences[analysis.sentence_at(min(cue[0], c.start))]
    last = analysis.sentences[analysis.sentence_at(max(cue[1] - 1, c.end - 1))]
    return first.start, last.end


# A cue telling the article's medium itself, no person's "us" ("told this programme", "tells our
# station"): the words came through the programme, whoever's turn or quote holds them.
TOLD_THE_PROGRAMME = re.compile(
    r"(?<![\w’'-])(?:told|tells|telling)\s+(?:this|our)\s+(?:programme|program|station|show|newsroom)\b"
)


def person_relays(
    candidates: list[Candidate],
    speakers: dict[int, Entity | None],
    holding: Callable[[int], list[Candidate]],
    text: str,
    analysis: Analysis | None = None,
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
        if TOLD_THE_PROGRAMME.match(text, c.cue[0]):
            continue  # "X told this programme that ...": told to the medium, not to the one who relays it
        if c.via is None and inner is not None:
            relayer = _pronoun_teller(analysis, speakers, c, inner, text) if analysis is not None else None
            if relayer is not None:
                # '"...," she told him, he said': the "he" passes on what she told him
                c.via = person_name(relayer)
                continue
        teller = _TELLER_AFTER.match(text, c.cue[1]) if c.via == SELF_OUTLET else None
        if teller is not None and (inner is None or teller.group("name").split()[-1] not in inner.name.split()):
            # '"...," Brandt told us, Hale said': the "us" is the teller's, who relays the words
            c.via = bare_person(teller.group("name"))
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
            if (
                o.frame == "turn"
                and o.mention is not None
                and (reporters_label(o.mention.text) or reporters_label(_turn_label(text, o)))
            ):
                break  # the programme's reporter reports, relaying for no one
            if relay is not None and relay is not inner and relay.kind == "person" and not _LABEL.fullmatch(relay.name):
                c.via = bare_person(relay.name)
                break


def _turn_label(text: str, turn: Candidate) -> str:
    """A turn's label as its line writes it, up to the turn's words ("KIM ODA (V/O):")."""
    return text[text.rfind("\n", 0, turn.start) + 1 : turn.start]


# After the words, a pronoun told another, and a pronoun passes it on: '"...," she told him, he said'.
_TOLD_THEN_SAID = re.compile(
    r"[\s,\"”’'!?]*(?:he|she)\s+(?:told|tells)\s+(?:him|her|me|us|them)\s*,\s+(?P<who>he|she)\s+"
    r"(?:said|says|recalled|recalls|added|adds)\b"
)
# how far back a person a pronoun of the window goes on from may have been named (a paragraph or two)
_TELLER_REACH = 600
# a pronoun of either gender, outside quoted words, that carries a person named before into the window
_GENDERED = {"m": re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b"), "f": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers)\b")}
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")


def _pronoun_teller(
    analysis: Analysis,
    speakers: dict[int, Entity | None],
    c: Candidate,
    inner: Entity,
    text: str,
) -> str | None:
    """The person a closing '"...," she told him, he said' passes the words on through: the
    nearest person of the second pronoun's gender (known from the name or from the pronoun of
    the person's own cue, "..., she said"; never guessed) named in the words'
    sentence or the one before it in the same paragraph, not the words' own speaker. When
    those sentences name no other such person but go on about one with a pronoun of that gender
    ("He said his aunt ... had rung him"), the nearest such person named before them, not
    long before. Else no one: the "he" may be anyone the paragraph does not name."""
    after = _TOLD_THEN_SAID.match(text, c.end)
    sentences = analysis.sentences
    if after is None or not sentences:
        return None
    gender = "m" if after.group("who") == "he" else "f"
    at = analysis.sentence_at(c.start)
    # the words' sentence and the one before it, in the same paragraph
    same = at > 0 and sentences[at - 1].paragraph == sentences[at].paragraph
    window = sentences[at - 1 if same else at].start
    inner_words = set(inner.name.split())
    known = {e.name: e.gender for e in speakers.values() if e is not None and e.kind == "person" and e.gender}

    def fits(m: Mention) -> bool:
        return (
            m.kind == "name"
            and m.name is not None
            and (m.gender or known.get(m.name)) == gender
            and not set(m.name.split()) <= inner_words  # ("Pryce" is Colm Pryce; Anna Varga not Peter Varga)
        )

    before = sorted((m for m in analysis.names if m.end <= c.start), key=lambda m: m.start)
    found = [m for m in before if m.start >= window and fits(m)]
    if found:
        return found[-1].name
    if not _GENDERED[gender].search(_QUOTED.sub(" ", text[window : c.start])):
        return None
    earlier = [m for m in before if m.start < window and window - m.end <= _TELLER_REACH]
    found = [m for m in earlier if fits(m)]
    return found[-1].name if found else None


# A teller's own cue right after a cue's "told us" ("Brandt told us, Hale said"): the "us" is the teller's.
_TELLER_AFTER = re.compile(
    r"(?:\s+(?:us|me))?,\s+(?P<name>[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){0,2})\s+(?:said|says|added|recalled|explained)\b"
)

# The end of another's quote joining a verb with no subject of its own ("... unsafe and announced").
_COORDINATED = re.compile(r"\s(?:and|but)\s+(?:(?:also|then|later)\s+)?$")

# A transcript's turn label read as a speaker's name ("Q", "A", "Q."): no person who relays.
_LABEL = re.compile(r"[A-Z]{1,2}\.?")
