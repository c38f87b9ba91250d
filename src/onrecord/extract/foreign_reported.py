"""Reported speech without quotation marks in articles not in English, by word order.

The English parser is no use here; these frames are what wire copy in German, Russian,
Ukrainian, French and Spanish uses, and each is read from the sentence's words and commas:

* cue first, content after the comma: ``Molander sagte, Veltra werde 2.100 Stellen streichen``,
  ``Ансельм заявил, что ...``, ``Il a déclaré que ...``;
* content first, cue after the comma: ``..., sagte er.``, ``..., сообщила Ковалик.``;
* a source phrase: ``По словам Ковалик, ...``, ``Laut Molander ...``, ``Selon X, ...``;
* the sentence before, taken up by the next: ``... Об этом заявила министр Лидия Маренко.``,
  ``... Das sagte Molander am Montag.``

German reported speech needs ``dass`` or a subjunctive verb (``werde``, ``habe``, ``sei``) in the
content, since a comma after ``sagte`` also introduces other things; the other languages need
their complementizer (``что``, ``que``) in the first frame. Sentences with quotation marks are
left to the direct-quote reader.
"""

from __future__ import annotations

import re

from onrecord.extract.candidates import Candidate
from onrecord.extract.foreign import cues, speaker_near
from onrecord.extract.mentions import Mention
from onrecord.extract.sentences import Sentence

__all__ = ["find_reported_speech"]

_COMPLEMENTIZER = {
    "de": r"dass",
    "ru": r"что|чтобы",
    "uk": r"що|щоб",
    "fr": r"que|qu['’]",
    "es": r"que",
}
_SOURCE_PHRASE = {
    "de": re.compile(r"\s*(?:Laut|Nach Angaben (?:von|des|der))\s+(?P<who>[^,]{2,60}?)(?:,|\s+(?=[a-zäöüß]))", re.U),
    "ru": re.compile(
        r"\s*(?:[А-ЯЁ][а-яё]+,\s*)?"  # "Первоначально, по словам министра, ..."
        r"(?:[Пп]о (?:(?:словам|мнению|данным)\s+(?P<who>[^,]{2,60})|(?P<own>его|её|ее|их) словам)"
        r"|Как (?:говорится|сообщается|отмечается|указывается) в (?:заявлении|сообщении|пресс-релизе)\s+"
        r"(?P<doc>[^,]{2,80})),",
        re.U,
    ),
    "uk": re.compile(r"\s*За (?:(?:словами|даними)\s+(?P<who>[^,]{2,60})|(?P<own>його|її|їх) словами),", re.U),
    "fr": re.compile(r"\s*Selon\s+(?P<who>[^,]{2,60}),", re.U),
    "es": re.compile(r"\s*Según\s+(?P<who>[^,]{2,60}),", re.U),
}
# Subjunctive forms that mark German reported speech ("er sagte, man werde ...").
# "Об этом заявил X": the sentence before is what X said.
_THAT_WAS_SAID = {
    "ru": re.compile(r"\s*Об этом\b", re.U),
    "uk": re.compile(r"\s*Про це\b", re.U),
    "de": re.compile(r"\s*(?:Das|Dies)\s+(?=\w+te\b|sagt\b)", re.U),
    "fr": re.compile(r"\s*C'est ce qu", re.U),
}
_POSSESSIVE_GENDER = {"его": "m", "её": "f", "ее": "f", "його": "m", "її": "f"}
_DE_SUBJUNCTIVE = re.compile(
    r"\b(?:werde|werden|habe|haben|sei|seien|könne|können|müsse|müssen|wolle|wollen|solle|sollen|dürfe|gebe|"
    r"komme|stehe|liege|gehe|würde|würden|hätte|hätten|wäre|wären|könnte|könnten|müsste|müssten)\b"
)
_QUOTE_MARKS = re.compile(r"[\"“”„«»‹›]")
_MIN_WORDS = 3
_MAX_SPEAKER_WORDS = 10


def _quotes_in(text: str, sentence: Sentence) -> bool:
    """Whether the sentence holds a quotation (three words or more between marks): a name in
    guillemets (``«Орсгаз»``) is no quotation."""
    body = text[sentence.start : sentence.end]
    return any(_words(m.group()) >= _MIN_WORDS for m in re.finditer(r"[\"“„«»‹›][^\"“”„«»‹›]*[\"”“»«‹›]", body))


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n,—–-:":
        start += 1
    while end > start and text[end - 1] in " \t\n.,;!?—–-":
        end -= 1
    return start, end


def _reported(content: str, language: str, has_complementizer: bool) -> bool:
    if _words(content) < _MIN_WORDS:
        return False
    if language == "de":
        return has_complementizer or bool(_DE_SUBJUNCTIVE.search(content))
    return True


def _cue_matches(text: str, sentence: Sentence, language: str) -> list[re.Match[str]]:
    words = cues(language)
    return [m for m in re.finditer(r"[^\W\d_]+", text[sentence.start : sentence.end]) if m.group().casefold() in words]


def find_reported_speech(
    text: str, sentences: list[Sentence], language: str, known: frozenset[str] = frozenset()
) -> list[Candidate]:
    """Reported speech in ``sentences`` of ``text`` (an article in ``language``), as candidates
    with their cue and the speaker named in the sentence (a pronoun or role noun resolves later).
    ``known``: surnames the article names in full elsewhere."""
    complementizer = _COMPLEMENTIZER.get(language)
    if complementizer is None:
        return []
    marker = re.compile(rf"\s*\b(?:{complementizer})(?:\b|(?<=['’]))\s*", re.I)
    found: list[Candidate] = []
    for index, sentence in enumerate(sentences):
        if _quotes_in(text, sentence):
            continue
        candidate = (
            _source_phrase(text, sentence, index, language, known)
            or _taken_up(text, sentences, index, language, known)
            or _cue_frame(text, sentence, index, language, marker, known)
        )
        if candidate is None and found and found[-1].sentence == index - 1:
            candidate = _carried_on(text, sentence, index, language, found[-1])
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
    if _words(body) < _MIN_WORDS or not _DE_REPORTED.search(body):
        return None
    return Candidate("indirect", [(start, end)], previous.cue, None, "speech", previous.mention, index)


def _source_phrase(
    text: str, sentence: Sentence, index: int, language: str, known: frozenset[str]
) -> Candidate | None:
    m = _SOURCE_PHRASE[language].match(text, sentence.start, sentence.end)
    if m is None:
        return None
    start, end = _trim(text, m.end(), sentence.end)
    if not _reported(text[start:end], language, True):
        return None
    if m.groupdict().get("own"):  # "По её словам": her words, whoever spoke last
        gender = _POSSESSIVE_GENDER.get(m.group("own"))
        speaker: Mention | None = Mention(m.start("own"), m.end("own"), m.group("own"), "pronoun", gender=gender)
        cue = m.start(), m.end("own")
    else:
        who = (m.start("who"), m.end("who")) if m.groupdict().get("who") else (m.start("doc"), m.end("doc"))
        speaker = speaker_near(text, [who], who[0], language, known)
        cue = m.start(), who[0]
    if speaker is None:
        return None
    return Candidate("indirect", [(start, end)], _trim(text, *cue), None, "speech", speaker, index, frame="according")


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
    if _QUOTE_MARKS.search(text[start:end]) or _words(text[start:end]) < _MIN_WORDS:
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
        before, after = body[: m.start()], body[m.end() :]
        # content first: "..., sagte er." / "..., сообщила Ковалик."
        if before.rstrip().endswith((",", "—", "–")) and _words(after) <= _MAX_SPEAKER_WORDS and "," not in after:
            start, end = _trim(text, sentence.start, sentence.start + len(before.rstrip(" ,—–-")))
            if _reported(text[start:end], language, False):
                speaker = speaker_near(text, [(cue[1], sentence.end)], cue[1], language, known)
                if speaker is not None:
                    return Candidate("indirect", [(start, end)], cue, None, "speech", speaker, index)
        # cue first: "Molander sagte vor Investoren, Veltra werde ..." / "Ансельм заявил, что ..." /
        # "Il a déclaré que ..." (French and Spanish put no comma before their complementizer)
        comma = after.find(",")
        bare = None if language in {"de", "ru", "uk"} else marker.search(after)
        if bare is not None and (comma < 0 or bare.start() < comma):
            rest_start, marker_end = sentence.start + m.end() + bare.start(), sentence.start + m.end() + bare.end()
        elif comma >= 0:
            rest_start = sentence.start + m.end() + comma + 1
            lead = marker.match(text, rest_start, sentence.end)
            if lead is None and language != "de":
                continue
            marker_end = lead.end() if lead else rest_start
        else:
            continue
        if _words(text[cue[1] : rest_start]) > _MAX_SPEAKER_WORDS:
            continue
        start, end = _trim(text, marker_end, sentence.end)
        if not _reported(text[start:end], language, marker_end > rest_start):
            continue
        speaker = speaker_near(text, [(sentence.start, cue[0]), (cue[1], rest_start)], cue[0], language, known)
        if speaker is not None:
            return Candidate("indirect", [(start, end)], cue, None, "speech", speaker, index)
    return None
