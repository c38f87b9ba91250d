"""Direct quotes in articles that are not in English.

The English parser is no use here, so extraction keeps to what does not need one: quotation
marks (« », „ “, " ", » «) and, for each quote framed as a whole utterance, the speaker named
next to it — the capitalised name nearest to a cue word of the language (``sagte``, ``заявил``,
``a déclaré``; ``onrecord/extract/data/cues_<lang>.txt``), or to the quote when no cue is
there. Pronouns (``er``, ``она``) take the previous speaker. Reported speech without marks
comes from :mod:`onrecord.extract.foreign_reported`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from onrecord.attribute.channel_unread import platform_with_ending
from onrecord.attribute.knowledge import knowledge
from onrecord.attribute.particles import of_particle_at
from onrecord.clean.unread_dates import day_word
from onrecord.dates import WEEKDAYS
from onrecord.extract.candidates import Analysis, Candidate
from onrecord.extract.caseless_order import without_subject_ending
from onrecord.extract.caseless_unread import article_words, caseless_text, recurring_name
from onrecord.extract.credit_line import credited_agencies
from onrecord.extract.framed import framed_reported_speech
from onrecord.extract.head_last import head_last_bodies
from onrecord.extract.marks import QuoteSpan, find_quotes
from onrecord.extract.mentions import SAINTS, Mention
from onrecord.extract.quoted_terms import is_quoted_term
from onrecord.extract.respelling import respell_mention, spellings
from onrecord.extract.sentences import Sentence, split_sentences
from onrecord.extract.words import word_count
from onrecord.languages import extraction_languages, languages
from onrecord.languages import language as language_data
from onrecord.resolve.translit import transliterate

__all__ = [
    "LANGUAGES",
    "PRO_DROP",
    "articles",
    "cue_words_in",
    "cues",
    "dash_quotes",
    "find_foreign_candidates",
    "speaker_near",
    "subject_before",
    "subject_left_out",
    "zero_subject",
]

LANGUAGES = extraction_languages()
# Latin Extended-A holds its capitals and small letters in turns ("Ł", "ł"): only the capitals
# Cyrillic: the whole block's capitals and small letters (Russian, Ukrainian, and the Serbian and
# Macedonian "Ј", "Ђ", "Ћ", "Љ", "Њ", "Џ" of "Ђурђевић"); Latin Extended-B and Extended
# Additional for Vietnamese ("Trương", "Nguyễn", "Ủy")
_LATIN_MORE = [*range(0x100, 0x250), *range(0x1E00, 0x1F00)]
# the Cyrillic letters beyond Russian's (Kazakh "Қ", "ә", "ұ"; Tatar, Kyrgyz, Tajik): by their case
_CYRILLIC_MORE = range(0x460, 0x530)
_CYRILLIC_UPPER = "Ѐ-Я" + "".join(c for c in map(chr, _CYRILLIC_MORE) if c.isupper())
_CYRILLIC_LOWER = "а-џ" + "".join(c for c in map(chr, _CYRILLIC_MORE) if c.islower())
_LATIN_UPPER = "A-ZÀ-Þ" + "".join(c for c in map(chr, _LATIN_MORE) if c.isupper())
_GREEK_UPPER = "ΆΈ-ΊΌΎ-ΏΑ-Ω"
_UPPER = _LATIN_UPPER + _CYRILLIC_UPPER + _GREEK_UPPER
# and the combining accents of "Bọ́lájí" (no precomposed "ọ́"), and the letters of the IPA block
# African alphabets write (Hausa "ɗ", "ɓ"; Akan and Ewe "ɛ", "ɔ")
_LATIN_LOWER = "a-zß-ÿĀ-ɏḀ-ỿ\u0300-\u036f" + "ɐ-ʯ"
_GREEK_LOWER = "ΐά-ώ"
# Armenian writes capitals too ("Արմեն Սահակյանը"): its own run of a name
_ARMENIAN_UPPER = "\u0531-\u0556"
_ARMENIAN_LOWER = "\u0560-\u0588"
# "O'Callaghan", "D'Amico", "McAllister", "MacLeod": a capital inside a name after its prefix (not the
# French elision of "L'État", "D'après")
_PREFIX = r"(?:[OD]['’]|Ma?c|Nic)?"
_CAP = (
    rf"(?:{_PREFIX}[{_UPPER}][{_LATIN_LOWER}{_CYRILLIC_LOWER}{_GREEK_LOWER}'’]+"
    rf"(?:-(?:{_PREFIX}[{_UPPER}])?[{_LATIN_LOWER}{_CYRILLIC_LOWER}{_GREEK_LOWER}'’]+)*|[A-ZА-Я]\.)"
)
_WORD_END = r"(?![\w'’\u0300-\u036f])"  # "LinkedIn", "McAllister": no name ends inside a word
_PARTICLES_IN_NAME = (
    r"(?:(?:von|van|de|la|le|di|da|dos|das|del|du|ap|af|bin|ibn|фон|ван|де|дель|дер|μπιν|վան|ֆոն|դե)[ \t\u00a0]+"
    + r"(?:(?:der|den|la|le|los|las|դեր|լա)[ \t\u00a0]+)?)?"
)


def _script_run(upper: str, lower: str, initial: str) -> str:
    """A run of capitalised words of one script (a name never runs from one script into another:
    Kazakh "Теміров Radio Bayterek" is a man and a station)."""
    # (an initial written onto the name it stands before, Mongolian "Б.Батбаяр", is one word with it)
    cap = (
        rf"(?:{_PREFIX}[{upper}][{lower}'’]+(?:-(?:{_PREFIX}[{upper}])?[{lower}'’]+)*"
        rf"|[{initial}]\.(?:[{upper}][{lower}'’]{{2,}})?)"
    )
    # "de la Cruz"; a name does not run over a line break ("WKRV.\n\nEl dinero")
    return cap + _WORD_END + r"(?:[ \t\u00a0]+" + _PARTICLES_IN_NAME + cap + _WORD_END + r"){0,3}"


_NAME_RUN = re.compile(
    r"(?<![\w'’])"  # "WKRV.": no initial inside a word
    + "(?:"
    + "|".join(
        (
            _script_run(_LATIN_UPPER, _LATIN_LOWER, "A-Z"),
            _script_run(_CYRILLIC_UPPER, _CYRILLIC_LOWER, "А-Я"),
            _script_run(_GREEK_UPPER, _GREEK_LOWER, "Α-Ω"),
            _script_run(_ARMENIAN_UPPER, _ARMENIAN_LOWER, _ARMENIAN_UPPER),
        )
    )
    + ")"
)
# an initial written onto the name it stands before ("Б.Батбаяр"): a person's name whole
_INITIAL_NAME = re.compile(r"^[^\W\d_]\.[^\W\d_]{2,}$")
# A capitalised word of another script with the article's case ending after a hyphen (Kazakh
# "Telegram-да", "X-тің"): a platform, an outlet or a brand declined, never a person's name
_DECLINED_FOREIGN_WORD = re.compile(r"-[^\W\d_]")
# Role nouns that stand for a speaker already named ("sagte die Ministerin", "заявил министр"),
# resolved like a pronoun; the feminine forms give the gender.
_ARTICLES = {
    "de": {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
        "am", "im", "vom", "zum", "zur", "beim", "ins", "ans", "aufs",
    },
    "fr": {"le", "la", "les", "l", "du", "des", "au", "aux", "un", "une"},
    "es": {"el", "la", "los", "las", "del", "al", "un", "una"},
    "it": {"il", "lo", "la", "l", "i", "gli", "le", "del", "della", "dei", "degli", "al", "alla", "un", "una"},
    "pt": {"o", "a", "os", "as", "do", "da", "dos", "das", "ao", "à", "um", "uma", "no", "na"},
    "nl": {"de", "het", "een"},
    "ca": {"el", "la", "els", "les", "l", "del", "dels", "al", "als", "un", "una"},
}
# Words before a lone capitalised word that make it a place or a thing, not a person: French
# and Spanish put no article before a surname ("le Premier ministre", "del Senado", "l'État"),
# and a preposition of place comes before a town ("la maternité de Saint-Rémy", "в LinkedIn").
_NOUNS_CAPITALISED = frozenset({"de"})
# Surname particles written with a capital when the surname stands alone ("De Wet", "Van
# Rensburg", "Di Maio", "Da Silva", "Le Pen"): part of the name, never a German noun.
# A particle that is also a word of the language ("Von Berlin aus", "De nombreux") is left out.
_CAPITAL_PARTICLES = frozenset("de van von da di du del della dos ten ter le".split())
_PARTICLE_WORDS = {
    "de": frozenset({"von", "da", "du"}),
    "fr": frozenset({"de", "du", "le"}),
    "es": frozenset({"de", "del"}),
    "it": frozenset({"di", "da", "del", "della"}),
    "pt": frozenset({"de", "da", "dos"}),
    "nl": frozenset({"de"}),
    "ca": frozenset({"de", "del"}),
}


def _capital_particle(word: str, language: str) -> bool:
    """A surname's particle written with a capital that is no word of ``language``."""
    lower = word.casefold()
    return word[:1].isupper() and lower in _CAPITAL_PARTICLES and lower not in _PARTICLE_WORDS.get(language, ())
# A surname after two particles and a capitalised word ("Wirtschaftsministerin Katrin van der
# Berg"), which a run of capitalised words too long to end there would not give.
_PARTICLE_SURNAME = re.compile(r"[A-ZÀ-Þ][\w'’-]+\s+(?:van|von|de)\s+(?:der|den|la)\s+([A-ZÀ-Þ][\w'’-]+)")
# "van der Laan", "de la Fuente": the particle before a surname the article gave in full
_SURNAME_PARTICLE = re.compile(r"\b(?:van|von|de|վան|դե)\s+(?:der|den|la|դեր|լա)\s+$")
_CALENDAR = frozenset(
    "montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli "
    "august september oktober november dezember lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre janeiro fevereiro "
    "março abril maio junho julho setembro outubro novembro dezembro понедельник вторник среда среду четверг пятница "
    "пятницу суббота субботу воскресенье maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari "
    "februari maart mei juni juli augustus oktober".split()
) | frozenset(word for entry in languages().values() for word in entry.calendar)
# Genitive and other oblique forms of Russian names back to the nominative ("по словам Пескова").
_RU_CASES = [
    (re.compile(r"(ов|ев|ёв|ин|ын)(а|у|ым|е)$"), r"\1"),
    (re.compile(r"(ов|ев|ин)ой$"), r"\1а"),
    (re.compile(r"ия$"), "ий"),
    (re.compile(r"ея$"), "ей"),
    (re.compile(r"ии$"), "ия"),
]


def articles(language: str) -> frozenset[str] | None:
    """The articles (and their fused forms) of a language that writes them as words before a
    noun ("la", "des", "dem"); None for a language onrecord knows none of."""
    found = _ARTICLES.get(language)
    return frozenset(found) if found is not None else None


@lru_cache(maxsize=8)
def cues(language: str) -> frozenset[str]:
    """The cue word forms of a language (``data/cues_<lang>.txt``); Ukrainian reads the Russian
    list beside its own, for the forms the two share."""
    if language == "uk":
        return _cue_file("uk") | _cue_file("ru")
    return _cue_file(language)


@lru_cache(maxsize=32)
def _cue_pattern(language: str) -> re.Pattern[str]:
    """Words, and a cue list's phrases of several words as one ("khẳng định", "cho biết"), the
    longest first, so a cue's second word is no part of what follows it."""
    phrases = sorted((c for c in cues(language) if " " in c), key=len, reverse=True)
    alternatives = [r"\s+".join(map(re.escape, p.split())) + r"(?![\w'’])" for p in phrases]
    return re.compile("(?i:" + "|".join([*alternatives, r"[^\W\d_]+"]) + ")")


def cue_words_in(text: str, start: int, end: int, language: str) -> list[re.Match[str]]:
    """The cues of ``language`` in ``text[start:end]``, as matches (their ``group()`` is the cue's
    words as written); a phrase of the cue list counts as one cue."""
    words = cues(language)
    return [
        m for m in _cue_pattern(language).finditer(text, start, end) if " ".join(m.group().split()).casefold() in words
    ]


@lru_cache(maxsize=64)
def _cue_file(language: str) -> frozenset[str]:
    try:
        text = resources.files("onrecord.extract").joinpath("data").joinpath(f"cues_{language}.txt").read_text("utf-8")
    except FileNotFoundError:
        return frozenset()
    # a phrase of several words (Vietnamese "khẳng định") is kept with its words one space apart
    return frozenset(" ".join(w.split()).casefold() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _nominative(word: str, language: str, feminine: bool = False) -> str:
    if language not in {"ru", "uk"}:
        return word
    if feminine and re.search(r"(ова|ева|ёва|ина|ына|ая)$", word):
        return word  # "Ирина Волкова", "сказала Волкова": a woman's surname, already nominative
    if word.endswith("ия") and knowledge().is_given_name(transliterate(word)):
        return word  # "Лидия", "Мария": a woman's given name, not "Дмитрия" of "Дмитрий"
    for pattern, repl in _RU_CASES:
        if pattern.search(word):
            return pattern.sub(repl, word)
    return word


def _without_suffix(word: str, language: str) -> str:
    """A name without the case suffix a language writes after an apostrophe ("Whitcombe'a",
    "Drumea'nın" in Turkish: ``apostrophe_suffixes``)."""
    if not language_data(language).apostrophe_suffixes:
        return word
    return re.split(r"['’]", word, maxsplit=1)[0] or word


def _surname_stem(word: str, language: str, known: frozenset[str]) -> str:
    """A surname the article gives in full (``known``) that ``word`` is in an oblique case of
    ("Адамека" of "Адамек", "Wójcika" of "Wójcik", "Gwilyma" of "Gwilym"), else ``word``."""
    for ending in language_data(language).surname_endings:
        if word.endswith(ending) and word[: -len(ending)] in known:
            return word[: -len(ending)]
    return word


def _person_word(word: str, language: str) -> bool:
    """A word that may open a person's name: a given name, a title or a role noun."""
    role_noun = language_data(language).role_nouns
    return (
        knowledge().is_given_name(transliterate(word))
        or _is_title(word, language)
        or (role_noun is not None and role_noun.match(word.casefold()) is not None)
    )


def _family_name_first(words: list[str], language: str) -> bool:
    """Whether two capitalised words are a family name and a given name, in that order, in a
    language that writes names so (``family_name_first``: Hungarian "Kovács Levente")."""
    kb = knowledge()
    return (
        language_data(language).family_name_first
        and len(words) == 2
        and kb.is_given_name(words[1])
        and not kb.is_given_name(words[0])
    )


def _starts_sentence(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(' \t\u00a0\u202f"“”„«»—–-')
    return not before or before[-1] in ".!?:\n"


def _days_off(text: str, words: list[str], end: int) -> list[str]:
    """A run of capitalised words ending at ``end`` less the days at its end: "Анна ван Дейк
    Мягмар гарагт" (on Tuesday) is Анна ван Дейк, by the date line's weekday before its word
    for day (:func:`onrecord.clean.unread_dates.day_word`), or by a weekday onrecord knows after a
    full name ("Б.Батбаяр Мягмар")."""
    words = list(words)
    after = text[end : end + 30].split()[:1]
    while words and (
        day_word(text, words[-1], after[0] if after else "")
        or (len(words) > 1 and words[-1].casefold() in _CALENDAR and _INITIAL_NAME.match(words[-2]))
        or (len(words) > 2 and (words[-1].casefold() in _CALENDAR or words[-1].casefold() in WEEKDAYS))
    ):
        after = [words.pop()]
    return words


# A word with a case ending written after a hyphen ("Kestogram-pa", "Fellpost-ga", "Ortega-nin"): in
# a language with no data, the listener, the place or the owner the sentence declines, no part of
# the name before it (and no speaker alone)
_HYPHENED_ENDING = re.compile(r"[^\W\d_][\w'’]*-[^\W\d_A-Z]{1,4}")


def _declined_off(words: list[str]) -> list[str]:
    """A run of capitalised words up to its first word with a hyphened case ending (see
    ``_HYPHENED_ENDING``): "Ostrava Kestogram-pa" is Ostrava, "Kestogram-pa" alone no name."""
    for i, w in enumerate(words):
        if _HYPHENED_ENDING.fullmatch(w) and w.split("-")[-1].islower():
            return words[:i]
    return words


_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f.'’\s-]+")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_OTHER_SCRIPT_SHARE = 4  # letters in other scripts, for each Latin one, of a text written in another script


@lru_cache(maxsize=8)
def written_in_another_script(text: str) -> bool:
    """Whether ``text`` is written in a script other than Latin, a Latin letter for every
    :data:`_OTHER_SCRIPT_SHARE` others at most: there a person's name is written in the article's
    own letters, as it sounds ("Оуэн Пеллетье"), and a name kept in Latin letters is an outlet's,
    a company's or a brand's, written as they write it ("Lodestar агенттигине", "(Meravia One)")."""
    letters = sum(1 for c in text if c.isalpha())
    latin = len(_LATIN_LETTER.findall(text))
    return letters > 0 and latin * (_OTHER_SCRIPT_SHARE + 1) <= letters


def _declined_medium(word: str) -> bool:
    """Whether a word is a platform or an outlet with the article's case ending after a hyphen
    ("Instagram-pi", "Facebook-pe"): where a statement was posted or broadcast, no person's name."""
    kb = knowledge()
    stem, _, ending = word.partition("-")
    if not stem or not ending or not ending.islower():
        return False
    return kb.is_platform(stem) or kb.outlet(stem) is not None


def _names(text: str, start: int, end: int, language: str, known: frozenset[str] = frozenset()) -> list[Mention]:
    """Person names in ``text[start:end]``: a run of capitalised words from a known given name on,
    or its last word (a surname) when none is known."""
    kb = knowledge()
    found = []
    for m in _NAME_RUN.finditer(text, start, end):
        words = _days_off(text, m.group().split(), m.end())
        if language not in languages():
            words = _declined_off(words)  # "Ostrava Kestogram-pa": the name before the declined word
            if len(words) == 1 and platform_with_ending(words[0]):
                continue  # "Instagramil": a platform with a case ending glued on, no person
        tokens = list(re.finditer(r"\S+", m.group()))
        run_end = m.start() + tokens[len(words) - 1].end() if words else m.end()
        if not words or (len(words) == 1 and words[0].casefold().rstrip(".") in language_data(language).titles):
            continue  # "uDkt. Nandi Zwane": the title alone is no name
        if words[-1].casefold() in _CALENDAR:
            continue  # "Am Montag", "В четверг": a day, not a name
        if _LATIN_WORD.fullmatch(m.group()) and language not in languages() and written_in_another_script(text):
            # "(Field Notes)", "Lodestar агенттигине": a name kept in its own letters is a brand's, in
            # copy whose cues onrecord cannot read (with them, a body's name read as its subject
            # speaks: "Экологическая организация Methane Watch ... указала")
            continue
        if _DECLINED_FOREIGN_WORD.match(text, m.end()):
            continue  # "Telegram-да": a foreign word with the article's case ending
        if len(words) > 1 and _declined_medium(words[-1]):
            # "Ilario Vennet Instagram-pi": the medium after the name, declined, is where it was said
            words = words[:-1]
            run_end = m.start() + tokens[len(words) - 1].end()
        if len(words) > 1 and words[0] in SAINTS:
            continue  # "in St Brigid's", "San Aurelio": a place named for a saint
        if re.match(rf"\s+{_LEGAL_FORM}(?![\w-])", text[m.end() : m.end() + 8]):
            continue  # "Oberwald Hydro AG": a company's name
        offsets = [m.start() + m.group().index(w) for w in words]
        words = [_without_suffix(w, language) for w in words]
        run_start = m.start()
        article_first = False
        if len(words) > 1 and words[0].casefold() in language_data(language).source_prepositions:
            words, offsets = words[1:], offsets[1:]  # "Według Wójcika": the source, after its preposition
            run_start = offsets[0]
        if len(words) > 1 and words[0].casefold() in _ARTICLES.get(language, ()):
            # "Der Chef der Behörde", "Die Brenntal AG": an article capitalised at the start of a
            # sentence; a role noun after it is no name, anything else is read as before
            role_noun = language_data(language).role_nouns
            if len(words) == 2 and role_noun is not None and role_noun.match(words[1].casefold()):
                continue
            words, offsets = words[1:], offsets[1:]
            run_start, article_first = offsets[0], True
        if (
            language in _NOUNS_CAPITALISED
            and len(words) > 1
            and not article_first
            and _starts_sentence(text, run_start)
            and not _person_word(words[0], language)
            and not _capital_particle(words[0], language)
        ):
            # "Wenige Stunden später", "Neue Marken": a German sentence's first word and a noun
            words, offsets = words[1:], offsets[1:]
            run_start = offsets[0]
        first = next(
            (
                i
                for i, w in enumerate(words)
                if kb.is_given_name(transliterate(w)) or kb.is_given_name(transliterate(_nominative(w, language)))
            ),
            None,
        )
        if first is None and (
            words[0] == "The"
            or kb.is_media_phrase(" ".join(words))
            or kb.is_platform(" ".join(words))
            or kb.is_masthead(" ".join(words))
        ):
            continue  # "Radio Lac", "The Meridian", "Facebook", "Norvel Newswire": a medium, no person
        address = language_data(language).titles
        if len(words) > 1 and words[0].casefold() in address:
            first = 1  # "Chị Lê Thu Vân": a word of address opens the sentence; the whole name follows
        elif address and _word_before(text, run_start) in address:
            first = 0  # "ông Trần Minh Khoa": the whole run, family name first, is the name
        if first is None and len(words) > 1 and _is_title(words[0], language):
            first = 1  # "la Dre Amara Okafor", "Frau Oosterveld": a title before a name
        if (first is None or first == len(words) - 1) and _a_place(text, run_start, words, language):
            continue  # "à San Aurelio", "SAN AURELIO —": a town, no person
        if first is None and len(words) > 1 and _after_role(text, run_start, language):
            first = 0  # "la juge Margriet van der Hoeven", "la présidente de la fédération, Sigrun de Wit"
        elif (
            first is not None
            and first == len(words) - 1 > 0
            and not _family_name_first(words, language)
            and _after_role(text, run_start, language)
        ):
            first = 0  # "η υπουργός ..., Ρουχσάνα Μπεγκ-Μαλίκ": a surname that is a given name too (Malik)
        if first is None:
            if article_first and language in _ROMANCE:
                continue  # "La Voz de Ohio", "El Heraldo": a Romance language puts no article before a surname
            if len(words) > 1 and words[-2].islower() and words[-1] not in known:
                continue  # "Ministre de la Défense", "Secretaría de Estado": no given name before the particles
            if len(words) == 1 and _starts_sentence(text, run_start) and words[0] not in known:
                continue  # "Er", "Die", "По": capitalised because the sentence starts there
            before = re.split(r"[\s'’]+", text[max(0, run_start - 12) : run_start])[:-1]
            word_before = before[-1].casefold() if before else ""
            particle = bool(_SURNAME_PARTICLE.search(text, max(0, run_start - 12), run_start))
            given_surname = particle and words[-1] in known
            if word_before in _ARTICLES.get(language, ()) and not article_first and not given_surname:
                continue  # "die Ministerin", "le Premier ministre": a noun, not a name
            place = language_data(language).not_before_a_surname
            if len(words) == 1 and words[0] not in known and word_before in place:
                continue  # "de Saint-Rémy", "в Кремле": a place
            if language in _NOUNS_CAPITALISED and len(words) == 1 and words[0] not in known:
                continue  # "am Donnerstag", "neue Lohndaten", "in Den Haag": a noun, not a surname the article gave
            first = _whole_run_from(text, words, offsets, language)
        if first is None:
            first = len(words) - 1
            while first > 0 and words[first - 1].islower():
                first -= 1  # "van der Laan": the surname with its particles
            if first == 1 and _capital_particle(words[0], language):
                first = 0  # "De Wet erklärte": the particle of a surname standing alone
            if first > 0 and words[first].islower() and not all(kb.is_title(w) for w in words[:first]):
                continue  # "Asociación de Bomberos de Carver": a body's name, no person's
        before = text[max(0, run_start - 20) : run_start].split()[-1:]
        after = text[run_end : run_end + 20].split()[:1]
        feminine = kb.gender_of_given(transliterate(words[first])) == "f" or any(
            re.fullmatch(r"[а-яё]+ла[,.]?", w)
            for w in before + after  # "сказала Волкова", "Волкова заявила"
        )
        chosen = [_nominative(w, language, feminine) for w in words[first:]]
        cut = of_particle_at(chosen)
        if cut < len(chosen):
            # "Topvrouw Marguerite Adjei-Fenwick van Aquilara": Dutch "of" after a whole name
            last_at = offsets[first + cut - 1]
            chosen, end_at = chosen[:cut], last_at + len(text[last_at:run_end].split()[0])
        else:
            end_at = run_end
        if first == 1 and _family_name_first(words, language):
            chosen, first = [words[1], words[0]], 0  # "Kovács Levente": recorded "Levente Kovács"
        particle_before = _SURNAME_PARTICLE.search(text, max(0, run_start - 12), run_start) if first == 0 else None
        if particle_before is not None and words[-1] in known:
            chosen = particle_before.group().split() + chosen  # "sagte van der Laan": the whole surname
        if chosen and chosen[-1] not in known:
            chosen[-1] = _surname_stem(chosen[-1], language, known)  # "по словам Адамека", "według Wójcika"
        if chosen:
            chosen[-1] = without_subject_ending(chosen[-1], language)  # Armenian "Սահակյանը": the article off
        if not chosen or chosen[-1].casefold() in cues(language):
            continue
        name = " ".join(chosen)
        gender = kb.gender_of_given(transliterate(chosen[0])) if len(chosen) > 1 else None
        s = offsets[first]
        found.append(Mention(s, end_at, text[s:end_at], "name", name=name, gender=gender, number="sg"))
    return found


# Heads of organisations' names, which stand in an oblique case as often as not.
_ORGANISATION_HEADS = {
    "ru": re.compile(r"(?:Министерств|Правительств|Кремл|Госдум|Минфин|Минэнерго|МИД)[а-яё]*(?:\s+[а-яё]+){0,2}"
                     r"(?:\s+[А-ЯЁ][а-яё]+)?"),
    "uk": re.compile(r"(?:Міністерств|Уряд|Верховн)[а-яіїєґ]*(?:\s+[а-яіїєґ]+){0,2}(?:\s+[А-ЯІЇЄҐ][а-яіїєґ]+)?"),
    "de": re.compile(r"(?:[Dd]as|[Dd]ie|[Dd]er|[Dd]em|[Dd]en|[Dd]es)\s+(?:[a-zäöü]\w+\s+)?"
                     r"(?:\w+ministerium|Ministerium|"
                     r"Regierung|Bundesregierung|Gewerkschaft|Kreml|Unternehmen|Konzern|Verband|\w*[Bb]ehörde|Polizei|"
                     r"Staatsanwaltschaft|Kommission)\b(?:\s+[A-ZÄÖÜ]\w+)?"),
    # "le ministère de la Santé", "la Fédération des médecins": the head noun and the names after it
    "fr": re.compile(r"(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s*(?:[Mm]inistère|[Gg]ouvernement|[Ss]yndicat|[Ff]édération|"
                     r"[Cc]ommission|[Pp]réfecture|[Mm]airie|[Pp]arquet|[Aa]gence|[Aa]utorité|[Cc]onseil|"
                     r"[Aa]ssociation|[Ee]ntreprise|[Ss]ociété|[Cc]ompagnie|[Uu]nion|[Cc]onfédération)\b"
                     r"(?:\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*[A-ZÀ-Þ][\w'’-]+"
                     r"(?:\s+(?:et\s+de\s+la|et\s+des|et\s+du|et|de\s+la|des|du|de)\s+[A-ZÀ-Þ][\w'’-]+){0,3})?"),
    "it": re.compile(r"(?:[Ii]l|[Ll]o|[Ll]a|[Ll]['’]|[Dd]el|[Dd]ella|[Dd]ell['’]|[Aa]l|[Aa]lla)\s*(?:[Mm]inistero|"
                     r"[Gg]overno|[Ss]indacato|[Aa]genzia|[Aa]utorità|[Cc]onsiglio|[Cc]ommissione|[Ff]ederazione|"
                     r"[Aa]ssociazione|[Pp]rocura|[Pp]olizia|[Cc]omune|[Rr]egione|[Pp]refettura|[Ss]ocietà)\b"
                     r"(?:\s+[A-ZÀ-Þ][\w'’-]+)?"  # "l'Autorità Portuale", "la Polizia Stradale"
                     r"(?:\s*(?:dell['’]|della|delle|del|degli|dei|di|per\s+(?:la|il|le|i|gli)|per)\s*[A-ZÀ-Þ][\w'’-]+"
                     r"(?:\s+(?:e|della|del|dei|di|e\s+della|e\s+del)\s+[A-ZÀ-Þ][\w'’-]+){0,3})?"),
    "pt": re.compile(r"(?:[Oo]|[Aa]|[Oo]s|[Aa]s|[Dd]o|[Dd]a|[Nn]o|[Nn]a|[Aa]o)\s+(?:[Mm]inistério|[Gg]overno|"
                     r"[Ss]indicato|[Aa]gência|[Aa]utoridade|[Cc]onselho|[Cc]omissão|[Ff]ederação|[Aa]ssociação|"
                     r"[Pp]olícia|[Pp]refeitura|[Cc]âmara|[Cc]onfederação)\b"
                     r"(?:\s+[A-ZÀ-Þ][\w'’-]+)?"  # "o Ministério Público", "a Polícia Judiciária"
                     r"(?:\s+(?:da|do|das|dos|de)\s+[A-ZÀ-Þ][\w'’-]+"
                     r"(?:\s+(?:(?:e|da|do|dos|das|de|e\s+da|e\s+do)\s+)?[A-ZÀ-Þ][\w'’-]+){0,3})?"),
    "es": re.compile(r"(?:[Ee]l|[Ll]a|[Ll]os|[Ll]as)\s+(?:[Mm]inisterio|[Gg]obierno|[Aa]utoridad|[Dd]epartamento|"
                     r"[Ss]indicato|[Ee]mpresa|[Cc]ompañía|[Aa]gencia|[Ff]iscalía|[Cc]omisión|[Jj]unta|"
                     r"[Aa]yuntamiento|[Cc]onsejo|[Ff]ederación|[Aa]sociación|[Pp]olicía|[Uu]niversidad)\b"
                     r"(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]+)?"
                     r"(?:\s+(?:de\s+la|del|de|de\s+los)\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]+"
                     r"(?:\s+(?:(?:y|de|del|de\s+la)\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]+){0,3})?"),
}
_NAMED_ONLY = frozenset({"fr", "es", "it", "pt", "ca"})
_LEADING_ARTICLE = re.compile(
    r"^(?:das|die|der|dem|den|des|le|la|les|l['’]|el|els|los|las|il|lo|della|dell['’]|del|alla|al|o|a|os|as|do|da|no|na|ao)"
    r"(?:\s+|(?<=['’]))",
    re.I,
)
_RU_NEUTER = re.compile(r"^(Министерств|Правительств)(?:е|а|у|ом)\b")


# "A Liga Atlântica de Futebol", "la Autoridad Portuaria de Karpur": a name of two capitalised
# words or more after an article (a Romance language puts one before an institution, not a
# person); or an acronym ("Selon l'ANU").
_NAMED_BODY = re.compile(
    r"\b(?:[Ll][ea]s?|[Ll]['’]|[Ee]l|[Ll]os|[Ii]l|[Ll]o|[Gg]li|[Oo]s?|[Aa]s?)\s*"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:de|del|da|do|des|du|di|della|y|e|et)?\s*[A-ZÀ-Þ][\w'’-]+)+)"
)
_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")
# A company's name with its legal form ("die Oberwald Hydro AG", "Minera Austral S.A.", "ПАО
# Северсталь"): a body, whatever its words look like, never a person's surname.
_LEGAL_FORM = r"(?:AG|GmbH|SE|KG|SA|S\.A\.|SpA|S\.p\.A\.|Srl|SAS|Ltd|Inc\.?|LLC|Ltda|NV|N\.V\.|BV|plc|Corp\.?)"
_COMPANY = re.compile(rf"(?<![\w-])(?P<name>(?:[A-ZÀ-Þ][\w&'’-]*\s+){{1,4}}{_LEGAL_FORM})(?![\w-])")
_ROMANCE = frozenset({"fr", "es", "it", "pt", "ca"})


# Prepositions of place before a town's name of several words ("à San Aurelio", "en Buenos
# Aires", "in Den Haag", "в Нью-Йорке"): a name without a given name after them is a place.
# A dateline: the place in capitals at a paragraph's start, before a dash or a comma
# ("SAN AURELIO — La gouverneure", "КОРСБЮ, 21 сентября.").
_DATELINE = re.compile(r"(?:^|\n)[ \t]*((?:[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ'’-]+[ \t]+){0,3}[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ'’-]+)"
                       r"(?=[ \t]*(?:[—–]|-[ \t]|,|\())")


def _whole_run_from(text: str, words: list[str], offsets: list[int], language: str) -> int | None:
    """Where the name starts in a run of capitalised words none of which is a known given name,
    when the whole run is the name: a body's ("a associação Tellwick Harbour", "L'agència Morwen
    Talent", "Secondo Portiuni Adria") or a person's whose given name the lexicon lacks.
    None keeps to the run's last word, a surname: in a language that capitalises its nouns, after
    a word capitalised because it opens the sentence, or after a title or a role noun; and in a
    run of three words or more ("Министр иностранных дел Тессарии Ольвен Крамп": a country in the
    genitive before the name)."""
    if language in _NOUNS_CAPITALISED:
        return None
    start = 0
    while start < len(words) and _ELIDED_NOUN.match(words[start]):
        start += 1  # "L'agència", "L'ufficio": an elided article and a common noun
    role_noun = language_data(language).role_nouns
    rest = words[start:]
    if len(rest) != 2 or not all(w[:1].isupper() for w in rest):
        return None  # three words or more: a place or a body in the genitive may come before the name
    if start == 0 and _starts_sentence(text, offsets[0]):
        return None  # "Ayer Okafor dijo": the first word is capitalised as the sentence's first
    if text[: offsets[start]].rstrip()[-1:] in _OPENING_MARKS:
        return None  # "είπε στον «Βόρειο Ταχυδρόμο»": a title in quotation marks, a newspaper's
    if any(_is_title(w, language) or w.casefold() in cues(language) for w in rest):
        return None
    if role_noun is not None and role_noun.match(rest[0].casefold()):
        return None  # "Ministro Okafor": a role noun before the surname
    if _stands_alone(text, rest[-1], " ".join(rest)):
        return None  # "банка Тессарии Крамп", and "Крамп заявила" below: the surname, used alone
    return start


_OPENING_MARKS = frozenset("«„“\"‚‘")
# An elided article glued to a common noun, capitalised as a sentence's first word ("L'agència")
_ELIDED_NOUN = re.compile(r"^[A-ZÀ-Þ]['’][a-zà-ÿ]")


def _stands_alone(text: str, word: str, run: str) -> bool:
    """Whether the article uses ``word`` (a run's last word) outside that run: a surname it
    repeats alone, where a body's last word ("Tellwick Harbour") comes only with the rest."""
    whole = r"(?<![\w'’-]){}(?![\w'’-])"
    return len(re.findall(whole.format(re.escape(word)), text)) > len(re.findall(whole.format(re.escape(run)), text))


@lru_cache(maxsize=8)
def _dateline_words(text: str) -> frozenset[str]:
    """The words of the places an article's datelines name, casefolded."""
    return frozenset(w.casefold() for m in _DATELINE.finditer(text) for w in re.split(r"[\s-]+", m.group(1)) if w)


def _a_place(text: str, run_start: int, words: list[str], language: str) -> bool:
    """Whether a run of capitalised words that opens with no given name is a place: the
    article's dateline names it ("SAN AURELIO —" and "à San Aurelio"), or a preposition of place
    comes before a run of several words ("à San Aurelio", "en Buenos Aires")."""
    dateline = _dateline_words(text)
    if dateline and all(w.casefold() in dateline for part in words for w in part.split("-")):
        return True
    if len(words) < 2:
        return False
    before = re.findall(r"[^\W\d_]+", text[max(0, run_start - 12) : run_start])
    return bool(before) and before[-1].casefold() in language_data(language).place_prepositions


def _after_role(text: str, run_start: int, language: str) -> bool:
    """Whether a role noun names the run of capitalised words that follows: right before it ("la
    juge Margriet van der Hoeven") or in an apposition a comma closes ("la présidente de la
    fédération, Sigrun de Wit"; at most four words between)."""
    role_noun = language_data(language).role_nouns
    if role_noun is None:
        return False
    before = re.split(r"[.!?:;«»“”„\"\n]", text[max(0, run_start - 60) : run_start])[-1]
    words = re.findall(r"[^\W\d_][\w-]*|,", before)
    if not words:
        return False
    if words[-1] != ",":
        last = words[-1].casefold()
        return role_noun.match(last) is not None or last in language_data(language).titles
    phrase = list(itertools.takewhile(lambda w: w != ",", reversed(words[:-1])))
    return len(phrase) <= 6 and any(role_noun.match(w.casefold()) for w in phrase if w[:1].islower())


def _word_before(text: str, at: int) -> str:
    """The word right before ``at`` (casefolded; empty after punctuation)."""
    m = re.search(r"([^\W\d_]+)\s+$", text[max(0, at - 30) : at])
    return m.group(1).casefold() if m else ""


def _is_title(word: str, language: str) -> bool:
    """A title before a person's name ("Dre", "Mme", "Frau", "Dott."; the language's words of
    address, Vietnamese "Chị")."""
    bare = word.rstrip(".").casefold()
    return bare in _TITLES or bare in language_data(language).titles or knowledge().is_title(word)


_TITLES = frozenset("dr dre pr me mme mlle mgr m dra sr sra srta dott dottssa sig sig.ra prof".split())


def _named_body(text: str, spans: list[tuple[int, int]], language: str) -> Mention | None:
    """An institution named without a head noun the lexicon knows (Romance languages only)."""
    if language not in _ROMANCE:
        return None
    for start, end in spans:
        m = _NAMED_BODY.search(text, start, end) or _ACRONYM.search(text, start, end)
        if m is not None and m.re is _NAMED_BODY and _is_title(m.group("name").split()[0], language):
            continue  # "la Dre Amara Okafor": a person with a title
        at = m.start("name") if m is not None and m.re is _NAMED_BODY else (m.start() if m is not None else 0)
        if m is not None and _SURNAME_PARTICLE.search(text, max(0, at - 12), at):
            continue  # "dijo de la Fuente Olmos": a surname with its particles
        if m is not None and _after_place_preposition(text, m.start(), language):
            continue  # "en el Ministerio de Hacienda": a place
        if m is not None:
            g = "name" if m.re is _NAMED_BODY else 0
            return Mention(m.start(g), m.end(g), m.group(g), "organisation", name=m.group(g))
    return None


def _after_place_preposition(text: str, at: int, language: str) -> bool:
    """Whether a preposition of place comes right before ``at`` ("señaló en una rueda de prensa en
    el Ministerio de Hacienda"): the body there is where words were said, not who said them. Only
    in the Romance languages: Russian names a body by where it speaks ("В Министерстве ... сообщили")."""
    if language not in _ROMANCE:
        return False
    before = re.findall(r"[^\W\d_]+", text[max(0, at - 12) : at])
    return bool(before) and before[-1].casefold() in language_data(language).place_prepositions


@lru_cache(maxsize=16)
def _headed_body(language: str) -> re.Pattern[str] | None:
    """An institution's name in a language whose entry lists the words that open one
    (``organisation_heads``: "Badan Cuaca Nasional", "Ministerstwo Zdrowia"): the head and the
    capitalised words after it, and the place it sits in after a preposition of place
    ("Prokuratura w Pellworth", "Sąd Okręgowy w Pellworth")."""
    entry = language_data(language)
    if not entry.organisation_heads:
        return None
    words = "|".join(sorted(entry.organisation_heads))
    name = rf"[{_UPPER}][\w'’-]+"
    place = ""
    if entry.place_prepositions:
        prepositions = "|".join(sorted(map(re.escape, entry.place_prepositions)))
        place = rf"[ \t]+(?:{prepositions})[ \t]+{name}"
    return re.compile(
        rf"(?<![\w-])(?:{words})(?:(?:[ \t]+{name}){{1,4}}(?:{place})?{'|' + place if place else ''})(?![\w'’-])"
    )


def _organisation_in(text: str, spans: list[tuple[int, int]], language: str) -> Mention | None:
    for start, end in spans:
        company = _COMPANY.search(text, start, end)
        if company is not None:
            article = _LEADING_ARTICLE.match(company.group())  # "Die Oberwald Hydro AG" at a sentence's start
            at = company.start() + (article.end() if article is not None else 0)
            return Mention(at, company.end(), text[at : company.end()], "organisation", name=text[at : company.end()])
    for start, end in spans:
        for body in head_last_bodies(text, start, end, language):
            return body  # "Solvaniens kulturdepartement", "Ostrijas vēstniecība Rīgā"
    pattern = _ORGANISATION_HEADS.get(language) or _headed_body(language)
    if pattern is None:
        return _named_body(text, spans, language)
    for start, end in spans:
        m = pattern.search(text, start, end)
        named = m is not None and re.search(r"[A-ZÀ-Þ]", _LEADING_ARTICLE.sub("", m.group())) is not None
        if m is not None and language in _NAMED_ONLY and not named:
            continue  # "l'agence", "la empresa": an institution named before, not a name
        if m is not None and _after_place_preposition(text, m.start(), language):
            continue
        if m is not None:
            words = _LEADING_ARTICLE.sub("", m.group())
            name = _RU_NEUTER.sub(r"\1о", words)
            return Mention(m.start(), m.end(), m.group(), "organisation", name=name[:1].upper() + name[1:])
    return _named_body(text, spans, language)


def _writes_its_complementizer(text: str, language: str) -> bool:
    """Whether ``text`` writes a complementizer of ``language`` (true when it has none)."""
    entry = languages().get(language)
    words = [w for w in (entry.complementizer or "").split("|") if w.isalpha()] if entry is not None else []
    if not words:
        return True
    return re.search(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", text, re.I) is not None


_OWN_FUNCTION_WORDS = 0.2
"""The share of a text's words that are its language's function words from which that language's
data, not a neighbour's, is taken to read it (copy in the language writes a third or more; a
neighbour read as it, a tenth or so)."""


def _read_by_its_data(text: str, language: str) -> bool:
    """Whether ``text`` is written in ``language`` itself as its data knows it: a cue word of the
    language in it ("sagte"), or a fifth of its words the language's function words."""
    if cue_words_in(text, 0, len(text), language):
        return True
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", text)]
    own = language_data(language).stopwords
    return bool(words) and sum(w in own for w in words) >= _OWN_FUNCTION_WORDS * len(words)


_CLOSE_VOTE = 0.05
"""The lead in the language vote (:func:`onrecord.clean.language.vote_lead`) below which the
language an article was read as may be a neighbour's it was taken for (Frisian read as Dutch leads
Dutch's next by .04, Asturian read as Catalan by .03; French, Dutch and Portuguese copy by .08 or more)."""
_FREQUENT = 3  # times a lower-case word is written to be one of an article's frequent words
_MOST_FREQUENT = 12
_OWN_FREQUENT = 1 / 2
"""The share of an article's most frequent lower-case words that are function words of the
language it was read as up to which it may be a neighbour's (Frisian read as Dutch, a fifth;
Asturian read as Catalan, a half); Spanish copy whose vote was close writes more of them."""


def _read_as_a_neighbour(text: str, language: str) -> bool:
    """Whether ``text`` is not ``language`` but a neighbour's the language vote took for it: a vote
    it barely won, and few of its most frequent words the language's function words (the rest
    its own: Frisian "yn", "fan", "sei")."""
    from onrecord.clean.language import vote_lead

    if vote_lead(text, language) >= _CLOSE_VOTE:
        return False
    counts = Counter(w for w in re.findall(r"[^\W\d_]+", text) if w.islower())
    frequent = [w for w, n in counts.most_common(_MOST_FREQUENT) if n >= _FREQUENT]
    own = language_data(language).stopwords
    return bool(frequent) and sum(w in own for w in frequent) <= _OWN_FREQUENT * len(frequent)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """The function words of every language with data that no such language writes as its
    complementizer ("na", "di", "nicht"; not "at", the Danish and Norwegian one)."""
    entries = languages().values()
    complementizers = {w.casefold() for e in entries for w in (e.complementizer or "").split("|")}
    return frozenset(w.casefold() for e in entries for w in e.stopwords) - complementizers


def speaker_near(
    text: str, spans: list[tuple[int, int]], anchor: int, language: str, known: frozenset[str] = frozenset()
) -> Mention | None:
    """The speaker named in ``spans`` of ``text``: a person's full name before a lone surname or
    a capitalised word (the nearest to ``anchor`` among equals), else a pronoun or a role noun
    that stands for someone named before ("er", "она", "die Ministerin"). ``known`` surnames
    count as names at the start of a sentence too."""
    around = [n for start, end in spans for n in _names(text, start, end, language, known)]
    source_at = {
        n.start: m.start()
        for n in around
        if (m := _SOURCE_BEFORE.search(text, max(0, n.start - _SOURCE_REACH), n.start)) is not None
    }
    sources = [n for n in around if n.start in source_at]
    person = _pronoun_or_role(text, spans, language) if sources and len(sources) == len(around) else None
    if person is not None and not any(source_at[n.start] <= person.start < n.start for n in sources):
        # "Laut Nordpress fügte sie hinzu": the agency relays, "sie" speaks (not "Laut der
        # Senatorin Teodora Brightwell": the role is the source's own)
        around = []
    organisation = _organisation_in(text, spans, language)
    if organisation is not None and around and all(organisation.start <= n.start < organisation.end for n in around):
        return organisation  # "В Министерстве энергетики Орсавии сообщили": the ministry, not the country
    if around and all(n.start > anchor for n in around) and _pronoun_right_before(text, anchor, language):
        around = []  # "Viņa atvainojās Bērziņa ģimenei:": the pronoun before the cue speaks, not its object
    if around:
        return min(
            around,
            key=lambda n: (
                _object_of_preposition(text, n.start, language) or _possessor(text, n.end, language),
                n.gender is None and " " not in (n.name or ""),
                abs(n.start - anchor),
            ),
        )
    person = _pronoun_or_role(text, spans, language)
    if (
        person is not None
        and organisation is not None
        and _SPOKESPERSON.match(person.text.casefold())
        and 0 <= organisation.start - person.end <= 12
    ):
        return organisation  # "un portavoce del ministero dell'Istruzione": the ministry's word
    # "a ajouté le maire, cité par l'agence": the person before the institution
    return person if person is not None or organisation is None else organisation


_CLAUSE_BREAK = re.compile(r"[,;(—–]")


def _before_colon(
    text: str,
    start: int,
    open_at: int,
    language: str,
    known: frozenset[str],
    cue: tuple[int, int] | None = None,
) -> Mention | None:
    """The name in the clause that a colon closes right before a quotation (``text[start:open_at]``
    the words before it in its sentence): Hausa "A wata sanarwa da lauyarta X ta karanta ...,
    Okonjo ta ce: «...»" is Okonjo's, not the lawyer's named first. With a ``cue``, only when the
    cue stands in that clause, and only a subject before the cue, read there as beside any cue (a
    pronoun or an object there is no name of it). None when no colon closes those words or its
    clause names no one."""
    before = text[start:open_at].rstrip()
    if not before.endswith(":"):
        return None
    colon = start + len(before) - 1
    breaks = list(_CLAUSE_BREAK.finditer(text, start, colon))
    clause = breaks[-1].end() if breaks else start
    if cue is not None:
        if not clause <= cue[0] < colon:
            return None
        # the cue's subject before it ("Okonjo ta ce:"), not a name after it: "X, ha dichiarato a
        # La Voce dello Sport:" is X's, named before the comma
        subject = speaker_near(text, [(clause, cue[0])], cue[0], language, known)
        return subject if subject is not None and subject.end <= cue[0] else None
    found = _names(text, clause, colon, language, known)
    return found[-1] if found else None


def _sentence_before(
    text: str, sentences: list[Sentence], s_index: int, quotes: list[QuoteSpan], language: str, known: frozenset[str]
) -> Mention | None:
    """For a quotation that opens sentence ``s_index`` with no name beside it, in a language
    onrecord has no cue words of: the person the sentence before is about (a name with a known
    given name first, then a full name, the earliest), when that sentence quotes no one itself
    (Welsh "Roedd X ar y llong. «...», ysgrifennodd ar Facebook.": X)."""
    if s_index == 0 or s_index > len(sentences):
        return None
    previous = sentences[s_index - 1]
    if any(previous.start <= other.open < previous.end for other in quotes):
        return None  # the sentence before quotes someone itself: who speaks on is read from it
    people = _names(text, previous.start, previous.end, language, known)
    people.sort(key=lambda n: (n.gender is None, " " not in (n.name or ""), n.start))
    return people[0] if people else None


def _pronoun_right_before(text: str, at: int, language: str) -> bool:
    """Whether the word right before offset ``at`` (a cue) is a subject pronoun of the language."""
    window = text[max(0, at - 16) : at]
    before = re.findall(r"[^\W\d_]+", window)
    return (
        bool(before)
        and not window.rstrip().endswith((",", ":", '"', "”", "“"))
        and before[-1].casefold() in language_data(language).pronouns
    )


# Prepositions whose object is no speaker, beyond those of place: "ha fatto marcia indietro su
# Threads:", "tajante con los vecinos de Aspen Fork:", "sagte er gegenüber Müller".


# Nouns of the media, before the name of one ("a la agencia Alpwire", "Как сообщило агентство
# Baltwire", "der Nachrichtenagentur Nordpress"): the name is a channel, not a speaker.
_MEDIA_NOUN = re.compile(
    r"^(?:\w*agentur|\w*sender|\w*zeitung|agence|agencia|agenzia|agência|journal|quotidien|diario|periódico|"
    r"quotidiano|giornale|jornal|radio|rádio|chaîne|cadena|emisora|emittente|emissora|revista|rivista|magazine?|"
    r"агентств[оауе]|газет[аеуыі]|радио|радіо|телеканал[ау]?)$"
)


def _possessor(text: str, end: int, language: str) -> bool:
    """Whether the name ending at ``end`` owns the role noun after it ("van der Berghe ügyvédje",
    his lawyer: the role's group ``poss``), which makes it no subject."""
    role_noun = language_data(language).role_nouns
    after = re.match(r"\s+([^\W\d_]+)", text[end : end + 40])
    if role_noun is None or after is None or "poss" not in role_noun.groupindex:
        return False
    m = role_noun.match(after.group(1).casefold())
    return m is not None and m.group("poss") is not None


def _object_of_preposition(text: str, start: int, language: str) -> bool:
    """Whether the name at ``start`` (with the capitalised words before it: "Aspen Fork") follows
    a preposition or a noun of the media: the object of one ("su Threads", "de Aspen Fork",
    "mit Molander") or a medium's name ("la agencia Alpwire"), which a sentence's subject never is."""
    before = re.findall(r"[^\W\d_]+|[^\w\s]", text[max(0, start - 60) : start])
    while before and before[-1][:1].isupper() and not _MEDIA_NOUN.match(before[-1].casefold()):
        before.pop()  # the capitalised words of the same name, up to a punctuation mark
    if not before:
        return False
    word = before[-1].casefold()
    return (
        word in language_data(language).not_before_a_surname | language_data(language).object_prepositions
        or _MEDIA_NOUN.match(word) is not None
    )


# How far before a name its source preposition may stand ("según la agencia Norte Wire")
_SOURCE_REACH = 30


_SOURCE_BEFORE = re.compile(
    r"(?:\b(?:[Ll]aut|[Ss]elon|[Ss]egún|[Ss]egundo|[Ss]econdo|[Vv]olgens)|[Пп]о данным)\s+(?:[\w'’]+?\s*){0,2}(?<=\s)$"
)
_SPOKESPERSON = re.compile(r"^(?:\w*sprecher(?:in)?|porte-parole|portavoz|portavoce|porta-voz|пресс-секретар\w*|"
                           r"\w*woordvoerder(?:ster)?|представител\w*|речни\w*)$")


def _pronoun_or_role(text: str, spans: list[tuple[int, int]], language: str) -> Mention | None:
    pronouns = language_data(language).pronouns
    role_noun = language_data(language).role_nouns
    for start, end in spans:
        for m in re.finditer(r"[^\W\d_][\w-]*", text[start:end]):
            inverted = re.search(r"-(?:t-)?(il|elle)$", m.group()) if language == "fr" else None
            if inverted is not None:  # "a-t-elle lancé", "raconte-t-il": the pronoun after the verb
                absolute = start + m.start() + inverted.start(1)
                word = inverted.group(1)
                return Mention(absolute, absolute + len(word), word, "pronoun", gender=pronouns[word], number="sg")
            pronoun = m.group().casefold() in pronouns  # Indonesian "dia" gives no gender
            gender = pronouns.get(m.group().casefold())
            role = role_noun.match(m.group().casefold()) if role_noun else None
            if gender is None and role is not None:
                gender = "f" if any(v for k, v in role.groupdict().items() if k.startswith("f")) else None
            if pronoun or role is not None:
                absolute = start + m.start()
                if role is not None:
                    titled = _titled_person(text, m.group(), absolute, language)
                    if titled is not None:
                        return Mention(absolute, absolute + len(m.group()), m.group(), "name", name=titled, number="sg")
                return Mention(absolute, absolute + len(m.group()), m.group(), "pronoun", gender=gender, number="sg")
    for start, end in spans:
        # a word no data reads as a role that ends a title glued before a full name earlier
        # ("segði ráðharrin" after "Fiskimálaráðharrin Heðin Dalsgarð")
        for m in re.finditer(r"[^\W\d_][\w-]*", text[start:end]):
            if m.group().islower() and len(m.group()) >= _GLUED_TITLE:
                titled = _titled_person(text, m.group(), start + m.start(), language, glued=True)
                if titled is not None:
                    absolute = start + m.start()
                    return Mention(absolute, absolute + len(m.group()), m.group(), "name", name=titled, number="sg")
    if language == "de":
        for start, end in spans:
            epithet = _DE_EPITHET.search(text, start, end)
            if epithet is not None:  # "kündigte der 54-Jährige an": the man named before
                gender = "m" if epithet.group(1).casefold() == "der" else "f"
                return Mention(epithet.start(), epithet.end(), epithet.group(), "pronoun", gender=gender, number="sg")
    return None


_TITLE_WINDOW = 1500
"""Characters before a role noun searched for the person the article introduced with that title."""


_GLUED_TITLE = 6  # letters at least of a word read as the end of a title glued before a name


def _titled_person(text: str, role: str, pos: int, language: str, glued: bool = False) -> str | None:
    """The person the article introduced with the title a later role noun takes up: "die
    Ministerin" after "Verkehrsministerin Ingrid Salvesen", "le ministre" after "le ministre
    Paul Girard" (the latest such person within a window before ``pos``; none in Russian and
    Ukrainian, whose case endings the title would not match)."""
    if language in {"ru", "uk"} or len(role) < 4:
        return None
    prefix = r"[^\W\d_][\w-]*" if glued else r"[\w-]*"
    title = re.compile(rf"(?<![\w-]){prefix}{re.escape(role.casefold())}\s+(?={_CAP})", re.I)
    window_start = max(0, pos - _TITLE_WINDOW)
    last = None
    for m in title.finditer(text, window_start, pos):
        run = _NAME_RUN.match(text, m.end(), pos)
        if run is None or len(run.group().split()) < 2:
            # the portfolio and a comma before the name: "La ministra de Agricultura, Ana Ferrer"
            portfolio = _PORTFOLIO.match(text, m.end(), pos)
            run = _NAME_RUN.match(text, portfolio.end(), pos) if portfolio is not None else None
        kept = _days_off(text, run.group().split(), run.end()) if run is not None else []
        if len(kept) > 1:
            last = " ".join(kept)
    return last


_PORTFOLIO = re.compile(r"[^.;:,«»\"“”\n]{1,60}?,[^\S\n]+")


# "der 54-Jährige", "die Unternehmerin": an epithet for someone named before.
_DE_EPITHET = re.compile(r"\b([Dd]er|[Dd]ie)\s+(?:\d+-Jährige|[A-ZÄÖÜ][a-zäöüß]+(?:er|erin|in|ende))\b")


# Languages that drop a subject pronoun: "“...”, declaró ante los periodistas." is said by the
# person the sentence before was about.
PRO_DROP = frozenset(code for code in LANGUAGES if language_data(code).pro_drop)
_QUOTED = re.compile(r"[«“„\"][^«»“”„\"]*[»”“\"]")


_DETERMINERS = {
    "es": {"el", "la", "los", "las", "un", "una", "su", "sus", "este", "esta"},
    "it": {"il", "lo", "la", "l", "i", "gli", "le", "un", "una", "uno", "un'", "suo", "sua"},
    "pt": {"o", "a", "os", "as", "um", "uma", "seu", "sua"},
    "ca": {"el", "la", "els", "les", "l", "un", "una", "seu", "seva", "aquest", "aquesta"},
}


_PREPOSITIONS = {
    "es": {"en", "de", "del", "con", "por", "para", "durante", "tras", "ante", "sobre", "desde", "según", "a", "al"},
    "it": {"in", "nel", "nella", "di", "del", "della", "con", "per", "durante", "dopo", "davanti", "su", "da", "a"},
    "pt": {"em", "no", "na", "de", "do", "da", "com", "por", "para", "durante", "após", "perante", "sobre", "a", "ao"},
    "ca": {"en", "a", "al", "de", "del", "amb", "per", "durant", "després", "davant", "sobre", "des", "segons"},
}


def subject_left_out(text: str, start: int, cue: tuple[int, int], language: str) -> bool:
    """Whether the cue at ``cue`` has no subject of its own between ``start`` (the sentence's or
    the quotation's end) and the cue, nor right after it: no determiner before a noun ("Su
    cartera indicó", "el tribunal concluyó", "afirmó la empresa"), a day aside ("El martes,")."""
    determiners = _DETERMINERS.get(language, set())
    prepositions = _PREPOSITIONS.get(language, set())
    before = re.findall(r"[^\W\d_]+['’]?", _QUOTED.sub(" ", text[start : cue[0]]))
    for preceding, word, following in zip(["", *before], before, [*before[1:], ""], strict=False):
        if preceding.casefold() in prepositions:
            continue  # "en el mismo discurso, añadió": a noun after a preposition is no subject
        if word.casefold().rstrip("'’") in determiners and following.casefold() not in _CALENDAR:
            return False
    after = re.match(r"\s*([^\W\d_]+)", text[cue[1] : cue[1] + 40])
    return after is None or after.group(1).casefold() not in determiners


def zero_subject(text: str, cue: tuple[int, int], language: str) -> Mention:
    """A speaker the cue verb leaves unnamed ("afirmó", "ha precisato"; Russian "заявила"
    gives a woman), resolved like a pronoun."""
    word = text[cue[0] : cue[1]]
    forms = language_data(language).verb_gender
    gender = next((g for g, form in forms.items() if form.search(word.casefold())), None)
    return Mention(cue[0], cue[1], word, "pronoun", gender=gender, number="sg")


def subject_before(
    text: str, sentences: list[Sentence], index: int, language: str, known: frozenset[str], gender: str | None = None
) -> Mention | None:
    """The person the sentence before sentence ``index`` names first, outside its quotations and
    not as the object of a preposition ("La jefa de policía, Renata Obi-Castillo, dio un giro
    al caso." / "O treinador Rui de Matos Pereira já tinha defendido a arbitragem."): whom a
    following "she", "the coach" or a cue without a subject stands for; None when it names no
    person (of ``gender``, when given)."""
    if index <= 0 or index > len(sentences):
        return None
    sentence = sentences[index - 1]
    body = _QUOTED.sub(lambda m: " " * len(m.group()), text[sentence.start : sentence.end])
    masked = text[: sentence.start] + body + text[sentence.end :]
    prepositions = language_data(language).not_before_a_surname
    kb = knowledge()
    people = {
        run[-1]
        for run in (m.group().split() for m in _NAME_RUN.finditer(text))
        if len(run) > 1 and kb.is_given_name(transliterate(_nominative(run[0], language)))
    }
    for name in _names(masked, sentence.start, sentence.end, language, known):
        words = (name.name or "").split()
        if not words or (name.gender is None and words[-1] not in people):
            continue  # "Национального": a capitalised word, not a person the article names
        if gender is not None and name.gender is not None and name.gender != gender:
            continue
        if _after_role(masked, name.start, language):
            return name  # "La ministra dei Trasporti, Marie-Claire Oduya, ha escluso ...": the role's holder
        before = re.findall(r"[^\W\d_]+", masked[sentence.start : name.start])
        while before and before[-1][:1].isupper():
            before.pop()  # "de Radio Publique Estrelle": the words before the whole name
        if before and before[-1].casefold() in prepositions | {"à", "a", "con", "com", "mit", "avec", "с", "со"}:
            continue  # "dijo a García", "mit Molander": not the subject
        return name
    return None


def _after_subject(
    text: str, sentences: list[Sentence], candidates: list[Candidate], language: str, known: frozenset[str]
) -> None:
    """A pronoun, a role noun or a cue without a subject takes the person the sentence before
    opened with, when there is one (else the pronoun resolves later, to the last speaker)."""
    starts = [s.start for s in sentences]
    for c in candidates:
        m = c.mention
        if m is None or m.kind != "pronoun":
            continue
        index = max(0, bisect.bisect_right(starts, min(m.start, c.start)) - 1)
        found = subject_before(text, sentences, index, language, known, m.gender)
        if found is not None:
            c.mention = found


# Dialogue set off by dashes, as Portuguese, Spanish and Russian papers print it: a paragraph
# opens with a dash, the words run to a dash before the cue ("— Vamos defender o título —
# prometeu de Matos Pereira.") or to the paragraph's end.
_DASH_OPEN = re.compile(r"(?:^|\n)[ \t]*([—–])[ \t]*(?=\S)")
_COMMA_WORD = re.compile(r",[ \t]+([^\W\d_]+)")
_DASH_CLOSE = re.compile(r"[ \t]+[—–][ \t]*(?=[^\W\d_])")  # "... subsidio —dijo.": Spanish sets no space after it


def dash_quotes(text: str, cue_words: frozenset[str] = frozenset()) -> list[QuoteSpan]:
    """The quotations of paragraphs that open with a dash (see ``_DASH_OPEN``); with no dash
    before the cue, the words run to a comma before one of ``cue_words`` ("– Vi kommer att ...,
    säger han.", as Swedish papers print it) or to the paragraph's end."""
    found = []
    for m in _DASH_OPEN.finditer(text):
        start = m.end()
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        close = _DASH_CLOSE.search(text, start, line_end)
        end = close.start() if close is not None else line_end
        if close is None:
            cue = next(
                (c for c in _COMMA_WORD.finditer(text, start, line_end) if c.group(1).casefold() in cue_words), None
            )
            end = cue.start() if cue is not None else end
        while end > start and text[end - 1] in " \t,":
            end -= 1
        words = word_count(text[start:end])
        if words < 3 or (close is None and end == line_end and not re.search(r"[.!?…]$", text[start:end])):
            continue  # "– ENDS –", a signature: no dialogue
        stop = close.start() + close.group().index(close.group().strip()) + 1 if close is not None else end
        if close is None and end < line_end and not re.search(r"[.!?…]$", text[start:end]):
            stop = end  # "..., säger han.": the comma and the cue stay outside
        found.append(QuoteSpan(m.start(1), stop, ((start, end),), "dash"))
    return found


def _complement_before(text: str, start: int, end: int, language: str) -> int | None:
    """Where the complementizer opens a reported clause whose first words, a few at most, run up
    to a quotation at ``end`` ("... că Vossa „se retrage”", "... que García « ne partira pas »"),
    or None."""
    words = language_data(language).complementizer
    if not words:
        return None
    found = None
    for m in re.finditer(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", text[start:end]):
        found = m
    if found is None:
        return None
    between = text[start + found.end() : end]
    if re.search(r"[.!?:;]", between) or len(re.findall(r"[^\W\d_]+", between)) > 4:
        return None
    return start + found.start()


def _a_title(text: str, q: QuoteSpan) -> bool:
    """Whether a quotation is a capitalised title of one or two words ("«Орвасским вестям»",
    "« Le Monde »"): the name of a paper or a body, not words someone said."""
    inside = text[q.start : q.end].strip()
    words = inside.split()
    return 0 < len(words) <= 2 and inside[:1].isupper() and not re.search(r"[.!?,]", inside)


# A lower-case prefix on a capitalised word: a noun class's or a case's (Zulu "uLindqvist",
# "kuka-Lindqvist", "i-Westfield"), Irish's mutations ("hÉireann"): no part of the name
_CLASS_PREFIX = re.compile(rf"(?<![\w'’-])[a-z]{{1,5}}-?(?=[{_LATIN_UPPER}][{_LATIN_LOWER}])")


def without_class_prefixes(text: str) -> str:
    """``text`` with the lower-case prefixes of capitalised words (see ``_CLASS_PREFIX``) blanked
    by as many spaces, so that a name stands alone at the same offsets: read in a language with
    no data, whose names may take its noun classes' prefixes."""
    return _CLASS_PREFIX.sub(lambda m: " " * len(m.group()), text)


def find_foreign_candidates(text: str, language: str) -> Analysis:
    """Direct quotes and their speakers in an article written in ``language``."""
    from onrecord.extract.caseless import CASELESS_SCRIPTS, find_caseless_candidates

    if language_data(language).script in CASELESS_SCRIPTS:
        return find_caseless_candidates(text, language)  # Arabic, Hindi, Chinese: no capitals to find names by
    written = text
    if language not in languages() or language_data(language).name_prefixes:
        text = without_class_prefixes(text)  # "uLindqvist", "kuka-Lindqvist": the name, its prefix blanked
    sentences = split_sentences(text)
    quotes = [q for q in find_quotes(text) if q.nested_in is None]
    marked = [(q.open, q.close) for q in quotes]
    quotes += [d for d in dash_quotes(text, cues(language)) if not any(a < d.close and d.open < b for a, b in marked)]
    quotes.sort(key=lambda q: q.open)
    starts = [s.start for s in sentences]
    candidates: list[Candidate] = []
    names: list[Mention] = []
    for sentence in sentences:
        names.extend(_names(text, sentence.start, sentence.end, language))
    # surnames the article gives with something before them ("Annelise Korvath", "Vorstandschef Molander")
    runs = [
        run[1:]
        if language in _NOUNS_CAPITALISED and _starts_sentence(text, m.start()) and not _person_word(run[0], language)
        else run
        for m in _NAME_RUN.finditer(text)
        for run in [m.group().split()]
    ]
    openers = _ARTICLES.get(language, set()) | language_data(language).source_prepositions
    known = frozenset(
        _without_suffix(run[0] if _family_name_first(run, language) else run[-1], language)
        for run in (r[1:] if r and r[0].casefold() in openers else r for r in runs)
        if len(run) > 1 and any(w[:1].isupper() for w in run[:-1])  # not "ap Gwilyma" alone
    ) | frozenset(m.group(1) for m in _PARTICLE_SURNAME.finditer(text))
    unread_words = None
    if language not in languages() and sentences and caseless_text(text):
        # no capitals and no data: names by their recurrence in the article (caseless_unread)
        unread_words = article_words(text, sentences, quotes)
    credited = credited_agencies(text) if language not in languages() else frozenset()
    for i, q in enumerate(quotes):
        s_index = max(0, sum(1 for s in starts if s <= q.open) - 1)
        left_start = sentences[s_index].start if sentences else 0
        if i > 0 and quotes[i - 1].close > left_start:
            left_start = quotes[i - 1].close
        right_end = sentences[max(0, sum(1 for s in starts if s < q.close) - 1)].end if sentences else len(text)
        following = next((n for n in quotes[i + 1 :] if not _a_title(text, n)), None)
        if following is not None and following.open < right_end:
            # a title in guillemets after the cue ("— рассказала «Орвасским вестям» жительница
            # Вельмара Дана Ковач") does not end the frame; the next quotation does
            right_end = following.open
        right_end = max(right_end, q.close)
        words = word_count(text[q.start : q.end])
        left, right = text[left_start : q.open], text[q.close : right_end]
        framed = not left.strip() or left.rstrip()[-1:] in ":,—–-" or right.strip()[:1] in {",", ".", "—", "–", "-", ""}
        if not framed and words < 4:
            continue  # a quoted term, not a statement
        cue_span = None
        for m in cue_words_in(text, left_start, right_end, language):
            if not (q.open <= m.start() < q.close):
                cue_span = (m.start(), m.end())
                break
        sentence_start = sentences[s_index].start if sentences else 0
        cued = cue_span is not None or any(
            not (q.open <= m.start() < q.close) for m in cue_words_in(text, sentence_start, right_end, language)
        )
        if cues(language) and is_quoted_term(left, words, cued):
            # "ein zehnseitiges „Morgenblatt“. Die Zeitung ...": a term, not a statement; in a
            # language with no cue list, "no cue in the sentence" says nothing, so it stays
            continue
        right_spans, at = [], q.close
        for title in (n for n in quotes[i + 1 :] if n.open < right_end and _a_title(text, n)):
            right_spans.append((at, title.open))  # a title's words name no speaker ("— сказала она «Вестям Острога»")
            at = title.close
        right_spans.append((at, max(at, right_end)))
        left_end, anchor = q.open, cue_span[0] if cue_span else q.close
        clause = _complement_before(text, left_start, q.open, language)
        if clause is not None and (cue_span is None or cue_span[1] <= clause):
            # "ministrul scrisese pe X că Vossa „se retrage ...”": the name after the
            # complementizer is the reported clause's subject; the speaker is the cue's
            left_end, anchor = clause, cue_span[0] if cue_span else clause
        mention = speaker_near(text, [(left_start, left_end), *right_spans], anchor, language, known)
        if (
            mention is None
            and cue_span is not None
            and language in PRO_DROP
            and subject_left_out(text, q.close if cue_span[0] >= q.close else left_start, cue_span, language)
        ):
            mention = zero_subject(text, cue_span, language)  # "“...”, afirmó.": who the text was about
        if cue_span is None and language not in languages():
            # a language with no data: the words before a colon, else the sentence before; the
            # wire the closing credit names is the one spoken to ("..., she told Larkpress")
            if mention is not None and mention.text in credited:
                mention = None
            mention = _before_colon(text, left_start, q.open, language, known) or mention
            if mention is None and not text[left_start : q.open].strip():
                mention = _sentence_before(text, sentences, s_index, quotes, language, known)
            if mention is None and unread_words is not None:
                frame = Sentence(sentences[s_index].start, right_end, sentences[s_index].paragraph)
                mention = recurring_name(text, frame, quotes, unread_words)
        elif cue_span is not None and cue_span[1] <= q.open and mention is not None and mention.kind == "name":
            # "..., lauyarta Hadiza Yusufu ..., Okonjo ta ce: «...»": the cue's own clause names
            # its speaker, not an earlier clause's full name
            local = _before_colon(text, left_start, q.open, language, known, cue_span)
            mention = local if local is not None and local.kind == "name" else mention
        candidates.append(
            Candidate(
                "direct",
                list(q.pieces),
                cue_span,
                None,
                "speech",
                mention,
                s_index,
                quote=q,
                bare=mention is None and cue_span is None,
            )
        )
    from onrecord.extract.foreign_continued import join_continued_quotes
    from onrecord.extract.foreign_coordinated import split_joined_reports
    from onrecord.extract.foreign_reported import find_reported_speech

    candidates = join_continued_quotes(text, candidates, language)  # „A“, sagte X. „B.“: one record
    candidates += find_reported_speech(text, sentences, language, known, quoted=list(candidates))
    # "dijo que C1 y que C2": one record per clause
    candidates = split_joined_reports(text, candidates, language, [(q.open, q.close) for q in quotes])
    if language not in languages():
        from onrecord.extract.induced import induced_reported_speech

        # a language with no cue list: the cue words its own quotations are framed with
        candidates += induced_reported_speech(text, sentences, candidates, known)
    elif (
        not any(c.kind == "indirect" for c in candidates)
        and not _writes_its_complementizer(text, language)
        and not _read_by_its_data(text, language)
    ):
        # a neighbour's data (a language the vote could not tell from one of the file's): none of
        # its reports found, its complementizer never written, its cue words not and few of its
        # function words; the complementizer's place tells, a data's function word never taken for it
        candidates += framed_reported_speech(text, sentences, candidates, known, speaker_near, _function_words())
    elif _read_as_a_neighbour(text, language):
        from onrecord.extract.induced import induced_reported_speech

        # a neighbour's language read as this one (Frisian as Dutch, Asturian as Spanish): the
        # verbs of speech its own quotations are framed with that this language's list lacks
        # ("sei", "dixo"), read in its sentences without quotation marks as an unread language's;
        # not its function words ("die", "der" before a name's role, "que"), which frame no speech
        unlisted = cues(language) | language_data(language).stopwords
        candidates += induced_reported_speech(text, sentences, candidates, known, unknown_to=unlisted)
    _after_subject(text, sentences, candidates, language, known)
    found = spellings(text, language)  # "Veldere (Weldore)", "Martinas": the names' own spelling
    if found:
        candidates = [replace(c, mention=respell_mention(c.mention, found, language)) for c in candidates]
        names = [r for n in names if (r := respell_mention(n, found, language)) is not None]
    candidates.sort(key=lambda c: (c.start, c.end))
    return Analysis(written, sentences, quotes, candidates, names, {})
