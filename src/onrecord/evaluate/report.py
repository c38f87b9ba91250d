"""Printing evaluation results as a short table or JSON."""

from __future__ import annotations

import json
from typing import Any, TextIO

__all__ = ["print_comparison", "print_report"]


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


_COLUMNS = (
    ("MATCH@0.5 P", ("match@0.5", "precision")),
    ("R", ("match@0.5", "recall")),
    ("F1", ("match@0.5", "f1")),
    ("EXACT F1", ("exact", "f1")),
    ("END-TO-END F1", ("end_to_end", "f1")),
    ("SOURCE acc", ("source_accuracy", None)),
    ("articles/s", ("articles_per_s", None)),
)


def print_comparison(title: str, systems: dict[str, dict[str, Any]], out: TextIO, as_json: bool = False) -> None:
    """Write the figures of several systems (rules, tagger, hybrid) side by side, one row each."""
    if as_json:
        out.write(json.dumps({"evaluation": title, **systems}, indent=2) + "\n")
        return
    out.write(f"{title}\n")
    header = f"  {'system':<8} {'model':<12} " + " ".join(f"{name:>13}" for name, _ in _COLUMNS)
    out.write(header + "\n")
    for system, figures in systems.items():
        cells = []
        for _, (key, sub) in _COLUMNS:
            value = figures.get(key)
            if sub is not None and isinstance(value, dict):
                value = value.get(sub)
            cells.append(f"{_fmt(value):>13}")
        model = str(figures.get("model", ""))
        model = model if len(model) <= 12 else "…" + model[-11:]
        out.write(f"  {system:<8} {model:<12} " + " ".join(cells) + "\n")
