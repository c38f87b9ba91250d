"""The long fuzzing campaign behind ``make fuzz`` (outside CI).

Generates news-like documents with the strategies in ``tests/fuzzing.py`` and runs every one
through ``onrecord.extract`` and every ``--ingest-every``-th one, with the one ingested before
it, through a fresh in-memory ``Archive`` (ingested twice), checking the invariants there. The run goes in chunks of
``--chunk`` examples, each with its own seed; a failure not seen before is minimized by
Hypothesis, printed with its seed and kept, and the campaign goes on with the next chunk (a
failure with a signature already reported is counted, not minimized again). Failures of issue 9
point 1 (one span twice, duplicate quote ids) are counted apart unless ``--strict-known``.
Ctrl-C or SIGTERM stops the run and still prints the summary.

Exit status: 0 when nothing new failed, 1 otherwise.

    python fuzz/run.py --examples 100000
    python fuzz/run.py --examples 2000 --seed 7 --ingest-every 5
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import Phase, given, seed, settings
from hypothesis import strategies as st
from tests.fuzzing import KnownIssue, check_extract, check_ingest, documents, published_dates, titled_news

# Any document, or a news article with its title that must never be refused: (text, title, has_text).
_INPUTS = st.one_of(
    documents().map(lambda text: (text, None, False)),
    titled_news().map(lambda article: (article[0], article[1], True)),
)


def _signature(exc: BaseException) -> str:
    """What tells one bug from another: the exception type, the invariant, the frame it came from."""
    frames = traceback.extract_tb(exc.__traceback__)
    own = [f for f in frames if "/onrecord/" in f.filename] or frames
    where = f"{Path(own[-1].filename).name}:{own[-1].lineno}" if own else "?"
    message = str(exc).split(":")[0] if isinstance(exc, AssertionError) else ""
    return f"{type(exc).__name__} {message} @ {where}"


@dataclass
class Campaign:
    """The campaign's options and what it has seen so far."""

    ingest_every: int
    strict_known: bool
    counts: Counter[str] = field(default_factory=Counter)
    known: Counter[str] = field(default_factory=Counter)
    repeats: Counter[str] = field(default_factory=Counter)
    failures: dict[str, str] = field(default_factory=dict)  # signature -> minimized example
    previous: str = ""
    slowest: list[tuple[float, int, str]] = field(default_factory=list)  # (seconds, characters, opening)

    def check(self, doc: str, published: str | None, title: str | None, has_text: bool) -> None:
        """Check one document; raise only for a failure not seen before."""
        self.counts["documents"] += 1
        every = self.ingest_every
        began = time.perf_counter()
        try:
            outcome = check_extract(doc, published, title=title, has_text=has_text)
            self.counts["quotes"] += outcome.quotes
            self.counts["refused"] += outcome.refused is not None
            if every > 0 and self.counts["documents"] % every == 0:
                # with the document ingested before it: speakers and statements across articles
                self.counts["ingested"] += 1
                check_ingest([self.previous, doc] if self.previous else [doc])
                self.previous = doc
        except KnownIssue as exc:
            if self.strict_known:
                raise
            self.known[str(exc).split(":")[0]] += 1
        except Exception as exc:
            signature = _signature(exc)
            if signature in self.failures:
                self.repeats[signature] += 1
                return
            raise
        finally:
            spent = time.perf_counter() - began
            if len(self.slowest) < 3 or spent > self.slowest[-1][0]:
                self.slowest = sorted([*self.slowest, (spent, len(doc), doc[:80])], reverse=True)[:3]

    def run_chunk(self, size: int, chunk_seed: int) -> None:
        """Run ``size`` examples from one seed; keep the failure they end on, if any."""

        @seed(chunk_seed)
        @settings(
            settings.get_profile("fuzz-campaign"),
            max_examples=size,
            phases=[Phase.generate, Phase.target, Phase.shrink, Phase.explain],
        )
        @given(_INPUTS, published_dates())
        def campaign(doc: tuple[str, str | None, bool], published: str | None) -> None:
            self.check(doc[0], published, doc[1], doc[2])

        try:
            campaign()
        except Exception as exc:
            found = list(exc.exceptions) if isinstance(exc, BaseExceptionGroup) else [exc]
            for failure in found:
                signature = _signature(failure)
                notes = "\n".join(getattr(failure, "__notes__", []))
                report = f"{signature}\n  chunk seed {chunk_seed}\n  {type(failure).__name__}: {failure}\n{notes}"
                self.failures.setdefault(signature, report)
                print(f"\nNEW FAILURE #{len(self.failures)}: {report}\n", flush=True)

    def progress(self, chunk: int, elapsed: float) -> str:
        """One line after each chunk."""
        c = self.counts
        return (
            f"chunk {chunk}: {c['documents']} documents, {c['ingested']} ingested twice, {c['quotes']} quotes, "
            f"{c['refused']} refused as empty, {len(self.failures)} new failures, "
            f"{sum(self.known.values())} known (issue 9 point 1); {elapsed:.0f} s"
        )

    def summary(self, elapsed: float) -> str:
        """The final report: counts, time, and every failure with its minimized example."""
        c = self.counts
        lines = [
            "=== fuzz campaign",
            f"documents checked   {c['documents']} (generated, and tried while minimizing a failure)",
            f"ingested twice      {c['ingested']}",
            f"quotes checked      {c['quotes']}",
            f"refused as empty    {c['refused']} (documented InputError)",
            f"time                {elapsed:.0f} s ({c['documents'] / max(elapsed, 1e-9):.1f} documents/s)",
        ]
        lines += [f"slowest document    {t:.1f} s, {n} characters: {head!r}" for t, n, head in self.slowest]
        lines += [f"known failures      {n} x {name}" for name, n in self.known.most_common()]
        if not self.failures:
            lines.append("new failures        none")
        for i, (signature, report) in enumerate(self.failures.items(), start=1):
            lines.append(f"\nfailure {i} ({self.repeats[signature]} more examples with this signature):\n{report}")
        return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the campaign; print counts, time and every new failing example, minimized."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=100_000, help="documents to generate (default 100000)")
    parser.add_argument("--chunk", type=int, default=1_000, help="examples per Hypothesis run (one seed each)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the first chunk")
    parser.add_argument("--ingest-every", type=int, default=20, help="ingest one document in N (0: never)")
    parser.add_argument("--minutes", type=float, default=0, help="stop after this many minutes (0: no limit)")
    parser.add_argument("--strict-known", action="store_true", help="treat issue 9 point 1 failures as new")
    args = parser.parse_args(argv)

    campaign = Campaign(args.ingest_every, args.strict_known)
    check_extract("Peter Lind said the talks had failed.")  # load the model before the clock starts
    began = time.monotonic()

    stopping: list[bool] = []

    def stop(signum: int, frame: object) -> None:
        stopping.append(True)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    chunk = 0
    try:
        while campaign.counts["documents"] < args.examples:
            if args.minutes and time.monotonic() - began > args.minutes * 60:
                print(f"time limit of {args.minutes:g} minutes reached", flush=True)
                break
            campaign.run_chunk(min(args.chunk, args.examples - campaign.counts["documents"]), args.seed + chunk)
            chunk += 1
            print(campaign.progress(chunk, time.monotonic() - began), flush=True)
    except BaseException as exc:  # Hypothesis may wrap the interrupt in an exception group
        if not (stopping or isinstance(exc, KeyboardInterrupt)):
            raise
        print("interrupted: the summary covers the documents checked so far", flush=True)
    finally:
        signal.signal(signal.SIGTERM, previous)
    print("\n" + campaign.summary(time.monotonic() - began), flush=True)
    return 1 if campaign.failures else 0


if __name__ == "__main__":
    sys.exit(main())
