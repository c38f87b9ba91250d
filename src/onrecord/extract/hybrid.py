"""The hybrid: the learned tagger's spans beside the rules', only where the rules' filters point.

The rules have already split the sentences, paired the quotation marks and parsed the sentences
their cheap filters selected (a cue word outside quotation marks, ``according to``, a colon before
a quote). The tagger reads those sentences, the sentences holding quotation marks, and their
neighbours, in runs of consecutive sentences; the rest of the article is never tagged. Each of its
contents, paired with the nearest cue and source (:func:`onrecord.tagger.pair_spans`, not by
sentence: the speaker is read from the parse first), becomes a candidate like the rules' ones:
the source's words are read from the rules' parse of its sentence (parsed here only when the rules
had not), so speakers, coreference, ``via`` and ``said_on`` work
the same for both, and the one-record-per-span rule then applies to all of them.

How the two combine (chosen on PolNeAR dev, never on test): the rules keep what they found
(quotation marks, reported speech read from the parse, and their speakers); a tagged content that
holds the quotations it overlaps and words around them (``she wanted to speak "directly to white
people" and let them know that ...``) replaces them as one mixed record with their cue and speaker
(the rules cut such contents into their quoted pieces); a rule's reported speech takes the tagger's
span when the tagger's is longer and holds it (a leading "that" left out, as the rules leave it
out: PolNeAR's contents keep it), and ends at a comma where the tagger's shorter span starting with
it stops (``the plan was sound, although he again refused ...``); a tagged content that no rule
record overlaps becomes a record when its cue lies in the sentence where it starts or ends (a cue
further away was nearly always a wrong pairing); its speaker is the cue's subject in the parse,
else the tagged source, and it must be a mention that can name someone. Its type (speech, belief,
document, other) comes from the model's type classifier (:mod:`onrecord.tagger.types`; a model
trained on untyped data borrows the shipped model's), else from the cue lexicon; in the statements
scope it must be speech and a clause: a finite verb, or an infinitive (``pledged to double the
buses`` is a commitment on record; ``rejected the plan`` is a stance).
Letting the tagger's span replace every overlapping rule span (tagger first) scored lower with
both the shipped and a PolNeAR-trained model (the README has the figures).
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from onrecord.extract.candidates import Analysis, Candidate, ExtractOptions, in_scope, is_lead_in
from onrecord.extract.clauses import ANSWERING, OTHERS_CLAIMS, counts_off, writers_tail
from onrecord.extract.gate_features import Reading, gate_features
from onrecord.extract.lexicon import load_lexicon
from onrecord.extract.mentions import Mention, analyse_mention
from onrecord.extract.nlp import parse
from onrecord.extract.overlaps import own_cue_inside
from onrecord.extract.unsaid import unsaid
from onrecord.tagger.features import featured_doc
from onrecord.tagger.model import Tagger
from onrecord.tagger.score import pair_spans
from onrecord.tagger.types import TypeClassifier, load_types

__all__ = [
    "DEFAULT_HYBRID",
    "TYPE_CLASSES",
    "HybridOptions",
    "add_tagger_candidates",
    "quote_type",
    "recording_outcomes",
    "tagged_sources",
    "tagger_windows",
]


@dataclass(frozen=True, slots=True)
class HybridOptions:
    """How tagger spans join the rules'.

    Attributes:
        neighbours: sentences tagged on each side of a selected one.
        widen: a rule's reported speech takes the tagger's longer span that holds it.
        parse_subject_first: the speaker is the cue's subject in the parse when it has one, the
            tagged source only when not (when false, the tagged source first; source accuracy
            on PolNeAR dev 0.836 against 0.859).
        known_cue: a tagged content becomes a record only when its cue is in the cue lexicon
            (always so in the statements scope).
        named_speaker: a tagged content becomes a record only when its speaker mention is a
            name, role, pronoun, organisation or unnamed source (not some other phrase).
        cue_in_sentence: a tagged content becomes a record only when its cue is in the sentence
            where the content starts or ends (on PolNeAR dev a cue further away is mostly a wrong
            pairing: the speaker is almost never right).
        mixed: a tagged content that holds the quotations it overlaps and more words around them
            (``she wanted to speak "directly to white people" and let them know ...``) replaces
            them as one mixed record with their cue and speaker.
        clause: what makes a tagged content a statement's clause in the statements scope:
            ``finite`` (a finite verb), ``verbal`` (a finite verb or an infinitive: ``promised
            to triple the program``), ``any`` (no test).
        types: a tagged content no rule found takes its type (speech, belief, document, other)
            from the model's type classifier (:mod:`onrecord.tagger.types`), when it has one, rather
            than from the cue lexicon; the statements scope keeps speech.
        fallback_speaker: a rule candidate carries the source the tagger pairs with the tagged
            content that covers it (:func:`tagged_sources`), which attribution resolves when the
            rules' own mention names nobody.
        shorten: a rule's reported speech ends at the comma where the tagger's shorter span, which
            starts with it, stops (:func:`_shortened`): ``the plan was sound, although he again
            refused ...`` keeps ``the plan was sound``.
        cue_taken: a tagged content no rule overlaps is dropped when its cue is already the cue of
            a rule's content elsewhere and the parse does not hang the content on the cue as its
            clause (``..., an official said Thursday amid reports the army is weighing ...``: the
            rules read the words before the cue, the tagger a phrase in a preposition's object).
        gate: when the model has a learned gate (:mod:`onrecord.tagger.gate`), it decides which
            tagged contents no rule record overlaps become records, in place of the guards above
            (the statements scope's own guards, speech and a clause and words said, still hold,
            and a speaker is never inside its content).
    """

    neighbours: int = 1
    widen: bool = True
    parse_subject_first: bool = True
    known_cue: bool = False
    named_speaker: bool = True
    cue_in_sentence: bool = True
    mixed: bool = True
    types: bool = True
    clause: str = "verbal"
    fallback_speaker: bool = True
    shorten: bool = True
    cue_taken: bool = True
    gate: bool = True


DEFAULT_HYBRID = HybridOptions()

Outcomes = list[tuple[tuple[int, int], str]]
"""``(span, what happened)`` per tagged content: the ``trace`` of :func:`add_tagger_candidates`."""

_RECORDING: ContextVar[Outcomes | None] = ContextVar("onrecord_hybrid_outcomes", default=None)


@contextlib.contextmanager
def recording_outcomes() -> Iterator[Outcomes]:
    """Collect what the hybrid does with every tagged content while the block runs.

    Inside the block, each call of :func:`add_tagger_candidates` made without a ``trace`` of its
    own (as :func:`onrecord.extract.extract` makes it) appends its outcomes to the list yielded,
    in the offsets of the text it analysed; outside it nothing is recorded. For measuring the
    guards on annotated data (:mod:`onrecord.tagger.audit`).
    """
    outcomes: Outcomes = []
    token = _RECORDING.set(outcomes)
    try:
        yield outcomes
    finally:
        _RECORDING.reset(token)


def tagger_windows(analysis: Analysis, neighbours: int = 1) -> list[tuple[int, int]]:
    """The stretches of text the tagger reads: selected sentences and their neighbours, joined.

    Args:
        analysis: the rules' analysis (its ``parsed`` sentences are the ones the filters selected).
        neighbours: sentences taken on each side of a selected one.

    Returns:
        ``(start, end)`` offsets into ``analysis.text``, in text order, not overlapping.
    """
    count = len(analysis.sentences)
    selected = set(analysis.parsed)
    for q in analysis.quotes:
        selected.add(analysis.sentence_at(q.open))
    wanted = sorted({j for i in selected for j in range(i - neighbours, i + neighbours + 1) if 0 <= j < count})
    windows: list[tuple[int, int]] = []
    run_start = run_end = -1
    for i in wanted:
        if i == run_end + 1 and run_start >= 0:
            run_end = i
            continue
        if run_start >= 0:
            windows.append((analysis.sentences[run_start].start, analysis.sentences[run_end].end))
        run_start = run_end = i
    if run_start >= 0:
        windows.append((analysis.sentences[run_start].start, analysis.sentences[run_end].end))
    return windows


def _tag(tagger: Tagger, text: str, windows: Sequence[tuple[int, int]], parses: _Parses) -> list[tuple[str, int, int]]:
    inputs: Iterable[Any] = (text[s:e] for s, e in windows)
    if tagger.parse_features:
        inputs = [featured_doc(tagger.nlp, text[s:e], parses.within(s, e)) for s, e in windows]
    spans = []
    for (start, _end), doc in zip(windows, tagger.nlp.pipe(inputs), strict=True):
        spans += [(ent.label_, start + ent.start_char, start + ent.end_char) for ent in doc.ents]
    return spans


class _Parses:
    """The rules' parses by sentence, with the sentences they did not parse parsed on demand."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.extra: dict[int, Any] = {}

    def at(self, offset: int) -> tuple[Any, int]:
        index = self.analysis.sentence_at(offset)
        sentence = self.analysis.sentences[index]
        doc = self.analysis.parsed.get(index)
        if doc is None:
            doc = self.extra.get(index)
            if doc is None:
                doc = self.extra[index] = parse([self.analysis.text[sentence.start : sentence.end]])[0]
        return doc, sentence.start

    def within(self, start: int, end: int) -> list[tuple[Any, int]]:
        """The parses of the sentences in ``start``-``end`` (missing ones parsed in one batch), each
        with its sentence's offset from ``start``."""
        first, last = self.analysis.sentence_at(start), self.analysis.sentence_at(max(start, end - 1))
        indices = range(first, last + 1)
        sentences = self.analysis.sentences
        missing = [i for i in indices if i not in self.analysis.parsed and i not in self.extra]
        for i, doc in zip(
            missing, parse([self.analysis.text[sentences[i].start : sentences[i].end] for i in missing]), strict=True
        ):
            self.extra[i] = doc
        return [(self.analysis.parsed.get(i, self.extra.get(i)), sentences[i].start - start) for i in indices]


def _head(doc: Any, base: int, start: int, end: int) -> Any | None:
    tokens = [t for t in doc if start <= base + t.idx < end]
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return roots[0] if roots else tokens[-1]


def _source_mention(parses: _Parses, source: tuple[int, int] | None) -> Mention | None:
    if source is None:
        return None
    doc, base = parses.at(source[0])
    head = _head(doc, base, *source)
    return analyse_mention(head, base) if head is not None else None


def _cue_head(parses: _Parses, cue: tuple[int, int] | None) -> tuple[Any, int] | None:
    """The head token of a tagged cue and its sentence's offset, or None."""
    if cue is None:
        return None
    doc, base = parses.at(cue[0])
    head = _head(doc, base, *cue)
    return (head, base) if head is not None else None


def _subject_mention(parses: _Parses, cue: tuple[int, int] | None) -> Mention | None:
    found = _cue_head(parses, cue)
    if found is None:
        return None
    head, base = found
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return analyse_mention(subject, base) if subject is not None else None


def _mention(
    parses: _Parses, source: tuple[int, int] | None, cue: tuple[int, int] | None, subject_first: bool
) -> Mention | None:
    if subject_first:
        return _subject_mention(parses, cue) or _source_mention(parses, source)
    return _source_mention(parses, source) or _subject_mention(parses, cue)


def _said_by(parses: _Parses, cue: tuple[int, int] | None, span: tuple[int, int]) -> bool:
    """Whether the parse hangs the content ``span`` on its cue as a clause: the cue's head is an
    ancestor of the content's head with no preposition or noun between them (``said A and that
    B``: yes; ``said Thursday amid reports the army is weighing ...``: no)."""
    found = _cue_head(parses, cue)
    if found is None:
        return False
    verb, _base = found
    doc, content_base = parses.at(span[0])
    head = _head(doc, content_base, *span)
    if head is None or doc is not verb.doc:
        return False
    while head.i != verb.i:
        if head.dep_ in {"prep", "pobj", "acl", "relcl", "appos", "npadvmod", "advmod"} or head.head.i == head.i:
            return False
        head = head.head
    return True


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _is_clause(parses: _Parses, span: tuple[int, int], test: str) -> bool:
    """Whether ``span`` reads as a clause by ``test`` (:attr:`HybridOptions.clause`)."""
    if test == "any":
        return True
    doc, base = parses.at(span[0])
    words = [t for t in doc if span[0] <= base + t.idx < span[1]]
    if any(t.tag_ in _FINITE for t in words):
        return True
    if test != "verbal":
        return False
    # an infinitive heads the content ("to double the buses", "Americans to check out ..."), not
    # one deep inside a noun phrase ("about her statement about being ready to sign")
    inside = {t.i for t in words}
    roots = [t for t in words if t.head.i not in inside or t.head.i == t.i]
    return any(t.tag_ == "VB" and any(c.tag_ == "TO" for c in t.children) for t in roots)


def _unsaid(parses: _Parses, cue: tuple[int, int] | None, span: tuple[int, int], lemma: str | None) -> bool:
    """Whether the tagged cue reports no words said (see :mod:`onrecord.extract.unsaid`)."""
    found = _cue_head(parses, cue)
    if found is None:
        return False
    content = [t for d, b in parses.within(*span) for t in d if span[0] <= span[0] + b + t.idx < span[1]]
    return unsaid(found[0], lemma, content)


def _cue_entry(text: str, cue: tuple[int, int] | None) -> tuple[str | None, str | None]:
    if cue is None:
        return None, None
    words = text[cue[0] : cue[1]].split()
    lexicon = load_lexicon()
    for word in words:
        entries = lexicon.cues(word.strip(",.;:\"'“”"))
        if entries:
            return entries[0].lemma, entries[0].cls
    if [w.lower() for w in words[:2]] == ["according", "to"]:
        return "according to", "speech"
    return " ".join(words).lower() or None, None


@functools.lru_cache(maxsize=1)
def _shipped_types() -> TypeClassifier | None:
    from onrecord.tagger.select import SHIPPED_PATH

    return load_types(SHIPPED_PATH)


def _type_classifier(tagger: Tagger) -> TypeClassifier | None:
    """The tagger's own type classifier, else the shipped model's: a model trained on untyped data
    (PolNeAR) has none, and the classifier reads only the cue's and the source's words, which any
    tagger's spans give."""
    return tagger.types if tagger.types is not None else _shipped_types()


TYPE_CLASSES = {"speech": "speech", "belief": "belief", "document": "evidence", "other": "stance"}
"""The cue class a tagged content gets from its attribution type (:mod:`onrecord.tagger.types`):
the statements scope keeps speech; ``other`` (a stance) is kept where stances are."""

_CLASS_TYPES = {cls: kind for kind, cls in TYPE_CLASSES.items()}


def quote_type(c: Candidate) -> str | None:
    """The attribution type a candidate's record carries (``speech``, ``belief``, ``document``,
    ``other``; :data:`onrecord.model.QUOTE_TYPES`).

    A rule candidate's comes from its cue's class in the lexicon (``believe`` a belief, ``find`` a
    document's finding, ``reject`` a stance: ``other``), a tagged content's from the model's type
    classifier (its cue class was set from the type by :data:`TYPE_CLASSES`), else from the
    lexicon too. A quotation with no cue class (a bare quote, a transcript's turn) is speech; a
    reported content with none has no type (``None``).
    """
    if c.cue_class is None:
        return "speech" if c.kind != "indirect" else None
    return _CLASS_TYPES.get(c.cue_class)


_WORDY = re.compile(r"\w")

_THAT = re.compile(r"that\s+", re.IGNORECASE)


def _without_that(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A content starts after its complementizer, as the rules' contents do (PolNeAR's include it)."""
    found = _THAT.match(text, span[0], span[1])
    return (found.end(), span[1]) if found and found.end() < span[1] else span


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _widens(c: Candidate, span: tuple[int, int], parses: _Parses) -> bool:
    """Whether ``span`` is a longer reading of ``c``'s reported speech: it holds it, not its cue,
    stays in the sentence of the cue, and adds no word the parse hangs on the cue (``said A but
    requested B``: B is no content)."""
    holds = span[0] <= c.start and c.end <= span[1] and span != (c.start, c.end)
    if not (c.kind == "indirect" and len(c.pieces) == 1 and holds and c.cue is not None):
        return False
    if span[0] <= c.cue[0] < span[1]:
        return False
    if span[0] < c.start and _CLAIM_BEFORE.search(parses.analysis.text, max(0, span[0] - 30), span[0]):
        return False  # "commenting on reports that A, that C": A is the reports', not more of C
    doc, base = parses.at(c.cue[0])
    if not base <= span[0] <= span[1] <= base + len(doc.text):
        return False  # the rules read one sentence; a span running into the next is no longer reading of it
    cue_words = {t.i for t in doc if c.cue[0] <= base + t.idx < c.cue[1]}
    inside = [t for t in doc if c.start <= base + t.idx < c.end]
    added = [t for t in doc if span[0] <= base + t.idx < span[1] and not c.start <= base + t.idx < c.end]
    that = [t for t in added if t.lower_ == "that" and t.dep_ == "mark"]
    if that and all(t.is_punct or t in that for t in added):
        return False  # "said that, in this report, C": the complementizer is no part of what was said
    # nor a cue the cue hangs on, nor its words: "X told Y that C, state media reported"
    lexicon = load_lexicon()
    above = {a.i for i in cue_words for a in doc[i].ancestors if lexicon.cues(a.text)}
    if any(t.i in above or (t.head.i in above and not t.is_punct) for t in added):
        return False
    # nor the predicate of a subject the cue's relative clause describes ("X, who told the board
    # he would fund it, cut it a week later"): the writer's sentence around the aside
    governors = {
        a.head.head.i
        for i in cue_words
        for a in (doc[i], *doc[i].ancestors)
        if a.dep_ == "relcl" and a.head.dep_ in {"nsubj", "nsubjpass"} and a.head.head.i > i
    }
    if any(t.i in governors for t in added):
        return False
    # nor the main clause a cue in the writer's adverbial clause hangs on ("When Vale noted that
    # C, Dorn left the room"): words after the content must be the cue's own
    for i in cue_words:
        if doc[i].dep_ == "advcl" and doc[i].head.i > i:
            own = {t.i for t in doc[i].subtree}
            if any(t.i not in own and base + t.idx >= c.end and not t.is_punct for t in added):
                return False
    # nor the writer's tail the rules cut from the clause ("..., up from 4 million")
    heads = [t for t in doc if t.dep_ == "ccomp"]
    tails = {t.i for head in heads for tok in head.subtree if writers_tail(tok, head) for t in tok.subtree}
    return not any((t.head.i in cue_words and not _continues(t, inside)) or t.i in tails for t in added)


_OBJECT_PREDICATES = frozenset({"as", "for"})
"""Prepositions that carry what an attribution says about its object: ``attacked her opponent as a
fraud``, ``blamed the workers for the losses``."""


def _continues(token: Any, content: list[Any]) -> bool:
    """Whether ``token``, which the parse hangs on the cue, continues the content ``content`` (the
    rules' reading) rather than starting something of the cue's own (``said A but requested B``,
    ``complained ... the morning after``):

    - ``as`` / ``for`` after the cue's object (``attacked her opponent as a fraud``);
    - a verb coordinated with the content's own verb, in its form, not in the cue's
      (``wants to triple the program, grow the corps``: the parse hangs ``grow`` on ``wants``);
    - a second reported clause with no subject of its own (``said her plan was detailed and,
      even more important, would not blow open the deficit``).
    """
    if not content:
        return False
    cue = token.head
    roots = [t for t in content if t.head.i == cue.i]
    if token.dep_ == "prep" and token.lower_ in _OBJECT_PREDICATES:
        return any(t.dep_ == "dobj" for t in roots)
    if token.dep_ in {"conj", "dep"} and token.tag_.startswith("VB"):
        verbs = [t for t in roots if t.tag_.startswith("VB")]
        return any(v.tag_ == token.tag_ for v in verbs) and token.tag_ != cue.tag_
    if token.dep_ == "ccomp":
        return any(t.dep_ == "ccomp" for t in roots) and not any(
            ch.dep_ in {"nsubj", "nsubjpass", "expl"} for ch in token.children
        )
    return token.dep_ in {"cc", "punct"}


_CUT_MARKS = ",;"
_AFTER_CUT = 4
"""Words a tagged span may run past the comma where it cuts a rule's reading (the tagger often takes
the next word or two: ``..., although``, ``..., and rights groups``)."""
_KEPT = 3
"""Words each side of the cut must hold: the content kept, and the tail cut off."""
_MARK_AFTER = re.compile(r"\s*[,;]")
"""A span that stops right before a comma or semicolon cuts there too."""
_TAIL_OPENERS = frozenset("although though while whereas which who whom whose and but according aside when".split())
"""Words that open what the cut leaves out: a clause or aside of the writer's (``, although ...``,
``, which ...``, ``, and rights groups warned ...``), not a continuation of the content (``, ending
production there in September``)."""
_FIRST_WORD = re.compile(r"[\s,;]*(\w+)")


_WORDY_RUN = re.compile(r"\w+")


def _words(text: str) -> int:
    return len(_WORDY_RUN.findall(text))


def _shortened(c: Candidate, span: tuple[int, int], text: str, parses: _Parses) -> int | None:
    """Where ``c``'s reported speech ends when the tagger's ``span`` is a shorter reading of it, or
    ``None``.

    The tagged span starts where the rules' content starts (or before it) and stops inside it,
    right before a comma or semicolon of the rules' content or at most a few words past one: the
    content ends at that mark (``the plan was sound, although he again refused to ...`` keeps
    ``the plan was sound``). The mark is the one right after the span, else the last one before
    its end; both the content kept and the tail cut hold a few words, and the tail opens with a
    conjunction or relative word (:data:`_TAIL_OPENERS`): a participle continues the content.
    """
    if c.kind != "indirect" or len(c.pieces) != 1 or not (span[0] <= c.start < span[1] < c.end):
        return None
    at = _MARK_AFTER.match(text, span[1], c.end)
    mark = at.end() - 1 if at else max((text.rfind(m, c.start, span[1]) for m in _CUT_MARKS), default=-1)
    if mark <= c.start or _words(text[mark : span[1]]) > _AFTER_CUT:
        return None
    if _words(text[c.start : mark]) < _KEPT or _words(text[mark : c.end]) < _KEPT:
        return None
    opener = _FIRST_WORD.match(text, mark, c.end)
    if opener is None or opener.group(1).lower() not in _TAIL_OPENERS:
        return None
    if opener.group(1).lower() in _COORDINATORS and _continues_after(parses, opener.end(1), c.end):
        return None  # ", and bring him the letter", ", and that the state would ...": the same report goes on
    return mark


_COORDINATORS = frozenset({"and", "but"})


def _continues_after(parses: _Parses, at: int, end: int) -> bool:
    """Whether the word after a coordinator at ``at`` carries the same report on: a verb that
    shares the content's subject, another "that" clause of the same cue, or a subject that counts
    off the content's noun (``..., but several had ...``)."""
    doc, base = parses.at(at)
    nxt = next((t for t in doc if base + t.idx >= at and not t.is_punct and base + t.idx < end), None)
    return nxt is not None and (nxt.lower_ == "that" or nxt.pos_ in {"VERB", "AUX"} or counts_off(nxt))


_MIXED_OUTSIDE = 12
"""Characters a mixed content must hold outside its quotations (a couple of words, not ``," Lopez``)."""


def _quoted_pieces(c: Candidate) -> list[tuple[int, int]]:
    if c.quote is not None:
        return list(c.quote.pieces)
    return list(c.quoted) if c.quoted else list(c.pieces)


def _mixes(
    span: tuple[int, int], overlapping: list[Candidate], cue: tuple[int, int] | None, analysis: Analysis
) -> bool:
    """Whether ``span`` is a mixed content: it holds every quotation it overlaps, adds words outside
    them, holds neither its cue nor the quotations' cues, and stays in one sentence."""
    cues = [cue, *(c.cue for c in overlapping)]
    if any(k is not None and _overlaps(span, k) for k in cues):
        return False  # a quote and its own cue ("...," Tass quoted Peskov as saying) are no one content
    if any(c.mention is not None and _overlaps(span, (c.mention.start, c.mention.end)) for c in overlapping):
        return False
    if analysis.sentence_at(span[0]) != analysis.sentence_at(span[1] - 1):
        return False
    if _colon_between(analysis.text, overlapping):
        return False  # 'said C: "Q"': the rules' report and the quote after its colon are two statements
    if _lead_in_colon(analysis.text, span, overlapping):
        return False  # 'said she wanted to be clear: "Q"': the words before the colon only announce Q
    pieces = [p for c in overlapping if c.kind != "indirect" for p in _quoted_pieces(c)]
    if not all(span[0] <= p[0] and p[1] <= span[1] for p in pieces):
        return False
    outside = span[1] - span[0] - sum(min(p[1], span[1]) - max(p[0], span[0]) for p in pieces)
    return outside > _MIXED_OUTSIDE


_COLON_TO_QUOTE = re.compile(r"\s*:\s*[\"“‘']?")


def _colon_between(text: str, overlapping: list[Candidate]) -> bool:
    """Whether a rule's report ends on a colon that opens a rule's quotation ('The harbour master
    said drift had moved the wreck north: "We are searching off the point."')."""
    ends = {c.end for c in overlapping if c.kind == "indirect"}
    starts = [c.start for c in overlapping if c.kind == "direct"]
    return any(
        _COLON_TO_QUOTE.fullmatch(text, end, start) is not None for end in ends for start in starts if end < start
    )


_TO_COLON_QUOTE = re.compile(r":\s*[\"“‘']?$")


def _lead_in_colon(text: str, span: tuple[int, int], overlapping: list[Candidate]) -> bool:
    """Whether ``span`` runs from a writer's lead-in through the colon that opens a rule's quotation
    ('She said she had one message for the board: "Pay us."'): the lead-in says nothing of its
    own, and the quotation is the statement."""
    for c in overlapping:
        if c.kind != "direct" or not span[0] < c.start <= span[1]:
            continue
        colon = _TO_COLON_QUOTE.search(text, span[0], c.start)
        if colon is not None and is_lead_in(text[span[0] : colon.start()]):
            return True
    return False


def _lead_in_before_quote(text: str, span: tuple[int, int], rules: list[Candidate]) -> bool:
    """Whether a tagged content is a writer's lead-in closed by the colon that opens a rule's
    quotation ('He said he wanted to add one more thing: "..."'): no statement of its own."""
    colon = text.rfind(":", span[0], min(len(text), span[1] + 2))
    if colon < 0 or not is_lead_in(text[span[0] : colon]):
        return False
    return any(
        c.kind != "indirect" and c.start > colon and _COLON_TO_QUOTE.fullmatch(text, colon, c.start) is not None
        for c in rules
    )


_COVERS = 0.5
"""Share of a rule candidate's content a tagged content must cover to lend it its source."""


def _relays(outer: Candidate, inner: Candidate) -> bool:
    """Whether ``outer`` reports ``inner``'s report: ``inner`` inside its content, with its own
    cue there too (a quote of a quote, the outer speaker relaying the inner one)."""
    return outer is not inner and outer.start <= inner.start and inner.end <= outer.end and own_cue_inside(inner, outer)


def _covered(c: Candidate, span: tuple[int, int]) -> int:
    return sum(max(0, min(e, span[1]) - max(s, span[0])) for s, e in c.pieces)


def _replaces(rule: Mention | None) -> bool:
    """Whether the tagger's source may stand in for the rules' mention: only when the rules found
    none. A phrase the rules read as the cue's subject stays: on PolNeAR dev a description (``the
    report said``, ``human rights groups said``) is mostly the source itself, and the tagger's
    nearest source, read over it, mostly wrong (source accuracy .884 -> .878); a name attribution
    blocks (the article's own outlet) means the quote's speaker is not named there."""
    return rule is None


def tagged_sources(
    analysis: Analysis,
    candidates: list[Candidate],
    paired: Sequence[Any],
    parses: _Parses,
) -> list[Candidate]:
    """Give each rule candidate the speaker mention the tagger pairs with its content.

    The tagged content that covers most of a candidate's content (at least half of it) lends
    the candidate its source, read from the parse as a mention (else the subject of its cue),
    when its cue stands in the sentence where that content starts or ends (a cue further away
    is mostly a wrong pairing) and the source is not inside the candidate's own words. A
    quote read without a cue of its own (``bare``) is left to the speaker around it, and a
    candidate whose cue lies inside the tagged content (``Pärn said an official had told
    residents their objections would be noted``) is reported by that content's source, who is
    not its speaker.

    Args:
        analysis: the rules' analysis.
        candidates: the rule candidates.
        paired: the tagger's contents with their cue and source (:func:`pair_spans`).
        parses: the sentences' parses.

    Returns:
        The candidates, those with a tagged source as copies carrying it (``tagged_source``).
    """
    usable = []
    for found in paired:
        cue = found.cues[0] if found.cues else None
        if cue is None:
            continue
        sentence = analysis.sentence_at(cue[0])
        if sentence not in {analysis.sentence_at(found.start), analysis.sentence_at(max(found.start, found.end - 1))}:
            continue
        usable.append(found)
    if not usable:
        return candidates
    out = []
    for c in candidates:
        length = sum(e - s for s, e in c.pieces)
        best = max(usable, key=lambda f: _covered(c, (f.start, f.end)), default=None)
        if c.bare or best is None or length == 0 or _covered(c, (best.start, best.end)) < _COVERS * length:
            out.append(c)
            continue
        if c.cue is not None and best.start <= c.cue[0] < best.end:
            out.append(c)  # the candidate is reported inside the tagged content: its source relays it
            continue
        source = best.sources[0] if best.sources else None
        if source is not None and any(s <= source[0] < e for s, e in c.pieces):
            source = None  # the quote's own words are not its speaker
        mention = _source_mention(parses, source) or _subject_mention(parses, best.cues[0])
        if mention is None or any(s <= mention.start < e for s, e in c.pieces) or not _replaces(c.mention):
            out.append(c)
            continue
        out.append(c.reporting(tagged_source=mention))
    return out


_HARD_GUARDS = frozenset({"speaker_inside"})
"""Guards the learned gate never overrides: a speaker is never inside its own content."""
_SCOPE_GUARDS = frozenset({"no_cue_class", "not_clause", "unsaid"})
"""Guards that define the statements scope (speech, a clause, words said): the gate decides only
among the contents they let through there."""


def _read(
    analysis: Analysis,
    parses: _Parses,
    tagger: Tagger,
    found: Any,
    span: tuple[int, int],
    cue: tuple[int, int] | None,
    rules: list[Candidate],
    hybrid: HybridOptions,
) -> tuple[Reading, str | None, str | None, str, Mention | None]:
    """Read a tagged content no rule record overlaps: its cue's class, clause, speaker and the
    guards' outcomes (:class:`Reading`), with the lemma, class, frame and mention a record takes."""
    text = analysis.text
    sentence = analysis.sentence_at
    cue_far = _cue_far(analysis, span, cue)
    said_by = cue is not None and _said_by(parses, cue, span)
    cue_taken = _cue_taken(rules, cue) and not said_by
    lemma, cls = _cue_entry(text, cue)
    known = cls is not None
    frame, typed = "tagger", False
    types = _type_classifier(tagger) if hybrid.types else None
    source = found.sources[0] if found.sources else None
    if types is not None and cue is not None and _WORDY.search(text, cue[0], cue[1]):
        # a cue of punctuation (a transcript's colon) is left to the rules' reading of turns
        kind = types.predict(text[cue[0] : cue[1]], text[source[0] : source[1]] if source else None)
        if kind is not None:
            cls, typed = TYPE_CLASSES[kind], True
            frame = "object" if kind == "other" else frame
    mention = _mention(parses, source, cue, hybrid.parse_subject_first)
    pieces = [p for q in analysis.quotes for p in q.pieces]
    quoted = sum(max(0, min(e, span[1]) - max(s, span[0])) for s, e in pieces)
    first = sentence(span[0])
    reading = Reading(
        span=span,
        cue=cue,
        has_source=source is not None,
        cue_far=cue_far,
        cue_taken=cue_taken,
        said_by=said_by,
        cue_class=cls,
        typed=typed,
        known_lemma=known,
        finite=_is_clause(parses, span, "finite"),
        infinitive=_is_clause(parses, span, "verbal"),
        unsaid=_unsaid(parses, cue, span, lemma),
        mention_kind=mention.kind if mention is not None else None,
        speaker_inside=mention is not None and span[0] <= mention.start < span[1],
        sentences=len(analysis.sentences),
        sentence=first,
        crosses=sentence(span[1] - 1) != first,
        quoted_share=quoted / max(1, span[1] - span[0]),
        words=_words(text[span[0] : span[1]]),
        rules_near=sum(1 for c in rules if c.sentence == first),
    )
    return reading, lemma, cls, frame, mention


def _cue_guard(
    analysis: Analysis,
    parses: _Parses,
    span: tuple[int, int],
    cue: tuple[int, int] | None,
    rules: list[Candidate],
    hybrid: HybridOptions,
) -> str | None:
    """The first two guards (``cue_far``, ``cue_taken``), read without the rest of :func:`_read`."""
    if hybrid.cue_in_sentence and _cue_far(analysis, span, cue):
        return "cue_far"
    if hybrid.cue_taken and _cue_taken(rules, cue) and cue is not None and not _said_by(parses, cue, span):
        return "cue_taken"
    return None


# Prepositions that open a verb's object, no clause: "pressed for details", "argued over the fee".
_OBJECT_PREPOSITIONS = frozenset("for against of with into".split())  # not "about"/"over" (numbers)


def _prepositional_object(text: str, span: tuple[int, int], cue: tuple[int, int] | None) -> bool:
    """Whether a tagged content opens, right after its cue, with a preposition: the cue's
    prepositional object ("analysts pressed for details about the plan and grew frustrated"),
    what it was about, not words said."""
    if cue is None or cue[1] > span[0] or text[cue[1] : span[0]].strip():
        return False
    first = text[span[0] : span[1]].split(None, 1)
    return bool(first) and first[0] in _OBJECT_PREPOSITIONS


# "reports that", "claims that" at the head of a tagged content or right before it (the nouns the
# rules read so: clauses.OTHERS_CLAIMS)
_CLAIM_THAT = re.compile(r"(?i)\b(?:" + "|".join(sorted(OTHERS_CLAIMS, key=len, reverse=True)) + r")\s+that\b")


# the same right before a tagged content ("... on reports that |A")
_CLAIM_BEFORE = re.compile(_CLAIM_THAT.pattern + r"\s*$")


def _answered_claim(text: str, span: tuple[int, int], cue: tuple[int, int] | None) -> bool:
    """Whether a tagged content is the clause of reports or claims its cue answers or denies
    ("denied reports that C", "commenting on claims that C"): the claims' words, not the
    speaker's (the rules read it so from the parse: :data:`onrecord.extract.clauses.ANSWERING`)."""
    if cue is None or cue[1] > span[0] or span[0] - cue[1] > 40:
        return False
    words = text[cue[0] : cue[1]].split()
    if not words or ANSWERING.fullmatch(words[0]) is None:
        return False
    # the claim's noun and "that" between the cue and the content, or opening the content
    return _CLAIM_THAT.search(text, cue[1], min(span[1], span[0] + 20)) is not None


def _cue_far(analysis: Analysis, span: tuple[int, int], cue: tuple[int, int] | None) -> bool:
    """Whether a content has no cue, or its cue stands in neither the sentence it opens in nor
    the one it ends in."""
    sentence = analysis.sentence_at
    return cue is None or sentence(cue[0]) not in {sentence(span[0]), sentence(span[1] - 1)}


def _cue_taken(rules: list[Candidate], cue: tuple[int, int] | None) -> bool:
    """Whether a rule record already has this cue."""
    return cue is not None and any(c.cue is not None and _overlaps(cue, c.cue) for c in rules)


def _guard(r: Reading, hybrid: HybridOptions, options: ExtractOptions) -> str | None:
    """The first guard that drops the content read as ``r`` (the trace's names), or ``None``."""
    if hybrid.cue_in_sentence and r.cue_far:
        return "cue_far"
    if hybrid.cue_taken and r.cue_taken:
        return "cue_taken"
    if (hybrid.known_cue or options.speech_only) and r.cue_class is None:
        return "no_cue_class"
    clause = hybrid.clause == "any" or r.finite or (hybrid.clause == "verbal" and r.infinitive)
    if options.speech_only and not clause:
        return "not_clause"  # a statement is a clause; "rejected the plan" is a stance
    if options.speech_only and r.unsaid:
        return "unsaid"  # "refused to say how much", "was asked what": no words said
    if hybrid.named_speaker and r.mention_kind in {None, "other"}:
        return "no_speaker"
    if r.speaker_inside:
        return "speaker_inside"  # '..." said Mr. Thakur when asked if ...': never in its content
    return None


def add_tagger_candidates(
    analysis: Analysis,
    tagger: Tagger,
    options: ExtractOptions | None = None,
    hybrid: HybridOptions | None = None,
    trace: list[tuple[tuple[int, int], str]] | None = None,
    readings: list[Reading] | None = None,
) -> list[Candidate]:
    """Add the tagger's reported speech to the rules' candidates.

    Args:
        analysis: the rules' analysis of the text (its candidates are not changed in place).
        tagger: the trained tagger.
        options: what counts as a quote (a tagged content whose cue the lexicon knows as a belief
            or evidence is kept only when the scope keeps the rules' ones).
        hybrid: how the two combine.
        trace: when given, gets one ``(span, what happened)`` pair per tagged content (``mixed``,
            ``widened``, ``shortened``, ``overlap``, ``cue_far``, ``no_cue_class``, ``not_clause``, ``unsaid``,
            ``no_speaker``, ``speaker_inside``, ``cue_taken``, ``scope``, ``lead_in``, ``added``): which guard kept
            or dropped it (for measuring, ``onrecord eval``); ``gate`` when the learned gate dropped it;
            when not given, the list of an enclosing :func:`recording_outcomes` block, if any.
        readings: when given, gets what the hybrid read of every tagged content no rule record
            overlaps (:class:`~onrecord.extract.gate_features.Reading`; the gate's training data).

    Returns:
        The candidates of both, in text order (not yet through the one-record-per-span rule).
    """
    options = options or ExtractOptions()
    hybrid = hybrid or DEFAULT_HYBRID
    if trace is None:
        trace = _RECORDING.get()
    text = analysis.text
    windows = tagger_windows(analysis, hybrid.neighbours)
    if not windows:
        return list(analysis.candidates)
    parses = _Parses(analysis)
    rules = list(analysis.candidates)
    added: list[Candidate] = []

    def note(span: tuple[int, int], what: str) -> None:
        if trace is not None:
            trace.append((span, what))

    # the nearest cue and source anywhere: the speaker comes from the parse first, and the pairing
    # by sentence that lifts the tagger alone (source .678 -> .761 on PolNeAR dev) moves the
    # hybrid by under .001 there (MATCH@0.5 .5989 -> .5985, source .8686 -> .8693)
    scope = "statements" if options.speech_only else "attributions"
    gate = tagger.gate if hybrid.gate and tagger.gate is not None and tagger.gate.serves(scope) else None
    spans = _tag(tagger, text, windows, parses)
    paired = pair_spans(text, spans, by_sentence=False, word_before_cue=False)
    if hybrid.fallback_speaker:
        rules = tagged_sources(analysis, rules, paired, parses)
    for found in paired:
        span = _without_that(text, (found.start, found.end))
        cue = found.cues[0] if found.cues else None
        if options.speech_only and any(_overlaps(span, u) for u in analysis.unsaid):
            note(span, "unsaid")
            continue  # the rules read these words as unsaid ("was described as ...", "declined to say")
        overlapping = [c for c in rules if any(_overlaps(span, p) for p in c.pieces)]
        if overlapping:
            quoted = [c for c in overlapping if c.kind != "indirect"]
            # a mixed reading of the rules' own stands ("said little ..., that the company 'will ...'")
            unread = all(c.kind != "mixed" for c in overlapping)
            if quoted and unread and hybrid.mixed and _mixes(span, overlapping, cue, analysis):
                # the rules' attributed reading over a bare quote it runs into ('Mr Mitchell
                # acknowledged the Speaker was "the referee ..."'), then the widest overlap
                target = max(
                    overlapping,
                    key=lambda c: (
                        c.cue is not None and not c.bare,
                        c.mention is not None,
                        min(c.end, span[1]) - max(c.start, span[0]),
                        -(c.end - c.start),  # the report that fits it: the inner one of a quote of a quote
                    ),
                )
                ends = {q.close: q.pieces[-1][1] for q in analysis.quotes}  # a quote's close: after its mark
                span = (span[0], ends.get(span[1], span[1]))  # a mixed content ends inside its closing mark
                inside = [p for q in analysis.quotes for p in q.pieces if span[0] <= p[0] and p[1] <= span[1]]
                mixed = target.reporting(kind="mixed", pieces=[span], quoted=sorted(inside), quote=None)
                # a report that relays the target's ("X had told him that ... 'Y'," Obeng said) stays
                rules = [
                    mixed if c is target else c
                    for c in rules
                    if c is target or c not in overlapping or _relays(c, target)
                ]
                note(span, "mixed")
            elif hybrid.widen and len(overlapping) == 1 and _widens(overlapping[0], span, parses):
                rules[rules.index(overlapping[0])] = overlapping[0].reporting(pieces=[span])
                note(span, "widened")
            elif hybrid.shorten and len(overlapping) == 1 and (cut := _shortened(overlapping[0], span, text, parses)):
                c = overlapping[0]
                rules[rules.index(c)] = c.reporting(pieces=[(c.start, cut)])
                note(span, "shortened")
            else:
                note(span, "overlap")
            continue
        if _lead_in_before_quote(text, span, rules):
            note(span, "lead_in")
            continue  # 'said she wanted to be clear: "Q"': the words before the colon only announce Q
        if options.speech_only and _prepositional_object(text, span, cue):
            note(span, "not_clause")
            continue
        if options.speech_only and _answered_claim(text, span, cue):
            note(span, "not_clause")  # "denied reports that C": the reports', as the rules read it
            continue
        if gate is None and readings is None and (early := _cue_guard(analysis, parses, span, cue, rules, hybrid)):
            note(span, early)  # the guards alone: the cue's place drops it before anything else is read
            continue
        reading, lemma, cls, frame, mention = _read(analysis, parses, tagger, found, span, cue, rules, hybrid)
        if readings is not None:
            readings.append(reading)
        guard = _guard(reading, hybrid, options)
        if gate is not None and guard not in _HARD_GUARDS and not (options.speech_only and guard in _SCOPE_GUARDS):
            if not gate.keeps(gate_features(reading), scope):
                note(span, "gate")
                continue
        elif guard is not None:
            note(span, guard)
            continue
        added.append(
            Candidate(
                kind="indirect",
                pieces=[span],
                cue=cue,
                cue_lemma=lemma,
                cue_class=cls,
                mention=mention,
                sentence=analysis.sentence_at(found.start),
                frame=frame,
            )
        )
    everything = rules + added
    kept = list(rules)
    for c in added:
        if in_scope(c, everything, options):
            kept.append(c)
            note((c.start, c.end), "added")
        else:
            note((c.start, c.end), "scope")
    kept.sort(key=lambda c: (c.start, c.end))
    return kept
