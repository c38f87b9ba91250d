"""Direct quotes from quotation marks on the raw text.

Marks are paired paragraph by paragraph with a stack: curly and angle marks by shape, straight
marks by what surrounds them. A paragraph that ends inside a quote continues into the next one
when that paragraph opens with a mark (the multi-paragraph convention), or when its first mark
closes the quote (a line break inside one quotation). A mark that cannot be
paired costs only the quote it would have opened; pairing goes on after it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from onrecord.extract.sentences import paragraph_spans
from onrecord.spans import strip_span

__all__ = ["OPENING_MARKS", "QuoteSpan", "find_quotes"]

_DOUBLE_OPEN = {"“": "”", "„": "“", "«": "»", "»": "«", "「": "」", "『": "』", "‟": "”"}
_DOUBLE_CLOSE = {"”", "“", "»", "«", "」", "』"}
_SINGLE = {"‘", "’", "'", "‚", "‹", "›"}
_ALL = set(_DOUBLE_OPEN) | _DOUBLE_CLOSE | _SINGLE | {'"', "`"}
# every mark that can open a quotation
OPENING_MARKS = frozenset(_DOUBLE_OPEN) | _SINGLE | {'"'}
_MARK = re.compile(r"``|''|[\"“”„‟«»「」『』‘’'‚‹›]")
_OPEN_BEFORE = set(" \t\n\r([{—–-/:;,") | _ALL
_CLOSE_AFTER = set(" \t\n\r)]}—–-/:;,.!?…") | _ALL
_TRIM = " \t\n\r,;:"


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quotation: its content pieces (a piece per paragraph) and its marks.

    ``open`` is the offset of the first opening mark, ``close`` the end of the last closing
    mark. ``pieces`` are (start, end) of the words inside, trimmed of spaces and of a trailing
    comma; there is more than one when the quote runs over several paragraphs.
    """

    open: int
    close: int
    pieces: tuple[tuple[int, int], ...]
    style: str
    nested_in: int | None = None

    @property
    def start(self) -> int:
        """Offset of the first word inside the marks."""
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        """Offset just after the last word inside the marks."""
        return self.pieces[-1][1]


@dataclass(slots=True)
class _Open:
    pos: int
    mark: str
    content_start: int
    pieces: list[tuple[int, int]]
    first_open: int


def _role(text: str, i: int, mark: str) -> str:
    """Return ``open``, ``close``, ``both`` or ``none`` for a straight or ambiguous mark."""
    prev = text[i - 1] if i > 0 else " "
    j = i + len(mark)
    nxt = text[j] if j < len(text) else " "
    opener = prev in _OPEN_BEFORE and not nxt.isspace()
    closer = nxt in _CLOSE_AFTER and not prev.isspace()
    if opener and closer:
        return "both"
    if opener:
        return "open"
    if closer:
        return "close"
    return "none"


def _is_apostrophe(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    between_letters = prev.isalnum() and nxt.isalnum()  # don't, Ukraine's, O'Brien
    before_digits = nxt.isdigit() and not prev.isalnum()  # '90s
    return between_letters or before_digits


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = strip_span(text, start, end, _TRIM)
    if all(_invisible(c) for c in text[start:end]):
        return start, start  # marks around a no-break space or a zero-width one quote nothing
    return start, end


def _invisible(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) in {"Cc", "Cf", "Zs", "Zl", "Zp"}


def find_quotes(text: str) -> list[QuoteSpan]:
    """Find every quotation in ``text``.

    Returns:
        Top-level quotes, and quotes nested inside them (``nested_in`` is the index of the
        enclosing quote), ordered by position.
    """
    quotes: list[QuoteSpan] = []
    paragraphs = paragraph_spans(text)
    carried: _Open | None = None  # a double quote still open at the end of the last paragraph
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        marks = [(m.start(), m.group()) for m in _MARK.finditer(text, p_start, p_end)]
        double: _Open | None = None
        single: _Open | None = None
        if carried is not None:
            first = marks[0] if marks else None
            starts_with_mark = (
                first is not None and first[0] == p_start and (first[1] in _DOUBLE_OPEN or first[1] in {'"', "``"})
            )
            if starts_with_mark and first is not None and _other_style(carried.mark, first[1]):
                # a block quoted in straight marks whose paragraph opens with a quote in curly ones
                # ('"... pillow."' after '“It never crossed my mind,” she said ...'): the block
                # goes on, the curly quote inside it; if the block never closes, each stands alone
                double = carried
                double.content_start = p_start
            elif starts_with_mark and first is not None:
                double = carried
                double.content_start = first[0] + len(first[1])
                marks = marks[1:]
            elif text[carried.pieces[-1][1] - 1] in ".!?…" and _closes_unopened(text, marks, carried):
                # a quote broken over two lines, the second with no mark of its own: it ends there
                double = carried
                double.content_start = p_start
            elif len(carried.pieces) > 1 and text[carried.pieces[-1][1] - 1] in ".!?…":
                # a quote run over paragraphs that each opened with a mark, whose last closing mark
                # the writer left out (the next paragraph, 'He added: "..."', opens no
                # continuation): it ends with the last paragraph that went on with it
                quotes.append(QuoteSpan(carried.first_open, carried.pieces[-1][1], tuple(carried.pieces), "double"))
            carried = None
        inner: _Open | None = None  # a double quote of the other style inside ``double``
        for pos, mark in marks:
            if mark in _SINGLE or mark == "'":
                single = _single(text, pos, mark, double, single, quotes)
                continue
            if inner is not None and _double_role(text, pos, mark, inner) == "close":
                piece = _trimmed(text, inner.content_start, pos)
                if piece[0] < piece[1]:
                    quotes.append(QuoteSpan(inner.first_open, pos + len(mark), (piece,), "double"))
                inner = None
                continue
            role = _double_role(text, pos, mark, double)
            if role == "open" and double is not None and _other_style(double.mark, mark):
                # '"... I'll read you the question: “Do you ...?” Forty-three, yes."': a quote
                # inside the quote, in the other style of double marks
                inner = _Open(pos, mark, pos + len(mark), [], pos)
                continue
            if role == "close" and double is not None:
                inner = None  # an inner quote left open: drop it, keep the outer one
                if single is not None:
                    single = None  # an inner quote left open: drop it, keep the outer one
                piece = _trimmed(text, double.content_start, pos)
                pieces = [*double.pieces, piece] if piece[0] < piece[1] else double.pieces
                if pieces:
                    quotes.append(QuoteSpan(double.first_open, pos + len(mark), tuple(pieces), "double"))
                double = None
            elif role == "open":
                # A new opener while one is open: the earlier mark was unpaired; it loses its quote.
                double = _Open(pos, mark, pos + len(mark), [], pos)
        if double is not None:
            piece = _trimmed(text, double.content_start, p_end)
            nxt = paragraphs[p_index + 1] if p_index + 1 < len(paragraphs) else None
            if nxt is not None and piece[0] < piece[1]:
                double.pieces.append(piece)
                carried = double
    quotes.sort(key=lambda q: q.open)
    return _mark_nesting(quotes)


_STRAIGHT = frozenset({'"', "``"})


def _other_style(outer: str, mark: str) -> bool:
    """Whether ``mark`` is a double mark of the other style than the ``outer`` opening mark
    (straight against curly or angled), so that it opens a quote inside, not a new one."""
    return (outer in _STRAIGHT) != (mark in _STRAIGHT)


def _closes_unopened(text: str, marks: list[tuple[int, str]], carried: _Open) -> bool:
    """Whether a paragraph's first double mark closes the quote the paragraph before left open
    at the end of a sentence ('He said, "The offer is unfounded.' then 'There is no truth to
    these claims."'): a line break the writer put inside one quotation."""
    first = next(((pos, mark) for pos, mark in marks if mark not in _SINGLE and mark != "'"), None)
    return first is not None and _double_role(text, first[0], first[1], carried) == "close"


def _double_role(text: str, pos: int, mark: str, double: _Open | None) -> str:
    if double is not None and (mark == _DOUBLE_OPEN.get(double.mark) or (double.mark == "``" and mark == "''")):
        return "close"
    if mark in {"“", "„", "«", "「", "『", "‟", "``"}:
        if mark == "“" and double is not None and _role(text, pos, mark) == "close":
            return "close"
        return "open"
    if mark in {"”", "」", "』"}:
        if double is None and mark == "”" and _role(text, pos, mark) == "open":
            return "open"  # ”…” styles (Swedish, Finnish)
        return "close"
    if mark == "»":
        return "close" if double is not None else "open"
    role = _role(text, pos, mark)
    if role == "both" or role == "none":
        return "close" if double is not None else "open"
    if role == "close" and double is None:
        return "none"
    return role


def _single(
    text: str, pos: int, mark: str, double: _Open | None, single: _Open | None, quotes: list[QuoteSpan]
) -> _Open | None:
    """Pair single marks: nested inside a double quote, or British-style at the top level."""
    if mark in {"’", "'"} and _is_apostrophe(text, pos):
        return single
    role = _role(text, pos, mark)
    if mark in {"‘", "‚", "‹"}:
        role = "open" if role != "close" else role
    if single is not None and role in {"close", "both"} and mark in {"’", "'", "›", "‘"}:
        piece = _trimmed(text, single.content_start, pos)
        if piece[0] < piece[1]:
            quotes.append(QuoteSpan(single.pos, pos + 1, (piece,), "single"))
        return None
    if role == "open" and (single is None):
        return _Open(pos, mark, pos + 1, [], pos)
    if role == "open" and single is not None:
        return _Open(pos, mark, pos + 1, [], pos)
    return single


def _mark_nesting(quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    # the furthest close among out[: i + 1] (all of them, and the outermost ones): a backward
    # search stops where nothing before can hold the quote, so a long transcript's quotes,
    # each closed before the next opens, cost one step each, not one per earlier quote
    reach: list[int] = []
    reach_outer: list[int] = []
    for q in quotes:
        parent = None
        for i in range(len(out) - 1, -1, -1):
            if reach_outer[i] < q.close:
                break
            p = out[i]
            if p.nested_in is None and p.open < q.open and q.close <= p.close:
                parent = i
                break
        if parent is not None:
            q = QuoteSpan(q.open, q.close, q.pieces, q.style, parent)
        elif q.style == "single" and _opened_before(out, reach, q.open):
            continue
        out.append(q)
        reach.append(max(q.close, reach[-1] if reach else -1))
        outer = q.close if q.nested_in is None else -1
        reach_outer.append(max(outer, reach_outer[-1] if reach_outer else -1))
    return out


def _opened_before(out: list[QuoteSpan], reach: list[int], offset: int) -> bool:
    """Whether a quote of ``out`` holds ``offset`` (opens at or before it, closes after it)."""
    for i in range(len(out) - 1, -1, -1):
        if reach[i] <= offset:
            return False
        if out[i].open <= offset < out[i].close:
            return True
    return False
