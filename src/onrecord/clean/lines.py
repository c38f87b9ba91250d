"""What a line of news text is: content, or one of the kinds of furniture around it.

Each rule is a named regular expression over one stripped line. Rules are deliberately tight
(anchored, short lines only): a rule that removes a sentence of the article loses a quote,
which is worse than leaving a line of boilerplate in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onrecord.dates import find_dates

__all__ = [
    "LineKind",
    "classify_line",
    "is_signoff",
    "signoff_outlet",
]


@dataclass(frozen=True, slots=True)
class LineKind:
    """The kind of a line and, for a timestamp, the dates it holds."""

    kind: str
    dates: tuple[str, ...] = ()


_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|da|di|al|bin|el|la|le))*"

_AFFILIATION_WORD = (
    r"(?:[A-Z][\w&.'’-]*|in|for|at|of|the|and|staff|senior|chief|writer|correspondent|reporter|"
    r"editor|contributor|columnist|news|agency)"
)
_AFFILIATION = _AFFILIATION_WORD + r"(?:\s+" + _AFFILIATION_WORD + r"){0,6}"

_LIVE = re.compile(
    r"^(?:being updated|updating|developing(?: story)?|this (?:story|article|is a developing story)"
    r"(?: is| has been| will be)? (?:developing|being updated|updated)|breaking(?: news)?[:!]?|"
    r"more to follow|refresh for (?:the latest )?updates|live(?: updates| blog)?|"
    r"this is a breaking news story.*|story continues below|(?:article )?continues below)"
    r"[\s.!…]*$",
    re.I,
)

_BYLINE = re.compile(
    r"^(?i:(?:written |reported |story )?by|text|author|words|reporting)\s*:?\s+"
    + _NAME
    + r"(?:\s*(?:,|and|&)\s*"
    + _NAME
    + r")*(?:\s*[,|/–—-]\s*"
    + _AFFILIATION
    + r")?\.?$"
)

_BOILERPLATE = [
    re.compile(p, re.I)
    for p in (
        r"^(?:read more|read also|also read|see also|related(?: stories| articles| coverage| news)?|"
        r"more on this(?: story)?|recommended|most read|top stories|trending|watch|listen)\s*[:>|»-].*$",
        r"^(?:read more|related stories|related articles|most popular|advertisement|sponsored"
        r"(?: content)?|share(?: this)?(?: article| story| on \w+)?|comments?|print|email)\s*[.:]?$",
        r"^(?:follow|join) us on\b.{0,80}$",
        r"^(?:subscribe|sign up|register)\b.{0,120}(?:newsletter|inbox|updates|subscription|free)\b.*$",
        r"^.{0,80}\bnewsletter\b.{0,80}(?:sign up|subscribe|inbox)\b.{0,40}$",
        r"^.{0,120}\b(?:we use cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies)\b.*$",
        r"^(?:click|tap) here\b.{0,120}$",
        r"^\(?(?:photo|photograph|image|picture|video|file photo|illustration|credit)s?"
        r"(?: credit)?\s*[:/].{0,120}\)?$",
        r"^.{0,80}\((?:photo|image|picture|file photo)[^)]{0,80}\)\s*$",
        r"^.{0,60}/\s*(?:getty images|afp|ap photo|reuters|epa|shutterstock)\b.{0,40}$",
        r"^(?:©|\(c\)|copyright\b).{0,150}$",
        r"^all rights reserved\.?$",
        r"^\d+\s+min(?:ute)?s?\s+read$",
        r"^listen to (?:this )?article.{0,40}$",
        r"^(?:updated|published|posted|last updated)\s*:?\s*$",
        # a page's list of other stories under its heading: "Trending on the Courier", "Most read"
        r"^(?:trending|most read|most popular|most viewed|most shared|more from|more stories from|"
        r"top stories from|latest from|also on)(?: (?:on|at|in|from) [\w .&'’-]{1,40})?\s*[:]?$",
        # a page template's code the reader kept: "{{ item.status === 'live' ? 'Live' : '' }}";
        # never a line with a quotation (a story quoting a snippet: "...{{ user.name }} ...," she said)
        r"^\s*\{\{.*\}\}\s*$",
        r"^(?!.*[\"“”«»„]).*(?:\{\{|\}\}|\$\{[\w.]+\}).*$",
        r"^.*\b[a-z_$][\w$]*(?:\.[a-zA-Z_$][\w$]*){2,}\s*(?:===|!==).*$",
        r"^(?!.*[\"“”«»„]).*\b[a-z_$][\w$]*(?:\.[a-zA-Z_$][\w$]*){2,}\s*(?:==|\|\||&&).*$",
    )
]

_CREDITS_PATTERN = (
    r"^\((?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Tt]ranslated|[Ee]dited)"
    r"(?: and \w+)? by\b[^()\"“”]{0,700}\)$"
)
_SIGNOFF = [
    re.compile(p)
    for p in (
        r"^[-–—]{1,3}\s*(?P<outlet>[A-Z][\w&.]*(?:[ -][A-Z][\w&.]*){0,3})\s*$",  # --IANS
        r"^[a-z]{2,4}(?:/[a-z]{2,4}){1,3}$",  # desk codes: akl/as
        r"^[A-Z]{2,4}(?:/[A-Z]{2,4}){1,3}$",
        r"^\((?:additional )?(?:reporting|writing|editing|compiled|translated|edited|"
        r"production|research|graphics)\b.{0,250}\)$",
        # a wire's credits, however many reporters and cities it names ("(Additional reporting by
        # ... in JAKARTA, ...; Writing by ...; Editing by ...)"): each part "... by", no quotation
        _CREDITS_PATTERN,
        r"^(?:reporting|writing|editing|compiled|translated|edited) by\b.{0,200}$",
        r"^\((?:[A-Z][a-z]+ )?(?:Reporting|Editing)[^)]*\)$",
        r"^\((?P<outlet2>[A-Z][A-Za-z]{1,12})\)$",  # (AP)
        r"^[-–—]?\s*(?:ends|end|###|-30-|xxx|\*\*\*)\s*$",
    )
]
_CREDITS = re.compile(_CREDITS_PATTERN)
_LONG_CREDITS = 720
_SIGNOFF_CI = re.compile(r"^(?:ends|end|###|-30-)$", re.I)

_TIMESTAMP_WORDS = re.compile(
    r"\b(?:updated|update|published|posted|last|modified|on|at|gmt|utc|msk|cet|cest|bst|est|edt|"
    r"et|pt|ist|am|pm|a\.m|p\.m|hrs|h|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|first|"
    # the same words in the other languages onrecord reads
    r"veröffentlicht|aktualisiert|stand|am|um|uhr|publié|publie|mis|à|jour|le|publicado|actualizado|el|"
    r"a las|опубликовано|обновлено|обновлено в|в|мск)\b\.?",
    re.I,
)


def is_signoff(line: str) -> bool:
    """Return True for a sign-off, desk code or credits line (``--IANS``, ``akl/as``)."""
    line = line.strip()
    if not line or len(line) > (_LONG_CREDITS if _CREDITS.match(line) else 260):
        return False
    return any(p.match(line) for p in _SIGNOFF) or bool(_SIGNOFF_CI.match(line))


def signoff_outlet(line: str) -> str | None:
    """Return the outlet a sign-off names (``--IANS`` gives ``IANS``), if any."""
    line = line.strip()
    for pattern in _SIGNOFF:
        m = pattern.match(line)
        if m:
            outlet = m.groupdict().get("outlet") or m.groupdict().get("outlet2")
            if outlet and outlet.lower() not in {"ends", "end"} and not _signature(outlet):
                return outlet
    return None


_PERSON_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:[-’'][A-ZÀ-Þ]?[a-zà-ÿ]+)?")
_INITIAL = re.compile(r"[A-ZÀ-Þ]\.")


def _signature(name: str) -> bool:
    """Whether a sign-off's name is its writer's ("— Jory Tamblin" under a newsletter): two or
    three words as a person's name is written, none of them a masthead's, and no outlet known."""
    from onrecord.attribute.knowledge import knowledge

    words = name.split()
    kb = knowledge()
    if len(words) == 1 and _INITIAL.fullmatch(words[0]):
        return True  # "—P.": the writer's initial
    return (
        2 <= len(words) <= 3
        and all(_PERSON_WORD.fullmatch(w) or _INITIAL.fullmatch(w) for w in words)
        and _PERSON_WORD.fullmatch(words[-1]) is not None  # ("— M. Ferreira-Quist": an initial, a surname)
        and not kb.is_masthead(name)
        and kb.find_outlet(name) is None
    )


def _timestamp_dates(line: str) -> tuple[str, ...] | None:
    if len(line) > 120:
        return None
    found = find_dates(line)
    if not found:
        return None
    rest = line
    for f in reversed(found):
        rest = rest[: f.start] + " " + rest[f.end :]
    rest = _TIMESTAMP_WORDS.sub(" ", rest)
    if re.search(r"[^\W\d_]", rest):  # words left over: a sentence that mentions a date
        return None
    return tuple(f.iso for f in found)


def classify_line(line: str) -> LineKind:
    """Classify one line of text.

    Args:
        line: the line without its newline.

    Returns:
        ``blank``, ``timestamp`` (with its dates), ``live`` (live-blog markers such as
        "Being updated"), ``byline``, ``boilerplate`` (read-more, photo credits, newsletter and
        cookie text, share buttons), ``signoff`` (sign-offs, desk codes, credits) or ``content``.
        Whether a sign-off is only valid at the end is for the caller to decide.
    """
    stripped = line.strip()
    if not stripped:
        return LineKind("blank")
    dates = _timestamp_dates(stripped)
    if dates:
        return LineKind("timestamp", dates)
    if len(stripped) > 300:
        return LineKind("signoff" if is_signoff(stripped) else "content")
    if _LIVE.match(stripped):
        return LineKind("live")
    if len(stripped) < 120 and _BYLINE.match(stripped):
        return LineKind("byline")
    if any(p.match(stripped) for p in _BOILERPLATE):
        return LineKind("boilerplate")
    if is_signoff(stripped):
        return LineKind("signoff")
    return LineKind("content")
