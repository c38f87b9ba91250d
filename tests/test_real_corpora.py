"""Real corpora end to end: every article stored, one record per span, records that hold.

PolNeAR (every split present), the seeds and the sample corpus. The PolNeAR tests are skipped
when the shared data is absent.
"""

from __future__ import annotations

import collections
import json
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from onrecord.cli import main
from onrecord.extract.overlaps import allowed_overlap
from onrecord.ingest import iter_sources, known_extensions, read_source
from onrecord.model import Document, Quote
from onrecord.pipeline import Processed, process
from tests.conftest import DATA, POLNEAR, SAMPLE, SEEDS, needs_polnear

SCHEMA = json.loads((DATA / "quote.schema.json").read_text())
SPLITS = [s for s in ("train", "dev", "test") if POLNEAR is not None and (POLNEAR / f"{s}.jsonl").exists()]


def _violations(quotes: list[Quote], body: str) -> list[str]:
    """What breaks the record contract: equal ids or spans, a forbidden overlap, text != body[start:end]."""
    out = [f"id {i} twice" for i, n in collections.Counter(q.quote_id for q in quotes).items() if n > 1]
    spans = collections.Counter((q.start, q.end) for q in quotes)
    out += [f"span {s} twice" for s, n in spans.items() if n > 1]
    for q in quotes:
        if body[q.start : q.end] != q.text:
            out.append(f"{q.quote_id}: text is not body[start:end]")
        for piece in (*q.fragments, *q.quoted):
            if not (q.start <= piece.start <= piece.end <= q.end) or body[piece.start : piece.end] != piece.text:
                out.append(f"{q.quote_id}: piece {piece.start}:{piece.end} not inside or not its text")
    ordered = sorted(quotes, key=lambda q: (q.start, -q.end))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.start >= a.end:
                break
            outer, inner = (a, b) if a.end - a.start >= b.end - b.start else (b, a)
            cue = (inner.cue.start, inner.cue.end) if inner.cue else None
            if not allowed_overlap((outer.start, outer.end), (inner.start, inner.end), cue):
                out.append(f"{outer.quote_id} and {inner.quote_id} overlap")
    return out


def _documents(path: Path) -> Iterator[Document]:
    for source in iter_sources([str(path)], extensions=known_extensions()):
        for item in read_source(source):  # type: ignore[arg-type]
            if isinstance(item, Document):
                yield item


# Each PolNeAR split is read in this many shards (every SHARDS-th article), so that parallel
# test workers share the longest test instead of one worker reading all of train.
SHARDS = 4


@pytest.mark.slow
@pytest.mark.parametrize(
    ("corpus", "shard"), [*((split, shard) for split in SPLITS for shard in range(SHARDS)), ("sample", None)]
)
def test_one_record_per_span_on_real_corpora(corpus: str, shard: int | None) -> None:
    documents = _documents(SAMPLE if corpus == "sample" or POLNEAR is None else POLNEAR / f"{corpus}.jsonl")
    problems = []
    count = 0
    for index, document in enumerate(documents):
        if shard is not None and index % SHARDS != shard:
            continue
        result = process(document)
        assert isinstance(result, Processed), result
        count += 1
        problems += [f"{result.article.id}: {p}" for p in _violations(list(result.quotes), result.article.body)]
    assert count > 0
    assert problems == []


@needs_polnear
@pytest.mark.slow
def test_polnear_dev_and_the_seeds_ingest_whole(tmp_path: Path) -> None:
    assert POLNEAR is not None
    db = str(tmp_path / "real.db")
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(POLNEAR / "dev.jsonl"), str(SEEDS), "--db", db, "--no-progress"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout.startswith("86 new, 0 already stored")
    listed = runner.invoke(main, ["quotes", "--db", db, "--format", "jsonl"])
    records = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len({r["article_id"] for r in records}) > 80
    for record in records:
        jsonschema.validate(record, SCHEMA)
    bodies = {
        a["id"]: a["body"]
        for a in map(json.loads, runner.invoke(main, ["articles", "--db", db, "--format", "jsonl"]).stdout.splitlines())
    }
    assert len(bodies) == 86
    by_article: dict[str, list[Quote]] = collections.defaultdict(list)
    from onrecord.archive import Archive

    with Archive(db) as archive:
        for quote in archive.iter_quotes():
            by_article[quote.article_id].append(quote)
        assert all(q.statement_id for quotes in by_article.values() for q in quotes)
    problems = [f"{aid}: {p}" for aid, quotes in by_article.items() for p in _violations(quotes, bodies[aid])]
    assert problems == []
