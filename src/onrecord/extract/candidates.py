"""Find every quote candidate in a text: direct quotes by their marks, reported speech by its cue.

The work per article: split sentences (rules), pair quotation marks (rules), select the
sentences that hold a cue word outside quotation marks or introduce a quote with a colon, parse
only those, read each cue's content and subject, then attach every direct quote to the cue
that frames it. What comes out still names speakers by mention (``he``, ``the spokesman``);
:mod:`onrecord.attribute` resolves them.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field, replace
from typing import Any

from onrecord.attribute.knowledge import knowledge
from onrecord.dates import ENGLISH_DAY_WORDS
from onrecord.extract.adjectives import read_adjective
from onrecord.extract.authors import names_author
from onrecord.extract.clauses import (
    Frame,
    complement_tokens,
    is_cue_use,
    read_according_to,
    read_as_said,
    read_cue,
    read_own_account,
    read_speaker,
    read_trailing_cue,
    without_trailing_office,
)
from onrecord.extract.documents import document_nouns, is_document_finding, is_document_noun
from onrecord.extract.lexicon import load_lexicon
from onrecord.extract.marks import QuoteSpan, find_quotes
from onrecord.extract.mentions import PERSON_HEADS, Mention, analyse_mention, scan_names
from onrecord.extract.nlp import parse
from onrecord.extract.nouns import holder_of, read_noun_cue
from onrecord.extract.read_out import reading
from onrecord.extract.releases import own_voice
from onrecord.extract.rulings import is_ruling
from onrecord.extract.sentences import Sentence, is_abbreviation, split_sentences
from onrecord.extract.surveys import mentions_survey, read_in_survey
from onrecord.extract.transcript import Turn, find_turns
from onrecord.extract.unsaid import unsaid
from onrecord.extract.words import TITLE_SMALL_WORDS

__all__ = [
    "Analysis",
    "Candidate",
    "ExtractOptions",
    "closing_frame_only",
    "find_candidates",
    "in_scope",
    "relayed_by_interviewer",
]

_WORD = re.compile(r"\w+(?:['’]\w+)?")
_TITLE_WORD = re.compile(r"^[A-Z0-9]")
_MAX_FRAME_WORDS = 12
_MAX_CLOSED_FRAME_WORDS = 36
"""Words of a frame sentence between ``"A,"`` and a bare ``"B."`` that go on with one quote."""
_MAX_OBJECT_WORDS = 3  # "calling her", "called the plan": the object before what it was called
_MIN_COLON_REPORT_WORDS = 4  # "said drift had moved it: ...": a clause, not a label ("said this: ...")


@dataclass(slots=True)
class Candidate:
    """A quote before its speaker is resolved; offsets index the analysed text."""

    kind: str
    pieces: list[tuple[int, int]]
    cue: tuple[int, int] | None
    cue_lemma: str | None
    cue_class: str | None
    mention: Mention | None
    sentence: int
    via: str | None = None
    quote: QuoteSpan | None = None
    bare: bool = False
    frame: str = "clause"
    past_perfect: bool = False
    cue_token: int | None = field(default=None, repr=False)
    quoted: list[tuple[int, int]] = field(default_factory=list)
    relayed: bool = False  # a report inside a quotation, relayed by the quote's speaker
    # the learned tagger's source for this content (extract.hybrid): the speaker when the rules'
    # own mention names nobody attribution can resolve
    tagged_source: Mention | None = None
    # a document's finding ("the audit found that C": extract.documents): on record, in the
    # statements scope though its cue is evidence
    document: bool = False

    def reporting(self, **changes: Any) -> Candidate:
        """A copy with the same attribution (cue, speaker, relay) for other content."""
        return replace(self, **changes)

    @property
    def quoted_parts(self) -> list[tuple[int, int]]:
        """For a mixed record, the pieces inside quotation marks."""
        if self.kind != "mixed":
            return []
        return self.quoted or (list(self.quote.pieces) if self.quote is not None else [])

    def part(self, start: int, end: int) -> Candidate:
        """The same report of the words ``text[start:end]`` only: mixed while quoted pieces of it
        fall inside them, else indirect."""
        inside = [(s, e) for s, e in self.quoted_parts if start <= s and e <= end]
        if inside:
            return self.reporting(kind="mixed", pieces=[(start, end)], quoted=inside)
        return self.reporting(kind="indirect", pieces=[(start, end)], quoted=[], quote=None)

    def cut(self, cuts: list[tuple[int, int]]) -> list[Candidate]:
        """The report cut at each gap ``(start, end)`` in ``cuts`` (in order, inside its one
        piece; a conjunction such as ", and that"): one :meth:`part` before each gap and one after
        the last; the report itself when there is no gap."""
        if not cuts:
            return [self]
        parts: list[Candidate] = []
        start = self.start
        for cut_start, cut_end in cuts:
            parts.append(self.part(start, cut_start))
            start = cut_end
        return [*parts, self.part(start, self.end)]

    @property
    def start(self) -> int:
        """Offset of the content's first character."""
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        """Offset just after the content's last character."""
        return self.pieces[-1][1]


@dataclass(slots=True)
class Analysis:
    """Everything extraction found in one text, for attribution to work on."""

    text: str
    sentences: list[Sentence]
    quotes: list[QuoteSpan]
    candidates: list[Candidate]
    names: list[Mention]
    parsed: dict[int, Any]
    # cue-to-content extents of readings that report no words said ("declined to say why"): no
    # other reading (the tagger's) may take those words as a statement
    unsaid: list[tuple[int, int]] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def sentence_at(self, offset: int) -> int:
        """Return the index of the sentence holding ``offset`` (or the one before it)."""
        if len(self._starts) != len(self.sentences):  # built once, not on every call
            self._starts = [s.start for s in self.sentences]
        return max(0, bisect.bisect_right(self._starts, offset) - 1)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _mask(text: str, quotes: list[QuoteSpan]) -> str:
    chars = list(text)
    for q in quotes:
        for s, e in q.pieces:
            chars[s:e] = " " * (e - s)
    return "".join(chars)


def _is_title_case(text: str) -> bool:
    words = _words(text)
    significant = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    return bool(significant) and all(_TITLE_WORD.match(w) for w in significant)


def _offsets(tokens: list[Any], base: int) -> tuple[int, int]:
    first, last = tokens[0], tokens[-1]
    return base + first.idx, base + last.idx + len(last.text)


def _has_past_perfect(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children) and verb.tag_ == "VBN"


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """What counts as a quote.

    The default scope is statements on record: speech (said, told, according to, ...),
    direct quotes, and stances about a quotation. ``ExtractOptions.attributions()`` widens it to
    every kind of attribution PolNeAR annotates.

    Args:
        beliefs: keep reported beliefs and expectations (``she thinks``, ``he expected``).
        stances: keep stances whose content is a noun phrase (``criticized the plan``,
            ``expressed gratitude``); stances about a quotation (``called them "incorrect"``) are
            always kept.
        nested: keep attributions inside the content of another (``claims that Putin rejected
            the plan``) when they are beliefs, stances or evidence; nested speech is always kept.
        evidence: keep documents and polls as sources (``the poll shows``).
        model: the attribution tagger beside the rules: ``None`` for the default (the
            ``ONRECORD_MODEL`` environment variable, else onrecord's own choice), ``rules`` for
            the rules alone, ``shipped`` for the model inside the package, or a model folder
            written by ``onrecord train`` (see :mod:`onrecord.tagger.select`).
    """

    beliefs: bool = False
    stances: bool = False
    nested: bool = False
    evidence: bool = False
    model: str | None = None

    SCOPES = ("statements", "attributions")

    @property
    def speech_only(self) -> bool:
        """Whether only speech cues (and stances about a quotation) can yield quotes."""
        return not (self.beliefs or self.stances or self.evidence or self.nested)

    @classmethod
    def scope(cls, name: str, model: str | None = None) -> ExtractOptions:
        """Options for a named scope: ``statements`` (default) or ``attributions``.

        Args:
            name: the scope.
            model: the tagger (see ``model`` above).

        Raises:
            ConfigError: the name is neither.
        """
        from onrecord.errors import ConfigError

        if name == "statements":
            return cls(model=model)
        if name == "attributions":
            return cls(beliefs=True, stances=True, nested=True, evidence=True, model=model)
        raise ConfigError(f"unknown scope {name!r}; choose statements or attributions")


def in_scope(c: Candidate, everything: list[Candidate], options: ExtractOptions) -> bool:
    """Whether ``c`` is a quote in the scope ``options`` sets (beliefs, evidence, stances, nested)."""
    if c.kind == "direct" or c.cue_class is None:
        return True
    if c.cue_class == "belief" and not options.beliefs:
        return False
    if c.cue_class == "evidence" and not options.evidence and not c.document:
        return False
    if c.frame == "object" and not options.stances:
        return False
    if not options.nested and c.cue_class != "speech" and not c.document and c.cue is not None:
        for other in everything:
            if other is not c and other.start <= c.cue[0] < other.end:
                return False
    return True


def find_candidates(text: str, options: ExtractOptions | None = None) -> Analysis:
    """Find direct quotes and reported speech in ``text``.

    Returns:
        The analysis: sentences, quotation marks, candidates in text order, and the names seen.
    """
    options = options or ExtractOptions()
    lexicon = load_lexicon()
    sentences = split_sentences(text, datelines=True)
    all_quotes = find_quotes(text)
    quotes = [q for q in all_quotes if q.nested_in is None]
    masked = _mask(text, quotes)
    starts = [s.start for s in sentences]

    def sentence_of(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    contexts = [_context(text, q, i, quotes, sentences, sentence_of) for i, q in enumerate(quotes)]
    selected = {
        i
        for i, s in enumerate(sentences)
        if lexicon.has_cue(masked[s.start : s.end], options.speech_only)
        or _AS_PUT_IT.search(masked, s.start, s.end)
        or mentions_survey(masked, s.start, s.end)
    }
    # a report inside a quotation ('"The minister promised us that ...," she said'): its sentence too
    for q in quotes:
        if lexicon.has_cue(text[q.start : q.end], True):
            selected.update(range(sentence_of(q.start), sentence_of(max(q.start, q.end - 1)) + 1))
    for q, (left, _right, _ls, _re) in zip(quotes, contexts, strict=True):
        if left.rstrip().endswith(":"):
            selected.add(sentence_of(q.open))
        elif not left.strip() and text[: q.open].rstrip().endswith(":"):
            selected.add(sentence_of(len(text[: q.open].rstrip()) - 1))
    order = sorted(selected)
    docs = parse([text[sentences[i].start : sentences[i].end] for i in order])
    parsed = dict(zip(order, docs, strict=True))

    quote_index = _QuoteIndex(quotes)
    frames: list[Candidate] = []
    names: list[Mention] = []
    relays: list[tuple[int, Frame]] = []
    loose: list[Candidate] = []  # cue words with no content of their own: may frame a quote
    relayed: list[Candidate] = []  # reports inside a quotation: the quote's speaker relays them
    unsaid_spans: list[tuple[int, int]] = []
    for index in order:
        doc, base = parsed[index], sentences[index].start
        for token in doc:
            offset = base + token.idx
            if quote_index.inside(offset):
                relay = _report_inside_quote(token, base, index, lexicon, quote_index)
                if relay is not None:
                    relayed.append(relay)
                continue
            if (
                token.pos_ == "PROPN"
                and token.dep_ not in {"compound", "flat"}
                and not _a_place(token)
                and not _in_office_name(token)
            ):
                mention = analyse_mention(token, base)
                if mention.name:
                    names.append(mention)
            frame = None
            cue_class = None
            lemma = None
            document = False
            if token.lower_ == "according":
                frame = read_according_to(token)
                lemma, cue_class = "according to", "speech"
                if frame is not None and frame.relay_only:
                    relays.append((index, frame))
                    continue
            elif token.lower_ == "account":
                frame = read_own_account(token)  # "by his own account, C"
                lemma, cue_class = "according to", "speech"
            elif token.lower_ == "in" and (survey := read_in_survey(token)) is not None:
                frame = survey  # "In a Harwick poll, Varga leads": the poll's figures, on record
                lemma, cue_class, document = "in", "evidence", True
            else:
                frame, noun_cue = _noun_frame(token, lexicon)  # "his claim that C"
                if noun_cue is not None:
                    lemma, cue_class = noun_cue.lemma, noun_cue.cls
                for cue in lexicon.cues(token.text) if frame is None else []:
                    if "adjective" in cue.frames:  # "are convinced that C": a reader of its own
                        frame = read_adjective(token)
                        if frame is not None:
                            lemma, cue_class = cue.lemma, cue.cls
                            break
                        continue
                    frame = read_cue(token, cue)
                    if frame is None or _spans_cue(frame, token) or _without_own_speaker(frame):
                        # "C, X said, a day after ...": the word order may tell what the parse did not
                        frame = read_trailing_cue(token, cue, spanning=frame is not None) or frame
                    if frame is not None:
                        frame = without_trailing_office(frame)
                    if frame is None and is_cue_use(token, cue):
                        frame = read_as_said(token, cue)  # "As Smith said on Tuesday, the plan is dead"
                    if frame is not None:
                        lemma, cue_class = cue.lemma, cue.cls
                        before = text[sentences[index - 1].start : sentences[index - 1].end] if index else ""
                        if cue_class == "evidence" and is_ruling(lemma, frame.speaker, before):
                            cue_class = "speech"  # "the tribunal found that C": a ruling on record
                        document = cue_class == "evidence" and is_document_finding(cue.frames, frame.speaker)
                        break
                if frame is None and token.lower_ == "put":
                    frame = read_as_said(token)  # "As the Premier put it, ..."
                    lemma, cue_class = "put it", "speech"
                if frame is None or frame.frame == "object":
                    # '"...," she told a packed meeting': the object is the audience, the quote the content
                    loose.extend(_loose_cue(token, base, index, lexicon))
            if frame is None:
                continue
            if options.speech_only and unsaid(token, lemma, list(frame.content)):
                unsaid_spans.append(_offsets(sorted([token, *frame.content], key=lambda t: t.i), base))
                continue  # "refused to say how much", "was asked what": no words said
            speaker = analyse_mention(frame.speaker, base) if frame.speaker is not None else None
            if speaker is not None and frame.office and speaker.kind == "name" and _no_office(speaker.role):
                speaker = replace(speaker, role=frame.office)  # "C, Minister of Information, Mr. X, said"
            cue_span = _offsets(frame.cue_tokens, base)
            frames.append(
                Candidate(
                    kind="indirect",
                    pieces=[_offsets(frame.content, base)],
                    cue=cue_span,
                    cue_lemma=lemma,
                    cue_class=cue_class,
                    mention=speaker,
                    sentence=index,
                    via=frame.via,
                    frame=frame.frame,
                    past_perfect=_has_past_perfect(token),
                    cue_token=offset,
                    document=document,
                )
            )
    for index, sentence in enumerate(sentences):
        if index not in parsed:
            names.extend(scan_names(masked, sentence.start, sentence.end))
    relayed.extend(_quotations_inside_quotes(text, all_quotes, parsed, sentences, sentence_of, lexicon))
    _apply_relays(frames, relays, parsed, sentences)
    candidates = _attach_quotes(text, quotes, contexts, frames, loose, parsed, sentences, sentence_of) + relayed
    candidates = _drop_media_relays(candidates, text)
    candidates = [c for c in candidates if in_scope(c, candidates, options)]
    taken = [(c.start, c.end) for c in candidates] + [(q.open, q.close) for q in quotes]
    for start, end, mention in own_voice(text, sentences, taken):
        # a release's own sentences: the issuer's statements, the document their cue
        own = Candidate("indirect", [(start, end)], None, None, "speech", mention, sentence_of(start), frame="release")
        candidates.append(own)
    turns = find_turns(text)
    if turns:  # the labels of a transcript's turns are no mentions of their own
        names = [n for n in names if not any(t.label.start <= n.start < t.label.end and t.labelled for t in turns)]
        candidates = _with_turns(candidates, turns, sentence_of, text)
    candidates.sort(key=lambda c: (c.start, c.end))
    return Analysis(text, sentences, quotes, candidates, names, parsed, unsaid_spans)


def _noun_frame(token: Any, lexicon: Any) -> tuple[Frame | None, Any | None]:
    """The frame a noun of speech heads (``his claim that C``) and its lexicon entry, or Nones."""
    for cue in lexicon.noun_cues(token.text):
        frame = read_noun_cue(token, cue)
        if frame is not None:
            return frame, cue
    return None, None


_AS_PUT_IT = re.compile(r"\bAs\s[^,.;]{2,60}?\bput it\b")
_LOCATIVE = frozenset("at in near outside inside off across along".split())


def _in_office_name(token: Any) -> bool:
    """A name after the "of"/"for" of a body's or an office's name ("the Department of Coastal
    Works", "Minister for Rural Roads", "the chief fire officer of Brennock"): part of that name,
    not a person's; a person's name starts with a given name ("the chairman of Orlen Group Tomas
    Brandl" keeps his)."""
    from onrecord.attribute.knowledge import knowledge

    kb = knowledge()
    if token.dep_ != "pobj" or token.head.lower_ not in {"of", "for"} or token.head.dep_ != "prep":
        return False
    owner = token.head.head
    # an office in lower case, as news style writes it ("the chief fire officer of Brennock", "the
    # mayor of Dunhollow"): a role word, not a title of address or kinship ("the sister of ...")
    proper = sorted((t for t in token.subtree if t.pos_ == "PROPN"), key=lambda t: t.i) or [token]
    # (a body after it stays a body: "the director of the Regional Flood Office (RFO)")
    office = owner.text.islower() and owner.lower_ in kb.role_words and not kb.is_org_word(token.text)
    if not office and (not owner.text[:1].isupper() or not (kb.is_org_word(owner.text) or kb.is_title(owner.text))):
        return False
    return not kb.is_given_name(proper[0].text)


def _a_place(token: Any) -> bool:
    """A name after a preposition of place ("at the North Quay", "in Brenna"), or of a place so
    named ("in the ballroom of the Lantern Quay Hotel"): a place, not someone a later "she"
    may stand for; a person's name starts with a given name."""
    from onrecord.attribute.knowledge import knowledge

    if token.dep_ != "pobj":
        return False
    preposition = token.head
    if preposition.lower_ == "of" and preposition.head.dep_ == "pobj" and preposition.head.pos_ == "NOUN":
        preposition = preposition.head.head  # "in the ballroom of": the ballroom's preposition
    if preposition.lower_ not in _LOCATIVE:
        return False
    first = min((t for t in token.subtree if t.pos_ == "PROPN"), key=lambda t: t.i, default=token)
    return not knowledge().is_given_name(first.text)


_RELAY_SUBJECTS = frozenset("i we you me us it this that".split())
_FIRST_PERSON = frozenset({"i", "we"})
# the occasion of an earlier report, between its cue and its content ("told the House in March that")
_OCCASION = re.compile(
    r"\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\b"
    r"|\b(?:in|last|since)\s+(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|week|month|year|spring|summer|autumn|fall|winter)\b"
)
_AUDIENCE_DEPS = frozenset({"dobj", "dative", "iobj", "obj"})
_PAST_CUE = re.compile(r"(?i)\w+ed|told|said|wrote")
_PRESENT_CUE = re.compile(r"(?i)[a-z]+[^s]s")  # "says", "insists", "warns"
_QUESTION_WORDS = frozenset("what whether why how when where who which if".split())
_SENTENCE_END = re.compile(r"[.?!](?=[\"'”’)\]]*(?:\s|$))")


def _report_inside_quote(token: Any, base: int, index: int, lexicon: Any, quotes: _QuoteIndex) -> Candidate | None:
    """A report a speaker quotes from someone else: '"The minister promised us last year that the
    ward would stay open," Hollerby said'. A speech cue in the past inside the quotation, told
    to the speaker or to the speaker's own (``told us``, ``promised me``, ``told our members``)
    or dated to a day (``told the council on Friday that``, ``said on Friday he would``),
    whose subject is a third party (not ``I``, ``we``) and whose content is a clause inside the
    same quotation; the quote's speaker relays it. (What anyone says inside a quotation, "he
    claims he's going to change", is no such report: PolNeAR does not count it.)"""
    passive = _passive_report(token, base, index, lexicon, quotes)
    if passive is not None:
        return passive
    if token.tag_ != "VBD" or not (
        any(_the_speakers_side(c) and c.dep_ in _AUDIENCE_DEPS for c in token.children) or _dated(token)
    ):
        return None  # what someone told the speaker ("told us", "promised me"), not what anyone says
    for cue in lexicon.cues(token.text):
        if cue.cls != "speech":
            continue
        frame = read_cue(token, cue)
        if frame is None or frame.frame != "clause" or frame.speaker is None or not frame.content:
            frame = _pointed_report(token, quotes, base)
        if frame is None or frame.speaker is None:
            continue
        if frame.speaker.lower_ in _RELAY_SUBJECTS or frame.speaker.pos_ not in {"PROPN", "NOUN", "PRON"}:
            return None
        if frame.content[0].lower_ in _QUESTION_WORDS:
            return None  # "tell the House what the contract is worth": a question, not a report
        pieces = _offsets(frame.content, base)
        if not (quotes.inside(pieces[0]) and quotes.inside(pieces[1] - 1)):
            return None
        return Candidate(
            kind="indirect",
            pieces=[pieces],
            cue=_offsets(frame.cue_tokens, base),
            cue_lemma=cue.lemma,
            cue_class=cue.cls,
            mention=analyse_mention(frame.speaker, base),
            sentence=index,
            via=frame.via,
            frame="clause",
            past_perfect=_has_past_perfect(token),
            cue_token=base + token.idx,
            relayed=True,
        )
    return None


# the words between a cue and the quotation it opens inside another: '..., "He said to me, 'A'"'
_OPENS_QUOTATION = re.compile(r"[,:]\s*$")


# the pronouns that stand for a person who speaks
_PERSON_PRONOUNS = frozenset({"he", "she", "they"})


def _a_person_subject(token: Any) -> bool:
    """Whether the subject of a cue is a person: a name, "he", "she", "they", or a noun the
    knowledge base knows for a person or a person's role ("the foreman", "my mother"); not a
    document or a thing ("the headline", "the sign", "the letter")."""
    if token.pos_ == "PROPN":
        return True
    if token.pos_ == "PRON":
        return token.lower_ in _PERSON_PRONOUNS
    if token.pos_ != "NOUN":
        return False
    kb = knowledge()
    word = token.lower_
    if kb.role(word) is not None or kb.is_epithet(word) or word in PERSON_HEADS or word in _KIN:
        return True
    if token.text[:1].isupper() and kb.is_given_name(token.text):
        return True  # a name the parser read as a noun ('"Rosa stood up and said, ...')
    # a word made for a person ("foreman", "driver", "landlord"), not a written thing's ("newsletter",
    # "poster", "letter")
    return (
        bool(_PERSON_ENDINGS.search(word))
        and word not in _WRITTEN_THINGS
        and not is_document_noun(word, document_nouns())
    )


# the people one's own words tell of by how they are one's own ("my wife shouted, ...")
_KIN = frozenset(
    "wife husband sister brother friend neighbour neighbor partner aunt uncle cousin niece nephew "
    "grandmother grandfather grandma grandpa mum mom dad colleague boyfriend girlfriend".split()
)
_PERSON_ENDINGS = re.compile(r"(?:man|woman|men|women|person|people|ist|ian|or|er|ers|ee|ant|ants)$")
_WRITTEN_THINGS = frozenset(
    "paper newspaper newsletter poster flyer banner sticker leaflet placard folder computer screen printer "
    "number monitor indicator door mirror counter meter register calendar chapter cover order".split()
)


def _quotations_inside_quotes(
    text: str,
    quotes: list[QuoteSpan],
    parsed: dict[int, Any],
    sentences: list[Sentence],
    sentence_of: Any,
    lexicon: Any,
) -> list[Candidate]:
    """Quotations a speaker quotes from someone else: '"She looked at the figures and said, 'This
    stays between us,'" Ode said'. A quotation nested in another, opened right after a speech cue
    in the past (``said,``, ``told me,``) whose subject is a third party (not ``I``, ``we``, ``you``):
    the words are the third party's, the quote's speaker relays them."""
    out: list[Candidate] = []
    for nested in quotes:
        if nested.nested_in is None or not _OPENS_QUOTATION.search(text[max(0, nested.open - 3) : nested.open]):
            continue
        index = sentence_of(nested.open)
        doc = parsed.get(index)
        if doc is None:
            continue
        base = sentences[index].start
        before = [t for t in doc if base + t.idx + len(t.text) <= nested.open and not t.is_punct]
        if not before:
            continue
        token = before[-1]
        if token.dep_ in _AUDIENCE_DEPS or token.dep_ == "pobj":  # "told me,", "said to me,"
            token = token.head.head if token.dep_ == "pobj" else token.head
        if token.tag_ != "VBD":
            continue
        for cue in lexicon.cues(token.text):
            if cue.cls != "speech":
                continue
            frame = read_speaker(token, cue)
            speaker = frame.speaker
            if speaker is None or speaker.lower_ in _RELAY_SUBJECTS or not _a_person_subject(speaker):
                break  # "The headline said, 'Ferry doomed,'": a document's words, no one's to relay
            if base + speaker.idx < quotes[nested.nested_in].start:
                break  # the quote's own speaker, outside it
            out.append(
                Candidate(
                    kind="direct",
                    pieces=list(nested.pieces),
                    cue=_offsets(frame.cue_tokens, base),
                    cue_lemma=cue.lemma,
                    cue_class=cue.cls,
                    mention=analyse_mention(speaker, base),
                    sentence=index,
                    via=frame.via,
                    quote=nested,
                    frame="direct",
                    cue_token=base + token.idx,
                    relayed=True,
                )
            )
            break
    return out


def _passive_report(token: Any, base: int, index: int, lexicon: Any, quotes: _QuoteIndex) -> Candidate | None:
    """A report told to the speaker's side in the passive, its teller after "by": '"We were told
    by the department on Tuesday that we could plan for a normal week," she said'. The teller
    speaks, the content is the that-clause, the quote's speaker relays it."""
    if token.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in token.children):
        return None
    told = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    teller = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.i > token.i), None)
    if told is None or teller is None or clause is None:
        return None
    if told.lower_ not in {"we", "i"} and not _the_speakers_side(told):
        return None
    if teller.pos_ not in {"PROPN", "NOUN"} or not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    ):
        return None
    cue = next((c for c in lexicon.cues(token.text) if c.cls == "speech" and "clause" in c.frames), None)
    content = complement_tokens(clause)
    if cue is None or not content:
        return None
    pieces = _offsets(content, base)
    if not (quotes.inside(pieces[0]) and quotes.inside(pieces[1] - 1)):
        return None
    return Candidate(
        kind="indirect",
        pieces=[pieces],
        cue=_offsets([token], base),
        cue_lemma=cue.lemma,
        cue_class=cue.cls,
        mention=analyse_mention(teller, base),
        sentence=index,
        frame="clause",
        past_perfect=False,
        cue_token=base + token.idx,
        relayed=True,
    )


_DASHES = frozenset({"—", "–", "-", "--"})
_IS = frozenset({"is", "was", "'s", "’s"})


def _dated(cue: Any) -> bool:
    """Whether a cue names the day of its report: "said on Monday", "told reporters yesterday"
    (the parse may hang the day right after the cue on the reported clause)."""
    after = [t.lower_ for t in cue.doc[cue.i + 1 : cue.i + 3]]
    if after[:1] and (
        after[0] in ENGLISH_DAY_WORDS or (after[0] == "on" and after[1:] and after[1] in ENGLISH_DAY_WORDS)
    ):
        return True
    for c in cue.children:
        if c.dep_ == "npadvmod" and c.lower_ in ENGLISH_DAY_WORDS:
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(o.lower_ in ENGLISH_DAY_WORDS for o in c.children):
            return True
    return False


def _the_speakers_side(audience: Any) -> bool:
    """``me``, ``us``, or a noun of the speaker's own: ``our safety committee``, ``my family``."""
    if audience.lower_ in {"me", "us"}:
        return True
    return audience.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "poss" and c.lower_ in {"our", "my"} for c in audience.children
    )


def _pointed_report(token: Any, quotes: _QuoteIndex, base: int) -> Frame | None:
    """'"No fee will rise without a vote — that is what the mayor told us in May," X said': the
    words a speaker quotes before ``— that is what Y told us`` are Y's report; ``token`` is the
    cue (``told``), its subject Y. None for any other use of the cue."""
    head = token.head
    if (
        head.lower_ not in _IS
        or not any(c.lower_ == "what" for c in token.children)
        or not any(c.dep_ == "nsubj" and c.lower_ in {"that", "this"} for c in head.children)
    ):
        return None
    pointer = next(c for c in head.children if c.dep_ == "nsubj")
    doc = token.doc
    if pointer.i < 2 or doc[pointer.i - 1].text not in _DASHES:
        return None
    content: list[Any] = []
    for t in reversed(doc[: pointer.i - 1]):
        if not quotes.inside(base + t.idx):
            break
        content.insert(0, t)
    speaker = next((c for c in token.children if c.dep_ in {"nsubj"}), None)
    if len(content) < 3 or speaker is None:
        return None
    return Frame(cue_tokens=[token], content=content, speaker=speaker)


def _relayed_in_turn(c: Candidate, text: str, present: bool = False) -> bool:
    """A report in an interviewee's turn that someone else made ("He told me yesterday he'd back
    subpoenas", "the company said it did not recognise ...", 'He told me, "..."'): reported speech
    in the past, read from a that-clause or a quotation, with a third party as its subject. With
    ``present`` a cue in the present counts too (a presenter's "The rail operator says its staff
    followed procedures" puts the operator's position on record)."""
    if c.relayed:
        return True
    cue_word = text[c.cue[0] : c.cue[1]].split()[-1] if c.cue is not None else ""
    if c.cue is None or not (_PAST_CUE.fullmatch(cue_word) or (present and _PRESENT_CUE.fullmatch(cue_word))):
        return False
    third_party = c.mention is not None and c.mention.text.casefold() not in _RELAY_SUBJECTS
    third_party = third_party or _own_earlier_report(c, text)
    words = text[c.start : c.end].split()[:1]
    asked = bool(words) and words[0].casefold() in _QUESTION_WORDS
    if c.kind == "direct" and c.quote is not None:
        # 'He told me, "Teresa, the voters don't need my thumb on the scale."': another's words
        return c.cue_class == "speech" and third_party and c.mention is not None and c.mention.kind != "anonymous"
    reported = c.kind in {"indirect", "mixed"}  # "the agency said it was 'actively reviewing' the drug"
    instruction = c.frame == "to" and _instruction_given(c, text)
    return reported and (c.frame == "clause" or instruction) and c.cue_class == "speech" and third_party and not asked


_NO_ONE = frozenset({"nobody", "no one", "no-one", "none"})
# the verbs that give an instruction to someone: "told me to", "ordered the crews to", "instructed us to"
_INSTRUCTING = frozenset({"tell", "order", "instruct"})
# a habit or a denial between the giver and the verb: "always told me to", "used to tell us to",
# "would tell", "never told us to"
_HABIT_OR_DENIAL = re.compile(r"(?i)\b(?:always|ever|forever|often|usually|never|used[ \t]+to|would|not)\b|n't\b")
# "they" with no one named before it in the turn: a word in capitals inside a sentence, or a noun
# in the plural after a determiner ("The inspectors came at noon. Then they told us to leave")
_NAMED_BEFORE = re.compile(
    r"(?<![.!?:\n][ \t])(?<!^)\b[A-ZÀ-ÞĀ-Ž][\w'’\-]+"
    r"|(?i:\b(?:the|our|my|his|her|their|those|these|two|three|four|five|several|some)[ \t]+(?:\w+[ \t]+)?\w+s)\b",
    re.M,
)
# a turn's label at the start of its line: "Hal Tervo: ", "[Lazarev] ", "A. "
_LINE_LABEL = re.compile(r"[ \t]*(?:\[[^\]\n]{1,40}\]|[^\n:]{1,80}:|(?:Q|A)\.)[ \t]*")


def _instruction_given(c: Candidate, text: str) -> bool:
    """Whether a report in the ``to`` frame is an instruction someone gave on one occasion ("My
    foreman told me to lock the shed", "The marshals ordered us to leave"): ``tell``, ``order``
    or ``instruct`` with its object before ``to``, from a giver the turn can name. Not a promise
    or a plan ("the ministry has promised to pay half"), not advice remembered as a habit ("My
    father always told me to measure twice"), not an instruction nobody gave ("Nobody has told
    us to") or one from a "they" nothing earlier in the turn names ("Then they told us to leave")."""
    if c.cue is None or c.mention is None or c.cue_lemma not in _INSTRUCTING:
        return False
    giver = c.mention.text.casefold()
    if giver in _NO_ONE or c.mention.kind == "anonymous" or not text[c.cue[1] : c.start].strip():
        return False  # (no object: "he told to" is no instruction to anyone)
    if c.mention.end <= c.cue[0] and _HABIT_OR_DENIAL.search(text, c.mention.end, c.cue[1]):
        return False
    if giver in {"they", "them"}:
        line = text.rfind("\n", 0, c.mention.start) + 1
        label = _LINE_LABEL.match(text, line, c.mention.start)
        return _NAMED_BEFORE.search(text[label.end() if label else line : c.mention.start]) is not None
    return True


def _own_earlier_report(c: Candidate, text: str) -> bool:
    """ "I told the committee on Sunday that C", "we said in March that C": a speaker's report of
    what they said on an earlier, named occasion is a statement of its own (outlets quote it on
    its own), not the turn's words again; a report with no occasion ("as I said, ...", "I told
    you that C") is the turn's."""
    if c.mention is None or c.cue is None or c.mention.text.casefold() not in _FIRST_PERSON:
        return False
    if c.frame != "clause" or c.kind == "direct" or not c.cue[1] <= c.start:
        return False
    between = text[c.cue[1] : c.start].casefold()
    return bool(_OCCASION.search(between))


def relayed_by_interviewer(c: Candidate, text: str, present: bool = True) -> bool:
    """Whether a report in an interviewer's turn is a third party's words on record, told, not
    asked ("In a statement, the ferry line said its crews had never ignored a warning."): reported
    speech of someone else (:func:`_relayed_in_turn`), not a quotation (a host reads out what the
    guest once said to ask about it), in a sentence that ends with a full stop, not a question
    mark; or a quotation the interviewer reads out (:func:`_read_out_in_turn`): a turn that is
    a record of its own already holds the words it reads."""
    if present and _read_out_in_turn(c, text):
        return True
    if c.kind == "direct" and not c.relayed:
        # a quotation that closes the turn, asking nothing after it, is a third party's statement
        # read out ("In a statement to this programme, the department said: '...'")
        return present and _relayed_in_turn(c, text) and _closes_turn(c, text)
    if c.kind == "direct" or c.relayed:
        return False
    if not _relayed_in_turn(c, text):
        # (``present``: a presenter's narration; a guest's "He says C" is left to the guest's turn)
        return present and _relayed_in_turn(c, text, present=True) and _narrated(c, text)
    end = _SENTENCE_END.search(text, c.end)
    return end is not None and end.group() != "?"


def _closes_turn(c: Candidate, text: str) -> bool:
    """Whether nothing but closing marks follows a quotation up to the end of its line."""
    end = text.find("\n", c.end)
    return not text[c.end : len(text) if end < 0 else end].strip(" \t\r\"”’'.!")


def _narrated(c: Candidate, text: str) -> bool:
    """Whether a report in the present in an interviewer's turn is the presenter's narration
    ("Good evening. The inquiry says it will report on Wednesday. Our guest was on the train."),
    not a claim put to the guest ("The port says the fee is fair." alone, or before "Is it?"): a
    statement, and another statement after it in the same turn."""
    end = _SENTENCE_END.search(text, c.end)
    if end is None or end.group() == "?" or "\n" in text[c.end : end.start()]:
        return False
    after = _SENTENCE_END.search(text, end.end())
    if after is None or after.group() == "?":
        return False
    between = text[end.end() : after.start()]
    return bool(between.strip()) and "\n" not in between


def _with_turns(candidates: list[Candidate], turns: list[Turn], sentence_of: Any, text: str) -> list[Candidate]:
    """In a transcript each interviewee turn is a direct quote of the person its label names,
    and the interviewer's questions are no statements; a report someone relays from another
    stays beside the turn: the interviewee's, or the interviewer's when it is no question ("In a
    statement, the ferry line said its crews had never ignored a warning.")."""
    candidates = [_with_author(c, turns, text) for c in candidates]
    kept = [
        c
        for c in candidates
        if not any(t.start <= c.start < t.end or _opens_at_label(c, t) for t in turns)
        or (_relayed_in_turn(c, text) and any(t.start <= c.start < t.end and not t.question for t in turns))
        or relayed_by_interviewer(c, text, present=any(t.start <= c.start < t.end and t.question for t in turns))
    ]
    for t in turns:
        if not t.question:
            kept.append(
                Candidate(
                    "direct", [(t.start, t.end)], None, None, "speech", t.label, sentence_of(t.start), frame="turn"
                )
            )
    return kept


def _read_out_in_turn(c: Candidate, text: str) -> bool:
    """Whether ``c`` is a quotation someone in a transcript reads out (``It says, and I quote:
    "..."``, :func:`reading`) and its writer is named (:func:`_with_author`): another's
    statement, kept beside the turn that reads it. A reading whose mention is still the reader
    ("I quote"), its writer found nowhere in the turn, is no record: it would have no speaker."""
    return (
        c.kind == "direct"
        and c.quote is not None
        and c.cue is not None
        and c.mention is not None
        and not _readers_own(c.mention)
        and reading(text, c.start) is not None
    )


def _the_document(mention: Mention) -> bool:
    """Whether a mention is the document read out itself ("It says:")."""
    return mention.kind == "pronoun" and mention.text.casefold() in _THE_DOCUMENT


def _readers_own(mention: Mention) -> bool:
    """Whether a mention is the reader's or the listener's ("I quote", "you wrote")."""
    return mention.kind == "pronoun" and mention.text.casefold() in _READERS


_READERS = frozenset("i we you me us".split())
# the verbs whose subject writes or sends what a turn reads out ("The minister wrote", "He sent a
# statement", "Your own leaflet says"), and the words that stand for the document itself
_AUTHORING = frozenset(
    "write writes wrote written say says said send sends sent issue issues issued post posts posted tweeted "
    "release releases released publish publishes published put puts state states stated emailed read reads".split()
)
_THE_DOCUMENT = frozenset("it which that this".split())
_WRITINGS = frozenset(
    "statement letter note leaflet post email message notice release tweet memo document flyer manifesto".split()
)


def _with_author(c: Candidate, turns: list[Turn], text: str) -> Candidate:
    """A quotation read out in a turn (:func:`reading`), its mention the reader's ("and I quote"),
    with the mention of whoever the turn names as its writer before the reading instead: the
    subject of "wrote", "says", "sent" in the turn's sentence that reads it or the one before
    ("The minister, Ana Brekke, wrote on Monday, and I quote", "Your own leaflet, Ms Brennan,
    says", "He sent a statement, which I'll read in full"), passing over the document itself
    ("It says"); else ``c`` as it is."""
    if c.kind != "direct" or c.mention is None or not (_readers_own(c.mention) or _the_document(c.mention)):
        return c
    span = reading(text, c.start)
    turn = next((t for t in turns if t.start <= c.start < t.end), None)
    if span is None or turn is None:
        return c
    begin = turn.label.end if turn.labelled and turn.start <= turn.label.end <= span[0] else turn.start
    stretch = [s for s in split_sentences(text[begin : span[0]]) if text[begin + s.start : begin + s.end].strip()]
    for sentence in reversed(stretch[-2:]):
        base = begin + sentence.start
        doc = parse([text[base : begin + sentence.end]])[0]
        verbs = [t for t in doc if t.lower_ in _AUTHORING and t.pos_ in {"VERB", "AUX"}]
        for verb in reversed(verbs):
            subjects = [t for t in verb.children if t.dep_ in {"nsubj", "nsubjpass"}]
            if not subjects:
                continue
            subject = subjects[0]
            if subject.lower_ in _READERS and verb.lower_ == "read":
                continue  # "I'll read it in full": the reading itself; its writer is named before
            if subject.lower_ in _READERS:
                return c  # the reader's own words, or the listener's: not told apart here
            mention = analyse_mention(subject, base)
            holder = [t for t in subject.children if t.dep_ == "poss" and t.lower_ in {"his", "her", "their"}]
            if mention.kind not in {"name", "pronoun"} and holder:
                mention = analyse_mention(holder[0], base)  # "his team emailed a reply": his
            if subject.lower_ in _THE_DOCUMENT or (
                mention.kind not in {"name", "pronoun"} and subject.lower_ in _WRITINGS
            ):
                continue  # "It says", "The leaflet says": the document, its writer named before
            return c.reporting(mention=mention)
        sender = _sender(doc)
        if sender is not None:
            return c.reporting(mention=analyse_mention(sender, base))
    return c


_ASKING_FOR = frozenset("ask asks asked request requests requested".split())


def _sender(doc: Any) -> Any:
    """Who a sentence names as a document's sender when no verb has them for its subject: "a
    statement from the port authority", "We asked the port authority for a statement"; None when
    it names none (or only the reader or listener)."""
    for token in doc:
        if token.lower_ not in _WRITINGS:
            continue
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                found = [t for t in prep.children if t.dep_ == "pobj"]
                if found and found[0].lower_ not in _READERS:
                    return found[0]  # "a statement from the port authority"
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "for" and head.head.lower_ in _ASKING_FOR:
            asked = [t for t in head.head.children if t.dep_ == "dobj"]
            if asked and asked[0].lower_ not in _READERS:
                return asked[0]  # "we asked the port authority for a statement"
    return None


def _opens_at_label(candidate: Candidate, turn: Turn) -> bool:
    """Whether ``candidate`` opens at ``turn``'s label: the quotation a transcript quoted
    paragraph by paragraph opens before its first label ("\"WALLACE: ..."), the turns its own."""
    return turn.labelled and turn.label.start <= candidate.start < turn.label.end


def _spans_cue(frame: Frame, cue: Any) -> bool:
    """Whether the content runs on both sides of its cue ("The talks, he said, were over")."""
    return bool(frame.content) and frame.content[0].i < cue.i < frame.content[-1].i


def _no_office(role: str | None) -> bool:
    """Whether a name's role holds no office: none, or only an honorific ("Mr.", "Mrs")."""
    from onrecord.attribute.knowledge import knowledge  # attribution's lexicons load lazily

    return not role or not role.strip() or knowledge().is_courtesy(role)


def _without_own_speaker(frame: Frame) -> bool:
    """Whether the parse gave the content no speaker of its own, or one inside the content itself
    ("C, Minister of Information, Mr. Lai Mohammed, has said", the names hung on the content)."""
    if frame.speaker is None:
        return True
    return bool(frame.content) and frame.content[0].i <= frame.speaker.i <= frame.content[-1].i


def _loose_cue(token: Any, base: int, index: int, lexicon: Any) -> list[Candidate]:
    for cue in lexicon.cues(token.text):
        if cue.frames & {"clause"} and is_cue_use(token, cue):
            frame = read_speaker(token, cue)
            mention = analyse_mention(frame.speaker, base) if frame.speaker is not None else None
            return [
                Candidate(
                    "direct",
                    [],
                    _offsets(frame.cue_tokens, base),
                    cue.lemma,
                    cue.cls,
                    mention,
                    index,
                    frame.via,
                    past_perfect=_has_past_perfect(token),
                    cue_token=base + token.idx,
                )
            ]
    return []


class _QuoteIndex:
    """The quotes of an article (in text order) by offset: whether a word is inside one looks
    only at the quotes that may hold it, not at every quote before it."""

    def __init__(self, quotes: list[QuoteSpan]) -> None:
        self.quotes = quotes
        self.opens = [q.open for q in quotes]
        self.reach = list(itertools.accumulate((q.close for q in quotes), max))  # furthest close so far

    def inside(self, offset: int) -> bool:
        """Whether ``offset`` is in the words of a quote."""
        j = bisect.bisect_right(self.opens, offset) - 1
        while j >= 0 and self.reach[j] > offset:
            if any(s <= offset < e for s, e in self.quotes[j].pieces):
                return True
            j -= 1
        return False


class _ByOffset:
    """Candidates by an offset (their cue's, or their start), for the ones in a range: a quote
    looks at the frames around it, so the cost grows with the article, not with its square."""

    def __init__(self, offsets: list[int | None]) -> None:
        pairs = sorted((o, i) for i, o in enumerate(offsets) if o is not None)
        self.offsets = [o for o, _ in pairs]
        self.index = [i for _, i in pairs]

    def between(self, *ranges: tuple[int, int]) -> list[int]:
        """The indices (in list order) of the candidates whose offset is in one of the
        half-open ranges."""
        out: set[int] = set()
        for lo, hi in ranges:
            out.update(self.index[bisect.bisect_left(self.offsets, lo) : bisect.bisect_left(self.offsets, hi)])
        return sorted(out)


def _context(
    text: str, q: QuoteSpan, i: int, quotes: list[QuoteSpan], sentences: list[Sentence], sentence_of: Any
) -> tuple[str, str, int, int]:
    """The words around a quote in its sentence: (left text, right text, left start, right end)."""
    left_start = sentences[sentence_of(q.open)].start
    if i > 0 and quotes[i - 1].close > left_start:
        left_start = quotes[i - 1].close
    right_end = sentences[sentence_of(max(q.close - 1, q.open))].end
    if right_end <= q.close:  # the sentence ended inside the closing marks
        nxt = sentence_of(q.close)
        right_end = q.close if sentences[nxt].start >= q.close else sentences[nxt].end
    if i + 1 < len(quotes) and quotes[i + 1].open < right_end:
        right_end = quotes[i + 1].open
    return text[left_start : q.open], text[q.close : max(q.close, right_end)], left_start, max(q.close, right_end)


# nouns of a work whose title may follow them in quotation marks ('his memoir, "Gifted Hands,"',
# 'a Web ad, "Playing Trump,"'): a closed class of words
_WORKS = frozenset(
    "book books memoir memoirs autobiography biography novel column essay show program programme series podcast "
    "film movie documentary ad ads advert spot song album play musical episode blog newsletter".split()
)
_WORK_TITLE_WORDS = 6


def _work_title(text: str, q: QuoteSpan, left: str) -> bool:
    """Whether the quotation is the title of a work the words before it name (``in his 2012 book,
    "An American Son."``, ``a Web ad, "Playing Trump," in which ...``): a few capitalised words
    right after a noun of :data:`_WORKS`, no one's words."""
    words = _words(left.rstrip().rstrip(",:").rstrip())
    if not words or words[-1].lower() not in _WORKS:
        return False
    inside = text[q.start : q.end]
    return len(_words(inside)) <= _WORK_TITLE_WORDS and _is_title_case(inside)


# a page of the paper right after a quotation: the headline of a piece a letter answers ('Re.
# "Ferry fares rise again," Page A6, March 3', '"Is the pier safe?" (Page B1, May 2)')
_PAGE_CITED = re.compile(r"[\s,]*\(?\s*(?:Page|Pages|p\.|pp\.)\s*[A-Z]?\d+[A-Z]?\b")


# What stands between two items of a list: a comma or a semicolon, and "and"/"or" before the last
_LIST_GAP = re.compile(r"[\s,;]*(?:(?:and|or|&)\s+)?")


def _title_like(text: str, q: QuoteSpan) -> bool:
    """A quotation shaped like a title: a few words in title case (two capitalised at least)
    that end on no full stop, question or exclamation mark."""
    inside = text[q.start : q.end].rstrip().rstrip(",")
    words = _words(inside)
    capitals = sum(1 for w in words if _TITLE_WORD.match(w))
    return (
        0 < len(words) <= _WORK_TITLE_WORDS
        and capitals >= 2
        and _is_title_case(inside)
        and inside[-1:] not in ".!?…"
    )


def _listed_title(text: str, quotes: list[QuoteSpan], i: int) -> bool:
    """Whether quotation ``i`` is one of a list of titles ('hits like "Black Water," "China
    Grove" and "Minute By Minute"'): shaped like a title (:func:`_title_like`), and so is a
    quotation next to it with only a list's comma, semicolon or "and" between them."""
    q = quotes[i]
    if not _title_like(text, q):
        return False
    for j in (i - 1, i + 1):
        if not 0 <= j < len(quotes):
            continue
        first, second = (quotes[j], q) if j < i else (q, quotes[j])
        if _LIST_GAP.fullmatch(text, first.close, second.open) and _title_like(text, quotes[j]):
            return True
    return False


def _framed(text: str, q: QuoteSpan, left: str, right: str) -> bool:
    """True when the quote is a whole utterance, not a phrase inside a sentence of the writer's."""
    if _work_title(text, q, left) or _PAGE_CITED.match(text, q.close):
        return False
    lhs, rhs = left.strip(), right.strip()
    # a quotation inside the quote may close with it ("You say you 'accept the blame,'" she said):
    # the words' own last mark is before the inner closing mark
    inner = text[q.start : q.end].rstrip("\"”’'»")
    inner_end = inner[-1] if inner else ""
    after_inner = text[q.start + len(inner) : q.close]
    lexicon = load_lexicon()
    left_words = _words(lhs)
    left_ok = (
        not lhs
        or lhs[-1] in ":,—–-("
        or (len(left_words) <= _MAX_FRAME_WORDS and bool(left_words) and lexicon.frames_quote(left_words[-1]))
        or _CAPTIONED.search(left) is not None
    )
    right_ok = not rhs or rhs[0] in ",.;:!?—–-)…" or inner_end in ".,!?…" or "," in after_inner
    return left_ok and right_ok


def _through_the_quote(frame: Candidate, q: QuoteSpan, text: str) -> None:
    """Run a report's content on to the closing mark of a quotation its parse stopped at.

    'Y had promised that the mine would be built "whatever the courts say"': the parse hangs the
    quoted clause on the outer verb, so the content of "promised" ends on the opening mark and the
    quotation fell to the outer report ("X said Y had promised ..."), whose speaker is not Y's.
    A content that ends on a quotation's opening mark (nothing of its words inside) goes on to
    its closing mark, when the quotation is one piece and no sentence ends before it closes, and
    the content is a clause "that" opens (not the object of "warned Ostervik about the system
    "..."", which a report holding the quotation already frames).
    """
    if frame.frame == "as" or len(q.pieces) != 1 or not frame.start < q.open <= frame.end <= q.start:
        return
    if not re.search(r"\bthat\s+$", text[max(0, frame.start - 8) : frame.start]):
        return
    if text[frame.end : q.start].strip() or re.search(r"[.!?]\s", text[q.start : q.end]):
        return
    frame.pieces[-1] = (frame.pieces[-1][0], q.close)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _attach_quotes(
    text: str,
    quotes: list[QuoteSpan],
    contexts: list[tuple[str, str, int, int]],
    frames: list[Candidate],
    loose: list[Candidate],
    parsed: dict[int, Any],
    sentences: list[Sentence],
    sentence_of: Any,
) -> list[Candidate]:
    used: set[int] = set()
    used_loose: set[int] = set()
    frame_cues = _ByOffset([c.cue[0] if c.cue is not None else None for c in frames])
    frame_starts = _ByOffset([c.start for c in frames])
    longest = max((c.end - c.start for c in frames), default=0)
    loose_cues = _ByOffset([c.cue[0] if c.cue is not None else None for c in loose])
    direct: list[Candidate | None] = []
    reports_before: list[Candidate] = []  # 'said C: "Q"': C stays a report of its own beside Q
    framed_flags: list[bool] = []
    for at, (q, (left, right, l_start, r_end)) in enumerate(zip(quotes, contexts, strict=True)):
        if _listed_title(text, quotes, at):
            # 'hits including "Black Water," "China Grove" and others': titles, nobody's words
            framed_flags.append(False)
            direct.append(None)
            continue
        framed = _framed(text, q, left, right)
        framed_flags.append(framed)
        span = (q.start, q.end)
        best: int | None = None
        signed = _signed(text, q, sentence_of(q.open)) if _after_short_label(text, q) else None
        if signed is not None and signed.cue is not None:
            # 'The claim: "..." — Tamati Okonedo-Hale, ...': the signature, not the label's noun, names who said it
            direct.append(signed)
            continue
        if framed:
            # a cue just before or after the quote, in the words that frame it
            near = [
                (abs((c.cue or (0, 0))[0] - (q.close if (c.cue or (0, 0))[0] >= q.close else q.open)), i)
                for i in frame_cues.between((q.close, r_end), (l_start, q.open))
                for c in (frames[i],)
                if i not in used
                and c.cue is not None
                and (q.close <= c.cue[0] < r_end or l_start <= c.cue[0] < q.open)
                and c.frame in {"clause", "according"}
            ]
            if near:
                best = min(near)[1]
                nearer = _nearer_loose_cue(q, frames[best], loose, loose_cues, used_loose)
                if nearer is not None:
                    # '"...," she said, and the union, which on Monday said X, ...': the cue right
                    # after the quote, not a later clause's frame
                    used_loose.add(nearer)
                    c = _speaker_outside(loose[nearer], q, parsed, sentences)
                    direct.append(c.reporting(kind="direct", pieces=list(q.pieces), quote=q))
                    continue
            else:
                overlapping = [
                    (_overlap(span, (c.start, c.end)), i)
                    for i in frame_starts.between((q.start - longest, q.end))
                    for c in (frames[i],)
                    if i not in used
                    and _overlap(span, (c.start, c.end)) > 0
                    and not (c.cue and q.start <= c.cue[0] < q.end)
                ]
                if overlapping:
                    best = max(overlapping)[1]
            if (
                best is not None
                and frames[best].frame == "as"
                and _holds(frames[best], q, text)
                and not _reported(frames[best], frames)
            ):
                # 'attacked the governor, calling him "reckless."': the quote closes the sentence, but
                # it is what he was called, not a quote the frame reports
                used.add(best)
                direct.append(_called(frames[best], q, text))
                continue
            if best is not None:
                used.add(best)
                if _report_before_colon(text, frames[best], q):
                    reports_before.append(frames[best])
                c = _speaker_outside(frames[best], q, parsed, sentences)
                kind, pieces = _mixed_start(text, q, left, l_start, c)
                direct.append(c.reporting(kind=kind, pieces=pieces, quote=q))
                continue
            colon = _colon_frame(q, left, l_start, parsed, sentences, sentence_of(q.open))
            # "Vell denied the claim, but Rowan stood firm: '...'": the clause that ends on the colon
            # has a speaker of its own, after the cue of the clause before
            after = colon.mention.start if colon is not None and colon.mention is not None else l_start
            near_loose = [
                (abs(c.cue[0] - (q.close if c.cue[0] >= q.close else q.open)), i)
                for i in loose_cues.between((q.close, r_end), (l_start, q.open))
                for c in (loose[i],)
                if i not in used_loose
                and c.cue is not None
                and (q.close <= c.cue[0] < r_end or after <= c.cue[0] < q.open)
                and not _in_label(text, c.cue[0])
            ]
            if near_loose:
                i = min(near_loose)[1]
                used_loose.add(i)
                c = _speaker_outside(loose[i], q, parsed, sentences)
                direct.append(c.reporting(kind="direct", pieces=list(q.pieces), quote=q))
                continue
            if colon is None and not left.strip() and text[: q.open].rstrip().endswith(":"):
                # 'The minister said:' closing the paragraph before, the quote opening the next
                end = len(text[: q.open].rstrip())
                prev = sentence_of(end - 1)
                lead = [
                    i
                    for i in loose_cues.between((sentences[prev].start, end))
                    for c in (loose[i],)
                    if i not in used_loose and c.cue is not None and sentences[prev].start <= c.cue[0] < end
                ]
                if lead:
                    used_loose.add(lead[-1])
                    direct.append(loose[lead[-1]].reporting(kind="direct", pieces=list(q.pieces), quote=q))
                    continue
                start = sentences[prev].start
                colon = _colon_frame(q, text[start:end], start, parsed, sentences, prev)
            if colon is not None:
                direct.append(colon.reporting(mention=_named_elsewhere(colon.mention, text)))
                continue
            direct.append(
                _signed(text, q, sentence_of(q.open))
                or Candidate("direct", list(q.pieces), None, None, None, None, sentence_of(q.open), quote=q, bare=True)
            )
            continue
        # a quote inside a sentence of the writer's: part of reported speech, a called-it phrase,
        # or a mention ("scare quotes", titles)
        near_frames = frame_starts.between((q.open - longest, q.open + 1))
        for i in near_frames:
            _through_the_quote(frames[i], q, text)
        holders = [i for i in near_frames if frames[i].start <= q.open and q.close <= frames[i].end + 1]
        # failing any, a called-it frame that ends before the quotation's closing punctuation
        holders = holders or [
            i
            for i in near_frames
            if frames[i].frame == "as" and _holds(frames[i], q, text) and not _reported(frames[i], frames)
        ]
        if holders:
            i = min(holders, key=lambda i: frames[i].end - frames[i].start)
            c = frames[i]
            if c.frame == "as":
                used.add(i)
                direct.append(_called(c, q, text))
            else:
                c.kind = "mixed"
                c.quoted = sorted({*c.quoted, *q.pieces})
                direct.append(None)
            continue
        words = _words(text[q.start : q.end])
        if len(words) >= 4 and not _is_title_case(text[q.start : q.end]) and not _PAGE_CITED.match(text, q.close):
            direct.append(
                Candidate("direct", list(q.pieces), None, None, None, None, sentence_of(q.open), quote=q, bare=True)
            )
        else:
            direct.append(None)
    merged = _merge_split_quotes(text, quotes, framed_flags, direct)
    rest = []
    quote_spans = sorted((q.start, q.end) for q, f in zip(quotes, framed_flags, strict=True) if f)
    span_starts = _ByOffset([s for s, _ in quote_spans])
    widest = max((e - s for s, e in quote_spans), default=0)
    for i, c in enumerate(frames):
        if i in used:
            continue
        nearby = span_starts.between((c.start - widest, c.end))
        if any(_overlap((c.start, c.end), quote_spans[k]) > 0 for k in nearby):
            continue
        rest.append(c)
    rest.extend(replace(c, pieces=list(c.pieces)) for c in reports_before)
    return [c for c in merged if c is not None] + rest


def _nearer_loose_cue(
    q: QuoteSpan, frame: Candidate, loose: list[Candidate], loose_cues: _ByOffset, used: set[int]
) -> int | None:
    """A cue with a speaker of its own and no clause of content that stands between a quotation
    and the cue of the frame nearest after it ('"...," she said, and the union, which on Monday
    said its members would strike, ...': "she said", not the union's frame, whose clause is its
    own report); its index in ``loose``, else None."""
    if frame.cue is None or frame.cue[0] < q.close:
        return None
    found = [
        i
        for i in loose_cues.between((q.close, frame.cue[0]))
        if i not in used
        and loose[i].cue is not None
        and (mention := loose[i].mention) is not None
        # ("..., the Ardley Democrat who wrote the bill, said Monday": a relative clause's verb frames nothing)
        and mention.kind != "relative"
    ]
    return min(found, key=lambda i: loose[i].cue[0]) if found else None  # type: ignore[index]


_BEFORE_COLON_QUOTE = re.compile(r"\s*:\s*")


def _report_before_colon(text: str, c: Candidate, q: QuoteSpan) -> bool:
    """Whether the frame ``c`` reports a clause of its own that a colon closes before the quotation
    ``q`` ('The harbour master said drift had moved the wreck north: "We are searching off the
    point."'): the writer's paraphrase and the quoted words are two statements, and the cue frames
    both."""
    return (
        c.kind == "indirect"
        and c.frame == "clause"
        and c.cue is not None
        and c.cue[1] <= c.start
        and c.end <= q.open
        and _BEFORE_COLON_QUOTE.fullmatch(text, c.end, q.open) is not None
        and len(_words(text[c.start : c.end])) >= _MIN_COLON_REPORT_WORDS
        and not is_lead_in(text[c.start : c.end])
    )


_SPEECH_NOUN = (
    r"(?:message|messages|point|points|warning|warnings|word|words|thing|things|something|advice|note|"
    r"reminder|plea|appeal|request|question|questions|answer|reply|response|lesson|promise|prediction)"
)
# a clause that only announces the quotation after its colon ("she wanted to be very clear", "he had
# one message for the board", "he would put it this way", "she wanted to add one more thing")
_LEAD_IN = re.compile(
    r"(?:"
    # wanting to be clear, making it or one thing clear, with nothing after
    r"\bto\s+be\s+(?:[\w-]+\s+)?clear"
    r"|\b(?:make|makes|made|making)\s+(?:it|one\s+thing|this|something)\s+(?:[\w-]+\s+)?clear"
    # having, giving or adding a message, a point, a warning or one more thing (for someone)
    r"|\b(?:have|has|had|having|offer|offers|offered|give|gives|gave|send|sends|sent|add|adds|added|deliver|"
    r"delivers|delivered|share|shares|shared|make|makes|made)\s+(?:"
    r"(?:a|an|one|two|three|the|this|that|these|some|few|more|final|last|simple|clear|single|short|brief|blunt|"
    r"stark|strong|firm|special|important|key|big|other|further|parting|closing|quick|plain)\s+){0,3}"
    + _SPEECH_NOUN
    + r"(?:\s+(?:for|to)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?(?:\s+to\s+(?:make|add|say|share|offer|give|send))?"
    # a word that points at what follows ("put it this way", "said this", "had this to say")
    r"|\b(?:this|these|thus|the\s+following|as\s+follows|this\s+way|that\s+way|like\s+this|like\s+so)"
    r"(?:\s+to\s+(?:say|add))?"
    r")$",
    re.IGNORECASE,
)


def is_lead_in(clause: str) -> bool:
    """Whether the writer's ``clause`` before a colon and a quotation only announces the quotation
    (wanting to be clear, having a message, putting it this way, adding one more thing) rather
    than reporting content of its own: it ends on such a phrase."""
    stripped = clause.strip().rstrip(",;:—–- ")
    return _LEAD_IN.search(stripped) is not None


# a quote signed after a dash on its own line: '"..." ― Christina Luis', '"..." -- Mario Delgado, 44'
# (the spaces may be no-break ones, the line may end in a full stop: '"..." ―\xa0Ilse N Marrow.')
_SIGNING_DASH = r"[ \t\xa0]*(?:―|—|–|--)[ \t\xa0]*"
# two to four capitalised words, an initial among them with or without its full stop
_SIGNED_NAME = r"(?P<name>(?:[A-ZÀ-Þ][\w'’.-]*[ \t\xa0]+){1,3}[A-ZÀ-Þ][\w'’-]+)"
_SIGNATURE = re.compile(_SIGNING_DASH + _SIGNED_NAME + r"[ \t\xa0]*(?:,[^\n]*|\.)?[ \t\xa0]*(?=\n|$)")
# ... or with a surname alone, and where and when after its comma: '"..." — Marwick, to reporters Monday.'
_SURNAME_SIGNATURE = re.compile(
    _SIGNING_DASH + r"(?P<name>[A-ZÀ-Þ][\w'’-]+)[ \t\xa0]*(?:,[^\n]*|\.)?[ \t\xa0]*(?=\n|$)"
)


def _surname_of_full(surname: str, text: str) -> bool:
    """Whether the text names a person in full with ``surname`` as the last word ("Sen. Dolores
    Marwick" for "Marwick"): a name after a title or that opens with a given name."""
    return " " not in surname and any(
        m.name is not None and len(m.name.split()) > 1 and m.name.split()[-1] == surname
        for m in scan_names(text, 0, len(text))
    )


# a newsletter's label before the quote that opens its paragraph: "THE QUOTE — ", "QUOTE OF THE DAY: "
_LABEL = re.compile(r"[A-Z][A-Z'’&. ]{1,40}[ \t]*(?:―|—|–|--|:)[ \t]*")


def _in_label(text: str, at: int) -> bool:
    """Whether offset ``at`` lies in a newsletter's capitalised label at the start of its line
    ("THE QUOTE — "): a word there that looks like a cue reports nothing."""
    line_start = text.rfind("\n", 0, at) + 1
    label = _LABEL.match(text, line_start)
    return label is not None and at < label.end()


# a fact-check's label in sentence case before the claim it checks: "The claim: ", "Claim: "
_SHORT_LABEL = re.compile(r"[A-Z][a-z]+(?:[ \t]+[a-z]+){0,2}[ \t]*:")


def _after_short_label(text: str, q: QuoteSpan) -> bool:
    """Whether a quote opens its line after a fact-check's label in sentence case ("The claim: ")."""
    line_start = text.rfind("\n", 0, q.open) + 1
    return _SHORT_LABEL.fullmatch(text[line_start : q.open].strip()) is not None


def _surname_repeated(words: list[str], text: str) -> bool:
    """Whether a signed name of two words or more is a person's the text goes on to call by the
    surname alone ("— Tamati Okonedo-Hale, ..." and later "Okonedo-Hale said"), which a place or
    a body's name is not."""
    if len(words) < 2:
        return False
    whole = r"(?<![\w'’-]){}(?![\w'’-])"
    surname = len(re.findall(whole.format(re.escape(words[-1])), text))
    return surname > len(re.findall(whole.format(re.escape(" ".join(words))), text))


# the same after a comma, the cue verb left out: '"...," Shyam Patil, an analyst with a bank.'
_COMMA_SIGNATURE = re.compile(
    r"[ \t]*,?[ \t]*" + _SIGNED_NAME + r"(?:,[ \t]+(?:an?|the)[ \t][^\n\"“”]*?)?[ \t]*\.?[ \t]*(?=\n|$)"
)


_SIGNED_LINE = re.compile(r"[\"”’'»]" + _SIGNATURE.pattern, re.MULTILINE)
_LIST_SIGNERS = 3  # signers with a known given name that make a list of signed quotes


def _signed_list(text: str) -> bool:
    """Whether the text is a list of quotes signed after a dash (readers' responses,
    testimonials): at least three signers whose given names a list knows. There, a name no list
    knows ("Azra Wendelin") signs in the same place as the others."""
    from onrecord.attribute.knowledge import knowledge  # attribution's lexicons load lazily

    kb = knowledge()
    known = 0
    for m in _SIGNED_LINE.finditer(text):
        known += kb.starts_with_given_name(m.group("name"))
        if known >= _LIST_SIGNERS:
            return True
    return False


def _signed(text: str, q: QuoteSpan, sentence: int) -> Candidate | None:
    """A quote that opens its paragraph, or follows a newsletter's capitalised label, and is
    signed after a dash with a name (reader responses, testimonials, epigraphs, "THE QUOTE —
    '...' — Marwick, to reporters Monday."), or after a comma with a name and its description and
    no verb (the cue left out): the name speaks it. The name is a full name, or a surname that the
    text writes at the end of a full one."""
    line_start = text.rfind("\n", 0, q.open) + 1
    before = text[line_start : q.open].strip()
    if before and not _LABEL.fullmatch(text[line_start : q.open]) and not _SHORT_LABEL.fullmatch(before):
        return None
    m = _SIGNATURE.match(text, q.close) or _SURNAME_SIGNATURE.match(text, q.close)
    if m is None and text[q.start : q.close].rstrip("\"”’'» \t").endswith(","):
        m = _COMMA_SIGNATURE.match(text, q.close)
    if m is None:
        return None
    from onrecord.attribute.knowledge import knowledge  # attribution's lexicons load lazily

    kb = knowledge()
    name = m.group("name")
    words = name.split()
    while len(words) > 1 and kb.is_title(words[0]):
        words = words[1:]  # "— Sen. Gordon Maple, R-Mont., in a post on X"
    bare = " ".join(words)
    if kb.is_platform(name):
        return None
    known = kb.starts_with_given_name(bare) or _surname_of_full(bare, text) or _surname_repeated(words, text)
    if not known and not (m.re is _SIGNATURE and _signed_list(text)):
        return None
    gap = text[q.close : m.start("name")]
    dash = (q.close, m.start("name")) if gap.strip(" \t,") else None  # no cue word after a comma
    mention = Mention(m.start("name"), m.end("name"), name, "name", name=bare, number="sg")
    return Candidate("direct", list(q.pieces), dash, "sign", "speech", mention, sentence, quote=q, frame="signed")


def _speaker_outside(c: Candidate, q: QuoteSpan, parsed: dict[int, Any], sentences: list[Sentence]) -> Candidate:
    """A frame's speaker is never words of the quote it frames: when the parse makes the quote's
    last phrase the cue's subject (``"... One of the brightest members of Congress," Rep. Elijah
    E. Cummings (D-Md.) said``), the name that stands next to the cue outside the quote speaks."""
    m, cue = c.mention, c.cue
    if m is None or cue is None or not (q.start <= m.start < q.close) or cue[0] < q.close:
        return c
    doc = parsed.get(c.sentence)
    if doc is None:
        return c
    base = sentences[c.sentence].start
    outside = [t for t in doc if q.close <= base + t.idx and t.pos_ == "PROPN" and t.dep_ != "compound"]
    before = [t for t in outside if base + t.idx < cue[0]]
    after = [t for t in outside if base + t.idx >= cue[1]]
    head = before[0] if before else (after[0] if after else None)
    if head is None:
        return c
    return c.reporting(mention=analyse_mention(head, base))


def _mixed_start(text: str, q: QuoteSpan, left: str, l_start: int, c: Candidate) -> tuple[str, list[tuple[int, int]]]:
    """``The party, held every four years, "allows us to get our message out," said X``: a quote
    that finishes a sentence begun in the writer's words is a mixed quote of the whole sentence."""
    words = _words(left)
    starts_lower = text[q.start : q.start + 1].islower()
    cue_after = c.cue is not None and c.cue[0] >= q.close
    if starts_lower and cue_after and len(words) >= 2 and not left.rstrip().endswith(":"):
        start = l_start + (len(left) - len(left.lstrip()))
        return "mixed", [(start, q.close)]
    # 'said the money would go to the farmers, "who have waited longest"': a quote that goes on
    # with the reported clause before it, after a comma, is part of it
    if starts_lower and not cue_after and left.rstrip().endswith(",") and c.start < q.open <= c.end + 3:
        return "mixed", [(c.start, q.close)]
    return "direct", list(q.pieces)


def _holds(frame: Candidate, q: QuoteSpan, text: str) -> bool:
    """Whether the frame's span holds the quotation ``q``: it may end at the quotation's last word
    ('calling him "reckless."', the period and the closing mark after the frame's end) when the
    quotation opens right after the object (not 'called it the worst flood in "forty years."',
    where the quotation ends a longer phrase)."""
    if frame.start > q.open:
        return False
    if q.close <= frame.end + 1:
        return True
    closing = frame.end < q.close and not text[frame.end : q.close].strip(".,;:!?\"”’»'")
    return closing and len(_words(text[frame.start : q.open])) <= _MAX_OBJECT_WORDS


def _reported(c: Candidate, frames: list[Candidate]) -> bool:
    """Whether the cue of ``c`` lies in the content of another frame ("said that was not her view
    and dismissed those reports as '...'"): the quotation is part of that report."""
    return c.cue is not None and any(f is not c and f.start <= c.cue[0] < f.end for f in frames)


def _called(c: Candidate, q: QuoteSpan, text: str) -> Candidate:
    """The quotation ``q`` inside a called-it frame ``c`` ('called the plan "a tariff"'): a direct
    record of the quoted words, the cue running to the last word before them ("calling her")."""
    cue_end = max(c.cue[1] if c.cue else q.open, _last_word_end(text, c.start, q.open))
    cue = (c.cue[0], cue_end) if c.cue else None
    return c.reporting(kind="direct", pieces=list(q.pieces), cue=cue, quote=q)


def _last_word_end(text: str, start: int, stop: int) -> int:
    """End of the last word before ``stop`` (for cue spans like ``calling them``)."""
    end = stop
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return end


# a post's own words after what was posted: "posted a photo with the caption", "with the words:"
_CAPTIONED = re.compile(r"\bwith\s+(?:the|a|this)\s+(?P<noun>caption|words|message)\s*:?\s*$")


def _colon_frame(
    q: QuoteSpan, left: str, l_start: int, parsed: dict[int, Any], sentences: list[Sentence], index: int
) -> Candidate | None:
    """``The minister was blunt: "..."`` and headline style ``Peskov: "..."``; ``left`` is the
    text before the quote in sentence ``index``, from ``l_start``."""
    captioned = _CAPTIONED.search(left)
    if not left.rstrip().endswith(":") and captioned is None:
        return None
    doc = parsed.get(index)
    if doc is None:
        return None
    base = sentences[index].start
    # ('she posted a photo of the quay with the caption "..."': who posted it wrote the words)
    colon_pos = l_start + (captioned.start("noun") if captioned is not None else left.rstrip().rfind(":"))
    before = [t for t in doc if base + t.idx < colon_pos]
    if not before:
        return None
    # the subject of the clause that ends on the colon: of the last verb with one ("Vell denied
    # the claim, but Rowan stood firm:"), never a relative pronoun
    subjects = [t for t in before if t.dep_ in {"nsubj", "nsubjpass"} and t.tag_ not in {"WP", "WDT"}]
    # a main clause's subject, not one inside what it reports ("the forward reckons a lack of
    # understanding is proving costly:", "Pellegrini insists he is not worried:")
    subjects = [t for t in subjects if _main_clause(t.head)] or subjects
    subject = max(subjects, key=lambda t: t.head.i) if subjects else None
    if subject is None:
        # headline style "Kremlin spokesman Dmitry Peskov:", "The key line from President Armand:",
        # not a place a phrase ends on ("Great news for everyone who plays in Liverpool:")
        propn = [
            t
            for t in before
            if t.pos_ == "PROPN" and not any(a.dep_ == "prep" and a.lower_ not in {"from", "by"} for a in t.ancestors)
        ]
        subject = propn[-1] if propn else None
    # the clause ends on a text someone wrote or said, with its writer ("the statement followed a
    # tweet from the senator:", "he read out a message by the mayor:"): its writer speaks
    last = before[-1].i
    ending = next(
        (t for t in before if t.lower_ in _WORDS_NOUNS and max(x.i for x in t.subtree if x.i <= last) == last), None
    )
    if ending is not None and ending.pos_ == "NOUN" and ending.dep_ in {"dobj", "pobj", "attr"}:
        subject = holder_of(ending) or subject
    if subject is None:
        return None
    if subject.pos_ == "NOUN" and subject.lower_ in _WORDS_NOUNS:
        # "Feld's closing words:", "the minister's reply:": who said them
        subject = holder_of(subject) or subject
    mention = analyse_mention(subject, base)
    return Candidate(
        "direct", list(q.pieces), (colon_pos, colon_pos + 1), ":", "speech", mention, index, quote=q, frame="colon"
    )


def _main_clause(verb: Any) -> bool:
    """Whether ``verb`` heads the sentence's main clause, or one conjoined to it ("Vell denied
    the claim, but Rowan stood firm")."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


# Nouns for what someone said, whose possessor before a colon is the quote's speaker ("Feld's
# closing words:", "the mayor's answer was blunt:").
_WORDS_NOUNS = frozenset(
    "words remarks reply answer response retort message verdict comment comments line lines advice tweet post"
    " statement".split()
)


def _named_elsewhere(mention: Mention | None, text: str) -> Mention | None:
    """A headline's subject read as one long name ("Elizabeth Warren Hammers Wells Fargo CEO:
    '...'", every word capitalised) is the longest run of its first words that the same text
    writes again as a name of two words or more; else the mention as read."""
    if mention is None:
        return None
    words = mention.text.split()
    if mention.kind != "name" or len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return mention
    rest = text[: mention.start] + " " + text[mention.end :]
    for k in range(len(words) - 1, 1, -1):
        prefix = " ".join(words[:k])
        if re.search(r"\b" + re.escape(prefix) + r"\b", rest):
            return replace(mention, end=mention.start + len(prefix), text=prefix, name=prefix)
    return mention


def _merge_split_quotes(
    text: str, quotes: list[QuoteSpan], framed: list[bool], direct: list[Candidate | None]
) -> list[Candidate | None]:
    """Join an interrupted quote into one record with fragments.

    ``"A," she said, "B."`` always; ``"A," she said. "B."`` when B has no cue of its own (the
    wire convention: B goes on with the same utterance).
    """
    out: list[Candidate | None] = []
    i = 0
    while i < len(direct):
        current = direct[i]
        while current is not None and i + 1 < len(direct):
            # a programme's title quoted in the frame ('," she said on "Morning Desk." "B."') is
            # the frame's words, not a quotation between the two
            title = _title_in_frame(text, quotes, direct, framed, i)
            j = i + 2 if title else i + 1
            nxt = direct[j] if j < len(direct) else None
            seen = _unmarked(text, quotes[i + 1]) if title else text
            if nxt is None or not (framed[i] and framed[j]) or not _continues(seen, quotes[i], quotes[j], nxt):
                break
            owner = current if current.cue is not None else nxt
            current = owner.reporting(
                kind="direct", pieces=current.pieces + nxt.pieces, quote=current.quote, bare=owner.cue is None
            )
            i = j
        out.append(current)
        i += 1
    return out


_TITLE_WORDS = 8
"""Words a quoted programme or publication title in a frame may hold."""


def _title_in_frame(
    text: str, quotes: list[QuoteSpan], direct: list[Candidate | None], framed: list[bool], i: int
) -> bool:
    """Whether the quotation after quote ``i`` is a short title in the frame between quote ``i`` and
    the one after it, in one paragraph (``," Ode said on ABC's "This Week." "B."``): no quote of its
    own, capitalised as a title."""
    if i + 2 >= len(quotes) or direct[i + 1] is not None or framed[i + 1]:
        return False
    title, after = quotes[i + 1], quotes[i + 2]
    if "\n" in text[quotes[i].close : after.open]:
        return False
    words = _words(text[title.start : title.end])
    return 0 < len(words) <= _TITLE_WORDS and _is_title_case(text[title.start : title.end])


def _unmarked(text: str, title: QuoteSpan) -> str:
    """``text`` with the quotation marks around ``title`` blanked (same length), its words kept."""
    return (
        text[: title.open]
        + " " * (title.start - title.open)
        + text[title.start : title.end]
        + re.sub(r"[\"“”‘’'«»]", " ", text[title.end : title.close])
        + text[title.close :]
    )


_CLOSING_MARKS = re.compile(r"[\s\"”’'»]*[,?!][\s\"”’'»]*")


def closing_frame_only(text: str, end: int, b: QuoteSpan) -> bool:
    """Whether the words between a content's end and quotation ``b`` are only its closing
    attribution (``," Mr. Ode said from his office.``): a comma (or a question or exclamation
    mark) closing the content, one sentence of a few words ending with a full stop, no other
    quotation, no second act of speaking; ``b`` opens the same paragraph's next sentence, or takes
    the whole next paragraph."""
    between = text[end : b.open]
    if "\n" in between:
        frame = _opens_next_paragraph(text, between, b)
        if frame is None or len(_words(frame)) > _MAX_FRAME_WORDS:
            return False
        between = frame
    closing = _CLOSING_MARKS.match(between)
    if closing is None:
        return False
    frame = between[closing.end() :].strip()
    words = _words(frame)
    if not frame.endswith(".") or any(ch in frame for ch in '"“”«»') or _second_speech_act(frame):
        return False
    return 0 < len(words) <= _MAX_CLOSED_FRAME_WORDS and _one_sentence(frame)


# a frame that tells of a second act of speaking after the first: '"A," he said, and a moment
# later: "B."', '..., before adding: "B."', '..., and then, for good measure, "B."'
_SECOND_ACT = re.compile(r",\s+(?:and\s+(?:then\b|(?:[\w-]+\s+){0,2}later\b)|before\s+adding\b)", re.I)


_FULL_STOP = re.compile(r"(\S+)\.\s+[A-Z\"“‘'(]")
_ABBREVIATION_LENGTH = 4


def _one_sentence(frame: str) -> bool:
    """Whether a frame holds one sentence: a full stop inside it follows only an abbreviation
    (``Rep.``, ``Mr.``, ``E.``, ``U.S.``), never a lower-case word, a number or a longer name
    (``... Haskett said. He then turned to ...``)."""
    for m in _FULL_STOP.finditer(frame):
        word = m.group(1).strip("()[],;:")
        if not word[:1].isupper() or len(word.replace(".", "")) > _ABBREVIATION_LENGTH:
            return False
    return True


_PARTICIPLE = re.compile(r",\s+(?:\w+\s+)?(\w+ing)\b(?:\s+(\w+))?")


def _second_speech_act(frame: str) -> bool:
    """Whether a frame goes on, after a comma, with a participle of speech that opens an act of its
    own: ``said, adding later, "B"``, ``said, suggesting a few questions, including, "B"`` (B is
    what the participle reports). A gesture (``said, tapping the clipboard.``) is no act of speech:
    the quote goes on after it."""
    return _speech_participle(frame) is not None


def _speech_participle(frame: str) -> re.Match[str] | None:
    """The first participle of speech after a comma in a frame (:func:`_second_speech_act`), or None."""
    lexicon = load_lexicon()
    for m in _PARTICIPLE.finditer(frame):
        following = (m.group(2) or "").lower()
        if not lexicon.has_cue(m.group(1), speech_only=True):
            continue  # "holding the image up": a cue only before "that"
        for cue in lexicon.cues(m.group(1).lower()):
            if cue.cls == "speech" and (cue.particle is None or cue.particle == following):
                return m
    return None


_ACT_WORDS = 3
"""Words a participle of speech must report inside the frame for its act to be closed there."""


# words that open the clause a participle of speech reports ("adding that C", "noting he would ...",
# "pointing out where ..."), not its object ("repeating the line that ...")
_CLAUSE_OPENERS = frozenset("that he she they it we i you there where how why what whether".split())


def _act_closed(frame: str) -> bool:
    """Whether the participle of speech in a frame reports a clause of its own that a full stop
    closes inside the frame (``said, adding that the vote was close.``, ``said, noting he had
    trailed by fifty points.``): the quotation after the frame is then not what the participle
    reports but the first one going on (PolNeAR train, even half: such pairs are one content);
    ``said, adding: "B"``, ``said, adding later. "B"`` and an object (``said, repeating the line
    that drew applause. "B"``: a held-out set's two quotes) stay two."""
    stripped = frame.strip()
    found = _speech_participle(stripped)
    if found is None or not stripped.endswith("."):
        return False
    words = _words(stripped[found.end(1) :])
    if (
        words
        and found.group(2)
        and words[0].lower() == found.group(2).lower()
        and words[0].lower() not in _CLAUSE_OPENERS
    ):
        words = words[1:]  # the particle of a phrasal cue ("pointing out where ...")
    return len(words) >= _ACT_WORDS and words[0].lower() in _CLAUSE_OPENERS


_PARAGRAPH_BREAK = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*$")


def _opens_next_paragraph(text: str, between: str, b: QuoteSpan) -> str | None:
    """The frame before a paragraph break when the quotation after it takes its whole paragraph
    (``"A," she said.`` / ``"B."``: the next paragraph only goes on with her words; PolNeAR
    annotates such a pair as one content 28 times and as two 6 times in half of its train split), else
    None. A frame of more than a few words ('she said, in the chapter house, where ...') ends the turn."""
    found = _PARAGRAPH_BREAK.search(between)
    if found is None or "\n" in between[: found.start()]:
        return None
    line_end = text.find("\n", b.close)
    if text[b.close : len(text) if line_end < 0 else line_end].strip():
        return None  # '"B." Then he left.': the paragraph goes on with the writer's words
    return between[: found.start()]


_ASKING = re.compile(r"\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|quer(?:y|ies|ied))\b", re.IGNORECASE)


def _asked(inner_end: str, frame: str) -> bool:
    """Whether a quotation (``inner_end``: its closing characters) and its frame put a question
    (it ends in "?" or its frame asks): a quotation filling the next paragraph is then the answer,
    not the asker's words going on."""
    return inner_end.rstrip("\"”’'»").endswith("?") or _ASKING.search(frame) is not None


def _continues(text: str, a: QuoteSpan, b: QuoteSpan, second: Candidate | None) -> bool:
    between = text[a.close : b.open]
    if any(ch in between for ch in '"“”«»'):
        return False
    inner_end = text[a.end : a.close] + text[a.end - 1 : a.end]
    if "\n" in between:
        frame = _opens_next_paragraph(text, between, b)
        if frame is None or not frame.strip().endswith(".") or len(_words(frame)) > _MAX_FRAME_WORDS:
            return False
        if _asked(inner_end, frame):
            return False  # '"Will you resign?" she asked.' / '"Never."': the next paragraph answers
        between = frame
    if _second_speech_act(between) and not _act_closed(between):
        return False
    words = _words(between)
    if not words:
        return False
    stripped = between.strip()
    # a quotation inside the quote may close with it: "He told us, 'Wait,'" she said.
    nested_end = text[a.start : a.close].rstrip("\"”’'»‘“ ")
    comma_inside = "," in inner_end or inner_end.rstrip("\"”’'»").endswith(("—", "–")) or nested_end.endswith(",")
    # not 'she said. He added: "B"' nor 'she told CNN. Kim added, "B"'; a title's or an initial's
    # full stop ends no sentence ('Mr. Ode said, "B"')
    one_clause = not any(
        m.group() != "." or not is_abbreviation(stripped, m.start()) for m in re.finditer(r"[.!?](?=\s+\S)", stripped)
    )
    if (
        one_clause
        and len(words) <= _MAX_FRAME_WORDS
        and (stripped.endswith((",", "—", "–", ":")) or text[b.start : b.start + 1].islower())
    ):
        if _SECOND_ACT.search(stripped):
            return False  # '"A," he said, and a moment later: "B."': another utterance
        return comma_inside or not re.search(r"[.!?]", inner_end)
    # "A," she said. "B." -- B has no cue of its own; the frame may name the speaker at length
    # ('said Dana Roe, an economist who ... and is now president of ..., a research group.'), in
    # one sentence: a sentence of its own between ('she said. She waved at the hills. "B."') ends
    # the utterance, and B is another
    question = inner_end.rstrip("\"”’'»").endswith(("?", "!"))
    return (
        (comma_inside or question)
        and stripped.endswith(".")
        and len(words) <= _MAX_CLOSED_FRAME_WORDS
        and _one_sentence(stripped)
        and second is not None
        and second.bare
    )


def _apply_relays(
    frames: list[Candidate], relays: list[tuple[int, Frame]], parsed: dict[int, Any], sentences: list[Sentence]
) -> None:
    """``According to Tass, Peskov said ...``: record Tass as the relay of Peskov's words."""
    for index, relay in relays:
        base = sentences[index].start
        head = relay.cue_tokens[0].head
        for c in frames:
            if c.sentence == index and c.cue_token == base + head.idx and relay.via:
                c.via = c.via or relay.via


_REPORTING = frozenset({"report", "according to"})
# what a report may relay: reported speech, with a quoted fragment or without ("X says it will
# "review all options", according to the agency Y")
_REPORTED_KINDS = frozenset({"indirect", "mixed"})


def _reports_by_name(c: Candidate) -> bool:
    """A "reported" or "according to" cue whose subject is a name (or an organisation) no given
    name starts: a medium or a body, which may only relay another cue's words."""
    from onrecord.attribute.knowledge import knowledge

    kb = knowledge()
    m = c.mention
    if c.cue_lemma not in _REPORTING or m is None or m.kind not in {"name", "organisation"} or not m.name:
        return False
    if not m.name[:1].isupper() or kb.starts_with_given_name(m.name):
        return False
    # one word is a surname ("according to Kowalczyk") unless a body noun goes before it
    # ("the Varkonian agency VarInform")
    role = (m.role or "").split()
    return m.kind == "organisation" or len(m.name.split()) > 1 or (bool(role) and kb.is_org_word(role[-1]))


def _drop_media_relays(candidates: list[Candidate], text: str) -> list[Candidate]:
    """``He stated that ..., the local media reported``: the report only relays another cue (a
    document's author is no medium: "according to a survey by X, C" is X's finding)."""
    from onrecord.attribute.knowledge import knowledge

    kb = knowledge()
    out = []
    for c in candidates:
        mention = c.mention
        if mention is not None and c.cue is not None and names_author(text[c.cue[1] : mention.start], mention.text):
            out.append(c)
            continue
        is_media = mention is not None and (
            kb.is_media_phrase(mention.text) or (mention.name is not None and kb.outlet(mention.name) is not None)
        )
        inner = (
            [
                o
                for o in candidates
                if o is not c
                and o.cue is not None
                and c.start <= o.cue[0] < c.end
                and o.mention is not None
                # (a report relays words, not what it says people knew or an inquiry showed: "the
                # road agency said the inquiry showed that C" is the agency's)
                and o.cue_class == "speech"
            ]
            if (is_media or _reports_by_name(c)) and c.kind in _REPORTED_KINDS  # only a report relays another cue
            else []
        )
        is_media = is_media or bool(inner)
        if not inner and c.kind in _REPORTED_KINDS and _reports_by_name(c):
            # "X said C, The Circuit Report reported" / "..., according to the agency VarInform":
            # a report by a name no given name starts, read beside a cue of the same words with
            # a speaker of its own, only relays that cue
            inner = [
                o
                for o in candidates
                if o is not c
                and o.start == c.start
                and o.cue is not None
                and o.mention is not None
                and o.cue_lemma not in _REPORTING
                and o.cue[1] <= (c.cue[0] if c.cue is not None else c.start)
            ]
            for o in inner:
                if o.end > c.end:
                    o.pieces = [*o.pieces[:-1], (o.pieces[-1][0], c.end)]
            is_media = bool(inner)
        if is_media and inner and c.kind in _REPORTED_KINDS and mention is not None:
            outlet = kb.outlet(mention.text)
            # a medium the text names ("the agency VarInform"), not one it only describes ("the
            # official news agency", whose name the mention capitalises)
            written = [w for w in mention.text.split() if w.casefold() not in {"the", "a", "an"}]
            capitalised = any(w[:1].isupper() for w in written)
            named = outlet.name if outlet else (mention.name if capitalised and mention.name else None)
            for o in inner:
                if o.via is None and named:
                    o.via = named
            continue
        out.append(c)
    return out
