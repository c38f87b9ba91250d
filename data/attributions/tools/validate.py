#!/usr/bin/env python3
"""Validate onrecord corpus JSONL files and print counts.

Usage:
    python3 tools/validate.py jsonl/*.jsonl [--quiet]

Checks every record: required keys, text[start:end] == span.text for every
span, spans inside the text and non-empty, each attribution has a cue and a
content (and a source unless event_type is Attribution-no-source), a known
type, article ids unique across all files, attribution ids unique within an
article, no markup left in the text, meta complete with license CC0-1.0.
Exit status 1 when any check fails. Stdlib only.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys

TYPES = ("speech", "belief", "document", "other")
EVENT_TYPES = ("Attribution", "Attribution-no-source")
META_KEYS = ("title", "publisher", "publication_date", "style", "author", "license")
MARKUP_RE = re.compile(r"</?[sct]\d+(?:,\d+)*(?:\s[^>]*)?>|&lt;|&gt;|&amp;")
QUOTES = "\"“”"


def check_record(rec: dict, where: str) -> list[str]:
    """Return a list of problems in one record (empty when it is valid)."""
    errs: list[str] = []
    for k in ("id", "split", "text", "attributions", "meta"):
        if k not in rec:
            errs.append(f"{where}: missing key {k!r}")
    if errs:
        return errs
    text = rec["text"]
    if not isinstance(text, str) or not text.strip():
        return [f"{where}: empty text"]
    m = MARKUP_RE.search(text)
    if m:
        errs.append(f"{where}: markup left in text at {m.start()}: {m.group(0)!r}")
    meta = rec["meta"]
    for k in META_KEYS:
        if not meta.get(k):
            errs.append(f"{where}: meta.{k} missing")
    if meta.get("license") != "CC0-1.0":
        errs.append(f"{where}: meta.license is {meta.get('license')!r}, expected 'CC0-1.0'")
    seen = set()
    for i, a in enumerate(rec["attributions"]):
        aw = f"{where} attribution {a.get('id', i)}"
        if a.get("id") in seen:
            errs.append(f"{aw}: duplicate attribution id")
        seen.add(a.get("id"))
        for role in ("source", "cue", "content"):
            if not isinstance(a.get(role), list):
                errs.append(f"{aw}: {role} is not a list")
                continue
            for sp in a[role]:
                s, e, t = sp.get("start"), sp.get("end"), sp.get("text")
                if not (isinstance(s, int) and isinstance(e, int)) or not 0 <= s < e <= len(text):
                    errs.append(f"{aw}: {role} span {s}-{e} outside the text or empty")
                    continue
                if text[s:e] != t:
                    errs.append(f"{aw}: {role} span {s}-{e} text {t!r} != text[start:end] {text[s:e]!r}")
                if t != t.strip():
                    errs.append(f"{aw}: {role} span {t!r} has whitespace at an edge")
        if not a.get("cue"):
            errs.append(f"{aw}: no cue")
        if not a.get("content"):
            errs.append(f"{aw}: no content")
        if a.get("type") not in TYPES:
            errs.append(f"{aw}: type {a.get('type')!r} not one of {TYPES}")
        et = a.get("attrs", {}).get("event_type")
        if et not in EVENT_TYPES:
            errs.append(f"{aw}: attrs.event_type {et!r} not one of {EVENT_TYPES}")
        elif (et == "Attribution") != bool(a.get("source")):
            errs.append(f"{aw}: event_type {et} but {'no ' if not a.get('source') else ''}source span")
    return errs


def kind(a: dict) -> str:
    """Rough PolNeAR-style kind of a content: direct, mixed or indirect."""
    ct = a["content"]
    if not ct:
        return "none"
    first, last = ct[0]["text"], ct[-1]["text"]
    n = sum(sp["text"].count(q) for sp in ct for q in QUOTES)
    if first[:1] in "\"“" and last[-1:] in "\"”":
        return "direct"
    return "mixed" if n else "indirect"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--quiet", action="store_true", help="print only problems and the summary line")
    args = ap.parse_args(argv)
    errs: list[str] = []
    ids: dict[str, str] = {}
    C: collections.Counter = collections.Counter()
    by_type: collections.Counter = collections.Counter()
    by_style: collections.Counter = collections.Counter()
    by_kind: collections.Counter = collections.Counter()
    cues: collections.Counter = collections.Counter()
    for path in args.files:
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                where = f"{path}:{ln}"
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    errs.append(f"{where}: not JSON: {e}")
                    continue
                rid = rec.get("id")
                where = f"{path}:{ln} ({rid})"
                if rid in ids:
                    errs.append(f"{where}: article id also used at {ids[rid]}")
                ids[rid] = f"{path}:{ln}"
                errs += check_record(rec, where)
                if "attributions" not in rec:
                    continue
                C["articles"] += 1
                C["words"] += len(rec.get("text", "").split())
                by_style[rec.get("meta", {}).get("style")] += 1
                for a in rec["attributions"]:
                    C["attributions"] += 1
                    by_type[a.get("type")] += 1
                    by_kind[kind(a)] += 1
                    C["with source" if a.get("source") else "without source"] += 1
                    for role in ("source", "cue", "content"):
                        C[f"{role} spans"] += len(a.get(role, []))
                    if len(a.get("content", [])) > 1:
                        C["multi-span contents"] += 1
                    if a.get("attrs", {}).get("nested"):
                        C["nested"] += 1
                    for sp in a.get("cue", []):
                        cues[sp["text"].lower()] += 1
    for e in errs:
        print("ERROR", e)
    n = C["attributions"]
    if not args.quiet:
        print(f"articles: {C['articles']}  words: {C['words']}  attributions: {n}"
              f"  per article: {n / max(1, C['articles']):.1f}  per 1000 words: {1000 * n / max(1, C['words']):.1f}")
        print("by type: " + ", ".join(f"{t} {by_type[t]}" for t in TYPES))
        print("by role (spans): " + ", ".join(f"{r} {C[r + ' spans']}" for r in ("source", "cue", "content")))
        print(f"with source: {C['with source']}  without source: {C['without source']}"
              f"  multi-span contents: {C['multi-span contents']}  nested: {C['nested']}")
        print("by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())))
        print("by style: " + ", ".join(f"{k} {v}" for k, v in sorted(by_style.items(), key=lambda x: str(x[0]))))
        print(f"distinct cues: {len(cues)}; top: " + ", ".join(f"{c} {v}" for c, v in cues.most_common(15)))
    print(f"{'FAIL' if errs else 'OK'}: {len(errs)} problem(s) in {C['articles']} article(s), {n} attribution(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
