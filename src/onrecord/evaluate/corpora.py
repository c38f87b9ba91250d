"""Evaluation data: where it is, and how to read PolNeAR and the seeds' gold."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from onrecord.errors import EvaluationError
from onrecord.evaluate.scoring import Attribution

__all__ = ["PolnearDoc", "find_shared", "load_polnear", "load_seed_gold"]


def find_shared(*parts: str) -> Path | None:
    """Find a path under the shared data folder: ``$ONRECORD_SHARED``, else ``../shared`` next to
    the working directory or to the source checkout."""
    candidates = []
    if os.environ.get("ONRECORD_SHARED"):
        candidates.append(Path(os.environ["ONRECORD_SHARED"]))
    here = Path(__file__).resolve()
    candidates += [Path.cwd() / ".." / "shared", Path.cwd() / "shared"]
    candidates += [p / ".." / "shared" for p in here.parents[:5]]
    for base in candidates:
        path = base.joinpath(*parts)
        if path.exists():
            return path.resolve()
    return None


@dataclass(frozen=True, slots=True)
class PolnearDoc:
    """One PolNeAR article with its gold attributions."""

    id: str
    text: str
    published: str | None
    gold: tuple[Attribution, ...]


def _span(spans: list[dict[str, Any]]) -> tuple[int, int] | None:
    if not spans:
        return None
    return min(s["start"] for s in spans), max(s["end"] for s in spans)


def load_polnear(split: str, data: str | Path | None = None) -> Iterator[PolnearDoc]:
    """Read one split (``train``, ``dev`` or ``test``) of the PolNeAR JSONL conversion.

    Raises:
        EvaluationError: the data folder or the split file is missing or malformed.
    """
    folder = Path(data) if data else find_shared("data", "polnear")
    if folder is None:
        raise EvaluationError("PolNeAR data not found: pass --data DIR (the folder with dev.jsonl)")
    path = folder / f"{split}.jsonl"
    if not path.is_file():
        raise EvaluationError(f"{path}: no such file (splits: train, dev, test)")
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            try:
                record = json.loads(line)
                gold = []
                for a in record["attributions"]:
                    content = _span(a["content"])
                    if content is None:
                        continue
                    gold.append(
                        Attribution(
                            content[0],
                            content[1],
                            tuple((s["start"], s["end"]) for s in a["source"]),
                            tuple((s["start"], s["end"]) for s in a["cue"]),
                        )
                    )
                meta = record.get("meta") or {}
                yield PolnearDoc(record["id"], record["text"], meta.get("publication_date"), tuple(gold))
            except (KeyError, TypeError, ValueError) as exc:
                raise EvaluationError(f"{path}, line {number}: not a PolNeAR record ({exc})") from None


def load_seed_gold(path: str | Path | None = None) -> tuple[Path, dict[str, Any]]:
    """Read ``seeds/gold.json``; return the seeds folder and the gold.

    Raises:
        EvaluationError: the file is missing or malformed.
    """
    gold_path = Path(path) if path else find_shared("seeds", "gold.json")
    if gold_path is not None and gold_path.is_dir():
        gold_path = gold_path / "gold.json"
    if gold_path is None or not gold_path.is_file():
        raise EvaluationError("seeds gold not found: pass --data DIR (the folder with gold.json)")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        _ = gold["quotes"], gold["speakers"], gold["articles"]
    except (OSError, ValueError, KeyError) as exc:
        raise EvaluationError(f"{gold_path}: not a seeds gold file ({exc})") from None
    return gold_path.parent, gold
