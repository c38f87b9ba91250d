"""Who a sentence is about: the proper name that opens it as its subject.

News writing introduces a speaker in a sentence of their own and then quotes them with a
pronoun ("Cllr Gareth Penwick, who leads the opposition group, was unimpressed. 'This is a
raid,' he said."). The subject of the sentence just before the quote is the most salient
person, more than the last one quoted. This module finds such subjects without a parse: a
sentence's leading noun phrase (after an opening adverbial such as "By Friday evening,"),
made of determiners, possessives, role words and capitalised words, whose last run of
capitalised words is the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from onrecord.attribute.introduced import said_dead, silent_description, thing_head
from onrecord.attribute.knowledge import knowledge
from onrecord.attribute.particles import NAME_PARTICLE, NAME_PARTICLE_WORDS
from onrecord.dates import ENGLISH_DAY_WORDS, MONTHS

__all__ = ["sentence_subject", "subjects"]

# Words that open an adverbial before the subject ("By Friday evening, ...", "Standing at
# the despatch box, ..."), in the languages the rules read.
_OPENERS = frozenset(
    """by on in at after before during since until when while as for with without from earlier
    later last this that then outside inside asked pressed speaking standing writing
    back meanwhile elsewhere however across over under beside behind near around along
    à am im nach vor seit bei au en après avant dans depuis lors el en tras durante
    desde""".split()
)
_DETERMINERS = frozenset("the a an der die das le la les l el los las".split())
_ENGLISH_ARTICLES = frozenset({"A", "An", "The"})  # a sentence's first word
# a pronoun before a role set off by a name: a person's ("His neighbour, Ada Brill,"), a body's
# ("Its chair, Tomas Berk,")
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
# the words a role set off by a name may open with, before the role itself ("The ...", "Its ...")
_BEFORE_ROLE = _DETERMINERS | _POSSESSIVE_PRONOUNS
_WORD = re.compile(r"[^\W\d_][\w’'.-]*|[,;:—–()\"“”‘«»]")
_QUOTE_OPEN = "\"“‘«'„"
_QUOTE_CLOSE = frozenset("\"”’»'")
_POSSESSIVE = re.compile(r"[’']s?$")


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _skip_opener(words: list[str]) -> list[str]:
    """The words after an opening adverbial that ends with a comma, if the sentence has one;
    else after a short one without its comma ("Earlier in the evening Halloran had posted ...")."""
    if not words or (words[0].casefold() not in _OPENERS and not words[0].casefold().endswith("ing")):
        return words
    if knowledge().is_given_name(words[0]):
        return words
    for i, w in enumerate(words[:10]):
        if w == ",":
            subject = _subject_before_comma(words, i)
            if subject is not None:
                return words[subject:]  # "On Wednesday the farm minister, Ada Brill, came": the comma is hers
            after = i + 1
            if after < len(words) and words[after] in _QUOTE_CLOSE:
                after += 1  # 'On "Meet the Voters," Sen. Tom Ardley ...': a title's closing mark
            return _past_aside(words[after:])
    if words[0].casefold() in _CLAUSE_OPENERS:
        # "While Obama had a wide array of artists writing songs about him, that has not ...": a
        # long clause of the writer's before the main clause's own subject (not when that is a
        # pronoun for the clause's subject: "When Ada Brill took office after ..., she cut ...")
        for i, w in enumerate(words[10:_CLAUSE_OPENER_WORDS], start=10):
            if w in {";", ":"} or w in _QUOTE_OPEN:
                break
            if w == ",":
                following = words[i + 1] if i + 1 < len(words) else ""
                if following.casefold() not in _PERSONAL_PRONOUNS:
                    return words[i + 1 :]
                break
    return _past_bare_opener(words)


# the time an opener without its comma names before the subject: "On Wednesday", "Late last night"
_OPENER_TIMES = frozenset({*ENGLISH_DAY_WORDS, "morning", "afternoon", "evening", "night", "week", "weekend"})


def _subject_before_comma(words: list[str], comma: int) -> int | None:
    """Where the subject starts in the words before a sentence's first comma (at ``comma``), when
    a short opener of time without its own comma runs straight into a subject on "the" ("On
    Wednesday the farm minister, Ada Brill, came ..."): the comma then opens the subject's
    apposition, a name another comma closes, not the opener's end. Not when "the" opens a day of
    the month ("On Friday the 13th, Rovers coach Tom Ashby ..."), nor when no name stands
    between two commas."""
    opening = words[:comma]
    for j in range(2, min(len(opening), 5)):
        if opening[j] in {"the", "a", "an"} and (
            opening[j - 1].casefold() in _OPENER_TIMES
            or opening[j - 1].casefold() in MONTHS
            or opening[j - 1].isdigit()
        ):
            noun = opening[j + 1] if j + 1 < len(opening) else ""
            if not noun.isalpha() or _ORDINAL.fullmatch(noun.casefold()):
                return None  # "the 13th" (its figures are no word here), "the first": a day, no noun
            return j if _name_between_commas(words, comma) else None
    return None


# an ordinal, or what is left of a figure's ordinal ("13th" read as "th"): a day of the month
_ORDINAL = re.compile(
    r"st|nd|rd|th|(?:\w+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|\w+teenth|twentieth|thirtieth)"
)
_APPOSITION_WORDS = 6  # the most words a name set off by commas runs to ("Dr Ada van der Brill")


def _name_between_commas(words: list[str], comma: int) -> bool:
    """Whether the words after ``comma`` are a name a second comma closes (", Ada Brill,")."""
    for k in range(comma + 1, min(len(words), comma + 2 + _APPOSITION_WORDS)):
        if words[k] == ",":
            return k > comma + 1
        if not (_capitalised(words[k]) or words[k] in NAME_PARTICLE_WORDS):
            return False
    return False


# Openers that begin a clause with its own subject, and how far its comma may come
_CLAUSE_OPENERS = frozenset("while when after before since until".split())  # not "as": "As X put it, C"
_CLAUSE_OPENER_WORDS = 30
_PERSONAL_PRONOUNS = frozenset("he she they".split())


# The most words an opening adverbial without a comma may have before its sentence's subject.
_BARE_OPENER_WORDS = 6


def _past_bare_opener(words: list[str]) -> list[str]:
    """The words from the first capitalised one after an opening adverbial in lower case (days
    and months aside) that no comma closes; the words as they are when there is none."""
    for i, w in enumerate(words[1 : _BARE_OPENER_WORDS + 1], start=1):
        low = w.casefold()
        if w.islower() or low in ENGLISH_DAY_WORDS or low in MONTHS:
            continue
        return words[i:] if _capitalised(w) else words
    return words


def _past_aside(words: list[str]) -> list[str]:
    """The words after an aside the opening adverbial goes on with ("In an interview, conducted
    by phone from Brussels, Mr Plaskitt was asked ..."): a participle or clause in lower case,
    up to its comma."""
    first = words[0] if words else ""
    if not first.islower() or not (first.endswith(("ed", "ing")) or first in {"which", "where", "when", "who"}):
        return words
    for i, w in enumerate(words[:20]):
        if w in {";", ":"} or w in _QUOTE_OPEN:
            break
        if w == ",":
            return words[i + 1 :]
    return words


def _name_run(phrase: list[str]) -> str | None:
    """The last run of capitalised words (with name particles) in a noun phrase, unless it is
    a possessive ("Transalpa's chief executive") or only titles."""
    kb = knowledge()
    runs: list[list[str]] = []
    current: list[str] = []
    for w in phrase:
        if not runs and not current and w.casefold() in _DETERMINERS:
            continue  # "Les chaînes ...": an opening article, however capitalised, names nobody
        if _capitalised(w) and kb.is_title(w) and not kb.is_given_name(w):
            if current:
                runs.append(current)  # "South Dakota Sen. John Thune": the name after the title
            current = []
            continue
        if _capitalised(w):
            current.append(w)
            if _POSSESSIVE.search(w):
                current = []  # "Transalpa's": a possessor, not the subject
            continue
        if current and w.casefold() in NAME_PARTICLE_WORDS and w.islower():
            current.append(w)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    # a particle ends no name, nor does US style's day after it ("... Wang Yi Friday made a call")
    while runs and runs[-1] and runs[-1][-1].casefold() in NAME_PARTICLE_WORDS | ENGLISH_DAY_WORDS:
        runs[-1].pop()
    runs = [r for r in runs if r]
    if not runs:
        return None
    return " ".join(runs[-1])


# the most words of a full name that closes a sentence without a verb ("..., Ada van Brill.")
_CLOSING_NAME_WORDS = 4
# the words that open a noun phrase, which stand nowhere else in one but after a preposition
# ("a former chair of the club"): after any other word ("thanked her predecessor") a verb came first
_PHRASE_OPENERS = _BEFORE_ROLE | frozenset("my our your this that these those".split())
# the prepositions that join a noun phrase's parts ("an early drummer with the group")
_PHRASE_PREPOSITIONS = frozenset("of for with at in from on to by near behind under over among across".split())
# the words of no noun phrase: verbs that help or link ("was joined by", "has been")
_AUXILIARIES = frozenset(
    "is are was were be been being has have had do does did will would can could may might must".split()
)


def _verbless_phrase(role: list[str]) -> bool:
    """Whether the words of a description after its opening article are a noun phrase with no
    verb: words only, no auxiliary, an article or a possessive only right after a preposition,
    and no "-ed" word after a noun ("A former chair of the club", not "new mayor thanked her
    predecessor" or "mayor was joined by her predecessor")."""
    previous = ""
    for i, w in enumerate(role):
        low = w.casefold()
        if not w[:1].isalpha() or low in _AUXILIARIES:
            return False
        if low in _PHRASE_OPENERS and i > 0 and previous not in _PHRASE_PREPOSITIONS:
            return False
        if (
            i > 1  # ("An old retired teacher": a participle among the first modifiers)
            and low.endswith("ed")
            and previous not in _PHRASE_OPENERS | _PHRASE_PREPOSITIONS
            and not previous.endswith("ly")  # ("a newly elected member")
        ):
            return False  # "the new mayor thanked ...": a verb after the noun
        previous = low
    return True


def _role_apposition(words: list[str], whole: bool = True) -> tuple[str, str] | None:
    """A role set off by a name, the name and the role, in one of two shapes:

    - "the transport secretary, Ewart Ardwell, had ...": a role with a common noun for its head
      ("A Pinehollow resident, ...") or an office in capitals ("The Minister for Health, ..."),
      then the name between commas;
    - "A former chair of the club, Ada Brill.": a sentence (``whole``: no opener skipped) that is
      exactly a description with no verb, a comma and a full name, which only brings on the person
      the next quotation's "she said" means ("The new mayor thanked her predecessor, Ada Brill."
      is no such sentence).
    """
    if len(words) < 4:
        return None
    first = 1 if words[0].casefold() in _BEFORE_ROLE else _possessor_end(words)
    if first is None:
        return None
    try:
        comma = words.index(",", first, first + 6)
    except ValueError:
        return None
    role = words[first:comma]
    if comma == first or not (
        all(w.islower() or _POSSESSIVE.search(w) for w in role)
        # "The Taoiseach, Enda Kenny, ...", "The Minister for Health, Mary Harney, ...": an office in capitals
        or knowledge().role(" ".join(role)) is not None
        # "A Pinehollow resident, Mary Doyle, ...": a common noun after the capitalised words of a place
        or (role[-1].isalpha() and role[-1].islower())
    ):
        return None
    rest = words[comma + 1 :]
    if "," in rest[:6]:
        name = rest[: rest.index(",")]
    elif (
        whole
        and _CLOSING_NAME_WORDS >= len(rest) >= 2
        and rest[-1].endswith(".")
        and _verbless_phrase(role)
        and knowledge().starts_with_given_name(" ".join(rest))
    ):
        name = [*rest[:-1], rest[-1].rstrip(".")]
    else:
        return None
    if not name or not _capitalised(name[0]) or not all(_capitalised(w) or w in NAME_PARTICLE_WORDS for w in name):
        return None
    # ("His neighbour, Ada Brill, ...": the role without the pronoun)
    skip = first == 1 and words[0].casefold() in _BEFORE_ROLE
    return " ".join(name), " ".join(words[1 if skip else 0 : comma])


def _possessor_of_thing(words: list[str]) -> str | None:
    """The person whose thing opens a sentence ("Oduya's cleanroom will get its first batch"):
    a name of one or two capitalised words with a possessive, then a common noun that is no
    role, title or body ("Norvane's board", "Transalpa's chief executive" stay the thing's)."""
    kb = knowledge()
    end = _possessor_end(words)
    if end is None or end > 2 or end >= len(words) or not _possessive_name(words[:end]):
        return None
    noun = words[end]
    if not noun.isalpha() or not noun.islower() or kb.is_title(noun) or kb.is_org_word(noun) or kb.role(noun):
        return None
    return _POSSESSIVE.sub("", " ".join(words[:end]))


def _possessive_name(words: list[str]) -> bool:
    """Capitalised words, the last with a possessive, none a title or a determiner."""
    kb = knowledge()
    return all(_capitalised(w) and w.casefold() not in _DETERMINERS and not kb.is_title(w) for w in words)


def _possessor_end(words: list[str]) -> int | None:
    """Where a possessor that opens a sentence ends ("Kilmarrow East's councillor, Mary-Kate
    Fahy, ..."): the index after its possessive word, for up to three capitalised words."""
    for i, w in enumerate(words[:3]):
        if not _capitalised(w):
            return None
        if _POSSESSIVE.search(w) and w[-1] in "s'’" and len(w) > 2:
            return i + 1
    return None


# the words of a full name a pattern reads: capitalised words, lower-case particles between
# them ("Ada van der Brill", "Omar bin Khalid"), as many as ``{lo,hi}`` before the last word
def _name_words(lo: int, hi: int) -> str:
    return rf"(?:[A-ZÀ-Þ][\w’'-]+\s+(?:{NAME_PARTICLE}\s+){{0,2}}){{{lo},{hi}}}[A-ZÀ-Þ][\w’'-]+"


_STAMP = re.compile(r"^\s*(?:\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)\s*(?:[—–-]\s*)?", re.I)

# A dateline before a paragraph's first sentence: a place in capitals, its region or country,
# an agency in brackets, then a dash ("HARLOW FALLS, Ohio —", "LONDON (Reuters) -")
_DATELINE = re.compile(
    r"^\s*[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]*[A-ZÀ-Þ](?:,\s*[A-ZÀ-Þ][\w.]*(?:\s+[\w.]+){0,2})?"
    r"(?:\s*\([^()\n]{1,40}\))?\s+[—–-]{1,2}\s+"
)


def sentence_subject(sentence: str) -> tuple[int, str, str | None] | None:
    """The proper name a sentence opens with as its subject, its offset in the sentence, and
    the role an apposition gives it ("the town's mayor, Ulrich de Vries, ..."), if any.

    ``"By Friday evening, the transport secretary, Ewart Ardwell, had done ..."`` gives
    Ewart Ardwell; a sentence that opens with a quotation, a pronoun or a common noun gives
    None.
    """
    for opening in (_STAMP, _DATELINE):  # a live blog's "11:50" before an entry's first sentence; a dateline
        stamp = opening.match(sentence)
        if stamp:
            sentence = " " * stamp.end() + sentence[stamp.end() :]
    stripped = sentence.lstrip()
    if not stripped or stripped[0] in _QUOTE_OPEN:
        return None
    kb = knowledge()
    topic = _fronted_person(sentence)
    if topic is not None:
        return topic
    late = _NAMED_AFTER_DESCRIPTION.match(sentence)
    if late is not None and knowledge().starts_with_given_name(late.group(1)):
        # "The chief fire officer of Oskby, a wiry man with a local accent, Ada Brill had been in
        # post for eight months": the person the descriptions before the name are about
        return late.start(1), late.group(1), None
    introduced = _INTRODUCED.match(sentence)
    office = _set_off_role(sentence, introduced.end(1)) if introduced is not None else None
    if introduced is not None and (
        knowledge().starts_with_given_name(introduced.group(1))
        or _SET_OFF_DESCRIPTION.match(sentence, introduced.end(1))
        or office is not None
    ):
        # "Among the volunteers was Priya Lanner, 29, who ...", "And then there is Rosa Keel, a
        # woman who ...", "Then there is Tove Lund, the station manager": the person the sentence
        # brings on (with the office it gives her)
        return introduced.start(1), introduced.group(1), office
    copula = _COPULA.match(sentence)
    if copula is not None and knowledge().starts_with_given_name(copula.group(2)):
        # "The minister in question is Ingrid Salvesen, who ...": the role the story used is hers
        return copula.start(2), copula.group(2), copula.group(1)
    closing = _NAMED_CLOSING.match(sentence)
    if closing is not None and _named_person(closing):
        # "... is the head of the rescue service, an engineer named Gerold van der Staal.": the
        # person the sentence says its subject is, named last
        return closing.start("name"), closing.group("name"), None
    held = _ROLE_SUBJECT.match(sentence) or _ASKED_ROLE.match(sentence)
    if held is not None and knowledge().role(held.group(1)) is not None:
        # "The minister, a former hydrologist, has widened her fire": the role's holder
        return held.start(1), held.group(1), None
    titled = _titled_role(sentence)
    if titled is not None:
        return titled
    every = _WORD.findall(sentence)
    words = _skip_opener(every)
    lead = _role_apposition(words, whole=len(words) == len(every))
    if lead is not None:
        at = sentence.find(lead[0])
        return (at, *lead) if at >= 0 else None
    possessor = _possessor_of_thing(words)
    if possessor is not None:
        at = sentence.find(possessor)
        return (at, possessor, None) if at >= 0 else None
    phrase: list[str] = []
    appositive = False
    office = None
    for i, w in enumerate(words):
        low = w.casefold()
        named = any(_capitalised(x) and x.casefold() not in _DETERMINERS and not _POSSESSIVE.search(x) for x in phrase)
        if named and low == "of":
            break  # "Sen. Garrett Pruitt of Oklahoma": the person, not their state
        if w == "," and phrase and not appositive:
            if named:
                # "Vollmer, a Green who ...": the name before the apposition; an office set off
                # after it is the name's role ("Ottilie Strandmoe, the agency's director general, ...")
                office = _office_after(words[i + 1 :])
                break
            appositive = True  # "the transport secretary, Ewart Ardwell, had ...": one apposition
            continue
        if w == "," or w in "—–();:":
            break
        if _capitalised(w) or low in _DETERMINERS or (w.islower() and (kb.is_title(w) or low in NAME_PARTICLE_WORDS)):
            phrase.append(w)
            continue
        if _POSSESSIVE.search(w) and w[:1].islower():
            phrase.append(w)
            continue
        if (
            len(phrase) == 1
            and phrase[0] in _ENGLISH_ARTICLES
            and w.isalpha()
            and w.islower()
            and i + 1 < len(words)
            and _capitalised(words[i + 1])
            and kb.is_title(words[i + 1])
        ):
            # "A grinning Mayor Ada Brill, who ..., popped a cork": a word of the scene before a
            # title (not "A senior Pentagon official", where the capital is no subject)
            continue
        break
    name = _name_run(phrase)
    if name is None:
        return None
    at = sentence.find(name)
    if at < 0 or not any(c.isalpha() for c in sentence[at + len(name) :]):
        return None  # a name alone on its line (a byline, a signature) is no sentence's subject
    return at, name, office if name == " ".join(phrase) else None


# A sentence that opens with a capitalised rank and a role in lower case before a full name, as
# a title ("Chief steward Anton Brask has ...", "Head coach Mia Lund, who ..."); the rank may be
# a plural's possessive ("Growers' council chair Ada Brill was ...")
_TITLED_ROLE = re.compile(
    r"^\s*([A-ZÀ-Þ][a-z]+(?:s['’])?)\s+((?:[a-z][a-z-]+\s+){1,2}?)(" + _name_words(1, 2) + ")"
    r"(?=,|\s+[a-z])"
)


# Verbs in the past whose form reads as no verb's by its ending ("Deputy said Ada Brill ...")
_PAST_VERBS = frozenset(
    """said told met saw gave took sent left won beat hit let put thought heard led fought chose drew
    struck quit caught brought kept lost found made paid sold swore ran rang became overtook""".split()
)
# Words between a sentence's opening name and another name that make the second no title's
# holder ("Varnes and minister Ada Brill", "Okafor to meet coach Maria Lopez")
_LINKING_WORDS = frozenset("and or with to of for vs v versus nor than".split())


def _reads_as_verb(word: str, *, plural: bool) -> bool:
    """A lower-case word after a sentence's first word that reads as a verb ("met", "accused",
    "hired") or a word that links two names ("and"), not a role's first word; with ``plural`` a
    word on -s ("meets", "blasts") too, though not on -ss ("boss")."""
    return (
        word in _PAST_VERBS
        or word in _LINKING_WORDS
        or word.endswith("ed")
        or (plural and word.endswith("s") and not word.endswith(("ss", "us", "is")))
    )


def _titled_role(sentence: str) -> tuple[int, str, str | None] | None:
    """The person a sentence opens with after a rank and a role in lower case written as a title
    ("Chief steward Anton Brask has spoken to us"): a full name with a known given name, the role
    a known one or, of one word that reads as no verb nor plural, after a known rank. Not a verb's
    object after the sentence's subject ("Lindqvist met minister Ada Brill")."""
    m = _TITLED_ROLE.match(sentence)
    if m is None:
        return None
    kb = knowledge()
    rank, lower, name = m.group(1), m.group(2).split(), m.group(3)
    if not kb.starts_with_given_name(name) or kb.is_title(name.split()[0]):
        return None
    role = " ".join([rank, *lower])
    ranked = kb.is_title(rank) or kb.role(rank) is not None
    if kb.is_given_name(rank) or (_reads_as_verb(lower[0], plural=not ranked) and not rank.endswith("ly")):
        # "Lindqvist met minister Ada Brill", "Okafor hired coach Maria Lopez": the verb's object,
        # no title; the sentence's first word is its subject
        return None
    known = kb.role(role) is not None or kb.role(" ".join(lower)) is not None
    nounish = len(lower) == 1 and kb.is_title(rank) and not lower[0].endswith("s")
    if not (known or nounish):
        return None
    return m.start(3), name, role.lower()


# The longest office set off by commas after a sentence's subject, in words.
_OFFICE_WORDS = 8


def _office_after(words: list[str]) -> str | None:
    """The office an apposition set off by commas names ("the agency's director general,",
    "MSA's director general,"): its words, when a known role ends them; else None."""
    if "," not in words[: _OFFICE_WORDS + 1]:
        return None
    phrase = words[: words.index(",")]
    if not phrase or any(not w[:1].isalpha() for w in phrase) or phrase[0].casefold() in {"who", "which", "whose"}:
        return None
    text = " ".join(phrase).replace(" ’", "’").replace(" '", "'")
    return text if knowledge().role(text) is not None else None


# "The minister, a former hydrologist, has ...", "The mayor has ...": a definite role as subject
_ROLE_SUBJECT = re.compile(
    r"^\s*The\s+((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)(?=,\s+(?:a|an|the|who)\s|\s+(?:has|had|is|was)\s)"
)

# "Asked by our reporter whether this was the last hike, the governor did not hesitate": the
# definite role a question is put to
_ASKED_ROLE = re.compile(
    r"^\s*(?:Asked|Pressed|Questioned)\b[^,.;]{0,160},\s+the\s+((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)"
    r"(?=\s+(?:has|had|is|was|did|does|would|will|could|said|says|replied|answered|insisted)\b)"
)

# A description (and an aside) before the subject's name, the name right before its verb: "The
# chief fire officer of Oskby, a wiry man with a local accent, Ada Brill had been ..."
_NAMED_AFTER_DESCRIPTION = re.compile(
    r"^\s*(?:The|A|An)\s[^.;:\"“”()]{0,200}?,\s+(" + _name_words(1, 3) + ")"
    r"\s+(?:had|has|is|was|have|will|would|did|does|had\s+been|has\s+been)\s"
)

# A person a sentence brings on after its verb: "Among the first at the scene was verger Tom
# Ashgrove, 63, ...", "And then there is Rosa Keel, a woman who ...", "Then there is Greta van
# Olst, ...", "Across the road stood Lyle Pennick, ..." (a role's words may come first)
_INTRODUCED = re.compile(
    r"^\s*(?:(?:And|But)\s+)?(?:(?:[Tt]hen|[Nn]ow|[Hh]ere)\s+)?"
    r"(?:[Tt]here\s+(?:is|was)|(?:Among|Across|Beside|Behind|Outside|Inside|Opposite)\s[^,.;:\"“”]{1,80}?\s"
    r"(?:was|is|stood|stands|sat|sits|waited|waits))\s+"
    rf"(?:[a-z][a-z-]+\s+){{0,2}}((?:[A-ZÀ-Þ][\w’'-]+\s+)(?:(?:[A-ZÀ-Þ][\w’'-]+|{NAME_PARTICLE})\s+){{0,3}}[A-ZÀ-Þ][\w’'-]+)"
    r"(?=[,.;])"
)
# a description set off after a name, that makes it a person's whatever the given name: "...,
# a fruit seller on the square", "..., 64, a retired welder"
_SET_OFF_DESCRIPTION = re.compile(r",\s+(?:\d{1,3},\s+)?(?:a|an)\s+[a-z]")
# ... or a role the lexicon knows, set off the same way: ", the station manager who", ", Kelda's chair,"
_SET_OFF_ROLE = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:the|[A-ZÀ-Þ][\w-]*['’]s)\s+((?:[a-z][a-z-]+\s+){0,2}?[a-z][a-z-]+)"
    r"(?=[,.;]|\s+(?:who|of|at|for|in|on)\b)"
)

def _set_off_role(sentence: str, at: int) -> str | None:
    """The known role set off by a comma after the name ending at ``at`` ("Then there is Tove
    Lund, the station manager who ...", "..., Kelda's chair, ..."), else None."""
    m = _SET_OFF_ROLE.match(sentence, at)
    return m.group(1) if m is not None and knowledge().role(m.group(1)) is not None else None


# "The minister in question is Ingrid Salvesen": a role the story used, then who holds it
_COPULA = re.compile(
    r"^\s*The\s+([a-z][a-z’' -]{2,40}?(?:\s+(?:of|at|for)\s+(?:the\s+)?[A-ZÀ-Þ][\w’'-]*(?:\s+[A-ZÀ-Þ][\w’'-]*){0,4})?)"
    r"\s+(?:in question\s+|concerned\s+)?(?:is|was)\s+"
    r"(" + _name_words(1, 3) + r")(?=[,.;]|\s+(?:who|whose)\b)"
)

# "The man who brought him down is the head of the rescue service, a quiet engineer named Gerold
# van der Staal.": a sentence of the writer's that says what its subject is and closes on the
# name ("named", "called"): the description right after the copula, or set off after what it
# says first ("is the head of the rescue service, a broad, quiet engineer"), never a passive's by-phrase
# ("was founded by a chemist named ...") nor an object
_NAMED_CLOSING = re.compile(
    r"^\s*(?:The|A|An)\s(?P<subject>[^.;:\"“”()]{0,200}?)\s(?:is|was)\s(?:[^.;:\"“”()]{0,200}?,\s+)?"
    r"(?:a|an|the)\s(?P<description>[^.;:\"“”()]{0,80}?)\s(?:named|called)\s+"
    r"(?P<name>" + _name_words(1, 3) + r")\.?\s*$"
)


def _named_person(closing: re.Match[str]) -> bool:
    """Whether a sentence :data:`_NAMED_CLOSING` matched names a person who may speak next: the
    description's head noun no thing's or animal's ("a small trawler named Sea Breeze"), and
    neither the subject nor the description a victim, a suspect or dead ("The victim was a
    19-year-old student named ...")."""
    head = closing.group("description").split()[-1]
    return (
        not thing_head(head)
        and not silent_description(closing.group("subject"))
        and not silent_description(closing.group("description"))
        and not said_dead(closing.group("description"), "")
    )


# "For Mette Kjær, who runs logistics at ..., the strike is no longer an abstraction": a person
# the sentence is about, fronted
_FOR_PERSON = re.compile(r"^\s*(?:For|Für|Pour|Para|Per)\s+(" + _name_words(0, 3) + "),")


def _fronted_person(sentence: str) -> tuple[int, str, str | None] | None:
    """A person fronted with "For": a full name a known given name opens, or one capitalised
    word ("For Okafor, the lesson is simpler"), which the tracker takes only for a person the
    article has named."""
    m = _FOR_PERSON.match(sentence)
    if m is None:
        return None
    words = m.group(1).split()
    if len(words) == 1 and not _POSSESSIVE.search(words[0]) and not words[0].isupper():
        return m.start(1), m.group(1), None
    if not knowledge().starts_with_given_name(m.group(1)) or len(words) < 2:
        return None
    return m.start(1), m.group(1), None


def subjects(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, str, str | None]]:
    """The subject names (and appositive roles) of the sentences at ``spans`` of ``text``, at
    offsets into ``text``."""
    found = []
    for start, end in spans:
        got = sentence_subject(text[start:end])
        if got is not None:
            found.append((start + got[0], got[1], got[2]))
    return found
