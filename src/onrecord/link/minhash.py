"""MinHash over word shingles (datasketch), with a fixed seed so signatures are reproducible.

The parameters (seed, permutations, shingle size) are stored with the archive; a signature made
today compares with one made last year.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["MinHashParams", "band_hashes", "jaccard", "shingles", "signature", "signatures"]


@dataclass(frozen=True, slots=True)
class MinHashParams:
    """MinHash settings: permutations, seed, shingle size, and LSH bands for candidate search."""

    num_perm: int = 64
    seed: int = 20251211
    shingle: int = 3
    bands: int = 16
    scheme: str = "affine32"

    def to_dict(self) -> dict[str, int | str]:
        """The parameters as stored with the archive."""
        return {
            "num_perm": self.num_perm,
            "seed": self.seed,
            "shingle": self.shingle,
            "bands": self.bands,
            "scheme": self.scheme,
        }


def shingles(words: Sequence[str], size: int) -> list[bytes]:
    """Word n-grams of ``words`` (the whole text when it is shorter than ``size``)."""
    if len(words) < size:
        return [" ".join(words).encode()] if words else []
    return [" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)]


def signature(words: Sequence[str], params: MinHashParams) -> np.ndarray:
    """The MinHash signature (uint64 array) of a text given as words."""
    from datasketch import MinHash

    m = MinHash(num_perm=params.num_perm, seed=params.seed, scheme=params.scheme)
    grams = shingles(words, params.shingle)
    if grams:
        m.update_batch(grams)
    return np.asarray(m.hashvalues, dtype=np.uint64)


def signatures(texts: Iterable[Sequence[str]], params: MinHashParams) -> np.ndarray:
    """Signatures of many texts, one row each (the permutations are set up once)."""
    from datasketch import MinHash

    batches = [shingles(words, params.shingle) for words in texts]
    if not batches:
        return np.zeros((0, params.num_perm), dtype=np.uint64)
    found = MinHash.bulk(batches, num_perm=params.num_perm, seed=params.seed, scheme=params.scheme)
    return np.vstack([np.asarray(m.hashvalues, dtype=np.uint64) for m in found])


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.mean(a == b))


def band_hashes(sig: np.ndarray, params: MinHashParams) -> list[str]:
    """One key per LSH band: texts sharing a key are candidates (``band:hex``)."""
    rows = params.num_perm // params.bands
    out = []
    for band in range(params.bands):
        chunk = sig[band * rows : (band + 1) * rows]
        out.append(f"{band}:{hashlib.blake2b(chunk.tobytes(), digest_size=8).hexdigest()}")
    return out
