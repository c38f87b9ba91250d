"""``make bench``: throughput and quality against a baseline measured in the same run.

Extraction: end-to-end articles/s on the 84 PolNeAR dev articles in one process, onrecord's
rules alone and the hybrid (rules + the shipped tagger, or ``--model DIR``) against textacy's
``direct_quotations`` (spaCy's same English model, full pipeline on every article), best of
several interleaved rounds (the machines are noisy), with their MATCH@0.5 F1s.

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


def _onrecord(docs: list[PolnearDoc], model: str) -> list[list[Attribution]]:
    from onrecord import extract
    from onrecord.extract import ExtractOptions

    options = ExtractOptions(model=model)
    return [
        predicted_attributions(extract(d.text, published=d.published, article_id=d.id, options=options), d.text)
        for d in docs
    ]


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


def _has_textacy() -> bool:
    import importlib.util

    return importlib.util.find_spec("textacy") is not None


def bench_extraction(rounds: int, data: str | None, model: str) -> None:
    docs = list(load_polnear("dev", data))
    n = len(docs)
    systems: dict[str, Callable[[], Any]] = {
        "onrecord rules": lambda: _onrecord(docs, "rules"),
        f"onrecord hybrid ({model})"[:32]: lambda: _onrecord(docs, model),
    }
    if _has_textacy():
        systems["textacy direct_quotations"] = lambda: _textacy(docs)[0]
    else:
        print("  textacy is not installed (pip install -e '.[bench]'): rules and hybrid only")
    # warm up (model loading is not throughput)
    _onrecord(docs[:3], "rules")
    _onrecord(docs[:3], model)
    if _has_textacy():
        _textacy(docs[:3])
    best = dict.fromkeys(systems, float("inf"))
    predicted: dict[str, list[list[Attribution]]] = {}
    for r in range(rounds):
        rates = []
        for name, run in systems.items():
            seconds, predicted[name] = _time(run)
            best[name] = min(best[name], seconds)
            rates.append(f"{name} {n / seconds:6.1f}")
        print(f"  round {r + 1} (articles/s): " + "   ".join(rates))
    print()
    print(f"PolNeAR dev, {n} articles, one process, best of {rounds} rounds")
    print(f"  {'':32} {'articles/s':>10} {'MATCH@0.5 F1':>13} {'EXACT F1':>9} {'E2E F1':>7} {'SOURCE':>7}")
    for name in systems:
        s = score_documents((d.text, d.gold, p) for d, p in zip(docs, predicted[name], strict=True)).to_dict()
        print(
            f"  {name:32} {n / best[name]:10.1f} {s['match@0.5']['f1']:13.3f} "  # type: ignore[index]
            f"{s['exact']['f1']:9.3f} {s['end_to_end']['f1']:7.3f} {s['source_accuracy']:7.3f}"  # type: ignore[index]
        )
    speeds = [n / best[k] for k in systems]
    line = f"  speed ratio hybrid / rules: {speeds[1] / speeds[0]:.2f}x"
    if len(speeds) > 2:
        line += f"   rules / textacy: {speeds[0] / speeds[2]:.2f}x"
    print(line)


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
    parser.add_argument("--model", default="shipped", help="the hybrid's tagger: 'shipped' or a model folder")
    args = parser.parse_args()
    if not args.no_extraction:
        bench_extraction(args.rounds, args.data, args.model)
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
