"""The held-out sets the learned components are trained and checked on: where they are, which ones train.

Every trainer beside the rules (the day and channel gates, the link pair scorers, the
speaker-pair scorer, the orphan-cue ranker) fits its weights on the development sets and never
reads the validation sets after them; they share these helpers so that the two stay one split.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["DEVELOPMENT", "VALIDATION", "parse_sets", "set_folder"]

DEVELOPMENT = (*range(1, 85), *range(95, 103))
"""The development sets (1-84 and 95-102): the learned components are fitted on these only."""

VALIDATION = range(85, 95)
"""The validation sets (85-94): scored, never read, never trained on."""


def set_folder(root: Path, number: int) -> Path:
    """The folder of held-out set ``number`` under ``root`` (set 1 is ``linking_heldout``)."""
    return root / ("linking_heldout" if number == 1 else f"linking_heldout{number}")


def parse_sets(spec: str) -> list[int]:
    """Set numbers from ``"1-84"`` or ``"1,3,5-9"`` (spaces around the parts allowed), in the order given.

    Raises:
        ValueError: a part that is not a number or a range of numbers.
    """
    out: list[int] = []
    for part in spec.split(","):
        lo, _, hi = part.strip().partition("-")
        out.extend(range(int(lo), int(hi or lo) + 1))
    return out
