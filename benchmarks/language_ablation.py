"""What onrecord reads of one language's articles in the held-out linking sets, per article.

Run it twice to measure the lexicon-free fallback: once as is, once with the language's data
withheld (``ONRECORD_UNREAD_LANGUAGES=ro``, see :mod:`onrecord.languages`), and compare:

    python benchmarks/language_ablation.py --lang ro tests/data/linking_heldout41
    ONRECORD_UNREAD_LANGUAGES=ro python benchmarks/language_ablation.py --lang ro tests/data/linking_heldout41

``--lang`` is the gold's language code of the articles to report (Malay copy is ``ms`` in the
gold and read with onrecord's ``id`` entry). Each set is ingested whole, so names the English
articles of the same event give are there. Per article: gold quotes, quotes found, matched
(token Jaccard >= 0.5, as ``eval linking``), precision (matched / found), speakers right,
``said_on`` right of those the gold dates, ``via`` right of those the gold gives one.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any


def _article_rows(folder: Path, lang: str, verbose: bool = False) -> list[dict[str, Any]]:
    from onrecord.archive import Archive
    from onrecord.evaluate.linking import _locate, _said_on, _speaker_right, _via, load_linking_gold
    from onrecord.evaluate.seeds import match_quotes

    gold = load_linking_gold(folder)
    names = sorted(gold["articles"])
    rows = []
    with Archive(":memory:") as archive:
        archive.ingest([str(folder / "articles" / n) for n in names])
        by_source = {Path(a.source or "").name: a for a in archive.articles()}
        for name in names:
            if gold["articles"][name].get("language") != lang or name not in by_source:
                continue
            article = by_source[name]
            stored = [
                replace(q, start=article.source_offset(q.start), end=article.source_end_offset(q.end))
                for q in archive.quotes(article=article.id)
            ]
            located = []
            for g in (g for g in gold["quotes"] if g["article"] == name):
                span = _locate(article.source_text, g["text"]) or (0, 0)
                located.append({**g, "start": span[0], "end": span[1]})
            pairs = dict(match_quotes(article.source_text, located, stored))
            matched = [(located[j], stored[i]) for j, i in pairs.items()]
            if verbose:
                for i, q in enumerate(stored):
                    if i not in pairs.values():
                        print(f"  extra: {q.text[:70]!r} ({q.speaker.name if q.speaker else None})")
                for j, g in enumerate(located):
                    if j not in pairs:
                        print(f"  missed: {g['text'][:70]!r}")
                for g, q in matched:
                    if not _speaker_right(q, gold["speakers"].get(g["speaker"], {})):
                        who = q.speaker.name if q.speaker else None
                        print(f"  speaker: {g['text'][:50]!r}: {who} for {g['speaker']}")
                    if g.get("said_on") and _said_on(q) != g["said_on"]:
                        print(f"  said_on: {g['text'][:50]!r}: {_said_on(q)} for {g['said_on']}")
                    if g.get("via") and (_via(q) or "").casefold() != g["via"].casefold():
                        print(f"  via: {g['text'][:50]!r}: {_via(q)} for {g['via']}")
            dated = [(g, q) for g, q in matched if g.get("said_on")]
            relayed = [(g, q) for g, q in matched if g.get("via")]
            rows.append(
                {
                    "article": name,
                    "gold": len(located),
                    "found": len(stored),
                    "matched": len(matched),
                    "speaker": sum(_speaker_right(q, gold["speakers"].get(g["speaker"], {})) for g, q in matched),
                    "said_on": sum(_said_on(q) == g["said_on"] for g, q in dated),
                    "dated": len(dated),
                    "via": sum((_via(q) or "").casefold() == g["via"].casefold() for g, q in relayed),
                    "relayed": len(relayed),
                }
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print one line per article of ``--lang`` in each set, and their total."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", required=True, help="the gold's language code of the articles to report")
    parser.add_argument("-v", "--verbose", action="store_true", help="list extra, missed and wrong quotes")
    parser.add_argument("sets", nargs="+", type=Path)
    args = parser.parse_args(argv)
    total: dict[str, int] = {}
    for folder in args.sets:
        for row in _article_rows(folder, args.lang, args.verbose):
            print(
                f"{row['article']:45} gold {row['gold']:3} found {row['found']:3} matched {row['matched']:3} "
                f"speaker {row['speaker']:3} said_on {row['said_on']}/{row['dated']} via {row['via']}/{row['relayed']}"
            )
            for key, value in row.items():
                if key != "article":
                    total[key] = total.get(key, 0) + value
    if total:
        precision = total["matched"] / total["found"] if total["found"] else 0.0
        print(
            f"{'TOTAL ' + args.lang:45} gold {total['gold']:3} found {total['found']:3} matched {total['matched']:3} "
            f"speaker {total['speaker']:3} said_on {total['said_on']}/{total['dated']} "
            f"via {total['via']}/{total['relayed']} precision {precision:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
