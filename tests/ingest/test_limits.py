"""Resource limits: oversized inputs are refused by name, streamed past, and the batch is kept."""

from __future__ import annotations

import gzip
import io
import json
import zlib
from pathlib import Path

import pytest

from onrecord.archive import Archive
from onrecord.errors import ConfigError, InputError
from onrecord.ingest import ReadLimits, read_paths
from onrecord.ingest.jsonl import _iter_lines
from onrecord.ingest.limits import count_elements, parse_size
from onrecord.pipeline import PipelineOptions

GOOD = "Talks resumed on {day}.\n\n\u201cWe are ready to sign today,\u201d union leader Ana Ruiz told reporters.\n"
PAGE = (
    "<html><head><title>Talks</title></head><body><article>"
    "<p>Talks between the port and the union resumed on {day}, officials said in the capital.</p>"
    "<p>\u201cWe are ready to sign today,\u201d union leader Ana Ruiz told reporters outside.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    ("text", "size"),
    [("5000000", 5_000_000), ("5MB", 5_000_000), ("500k", 500_000), ("2GiB", 2 * 1024**3), ("1.5 mb", 1_500_000)],
)
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "five", "-1", "0", "5 parsecs"])
def test_parse_size_refuses(text: str) -> None:
    with pytest.raises(ConfigError):
        parse_size(text)


def test_limits_must_be_positive() -> None:
    with pytest.raises(ConfigError, match="max_bytes must be a positive"):
        ReadLimits(max_bytes=0)


@pytest.mark.parametrize(
    ("html", "count"),
    [("<p>a</p>", 1), ("<!DOCTYPE html><html><body><p>a<br>b</p></body></html>", 4), ("<i>x</i>" * 1000, 1000)],
)
def test_count_elements(html: str, count: int) -> None:
    assert count_elements(html) == count


class _Recording(io.BytesIO):
    """A stream that remembers the largest piece a reader took from it at once."""

    largest = 0

    def readline(self, size: int | None = -1) -> bytes:
        line = super().readline(size)
        self.largest = max(self.largest, len(line))
        return line


def test_long_lines_are_streamed_past() -> None:
    data = b'{"text": "a"}\n' + b"x" * 5_000_000 + b"\n" + b'{"text": "b"}' + b"y" * 3_000
    stream = _Recording(data)
    lines = list(_iter_lines(stream, 1_000))
    assert [(n, line is None, size) for n, line, size in lines] == [
        (1, False, 14),
        (2, True, 5_000_001),
        (3, True, 3_013),
    ]
    assert stream.largest <= 1 << 20  # never the whole 5 MB line at once


def _gzip_bomb(megabytes: int) -> bytes:
    """Gzip of ``megabytes`` MiB of zeros, about 1 kB per MiB, built in milliseconds: after a full
    flush every MiB compresses to the same bytes, so one is repeated (the trailer's checksum is then
    wrong, which a reader that stops at its limit never sees)."""
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1 << 20)
    first = squeeze.compress(block) + squeeze.flush(zlib.Z_FULL_FLUSH)
    repeated = squeeze.compress(block) + squeeze.flush(zlib.Z_FULL_FLUSH)
    return first + repeated * (megabytes - 1) + squeeze.flush()


def _warc(path: Path, pages: list[tuple[str, bytes, list[tuple[str, str]]]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, payload, extra in pages:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8"), *extra], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers)
            writer.write_record(record)


def _batch(folder: Path) -> None:
    """Good inputs beside one oversized input of every kind (sizes for a 20 kB article limit)."""
    assert len(_gzip_bomb(16)) < 20_000  # only its inflated size is over the limit
    (folder / "a_good.txt").write_text(GOOD.format(day="Monday"), encoding="utf-8")
    (folder / "big.txt").write_text("The council met again. " * 5_000, encoding="utf-8")
    (folder / "b_page.html").write_text(PAGE.format(day="Tuesday"), encoding="utf-8")
    (folder / "elements.html").write_text("<html><body><p>Text.</p>" + "<b>" * 3_000 + "</body></html>")
    with (folder / "lines.jsonl").open("w", encoding="utf-8") as out:
        out.write(json.dumps({"id": "j1", "text": GOOD.format(day="Wednesday")}) + "\n")
        out.write(json.dumps({"id": "j2", "text": "word " * 50_000}) + "\n")
        out.write(json.dumps({"id": "j3", "text": GOOD.format(day="Thursday")}) + "\n")
    with gzip.open(folder / "more.jsonl.gz", "wt", encoding="utf-8") as gz:
        gz.write(json.dumps({"id": "g1", "text": "word " * 50_000}) + "\n")
        gz.write(json.dumps({"id": "g2", "text": GOOD.format(day="Friday")}) + "\n")
    feed = "<rss version='2.0'><channel><title>Ledger</title>"
    for guid, text in [("f1", "Short item that the mayor said was fine."), ("f2", "long " * 10_000)]:
        feed += f"<item><guid>{guid}</guid><description>{text}</description></item>"
    (folder / "feed.rss").write_text(feed + "</channel></rss>", encoding="utf-8")
    _warc(
        folder / "crawl.warc.gz",
        [
            ("https://x.example/1", PAGE.format(day="Saturday").encode(), []),
            ("https://x.example/bomb", _gzip_bomb(16), [("Content-Encoding", "gzip")]),  # 17 kB, 16 MiB inflated
            ("https://x.example/3", PAGE.format(day="Sunday").encode(), []),
            ("https://x.example/huge", b"<html><body>" + b" " * 300_000 + b"</body></html>", []),
            ("https://x.example/never", PAGE.format(day="Easter").encode(), []),
        ],
    )


def test_oversized_inputs_are_skipped_by_name_and_the_batch_kept(tmp_path: Path) -> None:
    _batch(tmp_path)
    limits = ReadLimits(max_bytes=20_000, max_file_bytes=200_000, max_elements=1_000, max_record_bytes=250_000)
    with Archive(":memory:", PipelineOptions(extract=False)) as archive:
        report = archive.ingest([str(tmp_path)], limits=limits)
        ids = {a.id for a in archive.articles()}
        days = sorted(
            day for a in archive.articles() for day in ("Monday", "Tuesday", "Saturday", "Sunday") if day in a.body
        )
    errors = sorted(str(e).replace(str(tmp_path) + "/", "") for e in report.errors)
    assert errors == [
        "big.txt: file of 115.0 kB is larger than the limit of 20.0 kB (raise it with --max-bytes)",
        "crawl.warc.gz, record 2: archived page is larger than the limit of 20.0 kB once decompressed "
        "(raise it with --max-bytes)",
        "crawl.warc.gz, record 4: record of 300.1 kB is larger than the limit of 250.0 kB "
        "(raise it with --max-record-bytes); rest of the file skipped",
        "elements.html: page has about 3,003 HTML elements, more than the limit of 1,000 "
        "(raise it with --max-elements)",
        "feed.rss, item 2: article of 50.0 kB is larger than the limit of 20.0 kB (raise it with --max-bytes)",
        "lines.jsonl, line 2: line of 250.0 kB is longer than the limit of 20.0 kB (raise it with --max-bytes)",
        "more.jsonl.gz, line 1: line of 250.0 kB is longer than the limit of 20.0 kB (raise it with --max-bytes)",
    ]
    assert {"j1", "j3", "g2", "f1"} <= ids
    assert days == ["Monday", "Saturday", "Sunday", "Tuesday"]
    assert report.new == 8


def test_file_parsed_whole_and_stdin_over_the_file_limit(tmp_path: Path) -> None:
    feed = tmp_path / "feed.rss"
    feed.write_text(
        "<rss version='2.0'><channel>" + "<item><description>x</description></item>" * 100 + "</channel></rss>"
    )
    stdin = io.BytesIO(b'{"text": "a"}\n' * 100)
    limits = ReadLimits(max_file_bytes=1_000)
    errors = [str(e) for e in read_paths([str(feed), "-"], stdin=stdin, limits=limits) if isinstance(e, InputError)]
    assert errors == [
        f"{feed}: file of 4.1 kB is larger than the limit of 1.0 kB (raise it with --max-file-bytes)",
        "<stdin>: more than 1.0 kB on standard input (raise it with --max-file-bytes, or name the file)",
    ]


def test_real_sizes_with_default_limits(tmp_path: Path) -> None:
    """A 50 MB text file, a page of a million elements, a 100 MB JSONL line, a WARC page that
    inflates to 1 GiB: refused in seconds, the good inputs beside them stored."""
    bomb = _gzip_bomb(1024)
    assert len(bomb) < 1_100_000
    _warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://x.example/bomb", bomb, [("Content-Encoding", "gzip")]),
            ("https://x.example/2", PAGE.format(day="Sunday").encode(), []),
        ],
    )
    (tmp_path / "a_good.txt").write_text(GOOD.format(day="Monday"), encoding="utf-8")
    with (tmp_path / "big.txt").open("w", encoding="utf-8") as out:
        paragraph = "The council met again and the mayor said the budget was balanced. " * 15 + "\n\n"
        for _ in range(50_000_000 // len(paragraph) + 1):
            out.write(paragraph)
    (tmp_path / "million.html").write_text("<html><body><p>Text.</p>" + "<b>" * 1_000_000 + "</body></html>")
    with (tmp_path / "lines.jsonl").open("w", encoding="utf-8") as out:
        out.write(json.dumps({"id": "j1", "text": GOOD.format(day="Tuesday")}) + "\n")
        out.write('{"id": "huge", "text": "' + "word " * 20_000_000 + '"}\n')
        out.write(json.dumps({"id": "j3", "text": GOOD.format(day="Wednesday")}) + "\n")
    with Archive(":memory:", PipelineOptions(extract=False)) as archive:
        report = archive.ingest([str(tmp_path)])
        ids = {a.id for a in archive.articles()}
    reasons = sorted((Path(e.source).name, e.location, e.reason.split(" (")[0]) for e in report.errors)
    assert reasons == [
        ("big.txt", None, "file of 50.0 MB is larger than the limit of 5.0 MB"),
        ("crawl.warc.gz", "record 1", "archived page is larger than the limit of 5.0 MB once decompressed"),
        ("lines.jsonl", "line 2", "line of 100.0 MB is longer than the limit of 5.0 MB"),
        ("million.html", None, "page has about 1,000,003 HTML elements, more than the limit of 100,000"),
    ]
    assert report.new == 4 and {"j1", "j3"} <= ids


@pytest.mark.parametrize(
    ("option", "value", "exit_code", "message"),
    [
        (
            "--max-bytes",
            "1k",
            1,
            "big.txt: file of 4.6 kB is larger than the limit of 1.0 kB (raise it with --max-bytes)",
        ),
        ("--max-bytes", "10kB", 0, "2 new, 0 already stored"),
        ("--max-bytes", "lots", 2, "not a size: 'lots'"),
        ("--max-elements", "0", 2, "max_elements must be a positive whole number"),
    ],
)
def test_cli_limits(tmp_path: Path, option: str, value: str, exit_code: int, message: str) -> None:
    from click.testing import CliRunner

    from onrecord.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text(GOOD.format(day="Monday"), encoding="utf-8")
    (folder / "big.txt").write_text("The council met again. " * 200, encoding="utf-8")
    db = str(tmp_path / "t.db")
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", db, "--no-extract", option, value])
    assert result.exit_code == exit_code
    assert message in result.output


def test_endless_jsonl_line_ends_the_file_and_the_batch_is_kept(tmp_path: Path) -> None:
    """A gzipped JSONL line that inflates past max_record_bytes is not read to its end."""
    (tmp_path / "a_good.jsonl").write_text(json.dumps({"id": "ok", "text": GOOD.format(day="Monday")}) + "\n")
    first = json.dumps({"id": "j1", "text": GOOD.format(day="Tuesday")}).encode() + b"\n"
    with (tmp_path / "bomb.jsonl.gz").open("wb") as out:
        out.write(gzip.compress(first))
        out.write(_gzip_bomb(64))  # a second gzip member: 64 MiB of zeros, no end of line
    limits = ReadLimits(max_bytes=20_000, max_record_bytes=4_000_000)
    with Archive(":memory:", PipelineOptions(extract=False)) as archive:
        report = archive.ingest([str(tmp_path)], limits=limits)
        ids = {a.id for a in archive.articles()}
    assert ids == {"ok", "j1"}
    assert [(Path(e.source).name, e.location, e.reason) for e in report.errors] == [
        (
            "bomb.jsonl.gz",
            "line 2",
            "line goes on past 4.0 MB without ending; rest of the file skipped (raise it with --max-record-bytes)",
        )
    ]
