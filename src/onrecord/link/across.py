"""Links across speaker blocks: one statement whose reports got two speaker ids.

Linking is blocked by speaker (:func:`~onrecord.link.linker.link_block` sees one speaker's
quotes), so a statement one article attributes wrongly, or to no one, or to the organisation
where another names its spokesperson, is split however equal its words. After the blocks are
linked, this pass takes the pairs of quotes of two speaker ids (or one and none) that share
word trigrams (an inverted index over each wording's trigrams, the commonest left out: never all
pairs), in two statements, and scores each with a logistic regression over what the pair shares
and what is known of its speakers (:func:`pair_features`: how much of the words, names and
figures; whether one speaker is missing, an organisation or a role, whether the two names share
a word, how many quotes each id has; days, article, forms). A pair scored at least the threshold
must still pass the linker's guards (:func:`~onrecord.link.linker.may_be_one`: the window, the
occasions told apart, :func:`~onrecord.link.features.compatible`), and two statements join only
if every pair of their members stays compatible, so two people repeating a slogan on two
occasions, or a trap, stay apart. Two named persons whose names share no word are never joined,
whatever the scorer says (:mod:`onrecord.link.across_persons`): such a pair is no candidate, and
two statements whose speakers include such a pair do not join through a third.

The joined statement's speaker is the speaker id most of its quotes carry
(:func:`onrecord.store.statements.join_statements`); each quote keeps its own speaker.

The weights are package data (``link/data/across_scorer.json``), trained on development sets
1-84 only and rebuilt byte for byte by
``python -m onrecord.link.across_train --sets 1-84 --jobs 2`` (:mod:`onrecord.link.across_train`);
``LinkOptions(across=False)`` turns the pass off, and so does ``ONRECORD_ACROSS=off`` in the
environment (read where the options are built: an Archive's ingest, ``onrecord relink`` and
``onrecord eval`` alike; :func:`onrecord.link.linker.across_enabled`).
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from onrecord.dates import day_ordinal
from onrecord.link.across_persons import Speaker, any_named_apart, named_apart
from onrecord.link.across_unread import FLOOR, Second, unread, unread_pairs
from onrecord.link.embed import MODEL, SECOND_MODEL, embed_second
from onrecord.link.features import Features, compatible, content_words, features, tokens
from onrecord.link.learned import PairRecorder, PairScorer, Recorded, read_scorer  # one record, one recorder for both
from onrecord.link.linker import Embedder, LinkItem, LinkOptions, may_be_one
from onrecord.link.unread import LEAD_COUNTED

__all__ = [
    "FEATURES",
    "SCORER_FILE",
    "Quoted",
    "Recorded",
    "candidate_pairs",
    "close_pairs",
    "link_across",
    "load_scorer",
    "pair_features",
    "recorder",
    "recording",
]

SCORER_FILE = Path(__file__).parent / "data" / "across_scorer.json"

FEATURES = (
    "cosine",
    "no_vector",
    "equal",
    "containment",
    "jaccard",
    "content_share",
    "length_ratio",
    "short",
    "shared_name",
    "names_one_side",
    "shared_figure",
    "figures_one_side",
    "one_missing",
    "names_share_word",
    "one_organisation",
    "one_role",
    "both_persons",
    "few_quotes",
    "same_article",
    "same_day",
    "day_unknown",
    "days_apart",
    "both_direct",
    "one_direct",
    "cross_language",
    "statement_size",
    "unread",
    "second_cosine",
    "second_lead",
)
"""The features :func:`pair_features` gives, in weight order."""

_GRAM = 3  # words per trigram of the index
_COMMON = 40  # a trigram more quotes than this hold is no evidence of one statement ("said that it")
_LEAST_SHARE = 0.3  # of the shorter wording's trigrams the pair shares, at least, to be scored
_LEAST_WORDS = 3  # content words a pair in other words shares, at least, to be scored
_LEAST_CONTENT = 0.6  # of the shorter wording's content words, at least
_MOST_MEMBERS = 40  # members of each statement compared before two statements join
_CLOSE = 0.5  # the cosine from which two wordings' vectors are a candidate pair
_NEAREST = 8  # the closest vectors of each quote taken as candidates


@dataclass(frozen=True, slots=True)
class Quoted:
    """One linked quote as the pass reads it."""

    quote_id: str
    speaker_id: str | None
    speaker_name: str | None
    speaker_kind: str | None
    statement_id: str
    text: str
    kind: str
    language: str | None
    day: int | None
    article_id: str


def _grams(words: Sequence[str]) -> frozenset[tuple[str, ...]]:
    """Its word trigrams (the whole wording when it is shorter)."""
    if len(words) < _GRAM:
        return frozenset({tuple(words)}) if words else frozenset()
    return frozenset(tuple(words[i : i + _GRAM]) for i in range(len(words) - _GRAM + 1))


def candidate_pairs(quotes: Sequence[Quoted]) -> list[tuple[int, int, float]]:
    """The pairs of quotes of two speaker ids (or one and none) in two statements that share at
    least :data:`_LEAST_SHARE` of the shorter wording's trigrams, or :data:`_LEAST_WORDS` content
    words and :data:`_LEAST_CONTENT` of the shorter's (a rendering in other words), each with the
    share of trigrams.

    Found through inverted indexes of trigrams and content words; one held by more than
    :data:`_COMMON` quotes is passed over, so the cost grows with the quotes, not with their
    square.
    """
    words = [tokens(q.text) for q in quotes]
    grams = [_grams(w) for w in words]
    content = [frozenset(content_words(w)) for w in words]
    by_grams = _shared(quotes, grams)
    by_words = _shared(quotes, content)
    out = []
    for i, j in sorted(set(by_grams) | set(by_words)):
        share = by_grams.get((i, j), 0) / max(1, min(len(grams[i]), len(grams[j])))
        said = by_words.get((i, j), 0)
        if share >= _LEAST_SHARE or (
            said >= _LEAST_WORDS and said / max(1, min(len(content[i]), len(content[j]))) >= _LEAST_CONTENT
        ):
            out.append((i, j, share))
    return out


def close_pairs(quotes: Sequence[Quoted], vectors: Sequence[np.ndarray | None]) -> dict[tuple[int, int], float]:
    """The pairs of quotes of two speaker ids in two statements whose vectors (the first
    model's, as linking cached them; None: no vector) are among each other's :data:`_NEAREST`
    closest at cosine :data:`_CLOSE` or more, with their cosine (computed a slice of rows at a
    time)."""
    have = [k for k, v in enumerate(vectors) if v is not None]
    if len(have) < 2:
        return {}
    matrix = np.vstack([np.asarray(vectors[k], dtype=np.float32) for k in have])
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
    out: dict[tuple[int, int], float] = {}
    for lo in range(0, len(have), 256):
        sims = matrix[lo : lo + 256] @ matrix.T
        for r, row in enumerate(sims):
            i = have[lo + r]
            for c in np.argsort(-row)[: _NEAREST + 1]:
                j = have[int(c)]
                if i == j or row[c] < _CLOSE:
                    continue
                a, b = quotes[i], quotes[j]
                if a.speaker_id == b.speaker_id or a.statement_id == b.statement_id:
                    continue
                out[(min(i, j), max(i, j))] = float(row[c])
    return out


def _trigram_share(a: str, b: str) -> float:
    """The share of the shorter wording's trigrams the other holds."""
    ga, gb = _grams(tokens(a)), _grams(tokens(b))
    return len(ga & gb) / max(1, min(len(ga), len(gb)))


def _cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b) / max(float(np.linalg.norm(a) * np.linalg.norm(b)), 1e-9))


def _shared(quotes: Sequence[Quoted], keys: Sequence[frozenset[Any]]) -> dict[tuple[int, int], int]:
    """How many of their keys each pair of two speaker ids' quotes in two statements shares (keys
    more than :data:`_COMMON` quotes hold left out)."""
    postings: dict[Any, list[int]] = {}
    for k, ks in enumerate(keys):
        for g in ks:
            postings.setdefault(g, []).append(k)
    shared: dict[tuple[int, int], int] = {}
    for holders in postings.values():
        if len(holders) < 2 or len(holders) > _COMMON:
            continue
        for x in range(len(holders)):
            for y in range(x + 1, len(holders)):
                i, j = holders[x], holders[y]
                a, b = quotes[i], quotes[j]
                if a.speaker_id == b.speaker_id or a.statement_id == b.statement_id:
                    continue
                shared[(i, j)] = shared.get((i, j), 0) + 1
    return shared


def _share(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of the smaller set that the other holds (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _name_words(name: str | None) -> frozenset[str]:
    return frozenset(w for w in tokens(name or "") if len(w) > 2)


def pair_features(
    a: Quoted,
    b: Quoted,
    fa: Features,
    fb: Features,
    containment: float,
    sizes: tuple[int, int],
    members: int = 2,
    cosine: float | None = None,
    second: Second | None = None,
) -> dict[str, float]:
    """What a pair of two speaker ids' quotes shares, as the scorer reads it.

    Args:
        a: one quote.
        b: the other.
        fa: ``a``'s verification features.
        fb: ``b``'s.
        containment: the share of the shorter wording's trigrams the other holds.
        sizes: how many quotes each one's speaker id has (0: no speaker).
        members: how many quotes the two statements hold together.
        cosine: the cosine of their vectors (None: one has none).
        second: the second model's cosine and lead, when that model found the pair
            (:mod:`onrecord.link.across_unread`).

    Returns:
        One value per name of :data:`FEATURES`.
    """
    wa, wb = tokens(a.text), tokens(b.text)
    ga, gb = _grams(wa), _grams(wb)
    union = ga | gb
    la, lb = max(1, len(wa)), max(1, len(wb))
    kinds = {a.speaker_kind if a.speaker_id else None, b.speaker_kind if b.speaker_id else None}
    missing = a.speaker_id is None or b.speaker_id is None
    known = [n for n in sizes if n > 0]
    apart = abs(a.day - b.day) if a.day is not None and b.day is not None else 0
    direct = (a.kind == "direct") + (b.kind == "direct")
    return {
        "cosine": cosine or 0.0,
        "no_vector": float(cosine is None),
        "equal": float(wa == wb),
        "containment": containment,
        "jaccard": len(ga & gb) / len(union) if union else 0.0,
        "content_share": _share(fa.content, fb.content),
        "length_ratio": min(la, lb) / max(la, lb),
        "short": float(min(la, lb) < 8),
        "shared_name": float(bool(fa.entities & fb.entities)),
        "names_one_side": float(bool(fa.entities ^ fb.entities)),
        "shared_figure": float(bool(fa.numbers & fb.numbers)),
        "figures_one_side": float(bool(fa.numbers ^ fb.numbers)),
        "one_missing": float(missing),
        "names_share_word": float(bool(_name_words(a.speaker_name) & _name_words(b.speaker_name)) and not missing),
        "one_organisation": float("organisation" in kinds),
        "one_role": float("role" in kinds),
        "both_persons": float(kinds == {"person"}),
        "few_quotes": 1.0 / min(known) if known else 1.0,
        "same_article": float(a.article_id == b.article_id),
        "same_day": float(a.day is not None and a.day == b.day),
        "day_unknown": float(a.day is None or b.day is None),
        "days_apart": min(apart, 7) / 7,
        "both_direct": float(direct == 2),
        "one_direct": float(direct == 1),
        "cross_language": float((a.language or "en") != (b.language or "en")),
        "statement_size": min(members, 12) / 12,
        "unread": float(unread(a.language, a.text) or unread(b.language, b.text)),
        "second_cosine": (second.cosine - FLOOR) / (1 - FLOOR) if second else 0.0,
        "second_lead": second.lead / LEAD_COUNTED if second else 0.0,
    }


@functools.lru_cache(maxsize=1)
def load_scorer() -> PairScorer | None:
    """The shipped scorer (read once per process), or ``None`` when the package has none."""
    return read_scorer(SCORER_FILE)


_PAIRS = PairRecorder("onrecord_across_recorder")


def recording() -> contextlib.AbstractContextManager[dict[tuple[str, str], Recorded]]:
    """Record the pairs the cross-speaker scorer would decide, instead of deciding them (for
    training): a context yielding ``{(first quote id, second quote id): Recorded}``, filled as the
    pass runs (a pair seen again replaces its record)."""
    return _PAIRS.recording()


def recorder() -> dict[tuple[str, str], Recorded] | None:
    """The pairs being recorded, or ``None`` when no :func:`recording` is active."""
    return _PAIRS.recorder()


def _quoted(row: Sequence[object]) -> Quoted:
    return Quoted(
        str(row[0]),
        str(row[1]) if row[1] is not None else None,
        str(row[2]) if row[2] is not None else None,
        str(row[3]) if row[3] is not None else None,
        str(row[4]),
        str(row[5]),
        str(row[6]),
        str(row[7]) if row[7] is not None else None,
        day_ordinal(str(row[8])) if row[8] else None,
        str(row[9]),
    )


class _Statements:
    """Union-find over statement ids, each root with its members' verification features and
    speakers."""

    def __init__(self, members: dict[str, list[Features]], speakers: dict[str, set[Speaker]]) -> None:
        self.parent = {s: s for s in members}
        self.members = members
        self.speakers = speakers

    def find(self, s: str) -> str:
        while self.parent[s] != s:
            self.parent[s] = self.parent[self.parent[s]]
            s = self.parent[s]
        return s

    def union(self, x: str, y: str) -> bool:
        """Join two statements if every pair of their (first) members stays compatible and no
        speaker of one and speaker of the other are two different named persons
        (:func:`~onrecord.link.across_persons.any_named_apart`)."""
        rx, ry = self.find(x), self.find(y)
        if rx == ry or any_named_apart(self.speakers[rx], self.speakers[ry]):
            return False
        left, right = self.members[rx][:_MOST_MEMBERS], self.members[ry][:_MOST_MEMBERS]
        if not all(compatible(fa, fb)[0] for fa in left for fb in right):
            return False
        keep, gone = min(rx, ry), max(rx, ry)
        self.parent[gone] = keep
        self.members[keep] = self.members[keep] + self.members.pop(gone)
        self.speakers[keep] = self.speakers[keep] | self.speakers.pop(gone)
        return True


def link_across(
    conn: sqlite3.Connection,
    ranges: Sequence[tuple[int, int]] | None = None,
    options: LinkOptions | None = None,
    scorer: PairScorer | None = None,
    embedder: Embedder | None = None,
    second: Embedder | None = None,
) -> int:
    """Join the statements of two speaker ids whose quotes the scorer takes for one statement.

    Args:
        conn: the archive, its speakers' blocks linked.
        ranges: only quotes said within these days (inclusive ordinals; None: every quote).
        options: linking settings (``across`` off: nothing is done; the window).
        scorer: the pair scorer (default: the shipped one).
        embedder: the first model's embedder (through the archive's cache), for the quotes
            linking gave no vector (a speaker of one quote, no speaker); None: those have none.
        second: the second model's embedder (through the cache), for the wordings the first
            does not read and those they may translate (None: the model uncached).

    Returns:
        The number of statements that joined another.
    """
    from onrecord.store import statements as store
    from onrecord.store.cache import stored_vectors

    options = options or LinkOptions()
    scorer = scorer or load_scorer()
    recorded = recorder()
    if not options.across or (scorer is None and recorded is None):
        return 0
    quotes = [_quoted(r) for r in store.across_quotes(conn, ranges)]
    stored = stored_vectors(conn, [q.quote_id for q in quotes], MODEL)
    vectors: list[np.ndarray | None] = [stored.get(q.quote_id) for q in quotes]
    missing = [k for k, v in enumerate(vectors) if v is None]
    if missing and embedder is not None and options.embed:
        fresh = embedder([_as_item(quotes[k]) for k in missing])
        for n, k in enumerate(missing):
            vectors[k] = fresh[n]
    lexical = {(i, j): share for i, j, share in candidate_pairs(quotes)}
    close = close_pairs(quotes, vectors)
    unread_found = _unread_pairs(conn, quotes, second) if options.embed else {}
    pairs = sorted(set(lexical) | set(close) | set(unread_found))
    if not pairs:
        return 0
    involved = sorted({k for pair in pairs for k in pair})
    sizes = store.speaker_sizes(conn, [quotes[k].speaker_id or "" for k in involved if quotes[k].speaker_id])
    held: dict[str, list[int]] = {}
    for k, q in enumerate(quotes):
        held.setdefault(q.statement_id, []).append(k)
    items = _link_items(conn, [quotes[k] for k in involved])

    @functools.cache
    def feats(k: int) -> Features:
        return features(quotes[k].text, quotes[k].language)

    scored: list[tuple[float, int, int]] = []
    for i, j in pairs:
        a, b = quotes[i], quotes[j]
        if named_apart(_speaker(a), _speaker(b)) or not may_be_one(items[a.quote_id], items[b.quote_id], options):
            continue
        members = len(held[a.statement_id]) + len(held[b.statement_id])
        size = (sizes.get(a.speaker_id or "", 0), sizes.get(b.speaker_id or "", 0))
        share = lexical[(i, j)] if (i, j) in lexical else _trigram_share(a.text, b.text)
        va, vb = vectors[i], vectors[j]
        cosine = _cosine(va, vb) if va is not None and vb is not None else None
        row = pair_features(a, b, feats(i), feats(j), share, size, members, cosine, unread_found.get((i, j)))
        if recorded is not None:
            ids = (
                tuple(quotes[k].quote_id for k in held[a.statement_id]),
                tuple(quotes[k].quote_id for k in held[b.statement_id]),
            )
            recorded[(a.quote_id, b.quote_id)] = Recorded(a.quote_id, b.quote_id, ids, row)
            continue
        assert scorer is not None
        chance = scorer.probability(row)
        if chance >= scorer.threshold:
            scored.append((chance, i, j))
    if not scored:
        return 0
    statements = _Statements(
        {s: [feats(k) for k in ks] for s, ks in held.items()},
        {s: {_speaker(quotes[k]) for k in ks} for s, ks in held.items()},
    )
    for _, i, j in sorted(scored, key=lambda p: (-p[0], quotes[p[1]].quote_id, quotes[p[2]].quote_id)):
        statements.union(quotes[i].statement_id, quotes[j].statement_id)
    groups: dict[str, list[str]] = {}
    for s in held:
        groups.setdefault(statements.find(s), []).append(s)
    return store.join_statements(conn, [g for g in groups.values() if len(g) > 1])


def _unread_pairs(
    conn: sqlite3.Connection, quotes: Sequence[Quoted], second: Embedder | None
) -> dict[tuple[int, int], Second]:
    """The candidates the second model finds for the wordings the first does not read
    (:func:`~onrecord.link.across_unread.unread_pairs`), its vectors from the archive's cache
    first."""
    from onrecord.store.cache import stored_vectors

    def vectors(indexes: Sequence[int]) -> np.ndarray:
        stored = stored_vectors(conn, [quotes[k].quote_id for k in indexes], SECOND_MODEL)
        missing = [k for k in indexes if quotes[k].quote_id not in stored]
        if missing:
            items = [_as_item(quotes[k]) for k in missing]
            fresh = second(items) if second is not None else embed_second([it.text for it in items])
            stored.update((quotes[k].quote_id, fresh[n]) for n, k in enumerate(missing))
        return np.vstack([stored[quotes[k].quote_id] for k in indexes])

    return unread_pairs(
        [q.speaker_id for q in quotes],
        [q.statement_id for q in quotes],
        [q.language for q in quotes],
        [q.text for q in quotes],
        vectors,
    )


def _speaker(q: Quoted) -> Speaker:
    """A quote's speaker as the veto reads it (:mod:`onrecord.link.across_persons`)."""
    return (q.speaker_id, q.speaker_name, q.speaker_kind)


def _as_item(q: Quoted) -> LinkItem:
    """A quote as an embedder reads it (its id and words)."""
    return LinkItem(q.quote_id, q.speaker_id or "", q.text, q.kind, q.language, q.day, q.article_id)


def _link_items(conn: sqlite3.Connection, quotes: Sequence[Quoted]) -> dict[str, LinkItem]:
    """The quotes as linking sees them (their days, occasions, channels), by id."""
    from onrecord.store import statements as store

    by_speaker: dict[str | None, list[str]] = {}
    for q in quotes:
        by_speaker.setdefault(q.speaker_id, []).append(q.quote_id)
    out: dict[str, LinkItem] = {}
    for sid, ids in sorted(by_speaker.items(), key=lambda kv: (kv[0] is None, kv[0] or "")):
        out.update((it.quote_id, it) for it in store.link_items(conn, sid, ids))
    return out
