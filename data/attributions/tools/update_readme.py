#!/usr/bin/env python3
"""Refresh the counts block of README.md from tools/validate.py (stdlib only).

Usage: python3 tools/update_readme.py      (from the corpus folder)

Replaces the text between <!-- counts:start --> and <!-- counts:end -->.
"""
import glob
import os
import subprocess
import sys

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
files = sorted(glob.glob(os.path.join(here, "jsonl", "*.jsonl")))
out = subprocess.run([sys.executable, os.path.join(here, "tools", "validate.py"), *files],
                     capture_output=True, text=True).stdout
readme = os.path.join(here, "README.md")
s = open(readme, encoding="utf-8").read()
a, b = "<!-- counts:start -->", "<!-- counts:end -->"
if a not in s or b not in s:
    sys.exit("README.md has no counts markers")
rel = " ".join(os.path.relpath(f, here) for f in files)
block = f"{a}\n\n    $ python3 tools/validate.py {rel}\n" + "".join("    " + l + "\n" for l in out.splitlines()) + f"\n{b}"
s = s[:s.index(a)] + block + s[s.index(b) + len(b):]
open(readme, "w", encoding="utf-8").write(s)
print(out.splitlines()[-1] if out else "validate printed nothing")
