"""Print records as a table, JSON, JSON Lines or CSV: the formatting every command shares."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

__all__ = ["FORMATS", "Column", "flatten", "write_records"]

FORMATS = ("table", "json", "jsonl", "csv")


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: its header, the dotted key it shows, and how wide it may grow."""

    header: str
    key: str
    max_width: int | None = None


def _get(record: dict[str, Any], dotted: str) -> Any:
    value: Any = record
    for part in dotted.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Flatten nested dicts into dotted keys; lists become JSON strings (for CSV)."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, name + "."))
        elif isinstance(value, (list, tuple)):
            flat[name] = json.dumps(value, ensure_ascii=False)
        else:
            flat[name] = value
    return flat


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value).replace("\n", " ")


def write_records(
    records: Iterable[dict[str, Any]],
    fmt: str,
    out: TextIO,
    columns: Sequence[Column] = (),
    title: str | None = None,
) -> int:
    """Write ``records`` to ``out`` in ``fmt`` and return how many were written.

    ``table`` shows ``columns`` (rich, wrapped to the terminal); ``csv`` writes every flattened
    field; ``json`` writes one array; ``jsonl`` one object per line.
    """
    count = 0
    if fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        return count
    rows = list(records)
    count = len(rows)
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        flat = [flatten(r) for r in rows]
        fields: list[str] = []
        for row in flat:
            fields.extend(k for k in row if k not in fields)
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, show_lines=False, header_style="bold")
        for col in columns:
            table.add_column(col.header, max_width=col.max_width, overflow="fold")
        for row in rows:
            table.add_row(*(_cell(_get(row, col.key)) for col in columns))
        buffer = io.StringIO()
        width = None if getattr(out, "isatty", lambda: False)() else 160
        Console(file=buffer, width=width, force_terminal=False, no_color=True).print(table)
        out.write(buffer.getvalue())
    return count
