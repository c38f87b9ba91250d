"""A journalist's report that rewords a direct quote of the same day.

A report often keeps most of what the speaker said but not the speaker's frame: "the works
would be finished before the rains under a deal with the contractor" renders "The works will be
finished before the rains. We have a deal with the contractor on that." An embedder puts the two
below the cosine a report and a quote need on their own (the report's few words of its own,
"under a deal", weigh as much as the quote's), while the words they share, five content words or
more and at least half of the report's, are evidence the cosine does not count. Both must be
told of one day when both days are known: the speaker's own words may take up a report's claim
again on another occasion.
"""

from __future__ import annotations

from onrecord.link.features import content_words

__all__ = ["REWORDED_WORDS", "rewords_the_quote"]

REWORDED_WORDS = 5
"""Content words (stems) a report must share with the direct quote it rewords, at least."""


def rewords_the_quote(
    report: list[str],
    quote: list[str],
    share: float,
    days: tuple[int | None, int | None] = (None, None),
) -> bool:
    """Whether a report (indirect or mixed) shares enough of its content words with a direct
    quote in its language to be read as a rewording of it.

    Args:
        report: the report's words (:func:`~onrecord.link.features.tokens`).
        quote: the direct quote's words.
        share: the share of the report's content words the quote must hold.
        days: the day each was said, as far as its article tells (None: unknown).

    Returns:
        True when the quote holds at least :data:`REWORDED_WORDS` of the report's content words
        and ``share`` of them, and the two are not told of two different days.
    """
    said, day = days
    if said is not None and day is not None and said != day:
        return False
    ours = content_words(report)
    held = len(ours & content_words(quote))
    return held >= REWORDED_WORDS and held >= share * len(ours)
