"""The author of a document that speaks: "According to a report by the Tessby Rural Trust, C",
"A survey published in May by the Kelmont Chamber of Trade found C".

A document's words are its author's statement on record; when the phrase names the author with
"by" (on the document noun, or on a participle that says the author made it public: published,
released, conducted), the author is the one who speaks. A "by" of whoever only saw or leaked the
document ("a report seen by the Herald") names no author, nor does a medium's ("a report by the
Herald" is the press relaying, which the channel rules read): both detectors, the parse's
(``document_author``) and the words' (``names_author``), ask ``is_medium_author`` the same.
"""

from __future__ import annotations

import re
from typing import Any

from onrecord.extract.documents import document_nouns, is_document_noun

__all__ = ["document_author", "is_medium_author", "names_author"]

# the participles by which an author makes a document ("a survey conducted by ...")
_AUTHORING = frozenset(
    "published released conducted carried compiled prepared written produced issued authored drafted presented".split()
)


def is_medium_author(words: str) -> bool:
    """Whether the words that follow a document's "by" name a medium, no author on record: a
    masthead ("the Harlow Herald"), a known outlet, a media phrase ("state television").

    Args:
        words: the author's words as written, with or without their determiner.

    Returns:
        True for a medium.
    """
    from onrecord.attribute.knowledge import knowledge

    kb = knowledge()
    words = words.strip()
    if not words:
        return False
    return kb.is_masthead(words) or kb.find_outlet(words) is not None or kb.is_media_phrase(words)


def document_author(head: Any) -> Any | None:
    """The head token of the author a document mention names with "by" ("a report by the Tessby
    Rural Trust" → "Trust"), when ``head`` is a document noun (``data/documents.txt``) and the
    author no medium; else None.

    Args:
        head: a mention's head token (spaCy).

    Returns:
        The author's head token, or None.
    """
    if head.pos_ not in {"NOUN", "PROPN"} or not is_document_noun(head.lower_, document_nouns()):
        return None
    holders = [head, *(c for c in head.children if c.dep_ == "acl" and c.lower_ in _AUTHORING)]
    for holder in holders:
        for by in holder.children:
            if by.lower_ != "by" or by.dep_ not in {"prep", "agent"}:
                continue
            author = next((c for c in by.children if c.dep_ == "pobj"), None)
            if author is None or author.pos_ not in {"NOUN", "PROPN"}:
                continue
            words = " ".join(t.text for t in author.subtree if t.i <= author.i and t.dep_ != "det")
            if is_medium_author(words):
                return None  # "a report by the Herald": the press, not an author on record
            return author
    return None


# the words between a source cue and the author it names: "a survey by ", "a 2025 review published by "
_BY_AT_END = re.compile(r"\bby\s*$")
_WORDS = re.compile(r"[A-Za-z]+")


def names_author(between: str, author: str) -> bool:
    """Whether the words between a cue and its mention name a document whose author the mention
    is ("According to | a study by | the walkers' group X"): they hold a document noun and end
    with "by", and the mention is no medium ("a report by | the Harlow Herald" is the press
    relaying).

    Args:
        between: the text from the cue's end to the mention's start.
        author: the mention's words.

    Returns:
        True when the mention is a document's author.
    """
    if _BY_AT_END.search(between) is None or is_medium_author(author):
        return False
    nouns = document_nouns()
    return any(is_document_noun(w.casefold(), nouns) for w in _WORDS.findall(between))
