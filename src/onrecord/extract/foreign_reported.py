"""Reported speech without quotation marks in articles not in English, by word order.

The English parser is no use here; these frames are what wire copy in German, Russian,
Ukrainian, French, Spanish, Italian and Portuguese uses, and each is read from the sentence's
words and commas:

* cue first, content after the comma: ``Molander sagte, Veltra werde 2.100 Stellen streichen``,
  ``Ансельм заявил, что ...``, ``Il a déclaré que ...``, ``ha detto che ...``;
* content first, cue after the comma: ``..., sagte er.``, ``..., сообщила Ковалик.``,
  ``..., a-t-il précisé.``;
* a source phrase: ``По словам Ковалик, ...``, ``Laut Molander ...``, ``Der Gewerkschaft
  zufolge ...``, ``Selon X, ...``, ``Selon lui, ...``, ``D'après X, ...``, ``Segundo X, ...``,
  ``De acuerdo con X, ...``, ``De acordo com X, ...``;
* the sentence before, taken up by the next: ``... Об этом заявила министр Лидия Маренко.``,
  ``... Das sagte Molander am Montag.``

German reported speech needs ``dass`` or a subjunctive verb (``werde``, ``habe``, ``sei``, or any
verb's stem in ``-e`` after its subject: ``der Streik koste``) in the content, since a comma after
``sagte`` also introduces other things; the other languages need
their complementizer (``что``, ``que``) in the first frame. Sentences with quotation marks are
left to the direct-quote reader.
"""

from __future__ import annotations

import re
from functools import lru_cache

from onrecord.extract.candidates import Candidate
from onrecord.extract.foreign import (
    PRO_DROP,
    articles,
    cue_words_in,
    cues,
    speaker_near,
    subject_left_out,
    zero_subject,
)
from onrecord.extract.head_last import head_last_bodies
from onrecord.extract.mentions import Mention
from onrecord.extract.sentences import Sentence
from onrecord.extract.words import word_count
from onrecord.languages import language as language_data

__all__ = ["find_reported_speech"]

# "Segundo o diretor executivo, Colin Ashworth, ...": a role, then the name in apposition
_NAME_WORD = r"[A-ZÀ-Þ][\w'’-]+"
_APPOSITION = rf"(?:,\s*(?P<appos>{_NAME_WORD}(?:\s+(?:de|da|do|van|von|del|di)?\s*{_NAME_WORD}){{1,3}}))?"
_SOURCE_PHRASE = {
    "ru": re.compile(
        r"\s*(?:[А-ЯЁ][а-яё]+,\s*)?"  # "Первоначально, по словам министра, ..."
        r"(?:[Пп]о (?:(?:словам|мнению|данным)\s+(?P<who>[^,]{2,60})|(?P<own>его|её|ее|их) словам(?:\s+[^,]{2,40})?)"
        r"|Как (?:говорится|сообщается|отмечается|указывается) в (?:заявлении|сообщении|пресс-релизе)\s+"
        r"(?P<doc>[^,]{2,80})),",
        re.U,
    ),
    # "За її словами в тому ж інтерв'ю, ...": an aside may follow the source
    "uk": re.compile(
        r"\s*За (?:(?:словами|даними)\s+(?P<who>[^,]{2,60})|(?P<own>його|її|їх) словами(?:\s+[^,]{2,40})?),", re.U
    ),
    "fr": re.compile(rf"\s*(?:Selon|D['’]après)\s+(?:(?P<own>lui|elle),|(?P<who>[^,]{{2,60}}){_APPOSITION},)", re.U),
    "es": re.compile(rf"\s*(?:Según|De acuerdo con)\s+(?:(?P<own>él|ella),|(?P<who>[^,]{{2,60}}){_APPOSITION},)", re.U),
    "it": re.compile(rf"\s*Secondo\s+(?:(?P<own>lui|lei),|(?P<who>[^,]{{2,60}}){_APPOSITION},)", re.U),
    "pt": re.compile(
        rf"\s*(?:Segundo|De acordo com)\s+(?:(?P<own>ele|ela),|(?P<who>[^,]{{2,60}}){_APPOSITION},)", re.U
    ),
    "ca": re.compile(rf"\s*Segons\s+(?:(?P<own>ell|ella),|(?P<who>[^,]{{2,60}}){_APPOSITION},)", re.U),
    # "Der Gewerkschaft zufolge ...": the source phrase with its postposition
    "de": re.compile(
        r"\s*(?:(?:Laut|Nach Angaben (?:von|des|der))\s+(?P<who>[^,]{2,60}?)(?:,|\s+(?=[a-zäöüß]))"
        r"|(?P<post>[^,.]{2,60}?)\s+zufolge,?\s+)",
        re.U,
    ),
}
# Subjunctive forms that mark German reported speech ("er sagte, man werde ...").
# "Об этом заявил X": the sentence before is what X said.
_THAT_WAS_SAID = {
    "ru": re.compile(r"\s*Об этом\b", re.U),
    "uk": re.compile(r"\s*Про це\b", re.U),
    "de": re.compile(r"\s*(?:Das|Dies)\s+(?=\w+te\b|sagt\b)", re.U),
    "fr": re.compile(r"\s*C'est ce qu", re.U),
}
# The auxiliary of a compound tense between the comma and the cue: "..., a-t-il précisé",
# "..., a précisé le ministre", "..., ha dicho", "..., hatte sie erklärt".
_AUXILIARY_BEFORE_CUE = {
    "fr": re.compile(r"(?<=,)\s*(?:a|ont|avait|avaient)(?:-t)?(?:-(?P<pronoun>il|elle|ils|elles|on))?\s*$", re.U),
    "es": re.compile(r"(?<=,)\s*(?:ha|han|había|habían)\s*$", re.U),
    "it": re.compile(r"(?<=,)\s*(?:ha|hanno|aveva|avevano)\s*$", re.U),
    "de": re.compile(r"(?<=,)\s*(?:hat|hatte|haben|hatten)(?:\s+(?:er|sie|es))?\s*$", re.U),
    "ro": re.compile(r"(?<=,)\s*(?:a|au|ar|va|vor)\s*$", re.U),  # "..., a declarat X"
    "ca": re.compile(r"(?<=,)\s*(?:va|van|ha|han|havia|havien)\s*$", re.U),  # "..., va dir X" (the past)
}
_PRONOUN_GENDER = {"il": "m", "elle": "f"}
_POSSESSIVE_GENDER = {
    "его": "m", "её": "f", "ее": "f", "його": "m", "її": "f",
    "lui": "m", "elle": "f", "él": "m", "ella": "f", "lei": "f", "ele": "m", "ela": "f", "ell": "m",
}  # fmt: skip
_DE_SUBJUNCTIVE = re.compile(
    r"\b(?:werde|werden|habe|haben|sei|seien|könne|können|müsse|müssen|wolle|wollen|solle|sollen|dürfe|gebe|"
    r"komme|stehe|liege|gehe|würde|würden|hätte|hätten|wäre|wären|könnte|könnten|müsste|müssten|"
    r"läge|lägen|gäbe|gäben|käme|kämen|ginge|gingen|stünde|stünden|bliebe|blieben|wüsste|wüssten)\b"
)
# An aside between the cue and its complementizer: "informou, em comunicado, que", "dijo, sin
# embargo, que", "a affirmé, dans un communiqué, que" (a few words, no verb of its own).
_ROMANCE = frozenset({"fr", "es", "it", "pt", "ca"})
_DATELINE = re.compile(r"[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ .'-]{2,40}(?:,\s*[\w. ]{2,30})?\s+[—–-]\s+")
_OPENING_MARKS = frozenset("\"“”„«»‹›'‘")
_SOURCE_WORD = re.compile(r",\s*(?:según|segundo|secondo|selon|segons|conforme|como|come|comme)\s*$", re.I)
# "Segundo o jogador", "Según el técnico", "Selon l'entraîneur": an article and a lower-case noun,
# someone the article named before.
_ROLE_PHRASE = re.compile(r"(?:o|a|el|la|il|lo|le|l['’])\s*(?P<noun>[a-zà-ÿ][a-zà-ÿ-]{3,})$")
_QUOTE_MARKS = re.compile(r"[\"“”„«»‹›]")
_MIN_WORDS = 3
_ASIDE = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}[^\W\d_]+\s*,")  # "en un comunicado,", "am Montag,"
# Source prepositions a cue list holds: "..., según dijo el miércoles el fiscal del condado,
# Marcus de la Vega, en una entrevista": the speaker may stand after commas of an apposition.
_SOURCE_WORDS = frozenset({"según", "segundo", "secondo", "selon", "laut", "segons"})
_MAX_SPEAKER_WORDS = 10


def _quotes_in(text: str, sentence: Sentence) -> bool:
    """Whether the sentence holds a quotation (three words or more between marks): a name in
    guillemets (``«Орсгаз»``) is no quotation."""
    body = text[sentence.start : sentence.end]
    return any(word_count(m.group()) >= _MIN_WORDS for m in re.finditer(r"[\"“„«»‹›][^\"“”„«»‹›]*[\"”“»«‹›]", body))


def _marks_inside(text: str, sentence: Sentence, candidate: Candidate) -> bool:
    """Whether every quotation mark of the sentence lies inside the candidate's content, after a
    word of its own (a report that quotes some of its words, not a quote beside a report)."""
    marks = [m.start() for m in _QUOTE_MARKS.finditer(text, sentence.start, sentence.end)]
    return (
        bool(marks)
        and all(candidate.start <= p < candidate.end + 1 for p in marks)
        and word_count(text[candidate.start : marks[0]]) >= 1
    )


def _before_marks(text: str, sentence: Sentence, candidate: Candidate) -> bool:
    """Whether an infinitive report ends before the sentence's first quotation mark: "a affirmé
    avoir rencontré les syndicats, tout en soulignant : « ... »" (the quotation is a quote of
    its own)."""
    first = _QUOTE_MARKS.search(text, sentence.start, sentence.end)
    return candidate.frame == "to" and first is not None and candidate.end <= first.start()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n,—–-:":
        start += 1
    while end > start and text[end - 1] in " \t\n.,;!?—–-":
        end -= 1
    return start, end


# Words ending in -e that are no verb: determiners, adverbs, prepositions.
_DE_NOT_VERBS = frozenset(
    """eine keine meine deine seine ihre unsere eure diese jene jede alle welche solche manche beide etliche
    viele wenige einige andere heute gerne ohne bitte alleine gerade lange ferne""".split()
)
_DE_WORD = re.compile(r"[^\W\d_]+[,;]?|\d[\d.,]*")


def _de_present_subjunctive(content: str) -> bool:
    """Whether ``content`` has a verb in the present subjunctive of any verb (stem + ``-e`` after
    its subject: "der Ausstand koste", "man rechne", "die Gewerkschaft verlange"): a lower-case
    word in ``-e`` after a noun, a pronoun or a comma and not before a noun (an adjective is:
    "die neue Regel")."""
    words = _DE_WORD.findall(content)
    for i in range(1, len(words)):
        word = words[i].rstrip(",;")
        if len(word) < 4 or not word.endswith("e") or not word.islower() or word in _DE_NOT_VERBS:
            continue
        before = words[i - 1]
        after = words[i + 1] if i + 1 < len(words) else ""
        if after[:1].isupper() or (before.endswith(("e", "en", "em", "er", "es")) and before.islower()):
            continue  # "eine neue Stelle", "die großen neue": an adjective
        if before[:1].isupper() or before.casefold() in {"man", "er", "sie", "es"} or before.endswith(","):
            return True
    return False


# A German clause that ends in an infinitive with "zu" ("..., 40 zusätzliche Polizisten
# einzusetzen", "..., die Preise „für zwei Jahre“ einzufrieren", "..., den Plan zu prüfen"):
# what was announced, promised or demanded after "kündigte an", "versprach", "forderte".
_DE_ZU_INFINITIVE = re.compile(r"(?:\bzu\s+|\b[a-zäöü]+zu)[a-zäöüß]+(?:en|ern|eln)[\W]*$")
# "..., um die Lage zu beruhigen", "..., ohne Details zu nennen": a purpose or a manner, not a report
_DE_PURPOSE = re.compile(r"\s*(?:um|ohne|statt|anstatt)\b", re.I)


def _reported(content: str, language: str, has_complementizer: bool) -> bool:
    if word_count(content) < _MIN_WORDS:
        return False
    if language == "de":
        return (
            has_complementizer
            or bool(_DE_SUBJUNCTIVE.search(content))
            or _de_present_subjunctive(content)
            or (_DE_ZU_INFINITIVE.search(content) is not None and not _DE_PURPOSE.match(content))
        )
    return True


# A participle cue is one only in a compound tense, after the perfect's auxiliary (a clitic or an
# adverb may stand between): "nos había asegurado el viernes que ...", "tinha anunciado que ...",
# not "El acuerdo anunciado el lunes prevé que ..." (a participle of a noun, whose "que" is
# another verb's).
_PARTICIPLE = {
    "es": re.compile(r"(?:ad|id|ich|it)os?$|(?:ad|id|ich|it)as?$"),
    "pt": re.compile(r"(?:ad|id|it)[oa]s?$"),
}
_PERFECT_AUXILIARY = {
    "es": re.compile(
        r"\b(?:he|has|ha|hemos|han|había|habías|habíamos|habían|habría|habrían|haya|hayan|hubiera|hubieran|"
        r"haber|habiendo)\s+(?:(?:me|te|le|les|lo|la|nos|se|ya|no|también|siempre|nunca)\s+){0,2}$",
        re.I,
    ),
    "pt": re.compile(
        r"\b(?:tenho|tem|temos|têm|tinha|tinham|tínhamos|teria|teriam|tenha|tenham|tivesse|tivessem|ter|tendo|"
        r"havia|haviam|haver|hei|há|hão)\s+(?:(?:me|te|lhe|lhes|nos|se|já|não|também|sempre|nunca)\s+){0,2}$",
        re.I,
    ),
}


def _cue_matches(text: str, sentence: Sentence, language: str) -> list[re.Match[str]]:
    """The cues of a sentence (offsets from the sentence's start); a phrase of the cue list
    ("khẳng định") is one cue."""
    body = text[sentence.start : sentence.end]
    participle, auxiliary = _PARTICIPLE.get(language), _PERFECT_AUXILIARY.get(language)
    return [
        m
        for m in cue_words_in(body, 0, len(body), language)
        if not (
            participle is not None
            and auxiliary is not None
            and participle.search(m.group().casefold())
            and auxiliary.search(body[max(0, m.start() - 40) : m.start()]) is None
        )
    ]


def find_reported_speech(
    text: str,
    sentences: list[Sentence],
    language: str,
    known: frozenset[str] = frozenset(),
    quoted: list[Candidate] | None = None,
) -> list[Candidate]:
    """Reported speech in ``sentences`` of ``text`` (an article in ``language``), as candidates
    with their cue and the speaker named in the sentence (a pronoun or role noun resolves later).
    ``known``: surnames the article names in full elsewhere. ``quoted``: the article's direct
    quotes, which German reported speech in the subjunctive may carry on from ("„...“, sagte
    Vollmer. Die Räumung sei eine Vorsichtsmaßnahme.")."""
    ends = [s.end for s in sentences]
    after_quote: dict[int, Candidate] = {}
    for q in quoted or []:
        if q.cue is not None and q.mention is not None:
            last = max(q.end, q.cue[1]) - 1  # the quote's sentence, then the one after it
            after_quote[sum(1 for e in ends if e <= last) + 1] = q
    entry = language_data(language)
    complementizer = entry.complementizer
    if complementizer is None and not (entry.source_prepositions or entry.source_postpositions or entry.verb_final):
        return []
    # a language with no complementizer (Turkish nominalises the clause instead) never finds one
    marker = re.compile(rf"\s*\b(?:{complementizer or '(?!)'})(?:\b|(?<=['’]))\s*", re.I)
    found: list[Candidate] = []
    inside = [(q.quote.open if q.quote else q.start, q.end) for q in quoted or [] if q.kind == "direct"]
    for index, sentence in enumerate(sentences):
        if any(start <= sentence.start < end for start, end in inside):
            # a sentence of a quotation that runs over several; a report may follow its end
            after = _report_after_quote(text, sentence, index, language, marker, quoted or [])
            if after is not None:
                found.append(after)
            continue
        if _quotes_in(text, sentence):
            # a quotation inside reported speech ("Il a annoncé qu'une « marche » partirait"):
            # the report, which takes the quotation in as a mixed record
            candidate = _cue_frame(text, sentence, index, language, marker, known)
            previous = found[-1] if found and found[-1].sentence == index - 1 else after_quote.get(index)
            if candidate is None and previous is not None:
                # "Man werde „in gutem Glauben“ an der Schlichtung teilnehmen.": carried on, quoting
                candidate = _carried_on(text, sentence, index, language, previous)
            if candidate is not None and (
                _marks_inside(text, sentence, candidate) or _before_marks(text, sentence, candidate)
            ):
                found.append(candidate)
            else:
                after = _report_after_quote(text, sentence, index, language, marker, quoted or [])
                if after is not None:
                    found.append(after)
            continue
        candidate = _source_phrase(text, sentence, index, language, known)
        if candidate is not None:
            # "Selon l'agence X, le maire a déploré que ...": a report inside the source phrase's
            # scope is the speaker's; the source phrase names the channel
            framed = _cue_frame(text, sentence, index, language, marker, known)
            if framed is not None and candidate.start <= framed.cue[0] < candidate.end:  # type: ignore[index]
                candidate = framed
        candidate = (
            candidate
            or _taken_up(text, sentences, index, language, known)
            or _cue_frame(text, sentence, index, language, marker, known)
        )
        sourced = _source_inside(text, sentence, index, language, known)
        if sourced is not None and sourced.cue is not None and (
            candidate is None or (candidate.cue is not None and sourced.cue[0] <= candidate.cue[0] < sourced.cue[1])
        ):
            candidate = sourced  # "L'inflation devrait, selon elle, passer ...": the whole sentence, not its head
        previous = found[-1] if found and found[-1].sentence == index - 1 else after_quote.get(index)
        if candidate is None and previous is not None:
            candidate = _carried_on(text, sentence, index, language, previous)
        if candidate is not None:
            found.append(candidate)
    return found


# Present subjunctive forms, which German uses for reported speech only (not "würde", "hätte").
_DE_REPORTED = re.compile(
    r"\b(?:habe|sei|seien|werde|könne|müsse|wolle|solle|dürfe|gebe|stehe|liege|gehe|komme|bleibe|brauche|"
    r"gelte|wisse|lasse|sehe|halte|plane|fehle|trage|arbeite)\b"
)


def _carried_on(text: str, sentence: Sentence, index: int, language: str, previous: Candidate) -> Candidate | None:
    """German reported speech goes on in the subjunctive without a new cue: "Molander sagte, ...
    Man habe keinen Käufer gefunden." The sentence after a report, in the subjunctive and with no
    cue of its own, is the same speaker's."""
    if language != "de" or _cue_matches(text, sentence, language):
        return None
    start, end = _trim(text, sentence.start, sentence.end)
    body = text[start:end]
    if word_count(body) < _MIN_WORDS or not _DE_REPORTED.search(body):
        return None
    return Candidate("indirect", [(start, end)], previous.cue, None, "speech", previous.mention, index)


def _body_from(text: str, who: tuple[int, int], limit: int, language: str) -> tuple[int, int] | None:
    """The span of an institution named head last that starts with the source's words and goes
    on past them ("Enligt Solvaniens kulturdepartement har ..."), None when there is none."""
    for body in head_last_bodies(text, who[0], limit, language):
        if body.start == who[0] and body.end > who[1]:
            return body.start, body.end
    return None


def _source_phrase(
    text: str, sentence: Sentence, index: int, language: str, known: frozenset[str]
) -> Candidate | None:
    pattern = _SOURCE_PHRASE.get(language) or _source_words_phrase(language)
    m = pattern.match(text, sentence.start, sentence.end) if pattern is not None else None
    if m is None:
        return None
    start, end = _trim(text, m.end(), sentence.end)
    if not m.groupdict().get("own"):
        start = _past_role(text, start, end, language)  # "Según X, director de ..., la contienda ..."
    if not _reported(text[start:end], language, True):
        return None
    if m.groupdict().get("own"):  # "По её словам": her words, whoever spoke last
        gender = _POSSESSIVE_GENDER.get(m.group("own"))
        speaker: Mention | None = Mention(m.start("own"), m.end("own"), m.group("own"), "pronoun", gender=gender)
        cue = m.start(), m.end("own")
    else:
        group = next(g for g in ("who", "post", "doc", "bare", "phrase") if m.groupdict().get(g))
        who = m.start(group), m.end(group)
        body = _body_from(text, who, sentence.end, language) if group == "bare" else None
        if body is not None:  # "Enligt Solvaniens kulturdepartement har ...": the name goes on
            who = body
            start, end = _trim(text, body[1], sentence.end)
            if not _reported(text[start:end], language, True):
                return None
        spans = [who, (m.start("appos"), m.end("appos"))] if m.groupdict().get("appos") else [who]
        if group == "phrase" and m.groupdict().get("appos"):
            spans = spans[1:]  # "Menurut Pengerusi Persatuan ... (PPJS), Amran Salleh, ...": the person named
        speaker = speaker_near(text, spans, spans[0][0], language, known) or _role_phrase(text, who, language)
        cue = (who[1], m.end()) if group == "post" else (m.start(), who[0])  # "göre" after its source
    if speaker is None:
        return None
    return Candidate("indirect", [(start, end)], _trim(text, *cue), None, "speech", speaker, index, frame="according")


_ROLE_REACH = 100
"""Characters a source's role in apposition may take before its closing comma."""

# A role in apposition names whose it is: a body's capitalised name or a genitive preposition
# ("director de encuestas de Meridian Research", "porte-parole du syndicat"); a role noun with
# neither before the comma is a subject of the report ("prezident neodstoupí, dokud ...").
_GENITIVE = frozenset("de del des du di da do dos das der von van of".split())


def _owned_role(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (the words after a role noun) holds a capitalised word or a
    genitive preposition (:data:`_GENITIVE`)."""
    return any(w[0].isupper() or w.casefold() in _GENITIVE for w in re.findall(r"[^\W\d_][\w'’-]*", text[start:end]))


def _past_role(text: str, start: int, end: int, language: str) -> int:
    """Where the report begins after a source phrase whose source has its role in apposition
    ("Según Harlan Pryce, director de encuestas de Meridian Research, la contienda sigue
    empatada"): after the comma that closes the role (and a relative clause on it), when the
    words after the source's comma open with a role noun of the language and hold no cue word;
    else ``start``."""
    entry = language_data(language)
    first = re.match(r"[^\W\d_][\w'’-]*", text[start:end])
    comma = text.find(",", start, min(end, start + _ROLE_REACH))
    if (
        entry.role_nouns is None
        or first is None
        or comma < 0
        or not entry.role_nouns.match(first.group().casefold())
        or cue_words_in(text, start, comma, language)  # "analitik X ocenjuje, da ...": a clause of its own
        or not _owned_role(text, start + first.end(), comma)
    ):
        return start  # "По словам X, президент не уйдет ..., пока ...": the report's own subject
    start = _trim(text, comma + 1, end)[0]
    # a relative clause on the role ("portavoz de la organización X, que gestiona el centro, C")
    relative = re.match(rf"(?:{entry.complementizer})\s", text[start:end]) if entry.complementizer else None
    comma = text.find(",", start, min(end, start + _ROLE_REACH))
    if relative is not None and comma >= 0 and not cue_words_in(text, start, comma, language):
        start = _trim(text, comma + 1, end)[0]
    return start


# A name of up to four capitalised words, with the particles of a surname ("Jan-Willem van der
# Berg", "ap Gwilyma")
_PARTICLES = r"(?:van|von|de|der|den|da|del|la|ap|af|bin|binti)"
_SOURCE_NAME = rf"(?:{_PARTICLES}\s+)?[A-ZÀ-Þ][\w-]*(?:\s+(?:{_PARTICLES}\s+)*[A-ZÀ-Þ][\w-]*){{0,3}}"

_LOWER = r"[^\W\d_A-ZÀ-ÞĀ-Ž]"
# a person's name of two to four capitalised words after a role and its body ("Menurut Pengerusi
# Persatuan Pengangkut (PPD), Amran Salleh, ..."): the person, not a word of the body's name
_PERSON_NAME = rf"[A-ZÀ-Þ][\w'’-]+(?:\s+(?:{_PARTICLES}\s+)*[A-ZÀ-Þ][\w'’-]+){{1,3}}"


@lru_cache(maxsize=16)
def _source_words_phrase(language: str) -> re.Pattern[str] | None:
    """The source phrase of a language whose entry lists its source words (``languages.json``):
    a preposition before the source and a comma after it, or no comma after a name ("Menurut
    Ratna, ...", "Według Wójcika polskie załogi ...", "Enligt bolaget ska ..."), a role in
    apposition set off by commas ("Menurut X, penasihat Y, ..."); a postposition after a name in
    the dative ("Senatör Dana Whitcombe'a göre Senato ...")."""
    entry = language_data(language)
    alternatives = []
    if entry.source_prepositions:
        words = "|".join(re.escape(w) for w in sorted(entry.source_prepositions))
        alternatives.append(
            rf"\s*(?i:{words})\s+(?:(?P<who>{_SOURCE_NAME})(?:,\s*{_LOWER}[^,]{{2,60}})?,"
            rf"|(?P<bare>{_SOURCE_NAME})\s+(?={_LOWER})|(?P<phrase>[^,]{{2,60}}),(?:\s*(?P<appos>{_PERSON_NAME}),)?)"
        )
    if entry.source_postpositions:
        words = "|".join(re.escape(w) for w in sorted(entry.source_postpositions))
        alternatives.append(rf"[^,.;:]{{0,60}}?(?P<post>{_SOURCE_NAME})['’][^\W\d_]{{1,3}}\s+(?:{words})\b,?")
    return re.compile("|".join(alternatives)) if alternatives else None


# A source phrase inside the sentence it attributes, not at its start: "Das operative Ergebnis
# legte seinen Angaben zufolge um vier Prozent zu", "Der Liegeplatz soll laut Dunne bis 2030 in
# Betrieb gehen", "L'inflation devrait, selon elle, ralentir", "по его словам".
_NAME_AFTER = r"(?P<who>[A-ZÀ-ÞА-ЯЁ][\w'’-]+(?:\s+(?:van|von|de|der|da|del|la)?\s*[A-ZÀ-ÞА-ЯЁ][\w'’-]+){0,2})"
_SOURCE_INSIDE = {
    "de": re.compile(
        rf"(?<=\s)(?:(?P<own>seinen|ihren)\s+(?:Angaben|Worten)\s+zufolge|nach\s+(?P<own2>seinen|ihren)\s+"
        rf"(?:Angaben|Worten)|laut\s+{_NAME_AFTER})(?=[\s,])"
    ),
    "fr": re.compile(rf",\s*selon\s+(?:(?P<own>lui|elle)|{_NAME_AFTER})\s*,"),
    "es": re.compile(rf",\s*según\s+(?:(?P<own>él|ella)|{_NAME_AFTER})\s*,"),
    "it": re.compile(rf",\s*secondo\s+(?:(?P<own>lui|lei)|{_NAME_AFTER})\s*,"),
    "pt": re.compile(rf",\s*segundo\s+(?:(?P<own>ele|ela)|{_NAME_AFTER})\s*,"),
    "ca": re.compile(rf",\s*segons\s+(?:(?P<own>ell|ella)|{_NAME_AFTER})\s*,"),
    "ru": re.compile(rf",\s*по\s+(?:(?P<own>его|её|ее)\s+словам|словам\s+{_NAME_AFTER})\s*,"),
}
_OWN_GENDER = {"seinen": "m", "ihren": "f", **_POSSESSIVE_GENDER}


def _source_inside(
    text: str, sentence: Sentence, index: int, language: str, known: frozenset[str]
) -> Candidate | None:
    """A sentence with a source phrase inside it (see ``_SOURCE_INSIDE``): the whole sentence is
    what the source said; "seinen Angaben zufolge", "selon elle" take the last speaker of
    that gender, a name is read as a speaker's name."""
    pattern = _SOURCE_INSIDE.get(language)
    m = pattern.search(text, sentence.start, sentence.end) if pattern is not None else None
    if m is None or m.start() - sentence.start < 3:
        return None  # at the start: a source phrase the other frames read
    start, end = _trim(text, sentence.start, sentence.end)
    if word_count(text[start:end]) - word_count(m.group()) < _MIN_WORDS + 1:
        return None
    own = m.groupdict().get("own") or m.groupdict().get("own2")
    if own:
        speaker: Mention | None = Mention(
            m.start(), m.end(), own, "pronoun", gender=_OWN_GENDER.get(own.casefold()), number="sg"
        )
    else:
        speaker = speaker_near(text, [(m.start("who"), m.end("who"))], m.start("who"), language, known)
    if speaker is None or speaker.kind not in {"name", "pronoun"}:
        return None
    cue = _trim(text, m.start(), m.end())
    return Candidate("indirect", [(start, end)], cue, None, "speech", speaker, index, frame="according")


_MAX_ASIDE_WORDS = 8
"""Words an aside may hold between a cue and its complementizer ("avoir annoncé au Congrès,
lors de la présentation du budget, que ...")."""


def _report_after_quote(
    text: str, sentence: Sentence, index: int, language: str, marker: re.Pattern[str], quoted: list[Candidate]
) -> Candidate | None:
    """Reported speech after the last quotation of its sentence, by the quotation's speaker:
    "« Nous ne prenons aucun engagement », a-t-elle affirmé, tout en précisant que la banque
    n'interviendrait pas" (a Romance cue, then its complementizer, at most a short aside between)."""
    if language not in _ROMANCE:
        return None
    marks = [m.end() for m in _QUOTE_MARKS.finditer(text, sentence.start, sentence.end)]
    speakers = [q for q in quoted if q.mention is not None and sentence.start <= q.end <= sentence.end]
    if not marks or not speakers:
        return None
    words = cues(language)
    for m in re.finditer(r"[^\W\d_]+", text[marks[-1] : sentence.end]):
        if m.group().casefold() not in words or m.group().casefold() in _SOURCE_WORDS:
            continue
        cue = marks[-1] + m.start(), marks[-1] + m.end()
        lead = marker.search(text, cue[1], sentence.end)
        if lead is None or word_count(text[cue[1] : lead.start()]) > _MAX_ASIDE_WORDS:
            continue
        start, end = _trim(text, lead.end(), sentence.end)
        if not _reported(text[start:end], language, True):
            continue
        return Candidate("indirect", [(start, end)], cue, None, "speech", speakers[-1].mention, index)
    return None


def _taken_up(
    text: str, sentences: list[Sentence], index: int, language: str, known: frozenset[str]
) -> Candidate | None:
    sentence = sentences[index]
    pattern = _THAT_WAS_SAID.get(language)
    m = pattern.match(text, sentence.start, sentence.end) if pattern and index > 0 else None
    if m is None:
        return None
    cue = next(iter(_cue_matches(text, sentence, language)), None)
    if cue is None:
        return None
    before = sentences[index - 1]
    start, end = _trim(text, before.start, before.end)
    if _QUOTE_MARKS.search(text[start:end]) or word_count(text[start:end]) < _MIN_WORDS:
        return None
    span = sentence.start + cue.start(), sentence.start + cue.end()
    speaker = speaker_near(text, [(span[1], sentence.end)], span[1], language, known)
    if speaker is None:
        return None
    return Candidate("indirect", [(start, end)], span, None, "speech", speaker, index - 1)


def _cue_frame(
    text: str, sentence: Sentence, index: int, language: str, marker: re.Pattern[str], known: frozenset[str]
) -> Candidate | None:
    body = text[sentence.start : sentence.end]
    for m in _cue_matches(text, sentence, language):
        cue = sentence.start + m.start(), sentence.start + m.end()
        if language_data(language).verb_final:
            final = _verb_final(text, sentence, index, language, m, known)
            if final is not None:
                return final
            if not language_data(language).complementizer:
                continue  # Turkish has none; Azerbaijani also writes "deyib ki, ..."
        before, after = body[: m.start()], body[m.end() :]
        # content first: "..., sagte er." / "..., сообщила Ковалик." / "..., a-t-il précisé."
        aux = _AUXILIARY_BEFORE_CUE.get(language)
        helper = aux.search(before) if aux is not None else None
        head = before[: helper.start()] if helper is not None else before
        # "..., según dijo el fiscal del condado, Marcus de la Vega, en una entrevista": the
        # content before the source word, the speaker (with an apposition) after the cue
        source = _SOURCE_WORD.search(head) if language in _ROMANCE else None
        if source is not None:
            head = head[: source.start() + 1]
        own_content = language not in {"de", "ru", "uk"} and marker.search(after) is not None  # "afirmó que ..."
        # "..., sagte er – dieselben Worte, die er am Montag gewählt hatte": an aside after a dash
        tail = re.split(r"\s[—–]\s", after, maxsplit=1)[0]
        source_word = m.group().casefold() in _SOURCE_WORDS and word_count(after) <= 2 * _MAX_SPEAKER_WORDS
        short_tail = (word_count(tail) <= _MAX_SPEAKER_WORDS and "," not in tail) or source_word or source is not None
        # many words after the cue: they must name the speaker in full (not "X, berkata ahli kumpulan
        # ...", not "a indiqué n'avoir trouvé ... dans l'usine de Nilai")
        named = (
            speaker_near(text, [(cue[1], sentence.end)], cue[1], language, known)
            if not short_tail and _speaker_tail(tail, language)
            else None
        )
        long_tail = named is not None and (named.kind == "organisation" or " " in (named.name or named.text))
        if (
            head.rstrip().endswith((",", "—", "–"))
            and (short_tail or long_tail)
            and not own_content
            and not _subject_apposition(head)
        ):
            start, end = _trim(text, sentence.start, sentence.start + len(head.rstrip(" ,—–-")))
            dateline = _DATELINE.match(text, start, end)
            if dateline is not None:  # "CARVER FALLS, Ohio — El dinero ...": the dateline is no content
                start = dateline.end()
            colon = text.rfind(": ", start, end)
            if colon >= 0 and word_count(text[colon:end]) >= _MIN_WORDS:
                start = colon + 2  # "..., klang das anders: Mit den Garantien ... sei man zufrieden, sagte Raman"
            if _reported(text[start:end], language, False):
                speaker = speaker_near(text, [(cue[1], sentence.end)], cue[1], language, known)
                if speaker is None and helper is not None and helper.groupdict().get("pronoun"):
                    at = sentence.start + helper.start("pronoun")  # "a-t-il précisé": "il"
                    word = helper.group("pronoun")
                    gender = _PRONOUN_GENDER.get(word)
                    speaker = Mention(at, at + len(word), word, "pronoun", gender=gender, number="sg")
                if (
                    speaker is None
                    and language in PRO_DROP
                    and not source_word
                    and subject_left_out(text, cue[0], cue, language)
                ):
                    speaker = zero_subject(text, cue, language)  # "..., afirmó.": the cue's own subject
                if speaker is not None:
                    return Candidate("indirect", [(start, end)], cue, None, "speech", speaker, index)
        framed = (
            _parenthetical_cue(text, sentence, index, language, m, known)
            or _bare_complement(text, sentence, index, language, m, known)
            or _infinitive_complement(text, sentence, index, language, m, known)
        )
        if framed is not None:
            return framed
        # cue first: "Molander sagte vor Investoren, Veltra werde ..." / "Ансельм заявил, что ..." /
        # "Il a déclaré que ..." (French and Spanish put no comma before their complementizer)
        comma = after.find(",")
        colon = after.find(":")
        bare = None if language in {"de", "ru", "uk"} else marker.search(after)
        opens_quote = colon >= 0 and after[colon + 1 :].lstrip()[:1] in _OPENING_MARKS
        if colon >= 0 and (comma < 0 or colon < comma) and (bare is None or colon < bare.start()) and not opens_quote:
            # "ha precisato le richieste in un thread su X: il sindacato chiede ...", "обещал им: ..."
            rest_start = marker_end = sentence.start + m.end() + colon + 1
        elif bare is not None and (comma < 0 or bare.start() < comma):
            rest_start, marker_end = sentence.start + m.end() + bare.start(), sentence.start + m.end() + bare.end()
        elif comma >= 0:
            rest_start = sentence.start + m.end() + comma + 1
            lead = marker.match(text, rest_start, sentence.end)
            aside = _ASIDE.match(text, rest_start, sentence.end) if lead is None else None
            aside_words = re.findall(r"[^\W\d_]+", aside.group()) if aside is not None else []
            if any(w.casefold() in cues(language) for w in aside_words):
                aside = None  # "сообщило агентство X, Остервельд заверила, что": a cue of its own, no aside
            if aside is not None:  # "informou, em comunicado, que ...": an aside between the cue and its content
                lead = marker.match(text, aside.end(), sentence.end)
            if lead is None and language != "de":
                continue
            marker_end = lead.end() if lead else rest_start
        else:
            continue
        if word_count(text[cue[1] : rest_start]) > _MAX_SPEAKER_WORDS:
            continue
        start, end = _trim(text, marker_end, sentence.end)
        if not _reported(text[start:end], language, marker_end > rest_start):
            continue
        speaker = (
            _pronoun_subject(text, sentence.start, cue[0], language)
            or _apposition_speaker(text, sentence.start, cue[0], language, known)
            or speaker_near(text, [(sentence.start, cue[0]), (cue[1], rest_start)], cue[0], language, known)
        )
        if (
            speaker is None
            and language in PRO_DROP
            and m.group().casefold() not in _SOURCE_WORDS
            and subject_left_out(text, sentence.start, cue, language)
        ):
            speaker = zero_subject(text, cue, language)  # "Dijo que ...": who the text was about
        if speaker is not None:
            return Candidate("indirect", [(start, end)], cue, None, "speech", speaker, index)
    return None


_NAME_SEGMENT = re.compile(
    r"\s*(?:[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐΑ-Ω][\w'’.-]*\s+(?:(?:van|von|de|der|den|da|del|la|du|di)\s+)*){0,3}"
    r"[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐΑ-Ω][\w'’.-]*\s*"
)


def _speaker_tail(tail: str, language: str) -> bool:
    """Whether what follows a cue that closes the content ("..., a annoncé mercredi le ministre
    des Transports, Karl-Heinz Ostrander, après la découverte de ...", "..., заявила во вторник
    официальный представитель МИД Ирина Соколова на брифинге") names its speaker and no more: at
    most twice a speaker's words, no cue of its own, no quotation; and after a comma either an
    apposition (a name, a role) or, when the words right after the cue are too many for an aside
    the content resumes after ("Die Regierung, sagte er, werde ..."), anything that holds no cue."""
    if word_count(tail) > 2 * _MAX_SPEAKER_WORDS or _QUOTE_MARKS.search(tail):
        return False
    segments = tail.split(",")
    if len(segments) > 1 and not segments[-1].strip():
        segments = segments[:-1]  # "..., sagte X, " at the sentence's end
    if word_count(segments[0]) == 0 or cue_words_in(tail, 0, len(tail), language):
        return False
    if word_count(segments[0]) > _MAX_PARENTHETICAL_WORDS:
        return True
    return all(_NAME_SEGMENT.fullmatch(s) is not None or _role_segment(s, language) for s in segments[1:])


def _role_segment(segment: str, language: str) -> bool:
    """Whether a segment of words opens with a role noun of the language, an article before it at
    most ("porte-parole de l'opposition", "la portavoz del ministerio")."""
    role = language_data(language).role_nouns
    words = re.findall(r"[^\W\d_][\w-]*", segment)
    if role is None or not words:
        return False
    if len(words) > 1 and words[0].casefold() in (articles(language) or ()):
        words = words[1:]
    return role.match(words[0].casefold()) is not None


# "Presiden klub, Jean-Marc Dufour, menegaskan ...": a role, then a name of capitalised words set off
# by commas, opening the sentence (a relative clause about the person may follow: "Ayah sang
# pemain, Agus Hartono, yang ditemui di rumahnya, mengaku ..."): the cue's subject, not content
# before the cue
_SUBJECT_APPOSITION = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,3}[^\W\d_]+,\s*(?P<name>(?:[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ][\w'’.-]*\s+){1,3}[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ][\w'’.-]*)\s*,"
)


def _subject_apposition(head: str) -> bool:
    """Whether what stands before a cue is the cue's subject with a name in apposition (see
    ``_SUBJECT_APPOSITION``)."""
    return _SUBJECT_APPOSITION.match(head) is not None


def _apposition_speaker(text: str, start: int, cue: int, language: str, known: frozenset[str]) -> Mention | None:
    """The name in apposition to the subject that opens the sentence before a cue ("Ayah sang
    pemain, Agus Hartono, yang ditemui ..., mengaku"): the speaker, whatever else the relative
    clause after it names."""
    m = _SUBJECT_APPOSITION.match(text, start, cue)
    if m is None:
        return None
    return speaker_near(text, [(m.start("name"), m.end("name"))], m.start("name"), language, known)


# A clause nominalised as the object of a verb of saying, its last word: "-dığını", "-tiğini",
# "-eceğini", "-acağını", "-dıklarını" ("denetleneceğini ifade etti", "aldıklarını söyledi").
_NOMINALISED = re.compile(r"(?:[dt][ıiuü][ğk]|[ae]c[ae][ğk])(?:l[ae]r)?[ıiuü]n[ıiuü]$")


def _verb_final(
    text: str, sentence: Sentence, index: int, language: str, m: re.Match[str], known: frozenset[str]
) -> Candidate | None:
    """Reported speech in a language whose cue verb closes the sentence (``verb_final``):
    "Drumea, ... , koridoru kullanan tüm gemilerin Sarvel limanında denetleneceğini ifade etti."
    The content is the nominalised clause before the cue, from the last comma before it or,
    with no comma, from after the subject the sentence opens with; the speaker is named before it."""
    cue = sentence.start + m.start(), sentence.start + m.end()
    if not re.fullmatch(r"(?:\s+[^\W\d_]+)?[\s.!?…]*", text[cue[1] : sentence.end]):
        return None  # words after the cue beyond its auxiliary ("ifade etti"): not the sentence's verb
    head = text[sentence.start : cue[0]].rstrip()
    last = re.search(r"([^\W\d_]+)$", head)
    if last is None or not _NOMINALISED.search(last.group(1).casefold()) or _QUOTE_MARKS.search(head):
        return None
    comma = head.rfind(",")
    speaker = speaker_near(text, [(sentence.start, sentence.start + max(comma, 0))], cue[0], language, known)
    if comma >= 0:
        start = sentence.start + comma + 1
    else:
        speaker = speaker_near(text, [(sentence.start, cue[0])], sentence.start, language, known)
        if speaker is None:
            return None
        after = re.match(r"\s+([^\W\d_]+)\b", text[speaker.end : cue[0]])
        particle = after is not None and after.group(1).casefold() in language_data(language).subject_particles
        start = speaker.end + (after.end() if particle and after is not None else 0)  # "Paul Ennis de ..."

    if speaker is None:
        return None
    start, end = _trim(text, start, sentence.start + len(head))
    if word_count(text[start:end]) < _MIN_WORDS:
        return None
    return Candidate("indirect", [(start, end)], cue, None, "speech", speaker, index)


def _bare_complement(
    text: str, sentence: Sentence, index: int, language: str, m: re.Match[str], known: frozenset[str]
) -> Candidate | None:
    """Reported speech right after its cue with no complementizer and no comma, in a language
    that writes it so (``bare_complement``: "Menteri X mengatakan pemerintah akan ..."): the
    content runs to the comma before another cue (", ujarnya", ", kata X") or to the sentence's
    end; the speaker is named before the cue."""
    if not language_data(language).bare_complement:
        return None
    cue = sentence.start + m.start(), sentence.start + m.end()
    word = re.match(r"\s+([^\W_]+)", text[cue[1] : sentence.end])
    entry = language_data(language)
    if word is None or word.group(1).casefold() in entry.object_prepositions | entry.not_before_a_surname:
        return None  # "mengatakan kepada wartawan": no content here
    if entry.complementizer and re.search(rf"\b(?:{entry.complementizer})\b", text[cue[1] : sentence.end]):
        return None  # the complementizer's frame reads it
    end, closing = sentence.end, None
    for comma in re.finditer(r",\s*([^\W\d_]+)", text[cue[1] : sentence.end]):
        if comma.group(1).casefold() in cues(language):
            end = cue[1] + comma.start()
            closing = cue[1] + comma.start(1), cue[1] + comma.end(1)
            break
    start, end = _trim(text, cue[1], end)
    if word_count(text[start:end]) < _MIN_WORDS or _QUOTE_MARKS.search(text[start:end]):
        return None
    speaker = _apposition_speaker(text, sentence.start, cue[0], language, known) or speaker_near(
        text, [(sentence.start, cue[0])], cue[0], language, known
    )
    if speaker is None:
        return None
    # the cue that closes the report carries its time and place ("..., ujarnya di Jakarta, Rabu")
    return Candidate("indirect", [(start, end)], closing or cue, None, "speech", speaker, index)


# French reports in an infinitive what its subject says of itself, right after the cue in a
# compound tense (a day or an adverb between): "L'office a indiqué lundi préparer un nouveau
# plan", "a indiqué n'avoir reçu aucune plainte", "le maire a affirmé avoir rencontré les
# syndicats". The content runs to the writer's gerund after a comma
# (", tout en soulignant ...") or to the sentence's end.
_INFINITIVE_AFTER_CUE = {
    "fr": re.compile(
        r"(?P<cue>[a-zéèêàâîôûç]+é)\s+"
        r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aussi|également|encore|déjà|"
        r"publiquement|officiellement)\s+){0,2}"
        r"(?P<content>(?:n['’]|ne\s+(?:pas\s+|jamais\s+|plus\s+)?)?(?:avoir|être|[a-zéèêàâîôûç]{2,}(?:er|ir|re))\b)",
        re.I,
    ),
}
_INFINITIVE_AUXILIARY = {"fr": re.compile(r"\b(?:a|ont|avait|avaient|aurait|auraient)\s+$", re.I)}
_WRITERS_GERUND = re.compile(r",\s*(?:tout\s+)?en\s+[a-zéèêàâîôûç]+ant\b", re.I)


def _infinitive_complement(
    text: str, sentence: Sentence, index: int, language: str, m: re.Match[str], known: frozenset[str]
) -> Candidate | None:
    """A report in an infinitive right after its cue (see ``_INFINITIVE_AFTER_CUE``), its
    speaker the cue's subject, named before it."""
    pattern = _INFINITIVE_AFTER_CUE.get(language)
    cue = sentence.start + m.start(), sentence.start + m.end()
    found = pattern.match(text, cue[0], sentence.end) if pattern is not None else None
    if found is None or found.end("cue") != cue[1]:
        return None
    if _INFINITIVE_AUXILIARY[language].search(text, max(sentence.start, cue[0] - 12), cue[0]) is None:
        return None  # a compound tense: "a indiqué", "avait affirmé"
    gerund = _WRITERS_GERUND.search(text, found.start("content"), sentence.end)
    start, end = _trim(text, found.start("content"), gerund.start() if gerund else sentence.end)
    if word_count(text[start:end]) < _MIN_WORDS + 1 or _QUOTE_MARKS.search(text[start:end]):
        return None
    speaker = speaker_near(text, [(sentence.start, cue[0])], cue[0], language, known)
    if speaker is None:
        return None
    return Candidate("indirect", [(start, end)], cue, None, "speech", speaker, index, frame="to")


_MAX_PARENTHETICAL_WORDS = 3


def _parenthetical_cue(
    text: str, sentence: Sentence, index: int, language: str, m: re.Match[str], known: frozenset[str]
) -> Candidate | None:
    """A cue set between commas inside the content ("De lo contrario, advirtió, el Departamento
    podría congelar otros 210 millones", "Die Regierung, sagte er, werde die Steuern senken",
    "Le gouvernement, a-t-il ajouté, ne reculera pas"): the whole sentence is the report, and
    the speaker is the one the aside names (a name, a pronoun, or the cue's own subject)."""
    body = text[sentence.start : sentence.end]
    before, after = body[: m.start()], body[m.end() :]
    aux = _AUXILIARY_BEFORE_CUE.get(language)
    helper = aux.search(before) if aux is not None else None
    head = before[: helper.start()] if helper is not None else before
    comma = after.find(",")
    if not head.rstrip().endswith(",") or comma < 0 or word_count(after[:comma]) > _MAX_PARENTHETICAL_WORDS:
        return None
    if word_count(head) < 2 or word_count(after[comma + 1 :]) < _MIN_WORDS or _QUOTE_MARKS.search(body):
        return None
    start, end = _trim(text, sentence.start, sentence.end)
    dateline = _DATELINE.match(text, start, end)
    if dateline is not None:
        start = dateline.end()
    content = (head.rstrip(" ,") + " " + after[comma + 1 :]).strip()
    if not _reported(content, language, False):
        return None
    cue = sentence.start + m.start(), sentence.start + m.end()
    aside = (cue[1], cue[1] + comma)
    speaker = speaker_near(text, [aside], cue[1], language, known)
    if speaker is None and helper is not None and helper.groupdict().get("pronoun"):
        at = sentence.start + helper.start("pronoun")  # "a-t-il ajouté": "il"
        word = helper.group("pronoun")
        speaker = Mention(at, at + len(word), word, "pronoun", gender=_PRONOUN_GENDER.get(word), number="sg")
    if speaker is None and language in PRO_DROP and word_count(after[:comma]) == 0:
        speaker = zero_subject(text, cue, language)  # "..., advirtió, ...": the cue's own subject
    if speaker is None:
        return None
    return Candidate("indirect", [(start, end)], cue, None, "speech", speaker, index)


# A subject pronoun right before the cue, its auxiliary and an adverb between ("il a répondu
# que", "elle avait aussi indiqué que", "он заявил, что"): the cue's own subject, whatever names
# the sentence gives before it ("Interrogé par la présidente, X, sur un courriel de Y, il a répondu que").
_PRONOUN_BEFORE_CUE = {
    "fr": re.compile(r"(?<![\w'’])(?P<p>il|elle)\s+(?:(?:a|avait|aurait)\s+)?(?:[a-zà-ÿ]+ment\s+|aussi\s+|encore\s+|"
                     r"déjà\s+|ensuite\s+|également\s+)?$", re.I),
    "ru": re.compile(r"(?<!\w)(?P<p>он|она)\s+(?:[а-яё]+\s+)?$", re.I),
    "uk": re.compile(r"(?<!\w)(?P<p>він|вона)\s+(?:[а-яіїєґ]+\s+)?$", re.I),
}
_SUBJECT_GENDER = {"il": "m", "elle": "f", "он": "m", "она": "f", "він": "m", "вона": "f"}


def _pronoun_subject(text: str, start: int, cue: int, language: str) -> Mention | None:
    """The subject pronoun right before a cue (see ``_PRONOUN_BEFORE_CUE``), or None."""
    pattern = _PRONOUN_BEFORE_CUE.get(language)
    m = pattern.search(text, max(start, cue - 40), cue) if pattern is not None else None
    if m is None:
        return None
    word = m.group("p")
    return Mention(m.start("p"), m.end("p"), word, "pronoun", gender=_SUBJECT_GENDER[word.casefold()], number="sg")


def _role_phrase(text: str, who: tuple[int, int], language: str) -> Mention | None:
    """A source phrase naming a role ("o jogador", "el técnico") in a Romance language: someone
    named before, resolved like a pronoun."""
    if language not in _ROMANCE:
        return None
    m = _ROLE_PHRASE.fullmatch(text, who[0], who[1])
    if m is None:
        return None
    return Mention(m.start("noun"), m.end("noun"), m.group("noun"), "pronoun", number="sg")
