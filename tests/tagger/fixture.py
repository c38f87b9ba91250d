"""A tiny invented training set, written by the tests: short wire-style articles with gold spans."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

_NAMES = ["Mara Osk", "Teodor Vinn", "the harbour authority", "Lise Amberg", "a council spokesman", "Pell Okafor"]
_CUES = ["said", "told reporters", "argued", "warned", "wrote", "said on Tuesday"]
_CONTENTS = [
    "the bridge would reopen in May",
    "the budget had been cut twice",
    "talks with the union were going well",
    "nobody had been told about the closure",
    "the ferry timetable would not change",
    "prices at the market had doubled",
]


def _article(n: int) -> dict[str, Any]:
    """Article ``n``: three attributions (indirect, direct, interrupted direct) and a plain sentence."""
    text = ""
    attributions = []

    def add(piece: str) -> tuple[int, int]:
        nonlocal text
        start = len(text)
        text += piece
        return start, len(text)

    def span(bounds: tuple[int, int]) -> dict[str, Any]:
        return {"start": bounds[0], "end": bounds[1], "text": text[bounds[0] : bounds[1]]}

    add(f"Town news {n}\n\n")
    for k in range(3):
        name = _NAMES[(n + k) % len(_NAMES)]
        cue = _CUES[(n + 2 * k) % len(_CUES)]
        content = _CONTENTS[(n + 3 * k) % len(_CONTENTS)]
        if k == 0:
            s = add(name[0].upper() + name[1:])
            add(" ")
            c = add(cue)
            add(" that ")
            q = [add(content)]
            add(". ")
        elif k == 1:
            q = [add(f'"{content[0].upper()}{content[1:]},"')]
            add(" ")
            s = add(name)
            add(" ")
            c = add(cue)
            add(". ")
        else:
            q = [add(f'"{content[0].upper()}{content[1:]},"')]
            add(" ")
            c = add(cue)
            add(" ")
            s = add(name)
            add(", ")
            q.append(add('"and that is final."'))
            add(" ")
        attributions.append(
            {"source": [span(s)], "cue": [span(c)], "content": [span(b) for b in q], "type": "speech", "attrs": {}}
        )
    add("The weather stayed mild all week.\n")
    return {"id": f"town-{n:02d}", "text": text, "attributions": attributions}


def write_fixture(folder: Path, articles: int = 10, licence: str | None = "CC0-1.0") -> Path:
    """Write ``articles`` invented articles to ``folder/town.jsonl`` (with ``meta.license`` unless None)."""
    path = folder / ("town.jsonl" if licence else "town-unlicensed.jsonl")
    with path.open("w", encoding="utf-8") as out:
        for n in range(articles):
            record = _article(n)
            if licence:
                record["meta"] = {"license": licence}
            else:
                record["id"] = "unlicensed-" + record["id"]
            out.write(json.dumps(record) + "\n")
    return path
