"""What the pages show, computed from library objects: word differences, relay chains,
highlighted article bodies, timelines. Templates only place these values."""

from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote as urlquote

from onrecord.model import Article, Quote, Statement, StatementVariant

__all__ = [
    "PALETTE_SIZE",
    "Piece",
    "RelayStep",
    "article_pieces",
    "path_for",
    "relay_chain",
    "safe_href",
    "speaker_classes",
    "word_diff",
]

PALETTE_SIZE = 8
_WORD = re.compile(r"\S+\s*")


def path_for(kind: str, ident: str) -> str:
    """The site path of a statement, speaker, article or outlet page (the id fully escaped)."""
    return f"/{kind}/{urlquote(ident, safe='')}"


def safe_href(url: str | None) -> str | None:
    """``url`` when it is an http(s) address a link may point to; None for anything else (``javascript:``...)."""
    if not url:
        return None
    cleaned = "".join(c for c in url.strip() if unicodedata.category(c)[0] != "C")
    return cleaned if re.match(r"(?i)^https?://[^\s]+$", cleaned) else None


def _norm(word: str) -> str:
    return re.sub(r"\W+", "", word.casefold())


def word_diff(canonical: str, text: str) -> list[tuple[str, str, bool]]:
    """Split ``text`` into ``(word, space after it, differs)``: whether the word differs from ``canonical``.

    A word differs when the longest common word sequence of the two wordings (case and
    punctuation ignored) leaves it out.
    """
    words = _WORD.findall(text) or [text]
    base = [_norm(w) for w in _WORD.findall(canonical)]
    mine = [_norm(w) for w in words]
    same = [False] * len(words)
    for block in difflib.SequenceMatcher(a=base, b=mine, autojunk=False).get_matching_blocks():
        for i in range(block.b, block.b + block.size):
            same[i] = True
    out = []
    for i, w in enumerate(words):
        word = w.rstrip()
        out.append((word, w[len(word) :], not same[i] and bool(mine[i])))
    return out


@dataclass(frozen=True, slots=True)
class RelayStep:
    """One outlet in the order the statement reached it: its first report, through whom."""

    outlet: str
    published: str | None
    via: str | None
    article_id: str
    quote_id: str
    copy_of: str | None
    wire: str | None = None  # the agency whose story the outlet ran (Article.syndicated_from)

    def to_dict(self) -> dict[str, Any]:
        """Return the step as a JSON-ready dict."""
        return {
            "outlet": self.outlet,
            "published": self.published,
            "via": self.via,
            "article_id": self.article_id,
            "quote_id": self.quote_id,
            "copy_of": self.copy_of,
            "wire": self.wire,
        }


def relay_chain(statement: Statement) -> list[RelayStep]:
    """Each outlet's first report of the statement, earliest first, with the channel it names."""
    steps: dict[str, RelayStep] = {}
    for v in sorted(statement.variants, key=lambda v: (v.published or "~", v.quote_id)):
        outlet = v.outlet or "unknown outlet"
        if outlet not in steps:
            steps[outlet] = RelayStep(
                outlet, v.published, v.via, v.article_id, v.quote_id, v.duplicate_of, v.syndicated_from
            )
    return list(steps.values())


def speaker_classes(quotes: list[Quote]) -> dict[str | None, int]:
    """A colour number for each speaker of an article, in the order they first speak."""
    colours: dict[str | None, int] = {}
    for q in quotes:
        key = q.speaker.id if q.speaker else None
        if key not in colours:
            colours[key] = len(colours) % PALETTE_SIZE
    return colours


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of an article body: plain text, or part of a quote (the innermost one covering it)."""

    text: str
    quote: Quote | None = None
    colour: int = 0
    first: bool = False
    last: bool = False


def article_pieces(article: Article, quotes: list[Quote]) -> list[Piece]:
    """Cut the body at every quote boundary; each run carries the shortest quote covering it.

    ``first`` marks the run where a quote starts (its anchor goes there), ``last`` the run where
    it ends (its speaker, cue and date follow it).
    """
    body = article.body
    kept = [q for q in quotes if 0 <= q.start < q.end <= len(body)]
    # an interrupted quote is highlighted piece by piece, without the words that interrupt it
    spans = [(f.start, f.end, q) for q in kept for f in (q.fragments or (q,)) if 0 <= f.start < f.end <= len(body)]
    ends = {q.quote_id: max(e for _, e, x in spans if x is q) for q in kept if any(x is q for _, _, x in spans)}
    cuts = sorted({0, len(body), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    colours = speaker_classes(kept)
    pieces: list[Piece] = []
    started: set[str] = set()
    for a, b in itertools.pairwise(cuts):
        covering = [(s, e, q) for s, e, q in spans if s <= a and b <= e]
        if not covering:
            pieces.append(Piece(body[a:b]))
            continue
        q = min(covering, key=lambda c: (c[2].end - c[2].start, c[1] - c[0], c[0]))[2]
        first = q.quote_id not in started
        started.add(q.quote_id)
        colour = colours[q.speaker.id if q.speaker else None]
        pieces.append(Piece(body[a:b], q, colour, first, b == ends[q.quote_id]))
    return pieces


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def spread_points(variants: tuple[StatementVariant, ...]) -> tuple[list[str], list[tuple[int, int, str]], int]:
    """Where each report sits on a statement's timeline.

    Returns:
        The outlets (rows, in first-report order), ``(day offset, row, label)`` per dated report,
        and the number of days the timeline spans.
    """
    dated = sorted(((d, v) for v in variants if (d := _day(v.published))), key=lambda p: (p[0], p[1].quote_id))
    outlets: list[str] = []
    for _, v in dated:
        name = v.outlet or "unknown outlet"
        if name not in outlets:
            outlets.append(name)
    if not dated:
        return outlets, [], 0
    start = dated[0][0]
    points = [
        ((d - start).days, outlets.index(v.outlet or "unknown outlet"), f"{v.outlet or 'unknown outlet'}, {d}")
        for d, v in dated
    ]
    return outlets, points, max(p[0] for p in points)
