"""Reported speech in a language with no data, told by where its complementizer stands.

Copy in a language onrecord has no entry for often gives its reported speech without any
quotation to learn a cue word from: ``Mira Tolvane, kulu wa bodi, adasema ndo bodi idzalipira``,
``Tolvane o ne a re ...``. What its sentences share is the place of a short word: after a person's
full name (an apposition between commas skipped) come a verb of saying, perhaps a day or an
auxiliary, and then the word that opens what was said. A short lower-case word that stands there,
a few words after a name the article gives in full, in two sentences or more, is read as the
article's complementizer; each such sentence is then a report of the name's words.

Precision comes first: the name must be a surname the article writes in full, the complementizer
one of two to four letters seen in that place in two sentences, and what follows it four words or
more to the end of the sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from onrecord.dates import MONTHS, WEEKDAYS
from onrecord.extract.candidates import Candidate
from onrecord.extract.mentions import Mention
from onrecord.extract.sentences import Sentence

__all__ = [
    "SpeakerNear",
    "framed_complementizers",
    "framed_opening",
    "framed_report",
    "framed_reported_speech",
    "unquoted_sentences",
]

SpeakerNear = Callable[[str, list[tuple[int, int]], int, str, frozenset[str]], Mention | None]
"""How the speaker a name before a report stands for is read (``foreign.speaker_near``): the
text, the spans searched, the anchor, the language ("" for none) and the article's surnames."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # a double surname whole: "Okafor-Lund"
# a body's acronym in parentheses right after its name: "Vessel Safety Board (VSB) ..."
_ACRONYM_AFTER = re.compile(r"\s*\([A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž&]{1,7}\)")
_CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTHS)
_STOP = re.compile(r"[.;:!?\"“”„«»()]")
_APPOSITION_STOP = re.compile(r"[.;:!?\"“”„«»]")  # an apposition may hold a body's acronym in parentheses
_QUOTE_MARKS = re.compile(r"[\"“”„«»‹›]")
_MAX_APPOSITION_WORDS = 12  # lower-case: ", kulu wa bodi ya Tolvane Farms,"; a body's name is long
_WINDOW = 5  # lower-case words after the name (its apposition skipped): a particle, the verb, a day, an aside
_MAX_WORDS = 8  # words in all, capitalised ones with them
_MIN_LETTERS, _MAX_LETTERS = 2, 4
_MIN_CONTENT_WORDS = 4
_MIN_SENTENCES = 2
_MIN_SPEAKERS = 2  # different names a complementizer stands after


def _after_apposition(text: str, at: int, end: int) -> int:
    """Where the words after a name start: after an apposition closed by a second comma
    (``Tolvane, kulu wa bodi, adasema``; its lower-case words counted, a body's name in it with
    its acronym in parentheses taken whole), else after a comma, after an acronym in parentheses
    (``Varda Port Board (VPB) adasema``) or right there."""
    acronym = _ACRONYM_AFTER.match(text, at, end)
    if acronym is not None:
        return acronym.end()
    rest = text[at:end]
    if not rest.startswith(","):
        return at
    close = rest.find(",", 1)
    if (
        close > 0
        and not _APPOSITION_STOP.search(rest, 1, close)
        and sum(w[:1].islower() for w in _WORD.findall(rest[1:close])) <= _MAX_APPOSITION_WORDS
    ):
        return at + close + 1
    return at + 1


def _openings(text: str, sentence: Sentence, known: frozenset[str]) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Each short lower-case word a few words after a full name in ``sentence`` with four words or
    more after it: (the name, the word)."""
    for name in _NAME_WORD.finditer(text, sentence.start, sentence.end):
        if name.group() not in known:
            continue
        at = _after_apposition(text, name.end(), sentence.end)
        # a capitalised word after it is a day's or a place's ("ka Mantaha", "fuq Instagram"): the
        # word that opens a clause is followed by the clause's own lower-case words
        counted = 0
        for i, w in enumerate(_WORD.finditer(text, at, sentence.end)):
            if counted >= _WINDOW or i >= _MAX_WORDS or _STOP.search(text, at, w.start()):
                break
            # a capitalised word is a name's, a day's or a place's ("vei Radio Sotu ena Moniti"): it
            # takes no room in the window, which is for the verb and its particles
            counted += not w.group()[:1].isupper()
            word = w.group()
            after = _WORD.search(text, w.end(), sentence.end)
            if (
                i > 0
                and word.islower()
                and (after is None or not after.group()[:1].isupper())
                and _MIN_LETTERS <= len(word) <= _MAX_LETTERS
                and word.casefold() not in _CALENDAR
                and len(_WORD.findall(text, w.end(), sentence.end)) >= _MIN_CONTENT_WORDS
            ):
                yield name, w


def framed_complementizers(
    text: str, sentences: list[Sentence], known: frozenset[str], not_words: frozenset[str] = frozenset()
) -> dict[str, int]:
    """The short words that stand a few words after a full name in two sentences or more of
    ``sentences`` (see the module's docstring), with the number of sentences each stands so in.

    A complementizer opens what different people said: a word seen so only after one name is
    not one ("Olberg will nun ...", "Olberg hat nun ..."); nor is one of ``not_words`` (the
    function words a language with data writes)."""
    seen: Counter[str] = Counter()
    speakers: dict[str, set[str]] = {}
    for s in sentences:
        openings = list(_openings(text, s, known))
        seen.update({w.group() for _, w in openings})
        for name, w in openings:
            speakers.setdefault(w.group(), set()).add(name.group())
    return {
        w: n
        for w, n in seen.items()
        if n >= _MIN_SENTENCES and len(speakers[w]) >= _MIN_SPEAKERS and w.casefold() not in not_words
    }


def framed_opening(
    text: str, sentence: Sentence, known: frozenset[str], complementizers: dict[str, int]
) -> tuple[int, re.Match[str]] | None:
    """The one of ``complementizers`` seen in most sentences (the first among equals) that stands
    a few words after a full name in ``sentence``: (the name's start, the complementizer), of
    the names before it the nearest ("Ministra Sotavi ja Kalastus Irja Lumme ..." is Lumme's);
    None when there is none."""
    found = [(n.start(), w) for n, w in _openings(text, sentence, known) if w.group() in complementizers]
    if not found:
        return None
    return min(found, key=lambda f: (-complementizers[f[1].group()], f[1].start(), -f[0]))


def unquoted_sentences(text: str, sentences: list[Sentence], direct: list[Candidate]) -> Iterator[tuple[int, Sentence]]:
    """Each sentence of ``sentences`` with its index that has no quotation mark and no part of
    one of the ``direct`` quotes' quotations: where reported speech may stand unmarked."""
    inside = [(c.quote.open, c.quote.close) for c in direct if c.quote is not None]
    for index, s in enumerate(sentences):
        if not _QUOTE_MARKS.search(text, s.start, s.end) and not any(a < s.end and s.start < b for a, b in inside):
            yield index, s


def framed_report(
    text: str,
    s: Sentence,
    index: int,
    known: frozenset[str],
    framed: dict[str, int],
    speaker_near: SpeakerNear,
) -> Candidate | None:
    """The report of ``s`` opened by one of the ``framed`` complementizers, the words of the name
    before it (read by ``speaker_near``); None when ``s`` has none."""
    opening = framed_opening(text, s, known, framed)
    if opening is None:
        return None
    name_start, w = opening
    start, end = w.end(), s.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in "%)"):
        end -= 1
    name = _NAME_WORD.match(text, name_start)
    subject = name is not None and "," not in text[s.start : name_start]
    acronym = _ACRONYM_AFTER.match(text, name.end()) if name is not None and subject else None
    if acronym is not None:
        # "Varda Port Board (VPB) adasema ...": the body, by the acronym other copy gives it too;
        # not one an apposition names ("Ilse Varnow, kulu wa Varda Port Board (VPB), adasema")
        letters = acronym.group().strip()[1:-1]
        at = acronym.end() - 1 - len(letters)
        return Candidate(
            "indirect",
            [(start, end)],
            (w.start(), w.end()),
            None,
            "speech",
            Mention(at, at + len(letters), letters, "organisation", name=letters),
            index,
        )
    speaker = speaker_near(text, [(s.start, w.start())], name_start, "", known)
    if speaker is None or speaker.kind != "name":
        return None
    return Candidate("indirect", [(start, end)], (w.start(), w.end()), None, "speech", speaker, index)


def framed_reported_speech(
    text: str,
    sentences: list[Sentence],
    direct: list[Candidate],
    known: frozenset[str],
    speaker_near: SpeakerNear,
    not_words: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """A report in each sentence with no quotation of ``sentences`` that one of the article's
    framed complementizers opens (see the module's docstring), none of ``not_words``."""
    framed = framed_complementizers(text, sentences, known, not_words)
    if not framed:
        return []
    found = []
    for index, s in unquoted_sentences(text, sentences, direct):
        report = framed_report(text, s, index, known, framed, speaker_near)
        if report is not None:
            found.append(report)
    return found
