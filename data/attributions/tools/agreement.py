#!/usr/bin/env python3
"""Inter-annotator agreement between two annotations of the same articles.

Usage: python3 tools/agreement.py A.jsonl B.jsonl [--include-nested]

Articles are matched by id (their texts must be identical). Within an article,
attributions are paired greedily by content overlap (characters in common /
characters in the union of both contents, >= 0.5). Reported, treating A as the
reference (the figures are symmetric except P/R):

- attributions: P / R / F1 at content overlap >= 0.5 (MATCH@0.5) and for exact
  content (all spans identical);
- on matched pairs: source exact agreement (both empty counts as agreement),
  cue exact agreement, type agreement and Cohen's kappa, sourceless agreement;
- per role, token-free character F1 over all spans of that role.

Nested attributions (attrs.nested) are left out unless --include-nested.
Stdlib only.
"""
import argparse
import collections
import json
import sys

TYPES = ("speech", "belief", "document", "other")


def chars(spans):
    s = set()
    for sp in spans:
        s.update(range(sp["start"], sp["end"]))
    return s


def key(spans):
    return tuple((sp["start"], sp["end"]) for sp in spans)


def load(path, nested):
    out = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        atts = [a for a in r["attributions"] if nested or not a.get("attrs", {}).get("nested")]
        out[r["id"]] = (r["text"], atts)
    return out


def pair(a_atts, b_atts):
    cand = []
    for i, a in enumerate(a_atts):
        ca = chars(a["content"])
        for j, b in enumerate(b_atts):
            cb = chars(b["content"])
            u = len(ca | cb)
            ov = len(ca & cb) / u if u else 0.0
            if ov >= 0.5:
                cand.append((ov, i, j))
    cand.sort(reverse=True)
    used_a, used_b, pairs = set(), set(), []
    for ov, i, j in cand:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((a_atts[i], b_atts[j]))
    return pairs


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def kappa(pairs):
    n = len(pairs)
    if not n:
        return float("nan")
    po = sum(a == b for a, b in pairs) / n
    ca = collections.Counter(a for a, _ in pairs)
    cb = collections.Counter(b for _, b in pairs)
    pe = sum(ca[t] * cb[t] for t in TYPES) / (n * n)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--include-nested", action="store_true")
    args = ap.parse_args(argv)
    A, B = load(args.a, args.include_nested), load(args.b, args.include_nested)
    ids = sorted(set(A) & set(B))
    if not ids:
        print("no article ids in common")
        return 1
    C = collections.Counter()
    type_pairs = []
    role_ov = collections.Counter()
    for i in ids:
        (ta, aa), (tb, bb) = A[i], B[i]
        if ta != tb:
            print(f"warning: {i}: texts differ; skipped")
            continue
        C["articles"] += 1
        C["a"] += len(aa)
        C["b"] += len(bb)
        pairs = pair(aa, bb)
        C["match"] += len(pairs)
        C["exact"] += len({key(a["content"]) for a in aa} & {key(b["content"]) for b in bb})
        for a, b in pairs:
            C["src_agree"] += key(a["source"]) == key(b["source"])
            C["cue_agree"] += key(a["cue"]) == key(b["cue"])
            C["nosrc_agree"] += (not a["source"]) == (not b["source"])
            type_pairs.append((a.get("type"), b.get("type")))
        for role in ("source", "cue", "content"):
            ca = set().union(*[chars(a[role]) for a in aa]) if aa else set()
            cb = set().union(*[chars(b[role]) for b in bb]) if bb else set()
            role_ov[role + "_both"] += len(ca & cb)
            role_ov[role + "_a"] += len(ca)
            role_ov[role + "_b"] += len(cb)
    m = C["match"]
    p, r = m / max(1, C["b"]), m / max(1, C["a"])
    pe, re_ = C["exact"] / max(1, C["b"]), C["exact"] / max(1, C["a"])
    print(f"articles: {C['articles']}  attributions A: {C['a']}  B: {C['b']}")
    print(f"MATCH@0.5  P {p:.3f}  R {r:.3f}  F1 {f1(p, r):.3f}")
    print(f"EXACT      P {pe:.3f}  R {re_:.3f}  F1 {f1(pe, re_):.3f}")
    if m:
        print(f"on {m} matched pairs: source exact {C['src_agree'] / m:.3f}  cue exact {C['cue_agree'] / m:.3f}"
              f"  sourceless agree {C['nosrc_agree'] / m:.3f}  type agree {sum(a == b for a, b in type_pairs) / m:.3f}"
              f"  type kappa {kappa(type_pairs):.3f}")
    for role in ("source", "cue", "content"):
        pa = role_ov[role + "_both"] / max(1, role_ov[role + "_b"])
        ra = role_ov[role + "_both"] / max(1, role_ov[role + "_a"])
        print(f"{role:8s} character F1 {f1(pa, ra):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
