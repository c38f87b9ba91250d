"""A reported clause read from the word order where the parse gave the cue none.

The small parser often breaks a plain report apart: ``told the Harbour Gazette her client knew
the buyer`` comes out as two sentences, ``told the panel he would not re-bid`` hangs the clause on
the audience as a relative clause, ``has told this station that the level of the lake matters``
reads ``that`` as an object. When the cue's own readings find no content, the words after it
still say where the report is: the cue, an audience (``me``, ``the panel``, ``Harbour Radio``), a
time of the telling (``on Monday``, ``the day before``), an optional ``that``, and a clause that
opens with its subject and has a finite verb within a few words. That clause, to the end of the
sentence, is the content.
"""

from __future__ import annotations

from typing import Any

from onrecord.dates import ENGLISH_COUNTED_BACK, ENGLISH_DAY_WORDS, ENGLISH_TIME_SPANS

__all__ = ["ADDRESSING_CUES", "clause_by_word_order"]

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CUE_FORMS = frozenset({"VBD", "VBZ", "VBP", "VBN"})
_OBJECT_PRONOUNS = frozenset({"me", "us", "him", "her", "them", "you"})
# what opens the audience: an article or a demonstrative, or a name with no article
_AUDIENCE_DETERMINERS = frozenset({"the", "this", "a", "an", "its", "his", "her", "their", "our"})
# what opens the reported clause's subject (an audience ends where one of these begins)
_SUBJECT_DETERMINERS = frozenset(
    "the a an this these those its his her their our my your no some all every each both many most".split()
)
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "there", "nobody", "none"})
# the time of the telling: "on Monday", "last week", "the day before", "earlier"
_TIME_WORDS = ENGLISH_TIME_SPANS | {"afternoon", "weekend"}
_TIME_OPENERS = frozenset({"on", "last", "this", "late", "early", "earlier", "later"})
# cues that take the person told as their object ("told the panel C", "assured us C")
ADDRESSING_CUES = frozenset({"tell", "assure", "inform", "remind", "warn", "promise", "advise", "reassure", "notify"})
_APPROXIMATIONS = frozenset(
    {"about", "nearly", "almost", "around", "roughly", "some", "only", "more", "fewer", "less", "over"}
)
# words that open the writer's clause inside what would be the subject ("indicates a tight race as
# the mayor gains")
_SUBORDINATORS = frozenset(
    "as while when whereas because since although though if unless until after before where".split()
)
# a word the parse uses as a noun is no finite verb, whatever its tag
_NOMINAL = frozenset(
    {"dobj", "iobj", "dative", "pobj", "nsubj", "nsubjpass", "compound", "appos", "attr", "poss", "npadvmod", "nmod"}
)
_MAX_SUBJECT = 8
_MIN_CONTENT = 4


def _audience_end(doc: Any, at: int) -> int:
    """The index after the audience that starts at ``at`` (``at`` itself when there is none)."""
    if at >= len(doc):
        return at
    first = doc[at]
    if first.lower_ in _OBJECT_PRONOUNS and first.tag_ == "PRP":
        return at + 1
    i = at
    if first.lower_ in _AUDIENCE_DETERMINERS:
        i += 1
    elif first.pos_ != "PROPN":
        return at
    start = i
    # the audience's words: describing words and names, up to the clause's own subject
    while i < len(doc) and doc[i].pos_ in {"ADJ", "PROPN", "NOUN"} and doc[i].lower_ not in _SUBJECT_DETERMINERS:
        if i > start and doc[i].pos_ == "NOUN" and doc[i - 1].pos_ == "PROPN":
            break  # "told Harbour Radio prices ...": a name, then the clause's bare noun
        i += 1
    return i if i > start else at


def _time_end(doc: Any, at: int) -> int:
    """The index after a time of the telling at ``at`` (``on Monday``, ``the day before``)."""
    i = at
    for _ in range(3):
        if i >= len(doc):
            break
        word = doc[i].lower_
        if word in ENGLISH_DAY_WORDS:
            i += 1
        elif (
            word in _TIME_OPENERS
            and i + 1 < len(doc)
            and (doc[i + 1].lower_ in ENGLISH_DAY_WORDS or doc[i + 1].lower_ in _TIME_WORDS)
        ):
            i += 2
        elif word in {"earlier", "later", "again"}:
            i += 1
        elif (
            word in {"the", "a", "one", "two", "three"}
            and i + 2 < len(doc)
            and doc[i + 1].lower_ in _TIME_WORDS
            and doc[i + 2].lower_ in ENGLISH_COUNTED_BACK
        ):
            i += 3
        else:
            break
    return i


def _aside_end(doc: Any, at: int) -> int:
    """The index after a source set off by commas at ``at`` (``, citing its officials,``)."""
    if at + 2 < len(doc) and doc[at].text == "," and doc[at + 1].lower_ in {"citing", "quoting"}:
        for i in range(at + 2, min(len(doc), at + 12)):
            if doc[i].text == ",":
                return i + 1
            if doc[i].is_punct and doc[i].text not in {"-", "."}:
                break
    return at


def _opens_subject(token: Any) -> bool:
    """Whether ``token`` can open a clause's subject (``at least 20 pupils``, ``nearly half``)."""
    word = token.lower_
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if word == "her":  # a possessive before its noun; the object "her" opens no clause
        return after is not None and after.pos_ in {"NOUN", "ADJ", "PROPN"}
    if word in _SUBJECT_DETERMINERS or word in _SUBJECT_PRONOUNS:
        return True
    if after is not None and (
        (word == "at" and after.lower_ in {"least", "most"})
        or (word in _APPROXIMATIONS and (after.pos_ == "NUM" or after.lower_ in {"than", "half"}))
    ):
        return True
    if token.pos_ == "ADJ" and after is not None and after.pos_ in {"NOUN", "PROPN"}:
        return True  # "local schools", "Marlish pilots"
    return token.pos_ in {"PROPN", "NUM"} or (token.pos_ == "NOUN" and token.tag_ == "NNS")


def _finite_within(doc: Any, start: int, end: int) -> bool:
    """Whether a finite verb follows the subject opening at ``start`` within a few words, with no
    punctuation between (a comma would set off an aside the word order cannot read)."""
    for i in range(start + 1, min(end, start + _MAX_SUBJECT + 1)):
        token = doc[i]
        if token.dep_ == "cc" or token.lower_ in _SUBORDINATORS:
            return False  # "asked Ada about the levy and decided ...", "a tight race as X leads": no subject
        finite = token.tag_ in _FINITE or (
            # "23 pupils paid": a past tense the tagger read as a participle, after its subject
            token.tag_ == "VBN" and doc[i - 1].tag_ in {"NN", "NNS", "NNP", "NNPS"}
        )
        if finite and token.dep_ in _NOMINAL:
            continue  # "claim their taxi fares back": a noun the tagger took for a verb
        if finite:
            # "told him the answer he wanted": a relative clause on the object, no report
            return not (token.dep_ in {"relcl", "acl"} and start <= token.head.i < i)
        if token.is_punct and token.text not in {"-", "'s", "’s"}:
            return False
    return False


def clause_by_word_order(verb: Any, addressing: bool) -> list[Any] | None:
    """The reported clause after cue token ``verb`` read from the word order, or None.

    The cue is a finite verb or a participle after ``has``/``had`` with a subject in the parse,
    not inside a relative clause or another report's clause (whose content holds it); after it
    may stand an audience, a time of the telling and ``that``; the clause opens with its subject
    and has a finite verb within a few words (with ``that`` before it, a clause of four words or
    more is enough, the tagger having taken its verb for a noun). The content runs to the end of
    the sentence.

    Args:
        verb: the cue token.
        addressing: whether the cue takes the person told as its object (``told``, ``assured``);
            only then are the words after it read as an audience.
    """
    if verb.tag_ not in _CUE_FORMS or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    if verb.dep_ in {"relcl", "acl"} or any(a.dep_ == "ccomp" for a in verb.ancestors):
        return None  # "claiming he had a source who told him C": a report inside another's content
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lower_ in {"has", "have", "had"} for c in verb.children):
        return None
    doc = verb.doc
    end = len(doc)  # one sentence of the splitter's, which the parser may have broken in two
    i = _time_end(doc, _aside_end(doc, _audience_end(doc, verb.i + 1) if addressing else verb.i + 1))
    that = i < end and doc[i].lower_ == "that"
    start = i + 1 if that else i
    if start >= end or not _opens_subject(doc[start]):
        return None
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end - start < _MIN_CONTENT:
        return None
    if not _finite_within(doc, start, end) and not (that and doc[start].lower_ in _SUBJECT_DETERMINERS):
        return None
    if any(t.text in {'"', "“", "”"} for t in doc[start:end]):
        return None  # a quotation inside: the quote readers take it
    return list(doc[start:end])
