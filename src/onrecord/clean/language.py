"""Language of an article from its script and its most frequent function words.

News articles are long enough for a stop-word vote to be reliable; this avoids a model download.
Languages it cannot tell apart from others come back as None, never as a guess.
"""

from __future__ import annotations

import re
from collections import Counter

from onrecord.languages import languages

__all__ = ["detect_language"]

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def detect_language(text: str, *, sample: int = 20000) -> str | None:
    """Return the ISO 639-1 code of the language ``text`` is written in, or None if unsure.

    Args:
        text: the article body.
        sample: how many characters to look at.
    """
    text = text[:sample]
    counts = {
        "cyrillic": len(_CYRILLIC.findall(text)),
        "latin": len(_LATIN.findall(text)),
        "greek": len(_GREEK.findall(text)),
    }
    if sum(counts.values()) < 20:
        return None
    script = max(counts, key=lambda k: counts[k])  # the script most letters are written in
    candidates = {code: entry for code, entry in languages().items() if entry.stopwords and entry.script == script}
    words = Counter(w.lower() for w in _WORD.findall(text))
    total = sum(words.values()) or 1
    scores = {code: sum(words[w] for w in entry.stopwords) / total for code, entry in candidates.items()}
    for code, entry in candidates.items():
        if entry.letters and re.search(f"[{entry.letters}{entry.letters.upper()}]", text):
            scores[code] += 0.05  # "і", "ł", "ř": letters only this language writes
    best = max(scores, key=lambda k: scores[k])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < 0.08 or (len(ranked) > 1 and ranked[0] - ranked[1] < 0.02):
        return None
    return best
