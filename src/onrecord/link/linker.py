"""Statement linking within one speaker's quotes: the cascade, verification and clustering.

Cheapest evidence first: equal normalised wording, a partial quote contained in a longer one,
MinHash near-duplicates, multilingual embeddings (paraphrases, indirect renderings,
translations; close pairs get a second look clause by clause, see :mod:`onrecord.link.views`),
and inside one article a report near the direct quote it sums up.
Every candidate pair must be said within the time window (and not on two days the quotes
themselves name, nor words said again after the other's article was published, nor the
occasion before words said again and the repetition: see :mod:`onrecord.link.occasions`) and pass verification
(:func:`onrecord.link.features.compatible`); pairs are then merged strongest first, and two
clusters merge only if all their members stay compatible, so a chain of links cannot join
"a 2% cut" to "a 4% cut" through "a cut".

Cost grows with the block, not with its square (a transcript or a live blog gives one speaker
thousands of quotes in one week): candidates come from indexes (equal wordings, trigrams of
partial quotes, MinHash LSH over each distinct wording, the nearest vectors of an inverted-file
index, the quotes within reach in an article), never from all pairs; a merge is verified
against per-cluster summaries and a bounded set of distinct wordings (:class:`_Clusters`).

The result depends only on the set of quotes (they are sorted by id first), never on the order
they arrived in.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import os
import re
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np

from onrecord.dates import MONTHS, WEEKDAYS, day_ordinal
from onrecord.link.acronyms import ACRONYM, acronyms_of, read_acronyms
from onrecord.link.asides import opens_in_an_aside
from onrecord.link.bridges import bridges
from onrecord.link.crosslingual import crosslingual_pairs, names_shared
from onrecord.link.echoes import Span, echo_pairs
from onrecord.link.embed import covers, embed_second
from onrecord.link.features import (
    NUMBER_STEMS,
    UNREAD,
    Features,
    compatible,
    content_words,
    features,
    figures_in_digits,
    set_aside,
    tokens,
)
from onrecord.link.figures import FigureKey, figures_disagree
from onrecord.link.further import ADDITIVE, further_pairs
from onrecord.link.learned import Recorded, load_scorer, pair_features, recorder
from onrecord.link.minhash import MinHashParams, signatures
from onrecord.link.occasions import another_ending, repeats_itself, still_holds
from onrecord.link.parties import party_swapped
from onrecord.link.rendered import clause_read, clause_rendered, renders_a_clause_apart
from onrecord.link.reworded import rewords_the_quote
from onrecord.link.unread import EVIDENCE as UNREAD_EVIDENCE
from onrecord.link.unread import MARGIN as UNREAD_MARGIN
from onrecord.link.unread import THRESHOLD as UNREAD_THRESHOLD
from onrecord.link.unread import names_differ, names_lost_in_script, sole_counterparts, unread_translations
from onrecord.link.views import MIN_VIEW_WORDS, clauses, unshifted, without_asides, without_names

__all__ = [
    "ACROSS_ENV",
    "RELAYED",
    "Embedder",
    "LinkItem",
    "LinkOptions",
    "LinkStats",
    "across_enabled",
    "link_block",
    "may_be_one",
    "statement_id",
]

Embedder = Callable[[Sequence["LinkItem"]], np.ndarray]
_QUOTE_MARK = re.compile(r"[\"“”„«»]")

ACROSS_ENV = "ONRECORD_ACROSS"
"""The environment variable that turns the cross-speaker pass off (``off``, ``0``, ``no``, ``false``)."""


def across_enabled() -> bool:
    """Whether :class:`LinkOptions` built now joins statements across speaker ids
    (:mod:`onrecord.link.across`): unless ``ONRECORD_ACROSS`` is ``off`` (or ``0``, ``no``,
    ``false``). Read where the options are built, so an Archive's ingest, ``onrecord relink`` and
    ``onrecord eval`` all follow it."""
    return os.environ.get(ACROSS_ENV, "").strip().casefold() not in {"off", "0", "no", "false"}


RELAYED = "relayed"
"""The :attr:`LinkItem.medium` of words a person relays ("he told me himself that ..."): that
person's telling is an occasion of its own, not the speaker's interview or post."""
_DaysTold = tuple[frozenset[tuple[str | None, int]], frozenset[tuple[str | None, int]]]  # (sure, likely), by language
_NO_DAYS_TOLD: _DaysTold = (frozenset(), frozenset())


@dataclass(frozen=True, slots=True)
class LinkItem:
    """One quote as linking sees it.

    ``day`` is the ordinal of the day it was said (or published); ``said_on`` the same when the
    quote's own sentence states the day it was said; ``when`` orders reports (publication time);
    ``position`` is its offset in its article. ``said_day`` is the day it was said however it
    was found (None: unknown), and ``again`` whether its attribution says the words are said
    again ("Marchetti said again", "he repeated the claim"): an occasion of their own.
    ``weekday`` is the weekday (Monday 0) its attribution names ("she told reporters Monday"),
    which an undated article cannot turn into a date (None: it names none); in an undated
    article, for a quote that names no day and no channel, the one its lede names ("The
    minister promised Tuesday that ..."). ``retold``: the
    sentence before the quote tells of the words said again, with the day it found. ``earlier``:
    its attribution tells of the words said again on a later occasion ("a line he repeated on
    Tuesday"), so it reports the first one. ``denied``: its attribution denies the words
    ("denied that", "dismissed reports that"). ``medium``: how its own occasion reached the
    article, ``post`` (words posted on a platform), ``interview`` (words the speaker told the
    outlet of its article) or :data:`RELAYED` (words a person relays, in whatever form); None:
    none known (no channel, or an outlet that relays the words).
    ``day_told``: its ``said_day`` is a day its article's text gives for the speaker's words (the
    day of the speaker's statement told before it), not the day of its dateline or publication.
    ``carried``: its ``said_day`` is the day its article's lede reports (the story's occasion),
    carried to a quote that names no day of its own: a day it may not be of, so the wording, not
    that day, decides whether it is another quote's statement. ``starts``: where each of
    ``parts`` begins in its article (an interrupted quote's words lie apart, so its ``text``,
    which joins them, is shorter than the span it covers).
    """

    quote_id: str
    speaker_id: str
    text: str
    kind: str
    language: str | None
    day: int | None
    article_id: str
    position: int = 0
    when: str | None = None
    parts: tuple[str, ...] = ()
    said_on: int | None = None
    said_day: int | None = None
    again: bool = False
    weekday: int | None = None
    retold: bool = False
    earlier: bool = False
    denied: bool = False
    medium: str | None = None
    day_told: bool = False
    carried: bool = False
    starts: tuple[int, ...] = ()

    def weekdays(self) -> tuple[frozenset[int], frozenset[int]]:
        """The weekday its attribution names when its article is undated (empty: none, or the
        article is dated and the day it names is its ``said_on``), and the weekdays it was said
        on as far as known: that one, else the weekday of the day it was said however that was
        found."""
        if self.weekday is not None and self.when is None:
            return frozenset({self.weekday}), frozenset({self.weekday})
        day = self.said_day if self.said_day is not None else self.said_on
        return frozenset(), (frozenset({date.fromordinal(day).weekday()}) if day is not None else frozenset())

    def published_day(self) -> int | None:
        """The ordinal of the day its article was published (None: unknown)."""
        return day_ordinal(self.when)

    def day_said(self) -> int | None:
        """The day it was said as far as its article tells: the day its sentence states, else the
        day found for it otherwise (None: unknown)."""
        return self.said_on if self.said_on is not None else self.said_day

    def occasion_day(self) -> int | None:
        """The day of its occasion, when it is sure: the day its sentence states, else the day of
        the words said again that the sentence before it tells of ("Kulkarni repeated on
        Wednesday what he had said on Monday. "The festival ...," Kulkarni said.")."""
        return self.said_on if self.said_on is not None else self.said_day if self.retold else None

    def likely_day(self) -> int | None:
        """The day a direct quote whose occasion is not sure was said as far as its article tells
        (a day named paragraphs before it; its publication day only when the text gives that day
        for the speaker's words, not when a dateline alone gives it); None for a report, or a
        quote whose occasion is sure (:meth:`occasion_day`) or unknown, or whose day is only the
        lede's (:attr:`carried`). The speaker's own words
        on a day another report states differently are words said on two occasions ("told
        shareholders on Thursday ... '...,' he told the meeting" and "on Tuesday he had said
        '...'")."""
        if self.kind != "direct" or self.occasion_day() is not None or self.carried:
            return None
        if self.said_day == self.published_day() and not self.day_told:
            return None
        return self.said_day

    def days_told(self) -> _DaysTold:
        """Its :meth:`occasion_day` and its :meth:`likely_day`, each with its language."""
        sure, likely = self.occasion_day(), self.likely_day()
        return (
            frozenset({(self.language, sure)} if sure is not None else ()),
            frozenset({(self.language, likely)} if likely is not None else ()),
        )

    def repeated_on(self) -> int | None:
        """The day words said again were said (None: not said again, or no day known)."""
        return self.said_day if self.again else None

    def pieces(self) -> tuple[str, ...]:
        """Its words as its article gives them: each piece of an interrupted quote, else the whole."""
        return self.parts if len(self.parts) > 1 else (self.text,)

    def placed(self) -> tuple[tuple[int, str], ...]:
        """Its pieces with where each begins in its article (the whole text at its position when
        the pieces' places are not known)."""
        if len(self.parts) > 1 and len(self.starts) == len(self.parts):
            return tuple(zip(self.starts, self.parts, strict=True))
        return ((self.position, self.text),)

    def end(self) -> int:
        """Where its span ends in its article: after its last piece, the interruptions counted."""
        start, piece = self.placed()[-1]
        return start + len(piece)

    def said_before(self, at: int) -> str:
        """Its words before the article offset ``at`` (the pieces that begin earlier, cut there)."""
        return " ".join(piece[: at - start] for start, piece in self.placed() if start < at)

    def views(self) -> tuple[str, ...]:
        """The wordings to compare: the whole text, and each piece of an interrupted quote
        (another outlet may have kept only one of them)."""
        return (self.text, *self.parts) if len(self.parts) > 1 else (self.text,)

    def quoted(self, least: int = MIN_VIEW_WORDS) -> tuple[str, ...]:
        """The words a mixed report puts in quotation marks, each run of at least ``least``
        words (:data:`MIN_VIEW_WORDS` unless told).

        A mark after a space (or at the start) and before a word opens a quotation; one after
        a word closes it; a quotation not closed runs to the end of the report, and one closed
        before any opened ran from its start (the span began inside it).
        """
        if self.kind != "mixed":
            return ()
        text, out, start = self.text, [], None
        for k, m in enumerate(_QUOTE_MARK.finditer(text)):
            before = text[m.start() - 1] if m.start() else " "
            opens = before.isspace() or before in "([—–-"
            if opens:
                start = m.end()
            elif start is not None or k == 0:
                out.append(text[start or 0 : m.start()])
                start = None
        if start is not None:
            out.append(text[start:])
        pieces = (p.strip(" ,.;:") for p in out)
        return tuple(p for p in pieces if len(p.split()) >= least)

    def semantic_views(self) -> tuple[str, ...]:
        """The wordings embeddings compare: :meth:`views`, the words a mixed report quotes,
        each one's clauses, and for reported speech the same without the journalist's asides
        and with its tense backshift undone."""
        out = [*self.views(), *self.quoted()]
        for view in self.views():
            out += clauses(view)
        if self.kind != "direct":
            out += [without_asides(v) for v in out]
            out += [unshifted(v, self.language) for v in out]
        return tuple(dict.fromkeys(out))


@dataclass(frozen=True, slots=True)
class LinkOptions:
    """Linking settings (defaults tuned on the project's own multi-outlet set, never on the seeds).

    Args:
        window_days: quotes said further apart than this are never one statement.
        minhash: MinHash parameters (persisted with the archive).
        minhash_threshold: estimated shingle Jaccard for a near-duplicate.
        containment_min_words: shortest partial quote that links by containment.
        embed: use multilingual embeddings (off: lexical linking only).
        embed_threshold: cosine for two direct quotes in one language (re-translations, edits).
        embed_threshold_reported: cosine when a report is indirect or mixed: a journalist's
            sentence shares the story's topic words with every other one, so it needs more.
        embed_threshold_cross: cosine for a translation (the two reports in different languages).
        embed_threshold_figures: cosine for two reports that give the same specific figures.
        embed_threshold_cross_figures: the same for a translation ("zwölf Meter", "12 metres").
        paraphrase_threshold: cosine for an indirect rendering next to its direct quote in one article.
        paraphrase_overlap: share of content words, as the alternative evidence for that pair.
        paraphrase_reach: how far apart (characters) that pair may be in the article.
        local_threshold: cosine for a report and a direct quote of the same speaker within that
            reach, not next to each other (each compared clause by clause, the report also
            without the names the journalist added).
        second_look: cosine of whole wordings from which a pair is compared again with more
            wordings (clauses, reported speech with the backshift undone).
        trimmed_threshold: cosine for a report, in the language of the other, every content word of
            which the other has (a trimmed or partial rendering of the same statement).
        trimmed_min_words: content words that trimmed report needs at least.
        figure_threshold: cosine for two wordings in one language that give the same specific
            figures and share a content word besides them (:func:`_figure_pairs`: "$310
            million a year in savings by 2031" in a report and in the speaker's own words).
        overlap_threshold: cosine for two reports (indirect or mixed) in one language that share
            at least :data:`_OVERLAP_WORDS` content words, ``overlap_share`` of the shorter's,
            and name no party the other does not (:func:`_words_overlap`: two journalists'
            renderings of one remark, "it would pay for temporary housing for every family that
            lost its home" / "it will cover the cost of temporary housing for all families who
            lost their homes").
        overlap_share: that share.
        rendered_threshold: cosine for a report (indirect or mixed) and a direct quote in one
            language, the clause of which it renders (:func:`~onrecord.link.rendered.clause_rendered`;
            the quote itself when it is one clause) holds ``rendered_share`` of the report's content
            words, at least :data:`_RENDERED_WORDS`, and agrees with it (:func:`_report_of_its_clause`).
        rendered_share: that share.
        reworded_threshold: cosine for a report (indirect or mixed) and a direct quote in one
            language that holds :data:`~onrecord.link.reworded.REWORDED_WORDS` of the report's
            content words at least, ``reworded_share`` of them, and is not told of another day
            (:func:`~onrecord.link.reworded.rewords_the_quote`: "the works would be finished before
            the rains under a deal with the contractor" / "The works will be finished before the
            rains. We have a deal with the contractor on that.").
        reworded_share: that share.
        second_look_clauses: the same for a translation when one of the two has several clauses
            (a long quote's whole vector is far from the one clause another language kept).
        second_look_reports: the same for a report beside a direct quote of several clauses in
            another article, in one language (a report of one clause of a transcript's long turn).
        embed_threshold_thin: the cosine two short wordings in one language need when they have
            at most one content word in common and no figure or name (:func:`_thin_pair`): "she
            had walked home alone" and "she had been at home all day" are close in
            meaning to an embedder for their frame, not for what they say.
        thin_max_words: how many words each of those wordings has at most.
        unread_threshold: the second model's cosine for a translation of a wording in a language
            the first embedder does not read (:mod:`onrecord.link.unread`).
        unread_margin: how far ahead of the next statement the closest one must be for it.
        unread_evidence: what its cosine and its lead over the next must add up to (a lower
            cosine needs a clearer lead).
        unread_alone: link a wording no model reads to the one statement its speaker made in
            other languages within the window (:func:`_translations_alone`).
        learned: after the cascade, link the close pairs still in two statements that the
            learned pair scorer accepts (:mod:`onrecord.link.learned`); off: the cascade alone.
        learned_floor: the cosine from which a pair of close vectors is scored.
        crosslingual: weigh a wording no earlier step linked to another language against its
            speaker's statements in other languages with the learned pair scorer
            (:mod:`onrecord.link.crosslingual`).
        across: after each speaker's block is linked, join the statements of two speaker ids
            whose wordings the learned cross-speaker scorer takes for one statement (one
            report's attribution wrong or missing: :mod:`onrecord.link.across`); off: linking
            stays within each speaker's block. Its default follows the environment
            (:func:`across_enabled`: ``ONRECORD_ACROSS=off`` turns it off).
    """

    window_days: int = 7
    minhash: MinHashParams = field(default_factory=MinHashParams)
    minhash_threshold: float = 0.5
    containment_min_words: int = 4
    embed: bool = True
    embed_threshold: float = 0.70
    embed_threshold_reported: float = 0.65
    embed_threshold_cross: float = 0.55
    embed_threshold_figures: float = 0.55
    embed_threshold_cross_figures: float = 0.45
    embed_threshold_thin: float = 0.75
    thin_max_words: int = 8
    paraphrase_threshold: float = 0.45
    paraphrase_overlap: float = 0.4
    paraphrase_reach: int = 1500
    local_threshold: float = 0.6
    second_look: float = 0.45
    trimmed_threshold: float = 0.40
    trimmed_min_words: int = 3
    figure_threshold: float = 0.35
    overlap_threshold: float = 0.5
    overlap_share: float = 0.5
    rendered_threshold: float = 0.5
    rendered_share: float = 0.8
    reworded_threshold: float = 0.55
    reworded_share: float = 0.5
    second_look_clauses: float = 0.25
    second_look_reports: float = 0.35
    unread_threshold: float = UNREAD_THRESHOLD
    unread_margin: float = UNREAD_MARGIN
    unread_evidence: float = UNREAD_EVIDENCE
    unread_alone: bool = True
    learned: bool = True
    learned_floor: float = 0.3
    crosslingual: bool = True
    across: bool = field(default_factory=across_enabled)


@dataclass(slots=True)
class LinkStats:
    """What linking one block cost, counted (the mechanism's guard: each grows with the block,
    not with its square).

    Attributes:
        candidates: pairs that reached verification (equal or near-duplicate wordings,
            partial quotes, close vectors, reports near quotes).
        close_pairs: pairs of items whose vectors came close.
        checks: pairwise verifications while merging clusters.
    """

    candidates: int = 0
    close_pairs: int = 0
    checks: int = 0


# Distinct wordings per language that a cluster keeps to compare pair by pair when it merges;
# the checks that summaries answer exactly (negated and affirmed words, figures, modality)
# cover every member, so only the pairwise rules (a negation count, a swapped party) see no
# more than these.
_REPRESENTATIVES = 8


class _Summary:
    """What a cluster's members say, per language, for the verification of a merge."""

    __slots__ = ("affirmed", "denials", "figures", "modal", "negated", "reps", "seen")

    def __init__(self, index: int, f: Features) -> None:
        lang = f.language
        negations = set(f.negations)
        self.negated: dict[str | None, set[str]] = {lang: {s for s in negations if s}}
        self.affirmed: dict[str | None, set[str]] = {lang: set(f.stems - negations - f.contrasted - f.scoped)}
        self.figures: dict[str | None, set[FigureKey]] = {lang: {f.figure_key} if f.numbers else set()}
        self.modal: dict[str | None, set[frozenset[str]]] = {lang: {f.modality} if len(f.modality) == 1 else set()}
        self.reps: dict[str | None, list[int]] = {lang: [index]}
        self.seen: dict[str | None, set[Features]] = {lang: {f}}
        self.denials: dict[str | None, set[bool]] = {lang: {f.denied}}

    def conflicts(self, other: _Summary, negations: bool = True) -> bool:
        """Whether a member of one and a member of the other (in one language) disagree on a
        negated word (unless ``negations`` is off), a figure or the modality: exactly what
        :func:`compatible` would find comparing every pair for those three rules. A denial and
        a report of the words as said are kept apart here even where a negation in the report
        would let :func:`compatible` take them as one ("said it had not" ~ "denied it had"):
        the stricter reading, for whole clusters."""
        for lang in self.negated.keys() & other.negated.keys():
            if negations and (self.negated[lang] & other.affirmed[lang] or other.negated[lang] & self.affirmed[lang]):
                return True
            if negations and len(self.denials[lang] | other.denials[lang]) > 1:
                return True  # "denied that X" and "said that X"
            mine, theirs = self.modal[lang], other.modal[lang]
            if mine and theirs and len(mine | theirs) > 1:
                return True
            for x in self.figures[lang]:
                for y in other.figures[lang]:
                    if figures_disagree(x, y):
                        return True
        return False

    def absorb(self, other: _Summary, feats: list[Features]) -> None:
        """Take in the members of ``other`` (merged into this cluster)."""
        for lang in other.negated:
            if lang not in self.negated:
                for table in ("negated", "affirmed", "figures", "modal", "reps", "seen", "denials"):
                    getattr(self, table)[lang] = getattr(other, table)[lang]
                continue
            for table in ("negated", "affirmed", "figures", "modal", "denials"):
                mine, theirs = getattr(self, table)[lang], getattr(other, table)[lang]
                if len(mine) < len(theirs):  # the smaller set is copied into the larger
                    mine, theirs = theirs, mine
                    getattr(self, table)[lang] = mine
                mine |= theirs
            reps, seen = self.reps[lang], self.seen[lang]
            for i in other.reps[lang]:
                if len(reps) >= _REPRESENTATIVES:
                    break
                if feats[i] not in seen:
                    reps.append(i)
                    seen.add(feats[i])


class _Clusters:
    """Union-find whose unions respect verification across whole clusters.

    A merge is checked against per-cluster summaries (negated and affirmed words, figures,
    modality: exact over every member) and, for the rules that only a pair of wordings can
    answer, pair by pair over at most :data:`_REPRESENTATIVES` distinct wordings per language
    of each cluster (all of them in clusters that have no more), so its cost does not grow
    with the clusters. ``checks`` counts the pairwise verifications.
    """

    def __init__(
        self,
        feats: list[Features],
        said_on: list[int | None],
        vouched: set[tuple[int, int]] | None = None,
        occasions: Sequence[tuple[int | None, int | None]] = (),
        weekdays: Sequence[_Weekdays] = (),
        told: Sequence[tuple[bool, bool]] = (),
        told_days: Sequence[_DaysTold] = (),
        media: Sequence[str | None] = (),
        alone: set[int] | None = None,
        apart: set[tuple[int, int]] | None = None,
        own: Sequence[tuple[int | None, int | None]] = (),
    ) -> None:
        self.vouched = vouched if vouched is not None else set()
        # items that join no statement (:func:`_nested_in_quotes`): each stays its own root
        self.alone = alone if alone is not None else set()
        # pairs never in one cluster (:func:`_told_within`), however other quotes would chain them
        self.apart = sorted(apart) if apart is not None else []
        self.parent = list(range(len(feats)))
        self.size = [1] * len(feats)
        self.version = [0] * len(feats)
        self.feats = feats
        self.summary: dict[int, _Summary] = {i: _Summary(i, f) for i, f in enumerate(feats)}
        self.said_on: dict[int, set[int]] = {i: {d} if d is not None else set() for i, d in enumerate(said_on)}
        # per cluster: the sure days and the likely ones of direct quotes, by language
        self.told_days: dict[int, _DaysTold] = {i: t for i, t in enumerate(told_days) if t[0] or t[1]}
        self.weekdays: dict[int, _Weekdays] = dict(enumerate(weekdays))
        # per cluster: the latest day its members said again, the earliest day one was published
        self.repeated: dict[int, int | None] = {i: r for i, (r, _) in enumerate(occasions)}
        self.first_published: dict[int, int | None] = {i: p for i, (_, p) in enumerate(occasions)}
        # per cluster, of the members that give the speaker's own words: the latest day they were
        # said (sure or likely), the earliest day one's article was published (:func:`_reported_on`)
        self.own_said: dict[int, int | None] = {i: d for i, (d, _) in enumerate(own)}
        self.reported: dict[int, int | None] = {i: r for i, (_, r) in enumerate(own)}
        # per cluster: whether a member is words said again, and whether one is the occasion
        # before words said again (roots only; both False when unknown)
        self.again: dict[int, bool] = {i: a for i, (a, _) in enumerate(told) if a}
        self.earlier: dict[int, bool] = {i: e for i, (_, e) in enumerate(told) if e}
        # per cluster: how its direct quotes' own occasion reached them (roots only; none known: absent)
        self.media: dict[int, str] = {i: m for i, m in enumerate(media) if m is not None}
        self.refused: set[tuple[int, int, int, int]] = set()
        self.checks = 0

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def _compatible(self, i: int, j: int) -> bool:
        self.checks += 1
        return compatible(self.feats[i], self.feats[j], (min(i, j), max(i, j)) not in self.vouched)[0]

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.said_on[ra] and self.said_on[rb] and self.said_on[ra] != self.said_on[rb]:
            return False  # two named days: two occasions
        ta, tb = self.told_days.get(ra, _NO_DAYS_TOLD), self.told_days.get(rb, _NO_DAYS_TOLD)
        if _stated_elsewhen(ta, tb):
            return False  # a named day, and the same words likely said on another
        wa, wb = self.weekdays.get(ra, _NO_DAYS), self.weekdays.get(rb, _NO_DAYS)
        if _other_weekday(wa, wb):
            return False  # said on Monday and said on Tuesday, in an undated article too
        if _said_after(self.repeated.get(ra), self.first_published.get(rb)) or _said_after(
            self.repeated.get(rb), self.first_published.get(ra)
        ):
            return False  # words said again after the other cluster's first report
        if self._reported_before_said(ra, rb) or self._reported_before_said(rb, ra):
            return False  # words said on a day after the other cluster's first report: a later occasion
        if (ra in self.earlier and rb in self.again) or (rb in self.earlier and ra in self.again):
            return False  # the occasion before the words were said again, and the repetition
        ma, mb = self.media.get(ra), self.media.get(rb)
        if ma is not None and mb is not None and ma != mb:
            return False  # posted on a platform, told an outlet in its interview: two occasions
        if ra in self.alone or rb in self.alone:
            return False  # words a quote tells another said, inside that quote: no statement of its speaker's
        if any({self.find(x), self.find(y)} == {ra, rb} for x, y in self.apart):
            return False  # a telling and the words it tells, inside it: two occasions
        # across languages only the linked pair is compared: a translated fragment says nothing
        # about the negations in the rest of a long quote
        if not self._compatible(a, b):
            return False
        key = (min(ra, rb), self.version[min(ra, rb)], max(ra, rb), self.version[max(ra, rb)])
        if key in self.refused:  # the same two clusters, unchanged since they were refused
            return False
        sa, sb = self.summary[ra], self.summary[rb]
        # a pair linked on one clause of a quote (its negations compared there) leaves the
        # negations to the pairwise comparison of the clusters' wordings
        if sa.conflicts(sb, (min(a, b), max(a, b)) not in self.vouched) or any(
            not self._compatible(i, j)
            for lang in sa.reps.keys() & sb.reps.keys()
            for i in sa.reps[lang]
            for j in sb.reps[lang]
            if {i, j} != {a, b}
        ):
            self.refused.add(key)
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        self.version[ra] += 1
        self.summary[ra].absorb(self.summary.pop(rb), self.feats)
        self.said_on[ra] |= self.said_on.pop(rb)
        if ta[0] or ta[1] or tb[0] or tb[1]:
            self.told_days[ra] = (ta[0] | tb[0], ta[1] | tb[1])
            self.told_days.pop(rb, None)
        self.weekdays[ra] = (wa[0] | wb[0], wa[1] | wb[1])
        self.weekdays.pop(rb, None)
        moved = self.media.pop(rb, None)
        if moved is not None:
            self.media[ra] = moved
        for flags in (self.again, self.earlier):
            if flags.pop(rb, False):
                flags[ra] = True
        for days, pick in (
            (self.repeated, max),
            (self.first_published, min),
            (self.own_said, max),
            (self.reported, min),
        ):
            if days:  # (empty when the caller gave no such days)
                days[ra] = _either(days.get(ra), days.pop(rb, None), pick)
        return True

    def _reported_before_said(self, ra: int, rb: int) -> bool:
        """Whether the speaker's own words in cluster ``ra`` were said (surely or likely:
        :meth:`LinkItem.days_told`) on a day after an article that gives own words of cluster
        ``rb`` was published: :func:`_reported_before_said` for two clusters, so that a headline's
        fragment of Tuesday's words ("No race should go ahead") does not join them to Monday's post
        of the same line that Monday's round-up quotes. Only own words: a journalist's sentence
        copied word for word is the wire's, whatever day the copy gives it."""
        said, published = self.own_said.get(ra), self.reported.get(rb)
        return said is not None and published is not None and said > published


_Weekdays = tuple[frozenset[int], frozenset[int]]  # (named in the attribution, known however found)
_NO_DAYS: _Weekdays = (frozenset(), frozenset())


def _other_weekday(a: _Weekdays, b: _Weekdays) -> bool:
    """Whether one side's attribution names a weekday the other was not said on, as far as its
    days are known ("she told reporters Monday" in an undated article; Tuesday's report)."""
    return bool((a[0] and b[1] and not a[0] & b[1]) or (b[0] and a[1] and not b[0] & a[1]))


def _either(x: int | None, y: int | None, pick: Callable[[int, int], int]) -> int | None:
    """``pick(x, y)`` of the days known (None: neither)."""
    return y if x is None else x if y is None else pick(x, y)


@functools.lru_cache(maxsize=8192)
def _features(text: str, language: str | None) -> Features:
    """:func:`features`, remembered for the wordings seen last: a batch links again the stored
    quotes around its new ones, which the batches before it read too."""
    return features(text, language)


# The word that opens reported speech ("that", "dass", "que"), which a report's wording may keep
# from its sentence ("said that no help was coming"): not the speaker's
_COMPLEMENTISERS = frozenset("that dass que che dat att że что що bahwa".split())


def _report_words(it: LinkItem) -> list[str]:
    """The words of a quote as linking compares them: a report's opening complementiser left
    out ("that no help was coming" is inside "no help was coming, and that we should wait")."""
    words = tokens(it.text)
    if it.kind != "direct" and len(words) > 1 and words[0] in _COMPLEMENTISERS:
        return words[1:]
    return words


def _contained(short: list[str], long: list[str]) -> bool:
    n = len(short)
    if n == 0 or n > len(long):
        return False
    first = short[0]
    return any(long[i] == first and long[i : i + n] == short for i in range(len(long) - n + 1))


def _partial_of_one_clause(short: LinkItem, words: list[str], fs: Features, long: LinkItem, fl: Features) -> bool:
    """Whether a partial quote, whose whole wordings and the longer quote's differ in a negation,
    is inside one clause of the longer quote that agrees with it: the other clauses' negations
    say nothing about it ("the worst flood Riverton has seen in forty years" in "This is the worst
    flood Riverton has seen in forty years. I've never seen Mill Creek like this")."""
    if compatible(fs, fl)[1] != "negation":
        return False
    # a mixed report is inside that clause by the words it quotes ('she would "keep the ward open"
    # through winter' in "We will keep the ward open. Nobody is being sent home early")
    for inside in (words, *(tokens(f) for f in short.quoted(_QUOTED_INSIDE))):
        for part in clauses(long.text):
            if _contained(inside, tokens(part)):
                return compatible(fs, _features(part, long.language))[0]
    return False


_QUOTED_INSIDE = 4  # words a mixed report's quotation has at least to place it in one clause of a quote


def _reported_before_said(a: LinkItem, b: LinkItem) -> bool:
    """Whether one of two reports was published before the day the other says its words were
    said: it reported an earlier occasion ("she expected a decision before Christmas", published
    on Wednesday, is not "I expect a decision before Christmas", said in the Dáil on Thursday).
    The same words too when both quote them: a slogan said on Tuesday and again on Thursday,
    where Wednesday's article quotes it, are two occasions however equal their words.
    A publication day before the day the report's own sentence states is no day to go by (its
    date was misread, or given in another time zone): the report cannot be of an earlier occasion
    for that.
    """
    return _said_after(a.said_on, _reported_on(b)) or _said_after(b.said_on, _reported_on(a))


def _own_days(it: LinkItem) -> tuple[int | None, int | None]:
    """For a quote that gives the speaker's own words (a direct quote, a mixed report), the day
    they were said as far as sure or likely (:meth:`LinkItem.occasion_day`,
    :meth:`LinkItem.likely_day`) and the day its article was published (:func:`_reported_on`);
    (None, None) for a report in the journalist's words."""
    if it.kind not in ("direct", "mixed"):
        return None, None
    said = it.occasion_day()
    return (said if said is not None else it.likely_day()), _reported_on(it)


def _reported_on(it: LinkItem) -> int | None:
    """The day a quote's article was published, unless that is before the day its own sentence
    states its words were said (None: unknown, or not to be trusted)."""
    published = it.published_day()
    return None if _said_after(it.said_on, published) else published


_LEXICAL = 2.0  # the strength of a pair that equal or near-duplicate wordings make
_EQUAL = 3.0  # two equal whole wordings
_EQUAL_PIECE = 2.999  # a piece of an interrupted quote equal to another wording (or its piece)


def _another_occasion(a: LinkItem, b: LinkItem, strength: float) -> bool:
    """:func:`_reported_before_said` for a pair of this strength: equal or near-duplicate wordings
    only when both are direct quotes (the speaker said the words again); a journalist's sentence
    copied word for word is the wire's, whatever day the copy gives it."""
    if strength >= _LEXICAL and not _own_words(a, b):
        return False
    return _reported_before_said(a, b) or _quoted_twice_apart(a, b)


def _own_words(a: LinkItem, b: LinkItem) -> bool:
    """Whether both of two quotes give the speaker's own words: two direct quotes, or a mixed
    report's quoted words and a direct quote (no journalist's sentence copied by another outlet,
    which two mixed reports may be)."""
    return {a.kind, b.kind} in ({"direct"}, {"direct", "mixed"})


def _quoted_twice_apart(a: LinkItem, b: LinkItem) -> bool:
    """Whether one article quotes the speaker's words twice and tells two days for them, one of
    them stated ("'..., ' she told a news conference. She had used the same phrase on Monday:
    '...'"): a writer repeats a quote in one article only for another occasion."""
    if a.article_id != b.article_id or not (a.kind == "direct" and b.kind == "direct"):
        return False
    if a.occasion_day() is None and b.occasion_day() is None:
        return False
    return a.said_day is not None and b.said_day is not None and a.said_day != b.said_day


def _another_claim(short: list[str], figures: frozenset[str], long: LinkItem) -> bool:
    """Whether ``short`` (in the language of ``long``) restates only a later claim of a
    journalist's report of several, each with figures of its own ("revenue rose 9 per cent to
    €184 million, while operating profit rose 4 per cent to €41 million"): the report stands for
    its first claim, the later one was another statement (a direct quote is one statement,
    whatever it holds). A wording that says more than the later claim restates it too when it
    gives that claim's figures and none of the first's. ``figures`` are the specific figures of
    ``short`` as its own text gives them (its words alone split "3,000" into "3" and "000")."""
    if long.kind == "direct":
        return False
    parts = clauses(long.text)
    if len(parts) < 2:
        return False
    first = _features(parts[0], long.language).specific
    if not first:
        return False
    said = content_words(short)
    if not said or said <= content_words(tokens(parts[0])):
        return False
    for part in parts[1:]:
        mine = _features(part, long.language).specific
        if said <= content_words(tokens(part)):
            return bool(mine) and not (mine & first)
        if mine and not (mine & first) and figures & mine and not figures & first:
            return True  # a longer wording of the later claim: it gives that claim's figures, none of the first's
    return False


def _renders_apart(short: LinkItem, words: list[str], read: Features, long: LinkItem) -> bool:
    """:func:`~onrecord.link.rendered.renders_a_clause_apart` for two quotes: ``short`` renders
    the one clause of ``long`` it shares its words with, and disagrees with it."""
    return renders_a_clause_apart(words, short.text, read, long.pieces(), long.language)


_RENDERED_WORDS = 3  # content words of a report that the clause it renders must hold


def _report_of_its_clause(
    a: LinkItem, b: LinkItem, wa: list[str], wb: list[str], feats: list[Features], i: int, j: int, options: LinkOptions
) -> bool:
    """Whether one of two wordings in one language is a report of one clause (indirect or mixed)
    and the other a direct quote, the clause of which it renders (the quote itself when it is one
    clause) holds :attr:`LinkOptions.rendered_share` of the report's content words and agrees with
    it on verification: a journalist's report of what the speaker said, in the speaker's words
    but for one or two of its own ("the cap does not go far enough for Port Merrow" / "It does not
    go far enough for Port Merrow, where rents rose 14 per cent last year")."""
    if (a.language or "en") != (b.language or "en") or (a.kind == "direct") == (b.kind == "direct"):
        return False
    (report, words, read), quote = ((a, wa, feats[i]), b) if b.kind == "direct" else ((b, wb, feats[j]), a)
    if clauses(report.text):
        return False
    said = content_words(words)
    if len(said) < _RENDERED_WORDS:
        return False
    pieces = quote.pieces()
    clause = clause_rendered(words, pieces)
    if clause is None:
        if any(clauses(piece) for piece in pieces) or len(pieces) > 1:
            return False  # several clauses, none of which stands out
        clause = quote.text
    held = len(said & content_words(tokens(clause)))
    if held < _RENDERED_WORDS or held < options.rendered_share * len(said):
        return False
    return compatible(read, clause_read(clause, quote.language))[0]


def _days_apart(a: LinkItem, b: LinkItem) -> int:
    """How many days apart two quotes were said (0 when a day is unknown)."""
    return abs(a.day - b.day) if a.day is not None and b.day is not None else 0


def _said_after(repeated: int | None, published: int | None) -> bool:
    """Whether words said again on day ``repeated`` were said after an article of day
    ``published``: that article reported an earlier occasion."""
    return repeated is not None and published is not None and repeated > published


def _told_again(it: LinkItem) -> bool:
    """Whether a quote's words tell that they are said again: the speaker's own ("I'll say it
    again"), or a report's "still" ("he still expects a vote")."""
    return repeats_itself(it.text) or (it.kind != "direct" and still_holds(it.text))


def _occasions_told(its: list[LinkItem], words: list[list[str]]) -> list[LinkItem]:
    """The quotes with the occasions their words and articles tell: a quote whose own words say
    they are said again ("I said it on Saturday and I'll say it again: ...", a report's "he
    still expects") is a repetition; a report in an article before a report there of the same
    words said again ("This squad is good enough to stay up," he said after Saturday's defeat.
    On Tuesday he said it again ...") is of the earlier occasion, as the writer tells the two
    apart."""
    its = [replace(it, again=True) if not it.again and _told_again(it) else it for it in its]
    by_article: dict[str, list[int]] = {}
    for i, it in enumerate(its):
        by_article.setdefault(it.article_id, []).append(i)
    earlier = set()
    for members in by_article.values():
        repeats = [j for j in members if its[j].again]
        for i in members if repeats else ():
            if its[i].again or its[i].earlier:
                continue
            mine = content_words(words[i])
            for j in repeats:
                theirs = content_words(words[j])
                if (
                    its[i].position < its[j].position
                    and len(mine & theirs) >= _SAME_WORDS
                    and (_stems_within(mine, theirs) or _stems_within(theirs, mine))
                ):
                    earlier.add(i)
                    break
    return [replace(it, earlier=True) if i in earlier else it for i, it in enumerate(its)]


_SAME_WORDS = 3  # content words two reports share at least to be the same words


def _stems_within(small: set[str], large: set[str]) -> bool:
    """Whether every content word of ``small`` is one of ``large``, a word and its inflection
    counting as one ("want", "wanted": one stem the start of the other)."""
    return all(
        w in large or any(v.startswith(w) or w.startswith(v) for v in large if min(len(v), len(w)) >= 4) for w in small
    )


def _in_window(a: LinkItem, b: LinkItem, days: int, lexical: bool = False) -> bool:
    """Whether two quotes may be one occasion: said within ``days`` of each other, and on no two
    days or occasions that they or their articles tell apart. With ``lexical`` (their whole words
    are the same, or near duplicates) a later article's words that no day places reach twice as
    far back (:func:`_undated_later`); a partial quote does not (a phrase may be quoted in a later
    statement: "I said yesterday that ...")."""
    if (a.earlier and b.again) or (b.earlier and a.again):
        return False  # the occasion before words said again, and the repetition
    if (a.again and b.day is None) or (b.again and a.day is None):
        return False  # words said again are told as such; a report no day places is of the first occasion
    if a.occasion_day() is not None and b.occasion_day() is not None and a.occasion_day() != b.occasion_day():
        return False  # said on Monday and said on Friday: two occasions, two statements
    if _other_weekday(a.weekdays(), b.weekdays()):
        return False  # "told reporters Monday" and "said Tuesday", though no date is known
    if _stated_elsewhen(a.days_told(), b.days_told()):
        return False  # the same words "told the Gazette on Tuesday" and in Monday's story
    if _said_after(a.repeated_on(), b.published_day()) or _said_after(b.repeated_on(), a.published_day()):
        return False  # "she said again" on Thursday: not what Tuesday's article reported
    if _said_after(a.repeated_on(), b.said_day) or _said_after(b.repeated_on(), a.said_day):
        return False  # "repeating Sunday's line" on Monday: not the words said on Sunday
    if _own_medium(a) is not None and _own_medium(b) is not None and _own_medium(a) != _own_medium(b):
        return False  # posted on a platform, told the reporting wire in its interview: two occasions
    if a.kind == b.kind == "direct" and not _translation(a, b) and another_ending(a.pieces(), b.pieces()):
        return False  # "We are not against X. We are against being ..." ended two ways: two occasions
    if a.day is None or b.day is None or abs(a.day - b.day) <= days:
        return True
    return lexical and abs(a.day - b.day) <= 2 * days and _undated_later(a, b)


def _undated_later(a: LinkItem, b: LinkItem) -> bool:
    """Whether the later of two quotes has no day of its own (its day is its article's) and the
    earlier one has: a weekly's or a feature's words, quoted again from an earlier occasion ("The
    woman who stopped the trucks ... '...,' she said"), are of that occasion, whenever printed."""
    later, earlier = (a, b) if (a.day or 0) > (b.day or 0) else (b, a)
    return later.said_day is None and later.said_on is None and not later.again and earlier.said_day is not None


def _own_medium(it: LinkItem) -> str | None:
    """How the occasion of a quote that gives the speaker's own words (a direct quote, or a mixed
    report's quoted words) reached its article: :attr:`LinkItem.medium`; None for a report in
    the journalist's words, whose channel may be where the journalist read it. Words a person
    relays (``relayed``: "he told me himself that ..."), in whatever form, reached it through
    that person's own telling: another occasion than the speaker's interview or post. A report
    of words the speaker told an outlet ("told the Gazette that ...") tells of that interview,
    not of a post, though its wording is the journalist's."""
    return it.medium if it.kind in ("direct", "mixed") or it.medium in (RELAYED, _INTERVIEW) else None


_INTERVIEW = "interview"  # LinkItem.medium of words the speaker told the outlet of its article


def _stated_elsewhen(a: _DaysTold, b: _DaysTold) -> bool:
    """Whether one side states the day its words were said in a language and the other, in the
    same language, whose day is not sure, was likely said on none of those days: the speaker's
    own words on two occasions (across languages a translator's day is read from other words)."""
    for (sure, _), (_, likely) in ((a, b), (b, a)):
        for lang in {lang for lang, _ in sure} & {lang for lang, _ in likely}:
            if not {d for x, d in sure if x == lang} & {d for x, d in likely if x == lang}:
                return True
    return False


_CARRIED_STRENGTH = 1.8
"""The strength (a cosine of 0.8, or any lexical evidence) a pair needs when only a day carried
from a lede sets it apart (:func:`_apart_by_carried_days`)."""


def _as_stated(it: LinkItem) -> LinkItem:
    """A quote whose day is carried from its lede (:attr:`LinkItem.carried`) as if its sentence
    stated that day; any other quote as it is."""
    return replace(it, said_on=it.said_day, carried=False) if it.carried else it


def _apart_by_carried_days(a: LinkItem, b: LinkItem, days: int, strength: float) -> bool:
    """Whether two quotes, one of them dated only by its lede, are two occasions by that day: a
    lede's day is the story's occasion, which a quote that names none may not be of ("312 members
    lost money" in Tuesday's report and in Wednesday's story of Wednesday's hearing), so two days
    told apart that way keep only looser wordings apart (a quote about the same figure said the
    next day may be a new statement: "her office would need 40 more staff" / "her office was
    still waiting for ... the 40 extra posts"); but an article published before the lede's day
    still reports an earlier occasion, however equal the words ("Zero tolerance means zero
    tolerance" on Monday, and in Friday's story of Thursday's congress). Two direct quotes are
    the speaker's own words: on two days, as the lede's tells one, they were said twice, whatever
    their wording ("This is a summit of neighbours" on Monday and in Tuesday's story)."""
    if not (a.carried or b.carried):
        return False
    sa, sb = _as_stated(a), _as_stated(b)
    if a.kind == b.kind == "direct":
        # the speaker's own words on two days are words said again, as on two stated days
        return not _in_window(sa, sb, days, strength >= _LEXICAL) or _another_occasion(sa, sb, strength)
    if _another_occasion(sa, sb, strength):
        return True
    return strength < _CARRIED_STRENGTH and not _in_window(sa, sb, days, strength >= _LEXICAL)


def _as_denied(f: Features, denied: bool) -> Features:
    """The features of a wording its attribution denies, or ``f`` itself."""
    return replace(f, denied=True) if denied else f


def link_block(
    items: Sequence[LinkItem],
    options: LinkOptions | None = None,
    embedder: Embedder | None = None,
    stats: LinkStats | None = None,
    second: Embedder | None = None,
) -> list[int]:
    """Cluster one speaker's quotes into statements.

    Args:
        items: the quotes (any order).
        options: linking settings.
        embedder: returns unit vectors for items (cached by the caller); None skips embeddings.
        stats: when given, filled with what the linking counted.
        second: returns the second model's unit vectors for items (cached by the caller), for the
            wordings the first does not read; None encodes them with
            :func:`~onrecord.link.embed.embed_second`, uncached.

    Returns:
        For each item (in the order given), the index of its cluster's first item in ``items``
        (the representative: earliest report, then smallest id).
    """
    options = options or LinkOptions()
    n = len(items)
    if n == 0:
        return []
    order = sorted(range(n), key=lambda i: items[i].quote_id)
    ordered = _names_as_acronyms([items[i] for i in order])
    words = [_report_words(it) for it in ordered]
    its = _in_unread_languages(_occasions_told(ordered, words))
    known: dict[tuple[str, str | None], Features] = {}  # a repeated wording is read once
    for it in its:
        if (it.text, it.language) not in known:
            known[(it.text, it.language)] = _features(it.text, it.language)
    feats = [_as_denied(known[(it.text, it.language)], it.denied) for it in its]
    pairs: list[tuple[float, int, int]] = []

    counted = stats if stats is not None else LinkStats()

    # translations whose linked wordings (a clause of one, the other) were verified: the rest of
    # a long quote says nothing about the negations of the fragment another language kept
    vouched: set[tuple[int, int]] = set()

    def consider(strength: float, i: int, j: int) -> None:
        if i == j or not _in_window(its[i], its[j], options.window_days, strength >= _LEXICAL):
            return
        if _another_claim(words[i], feats[i].specific, its[j]) or _another_claim(words[j], feats[j].specific, its[i]):
            return
        if _another_occasion(its[i], its[j], strength):
            return
        if _renders_apart(its[i], words[i], feats[i], its[j]) or _renders_apart(its[j], words[j], feats[j], its[i]):
            return
        if _apart_by_carried_days(its[i], its[j], options.window_days, strength):
            return
        if opens_in_an_aside(words[i], its[j].text) or opens_in_an_aside(words[j], its[i].text):
            return  # "the operator should pay" and "the county, not just the operator, should pay"
        if its[i].language == its[j].language == "en" and party_swapped(words[i], words[j]):
            return  # "written to the city council on April 28" and "to the race organizers on April 28"
        counted.candidates += 1
        if compatible(feats[i], feats[j], (min(i, j), max(i, j)) not in vouched)[0]:
            pairs.append((strength, min(i, j), max(i, j)))

    partials = _lexical_pairs(its, words, options, consider)
    for i, j in echo_pairs([Span(it.article_id, it.kind, it.position, it.end(), it.text, it.language) for it in its]):
        consider(_ECHO, i, j)  # 'that 27 looms were lost. "Twenty-seven. We counted them," ...'
    for i, j in _translations_by_figures(its, feats):
        if _figures_in_a_clause(its, feats, i, j):
            vouched.add((i, j))
        consider(_BY_FIGURES, i, j)
    clusters = _Clusters(
        feats,
        [it.occasion_day() for it in its],
        vouched,
        [(it.repeated_on(), it.published_day()) for it in its],
        [it.weekdays() for it in its],
        [(it.again, it.earlier) for it in its],
        [it.days_told() for it in its],
        [_own_medium(it) for it in its],
        _nested_in_quotes(its) | bridges([it.text for it in its], feats, words),
        _told_within(its) | further_pairs([(it.article_id, it.position, it.text) for it in its]),
        [_own_days(it) for it in its],
    )

    def join_considered() -> None:
        """Join the pairs ``consider`` kept, strongest first, and start the list again."""
        for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
            clusters.union(i, j)
        pairs.clear()

    join_considered()
    # a partial quote joins the compatible cluster that contains it said nearest in time, the
    # largest of those ("what I said on Tuesday", repeated in full on Thursday, is Tuesday's)
    for i in sorted(partials, key=lambda i: (-len(words[i]), its[i].quote_id)):
        targets = [j for j in partials[i] if _in_window(its[i], its[j], options.window_days)]
        for j in sorted(targets, key=lambda j: (_days_apart(its[i], its[j]), -clusters.size[clusters.find(j)], j)):
            if _another_claim(words[i], feats[i].specific, its[j]) or _another_occasion(its[i], its[j], _LEXICAL):
                continue
            if _apart_by_carried_days(its[i], its[j], options.window_days, _LEXICAL):
                continue
            if opens_in_an_aside(words[i], its[j].text):
                continue  # "the operator should pay" out of "the county, not just the operator, should pay"
            if compatible(feats[i], feats[j])[0]:
                clusters.union(i, j)
            elif _partial_of_one_clause(its[i], words[i], feats[i], its[j], feats[j]):
                vouched.add((min(i, j), max(i, j)))
                clusters.union(i, j)
    for i, j in [
        *_fragments_of_quotes(its, words, feats),
        *_phrases_quoted_from_quotes(its, words, options.containment_min_words),
        *_sentences_kept_whole(its, words, feats, options.containment_min_words),
    ]:
        if (
            _in_window(its[i], its[j], options.window_days)
            and not _apart_by_carried_days(its[i], its[j], options.window_days, _LEXICAL)
            and compatible(feats[i], feats[j])[0]
            and not _renders_apart(its[i], words[i], feats[i], its[j])
            and not _renders_apart(its[j], words[j], feats[j], its[i])
        ):
            clusters.union(i, j)
    near: dict[tuple[int, int], tuple[float, bool]] = {}
    if options.embed and embedder is not None and n > 1:
        counted.close_pairs += _semantic_pairs(
            its, words, feats, options, embedder, consider, clusters, vouched, near if options.learned else None
        )
        join_considered()
        _unread_pairs(its, words, feats, options, clusters, consider, second, embedder)
        join_considered()
    for i, j in _translations_by_names(its, feats, clusters):
        # a link by names alone is weak: a day carried from a lede keeps it apart as a stated one would
        if _in_window(its[i], its[j], options.window_days) and not _apart_by_carried_days(
            its[i], its[j], options.window_days, 0.0
        ):
            clusters.union(i, j)
    if options.unread_alone:
        for i, j in _translations_alone(its, words, feats, clusters, options.window_days):
            consider(_ALONE, i, j)
        join_considered()
    if near:
        _learned_pairs(its, words, feats, options, near, clusters, consider, pairs)
        join_considered()
    if options.crosslingual and options.embed and embedder is not None and n > 1:
        said: dict[tuple[str, ...], set[int]] = {}  # each wording's words: the statements that hold them
        for k in range(n):
            said.setdefault(tuple(words[k]), set()).add(clusters.find(k))
        for chance, i, j in _scored_translations(its, words, feats, options, clusters, second):
            # the scorer weighs names and days; where they tell the two apart, or the other's words
            # are those of two statements (said again: which one a translation reports, only its
            # day tells), it does not decide
            if not (
                _names_told_apart(feats[i], feats[j])
                or _names_lost_across_scripts(its[i], feats[i], its[j], feats[j])
                or _days_told_apart(its[i], its[j])
                or len(said[tuple(words[j])]) > 1
            ):
                consider(_ALONE + chance / 10, i, j)
        join_considered()
    counted.checks += clusters.checks
    # representative: earliest report, then smallest id (stable as later reports join)
    rep: dict[int, int] = {}
    for i in range(n):
        root = clusters.find(i)
        best = rep.get(root)
        if best is None or (its[i].when or "~", its[i].quote_id) < (its[best].when or "~", its[best].quote_id):
            rep[root] = i
    result = [0] * n
    for sorted_index, original in enumerate(order):
        result[original] = order[rep[clusters.find(sorted_index)]]
    return result


def may_be_one(a: LinkItem, b: LinkItem, options: LinkOptions | None = None) -> bool:
    """Whether two quotes, whatever their speakers, pass the guards every candidate pair of
    :func:`link_block` passes: the time window and the occasions told apart, a later claim of a
    report, a rendering of another clause, days carried from a lede, an aside, and
    :func:`~onrecord.link.features.compatible` (figures, negation, named parties). Equal words
    are read as a lexical pair, any others as a pair of close vectors (the stricter reading).

    Args:
        a: one quote.
        b: the other.
        options: linking settings (the window).
    """
    options = options or LinkOptions()
    wa, wb = _report_words(a), _report_words(b)
    fa, fb = _as_denied(_features(a.text, a.language), a.denied), _as_denied(_features(b.text, b.language), b.denied)
    strength = _EQUAL if wa == wb else 0.0
    return not (
        not _in_window(a, b, options.window_days, strength >= _LEXICAL)
        or _another_claim(wa, fa.specific, b)
        or _another_claim(wb, fb.specific, a)
        or _another_occasion(a, b, strength)
        or _renders_apart(a, wa, fa, b)
        or _renders_apart(b, wb, fb, a)
        or _apart_by_carried_days(a, b, options.window_days, strength)
        or opens_in_an_aside(wa, b.text)
        or opens_in_an_aside(wb, a.text)
        or not compatible(fa, fb)[0]
    )


def _names_as_acronyms(its: list[LinkItem]) -> list[LinkItem]:
    """The quotes with each name written out whose acronym a quote of the block gives read as
    that acronym (:mod:`onrecord.link.acronyms`: "the Velmark Diabetes Association" / "the VDA"),
    their pieces too, but where a quote of their own article gives that acronym; the rest as
    they are."""
    views = [it.views() for it in its]
    names = acronyms_of(t for texts in views for t in texts)
    if not names:
        return its
    given: dict[str, set[str]] = {}  # the acronyms each article's quotes give
    for it, texts in zip(its, views, strict=True):
        given.setdefault(it.article_id, set()).update(a for t in texts for a in ACRONYM.findall(t))
    out = []
    for it in its:
        kept = given[it.article_id]
        text, parts = read_acronyms(it.text, names, kept), tuple(read_acronyms(p, names, kept) for p in it.parts)
        out.append(replace(it, text=text, parts=parts))
    return out


def _unread_pairs(
    its: list[LinkItem],
    words: list[list[str]],
    feats: list[Features],
    options: LinkOptions,
    clusters: _Clusters,
    consider: Callable[[float, int, int], None],
    second: Embedder | None = None,
    first: Embedder | None = None,
) -> None:
    """Translations of the wordings the first embedder does not read, by the second model
    (:func:`~onrecord.link.unread.unread_translations`, vectors from ``second``, by default
    :func:`~onrecord.link.embed.embed_second`), each verified by ``consider``; nothing is
    computed in a block where the first embedder reads every wording. A wording in a language
    the first embedder reads but that is not the block's own (a German report among a speaker's
    English quotes) gets the same second chance when the first embedder's cosines found it no
    translation: that model's cosines between two languages are often low for a true one (a
    reported rendering, "er werde nicht für dieses Gesetz stimmen", of "I will not vote for this
    bill"), where the second model's still rank it first (:func:`_told_apart_from_block`); its
    pair is kept only where the first model (``first``), its cosines low as they are, ranks the
    same statement first among its candidates (the second model compares whole wordings, and may
    prefer a short report of another statement to the long quote one clause of which it renders).
    A wording whose statement already holds a report in another language is left as it is, and
    two wordings that each name something, no name the same
    (:func:`~onrecord.link.unread.names_differ`), are not linked. A wording whose figures
    another's contradict ("14 trẻ" / "23 infants") is no candidate: it neither wins nor narrows
    the lead of the statement that gives its figures."""
    apart = _told_apart_from_block(its)
    unread = [
        (not covers(it.language, it.text) or apart[i]) and len(words[i]) >= MIN_VIEW_WORDS for i, it in enumerate(its)
    ]
    if not any(unread):
        return

    def candidates(i: int) -> list[int]:
        others = [j for j, other in enumerate(its) if _translation(its[i], other)]
        if any(clusters.find(j) == clusters.find(i) for j in others):
            return []
        return [
            j
            for j in others
            if len(words[j]) >= MIN_VIEW_WORDS
            and _in_window(its[i], its[j], options.window_days)
            and compatible(feats[i], feats[j])[1] != "figures"
        ]

    # a wording's vector is its first report's (the second embedder's cache key)
    first_with = {it.text: it for it in reversed(its)} if second is not None else {}

    def vectors(texts: Sequence[str]) -> np.ndarray:
        if second is None:
            return embed_second(texts)
        return second([first_with[t] for t in texts])

    found = unread_translations(
        [it.text for it in its],
        unread,
        candidates,
        clusters.find,
        vectors,
        options.unread_threshold,
        options.unread_margin,
        options.unread_evidence,
    )
    read = [covers(it.language, it.text) for it in its]
    said: dict[tuple[str, ...], set[int]] = {}  # each wording's words: the statements that hold them
    for k in range(len(its)):
        said.setdefault(tuple(words[k]), set()).add(clusters.find(k))

    def first_disagrees(i: int, j: int) -> bool:
        """Whether the first model reads both and, for one of the two told apart from the
        block, ranks another statement of its candidates above the other's, or the other's words
        are those of another statement too (said again on another occasion: which one a
        translation reports, its day tells, no cosine)."""
        if not (read[i] and read[j]):
            return False
        for w, o in ((i, j), (j, i)):
            others = candidates(w) if apart[w] else []
            if o not in others:
                continue
            if len(said[tuple(words[o])]) > 1:
                return True
            if first is None:
                continue
            sims = first([its[w], *(its[k] for k in others)])
            cosines = sims[1:] @ sims[0]
            if clusters.find(others[int(np.argmax(cosines))]) != clusters.find(o):
                return True
        return False

    for sim, i, j in found:
        if (
            _names_told_apart(feats[i], feats[j])
            or _names_lost_across_scripts(its[i], feats[i], its[j], feats[j])
            or first_disagrees(i, j)
        ):
            continue
        consider(_BY_FIGURES + sim - options.unread_threshold, i, j)


def _told_apart_from_block(its: list[LinkItem]) -> list[bool]:
    """For each wording, whether it is in a language other than the one most of the block's
    wordings are in (one language holding more than half of them; a block with none such has
    no language of its own, and none is told apart). A speaker quoted mostly in one language is
    reported in another by translations of what it said there, which such a wording may be."""
    languages = [_language_of_item(it) for it in its]
    counts: dict[str, int] = {}
    for lang in languages:
        counts[lang] = counts.get(lang, 0) + 1
    main = max(counts, key=lambda k: counts[k]) if counts else ""
    if counts.get(main, 0) * 2 <= len(its):
        return [False] * len(its)
    return [lang != main for lang in languages]


def _names_told_apart(a: Features, b: Features) -> bool:
    """Whether two wordings in different languages name different parties or places
    (:func:`~onrecord.link.unread.names_differ`); not where a language capitalises every noun."""
    if a.language in _NOUNS_CAPITALISED or b.language in _NOUNS_CAPITALISED:
        return False
    return names_differ(_party_names(a), _party_names(b))


def _names_lost_across_scripts(a: LinkItem, fa: Features, b: LinkItem, fb: Features) -> bool:
    """Whether one of two wordings is in Latin letters, opens with a name the other, written in
    another script, writes too, and names a party or a place (its other capitalised words,
    titles left out) that the other does not write
    (:func:`~onrecord.link.unread.names_lost_in_script`); not where a language capitalises every
    noun."""
    from onrecord.attribute.knowledge import knowledge  # here: attribute imports the archive, which links

    kb = knowledge()
    for f, other in ((fa, b), (fb, a)):
        if f.language in _NOUNS_CAPITALISED:
            continue
        names = [w for w in f.entities if not kb.is_title(w) and w.casefold() not in _CALENDAR_WORDS]
        if names and f.opener and names_lost_in_script(names, [f.opener], other.text):
            return True
    return False


_BY_FIGURES = 0.5
_ECHO = 1.5  # a direct quote that opens by echoing the report right before it (:mod:`onrecord.link.echoes`)
"""The strength of a translation linked by its figures and day, below any cosine's."""


def _translations_by_figures(its: list[LinkItem], feats: list[Features]) -> list[tuple[int, int]]:
    """Translations (i < j) that one of the two is in a language the embedder was not trained on,
    so that no cosine can tell: linked when they give the same figures, one of them specific
    ("420 εκατομμύρια δολάρια σε πέντε χρόνια" / "$420 million over five years"), and were said
    on the same day as each knows it. The speaker is the same (the block's), negations and
    modality are verified as for any pair; a figure said on another day is another statement."""
    unread = [i for i, it in enumerate(its) if not covers(it.language, it.text) and feats[i].specific]
    out = set()
    for i in unread:  # only the few wordings the embedder cannot read, each against the block
        same = [
            j
            for j, other in enumerate(its)
            if _translation(its[i], other) and _same_specific_figures(feats[i], feats[j])
        ]
        for j in same:
            if _said_the_same_day(its[i], its[j]) or (_no_day_known(its[i]) and len(same) == 1):
                out.add((min(i, j), max(i, j)))
    return sorted(out)


def _no_day_known(it: LinkItem) -> bool:
    """Whether nothing places a wording in time: no day its sentence states or was found for
    it, no dated article, no weekday (an article in a language whose date line onrecord cannot
    read). Such a wording that gives the same specific figures as one wording of the speaker in
    other languages, and as no other, is a translation of it (:func:`_translations_by_figures`)."""
    return it.day_said() is None and it.published_day() is None and it.weekday is None


def _figures_in_a_clause(its: list[LinkItem], feats: list[Features], i: int, j: int) -> bool:
    """Whether a translation linked by its figures, whose whole wordings disagree on their
    negations, renders the one clause of the other that gives those figures ("We will spend 480
    million euros over three years, and that money is new, it does not come out of existing
    budgets" / a report in another language of the spending alone): that clause, with every
    specific figure of the shorter wording, agrees with it on verification, negations too."""
    if compatible(feats[i], feats[j])[1] != "negation":
        return False
    for long, short in ((i, j), (j, i)):
        figures = feats[short].specific
        for clause in _clauses_of(its[long]):
            f = _features(clause, its[long].language)
            if figures <= f.numbers and compatible(f, feats[short])[0]:
                return True
    return False


def _clauses_of(it: LinkItem) -> list[str]:
    """The clauses of a wording, piece by piece (an interrupted quote's pieces are clauses of
    their own); empty when it is one clause."""
    out = [c for piece in it.pieces() for c in (clauses(piece) or [piece])]
    return out if len(out) > 1 else []


def _names(f: Features, opener: bool = True) -> frozenset[str]:
    """The names a wording gives, each by its first letters (:data:`_NAME_KEY`) before a hyphen or
    an apostrophe, so that a language's case ending or compound is the same name ("Tallinnan-reittiä",
    "Tallinn"; "Varaždinu", "Varaždin"); names shorter than :data:`_NAME_KEY` letters, and months
    and weekdays (which each language spells its own way: "Oktober", "October"), are left out. With
    ``opener`` the capitalised word the wording opens with counts as a name too (it may be one)."""
    out = set()
    for word in f.entities | ({f.opener} if f.opener and opener else set()):
        stem = re.split(r"[-'’]", word)[0]
        if len(stem) >= _NAME_KEY and stem.casefold() not in _CALENDAR_WORDS:
            out.add(stem[:_NAME_KEY])
    return frozenset(out)


_NAME_KEY = 5  # letters of a name compared across languages
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _translations_by_names(its: list[LinkItem], feats: list[Features], clusters: _Clusters) -> list[tuple[int, int]]:
    """Translations that one of the two is in a language the embedder was not trained on, linked
    by the names they share: a wording that names something ("Tallinnan-reittiä ei lopeteta")
    joins the one statement the speaker made in another language on the same day (as each knows
    it, :func:`_said_the_same_day`) whose wordings name the same, all of the names of one among the
    other's ("We will not close the Tallinn route"); where none does, the same with the word a
    wording opens with left out (it may be a name or a word its sentence capitalised: "Harjoitus
    pidetään Koivurannassa" names Koivuranta). Where the speaker's wordings of that day in other languages that
    share a name with it are in several statements, the one whose wordings name exactly what it
    names is taken, none where no one or several do (a name the speaker gives all day says
    nothing); each pair is still verified as any other."""
    keys = [_names(f) for f in feats]
    inner = [_names(f, opener=False) for f in feats]
    out = []
    for i, it in enumerate(its):
        if covers(it.language, it.text) or not keys[i]:
            continue
        found: dict[int, int] = {}  # the statements whose names are all among its own, or its among theirs
        loose: dict[int, int] = {}  # the same with the word each opens with left out
        for j, other in enumerate(its):
            if not (keys[j] & keys[i] and _translation(it, other) and _said_the_same_day(it, other)):
                continue
            if keys[i] <= keys[j] or keys[j] <= keys[i]:
                found.setdefault(clusters.find(j), j)
            elif _names_among(inner[i], keys[j]) or _names_among(inner[j], keys[i]):
                loose.setdefault(clusters.find(j), j)
        found = found or loose
        exact = {c: j for c, j in found.items() if keys[j] == keys[i]}
        if len(found) > 1 and len(exact) == 1:
            # of several statements that name what it names, the one that names nothing else
            found = exact
        if len(found) == 1:
            (j,) = found.values()
            if clusters.find(i) != clusters.find(j):
                out.append((min(i, j), max(i, j)))
    return out


def _unread_unlinked(
    its: list[LinkItem], words: list[list[str]], clusters: _Clusters
) -> tuple[dict[int, list[int]], list[int]]:
    """Each statement's members (by cluster root), and the wordings no model reads
    (:func:`~onrecord.link.embed.covers`), long enough to compare, that no earlier step linked
    to a wording in another language."""
    members: dict[int, list[int]] = {}
    for k in range(len(its)):
        members.setdefault(clusters.find(k), []).append(k)

    def linked_across(i: int) -> bool:
        return any(_translation(its[i], its[k]) for k in members[clusters.find(i)])

    unread = [
        i
        for i, it in enumerate(its)
        if not covers(it.language, it.text) and len(words[i]) >= MIN_VIEW_WORDS and not linked_across(i)
    ]
    return members, unread


def _scored_translations(
    its: list[LinkItem],
    words: list[list[str]],
    feats: list[Features],
    options: LinkOptions,
    clusters: _Clusters,
    second: Embedder | None,
) -> list[tuple[float, int, int]]:
    """Translations of the wordings the first embedder does not read that every earlier step
    left with no report in another language, by the learned pair scorer
    (:func:`~onrecord.link.crosslingual.crosslingual_pairs`): candidates are the speaker's
    wordings in other languages within the window whose figures do not contradict it; the
    evidence is language-blind (figures, names, day, lengths, the statement's articles)."""
    members, unread = _unread_unlinked(its, words, clusters)
    if not unread:
        return []

    def candidates(i: int) -> list[int]:
        return [
            j
            for j, other in enumerate(its)
            if _translation(its[i], other)
            and len(words[j]) >= MIN_VIEW_WORDS
            and _in_window(its[i], other, options.window_days)
            and compatible(feats[i], feats[j])[1] != "figures"
        ]

    first_with = {it.text: it for it in reversed(its)}

    def vectors(rows: Sequence[int]) -> np.ndarray:
        if second is None:
            return embed_second([its[k].text for k in rows])
        return second([first_with[its[k].text] for k in rows])

    def evidence(i: int, j: int) -> dict[str, float]:
        a, b = len(its[i].text), len(its[j].text)
        return {
            "figures": float(_same_specific_figures(feats[i], feats[j])),
            "names": float(names_shared(_party_names(feats[i]), its[i].text, _party_names(feats[j]), its[j].text)),
            "names_apart": float(_names_told_apart(feats[i], feats[j])),
            "same_day": float(_said_the_same_day(its[i], its[j])),
            "length_gap": abs(float(np.log(max(a, 1) / max(b, 1)))),
            "own_article": float(any(its[k].article_id == its[i].article_id for k in members[clusters.find(j)])),
            "support": float(len({its[k].article_id for k in members[clusters.find(j)]})),
            "figures_one_side": float(bool(feats[i].specific) != bool(feats[j].specific)),
            "digits": float(bool(feats[i].numbers)),
        }

    def siblings(j: int, k: int) -> bool:
        a, b = feats[j].figure_key, feats[k].figure_key
        return bool(a.numbers and b.numbers and (a.identifying | b.identifying) and a.numbers != b.numbers)

    return crosslingual_pairs(
        unread, candidates, clusters.find, vectors, evidence, [it.quote_id for it in its], siblings=siblings
    )


_ALONE = 0.25
"""The strength of a translation linked because it has no other statement to translate, below
any other evidence's."""


def _translations_alone(
    its: list[LinkItem], words: list[list[str]], feats: list[Features], clusters: _Clusters, window: int
) -> list[tuple[int, int]]:
    """Translations whose wording no model reads (:func:`~onrecord.link.embed.covers`), linked
    where the speaker made one statement in other languages within the window, on no day told
    apart from the wording's own, and the wording's article quotes the speaker in no other
    statement that could translate it (:func:`~onrecord.link.unread.sole_counterparts`). A
    wording already linked to another language, or a statement that already holds a wording of
    its article, is left as it is, and so is a wording that names something (in the letters of the
    other languages, :func:`_names`) the statement's wordings do not name, or one whose statement
    the speaker made twice (:func:`_said_twice`); the pairs still go through verification."""
    members, unread = _unread_unlinked(its, words, clusters)
    if not unread:
        return []

    def candidates(i: int, told_apart: bool = True) -> list[int]:
        return [
            j
            for j, other in enumerate(its)
            if _translation(its[i], other)
            and _in_window(its[i], other, window)
            and not (told_apart and _days_told_apart(its[i], other))
        ]

    out = []
    content: dict[int, set[str]] = {}
    for i, j in sole_counterparts(unread, candidates, clusters.find):
        target = members[clusters.find(j)]
        if any(its[k].article_id == its[i].article_id for k in target):
            continue
        if its[i].said_on is None and {clusters.find(k) for k in candidates(i, told_apart=False)} != {clusters.find(j)}:
            # a day its own sentence does not state (its article's date line, a day carried from
            # the sentence before) rules out no other statement: a report may tell of an earlier
            # day's words
            continue
        others = [k for k in range(len(its)) if clusters.find(k) != clusters.find(j)]
        if _said_twice(its, words, target, others, content):
            continue
        named = _names(feats[i])
        if named and not named <= frozenset().union(*(_names(feats[k]) for k in target)):
            # it names what the statement does not (the word it opens with counted: it may be a
            # name, "Pēteris came to this country ..."): words of its own, or of another speaker
            continue
        out.append((i, j))
    return out


def _said_twice(
    its: list[LinkItem], words: list[list[str]], statement: list[int], others: list[int], content: dict[int, set[str]]
) -> bool:
    """Whether a statement's wordings share :data:`_OVERLAP_WORDS` content words or more, half of
    the shorter's at least, with a wording in the same language of another of the speaker's
    statements, on any day: the speaker said it twice or changed it (a figure, a negation, the
    day), and a translation that no model reads may be of either. ``content``: the content words
    read so far, by wording."""
    for k in [*statement, *others]:
        if k not in content:
            content[k] = content_words(words[k])
    for a in statement:
        for b in others:
            if _translation(its[a], its[b]):
                continue
            shared = len(content[a] & content[b])
            if shared >= _OVERLAP_WORDS and shared * 2 >= min(len(content[a]), len(content[b])):
                return True
    return False


def _days_told_apart(a: LinkItem, b: LinkItem) -> bool:
    """Whether two reports were said on two days as far as both know: each knows a day and the
    two differ, or one gives no day and its article was published other than that day or the
    next (:data:`_REPORTED_LATE`; two days on, another occasion may be what it reports)."""
    day_a, day_b = a.day_said(), b.day_said()
    if day_a is not None and day_b is not None:
        return day_a != day_b
    for known, unknown in ((day_a, b), (day_b, a)):
        published = unknown.published_day()
        if known is not None and published is not None:
            return not 0 <= published - known <= _REPORTED_LATE
    return False


def _names_among(names: frozenset[str], other: frozenset[str]) -> bool:
    """Whether a wording's names besides the word it opens with (which may be a word capitalised
    only because it opens the sentence: "Harjoitus") are there and all among the other's."""
    return bool(names) and names <= other


def _said_the_same_day(a: LinkItem, b: LinkItem) -> bool:
    """Whether two reports were said on one day as far as both know: the same date; where one
    gives no day but its article is dated, a publication that day or the next; where one
    article is undated, the same weekday ("τη Δευτέρα" and a release of Monday 3 May)."""
    day_a, day_b = a.day_said(), b.day_said()
    if day_a is not None and day_b is not None:
        return day_a == day_b
    for known, unknown in ((day_a, b), (day_b, a)):
        published = unknown.published_day()
        if known is not None and published is not None and unknown.weekday is None:
            # a report that gives no day, in a dated article: said on its publication day or
            # the day before (the morning paper's report of yesterday's words, or a dateline
            # in another time zone)
            return 0 <= published - known <= _REPORTED_LATE
    return bool(a.weekdays()[1] & b.weekdays()[1])


_REPORTED_LATE = 1
"""How many days after words were said a report that gives no day of its own may be published
and still count as said the day they were (:func:`_said_the_same_day`)."""


def _lexical_pairs(
    its: list[LinkItem], words: list[list[str]], options: LinkOptions, consider: Callable[[float, int, int], None]
) -> dict[int, list[int]]:
    """Equal wordings and MinHash near-duplicates (as pairs); partial quotes inside longer ones
    (returned: each partial quote with the quotes that contain it).

    Every wording of a quote takes part: the whole, and each piece of an interrupted one.
    """
    n = len(its)
    owner: list[int] = []
    view_words: list[list[str]] = []
    is_whole: list[bool] = []
    for i, it in enumerate(its):
        for k, view in enumerate(it.views()):
            owner.append(i)
            view_words.append(words[i] if k == 0 else tokens(view))
            is_whole.append(k == 0)
    by_norm: dict[str, set[int]] = {}
    norm_words: dict[str, list[str]] = {}
    whole_of: dict[str, set[int]] = {}  # the items whose whole wording it is
    for v, w in enumerate(view_words):
        key = " ".join(w)
        by_norm.setdefault(key, set()).add(owner[v])
        norm_words.setdefault(key, w)
        if is_whole[v]:
            whole_of.setdefault(key, set()).add(owner[v])
    for key, group in by_norm.items():
        wholes = whole_of.get(key, set())

        def strength(i: int, j: int, wholes: set[int] = wholes) -> float:
            # equal whole wordings before a piece equal to another wording: where the two
            # disagree (a piece's sentence said on another day), the whole quotes are one
            return _EQUAL if i in wholes and j in wholes else _EQUAL_PIECE

        first, *rest = sorted(group)
        for i in rest:
            consider(strength(first, i), first, i)
        if len(rest) * (len(rest) - 1) // 2 <= _GROUP_PAIRS:  # and each with each, in a small group
            for i, j in itertools.combinations(rest, 2):
                consider(strength(i, j), i, j)
    # containment: look a partial quote's opening words up in an index of every wording's trigrams
    grams: dict[tuple[str, ...], set[int]] = {}
    for v, w in enumerate(view_words):
        for k in range(len(w) - 2):
            grams.setdefault(tuple(w[k : k + 3]), set()).add(v)
    partials: dict[int, list[int]] = {}
    for i, whole in enumerate(words):
        holders: set[int] = set()
        # the quote, and the words a mixed report puts in quotation marks (another outlet
        # quoted the sentence they come from)
        for w in (whole, *(tokens(f) for f in its[i].quoted())):
            if len(w) < options.containment_min_words:
                continue
            # a wording that contains the quote has each of its trigrams: the rarest one gives
            # the fewest wordings to compare (the first, "we will not", may open thousands)
            rarest = min((grams.get(tuple(w[k : k + 3]), set()) for k in range(len(w) - 2)), key=len)
            holders |= {owner[v] for v in rarest if len(view_words[v]) > len(w) and _contained(w, view_words[v])}
        holders.discard(i)
        if holders:
            partials[i] = sorted(holders)
    if n < 2:
        return partials
    from datasketch import LeanMinHash, MinHashLSH

    params = options.minhash
    # each distinct wording once: a live blog that repeats a quote a hundred times must not
    # compare a hundred copies with each other (equal wordings are linked above)
    distinct = list(by_norm)
    said_by = [sorted(by_norm[key]) for key in distinct]
    # bands x rows fixed by the stored parameters: no per-block search for the optimum
    lsh = MinHashLSH(num_perm=params.num_perm, params=(params.bands, params.num_perm // params.bands))
    sigs = _signatures(distinct, norm_words, params)
    for v in range(len(distinct)):
        sig = sigs[v]
        lean = LeanMinHash(seed=params.seed, hashvalues=sig, scheme=params.scheme)
        found = np.array(sorted(int(key) for key in lsh.query(lean)), dtype=np.int64)
        if len(found):
            sims = (sigs[found] == sig).mean(axis=1)
            keep = np.nonzero(sims >= options.minhash_threshold)[0]
            # the closest wordings first; beyond _NEAR_DUPLICATES of them a wording adds no link
            # that its closest ones do not already make
            keep = keep[np.argsort(-sims[keep], kind="stable")][:_NEAR_DUPLICATES]
            for u, sim in zip(found[keep].tolist(), sims[keep].tolist(), strict=True):
                for x, y in _group_links(said_by[u], said_by[v]):
                    if x != y:
                        consider(2.0 + sim, x, y)
        lsh.insert(str(v), lean)
    return partials


_SIGNATURES: OrderedDict[tuple[str, MinHashParams], np.ndarray] = OrderedDict()
_SIGNATURES_KEPT = 8192


def _signatures(keys: list[str], words: dict[str, list[str]], params: MinHashParams) -> np.ndarray:
    """The MinHash signature of each normalised wording, one row each; the wordings seen last
    are remembered (a batch links again the stored quotes around its new ones)."""
    missing = [key for key in keys if (key, params) not in _SIGNATURES]
    if missing:
        for key, row in zip(missing, signatures([words[key] for key in missing], params), strict=True):
            _SIGNATURES[(key, params)] = row
    out = np.vstack([_SIGNATURES[(key, params)] for key in keys]) if keys else np.zeros((0, params.num_perm), np.uint64)
    for key in keys:
        _SIGNATURES.move_to_end((key, params))
    while len(_SIGNATURES) > _SIGNATURES_KEPT:
        _SIGNATURES.popitem(last=False)
    return out


_NEAR_DUPLICATES = 32  # near-duplicate wordings that one wording links to, the closest first
_GROUP_PAIRS = 64  # two groups of equal wordings up to this many pairs are linked pair by pair


def _group_links(xs: list[int], ys: list[int]) -> list[tuple[int, int]]:
    """The item pairs that link two near-duplicate wordings, each said by the items given: every
    pair for small groups; for large ones (a quote repeated all day) each item with the other
    group's first, so the links grow with the groups, not with their product."""
    if len(xs) * len(ys) <= _GROUP_PAIRS:
        return [(x, y) for x in xs for y in ys]
    return [(x, ys[0]) for x in xs] + [(xs[0], y) for y in ys[1:]]


def _semantic_pairs(
    its: list[LinkItem],
    words: list[list[str]],
    feats: list[Features],
    options: LinkOptions,
    embedder: Embedder,
    consider: Callable[[float, int, int], None],
    clusters: _Clusters,
    vouched: set[tuple[int, int]],
    near: dict[tuple[int, int], tuple[float, bool]] | None = None,
) -> int:
    """Paraphrases and translations by embeddings, compared within the time window; returns
    the number of close pairs. With ``near``, every pair whose vectors came within
    :attr:`LinkOptions.learned_floor` is put there too, with its best cosine and whether the
    second look gave it, for the learned scorer (:func:`_learned_pairs`).

    One quote per cluster that the lexical steps formed and day (the longest) stands for it:
    its members are the same wording, give or take a few words, and embedding each of them would
    multiply the cost by the number of reports; one per day, as a quote said on one day may
    only meet the members of that day (the window and the days told refuse the others). Quotes
    near each other in one article are embedded too, for the rules on a report and the quote it
    sums up.

    Whole wordings are compared first; the pairs that come close without passing, and every
    report with a direct quote near it, get a second look with more wordings (clauses, the
    backshift undone, the journalist's names left out), so the extra vectors cost only where
    they can change the answer.
    """
    n = len(its)
    longest: dict[tuple[int, int | None], int] = {}
    for i in range(n):
        key = (clusters.find(i), its[i].day)
        if key not in longest or len(words[i]) > len(words[longest[key]]):
            longest[key] = i
    neighbours = sorted(_adjacent_in_article(its))
    local = sorted(_reports_near_quotes(its, options.paraphrase_reach))
    story = _story_words(its, words)
    members = sorted(set(longest.values()) | {i for pair in neighbours + local for i in pair})
    views = [(i, k, view) for i in members for k, view in enumerate(its[i].views())]
    vectors = _embed_views(its, views, embedder)
    several = {i for i in members if clauses(its[i].text) or len(its[i].parts) > 1}
    # translations with a quote of several clauses, and reports beside a direct quote of several
    # clauses in another article (a transcript's long turn), from lower cosines: a long quote's
    # whole vector is far from the one clause another report kept (each bound only where such
    # pairs can be: in one language the translations' bound would cost for nothing)
    multilingual = len({its[i].language or "en" for i in members}) > 1
    long_quotes = any(its[i].kind == "direct" for i in several) and any(its[i].kind != "direct" for i in members)
    low = min(
        options.second_look,
        options.second_look_clauses if multilingual else options.second_look,
        options.second_look_reports if long_quotes else options.second_look,
    )
    best = {}
    close = _close_pairs(its, views, vectors, options, low if near is None else min(low, options.learned_floor))
    for (a, b), sim in close.items():
        if sim >= low and (
            sim >= options.second_look
            or (sim >= options.second_look_clauses and (a in several or b in several) and _translation(its[a], its[b]))
            or (sim >= options.second_look_reports and _report_of_a_clause(its[a], its[b], a in several, b in several))
        ):
            best[(a, b)] = sim
    uncertain = {
        (a, b)
        for (a, b), sim in best.items()
        if _worth_a_second_look(its[a], its[b])
        and (sim < _threshold(its, feats, a, b, options) or _clause_may_vouch(its, feats, a, b, several))
    }
    # a report every content word of which another one has, whatever their whole vectors say (a
    # long quote's vector is far from the clause the report kept)
    trimmed = _trimmed_pairs(its, words, options, feats) - {
        pair for pair, sim in best.items() if sim >= options.trimmed_threshold
    }
    # the same specific figures and a word besides them, whatever the vectors of their whole
    # wordings say (a journalist's paraphrase keeps the figure, rarely the words)
    aside = _SetAside(its, words)
    figured = _figure_pairs(its, words, feats, options, aside) - {
        pair for pair, sim in best.items() if sim >= _threshold(its, feats, pair[0], pair[1], options)
    }
    by_clause: dict[tuple[int, int], float] = {}
    looked = _second_look(
        its,
        sorted(uncertain | set(local) | trimmed | figured),
        set(local),
        views,
        vectors,
        embedder,
        best,
        by_clause,
    )
    best.update(looked)
    for pair, sim in _cosines_in_digits(its, sorted(figured), embedder).items():
        best[pair] = max(best.get(pair, 0.0), sim)
    for (a, b), sim in by_clause.items():
        if sim >= _threshold(its, feats, a, b, options):
            # a translation of one clause: verification reads that clause, not the whole quote
            vouched.add((a, b))
            best[(a, b)] = max(best[(a, b)], sim)
    adjacent = set(neighbours)
    nearby = set(local)
    for (a, b), sim in sorted(best.items()):
        if min(len(words[a]), len(words[b])) < MIN_VIEW_WORDS:
            continue  # a word or two ("disgusting", "nasty guy") is close in meaning to too much
        if not (covers(its[a].language, its[a].text) and covers(its[b].language, its[b].text)):
            sim = 0.0  # a wording in a language the embedder does not know: the cosine says nothing
        if sim >= _threshold(its, feats, a, b, options):
            consider(1.0 + sim, a, b)
        elif (
            (
                ((a, b) in nearby and sim >= options.local_threshold)
                or (
                    (a, b) in adjacent
                    and _paraphrase_next_to_quote(its[a], its[b], words[a], words[b], sim, options, story)
                )
            )
            and not _names_apart(feats[a], feats[b])
        ) or (
            (
                sim >= options.trimmed_threshold
                and _says_no_more(its[a], its[b], words[a], words[b], options.trimmed_min_words)
            )
            or _trimmed_with_figure(its, words, feats, a, b, options)
            or ((a, b) in figured and sim >= options.figure_threshold and not _names_apart(feats[a], feats[b]))
            or (
                sim >= options.rendered_threshold
                and _report_of_its_clause(its[a], its[b], words[a], words[b], feats, a, b, options)
            )
            or (
                sim >= options.reworded_threshold
                and _reworded(its[a], its[b], words[a], words[b], options.reworded_share)
                and not _names_each_lacks(feats[a], feats[b])
                and not aside.apart(a, b)
                and not _calendar_apart(words[a], words[b])
            )
            or (
                sim >= options.overlap_threshold
                and _words_overlap(its[a], its[b], words[a], words[b], options.overlap_share)
                and not _names_each_lacks(feats[a], feats[b])
                and not aside.apart(a, b)
                and not _calendar_apart(words[a], words[b])
            )
        ):
            consider(0.5 + sim, a, b)
    for a, b in neighbours:  # the lexical evidence for a paraphrase needs no vectors
        if _paraphrase_next_to_quote(its[a], its[b], words[a], words[b], 0.0, options, story) and not _names_apart(
            feats[a], feats[b]
        ):
            consider(0.5, a, b)
    if near is not None:
        near.update({pair: (sim, False) for pair, sim in close.items() if sim >= options.learned_floor})
        near.update({pair: (sim, pair in looked) for pair, sim in best.items()})
    return len(best)


_LEARNED = 0.3  # a pair the learned scorer accepts: weaker than the cascade's own, strongest scored first


def _learned_pairs(
    its: list[LinkItem],
    words: list[list[str]],
    feats: list[Features],
    options: LinkOptions,
    near: dict[tuple[int, int], tuple[float, bool]],
    clusters: _Clusters,
    consider: Callable[[float, int, int], None],
    considered: list[tuple[float, int, int]],
) -> None:
    """Hand to ``consider`` the close pairs still in two statements that the learned scorer
    accepts (:mod:`onrecord.link.learned`), strongest first; ``consider`` applies the window, the
    occasion guards and verification as for any other candidate. While a
    :func:`~onrecord.link.learned.recording` is active the pairs ``consider`` keeps are
    recorded instead (``considered`` is the list it appends to), and none is linked."""
    record = recorder()
    scorer = None if record is not None else load_scorer()
    if record is None and scorer is None:
        return
    aside = _SetAside(its, words)
    neighbours = _adjacent_in_article(its)
    members: dict[int, list[str]] = {}
    if record is not None:
        for i, it in enumerate(its):
            members.setdefault(clusters.find(i), []).append(it.quote_id)
    for (a, b), (sim, looked) in sorted(near.items()):
        if clusters.find(a) == clusters.find(b) or min(len(words[a]), len(words[b])) < MIN_VIEW_WORDS:
            continue
        if not (covers(its[a].language, its[a].text) and covers(its[b].language, its[b].text)):
            continue  # a cosine in a language the embedder does not read says nothing
        if (
            _names_apart(feats[a], feats[b])
            or _names_each_lacks(feats[a], feats[b])
            or aside.apart(a, b)
            or _calendar_apart(words[a], words[b])
        ):
            continue  # the guards of the cascade's own paraphrase rules: another party, day or figure
        size = clusters.size[clusters.find(a)] + clusters.size[clusters.find(b)]
        needed = _threshold(its, feats, a, b, options)
        row = pair_features(its[a], its[b], feats[a], feats[b], sim, needed, looked, size, (a, b) in neighbours)
        if scorer is not None:
            if scorer.keeps(row):
                consider(_LEARNED + scorer.probability(row) / 10, a, b)
            continue
        assert record is not None
        before = len(considered)
        consider(_LEARNED, a, b)
        if len(considered) > before:
            del considered[before:]
            qa, qb = its[a], its[b]
            ids = (qa.quote_id, qb.quote_id)
            ma, mb = members[clusters.find(a)], members[clusters.find(b)]
            record[(min(ids), max(ids))] = Recorded(
                ids[0],
                ids[1],
                (tuple(sorted(ma)), tuple(sorted(mb))),
                row,
                (qa.text, qb.text),
                (qa.language, qb.language),
                (qa.article_id, qb.article_id),
            )


def _cosines_in_digits(
    its: list[LinkItem], pairs: list[tuple[int, int]], embedder: Embedder
) -> dict[tuple[int, int], float]:
    """The cosine of each pair that gives the same figures once both write them in digits, for
    the pairs where one writes a figure in words ("Fifty-two walkers were rescued" / "52
    walkers had been brought down"; :func:`~onrecord.link.features.figures_in_digits`): the
    embedder reads the two ways as different words."""
    rewritten = {i: figures_in_digits(its[i].text, its[i].language) for pair in pairs for i in pair}
    wanted = [(a, b) for a, b in pairs if rewritten[a] != its[a].text or rewritten[b] != its[b].text]
    if not wanted:
        return {}
    members = sorted({i for pair in wanted for i in pair})
    vectors = _embed_views(its, [(i, _DIGITS_VIEW, rewritten[i]) for i in members], embedder)
    row = {i: k for k, i in enumerate(members)}
    return {(a, b): float(vectors[row[a]] @ vectors[row[b]]) for a, b in wanted}


_DIGITS_VIEW = 99  # the view number of a wording with its figures in digits (its cache key)


def _close_pairs(
    its: list[LinkItem],
    views: list[tuple[int, int, str]],
    vectors: np.ndarray,
    options: LinkOptions,
    low: float,
) -> dict[tuple[int, int], float]:
    """The best cosine over the views of each pair of items (i < j) said within the time window,
    where it reaches ``low``.

    Up to :data:`_EXACT_VIEWS` views every pair in the window is compared; a larger block (a
    transcript, a live blog) takes each view's nearest views from an index instead
    (:func:`_indexed_close_pairs`), so its cost grows with the block, not with its square.
    """
    if len(views) > _EXACT_VIEWS:
        return _indexed_close_pairs(its, views, vectors, options, low)
    owner = np.array([i for i, _, _ in views])
    days = np.array([its[i].day if its[i].day is not None else -1 for i, _, _ in views])
    by_day = np.argsort(days, kind="stable")
    keys: list[np.ndarray] = []
    values: list[np.ndarray] = []
    chunk = 512
    for start in range(0, len(views), chunk):
        rows = by_day[start : start + chunk]
        lo_day, hi_day = days[rows].min(), days[rows].max()
        if lo_day < 0:
            cols = np.arange(len(views))
        else:
            in_window = (days < 0) | ((days >= lo_day - options.window_days) & (days <= hi_day + options.window_days))
            cols = np.nonzero(in_window)[0]
        sims = vectors[rows] @ vectors[cols].T
        r, c = np.nonzero(sims >= low)
        a, b = owner[rows[r]], owner[cols[c]]
        keep = a < b
        keys.append(a[keep].astype(np.int64) * len(its) + b[keep])
        values.append(sims[r[keep], c[keep]])
    return _best_per_pair(keys, values, len(its))


_EXACT_VIEWS = 2048  # up to this many views, every pair within the time window is compared
_NEIGHBOURS = 16  # above it, each view keeps its nearest views from the index
_LIST_SIZE = 64  # views per list of the index, on average
_PROBES = 8  # lists searched for each list's views (its own and the nearest ones)
_KMEANS_ROUNDS = 4


def _assign(vectors: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """The nearest centroid of each vector (in chunks: memory bounded by the chunk)."""
    out = np.empty(len(vectors), dtype=np.int64)
    for start in range(0, len(vectors), 4096):
        out[start : start + 4096] = np.argmax(vectors[start : start + 4096] @ centroids.T, axis=1)
    return out


def _index_lists(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """An inverted-file index: centroids by a few rounds of k-means (seeded with evenly spaced
    vectors: deterministic), and the list of each vector."""
    count = max(1, len(vectors) // _LIST_SIZE)
    centroids = vectors[np.linspace(0, len(vectors) - 1, count).astype(np.int64)].copy()
    assign = _assign(vectors, centroids)
    for _ in range(_KMEANS_ROUNDS):
        sums = np.zeros_like(centroids)
        np.add.at(sums, assign, vectors)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        filled = norms[:, 0] > 0
        centroids[filled] = sums[filled] / norms[filled]
        assign = _assign(vectors, centroids)
    return centroids, assign


def _indexed_close_pairs(
    its: list[LinkItem],
    views: list[tuple[int, int, str]],
    vectors: np.ndarray,
    options: LinkOptions,
    low: float,
) -> dict[tuple[int, int], float]:
    """:func:`_close_pairs` for a large block: each view is compared with the views of the
    :data:`_PROBES` index lists nearest its own list's centroid, and keeps its
    :data:`_NEIGHBOURS` closest ones said within the time window that reach ``low``."""
    owner = np.array([i for i, _, _ in views])
    days = np.array([its[i].day if its[i].day is not None else -1 for i, _, _ in views])
    centroids, assign = _index_lists(vectors)
    order = np.argsort(assign, kind="stable")
    bounds = np.searchsorted(assign[order], np.arange(len(centroids) + 1))
    by_list = [order[bounds[k] : bounds[k + 1]] for k in range(len(centroids))]
    near = centroids @ centroids.T
    probes = np.argsort(-near, axis=1, kind="stable")[:, :_PROBES]
    keys: list[np.ndarray] = []
    values: list[np.ndarray] = []
    for k, rows in enumerate(by_list):
        if not len(rows):
            continue
        cols = np.concatenate([by_list[p] for p in probes[k]])
        sims = vectors[rows] @ vectors[cols].T
        far = (days[rows][:, None] >= 0) & (days[cols][None, :] >= 0)
        far &= np.abs(days[rows][:, None] - days[cols][None, :]) > options.window_days
        sims[far | (owner[rows][:, None] == owner[cols][None, :])] = -2.0
        keep = min(_NEIGHBOURS, sims.shape[1])
        top = np.argpartition(-sims, keep - 1, axis=1)[:, :keep]
        near = np.take_along_axis(sims, top, axis=1)
        r, c = np.nonzero(near >= low)
        a, b = owner[rows[r]], owner[cols[top[r, c]]]
        keys.append(np.minimum(a, b).astype(np.int64) * len(its) + np.maximum(a, b))
        values.append(near[r, c])
    return _best_per_pair(keys, values, len(its))


def _best_per_pair(keys: list[np.ndarray], values: list[np.ndarray], n: int) -> dict[tuple[int, int], float]:
    """``{(i, j): best cosine}`` from pair keys ``i * n + j`` and their cosines."""
    if not keys:
        return {}
    key, value = np.concatenate(keys), np.concatenate(values)
    if not len(key):
        return {}
    order = np.lexsort((-value, key))  # by pair, best cosine first
    key, value = key[order], value[order]
    first = np.ones(len(key), dtype=bool)
    first[1:] = key[1:] != key[:-1]
    return {(int(k) // n, int(k) % n): float(v) for k, v in zip(key[first], value[first], strict=True)}


def _clause_may_vouch(its: list[LinkItem], feats: list[Features], a: int, b: int, several: set[int]) -> bool:
    """A translation whose whole wordings disagree on their negations, one of them a quote of
    several clauses: another language may have kept the clause that agrees."""
    if (its[a].language or "en") == (its[b].language or "en") or not ({a, b} & several):
        return False
    return compatible(feats[a], feats[b])[1] == "negation"


def _report_of_a_clause(a: LinkItem, b: LinkItem, a_several: bool, b_several: bool) -> bool:
    """Whether one of two wordings in one language, in two articles, is a report (indirect or
    mixed) and the other a direct quote of several clauses (or pieces), which the report may
    render one clause of."""
    if _translation(a, b) or a.article_id == b.article_id:
        return False
    return (a.kind != "direct" and b.kind == "direct" and b_several) or (
        b.kind != "direct" and a.kind == "direct" and a_several
    )


_HAN_CHARACTER = re.compile(r"[\u4e00-\u9fff]")


def _in_unread_languages(its: list[LinkItem]) -> list[LinkItem]:
    """The items, those of an article of unknown language in a language no model reads given
    :data:`~onrecord.link.features.UNREAD` (ISO 639-2 "undetermined"): an article at least half of
    whose wordings of unknown language in the block are, by their letters and words, no English
    (:func:`~onrecord.link.embed.covers`). A
    wording of such an article is in its language whatever its own words look like: an Irish
    sentence may write "a" and "an" as words of its own, and alone would be read as
    English, no translation of an English report. Not an article that writes Chinese characters
    (read character by character whatever its language)."""
    unknown: dict[str, list[bool]] = {}
    for it in its:
        if it.language is None:
            unknown.setdefault(it.article_id, []).append(covers(None, it.text))
    unread = {
        a
        for a, read in unknown.items()
        if 2 * read.count(False) >= len(read)
        and not any(_HAN_CHARACTER.search(it.text) for it in its if it.article_id == a)
    }
    if not unread:
        return its
    return [
        replace(it, language=UNREAD) if it.language is None and it.article_id in unread else it for it in its
    ]


def _translation(a: LinkItem, b: LinkItem) -> bool:
    """Whether two reports are in different languages (a wording of unknown language that
    :func:`~onrecord.link.embed.covers` does not read is in a language of its own)."""
    return _language_of_item(a) != _language_of_item(b)


def _language_of_item(it: LinkItem) -> str:
    """Its language; English when unknown, or "" when unknown and not English by its letters."""
    return it.language or ("en" if covers(None, it.text) else "")


def _worth_a_second_look(a: LinkItem, b: LinkItem) -> bool:
    """Whether more wordings can tell more about a pair: a report beside a direct quote, or a
    translation (two direct quotes in one language that come close are edits of each other,
    which the lexical steps judge)."""
    return (a.kind == "direct") != (b.kind == "direct") or (a.language or "en") != (b.language or "en")


def _embed_views(its: list[LinkItem], views: list[tuple[int, int, str]], embedder: Embedder) -> np.ndarray:
    """Vectors for ``(item, view number, wording)``; each view is its own item for the embedder
    (and its cache, keyed by item id and wording)."""
    if not views:
        return np.zeros((0, 512), dtype=np.float32)
    return embedder(
        [
            replace(its[i], quote_id=its[i].quote_id + (f"#{k}" if k else ""), text=view, parts=())
            for i, k, view in views
        ]
    )


def _reports_near_quotes(its: list[LinkItem], reach: int) -> set[tuple[int, int]]:
    """Pairs (i < j) of a report (indirect or mixed) and a direct quote of this speaker, in one
    article and one language, at most ``reach`` characters apart: wire copy sums a remark up,
    then quotes it, often with another quote between the two."""
    by_article: dict[str, list[int]] = {}
    for i, it in enumerate(its):
        by_article.setdefault(it.article_id, []).append(i)
    out = set()
    for members in by_article.values():
        members.sort(key=lambda i: (its[i].position, i))
        for k, a in enumerate(members):  # a sweep along the article: only the quotes within reach
            x = its[a]
            for m in range(k + 1, len(members)):
                b = members[m]
                y = its[b]
                if y.position - x.position > reach:
                    break
                if (x.kind == "direct") != (y.kind == "direct") and x.language == y.language:
                    out.add((min(a, b), max(a, b)))
    return out


def _second_look(
    its: list[LinkItem],
    pairs: list[tuple[int, int]],
    local: set[tuple[int, int]],
    views: list[tuple[int, int, str]],
    vectors: np.ndarray,
    embedder: Embedder,
    best: dict[tuple[int, int], float],
    by_clause: dict[tuple[int, int], float],
) -> dict[tuple[int, int], float]:
    """The best cosine of each pair over all the wordings of :meth:`LinkItem.semantic_views`;
    for a report near a direct quote in one article, the report's wordings also without the
    names the journalist added (in English: elsewhere every noun may be capitalised).

    For a translation, ``by_clause`` gets the best cosine of a quote, whole, and a clause of a
    quote at least 1/:data:`_PART` as long that agree on verification: the evidence that
    another language kept one clause of a long quote."""
    if not pairs:
        return {}
    wanted = {i for pair in pairs for i in pair}
    first = {(i, text) for i, _, text in views}
    extra = [
        (i, 1000 + k, view)
        for i in sorted(wanted)
        for k, view in enumerate(its[i].semantic_views())
        if (i, view) not in first
    ]
    reports = sorted({a if its[a].kind != "direct" else b for a, b in pairs if (a, b) in local})
    masked = [
        (i, 2000 + k, bare)
        for i in reports
        if (its[i].language or "en") == "en"
        for k, view in enumerate(its[i].semantic_views())
        if (bare := without_names(view)) != view and len(bare.split()) >= MIN_VIEW_WORDS
    ]
    more = _embed_views(its, extra + masked, embedder)
    rows: dict[int, list[np.ndarray]] = {}
    texts: dict[int, list[str]] = {}
    for (i, _, text), vector in zip(views + extra, [*vectors, *more[: len(extra)]], strict=True):
        if i in wanted:
            rows.setdefault(i, []).append(vector)
            texts.setdefault(i, []).append(text)
    bare_rows: dict[int, list[np.ndarray]] = {}
    for (i, _, _), vector in zip(masked, more[len(extra) :], strict=True):
        bare_rows.setdefault(i, []).append(vector)
    stacked = {i: np.vstack(v) for i, v in rows.items()}
    verified: dict[tuple[str, str | None], Features] = {}

    def feats_of(text: str, language: str | None) -> Features:
        if (text, language) not in verified:
            verified[(text, language)] = features(text, language)
        return verified[(text, language)]

    def words_of(i: int) -> list[str]:
        return tokens(its[i].text)

    out = {}
    for a, b in pairs:
        sims = stacked[a] @ stacked[b].T
        r, c = np.unravel_index(int(np.argmax(sims)), sims.shape)
        sim = float(sims[r, c])
        if (r or c) and not compatible(feats_of(texts[a][r], its[a].language), feats_of(texts[b][c], its[b].language))[
            0
        ]:
            # the closest wordings are a clause of one and a clause of the other: they must
            # agree too ("door to door in Aspen Fork" / "door to door in Cold Spring. Most ...")
            sim = -1.0
        if (its[a].language or "en") != (its[b].language or "en"):
            # the closest of a few pairs of a shorter quote, whole, and a clause of the longer
            # one that agree (a translation of part of a quote)
            flat = np.argsort(-sims, axis=None, kind="stable")[:_CLAUSE_TRIES]
            for r, c in zip(*np.unravel_index(flat, sims.shape), strict=True):
                whole, longer = (a, b) if r == 0 else (b, a)
                if (r == 0) == (c == 0) or len(words_of(whole)) > _PART * len(words_of(longer)):
                    continue
                if compatible(feats_of(texts[a][r], its[a].language), feats_of(texts[b][c], its[b].language))[0]:
                    by_clause[(a, b)] = float(sims[r, c])
                    break
        if (a, b) in local:
            report, quote = (a, b) if its[a].kind != "direct" else (b, a)
            if report in bare_rows:
                sim = max(sim, float((np.vstack(bare_rows[report]) @ stacked[quote].T).max()))
        out[(a, b)] = max(sim, best.get((a, b), -1.0))
    return out


_CLAUSE_TRIES = 3  # the closest pairs of wordings of a translation that are tried for agreement
_PART = 0.75  # a translation of part of a quote has at most this share of its words (German says it in fewer)
_NEGATING_PREFIX = re.compile(r"^(?:un|in|im|il|ir|dis|non)(?=\w{4})")
_MAX_FRAGMENT_WORDS = 3


def _fragments_of_quotes(its: list[LinkItem], words: list[list[str]], feats: list[Features]) -> list[tuple[int, int]]:
    """A quoted word or two (``calling them "incorrect"``) next to a direct quote of the same
    speaker in one article that says it: the same words, or the word's negating prefix spelled
    out as a negation ("incorrect" for "it wouldn't be correct")."""
    out = []
    for a, b in sorted(_adjacent_in_article(its)):
        for frag, quote in ((a, b), (b, a)):
            short = [w for w in words[frag] if w not in _FRAGMENT_STOP]
            if not short or len(words[frag]) > _MAX_FRAGMENT_WORDS or len(words[quote]) <= _MAX_FRAGMENT_WORDS:
                continue
            if its[quote].kind != "direct":
                continue
            stems, negated = feats[quote].stems, set(feats[quote].negations)
            said = all(w[:5] in stems and w[:5] not in negated for w in short) or all(
                (base := _NEGATING_PREFIX.sub("", w))[:5] in negated and base != w for w in short
            )
            if said:
                out.append((min(frag, quote), max(frag, quote)))
    return out


_FRAGMENT_STOP = frozenset("a an the of to and or is are was".split())
_SHORTEST_PHRASE = 2  # words a quoted phrase has at least to be found in another article's quote


def _phrases_quoted_from_quotes(its: list[LinkItem], words: list[list[str]], longest: int) -> list[tuple[int, int]]:
    """A mixed report's quoted phrase too short to be compared as a wording ('he had "no
    sympathy" for the captain'), word for word in one direct quote of the speaker in another
    article, both said on the same stated day ("... But I have no sympathy. ..."): the report
    quotes that occasion. A phrase of no content word, or one that several of that day's
    quotes hold (those likely said that day too: "a constructive meeting" with one party in the
    morning and with another in the afternoon), links nothing. A phrase of ``longest`` words or
    more is found inside longer quotes as a partial quote already."""
    by_day: dict[int, list[int]] = {}
    likely: dict[int, list[int]] = {}  # the direct quotes likely said that day, as far as their articles tell
    for j, it in enumerate(its):
        day = it.occasion_day()
        if it.kind == "direct" and day is not None:
            by_day.setdefault(day, []).append(j)
        elif it.kind == "direct" and it.said_day is not None:
            likely.setdefault(it.said_day, []).append(j)
    out = []
    for i, it in enumerate(its):
        day = it.occasion_day()
        if it.kind != "mixed" or day not in by_day:
            continue
        for phrase in it.quoted(_SHORTEST_PHRASE):
            w = tokens(phrase)
            if len(w) >= longest or not content_words(w):
                continue  # a longer quotation is a partial quote, found inside the longer ones already
            holders = [
                j
                for j in (*by_day[day], *likely.get(day, ()))
                if its[j].article_id != it.article_id and _contained(w, words[j])
            ]
            if len(holders) == 1 and holders[0] in by_day[day]:
                out.append((min(i, holders[0]), max(i, holders[0])))
    return out


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _sentences_kept_whole(
    its: list[LinkItem], words: list[list[str]], feats: list[Features], longest: int
) -> list[tuple[int, int]]:
    """A direct quote too short to be found inside longer ones as a partial quote ("It's about
    415."), that gives a specific figure and is, word for word, a whole sentence of one direct
    quote of the speaker in another article ("It's about 415. I would rather give you the real
    count now"): another outlet kept that sentence of the same remark. A short sentence that
    several of the speaker's quotes hold links none of them."""
    out = []
    for i, it in enumerate(its):
        if it.kind != "direct" or not 1 < len(words[i]) < longest or not feats[i].specific:
            continue
        holders = [
            j
            for j, other in enumerate(its)
            if other.kind == "direct"
            and other.article_id != it.article_id
            and len(words[j]) > len(words[i])
            and any(tokens(s) == words[i] for s in _SENTENCE_END.split(other.text))
        ]
        if len(holders) == 1:
            out.append((min(i, holders[0]), max(i, holders[0])))
    return out


def _threshold(its: list[LinkItem], feats: list[Features], i: int, j: int, options: LinkOptions) -> float:
    """The cosine two reports need: translations less, journalists' paraphrases more; the
    same specific figures in both ("2,100 jobs") are evidence too, and need less."""
    a, b = its[i], its[j]
    if (a.language or "en") != (b.language or "en"):
        if _same_specific_figures(feats[i], feats[j]):
            return min(options.embed_threshold_cross, options.embed_threshold_cross_figures)
        return options.embed_threshold_cross
    needed = options.embed_threshold if a.kind == "direct" and b.kind == "direct" else options.embed_threshold_reported
    if _same_specific_figures(feats[i], feats[j]):
        needed = min(needed, options.embed_threshold_figures)
    if _thin_pair(feats[i], feats[j], options.thin_max_words):
        needed = max(needed, options.embed_threshold_thin)
    return needed


def _thin_pair(a: Features, b: Features, most: int) -> bool:
    """Two short wordings in one language (at most ``most`` words each) with at most one content
    word in common, which is neither a name nor a day, and no figure in common: an embedder
    finds them close for the frame they share ("he had ..."), not for what they say ("she had
    walked home alone" / "she had been at home all day")."""
    if a.language != b.language or len(a.words) > most or len(b.words) > most:
        return False
    if a.numbers & b.numbers:
        return False
    if len(a.content & b.content) > 1:
        return False
    said_a, said_b = {w[:5] for w in a.words}, {w[:5] for w in b.words}
    return not any(w[:5] in said_b for w in a.entities) and not any(w[:5] in said_a for w in b.entities)


def _same_specific_figures(a: Features, b: Features) -> bool:
    """Both wordings give the same figures, one of them specific (a percentage, a decimal, a
    number above ten that is not a year)."""
    return bool(a.specific | b.specific) and a.numbers == b.numbers


# a frame in which the speaker tells of their own words on another occasion ("I told the House in
# March that", "we said on Monday")
_OWN_WORDS_BEFORE = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:\w+\s+){0,2}?(?:told|said|say|tell|wrote|promised|warned|assured|announced)\b[^.!?]*$"
)


def _nested_in_quotes(its: list[LinkItem]) -> set[int]:
    """The reports (indirect or mixed) that their article finds inside the span of a direct quote
    of the same speaker, where the quote tells of words another said ("She rang me that evening,
    'I will never sign that contract.'", "My brother told me he would never sell the orchard"):
    never the quote's statement, and as the frame inside a quote often names nobody but "he", the
    speaker they were given is the quote's, not theirs, so they join no statement (the quote
    itself still joins a report of the same words, "X had assured the union that ...", the
    journalist's rendering of the quote's statement). Not where the speaker tells of their own
    words on another occasion ("I told the House in March that ...": English frames), which other
    reports of that occasion may join."""
    out = set()
    for i, j in _within(its):
        outer, inner = its[i], its[j]
        if (
            outer.kind == "direct"
            and (inner.kind != "direct" or _quoted_within(outer, inner))
            and len(inner.text) < len(outer.text)
            and not _OWN_WORDS_BEFORE.search(outer.said_before(inner.position))
        ):
            out.add(j)
    return out


def _within(its: list[LinkItem]) -> Iterator[tuple[int, int]]:
    """Pairs (i, j), i not j, of one article's quotes where quote j lies inside quote i's span."""
    by_article: dict[str, list[int]] = {}
    for i, it in enumerate(its):
        by_article.setdefault(it.article_id, []).append(i)
    for members in by_article.values():
        for i in members:
            outer = its[i]
            end = outer.end()
            for j in members:
                inner = its[j]
                if j != i and outer.position <= inner.position and inner.end() <= end:
                    yield i, j


_TOLD_THAT = re.compile(
    r"\b(?:told|tell|tells|said|says|say|wrote|writes|warned|warns|assured|assures|promised|promises|"
    r"informed|reminded|insisted|replied|explained)\b(?:\s+[\w'’-]+){0,6}?\s+that\s*[\"“'‘]?\s*$"
)


def _told_within(its: list[LinkItem]) -> set[tuple[int, int]]:
    """Pairs (i < j) of one article's quotes where one lies inside a report's span (indirect or
    mixed) right after a frame of telling that ends it ("he had told her that no one would reopen
    the wreck", "the warden had rung her and told her that 'the file is shut'"): the
    journalist's report of the telling (its occasion, its teller) and the words told are two
    statements, whoever the words are given to, even where the words told join other reports
    of that occasion. A direct quote's own telling is :func:`_nested_in_quotes`' to read."""
    out = set()
    for i, j in _within(its):
        outer, inner = its[i], its[j]
        if (
            outer.kind != "direct"
            and outer.position < inner.position
            and _TOLD_THAT.search(outer.said_before(inner.position))
        ):
            out.add((min(i, j), max(i, j)))
    return out


def _quoted_within(outer: LinkItem, inner: LinkItem) -> bool:
    """Whether ``inner`` is a quotation nested in the quote ``outer`` (its opening mark, a single
    one, inside ``outer``'s words: "She rang me, 'I will never sign,' and hung up")."""
    return any(
        0 <= inner.position - start - 1 < len(piece) and piece[inner.position - start - 1] in "'‘"
        for start, piece in outer.placed()
    )


def _adjacent_in_article(its: list[LinkItem]) -> set[tuple[int, int]]:
    """Pairs of this speaker's quotes that follow each other in one article (i < j)."""
    by_article: dict[str, list[int]] = {}
    for i, it in enumerate(its):
        by_article.setdefault(it.article_id, []).append(i)
    out = set()
    for members in by_article.values():
        members.sort(key=lambda i: its[i].position)
        for a, b in itertools.pairwise(members):
            out.add((min(a, b), max(a, b)))
    return out


_NOUNS_CAPITALISED = frozenset({"de", "lb"})  # languages that write every noun with a capital


def _names_apart(a: Features, b: Features) -> bool:
    """Whether two wordings in one language each name someone or something and share no name
    (compared by their first letters, :data:`_NAME_KEY`, so that a case ending is the same
    name): a report next to a quote that names another party is not its summary ("We will audit
    the accounts of Tarlow" / "the Office would also audit those of Brenmark Data"), however close
    their other words; a title ("the Senator") names no party, though two wordings that give
    the same one ("the President") share it. Not where every noun is capitalised."""
    if a.language != b.language or a.language in _NOUNS_CAPITALISED:
        return False
    if not (_party_names(a) and _party_names(b)):
        return False
    shared = _names(a, opener=False) & _names(b, opener=False)
    if not shared:
        return True
    # names that share only what institution they are ("the Constitutional Court", "the Court of
    # Appeal"), each with a distinguishing name of its own on the institution, name two
    # institutions; not one named in full and by what it is alone ("the Supreme Court", "the
    # Court"), whatever else either wording names
    heads = _head_keys(a) | _head_keys(b)
    if not shared <= heads:
        return False
    mine, theirs = _qualifiers(a), _qualifiers(b)
    return any(mine.get(h) and theirs.get(h) and not mine[h] & theirs[h] for h in shared)


_OF_WORDS = frozenset({"of", "for", "on"})  # "the Court of Appeal", "the Ministry for Health", "the Committee on ..."


def _qualifiers(f: Features) -> dict[str, frozenset[str]]:
    """The name keys (:func:`_names`) of the words each institution a wording names is told apart
    by, by the key of its head: the names written right before the head ("the Supreme Court",
    "the Health Ministry") and the first one after its "of" ("the Court of Appeal", "the
    Ministry of Health"). A head given alone ("the Court") has none."""
    from onrecord.resolve.institutions import institution_head  # resolve reads the archive, which links

    words = f.words
    out: dict[str, set[str]] = {}

    def key(word: str) -> str | None:
        keys = _names(replace(f, entities=frozenset({word})), opener=False)
        return next(iter(keys)) if keys else None

    for i, word in enumerate(words):
        if word not in f.entities or not institution_head(word):
            continue
        head = key(word)
        if head is None:
            continue
        found = out.setdefault(head, set())
        j = i - 1
        while j >= 0 and words[j] in f.entities and not institution_head(words[j]):
            k = key(words[j])
            if k:
                found.add(k)
            j -= 1
        j = i + 1
        if j < len(words) and words[j] in _OF_WORDS:
            j += 2 if j + 1 < len(words) and words[j + 1] == "the" else 1
            if j < len(words) and words[j] in f.entities and not institution_head(words[j]):
                k = key(words[j])
                if k:
                    found.add(k)
    return {h: frozenset(q) for h, q in out.items()}


def _head_keys(f: Features) -> frozenset[str]:
    """The name keys (:func:`_names`) of a wording's words that say what institution a name is
    ("Court", "Ministry": :func:`~onrecord.resolve.institutions.institution_head`)."""
    from onrecord.resolve.institutions import institution_head  # resolve reads the archive, which links

    return _names(replace(f, entities=frozenset(w for w in f.entities if institution_head(w))), opener=False)


def _party_names(f: Features) -> frozenset[str]:
    """The names a wording gives (:func:`_names`, the word it opens with left out) but for titles
    and words of office ("the Senator", "the Minister"), which name no party of their own."""
    from onrecord.attribute.knowledge import knowledge  # here: attribute imports the archive, which links

    kb = knowledge()
    return _names(replace(f, entities=frozenset(w for w in f.entities if not kb.is_title(w))), opener=False)


# Words of the calendar that name no day of their own ("this week", "for days", "next year"): two
# wordings that share one share when, not what (a weekday or the weekend they share is a day:
# :func:`_figures_and_days`)
_CALENDAR_UNITS = frozenset(
    content_words(
        "week weeks weekly month months year years day days today tonight tomorrow yesterday morning "
        "evening night hour hours woche wochen monat jahr jahre heute morgen semaine semaines mois "
        "année ans jour jours aujourd'hui demain semana semanas mes meses año años hoy mañana "
        "settimana settimane mese anno anni oggi domani неделе неделю месяц год года сегодня завтра".split()
    )
)
_STORY_ARTICLES = 3  # articles of a block whose quotes hold a word, at least, for it to be the story's


def _story_words(its: list[LinkItem], words: list[list[str]]) -> frozenset[str]:
    """The content words (:func:`content_words`) of the story a block tells: those the quotes of
    at least half its articles, and of :data:`_STORY_ARTICLES` of them at least, hold ("flood" in
    the news of a flood, "strike" in that of a strike). Every quote of the story may use such a
    word, so a report and the quote beside it that share it and a word of the calendar are no
    more one statement for it (:func:`_paraphrase_next_to_quote`)."""
    articles: dict[str, set[str]] = {}
    for it, w in zip(its, words, strict=True):
        for stem in content_words(w):
            articles.setdefault(stem, set()).add(it.article_id)
    total = len({it.article_id for it in its})
    least = max(_STORY_ARTICLES, (total + 1) // 2)
    return frozenset(stem for stem, held in articles.items() if len(held) >= least)


def _paraphrase_next_to_quote(
    a: LinkItem,
    b: LinkItem,
    wa: list[str],
    wb: list[str],
    sim: float,
    options: LinkOptions,
    story: frozenset[str] = frozenset(),
) -> bool:
    """An indirect rendering and the direct quote it summarises, close together in one article.

    A word of the calendar that names no day (:data:`_CALENDAR_UNITS`) is no evidence that the
    two share a statement, and beside one, neither are ``story``, the words of the story its block
    tells (:func:`_story_words`): "the county was ready for the heatwave forecast later this week"
    and "We will not close the pools this week. Our heatwave plans have worked before" share
    "heatwave" and "week" as any two quotes of a heatwave's news may, and the week lifts their
    cosine past the bound (a name the story gives throughout is still evidence; a story's word
    shared without the calendar's is, as "she would fight on as chair" renders "I will see this
    through as chair" in a story of a chair's fight)."""
    if a.article_id != b.article_id or abs(a.position - b.position) > options.paraphrase_reach:
        return False
    kinds = {a.kind, b.kind}
    if "direct" not in kinds or kinds == {"direct"}:
        return False
    report, quote = (a, b) if b.kind == "direct" else (b, a)
    if report.position > quote.position and ADDITIVE.search(report.text):
        return False  # "The agency said it had also asked ...": after the quote, a further statement
    ca, cb = content_words(wa), content_words(wb)
    read = _features(report.text, report.language)
    if read.numbers - read.replaced - _features(quote.text, quote.language).numbers:
        if report.position > quote.position:
            return False  # '"Our thoughts are with them," it said. It said 40 people were aboard': a further statement
        # a report that adds a figure of its own (not one it sets aside: "in six months rather than
        # twelve") shares no figure with the quote as a word ("nine of the fourteen had been
        # released" is a further count beside "Fourteen people were detained in total")
        ca, cb = ca - NUMBER_STEMS, cb - NUMBER_STEMS
        shared_figure = False
    else:
        shared_figure = bool(_figures_and_days(a, wa) & _figures_and_days(b, wb))
    ea, eb = _features(a.text, a.language).entities, _features(b.text, b.language).entities
    entities = ea | eb
    if sim >= options.paraphrase_threshold:
        # the cosine of two wordings that share no word, figure nor day is the story's topic, not a
        # rendering ("the blockade would be lifted for the weekend" / "Our boats will go out on Monday")
        own = (ca & cb) - _CALENDAR_UNITS
        if own != ca & cb:
            # a word of the calendar lifts the cosine of two wordings of one story past the bound
            # by itself: then the story's words are no evidence either, only a word of their own
            own -= story - content_words(list(entities))
        return bool(own) or shared_figure
    if ca & cb <= content_words(list(ea & eb)) and not shared_figure:
        # without the cosine, a name both write as one and nothing else is no evidence: the quote
        # beside a report may name the same town for another reason ("would inspect Lowmoor in
        # May" / "We thank Lowmoor for ..."); a word one writes as a name and the other as a
        # common word ("the Lowmoor Rowing Club" / "rowing in Lowmoor") still is
        return False
    small = min(len(ca), len(cb))
    return small >= 3 and len(ca & cb) / small >= options.paraphrase_overlap


_WEEKEND = frozenset({"weekend", "weekends", "wochenende", "week-end"})


def _figures_and_days(it: LinkItem, words: list[str]) -> set[str]:
    """The figures a wording gives, each whole as its text writes it (:attr:`Features.numbers`:
    "1,200" is 1200, not the "1" and "200" of its words, and "1.2 million" is "1,200,000"), and
    the weekdays it names ("weekend": Saturday and Sunday), which two wordings may share without
    a word in common ("Saturday" / "the weekend")."""
    out = set(_features(it.text, it.language).numbers)
    for w in words:
        if w in WEEKDAYS:
            out.add(f"day:{WEEKDAYS[w]}")
        elif w in _WEEKEND:
            out |= {"day:5", "day:6"}
    return out


_TRIMMED_HOLDERS = 64  # wordings that hold a report's rarest content word, beyond which it is not looked up


def _trimmed_pairs(
    its: list[LinkItem], words: list[list[str]], options: LinkOptions, feats: list[Features] | None = None
) -> set[tuple[int, int]]:
    """Pairs (i < j) said within the time window, in one language, where every content word of
    one is in the other (:func:`_says_no_more`); found through an index of content words (the
    rarest word of each report gives the candidates; a word that more than
    :data:`_TRIMMED_HOLDERS` reports hold is not looked up), never from all pairs."""
    content = [content_words(w) for w in words]
    holders: dict[str, list[int]] = {}
    for i, c in enumerate(content):
        for stem in c:
            holders.setdefault(stem, []).append(i)
    out = set()
    for i, c in enumerate(content):
        least = options.trimmed_min_words - 1 if feats is not None and feats[i].specific else options.trimmed_min_words
        # a report's own subject ("the company", "the trading house") may stand for the speaker's "we":
        # its words are not looked up, and the other wording need not hold them
        subject = content_words(words[i][1 : 1 + _SUBJECT_WORDS]) if _opens_with_subject(its[i], words[i]) else set()
        looked_up = (c - subject) or c
        if len(looked_up) < least - 1 or len(c) < least:
            continue
        rarest = min(looked_up, key=lambda stem: (len(holders[stem]), stem))
        if len(holders[rarest]) > _TRIMMED_HOLDERS:
            continue
        for j in holders[rarest]:
            if j == i or len(content[j]) < len(looked_up) or not looked_up <= content[j]:
                continue
            if _in_window(its[i], its[j], options.window_days) and _says_no_more(
                its[i], its[j], words[i], words[j], least
            ):
                out.add((min(i, j), max(i, j)))
    return out


class _SetAside:
    """What each wording of a block sets aside, read once per wording however many pairs it is in."""

    def __init__(self, its: list[LinkItem], words: list[list[str]]) -> None:
        self._its = its
        self._words = words
        self._content: dict[int, set[str]] = {}
        self._aside: dict[int, set[str]] = {}

    def _read(self, i: int) -> tuple[set[str], set[str]]:
        if i not in self._content:
            self._content[i] = content_words(self._words[i])
            self._aside[i] = content_words(set_aside(self._its[i].text))
        return self._content[i], self._aside[i]

    def apart(self, a: int, b: int) -> bool:
        """Whether one wording sets aside (:func:`~onrecord.link.features.set_aside`) a content
        word of the other: "growers in the Mossgate Basin, not the Wyle Valley, would lose water"
        is not "growers in the Wyle Valley will lose water"."""
        (content_a, aside_a), (content_b, aside_b) = self._read(a), self._read(b)
        return bool(aside_a & content_b or aside_b & content_a)


# months and weekdays spelt out (an abbreviation is a word as often: "mon", "sat", "mar"); not
# "march", a verb as often
_CALENDAR = frozenset(w for w in _CALENDAR_WORDS if len(w) >= 4) - {"march"}


def _calendar_apart(wa: list[str], wb: list[str]) -> bool:
    """Whether two wordings in one language each name a month or a weekday and share none: "the
    scheme would begin in January" is not "the scheme will begin in April" (the names of
    :func:`_names_apart` leave the calendar out, as each language spells it its own way)."""
    ca, cb = _CALENDAR.intersection(wa), _CALENDAR.intersection(wb)
    return bool(ca and cb and not ca & cb)


def _names_each_lacks(a: Features, b: Features) -> bool:
    """Whether each of two wordings gives a name (a title too: "the Senate", "Secretary") the
    other does not: "the Palace had full confidence in Secretary Aldana" / "the Palace had
    full confidence in the Senate inquiry" share their words but for the party they name."""
    na, nb = _names(a, opener=False), _names(b, opener=False)
    return bool(na - nb and nb - na)


_OVERLAP_WORDS = 3  # content words two wordings share at least for :func:`_words_overlap`


# A report of two claims: "... and that ...", "... et que ...", "... und dass ...", "... y que ..."
_SECOND_CLAIM = re.compile(r"\b(?:and that|et que|et qu'|und dass|y que|e que|e che)\b", re.I)


def _quoted_claim(it: LinkItem, words: list[str]) -> list[str]:
    """The words of a report as the overlap rule reads them: for a mixed report of two claims,
    those of the claims that hold its quotation marks ("she had phoned her rival to
    congratulate him and that she would “not stand in the way of an orderly handover”" is the
    speaker's quoted claim, not the call the journalist adds); else ``words``."""
    if it.kind != "mixed" or not _SECOND_CLAIM.search(it.text):
        return words
    quoted = [part for part in _SECOND_CLAIM.split(it.text) if _QUOTE_MARK.search(part)]
    return tokens(" ".join(quoted)) if quoted else words


def _words_overlap(a: LinkItem, b: LinkItem, wa: list[str], wb: list[str], share: float) -> bool:
    """Whether two reports (indirect or mixed: journalists' renderings) in one language share at
    least :data:`_OVERLAP_WORDS` content words (cut to their stems, so "families" is "family"),
    ``share`` of the shorter's at least. Not a direct quote: the speaker's own words that take up
    what a report gives ("We said we would welcome an audit anywhere, and we meant it") may be
    said again, on another occasion. A mixed report of two claims is read by the claim it quotes
    (:func:`_quoted_claim`)."""
    if a.kind == "direct" or b.kind == "direct" or _translation(a, b):
        return False
    ca, cb = content_words(_quoted_claim(a, wa)), content_words(_quoted_claim(b, wb))
    shared = len(ca & cb)
    return shared >= _OVERLAP_WORDS and shared >= share * min(len(ca), len(cb))


def _reworded(a: LinkItem, b: LinkItem, wa: list[str], wb: list[str], share: float) -> bool:
    """Whether one of two wordings in one language is a report (indirect or mixed) and the other
    a direct quote that it rewords (:func:`~onrecord.link.reworded.rewords_the_quote`)."""
    if (a.language or "en") != (b.language or "en") or (a.kind == "direct") == (b.kind == "direct"):
        return False
    (report, rw), (quote, qw) = ((a, wa), (b, wb)) if b.kind == "direct" else ((b, wb), (a, wa))
    return rewords_the_quote(rw, qw, share, (report.day_said(), quote.day_said()))


def _units(words: list[str]) -> set[str]:
    """The stems of the words that follow a figure, written in digits or words ("48 hours",
    "forty-eight hours": "hours"): what the figure counts, which two wordings of the figure share
    whatever they say."""
    out = set()
    for before, word in itertools.pairwise(words):
        if (before.isdigit() or before[:5] in NUMBER_STEMS) and not (word.isdigit() or word[:5] in NUMBER_STEMS):
            out.add(word[:5])
    return out


_FIGURE_HOLDERS = 32  # wordings that give one specific figure, beyond which it is not looked up


def _figure_pairs(
    its: list[LinkItem],
    words: list[list[str]],
    feats: list[Features],
    options: LinkOptions,
    aside: _SetAside | None = None,
) -> set[tuple[int, int]]:
    """Pairs (i < j) in one language, one of them a report (two direct quotes in one language
    are the speaker's words on two occasions unless the lexical steps find them one), said
    within the time window, that give the same figures, specific ones among them, and share a
    content word that is neither a number word nor a figure's unit ("the carriers expect $310
    million a year in cost savings by 2031" / "we see $310 million a year in savings by 2031";
    "within 48 hours" and "Forty-eight hours for bread. Ninety-six for daylight" share only the
    figure and its unit; "all 36 states" is not "31 of the 36 states"); a small count only one
    of them gives is no figure of the claim when their specific figures are the same ("around
    120 cattle were lost from the number four barn" / "120 cattle were lost",
    :func:`_small_counts_apart`): verification still weighs it
    (:func:`~onrecord.link.features.compatible`); found through an index
    of specific figures (a figure that more than :data:`_FIGURE_HOLDERS` wordings give is not
    looked up), never from all pairs. Not where one of them sets aside what the other says
    ("30 beds had gone to the care board" / "30 beds had gone to the ministry rather than the
    care board"), nor where they name two months or weekdays (:func:`_calendar_apart`). A report
    of one clause and a direct quote of several whose figures differ pair when one clause of the
    quote gives the report's figures (:func:`_figures_of_its_clause`).
    ``aside``: what the wordings set aside, if already read."""
    aside = aside or _SetAside(its, words)
    holders: dict[str, list[int]] = {}
    for i, f in enumerate(feats):
        for figure in f.specific:
            holders.setdefault(figure, []).append(i)
    content = [content_words(ws) - NUMBER_STEMS - _units(ws) for ws in words]
    out = set()
    for members in holders.values():
        if len(members) > _FIGURE_HOLDERS:
            continue
        for a, b in itertools.combinations(members, 2):
            pair = (min(a, b), max(a, b))
            if pair in out or _translation(its[a], its[b]) or its[a].kind == its[b].kind == "direct":
                continue
            if aside.apart(a, b) or _calendar_apart(words[a], words[b]):
                continue
            if feats[a].numbers == feats[b].numbers and feats[a].specific == feats[b].specific:
                shared = bool(content[a] & content[b])
            else:
                shared = _figures_of_its_clause(its, words, feats, a, b) or (
                    _small_counts_apart(feats[a], feats[b])
                    and not (_a_count_compared(words[a]) or _a_count_compared(words[b]))
                    and bool(content[a] & content[b])
                    and bool(_units(words[a]) & _units(words[b]))
                )
            if shared and _in_window(its[a], its[b], options.window_days):
                out.add(pair)
    return out


_SMALL_COUNT = 10  # a count up to this identifies no claim (as ``Features.specific`` reads figures)


def _small_counts_apart(a: Features, b: Features) -> bool:
    """Whether two wordings give the same specific figures and differ only by small counts one
    of them gives besides ("120 cattle ... from the number four barn" / "120 cattle"; not a year,
    which dates the claim). The caller asks besides that a figure of each counts the same thing
    (:func:`_units`: "58 votes" is not "58 pledges")."""
    apart = a.numbers ^ b.numbers
    return (
        bool(a.specific)
        and a.specific == b.specific
        and bool(apart)
        and all(n.isdigit() and int(n) <= _SMALL_COUNT for n in apart)
    )


# words that make a count before them a claim of its own: "six fewer than in March", "three times";
# not "more" alone ("two more days of production" adds to a story, it measures no change)
_COMPARING = frozenset({"fewer", "less", "than", "times", "higher", "lower"})
_SMALL_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


def _a_count_compared(words: list[str]) -> bool:
    """Whether a wording gives a small count as a comparison ("six fewer than in March", "3 more
    than last year", "two times"): a count that measures a change is a claim of its own, no incidental number
    (:func:`_small_counts_apart` lets only incidental ones differ)."""
    return any(
        (w in _SMALL_WORDS or (w.isdigit() and int(w) <= _SMALL_COUNT)) and _COMPARING & set(words[i + 1 : i + 3])
        for i, w in enumerate(words)
    )


def _figures_of_its_clause(its: list[LinkItem], words: list[list[str]], feats: list[Features], a: int, b: int) -> bool:
    """Whether one of two wordings in one language is a report of one clause and the other a
    direct quote of several, one clause of which, and only one, gives the report's figures and
    no other, counts what the report's counts, and shares a content word with it besides them
    and what they count ("the losses had reached $4.7 million" / "At least $4.7 million was
    drained. Our auditors traced 32 more transfers"): the figures of the quote's other clauses
    are its other claims."""
    if (its[a].kind == "direct") == (its[b].kind == "direct"):
        return False
    r, q = (a, b) if its[b].kind == "direct" else (b, a)
    if not feats[r].specific or clauses(its[r].text):
        return False
    parts = [c for piece in its[q].pieces() for c in (clauses(piece) or [piece])]
    giving = [
        c
        for c in parts
        if (read := clause_read(c, its[q].language)).numbers == feats[r].numbers and read.specific == feats[r].specific
    ]
    if len(parts) < 2 or len(giving) != 1:
        return False
    held = tokens(giving[0])
    units, theirs = _units(words[r]), content_words(held)
    if not units <= theirs | set(held):
        return False  # the report's figure counts something the clause's does not ("58 pledges" / "58 votes")
    return bool((content_words(words[r]) - NUMBER_STEMS - units) & (theirs - NUMBER_STEMS - _units(held)))


def _trimmed_with_figure(
    its: list[LinkItem], words: list[list[str]], feats: list[Features], a: int, b: int, options: LinkOptions
) -> bool:
    """A trimmed report that gives a specific figure of the other ("she now had 58 votes", "We
    have 58 votes now. Four Republicans called me today ..."): every content word in the other
    (two are enough) and every figure too; the figure is the evidence a cosine cannot give."""
    short, long = (a, b) if len(words[a]) <= len(words[b]) else (b, a)
    if not feats[short].specific or not feats[short].numbers <= feats[long].numbers:
        return False
    return _says_no_more(its[short], its[long], words[short], words[long], options.trimmed_min_words - 1)


def _says_no_more(a: LinkItem, b: LinkItem, wa: list[str], wb: list[str], least: int) -> bool:
    """Whether one report, in the language of the other, says nothing the other does not: every
    content word of the shorter is in the longer ("the government would not intervene" in "the
    government would not intervene in what she called a lawful dispute"). A report of a direct
    quote may put its own subject for the speaker's "we" ("the company "fully supports" the
    inquiry" / "Halberg fully supports the inquiry. Safety comes first"): the words of that
    subject the quote does not hold are left out."""
    if (a.language or "en") != (b.language or "en"):
        return False
    ca, cb = content_words(wa), content_words(wb)
    if b.kind == "direct" and _opens_with_subject(a, wa):
        ca = ca - (content_words(wa[1 : 1 + _SUBJECT_WORDS]) - cb)
    if a.kind == "direct" and _opens_with_subject(b, wb):
        cb = cb - (content_words(wb[1 : 1 + _SUBJECT_WORDS]) - ca)
    short, long = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    return len(short) >= least and short <= long


_SUBJECT_WORDS = 2  # words of a report's own subject after its determiner ("the trading house")
_SUBJECT_DETERMINERS = frozenset("the his her its their".split())


def _opens_with_subject(it: LinkItem, words: list[str]) -> bool:
    """Whether a report (not a direct quote) opens with a subject of its own: a determiner, then
    a common noun ("the company would ...", "his side had ..."; not a name: "the Halberg board")."""
    if it.kind == "direct" or len(words) < 3 or words[0] not in _SUBJECT_DETERMINERS:
        return False
    first = re.search(r"\b" + re.escape(words[1]) + r"\b", it.text, re.I)
    return first is not None and first.group(0).islower()


def statement_id(first_quote_id: str) -> str:
    """The id of the statement whose earliest report is ``first_quote_id``."""
    return "s" + hashlib.sha1(first_quote_id.encode()).hexdigest()[:15]
