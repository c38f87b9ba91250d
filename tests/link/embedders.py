"""Embedders for linking tests: vectors built to a chosen cosine, no model loaded."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from onrecord.link.linker import LinkItem


def close_embedder(cosine: float) -> Callable[[Sequence[LinkItem]], np.ndarray]:
    """An embedder whose vectors have ``cosine`` for every two items."""

    def vectors(items: Sequence[LinkItem]) -> np.ndarray:
        out = np.zeros((len(items), 512), dtype=np.float32)
        for k in range(len(items)):
            out[k, 0] = cosine**0.5
            out[k, k + 1] = (1 - cosine) ** 0.5
        return out

    return vectors
