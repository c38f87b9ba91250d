"""Join two stored speakers the rules kept apart when a learned scorer is sure they are one.

After the rules of :mod:`onrecord.resolve.speakers` have run on a batch, every person and
organisation its articles name is compared with the people and organisations of the same kind
named in articles published within :data:`WINDOW_DAYS` of the batch's: each pair alike enough
(:func:`~onrecord.resolve.pair_features.candidate_pair`) gets a probability of being one entity
from a logistic regression over :mod:`~onrecord.resolve.pair_features` (the name written in two
scripts, ``Tomasz Wreła`` and its Cyrillic spelling; a company's short name and its full one;
initials and the name they spell). Two speakers are folded together when the probability
reaches the model's threshold, and a group of such pairs only when every two of its members are
alike so (``Quennell`` alike to two Quennells of different given names joins neither), never
when one article names both apart (two people of one surname), when either is a body named
by its kind alone ("the court": :mod:`onrecord.resolve.generic` decides those), when what the names
do not share tells them apart (:func:`~onrecord.resolve.pair_features.names_apart`: two given names
of one surname, two bodies of one kind), when both are state institutions
of different purposes (:func:`other_institutions`) or when their articles surely tell different
stories (:func:`other_stories`). The weights and threshold are package
data (``resolve/data/pair_model.json``), rebuilt byte for byte from the gold of development sets
1-84 by ``python -m onrecord.resolve.pair_train --data tests/data --sets 1-84 --out
src/onrecord/resolve/data/pair_model.json``. The folding is off by default: set
``ONRECORD_PAIR_MERGE=on`` to turn it on (``off`` turns it off again).
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from onrecord.logistic import probability
from onrecord.resolve.generic import is_generic_body
from onrecord.resolve.institutions import institution_key
from onrecord.resolve.pair_features import FEATURES, candidate_pair, names_apart, pair_features
from onrecord.resolve.stories import SHARED_NAMES, story_names
from onrecord.resolve.translit import name_key, transliterate
from onrecord.store import speakers as store

_log = logging.getLogger(__name__)

__all__ = [
    "ENV_VAR",
    "WINDOW_DAYS",
    "PairModel",
    "enabled",
    "load_model",
    "merge_by_score",
    "other_institutions",
    "other_stories",
]

ENV_VAR = "ONRECORD_PAIR_MERGE"
WINDOW_DAYS = 30
_KINDS = ("person", "organisation")


@dataclass(frozen=True, slots=True)
class PairModel:
    """A fitted scorer: one weight per feature, an intercept and the merging threshold."""

    weights: dict[str, float]
    intercept: float
    threshold: float

    def probability(self, a: str, kind_a: str, b: str, kind_b: str) -> float:
        """The probability that names ``a`` and ``b`` (of these kinds) are one entity."""
        weights = tuple(self.weights.get(n, 0.0) for n in FEATURES)
        return probability(FEATURES, weights, self.intercept, pair_features(a, kind_a, b, kind_b))


@functools.cache
def load_model() -> PairModel:
    """The shipped scorer (``resolve/data/pair_model.json``)."""
    text = resources.files("onrecord.resolve").joinpath("data/pair_model.json").read_text(encoding="utf-8")
    raw = json.loads(text)
    return PairModel(
        {str(k): float(v) for k, v in raw["weights"].items()}, float(raw["intercept"]), float(raw["threshold"])
    )


def enabled() -> bool:
    """Whether the folding runs: ``ONRECORD_PAIR_MERGE=on`` (or ``1``, ``yes``, ``true``); off by
    default, since the statements its folds bring together still fool the linker into joining a
    few occasions the held-out sets keep apart (see the README)."""
    return os.environ.get(ENV_VAR, "").strip().casefold() in {"on", "1", "yes", "true"}


def _window(conn: sqlite3.Connection, article_ids: list[str]) -> list[tuple[str, str, str, frozenset[str]]]:
    """The people and organisations named in the batch's articles or in articles published
    within :data:`WINDOW_DAYS` of them: (id, name, kind, the articles naming it)."""
    marks = ",".join("?" for _ in article_ids)
    rows = conn.execute(
        "SELECT DISTINCT s.id, s.name, s.kind, a.article_id FROM article_speakers a "
        "JOIN speakers s ON s.id = a.speaker_id JOIN articles ar ON ar.id = a.article_id "
        "WHERE s.kind IN ('person', 'organisation') AND (a.article_id IN (" + marks + ") OR ar.published IS NULL "
        "OR EXISTS (SELECT 1 FROM articles b WHERE b.id IN (" + marks + ") AND b.published IS NOT NULL "
        "AND abs(julianday(substr(ar.published, 1, 10)) - julianday(substr(b.published, 1, 10))) <= ?)) "
        "ORDER BY s.id, a.article_id",
        [*article_ids, *article_ids, WINDOW_DAYS],
    )
    seen: dict[str, tuple[str, str, set[str]]] = {}
    for sid, name, kind, article in rows:
        seen.setdefault(str(sid), (str(name), str(kind), set()))[2].add(str(article))
    return [(sid, name, kind, frozenset(arts)) for sid, (name, kind, arts) in seen.items()]


@functools.lru_cache(maxsize=1024)
def _keyed_story_names(text: str) -> frozenset[str]:
    """A text's proper names (:func:`~onrecord.resolve.stories.story_names`) keyed in Latin
    letters, so a story told in two scripts shares them."""
    return frozenset(name_key(transliterate(w)) for w in story_names(text))


def other_stories(texts_a: Iterable[str], texts_b: Iterable[str], own: Iterable[str] = ()) -> bool:
    """Whether every article of one speaker surely tells another story than every article of the
    other: each names at least two proper names and no two share one, the words of the
    speakers' ``own`` names left out (two Danas of two stories share their given name)."""
    mine = {w for name in own for w in name_key(transliterate(name)).split()}
    names_b = [_keyed_story_names(t) - mine for t in texts_b]
    for text in texts_a:
        names_a = _keyed_story_names(text) - mine
        if len(names_a) < SHARED_NAMES or any(len(n) < SHARED_NAMES or names_a & n for n in names_b):
            return False
    return bool(names_b)


def other_institutions(a: str, b: str) -> bool:
    """Whether two names are of state institutions of different kinds or purposes (a ministry of
    health and one of the economy, in any language)."""
    ka, kb = institution_key(a), institution_key(b)
    return ka is not None and kb is not None and ka != kb


def _kept(a: tuple[str, str, str, frozenset[str]], b: tuple[str, str, str, frozenset[str]]) -> bool:
    """Whether ``a`` is the one to keep: a name in Latin letters, more words, named in more articles."""

    def rank(s: tuple[str, str, str, frozenset[str]]) -> tuple[bool, int, int, int, str]:
        latin = all(ord(ch) <= 0x24F for ch in s[1] if ch.isalpha())
        return (latin, len(s[1].split()), len(s[3]), len(s[1]), s[0])

    return rank(a) >= rank(b)


def merge_by_score(conn: sqlite3.Connection, article_ids: Iterable[str], model: PairModel | None = None) -> set[str]:
    """Fold together the speakers of the batch and of its window that the scorer calls one.

    Args:
        conn: the archive.
        article_ids: the batch's articles.
        model: the scorer (default: the shipped one).

    Returns:
        The ids of the speakers whose quotes changed.
    """
    batch = sorted(set(article_ids))
    if not batch or not enabled():
        return set()
    model = model or load_model()
    entities = _window(conn, batch)
    by_id = {e[0]: e for e in entities}
    in_batch = {e[0] for e in entities if e[3] & set(batch)}

    bodies: dict[str, str] = {}

    def texts(entity: tuple[str, str, str, frozenset[str]]) -> list[str]:
        for article in entity[3] - bodies.keys():
            row = conn.execute("SELECT body FROM articles WHERE id = ?", (article,)).fetchone()
            bodies[article] = str(row[0]) if row else ""
        return [bodies[a] for a in sorted(entity[3])]

    @functools.cache
    def one(x: str, y: str) -> bool:
        a, b = by_id[x], by_id[y]
        if a[2] != b[2] or a[2] not in _KINDS or a[3] & b[3] or not candidate_pair(a[1], b[1]):
            return False
        if names_apart(a[1], a[2], b[1], b[2]):
            return False
        return model.probability(a[1], a[2], b[1], b[2]) >= model.threshold

    @functools.cache
    def apart(x: str, y: str) -> bool:
        """Told apart whatever the names: a body named by its kind alone (what
        :mod:`onrecord.resolve.generic` decides), two institutions, or two stories."""
        a, b = by_id[x], by_id[y]
        if a[2] == "organisation" and (is_generic_body(a[1]) or is_generic_body(b[1])):
            return True
        return other_institutions(a[1], b[1]) or other_stories(texts(a), texts(b), (a[1], b[1]))

    partners: dict[str, set[str]] = {}
    for i, a in enumerate(entities):
        for b in entities[i + 1 :]:
            if {a[0], b[0]} & in_batch and one(a[0], b[0]):
                partners.setdefault(a[0], set()).add(b[0])
                partners.setdefault(b[0], set()).add(a[0])
    affected: set[str] = set()
    done: set[str] = set()
    for sid in sorted(partners):
        if sid in done:
            continue
        group, todo = {sid}, [sid]
        while todo:
            for other in partners.get(todo.pop(), set()) - group:
                group.add(other)
                todo.append(other)
        done |= group
        members = sorted(group)
        if any(not one(x, y) or apart(x, y) for i, x in enumerate(members) for y in members[i + 1 :]):
            continue  # someone is alike to two who are not alike: unsure, kept apart
        keep = members[0]
        for other in members[1:]:
            if not _kept(by_id[keep], by_id[other]):
                keep = other
        for fold in (m for m in members if m != keep):
            if store.get_speaker(conn, fold) is None or store.get_speaker(conn, keep) is None:
                continue
            store.merge_speaker(conn, fold, keep, f"the scorer calls {by_id[fold][1]!r} and {by_id[keep][1]!r} one")
            _log.debug("pair merge: %r -> %r", by_id[fold][1], by_id[keep][1])
            affected |= {fold, keep}
    return affected
