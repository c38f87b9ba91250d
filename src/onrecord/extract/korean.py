"""Quotes in Korean articles: the cue verb last, after a quotative, the speaker a topic before.

Korean ends a sentence with its verb, and marks what was said with a quotative right before it:
a quotation with ``라고`` / ``고`` after its closing mark (``"..."라고 밝혔다``), reported speech
ending in ``다고`` / ``라고`` (``...열린다고 설명했다``); ``라며`` (saying) chains a quotation to
the next (``"..."라며 "..."고 말했다``). The cue verbs are ``onrecord/extract/data/cues_ko.txt``.

The speaker is the topic of the sentence (its word with ``은`` / ``는``): the words before it back
to a word with another particle (``질문에``), the role noun they end in (``장관``) left out. A
Korean name written as one word, family name first (``박서준``), is recorded as English news
writes it (``Park Seo-jun``); a foreign name, written by ear in several words (``필립 노바크``),
in Hangul, which resolution reads by ear; a surname alone (``노바크 대표는``) is the whole name the
article gave it. ``그는`` / ``그녀는`` stand for the speaker named before.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from onrecord.extract.candidates import Analysis, Candidate
from onrecord.extract.marks import QuoteSpan, find_quotes
from onrecord.extract.mentions import Mention
from onrecord.extract.sentences import Sentence, split_sentences
from onrecord.languages import language as language_data
from onrecord.resolve.translit import korean_name

__all__ = ["find_korean_candidates"]

_TOKEN = re.compile(r"[^\s\"“”«»„,:;.!?()（）]+")
# what stands between a quotation's closing mark and the cue: the quotative, or "saying" before
# another quotation
_QUOTATIVE = re.compile(r"\s*(?:이?라고|고|이?라며|며)(?=\s)")
_CHAINED = re.compile(r"\s*(?:이?라며|며)(?=\s)")
_TOPIC = re.compile(r"^(?P<stem>.+?)(?:은|는)$")
# a word with a particle of its own ("질문에", "회담을", "통신에"): no part of a subject after it
_PARTICLE = re.compile(r"(?:에|에서|에게|을|를|의|와|과|로|으로|도|만|까지|부터|며|고|한|된|인|던|면|서)$")
_HANGUL = re.compile(r"^[\uac00-\ud7a3]+$")
_MIN_CHARS = 6
_TITLED = 2  # times a surname stands alone before a role, to be one
_FOREIGN_GIVEN = 4  # syllables of a foreign given name written by ear ("필립")
_KOREAN_NAME = 3  # syllables of a Korean name written as one word (family name and given name)


def _tokens(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text, start, end))


def _cues_in(text: str, sentence: Sentence, quotes: list[QuoteSpan]) -> list[re.Match[str]]:
    from onrecord.extract.foreign import cues

    words = cues("ko")
    return [
        m
        for m in _tokens(text, sentence.start, sentence.end)
        if m.group() in words and not any(q.open <= m.start() < q.close for q in quotes)
    ]


def _full_names(text: str, role: re.Pattern[str] | None) -> dict[str, str]:
    """Each surname the article gives alone before a role, twice or more ("노바크 대표"), to the
    name of two words it gave it in ("필립 노바크"): a given name with no particle, no Korean
    name of its own ("박서준 환경부 장관": the ministry's minister)."""
    tokens = list(_TOKEN.finditer(text))
    words = [  # two words in a row, nothing but a space between them
        (a.group(), b.group()) for a, b in itertools.pairwise(tokens) if not text[a.end() : b.start()].strip()
    ]
    titled = Counter(
        first
        for first, second in words
        if _HANGUL.match(first) and role is not None and role.match(_TOPIC.sub(r"\g<stem>", second))
    )
    return {
        second: f"{first} {second}"
        for first, second in words
        if titled[second] >= _TITLED
        and _HANGUL.match(first)
        and 2 <= len(first) <= _FOREIGN_GIVEN
        and not _PARTICLE.search(first)
        and not (len(first) == _KOREAN_NAME and korean_name(first))
    }


def _subject(
    text: str,
    sentence: Sentence,
    before: int,
    names: dict[str, str],
    role: re.Pattern[str] | None,
    first_topic: bool = False,
    floor: int = 0,
) -> tuple[Mention | None, int]:
    """The speaker the last topic before ``before`` names (the first, with ``first_topic``: the
    subject of reported speech comes before what was said), from ``floor`` on (the end of the cue
    before), and where the words after that topic start (where the subject's clause starts when
    there is no topic)."""
    start = max(sentence.start, floor)
    stops = list(re.finditer(r"[.!?]\s+", text[start:before]))  # a sentence the splitter ran on
    if stops:
        start += stops[-1].end()
    eq = text.find(" = ", start, before)  # "(서울=가람일보) 이하늘 기자 = ...": a byline first
    if eq >= 0:
        start = eq + 3
    tokens = _tokens(text, start, before)
    topics = [i for i, t in enumerate(tokens) if _TOPIC.match(t.group())]
    if not topics:
        return None, start
    topic = topics[0] if first_topic else topics[-1]
    words = [m.group() for m in tokens[: topic + 1]]
    end = tokens[topic].end()
    m = _TOPIC.match(words[-1])
    words[-1] = m.group("stem") if m is not None else words[-1]
    first = topic
    while first > 0 and not _PARTICLE.search(words[first - 1]):
        first -= 1
    words = words[first:]
    at, stem_end = tokens[first].start(), end - 1
    if words in (["그"], ["그녀"]):
        gender = "f" if words[0] == "그녀" else "m"
        return Mention(at, stem_end, text[at:stem_end], "pronoun", gender=gender, number="sg"), end
    bare = list(words)
    while bare and role is not None and role.search(bare[-1]):
        bare = bare[:-1]  # "장관", "외교장관": the role, not the name
    native = korean_name(bare[0]) if bare and len(bare[0]) == _KOREAN_NAME else None
    surname = next((w for w in reversed(bare) if w in names), None)
    if surname is not None:  # the article gave it in full: a foreign name ("노바크" of "필립 노바크")
        word, name = surname, names[surname]
    elif native is not None:
        word, name = bare[0], native
    else:
        if len(bare) < len(words):  # "정부 고위 당국자": a role, no name
            return Mention(at, stem_end, text[at:stem_end], "role", role=text[at:stem_end], number="sg"), end
        return None, end
    s = text.find(word, at, end)
    return Mention(s, s + len(word), word, "name", name=name, number="sg"), end


def find_korean_candidates(text: str) -> Analysis:
    """Direct quotes and reported speech, with their speakers, in a Korean article."""
    sentences = split_sentences(text)
    quotes: list[QuoteSpan] = [q for q in find_quotes(text) if q.nested_in is None]
    role = language_data("ko").role_nouns
    names = _full_names(text, role)
    candidates: list[Candidate] = []
    last: Mention | None = None
    for index, sentence in enumerate(sentences):
        after = sentence.start
        for cue in _cues_in(text, sentence, quotes):
            spoken = [
                q
                for q in quotes
                if after <= q.open and q.close <= cue.start() and _QUOTATIVE.match(text, q.close) is not None
            ]
            first = spoken[0].open if spoken else cue.start()
            mention, content_start = _subject(text, sentence, first, names, role, not spoken, after)
            if mention is not None and mention.kind == "pronoun" and last is not None:
                mention = Mention(mention.start, mention.end, mention.text, last.kind, name=last.name, number="sg")
            span = (cue.start(), cue.end())
            if spoken:
                for q in spoken:
                    candidates.append(
                        Candidate("direct", list(q.pieces), span, None, "speech", mention, index, quote=q)
                    )
            else:
                before = text[after : cue.start()].rstrip()
                m = re.search(r"(?:다|라)고$", before)
                if m is not None:
                    begin, end = max(content_start, after), after + m.start() + 1
                    while begin < end and text[begin] in ' \t"“”':
                        begin += 1
                    if end - begin >= _MIN_CHARS and not any(begin < q.close and q.open < end for q in quotes):
                        candidates.append(Candidate("indirect", [(begin, end)], span, None, "speech", mention, index))
            if mention is not None and mention.kind == "name":
                last = mention
            after = cue.end()
    candidates.sort(key=lambda c: (c.start, c.end))
    return Analysis(text, sentences, quotes, candidates, [], {})
