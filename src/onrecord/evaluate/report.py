"""Printing evaluation results as a short table or JSON."""

from __future__ import annotations

import json
from typing import Any, TextIO

__all__ = ["print_report"]


def _fmt(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def print_report(title: str, figures: dict[str, Any], out: TextIO, as_json: bool = False) -> None:
    """Write ``figures`` (nested dicts of numbers) under ``title``."""
    if as_json:
        out.write(json.dumps({"evaluation": title, **figures}, indent=2) + "\n")
        return
    out.write(f"{title}\n")
    for key, value in figures.items():
        if isinstance(value, dict):
            parts = "  ".join(f"{k} {_fmt(v)}" for k, v in value.items())
            out.write(f"  {key:<24} {parts}\n")
        else:
            out.write(f"  {key:<24} {_fmt(value)}\n")
