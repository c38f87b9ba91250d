"""Quotes in Thai articles: no spaces between words, names after a title, the cue before ``ว่า``.

Thai writes a sentence's words together and sets its clauses apart with spaces; a paragraph is the
frame of a quote here. A person is named after a title (``นาย``, ``นาง``, ``นางสาว``, ``คุณ``,
``ดร.``) with the given name and the family name (``นายสุรชัย ทองมาก``), later by the title and the
given name alone, written together with the cue (``นายสุรชัยกล่าว``). The cue words are
``onrecord/extract/data/cues_th.txt`` (``กล่าว``, ``ระบุ``, ``เปิดเผย``):

* a quotation's speaker is the person named last before it, with a cue between the two, or else
  the person named right after it with a cue (``"..." นายสุรชัยกล่าว``), or, where a cue follows
  it with a role and no name (``"..." ครูใหญ่กล่าว``), the person named before;
* reported speech follows a cue and ``ว่า`` (that), up to the next quotation or the paragraph's end.

Names are recorded in Thai script, which resolution reads by ear (:mod:`onrecord.resolve.translit`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onrecord.extract.candidates import Analysis, Candidate
from onrecord.extract.marks import QuoteSpan, find_quotes
from onrecord.extract.mentions import Mention
from onrecord.extract.sentences import Sentence

__all__ = ["find_thai_candidates"]

_THAI = "\u0e01-\u0e4e"
# a title, then the given name up to a space or the end of the letters; "นายกรัฐมนตรี" (prime
# minister), "คุณภาพ" (quality) are words, no titles
_TITLE = re.compile(
    rf"(?:นางสาว|นาย(?!กรัฐมนตรี|กเทศมนตรี|กสมาคม|กองค์การ)|นาง(?!สาว)|คุณ(?!ภาพ|ค่า|สมบัติ)|ดร\.)\s?(?=[{_THAI}])"
)
_LETTERS = re.compile(rf"[{_THAI}\-]+")
_THAT = re.compile(r"(?<!ก)ว่า")  # "ว่า" (that), not the end of "กว่า" (more than)
_MIN_CHARS = 8
_MIN_QUOTE = 20  # characters of a quotation without a space that is a statement, not a name or a term


@dataclass(frozen=True, slots=True)
class _Named:
    start: int
    end: int
    name: str


def _cue_words() -> tuple[str, ...]:
    from onrecord.extract.foreign import cues

    return tuple(sorted(cues("th"), key=len, reverse=True))


def _cut_at_cue(run: str, words: tuple[str, ...]) -> str:
    """A given name written together with the cue after it ("สุรชัยกล่าวกับ"): the name alone."""
    cut = min((k for w in words if (k := run.find(w)) > 0), default=len(run))
    return run[:cut]


def _named(text: str, words: tuple[str, ...]) -> list[_Named]:
    """Every person the text names after a title, in order, each by the whole name the article gave
    (its first mention with the family name: "สุรชัย ทองมาก")."""
    found: list[_Named] = []
    full: dict[str, str] = {}
    by_family: dict[str, str] = {}
    for m in _TITLE.finditer(text):
        run = _LETTERS.match(text, m.end())
        if run is None:
            continue
        given = _cut_at_cue(run.group(), words)
        if len(given) < 2:
            continue
        end = m.end() + len(given)
        surname = _LETTERS.match(text, end + 1) if given == run.group() and text[end : end + 1] == " " else None
        if surname is not None and given not in full:
            family = _cut_at_cue(surname.group(), words)
            full[given] = f"{given} {family}"
            end = surname.start() + len(family)
        found.append(_Named(m.start(), end, full.get(given) or by_family.get(given, given)))
        if given in full:
            by_family.setdefault(full[given].split()[-1], full[given])  # "นางศรีสุข": the family name alone
    return found


def _cue_between(text: str, start: int, end: int, words: tuple[str, ...]) -> tuple[int, int] | None:
    for w in words:
        k = text.find(w, start, end)
        if k >= 0:
            return k, k + len(w)
    return None


def _paragraphs(text: str) -> list[Sentence]:
    """Each line of the text, the frame of a Thai quote (its sentences have no end marks)."""
    return [Sentence(m.start(), m.end(), k) for k, m in enumerate(re.finditer(r"[^\n]+", text))]


def find_thai_candidates(text: str) -> Analysis:
    """Direct quotes and reported speech, with their speakers, in a Thai article."""
    words = _cue_words()
    paragraphs = _paragraphs(text)
    quotes: list[QuoteSpan] = [
        q
        for q in find_quotes(text)
        if q.nested_in is None and (q.end - q.start >= _MIN_QUOTE or " " in text[q.start : q.end])
    ]
    named = _named(text, words)
    candidates: list[Candidate] = []
    last: _Named | None = None
    for index, para in enumerate(paragraphs):
        inside = [q for q in quotes if para.start <= q.open < para.end]
        people = [n for n in named if para.start <= n.start < para.end]
        frame = para.start
        for q in inside:
            before = [n for n in people if frame <= n.start and n.end <= q.open]
            after_end = next((o.open for o in inside if o.open > q.close), para.end)
            after = [n for n in people if q.close <= n.start < after_end]
            speaker: _Named | None = None
            cue = None
            if before and (cue := _cue_between(text, before[-1].end, q.open, words)) is not None:
                speaker = before[-1]
            elif after and (cue := _cue_between(text, after[0].start, min(after_end, after[0].end + 30), words)):
                speaker = after[0]
            elif (cue := _cue_between(text, q.close, min(after_end, q.close + 30), words)) is not None:
                speaker = before[-1] if before else last  # "ครูใหญ่กล่าว": a role, the one named before
            mention = (
                Mention(speaker.start, speaker.end, text[speaker.start : speaker.end], "name", name=speaker.name)
                if speaker is not None
                else None
            )
            candidates.append(Candidate("direct", list(q.pieces), cue, None, "speech", mention, index, quote=q))
            if speaker is not None:
                last = speaker
            frame = q.close
        for m in _THAT.finditer(text, para.start, para.end):
            if any(q.open <= m.start() < q.close for q in inside):
                continue
            begin = m.end()
            while begin < para.end and text[begin] == " ":
                begin += 1
            if text[begin : begin + 1] in "\"“”'":
                continue  # "ว่า" before a quotation: the quotation is the words
            clause_start = max((q.close for q in inside if q.close <= m.start()), default=para.start)
            cue = _cue_between(text, max(clause_start, m.start() - 40), m.start(), words)
            speakers = [n for n in people if n.end <= m.start() and n.start >= clause_start]
            if cue is None or not speakers:
                continue
            end = next((q.open for q in inside if q.open > begin), para.end)
            while end > begin and text[end - 1] in ' "“”':
                end -= 1
            if end - begin < _MIN_CHARS:
                continue
            speaker = speakers[-1]
            mention = Mention(speaker.start, speaker.end, text[speaker.start : speaker.end], "name", name=speaker.name)
            candidates.append(Candidate("indirect", [(begin, end)], cue, None, "speech", mention, index))
            last = speaker
            break
    candidates.sort(key=lambda c: (c.start, c.end))
    return Analysis(text, paragraphs, quotes, candidates, [], {})
