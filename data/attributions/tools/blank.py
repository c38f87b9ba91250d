#!/usr/bin/env python3
"""Write unannotated copies of marked-up articles, for a second annotator.

Usage: python3 tools/blank.py OUTDIR raw/writer0/001-*.txt ...

Each output file keeps the header and the plain text (all <sN>/<cN>/<tN> tags
removed, &lt; &gt; &amp; kept as written), so the reviewer marks it up from
scratch without seeing the first annotation. Stdlib only.
"""
import os
import re
import sys

TAG_RE = re.compile(r"</?[sct]\d+(?:,\d+)*(?:\s+[A-Za-z_]+(?:=[A-Za-z_-]+)?)*\s*>")


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    out = argv[0]
    os.makedirs(out, exist_ok=True)
    for p in argv[1:]:
        s = open(p, encoding="utf-8").read()
        head, sep, body = s.partition("\n---\n")
        with open(os.path.join(out, os.path.basename(p)), "w", encoding="utf-8") as f:
            f.write(head + sep + TAG_RE.sub("", body))
    print(f"wrote {len(argv) - 1} file(s) to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
