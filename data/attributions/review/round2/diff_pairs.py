#!/usr/bin/env python3
"""List disagreements between two annotations (A = first, B = second), using
agreement.py's pairing. Usage: python3 review/round2/diff_pairs.py A.jsonl B.jsonl [--include-nested]"""
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import agreement as ag
nested = "--include-nested" in sys.argv
args = [a for a in sys.argv[1:] if not a.startswith("--")]
A, B = ag.load(args[0], nested), ag.load(args[1], nested)
def sh(a, role):
    return " | ".join(s["text"] for s in a[role])
def desc(a):
    n = "N" if a.get("attrs", {}).get("nested") else " "
    return f"{a['id']:>4} {a['type'][:3]} {n} S[{sh(a,'source')}] C[{sh(a,'cue')}] T[{sh(a,'content')[:110]}]"
for i in sorted(set(A) & set(B)):
    (ta, aa), (tb, bb) = A[i], B[i]
    pairs = ag.pair(aa, bb)
    pa = {id(a) for a, _ in pairs}; pb = {id(b) for _, b in pairs}
    print(f"=== {i}")
    for a in aa:
        if id(a) not in pa: print("  ONLY-1st", desc(a))
    for b in bb:
        if id(b) not in pb: print("  ONLY-2nd", desc(b))
    for a, b in pairs:
        d = [r for r in ("source", "cue", "content") if ag.key(a[r]) != ag.key(b[r])]
        if a["type"] != b["type"]: d.append("type")
        if d:
            print(f"  DIFF {','.join(d)}\n     1st {desc(a)}\n     2nd {desc(b)}")
