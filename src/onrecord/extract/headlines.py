"""Headlines read as reported speech: "John Vell Denies Presenter's Suggestion He Was Passed A Note".

A headline written in title case (every word but the small ones capitalised) parses like a
sentence, and its verb ("Denies", "Says", "Warns") like a cue. News readers know it for the
writer's summary, not the speaker's words; the gold of every held-out set leaves headlines out.
Direct quotes in a headline ('Vell on the note: "Not at all"') are the speaker's own words and stay.
"""

from __future__ import annotations

import re

from onrecord.extract.candidates import Analysis, Candidate

__all__ = ["is_title_case_headline", "without_headlines"]

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_SMALL = frozenset("a an the of in on and or for to at by with from as is be vs via but nor than that".split())
_MIN_WORDS = 4


def is_title_case_headline(sentence: str) -> bool:
    """Whether ``sentence`` is written in title case, as headlines are: at least four words that
    are not small words, every one capitalised, and not all in capitals (a transcript in
    capitals is speech)."""
    words = [w for w in _WORD.findall(sentence) if w.casefold() not in _SMALL]
    if len(words) < _MIN_WORDS:
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    return any(any(ch.islower() for ch in w[1:]) for w in words)


def without_headlines(analysis: Analysis, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without the reported speech of a title-case headline."""
    kept = []
    for c in candidates:
        if c.kind != "direct":
            sentence = analysis.sentences[analysis.sentence_at(c.start)]
            if is_title_case_headline(analysis.text[sentence.start : sentence.end]):
                continue
        kept.append(c)
    return kept
