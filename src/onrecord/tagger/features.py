"""Parse features for the tagger: each token's Penn tag, dependency label and relation to a cue.

A model trained with ``parse_features`` embeds three more token attributes beside the word forms:
``TAG`` and ``DEP`` from the English model (:mod:`onrecord.extract.nlp`), and, stored in the
otherwise unused ``LEMMA`` slot, the token's relation to the nearest cue-like word above it in
the parse: ``CUE`` for a word the cue lexicon knows (or ``according``), ``cue:<dep>`` for a
token below one (``<dep>`` the label of the cue's child on the path, e.g. ``cue:ccomp``), ``-``
when no cue is above it. The tagger's own tokens are aligned to the parse by character offsets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from onrecord.extract.lexicon import load_lexicon

__all__ = ["FEATURE_ATTRS", "annotate", "cue_relation", "featured_doc"]

FEATURE_ATTRS = ("TAG", "DEP", "LEMMA")
"""The token attributes a parse-feature model embeds beside the word forms."""

_MAX_DEPTH = 12


def _is_cue(token: Any) -> bool:
    return token.lower_ == "according" or bool(load_lexicon().cues(token.text))


def cue_relation(token: Any) -> str:
    """The token's relation to the nearest cue-like word above it in the parse.

    Args:
        token: a parsed spaCy token.

    Returns:
        ``CUE``, ``cue:<dep>`` (the dependency of the cue's child on the path up) or ``-``.
    """
    if _is_cue(token):
        return "CUE"
    child = token
    for _ in range(_MAX_DEPTH):
        head = child.head
        if head.i == child.i:
            return "-"
        if _is_cue(head):
            return f"cue:{child.dep_}"
        child = head
    return "-"


def annotate(doc: Any, parses: Iterable[tuple[Any, int]]) -> Any:
    """Copy the parse features onto the tagger's tokens of ``doc``.

    Args:
        doc: a doc made by the tagger's tokenizer.
        parses: ``(parsed doc, offset of its text in doc.text)`` pairs covering (parts of) the text.

    Returns:
        ``doc``, its tokens' ``tag_``, ``dep_`` and ``lemma_`` set (``-`` where no parsed token
        covers the token's first character).
    """
    at: dict[int, tuple[str, str, str]] = {}
    for parsed, base in parses:
        for t in parsed:
            features = (t.tag_ or "-", t.dep_ or "-", cue_relation(t))
            for char in range(base + t.idx, base + t.idx + len(t.text)):
                at[char] = features
    for token in doc:
        tag, dep, relation = at.get(token.idx, ("-", "-", "-"))
        token.tag_ = tag
        token.dep_ = dep
        token.lemma_ = relation
    return doc


def featured_doc(nlp: Any, text: str, parses: Sequence[tuple[Any, int]] | None = None) -> Any:
    """The tagger's doc of ``text`` with parse features, parsing the text when no parse is given.

    Args:
        nlp: the tagger's spaCy pipeline (only its tokenizer is used).
        text: the text to tag.
        parses: ``(parsed doc, offset)`` pairs already made for this text, if any.

    Returns:
        The annotated doc, ready for ``nlp(doc)``.
    """
    if parses is None:
        from onrecord.extract.nlp import parse

        parses = [(parse([text])[0], 0)]
    return annotate(nlp.make_doc(text), parses)
