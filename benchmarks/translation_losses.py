"""Where the translations in languages the first embedder does not read are lost, per gold pair.

    python benchmarks/translation_losses.py tests/data/linking_heldout80 tests/data/linking_heldout81

Each set is ingested whole (as ``onrecord eval linking`` does, article files alone) with the
cross-language scorer's recorder on (:func:`onrecord.link.crosslingual.recorder`), the stored
quotes are matched to the gold quotes (token Jaccard >= 0.5), and each gold pair of one statement
in two languages, one of them outside :data:`onrecord.link.embed.LANGUAGES`, is counted once by
what kept it apart:

- ``not_extracted``: the unread wording (``_unread``), its counterpart (``_other``) or both
  (``_both``) were not found;
- ``speaker``: both found, with two speaker ids (or none): never in one linking block;
- ``linked``: in one statement;
- ``scored_candidate``: one speaker, unlinked, and the scorer weighed the counterpart's statement
  for the unread wording (it ranked another first, or its chance fell under the threshold);
- ``scored_not_candidate``: the scorer weighed the unread wording but not that statement (the
  window, a figure, too few words);
- ``not_scored``: the scorer never weighed the unread wording: an earlier step had linked it
  to another language (``_linked_elsewhere``), or it was too short, or read as a language the
  first embedder reads (``_other``).

No text is printed unless ``-v`` (then each pair that is not linked, with its two speakers).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any


def pair_losses(folder: Path, verbose: bool = False) -> Counter[str]:
    """The gold translation pairs with an unread side of one set, counted by kind (see above)."""
    from onrecord.archive import Archive
    from onrecord.evaluate.linking import _locate, load_linking_gold
    from onrecord.evaluate.seeds import match_quotes
    from onrecord.link.crosslingual import recorder
    from onrecord.link.embed import LANGUAGES

    gold = load_linking_gold(folder)
    kept: list[dict[str, Any]] = []
    found: list[Any] = []
    recorder(True)
    try:
        with Archive(":memory:") as archive:
            archive.ingest([str(folder / "articles" / n) for n in sorted(gold["articles"])])
            by_source = {Path(a.source or "").name: a for a in archive.articles()}
            for name in sorted(gold["articles"]):
                article = by_source.get(name)
                stored = archive.quotes(article=article.id) if article else []
                base = ""
                if article is not None:
                    base = article.source_text if article.media_type != "html" else article.body
                    if article.media_type != "html":
                        stored = [
                            replace(q, start=article.source_offset(q.start), end=article.source_end_offset(q.end))
                            for q in stored
                        ]
                located: list[dict[str, Any]] = []
                for g in (g for g in gold["quotes"] if g["article"] == name):
                    seen = [x for x in located if x["text"] == g["text"]]
                    span = _locate(base, g["text"], seen[-1]["end"] if seen else 0)
                    located.append({**g, "start": span[0] if span else 0, "end": span[1] if span else 0})
                pairs = dict(match_quotes(base, located, stored))
                for k, g in enumerate(located):
                    kept.append(g)
                    found.append(stored[pairs[k]] if k in pairs else None)
    finally:
        weighed = recorder(False) or {}
    counts: Counter[str] = Counter()
    for i, a in enumerate(kept):
        lang = a.get("language", "en")
        if lang in LANGUAGES:
            continue
        for j, b in enumerate(kept):
            other = b.get("language", "en")
            if a["statement"] != b["statement"] or other == lang or (other not in LANGUAGES and j < i):
                continue
            kind = _kind(i, j, kept, found, weighed)
            counts[kind] += 1
            if verbose and kind != "linked":
                who = [q.speaker.name if q is not None and q.speaker else None for q in (found[i], found[j])]
                print(f"{folder.name}\t{kind}\t{lang}\t{who[0]} | {who[1]}\t{a['text'][:60]} | {b['text'][:60]}")
    return counts


def _kind(i: int, j: int, kept: list[dict[str, Any]], found: list[Any], weighed: dict[str, Any]) -> str:
    a, b = found[i], found[j]
    if a is None or b is None:
        return "not_extracted_" + ("both" if a is None and b is None else "unread" if a is None else "other")
    if a.statement_id == b.statement_id:
        return "linked"
    if a.speaker is None or b.speaker is None or a.speaker.id != b.speaker.id:
        return "speaker"
    candidates = weighed.get(a.quote_id)
    if candidates is None:
        language = kept[i].get("language", "en")
        elsewhere = any(
            q is not None and q.statement_id == a.statement_id and k != i and kept[k].get("language", "en") != language
            for k, q in enumerate(found)
        )
        return "not_scored_" + ("linked_elsewhere" if elsewhere else "other")
    ids = {str(c["other"]) for c in candidates}
    same = {q.quote_id for k, q in enumerate(found) if q is not None and kept[k]["statement"] == kept[i]["statement"]}
    return "scored_candidate" if ids & same else "scored_not_candidate"


def main(argv: list[str] | None = None) -> int:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(prog="python benchmarks/translation_losses.py")
    parser.add_argument("sets", nargs="+", help="held-out set folders (articles/ and events/)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    total: Counter[str] = Counter()
    for folder in args.sets:
        counts = pair_losses(Path(folder), args.verbose)
        total += counts
        print(f"{Path(folder).name}\t" + "  ".join(f"{k} {v}" for k, v in sorted(counts.items())), file=sys.stderr)
    print("  ".join(f"{k} {v}" for k, v in sorted(total.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
