"""Which tagger extraction uses: the shipped model, another model folder, or none (rules alone).

The choice, first that applies: an explicit name (``--model``, ``ExtractOptions.model``), the
``ONRECORD_MODEL`` environment variable, then :data:`DEFAULT_MODEL`. A name is ``rules`` (no
tagger), ``shipped`` (the model inside the package, trained on onrecord's CC0 attribution corpus)
or the path of a model folder written by ``onrecord train``. A model is loaded once per process.
"""

from __future__ import annotations

import os
from pathlib import Path

from onrecord.tagger.model import Tagger, load

__all__ = ["DEFAULT_MODEL", "ENV_VAR", "RULES", "SHIPPED", "SHIPPED_PATH", "model_name", "resolve_model"]

RULES = "rules"
SHIPPED = "shipped"
ENV_VAR = "ONRECORD_MODEL"
SHIPPED_PATH = Path(__file__).parent / "models" / "cc0"
"""The shipped model folder (package data; CC0 training data, see its README.md)."""

DEFAULT_MODEL = SHIPPED
"""What extraction uses when neither ``--model`` nor ``ONRECORD_MODEL`` says: the hybrid with the
shipped model, better than the rules alone on PolNeAR dev END-TO-END (0.515 against 0.506) with
the seeds and the linking set unchanged (see the README for every figure)."""


def model_name(name: str | None = None) -> str:
    """The model that ``name`` selects once the environment and the default are applied.

    Args:
        name: ``rules``, ``shipped``, a model folder, or ``None`` for the default.

    Returns:
        ``rules``, ``shipped`` or a folder path, as given.
    """
    chosen = name or os.environ.get(ENV_VAR) or DEFAULT_MODEL
    return chosen.strip() or DEFAULT_MODEL


def resolve_model(name: str | None = None) -> Tagger | None:
    """Load the tagger ``name`` selects (once per process), or ``None`` for the rules alone.

    Args:
        name: ``rules``, ``shipped``, a model folder, or ``None`` for the default.

    Returns:
        The tagger, or ``None`` when the rules work alone.

    Raises:
        ConfigError: the folder does not hold a model written by ``onrecord train``.
    """
    chosen = model_name(name)
    if chosen == RULES:
        return None
    return load(SHIPPED_PATH if chosen == SHIPPED else Path(chosen))
