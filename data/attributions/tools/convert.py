#!/usr/bin/env python3
"""Convert marked-up onrecord corpus articles into PolNeAR-shaped JSONL.

Usage:
    python3 tools/convert.py raw/writer0/*.txt > jsonl/writer0.jsonl
    python3 tools/convert.py --out jsonl/writer0.jsonl raw/writer0/

Input file layout (see WRITERS.md):

    publisher: The Harbour Ledger
    publication_date: 2027-04-12
    style: wire
    ---
    Headline line of the article.

    Body paragraphs with markup: <s1>Mayor Ines Trask</s1> <c1>said</c1>
    <t1>the ferry would run again on Monday</t1>.

Markup (N is the attribution number within the article; a tag may name several
attributions, comma-separated, when they share one span, e.g. <s1,2>she</s1,2>):
    <sN>...</sN>   SOURCE span           (at most one span per attribution)
    <cN>...</cN>   CUE span              (one or more spans; attributes on one of them)
    <tN>...</tN>   CONTENT span          (one or more spans: an interrupted quote)
Cue attributes: type=speech|belief|document|other (default speech), and the flag
nosource for an attribution without a source (required exactly then).
Write a literal "<" or ">" in the text as &lt; or &gt; ("&" may be written as is or as &amp;).

Offsets are Python str offsets into the plain text. Stdlib only.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys

TYPES = ("speech", "belief", "document", "other")
STYLES = ("wire", "us-politics", "liveblog", "interview", "transcript",
          "press-release", "feature", "opinion", "analysis", "report")
ROLE = {"s": "source", "c": "cue", "t": "content"}
HEADER_KEYS = ("publisher", "publication_date", "style", "title", "split", "id")
TAG_RE = re.compile(r"<(/?)([sct])(\d+(?:,\d+)*)((?:\s+[A-Za-z_]+(?:=[A-Za-z_-]+)?)*)\s*>")
ENT_RE = re.compile(r"&(lt|gt|amp);")
TOKEN_RE = re.compile(TAG_RE.pattern + "|" + ENT_RE.pattern)
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class MarkupError(Exception):
    """A problem in a marked-up article, with file and line."""

    def __init__(self, path: str, line: int, msg: str) -> None:
        super().__init__(f"{path}:{line}: {msg}")


def _split_header(raw: str, path: str) -> tuple[dict, str, int]:
    """Return (header dict, body, line number where the body starts)."""
    lines = raw.split("\n")
    header: dict = {}
    for i, line in enumerate(lines):
        if line.strip() == "---":
            body = "\n".join(lines[i + 1:])
            return header, body, i + 2
        if not line.strip():
            continue
        if ":" not in line:
            raise MarkupError(path, i + 1, "header line without 'key: value' (did you forget the '---' line?)")
        key, val = line.split(":", 1)
        key = key.strip().lower()
        if key not in HEADER_KEYS:
            raise MarkupError(path, i + 1, f"unknown header key {key!r} (known: {', '.join(HEADER_KEYS)})")
        header[key] = val.strip()
    raise MarkupError(path, 1, "no '---' line separating the header from the article")


def _parse_attrs(s: str, path: str, line: int) -> dict:
    out: dict = {}
    for part in s.split():
        if "=" in part:
            k, v = part.split("=", 1)
        else:
            k, v = part, True
        if k == "type":
            if v not in TYPES:
                raise MarkupError(path, line, f"unknown type {v!r} (use one of {', '.join(TYPES)})")
        elif k != "nosource":
            raise MarkupError(path, line, f"unknown tag attribute {k!r} (use type=... or nosource)")
        out[k] = v
    return out


def parse_markup(body: str, path: str = "<string>", first_line: int = 1):
    """Strip markup from ``body``.

    Returns (text, spans, cue_attrs) where spans maps attribution number ->
    role -> list of (start, end) and cue_attrs maps number -> (attrs, line).
    """
    out: list[str] = []
    pos = 0  # length of plain text so far
    stack: list[tuple[str, str, int, int]] = []  # (role letter, numbers, start, line)
    spans: dict[int, dict[str, list[tuple[int, int, int]]]] = {}
    cue_attrs: dict[int, tuple[dict, int]] = {}
    last = 0
    line = first_line
    for m in TOKEN_RE.finditer(body):
        chunk = body[last:m.start()]
        for ch in "<>":
            if ch in chunk:
                at = line + chunk[:chunk.index(ch)].count("\n")
                raise MarkupError(path, at, f"stray {ch!r}: not a valid tag (write &lt; / &gt; for a literal)")
        out.append(chunk)
        pos += len(chunk)
        line += chunk.count("\n")
        last = m.end()
        if m.group(0).startswith("&"):
            out.append({"&lt;": "<", "&gt;": ">", "&amp;": "&"}[m.group(0)])
            pos += 1
            continue
        closing, letter, nums, attrs = m.group(1), m.group(2), m.group(3), m.group(4)
        if not closing:
            a = _parse_attrs(attrs, path, line) if attrs.strip() else {}
            if a and letter != "c":
                raise MarkupError(path, line, f"attributes are only allowed on cue tags, not <{letter}{nums}>")
            if a:
                for n in nums.split(","):
                    if int(n) in cue_attrs:
                        raise MarkupError(path, line, f"attribution {n}: type/nosource given on two cue tags (lines {cue_attrs[int(n)][1]} and {line})")
                    cue_attrs[int(n)] = (a, line)
            stack.append((letter, nums, pos, line))
        else:
            if attrs.strip():
                raise MarkupError(path, line, f"closing tag </{letter}{nums}> cannot have attributes")
            if not stack:
                raise MarkupError(path, line, f"closing </{letter}{nums}> without an opening tag")
            oletter, onums, start, oline = stack.pop()
            if (oletter, onums) != (letter, nums):
                raise MarkupError(path, line, f"closing </{letter}{nums}> does not match <{oletter}{onums}> opened on line {oline} (tags must nest, not cross)")
            if start == pos:
                raise MarkupError(path, oline, f"empty span <{letter}{nums}></{letter}{nums}>")
            for n in nums.split(","):
                spans.setdefault(int(n), {}).setdefault(ROLE[letter], []).append((start, pos, oline))
    tail = body[last:]
    for ch in "<>":
        if ch in tail:
            at = line + tail[:tail.index(ch)].count("\n")
            raise MarkupError(path, at, f"stray {ch!r}: not a valid tag (write &lt; / &gt; for a literal)")
    out.append(tail)
    if stack:
        letter, nums, _, oline = stack[-1]
        raise MarkupError(path, oline, f"<{letter}{nums}> is never closed")
    for n, (_, ln) in cue_attrs.items():
        if n not in spans:
            raise MarkupError(path, ln, f"attribution {n}: attributes but no spans")
    return "".join(out), spans, cue_attrs


def convert_text(raw: str, path: str, doc_id: str | None = None, author: str = "onrecord corpus writer 0") -> dict:
    """Convert one marked-up article (header + body) into a JSONL record."""
    raw = raw.replace("\r\n", "\n")
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    header, body, first_line = _split_header(raw, path)
    for key in ("publisher", "publication_date", "style"):
        if not header.get(key):
            raise MarkupError(path, 1, f"header is missing {key!r}")
    if not DATE_RE.match(header["publication_date"]):
        raise MarkupError(path, 1, f"publication_date {header['publication_date']!r} is not YYYY-MM-DD")
    if header["style"] not in STYLES:
        raise MarkupError(path, 1, f"unknown style {header['style']!r} (use one of {', '.join(STYLES)})")
    # drop leading blank lines of the body, keep everything else byte for byte
    while body.startswith("\n"):
        body = body[1:]
        first_line += 1
    body = body.rstrip() + "\n"
    text, spans, cue_attrs = parse_markup(body, path, first_line)
    atts = []
    for n in sorted(spans):
        roles = spans[n]
        line = min(s[2] for r in roles.values() for s in r)
        if not roles.get("cue"):
            raise MarkupError(path, line, f"attribution {n} has no cue <c{n}>")
        if not roles.get("content"):
            raise MarkupError(path, line, f"attribution {n} has no content <t{n}>")
        a, _ = cue_attrs.get(n, ({}, line))
        nosource = bool(a.get("nosource"))
        if len(roles.get("source", [])) > 1:
            raise MarkupError(path, line, f"attribution {n} has {len(roles['source'])} source spans; use one")
        if not roles.get("source") and not nosource:
            raise MarkupError(path, line, f"attribution {n} has no source <s{n}>: add one, or mark the cue <c{n} nosource>")
        if roles.get("source") and nosource:
            raise MarkupError(path, line, f"attribution {n} is marked nosource but has a source span")
        rec: dict = {"id": f"E{n}"}
        for role in ("source", "cue", "content"):
            lst = sorted(roles.get(role, []))
            for (s1, e1, l1), (s2, e2, l2) in zip(lst, lst[1:]):
                if s2 < e1:
                    raise MarkupError(path, l2, f"attribution {n}: two {role} spans overlap")
            for s, e, ln in lst:
                if text[s:e] != text[s:e].strip():
                    raise MarkupError(path, ln, f"attribution {n}: {role} span {text[s:e]!r} starts or ends with whitespace")
            rec[role] = [{"start": s, "end": e, "text": text[s:e]} for s, e, _ in lst]
        rec["type"] = a.get("type", "speech")
        rec["attrs"] = {"event_type": "Attribution-no-source" if nosource else "Attribution"}
        atts.append(rec)
    # nested: an attribution whose cue lies inside another attribution's content
    for a in atts:
        for o in atts:
            if o is a:
                continue
            if any(c["start"] <= a["cue"][0]["start"] and a["cue"][0]["end"] <= c["end"] for c in o["content"]):
                a["attrs"]["nested"] = True
                a["attrs"]["nested_in"] = o["id"]
                break
    first = text.split("\n", 1)[0].strip()
    title = header.get("title") or first.rstrip(".")
    stem = os.path.splitext(os.path.basename(path))[0]
    return {
        "id": header.get("id") or doc_id or stem,
        "split": header.get("split", "train"),
        "text": text,
        "attributions": atts,
        "meta": {
            "title": title,
            "publisher": header["publisher"],
            "publication_date": header["publication_date"],
            "style": header["style"],
            "author": author,
            "license": "CC0-1.0",
        },
    }


def _writer_of(path: str) -> tuple[str, str]:
    d = os.path.basename(os.path.dirname(os.path.abspath(path)))
    m = re.match(r"writer(\d+)$", d)
    num = m.group(1) if m else "0"
    return f"w{num}", f"onrecord corpus writer {num}"


def convert_file(path: str) -> dict:
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    prefix, author = _writer_of(path)
    stem = os.path.splitext(os.path.basename(path))[0]
    return convert_text(raw, path, doc_id=f"onrecord-{prefix}-{stem}", author=author)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="+", help="marked-up .txt files or directories of them")
    ap.add_argument("--out", help="output JSONL (default: stdout)")
    args = ap.parse_args(argv)
    files: list[str] = []
    for p in args.inputs:
        if os.path.isdir(p):
            files += sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(".txt"))
        else:
            files.append(p)
    records, errors = [], 0
    for p in files:
        try:
            records.append(convert_file(p))
        except MarkupError as e:
            print(f"error: {e}", file=sys.stderr)
            errors += 1
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        print("error: duplicate article ids: " + ", ".join(sorted({i for i in ids if ids.count(i) > 1})), file=sys.stderr)
        errors += 1
    if errors:
        print(f"{errors} file(s) with errors; nothing written", file=sys.stderr)
        return 1
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.out:
        out.close()
        print(f"wrote {len(records)} article(s), {sum(len(r['attributions']) for r in records)} attribution(s) to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
