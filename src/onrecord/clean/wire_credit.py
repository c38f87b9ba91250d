"""Which wire or agency an article's copy came from, when the outlet that ran it is another.

A paper that runs a wire story says so in its own words: a byline with the agency ("By Ines
Corral, Larkpress", "By the Larkpress"), the agency in the dateline's parentheses ("TORVIK, May 4
(Larkpress) —"), a credit at the foot ("Distributed by Larkpress", "This story was first
published by Larkpress", "Copyright 2027 Larkpress", "From Larkpress wire reports", "Source:
Larkpress"). The article's outlet is then the masthead that ran it, and the agency is where the
copy came from: ``Article.syndicated_from``. A wire's own story credits the wire too, under its
own name or its initials ("(LP)" under the masthead "Larkpress"): that is no syndication, so a
credit counts only when it names another outlet than the masthead (:func:`same_outlet`).
"""

from __future__ import annotations

import re

__all__ = [
    "agency_like",
    "credit_lines",
    "looks_like_slug",
    "masthead_line",
    "same_outlet",
    "spelled_credit",
    "syndication",
]

# words that make an outlet's name a kind of outlet rather than a name of its own: "Larkpress
# Financial Wire" is "Larkpress" ("LFW" or "Larkpress" in its dateline); "Harbour Post" and
# "Harbour Gazette" differ in their last word, which is no such word, so they stay two outlets
_GENERIC = frozenset(
    "wire wires newswire press news agency service services association financial business sports "
    "international media network group reports report staff tv radio english".split()
)
_STOP = frozenset({"the", "of", "and", "&", "for", "de", "du", "la", "le"})
_NAME = r"(?:(?i:the)\s+)?([A-Z][\w'’&.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z0-9][\w'’&.-]*){0,4})"
_AGENCY_WORD = re.compile(r"\b(?:Wire|Newswire|Press|Agency|News|Service|Association)\b", re.I)
# a byline's job title after the name ("By Ines Corral, News Editor"): a reporter, no agency
_JOB = frozenset(
    "editor correspondent reporter writer columnist desk chief producer chair secretary staff gallery photo photos "
    "pictures images photographer".split()
)
# a wire's name in a copyright or source line: "Korrin Press", "Korrin Wire", "Korrin News Agency"
_WIRE_WORD = re.compile(r"\b(?:Wire|Newswire|Press|Agency|News\s+Service|Wire\s+Service)\b", re.I)
# the agency on a line of its own under the headline ("Larkpress Wire")
_OWN_LINE = re.compile(r"^" + _NAME + r"\s*$")
# credit lines at an article's head or foot, one line each; ``True`` when the name must hold an
# agency's word ("By Ines Corral" is a reporter, "From Monday" no agency)
_CREDITS: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"^(?i:by)\s+" + _NAME + r"(?:[ \t]+(?i:staff|reporters|wire reports))?\s*$"), True),
    (re.compile(r"^(?i:by)\s+[^,\n|]{3,60},\s*" + _NAME + r"\s*$"), True),
    (re.compile(r"(?:^|\|)\s*(?i:by)\s+" + _NAME + r"\s*$"), True),  # "Wednesday 3 March | By Larkpress"
    (
        re.compile(
            r"^\(?[—–-]*\s*(?i:(?:this\s+(?:story|report|article|item)\s+was\s+(?:first\s+)?)?"
            r"(?:distributed|provided|supplied|syndicated|published|carried)\s+(?:by|from))\s+"
            + _NAME
            + r"\s*(?:[.,;)]|$)"  # the credit ends at the name: not "published by the ministry on Monday, ..."
        ),
        False,
    ),
    (re.compile(r"^(?i:from)\s+" + _NAME + r"(?:\s+(?i:wire\s+reports))?\s*(?:,|$)"), True),
    # a page's copyright or a chart's source names a photo agency or a database as often as a wire
    (re.compile(r"^(?i:copyright|©|\(c\))\s*(?:\d{4}\s+)?" + _NAME), True),
    (re.compile(r"^(?i:source):\s*" + _NAME), True),
    (re.compile(r"(?i:publishing\s+this\s+(?:report|story|article)\s+from)\s+" + _NAME), False),
    (re.compile(r"^-?ENDS-?\s+" + _NAME), False),
    (re.compile(r"^[—–-]+\s*" + _NAME + r"\s*(?:,|$)"), True),  # "— Larkpress, with additional reporting"
    (_OWN_LINE, True),  # read last: "Copyright 2027 Korrin Press" is a copyright line, not a name
]
# the patterns whose name must be a wire's, not any body's: a copyright or a source line
_WIRE_ONLY = frozenset({5, 6})
# a newspaper's name on the article's first line ("THE HARBOUR POST | World", "The Kell Examiner —
# World"): its last word is one newspapers are named with
_PAPER = frozenset(
    "post herald times daily gazette examiner chronicle star tribune courier ledger journal observer "
    "mercury clarion sentinel telegraph express record review standard guardian independent register "
    "dispatch bulletin monitor inquirer argus echo mail".split()
)
_PIECE = re.compile(r"\s+[|—–·›»/:]\s+|\s+-\s+")
_SCAN = 8  # lines at the head and at the foot that may carry a credit


def _words(name: str) -> list[str]:
    return [w for w in re.findall(r"[^\W_]+(?:['’&][^\W_]+)*", name.casefold()) if w != "the"]


def _initials(words: list[str]) -> set[str]:
    """The initials of a name, with a compound "Newswire" read as two words ("ANW")."""
    plain = [w for w in words if w not in _STOP]
    split = "".join(w[0] + ("w" if w.endswith("wire") and len(w) > 4 else "") for w in plain)
    return {"".join(w[0] for w in plain), split}


def _site_head(name: str) -> str | None:
    """The outlet's own name at the head of a site name run together with its edition or domain
    ("LarkpressIndia", "Larkpress_Co_Uk" -> "larkpress"); None for other names."""
    m = re.fullmatch(r"([A-Z][a-z]{2,})(?:[A-Z][a-z]+|_[A-Za-z_]+)", name.strip())
    return m.group(1).casefold() if m else None


def same_outlet(a: str, b: str) -> bool:
    """Whether two outlet names name one outlet: equal but for case and "The", one the other's
    initials ("LP" / "Larkpress Press"), or one the other's first words followed only by words
    that say what kind of outlet it is ("Larkpress" / "Larkpress Financial Wire"), or the first
    word of one the initials of the other ("LPA Newswire" / "Larkpress Press Agency"), or one
    word that begins with the other's first ("LarkpressIndia" / "Larkpress")."""
    x, y = _words(a), _words(b)
    if not x or not y:
        return False
    if x == y:
        return True
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    if _site_head(a) == y[0] or _site_head(b) == x[0]:
        return True  # a site's name run together with its edition: "LarkpressIndia", "Larkpress_Co_Uk"
    if len(long_) > 1 and short[0] in _initials(long_):
        return True  # "LP" / "Larkpress Press"; "LPA Newswire" / "Larkpress Press Agency"
    return long_[: len(short)] == short and all(w in _GENERIC for w in long_[len(short) :])


def looks_like_slug(name: str) -> bool:
    """A wire's story slug read as a masthead ("ENERGY-PRICES/GRID"): a slash or a hyphen between
    capitals, no lower-case letter."""
    return "/" in name or (name.upper() == name and bool(re.search(r"[A-Z]-[A-Z]", name)))


def agency_like(name: str) -> bool:
    """Whether a sign-off's name may be a wire's: an agency's word in it, or a short acronym
    ("IANS", "dpa"), not a list item's word ("- Skincare") that a sign-off's dash also opens."""
    return bool(_AGENCY_WORD.search(name) or re.fullmatch(r"[A-Z]{2,5}|[a-z]{2,4}", name))


def credit_lines(text: str) -> list[str]:
    """The agencies the credit lines at ``text``'s head and foot name (see the module's
    docstring), in the order they appear; only names holding an agency's word ("Wire", "Press",
    "Agency", "News", "Service", "Association") or written in the dateline's initials' way count
    from a byline, since "By Ines Corral" is a reporter."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    head = len(lines[:_SCAN])
    picked = lines[:_SCAN] + lines[_SCAN:][-_SCAN:]
    found: list[str] = []
    for at, line in enumerate(picked):
        for i, (pattern, needs_agency) in enumerate(_CREDITS):
            if pattern is _OWN_LINE and at >= head:
                continue  # a name on a line of its own at the foot is a subhead as often as a credit
            m = pattern.search(line)
            if not m:
                continue
            name = _trim(m.group(1))
            if needs_agency and not _AGENCY_WORD.search(name):
                continue
            if i in _WIRE_ONLY and not _WIRE_WORD.search(name):
                continue  # "Source: National Weather Service", "© Harbour Photo Agency": no wire
            words = set(_words(name))
            if pattern is _OWN_LINE and (name.isupper() or len(words) < 2):
                continue  # "NEWS ANALYSIS", "News": a section's heading
            if words - _GENERIC and not words & _JOB:
                found.append(name)
            break
    return found


def spelled_credit(name: str | None, text: str) -> str | None:
    """``name`` as a credit line of ``text`` spells it out, when ``name`` is an agency's initials
    only ("(PCP)" in the dateline, "By Ana Lautoka, Pacific Continental Press" over it ->
    "Pacific Continental Press"); else ``name``."""
    if name is None or not _INITIALS_ONLY.fullmatch(name):
        return name
    spelled = [c for c in credit_lines(text) if len(_words(c)) > 1 and name.casefold() in _initials(_words(c))]
    return spelled[0] if spelled else name


# an agency named by its initials alone: "PCP", "KNW"
_INITIALS_ONLY = re.compile(r"[A-Z]{2,6}")


def _trim(name: str) -> str:
    """A credit's name without what follows it in its sentence ("Larkpress. All rights
    reserved") or a year after it ("Larkpress 2027")."""
    name = re.split(r"\.\s", name, maxsplit=1)[0]
    return re.sub(r"\s+\d{4}$", "", name).strip(" .,;:")


def masthead_line(text: str) -> str | None:
    """The newspaper an article's first line names beside any section ("THE HARBOUR POST |
    World" -> "The Harbour Post", "WORLD | The Kell Examiner"), when its last word is one
    newspapers are named with; None otherwise."""
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    for piece in _PIECE.split(first):
        words = piece.strip().split()
        if not 1 < len(words) <= 6 or words[-1].casefold().strip(".,") not in _PAPER:
            continue
        if all(w[:1].isupper() or w.casefold() in _STOP for w in words):
            name = " ".join(words)
            return name.title() if name.isupper() else name
    return None


def syndication(masthead: str | None, credits: list[str]) -> str | None:
    """The agency a copy came from: the first credit that names another outlet than the
    masthead that ran it (None without a masthead, or when every credit is the masthead's or
    its own desk's, a name sharing the masthead's own word: "Herald News Service")."""
    if not masthead or looks_like_slug(masthead):
        return None
    own = set(_words(masthead)) - _GENERIC - _STOP
    for name in credits:
        if looks_like_slug(name) or same_outlet(masthead, name):
            continue
        if own & set(_words(name)):
            continue  # "Herald News Service" under "The Kell Herald": the paper's own desk
        return name
    return None
