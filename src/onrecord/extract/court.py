"""A court's or an inquiry's record: ``Q.`` / ``A.`` turns, the sworn witness, the bench.

A court reporter prints the examination of a witness as paragraphs opened by ``Q.`` and ``A.``
(a full stop, not a colon), between turns labelled ``MR. NAME:`` and ``THE COURT:``. The answers
are the witness's: the person the last swearing-in line before them names (``(ADA LIND, having
been duly sworn, testified as follows:)``, ``IVO SANT, called as a witness, affirmed``), in a
record a court's markers show to be one (its ``Q.`` and ``A.`` paragraphs, ``THE COURT:``, an
``EXAMINATION`` heading). ``THE COURT`` is the judge the header names (``Before: THE HONORABLE
ADA LIND, JUDGE``).
"""

from __future__ import annotations

import functools
import re

from onrecord.extract.name_forms import without_titles

__all__ = ["bench_holder", "dotted_labels", "sworn_witness"]

# "Q. Where were you?" / "A. At home." (the record's own labels: a full stop and a space)
_DOTTED = re.compile(r"^(?P<label>Q|A)\.[ \t]+(?P<text>\S.*)$", re.M)
# a swearing-in line: "(ADA LIND, having been duly sworn, testified as follows:)", "IVO SANT,
# called as a witness, affirmed", "ADA LIND, sworn." (not an office taken: "Mayor Jon Berg,
# sworn in on Monday, named ...")
_SWORN = re.compile(
    r"^[ \t]*(?P<open>\()?(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’.\-]*(?:[ \t]+[A-ZÀ-ÞĀ-Ž][\w'’.\-]*){1,4}),[ \t]+"
    r"(?i:(?:having[ \t]+been[ \t]+|being[ \t]+(?:first[ \t]+)?)?(?:duly[ \t]+)?(?:sworn(?![ \t]+in\b)|affirmed)"
    r"|called[ \t]+as[ \t]+a[ \t]+witness)\b(?P<rest>[^\n]*)",
    re.M,
)
# the words that close a court's swearing-in line: "..., testified as follows:", "..., affirmed"
_SWORN_CLOSE = re.compile(r"(?i)\b(?:testified|as[ \t]+follows|affirmed)\b")
# a court's or an inquiry's markers in its record: the bench's label, an examination's heading
_COURT_MARKER = re.compile(
    r"^[ \t]*(?:\(?THE COURT\b|(?:(?:DIRECT|CROSS|REDIRECT|RECROSS|FURTHER)[ \t-]+)?(?:RE-?)?EXAMINATION\b"
    r"|(?:THE )?(?:JUDGE|CORONER|CHAIR(?:MAN|WOMAN)?|COMMISSIONER)[ \t]*:)",
    re.M,
)
# the bench's label, and the words a header gives its holder after the name
_BENCH = frozenset({"the court", "court"})
_BENCH_ROLE = r"(?i:(?:presiding[ \t]+)?(?:judge|justice|magistrate|sheriff))"
_BENCH_LINE = re.compile(
    rf"(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’.\-]+(?:[ \t]+[A-ZÀ-ÞĀ-Ž][\w'’.\-]+){{1,5}})[ \t]*(?:\(|,[ \t]*){_BENCH_ROLE}\b"
)


def dotted_labels(text: str) -> list[tuple[str, int, int, int, int]]:
    """The ``Q.`` and ``A.`` paragraphs of a record that has both (label, its offsets, its turn's
    offsets); none when either is missing, so that a paragraph opening with an initial ("A.
    Lind wrote ...") is no answer."""
    found = [
        (m.group("label"), m.start("label"), m.end("label"), m.start("text"), m.end("text"))
        for m in _DOTTED.finditer(text)
    ]
    if not any(f[0] == "Q" for f in found) or not any(f[0] == "A" for f in found):
        return []
    return found


def sworn_witness(text: str, before: int) -> str | None:
    """The witness the last swearing-in line before ``before`` names ("Ada Lind"), or None. The
    line has a court's shape (its name in capitals, set in brackets, or closed by "testified",
    "as follows" or "affirmed") in a record with a court's markers (``Q.`` and ``A.``
    paragraphs, ``THE COURT:``, an ``EXAMINATION`` heading); its name comes less any title
    ("MAYOR JON BERG" gives "Jon Berg"). A news story's "Mayor Jon Berg, sworn in on Monday,
    named ..." above a Q and A swears no witness."""
    last = None
    for end, name in _swearing_in_lines(text):
        if end <= before:
            last = name
    return last


@functools.lru_cache(maxsize=8)
def _swearing_in_lines(text: str) -> tuple[tuple[int, str], ...]:
    """Where each swearing-in line of a court's shape ends and the witness it names, less any
    title, in a record with a court's markers (none in any other text): read once per text, not
    once per answer (:func:`sworn_witness` asks at every ``A`` turn)."""
    found = [
        (m.end(), m.group("name"))
        for m in _SWORN.finditer(text)
        if m.group("open") or m.group("name").isupper() or _SWORN_CLOSE.search(m.group("rest"))
    ]
    if not found or not (_COURT_MARKER.search(text) or dotted_labels(text)):
        return ()
    return tuple((end, without_titles(name)) for end, name in found)


def bench_holder(header: str, label: str) -> str | None:
    """The judge ``THE COURT`` stands for, as the header names them ("Before: THE HONORABLE ADA
    LIND, JUDGE" gives "Ada Lind"); None for any other label or a header that names no judge."""
    if label.strip().casefold() not in _BENCH:
        return None
    m = _BENCH_LINE.search(header)
    if m is None:
        return None
    return without_titles(m.group("name")) or None
