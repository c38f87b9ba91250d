"""Quotes in scripts that write no capital letters: Arabic (Arabic, Persian, Urdu), Devanagari (Hindi), Chinese (and
Korean and Thai, read by :mod:`onrecord.extract.korean` and :mod:`onrecord.extract.thai`).

A name cannot be told by its capital there, so the speaker is read from the sentence's order
around the cue word (``onrecord/extract/data/cues_<lang>.txt``) and from the language's data
(``languages.json``):

* verb first (Arabic ``قال المتحدث باسمها مارك فان دير بيرغ إن ...``): the subject runs from
  the cue to its complementizer, a colon or a preposition; a subject set before the cue
  (``نور حدادين قد صرحت``, ``أما X فقالت``) runs back to the sentence's start;
* verb last, Persian (``شیرین راد، سرپرست ایستگاه، روز دوشنبه گفت: «...»``): the subject opens
  its clause and runs to the comma of its apposition or to the first adverbial (``روز``, ``در``);
* an ergative marker before a final verb (Hindi ``देव रघुनाथन ने बताया कि ...``, Urdu ``... نے
  بتایا کہ``): the subject is the words before ``ने`` / ``نے``; a source postposition (``संस्था
  के अनुसार, ...``) names the source;
* no spaces (Chinese ``周美琳在市政厅外对记者指出，...``): the subject is the name the article
  introduced with its Latin spelling in brackets (``周美琳（Mei-Lin Zhou）``) or with a middle
  dot (``戈登·哈斯基特``), recorded in that Latin spelling, or a pronoun (``她``, ``他``);
* the cue last, after the quotative ``と`` (Japanese ``Xは9日、「...」と述べた``, ``...したと述べた``):
  the subject is the topic before ``は``, a foreign name in katakana with its middle dot
  (``トマシュ・カルモ``, resolution reads it by ear), its surname with ``氏`` standing for it, or
  an institution; what was said runs from the comma before it to the ``と``. Only a quotation
  the ``と`` follows is speech (``「ノルデン」``, ``「停戦」`` are a name and a term).

Of the words before the cue or after it, the name is the run after the last role noun, function
word or, in Arabic, word with the article ``ال``: two words, or more with a surname's particles
(``فان دير``, ``डी``). Reported speech opens after the complementizer (``أن``, ``कि``) or, in a
language without one, after the comma that follows the cue (Chinese ``表示，``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from onrecord.extract.candidates import Analysis, Candidate
from onrecord.extract.caseless_order import WORD, quotative_report, source_of, source_preposition_report, subject_of
from onrecord.extract.marks import QuoteSpan, find_quotes
from onrecord.extract.mentions import Mention
from onrecord.extract.sentences import Sentence, split_sentences
from onrecord.languages import language as language_data

__all__ = ["CASELESS_SCRIPTS", "find_caseless_candidates", "name_words"]

CASELESS_SCRIPTS = frozenset(
    {
        "arabic",
        "devanagari",
        "han",
        "kana",
        "hangul",
        "thai",
        "hebrew",
        "bengali",
        "georgian",
        "malayalam",
        "tamil",
        "ethiopic",
        "sinhala",
    }
)
"""Scripts whose languages are read by this module."""
# Languages with a reader of their own here; the others are read by word order and their data
# alone (:mod:`onrecord.extract.caseless_order`).
_OWN_READERS = frozenset({"ar", "fa", "hi", "ur", "zh", "ja", "ko", "th"})

_CLAUSE_END = "،,:؛;.!?।۔。，：；！？፣።"
_TRIM = " \t\n\"“”«»„،,:؛;.!?।۔。，：；！？፣።"
_ARABIC_CLITICS = ("و", "ف")  # "وقال", "فقالت": and, then
# Arabic prepositions and their fused forms before a noun ("للصحفيين", "لوكالة"): no subject follows
_AR_PREPOSITION = re.compile(r"^(?:ل|لل|بال|في|فى|من|إلى|على|عن|مع|أمام|لدى|بعد|قبل|خلال|يوم|اليوم)")
# The ergative marker after the subject of a perfective verb: Hindi "ने", Urdu "نے" (one grammar, two scripts)
_ERGATIVE = {"hi": "ने", "ur": "نے"}
_HAN_NAME = re.compile(r"([\u4e00-\u9fff]{2,12}?)[（(]\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*[)）]")
_HAN_DOT_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}")
_UNSPACED = frozenset({"han", "kana"})  # scripts whose cue words are found inside runs of text
_KANA_NAME = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}(?:[・＝][\u30a1-\u30fa\u30fc]{2,})+")
_KANA_SURNAME = re.compile(r"([\u30a1-\u30fa\u30fc]{2,})氏")
# An institution closing a Japanese subject: a ministry, a bureau, an army, an alliance, a company
_JA_BODY = re.compile(r"(?:省|局|庁|軍|政府|同盟|委員会|通信|社|党|協会|銀行|連合|機構|当局|大学|裁判所)$")
_MIN_WORDS = 3


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    word: str


@lru_cache(maxsize=8)
def _cues(language: str) -> tuple[str, ...]:
    from onrecord.extract.foreign import cues

    return tuple(sorted(cues(language), key=len, reverse=True))


def _tokens(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(WORD.finditer(text, start, end))


def _bare(word: str, language: str) -> str:
    """A word without the Arabic conjunction fused to it ("وقالت" -> "قالت")."""
    if language == "ar" and len(word) > 3 and word.startswith(_ARABIC_CLITICS):
        return word[1:]
    return word


def _cue_in(text: str, start: int, end: int, language: str, outside: list[tuple[int, int]]) -> list[_Cue]:
    """The cue words between ``start`` and ``end``, outside the ``outside`` spans (quotations)."""
    words = _cues(language)
    found: list[_Cue] = []
    if language_data(language).script in _UNSPACED:
        for cue in words:
            for m in re.finditer(re.escape(cue), text[start:end]):
                at = start + m.start()
                if not any(a <= at < b for a, b in outside) and not any(c.start <= at < c.end for c in found):
                    found.append(_Cue(at, at + len(cue), cue))
    else:
        for phrase in (w for w in words if " " in w):  # "স্বীকার করেছেন": a cue of two words
            pattern = r"(?<!\S)" + r"\s+".join(map(re.escape, phrase.split())) + r"(?![^\s,.፣।።])"
            for m in re.finditer(pattern, text[start:end]):
                at = start + m.start()
                if not any(a <= at < b for a, b in outside) and not any(c.start <= at < c.end for c in found):
                    found.append(_Cue(at, start + m.end(), phrase))
        for m in _tokens(text, start, end):
            if any(a <= m.start() < b for a, b in outside) or any(c.start <= m.start() < c.end for c in found):
                continue
            word = m.group()
            if word in words or _bare(word, language) in words:
                found.append(_Cue(m.start(), m.end(), _bare(word, language)))
    return sorted(found, key=lambda c: c.start)


def name_words(words: list[str], language: str) -> int:
    """How many of ``words`` (a subject's words, in order) at the end form a person's name: the
    run after the last role noun or function word (or Arabic word with ``ال``), two words (three
    right after a role noun), or more when a surname's particles are among them ("مارك أوليفييه
    فان دير بيرغ"); 0 when the words end in a role noun or a function word."""
    entry = language_data(language)
    stop = entry.stopwords | entry.not_before_a_surname
    role = entry.role_nouns
    run = 0
    for word in reversed(words):
        if (
            word in stop
            or (role is not None and role.match(word))
            or (language == "ar" and word.startswith(("ال", "وال")) and word not in entry.name_particles)
        ):
            break
        run += 1
    tail = words[len(words) - run :]
    # in Hindi and Urdu, whose possessor comes before its noun, a role noun right before the run
    # closes it off: a name of three words may follow it ("وزیر خارجہ این سوفی ویرہیگن", the
    # foreign minister Anne Sophie Verhaegen; Arabic "سفير تيرانيا ..." is the ambassador of a country)
    after_role = (
        language in _ERGATIVE
        and run < len(words)
        and role is not None
        and role.match(words[len(words) - run - 1]) is not None
    )
    longest = 3 if after_role else 2
    if run > longest and not any(w in entry.name_particles for w in tail[:-1]):
        run = longest
    while run and tail and tail[len(tail) - run] in entry.name_particles:
        if language == "fa" and len(words) > run and words[len(words) - run - 1] in _FA_TITLES:
            break  # "خانم د ویت": after a title, the surname with its particle
        run -= 1  # a particle does not open a name
    return run


def _mention(text: str, spans: list[tuple[int, int]], language: str) -> Mention | None:
    """The speaker a subject's words (``spans``: token offsets, in order) name: a pronoun, a
    person's name, or an institution opened by one of the language's heads."""
    entry = language_data(language)
    if not spans:
        return None
    words = [text[s:e] for s, e in spans]
    for (s, e), word in zip(spans, words, strict=True):
        if word in entry.pronouns:
            return Mention(s, e, word, "pronoun", gender=entry.pronouns[word], number="sg")
    heads = [i for i, w in enumerate(words) if {w, _bare(w, language)} & entry.organisation_heads]
    if heads and heads[0] == 0 and language == "ar" and name_words(words, language) == 0:
        # "وزارة الخارجية الأوسترافية": the head and the words after it
        first = heads[0]
        s, e = spans[first][0], spans[-1][1]
        if words[first] not in entry.organisation_heads:
            s += 1  # "ووزارة": the conjunction is no part of the name
        return Mention(s, e, text[s:e], "organisation", name=text[s:e])
    run = name_words(words, language)
    role = entry.role_nouns
    trailing = 0
    while role is not None and trailing < len(words) and role.match(words[len(words) - trailing - 1]):
        trailing += 1
    between = words[heads[-1] + 1 : len(words) - trailing] if heads else []
    if run == 0 and trailing and heads and any(w in entry.object_prepositions for w in between):
        # "... نشریاتی ادارے ... کو ... وزیر خارجہ نے": the role that closes the subject speaks, not an
        # institution a postposition makes an object ("X के प्रवक्ता", its spokesperson, speaks for X)
        s, e = spans[len(spans) - trailing][0], spans[-1][1]
        return Mention(s, e, text[s:e], "role", role=text[s:e], number="sg")
    if run == 0:
        if heads:  # "संस्था": the institution the article named before
            s, e = spans[heads[-1]]
            return Mention(s, e, text[s:e], "organisation", name=text[s:e])
        if role is not None and any(role.match(w) for w in words):
            # "الأمينة العامة": a role that stands for its holder, named before or not
            s, e = spans[0][0], spans[-1][1]
            return Mention(s, e, text[s:e], "role", role=text[s:e], number="sg")
        return None
    s, e = spans[len(spans) - run][0], spans[-1][1]
    if language == "ar" and run == 1 and _bare(words[-1], language) != words[-1]:
        s += 1
    return Mention(s, e, text[s:e], "name", name=text[s:e], number="sg")


def _subject_ar(text: str, sentence: Sentence, cue: _Cue, stop: int) -> list[tuple[int, int]]:
    """The subject's words of an Arabic cue: after the cue up to a complementizer, a preposition
    or a mark (verb first), or before it when "قد" or a fused "ف" marks a subject set first."""
    entry = language_data("ar")
    complementizers = set((entry.complementizer or "").split("|"))
    before = [m for m in _tokens(text, sentence.start, cue.start)]
    word = text[cue.start : cue.end]
    first_words = before and before[-1].group() == "قد"
    if first_words or (word.startswith("ف") and before):
        words = before[:-1] if first_words else before
        # back to a comma or the sentence's start; "كانت", "أما" open the clause, not the name
        cut = max((m.end() for m in re.finditer(r"[،,:]", text[sentence.start : cue.start])), default=0)
        spans = [(m.start(), m.end()) for m in words if m.start() >= sentence.start + cut]
        return [s for s in spans if text[s[0] : s[1]] not in {"كانت", "كان", "أما", "وكانت", "وكان"}]
    # verb first: the words up to the complementizer or a mark, in parts between prepositions
    # ("سفير أوسترافيا | لدى الأمم المتحدة بافل دروزديك"): the part with the longest name, the
    # first among equals ("X | في مؤتمر صحفي")
    parts: list[list[tuple[int, int]]] = [[]]
    for m in _tokens(text, cue.end, stop):
        if m.group() in complementizers or re.search(r"[،,:]", text[cue.end : m.start()]):
            break
        if _AR_PREPOSITION.match(m.group()):
            parts.append([])
            continue
        parts[-1].append((m.start(), m.end()))
    if len(parts) == 1:
        return parts[0]
    heads = language_data("ar").organisation_heads
    # an institution's head right after the cue ("وزارة الخارجية | في بيان") outweighs any name
    runs = [name_words([text[a:b] for a, b in part], "ar") for part in parts]
    if parts[0] and text[parts[0][0][0] : parts[0][0][1]] in heads:
        return parts[0]
    best = max(range(len(parts)), key=lambda i: (runs[i], -i))
    return parts[0] if runs[best] == 0 else parts[best]


def _subject_hi(text: str, sentence: Sentence, cue: _Cue, language: str = "hi") -> list[tuple[int, int]]:
    """The subject's words of a Hindi or Urdu cue: the words before the ergative "ने" / "نے" (or a
    pronoun that holds it, "उन्होंने"), back to the sentence's start or a comma."""
    entry = language_data(language)
    ergative = _ERGATIVE.get(language, _ERGATIVE["hi"])
    tokens = _tokens(text, sentence.start, cue.start)
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].group()
        if word in entry.pronouns:
            return [(tokens[i].start(), tokens[i].end())]
        if word == ergative:
            cut = max((m.end() for m in re.finditer(r"[,،]", text[sentence.start : tokens[i].start()])), default=0)
            return [(m.start(), m.end()) for m in tokens[:i] if m.start() >= sentence.start + cut]
    return []


# Where a Persian subject ends before its verb: a time, a place or a channel opens the adverbials
# ("روز دوشنبه", "در وبلاگ خود", "به خبرگزاری", "از طریق"), or an aside ("همچنین")
_FA_AFTER_SUBJECT = frozenset("روز در به از با برای طی پس پیش هنگام همچنین نیز امروز دیروز امشب بعد قبل".split())
_FA_TITLES = frozenset("خانم آقای دکتر مهندس پروفسور".split())


def _subject_fa(text: str, sentence: Sentence, cue: _Cue) -> list[tuple[int, int]]:
    """The subject's words of a Persian cue, which closes its clause: the words at the clause's
    start (the sentence's, after a dateline's dash, or after the complementizer "که" after a cue
    word, whose clause holds this cue) up to the first comma, where an apposition follows ("X، سرپرست ایستگاه،
    روز سه‌شنبه گفت"), or up to the first word that opens an adverbial ("X روز دوشنبه گفت")."""
    start = sentence.start
    cues = _cues("fa")
    for m in re.finditer(r"(?:^|\s)(?:—|–|-)\s|(?:^|\s)(\S+)\s+که\s", text[sentence.start : cue.start]):
        if m.group(1) is None or m.group(1) in cues:
            start = sentence.start + m.end()  # "X نوشت که Y ... گفته است": Y's clause; no relative "که"
    spans: list[tuple[int, int]] = []
    for m in _tokens(text, start, cue.start):
        if re.search(r"[،,:؛]", text[spans[-1][1] : m.start()] if spans else ""):
            break
        if m.group() in _FA_AFTER_SUBJECT:
            break
        spans.append((m.start(), m.end()))
    if spans and text[spans[0][0] : spans[0][1]] == "اما":
        spans = spans[1:]  # "اما خانم د ویت ...": "but" opens the clause
    return spans


def _han_names(text: str) -> dict[str, str]:
    """The Chinese names an article gives with their Latin spelling ("周美琳（Mei-Lin Zhou）"), by
    the characters of the name (after a role noun: "市议员周美琳"), and the part after the middle
    dot of a foreign name ("戈登·哈斯基特" -> "哈斯基特"); a name without a Latin spelling stands
    for itself."""
    role = language_data("zh").role_nouns
    names: dict[str, str] = {}
    for m in _HAN_NAME.finditer(text):
        run, latin = m.group(1), m.group(2)
        if "·" in text[m.start(1) - 10 : m.start(1)] + run:
            dotted = _HAN_DOT_NAME.search(text, max(0, m.start(1) - 10), m.end(1))
            run = dotted.group() if dotted is not None else run
        if role is not None:
            cut = max((r.end() for r in role.finditer(run[:-1])), default=0)
            run = run[cut:]
        if "·" not in run:
            run = _recurring_tail(text, run)
        names[run] = latin
        if "·" in run:
            names[run.split("·")[-1]] = latin
    for m in _HAN_DOT_NAME.finditer(text):
        name = m.group()
        if role is not None:
            cut = max((r.end() for r in role.finditer(name.split("·")[0])), default=0)
            name = name[cut:]
        names.setdefault(name, name)
        names.setdefault(name.split("·")[-1], names[name])
    return names


def _recurring_tail(text: str, run: str) -> str:
    """The longest end of ``run`` (two characters or more) that the article writes again apart
    from ``run``: the name, without the words before it that the bracket's run took in."""
    for k in range(len(run), 1, -1):
        tail = run[-k:]
        if k < len(run) and text.count(tail) > text.count(run):
            return tail
    return run


def _owned_role(between: str, role: re.Pattern[str]) -> bool:
    """Whether the words between two names (its Latin spelling in brackets aside) are a few
    characters that end in a role noun: the first name's role, held by the second."""
    bare = re.sub(r"[（(][^）)]*[）)]", "", between)
    return 0 < len(bare) <= 8 and role.search(bare) is not None


def _subject_zh(text: str, sentence: Sentence, cue: _Cue, names: dict[str, str]) -> Mention | None:
    """The subject of a Chinese cue: the first name the clause before it holds (its Latin spelling
    when the article gave one), else a pronoun right before the cue ("他还表示")."""
    entry = language_data("zh")
    start = max(
        (sentence.start + m.end() for m in re.finditer(r"[，。；：！？]", text[sentence.start : cue.start])),
        default=sentence.start,
    )
    clause = text[start : cue.start]
    found = [(clause.find(n), n) for n in names if n in clause]
    role = entry.role_nouns
    # "哈斯基特竞选经理南达库马尔": a name before a role and another name owns the role; the other speaks
    found = [
        (at, n)
        for at, n in found
        if not any(
            other > at and role is not None and _owned_role(clause[at + len(n) : other], role) for other, _ in found
        )
    ]
    if found:
        at, name = min(found, key=lambda f: (f[0], -len(f[1])))
        return Mention(start + at, start + at + len(name), name, "name", name=names[name], number="sg")
    for pronoun in sorted(entry.pronouns, key=len, reverse=True):
        at = clause.find(pronoun)
        if at >= 0:
            return Mention(start + at, start + at + len(pronoun), pronoun, "pronoun", gender=entry.pronouns[pronoun])
    return None


def _kana_names(text: str) -> dict[str, str]:
    """The foreign names a Japanese article writes in katakana with a middle dot ("ダリウシュ・
    カルモ"), by the name and by its surname ("カルモ", as "カルモ氏" gives it again)."""
    names: dict[str, str] = {}
    for m in _KANA_NAME.finditer(text):
        names.setdefault(m.group(), m.group())
        names.setdefault(re.split(r"[・＝]", m.group())[-1], m.group())
    return names


def _subject_ja(text: str, sentence: Sentence, cue: _Cue, names: dict[str, str]) -> Mention | None:
    """The subject of a Japanese cue: the topic before the first "は" of the sentence (after any
    source or time set off by a comma before it): a name in katakana, a surname with "氏", an
    institution; "同氏" or a topic that names none (the speaker of the sentence before)."""
    topic = text.find("は", sentence.start, cue.start)
    if topic < 0:
        return Mention(cue.start, cue.end, text[cue.start : cue.end], "pronoun", number="sg")
    marks = re.finditer(r"[、】]", text[sentence.start : topic])  # after a source or a dateline
    start = max((sentence.start + m.end() for m in marks), default=sentence.start)
    subject = text[start:topic]
    found = list(_KANA_NAME.finditer(subject))
    if found:
        m = found[-1]
        return Mention(start + m.start(), start + m.end(), m.group(), "name", name=m.group(), number="sg")
    surname = _KANA_SURNAME.search(subject)
    if surname is not None and surname.group(1) in names:
        at = start + surname.start(1)
        full = names[surname.group(1)]
        return Mention(at, at + len(surname.group(1)), surname.group(1), "name", name=full, number="sg")
    bare = re.sub(r"[（(][^）)]*[）)]", "", subject)
    if _JA_BODY.search(bare):
        return Mention(start, topic, subject, "organisation", name=bare)
    return Mention(start, topic, subject, "pronoun", number="sg")


def _content_before(text: str, sentence: Sentence, cue: _Cue, after: int) -> tuple[int, int] | None:
    """What a Japanese cue reports: the words before its "と", back to the comma before them (not
    one inside a quotation) or to ``after`` (the topic's "は", an earlier cue)."""
    begin = after
    depth = 0
    for i in range(cue.start - 1, after - 1, -1):
        ch = text[i]
        if ch in "」』":
            depth += 1
        elif ch in "「『":
            depth -= 1
        elif ch in "、。" and depth <= 0:
            begin = i + 1
            break
    end = cue.start
    while begin < end and text[begin] in _TRIM:
        begin += 1
    if end - begin < 4 or text[end - 1] in "」』":
        return None  # a quotation right before the cue is a direct quote
    return begin, end


def _japanese_candidates(
    text: str, sentences: list[Sentence], quotes: list[QuoteSpan], names: dict[str, str]
) -> list[Candidate]:
    """Direct quotes a "と" follows, and reported speech before a cue, in a Japanese article."""
    candidates: list[Candidate] = []
    for index, sentence in enumerate(sentences):
        cues = _cue_in(text, sentence.start, sentence.end, "ja", [])
        cues = [c for c in cues if not any(q.open < c.start < q.close for q in quotes)]
        closes = {c.start for c in cues}  # a quotation the "と" of a cue follows
        spoken = [q for q in quotes if sentence.start <= q.open < sentence.end and q.close in closes]
        topic = text.find("は", sentence.start, sentence.end)
        first_cue = cues[0].start if cues else -1
        after = topic + 1 if 0 <= topic < first_cue else sentence.start
        for cue in cues:
            mention = _subject_ja(text, sentence, cue, names)
            q = next((q for q in spoken if q.close == cue.start), None)
            if q is not None:
                candidates.append(
                    Candidate("direct", list(q.pieces), (cue.start, cue.end), None, "speech", mention, index, quote=q)
                )
            else:
                content = _content_before(text, sentence, cue, after)
                if content is not None:
                    candidates.append(
                        Candidate("indirect", [content], (cue.start, cue.end), None, "speech", mention, index)
                    )
            after = cue.end
    return candidates


def _speaker(
    text: str,
    sentence: Sentence,
    cue: _Cue,
    stop: int,
    language: str,
    names: dict[str, str],
    outside: list[tuple[int, int]] | None = None,
    opening: tuple[int, int] | None = None,
) -> Mention | None:
    if language not in _OWN_READERS:
        end = stop if stop > cue.end else None
        return subject_of(text, sentence, (cue.start, cue.end), language, outside, end, opening)
    if language == "zh":
        return _subject_zh(text, sentence, cue, names)
    if language == "ar":
        spans = _subject_ar(text, sentence, cue, stop)
    elif language == "fa":
        spans = _subject_fa(text, sentence, cue)
    else:
        spans = _subject_hi(text, sentence, cue, language)
    found = _mention(text, spans, language)
    if found is None and language == "ar" and not spans:
        # "وأضافت:": the verb's own subject, a woman when it ends in "ت"
        gender = "f" if cue.word.endswith("ت") else "m"
        return Mention(cue.start, cue.end, text[cue.start : cue.end], "pronoun", gender=gender, number="sg")
    return found


def _content_after(text: str, sentence: Sentence, cue: _Cue, language: str) -> tuple[int, int] | None:
    """The reported clause after a cue: after its complementizer ("أن", "कि"), or in Chinese
    after the comma right after the cue ("表示，")."""
    entry = language_data(language)
    if language == "zh":
        m = re.match(r"[，,：:]", text[cue.end : cue.end + 1])
        start = cue.end + 1 if m is not None else -1
    else:
        complementizers = set((entry.complementizer or "").split("|"))
        start = next((m.end() for m in _tokens(text, cue.end, sentence.end) if m.group() in complementizers), -1)
        if start < 0 and language not in _OWN_READERS and entry.verb_final:
            # "স্বীকার করেছেন, ...": a verb-final cue, a comma, and what was said
            m = re.match(r"\s*[,،፣:]", text[cue.end : cue.end + 3])
            start = cue.end + m.end() if m is not None else -1
    if start < 0:
        return None
    begin, end = start, sentence.end
    while begin < end and text[begin] in _TRIM:
        begin += 1
    while end > begin and text[end - 1] in _TRIM:
        end -= 1
    if len(_tokens(text, begin, end)) < (1 if language == "zh" else _MIN_WORDS):
        return None
    return begin, end


def _source_postposition(text: str, sentence: Sentence, index: int, language: str) -> Candidate | None:
    """A sentence opened by a source and a postposition ("संस्था के अनुसार, ..."): the rest is the
    source's report."""
    entry = language_data(language)
    for m in _tokens(text, sentence.start, sentence.end):
        if m.group() not in entry.source_postpositions:
            continue
        comma = re.match(r"\s*[,،፣]", text[m.end() : m.end() + 3])
        if comma is None:
            return None
        words = [(t.start(), t.end()) for t in _tokens(text, sentence.start, m.start())]
        while words and text[words[-1][0] : words[-1][1]] in entry.not_before_a_surname:
            words.pop()  # "के": the postposition's own particle
        if language in _OWN_READERS:
            speaker = _mention(text, words, language)
        else:  # "X-ის ცნობით,", "X ... እንደገለጹት፣": by word order
            cut = max((d.end() for d in re.finditer(r"\s[—–]\s", text[sentence.start : m.start()])), default=0)
            words = [w for w in words if w[0] >= sentence.start + cut]  # after a dateline's dash
            speaker = source_of(text, words, language)
        begin, end = m.end() + comma.end(), sentence.end
        while begin < end and text[begin] in _TRIM:
            begin += 1
        while end > begin and text[end - 1] in _TRIM:
            end -= 1
        if speaker is None or len(_tokens(text, begin, end)) < _MIN_WORDS:
            return None
        cue = (m.start(), m.end())
        return Candidate("indirect", [(begin, end)], cue, None, "speech", speaker, index, frame="according")
    return None


def _relayed(
    text: str, sentence: Sentence, index: int, content: tuple[int, int], language: str
) -> Candidate | None:
    """The report inside a report: a subject, a cue and its complementizer in the reported clause
    ("وقال المتحدث X إن الأمينة العامة أبلغت الوزيرين بأن ..."): the words after the inner
    complementizer are the inner subject's, relayed by the outer speaker (who is their ``via``,
    read by attribution as for any quote inside another)."""
    for cue in _cue_in(text, content[0], content[1], language, []):
        inner = _content_after(text, sentence, cue, language)
        spans = [(m.start(), m.end()) for m in _tokens(text, content[0], cue.start)]
        mention = _mention(text, spans, language) if spans else None
        if inner is None or mention is None or mention.kind == "pronoun":
            continue
        return Candidate("indirect", [inner], (cue.start, cue.end), None, "speech", mention, index)
    return None


def _generic_report(text: str, sentence: Sentence, index: int, language: str, cues: list[_Cue]) -> Candidate | None:
    """Reported speech in a language read by word order alone: a cue that opens its content
    (after its complementizer or comma), then a quotative that closes it before a verb-final cue,
    then a source word that opens the sentence (``לפי X,``) or follows its source (``X-ის ცნობით,``)."""
    for cue in cues:
        content = _content_after(text, sentence, cue, language)
        found = quotative_report(text, sentence, (cue.start, cue.end), language) if content is None else None
        if content is None and found is None:
            continue
        if content is not None:
            mention = _speaker(text, sentence, cue, content[0], language, {})
        else:
            assert found is not None
            content, mention = found
        if mention is None:
            continue
        return Candidate("indirect", [content], (cue.start, cue.end), None, "speech", mention, index)
    sourced = source_preposition_report(text, sentence, language)
    if sourced is not None:
        speaker, cue_span, content = sourced
        return Candidate("indirect", [content], cue_span, None, "speech", speaker, index, frame="according")
    return _source_postposition(text, sentence, index, language)


def find_caseless_candidates(text: str, language: str) -> Analysis:
    """Direct quotes and reported speech, with their speakers, in an article in ``language``
    (written in one of :data:`CASELESS_SCRIPTS`)."""
    if language == "ko":
        from onrecord.extract.korean import find_korean_candidates

        return find_korean_candidates(text)  # the cue last, after a quotative (onrecord.extract.korean)
    if language == "th":
        from onrecord.extract.thai import find_thai_candidates

        return find_thai_candidates(text)  # names after a title, no spaces between words
    sentences = split_sentences(text)
    quotes: list[QuoteSpan] = [q for q in find_quotes(text) if q.nested_in is None]
    if language == "ja":
        names = _kana_names(text)
        spoken = _japanese_candidates(text, sentences, quotes, names)
        _resolve_pronouns(text, spoken, names)
        return Analysis(text, sentences, quotes, spoken, [], {})
    names = _han_names(text) if language == "zh" else {}
    candidates: list[Candidate] = []
    for index, sentence in enumerate(sentences):
        inside = [(q.open, q.close) for q in quotes if q.open < sentence.end and sentence.start < q.close]
        cues = _cue_in(text, sentence.start, sentence.end, language, inside)
        for q in (q for q in quotes if sentence.start <= q.open < sentence.end):
            if language not in _OWN_READERS and len(_tokens(text, q.start, q.end)) < _MIN_WORDS:
                continue  # "תבלין", "קול הקהילה": a name or a term in quotation marks
            frame, framed, frame_cues = sentence, inside, cues
            if language not in _OWN_READERS and q.close > sentence.end:
                # a quotation of several sentences: its cue closes the sentence it ends in
                # (Tamil "«A. B» என்று கூறினார்")
                last = next((s for s in sentences if s.start <= q.close < s.end), sentence)
                frame = Sentence(sentence.start, max(last.end, sentence.end), sentence.paragraph)
                framed = [(o.open, o.close) for o in quotes if o.open < frame.end and frame.start < o.close]
                frame_cues = _cue_in(text, frame.start, frame.end, language, framed)
            before = [c for c in frame_cues if c.end <= q.open]
            after = [c for c in frame_cues if c.start >= q.close]
            cue = before[-1] if before else (after[0] if after else None)
            if not before and cue is not None and any(
                o.open > cue.end and re.fullmatch(r"\s*:\s*", text[cue.end : o.open]) for o in quotes
            ):
                cue = None  # "X، فرمانده «اورورا ترن»، ... گفت: «...»": a name in marks; the cue opens the next
            stop = q.open if cue is None or language in _OWN_READERS or cue.end <= q.open else frame.end
            opening = (frame.start, q.open) if cue is not None and cue.start >= q.close else None
            mention = _speaker(text, frame, cue, stop, language, names, framed, opening) if cue is not None else None
            candidates.append(
                Candidate(
                    "direct",
                    list(q.pieces),
                    (cue.start, cue.end) if cue is not None else None,
                    None,
                    "speech",
                    mention,
                    index,
                    quote=q,
                    bare=mention is None and cue is None,
                )
            )
        if inside:
            continue
        if language not in _OWN_READERS:
            generic = _generic_report(text, sentence, index, language, cues)
            if generic is not None:
                candidates.append(generic)
            continue
        found = _source_postposition(text, sentence, index, language)
        if found is not None:
            candidates.append(found)
            continue
        for cue in cues:
            content = _content_after(text, sentence, cue, language)
            if content is None:
                continue
            mention = _speaker(text, sentence, cue, content[0], language, names)
            if mention is None:
                continue
            candidates.append(Candidate("indirect", [content], (cue.start, cue.end), None, "speech", mention, index))
            relayed = _relayed(text, sentence, index, content, language)
            if relayed is not None:
                candidates.append(relayed)
            break
    candidates.sort(key=lambda c: (c.start, c.end))
    if language not in _OWN_READERS:
        from onrecord.extract.foreign_continued import join_continued_quotes

        candidates = join_continued_quotes(text, candidates, language)  # "A", כתבה X. "B.": one record
        _resolve_roles(text, candidates)
    _resolve_pronouns(text, candidates, names)
    return Analysis(text, sentences, quotes, candidates, [], {})


_ROLE_REACH = 40
"""How far before a speaker's name the role noun that introduced it is looked for."""


def _resolve_roles(text: str, candidates: list[Candidate]) -> None:
    """A role noun as a speaker stands for the speaker named last after that very role noun
    (Amharic "የጤና ሚኒስትሯ X ... እንደገለጹት" then "ሚኒስትሯ ... «...» ብለዋል": X); a role no
    speaker's name followed is left as it is."""
    named = []
    for c in candidates:
        m = c.mention
        if m is None:
            continue
        if m.kind == "name":
            named.append(m)
            continue
        if m.kind != "role":
            continue
        holder = next(
            (n for n in reversed(named) if m.text in text[max(0, n.start - _ROLE_REACH) : n.start]),
            None,
        )
        if holder is not None:
            c.mention = Mention(m.start, m.end, m.text, "name", name=holder.name, gender=holder.gender, number="sg")


def _resolve_pronouns(text: str, candidates: list[Candidate], names: dict[str, str]) -> None:
    """A pronoun or a verb's own subject stands for the person named last before it: in Chinese
    the last name the article wrote ("周美琳...发表胜选演说。她说"), elsewhere the last speaker
    named."""
    last: Mention | None = None
    for c in candidates:
        m = c.mention
        if m is None:
            continue
        if m.kind != "pronoun":
            last = m
            continue
        written = [(text.rfind(n, 0, m.start), n) for n in names]
        at, name = max(written, default=(-1, ""))
        if at >= 0 and (last is None or at >= last.start):
            c.mention = Mention(at, at + len(name), name, "name", name=names[name], number="sg")
        elif last is not None:
            c.mention = Mention(m.start, m.end, m.text, last.kind, name=last.name, gender=m.gender, number="sg")

