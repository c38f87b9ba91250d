"""Figures read in a poll: "In a Harwick College poll, Varga leads Holm by six points".

A poll or a survey reports its figures through "in" as often as through a verb ("a poll shows
that C"): the prepositional phrase names the source, the clause it modifies is the content,
there is no verb of saying. The nouns that report this way are marked ``in`` in
``data/documents.txt``; like a document's finding (:mod:`onrecord.extract.documents`) the
reading is on record, so both scopes keep it. A clause whose own verb is a cue ("In the survey,
voters said C") is that cue's, and a figure inside a relative clause is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from onrecord.extract.clauses import Frame
from onrecord.extract.documents import is_document_noun, survey_nouns
from onrecord.extract.lexicon import load_lexicon

__all__ = ["mentions_survey", "read_in_survey"]

_MIN_CONTENT_TOKENS = 3
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


@lru_cache(maxsize=1)
def _in_survey() -> re.Pattern[str]:
    nouns = sorted(survey_nouns())
    forms = "|".join(re.escape(n) + "s?" for n in nouns)
    return re.compile(rf"\bin\s+(?:[\w'’/.&-]+\s+){{0,8}}?(?:{forms})\b", re.IGNORECASE)


def mentions_survey(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds "in ... poll" (a cheap filter: the sentence is parsed)."""
    return _in_survey().search(text, start, end) is not None


def _trimmed(tokens: list[Any]) -> list[Any]:
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    return tokens


def read_in_survey(token: Any) -> Frame | None:
    """Read ``in`` (``token``) as the cue of a poll's figures: its object the source, the clause
    it modifies the content; None when it is no such phrase."""
    if token.lower_ != "in" or token.dep_ != "prep":
        return None
    source = next((c for c in token.children if c.dep_ == "pobj"), None)
    if source is None or not is_document_noun(source.lower_, survey_nouns()):
        return None
    head = token.head
    if head.i == token.i or head.pos_ not in {"VERB", "AUX"} or head.dep_ in {"relcl", "acl"}:
        return None
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    if subject is None or load_lexicon().cues(head.text):
        return None
    skip = {t.i for t in token.subtree}
    if token.i < subject.i:  # "In a poll last month, Varga led": the content opens at its subject
        skip |= {t.i for t in head.subtree if t.i < subject.left_edge.i}
    content = _trimmed([t for t in head.subtree if t.i not in skip])
    if len(content) < _MIN_CONTENT_TOKENS or any(t.i in skip for t in content):
        return None
    if content[0].i < token.i < content[-1].i:
        return None  # the phrase inside the content's span: no clean span to give
    return Frame([token], content, source, frame="clause")
