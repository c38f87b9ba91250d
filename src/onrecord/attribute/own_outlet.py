"""The article's own outlet, read from its header when its metadata names none: a masthead, a
section line, a byline's outlet, a transcript's programme or station, a forum's or a site's
breadcrumb, a magazine's name before its questions (used by :mod:`onrecord.attribute.channels` for "this
newspaper" and a transcript's turns)."""

from __future__ import annotations

import re
import unicodedata

from onrecord.attribute.headings import (
    SECTION,
    byline_outlet,
    header_outlet,
    programme_outlet,
    station_below,
    without_frequency,
)
from onrecord.attribute.knowledge import knowledge

__all__ = ["NOT_OUTLET", "fuller_own", "own_outlet", "staff_network"]

# An agency of government ("Federal Water Resilience Agency"), a release's heading: no outlet.
NOT_OUTLET = re.compile(
    # a byline's words: "By the Ledger politics team", "Sentinel Staff Writer"
    r"^(?:By|Par|Por|Von)\s|\b(?:[Ss]taff|[Ww]riters?|[Cc]orrespondents?|[Rr]eporters?|[Cc]olumnist|team)\b|"
    r"\b(?:Release|Releases|Office|Ministry|Department|Authority|Administration|Commission|Bureau|Desk)$|"
    r"^(?:Press|News|Service|TV|Host|Media)$|(?<!News )(?<!Press )\bAgency$"
)


_HEADER_ACRONYM = re.compile(r"^([A-Z][A-Z .&'-]+?)\s*\(([A-Z][A-Z0-9-]{1,6})\)\s*$")
_NEWS_TAIL = re.compile(r"^([A-Z0-9]{2,5}(?:-[A-Z]{2})?)\s+(?:News|Newsline|Newsroom)$")


# A header line naming the outlet and its section ("THE MERIDIAN | LIVE", "The Islander | Live updates").
_SECTION_LINE = re.compile(
    r"^(?P<name>(?:The |THE )?[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,3})\s*\|\s*(?i:live(?: updates| blog)?|"
    r"business|politics|health|news|sports?|world|opinion|weekend|culture|economy|local|national|"
    r"international|nation|metro|features?)\b"
)
_HEADER_SCAN = 10  # lines


def _header_line_outlet(text: str) -> str | None:
    """The outlet a header line names with its section ("THE MERIDIAN | LIVE" -> "The Meridian"),
    or with its coverage's title when the name has a masthead's shape ("KBRN News 4 | Harnvik
    Decides")."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()][:_HEADER_SCAN]
    for line in lines:
        section = _SECTION_LINE.match(line) or _MASTHEAD_LINE.match(line)
        if section and (section.re is _SECTION_LINE or knowledge().is_masthead(section.group("name"))):
            name = section.group("name")  # "THE MERIDIAN" -> "The Meridian"; "BBC" stays
            return " ".join(
                w.capitalize() if w.isupper() and (len(w) > 4 or re.search(r"[AEIOU]", w)) else w for w in name.split()
            )
    return None


# A header line of a name, a bar and a title in capitals: "KBRN News 4 | Harnvik Decides".
_MASTHEAD_LINE = re.compile(
    r"^(?P<name>(?:The |THE )?[A-Z][\w’'&.-]*(?: [A-Z0-9][\w’'&.-]*){0,3})\s*\|\s*[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,4}$"
)


def own_outlet(text: str, outlet: str | None, transcript: bool = False) -> str | None:
    """The article's own outlet: its metadata's, else the one its header names (a transcript's
    "VBC RADIO 1 - THE MORNING REPORT", "KVLT-TV \"VALLEY MORNING\"", "ALBION NATIONAL
    BROADCASTING (ANB)" when the body calls it ANB), a network's news division by the network
    ("NBN NEWS" -> "NBN"); for a ``transcript`` of a programme, the station a line below its
    title names ("Public affairs program, KXLT Channel 5"), else the programme its first line
    names ("THE BEDSIDE TABLE — a health podcast")."""
    if outlet:
        return fuller_own(text, outlet)
    station = station_below(text) if transcript else None
    if station is not None:
        return station  # "FARM HOUR" over "Public affairs program, KXLT Channel 5": the station's
    network = staff_network(text) if transcript else None
    if network is not None:
        return network  # "UBN TONIGHT WITH ..." whose anchor is "MARCUS HALE, UBN ANCHOR": UBN
    found = _own_from_header(text)
    if found is None and transcript:
        return programme_outlet(text)
    return found


def fuller_own(text: str, own: str | None) -> str | None:
    """The article's own outlet by the full name its header gives, when ``own`` (read from a
    byline, "Ledger Staff") is that name's last word only ("THE PORT ELLERY LEDGER" over the
    copy: "The Port Ellery Ledger")."""
    if own is None or len(own.split()) != 1:
        return own
    header = _own_from_header(text)
    if header is None or len(header.split()) < 2 or header.split()[-1].casefold() != own.casefold():
        return own
    return header


# A turn label of the network's own staff in a cable-news transcript: "MARCUS HALE, UBN ANCHOR:",
# "DANA REYES, KTVB CHIEF POLITICAL CORRESPONDENT:" (the network's name, then the job).
_STAFF_LABEL = re.compile(
    r"^[A-Z][A-Z.'’ -]+,\s+(?P<network>[A-Z][A-Z0-9&-]{1,7})\s+(?:[A-Z]+\s+){0,2}"
    r"(?:ANCHOR|CO-ANCHOR|HOST|CORRESPONDENT|REPORTER)(?:\s*\([^)]*\))?:",
    re.M,
)


def staff_network(text: str) -> str | None:
    """The network whose own staff speak in a transcript ("MARCUS HALE, UBN ANCHOR:"), when the
    transcript's first line opens with its name ("UBN TONIGHT WITH MARCUS HALE") or two of its
    staff's labels name it and no other network's do."""
    networks = [m.group("network") for m in _STAFF_LABEL.finditer(text)]
    if not networks:
        return None
    first = text.strip().split(None, 1)[0] if text.strip() else ""
    if first in networks:
        return first
    return networks[0] if len(networks) > 1 and len(set(networks)) == 1 else None


# A forum thread's breadcrumb: "HarbourTalk Forums › City › Official AMA".
_BREADCRUMB = re.compile(r"^(?P<name>[A-Z][^›»>\n]{1,40}?)\s*[›»>]\s*\S")


# A site's name opening its breadcrumb: a few capitalised words ("DoseCheck", "Gazeta Portului").
_SITE_NAME = re.compile(r"[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,3}")


def _own_from_header(text: str) -> str | None:
    first = text.strip().split("\n", 1)[0].strip()
    crumb = _BREADCRUMB.match(first)
    if crumb and knowledge().is_forum(crumb.group("name")):
        return crumb.group("name")  # a thread's answers were posted on the forum
    if crumb and "›" in first and _SITE_NAME.fullmatch(crumb.group("name")):
        return crumb.group("name")  # "DoseCheck › Recalls › Heart": a site's name, then its sections
    asker = _asking_masthead(text, first)
    if asker is not None:
        return asker
    acronym = _HEADER_ACRONYM.match(first)
    if acronym and first.isupper() and text.count(acronym.group(2)) > 1:
        return acronym.group(2)
    found = header_outlet(text) or _header_line_outlet(text) or byline_outlet(text) or _any_section_line(first, text)
    if found is None:
        cut = re.split(r"\s*[\"“]", first, maxsplit=1)[0].strip()
        if re.fullmatch(r"[A-Z]{2,5}-(?:TV|FM)\d*", cut):
            found = cut  # a call sign before the programme's name: KVLT-TV "VALLEY MORNING"
        elif cut and cut != first:
            found = header_outlet(cut)
    if found is None:
        found = _capitals_the_body_names(first, text)
    if found is None:
        found = _masthead_over_date(text)
    if found is None:
        found = _team_byline(text)
    if found is None:
        return None
    if NOT_OUTLET.search(found):
        return None  # "PRESS RELEASE": a heading, no outlet
    found = re.sub(r"(?<=\bFM)\s+\d{2,3}[.,]\d$", "", found)  # "HARBOUR FM 97.4": the frequency is no part of it
    tail = _NEWS_TAIL.match(found)
    return tail.group(1) if tail else _as_the_body_writes(found, text)


def _capitals_the_body_names(first: str, text: str) -> str | None:
    """A first line of a short name in capitals that the body names as a name ("NHỊP CẦU VIỆT"
    over "Chị nói với Tiếng Sông Quê"): the masthead, as the body writes it."""
    words = first.split()
    if not 1 < len(words) <= 4 or not first.isupper() or re.search(r"[\d|:]", first):
        return None
    rest = text[text.find(first) + len(first) :]
    for m in re.finditer(rf"(?<![\w-]){re.escape(first)}(?![\w-])", rest, re.I):
        if not m.group(0).isupper() and all(w[:1].isupper() for w in m.group(0).split()):
            return m.group(0)
    return None


# A short name alone on the first line ("THE GREYPORT PILOT", "Kustbode", "NOVI GLAS — SVIJET": a
# one-word section after a dash or a dot kept off) ...
_MASTHEAD_ALONE = re.compile(
    r"^(?P<name>[^\W\d_][\w’'&.-]*(?: [^\W\d_][\w’'&.-]*){0,3})(?:\s+[—–·]\s+[^\W\d_][\w-]+)?$"
)
# ... over a line of its issue's date: a year, within a short line ("Tuesday 4 May 2027 · Opinion").
_DATE_LINE = re.compile(r"^.{0,60}\b20\d\d\b")


def _masthead_over_date(text: str) -> str | None:
    """The masthead a first line of a short capitalised name sets over the issue's date ("THE
    GREYPORT PILOT" over "Friday 4 June 2027 · Opinion"): a headline is a sentence, the date under
    it is a masthead's. As the body writes it, else its capitals as a title's."""
    lines = [ln.strip() for ln in text.strip().splitlines()[:3] if ln.strip()]
    if len(lines) < 2 or not _DATE_LINE.match(lines[1]) or len(lines[1]) > 100:
        return None
    if re.search(r"(?i)\brelease\b", " ".join(lines[:2])):
        return None  # "GREYPORT HARBOUR BOARD" over "Press Release No. 9/2027": the body's own, no outlet
    m = _MASTHEAD_ALONE.match(lines[0])
    if m is None:
        return None
    name = m.group("name")
    if not all(w[:1].isupper() for w in name.split()):
        return None
    if not name.isupper() and _titled_headline(name, lines[1]):
        return None
    body = text[len(text) - len(text.lstrip()) + len(lines[0]) :]
    written = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body, re.I)
    if written is not None and not written.group(0).isupper():
        return written.group(0)
    return " ".join(_title_word(w, i) for i, w in enumerate(name.split()))


# A byline of an outlet's own team under the headline: "By the Harlow Evening Post live team",
# "By Harlow Post staff" (the outlet's name, then the desk that writes for it).
_TEAM_BYLINE = re.compile(
    r"^By[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*){0,3})[ \t]+"
    r"(?:(?:live|news|politics|business|city|metro|sports?|online|digital|web|breaking)[ \t]+)?"
    r"(?:team|staff|desk|newsroom)[ \t]*$",
    re.M,
)
_TEAM_SCAN = 8  # lines of the header a team's byline may stand in


# a newsroom's desks, whose team is no outlet ("By the Sports team", "By the Business News team")
_DESKS = frozenset(
    """sport sports politics political business news features feature newsroom digital live online web
    breaking city metro world national international local foreign home opinion comment culture arts
    entertainment lifestyle health science tech technology money finance markets economy travel
    weather data graphics video pictures picture photo investigations editorial weekend""".split()
)


def _team_byline(text: str) -> str | None:
    """The outlet whose own team a byline in the header credits ("By the Harlow Evening Post live
    team" -> "Harlow Evening Post"), when no masthead names it: a name of two words or more, or
    a medium's ("By the KRTV team"), after any desk's ("By the Harlow Post sports team"); never
    a desk alone ("By the Sports team")."""
    head = "\n".join(ln.strip() for ln in text.strip().splitlines()[:_TEAM_SCAN])
    m = _TEAM_BYLINE.search(head)
    if m is None:
        return None
    words = m.group("name").split()
    while words and words[-1].casefold() in _DESKS:
        words.pop()  # "Harlow Post Sports": the paper's sports desk
    if not words or any(w.casefold() in _DESKS for w in words):
        return None
    name = " ".join(words)
    return name if len(words) > 1 or knowledge().is_medium(name) else None


# A byline under the first line: the first line is the story's headline ("By Ada Lenz | 12 May 2026").
_BYLINE = re.compile(r"^(?:by|von|par|por|door|di)\s+\S", re.I)
# An English weekday or month in the date line, one other languages spell otherwise (not "August",
# "April", "September" or "November": "Donnerstag, 12. August 2027"): the page is written in English.
_ENGLISH_DATE = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|May|June?|July?|Oct(?:ober)?|Dec(?:ember)?|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.I,
)


def _titled_headline(name: str, date_line: str) -> bool:
    """Whether a first line in title case (no capitals) over a date line is the story's headline,
    not its masthead: over a byline ("Harbour Plan Approved" over "By Ada Lenz | 12 May 2026"), a
    person's name ("Tamsin Rowe" over a profile's date), or, on an English page, words of which
    none is a masthead's and the first no article ("Ferry Strike" over "May 12, 2026"; not "The
    Kesteven Islander", "Harlow Gazette", nor "Deniz Postası" over a Turkish date)."""
    if _BYLINE.match(date_line):
        return True
    if knowledge().starts_with_given_name(name):
        return True
    words = name.split()
    return (
        len(words) > 1
        and words[0].casefold() != "the"
        and not knowledge().is_masthead(name)
        and _ENGLISH_DATE.search(date_line) is not None
    )


# A title's small words, written small after its first word ("The Week in Washington").
_SMALL_WORDS = {"of", "the", "in", "on", "at", "for", "and", "a", "to"}


def _title_word(word: str, i: int) -> str:
    """A word of a name in capitals as a title writes it: small words small after the first, an
    abbreviation without vowels ("NWS") as it is, any other word capitalised."""
    if not word.isupper():
        return word
    if i and word.casefold() in _SMALL_WORDS:
        return word.casefold()
    return word.capitalize() if _has_vowel(word) else word


def _has_vowel(word: str) -> bool:
    """Whether ``word`` has a vowel, accented or not ("CẢNG", not "NWS"): a word, no abbreviation."""
    return re.search(r"[AEIOUYaeiouy]", unicodedata.normalize("NFD", word)) is not None


def _as_the_body_writes(found: str, text: str) -> str:
    """The header's station without its frequency when the body's running text names it so
    ("QUILLMERE SOUND 97.4 FM" over "Transcript prepared by Quillmere Sound."): the name the
    article itself uses; else as the header gives it (authors split on a station the body never
    names: four sets keep its frequency, three drop it)."""
    short = without_frequency(found)
    if short == found or not short.strip():
        return found
    body = text.strip().split("\n", 1)[1] if "\n" in text.strip() else ""
    named = re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-]|\s+\d)", body, re.I)
    return named.group(0) if named is not None and not named.group(0).isupper() else found


# A first line of a name and its section after a bar, in any language and script ("Baltų kronika |
# Emigracija", "דבר היום | חדשות"), perhaps a date after another bar; not a section first ("LIVE |
# ...", "COLUMN | ...") nor a press office's page ("... | Media Centre | Press Releases").
_ANY_SECTION_LINE = re.compile(r"^(?P<name>[^|\d]{2,40}?)\s*\|\s*(?P<section>[^|\d]{2,30}?)\s*(?:\|.*)?$")
_NO_MASTHEAD = re.compile(
    r"^(?i:live|column|opinion|analysis|comment|breaking|news|updates?)$|(?i:\bpress\b|\breleases?\b|\bmedia\b)"
)


def _any_section_line(first: str, text: str) -> str | None:
    """The outlet a first line of its name and section names, in any language (see
    :data:`_ANY_SECTION_LINE`): as the body writes it ("JUTARNJI GLAS" over "za Jutarnji glas"),
    else its name's capitals as a title's."""
    m = _ANY_SECTION_LINE.match(first)
    if m is None:
        return None
    name = m.group("name").strip()
    if len(name.split()) > 4 or len(m.group("section").split()) > 3 or _NO_MASTHEAD.search(name):
        return None
    if _NO_MASTHEAD.search(first) or SECTION.match(name) or knowledge().is_org_word(name.split()[-1]):
        return None  # ("SPORT | FOOTBALL": a section and its page)
    written = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text[text.find(first) + len(first) :], re.I)
    if written is not None and not written.group(0).isupper():
        return written.group(0)
    return " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in name.split())


def _asking_masthead(text: str, first: str) -> str | None:
    """A magazine's Q&A that puts its own name before each question ("GILT" over the
    interview, then "GILT: Why now?"): the first line is the outlet asking."""
    if not first or len(first.split()) > 3 or not re.fullmatch(r"[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*)*", first):
        return None
    turns = re.findall(rf"^{re.escape(first)}:\s+(.+)$", text, re.M)
    if not turns or sum(t.rstrip().endswith("?") for t in turns) * 2 <= len(turns):
        return None  # a label that answers is the interviewee's
    return " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in first.split())
