"""Generated large single-speaker inputs: one speaker's block of quotes, and one long article.

Two shapes a real archive meets and the multi-speaker linking benchmark does not:

* :func:`speaker_block`: one speaker with ``n`` quotes inside one time window (every pair is a
  candidate by date), either all distinct statements, or with the repetition of a live blog or
  a transcript: a few hundred statements reported again and again with small edits (a word
  dropped or swapped, a partial quote, the indirect rendering next to the quote), plus traps
  (the same words negated, or another figure) that must stay statements of their own.
* :func:`long_article`: one article of ``n`` paragraphs (a transcript or a long live blog), most
  quotes by one speaker, as plain text that the whole ingest pipeline reads.

Both are deterministic for a seed; the tests use small sizes, ``make bench`` large ones.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from onrecord.link import LinkItem

__all__ = ["distinct_sentence", "long_article", "sentence", "speaker_block"]

_SUBJECTS = [
    "we",
    "the government",
    "our ministry",
    "the council",
    "this administration",
    "the agency",
    "my office",
    "the committee",
]
_MODALS = ["will", "must", "may", "should", "are going to", "can", "want to", "plan to"]
_VERBS = [
    "raise",
    "cut",
    "review",
    "freeze",
    "expand",
    "protect",
    "reform",
    "fund",
    "audit",
    "double",
    "restore",
    "publish",
]
_OBJECTS = [
    "the tax on fuel",
    "funding for rural schools",
    "the budget for hospitals",
    "support for small farms",
    "the pension of teachers",
    "spending on roads",
    "the rules for landlords",
    "grants for young workers",
    "the wages of nurses",
    "aid to the flooded towns",
    "the fleet of electric buses",
    "the price of rail tickets",
    "the housing programme",
    "the water supply contracts",
]
_TAILS = [
    "by {n}% before the summer",
    "for {n} families in the north",
    "within {n} days of the vote",
    "and hire {n} inspectors",
    "across {n} districts next year",
    "after talks with {place}",
    "as soon as {place} agrees",
    "because the people of {place} asked us",
]
_PLACES = ["Ohio", "Leeds", "Bavaria", "Quebec", "Lyon", "Kerala", "Oslo", "Porto", "Gdansk", "Tucson"]
_REASONS = [
    "That is what we promised.",
    "Nobody should be surprised by this.",
    "It is the fair thing to do.",
    "The numbers leave us no choice.",
    "We have listened to the experts.",
    "",
    "",
    "",
]


def sentence(k: int) -> str:
    """The ``k``-th distinct statement: a subject, a modal, a verb, an object and a tail with
    a figure or a place (different ``k`` give different wordings)."""
    rng = random.Random(k)
    tail = rng.choice(_TAILS).format(n=10 + k, place=rng.choice(_PLACES))
    text = f"{rng.choice(_SUBJECTS)} {rng.choice(_MODALS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {tail}"
    text = text[0].upper() + text[1:]
    reason = rng.choice(_REASONS)
    return f"{text}. {reason}".strip() if reason else f"{text}."


_ADJECTIVES = (
    "rural urban coastal northern southern regional public private local national small large new old "
    "electric digital green social medical military"
).split()
_NOUNS = (
    "schools hospitals farms ports railways bridges prisons courts libraries clinics airports markets "
    "factories mines forests rivers roads housing pensions wages"
).split()
_TOPICS = (
    "inflation energy security migration climate trade health education defence transport water "
    "housing tourism fishing science culture sport justice policing farming"
).split()


def distinct_sentence(k: int) -> str:
    """The ``k``-th of many statements that share few phrases: what a speaker says over a year,
    each on its own subject (:func:`sentence` draws from a smaller set of frames)."""
    rng = random.Random(10**7 + k)
    first = (
        f"{rng.choice(_SUBJECTS)} {rng.choice(_MODALS)} {rng.choice(_VERBS)} the {rng.choice(_ADJECTIVES)} "
        f"{rng.choice(_NOUNS)} of {rng.choice(_PLACES)}"
    )
    second = f"{rng.choice(_TOPICS)} and {rng.choice(_TOPICS)} come first for {10 + k} {rng.choice(_NOUNS)}"
    return f"{first[0].upper()}{first[1:]}, because {second}."


def _edit(rng: random.Random, text: str) -> str:
    """A report of the same words as another outlet or an update keeps them."""
    words = text.split()
    kind = rng.random()
    if kind < 0.35:
        return text
    if kind < 0.55 and len(words) > 8:
        del words[rng.randrange(2, len(words))]
        return " ".join(words)
    if kind < 0.75 and len(words) > 8:
        size = max(6, int(len(words) * rng.uniform(0.6, 0.9)))
        return " ".join(words[:size])
    return text.replace(" we ", " they ").replace("We ", "They ", 1)


def _trap(text: str, k: int) -> str:
    """The same words with the opposite or another figure: a different statement."""
    if "%" in text or any(ch.isdigit() for ch in text):
        return text.replace(str(10 + k), str(10 + k + 7), 1)
    for modal in ("will", "must", "should", "can"):
        if f" {modal} " in text:
            return text.replace(f" {modal} ", f" {modal} not ", 1)
    return "We will never " + text[0].lower() + text[1:]


def speaker_block(n: int, repetitive: bool = False, seed: int = 11) -> tuple[list[LinkItem], dict[str, str]]:
    """One speaker's ``n`` quotes within one week, with their gold statement ids.

    Args:
        n: number of quotes.
        repetitive: reports repeat statements like a live blog (about ten reports each, some of
            them indirect); otherwise every quote is its own statement.
        seed: random seed.

    Returns:
        The items (in 25-quote articles, positions in order) and ``{quote id: statement}``;
        trap statements end in ``-trap``.
    """
    rng = random.Random(seed)
    items: list[LinkItem] = []
    gold: dict[str, str] = {}
    statements = max(1, n // 10) if repetitive else n
    k = 0
    while len(items) < n:
        s = k % statements if repetitive else k
        base = sentence(s) if repetitive else distinct_sentence(s)
        if not repetitive:
            text, kind, label = base, "direct", f"s{s}"
        elif rng.random() < 0.03:
            text, kind, label = _trap(base, s), "direct", f"s{s}-trap"
        else:
            text = _edit(rng, base)
            kind = "indirect" if rng.random() < 0.15 else "direct"
            if kind == "indirect":
                text = "that " + text[0].lower() + text[1:]
            label = f"s{s}"
        q = len(items)
        article, position = f"a{q // 25}", (q % 25) * 300
        day = 740000 + (q * 7) // max(n, 1)
        items.append(
            LinkItem(f"q{q:06d}", "p:speaker", text, kind, "en", day, article, position, f"{day:07d}T{q % 25:02d}")
        )
        gold[f"q{q:06d}"] = label
        k += 1
    return items, gold


_CUES = [
    '"{q}" {name} said.',
    '"{q}" {short} told reporters.',
    '{short} said: "{q}"',
    '"{q}" {short} added.',
    "{short} said {qlow}",
    '"{q}"',
]


def long_article(paragraphs: int, repetitive: bool = True, seed: int = 5) -> str:
    """A long transcript-like article: ``paragraphs`` paragraphs, most of them a quote by one
    speaker (Maria Keller), some by another, some narration.

    Args:
        paragraphs: number of paragraphs.
        repetitive: the speaker comes back to the same points (a statement every tenth
            paragraph on average); otherwise every quote is new.
        seed: random seed.

    Returns:
        The article as plain text, paragraphs separated by blank lines.
    """
    rng = random.Random(seed)
    statements = max(1, paragraphs // 10) if repetitive else paragraphs
    out = ["Live: Minister Maria Keller answers questions on the budget", "June 3, 2026"]
    for p in range(paragraphs):
        roll = rng.random()
        k = (rng.randrange(statements) if repetitive else p) % max(statements, 1)
        if roll < 0.08:
            out.append(f"The session resumed after a short break at {10 + p % 12} o'clock, reporters said.")
            continue
        if roll < 0.16:
            q = sentence(10**6 + p)
            out.append(f'"{q}" opposition leader Tom Brandt said.')
            continue
        q = sentence(k)
        template = rng.choice(_CUES)
        name = "Keller" if p else "Maria Keller"
        short = "Keller" if rng.random() < 0.6 else "She"
        qlow = q[0].lower() + q[1:]
        out.append(template.format(q=q, name=name if p > 0 else "Minister Maria Keller", short=short, qlow=qlow))
    return "\n\n".join(out) + "\n"


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_speaker_row(n: int, repetitive: bool) -> dict[str, float]:
    """Link one generated speaker block twice in this process: first with an empty vector cache
    (the model embeds every wording), then again with the vectors cached (what a re-link of
    an archive costs); time, pair precision/recall against the generator's statements, and
    the number of pairwise verifications."""
    import time

    import numpy as np

    from onrecord.link import LinkOptions, LinkStats, link_block
    from onrecord.link.embed import embed

    items, gold = speaker_block(n, repetitive)
    cache: dict[str, np.ndarray] = {}

    def embedder(batch: Sequence[LinkItem]) -> np.ndarray:
        missing = list(dict.fromkeys(i.text for i in batch if i.text not in cache))
        if missing:
            cache.update(zip(missing, embed(missing), strict=True))
        return np.vstack([cache[i.text] for i in batch]) if batch else np.zeros((0, 512), dtype=np.float32)

    start = time.perf_counter()
    link_block(items, LinkOptions(), embedder)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    counts = LinkStats()
    reps = link_block(items, LinkOptions(), embedder, counts)
    warm = time.perf_counter() - start
    same = predicted = true = 0
    by_pred: dict[int, list[str]] = {}
    for item, rep in zip(items, reps, strict=True):
        by_pred.setdefault(rep, []).append(gold[item.quote_id])
    for labels in by_pred.values():
        predicted += len(labels) * (len(labels) - 1) // 2
        for label in set(labels):
            k = labels.count(label)
            same += k * (k - 1) // 2
    sizes: dict[str, int] = {}
    for label in gold.values():
        sizes[label] = sizes.get(label, 0) + 1
    true = sum(k * (k - 1) // 2 for k in sizes.values())
    return {
        "quotes": n,
        "cold_s": cold,
        "warm_s": warm,
        "peak_mb": _peak_mb(),
        "pair_p": same / predicted if predicted else 1.0,
        "pair_r": same / true if true else 1.0,
        "checks": counts.checks,
        "candidates": counts.candidates,
    }


def run_article_row(paragraphs: int) -> dict[str, float]:
    """Ingest one generated article of ``paragraphs`` paragraphs into a new archive: every
    stage, from reading the text file to the statements."""
    import tempfile
    import time
    from pathlib import Path

    from onrecord.archive import Archive
    from onrecord.extract.nlp import parse

    parse(["Warm up, she said."])  # loading the model is not throughput
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "transcript.txt"
        path.write_text(long_article(paragraphs), encoding="utf-8")
        archive = Archive(str(Path(folder) / "bench.db"))
        start = time.perf_counter()
        report = archive.ingest([str(path)])
        seconds = time.perf_counter() - start
    return {"paragraphs": paragraphs, "quotes": report.quotes, "seconds": seconds, "peak_mb": _peak_mb()}


def _one(kind: str, n: int, repetitive: bool) -> dict[str, float]:
    """One row in a fresh process, so each row's peak memory is its own."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); import big_block as b; "
        "kind, n, rep = sys.argv[2], int(sys.argv[3]), sys.argv[4] == '1'; "
        "print(json.dumps(b.run_speaker_row(n, rep) if kind == 'speaker' else b.run_article_row(n)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(Path(__file__).parent), kind, str(n), "1" if repetitive else "0"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def bench_big_blocks(sizes: list[int]) -> None:
    """``make bench`` rows: one speaker's block, and one long article, at each size."""
    print()
    print("One speaker's block (link_block; cold: the model embeds every wording; warm: vectors cached)")
    print(
        f"  {'quotes':>7} {'kind':>10} {'cold s':>7} {'warm s':>7} {'quotes/s':>9} {'peak MB':>8} "
        f"{'pair P':>7} {'pair R':>7} {'checks':>8}"
    )
    for repetitive in (False, True):
        for n in sizes:
            r = _one("speaker", n, repetitive)
            print(
                f"  {n:>7} {'repetitive' if repetitive else 'distinct':>10} {r['cold_s']:>7.1f} {r['warm_s']:>7.1f} "
                f"{n / r['warm_s']:>9.0f} {r['peak_mb']:>8.0f} {r['pair_p']:>7.3f} {r['pair_r']:>7.3f} "
                f"{int(r['checks']):>8}",
                flush=True,
            )
    print()
    print("One article, most quotes by one speaker (whole ingest into a new archive)")
    print(f"  {'paragraphs':>10} {'quotes':>7} {'seconds':>8} {'quotes/s':>9} {'peak MB':>8}")
    for n in sizes:
        r = _one("article", n, True)
        print(
            f"  {n:>10} {int(r['quotes']):>7} {r['seconds']:>8.1f} {r['quotes'] / r['seconds']:>9.0f} "
            f"{r['peak_mb']:>8.0f}",
            flush=True,
        )
