#!/usr/bin/env python3
"""Warn about span boundaries that break GUIDELINES.md conventions (stdlib only).

Usage: python3 tools/lint.py jsonl/writer0.jsonl

Warnings, not errors: each one should be looked at, and most should be fixed.
"""
import json
import re
import sys

OPEN, CLOSE = "\"“", "\"”"
CUE_WORDS = re.compile(r"\b(said|says|say|saying|told|tells|tell|according to|asked|asks|believes?|believed|thinks?|thought|expects?|expected|wrote|writes|reported|announced|warned|argued?|claimed|insisted|noted|added|denied|urged)\b")


def lint(rec):
    t = rec["text"]
    out = []
    for a in rec["attributions"]:
        aid = a["id"]
        for sp in a["content"]:
            s, e, x = sp["start"], sp["end"], sp["text"]
            if s > 0 and t[s - 1] in OPEN and x[:1] not in OPEN:
                out.append(f"{aid}: content starts just after an opening quotation mark (include the mark): {x[:40]!r}")
            if t[e:e + 2] in (',"', ",”", '."', ".”", '?"', "?”") and not a["attrs"].get("nested"):
                out.append(f"{aid}: content stops before {t[e:e+2]!r} (include punctuation and closing mark): …{x[-30:]!r}")
            if e < len(t) and t[e] in CLOSE and x[:1] in OPEN:
                out.append(f"{aid}: direct content stops before its closing mark: …{x[-30:]!r}")
            if x.endswith((".", "?", "!")) and not x[:1] in OPEN and x.count('"') % 2 == 0 and x.count("“") == 0 and len(a["content"]) == 1:
                if not re.search(r"\b[A-Z][a-z]{0,3}\.$|\b[a-z]\.[a-z]\.$", x):
                    out.append(f"{aid}: indirect content ends with . ? or ! outside quotes (leave it out): …{x[-30:]!r}")
            if x[:1] in OPEN and x.count(x[0]) + x.count("”") == 1 and len(a["content"]) == 1 and not t[e:e+1] in CLOSE:
                out.append(f"{aid}: content has an opening mark but no closing one: …{x[-30:]!r}")
            if re.match(r"(?i)(in a statement|in an interview|reporters|me|us)\b", x):
                out.append(f"{aid}: content starts with {x.split()[0]!r}: part of the cue or an addressee?")
        for sp in a["source"]:
            e = sp["end"]
            if "," in sp["text"] and t[e:e + 1] == "," and a["cue"] and a["cue"][0]["start"] > e:
                out.append(f"{aid}: source with an appositive leaves its closing comma out: {sp['text'][-30:]!r}")
        for sp in a["cue"]:
            if t[sp["end"]:sp["end"] + 15].startswith((" in a statement", " in an interview")):
                out.append(f"{aid}: cue {sp['text']!r} is followed by 'in a statement/interview' (include it)")
            if re.search(r"\b(has|have|had)\s$", t[max(0, sp["start"] - 5):sp["start"]]) and " " not in sp["text"]:
                out.append(f"{aid}: auxiliary before cue {sp['text']!r} left out")
    cue_chars, content_chars = set(), set()
    for a in rec["attributions"]:
        for sp in a["cue"]:
            cue_chars.update(range(sp["start"], sp["end"]))
        for sp in a["content"]:
            content_chars.update(range(sp["start"], sp["end"]))
    for m in CUE_WORDS.finditer(t):
        # words inside a content are often the speaker's own words (not annotated, see
        # GUIDELINES 3); only words outside every cue and content are reported
        if m.start() not in cue_chars and m.start() not in content_chars:
            line = t[max(0, m.start() - 50):m.end() + 30].replace("\n", " ")
            out.append(f"cue word {m.group(0)!r} outside any cue (unannotated attribution?): …{line}…")
    return out


n = 0
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        rec = json.loads(line)
        for w in lint(rec):
            print(f"{rec['id']}: {w}")
            n += 1
print(f"{n} warning(s)")
