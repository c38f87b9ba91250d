"""The speaker and what was said, by word order and the language's data alone, in a script without
capitals whose language has no reader of its own in :mod:`onrecord.extract.caseless` (Hebrew,
Bengali, Georgian, Malayalam, Amharic).

Everything is read from ``languages.json`` and the cue list: the cue verb's place (``verb_final``),
its complementizer, its source words (``לפי X,``, ``X-ის ცნობით,``, ``X እንደገለጹት፣``), the
quotative that closes a report before its cue (Malayalam ``...തുറക്കില്ലെന്ന് ഗവർണർ വ്യക്തമാക്കി``),
pronouns, role nouns, weekdays and the ending that marks a subject (Georgian ``გელოვანმა``).

The speaker of a cue is, in this order, a pronoun, the name after a role noun (``मंत्री X``-like:
``অবকাঠামো মন্ত্রী ডেসমন্ড আখটারবার্গ``) or the role alone, an acronym in parentheses (``(CCF)``),
a name with the subject's ending, and else the words that open the clause (verb last) or follow
the cue (verb first: ``כתבה בן-עמי ביום שלישי``), up to a weekday or a function word. A verb-first
cue with no subject of its own (``הוסיפה כי``) stands for the speaker named before.
"""

from __future__ import annotations

import re
import unicodedata

from onrecord.extract.mentions import Mention
from onrecord.extract.sentences import Sentence
from onrecord.languages import language as language_data

__all__ = ["WORD", "quotative_report", "source_of", "source_preposition_report", "subject_of", "without_subject_ending"]

# a word of a caseless script's text: a run of anything but spaces, quotation marks and punctuation
WORD = re.compile(r"[^\s\"“”«»„،,:؛;.!?।۔。，：；！？（）()《》「」『』፣።]+")
# a clause's end: a comma (not one inside a figure, "40,000"), a colon, a dash, a closing mark
_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[،፣:;—–]|[\"”»](?=\s)")
_PAREN = re.compile(r"[（(]\s*([^\s()（）]{2,12})\s*[)）]")
_NAME_WORDS = 2
_SOURCE_WORDS = 3
_MIN_NAME_LETTERS = 2
_OPENING_WORDS = 8  # how far into a verb-final sentence its subject is looked for before the content


def _stops(language: str) -> frozenset[str]:
    entry = language_data(language)
    return entry.stopwords | entry.calendar | entry.not_before_a_surname | entry.source_prepositions


def _tokens(text: str, start: int, end: int, outside: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [
        (m.start(), m.end())
        for m in WORD.finditer(text, start, end)
        if not any(a <= m.start() < b for a, b in outside)
    ]


def _word(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]]


def without_subject_ending(word: str, language: str) -> str:
    """``word`` (a name or its last word) without the ending the language adds to a subject
    (``subject_endings``, longest first: Georgian "გელოვანმა", Armenian "Սահակյանը"), with the
    nominative's ending put back; ``word`` itself when it has none."""
    endings = language_data(language).subject_endings
    for ending, base in sorted(endings.items(), key=lambda item: len(item[0]), reverse=True):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + base
    return word


def _name(text: str, spans: list[tuple[int, int]], language: str) -> Mention:
    """A name of the tokens ``spans``; a subject's ending is put back to the nominative."""
    s, e = spans[0][0], spans[-1][1]
    written = text[s:e]
    return Mention(s, e, written, "name", name=without_subject_ending(written, language), number="sg")


def _marked(text: str, spans: list[tuple[int, int]], language: str) -> Mention | None:
    """A pronoun, the name after a role noun (or the role), an acronym in parentheses, or a name
    with the subject's ending among ``spans``."""
    entry = language_data(language)
    words = [_word(text, s) for s in spans]
    for span, word in zip(spans, words, strict=True):
        if word in entry.pronouns:
            return Mention(span[0], span[1], word, "pronoun", gender=entry.pronouns[word], number="sg")
    role = entry.role_nouns
    roles = [i for i, w in enumerate(words) if role is not None and role.match(w)]
    if roles:
        i = roles[-1]
        paren = _PAREN.match(text, spans[i][1] + 1) if i + 1 < len(spans) else None
        if paren is not None:  # "ባለሥልጣን (ZQPA)": the body's acronym after its head
            return Mention(paren.start(1), paren.end(1), paren.group(1), "organisation", name=paren.group(1))
        run = _name_run(text, spans[i + 1 :], language)
        if run:
            return _name(text, run, language)
        return Mention(spans[i][0], spans[i][1], words[i], "role", role=words[i], number="sg")
    if spans:
        paren = _PAREN.search(text, spans[0][0], spans[-1][1] + 2)
        if paren is not None:
            return Mention(paren.start(1), paren.end(1), paren.group(1), "organisation", name=paren.group(1))
    for span, word in zip(spans, words, strict=True):
        if any(word.endswith(ending) and len(word) > len(ending) + 2 for ending in entry.subject_endings):
            return _name(text, [span], language)
    return None


def _name_run(text: str, spans: list[tuple[int, int]], language: str) -> list[tuple[int, int]]:
    """The name that opens ``spans``: up to a weekday or a function word, two words at most (more
    with a surname's particles among them)."""
    entry = language_data(language)
    stops = _stops(language)
    run: list[tuple[int, int]] = []
    for span in spans:
        word = _word(text, span)
        if len(word) < _MIN_NAME_LETTERS:
            continue  # "ל" of `ל"קול הקהילה"`: a preposition written onto a quotation
        if word in stops or (entry.role_nouns is not None and entry.role_nouns.match(word)):
            break
        if text[max(0, span[0] - 1) : span[0]] in "(（" and text[max(0, span[0] - 1) : span[0]]:
            break  # an acronym in parentheses is no part of the name before it
        if run and word[:1].isascii() and word[:1].isalpha():
            break  # "გელოვანი Instagram-ზე": a word in Latin letters after the name is another thing
        run.append(span)
    particles = sum(1 for s in run[:-1] if _word(text, s) in entry.name_particles)
    return run[: _NAME_WORDS + particles]


def _unstopped(text: str, spans: list[tuple[int, int]], language: str) -> list[tuple[int, int]]:
    """The words of ``spans`` after the function words, weekdays and prepositions that open
    them, up to the next such word."""
    stops = _stops(language)
    words = list(spans)
    while words and _word(text, words[0]) in stops:
        words = words[1:]
    cut = next((i for i, s in enumerate(words) if _word(text, s) in stops), len(words))
    return words[:cut]


def _clause_before(text: str, sentence: Sentence, cue: tuple[int, int], outside: list[tuple[int, int]]) -> int:
    """Where the clause that holds the cue starts: after the last break (a comma, a colon, a dash)
    before it, outside quotations."""
    start = sentence.start
    for m in _BREAK.finditer(text, sentence.start, cue[0]):
        if not any(a <= m.start() < b for a, b in outside):
            start = m.end()
    return start


def subject_of(
    text: str,
    sentence: Sentence,
    cue: tuple[int, int],
    language: str,
    outside: list[tuple[int, int]] | None = None,
    stop: int | None = None,
    opening: tuple[int, int] | None = None,
) -> Mention | None:
    """The speaker of the cue at ``cue`` in ``sentence`` (see the module's docstring); ``outside``:
    quotations, whose words are no subject; ``stop``: where the words after the cue end (the
    content's start); ``opening``: the words before a quotation the verb-final cue closes, whose
    name after a role noun (or body's acronym) speaks when the words between the quotation and the
    cue hold no role, pronoun or marked name (Tamil "அமைச்சர் X திங்கள்கிழமை செய்தியாளர்களிடம்,
    «...» என்று கூறினார்": X, not the reporters), and whose role alone speaks when they hold no
    word at all."""
    entry = language_data(language)
    outside = outside or []
    end = stop if stop is not None else sentence.end
    after_end = next((m.start() for m in _BREAK.finditer(text, cue[1], end)), end)
    complementizers = set((entry.complementizer or "").split("|")) - {""}
    after = []
    for span in _tokens(text, cue[1], after_end, outside):
        if _word(text, span) in complementizers:
            break
        after.append(span)
    clause = _clause_before(text, sentence, cue, outside)
    before = _tokens(text, clause, cue[0], outside)
    if entry.subject_endings:
        # the first word with the subject's ending, before the cue or else after it ("ჰალორანმა
        # ორშაბათს, სტრიმინგ-პლატფორმა Twitch-ზე თქვა": a noun may end so too)
        # ("მაგრამ", but, is no subject; a marked word before the cue's own clause, when a name
        # follows the cue, is the content's: "პრობლემა დიდია, თქვა ნინო ბერიძე")
        stops = _stops(language)
        marked = [
            s
            for s in _tokens(text, sentence.start, cue[0], outside) + after
            if _word(text, s) not in stops
            and any(_word(text, s).endswith(e) and len(_word(text, s)) > len(e) + 2 for e in entry.subject_endings)
        ]
        if marked:
            if marked[0][1] <= cue[0] and marked[0] not in before:
                run = _name_run(text, after, language)
                if run:
                    return _name(text, run, language)
            # the whole name after a role noun, when the marked word closes it (Nepali "मेयर सुरेश
            # थापाले": Suresh Thapa, not his surname alone)
            held = _marked(text, [s for s in before if s[1] <= marked[0][1]], language)
            if held is not None and held.kind == "name" and held.end == marked[0][1]:
                return held
            return _name(text, [marked[0]], language)
    if entry.verb_final:
        found = _marked(text, before, language) or _marked(text, after, language)
        if found is None and opening is not None:
            subject = _marked(text, _tokens(text, opening[0], opening[1], outside)[:_OPENING_WORDS], language)
            # a role alone only when nothing between the quotation and the cue may be a name
            named = subject is not None and subject.kind in {"name", "organisation"}
            found = subject if named or not _unstopped(text, before, language) else None
        if found is not None:
            return found
        words = _unstopped(text, before, language)
        if words:
            return _name(text, words[-_NAME_WORDS:], language)
        run = _name_run(text, after, language)
        return _name(text, run, language) if run else None
    # verb first: the words right after the cue, else an apposition set off by commas before it
    run = _name_run(text, after, language)
    if run:
        return _marked(text, run, language) or _name(text, run, language)
    found = _marked(text, before, language)
    if found is not None:
        return found
    if not before:
        commas = [m.start() for m in re.finditer(r"[,،]", text[sentence.start : cue[0]])]
        if len(commas) >= 2:
            apposition = _tokens(text, sentence.start + commas[-2] + 1, sentence.start + commas[-1], outside)
            if 0 < len(apposition) <= _NAME_WORDS + 1:
                return _name(text, apposition[-_NAME_WORDS:], language)
    word = text[cue[0] : cue[1]]
    return Mention(cue[0], cue[1], word, "pronoun", number="sg")  # the verb's own subject


def source_of(text: str, spans: list[tuple[int, int]], language: str) -> Mention | None:
    """The source a source word names (``X-ის ცნობით``, ``X እንደገለጹት``): a pronoun, a role's
    holder, an acronym, or the last words of ``spans``."""
    if not spans:
        return None
    return _marked(text, spans, language) or _name(text, spans[-_SOURCE_WORDS:], language)


def source_preposition_report(
    text: str, sentence: Sentence, language: str
) -> tuple[Mention, tuple[int, int], tuple[int, int]] | None:
    """A sentence opened by a source preposition and its source up to a comma (``לפי מחלקת
    הבריאות, ...``; ``לדבריה, ...``, according to her): the speaker, the source word's offsets and
    the content's; None when the sentence opens otherwise."""
    entry = language_data(language)
    words = _tokens(text, sentence.start, sentence.end, [])
    if not words or _word(text, words[0]) not in entry.source_prepositions:
        return None
    comma = re.compile(r"[,،፣]").search(text, words[0][1], sentence.end)
    if comma is None:
        return None
    source = _tokens(text, words[0][1], comma.start(), [])
    content = _trimmed(text, comma.end(), sentence.end)
    if content is None or len(source) > 6:
        return None
    speaker = source_of(text, source, language)
    if speaker is None:  # "לדבריה,": the pronoun inside the source word
        speaker = Mention(words[0][0], words[0][1], _word(text, words[0]), "pronoun", number="sg")
    return speaker, words[0], content


def _kept(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN"


def _trimmed(text: str, start: int, end: int, minimum: int = 3) -> tuple[int, int] | None:
    """The span without the punctuation and spaces at its ends; a vowel sign or virama ends a
    word of an Indic script as a letter does ("തുറക്കും"), so letters, marks and digits are kept."""
    while start < end and not _kept(text[start]):
        start += 1
    while end > start and not (_kept(text[end - 1]) or text[end - 1] in "%"):
        end -= 1
    if len(WORD.findall(text, start, end)) < minimum:
        return None
    return start, end


def quotative_report(
    text: str, sentence: Sentence, cue: tuple[int, int], language: str
) -> tuple[tuple[int, int], Mention | None] | None:
    """What a verb-final cue reports when a quotative closes it (``quotatives``: Malayalam
    ``...തുറക്കില്ലെന്ന് ഗവർണർ ... വ്യക്തമാക്കി``, Amharic ``... ዓርብ እንደሚደርስ ተናግረዋል``): the
    content, up to the quotative (an ending is cut off, a word or a prefix is kept), and the speaker
    (between the quotative and the cue, or the subject that opens the sentence before the content)."""
    entry = language_data(language)
    if not entry.verb_final or not entry.quotatives:
        return None
    tokens = _tokens(text, sentence.start, cue[0], [])
    for i in range(len(tokens) - 1, -1, -1):
        word = _word(text, tokens[i])
        quotative = next((q for q in entry.quotatives if word.endswith(q) or word.startswith(q)), None)
        if quotative is None:
            continue
        if word == quotative:
            end = tokens[i - 1][1] if i > 0 else tokens[i][0]  # "എന്നും", "መሆኑን": a word after the content
        elif word.startswith(quotative):
            end = tokens[i][1]  # "እንደሚደርስ": the content's own verb, with the prefix of its clause
        else:
            end = tokens[i][1] - len(quotative)  # "തുറക്കില്ലെന്ന്": the ending is no content
        between = tokens[i + 1 :]
        speaker = _marked(text, between, language)
        start = _clause_before(text, sentence, (tokens[i][0], tokens[i][1]), [])
        if speaker is None:
            # "የሃልቮርሰን ... አስኪያጅ ዦን-ፖል ዱፍሬን ... እንደሚደርስ ተናግረዋል": the subject opens the sentence
            opening = _tokens(text, start, tokens[i][0], [])
            subject = _marked(text, opening[:_OPENING_WORDS], language)
            if subject is not None and subject.kind in {"name", "organisation"}:
                start = subject.end
            # the words between, up to a weekday or a function word ("... என்று டி கெஸ்ட்ரின்
            # செவ்வாய்க்கிழமை நாடாளுமன்றத்தில் தெரிவித்தார்": de Kestrin, not "Tuesday in parliament")
            words = _unstopped(text, between, language)
            particles = sum(1 for w in words[:-1] if _word(text, w) in language_data(language).name_particles)
            speaker = subject or (_name(text, words[-(_NAME_WORDS + particles) :], language) if words else None)
        span = _trimmed(text, start, end)
        if span is None:
            return None
        return span, speaker
    return None
