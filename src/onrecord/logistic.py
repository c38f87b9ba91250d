"""Logistic regression: the one scorer behind onrecord's learned gates and rankers.

Every learned component (the tagger's gate, the day and channel gates, the link pair scorers,
the speaker-pair scorer, the orphan-cue ranker) is a logistic regression over named features,
fitted by :func:`fit_logistic` and scored by :func:`probability`; :class:`Gate` holds one with its
threshold and reads and writes the JSON form most of them ship as package data. The module
imports nothing from onrecord, so any package may use it without an import cycle.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Gate", "fit_logistic", "probability"]


def probability(names: Sequence[str], weights: Sequence[float], bias: float, features: Mapping[str, float]) -> float:
    """The logistic of ``bias`` plus the weighted features (names missing from ``features`` count 0).

    Args:
        names: the feature names, in weight order.
        weights: one weight per name.
        bias: the intercept.
        features: the example's feature values by name.

    Returns:
        A probability in (0, 1); the linear score is clipped to [-50, 50] first.
    """
    z = bias + sum(w * float(features.get(n, 0.0)) for n, w in zip(names, weights, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


@dataclass(frozen=True, slots=True)
class Gate:
    """A logistic regression over named features.

    Attributes:
        names: the feature names, in weight order.
        weights: one weight per name.
        bias: the intercept.
        threshold: an example is kept when its probability is at least this.
        scopes: a threshold per extraction scope (``statements``, ``attributions``), in place of
            ``threshold`` there; when given, the gate serves only these scopes.
        meta: where the weights come from (training files, licence, figures).
    """

    names: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float = 0.5
    scopes: dict[str, float] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)

    def probability(self, features: Mapping[str, float]) -> float:
        """The probability that an example with these features is a positive one (unknown names count 0)."""
        return probability(self.names, self.weights, self.bias, features)

    def serves(self, scope: str) -> bool:
        """Whether the gate decides in ``scope``: it does in every scope when it has no threshold
        per scope, else only in those it has one for (the others keep the hybrid's guards)."""
        return not self.scopes or scope in self.scopes

    def keeps(self, features: Mapping[str, float], scope: str | None = None) -> bool:
        """Whether the gate keeps an example with these features (in ``scope``, when given)."""
        return self.probability(features) >= self.scopes.get(scope or "", self.threshold)

    def to_dict(self) -> dict[str, Any]:
        """The gate as its JSON file stores it (rounded, so the file is reproducible)."""
        return {
            "threshold": round(self.threshold, 4),
            "scopes": {k: round(v, 4) for k, v in sorted(self.scopes.items())},
            "bias": round(self.bias, 6),
            "weights": {n: round(w, 6) for n, w in zip(self.names, self.weights, strict=True)},
            "meta": self.meta,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Gate:
        """Read a gate from its JSON form."""
        weights = dict(data["weights"])
        return cls(
            tuple(weights),
            tuple(float(w) for w in weights.values()),
            float(data["bias"]),
            float(data.get("threshold", 0.5)),
            {str(k): float(v) for k, v in (data.get("scopes") or {}).items()},
            dict(data.get("meta") or {}),
        )


def fit_logistic(
    rows: Sequence[Mapping[str, float]],
    labels: Sequence[int],
    names: Sequence[str],
    l2: float = 1.0,
    iterations: int = 300,
) -> tuple[tuple[float, ...], float]:
    """Fit an L2-regularised logistic regression by Newton's method (deterministic).

    Args:
        rows: one feature mapping per example (missing names count 0).
        labels: 1 for a positive example, 0 for a negative one.
        names: the features to use, in weight order.
        l2: the penalty on the weights (not on the intercept).
        iterations: at most this many Newton steps.

    Returns:
        The weights (in ``names`` order) and the intercept.
    """
    import numpy as np

    x = np.array([[float(r.get(n, 0.0)) for n in names] for r in rows], dtype=float)
    x = np.hstack([x, np.ones((len(rows), 1))])
    y = np.array(labels, dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 1e-6
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -50, 50)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-9:
            break
    return tuple(float(v) for v in w[:-1]), float(w[-1])
