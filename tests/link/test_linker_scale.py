"""The linking of a large block stays linear: counted, never timed."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from onrecord.link import LinkItem, LinkOptions, LinkStats, link_block, linker
from onrecord.link.features import compatible, content_words, features, tokens

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
from big_block import speaker_block


def _bag_of_words(items: Sequence[LinkItem]) -> np.ndarray:
    """A stand-in for the model: a random vector per word, summed and normalised, so wordings
    that share words come close (what the index must find)."""
    out = np.zeros((len(items), 256), dtype=np.float32)
    for row, item in enumerate(items):
        for word in content_words(tokens(item.text)):
            seed = int.from_bytes(hashlib.sha1(word.encode()).digest()[:4], "little")
            out[row] += np.random.default_rng(seed).standard_normal(256).astype(np.float32)
        out[row] /= max(float(np.linalg.norm(out[row])), 1e-9)
    return out


@pytest.mark.parametrize("repetitive", [False, True])
def test_work_grows_linearly_with_the_block(monkeypatch: pytest.MonkeyPatch, repetitive: bool) -> None:
    monkeypatch.setattr(linker, "_EXACT_VIEWS", 64)  # the index from small blocks on
    counts = []
    for n in (150, 600):
        items, _ = speaker_block(n, repetitive)
        stats = LinkStats()
        link_block(items, LinkOptions(), _bag_of_words, stats)
        counts.append(stats)
    small, large = counts
    # four times the quotes: about four times the work (all pairs would be sixteen times)
    for name in ("candidates", "close_pairs", "checks"):
        assert getattr(large, name) <= 6 * max(getattr(small, name), 50), name
    assert large.close_pairs <= 600 * linker._NEIGHBOURS


def test_the_index_finds_the_close_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    items, _ = speaker_block(400, repetitive=True)
    views = [(i, 0, it.text) for i, it in enumerate(items)]
    vectors = _bag_of_words(items)
    options = LinkOptions()
    exact = linker._close_pairs(items, views, vectors, options, 0.8)
    monkeypatch.setattr(linker, "_EXACT_VIEWS", 64)
    indexed = linker._close_pairs(items, views, vectors, options, 0.8)
    assert exact and set(indexed) <= set(exact)
    # each item keeps its nearest ones: every item with a close partner still has one
    linked = {i for pair in exact for i in pair}
    assert len({i for pair in indexed for i in pair}) >= 0.95 * len(linked)


_WORDINGS = [
    "We will raise the tax on fuel by 5% next year.",
    "We will raise the tax on fuel by 7% next year.",
    "We will not raise the tax on fuel next year.",
    "We may raise the tax on fuel next year.",
    "We will raise the tax on fuel next year.",
    "raise the tax on fuel",
    "We will hold talks with France on the tax on fuel next year.",
    "We will hold talks with Germany on the tax on fuel next year.",
    "Wir werden die Steuer auf Kraftstoff nicht erhöhen.",
    "The tax on fuel will rise by 5%.",
]


@pytest.mark.parametrize("seed", range(8))
def test_merges_checked_by_summaries_answer_as_every_pair_would(seed: int) -> None:
    rng = np.random.default_rng(seed)
    feats = [features(w, "de" if w.startswith("Wir") else "en") for w in _WORDINGS]
    clusters = linker._Clusters(feats, [None] * len(feats))
    members = {i: {i} for i in range(len(feats))}
    for _ in range(30):
        a, b = (int(x) for x in rng.choice(len(feats), size=2, replace=False))
        ra, rb = clusters.find(a), clusters.find(b)
        ma, mb = members[ra], members[rb]
        expected = ra == rb or all(
            compatible(feats[i], feats[j])[0]
            for i in ma
            for j in mb
            if feats[i].language == feats[j].language or {i, j} == {a, b}
        )
        assert clusters.union(a, b) == expected
        root = clusters.find(a)
        members[root] = ma | mb if expected else members[root]
