"""The wordings of a quote that semantic linking compares, besides the quote as a whole.

Another outlet may keep one clause of a long quote, and a journalist's indirect rendering
shifts the tense ("will" → "would") and adds the names the speaker did not need to say
("a call between Putin and Trump" for "a telephone call"). Comparing only whole texts misses
both; these helpers give the extra views:

* :func:`clauses`: the sentences and coordinated clauses of a quote;
* :func:`unshifted`: reported speech with its backshifted tense undone;
* :func:`without_names`: the wording without its capitalised names (compared only with a
  quote of the same speaker in the same article, where the names are the journalist's);
* :func:`without_asides`: a report without the relative clauses a journalist set between
  commas to introduce a party ("the Nation, whose land lies in two counties, backs it").
"""

from __future__ import annotations

import re

from onrecord.extract.words import word_count

__all__ = ["MIN_VIEW_WORDS", "clauses", "unshifted", "without_asides", "without_names"]

MIN_VIEW_WORDS = 3
_SPLIT = re.compile(
    r"(?<=[.!?…])\s+(?=[\"“„«A-ZÀ-ÞА-ЯЁ])"  # sentences
    r"|\s*;\s+"
    r"|,?\s+(?:and|but|while|so|und|aber|а|и|но|et|mais|y|pero)\s+(?=(?:we|i|it|they|he|she|this|that|there|the|our|"
    r"wir|ich|es|sie|er|das|die|der|мы|я|это|они|он|она|nous|je|il|elle|nosotros|yo)\b)"  # a clause with a subject
    r"|\s+[—–]\s+"
    r"|,\s+(?:while|whereas|während|tandis\s+que|alors\s+que|mientras\s+que)\s+"  # a second claim set beside the first
    r"|,\s+(?=which\b)",  # a relative clause that adds to what was said
    re.I,
)
_BACKSHIFT = [
    (re.compile(r"\bwould\b", re.I), "will"),
    (re.compile(r"\bhad been\b", re.I), "has been"),
    (re.compile(r"\bwas\b", re.I), "is"),
    (re.compile(r"\bwere\b", re.I), "are"),
    (re.compile(r"\bcould\b", re.I), "can"),
    (re.compile(r"\bhad\b(?=\s+\w+(?:ed|en)\b)", re.I), "has"),
]
# A run of capitalised words (with "of" inside: "Bank of England"), not at a sentence start,
# and the possessive or preposition that only served it.
_NAME_RUN = re.compile(
    r"(?:\b(?:between|with|by|of|from|to|for|and)\s+)?"
    r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-ÞА-ЯЁ][\w'’\-]*(?:\s+(?:of\s+|and\s+)?[A-ZÀ-ÞА-ЯЁ][\w'’\-]*)*(?:['’]s\b)?"
)


# A relative clause between commas: ", whose reservation lies partly in two counties,".
_ASIDE = re.compile(r",\s+(?:who|whose|whom|which|where)\b[^,;.!?]*,\s*", re.I)


def clauses(text: str) -> list[str]:
    """The sentences and clauses of ``text`` with at least :data:`MIN_VIEW_WORDS` words each.

    Returns an empty list when the text is a single clause.
    """
    parts = [p.strip(" ,.;:\"“”„«»'") for p in _SPLIT.split(text) if p]
    parts = [p for p in parts if word_count(p) >= MIN_VIEW_WORDS]
    return parts if len(parts) > 1 else []


# German reports speech in the subjunctive (Konjunktiv I: "er sei", "man habe"), and its
# impersonal "man" stands for the speaker's "wir" ("Man sei nicht zufrieden" for "We are not
# satisfied"): the auxiliaries and modals back in the indicative, "man" with them as "wir"
_DE_SUBJUNCTIVE = {
    "sei": ("ist", "sind"),
    "seien": ("sind", "sind"),
    "habe": ("hat", "haben"),
    "werde": ("wird", "werden"),
    "könne": ("kann", "können"),
    "müsse": ("muss", "müssen"),
    "wolle": ("will", "wollen"),
    "solle": ("soll", "sollen"),
    "dürfe": ("darf", "dürfen"),
}
_DE_WITH_MAN = re.compile(r"\b(?:man\s+(\w+)|(\w+)\s+man)\b", re.I)
_DE_VERB = re.compile(r"\b(" + "|".join(_DE_SUBJUNCTIVE) + r")\b", re.I)


def _de_indicative(text: str) -> str:
    """German reported speech in the indicative, its "man" as "wir" (see :data:`_DE_SUBJUNCTIVE`)."""

    def with_man(m: re.Match[str]) -> str:
        verb = (m.group(1) or m.group(2)).casefold()
        if verb not in _DE_SUBJUNCTIVE:
            return m.group(0)
        plural = _DE_SUBJUNCTIVE[verb][1]
        return f"wir {plural}" if m.group(1) else f"{plural} wir"

    text = _DE_WITH_MAN.sub(with_man, text)
    return _DE_VERB.sub(lambda m: _DE_SUBJUNCTIVE[m.group(1).casefold()][0], text)


def unshifted(text: str, language: str | None = "en") -> str:
    """Reported speech with the tense backshift undone ("would peak" → "will peak"); in German,
    with its subjunctive undone ("Man sei zufrieden" → "wir sind zufrieden")."""
    if language == "de":
        return _de_indicative(text)
    for pattern, repl in _BACKSHIFT:
        text = pattern.sub(repl, text)
    return text


def without_names(text: str) -> str:
    """``text`` without its capitalised names (and the word that attached them)."""
    return " ".join(_NAME_RUN.sub(" ", text).split())


def without_asides(text: str) -> str:
    """``text`` without the relative clauses set between commas (``text`` when it has none)."""
    return " ".join(_ASIDE.sub(" ", text).split())
