"""Translations the first embedder cannot read, matched by the second model's cosine.

A wording in a language outside :data:`~onrecord.link.embed.LANGUAGES` (Swedish, Hindi, Czech,
...) has no meaningful cosine with the first model. The second model reads it, but its cosines
are compressed: a translation comes out about .86, another statement of the same speaker on the
same topic about .79, and the tails overlap. So a cosine alone is no evidence: the wording joins
the statement whose reports in other languages come closest, only where that statement is
close enough and clearly closer than any other statement it could join.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Sequence

import numpy as np

__all__ = [
    "EVIDENCE",
    "LEAD_COUNTED",
    "MARGIN",
    "THRESHOLD",
    "names_differ",
    "names_lost_in_script",
    "sole_counterparts",
    "unread_translations",
]

THRESHOLD = 0.83
"""The least cosine of the second model a translation may have, whatever its lead (on the
tuning sets' gold, sets 1-42 and dev, a wording the first model does not read and the closest
statement of its speaker in another language: the true translations' median .88, 10th
percentile .84; where the closest is another statement, half of them are above .84)."""
MARGIN = 0.02
"""How much closer the best statement must be than the next one (a speaker's statements of one
day share their topic, and the second model's cosines do not tell them apart by much)."""
EVIDENCE = 0.885
"""What the closest statement's cosine and its lead over the next (counted up to
:data:`LEAD_COUNTED`) must add up to: a translation at .85 that leads by .04 is as good evidence
as one at .87 that leads by .02, and one at .86 leading by .02 no longer is. On the 134 unread
wordings of the tuning sets with a candidate, against the single cut at .86: 68 rather than 56
closest statements right, 8 rather than 5 wrong (before verification)."""
LEAD_COUNTED = 0.06
"""The most of a lead counted as evidence (a wording with one candidate statement leads by this)."""


def unread_translations(
    texts: Sequence[str],
    unread: Sequence[bool],
    candidates: Callable[[int], Sequence[int]],
    group: Callable[[int], int],
    vectors: Callable[[Sequence[str]], np.ndarray],
    threshold: float = THRESHOLD,
    margin: float = MARGIN,
    evidence: float = EVIDENCE,
) -> list[tuple[float, int, int]]:
    """Pairs ``(cosine, i, j)`` (i < j) that link a wording the first embedder does not read to
    its translation.

    Args:
        texts: the wordings of a block.
        unread: for each, whether the first embedder does not read its language.
        candidates: for an unread wording, the wordings in other languages it may be a
            translation of (the linker's time window and occasions applied).
        group: the statement (cluster) a wording is in so far.
        vectors: unit vectors of the second model for wordings.
        threshold: the cosine the closest statement needs.
        margin: how far that statement must be ahead of the next closest.
        evidence: what its cosine and its lead (up to :data:`LEAD_COUNTED`) must add up to.

    Each unread wording is compared with its candidates; the candidates' statements are ranked by
    their closest wording, and the best one is taken when it passes ``threshold``, leads the
    next by ``margin``, and its cosine and lead together reach ``evidence`` (a lower cosine
    needs a clearer lead). The pair is the wording and that statement's closest wording: the caller
    verifies it (negations, figures, occasions) as any other.
    """
    wanted = {i: list(candidates(i)) for i, flag in enumerate(unread) if flag}
    wanted = {i: js for i, js in wanted.items() if js}
    if not wanted:
        return []
    used = sorted(set(wanted) | {j for js in wanted.values() for j in js})
    row = {k: n for n, k in enumerate(used)}
    matrix = vectors([texts[k] for k in used])
    out = []
    for i, js in wanted.items():
        sims = matrix[[row[j] for j in js]] @ matrix[row[i]]
        best: dict[int, tuple[float, int]] = {}  # statement -> (closest cosine, its wording)
        for j, sim in zip(js, sims.tolist(), strict=True):
            g = group(j)
            if g not in best or sim > best[g][0]:
                best[g] = (sim, j)
        ranked = sorted(best.values(), reverse=True)
        top, j = ranked[0]
        lead = top - ranked[1][0] if len(ranked) > 1 else LEAD_COUNTED
        if top >= threshold and lead >= margin and top + min(lead, LEAD_COUNTED) >= evidence:
            out.append((top, min(i, j), max(i, j)))
    return sorted(out)


def sole_counterparts(
    unread: Sequence[int],
    candidates: Callable[[int], Sequence[int]],
    group: Callable[[int], int],
) -> list[tuple[int, int]]:
    """Pairs ``(i, j)`` that link a wording ``i`` no model reads to the one statement it can
    translate (``j``: a wording of that statement).

    Args:
        unread: the wordings no model gives a cosine for, none of them linked to another
            language yet.
        candidates: for one of them, the wordings in other languages it may translate (said
            within the window, on no day told apart from its own).
        group: the statement (cluster) a wording is in so far.

    A wording is linked where its candidates are all of one statement (the speaker said one thing
    in other languages in its window) and no other unread wording, in another statement, has that
    statement among its candidates too: an article that quotes the speaker twice where the others
    quote one statement says something the others do not, and which of its wordings that is no
    order tells; two articles whose wordings no model reads, each the speaker's one statement
    there, may report two different things, and joining both to the statement would join them to
    each other. Nothing but names, figures and negations is read of the wording itself: the
    pair is the wording and the statement's first candidate; the caller verifies it (negations,
    figures, occasions) as any other.
    """
    options = {i: list(candidates(i)) for i in unread}
    statements = {i: {group(j) for j in js} for i, js in options.items()}
    out = []
    for i, js in options.items():
        if len(statements[i]) != 1:
            continue
        (target,) = statements[i]
        rivals = [
            k
            for k in options
            if k != i and group(k) != group(i) and target in statements[k]
        ]
        if not rivals:
            out.append((i, js[0]))
    return sorted(out)


_NAME_PREFIX = 2
"""Letters of a name compared across languages: an exonym keeps its first letters more often than
its first five ("Zealand", "Zeeland"; "Sweden" and "Sverige" do not, so the test is a weak one)."""


def names_differ(a: Collection[str], b: Collection[str]) -> bool:
    """Whether two wordings in different languages, one a translation's candidate for the other,
    each name someone or something and no name of one begins as any of the other's ("Australia is
    our market" / "Nya Zeeland är vår marknad"): the second model's cosine does not see the
    names, which tell such statements apart. Only names in one script are compared (a Greek or
    a Hindi wording spells a Latin name in its own letters)."""
    if not (a and b) or _scripts(a) != _scripts(b) or len(_scripts(a)) != 1:
        return False
    return not ({n[:_NAME_PREFIX].casefold() for n in a} & {n[:_NAME_PREFIX].casefold() for n in b})


def _scripts(names: Collection[str]) -> frozenset[str]:
    """The scripts the names are written in, by their first letters ("LATIN", "CYRILLIC", ...)."""
    return frozenset(unicodedata.name(n[0], "?").split(" ")[0] for n in names if n)


_CONSONANTS_COMPARED = 3
"""Consonants of a name, as the ear keeps them, that must open a word of a wording in another
script for the name to be written there."""
_NO_CONSONANT = re.compile(r"[^bcdfgjklmnpqrstvwxz]")
# letters another script writes one for the other (an abjad has no p or v and one letter for v
# and w, katakana no l)
_ONE_SOUND = str.maketrans("pbfvwlzcqgdx", "ppppprskkkts")
_ARTICLE = re.compile(r"^(?:al|el)-?(?=\w{3})")  # Arabic's article written onto a name ("Alaustrafia")


def _heard(word: str) -> str:
    """A word's consonants as another script's ear keeps them, the same letter once
    (:data:`_ONE_SOUND`)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))
    return re.sub(r"(.)\1+", r"\1", _NO_CONSONANT.sub("", plain.replace("ch", "k")).translate(_ONE_SOUND))


def names_lost_in_script(names: Collection[str], anchors: Collection[str], other_text: str) -> bool:
    """Whether a wording in Latin letters that names a party or a place (``names``: its
    capitalised words, the word it opens with and titles left out) is reported by a wording
    wholly in another script that writes one of its ``anchors`` (the name it opens with) but
    none of those names: no word of the other, read in Latin letters
    (:func:`~onrecord.resolve.translit.transliterate`), opens with the first consonants of any
    of the names ("Vestria will keep talking to the Kaldor Front" and "ویسٹریا اوسمان حکومت سے بات
    چیت جاری رکھے گی" write Vestria, and only one writes Kaldor). A translation that keeps one name
    in its own letters keeps the others, so such a wording reports another statement whose
    cosine is as close (the second model does not see names across scripts); one that writes
    no name of the other at all may have dropped them, and nothing is said. Nothing is said
    either where the other wording has any Latin letter or letters no transliteration reads (Han
    characters), or where no name has :data:`_CONSONANTS_COMPARED` consonants.

    Args:
        names: the Latin wording's names.
        anchors: the name it opens with (a name the other must write for the test to speak).
        other_text: the wording in another script.

    Returns:
        True when the other writes an anchor and none of the names.
    """
    from onrecord.resolve.translit import transliterate  # resolve reads the archive, which links

    letters = [c for c in other_text if c.isalpha()]
    if not letters or any(ord(c) <= 0x24F for c in letters):
        return False
    read = transliterate(other_text)
    if any(c.isalpha() and ord(c) > 0x24F for c in read):
        return False

    def keys(words: Collection[str]) -> set[str]:
        latin = [n for n in words if n and all(ord(c) <= 0x24F for c in n if c.isalpha())]
        return {k[:_CONSONANTS_COMPARED] for k in map(_heard, latin) if len(k) >= _CONSONANTS_COMPARED}

    named, anchored = keys(names), keys(anchors)
    if not named or not anchored:
        return False
    words = {_heard(form) for w in re.findall(r"[^\W\d_]+", read.casefold()) for form in (w, _ARTICLE.sub("", w))}
    return any(w.startswith(k) for w in words for k in anchored) and not any(
        w.startswith(k) for w in words for k in named
    )
