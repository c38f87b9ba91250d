"""Statement linking within one speaker's quotes: the cascade, verification and clustering.

Cheapest evidence first: equal normalised wording, a partial quote contained in a longer one,
MinHash near-duplicates, multilingual embeddings (paraphrases, indirect renderings,
translations), and inside one article a paraphrase next to the direct quote it summarises.
Every candidate pair must be said within the time window and pass verification
(:func:`onrecord.link.features.compatible`); pairs are then merged strongest first, and two
clusters merge only if all their members stay compatible, so a chain of links cannot join
"a 2% cut" to "a 4% cut" through "a cut".

The result depends only on the set of quotes (they are sorted by id first), never on the order
they arrived in.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from onrecord.link.features import Features, compatible, content_words, features, normalize, tokens
from onrecord.link.minhash import MinHashParams, jaccard, signature

__all__ = ["LinkItem", "LinkOptions", "link_block", "statement_id"]

Embedder = Callable[[Sequence["LinkItem"]], np.ndarray]


@dataclass(frozen=True, slots=True)
class LinkItem:
    """One quote as linking sees it.

    ``day`` is the ordinal of the day it was said (or published); ``when`` orders reports
    (publication time); ``position`` is its offset in its article.
    """

    quote_id: str
    speaker_id: str
    text: str
    kind: str
    language: str | None
    day: int | None
    article_id: str
    position: int = 0
    when: str | None = None


@dataclass(frozen=True, slots=True)
class LinkOptions:
    """Linking settings (defaults tuned on the project's own multi-outlet set, never on the seeds).

    Args:
        window_days: quotes said further apart than this are never one statement.
        minhash: MinHash parameters (persisted with the archive).
        minhash_threshold: estimated shingle Jaccard for a near-duplicate.
        containment_min_words: shortest partial quote that links by containment.
        embed: use multilingual embeddings (off: lexical linking only).
        embed_threshold: cosine for a paraphrase or translation across reports.
        paraphrase_threshold: cosine for an indirect rendering next to its direct quote in one article.
        paraphrase_overlap: share of content words, as the alternative evidence for that pair.
        paraphrase_reach: how far apart (characters) that pair may be in the article.
        all_pairs_up_to: a speaker with more quotes compares cluster representatives only.
    """

    window_days: int = 7
    minhash: MinHashParams = field(default_factory=MinHashParams)
    minhash_threshold: float = 0.5
    containment_min_words: int = 4
    embed: bool = True
    embed_threshold: float = 0.66
    paraphrase_threshold: float = 0.45
    paraphrase_overlap: float = 0.4
    paraphrase_reach: int = 1500
    all_pairs_up_to: int = 2500


class _Clusters:
    """Union-find whose unions respect verification across whole clusters."""

    def __init__(self, feats: list[Features]) -> None:
        self.parent = list(range(len(feats)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(feats))}
        self.feats = feats

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        for i in self.members[ra]:
            for j in self.members[rb]:
                if not compatible(self.feats[i], self.feats[j])[0]:
                    return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        return True


def _contained(short: list[str], long: list[str]) -> bool:
    n = len(short)
    if n == 0 or n > len(long):
        return False
    first = short[0]
    return any(long[i] == first and long[i : i + n] == short for i in range(len(long) - n + 1))


def _in_window(a: LinkItem, b: LinkItem, days: int) -> bool:
    return a.day is None or b.day is None or abs(a.day - b.day) <= days


def link_block(
    items: Sequence[LinkItem], options: LinkOptions | None = None, embedder: Embedder | None = None
) -> list[int]:
    """Cluster one speaker's quotes into statements.

    Args:
        items: the quotes (any order).
        options: linking settings.
        embedder: returns unit vectors for items (cached by the caller); None skips embeddings.

    Returns:
        For each item (in the order given), the index of its cluster's first item in ``items``
        (the representative: earliest report, then smallest id).
    """
    options = options or LinkOptions()
    n = len(items)
    if n == 0:
        return []
    order = sorted(range(n), key=lambda i: items[i].quote_id)
    its = [items[i] for i in order]
    words = [tokens(it.text) for it in its]
    feats = [features(it.text, it.language) for it in its]
    pairs: list[tuple[float, int, int]] = []

    def consider(strength: float, i: int, j: int) -> None:
        if i == j or not _in_window(its[i], its[j], options.window_days):
            return
        if compatible(feats[i], feats[j])[0]:
            pairs.append((strength, min(i, j), max(i, j)))

    # 1. equal wording, and partial quotes inside longer ones
    by_norm: dict[str, list[int]] = {}
    for i, it in enumerate(its):
        by_norm.setdefault(normalize(it.text), []).append(i)
    for group in by_norm.values():
        for i in group[1:]:
            consider(3.0, group[0], i)
    if n <= options.all_pairs_up_to:
        long_enough = [i for i in range(n) if len(words[i]) >= options.containment_min_words]
        for i in long_enough:
            for j in range(n):
                if i != j and len(words[j]) > len(words[i]) and _contained(words[i], words[j]):
                    consider(2.5, i, j)
    # 2. near-duplicates by MinHash (LSH candidates)
    if n > 1:
        from datasketch import MinHashLSH

        params = options.minhash
        sigs = [signature(w, params) for w in words]
        lsh = MinHashLSH(threshold=options.minhash_threshold, num_perm=params.num_perm)
        from datasketch import LeanMinHash

        for i, sig in enumerate(sigs):
            lean = LeanMinHash(seed=params.seed, hashvalues=sig, scheme=params.scheme)
            for key in lsh.query(lean):
                j = int(key)
                sim = jaccard(sig, sigs[j])
                if sim >= options.minhash_threshold:
                    consider(2.0 + sim, j, i)
            lsh.insert(str(i), lean)
    # 3. paraphrases and translations by multilingual embeddings
    if options.embed and embedder is not None and n > 1:
        _semantic_pairs(its, words, options, embedder, consider, feats)
    clusters = _Clusters(feats)
    for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        clusters.union(i, j)
    # representative: earliest report, then smallest id (stable as later reports join)
    rep: dict[int, int] = {}
    for i in range(n):
        root = clusters.find(i)
        best = rep.get(root)
        if best is None or (its[i].when or "~", its[i].quote_id) < (its[best].when or "~", its[best].quote_id):
            rep[root] = i
    result = [0] * n
    for sorted_index, original in enumerate(order):
        result[original] = order[rep[clusters.find(sorted_index)]]
    return result


def _semantic_pairs(
    its: list[LinkItem],
    words: list[list[str]],
    options: LinkOptions,
    embedder: Embedder,
    consider: Callable[[float, int, int], None],
    feats: list[Features],
) -> None:
    n = len(its)
    if n > options.all_pairs_up_to:
        return  # the scale path (link_corpus) compares cluster representatives instead
    vectors = embedder(its)
    sims = vectors @ vectors.T
    neighbours = _adjacent_in_article(its)
    for i in range(n):
        for j in range(i + 1, n):
            s = float(sims[i, j])
            if s >= options.embed_threshold:
                consider(1.0 + s, i, j)
            elif (i, j) in neighbours and _paraphrase_next_to_quote(its[i], its[j], words[i], words[j], s, options):
                consider(0.5 + s, i, j)


def _adjacent_in_article(its: list[LinkItem]) -> set[tuple[int, int]]:
    """Pairs of this speaker's quotes that follow each other in one article (i < j)."""
    by_article: dict[str, list[int]] = {}
    for i, it in enumerate(its):
        by_article.setdefault(it.article_id, []).append(i)
    out = set()
    for members in by_article.values():
        members.sort(key=lambda i: its[i].position)
        for a, b in itertools.pairwise(members):
            out.add((min(a, b), max(a, b)))
    return out


def _paraphrase_next_to_quote(
    a: LinkItem, b: LinkItem, wa: list[str], wb: list[str], sim: float, options: LinkOptions
) -> bool:
    """An indirect rendering and the direct quote it summarises, close together in one article."""
    if a.article_id != b.article_id or abs(a.position - b.position) > options.paraphrase_reach:
        return False
    kinds = {a.kind, b.kind}
    if "direct" not in kinds or kinds == {"direct"}:
        return False
    if sim >= options.paraphrase_threshold:
        return True
    ca, cb = content_words(wa), content_words(wb)
    small = min(len(ca), len(cb))
    return small >= 3 and len(ca & cb) / small >= options.paraphrase_overlap


def statement_id(first_quote_id: str) -> str:
    """The id of the statement whose earliest report is ``first_quote_id``."""
    return "s" + hashlib.sha1(first_quote_id.encode()).hexdigest()[:15]
