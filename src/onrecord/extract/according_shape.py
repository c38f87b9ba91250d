"""A source phrase in a language with no data, told by the spelling its neighbours give it.

Languages close to one onrecord reads write its word for "according to" a letter or two apart:
a Romance dialect ``Secundu a ministra Ilse Varnow, u portu ...`` beside ``secondo`` and
``segundo``, a language of an archipelago ``Minurot pamong Dodi Karsana, kapal ...`` beside
``menurut``. A sentence that opens with such a word, then a phrase that names a person the article
gives in full and a comma (or a role, a comma, the person's name and a second comma), then a
clause of four words or more, reports that person's words: the clause.

Precision comes first: the opening word must be of five letters or more and at most one letter
off a source preposition of five or six letters, two off a longer one, with the same first
letter; the name must be a surname the article writes in full; the sentence holds no quotation.
"""

from __future__ import annotations

import re
from functools import cache

from onrecord.extract.candidates import Candidate
from onrecord.extract.framed import SpeakerNear
from onrecord.extract.sentences import Sentence
from onrecord.languages import languages

__all__ = ["according_report", "near_source_preposition", "source_prepositions"]

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_STOP = re.compile(r"[.;:!?\"“”„«»()]")
# the source prepositions of the Romance languages, which their entries do not list (their
# source phrases have patterns of their own), and German's
_ROMANCE_SOURCES = frozenset({"según", "segundo", "secondo", "selon", "segons", "conforme", "laut"})
_MIN_LETTERS = 5
_LONG = 7  # letters from which two may differ
_MAX_PHRASE_WORDS = 10  # words of the phrase before the comma ("ahli biologi laut Dodi Karsana")
_MIN_CONTENT_WORDS = 4


@cache
def source_prepositions() -> frozenset[str]:
    """The one-word source prepositions of the languages onrecord reads, in Latin letters,
    casefolded ("menurut", "volgens", "secondo")."""
    found = set(_ROMANCE_SOURCES)
    for entry in languages().values():
        for phrase in entry.source_prepositions:
            if re.fullmatch(r"[^\W\d_]+", phrase) and all(c < "\u0250" or "\u1e00" <= c <= "\u1eff" for c in phrase):
                found.add(phrase.casefold())
    return frozenset(found)


def _distance(a: str, b: str) -> int:
    """The edit distance of two words (insertions, deletions and substitutions)."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def near_source_preposition(word: str) -> bool:
    """Whether ``word`` is spelt as a source preposition of a language onrecord reads or a letter
    or two off one (see the module's docstring): ``Secundu`` (``secondo``), ``Minurot``
    (``menurut``)."""
    folded = word.casefold()
    if len(folded) < _MIN_LETTERS:
        return False
    for known in source_prepositions():
        if len(known) < _MIN_LETTERS or known[0] != folded[0] or abs(len(known) - len(folded)) > 1:
            continue
        if _distance(folded, known) <= (2 if len(known) >= _LONG else 1):
            return True
    return False


def according_report(
    text: str, s: Sentence, index: int, known: frozenset[str], speaker_near: SpeakerNear
) -> Candidate | None:
    """The report of ``s`` when it opens with a near source preposition, a phrase naming a person
    the article gives in full and a comma (see the module's docstring); None otherwise."""
    first = _WORD.search(text, s.start, s.end)
    if first is None or text[s.start : first.start()].strip() or not first.group()[:1].isupper():
        return None
    if not near_source_preposition(first.group()):
        return None
    comma = text.find(",", first.end(), s.end)
    if comma < 0 or _STOP.search(text, first.end(), comma):
        return None
    phrase_end = comma
    words = _WORD.findall(text, first.end(), comma)
    if not words or len(words) > _MAX_PHRASE_WORDS:
        return None
    if not any(w in known for w in words):
        # a role first, then the person set off by commas: "Secundu a ministra, Ilse Varnow, ..."
        second = text.find(",", comma + 1, s.end)
        named = _WORD.findall(text, comma + 1, second) if second > 0 else []
        if not named or len(named) > 4 or not all(w[:1].isupper() for w in named) or named[-1] not in known:
            return None
        phrase_end, comma = second, second
    start, end = comma + 1, s.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in "%)"):
        end -= 1
    if len(_WORD.findall(text, start, end)) < _MIN_CONTENT_WORDS:
        return None
    speaker = speaker_near(text, [(first.end(), phrase_end)], phrase_end, "", known)
    if speaker is None or speaker.kind != "name":
        return None
    return Candidate(
        "indirect", [(start, end)], (first.start(), first.end()), None, "speech", speaker, index, frame="according"
    )
