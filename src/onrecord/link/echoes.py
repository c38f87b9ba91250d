"""A direct quote that opens by echoing the report right before it: one statement.

A story often tells the speaker's claim in its own words and backs it at once with the
speaker's: 'The guild said on Friday that 27 looms had been lost, not 30. "Twenty-seven. We
counted them twice," its chair said.' The quote's opening sentence is an answer cut to a word
or two, the figure or word the report gives; an embedder sees little of the report in it, and
its other sentences say more. When that short opening (at most :data:`ECHO_WORDS` words) gives
only figures and words the report holds, at least one, and the quote begins right after the
report (:data:`ECHO_GAP` characters at most: the quotation mark opens the next sentence), the two
are one statement, still subject to verification.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from onrecord.link.features import NUMBER_STEMS, features

__all__ = ["ECHO_GAP", "ECHO_WORDS", "Span", "echo_pairs", "opens_with_echo"]

ECHO_WORDS = 3
"""Words a quote's opening sentence has at most to be read as an echo."""
ECHO_GAP = 12
"""Characters between the report's end and the quote's start, at most."""

_OPENING = re.compile(r"^\s*(.+?[.!?])(?:\s|$)")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


class Span(NamedTuple):
    """One quote as the echo rule reads it."""

    article: str
    kind: str
    start: int
    end: int
    text: str
    language: str | None


def opens_with_echo(report: str, quote: str, language: str | None) -> bool:
    """Whether a direct quote's opening sentence is a word or two that the report gives: its
    figures and content words all the report's, at least one of them ("Twenty-seven." after
    "27 looms had been lost"; "Twice." after "had warned the board twice").

    Args:
        report: the report's words.
        quote: the direct quote's words.
        language: their language.
    """
    opening = _OPENING.match(quote)
    if opening is None or len(_WORD.findall(opening.group(1))) > ECHO_WORDS:
        return False
    said, told = features(opening.group(1), language), features(report, language)
    content = said.content - NUMBER_STEMS
    if not (said.numbers or content):
        return False
    return said.numbers <= told.numbers and content <= told.content


def echo_pairs(spans: Sequence[Span]) -> list[tuple[int, int]]:
    """The (report, quote) index pairs of ``spans`` where a direct quote right after a report
    in its article opens by echoing it (:func:`opens_with_echo`)."""
    by_article: dict[str, list[int]] = {}
    for i, s in enumerate(spans):
        by_article.setdefault(s.article, []).append(i)
    out = []
    for members in by_article.values():
        members.sort(key=lambda i: spans[i].start)
        for k, r in enumerate(members):
            report = spans[r]
            if report.kind == "direct":
                continue
            for q in members[k + 1 :]:
                quote = spans[q]
                if quote.start - report.end > ECHO_GAP:
                    break
                if (
                    quote.kind == "direct"
                    and quote.start >= report.end
                    and opens_with_echo(report.text, quote.text, quote.language or report.language)
                ):
                    out.append((r, q))
    return out
