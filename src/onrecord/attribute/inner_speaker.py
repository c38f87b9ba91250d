"""The speaker a medium's report relays, when the medium itself was read as the speaker.

"X told the daily Y that ...", "X wrote ... that '...', according to Y", "Y quoted X as saying
...", "X a jugé ..., selon l'agence Y": when the reading takes the medium Y for the speaker and
also for the channel, the speaker is read wrong (nobody is their own channel) and the channel
right. The one who spoke is the person or body the same sentence names beside the medium: the
last name before the words, else a name that opens them ("X a jugé ..." read as the words;
not when a cue before the words reports them as its clause).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from onrecord.attribute.entities import Entity
    from onrecord.extract.candidates import Analysis, Candidate
    from onrecord.extract.mentions import Mention

__all__ = ["relayed_speaker"]

_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_POSSESSIVE_END = re.compile(r"['’]s?$")
# a medium's relative clause right before the words: "..., which said (that)"
_ITS_OWN = re.compile(r"\bwhich\s+(?:also\s+)?(?:said|says|reported|reports|added|wrote)\s+(?:that\s+)?$")
_OPENING = 40  # characters into the words that a name may start and still be the clause's subject


def relayed_speaker(
    analysis: Analysis,
    candidate: Candidate,
    medium: Entity,
    named: list[tuple[Mention, Entity]],
    may_speak: Callable[[Entity], bool],
) -> tuple[Mention, Entity] | None:
    """The person or body a medium's report relays, named in the quote's sentence.

    Args:
        analysis: the article's analysis (its text and sentences).
        candidate: the quote whose speaker was read as the medium that is also its channel.
        medium: the entity read as the speaker.
        named: the article's name mentions and the entities they name, in any order.
        may_speak: whether an entity may be a speaker (no medium, place or platform).

    Returns:
        The last name before the words in their sentence and whom it names, else a name at the
        words' opening; None when the sentence names nobody else.
    """
    text = analysis.text
    if _ITS_OWN.search(text, max(0, candidate.start - 60), candidate.start):
        return None  # "according to the Tribune, which said ...": the medium's own report
    anchor = candidate.cue[0] if candidate.cue is not None else candidate.start
    sentence = analysis.sentences[analysis.sentence_at(min(anchor, candidate.start))]
    start, end = sentence.start, max(sentence.end, candidate.start)
    # the medium's own name ("Brenwick" of "the Brenwick Courier") names no one else
    own = [
        (m.start(), m.end())
        for form in {medium.name, *medium.forms}
        if form
        for m in re.finditer(re.escape(form), text[start:end])
    ]
    before: list[tuple[Mention, Entity]] = []
    opening: list[tuple[Mention, Entity]] = []
    # words a cue before them reports ("CNN reported, citing sources, that Iran had ..."): the
    # name that opens them is their clause's subject, not who spoke
    complement = candidate.cue is not None and candidate.cue[1] <= candidate.start
    for mention, entity in named:
        s, e = mention.start, mention.end
        if not start <= s < end or entity is medium or entity.key == medium.key or not may_speak(entity):
            continue
        if _possessive(mention, text) or any(a <= s - start and e - start <= b for a, b in own):
            continue
        if _ambiguous(mention, entity, named):
            continue
        if e <= candidate.start:
            before.append((mention, entity))
        elif not complement and s < candidate.start + _OPENING and e <= candidate.end:
            opening.append((mention, entity))
    if before:
        return max(before, key=lambda p: p[0].start)
    if opening:
        return min(opening, key=lambda p: p[0].start)
    return None


def _possessive(mention: Mention, text: str) -> bool:
    """A name written as an owner ("Brannagh's chief of staff"): it owns the speaker, it does not speak."""
    return bool(_POSSESSIVE_END.search(mention.text) or _POSSESSIVE_AFTER.match(text, mention.end))


def _ambiguous(mention: Mention, entity: Entity, named: list[tuple[Mention, Entity]]) -> bool:
    """A one-word mention of a person that is a word of another person's name too ("Kovalyshyn"
    beside "Kovalyshyn-Hart"): which of them it means is a guess."""
    words = mention.text.split()
    if entity.kind != "person" or len(words) != 1:
        return False
    word = words[0].casefold()
    return any(
        other.key != entity.key and other.kind == "person" and word in re.split(r"[\s-]+", other.name.casefold())
        for _, other in named
    )
