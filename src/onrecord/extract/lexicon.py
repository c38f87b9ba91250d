"""The cue lexicon: which words introduce reported speech, and what content each can take."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Cue", "Lexicon", "inflect", "load_lexicon"]

_WORDS = re.compile(r"[a-z]+")
# words of source phrases read outside the verb lexicon: "according to X", "by X's own account"
_PHRASE_TRIGGERS = frozenset({"according", "account"})
# a belief read only through these frames frames no quotation ("see X as Y", "learned that C")
_VIEW_FRAMES = frozenset({"as", "that", "adjective"})
# frames that need a that-clause: a form with no other is a trigger only beside "that"
_THAT_ONLY_FRAMES = frozenset({"that", "adjective"})
# "held that", "ruling that", "had submitted on Monday that": a word a few words before "that"
_BEFORE_THAT = re.compile(r"\b([a-z]+)(?=(?:\s+[a-z]+){0,3}\s+that\b)")


@dataclass(frozen=True, slots=True)
class Cue:
    """One lexicon entry: ``lemma`` (with ``particle`` for phrasal cues), class and frames."""

    lemma: str
    particle: str | None
    cls: str
    frames: frozenset[str]


def _may_be_a_statement(cue: Cue) -> bool:
    """Whether ``cue`` can yield a statement, so that its sentence is parsed in the statements
    scope: speech, a stance about a quotation ("called them X"), a document's finding ("the
    audit found that C"); a belief never ("see X as Y")."""
    if cue.cls == "speech" or "document" in cue.frames:
        return True
    return "as" in cue.frames and cue.cls != "belief"


def inflect(lemma: str) -> list[str]:
    """Regular English verb forms: lemma, -s, -ed, -ing."""
    forms = [lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.append(lemma + "es")
    elif re.search(r"[^aeiou]y$", lemma):
        forms.append(lemma[:-1] + "ies")
    else:
        forms.append(lemma + "s")
    if lemma.endswith("e"):
        forms.append(lemma + "d")
    elif re.search(r"[^aeiou]y$", lemma):
        forms.append(lemma[:-1] + "ied")
    else:
        forms.append(lemma + "ed")
    if lemma.endswith("e") and not lemma.endswith("ee"):
        forms.append(lemma[:-1] + "ing")
    else:
        forms.append(lemma + "ing")
    return forms


class Lexicon:
    """Cue words by surface form.

    Args:
        entries: the cues; each is indexed under every form of its verb.
        forms: the surface forms of each lemma (lemma -> forms).
    """

    def __init__(self, entries: list[tuple[Cue, list[str]]]) -> None:
        self.by_form: dict[str, list[Cue]] = {}
        self.lemma_of: dict[str, str] = {}
        # nouns of speech ("his claim that C"): kept apart, a cue only with a that-clause
        self.by_noun: dict[str, list[Cue]] = {}
        for cue, forms in entries:
            if "noun" in cue.frames:
                for form in forms:
                    self.by_noun.setdefault(form, []).append(cue)
                continue
            verb = cue.lemma.split()[0]
            for form in forms:
                self.by_form.setdefault(form, []).append(cue)
                self.lemma_of.setdefault(form, verb)
        # forms whose every cue needs a that-clause ("held that", "his claim that"): a trigger only
        # beside "that"
        self.that_only = frozenset(
            f for f, cs in self.by_form.items() if all(c.frames <= _THAT_ONLY_FRAMES for c in cs)
        ) | (frozenset(self.by_noun) - frozenset(self.by_form))
        self.trigger = (frozenset(self.by_form) | _PHRASE_TRIGGERS) - self.that_only
        self.speech_trigger = (
            frozenset(f for f, cs in self.by_form.items() if any(_may_be_a_statement(c) for c in cs)) | _PHRASE_TRIGGERS
        ) - self.that_only

    def cues(self, form: str) -> list[Cue]:
        """Return the cues a word form can be (case-insensitive)."""
        return self.by_form.get(form.lower(), [])

    def frames_quote(self, form: str) -> bool:
        """Whether a word form can frame the quotation after it (``said "..."``, ``warned "..."``):
        any cue but a belief read only as a view, a that-clause or a predicate adjective (``has
        seen "in twenty years"``, ``is sure "..."`` introduce no one's words)."""
        return any(c.cls != "belief" or not c.frames <= _VIEW_FRAMES for c in self.cues(form))

    def noun_cues(self, form: str) -> list[Cue]:
        """Return the noun cues (frame ``noun``: ``claim``, ``assertion``) a word form can be."""
        return self.by_noun.get(form.lower(), [])

    def lemma(self, form: str) -> str | None:
        """Return the lemma of a cue word form, or None if the word is no cue."""
        return self.lemma_of.get(form.lower())

    def has_cue(self, text: str, speech_only: bool = False) -> bool:
        """Return True when ``text`` holds a word that can be a cue (a speech cue if asked)."""
        words = self.speech_trigger if speech_only else self.trigger
        lowered = text.lower()
        if not words.isdisjoint(_WORDS.findall(lowered)):
            return True
        return bool(self.that_only) and any(m.group(1) in self.that_only for m in _BEFORE_THAT.finditer(lowered))


def _parse(text: str) -> list[tuple[Cue, list[str]]]:
    entries = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        lemma, cls, frames = cols[0].strip(), cols[1].strip(), cols[2].strip()
        words = lemma.split()
        verb, particle = words[0], (words[1] if len(words) > 1 else None)
        forms = cols[3].split() if len(cols) > 3 and cols[3].strip() else []
        forms = sorted({verb, *forms, *([] if forms else inflect(verb))})
        entries.append((Cue(lemma, particle, cls, frozenset(frames.split(","))), forms))
    return entries


@lru_cache(maxsize=4)
def load_lexicon(name: str = "cues.tsv") -> Lexicon:
    """Load a cue lexicon shipped in ``onrecord/extract/data``."""
    text = resources.files("onrecord.extract").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return Lexicon(_parse(text))
