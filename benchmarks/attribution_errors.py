"""Count channel (``via``) and day (``said_on``) errors by kind over saved ``eval linking -v`` outputs.

Usage::

    python benchmarks/attribution_errors.py DIR [SETS]

``DIR`` holds one ``N.txt`` per held-out set (the output of ``onrecord eval linking --data SET -v``);
``SETS`` is ``1-84`` by default (development only: never point it at the validation sets' error
lines). The gold of each set (``tests/data/linking_heldout*/events/*.json``) gives each article's own
outlet, so a false channel can be told apart as the article's own outlet or another name.

Kinds counted:

* via missing (gold channel, none found), by the gold channel's kind (outlet, wire, platform, person);
* via false (a channel where gold has none), by the found channel's kind and whether it is the
  article's own outlet;
* via wrong (another channel), by the pair of kinds;
* said_on false (a day where gold has none), wrong (another day) by the source that gave it;
  missing (gold day, none found).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1] / "tests" / "data"
_VIA = re.compile(r"^via: (?P<art>[^:]+): (?P<q>.*): (?P<found>None|'.*'|\".*\") for (?P<gold>None|'.*'|\".*\")$")
_KIND = re.compile(
    r"^via_kind: (?P<art>[^:]+): (?P<q>.*): (?P<found>None|'\w+') for (?P<gold>None|'\w+') \(via (?P<via>.*)\)$"
)
_DAY = re.compile(
    r"^said_on: (?P<art>[^:]+): .*: (?P<found>None|'[\d-]+') for (?P<gold>None|'[\d-]+')(?: \((?P<src>\w+)\))?$"
)


def _folder(number: int) -> Path:
    return _ROOT / ("linking_heldout" if number == 1 else f"linking_heldout{number}")


def _outlets(number: int) -> dict[str, str]:
    outlets: dict[str, str] = {}
    for path in sorted((_folder(number) / "events").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for name, meta in (data.get("articles") or {}).items():
            outlets[name] = str(meta.get("outlet") or "")
    return outlets


def _value(text: str) -> str | None:
    return None if text == "None" else text[1:-1]


def count(lines: list[str], outlets: dict[str, str], table: Counter[str]) -> None:
    """Add the kinds of the via and said_on error lines of one set's eval output to ``table``."""
    kinds: dict[tuple[str, str], tuple[str | None, str | None]] = {}
    for line in lines:
        m = _KIND.match(line)
        if m:
            kinds[(m["art"], m["q"])] = (_value(m["found"]), _value(m["gold"]))
    for line in lines:
        m = _VIA.match(line)
        if m:
            found, gold = _value(m["found"]), _value(m["gold"])
            fkind, gkind = kinds.get((m["art"], m["q"]), (None, None))
            own = found is not None and found.casefold() == outlets.get(m["art"], "").casefold()
            if found is None:
                table[f"via missing  gold-kind={gkind}"] += 1
            elif gold is None:
                table[f"via false    kind={fkind} own_outlet={own}"] += 1
            else:
                table[f"via wrong    {fkind}->{gkind}"] += 1
            continue
        m = _DAY.match(line)
        if m:
            if m["found"] == "None":
                table["day missing"] += 1
            elif m["gold"] == "None":
                table[f"day false    source={m['src']}"] += 1
            else:
                table[f"day wrong    source={m['src']}"] += 1


def main(argv: list[str]) -> int:
    """Print the table of error kinds over the sets asked for."""
    out = Path(argv[1])
    lo, _, hi = (argv[2] if len(argv) > 2 else "1-84").partition("-")
    table: Counter[str] = Counter()
    for number in range(int(lo), int(hi or lo) + 1):
        path = out / f"{number}.txt"
        if path.exists():
            count(path.read_text(encoding="utf-8").splitlines(), _outlets(number), table)
    for key, n in sorted(table.items()):
        print(f"{n:6d}  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
