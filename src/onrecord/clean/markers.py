"""Markers at the edges of wire copy: export date markers, datelines and inline sign-offs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from onrecord.dates import MONTHS

__all__ = ["Dateline", "find_date_marker", "find_dateline", "find_inline_signoff"]

# month names in every language the date parser knows ("Dec", "Juni", "июня"), any case
# the dashes after a dateline, the horizontal bar (U+2015) of some sites' copy included
_DASHES = "-–—―"
_MONTHS = "(?i:" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")(?!\w)"
_WORD = r"(?:[A-ZÀ-ÞА-ЯЁІЇЄ][\w'’.-]*|[A-ZА-ЯЁ]{2,})"
_PLACE = (
    # "HALLWANG/PORT MARREN", a release's two cities "OSLO and BERGEN"
    r"(?P<place>" + _WORD + r"(?:[ /-](?:" + _WORD + r"|de|la|el|al|am|upon|on|and|&|und|et))*?"
    r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?)"
)
_DATE = (
    r"(?P<date>(?:" + _MONTHS + r")\.?\s+\d{1,2}(?!\d)(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|\d{1,2}\.?\s+(?:" + _MONTHS + r")\.?(?:\s+\d{4})?)"
)
# US wire copy's date between dashes after the place: "WASHINGTON (CWS) — May 11, 2027 — The ..."
_DATE_AFTER = r"(?:" + _DATE.replace("?P<date>", "?P<date_after>") + r"\s*[" + _DASHES + r"]{1,2}\s*)?"
# (Reuters), (ТАСС), (dpa); a date after a dash inside is the credit's ("(City News - 13th August, 2020)")
_OUTLET = r"\((?P<{}>[A-ZА-ЯЁ][\w .&'’/-]{{0,40}}?|[a-z]{{2,4}})(?:\s+[-–—]\s+\d{{1,2}}[^()\n]{{3,25}})?\)"
_DATELINE = re.compile(
    r"^\s*"
    + _PLACE
    # a region after the place: "HARLOW FALLS, Ohio, May 10", "PORT ALVA, Skerry Island Territory, Nov 14"
    + r"(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}(?=,\s+"
    + _DATE.replace("?P<date>", "?:")
    + r"))?"
    + r"(?:,?\s+"
    + _DATE
    + r"(?:\s*"
    + _OUTLET.format("outlet")
    + r"|,\s*(?P<outlet3>[A-Z][A-Za-z]{1,11})(?=\s*(?:--|[–—―])))?|\s*"  # "Tehran, Jan 23, IRNA --"
    + _OUTLET.format("outlet2")
    + r")"
    r"\s*(?P<sep>[" + _DASHES + r":]{1,2}\s*)?" + _DATE_AFTER + r"(?=\S)"
)
_CAPS_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z]{2,}[A-Z.'’-]*(?:[ -][A-Z]{2,}[A-Z.'’-]*){0,3}(?:,\s*[A-Z][\w.]*)?)"
    # a hyphen without a space before joins a name: "KVLT-TV"
    r"(?:\s+[" + _DASHES + r"]{1,2}|[–—―]|--)\s*" + _DATE_AFTER + r"(?=\S)"
)
_DATE_MARKER = re.compile(
    r"^\s*(?i:date|dated|published)\s*[:=]?\s*"
    r"(?P<date>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)(?=\s|$)\s*"
)
_WEEKDAY_PLACE = re.compile(
    r"(?i:mon|tues|wednes|thurs|fri|satur|sun)day|(?i:montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|"
    r"sábado|domingo)"
)
_INLINE_SIGNOFF = re.compile(r"(?<=[.!?\"”’])\s*[-–—]{2}\s*(?P<outlet>[A-Z][\w&.]*)\s*$")


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline at the start of a story: ``MOSCOW, Dec 11 (IANS) -``.

    ``end`` is where the story text starts (after the dateline and its dash).
    """

    text: str
    place: str
    date: str | None
    outlet: str | None
    start: int
    end: int


def find_date_marker(text: str) -> tuple[str, int] | None:
    """Find an export marker such as `` date 2025-12-11 `` at the start of ``text``.

    Returns:
        The date as written and the offset where the text after the marker starts, or None.
    """
    m = _DATE_MARKER.match(text)
    if not m:
        return None
    return m.group("date"), m.end()


def _tidy_place(place: str) -> str:
    words = place.strip().rstrip(",").split(" ")
    return " ".join("/".join(p.capitalize() if p.isupper() and len(p) > 2 else p for p in w.split("/")) for w in words)


def find_dateline(text: str, document: str | None = None) -> Dateline | None:
    """Find a dateline at the start of ``text`` (the first paragraph of a story).

    A dateline needs a date or an outlet in parentheses after the place (``Moscow, Dec 11 (IANS)``,
    ``WASHINGTON (Reuters) -``), or an all-caps place followed by a dash (``LONDON —``).

    Args:
        text: the paragraph.
        document: the whole text the paragraph stands in, if known: a "place" and colon that
            open other lines of it too are a transcript's turn label (``ANNA BERG (HOST):`` then
            ``ANNA BERG: ...``), no dateline.
    """
    m = _DATELINE.match(text) or _CAPS_DATELINE.match(text)
    if not m:
        return None
    groups = m.groupdict()
    if not groups.get("date") and not groups.get("sep") and not groups["place"].split(",")[0].isupper():
        # "President Donald Trump (R) said": a name with a party, not a dateline; a place in
        # capitals keeps its region after a comma ("OSKBY, Fennmark —", "CEDAR BLUFF, Ore. —")
        return None
    if document is not None and (groups.get("sep") or "").strip() == ":" and _labels_turns(groups["place"], document):
        return None
    place = _tidy_place(groups["place"])
    if len(place.split()) > 5 or _WEEKDAY_PLACE.fullmatch(place):
        return None  # "Sunday, May 16": a live blog's day heading, no place
    raw = text[m.start("place") : m.end()].rstrip()
    raw = raw.rstrip(_DASHES + ":").rstrip()
    start = m.start("place")
    return Dateline(
        text=raw,
        place=place,
        date=groups.get("date") or groups.get("date_after"),
        outlet=(groups.get("outlet") or groups.get("outlet2") or groups.get("outlet3") or None),
        start=start,
        end=m.end(),
    )


def _labels_turns(place: str, document: str) -> bool:
    """Whether ``place`` followed by a colon (or by a bracket and a colon) opens more than one
    line of ``document``: the label of a transcript's turns."""
    label = re.compile(rf"^[ \t]*{re.escape(place.strip())}(?:\s*\([^()\n]*\))?:", re.M)
    return len(label.findall(document)) > 1


def find_inline_signoff(paragraph: str) -> tuple[str, int] | None:
    """Find a sign-off glued to the end of the last paragraph (``... Ukraine. --IANS``).

    Returns:
        The outlet it names and the offset where the sign-off starts, or None.
    """
    m = _INLINE_SIGNOFF.search(paragraph)
    if not m:
        return None
    return m.group("outlet"), m.start()
