"""Translations in languages no model was trained on, by a learned pair scorer.

A wording in a language outside :data:`~onrecord.link.embed.LANGUAGES` that the earlier steps
left with no report in another language (no figure, name or cosine passed their own fixed
cuts) is weighed once more against each statement its speaker made in other languages within
the window. Each statement is described by evidence a translation shares whatever its
language: the second model's cosine with the statement's closest wording and its lead over the
other statements, the same specific figures, a name both give, the same day, how far apart
their lengths are, how many statements there are to choose from, and whether the statement
already holds a wording of the same article. A logistic regression over those features
(:data:`FEATURES`), trained on the translation candidates of the development sets 1-84 (none
of their words, only these numbers), gives the chance that the statement is the wording's own;
the best statement is taken when that chance reaches the model's threshold, which was chosen
on development folds. Between two statements of the speaker told apart only by a figure (a
rival within :data:`SIBLING_REACH` of the best one's cosine that gives other figures), the
wording's own digits decide: it joins the best one only when it gives that one's figures
(:func:`figures_decide`). The caller verifies the pair as any other (negations, figures,
occasions, :func:`~onrecord.link.features.compatible`).

The model is package data, ``link/data/crosslingual.json``; ``python -m onrecord.link.crosslingual_train
fit`` rebuilds it byte for byte from the committed candidate table
``tests/data/crosslingual_pairs.jsonl`` (which ``python -m onrecord.link.crosslingual_train
collect`` writes from the development sets).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from importlib import resources

import numpy as np

from onrecord.logistic import Gate

__all__ = [
    "FEATURES",
    "LEAD_COUNTED",
    "SIBLING_REACH",
    "PairModel",
    "crosslingual_pairs",
    "describe",
    "figures_decide",
    "load_model",
    "names_shared",
    "recorder",
]

FEATURES = (
    "cosine",
    "lead",
    "first",
    "figures",
    "names",
    "names_apart",
    "same_day",
    "length_gap",
    "choices",
    "own_article",
)
"""The evidence weighed for a wording and one statement: the second model's cosine with the
statement's closest wording (in tenths above .8, the model's cosines being compressed), its lead
over the closest other statement (negative when another is closer; counted up to
:data:`LEAD_COUNTED` either way, in units of .05), whether it is the closest, whether the two
give the same specific figures, whether they share a name, whether each names something and no
name is the other's, whether they were said the same day as each knows it, the absolute log ratio of their lengths in
characters, one over the number of statements to choose from, and whether the statement
already holds a wording of the wording's own article."""

LEAD_COUNTED = 0.06
"""The most of a lead (or a lag) counted, either way."""

_COSINE_BASE = 0.8
_COSINE_SCALE = 10.0
_LEAD_SCALE = 20.0
"""The cosine counted in tenths above .8 and the lead in units of .05, so that each spans about
one unit, as the other features do (the fitter's penalty is the same on every weight)."""


_NAME_LETTERS = 4
"""Letters of a name looked for at the start of a word of the other wording, both written in
Latin letters (a case ending or another script's vowels change the rest)."""
_WORD = re.compile(r"[^\W\d_]+")


def _folded(text: str) -> str:
    """``text`` in Latin letters (:func:`~onrecord.resolve.translit.transliterate`), without
    diacritics, case-folded."""
    from onrecord.resolve.translit import transliterate

    plain = unicodedata.normalize("NFKD", transliterate(text))
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


def names_shared(names_a: frozenset[str], text_a: str, names_b: frozenset[str], text_b: str) -> bool:
    """Whether a name one wording gives (``names_a``, ``names_b``: capitalised words) is written in
    the other, in whatever script: its first :data:`_NAME_LETTERS` letters, both read in Latin
    letters, begin a word of the other wording ("Oduya" in "Одуяның"; "Keßler" in "Kesslerin").
    One-sided evidence: a script that drops vowels may spell a name past recognition."""
    for names, text in ((names_a, text_b), (names_b, text_a)):
        words = {w[:_NAME_LETTERS] for w in _WORD.findall(_folded(text)) if len(w) >= _NAME_LETTERS}
        if any(_folded(n)[:_NAME_LETTERS] in words for n in names):
            return True
    return False


SIBLING_REACH = 0.05
"""How far below the best statement's cosine a rival statement may come and still be its sibling
for :func:`figures_decide` (the second model's cosines are compressed: a statement said again
with another figure comes within a few hundredths of it)."""


def figures_decide(
    best: int,
    best_cosine: float,
    rivals: Sequence[tuple[float, int]],
    siblings: Callable[[int, int], bool],
    same_figures: bool,
) -> bool:
    """Whether a wording may join the statement of its best candidate ``best``: yes, unless a
    rival statement's wording (``rivals``: its cosine with the wording, its index) within
    :data:`SIBLING_REACH` of ``best_cosine`` is a sibling of it (``siblings``: the two give
    different figures, as a speaker who said the thing twice with a changed figure) and the
    wording does not give the best one's own figures (``same_figures``). Digits survive any
    language and so decide between siblings; a wording that writes its figures in words no rule
    reads gives no decisive evidence, and is kept apart."""
    if same_figures:
        return True
    return not any(best_cosine - cosine <= SIBLING_REACH and siblings(best, k) for cosine, k in rivals if k != best)


PairModel = Gate
"""The model: a :class:`onrecord.logistic.Gate` over :data:`FEATURES`; its probability is the
chance that a statement is the wording's own, taken from its threshold on."""


@lru_cache(maxsize=1)
def load_model() -> PairModel | None:
    """The shipped model (package data ``data/crosslingual.json``), or None when it is absent."""
    try:
        raw = (
            resources.files("onrecord.link").joinpath("data").joinpath("crosslingual.json").read_text(encoding="utf-8")
        )
    except (FileNotFoundError, OSError):
        return None
    data = json.loads(raw)
    if tuple(data["features"]) != FEATURES:
        return None
    return PairModel(FEATURES, tuple(float(w) for w in data["weights"]), float(data["bias"]), float(data["threshold"]))


_records: dict[str, list[dict[str, object]]] | None = None


def recorder(on: bool) -> dict[str, list[dict[str, object]]] | None:
    """Start (``on``) or stop recording the candidates weighed, for training; returns what was
    recorded so far (per wording's quote id, the last block's candidates: a block is linked again
    as articles come in, and the last linking is the one that stands)."""
    global _records
    out = _records
    _records = {} if on else None
    return out


def describe(
    cosine: float,
    lead: float,
    evidence: Mapping[str, float],
    choices: int,
) -> dict[str, float]:
    """The feature mapping of one wording and one statement (:data:`FEATURES`): ``evidence``
    gives the pair's figures, names, names_apart, same_day, length_gap and own_article."""
    return {
        "cosine": (cosine - _COSINE_BASE) * _COSINE_SCALE,
        "lead": max(-LEAD_COUNTED, min(LEAD_COUNTED, lead)) * _LEAD_SCALE,
        "first": 1.0 if lead > 0 else 0.0,
        "choices": 1.0 / max(1, choices),
        **{k: float(evidence.get(k, 0.0)) for k in FEATURES if k not in {"cosine", "lead", "first", "choices"}},
    }


def cosine_of(features: Mapping[str, float]) -> float:
    """The second model's cosine a feature mapping (:func:`describe`) was made from."""
    return float(features["cosine"]) / _COSINE_SCALE + _COSINE_BASE


def crosslingual_pairs(
    unread: Sequence[int],
    candidates: Callable[[int], Sequence[int]],
    group: Callable[[int], int],
    vectors: Callable[[Sequence[int]], np.ndarray],
    evidence: Callable[[int, int], Mapping[str, float]],
    ids: Sequence[str],
    model: PairModel | None = None,
    siblings: Callable[[int, int], bool] | None = None,
) -> list[tuple[float, int, int]]:
    """Pairs ``(chance, i, j)`` that link an unread wording ``i`` to a wording ``j`` of the
    statement the model finds most likely its own.

    Args:
        unread: the wordings to weigh (in a language the first embedder does not read, with no
            report in another language in their statement yet).
        candidates: for one of them, the wordings in other languages it may translate.
        group: the statement (cluster) a wording is in so far.
        vectors: the second model's unit vectors for wordings (by index).
        evidence: for a wording and a candidate, the language-blind evidence (:func:`describe`).
        ids: each wording's quote id (for the recorder).
        model: the scorer (default :func:`load_model`); with none, nothing is linked (candidates
            are still recorded when the recorder is on).
        siblings: for two candidate wordings of different statements, whether they give
            different figures (:func:`figures_decide`); with none, no statement is a sibling.

    Each candidate statement is represented by its wording closest to ``i`` by cosine; the
    statement with the highest chance is taken when it reaches the model's threshold and
    :func:`figures_decide` lets it.
    """
    model = model if model is not None else load_model()
    options = {i: list(candidates(i)) for i in unread}
    options = {i: js for i, js in options.items() if js}
    if not options or (model is None and _records is None):
        return []
    used = sorted(set(options) | {j for js in options.values() for j in js})
    row = {k: n for n, k in enumerate(used)}
    matrix = vectors(used)
    out = []
    for i, js in options.items():
        sims = matrix[[row[j] for j in js]] @ matrix[row[i]]
        best: dict[int, tuple[float, int]] = {}
        for j, sim in zip(js, sims.tolist(), strict=True):
            g = group(j)
            if g not in best or sim > best[g][0]:
                best[g] = (sim, j)
        scored = []
        for g, (sim, j) in best.items():
            rival = max((s for h, (s, _) in best.items() if h != g), default=sim - LEAD_COUNTED)
            given = evidence(i, j)
            features = describe(sim, sim - rival, given, len(best))
            if _records is not None:  # what the evidence gives beyond the model's features, for training
                features = {**{k: float(v) for k, v in given.items()}, **features}
            scored.append((model.probability(features) if model else 0.0, j, features))
        cosines = [(sim, j) for sim, j in best.values()]
        if _records is not None:
            _records[ids[i]] = [
                {
                    "other": ids[j],
                    "features": f,
                    "siblings": [
                        n for n, (_, k, _) in enumerate(scored) if k != j and siblings is not None and siblings(j, k)
                    ],
                }
                for _, j, f in scored
            ]
        if model is None:
            continue
        chance, j, features = max(scored, key=lambda s: (s[0], -s[1]))
        sim = next(s for s, k in cosines if k == j)
        if chance >= model.threshold and (
            siblings is None or figures_decide(j, sim, cosines, siblings, features["figures"] > 0)
        ):
            out.append((chance, min(i, j), max(i, j)))
    return sorted(out)
