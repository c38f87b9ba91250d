"""Reported speech in a language onrecord has no data for, from cue words the article itself gives.

An article in a language without an entry in ``languages.json`` (and so without a cue list) still
names its speakers next to its quotations: ``„...”, a declarat Sarkis``, ``Sarkis a spus: „...”``,
``"...", disse Quaye``. The words between a quotation and the name beside it are the language's
verbs of speech; read back in the article's sentences without quotation marks, one of them
followed by a complementizer opens reported speech, its subject the name before it:
``Sarkis a declarat marți că rezultatele nu vor fi publicate``. The complementizer is one that a
language onrecord reads writes (``que``, ``dat``, ``že``), or a short word that follows the
article's cue words twice or more (Romanian ``că``).

Precision comes first: a report needs a cue the article's own quotations gave, a complementizer
right after it (an aside of a few words between at most), a name before the cue and four words or
more of content.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from onrecord.dates import MONTHS, WEEKDAYS
from onrecord.extract.according_shape import according_report
from onrecord.extract.candidates import Candidate
from onrecord.extract.framed import framed_complementizers, framed_report, unquoted_sentences
from onrecord.extract.mentions import Mention
from onrecord.extract.sentences import Sentence
from onrecord.languages import languages

__all__ = ["elided_complementizer", "induced_cues", "induced_reported_speech", "induced_tails"]

# a word, an apostrophe inside it ("vo'el", "ta'uni": a glottal stop some alphabets write so)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# between a quotation and its speaker's name: at most three words ("a declarat", "disse", "řekl
# včera"), after a comma or a dash when the name follows
_GAP_WORD = r"[^\W\d_][\w'’-]*"  # "quinta-feira"
_GAP_AFTER = re.compile(rf"\s*[,—–-]?\s*((?:{_GAP_WORD}\s+){{0,3}}{_GAP_WORD})\s*")
# before a quotation, the name's apposition may close with a comma ("Phungu ..., a Constance
# Arrowsmith, adati boma “...”": the verb after it)
_GAP_BEFORE = re.compile(rf"\s*,?\s*((?:{_GAP_WORD}\s+){{0,3}}{_GAP_WORD})\s*[:,]?\s*")
# weekdays and months of every language onrecord reads ("a spus luni", "said Monday"): never a
# cue or a complementizer
_CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTHS)
# after a quotation's comma, its verb (an auxiliary before it at most), then the speaker's role
# closed by a comma and the name: "«...», ha ditg il schef da la fabrica, Tumasch Berther"
_VERB_THEN_ROLE = re.compile(
    rf"\s*,\s*({_GAP_WORD}(?:\s+{_GAP_WORD})?)\s+[^\W\d_][^,.;:!?\"“”«»]{{0,80}},"
    rf"\s*(?:[A-ZÀ-ÞĀ-Ž][\w'’-]*\s+){{0,2}}"
)
_MIN_CUE_LETTERS = 3
_MIN_CONTENT_WORDS = 4
_MAX_ASIDE_WORDS = 3
_MAX_COMPLEMENTIZER_LETTERS = 5
_MIN_INDUCED_COMPLEMENTIZER = 2


@lru_cache(maxsize=1)
def _known_complementizers() -> frozenset[str]:
    """The complementizers the languages onrecord reads write ("que", "dat", "že", "that")."""
    found = {"that"}
    for entry in languages().values():
        for word in (entry.complementizer or "").split("|"):
            if _WORD.fullmatch(word):
                found.add(word.casefold())
    return frozenset(found)


def induced_cues(text: str, direct: list[Candidate], *, verb_only: bool = False) -> frozenset[str]:
    """The words between each direct quotation and the name of its speaker next to it (lower
    case, three letters or more): the article's own verbs of speech. When the speaker's role
    stands between the two (``«...», ha ditg il schef da la fabrica, Tumasch Berther``), the
    first two words after the quotation's comma, which are its verb's. With ``verb_only``, only
    the verb's own place: the first word after the quotation, the last before it (not an adverb
    after the verb, "apunta también", nor a role before the name, "skreau rjochter")."""
    found: set[str] = set()
    for c in direct:
        m, q = c.mention, c.quote
        if m is None or q is None or m.kind != "name":
            continue
        if m.start >= q.close:
            gap = _GAP_AFTER.fullmatch(text, q.close, m.start) or _VERB_THEN_ROLE.fullmatch(text, q.close, m.start)
        elif m.end <= q.open:
            gap = _GAP_BEFORE.fullmatch(text, m.end, q.open)
        else:
            gap = None
        if gap is None:
            continue
        words = gap.group(1).split()
        if verb_only:
            words = words[:1] if m.start >= q.close else words[-1:]
        found.update(
            w.casefold()
            for w in words
            if _WORD.fullmatch(w) and len(w) >= _MIN_CUE_LETTERS and w[:1].islower() and w.casefold() not in _CALENDAR
        )
    return frozenset(found)


def _complementizers(text: str, sentences: list[Sentence], cues: frozenset[str]) -> frozenset[str]:
    """Known complementizers, and the short lower-case words that follow the article's cue words
    (a comma between at most) twice or more."""
    after: Counter[str] = Counter()
    for s in sentences:
        for m in _WORD.finditer(text, s.start, s.end):
            if m.group().casefold() in cues:
                # the first word after the cue that is no weekday or month ("a spus luni că")
                nxt = next(
                    (w for w in _WORD.finditer(text, m.end(), s.end) if w.group().casefold() not in _CALENDAR), None
                )
                if (
                    nxt is not None
                    and not re.search(r"[.;:!?]", text[m.end() : nxt.start()])
                    and nxt.group().islower()
                    and nxt.group().casefold() not in cues
                    and len(nxt.group()) <= _MAX_COMPLEMENTIZER_LETTERS
                    and not _known_after(text, nxt.end(), s.end)
                ):
                    after[nxt.group()] += 1
    induced = {w for w, n in after.items() if n >= _MIN_INDUCED_COMPLEMENTIZER}
    return _known_complementizers() | frozenset(induced)


def _known_after(text: str, at: int, end: int) -> bool:
    """Whether the word after ``at`` is a complementizer a language onrecord reads writes: the
    word before it, right after a cue, is an aside ("dixo ayeri que"), not the complementizer."""
    nxt = _WORD.search(text, at, end)
    return nxt is not None and not text[at : nxt.start()].strip() and nxt.group().casefold() in _known_complementizers()


def _cue_word(word: str, cues: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``cues``, or one with a pronoun or an article elided onto it after
    an apostrophe ("dixo'l", "sagt's")."""
    folded = word.casefold()
    if folded in cues:
        return True
    head, mark, tail = _split_elided(folded)
    return bool(mark) and head in cues and 0 < len(tail) <= 2


def _name_particle(text: str, at: int, end: int) -> bool:
    """Whether the word before ``at`` opens a name, no verb of speech: the next word is
    capitalised, or a short one that is no complementizer and then a capitalised one ("Katrin van
    der Berg": "van" learnt from "..., sagte van der Berg")."""
    nxt = _WORD.search(text, at, end)
    if nxt is None or text[at : nxt.start()].strip():
        return False
    if nxt.group()[:1].isupper():
        return True
    if len(nxt.group()) > _MIN_CUE_LETTERS or nxt.group().casefold() in _known_complementizers():
        return False
    # a second particle ("van der Berg", "de la Cruz")
    after = _WORD.search(text, nxt.end(), end)
    return after is not None and not text[nxt.end() : after.start()].strip() and after.group()[:1].isupper()


def _split_elided(word: str) -> tuple[str, str, str]:
    """``word`` cut at its first apostrophe: what stands before, the apostrophe, what follows."""
    for mark in "'’":
        head, sep, tail = word.partition(mark)
        if sep:
            return head, sep, tail
    return word, "", ""


def _complementizer_after(text: str, at: int, end: int, complementizers: frozenset[str]) -> int | None:
    """Where the content starts after a cue ending at ``at``: after a complementizer that follows
    the cue, a few words of an aside between at most ("a declarat marți că", "disse, ontem, que"),
    or after the apostrophe of one elided before a vowel ("ha ditg ch'ella"); None when none does."""
    for i, w in enumerate(_WORD.finditer(text, at, end)):
        if i > _MAX_ASIDE_WORDS or re.search(r"[.;:!?]", text[at : w.start()]):
            return None
        if w.group() in complementizers:
            return w.end()
        elided = elided_complementizer(w.group(), complementizers)
        if elided is not None:
            return w.start() + elided
    return None


_ELIDED_VOWELS = "eaio"
"""The vowels a complementizer drops before a word opening with a vowel ("che" -> "ch'",
"que" -> "qu'")."""


def elided_complementizer(word: str, complementizers: frozenset[str]) -> int | None:
    """Where the clause starts in ``word`` when it opens with a complementizer elided before a
    vowel (``ch'ella``, ``qu'il``: the offset after the apostrophe); None otherwise."""
    m = re.match(r"([^\W\d_]{2,})['’](?=[^\W\d_])", word)
    if m is None or m.group(1).casefold() in complementizers:
        return None  # one letter ("d'", "s'", "l'") is a preposition's or a pronoun's elision
    if word[m.end() :][:1].casefold() not in "aeiouhàèéìòóùâêîôû":
        return None
    if any(m.group(1).casefold() + v in complementizers for v in _ELIDED_VOWELS):
        return m.end()
    return None


# a name's last word, and at most one lower-case word (an auxiliary: "Matei a precizat") before
# the verb that follows it
_NAME_THEN = re.compile(r"[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+[^\W\d_A-ZÀ-ÞĀ-Ž][\w'’]*)?\s+$")


def _verb_after_name(text: str, start: int, m: re.Match[str], complementizers: frozenset[str]) -> bool:
    """Whether the word ``m`` is a verb of speech no quotation framed, by its place: lower case,
    after a name (an auxiliary between at most), before a complementizer ("Matei a precizat că",
    "Varga declarase că"); ``start`` is the sentence's."""
    word = m.group()
    if not word.islower() or len(word) <= _MIN_CUE_LETTERS:
        return False
    folded = word.casefold()
    if folded in _CALENDAR or folded in complementizers:
        return False
    nxt = re.match(r"\s+([^\W\d_]+)", text[m.end() : m.end() + 20])
    if nxt is None or nxt.group(1) not in complementizers:
        return False
    return _NAME_THEN.search(text[start : m.start()]) is not None


# a subject's name and what may stand between it and the cue that follows it: an apposition's
# closing comma, and one lower-case particle at most ("Varga, sa vorel ...")
_NAME_END = re.compile(r"([A-ZÀ-ÞĀ-Ž][\w'’-]*)[,]?\s*(?:[^\W\d_A-ZÀ-Þ][\w'’]*\s+)?$")


def _right_after_subject(text: str, start: int, m: re.Match[str], known: frozenset[str]) -> int | None:
    """Where the content starts after a learnt cue that opens it with no complementizer: the cue
    right after its subject, a surname the article gives in full (an apposition's comma and one
    particle between at most: "Marek Sova, vela toki tovu ..."); None otherwise."""
    name = _NAME_END.search(text, start, m.start())
    if name is None or name.group(1) not in known:
        return None
    before = text[start : name.end(1)].split()[-_MAX_ASIDE_WORDS:]
    if any(" ".join(before[k:]).casefold() in _CALENDAR for k in range(len(before))):
        return None  # "Dydd Mercher, vorel ...": a fronted day, no subject
    return m.end()


# a report's clause, then its comma and the cue: what stands before is what was said
_COMMA_BEFORE = re.compile(r",\s*$")


def _report_before_cue(
    text: str, s: Sentence, m: re.Match[str], known: frozenset[str]
) -> tuple[tuple[int, int], Mention] | None:
    """The report a learnt cue closes with its speaker after it, as a quotation's cue does
    (``Sun orvi plaketa tavo meri, vorel Mira Keslo ketu.``): the clause from the sentence's start
    to the comma right before the cue (four words or more, no other comma's clause opening it
    with a name) and the name after the cue; None otherwise."""
    from onrecord.extract.foreign import speaker_near

    comma = _COMMA_BEFORE.search(text, s.start, m.start())
    if comma is None:
        return None
    start, end = s.start, comma.start()
    while start < end and text[start].isspace():
        start += 1
    if len(_WORD.findall(text, start, end)) < _MIN_CONTENT_WORDS:
        return None
    speaker = _body_with_acronym(text, m.end(), s.end) or speaker_near(text, [(m.end(), s.end)], m.end(), "", known)
    if speaker is None or speaker.kind not in {"name", "organisation"} or speaker.start < m.end():
        return None
    return (start, end), speaker


# a body's name, its capitalised words joined by short lower-case ones ("de las", "fir"), then its
# acronym in parentheses: "la Direkzion fir Sieldaten (DSK)"
_ACRONYMED = re.compile(
    r"(?<![\w'’-])((?:[A-ZÀ-ÞĀ-Ž][\w'’-]+)(?:\s+(?:[^\W\d_A-ZÀ-ÞĀ-Ž][\w'’]{0,3}\s+){0,2}[A-ZÀ-ÞĀ-Ž][\w'’-]+)+)\s*\(([A-Z]{2,8})\)"
)
_MAX_BODY_GAP = 12
"""Characters between a cue and the body's name after it ("ditz la ", an article at most)."""


def _body_with_acronym(text: str, start: int, end: int) -> Mention | None:
    """An institution named right after a cue with its acronym in parentheses after its name (a
    run of capitalised words joined by at most two short lower-case ones), which no reading of a
    person's name takes apart; None otherwise."""
    m = _ACRONYMED.search(text, start, end)
    if m is None or m.start() - start > _MAX_BODY_GAP:
        return None
    return Mention(m.start(1), m.end(1), m.group(1), "organisation", name=m.group(1))


# after a quotation whose speaker is named before it, the words that close its sentence: a
# verb-final language's verb of speech (Buryat "Фэрвэзэр «...» гэжэ хэлэбэ.", Turkish-like "«...» dedi.")
_TAIL_AFTER = re.compile(rf"\s*[,—–-]?\s*((?:{_GAP_WORD}\s+){{0,2}}{_GAP_WORD})\s*[.!?]")
_MAX_NAME_WORDS = 6
"""Words at most before the subject's surname in a verb-final report (a role, a body's name)."""


def induced_tails(text: str, direct: list[Candidate]) -> frozenset[tuple[str, ...]]:
    """The words (lower case, three at most) that end the sentence of each direct quotation whose
    speaker's name stands before it: in a verb-final language, its verb of speech and the
    quotative before it (``Хелен Фэрвэзэр «...» гэжэ хэлэбэ.`` gives ``("гэжэ", "хэлэбэ")``)."""
    found: set[tuple[str, ...]] = set()
    for c in direct:
        m, q = c.mention, c.quote
        if m is None or q is None or m.kind != "name" or m.end > q.open:
            continue
        if _WORD.search(text, m.end, q.open):
            # a word between the name and its quotation is the verb ("..., a Constance Arrowsmith,
            # adati “...” pamsonkhano wa atolankhani."): the words after it are no verb, but a place
            continue
        tail = _TAIL_AFTER.match(text, q.close)
        if tail is None:
            continue
        words = tuple(w.casefold() for w in tail.group(1).split())
        if all(_WORD.fullmatch(w) and w.islower() and w not in _CALENDAR for w in words) and any(
            len(w) >= _MIN_CUE_LETTERS for w in words
        ):
            found.add(words)
    return frozenset(found)


def _verb_final_report(
    text: str, s: Sentence, index: int, tails: frozenset[tuple[str, ...]], known: frozenset[str]
) -> Candidate | None:
    """The report of a sentence with no quotation that ends with the words a quotation's sentence
    ended with (``tails``) and opens with a surname the article gives in full (a role or a few words
    before it at most): the words between the two, four or more (``Осей 40 000 клиент буруу баланс
    хараа гэжэ хэлэбэ.``); None otherwise."""
    words = list(_WORD.finditer(text, s.start, s.end))
    tail = next(
        (t for t in tails if len(words) > len(t) and tuple(w.group().casefold() for w in words[-len(t) :]) == t),
        None,
    )
    if tail is None or re.search(r"[\w\d]", text[words[-1].end() : s.end]):
        return None
    end = words[-len(tail)].start()
    name = next((w for w in words[:_MAX_NAME_WORDS] if w.group()[:1].isupper() and w.group() in known), None)
    if name is None or name.end() >= end:
        return None
    first = name
    for w in reversed([w for w in words if w.end() <= name.start()]):
        if not w.group()[:1].isupper() or text[w.end() : first.start()].strip():
            break
        first = w
    start = name.end()
    while start < end and (text[start].isspace() or text[start] in ",—–-"):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in "%)"):
        end -= 1
    if len(_WORD.findall(text, start, end)) < _MIN_CONTENT_WORDS:
        return None
    spoken = text[first.start() : name.end()]
    speaker = Mention(first.start(), name.end(), spoken, "name", name=spoken)
    cue = (words[-len(tail)].start(), words[-1].end())
    return Candidate("indirect", [(start, end)], cue, None, "speech", speaker, index)


def induced_reported_speech(
    text: str,
    sentences: list[Sentence],
    direct: list[Candidate],
    known: frozenset[str] = frozenset(),
    *,
    unknown_to: frozenset[str] | None = None,
) -> list[Candidate]:
    """Reported speech in an article in a language with no cue list (see the module's docstring):
    ``direct`` are its direct quotes with their speakers; ``known`` the surnames it names in full.

    ``unknown_to``, when given, is the cue list of the language the article was read as: only the
    cue words its own quotations are framed with that the list does not hold are read, in
    sentences no report of ``direct`` is in, and only after them (a cue, then a complementizer or
    a name before it; see :func:`unlisted_cue_reports`)."""
    from onrecord.extract.foreign import speaker_near

    cues = induced_cues(text, direct, verb_only=unknown_to is not None)
    if unknown_to is not None:
        cues = frozenset(c for c in cues if c not in unknown_to)
        if not cues:
            return []
    tails = induced_tails(text, direct) if unknown_to is None else frozenset()
    complementizers = _complementizers(text, sentences, cues) if cues else frozenset()
    framed = framed_complementizers(text, sentences, known) if unknown_to is None else {}
    taken = [(c.start, c.end) for c in direct]
    found: list[Candidate] = []
    for index, s in unquoted_sentences(text, sentences, direct):
        if unknown_to is not None and any(a < s.end and s.start < b for a, b in taken):
            continue
        count = len(found)
        for m in _WORD.finditer(text, s.start, s.end) if cues else ():
            cue = _cue_word(m.group(), cues) and not (unknown_to is not None and _name_particle(text, m.end(), s.end))
            if cue:
                lead = _complementizer_after(text, m.end(), s.end, complementizers)
            elif unknown_to is None and _verb_after_name(text, s.start, m, complementizers):
                lead = _complementizer_after(text, m.end(), m.end() + _MAX_COMPLEMENTIZER_LETTERS + 3, complementizers)
            else:
                continue
            if lead is None and cue:
                lead = _right_after_subject(text, s.start, m, known)
            if lead is None and cue:
                before = _report_before_cue(text, s, m, known)
                if before is not None:
                    found.append(
                        Candidate("indirect", [before[0]], (m.start(), m.end()), None, "speech", before[1], index)
                    )
                    break
            if lead is None:
                continue
            start, end = lead, s.end
            while start < end and text[start].isspace():
                start += 1
            while end > start and not (text[end - 1].isalnum() or text[end - 1] in "%)"):
                end -= 1
            if len(_WORD.findall(text, start, end)) < _MIN_CONTENT_WORDS:
                continue
            speaker: Mention | None = speaker_near(text, [(s.start, m.start())], m.start(), "", known)
            if speaker is None or speaker.kind not in {"name", "organisation"}:
                continue
            found.append(Candidate("indirect", [(start, end)], (m.start(), m.end()), None, "speech", speaker, index))
            break
        if len(found) == count and unknown_to is None:
            # "Secundu a ministra Ilse Varnow, ...": a source preposition spelt as a neighbour's
            according = according_report(text, s, index, known, speaker_near)
            if according is not None:
                found.append(according)
                continue
        if len(found) == count and framed:
            report = framed_report(text, s, index, known, framed, speaker_near)
            if report is not None:
                found.append(report)
        if len(found) == count and tails:
            report = _verb_final_report(text, s, index, tails, known)
            if report is not None:
                found.append(report)
    return found
