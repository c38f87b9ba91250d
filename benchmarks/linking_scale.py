"""Linking at scale: synthetic quote sets of growing size, time and peak memory for each.

The sets are generated from PolNeAR's attributed contents with their sources as speaker labels
(copied to more synthetic speakers as the set grows). Each statement is reported several times
with paraphrase-like perturbations (words dropped, synonyms swapped, partial quotes, reordered
clauses), a few days apart; some statements get a trap: the same words negated, or a different
figure, which must stay a statement of its own. Gold is known, so the run also prints pair
precision and recall and the number of trap merges.
"""

from __future__ import annotations

import random
import re
import resource
import time
from collections import Counter
from collections.abc import Iterator

from onrecord.evaluate.corpora import load_polnear
from onrecord.link import LinkItem, LinkOptions, link_corpus

_SYNONYMS = {
    "said": "stated",
    "big": "large",
    "very": "really",
    "people": "citizens",
    "country": "nation",
    "government": "administration",
    "important": "significant",
    "think": "believe",
    "help": "assist",
    "get": "obtain",
    "make": "create",
    "good": "fine",
    "bad": "poor",
    "new": "fresh",
    "want": "wish",
    "change": "alter",
    "show": "demonstrate",
    "start": "begin",
    "end": "finish",
    "job": "work",
}
_AUX = re.compile(r"\b(is|are|was|were|will|would|can|could|should|has|have|had|do|does|did)\b")


def _bases(data: str | None) -> list[tuple[str, str]]:
    seen = set()
    out = []
    for split in ("train", "dev", "test"):
        for doc in load_polnear(split, data):
            for g in doc.gold:
                text = doc.text[g.start : g.end].strip(' "“”,.')
                if len(text.split()) < 6 or text in seen:
                    continue
                seen.add(text)
                source = " ".join(doc.text[s:e] for s, e in g.sources) or "unknown"
                names = [w for w in re.findall(r"[A-Z][a-z]+", source)]
                speaker = names[-1].lower() if names else f"{doc.id}:{source.lower()}"
                out.append((text, speaker))
    return out


def _perturb(rng: random.Random, words: list[str]) -> list[str]:
    kind = rng.random()
    w = words[:]
    if kind < 0.2:
        return w
    if kind < 0.45 and len(w) > 6:
        for _ in range(rng.randint(1, 2)):
            del w[rng.randrange(len(w))]
        return w
    if kind < 0.65:
        return [_SYNONYMS.get(x.lower(), x) if rng.random() < 0.5 else x for x in w]
    if kind < 0.85 and len(w) > 8:
        size = max(5, int(len(w) * rng.uniform(0.6, 0.9)))
        start = rng.randrange(len(w) - size + 1)
        return w[start : start + size]
    cut = rng.randrange(2, max(3, len(w) - 2))
    return w[cut:] + w[:cut] if rng.random() < 0.5 else w


def _trap(rng: random.Random, text: str) -> str | None:
    if re.search(r"\d", text) and rng.random() < 0.5:
        return re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(1, 9)), text, count=1)
    m = _AUX.search(text)
    if m and not re.search(r"\b(not|never|no)\b|n['’]t\b", text):
        return text[: m.end()] + " not" + text[m.end() :]
    return None


def synthetic(n: int, data: str | None, seed: int = 7) -> tuple[list[LinkItem], dict[str, str], list[tuple[str, str]]]:
    """``n`` quotes with their gold statement ids and the (trap, original) statement pairs."""
    rng = random.Random(seed)
    bases = _bases(data)
    items: list[LinkItem] = []
    gold: dict[str, str] = {}
    traps: list[tuple[str, str]] = []

    def add(text: str, speaker: str, statement: str, day: int, k: int) -> None:
        qid = f"q{len(items)}"
        items.append(
            LinkItem(
                qid, speaker, text, "direct" if k % 3 else "indirect", "en", day, f"a{len(items)}", 0, f"{day:07d}"
            )
        )
        gold[qid] = statement

    s = 0
    while len(items) < n:
        text, speaker = bases[s % len(bases)]
        replica = s // len(bases)
        speaker = f"{speaker}#{replica}" if replica else speaker
        statement = f"s{s}"
        day = 738000 + rng.randrange(365)
        words = text.split()
        for k in range(min(1 + int(rng.expovariate(1 / 3)), 12)):
            add(" ".join(_perturb(rng, words)), speaker, statement, day + rng.randint(0, 2), k)
        if rng.random() < 0.05:
            trapped = _trap(rng, text)
            if trapped:
                add(trapped, speaker, f"{statement}-trap", day + rng.randint(0, 2), 1)
                traps.append((f"{statement}-trap", statement))
        s += 1
    items = items[:n]
    present = {gold[i.quote_id] for i in items}
    return items, gold, [t for t in traps if t[0] in present and t[1] in present]


def _pairs(labels: Iterator[tuple[str, str]]) -> tuple[int, int, int]:
    """(both same, predicted same, gold same) pair counts from (predicted, gold) labels."""
    joint: Counter[tuple[str, str]] = Counter()
    pred: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    for p, g in labels:
        joint[(p, g)] += 1
        pred[p] += 1
        gold[g] += 1

    def c2(counter: Counter[object]) -> int:
        return sum(v * (v - 1) // 2 for v in counter.values())

    return c2(joint), c2(pred), c2(gold)  # type: ignore[arg-type]


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def bench_linking(sizes: list[int], data: str | None, jobs: int = 2) -> None:
    print()
    print(f"Linking scale: synthetic quote sets from PolNeAR, {jobs} worker processes")
    print(
        f"  {'quotes':>9} {'speakers':>9} {'seconds':>8} {'quotes/s':>9} {'peak MB':>8} {'pair P':>7} {'pair R':>7} "
        f"{'trap merges':>12} {'via a partial':>14}"
    )
    for n in sizes:
        items, gold, traps = synthetic(n, data)
        start = time.perf_counter()
        predicted = link_corpus(items, LinkOptions(), jobs=jobs)
        seconds = time.perf_counter() - start
        both, pred_pairs, gold_pairs = _pairs((predicted[i.quote_id], gold[i.quote_id]) for i in items)
        # a trap merged with the statement's complete wording is an error; merged only with a partial
        # quote that leaves out the negated words or the figure, it is ambiguous, and counted apart
        full_of: dict[str, int] = {}
        for i in items:
            full_of[gold[i.quote_id]] = max(full_of.get(gold[i.quote_id], 0), len(i.text.split()))
        labels: dict[str, set[str]] = {}
        full_labels: dict[str, set[str]] = {}
        for i in items:
            labels.setdefault(gold[i.quote_id], set()).add(predicted[i.quote_id])
            if len(i.text.split()) >= 0.9 * full_of[gold[i.quote_id]]:
                full_labels.setdefault(gold[i.quote_id], set()).add(predicted[i.quote_id])
        merged = sum(1 for t, o in traps if full_labels[t] & full_labels.get(o, set()))
        partial = sum(1 for t, o in traps if labels[t] & labels[o]) - merged
        speakers = len({i.speaker_id for i in items})
        print(
            f"  {n:>9} {speakers:>9} {seconds:>8.1f} {n / seconds:>9.0f} {_peak_mb():>8.0f} "
            f"{both / pred_pairs if pred_pairs else 0:>7.3f} {both / gold_pairs if gold_pairs else 0:>7.3f} "
            f"{merged:>5} of {len(traps):<6} {partial:>14}",
            flush=True,
        )
