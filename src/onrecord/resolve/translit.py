"""Transliteration and a spelling-independent key for names across scripts and languages.

``transliterate`` writes Cyrillic in the Latin letters English-language news uses (Песков ->
Peskov), and Greek, Arabic and Devanagari as they sound (Χαμντάν -> Hamdan, देव -> Dev).
``name_key`` then folds the spellings that different languages give the same name
(German Selenskyj, English Zelensky, French Zelensky, Polish Zełenski) onto one key, by rules over
letters and endings rather than a list of names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "korean_name",
    "name_key",
    "same_consonants",
    "same_name_but_a_consonant",
    "same_name_by_ear",
    "same_word_by_ear",
    "thai_letters",
    "transliterate",
]

_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    # Ukrainian and Belarusian letters
    "є": "ye",
    "і": "i",
    "ї": "yi",
    "ґ": "g",
    "ў": "u",
    # Serbian and Macedonian letters, as their own Latin alphabets write them (Ђурђевић = Đurđević)
    "ђ": "đ",
    "ј": "j",
    "љ": "lj",
    "њ": "nj",
    "ћ": "ć",
    "џ": "dž",
    "ѓ": "gj",
    "ќ": "kj",
    "ѕ": "dz",
    # Mongolian and Kazakh rounded vowels (Батбаяр = Batbayar, Төмөр = Tomor)
    "ө": "o",
    "ү": "u",
    # the letters Tajik adds (in Uzbek Cyrillic too), as English spells their sounds (Ҳамид = Hamid,
    # Ҷамшед = Jamshed, Раҳимӣ = Rahimi, Рӯзиев = Ruziev); not yet those of Kazakh (қ, ң, ғ, ә, ұ),
    # whose names papers inflect: a genitive ending written in full keeps a surname from its own
    "ҳ": "h",
    "ҷ": "j",
    "ӣ": "i",
    "ӯ": "u",
}
# Word-initial "е" is "ye" in English news (Yevgeny); "ий"/"ый" endings are "y" (Dmitry, Zelensky).
_ENDINGS = (("ий", "y"), ("ый", "y"), ("ій", "iy"))


def _word(word: str) -> str:
    lower = word.lower()
    out = []
    i = 0
    while i < len(lower):
        pair = lower[i : i + 2]
        if i + 2 == len(lower) and any(pair == end for end, _ in _ENDINGS):
            out.append(dict(_ENDINGS)[pair])
            break
        ch = lower[i]
        if ch == "е" and (i == 0 or lower[i - 1] in "аеёиоуыэюяьъ"):
            out.append("ye")
        elif ch in _CYRILLIC:
            out.append(_CYRILLIC[ch])
        else:
            out.append(word[i])
        i += 1
    text = "".join(out)
    if word[:1].isupper():
        text = text[:1].upper() + text[1:]
    if word.isupper() and len(word) > 1:
        text = text.upper()
    return text


# Greek as Greek papers write foreign names (Χαμντάν = Hamdan, Μπεγκ = Beg, Ντουμπάι = Dubai):
# the digraphs of b, d, g and u first, "γι" before a vowel as y; "χ" is h at a word's start
# (Hamid) and kh inside (Zukhra); "γου" before a vowel at a word's start is an English w
# (Γουίλιαμ = William, Γουίλμοτ = Wilmot). Accents and the diaeresis are dropped.
_GREEK_DIGRAPHS = [
    ("μπ", "b"), ("ντ", "d"), ("γκ", "g"), ("γγ", "ng"), ("τσ", "ts"), ("τζ", "j"), ("ου", "u"),
    ("αυ", "av"), ("ευ", "ev"),
]  # fmt: skip
_GREEK = dict(zip("αβγδεζηικλμνξοπρσςτυφω", "avgdeziiklmnxoprsstifo", strict=True))
_GREEK.update({"θ": "th", "χ": "kh", "ψ": "ps"})
_GREEK_WORD = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]+")


def _greek_word(word: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    bare = re.sub(r"γι(?=[αεοου])", "y", bare)
    bare = re.sub(r"^χ", "h", bare)
    bare = re.sub(r"^γου(?=[αεηιοωυ])", "w", bare)
    for pair, latin in _GREEK_DIGRAPHS:
        bare = bare.replace(pair, latin)
    text = "".join(_GREEK.get(c, c) for c in bare)
    return text[:1].upper() + text[1:] if word[:1].isupper() else text


# Arabic as it writes foreign names by ear (أوكونجو = Okonjo, دروزديك = Drozdek): its consonants,
# and its long vowels and glides as vowels (و u, ي i) inside a word, as consonants (w, y) at its
# start; short vowels are not written, the hamza and ain not heard in English spelling.
_ARABIC = dict(zip("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ", "abttjhkddrzsssdtz'gfqklmnhwyaa'aiauu", strict=True))
_ARABIC.update({"ث": "th", "خ": "kh", "ذ": "dh", "ش": "sh", "غ": "gh", "ع": "", "ء": "", "ؤ": "", "ئ": "i"})
# Persian's own letters: its yeh and keheh for Arabic's, and the four Arabic does not write
_ARABIC.update({"ی": "y", "ک": "k", "گ": "g", "پ": "p", "چ": "ch", "ژ": "zh"})
# the letters Urdu, Sindhi and Pashto add for their retroflex, aspirated and other sounds, as
# English spells those sounds (Urdu ٹ t, Sindhi ڪ k and ٽ t, Pashto ښ sh)
_ARABIC.update({"ٹ": "t", "ڈ": "d", "ڑ": "r", "ں": "n", "ہ": "h", "ھ": "h", "ے": "e", "ۃ": "h"})
_ARABIC.update({"ٽ": "t", "ٺ": "th", "ٿ": "th", "ڊ": "d", "ڏ": "d", "ڌ": "dh", "ڍ": "dh", "ڙ": "r", "ڳ": "g"})
_ARABIC.update({"ڱ": "ng", "ڄ": "j", "ڃ": "ny", "ٻ": "b", "ڀ": "bh", "ڦ": "ph", "ڇ": "ch", "ڻ": "n", "ڪ": "k"})
_ARABIC.update({"ټ": "t", "ډ": "d", "ړ": "r", "ښ": "sh", "ږ": "zh", "ځ": "dz", "څ": "ts", "ڼ": "n", "ۍ": "y", "ې": "e"})
# the vowels and consonants Uyghur and Kurdish (Sorani) write with letters of their own (Uyghur
# ئىلھام = Ilham, قادىر = Qadir): its vowels as the nearest English spelling, no dots kept
_ARABIC.update({"ۇ": "u", "ۈ": "u", "ۆ": "o", "ۋ": "v", "ە": "e", "ڭ": "ng", "ێ": "e", "ڵ": "l", "ڕ": "r"})
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06d5]+")  # not Urdu's full stop ۔


def _arabic_word(word: str) -> str:
    out = []
    for i, ch in enumerate(word):
        if ch in "ويی" and i > 0:
            out.append("u" if ch == "و" else "i")
        elif ch == "ى" and 0 < i < len(word) - 1:
            out.append("i")  # Arabic writes the alef maksura last; inside a word it is Uyghur's "i"
        elif ch == "ئ" and i == 0:
            out.append("")  # Arabic writes no word with it first; Uyghur's carrier of a first vowel
        else:
            out.append(_ARABIC.get(ch, ""))
    text = "".join(out)
    return text[:1].upper() + text[1:]


# Devanagari, an alphabet whose consonants carry an "a" unless a vowel sign or the virama follows
# (केलरमैन = kelaramain, Kellermann by ear); the last consonant of a word keeps no "a".
_DEVANAGARI_CONSONANTS = dict(
    zip(
        "कखगघङचछजझञटठडढणतथदधनपफबभमयरलळवशषसह",
        "k kh g gh n ch chh j jh n t th d dh n t th d dh n p ph b bh m y r l l v sh sh s h".split(),
        strict=True,
    )
)
_NUKTA = "\u093c"  # the dot that writes sounds Hindi borrowed: ज़ z, फ़ f, ड़ r
_WITH_NUKTA = {
    "ज": "z", "फ": "f", "ड": "r", "ढ": "rh", "क": "k", "ख": "kh", "ग": "g", "न": "n", "र": "r", "ळ": "zh",
    "य": "y",  # य़, Bengali য় (ওয়েলারান = Oyelaran)
}  # fmt: skip
_VIRAMA = "\u094d"
# (with the short "e" and "o" the scripts of the south write, ऎ ॆ ऒ ॊ in Devanagari's places)
_DEVANAGARI_VOWELS = dict(zip("अआइईउऊऋऎएऐऒओऔ", "a aa i ii u uu ri e e ai o o au".split(), strict=True))
_DEVANAGARI_SIGNS = dict(zip("ािीुूृॆेैॊोौ", "a i i u u ri e e ai o o au".split(), strict=True))
_DEVANAGARI_WORD = re.compile(r"[\u0900-\u097f]+")


def _devanagari_word(word: str) -> str:
    word = unicodedata.normalize("NFD", word)  # "ज़" as "ज" and the nukta
    out = []
    for i, ch in enumerate(word):
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if ch in _DEVANAGARI_CONSONANTS:
            out.append(_WITH_NUKTA.get(ch, "") if nxt == _NUKTA else _DEVANAGARI_CONSONANTS[ch])
            if nxt == _NUKTA:
                nxt = word[i + 2] if i + 2 < len(word) else ""
            if nxt and nxt not in _DEVANAGARI_SIGNS and nxt != _VIRAMA:
                out.append("a")  # the inherent vowel, but at the word's end
        elif ch in _DEVANAGARI_VOWELS:
            out.append(_DEVANAGARI_VOWELS[ch])
        elif ch in _DEVANAGARI_SIGNS:
            out.append(_DEVANAGARI_SIGNS[ch])
        elif ch in "ंँ":
            out.append("m" if nxt in "पफबभम" and nxt else "n")  # सितंबर = sitambar, as said
    text = "".join(out)
    return text[:1].upper() + text[1:]


# The other scripts of India (Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
# Malayalam) lay their letters out in Unicode as Devanagari does, each in a block of its own: a
# letter is read as the Devanagari letter in its place (Telugu శ్రావణి = Shraavani, మే = me,
# Bengali সোমবার = somavaar); Malayalam's consonants with no vowel of their own (chillu, ൻ = न्),
# Bengali's ৎ and Gurmukhi's ੰ are spelled out, the joiners between letters are no letter.
_INDIC_WORD = re.compile(r"[\u0980-\u0d7f][\u0980-\u0d7f\u200c\u200d]*")
_INDIC_SPELLED = {
    "\u0d7a": "ण्",
    "\u0d7b": "न्",
    "\u0d7c": "र्",
    "\u0d7d": "ल्",
    "\u0d7e": "ळ्",
    "\u0d7f": "क्",
    "\u09ce": "त्",
    # the letters Assamese and Odia write outside the layout the scripts share: Assamese ৰ (ra)
    # and ৱ (wa), Odia ୱ (wa)
    "\u09f0": "र",
    "\u09f1": "व",
    "\u0b71": "व",
    "\u0a70": "ं",
    "\u0a71": "",
    "\u200c": "",
    "\u200d": "",
}
_BLOCK = 0x80  # the letters of each of those scripts fill a block of this many code points
# The digits of Devanagari and of those scripts (২০২৬, ௧௨): figures, not letters, kept as figures.
_INDIC_DIGIT = re.compile(
    "[\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f]"
)


_MALAYALAM_T = re.compile("\u0d31\u0d4d\u0d31|\u0d28\u0d4d\u0d31|\u0d7b\u0d4d?\u0d31")


def _indic_word(word: str) -> str:
    """A word in one of the scripts of India other than Devanagari, transliterated as its
    Devanagari letters would be."""
    letters = []
    # Malayalam writes t, doubled or after n, with its second r (റ്റ tt, ന്റ nt: ബെനഡിക്റ്റ് = Benedikt)
    word = _MALAYALAM_T.sub(lambda m: "\u0d28\u0d4d\u0d1f" if m.group()[0] != "\u0d31" else "\u0d1f\u0d4d\u0d1f", word)
    for c in unicodedata.normalize("NFC", word):
        if c in _INDIC_SPELLED:
            letters.append(_INDIC_SPELLED[c])
        else:
            letters.append(chr(0x0900 + ord(c) % _BLOCK))
    return _devanagari_word("".join(letters))


# Katakana, the syllabary Japanese writes foreign names in by ear (トマシュ・カルモ = Tomasz
# Kalmo): Hepburn syllables, the small vowels after a syllable for the sounds Japanese borrowed
# (ヴァ va, ファ fa, ティ ti, シェ she), the long-vowel mark and the small ッ (a doubled consonant)
# not written, the middle dot between a name's words a space.
_KANA_ROWS = {
    "": "アイウエオ", "k": "カキクケコ", "g": "ガギグゲゴ", "s": "サシスセソ", "z": "ザジズゼゾ", "t": "タチツテト",
    "d": "ダヂヅデド", "n": "ナニヌネノ", "h": "ハヒフヘホ", "b": "バビブベボ", "p": "パピプペポ", "m": "マミムメモ",
    "y": "ヤ-ユ-ヨ", "r": "ラリルレロ", "w": "ワ---ヲ",
}  # fmt: skip
_KANA = {
    kana: consonant + vowel
    for consonant, row in _KANA_ROWS.items()
    for kana, vowel in zip(row, "aiueo", strict=True)
    if kana != "-"
}
_KANA.update({"シ": "shi", "チ": "chi", "ツ": "tsu", "フ": "fu", "ジ": "ji", "ヂ": "ji", "ヅ": "zu"})
_KANA.update({"ン": "n", "ヴ": "vu"})
_KANA.update({"ー": "", "ッ": "", "・": " ", "＝": " "})
_SMALL_KANA = dict(zip("ァィゥェォャュョ", "aiueo" + "auo", strict=True))
_KANA_WORD = re.compile(r"[\u30a0-\u30ff]+")


def _kana_word(word: str) -> str:
    out: list[str] = []
    for ch in word:
        if ch in _SMALL_KANA and out and out[-1]:
            syllable = out.pop()
            onset = syllable[:-1] if syllable[-1:] in "aiueo" else syllable
            if ch in "ャュョ" and onset in {"sh", "ch", "j"}:
                out.append(onset + _SMALL_KANA[ch])  # シュ shu, ジョ jo
            elif ch in "ャュョ":
                out.append(onset + "y" + _SMALL_KANA[ch])  # キュ kyu
            else:
                out.append((onset or syllable[:-1] or "") + _SMALL_KANA[ch])  # ファ fa, ティ ti, ウィ wi
        else:
            out.append(_KANA.get(ch, ""))
    text = " ".join(part[:1].upper() + part[1:] for part in "".join(out).split())
    return text


# Hangul, an alphabet written in syllable blocks (Revised Romanization): each block's initial,
# vowel and final; ㄹ after ㄹ is an l (필립 = Pillip). A foreign name written by ear puts the
# vowel "eu" after a consonant Korean cannot end a syllable with (노바크 = Novak, 마르타
# = Marta): that vowel is not written.
_HANGUL_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_HANGUL_VOWELS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_HANGUL_FINALS = ["", *"k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()]
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
_EU, _SILENT, _RIEUL, _FINAL_RIEUL = 18, 11, 5, 8  # the vowel "eu", the silent initial, ㄹ first and last
# The family names English-language news spells otherwise than the Revised Romanization (김 Kim,
# not Gim; 이 Lee, not I)
_KOREAN_FAMILY = {
    "김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho", "윤": "Yoon",
    "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin", "권": "Kwon", "황": "Hwang",
    "안": "Ahn", "송": "Song", "류": "Ryu", "홍": "Hong", "전": "Jeon", "고": "Ko", "문": "Moon", "양": "Yang",
    "손": "Son", "배": "Bae", "백": "Baek", "노": "Noh", "하": "Ha", "곽": "Kwak", "남": "Nam", "유": "Yoo",
}  # fmt: skip


def _hangul_syllables(word: str, by_ear: bool = True) -> list[str]:
    out = []
    final_before = 0
    for ch in word:
        code = ord(ch) - 0xAC00
        initial, vowel, final = code // 588, (code % 588) // 28, code % 28
        onset = (
            "l" if initial == _RIEUL and final_before == _FINAL_RIEUL else _HANGUL_INITIALS[initial].replace("-", "")
        )
        final_before = final
        if by_ear and vowel == _EU and initial != _SILENT:
            out.append(onset + _HANGUL_FINALS[final])  # 크 of 노바크, 글 of 베르글룬드: the consonants alone
            continue
        out.append(onset + _HANGUL_VOWELS[vowel] + _HANGUL_FINALS[final])
    return out


def _hangul_word(word: str) -> str:
    text = "".join(_hangul_syllables(word))
    return text[:1].upper() + text[1:]


def korean_name(word: str) -> str | None:
    """A Korean person's name written as one word, family name first ("박서준"), as English news
    writes it ("Park Seo-jun"); None when its first syllable is no family name the table knows or
    it is not three syllables long (most Korean names are; a word of two, "한국", is as often a
    noun)."""
    if not _HANGUL_WORD.fullmatch(word) or len(word) != 3 or word[0] not in _KOREAN_FAMILY:
        return None
    given = "-".join(_hangul_syllables(word[1:], by_ear=False))
    return f"{_KOREAN_FAMILY[word[0]]} {given[:1].upper()}{given[1:]}"


# Thai, as its people's names are spelled in Latin letters (สุรชัย ทองมาก = Surachai Thongmak): each
# consonant as its letter, not as it sounds at a syllable's end (ล l; a last จ j); a vowel written
# before its consonant (เ แ โ ใ ไ) after it; a letter under the silencing mark, tone marks and the
# vowel carrier อ not written; ว after a word's first consonant is the vowel "ua" (ดวง). The vowel
# a consonant carries unwritten is not written either: names written by ear are compared by their
# consonants.
_THAI_CONSONANTS = dict(
    zip(
        "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ",
        "k kh kh kh kh kh ng ch ch ch s ch y d t th th th n d t th th th n b p p f p f p m y r l w s s s h l o h"
        " ".split(),
        strict=True,
    )
)
_THAI_VOWELS = {
    "ะ": "a", "ั": "a", "า": "a", "ำ": "am", "ิ": "i", "ี": "i", "ึ": "ue", "ื": "ue", "ุ": "u", "ู": "u",
    "ฤ": "rue", "ๅ": "",
}  # fmt: skip
_THAI_LEADING = {"เ": "e", "แ": "ae", "โ": "o", "ใ": "ai", "ไ": "ai"}
_THAI_WORD = re.compile(r"[\u0e01-\u0e4e]+")


# The k-sounds Thai writes with an aspirated letter (ค, ข, ฆ: "kh" in Thai romanisation), which
# a foreign name it spells by ear had as a plain k or c (อาเคอลันด์ = Akeland).
_THAI_K = str.maketrans(dict.fromkeys("ขฃคฅฆ", "ก"))


# Lao's block follows Thai's, each letter the Thai letter of its sound in its place 128 code points
# before (ກ ก, ມ ม, ເ เ, the tone marks): Lao is read as the Thai it would be
_LAO_LETTER = re.compile(r"[\u0e81-\u0ece]")
_LAO_AS_THAI = {lao: lao - 0x80 for lao in range(0x0E81, 0x0ECF)}


def _lao_as_thai(text: str) -> str:
    """``text`` with its Lao letters written as the Thai letters of the same sounds."""
    return text.translate(_LAO_AS_THAI) if _LAO_LETTER.search(text) else text


def _thai_word(word: str, letters: bool = False) -> str:
    """A Thai word in Latin letters, as Thai romanisation writes it; with ``letters``, the letters
    of the foreign name Thai spelled: its silenced letters kept (นีลส์ อาเคอลันด์ = Nils
    Akeland, the s and d silenced) and its aspirated k-letters a k."""
    word = re.sub(r"[\u0e48-\u0e4b\u0e47]", "", word)  # tone marks, the short mark
    word = word.replace("าร์", "าร")  # คาร์ล = Karl: a foreign name's r after a long a, written silenced
    if letters:
        word = word.translate(_THAI_K).replace("\u0e4c", "")
    word = re.sub(r"[\u0e01-\u0e2e][\u0e31\u0e34-\u0e39]?\u0e4c", "", word)  # a silenced letter (ศ์, ดิ์)
    out: list[str] = []
    leading = ""
    for i, ch in enumerate(word):
        nxt = word[i + 1] if i + 1 < len(word) else ""
        prev = word[i - 1] if i > 0 else ""
        if ch in _THAI_LEADING:
            leading = _THAI_LEADING[ch]
            continue
        if ch in _THAI_CONSONANTS:
            if ch == "อ" and (i == 0 or prev in _THAI_LEADING or nxt in _THAI_VOWELS):
                sound = ""  # the carrier of a vowel
            elif ch == "ว" and i == 1 and nxt in _THAI_CONSONANTS and not leading:
                sound = "ua"  # ดวง: the vowel after a word's first consonant
            elif ch == "จ" and i > 0 and not nxt:
                sound = "j"  # a name's last จ is a j
            else:
                sound = _THAI_CONSONANTS[ch]
            out.append(sound + leading)
            leading = ""
        elif ch in _THAI_VOWELS:
            out.append(_THAI_VOWELS[ch])
    text = "".join(out)
    return text[:1].upper() + text[1:]


# Georgian (Mkhedruli, and the Mtavruli capitals some headlines use) as its national
# romanisation writes it (თამარ = Tamar, ჯავახიშვილი = Javakhishvili): the ejective and the
# aspirated consonants alike (კ and ქ k, ტ and თ t, პ and ფ p, წ and ც ts, ჭ and ჩ ch).
_GEORGIAN = dict(
    zip(
        "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
        "a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h".split(),
        strict=True,
    )
)
_MTAVRULI = 0x1C90 - 0x10D0  # a capital's offset from its Mkhedruli letter
_GEORGIAN_WORD = re.compile(r"[\u10d0-\u10f0\u1c90-\u1cb0]+")


def _georgian_word(word: str) -> str:
    text = "".join(_GEORGIAN.get(chr(ord(c) - _MTAVRULI) if ord(c) >= 0x1C90 else c, "") for c in word)
    return text[:1].upper() + text[1:]


# Sinhala as its letters sound (පෙරේරා = Perera, සැප්තැම්බර් = saeptaembar): a consonant carries
# an "a" unless a vowel sign or the virama (al-lakuna) follows; the zero-width joiner of a
# conjunct is no letter
_SINHALA_CONSONANTS = dict(
    zip(
        "කඛගඝඞඟචඡජඣඤඥටඨඩඪණඬතථදධනඳපඵබභමඹයරලවශෂසහළෆ",
        "k kh g gh ng ng ch ch j jh ny gn t th d dh n nd t th d dh n nd p ph b bh m mb y r l v sh sh s h l f".split(),
        strict=True,
    )
)
_SINHALA_VOWELS = dict(zip("අආඇඈඉඊඋඌඍඑඒඓඔඕඖ", "a aa ae aae i ii u uu ri e ee ai o oo au".split(), strict=True))
_SINHALA_SIGNS = dict(zip("ාැෑිීුූෘෙේෛොෝෞ", "aa ae aae i ii u uu ru e ee ai o oo au".split(), strict=True))
_SINHALA_VIRAMA = "\u0dca"
_SINHALA_WORD = re.compile(r"[\u0d80-\u0dff\u200d]+")


def _sinhala_word(word: str) -> str:
    out: list[str] = []
    letters = [c for c in word if c != "\u200d"]
    for i, c in enumerate(letters):
        nxt = letters[i + 1] if i + 1 < len(letters) else ""
        if c in _SINHALA_CONSONANTS:
            out.append(_SINHALA_CONSONANTS[c])
            if nxt != _SINHALA_VIRAMA and nxt not in _SINHALA_SIGNS:
                out.append("a")
        elif c in _SINHALA_VOWELS:
            out.append(_SINHALA_VOWELS[c])
        elif c in _SINHALA_SIGNS:
            out.append(_SINHALA_SIGNS[c])
        elif c == "\u0d82":  # anusvara
            out.append("ng")
    text = "".join(out)
    return text[:1].upper() + text[1:]


# Ethiopic (Ge'ez script: Amharic, Tigrinya) as its syllables sound: each row of eight holds one
# consonant with its seven vowels and a w-glide (ለ le, ሉ lu, ሊ li, ላ la, ሌ e, ል l, ሎ lo, ሏ lwa);
# the sixth is the consonant alone, which is how a foreign name's closing or clustered consonant is
# written (ሊንድቪስት = Lindvist); the glottal and pharyngeal rows are the vowels themselves
_ETHIOPIC_CONSONANTS = (
    "h l h m s r s sh k kw kh khw b v t ch h hw n ny - k kw kh khw w - z zh y d d j g gw ng t ch p ts ts f p"
).split()
_ETHIOPIC_VOWELS = ("e", "u", "i", "a", "e", "", "o", "wa")
_ETHIOPIC_BARE_VOWELS = ("a", "u", "i", "a", "e", "i", "o", "wa")
_ETHIOPIC_WORD = re.compile(r"[\u1200-\u1357]+")


def _ethiopic_word(word: str) -> str:
    out: list[str] = []
    for c in word:
        row, order = divmod(ord(c) - 0x1200, 8)
        if row >= len(_ETHIOPIC_CONSONANTS):
            continue
        consonant = _ETHIOPIC_CONSONANTS[row]
        if consonant == "-":
            out.append(_ETHIOPIC_BARE_VOWELS[order])
        elif consonant.endswith("w") and len(consonant) > 1:  # a labialised row: its vowels after the w
            out.append(consonant + ("a" if order in (0, 3) else _ETHIOPIC_VOWELS[order]))
        else:
            out.append(consonant + _ETHIOPIC_VOWELS[order])
    text = "".join(out)
    return text[:1].upper() + text[1:]


# Armenian as its letters sound (Հակոբյան = Hakobyan, Լիզել = Lizel): ու is u, or w before a vowel
# (Ուիլյամ = William); a word's first ե and ո are ye and vo (Երեմյան = Yeremyan), և is ev (Գևորգ = Gevorg); the
# aspirated and the plain consonants alike (թ and տ t, փ and պ p, ք and կ k, ց and ծ ts).
_ARMENIAN = dict(
    zip(
        "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
        "a b g d e z e e t zh i l kh ts k h dz gh ch m y n sh o ch p j r s v t r ts v p k o f".split(),
        strict=True,
    )
)
_ARMENIAN_WORD = re.compile(r"[\u0531-\u0556\u0561-\u0587]+")


def _armenian_word(word: str) -> str:
    lower = word.lower().replace("և", "եվ")
    out: list[str] = []
    i = 0
    while i < len(lower):
        ch = lower[i]
        if lower.startswith("ու", i):
            out.append("w" if i + 2 < len(lower) and lower[i + 2] in "աեէըիոօ" else "u")
            i += 2
            continue
        if i == 0 and ch in "եո":
            out.append("ye" if ch == "ե" else "vo")
        else:
            out.append(_ARMENIAN.get(ch, ""))
        i += 1
    text = "".join(out)
    return text[:1].upper() + text[1:] if word[:1].isupper() else text


# Hebrew, an abjad, as its letters sound (ליאורה = Liora, בר-עוז = Bar-Oz by ear): the letters of the
# vowels (א, ע, and ו, י inside a word) the vowels they stand for, a final ה an a; a geresh after a
# letter writes the sound Hebrew borrowed (ג׳ j, ז׳ zh, צ׳ ch); the points, when written, no letter.
_HEBREW = dict(
    zip(
        "אבגדהוזחטיכךלמםנןסעפףצץקרשת",
        "a b g d h v z kh t y k kh l m m n n s a p f ts ts k r sh t".split(),
        strict=True,
    )
)
_HEBREW_GERESH = {"ג": "j", "ז": "zh", "צ": "ch", "ץ": "ch", "ת": "th"}
_HEBREW_WORD = re.compile(r"[\u05d0-\u05ea][\u05d0-\u05ea\u0591-\u05c7\u05f3'’]*")


def _hebrew_word(word: str) -> str:
    letters = re.sub(r"[\u0591-\u05c7]", "", word)
    out: list[str] = []
    for i, ch in enumerate(letters):
        nxt = letters[i + 1] if i + 1 < len(letters) else ""
        if ch in "\u05f3'’":
            continue
        if nxt and nxt in "\u05f3'’" and ch in _HEBREW_GERESH:
            out.append(_HEBREW_GERESH[ch])
        elif ch in "וי" and i > 0 and nxt != ch and letters[i - 1] != ch:
            out.append("o" if ch == "ו" else "i")  # a vowel inside a word
        elif ch in "וי" and nxt == ch:
            continue  # וו, יי: one v, one y
        elif ch == "ה" and i == len(letters) - 1 and i > 0:
            out.append("a")
        else:
            out.append(_HEBREW.get(ch, ""))
    text = "".join(out)
    return text[:1].upper() + text[1:]


# Canadian syllabics (Inuktitut, Cree, Ojibwe) written as the Unicode names of their characters say
# (ᑳᓪ = KAA L, ᒥᒃᑭᒐᖅ = MI K KI CA Q), read with Inuktitut's values, the language news in syllabics
# is written in: the Cree o an u, the Cree c a g (ᒐ = ga) and the f a v (ᕙ = va); ᒥᒃᑭᒐᖅ = mikkigaq.
_SYLLABICS_WORD = re.compile(r"[\u1400-\u167f\u18b0-\u18ff]+")
_SYLLABLE = re.compile(r"CANADIAN SYLLABICS (?:[A-Z-]+ )*?(?P<sound>[A-Z]+)$")
_SYLLABIC_LETTERS = str.maketrans("ocf", "ugv")


@lru_cache(maxsize=4096)
def _syllabic(ch: str) -> str:
    """One syllabic character in Latin letters (a final's mark, a dot or a stroke, none)."""
    name = unicodedata.name(ch, "")
    if " FINAL " in name:
        return ""  # a finishing mark (FINAL MIDDLE DOT) adds no sound a name keeps
    m = _SYLLABLE.match(name)
    return m.group("sound").casefold().translate(_SYLLABIC_LETTERS) if m else ""


def _syllabics_word(word: str) -> str:
    text = "".join(_syllabic(ch) for ch in word)
    return text[:1].upper() + text[1:]


def transliterate(text: str) -> str:
    """Write Cyrillic, Greek, Arabic, Devanagari and the other scripts of India, katakana, Hangul,
    Thai (and Lao, as Thai), Georgian, Sinhala, Ethiopic, Armenian, Hebrew and Canadian syllabics in Latin (English news
    conventions for the first two, Thai and Georgian, the letters heard for the others); other
    text is unchanged;
    the digits of the scripts of India are written as Latin digits."""
    if _INDIC_DIGIT.search(text):
        text = _INDIC_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)
    if re.search(r"[\u0400-\u04ff]", text):
        text = re.sub(r"[\u0400-\u04ff]+", lambda m: _word(m.group()), text)
    if _GREEK_WORD.search(text):
        text = _GREEK_WORD.sub(lambda m: _greek_word(m.group()), text)
    if _ARABIC_WORD.search(text):
        # Persian's zero-width non-joiner between a name's parts ("مهدوی‌راد") is the hyphen of its Latin spelling
        text = re.sub(r"(?<=[\u0621-\u06d3])\u200c(?=[\u0621-\u06d3])", "-", text)
        text = _ARABIC_WORD.sub(lambda m: _arabic_word(m.group()), text)
    if _DEVANAGARI_WORD.search(text):
        text = _DEVANAGARI_WORD.sub(lambda m: _devanagari_word(m.group()), text)
    if _INDIC_WORD.search(text):
        text = _INDIC_WORD.sub(lambda m: _indic_word(m.group()), text)
    if _KANA_WORD.search(text):
        text = _KANA_WORD.sub(lambda m: _kana_word(m.group()), text)
    if _HANGUL_WORD.search(text):
        text = _HANGUL_WORD.sub(lambda m: _hangul_word(m.group()), text)
    text = _lao_as_thai(text)
    if _THAI_WORD.search(text):
        text = _THAI_WORD.sub(lambda m: _thai_word(m.group()), text)
    if _GEORGIAN_WORD.search(text):
        text = _GEORGIAN_WORD.sub(lambda m: _georgian_word(m.group()), text)
    if _SINHALA_WORD.search(text):
        text = _SINHALA_WORD.sub(lambda m: _sinhala_word(m.group()), text)
    if _ETHIOPIC_WORD.search(text):
        text = _ETHIOPIC_WORD.sub(lambda m: _ethiopic_word(m.group()), text)
    if _ARMENIAN_WORD.search(text):
        text = _ARMENIAN_WORD.sub(lambda m: _armenian_word(m.group()), text)
    if _HEBREW_WORD.search(text):
        text = _HEBREW_WORD.sub(lambda m: _hebrew_word(m.group()), text)
    if _SYLLABICS_WORD.search(text):
        text = _SYLLABICS_WORD.sub(lambda m: _syllabics_word(m.group()), text)
    return text


def thai_letters(text: str) -> str:
    """``text`` with its Thai words written in the letters of the foreign names Thai spells by ear
    (:func:`_thai_word` with ``letters``: "นีลส์ อาเคอลันด์" -> "Nils Akeoland"), not as
    Thai romanisation reads them; other text is unchanged."""
    return _THAI_WORD.sub(lambda m: _thai_word(m.group(), letters=True), _lao_as_thai(text))


# Digraphs first (to placeholders), then single letters, then placeholders back: so "ch" never
# meets the c-before-i rule and "cz" (Polish) meets "ch" (English) and "tsch" (German).
_FOLD = [
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"^wh", "w"),  # Whitcomb = Уиткомб
        (r"tsch", "C"),
        (r"sch|sz|sh", "S"),
        (r"tch|cz|ch", "C"),
        (r"dzh|dz|zh|rz", "J"),
        (r"kh", "h"),
        (r"ts|tz", "T"),
        (r"th", "t"),  # Korvath = Корват, Thomas = Tomas
        (r"ck", "k"),
        (r"ph", "f"),
        (r"w", "v"),
        (r"x", "ks"),
        (r"q", "k"),
        (r"ou", "u"),
        (r"oe", "e"),
        (r"ae", "e"),
        (r"ue", "u"),
        (r"j", "y"),
        (r"ie", "i"),
        (r"iy", "i"),
        (r"yy", "i"),
        (r"ij", "i"),
        (r"yi", "i"),
        (r"y", "i"),
        (r"ee", "i"),
        (r"c(?=[ei])", "s"),
        (r"c", "k"),
        (r"C", "ch"),
        (r"S", "sh"),
        (r"J", "zh"),
        (r"T", "ts"),
        (r"([a-z])\1", r"\1"),
    )
]


# The South Slavic surname ending -ić (-ич), which papers write "-ic", "-ich" or "-itch" ("Dragić",
# "Dragic", "Dragich" are one name): the key spells it as it sounds, after a consonant and three
# letters at least, so a short name ("Eric") keeps its k.
_SOFT_IC = re.compile(r"(?<=[a-z]{2}[^aeiouy\W])ic$")


_INNER_APOSTROPHE = re.compile(r"(?<=\w)['’ʼ‘`](?=\w)")
# The ending Czech and Slovak add to a woman's surname, a foreign one too ("de Grootová" of "de
# Groot", "Merkelová"): the key is the surname without it, as it is without the Polish "-ska".
_CZECH_FEMININE = re.compile(r"(?<=[^\W\d_]{3})ová(?![^\W\d_])", re.I)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Return a key under which spellings of one name in different languages coincide.

    ``name_key("Volodymyr Zelensky") == name_key("Wolodymyr Selenskyj") == name_key("Владимир
    Зеленский")`` is not promised for given names that differ (Volodymyr/Vladimir), but
    surnames fold together: ``name_key("Selenskyj") == name_key("Zelensky") == name_key("Зеленский")``.
    """
    text = transliterate(_INNER_APOSTROPHE.sub("", name))  # O'Neill = O’Neill = ONeill
    text = _CZECH_FEMININE.sub("", text)  # "Margit de Grootová" is the "Margit de Groot" of other papers
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    if not re.search(r"[a-z]", text) and re.search(r"[^\W\d_]", name):
        # a script transliterate does not write (Hebrew): the name in its own
        # letters, not the empty key every such name would share
        return " ".join(name.casefold().split())
    words = []
    cyrillic = [bool(re.search(r"[\u0400-\u04ff]", w)) for w in re.findall(r"[^\W\d_]+", name)]
    for index, word in enumerate(re.findall(r"[a-z]+", text)):
        if index < len(cyrillic) and cyrillic[index] and re.match(r"u[aeio]", word):
            word = "w" + word[1:]  # Russian writes an English initial w as у: Уиткомб, Уильям
        elif index < len(cyrillic) and cyrillic[index] and re.match(r"ou[aeio]", word):
            word = "ow" + word[2:]  # and an initial ow as оу: Оуэн = Owen
        # German and Polish write the English initial z-sound as s; the key is by sound
        if len(word) > 3 and word[0] == "s" and word[1] in "aeiouy" and name_has_german_s(word):
            word = "z" + word[1:]
        if index or len(cyrillic) == 1:
            word = _SOFT_IC.sub("ich", word)  # not a given name's ("Dominic")
        for pattern, repl in _FOLD:
            word = pattern.sub(repl, word)
        word = re.sub(r"(ski|ska|sky)$", "ski", word)
        words.append(word)
    return " ".join(words)


def dutch_oe_as_u(name: str) -> str | None:
    """The key of a name's last word read with the Dutch "oe" said u ("Snoek" = Снук, "Hoek" =
    Хук), which :func:`name_key` folds as the German "oe" said e (Goethe = Гёте); None for a
    last word with no "oe"."""
    words = name.split()
    if not words or "oe" not in words[-1].casefold():
        return None
    return name_key(re.sub("oe", "u", words[-1], flags=re.I))


def name_has_german_s(word: str) -> bool:
    """Whether an initial ``s`` may stand for a z-sound: Slavic surnames in German spelling."""
    return bool(re.search(r"(skyj|skij|enko|ow|ew|yj)$", word))


_VOWELS = re.compile(r"[aeiouyh]+")  # and h, which one script writes where the other does not ("Wahl", "Валь")


def same_consonants(a: str, b: str) -> bool:
    """Whether two surnames' keys (:func:`name_key`, hyphenated parts as separate words) have the
    same consonants in the same order, three at least (h aside): what survives when another script
    writes a foreign name by ear and its vowels drift ("Solheim-Aas" and "Сульхейм-Ос": "slms")."""
    ca, cb = _VOWELS.sub("", a.replace(" ", "")), _VOWELS.sub("", b.replace(" ", ""))
    return len(ca) >= 3 and ca == cb


# Arabic has no p, v or o: it writes them b, f and a vowel letter (بافل = Pavel), and an s between
# vowels as z (ليزل = Liesl)
_ABJAD_FOLD = str.maketrans("pvzo", "bfsa")
# Katakana has no l, v or z before i: it writes them r, b and j (カルモ = Kalmo, ジーナ = Zina),
# and a final kh or f as フ (ドラフ = Drakh), a z as ツ; the vowels it adds after a consonant
# are vowels, which the ear does not keep
_KANA_FOLD = str.maketrans("lvzf", "rbyh")
# Hangul has no f, v, z or l at a syllable's start: it writes them p, b, j (key y) and r
# (필립 = Filip, 빅토르 = Viktor)
_HANGUL_FOLD = str.maketrans("fvzl", "pbyr")


# the voiced consonants as a script that writes none hears them (Tamil: Murugesan, முருகேசன்)
_VOICELESS = str.maketrans("gdbj", "ktps")


def _by_ear(
    word: str,
    abjad: bool = False,
    kana: bool = False,
    hangul: bool = False,
    thai: bool = False,
    voiceless: bool = False,
    syllabics: bool = False,
) -> tuple[str, str]:
    """A name key's word as the ear keeps it: its first letter and its consonants, the French and
    English "j" (key "i") and the Russian "ж" (key "zh") one sound ("Jean", "Жан"); for a name
    Arabic wrote (``abjad``), its letters as Arabic has them, any first vowel one; for a name
    katakana wrote (``kana``), its letters as katakana has them; for a name Thai wrote (``thai``),
    a c as the k Thai writes for it, any first vowel one (ไอ for "Ei"); a c or ch after the first
    letter is a k in any script."""
    word = re.sub(r"^zh", "i", word)
    if syllabics:
        # Inuktitut writes the r English says as a long vowel before a consonant as that vowel
        # (Carl = ᑳᓪ "Kaal")
        word = re.sub(r"(?<=.[aeiou])r(?=[^aeiouy])", "", word)
    if voiceless:
        # Tamil writes no voiced consonant of its own: ச is s or ch, க k or g, ட and த t or d, ப p or b
        word = word.replace("ch", "s").translate(_VOICELESS)
    # after its first letter a c or ch is heard as the k another script writes for it: Italian
    # "Bianchetti" = Бьянкетти, German "Lohbach" = Лобах, Croatian "Sarovic" (ć unwritten) = Сарович
    word = word[:1] + re.sub(r"ch?", "k", word[1:])
    if thai:
        word = re.sub(r"^[aeiouy]+", "a", word.replace("c", "k"))
    if abjad:
        word = re.sub(r"^[aeiouy]+", "a", word.translate(_ABJAD_FOLD))
    if kana:
        word = word.replace("ts", "z").translate(_KANA_FOLD)  # ツ for a z (レンツ = Lenz)
    if hangul:
        word = word.translate(_HANGUL_FOLD)
    return word[:1], _VOWELS.sub("", word)


# Letters a name's own spelling writes and another script, writing it by ear, leaves out: French
# endings not said (Pelletier = Пеллетье, key "peletir"; Thibault = Тибо), an s before a consonant
# (Dufresne = ዱፍሬን); and a closing u another script writes for an English w closing a syllable
# (Marrow = Մարրոու, Мароў: key "maru" heard as the "marov" of "Marrow")
_UNSAID = [
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"(?<=.[aeiou])s(?=[bdfgklmnprtv])", ""),
        (r"ault$|eau$|aux?$", "o"),
        (r"(?<=i)r$", ""),
        (r"(?<=[^aeiou]u)$", "v"),
    )
]
# the silent endings of a French spelling (Dupont = Дюпон, Dubois = Дюбуа, Laurent = Лоран), dropped
# only from a name that looks French elsewhere (:data:`_FRENCH_LOOK`): an English, German or Slavic
# name says them ("Roland" = Роланд, "Owens" = Оуэнс); never a final s after n, never a v
_FRENCH_UNSAID = re.compile(r"(?<=[aeiou])[tdx]$|(?<=[aeou]i)s$|(?<=[eo]n)t$|(?<=an)d$")
# what marks a name's key as a French spelling: -eau, -ault, -aux, an oi inside a word (Dubois,
# Françoise, "fransoise"; not the closing -oi of a Slavic Tolstoy); no -ier (its key "-ir" is
# Vladimir's too), no opening du, le, la (Duncan, Lawson)
_FRENCH_LOOK = re.compile(r"eau|ault|aux?$|oi(?=[a-z])")


def _looks_french(words: list[str]) -> bool:
    """Whether a name's key words (:func:`name_key`) look like a French spelling (:data:`_FRENCH_LOOK`)."""
    return any(_FRENCH_LOOK.search(w) for w in words)


def _said(word: str, french: bool = False) -> str:
    """A name key's word without the letters another script may not write (``_UNSAID``; a French
    name's silent ending too, ``french``) and with a
    ch the breathed h another script writes for a German or Scottish ch,
    which the key keeps as h (Gerlach = Герлах, key "gerlah"; after a vowel, and kept as a consonant,
    so Petrovich is no Petrov), and a z the s of a name that sounds it so (Ilse = Իլզե)."""
    word = word[:1] + re.sub(r"(?<=[aeiou])(?:ch|h$)", "H", word[1:]).replace("z", "s")
    if french:
        word = _FRENCH_UNSAID.sub("", word)
    for pattern, repl in _UNSAID:
        word = pattern.sub(repl, word)
    return word


def _ear_forms(word: str, french: bool = False, **script: bool) -> set[tuple[str, str]]:
    """A name key's word as the ear keeps it (:func:`_by_ear`), as written and as said
    (:func:`_said`)."""
    return {_by_ear(word, **script), _by_ear(_said(word, french), **script)}


def same_name_by_ear(
    a: str,
    b: str,
    abjad: bool = False,
    kana: bool = False,
    hangul: bool = False,
    thai: bool = False,
    voiceless: bool = False,
    syllabics: bool = False,
) -> bool:
    """Whether two whole names' keys (:func:`name_key`) have as many words, each opening with the
    same letter and keeping the same consonants in the same order, five at least in all: a name
    another script wrote by ear, given name and all ("Jean-Marc Atallah", "Жан-Марк Аталла"),
    while "Anna" and "Inna" stay apart. ``abjad``: one of the two was written in Arabic ("Pavel
    Drozdek", "بافل دروزديك"); ``kana``: in katakana ("Tomasz Kalmo", "トマシュ・カルモ"); ``hangul``:
    in Hangul ("Filip Novak", "필립 노바크"); ``thai``: in Thai, its key read from its letters
    (:func:`thai_letters`: "Nils Akeland", "นีลส์ อาเคอลันด์"); ``voiceless``: in Tamil, which writes
    no voiced consonant ("Selvi Murugesan", "செல்வி முருகேசன்"); ``syllabics``: in Canadian syllabics,
    which writes an r before a consonant as a long vowel ("Carl Mikkigak", "ᑳᓪ ᒥᒃᑭᒐᖅ")."""
    if kana:
        return _same_by_ear_in_kana(a.split(), b.split())
    script = {"abjad": abjad, "hangul": hangul, "thai": thai, "voiceless": voiceless, "syllabics": syllabics}
    return _same_words(a.split(), b.split(), script)


def same_name_but_a_consonant(a: str, b: str) -> bool:
    """Whether two whole names' keys (:func:`name_key`), one written in another script, have as
    many words, two at least, every word but the last the same as the ear keeps it and the last
    (the surname) but one consonant changed, of four at least (:func:`_consonant_apart`; one more
    or fewer is another name, "Sokolov", "Соколо"): a sound the
    other script has no letter for, written with its nearest ("Helen Fairweather", "Хелен
    Фэрвэзэр": the English th a з). The caller says the two are in different scripts."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    french = _looks_french(wa) or _looks_french(wb)
    if not all(_ear_forms(x, french) & _ear_forms(y, french) for x, y in zip(wa[:-1], wb[:-1], strict=True)):
        return False
    la, lb = _ear_forms(wa[-1], french), _ear_forms(wb[-1], french)
    return any(fx == fy and _changed_alike(x, y) for fx, x in la for fy, y in lb)


# Consonants one script writes for a sound another has no letter for: the English th as t, s, z, d
# or f, w as v, h as g, k or kh, c as k or s, j as y or zh (not two sounds of their own: Petkov and
# Petrov, k and r, are two surnames)
_ALIKE = frozenset(
    frozenset(pair) for pair in "ts tz td tf sz dz fs vw bv fv bp gh gk hk hx kx kq ck cs jy jz gj".split()
)


def _changed_alike(a: str, b: str) -> bool:
    """Whether two consonant skeletons of one length, four at least (:func:`_consonant_apart`),
    differ in one place by two consonants of :data:`_ALIKE`."""
    if not _consonant_apart(a, b) or len(a) != len(b):
        return False
    (x, y) = next((x, y) for x, y in zip(a, b, strict=True) if x != y)
    return frozenset((x, y)) in _ALIKE


_SCRIPT_EARS: tuple[dict[str, bool], ...] = (
    {},
    {"abjad": True},
    {"kana": True},
    {"hangul": True},
    {"thai": True},
    {"voiceless": True},
)
_WORD_CONSONANTS = 3  # consonants a word heard alike as a whole keeps at least


def same_word_by_ear(a: str, b: str) -> bool:
    """Whether two one-word keys (:func:`name_key`) are one word written by two scripts, as a
    whole: the same key, the same consonants in the same order (:func:`same_consonants`), or the
    same first letter and consonants as the ear of some script keeps them (:func:`_by_ear`: an
    abjad's, katakana's, Hangul's, Thai's or Tamil's), :data:`_WORD_CONSONANTS` consonants at
    least, or but one consonant apart of four (:func:`_consonant_apart`); never by a prefix or a
    part ("Marchetti" and "Мароў" are two words)."""
    if a == b:
        return len(_VOWELS.sub("", a)) >= _WORD_CONSONANTS
    if same_consonants(a, b):
        return True
    for script in _SCRIPT_EARS:
        fa, fb = _ear_forms(a, **script), _ear_forms(b, **script)
        if any(len(c) >= _WORD_CONSONANTS for _, c in fa & fb):
            return True
        if any(_consonant_apart(x, y) for _, x in fa for _, y in fb):
            return True
    return False


def _consonant_apart(a: str, b: str) -> bool:
    """Whether two words' consonants, four at least in the longer, differ by one left out (the
    ``kh`` of "Achterberg" that Bengali writes as a vowel) or one changed at the same place (the
    ``mb`` Greek writes ``μπ``)."""
    if max(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _same_words(a: list[str], b: list[str], script: dict[str, bool]) -> bool:
    """:func:`same_name_by_ear` for two names' words."""
    wa = [_ear_forms(w, _looks_french(a), **script) for w in a]
    wb = [_ear_forms(w, _looks_french(b), **script) for w in b]
    return (
        len(wa) == len(wb) >= 2
        and all(x & y for x, y in zip(wa, wb, strict=True))
        and sum(max(len(c) for _, c in x & y) for x, y in zip(wa, wb, strict=True)) >= 5
    )


def _same_by_ear_in_kana(a: list[str], b: list[str]) -> bool:
    """:func:`same_name_by_ear` for a name katakana wrote: it writes a given name of two parts
    as one word ("Anne-Sophie", アンヌソフィー), so the other name's given names may be one; and
    it hears a consonant of a surname of four or more its own way (the Dutch g of "Verhaegen",
    ヴェルハーヘン), so the surnames may differ by one consonant."""
    shorter, longer = sorted((a, b), key=len)
    forms = [longer]
    if len(longer) == len(shorter) + 1 and len(shorter) >= 2:
        forms = [[*longer[:i], longer[i] + longer[i + 1], *longer[i + 2 :]] for i in range(len(longer) - 2)]
    for form in forms:
        wa, wb = [_by_ear(w, kana=True) for w in shorter], [_by_ear(w, kana=True) for w in form]
        if len(wa) != len(wb) or len(wa) < 2 or sum(len(c) for _, c in wa) < 5:
            continue
        if wa[:-1] == wb[:-1] and (wa[-1] == wb[-1] or _one_consonant_apart(wa[-1], wb[-1])):
            return True
    return False


def _one_consonant_apart(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two surnames as the ear keeps them open alike and their consonants, four at least
    in the longer, differ by one left out or changed."""
    (fa, ca), (fb, cb) = a, b
    if fa != fb or max(len(ca), len(cb)) < 4 or abs(len(ca) - len(cb)) > 1:
        return False
    if len(ca) == len(cb):
        return sum(x != y for x, y in zip(ca, cb, strict=True)) == 1
    short, long_ = sorted((ca, cb), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
