"""Language of an article from its script and its most frequent function words.

News articles are long enough for a stop-word vote to be reliable; this avoids a model download.
Languages it cannot tell apart from others come back as None, never as a guess (but in a script
without capitals, below); a script that
only one language of ``languages.json`` is written in (Chinese characters, Japanese kana, Hangul,
Thai, Hebrew, Bengali, Georgian, Malayalam, Tamil, Ethiopic, Sinhala, Armenian) gives that language, and a
script without capitals that several are written in (Arabic, Devanagari) gives the one its function
words come closest to (a reader with no data finds no names there).
"""

from __future__ import annotations

import re
from collections import Counter

from onrecord.languages import Language, languages

__all__ = ["detect_language", "unread_language", "vote_lead"]

# a word, with the vowel signs and viramas of the scripts of India inside it (Devanagari "छन्", "बताए"),
# which are marks, not letters: a word of those scripts is not cut at them (each block's part before
# its danda and digits, so that "छ।" is the word "छ")
_INDIC_MARKS = "".join(f"\\u{block:04x}-\\u{block + 0x63:04x}" for block in range(0x0900, 0x0D81, 0x80))
_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_INDIC_MARKS}])*", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_ARMENIAN = re.compile(r"[\u0531-\u0556\u0560-\u0588]")  # a script with capitals, as Latin, Cyrillic, Greek
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_THAI = re.compile(r"[\u0e01-\u0e4e]")
_HEBREW = re.compile(r"[\u05d0-\u05ea]")
_BENGALI = re.compile(r"[\u0980-\u09ff]")
_GEORGIAN = re.compile(r"[\u10d0-\u10ff]")
_MALAYALAM = re.compile(r"[\u0d00-\u0d7f]")
_TAMIL = re.compile(r"[\u0b80-\u0bff]")
_ETHIOPIC = re.compile(r"[\u1200-\u137f]")
_SINHALA = re.compile(r"[\u0d80-\u0dff]")
# scripts without capitals read by the caseless reader (onrecord.extract.caseless), by name
_CASELESS = {
    "arabic": _ARABIC,
    "devanagari": _DEVANAGARI,
    "han": _HAN,
    "kana": _KANA,
    "hangul": _HANGUL,
    "thai": _THAI,
    "hebrew": _HEBREW,
    "bengali": _BENGALI,
    "georgian": _GEORGIAN,
    "malayalam": _MALAYALAM,
    "tamil": _TAMIL,
    "ethiopic": _ETHIOPIC,
    "sinhala": _SINHALA,
}
# Japanese writes Chinese characters among its kana: a text whose characters are a fifth kana or
# more is Japanese (Chinese writes none), its characters counted with its kana
_KANA_SHARE = 0.2


# A function word this short ("a", "i", "de", "na") is also a word of many languages onrecord has no
# data for, an article or a particle of their own: a vote none of whose words is longer tells
# nothing. Copy in a language of the file writes some of its longer ones ("het", "que", "dalam"),
# and more than once: a single one ("ali" in a Bantu language's copy) is a word of its own there.
_SHORT_WORD = 2
_LONG_WORDS = 2
_LONG_TEXT = 100  # words of a text long enough to write two of them (a sentence may write one)


def _long_word_voted(words: Counter[str], stopwords: frozenset[str]) -> bool:
    """Whether ``words`` write ``stopwords`` of three letters or more: twice in a text of a
    hundred words or more, once in a shorter one."""
    needed = _LONG_WORDS if sum(words.values()) >= _LONG_TEXT else 1
    return sum(words[w] for w in stopwords if len(w) > _SHORT_WORD) >= needed


def _scores(text: str, words: Counter[str], candidates: dict[str, Language]) -> dict[str, float]:
    """Each of ``candidates``' share of the words of ``text`` that are its function words (a
    twentieth more for a letter only it writes)."""
    total = sum(words.values()) or 1
    scores = {code: sum(words[w] for w in entry.stopwords) / total for code, entry in candidates.items()}
    for code, entry in candidates.items():
        if entry.letters and re.search(f"[{entry.letters}{entry.letters.upper()}]", text):
            scores[code] += 0.05  # "і", "ł", "ř": letters only this language writes
    return scores


def vote_lead(text: str, language: str, *, sample: int = 20000) -> float:
    """How far ``language``'s share of the function words of ``text`` is ahead of the next language
    written in its script (as :func:`detect_language` votes; 1.0 when no other is written in it)."""
    text = text[:sample]
    entry = languages().get(language)
    if entry is None:
        return 0.0
    candidates = {code: e for code, e in languages().items() if e.stopwords and e.script == entry.script}
    if language not in candidates or len(candidates) == 1:
        return 1.0
    scores = _scores(text, Counter(w.lower() for w in _WORD.findall(text)), candidates)
    return scores[language] - max(v for code, v in scores.items() if code != language)


def detect_language(text: str, *, sample: int = 20000) -> str | None:
    """Return the ISO 639-1 code of the language ``text`` is written in, or None if unsure.

    Args:
        text: the article body.
        sample: how many characters to look at.
    """
    text = text[:sample]
    counts = {
        "cyrillic": len(_CYRILLIC.findall(text)),
        "latin": len(_LATIN.findall(text)),
        "greek": len(_GREEK.findall(text)),
        "armenian": len(_ARMENIAN.findall(text)),
        **{script: len(pattern.findall(text)) for script, pattern in _CASELESS.items()},
    }
    if counts["kana"] >= 10 and counts["kana"] >= _KANA_SHARE * (counts["han"] + counts["kana"]):
        counts["kana"] += counts.pop("han")
    if sum(counts.values()) < 20:
        return None
    script = max(counts, key=lambda k: counts[k])  # the script most letters are written in
    candidates = {code: entry for code, entry in languages().items() if entry.stopwords and entry.script == script}
    if not candidates:
        return None  # a script no language of the file is written in (one whose data is withheld)
    if len(candidates) == 1 and script != "latin":
        return next(iter(candidates))  # the one language read in this script (Chinese words have no spaces)
    words = Counter(w.lower() for w in _WORD.findall(text))
    scores = _scores(text, words, candidates)
    best = max(scores, key=lambda k: scores[k])
    ranked = sorted(scores.values(), reverse=True)
    if script == "latin" and not _long_word_voted(words, candidates[best].stopwords):
        return None  # a vote of "a", "i", "de" alone: words many languages write as their own
    if ranked[0] < 0.08 or (len(ranked) > 1 and ranked[0] - ranked[1] < 0.02):
        # a script without capitals gives no names to a reader without data: the language of the
        # file's that its function words come closest to, or its first (Marathi read as Hindi)
        return best if script in _CASELESS else None
    return best


# Below this share of English function words among its words, a text is not English copy.
_ENGLISH_SHARE = 0.04
# Below this share it is not English copy either if its own words show another language: English
# copy's are a sixth of its words or more (a board's minutes, .18), while a language with no entry
# writes some of them as words of its own, up to a sixteenth (German "in", "was", "will"; Maltese
# "is-", "it-", the article before a noun). English copy with few of them (a results box of names
# and scores, .05) writes its lower-case words in plain a-z.
_FOREIGN_ENGLISH_SHARE = 0.1
# that share of its words lower-case ones with a letter English does not write ("für", "ħafna", "għal")
_FOREIGN_LETTER_SHARE = 0.02
_PLAIN_WORD = re.compile(r"[a-z]+")
_MIN_LETTERS = 200  # fewer letters of a script tell nothing
_UNKNOWN_SHARE = 0.5  # a text half of whose letters are of no script onrecord reads is no English copy


def unread_language(text: str, *, sample: int = 20000) -> bool:
    """Whether ``text`` is written in a language onrecord has no entry for: in a script that
    writes capitals (Latin, Cyrillic, Greek, Armenian), most of its letters are of such a script, and
    English function words are too rare in it for English copy; or most of its letters are of a
    script no language of ``languages.json`` is written in (Khmer; or Hebrew, Devanagari
    when no entry written in it is read). Its quotes are read by their
    quotation marks and the names beside them (:func:`onrecord.extract.foreign.find_foreign_candidates`
    with no cue words), not by the English parser.

    Args:
        text: the article body (whose :func:`detect_language` gave None).
        sample: how many characters to look at.
    """
    text = text[:sample]
    cased = sum(len(p.findall(text)) for p in (_LATIN, _CYRILLIC, _GREEK, _ARMENIAN))
    others = sum(len(p.findall(text)) for p in _CASELESS.values())
    letters = sum(1 for c in text if c.isalpha())
    unknown = letters - cased - others  # Khmer: a script no entry is written in
    if unknown >= _MIN_LETTERS and unknown > _UNKNOWN_SHARE * letters:
        return True
    written = {entry.script for entry in languages().values()}
    unwritten = sum(len(p.findall(text)) for script, p in _CASELESS.items() if script not in written)
    if unwritten >= _MIN_LETTERS and unwritten > _UNKNOWN_SHARE * letters:
        return True  # a caseless script read by no entry (Hebrew for a language onrecord has no data for)
    if cased < _MIN_LETTERS or cased < 0.8 * letters or others > cased:
        return False
    written_words = _WORD.findall(text)
    words = [w.lower() for w in written_words]
    english = languages()["en"].stopwords
    share = sum(w in english for w in words) / max(1, len(words))
    if share < _ENGLISH_SHARE:
        return True
    if share >= _FOREIGN_ENGLISH_SHARE:
        return False
    foreign = sum(1 for w in written_words if w.islower() and not _PLAIN_WORD.fullmatch(w))
    return foreign >= _FOREIGN_LETTER_SHARE * max(1, len(words))
