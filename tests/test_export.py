"""``onrecord export``: every kind in every format, with the listing filters."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import jsonschema
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from onrecord.archive import Archive
from onrecord.cli import main
from onrecord.errors import ConfigError
from onrecord.export import ExportFilter, export
from tests.conftest import DATA

QUOTE_SCHEMA = json.loads((DATA / "quote.schema.json").read_text())
LD_TYPE = {"quotes": "Quotation", "statements": "Quotation", "speakers": "Person", "articles": "NewsArticle"}


def _count(archive: Archive, what: str) -> int:
    return {
        "quotes": archive.count_quotes(),
        "statements": len(archive.statements()),
        "speakers": len(archive.speakers()),
        "articles": archive.count_articles(),
    }[what]


def _read(path: Path, fmt: str) -> list[dict[str, object]]:
    if fmt == "parquet":
        table = pq.read_table(path)
        assert "null" not in str(table.schema)
        return table.to_pylist()
    if fmt == "csv":
        with path.open(newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["@context"] == "https://schema.org"
    graph: list[dict[str, object]] = document["@graph"]
    return graph


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl", "jsonld"])
@pytest.mark.parametrize("what", ["quotes", "statements", "speakers", "articles"])
def test_export_writes_every_record(web_db: Path, tmp_path: Path, fmt: str, what: str) -> None:
    out = tmp_path / f"out.{fmt}"
    with Archive(web_db, readonly=True) as archive:
        written = export(archive, what, fmt, out)
        expected = _count(archive, what)
    records = _read(out, fmt)
    assert written == len(records) == expected > 0
    if fmt == "jsonld":
        assert {r["@type"] for r in records} <= {LD_TYPE[what], "Organization"}
    if what == "quotes" and fmt == "jsonl":
        for record in records:
            jsonschema.validate(record, QUOTE_SCHEMA)
    if what == "statements" and fmt == "parquet":
        assert all(isinstance(r["variants"], list) and r["variants"] for r in records)


@pytest.mark.parametrize("what", ["quotes", "statements", "speakers", "articles"])
def test_parquet_has_a_column_for_every_field_any_record_has(web_db: Path, tmp_path: Path, what: str) -> None:
    with Archive(web_db, readonly=True) as archive:
        export(archive, what, "jsonl", tmp_path / "out.jsonl")
        export(archive, what, "parquet", tmp_path / "out.parquet")
    lines = _read(tmp_path / "out.jsonl", "jsonl")
    fields = {k for r in lines for k in r}
    assert set(pq.read_table(tmp_path / "out.parquet").schema.names) == fields
    if what == "quotes":
        assert "type" in fields


@pytest.mark.parametrize(
    ("what", "filters", "check"),
    [
        (
            "quotes",
            ExportFilter(speaker="Kowalczyk", kind="direct"),
            lambda r: r["speaker"]["name"] == "Marta Kowalczyk",
        ),
        ("quotes", ExportFilter(outlet="Northern Post"), lambda r: r["outlet"] == "Northern Post"),
        ("quotes", ExportFilter(type="speech"), lambda r: r["type"] == "speech"),
        ("statements", ExportFilter(min_outlets=3), lambda r: len(r["outlets"]) >= 3),
        ("articles", ExportFilter(since="2026-05-06"), lambda r: r["published"] >= "2026-05-06"),
        ("speakers", ExportFilter(kind="person"), lambda r: r["kind"] == "person"),
    ],
)
def test_export_filters(web_db: Path, tmp_path: Path, what: str, filters: ExportFilter, check: object) -> None:
    out = tmp_path / "out.jsonl"
    with Archive(web_db, readonly=True) as archive:
        assert export(archive, what, "jsonl", out, filters) > 0
    assert all(check(r) for r in _read(out, "jsonl"))  # type: ignore[operator]


@pytest.mark.parametrize(
    ("what", "fmt", "filters"),
    [
        ("speakers", "csv", ExportFilter(outlet="X")),
        ("articles", "csv", ExportFilter(speaker="X")),
        ("statements", "csv", ExportFilter(type="speech")),
        ("tweets", "csv", None),
        ("quotes", "xlsx", None),
    ],
)
def test_export_refuses_what_it_cannot_do(
    web_db: Path, tmp_path: Path, what: str, fmt: str, filters: ExportFilter | None
) -> None:
    with Archive(web_db, readonly=True) as archive, pytest.raises(ConfigError):
        export(archive, what, fmt, tmp_path / "x", filters)


def test_export_command(web_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "q.parquet"
    args = ["export", "--db", str(web_db), "--format", "parquet", "--what", "quotes", "--speaker", "Kowalczyk"]
    result = CliRunner().invoke(main, [*args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"{pq.read_table(out).num_rows} quotes written")
    bad = CliRunner().invoke(
        main, ["export", "--db", str(web_db), "--format", "csv", "--what", "speakers", "--outlet", "X", "-o", str(out)]
    )
    assert bad.exit_code == 2 and "--outlet" in bad.output
