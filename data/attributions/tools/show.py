#!/usr/bin/env python3
"""Print the attributions of marked-up articles for a quick read: python3 tools/show.py FILE..."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import convert
for p in sys.argv[1:]:
    try:
        r = convert.convert_file(p)
    except convert.MarkupError as e:
        print("error:", e); continue
    n = len(r["attributions"]); w = len(r["text"].split())
    print(f"== {p}: {w} words, {n} attributions")
    for a in r["attributions"]:
        f = lambda k: " | ".join(x["text"] for x in a[k])
        print(f"  {a['id']:>4} {a['type'][:3]} {'N' if a['attrs'].get('nested') else ' '} S[{f('source')[:40]}] C[{f('cue')}] T[{f('content')[:70]}]")
