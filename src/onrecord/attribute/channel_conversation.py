"""A speaker's conversation with a channel, and the quotes that go on with it: the channel a
speaker was last heard through (:class:`Said`), and whether a later quote is of the same
conversation ("...," she said. Then: "..."; "She also said ..."; "X further stated that ...") or
of another day (a sentence between naming one)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from onrecord.dates import FULL_WEEKDAYS, weekday_alternation

if TYPE_CHECKING:
    from onrecord.extract.candidates import Analysis, Candidate

__all__ = ["Said", "another_day", "goes_further", "goes_on", "next_to", "same_conversation"]


@dataclass(slots=True)
class Said:
    """The last channel a speaker was heard through, and where."""

    via: str | None
    paragraph: int
    sentence: int = -1
    end: int = -1  # where the words (or their cue) end


# A full weekday's name, in the languages onrecord reads: a sentence naming one moves to that day.
_WEEKDAY = re.compile(
    r"(?<!\w)(?:" + weekday_alternation(sorted(FULL_WEEKDAYS, key=len, reverse=True)) + r")(?!\w)", re.I
)


# A sentence moving on to another occasion the same day: a news conference, a briefing or a rally
# someone goes to or speaks at (not a market's "late rally"), or
# a later hour ("By the afternoon news conference the count had grown.", "By mid-morning she was
# counting heads.").
_OCCASION = re.compile(
    r"\b(?:news|press)\s+conference\b"
    r"|\b(?:at|to|after|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}(?:briefing|rally)\b"
    r"|^By\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:morning|afternoon|evening|midday|noon|night|nightfall|lunchtime)\b"
    r"|^(?:Later|Hours\s+later|Minutes\s+later)\b",
    re.I,
)


def another_day(analysis: Analysis, c: Candidate, said: Said) -> bool:
    """Whether a sentence of the writer's between the speaker's last quote and this one names a
    day ("On Wednesday, she told Radio Lorn that ... She went further on Thursday. '...,' she
    said") or another occasion (:data:`_OCCASION`): the words are of another occasion, not of
    the conversation before."""
    index = analysis.sentence_at(min(c.start, c.cue[0] if c.cue else c.start))
    if index - 1 <= said.sentence:
        return False
    before = analysis.sentences[index - 1]
    if any(o.start < before.end and o.end > before.start for o in analysis.candidates):
        return False
    words = analysis.text[before.start : before.end].strip()
    return _WEEKDAY.search(words) is not None or _OCCASION.search(words) is not None


def next_to(analysis: Analysis, c: Candidate, said: Said) -> bool:
    """Whether the quote's sentence comes right after the one the speaker's last words ended in."""
    return analysis.sentence_at(c.start) - 1 <= said.sentence


def same_conversation(said: Said, paragraph: int, dated: bool) -> str | None:
    """The channel of the speaker's previous quote, for words that go on with it: at most one
    paragraph on, with no day of their own."""
    return said.via if paragraph - said.paragraph <= 1 and not dated else None


# A cue that goes on with what the speaker said before, however far back ("Bautista further
# stated that ...", "the minister further said").
_FURTHER = re.compile(r"\bfurther\s+(?:stated|said|says|states|added|adds|noted|explained|told)\b", re.I)


def goes_further(text: str, c: Candidate) -> bool:
    """Whether the quote's cue is "further stated" or the like (see :data:`_FURTHER`)."""
    return c.cue is not None and _FURTHER.search(text[max(0, c.cue[0] - 12) : c.cue[1]]) is not None


# A sentence going on with the speaker's words: "She said ...", "He also said ...", "She added ...";
# a verb that adds to or presses what was said, with its "that", goes on from the paragraph before.
_GOES_ON = re.compile(
    r"^(?:He|She|They)\s+(?:also\s+|further\s+)?(?:"
    r"(?P<verb>added|adds|stressed|stresses|noted|notes|insisted|insists|explained|explains|maintained|maintains|"
    r"argued|argues|emphasi[sz]ed|emphasi[sz]es)\s+that|said|says|added|adds|told\s+(?:it|them|him|her))\b"
)


def goes_on(analysis: Analysis, c: Candidate, said: Said, dated: bool = False) -> str | None:
    """The channel of the speaker's words in the sentence before, for reported speech whose
    sentence goes on with them ("X told Radio Lorn that ... She said the centres would open", or
    in the next paragraph "... would open in May, she said." or "She stressed that ..."): the same
    conversation, reported on in the writer's words. Reported speech in the very sentence of the
    speaker's last words ("added that ..., but said ...") goes on with them too, words inside them
    ("I said on Monday it would keep sailing" in a longer answer) do not, nor words ``dated`` a day
    of their own ("..., and said on Wednesday that ...")."""
    index = analysis.sentence_at(c.cue[0] if c.cue else c.start)
    sentence = analysis.sentences[index]
    joined = c.cue is not None and c.start >= said.end and _JOINED.fullmatch(analysis.text[said.end + 1 : c.cue[0]])
    if said.via is not None and said.sentence == index and joined and not dated:
        return said.via  # "The farmer added that ..., but said ...": one sentence, one conversation
    if said.via is None or said.sentence != index - 1:
        return None
    words = analysis.text[sentence.start : sentence.end]
    if _GOES_ON_TAIL.search(words):
        return said.via  # "..., she said." right after: the next paragraph may go on with it
    if _GOES_ON_INSIDE.match(words) and said.paragraph == sentence.paragraph:
        return said.via  # "The offer, she said, had been agreed ...": the same conversation, cue inside
    opening = _GOES_ON.match(words)
    if opening is None:
        return None
    # "He stressed that ..." opening the next paragraph goes on with the interview too
    return said.via if said.paragraph == sentence.paragraph or opening.group("verb") else None


# A sentence whose bare pronoun and "said" stand inside it: "The offer, she said, had been agreed ...".
_GOES_ON_INSIDE = re.compile(
    r"^[^,.;:\"“”]{1,60},\s+(?:he|she|they)\s+(?:said|says|added|adds|confirmed|confirms|insisted|insists),\s"
)


# What joins a second cue to the speaker's words before it in one sentence: ", but", " and
# also" (not a clause of another occasion: ", when she said ...", "two days after saying ...").
_JOINED = re.compile(r"[\s,\"”’']*(?:but|and|yet)\s+(?:(?:he|she|they)\s+)?(?:also\s+)?", re.I)


# A sentence closed by a bare pronoun and "said": "The Fukuoka office would come first, she said."
_GOES_ON_TAIL = re.compile(r",\s+(?:he|she|they)\s+(?:said|says|added|adds)\.?\s*$")
