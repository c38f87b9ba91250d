"""A person the writer introduces in the sentence right before a "he"/"she".

The parse reads names only in sentences that report speech, so a person introduced in a
sentence of the writer's own is unknown when the pronoun comes:

    For Lucia de Vries, a drugs-policy researcher, the case fits a pattern. She has studied
    fruit-cargo seizures for a decade.

    Smugglers, she said, pick refrigerated fruit ...

    We've seen the letter head teacher Ada Brill sent home. "I want to reassure you," she writes.

"She" then fell to the last woman quoted, paragraphs back. In news copy a person named for the
first time in a sentence of description, just before a pronoun of their gender, is who the
pronoun goes on about: this module finds such names, which the tracker then takes as the
subject of their sentence (the most salient person since the last speaker's words).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from onrecord.attribute.knowledge import knowledge
from onrecord.attribute.particles import NAME_PARTICLE

__all__ = ["introduced_before_pronouns"]

_GENDER = {"he": "m", "she": "f"}
# a full name: capitalised words (a hyphenated given name, particles between: "Lucia de Vries")
_FULL_NAME = re.compile(
    r"(?<![\w’'-])[A-Z][\w’'-]+(?:\s+(?:" + NAME_PARTICLE + r"\s+)*[A-Z][\w’'-]+){1,3}(?![\w-])"
)
_POSSESSIVE = re.compile(r"[’']s?$")
# the capitalised words a sentence may open with before a name: prepositions, articles, adverbs
_OPENING_WORDS = frozenset(
    """for with by to from on in at after before since like unlike as and but then when while
    yesterday today meanwhile later earlier now the a an""".split()
)
_QUOTE_MARKS = re.compile(r"[\"“”«»„]")
_OPENING_PRONOUN = re.compile(r"(He|She)\b")
_PRONOUN = re.compile(r"\b(he|she)\b", re.I)


def introduced_before_pronouns(
    text: str,
    sentences: Sequence[tuple[int, int]],
    pronouns: Sequence[int],
    cues: Sequence[int],
) -> list[tuple[int, str]]:
    """The (position, name) of each person introduced as the one full name of a pronoun's gender
    in the sentence right before a "he"/"she": the pronoun opening a sentence of its own, or at
    ``pronouns`` (the mentions that are quotes' speakers).

    The sentence before must report nothing (no quotation mark, no cue at ``cues``), name that
    person for the first time in the article, and no other person of the pronoun's gender."""
    starts = [s for s, _ in sentences]
    found: dict[int, str] = {}
    at_pronoun: list[tuple[int, str]] = []
    for start, end in sentences:
        m = _OPENING_PRONOUN.match(text, start, end)
        if m is not None:
            at_pronoun.append((start, m.group(1).casefold()))
    for pos in pronouns:
        m = _PRONOUN.match(text, pos)
        if m is not None:
            at_pronoun.append((pos, m.group(1).casefold()))
    for pos, word in at_pronoun:
        index = bisect.bisect_right(starts, pos) - 1  # the sentence holding the pronoun
        if index <= 0:
            continue
        before_start, before_end = sentences[index - 1]
        named = _introduced(text, before_start, min(before_end, sentences[index][0]), _GENDER[word], cues)
        if named is not None:
            found.setdefault(named[0], named[1])
    return sorted(found.items())


def _introduced(text: str, start: int, end: int, gender: str, cues: Sequence[int]) -> tuple[int, str] | None:
    """The one full name of ``gender`` the sentence at ``start:end`` introduces, if it reports nothing."""
    if _QUOTE_MARKS.search(text, start, end) or any(start <= c < end for c in cues):
        return None
    kb = knowledge()
    fitting: list[tuple[int, str]] = []
    for m in _FULL_NAME.finditer(text, start, end):
        name = m.group(0)
        words = name.split()
        # (a sentence's capitalised first word is no part of a name: "For Lucia de Vries"; an
        # unknown given name stays: "Adeyemo Ruth Okonjo")
        while len(words) > 2 and (words[0].casefold() in _OPENING_WORDS or kb.is_title(words[0])):
            words = words[1:]
        name = " ".join(words)
        at = m.end() - len(name)
        if _POSSESSIVE.search(name) or not kb.starts_with_given_name(name):
            continue
        if kb.gender_of_given(words[0]) != gender:
            continue
        fitting.append((at, name))
    if len(fitting) != 1:
        return None
    at, name = fitting[0]
    if _someone_else_before(text, start, at):
        return None  # "Hallmark accused minister Tove Sand ...": the object of another's sentence
    if not _subject(text, start, at, at + len(name)):
        return None  # "... one introduced by Margaret Thatcher in 1980": a person named in passing
    if said_dead(text[start:at], text[at + len(name) : end]):
        return None  # "named after Margaret Hale, a suffragist who died in 1952": no one who speaks now
    if re.search(r"(?<![\w-])" + re.escape(name.split()[-1]) + r"(?![\w-])", text[:at]):
        return None  # named before: no one the sentence introduces
    return at, name


# a person the sentence says is dead
_DEAD_BEFORE = re.compile(r"\b(?:the\s+)?late\s+(?:[a-z][\w-]*\s+){0,2}$", re.I)
_DEAD_AFTER = re.compile(r"\b(?:who|having)\s+(?:had\s+)?died\b|\bdied\s+(?:in|on|at|last|aged)\b|\bthe\s+late\b")
# what a description says of one who cannot be the next "he said": the harmed, the held, the dead
_SILENT_WORDS = frozenset(
    """victim victims suspect suspects accused defendant deceased dead killer gunman attacker murderer
    casualty hostage""".split()
)
# a description's head noun that names a thing or an animal, not a person: "a small trawler named
# Sea Breeze", "a grey mare called Silver Arrow"
_THING_HEADS = frozenset(
    """boat ship vessel trawler yacht ferry tanker liner barge dinghy tug lifeboat submarine canoe horse mare
    stallion gelding colt filly foal pony donkey dog puppy bitch hound cat kitten cow bull calf pig sheep
    goat bird parrot eagle owl snake whale dolphin bear wolf animal pet plane aircraft airliner jet
    helicopter glider drone rocket satellite spacecraft probe car lorry truck van bus coach train
    locomotive tram engine storm hurricane typhoon cyclone tornado company firm business brand startup
    group band charity fund foundation party movement team club law bill act rule policy plan scheme
    programme program project operation mission street road lane avenue square village town city
    district river lake island mountain hill farm estate building house pub restaurant cafe bar hotel
    shop store school college university hospital station bridge tower tree app software website game
    film movie book novel album song show play series newspaper magazine podcast virus variant disease
    syndrome drug product robot machine system platform tool festival event race contest"""
    .split()
)


def said_dead(before: str, after: str) -> bool:
    """Whether the words ``before`` a name and ``after`` it in its sentence say the person is
    dead ("the late ...", "... who died in 1952")."""
    return _DEAD_BEFORE.search(before) is not None or _DEAD_AFTER.search(after) is not None


def silent_description(words: str) -> bool:
    """Whether a description says its person is a victim, a suspect or dead ("The victim was a
    19-year-old student", "The man who died was ..."): no one who speaks in the story's present.
    (Of a relative clause only its verb counts: "the man who carried the body down" is no body.)"""
    head = re.split(r"\b(?:who|that|which|whom)\b", words, maxsplit=1)[0]
    found = {w.casefold() for w in _LOWER_WORD.findall(head)}
    return bool(found & _SILENT_WORDS) or _DEAD_AFTER.search(words) is not None


def thing_head(word: str) -> bool:
    """Whether a description's head noun names a thing or an animal ("trawler", "mare",
    "aircraft", "company"), which a name after "named" or "called" then names too."""
    return word.casefold().rstrip("s") in _THING_HEADS or word.casefold() in _THING_HEADS


# the word before a name that makes it the object of a preposition or a verb's
_PREPOSITION = frozenset(
    """by after of with to from on in at into onto about against under over behind before since like unlike
    as than between among toward towards for via through beside besides including upon""".split()
)
# the word before a name that opens a relative clause it is the subject of ("the letter that ... sent")
_RELATIVE = frozenset("that which whom".split())
# the writer as the sentence's subject, whose object is a person introduced ("We spoke to ...")
_WRITER = frozenset({"We", "I", "We’ve", "We've", "I’ve", "I've"})
_LOWER_WORD = re.compile(r"[a-z][\w’'-]*")
# a finite verb right after a name: "sent", "writes", "has", "keeps" (a rough test, for relative clauses)
_IRREGULAR_PAST = frozenset(
    """sent wrote said told gave made took kept put set left led ran went came got had has is was brought
    bought began spoke met won lost held built felt found thought knew saw""".split()
)


def _subject(text: str, start: int, at: int, name_end: int) -> bool:
    """Whether the name at ``at`` is the subject of the sentence at ``start`` (or of a fronted
    "For X," or of a relative clause: "the letter (that) head teacher X sent home"), not the
    object of a preposition or a verb ("introduced by X", "named after X")."""
    kb = knowledge()
    words = text[start:at].split()
    if words and words[0] in _WRITER:
        return True  # "We have reached Ada Brill, the charity's coordinator, by phone": the writer introduces her
    # (a role or title before the name belongs to it: "head teacher Ada Brill")
    while words and words[-1][:1].islower() and (
        kb.is_title(words[-1]) or kb.role(words[-1]) is not None or kb.role(" ".join(words[-2:])) is not None
    ):
        words = words[:-2] if len(words) > 1 and kb.role(" ".join(words[-2:])) is not None else words[:-1]
    if not words:
        return True
    if words[-1].endswith(","):
        return True  # after a fronted adverbial: "On Monday, Ada Brill ..."
    last = words[-1].casefold()
    if len(words) == 1 and words[0] in ("For", "As", "When", "While", "After", "Before", "Since"):
        return True  # "For Lucia de Vries, a researcher, the case fits ...", "When Ada Brill arrived, ..."
    if len(words) == 1 and last in _OPENING_WORDS:
        return True  # "Later Ada Brill went home"
    if last in _PREPOSITION:
        return False
    if last in _RELATIVE:
        return True
    # a relative clause with no "that": "the letter head teacher Ada Brill sent home"
    nxt = _LOWER_WORD.match(text, name_end + 1) if text[name_end : name_end + 1] == " " else None
    if nxt is None:
        return False
    verb = nxt.group(0)
    return verb in _IRREGULAR_PAST or (verb.endswith(("ed", "s")) and not verb.endswith("ss"))


_RELATION = re.compile(r"\b(?:he|she|his|her|him)\b", re.I)
_ROLE_OPENING = re.compile(r"\s*(?:The|A|An)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
_CAPITALISED = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+")


def _someone_else_before(text: str, start: int, at: int) -> bool:
    """Whether the sentence at ``start`` names someone else before the name at ``at``: a pronoun
    ("... thanked her rival, Ada Brill"), a role as its subject ("The new chair thanked ..."), or
    a name the article gave a person before ("Hallmark accused minister Ada Brill")."""
    prefix = text[start:at]
    if _RELATION.search(prefix):
        return True
    kb = knowledge()
    opening = _ROLE_OPENING.match(prefix)
    if opening is not None:
        words = opening.group(1).split()
        spans = [words[i:j] for i in range(len(words)) for j in range(i + 1, len(words) + 1)]
        if any(kb.role(" ".join(span)) is not None for span in spans):
            return True
    earlier = text[:start]
    for m in _CAPITALISED.finditer(prefix):
        word = m.group(0)
        # (the last word of a full name written before: "Greta Hallmark" for "Hallmark")
        if re.search(r"[A-Z][\w’'-]+\s+(?:" + NAME_PARTICLE + r"\s+)*" + re.escape(word) + r"(?![\w-])", earlier):
            return True
    return False
