"""One speaker quoted day after day, ingested through :class:`onrecord.archive.Archive` in batches.

What the archive meets when it is fed a month or a year of news: the same speaker comes back in
every batch, so each batch links new quotes next to a large stored block. Each article holds
:data:`PER_ARTICLE` quotes by one speaker (Maria Keller), :data:`PER_DAY` quotes a day, the
articles in date order; ``n`` quotes are spread over ``n / PER_DAY`` days. The row gives the
whole ingest and the part spent linking, with the archive's statements.

``--full`` links as before the region linking (every batch links each touched speaker's whole
block again); compare both to see what the region saves.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from big_block import _edit, distinct_sentence, sentence

__all__ = ["bench_speaker_ingest", "run_row", "speaker_articles"]

PER_ARTICLE = 10
PER_DAY = 30


def speaker_articles(n: int, repetitive: bool = False, seed: int = 3) -> list[dict[str, Any]]:
    """JSON Lines records: ``n`` quotes of one speaker in dated articles, each record with the
    statement of each paragraph's quote in ``gold``.

    Args:
        n: number of quotes.
        repetitive: each statement is reported about ten times (edited, within a few days),
            like wire copy picked up by many outlets; otherwise every quote is new.
        seed: random seed.
    """
    rng = random.Random(seed)
    start = date(2025, 1, 1)
    records = []
    for a in range(max(1, n // PER_ARTICLE)):
        day = start + timedelta(days=(a * PER_ARTICLE) // PER_DAY)
        paragraphs = []
        gold = []
        for k in range(PER_ARTICLE):
            q = a * PER_ARTICLE + k
            if repetitive:  # a statement every ten quotes, its reports within about three days
                s = max(0, q + rng.randrange(-40, 40)) // 10
                text = _edit(rng, sentence(s))
            else:
                s = q
                text = distinct_sentence(q)
            paragraphs.append(f'"{text}" Maria Keller said.')
            gold.append(f"s{s}")
        records.append(
            {
                "id": f"keller-{a:05d}",
                "url": f"https://news.example/keller/{a}",
                "title": f"Minister Maria Keller on the budget, part {a}",
                "published": day.isoformat(),
                "outlet": f"Outlet {a % 7}",
                "text": "\n\n".join(paragraphs),
                "gold": gold,  # the statement of each paragraph's quote (readers ignore it)
            }
        )
    return records


def run_row(n: int, repetitive: bool, full: bool) -> dict[str, float]:
    """Ingest the generated articles into a new archive (batches of 25 articles); seconds in
    all and in linking, peak memory, quotes and statements stored."""
    import resource
    import tempfile
    import time

    import onrecord.link as link
    from onrecord.archive import Archive
    from onrecord.extract.nlp import parse

    parse(["Warm up, she said."])  # loading the model is not throughput
    spent = [0.0]
    changes = getattr(link, "link_changes", None)

    def timed(conn: Any, ids: Any, options: Any = None, whole: Any = ()) -> int:
        begin = time.perf_counter()
        try:
            if full:  # as before region linking: every touched speaker's whole block
                return link.relink(conn, {*ids, *whole}, options)
            assert changes is not None
            return changes(conn, ids, options, whole)
        finally:
            spent[0] += time.perf_counter() - begin

    if hasattr(link, "link_changes"):
        link.link_changes = timed  # type: ignore[assignment]
    else:  # an onrecord from before region linking: the archive calls relink after each batch
        whole_block = link.relink

        def timed_relink(conn: Any, ids: Any, options: Any = None) -> int:
            begin = time.perf_counter()
            try:
                return whole_block(conn, ids, options)
            finally:
                spent[0] += time.perf_counter() - begin

        link.relink = timed_relink
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "keller.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in speaker_articles(n, repetitive)), encoding="utf-8")
        with Archive(str(Path(folder) / "bench.db")) as archive:
            begin = time.perf_counter()
            report = archive.ingest([str(path)])
            seconds = time.perf_counter() - begin
            statements = archive.connection.execute("SELECT count(*) FROM statements").fetchone()[0]
    return {
        "quotes": report.quotes,
        "seconds": seconds,
        "link_s": spent[0],
        "statements": statements,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _one(n: int, repetitive: bool, full: bool) -> dict[str, float]:
    """One row in a fresh process, so each row's peak memory is its own."""
    import subprocess
    import sys

    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); import speaker_ingest as b; "
        "print(json.dumps(b.run_row(int(sys.argv[2]), sys.argv[3] == '1', sys.argv[4] == '1')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(Path(__file__).parent), str(n), str(int(repetitive)), str(int(full))],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def bench_speaker_ingest(sizes: list[int], full: bool = False, kinds: tuple[bool, ...] = (False, True)) -> None:
    """``make bench`` rows: one speaker's quotes spread over dated articles, ingested in batches."""
    how = "whole block per batch" if full else "region per batch"
    print()
    print(f"One speaker in every batch: {PER_DAY} quotes a day, ingested in batches of 25 articles ({how})")
    print(
        f"  {'quotes':>7} {'kind':>10} {'seconds':>8} {'link s':>7} {'link q/s':>9} {'peak MB':>8} {'statements':>10}"
    )
    for repetitive in kinds:
        for n in sizes:
            r = _one(n, repetitive, full)
            print(
                f"  {int(r['quotes']):>7} {'repetitive' if repetitive else 'distinct':>10} {r['seconds']:>8.1f} "
                f"{r['link_s']:>7.1f} {r['quotes'] / max(r['link_s'], 1e-9):>9.0f} {r['peak_mb']:>8.0f} "
                f"{int(r['statements']):>10}",
                flush=True,
            )


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--full", action="store_true", help="link each touched speaker's whole block per batch")
    parser.add_argument("--kind", choices=("distinct", "repetitive", "both"), default="both")
    args = parser.parse_args()
    chosen = {"distinct": (False,), "repetitive": (True,), "both": (False, True)}[args.kind]
    bench_speaker_ingest([int(s) for s in args.sizes.split(",") if s], args.full, chosen)
