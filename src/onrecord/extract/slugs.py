"""A broadcast script's slugs: the bracketed line that says whose sound comes next.

A television running script sets each clip under a slug line of its own (``[SOT — ADA LIND,
HARBOUR MASTER]``, ``[CLIP: IVO SANT, FARMER]``) and then prints the clip as a turn under the
speaker's label (``LIND: The quay stays shut.``). One or two such clips make a script as surely as
three labelled turns do: the slug names the person the label stands for.
"""

from __future__ import annotations

import re

__all__ = ["introduced_by_slug"]

# a line that is one bracketed note and nothing else: "[SOT — ADA LIND, HARBOUR MASTER]"
_SLUG = re.compile(r"[ \t]*\[(?P<note>[^\[\]\n]{3,120})\][ \t]*")


def introduced_by_slug(text: str, label: str, label_start: int) -> bool:
    """Whether the line right above a turn's label (a blank line may stand between) is a bracketed
    slug that names the label's person ("[SOT — ADA LIND, HARBOUR MASTER]" above "LIND: ...")."""
    line_start = text.rfind("\n", 0, label_start) + 1
    if text[line_start:label_start].strip() or line_start == 0:
        return False  # the label does not open its line, or no line stands above it
    above_end = line_start - 1
    above_start = text.rfind("\n", 0, above_end) + 1
    if not text[above_start:above_end].strip() and above_start > 0:  # one blank line between
        above_end = above_start - 1
        above_start = text.rfind("\n", 0, above_end) + 1
    slug = _SLUG.fullmatch(text, above_start, above_end)
    if slug is None:
        return False
    words = re.findall(r"[^\W\d_][\w'’\-]*", re.sub(r"\([^()]*\)", "", label))
    note = slug.group("note").casefold()
    return bool(words) and all(re.search(rf"(?<![\w-]){re.escape(w.casefold())}(?![\w-])", note) for w in words)
