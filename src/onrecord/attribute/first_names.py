"""People a report names by their given name only, as they asked.

A vox pop's speaker often withholds a surname, and the writer says so where the name is given:
"A voter who gave only her first name, Odalys, told our crew ...", "said the man, who gave his
first name as Bertram", "Sahana, 29, who gave only her first name, said ...". The given name is
who speaks in that sentence, and the description it belongs to ("the woman", "a voter") means
the same person elsewhere in the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onrecord.extract.mentions import Mention

__all__ = ["Disclosure", "disclosed_speaker", "disclosures"]

_NAME = r"(?P<name>[A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)?)"
_GAVE = r"(?:gave|gives|give|giving|offered|provided)"
_POSS = r"(?:his|her|their)"

# the name after the words that withhold the rest: "who gave only her first name, Odalys,",
# "who gave his first name as Bertram", "identified only as Tomas", "identified herself only as Ana"
_NAME_AFTER = re.compile(
    rf"\b(?:{_GAVE}\s+(?:only\s+)?{_POSS}\s+first\s+name(?:\s+only)?(?:\s+as\s+|\s*,\s*)"
    rf"|identified\s+(?:(?:him|her|them)sel(?:f|ves)\s+)?only\s+(?:by\s+{_POSS}\s+first\s+name\s*,?\s*(?:as\s+)?|as\s+))"
    rf"{_NAME}\b"
)
# the name before them: "Sahana, 29, who gave only her first name, said"
_NAME_BEFORE = re.compile(
    rf"\b{_NAME},\s+(?:\d{{1,3}},\s+)?(?:an?\s+[^,.;\"“”]{{1,40}}?\s*,?\s+)?who\s+{_GAVE}\s+only\s+{_POSS}\s+first\s+name\b"
)
# the description a relative clause hangs on: "a voter at the precinct who", "the woman, who"
_DESCRIPTION = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\b")
# a noun phrase after one of these is where the person is, not who ("a shopper near the depot")
_PLACE_WORDS = frozenset("at in near outside inside on from by behind beside of to into".split())


def _in_place(text: str, at: int) -> bool:
    words = text[:at].split()
    return bool(words) and words[-1].casefold() in _PLACE_WORDS


_GENDERS = {"his": "m", "her": "f", "himself": "m", "herself": "f"}


def _gender(words: str) -> str | None:
    said = {_GENDERS[w] for w in re.findall(r"[a-z]+", words) if w in _GENDERS}
    return said.pop() if len(said) == 1 else None


@dataclass(frozen=True, slots=True)
class Disclosure:
    """A given name the article says is all the speaker gave, at ``start:end``; ``noun`` is the
    head of the description it names ("woman"), if one stands before it in its sentence."""

    name: str
    start: int
    end: int
    gender: str | None
    noun: str | None

    def mention(self) -> Mention:
        """The given name as a named mention."""
        return Mention(self.start, self.end, self.name, "name", name=self.name, gender=self.gender)


def disclosures(text: str, sentences: list[tuple[int, int]]) -> list[Disclosure]:
    """Every given name the article gives as all a person disclosed, in text order.

    Args:
        text: The article's body.
        sentences: The ``(start, end)`` of its sentences, in order.
    """
    found: list[Disclosure] = []
    for start, end in sentences:
        sentence = text[start:end]
        for pattern in (_NAME_AFTER, _NAME_BEFORE):
            for m in pattern.finditer(sentence):
                before = sentence[: m.start("name")] if pattern is _NAME_AFTER else ""
                nouns = [d.group("noun") for d in _DESCRIPTION.finditer(before) if not _in_place(before, d.start())]
                found.append(
                    Disclosure(
                        m.group("name"),
                        start + m.start("name"),
                        start + m.end("name"),
                        _gender(m.group(0)),
                        nouns[-1] if nouns else None,
                    )
                )
    return sorted(found, key=lambda d: d.start)


# a cue's subject that names nobody in particular, which a given name in its sentence may name
_UNNAMED = frozenset({"other", "role", "anonymous", "relative"})


def disclosed_speaker(
    mention: Mention | None,
    sentence: tuple[int, int],
    paragraph: tuple[int, int],
    found: list[Disclosure],
) -> Mention | None:
    """The given name that names a cue's speaker: one disclosed in the cue's sentence, when the
    cue's subject names nobody; else one disclosed in the paragraph for a description of the same
    head noun ("a man who declined to give his last name said ..." before "said the man, who
    gave his first name as Bertram"), when it is the only such one. None otherwise.

    Args:
        mention: The cue's subject as the parse read it, if any.
        sentence: The cue's sentence, ``(start, end)``.
        paragraph: The cue's paragraph, ``(start, end)``.
        found: The article's disclosures.
    """
    if mention is not None and mention.kind not in _UNNAMED:
        return None
    here = [d for d in found if sentence[0] <= d.start < sentence[1]]
    if len({d.name for d in here}) == 1:
        return here[0].mention()
    noun = (mention.role or mention.text).split()[-1].casefold() if mention is not None and mention.text else None
    if noun is None:
        return None
    same = {d.name: d for d in found if paragraph[0] <= d.start < paragraph[1] and d.noun == noun}
    return next(iter(same.values())).mention() if len(same) == 1 else None
