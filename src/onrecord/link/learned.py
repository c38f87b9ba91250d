"""A learned pair scorer: the near misses of the cascade that are one statement after all.

The cascade (:mod:`onrecord.link.linker`) links two quotes of one speaker on hand-set cosine
thresholds and word rules. A journalist's paraphrase of the speaker's own words ("the climb
felt like a wall" / "It's like cycling up the side of a house") often stays below them. After
the cascade, every pair of one speaker's quotes whose vectors came close (the pairs the
embedding index already gave, down to :attr:`~onrecord.link.linker.LinkOptions.learned_floor`)
and that is still in two statements is scored by a logistic regression over what the pair
shares (:func:`pair_features`: the cosine and its gap to the cascade's threshold, content-word
and stem overlap, names and figures, days, article, forms, lengths, where the two stand in one
article: side by side among the speaker's quotes, the report first or the quote). A pair scored at least
the threshold is linked like any other candidate: through the time window, the occasion
guards and :func:`~onrecord.link.features.compatible`, so a trap stays apart.

The weights are package data (``link/data/pair_scorer.json``), trained on development sets
1-84 only and rebuilt byte for byte by
``python -m onrecord.link.learned_train --sets 1-84 --jobs 2``
(:mod:`onrecord.link.learned_train`); ``LinkOptions(learned=False)`` turns the scorer off.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from onrecord.link.features import Features
from onrecord.logistic import Gate

if TYPE_CHECKING:
    from onrecord.link.linker import LinkItem

__all__ = [
    "FEATURES",
    "SCORER_FILE",
    "PairRecorder",
    "PairScorer",
    "Recorded",
    "load_scorer",
    "pair_features",
    "read_scorer",
    "recorder",
    "recording",
]

SCORER_FILE = Path(__file__).parent / "data" / "pair_scorer.json"

FEATURES = (
    "cosine",
    "margin",
    "second_look",
    "content_jaccard",
    "content_share",
    "stem_share",
    "shared_name",
    "names_one_side",
    "shared_figure",
    "figures_one_side",
    "same_day",
    "day_unknown",
    "same_article",
    "both_direct",
    "one_direct",
    "length_ratio",
    "short",
    "cross_language",
    "days_apart",
    "specific_differ",
    "statement_size",
    "adjacent",
    "report_first",
    "quote_first",
    "chars_apart",
)
"""The features :func:`pair_features` gives, in weight order."""


_REACH = 1500  # characters: two quotes of one article further apart than this are as far as two articles


def _share(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of the smaller set that the other holds (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def pair_features(
    a: LinkItem,
    b: LinkItem,
    fa: Features,
    fb: Features,
    cosine: float,
    needed: float,
    looked: bool,
    size: int = 2,
    adjacent: bool = False,
) -> dict[str, float]:
    """What a pair of one speaker's quotes shares, as the scorer reads it.

    Args:
        a: one quote.
        b: the other.
        fa: ``a``'s verification features.
        fb: ``b``'s.
        cosine: the best cosine of their wordings.
        needed: the cosine the cascade asks of this pair.
        looked: whether the cosine comes from the second look (clauses, backshift undone).
        size: how many quotes the two statements hold together (linking large ones costs more
            when it is wrong).
        adjacent: the two follow each other among the speaker's quotes in one article (no quote
            of the speaker between them): a lede's report and the direct quote after it are
            often one statement, a quote and the report after it a further one.

    Returns:
        One value per name of :data:`FEATURES`.
    """
    union = fa.content | fb.content
    da, db = a.occasion_day(), b.occasion_day()
    direct = (a.kind == "direct") + (b.kind == "direct")
    la, lb = max(1, len(fa.words)), max(1, len(fb.words))
    apart = abs(a.day - b.day) if a.day is not None and b.day is not None else 0
    first, then = (a, b) if a.position <= b.position else (b, a)
    mixed = adjacent and a.article_id == b.article_id and (first.kind == "direct") != (then.kind == "direct")
    reach = abs(a.position - b.position) if a.article_id == b.article_id else _REACH
    return {
        "cosine": cosine,
        "margin": cosine - needed,
        "second_look": float(looked),
        "content_jaccard": len(fa.content & fb.content) / len(union) if union else 0.0,
        "content_share": _share(fa.content, fb.content),
        "stem_share": _share(fa.stems, fb.stems),
        "shared_name": float(bool(fa.entities & fb.entities)),
        "names_one_side": float(bool(fa.entities ^ fb.entities)),
        "shared_figure": float(bool(fa.numbers & fb.numbers)),
        "figures_one_side": float(bool(fa.numbers ^ fb.numbers)),
        "same_day": float(da is not None and da == db),
        "day_unknown": float(da is None or db is None),
        "same_article": float(a.article_id == b.article_id),
        "both_direct": float(direct == 2),
        "one_direct": float(direct == 1),
        "length_ratio": min(la, lb) / max(la, lb),
        "short": float(min(la, lb) < 8),
        "cross_language": float((a.language or "en") != (b.language or "en")),
        "days_apart": min(apart, 7) / 7,
        "specific_differ": float(bool(fa.specific and fb.specific and fa.specific != fb.specific)),
        "statement_size": min(size, 12) / 12,
        "adjacent": float(adjacent and a.article_id == b.article_id),
        "report_first": float(mixed and then.kind == "direct"),
        "quote_first": float(mixed and first.kind == "direct"),
        "chars_apart": min(reach, _REACH) / _REACH,
    }


PairScorer = Gate
"""The scorer: a :class:`onrecord.logistic.Gate` over :func:`pair_features` (a pair is linked when
its probability is at least the threshold; its meta says where the weights come from)."""


def read_scorer(path: Path) -> PairScorer | None:
    """The scorer written at ``path`` (a trainer's output), or ``None`` when there is none."""
    if not path.is_file():
        return None
    return PairScorer.from_dict(json.loads(path.read_text(encoding="utf-8")))


@functools.lru_cache(maxsize=1)
def load_scorer() -> PairScorer | None:
    """The shipped scorer (read once per process), or ``None`` when the package has none."""
    return read_scorer(SCORER_FILE)


@dataclass(frozen=True, slots=True)
class Recorded:
    """A pair the scorer would decide, as the trainer reads it: the two quotes' ids, the ids of
    the two statements' members, and the pair's features; and what a feature added later would
    need of the two quotes (their texts, languages and articles; empty when not recorded)."""

    first: str
    second: str
    members: tuple[tuple[str, ...], tuple[str, ...]]
    features: dict[str, float]
    texts: tuple[str, ...] = ()
    languages: tuple[str | None, ...] = ()
    articles: tuple[str, ...] = ()


class PairRecorder:
    """Where the pairs a scorer would decide are recorded instead, while its trainer collects them
    (each scorer has its own, a context variable of its own name)."""

    def __init__(self, name: str) -> None:
        self._found: contextvars.ContextVar[dict[tuple[str, str], Recorded] | None] = contextvars.ContextVar(
            name, default=None
        )

    @contextlib.contextmanager
    def recording(self) -> Iterator[dict[tuple[str, str], Recorded]]:
        """Record the pairs the scorer would decide, instead of deciding them (for training).

        Yields:
            ``{(first quote id, second quote id): Recorded}``, filled as the scorer's pass runs (a
            pair seen again replaces its record).
        """
        found: dict[tuple[str, str], Recorded] = {}
        token = self._found.set(found)
        try:
            yield found
        finally:
            self._found.reset(token)

    def recorder(self) -> dict[tuple[str, str], Recorded] | None:
        """The pairs being recorded, or ``None`` when no :meth:`recording` is active."""
        return self._found.get()


_PAIRS = PairRecorder("onrecord_pair_recorder")


def recording() -> contextlib.AbstractContextManager[dict[tuple[str, str], Recorded]]:
    """Record the pairs the pair scorer would decide, instead of deciding them (for training): a
    context yielding ``{(first quote id, second quote id): Recorded}``, filled as blocks are
    linked (a block linked again replaces its pairs)."""
    return _PAIRS.recording()


def recorder() -> dict[tuple[str, str], Recorded] | None:
    """The pairs being recorded, or ``None`` when no :func:`recording` is active."""
    return _PAIRS.recorder()
