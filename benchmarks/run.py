"""``make bench``: throughput and quality against a baseline measured in the same run.

Extraction: end-to-end articles/s on the 84 PolNeAR dev articles in one process, onrecord
against textacy's ``direct_quotations`` (spaCy's same English model, full pipeline on every
article), best of several interleaved rounds (the machines are noisy), with both MATCH@0.5 F1s.

Linking scale (when ``--linking`` sizes are given): time and peak memory to link synthetic quote
sets, see ``benchmarks/linking_scale.py``.

Large blocks (when ``--blocks`` sizes are given): one speaker with that many quotes (distinct,
and repetitive like a live blog), and one article of that many paragraphs ingested end to end,
each in a fresh process; see ``benchmarks/big_block.py``.

One speaker in every batch (when ``--speaker-ingest`` sizes are given): that many quotes of one
speaker, 30 a day, ingested through the archive in batches; see ``benchmarks/speaker_ingest.py``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from onrecord.evaluate.corpora import PolnearDoc, load_polnear
from onrecord.evaluate.polnear import predicted_attributions
from onrecord.evaluate.scoring import Attribution, score_documents


def _onrecord(docs: list[PolnearDoc]) -> list[list[Attribution]]:
    from onrecord import extract

    return [predicted_attributions(extract(d.text, published=d.published, article_id=d.id)) for d in docs]


def _textacy(docs: list[PolnearDoc]) -> tuple[list[list[Attribution]], int]:
    from textacy.extract.triples import direct_quotations

    from onrecord.extract.nlp import MODEL

    nlp = _full_model(MODEL)
    out: list[list[Attribution]] = []
    lost = 0
    for d in docs:
        doc = nlp(d.text)
        found: list[Attribution] = []
        try:
            for q in direct_quotations(doc):
                speaker = tuple((t.idx, t.idx + len(t)) for t in q.speaker)
                cue = tuple((t.idx, t.idx + len(t)) for t in q.cue)
                found.append(Attribution(q.content.start_char, q.content.end_char, speaker, cue, "direct"))
        except ValueError:
            lost += 1  # "N quotation marks found": textacy gives up on the whole article
        out.append(found)
    return out, lost


_FULL: dict[str, Any] = {}


def _full_model(name: str) -> Any:
    if name not in _FULL:
        import spacy

        _FULL[name] = spacy.load(name)
    return _FULL[name]


def _time(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def bench_extraction(rounds: int, data: str | None) -> None:
    docs = list(load_polnear("dev", data))
    n = len(docs)
    # warm up both (model loading is not throughput)
    _onrecord(docs[:3])
    _textacy(docs[:3])
    best_on = best_tx = float("inf")
    on_pred: list[list[Attribution]] = []
    tx_pred: list[list[Attribution]] = []
    lost = 0
    for r in range(rounds):
        t_on, on_pred = _time(lambda: _onrecord(docs))
        t_tx, (tx_pred, lost) = _time(lambda: _textacy(docs))
        best_on, best_tx = min(best_on, t_on), min(best_tx, t_tx)
        print(f"  round {r + 1}: onrecord {n / t_on:6.1f} articles/s   textacy {n / t_tx:6.1f} articles/s")
    on_scores = score_documents((d.text, d.gold, p) for d, p in zip(docs, on_pred, strict=True)).to_dict()
    tx_scores = score_documents((d.text, d.gold, p) for d, p in zip(docs, tx_pred, strict=True)).to_dict()
    on_rate, tx_rate = n / best_on, n / best_tx
    print()
    print(f"PolNeAR dev, {n} articles, one process, best of {rounds} rounds")
    print(f"  {'':24} {'articles/s':>10} {'MATCH@0.5 F1':>13} {'OVERLAP F1':>11} {'E2E F1':>7}")
    for name, rate, s in (("onrecord", on_rate, on_scores), ("textacy direct_quotations", tx_rate, tx_scores)):
        print(
            f"  {name:24} {rate:10.1f} {s['match@0.5']['f1']:13.3f} {s['overlap']['f1']:11.3f} "  # type: ignore[index]
            f"{s['end_to_end']['f1']:7.3f}"  # type: ignore[index]
        )
    print(f"  speed ratio onrecord / textacy: {on_rate / tx_rate:.2f}x   (articles textacy lost whole: {lost})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--data", default=None, help="PolNeAR folder (default: the shared data folder)")
    parser.add_argument("--linking", default="10000,100000,1000000", help="linking scale sizes ('' to skip)")
    parser.add_argument("--blocks", default="1000,10000", help="one speaker's block sizes ('' to skip)")
    parser.add_argument(
        "--speaker-ingest", default="1000,10000", help="one speaker in every batch: quotes ingested ('' to skip)"
    )
    parser.add_argument("--no-extraction", action="store_true", help="skip the extraction comparison")
    args = parser.parse_args()
    if not args.no_extraction:
        bench_extraction(args.rounds, args.data)
    if args.linking:
        from linking_scale import bench_linking

        bench_linking([int(s) for s in args.linking.split(",") if s], args.data)
    if args.blocks:
        from big_block import bench_big_blocks

        bench_big_blocks([int(s) for s in args.blocks.split(",") if s])
    if args.speaker_ingest:
        from speaker_ingest import bench_speaker_ingest

        bench_speaker_ingest([int(s) for s in args.speaker_ingest.split(",") if s])


if __name__ == "__main__":
    main()
