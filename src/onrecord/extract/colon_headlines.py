"""A headline that attributes by a colon: "Vell: Ferry Cuts 'A Betrayal Of The Islands'".

News headlines often name the speaker, then a colon, then what the speaker said or holds, with
no verb at all. The attributions scope (PolNeAR's wide notion, which annotates headlines) reads
such a headline as an attribution: the words before the colon its source, the colon its cue, the
rest its content. The statements scope leaves every headline out (the writer's summary).

Only the article's first line is read, and only when the words before the colon can be a name
or a source: one to four words that open with a capital, no article or question word first
("The Latest: ...", "Why: ..."), no possessive ("Monday's Morning Email: ..."), not a shouted
label ("EXCLUSIVE: ...", "BREAKING: ...").
"""

from __future__ import annotations

import re

from onrecord.extract.candidates import Analysis, Candidate
from onrecord.extract.mentions import Mention

__all__ = ["colon_headline"]

_LINE = re.compile(r"^(?P<source>[^\n:]{1,60}?):[ \t]+(?P<content>[^\n]+?)[\s.;]*$")
_MAX_SOURCE_WORDS = 4
_MIN_CONTENT_WORDS = 3
_MAX_LINE_WORDS = 40
_NOT_FIRST = frozenset("the a an this that these those why how what when where who which".split())
_POSSESSIVE = re.compile(r"['’]s?\b|s['’]", re.IGNORECASE)


def _a_source(words: list[str]) -> bool:
    """Whether the words before a headline's colon can name who speaks."""
    if not 1 <= len(words) <= _MAX_SOURCE_WORDS or not words[0][:1].isupper():
        return False
    if words[0].casefold() in _NOT_FIRST:
        return False
    letters = "".join(ch for w in words for ch in w if ch.isalpha())
    if letters.isupper() and len(letters) > 4:
        return False  # "EXCLUSIVE", "FIX IS IN": a label, not a source
    return not _POSSESSIVE.search(" ".join(words))


def colon_headline(analysis: Analysis) -> Candidate | None:
    """The attribution of the article's first line when it is a "Source: content" headline, or
    None. Its cue is the colon, its source mention the words before it."""
    text = analysis.text
    end = text.find("\n")
    if end <= 0:
        return None
    found = _LINE.match(text[:end])
    if found is None or len(found.group(0).split()) > _MAX_LINE_WORDS:
        return None
    source, content = found.group("source"), found.group("content")
    if not _a_source(source.split()) or len(content.split()) < _MIN_CONTENT_WORDS:
        return None
    s_start = found.start("source") + (len(source) - len(source.lstrip()))
    s_end = found.end("source") - (len(source) - len(source.rstrip()))
    name = text[s_start:s_end]
    kind = "name" if all(w[:1].isupper() for w in name.split()) else "other"
    mention = Mention(s_start, s_end, name, kind, name=name if kind == "name" else None)
    colon = found.end("source")
    pieces = [(found.start("content"), found.end("content"))]
    return Candidate(
        "indirect", pieces, (colon, colon + 1), None, "speech", mention, analysis.sentence_at(colon), frame="headline"
    )
