"""The long fuzzing campaign behind ``make fuzz`` (outside CI).

Generates news-like documents with the strategies in ``tests/fuzzing.py`` and runs every one
through ``onrecord.extract`` and every ``--ingest-every``-th one through a fresh in-memory
``Archive`` (ingested twice), checking the invariants there. The run goes in chunks of
``--chunk`` examples, each with its own seed; a failure Hypothesis has not seen before is
minimized, printed with its seed and kept, and the campaign goes on with the next chunk (a
failure already reported is counted, not minimized again). Failures of issue 9 point 1 (one
span twice, duplicate quote ids) are counted apart unless ``--strict-known``.

Exit status: 0 when nothing new failed, 1 otherwise.

    python fuzz/run.py --examples 100000
    python fuzz/run.py --examples 2000 --seed 7 --ingest-every 5
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, Phase, given, seed, settings
from tests.fuzzing import KnownIssue, check_extract, check_ingest, documents, published_dates


def _signature(exc: BaseException) -> str:
    """What tells one bug from another: the exception type, the invariant, the frame it came from."""
    frames = traceback.extract_tb(exc.__traceback__)
    own = [f for f in frames if "/onrecord/" in f.filename] or frames
    where = f"{Path(own[-1].filename).name}:{own[-1].lineno}" if own else "?"
    message = str(exc).split(":")[0] if isinstance(exc, AssertionError) else ""
    return f"{type(exc).__name__} {message} @ {where}"


def main(argv: list[str] | None = None) -> int:
    """Run the campaign; print counts, time and every new failing example, minimized."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=100_000, help="documents to generate (default 100000)")
    parser.add_argument("--chunk", type=int, default=2_000, help="examples per Hypothesis run")
    parser.add_argument("--seed", type=int, default=0, help="seed of the first chunk")
    parser.add_argument("--ingest-every", type=int, default=10, help="ingest one document in N (0: never)")
    parser.add_argument("--minutes", type=float, default=0, help="stop after this many minutes (0: no limit)")
    parser.add_argument("--strict-known", action="store_true", help="treat issue 9 point 1 failures as new")
    args = parser.parse_args(argv)

    counts: Counter[str] = Counter()
    seen: dict[str, str] = {}  # signature -> minimized example report
    known: Counter[str] = Counter()
    repeats: Counter[str] = Counter()
    began = time.monotonic()

    def run_one(doc: str, published: str | None, ingest: bool) -> None:
        counts["documents"] += 1
        try:
            outcome = check_extract(doc, published)
            counts["quotes"] += outcome.quotes
            counts["refused"] += outcome.refused is not None
            if ingest:
                counts["ingested"] += 1
                check_ingest([doc])
        except KnownIssue as exc:
            if args.strict_known:
                raise
            known[str(exc).split(":")[0]] += 1
        except Exception as exc:
            signature = _signature(exc)
            if signature in seen:
                repeats[signature] += 1
                return
            raise

    chunk_index = 0
    while counts["documents"] < args.examples:
        if args.minutes and time.monotonic() - began > args.minutes * 60:
            print(f"time limit of {args.minutes} minutes reached", flush=True)
            break
        size = min(args.chunk, args.examples - counts["documents"])
        chunk_seed = args.seed + chunk_index

        @seed(chunk_seed)
        @settings(
            max_examples=size,
            deadline=None,
            database=None,
            derandomize=False,
            print_blob=True,
            suppress_health_check=list(HealthCheck),
            phases=[Phase.generate, Phase.target, Phase.shrink, Phase.explain],
        )
        @given(documents(), published_dates())
        def campaign(doc: str, published: str | None) -> None:
            every = args.ingest_every
            run_one(doc, published, every > 0 and counts["documents"] % every == 0)

        before = counts["documents"]
        try:
            campaign()
        except Exception as exc:
            signature = _signature(exc)
            notes = "\n".join(getattr(exc, "__notes__", []))
            report = f"{signature}\n  seed {chunk_seed}\n  {type(exc).__name__}: {exc}\n{notes}"
            seen[signature] = report
            print(f"\nNEW FAILURE #{len(seen)}: {report}\n", flush=True)
        chunk_index += 1
        elapsed = time.monotonic() - began
        print(
            f"chunk {chunk_index} (seed {chunk_seed}): {counts['documents'] - before} documents; total "
            f"{counts['documents']} documents, {counts['ingested']} ingested twice, {counts['quotes']} quotes, "
            f"{counts['refused']} refused as empty, {len(seen)} new failures, {sum(known.values())} known "
            f"(issue 9 point 1); {elapsed:.0f} s",
            flush=True,
        )

    elapsed = time.monotonic() - began
    print("\n=== fuzz campaign")
    print(f"documents checked   {counts['documents']} (generated, and tried while minimizing a failure)")
    print(f"ingested twice      {counts['ingested']}")
    print(f"quotes checked      {counts['quotes']}")
    print(f"refused as empty    {counts['refused']} (documented InputError)")
    print(f"time                {elapsed:.0f} s ({counts['documents'] / max(elapsed, 1e-9):.1f} documents/s)")
    for name, n in known.most_common():
        print(f"known failures      {n} x {name}")
    if not seen:
        print("new failures        none")
    for i, (signature, report) in enumerate(seen.items(), start=1):
        print(f"\nfailure {i} ({repeats[signature]} more examples with the same signature):\n{report}")
    return 1 if seen else 0


if __name__ == "__main__":
    sys.exit(main())
