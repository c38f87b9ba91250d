#!/usr/bin/env python3
"""Move a final . ? ! out of unquoted content tags in marked-up files (GUIDELINES 2, CONTENT).

Usage: python3 tools/fix_final_punct.py raw/writerN/*.txt   (edits in place, prints how many)
"""
import re
import sys

total = 0
for p in sys.argv[1:]:
    s = open(p, encoding="utf-8").read()

    def fix(m):
        global total
        punct, n = m.group(1), m.group(2)
        before = s[:m.start()]
        opens = [x for x in re.finditer(r"<t([\d,]+)>", before) if n in x.group(1).split(",")]
        if not opens or s[opens[-1].end():opens[-1].end() + 1] in "\"“":
            return m.group(0)
        if re.search(r"(a\.m|p\.m|U\.S|Jr|Inc|Co|St)$", before):
            return m.group(0)
        total += 1
        return f"</t{n}>{punct}"

    s2 = re.sub(r"([.?!])</t(\d+)>", fix, s)
    if s2 != s:
        open(p, "w", encoding="utf-8").write(s2)
print(f"moved {total}")
