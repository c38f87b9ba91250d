"""Quotes printed as dialogue with dashes, as Portuguese, Spanish, Italian, French and Russian
papers print them: a paragraph that opens with a dash, the words said, a second dash and the
cue with its speaker::

    — Não provoquei ninguém. Celebrei com o meu povo — afirmou Lukoki ao Jornal do Planalto.
    — No vamos a subir los impuestos — dijo la ministra.
    — Мы не отступим, — заявил губернатор.

The words between the dashes are a direct quote; the cue after the second dash must be a cue
word of the language, so that a paragraph that merely opens with a dash (a sign-off, a list
item) is no quote.
"""

from __future__ import annotations

import re

from onrecord.extract.marks import QuoteSpan

__all__ = ["DialogueLine", "find_dialogue"]

_DASHES = "—–―"
_LINE = re.compile(
    rf"^[ \t]*(?P<dash>[{_DASHES}])[ \t]*(?P<said>[^\n{_DASHES}]*?\w[^\n{_DASHES}]*?)[ \t,]*[{_DASHES}][ \t]*"
    r"(?P<cue>[^\W\d_]+(?:-(?:se|il|elle|t-il|t-elle))?)(?P<rest>[^\n]*)$",
    re.M,
)


class DialogueLine:
    """One dialogue line: the quotation (as a :class:`QuoteSpan`), its cue word's offsets and the
    stretch after the cue where the speaker is named."""

    __slots__ = ("after", "cue", "quote")

    def __init__(self, quote: QuoteSpan, cue: tuple[int, int], after: tuple[int, int]) -> None:
        self.quote = quote
        self.cue = cue
        self.after = after


def find_dialogue(text: str, cue_words: frozenset[str]) -> list[DialogueLine]:
    """The dash-dialogue quotes of ``text`` whose cue (the first word after the second dash, or
    its verb before a hyphenated pronoun: ``acrescentou``, ``dijo``, ``a-t-il``) is one of
    ``cue_words`` (casefolded)."""
    found = []
    for m in _LINE.finditer(text):
        cue = m.group("cue").split("-")[0].casefold()
        if cue not in cue_words or not m.group("cue")[:1].islower():
            continue
        start, end = m.start("said"), m.end("said")
        while end > start and text[end - 1] in " \t,":
            end -= 1
        close = m.start("cue")
        quote = QuoteSpan(m.start("dash"), close, ((start, end),), "dash")
        found.append(DialogueLine(quote, (m.start("cue"), m.end("cue")), (m.end("cue"), m.end("rest"))))
    return found
