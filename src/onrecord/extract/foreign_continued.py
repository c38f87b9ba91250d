"""A direct quote that goes on after its attribution, in articles not in English.

Wire copy in every language sets the attribution after a quotation's first sentence and goes on
with the same utterance in a second quotation of the same paragraph: ``„A“, sagte X. „B.“``,
``«A», dijo X el lunes. «B»``, ``»A,« je dejal X. »B.«``. When the second quotation has no cue of
its own, the two are one record spanning the attribution (as the English reader joins them, see
:func:`onrecord.extract.candidates._merge_split_quotes`).
"""

from __future__ import annotations

import re

from onrecord.extract.candidates import Candidate
from onrecord.extract.words import word_count

__all__ = ["join_continued_quotes"]

# the attribution between the two quotations: after a comma or a dash, one sentence closed by its
# full stop right before the second quotation (no other sentence's end, no quotation mark)
_FRAME = re.compile(r"\s*[,–—-]?\s*[^.!?\"“”„«»‹›\n]+[.]\s*")
_MAX_FRAME_WORDS = 20


# what follows a quotation up to its sentence's end: where a cue of its own would stand
_AFTER = re.compile(r"[^.!?\n]*")


def _own_cue(text: str, c: Candidate, language: str) -> bool:
    """Whether a cue follows the quotation in its sentence ("„B“, fügte er hinzu."), or its cue
    lies anywhere but before it: a quotation with an attribution of its own."""
    from onrecord.extract.foreign import cue_words_in

    assert c.quote is not None
    if c.cue is not None and c.cue[0] >= c.quote.open:
        return True
    after = _AFTER.match(text, c.quote.close)
    end = after.end() if after is not None else c.quote.close
    return bool(cue_words_in(text, c.quote.close, end, language))


def join_continued_quotes(text: str, candidates: list[Candidate], language: str) -> list[Candidate]:
    """``candidates`` (the direct quotes of an article, in order) with each quotation that goes on
    after its attribution joined to the one before it (see the module's docstring)."""
    out: list[Candidate] = []
    for c in candidates:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.quote is not None
            and c.quote is not None
            and previous.cue is not None
            and previous.quote.close <= previous.cue[0] < c.quote.open
        ):
            between = text[previous.quote.close : c.quote.open]
            if (
                "\n" not in between
                and _FRAME.fullmatch(between) is not None
                and word_count(between) <= _MAX_FRAME_WORDS
                and not _own_cue(text, c, language)
                and (c.mention is None or previous.mention is None or c.mention.name == previous.mention.name)
            ):
                out[-1] = previous.reporting(pieces=previous.pieces + c.pieces)
                continue
        out.append(c)
    return out
