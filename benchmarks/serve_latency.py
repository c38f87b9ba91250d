"""Serving latency: p50/p95 of the statement page, the speaker page and a search, with 1 and 8
concurrent clients, against a real uvicorn server on a generated archive.

The archive is generated straight into the store (extraction is not what is measured): each
statement is reported by four outlets on consecutive days in slightly different words (a word
dropped or swapped, as in the linking benchmark), ten quotes an article, 200 speakers.
Run: ``python benchmarks/serve_latency.py --quotes 100000`` (``make bench`` runs it too).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote

_WORDS = (
    "budget port union strike talks minister offer wages ceasefire peace border troops election vote court "
    "ruling flood river dam plant factory jobs hospital school tax rates bank inflation prices energy gas "
    "grid power water drought harvest farmers exports imports tariffs deal treaty summit leaders allies "
    "sanctions embargo oil market shares investors growth recession workers pension reform police protest "
    "crowd march square city mayor council housing rents homes transport rail bridge road airport airline"
).split()
_OUTLETS = ("Meridian", "Baltic Wire", "City Desk", "Northgate Times", "Harbour Courier", "Evening Wire")
_SPEAKERS = 200
_PER_ARTICLE = 10
_REPORTS = 4


def _perturb(rng: random.Random, words: list[str]) -> list[str]:
    w = words[:]
    kind = rng.random()
    if kind < 0.3:
        return w
    if kind < 0.6:
        del w[rng.randrange(len(w))]
        return w
    w[rng.randrange(len(w))] = rng.choice(_WORDS)
    return w


def generate(path: Path, quotes: int, seed: int = 7) -> dict[str, list[str]]:
    """Write an archive of about ``quotes`` quotes to ``path``; return statement and speaker ids to ask for."""
    from onrecord import store
    from onrecord.model import Article, Quote, Span, SpeakerRef
    from onrecord.store import speakers as speaker_store
    from onrecord.store import statements as statement_store

    rng = random.Random(seed)
    statements = max(1, quotes // _REPORTS)
    names = [f"Speaker{i:03d} Example" for i in range(_SPEAKERS)]
    start = date(2026, 1, 1)
    Report = tuple[str, str, int, int]  # quote id, wording, speaker number, day
    pending: dict[int, list[Report]] = {}
    articles: list[tuple[int, int, list[Report]]] = []  # (report number, day, its quotes)
    groups: dict[int, dict[str, list[str]]] = {}
    for j in range(statements):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 16))]
        speaker = j % _SPEAKERS
        day = j * 365 // statements
        sid = f"s{j:07d}"
        for v in range(_REPORTS):
            qid = f"q{j:07d}{v}"
            groups.setdefault(speaker, {}).setdefault(sid, []).append(qid)
            bucket = pending.setdefault(v, [])
            bucket.append((qid, " ".join(_perturb(rng, words)), speaker, day + v))
            if len(bucket) == _PER_ARTICLE:
                articles.append((v, bucket[0][3], bucket))
                pending[v] = []
    for v, bucket in pending.items():
        if bucket:
            articles.append((v, bucket[0][3], bucket))
    conn = store.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    with store.transaction(conn):
        for i, name in enumerate(names):
            speaker_store.upsert_speaker(
                conn, speaker_store.SpeakerRow(f"p:speaker-{i}", name, "person", name.lower(), "example", None)
            )
            speaker_store.add_alias(conn, f"p:speaker-{i}", "Example", "surname", None)
            speaker_store.add_alias(conn, f"p:speaker-{i}", "minister", "role", "2026-01-01")
        for n, (v, day, bucket) in enumerate(articles):
            outlet = _OUTLETS[(v + n) % len(_OUTLETS)]
            published = (start + timedelta(days=day)).isoformat() + "T09:00:00+00:00"
            parts: list[str] = []
            found: list[Quote] = []
            offset = 0
            for qid, text, speaker, _ in bucket:
                lead = f'{names[speaker]} said: "'
                begin = offset + len(lead)
                parts.append(f'{lead}{text}."\n\n')
                offset += len(parts[-1])
                mention = Span(names[speaker], begin - len(lead), begin - len(lead) + len(names[speaker]))
                found.append(
                    Quote(
                        quote_id=qid,
                        article_id=f"a{n:07d}",
                        kind="direct",
                        text=text,
                        start=begin,
                        end=begin + len(text),
                        cue=Span("said", mention.end + 1, mention.end + 5),
                        speaker=SpeakerRef(f"p:speaker-{speaker}", names[speaker], mention),
                        statement_id=f"s{int(qid[1:8]):07d}",
                        language="en",
                    )
                )
            body = "".join(parts)
            title = " ".join(rng.choice(_WORDS) for _ in range(6)).capitalize()
            article = Article(
                id=f"a{n:07d}",
                body=body,
                raw=body,
                source_text=body,
                segments=((0, 0, len(body)),),
                content_hash=hashlib.sha1(body.encode()).hexdigest(),
                outlet=outlet,
                title=title,
                published=published,
                language="en",
            )
            store.put_article(conn, article)
            store.put_quotes(conn, article.id, found)
        for speaker, by_statement in groups.items():
            statement_store.assign_statements(conn, f"p:speaker-{speaker}", by_statement)
    conn.execute("ANALYZE")
    conn.close()
    ids = sorted(rng.sample(range(statements), min(200, statements)))
    return {
        "statements": [f"s{j:07d}" for j in ids],
        "speakers": [f"p:speaker-{i}" for i in rng.sample(range(_SPEAKERS), 50)],
        "searches": [rng.choice(_WORDS) for _ in range(30)]
        + [f'"{rng.choice(_WORDS)} {rng.choice(_WORDS)}"' for _ in range(10)]
        + [rng.choice(_WORDS)[:3] + "*" for _ in range(10)],
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _measure(base: str, paths: list[str], clients: int, requests: int) -> tuple[float, float]:
    import httpx

    def one(i: int, client: httpx.Client) -> float:
        path = paths[i % len(paths)]
        begin = time.perf_counter()
        response = client.get(base + path)
        elapsed = time.perf_counter() - begin
        if response.status_code != 200:
            raise RuntimeError(f"{path}: {response.status_code}")
        return elapsed

    sessions = [httpx.Client(timeout=60) for _ in range(clients)]
    for s in sessions:  # warm each connection and the server's caches
        one(0, s)
    with ThreadPoolExecutor(clients) as pool:
        times = list(pool.map(lambda i: one(i, sessions[i % clients]), range(requests)))
    for s in sessions:
        s.close()
    times.sort()
    return statistics.median(times) * 1000, times[int(0.95 * (len(times) - 1))] * 1000


def bench_serve(quotes: int, requests: int = 200, keep: str | None = None, workers: int = 1) -> dict[str, object]:
    """Generate an archive, serve it, and print p50/p95 per page and client count."""
    folder = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="onrecord-serve-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / f"serve-{quotes}.db"
    began = time.perf_counter()
    targets_file = db.with_suffix(".json")
    if db.exists() and targets_file.exists():
        targets = json.loads(targets_file.read_text())
    else:
        for old in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            old.unlink(missing_ok=True)
        targets = generate(db, quotes)
        targets_file.write_text(json.dumps(targets))
    print(f"archive: {quotes} quotes in {db} ({time.perf_counter() - began:.1f} s to generate or open)")
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "onrecord.cli",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        import httpx

        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/api/openapi.json", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("the server did not start") from None
                time.sleep(0.2)
        pages = {
            "statement page": [f"/statements/{quote(s, safe='')}" for s in targets["statements"]],
            "speaker page": [f"/speakers/{quote(s, safe='')}" for s in targets["speakers"]],
            "search": [f"/search?q={quote(q)}" for q in targets["searches"]],
        }
        results: dict[str, object] = {"quotes": quotes, "requests": requests, "workers": workers}
        print(f"server processes: {workers}")
        print(f"{'page':<16}{'clients':>8}{'p50 ms':>10}{'p95 ms':>10}")
        for name, paths in pages.items():
            for clients in (1, 8):
                p50, p95 = _measure(base, paths, clients, requests)
                results[f"{name} x{clients}"] = {"p50_ms": round(p50, 1), "p95_ms": round(p95, 1)}
                print(f"{name:<16}{clients:>8}{p50:>10.1f}{p95:>10.1f}")
        return results
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quotes", type=int, default=100_000, help="size of the generated archive")
    parser.add_argument("--requests", type=int, default=200, help="requests per page and client count")
    parser.add_argument("--keep", default=None, help="folder to keep (and reuse) the generated archive in")
    parser.add_argument("--workers", default="1", help="server processes to measure with, comma-separated (1,2)")
    args = parser.parse_args()
    folder = args.keep or tempfile.mkdtemp(prefix="onrecord-serve-")
    runs = [bench_serve(args.quotes, args.requests, folder, int(w)) for w in args.workers.split(",") if w]
    out = Path(__file__).resolve().parent / "results"
    out.mkdir(exist_ok=True)
    (out / f"serve-{args.quotes}.json").write_text(json.dumps(runs, indent=2) + "\n")


if __name__ == "__main__":
    main()
