"""Two reports under one cue: "She said the plant would close in May, and that 40 jobs would go".

A cue with two that-clauses joined by "and" or "but" reports two statements: outlets that carry
only one of them ("the plant would close in May") quote it alone, and a joined record matches
neither. The content is cut before the conjunction, and the second clause (without its "that") is
a record of its own with the same cue and speaker. A conjunction inside a quotation is the
speaker's wording and stays. The parser often hangs the second clause on the cue rather than on
the first clause, and the content then ends before "and that": the rest of the sentence is the
second record, unless another record already holds it.

A second cue verb joined to the first ("said prices had spread to services and projected that
inflation would average 5.2%") opens a report of its own: the first content ends before "and",
and the clause after "that" is a record with that verb as its cue and the same speaker.
"""

from __future__ import annotations

import re

from onrecord.extract.candidates import Candidate
from onrecord.extract.lexicon import load_lexicon
from onrecord.extract.marks import QuoteSpan
from onrecord.extract.sentences import Sentence
from onrecord.extract.tails import inside_quotation
from onrecord.extract.words import FINITE_AUXILIARIES, word_count

__all__ = ["split_coordinated_reports", "split_second_cues"]

# ", and that", "and also that"; "but that" sets the second clause against the first, one
# statement ("the port was open, but that the fuel berth was not")
# The clause after "that" opens with its subject: an article, a pronoun, a name, a figure ("and
# that location is sealed" is the demonstrative before a bare noun, no second clause)
_SUBJECT_OPENING = (
    r"(?=(?:the|a|an|its|his|her|their|our|my|your|this|these|those|he|she|it|they|we|i|you|there|"
    r"no|some|any|all|most|many|each|every|nobody|nothing|none|both)\b|[A-Z0-9“\"‘'])"
)
_SECOND_THAT = re.compile(r",?\s+and\s+(?:also\s+)?that\s+" + _SUBJECT_OPENING)
_ANY_SECOND_THAT = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?that\s+" + _SUBJECT_OPENING)
# a second clause that points back at the first ("... and that voters should have this chance",
# "... and that she had been told so") goes on with it: one statement
# ("... and that the second would take 40": an elliptical subject, the first clause's noun understood)
_POINTS_BACK = re.compile(
    r"\b(?:this|these|such|the\s+same|of\s+them)\b|\bso\W*$"
    r"|^(?:one|the\s+(?:first|second|third|other|others|rest|latter|former))\b",
    re.IGNORECASE,
)
_MIN_WORDS = 4
# "... and projected that C2", "..., and also warned that C2": a second verb of the same subject
# with a that-clause of its own (its form a past or present one: a bare "and ensure that" is part
# of what was said)
_SECOND_CUE = re.compile(r",?\s+and\s+(?:also\s+|then\s+|later\s+)?([a-z]+)\s+that\s+(?=\S)")
_CUE_CLASSES = frozenset({"speech", "evidence"})


_CLOSING = ".,;:!?\"”’»' \n"


def _left_over(
    text: str,
    c: Candidate,
    sentences: list[Sentence],
    quotes: list[QuoteSpan],
    taken: list[tuple[int, int]],
    loose: frozenset[tuple[int, int]] = frozenset(),
) -> list[Candidate] | None:
    """``c`` and the second that-clause right after its content that no record holds, with the
    cue of ``c``: a record of its own ("said it was 'disappointed' and that it had kept them
    informed"), or part of ``c`` when it points back at it or sets itself against it ("..., but
    that the fuel berth was not"). None when no such clause follows.
    ``loose`` are the spans of direct records with no cue: a quotation of the clause, which it
    takes in."""
    if c.cue is None or c.cue[0] > c.start:
        return None
    at = c.end
    while at < len(text) and text[at] in '"”’»':
        at += 1
    m = _ANY_SECOND_THAT.match(text, at)
    if m is None:
        return None
    sentence = next((s for s in sentences if s.start <= m.start() < s.end), None)
    if sentence is None:
        return None
    end = sentence.end
    while end > m.end() and text[end - 1] in _CLOSING:
        end -= 1
    # a cue-less quotation inside the clause is its quoted words, not a report of its own
    # ("and that nobody should be \"hanging a keeper out to dry\" before ...")
    inside_quotes = [(s, e) for s, e in taken if (s, e) in loose and m.end() <= s and e <= end]
    holding = [(s, e) for s, e in taken if s < end and m.end() < e and (s, e) not in inside_quotes]
    if word_count(text[m.end() : end]) < _MIN_WORDS or holding:
        return None
    if any(q.open < end < q.close for q in quotes):
        return None
    opened = [q for q in quotes if m.end() <= q.open and q.close <= sentence.end]
    inside = [p for q in opened for p in q.pieces]
    if not _SECOND_THAT.match(text, at) or _POINTS_BACK.search(text[m.end() : end]):
        quoted = [*c.quoted_parts, *inside]
        if quoted:
            return [
                c.reporting(
                    kind="mixed",
                    pieces=[(c.start, end)],
                    quoted=quoted,
                    quote=c.quote or (opened[0] if opened else None),
                )
            ]
        return [c.reporting(pieces=[(c.start, end)])]
    if inside:
        return [c, c.reporting(kind="mixed", pieces=[(m.end(), end)], quoted=inside, quote=opened[0])]
    return [c, c.reporting(kind="indirect", pieces=[(m.end(), end)], quoted=[], quote=None)]


def split_coordinated_reports(
    text: str, candidates: list[Candidate], sentences: list[Sentence], quotes: list[QuoteSpan]
) -> list[Candidate]:
    """The candidates with each indirect or mixed record of one piece cut at a second that-clause
    ("..., and that C2"): one record per clause."""
    out: list[Candidate] = []
    taken = [(c.start, c.end) for c in candidates]
    loose = frozenset((c.start, c.end) for c in candidates if c.kind == "direct" and c.cue is None)
    held: list[tuple[int, int]] = []
    for c in candidates:
        if c.kind not in {"indirect", "mixed"} or len(c.pieces) != 1:
            out.append(c)
            continue
        joined = _left_over(text, c, sentences, quotes, taken, loose)
        if joined is not None:
            out.extend(joined)
            taken.append((joined[-1].start, joined[-1].end))
            held.append((joined[-1].start, joined[-1].end))
            continue
        quoted = c.quoted_parts
        cuts: list[tuple[int, int]] = []
        for m in _SECOND_THAT.finditer(text, c.start, c.end):
            before = text[c.start : m.start()]
            if inside_quotation(before) or any(s < m.start() < e for s, e in quoted):
                continue
            rest = text[m.end() : c.end]
            if word_count(before) < _MIN_WORDS or word_count(rest) < _MIN_WORDS or _POINTS_BACK.search(rest):
                continue
            cuts.append((m.start(), m.end()))
        out.extend(c.cut(cuts))
    return [
        c
        for c in out
        if not ((c.start, c.end) in loose and c.kind == "direct" and any(s <= c.start and c.end <= e for s, e in held))
    ]


def _second_cue(text: str, c: Candidate) -> tuple[re.Match[str], str, str] | None:
    """The first "and VERB that" inside ``c``'s content whose verb is a cue of speech or evidence
    in a finite form, with the verb's lemma and class; None when there is none."""
    lexicon = load_lexicon()
    quoted = c.quoted_parts
    for m in _SECOND_CUE.finditer(text, c.start, c.end):
        form = m.group(1)
        lemma = lexicon.lemma(form)
        if lemma is None or form == lemma or form.endswith("ing"):
            continue
        cls = next((k.cls for k in lexicon.cues(form) if k.cls in _CUE_CLASSES), None)
        if cls is None:
            continue
        before = text[c.start : m.start()]
        if inside_quotation(before) or any(s < m.start() < e for s, e in quoted):
            continue
        if word_count(before) < _MIN_WORDS or word_count(text[m.end() : c.end]) < _MIN_WORDS:
            continue
        if _may_act_again(before):
            continue
        return m, lemma, cls
    return None


def _may_act_again(first: str) -> bool:
    """Whether the second verb may be the first clause's own ("the minister had lied and claimed
    that C": a participle after "had" coordinates with the verb before it when that clause's
    subject is a person, a pronoun, a name or an organisation, who can claim; "price pressures had
    spread to services and projected that C" is the cue's subject projecting)."""
    from onrecord.attribute.knowledge import knowledge  # attribution imports extraction

    aux = re.search(r"\b(?:had|has|have)\b", first)
    if aux is None:
        return False
    subject = re.findall(r"[\w'’-]+", first[: aux.start()])
    if not subject:
        return True
    head = subject[-1]
    kb = knowledge()
    return (
        any(w[:1].isupper() for w in subject)
        or kb.pronoun(head) is not None
        or head.lower() in {"it", "they", "we", "i", "who"}
        or kb.is_title(head)
        or kb.is_org_word(head)
    )


# "said it would appeal, and its HR director, Ola Brun, told ...": the content ran into the subject
# of the next report; one conjunct holds no "and", so the one search finds the last "and" of the content
_NEXT_SUBJECT = re.compile(r",?\s+and\s+(?P<subject>(?:(?!\band\b)[^\"“”;:])+?)[\s,]*$")
_MAX_SUBJECT_WORDS = 10
# the subject of the next report: a noun phrase (an article, a possessive, a name), no verb in it
_NOUN_PHRASE = re.compile(r"(?:the|its|his|her|their|our|a|an)\b|[A-Z]")
_FINITE = re.compile(r"\b(?:" + FINITE_AUXILIARIES + r"|do)\b", re.IGNORECASE)
# "..., and its steward, Bo Tarr, and Ola Brun told": the parse ends the content before the last
# conjunct of the subject group, which stands between the content and the cue verb
_LAST_CONJUNCT = re.compile(r"[\s,]*and\s+((?:[^\s,;:\"“”]+\s+){1,5})")
_CUE_AFTER = re.compile(r"[\s,]*([a-z]+)\b")


def _is_subject(words: str) -> bool:
    """Whether ``words`` read as one conjunct of a subject group: a noun phrase with no verb."""
    return bool(_NOUN_PHRASE.match(words)) and not _FINITE.search(words)


def _speech_verb(form: str) -> bool:
    """Whether ``form`` is a speech cue verb in its past form ("told", "said"; not "say", "saying")."""
    lexicon = load_lexicon()
    lemma = lexicon.lemma(form)
    return not (
        lemma is None or form == lemma or form.endswith("ing") or not any(k.cls == "speech" for k in lexicon.cues(form))
    )


def _cue_follows(text: str, end: int) -> bool:
    """Whether a speech cue verb follows ``end``, directly or after the last conjunct of a subject
    group ("..., and Ola Brun told")."""
    after = _CUE_AFTER.match(text, end, end + 40)
    if after is not None and _speech_verb(after.group(1)):
        return True
    conjunct = _LAST_CONJUNCT.match(text, end, end + 60)
    if conjunct is None:
        return False
    words = conjunct.group(1).split()
    return any(
        _is_subject(" ".join(words[:k])) and re.fullmatch(r"[a-z]+", words[k]) is not None and _speech_verb(words[k])
        for k in range(1, len(words))
    )


def _subject_group(text: str, start: int, end: int) -> int | None:
    """Where the subject group that ends ``text[start:end]`` begins: the offset of the "and" (or
    its comma) before it, taking in conjuncts joined by "and" ("and Ana Ruiz and Ola Brun"),
    else None."""
    last = _NEXT_SUBJECT.search(text, start, end)
    if last is None or not _is_subject(last.group("subject")):
        return None
    while True:
        before = _NEXT_SUBJECT.search(text, start, last.start())
        if (
            before is None
            or not _is_subject(before.group("subject"))
            or word_count(text[before.start("subject") : end]) > _MAX_SUBJECT_WORDS
        ):
            return last.start()
        last = before


def _before_next_subject(text: str, c: Candidate) -> int | None:
    """Where ``c``'s content ends when its last words after "and" are the subject of a cue verb
    right after it: the offset of that "and" (or its comma), else None."""
    if not _cue_follows(text, c.end):
        return None
    cut = _subject_group(text, c.start, c.end)
    if cut is None or word_count(text[cut : c.end]) > _MAX_SUBJECT_WORDS + 1:
        return None  # "and there was nothing to worry about, said X": a clause of the content
    if word_count(text[c.start : cut]) < _MIN_WORDS - 1 or inside_quotation(text[c.start : cut]):
        return None
    return cut


def split_second_cues(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with each indirect or mixed record of one piece cut before a second cue
    verb of its subject ("said C1 and projected that C2"): C1 keeps the first cue, C2 is a
    record with the second verb as its cue."""
    out: list[Candidate] = []
    for c in candidates:
        if not (c.kind in {"indirect", "mixed"} and len(c.pieces) == 1 and c.cue is not None and c.cue[1] <= c.start):
            out.append(c)
            continue
        found = _second_cue(text, c)
        if found is None:
            cut = _before_next_subject(text, c)
            if cut is not None and all(e <= cut for _, e in c.quoted_parts):
                c = c.reporting(pieces=[(c.start, cut)])
            out.append(c)
            continue
        m, lemma, cls = found
        first = c.part(c.start, m.start())
        second = c.part(m.end(), c.end).reporting(
            cue=(m.start(1), m.end(1)), cue_lemma=lemma, cue_class=cls, cue_token=None
        )
        out.extend([first, second])
    return out
