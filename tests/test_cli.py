from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from onrecord.cli import main
from tests.conftest import SEED_GOLD, SEEDS

SCHEMA = json.loads((Path(__file__).parent / "data" / "quote.schema.json").read_text())


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def db(tmp_path: Path, runner: CliRunner) -> str:
    path = str(tmp_path / "cli.db")
    result = runner.invoke(main, ["ingest", str(SEEDS), "--db", path])
    assert result.exit_code == 0, result.output
    return path


def test_ingest_reports_new_then_already_stored(runner: CliRunner, tmp_path: Path) -> None:
    path = str(tmp_path / "x.db")
    first = runner.invoke(main, ["ingest", str(SEEDS), "--db", path])
    assert first.exit_code == 0
    assert first.stdout.startswith("2 new, 0 already stored")
    again = runner.invoke(main, ["ingest", str(SEEDS), "--db", path])
    assert again.stdout.startswith("0 new, 2 already stored")


def test_ingest_with_bad_inputs_exits_1_and_names_them(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bad.jsonl").write_text('{"id": "ok", "text": "The minister said talks would resume."}\n{oops\n')
    result = runner.invoke(
        main,
        [
            "ingest",
            str(tmp_path / "empty.txt"),
            str(tmp_path / "bad.jsonl"),
            str(SEEDS),
            "--db",
            str(tmp_path / "x.db"),
        ],
    )
    assert result.exit_code == 1
    assert "3 new" in result.stdout
    assert f"skipped: {tmp_path / 'empty.txt'}: empty" in result.stderr
    assert f"skipped: {tmp_path / 'bad.jsonl'}, line 2: malformed JSON" in result.stderr
    assert "Traceback" not in result.output


def test_usage_errors_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    assert runner.invoke(main, ["ingest"]).exit_code == 2
    bad_format = runner.invoke(main, ["ingest", str(SEEDS), "--format", "pdf", "--db", str(tmp_path / "x.db")])
    assert bad_format.exit_code == 2 and "unknown --format" in bad_format.stderr
    bad_date = runner.invoke(main, ["articles", "--since", "yesterday-ish", "--db", str(tmp_path / "x.db")])
    assert bad_date.exit_code == 2 and "not a date" in bad_date.stderr
    assert runner.invoke(main, ["articles", "--format", "xml"]).exit_code == 2


def test_articles_jsonl_shows_the_seeds_clean(runner: CliRunner, db: str) -> None:
    result = runner.invoke(main, ["articles", "--db", db, "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    gold = json.loads(SEED_GOLD.read_text())["articles"]
    by_source = {Path(r["source"]).name: r for r in rows}
    assert set(by_source) == set(gold)
    for name, expected in gold.items():
        row = by_source[name]
        assert (row["title"], row["published"], row["outlet"]) == (
            expected["title"],
            expected["published"],
            expected["outlet"],
        )
        for junk in ("Being updated", "GMT 10.12.2025", "--IANS", "akl/as"):
            assert junk not in row["body"]


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_articles_formats(runner: CliRunner, db: str, fmt: str) -> None:
    result = runner.invoke(main, ["articles", "--db", db, "--format", fmt, "--outlet", "IANS"])
    assert result.exit_code == 0
    if fmt == "json":
        assert [r["outlet"] for r in json.loads(result.stdout)] == ["IANS"]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert [r["outlet"] for r in rows] == ["IANS"]
    else:
        assert "IANS" in result.stdout and "2025-12-11" in result.stdout


def test_show_article(runner: CliRunner, db: str) -> None:
    rows = json.loads(runner.invoke(main, ["articles", "--db", db, "--format", "json"]).stdout)
    article_id = rows[0]["id"]
    table = runner.invoke(main, ["show", article_id, "--db", db])
    assert table.exit_code == 0 and "[[" in table.stdout
    as_json = json.loads(runner.invoke(main, ["show", article_id, "--db", db, "--format", "json", "--raw"]).stdout)
    assert as_json["id"] == article_id and as_json["raw"] and as_json["quotes"]
    missing = runner.invoke(main, ["show", "nope", "--db", db])
    assert missing.exit_code == 1 and "no article with id 'nope'" in missing.stderr


def test_quotes_jsonl_is_schema_valid(runner: CliRunner, db: str) -> None:
    result = runner.invoke(main, ["quotes", "--db", db, "--format", "jsonl"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) > 20
    bodies = {
        r["id"]: r["body"] for r in json.loads(runner.invoke(main, ["articles", "--db", db, "--format", "json"]).stdout)
    }
    for record in records:
        jsonschema.validate(record, SCHEMA)
        assert bodies[record["article_id"]][record["start"] : record["end"]] == record["text"]


def test_quotes_filters(runner: CliRunner, db: str) -> None:
    out = runner.invoke(main, ["quotes", "--db", db, "--speaker", "Lavrov", "--format", "json"]).stdout
    assert {r["speaker"]["name"] for r in json.loads(out)} == {"Sergei Lavrov"}
    out = runner.invoke(main, ["quotes", "--db", db, "--text", "telephone call", "--format", "json"]).stdout
    assert [r["text"][:22] for r in json.loads(out)] == ["A telephone call is po"]
    out = runner.invoke(
        main, ["quotes", "--db", db, "--kind", "direct", "--since", "2025-12-11", "--format", "json"]
    ).stdout
    assert {r["kind"] for r in json.loads(out)} == {"direct"}


@pytest.mark.parametrize("kind", ["speech", "belief", "document", "other"])
def test_quotes_filter_on_the_attribution_type(runner: CliRunner, db: str, kind: str) -> None:
    every = json.loads(runner.invoke(main, ["quotes", "--db", db, "--format", "json"]).stdout)
    assert {r.get("type") for r in every} >= {"speech"}
    result = runner.invoke(main, ["quotes", "--db", db, "--type", kind, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [r for r in every if r.get("type") == kind]


def test_the_type_is_a_csv_column_and_a_checked_choice(runner: CliRunner, db: str) -> None:
    every = json.loads(runner.invoke(main, ["quotes", "--db", db, "--format", "json"]).stdout)
    rows = list(csv.DictReader(io.StringIO(runner.invoke(main, ["quotes", "--db", db, "--format", "csv"]).stdout)))
    assert [r["type"] for r in rows] == [r.get("type") or "" for r in every]
    assert runner.invoke(main, ["quotes", "--db", db, "--type", "sung"]).exit_code == 2


def test_extract_command_offsets_index_the_input(runner: CliRunner, tmp_path: Path) -> None:
    text = (SEEDS / "003_cb571a2e6f574d89.txt").read_text(encoding="utf-8")
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(json.dumps({"id": "seed-3", "text": text, "published": "2025-12-11"}) + "\n")
    for path, article_id in [(SEEDS / "003_cb571a2e6f574d89.txt", None), (jsonl, "seed-3")]:
        result = runner.invoke(main, ["extract", str(path)])
        assert result.exit_code == 0, result.output
        records = [json.loads(line) for line in result.stdout.splitlines()]
        assert records
        for record in records:
            jsonschema.validate(record, SCHEMA)
            assert text[record["start"] : record["end"]] == record["text"]
            if article_id:
                assert record["article_id"] == article_id


def test_extract_reports_bad_files(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(main, ["extract", str(tmp_path / "empty.txt"), str(SEEDS / "000_bdbef122728239ac.txt")])
    assert result.exit_code == 1
    assert "skipped:" in result.stderr and result.stdout.count("\n") > 5


def test_eval_seeds(runner: CliRunner) -> None:
    result = runner.invoke(main, ["eval", "seeds", "--data", str(SEED_GOLD.parent.parent / "seeds_bundle"), "--json"])
    assert result.exit_code == 1 and "seeds gold not found" in result.stderr


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_speakers_and_statements_listings(runner: CliRunner, db: str, fmt: str) -> None:
    speakers = runner.invoke(main, ["speakers", "--db", db, "--format", fmt])
    assert speakers.exit_code == 0 and "Dmitry Peskov" in speakers.stdout
    statements = runner.invoke(main, ["statements", "--db", db, "--speaker", "Peskov", "--format", fmt])
    assert statements.exit_code == 0 and "ceasefire" in statements.stdout


def test_speaker_and_statement_pages(runner: CliRunner, db: str) -> None:
    page = runner.invoke(main, ["speaker", "Peskov", "--db", db])
    assert page.exit_code == 0
    assert "Dmitry Peskov" in page.stdout and "kremlin spokesman" in page.stdout
    record = json.loads(
        runner.invoke(main, ["speaker", "the Kremlin spokesman", "--db", db, "--format", "json"]).stdout
    )[0]
    assert record["name"] == "Dmitry Peskov" and record["statements_list"]
    rows = json.loads(runner.invoke(main, ["statements", "--db", db, "--text", "ceasefire", "--format", "json"]).stdout)
    biggest = max(rows, key=lambda r: r["reports"])
    page = runner.invoke(main, ["statement", biggest["id"], "--db", db])
    assert page.exit_code == 0 and "first reported by" in page.stdout and "We are working on peace" in page.stdout
    quotes = json.loads(
        runner.invoke(main, ["quotes", "--db", db, "--statement", biggest["id"], "--format", "json"]).stdout
    )
    assert len(quotes) == len(biggest["variants"]) and {q["statement_id"] for q in quotes} == {biggest["id"]}
    assert runner.invoke(main, ["statement", "nope", "--db", db]).exit_code == 1
    assert runner.invoke(main, ["speaker", "Nobody", "--db", db]).exit_code == 1
    assert runner.invoke(main, ["relink", "--db", db]).stdout.strip().endswith("statements")


def test_ingest_on_the_dask_engine(runner: CliRunner, tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    result = runner.invoke(main, ["ingest", str(SEEDS), "--db", str(tmp_path / "d.db"), "--engine", "dask"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("2 new")


@pytest.mark.parametrize("debug", [False, True])
def test_a_failing_article_prints_one_skipped_line_and_a_traceback_only_with_debug(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, debug: bool
) -> None:
    import onrecord.store as store

    real = store.put_quotes

    def put_quotes(conn: object, article_id: str, quotes: object) -> None:
        if article_id == "b":
            raise RuntimeError("disk says no")
        real(conn, article_id, quotes)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "put_quotes", put_quotes)
    source = tmp_path / "two.jsonl"
    source.write_text(
        json.dumps({"id": "a", "text": "The minister said talks would resume."})
        + "\n"
        + json.dumps({"id": "b", "text": "The mayor said the bridge would reopen."})
        + "\n"
    )
    args = ["--debug"] if debug else []
    result = runner.invoke(main, [*args, "ingest", str(source), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert f"skipped: {source}, b: cannot be stored (RuntimeError: disk says no)" in result.stderr
    assert ("Traceback (most recent call last)" in result.stderr) is debug
    assert result.stdout.startswith("1 new, 0 already stored")


def test_a_reader_that_stops_reading_is_no_error(db: str) -> None:
    """`onrecord quotes ... | head -1`: the command ends quietly with exit code 0 when the reader
    has closed the pipe, and prints no "unexpected BrokenPipeError"."""
    import subprocess
    import sys

    script = (
        "import sys; from onrecord.cli import main; "
        f"sys.argv = ['onrecord', 'quotes', '--db', {db!r}, '--format', 'jsonl']; main()"
    )
    writer = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0
    )
    assert writer.stdout is not None and writer.stderr is not None
    writer.stdout.close()  # the reader has gone before the first record is written
    stderr = writer.stderr.read().decode()
    assert writer.wait(timeout=120) == 0, stderr
    assert "BrokenPipe" not in stderr and "error" not in stderr
