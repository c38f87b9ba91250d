"""Generated news-like text and the invariants the whole pipeline must keep for any of it.

Shared by the property tests (``tests/test_fuzz.py``, a short derandomized run inside ``make
test``) and the long campaign (``fuzz/run.py``, ``make fuzz``). The strategies build articles
from the pieces real news is made of (speakers, cue verbs, attributions, headlines, datelines,
bylines, sign-offs) and then break them the way real inputs are broken: every quotation-mark
style, unbalanced, doubled-apostrophe (``''…''``), nested and mismatched marks, apostrophes,
very long paragraphs, control, zero-width and bidirectional characters, other scripts, line
and paragraph separators, and inputs with nothing but blank lines.

The checks raise :class:`InvariantError` (an ``AssertionError``) naming the invariant that broke;
:class:`KnownIssue` marks a failure already tracked elsewhere (issue 9 point 1: one span
extracted twice, duplicate quote ids), so a campaign can count it and look further.
"""

from __future__ import annotations

import io
import json
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from onrecord import Archive, InputError, extract
from onrecord.ingest.decode import looks_binary
from onrecord.model import Quote

__all__ = [
    "SCHEMA",
    "InvariantError",
    "KnownIssue",
    "Outcome",
    "check_extract",
    "check_ingest",
    "check_records",
    "documents",
    "news",
    "published_dates",
    "titled_news",
]

# Profiles: "fuzz-ci" is the short, reproducible run inside ``make test``; "fuzz-campaign" the
# base of ``make fuzz`` (random seeds, no example database, examples set per chunk).
_SLOW_IS_FINE = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
settings.register_profile(
    "fuzz-ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=_SLOW_IS_FINE,
)
settings.register_profile(
    "fuzz-campaign",
    deadline=None,
    derandomize=False,
    database=None,
    print_blob=True,
    suppress_health_check=list(HealthCheck),
)

SCHEMA = json.loads((Path(__file__).resolve().parent / "data" / "quote.schema.json").read_text(encoding="utf-8"))
_VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

# ------------------------------------------------------------------------------- vocabulary
_PEOPLE = [
    "Dmitry Peskov",
    "Kremlin spokesman Dmitry Peskov",
    "Peskov",
    "Marta Kowalczyk",
    "Prime Minister Marta Kowalczyk",
    "Ms Kowalczyk",
    "Peter Lind",
    "Lind",
    "Dr. Amara Okafor",
    "Okafor",
    "Jean-Luc O'Brien",
    "Niamh Corrigan",
    "the minister",
    "the Kremlin spokesman",
    "a ministry official",
    "two officials",
    "people familiar with the matter",
    "the company",
    "Acme Corp.",
    "the European Commission",
    "Tass",
    "he",
    "she",
    "they",
    "He",
    "She",
    "Сергей Лавров",
    "Лавров",
    "محمد العلي",
    "习近平",
    "Ahmed al-Sharif",
    "José María Aznar",
    "Zoë Ünal",
]
_CUES = [
    "said",
    "says",
    "told reporters",
    "told journalists on Wednesday",
    "told Reuters",
    "added",
    "stressed",
    "warned",
    "denied",
    "noted",
    "claimed",
    "insisted",
    "wrote on X",
    "said in a statement",
    "said on Tuesday",
    "said yesterday",
    "said last night",
    "said on Feb 29",
    "said on Dec 31",
    "said last Monday",
    "told a briefing",
    "responded",
    "explained",
    "announced",
    "believes",
    "is quoted as saying",
]
_CONTENT = [
    "the talks had failed",
    "Russia is working on peace, not a ceasefire",
    "we are ready",
    "there is nothing left to discuss",
    "the plan was dead on arrival and would fail",
    "prices would rise by 4.5% next year",
    "it wouldn't be correct to say so",
    "the company didn't expect any layoffs",
    "Ukraine's position hadn't changed",
    "the '90s were different",
    "rock 'n' roll is here to stay",
    "the Smiths' house was never for sale",
    "we will strike on Monday",
    "no decision has been made",
    "Мы готовы к переговорам",
    "لا يوجد اتفاق",
    "我们已经准备好了",
    "el acuerdo está cerca",
    "nous sommes prêts",
    "wir sind bereit",
    "",
    "a",
    "it is",
]
_FOREIGN = [
    "«Мы работаем над миром, а не над перемирием», — сказал Песков журналистам.",
    "Песков заявил, что «переговоры продолжаются».",
    "Дмитрий Песков сказал: «Нет».",
    "„Ми готові“, — сказав Зеленський.",
    "وقال المتحدث: «لا يوجد اتفاق حتى الآن».",
    "他说：「我们已经准备好了。」",
    "「我们已经准备好了」，外交部发言人说。",
    "„Wir sind bereit“, sagte Scholz am Mittwoch.",
    "Scholz sagte, die Gespräche seien gescheitert.",
    "« Nous sommes prêts », a déclaré le ministre.",
    "Le ministre a déclaré que les négociations avaient échoué.",
    "El ministro dijo: «estamos listos».",
    "Según el ministro, las negociaciones fracasaron.",
]
_FRAGMENTS = ["dead on arrival", "incorrect", "a historic mistake", "unacceptable", "peace", "fake news"]

# (open, close): matched, mismatched, unbalanced and doubled-apostrophe styles.
_MARKS = [
    ('"', '"'),
    ("“", "”"),
    ("„", "“"),
    ("„", "”"),
    ("«", "»"),
    ("»", "«"),
    ("« ", " »"),
    ("‘", "’"),
    ("'", "'"),
    ("''", "''"),
    ("``", "''"),
    ("‚", "‘"),
    ("‹", "›"),
    ("「", "」"),
    ("『", "』"),
    ("‟", "”"),
    ("“", '"'),
    ('"', "”"),
    ("”", "”"),
    ("“", "“"),
    ("“", ""),
    ("", "”"),
    ('"', ""),
    ("", '"'),
    ("''", ""),
    ("'", "’"),
]

_HEADERS = [
    "Moscow, Dec 11 (IANS)",
    "MOSCOW, Dec 11 (IANS) -",
    "LONDON (Reuters) —",
    "WASHINGTON —",
    "Kyiv, 10.12.2025:",
    "By Helen Marsh",
    "By Helen Marsh | Tuesday 11 May 2027",
    "Written by Anna Smith and John Doe, Staff Writers",
    "Updated 10:32 GMT, 11 December 2025",
    "Published: 2025-12-10T09:08:00+00:00",
    "Published: 2025-12-10T09:08:00+99:00",
    "Updated 23:59 GMT, 31 December 9999",
    "Moscow, Feb 29 (IANS)",
    "KYIV, Jan 1 (AP) -",
    " date 2025-12-11",
    "Being updated",
    "BREAKING:",
    "Read more: Kremlin says talks are possible",
    "Photo: AP",
    "Sign up for our newsletter",
    "We use cookies to improve your experience.",
    "HEADLINE: Talks fail in Geneva",
    "BYLINE: Helen Marsh",
    "DATELINE: GENEVA",
    "BODY:",
    "LOAD-DATE: December 12, 2025",
    "Copyright 2025 The Daily Ledger",
    "Talks fail in Geneva",
    "Peskov: we are working on peace",
]
_SIGNOFFS = ["--IANS", "akl/as", "(Reporting by Helen Marsh; Editing by John Doe)", "— Reuters", "AP", "###"]

# Characters that break offsets when something normalises, strips or splits on them.
_NOISE = [
    "\u200b",  # zero-width space
    "\u200c",
    "\u200d",
    "\u2060",  # word joiner
    "\ufeff",  # BOM / zero-width no-break space
    "\u00ad",  # soft hyphen
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u061c",  # Arabic letter mark
    "\x00",
    "\x01",
    "\x07",
    "\x08",
    "\t",
    "\x0b",
    "\x0c",
    "\r",
    "\x1b",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x1f",
    "\x7f",
    "\x85",  # next line
    "\xa0",  # no-break space
    "\u2028",  # line separator
    "\u2029",  # paragraph separator
    "\u3000",  # ideographic space
    "\u0301",  # combining acute accent
    "\U0001f600",  # outside the BMP
    "\U00010348",
    "\ufffd",
    "'",
    "’",
    '"',
    "“",
    "”",
    "«",
    "»",
    "''",
    "\n",
    "\n\n",
]
_SEPARATORS = ["\n\n", "\n", "\r\n\r\n", "\r\n", "\n \n", "\n\n\n\n", "\u2029", "\u2028", "\x0c", "\x85"]


_WORDS = [
    "said",
    "says",
    "told",
    "reporters",
    "according to",
    "that",
    "the",
    "plan",
    "Peskov",
    "Dmitry",
    "Marta Kowalczyk",
    "he",
    "she",
    "they",
    "ready",
    "Ukraine's",
    "don't",
    "on",
    "Wednesday",
    "quoted",
    "as saying",
    "By",
    "Moscow, Dec 11 (IANS)",
    "--IANS",
    "сказал",
    "Песков",
    "قال",
    "他说",
    "：",
    "。",
    "—",
    "-",
    ",",
    ".",
    ":",
    "?",
    "!",
    "(",
    ")",
    "…",
    "1",
    "2025",
]
_PIECES = st.one_of(
    st.sampled_from(_WORDS).map(lambda w: w + " "),
    st.sampled_from([m for pair in _MARKS for m in pair if m]),
    st.sampled_from([" ", " ", " ", "\n", "\n\n"]),
    st.sampled_from(_NOISE),
)


# ------------------------------------------------------------------------------- strategies
def _quoted(draw: Any, content: str) -> str:
    open_, close = draw(st.sampled_from(_MARKS))
    return f"{open_}{content}{close}"


@st.composite
def sentences(draw: Any) -> str:
    """One sentence of news: reported speech, a direct quote in one of many shapes, or narration."""
    who = draw(st.sampled_from(_PEOPLE))
    cue = draw(st.sampled_from(_CUES))
    what = draw(st.sampled_from(_CONTENT))
    more = draw(st.sampled_from(_CONTENT))
    frag = draw(st.sampled_from(_FRAGMENTS))
    shape = draw(st.integers(0, 15))
    if shape == 0:
        return f"{who} {cue} {what}."
    if shape == 1:
        return f"{who} {cue} that {what}."
    if shape == 2:
        return f"{_quoted(draw, what.capitalize() + ',')} {who} {cue}."
    if shape == 3:
        return f"{_quoted(draw, what.capitalize() + ',')} {who} {cue}, {_quoted(draw, more + '.')}"
    if shape == 4:
        return f"{who} {cue}: {_quoted(draw, what.capitalize() + '.')}"
    if shape == 5:
        return f"According to {who}, {what}."
    if shape == 6:
        return f"{who} called the plan {_quoted(draw, frag)}."
    if shape == 7:
        return f"{who} {cue} the plan was {_quoted(draw, frag)} and {what}."
    if shape == 8:  # a quote inside a quote
        inner = _quoted(draw, f"{what}")
        return f"{_quoted(draw, f'{who} told us {inner}, and {more}')} {who} {cue}."
    if shape == 9:
        return f"{_quoted(draw, what.capitalize() + '.')}"
    if shape == 10:
        return f"Tass quoted {who} as saying {what}."
    if shape == 11:
        return f"{who}, {draw(st.sampled_from(['the press secretary', '52', 'a former minister']))}, {cue} {what}."
    if shape == 12:  # a quote of another speaker, relayed
        return f"{_quoted(draw, f'The minister promised us {what}')}, {who} {cue}."
    if shape == 13:
        return f"{what.capitalize()}, {who} {cue}."
    if shape == 14:
        return f"{who} {cue}, {_quoted(draw, what)} {_quoted(draw, more)}"
    event = draw(st.sampled_from(["talks", "vote", "strike", "summit"]))
    day = draw(st.sampled_from(["Monday", "Dec 10", "10.12.2025", "Friday"]))
    return f"The {event} ended on {day}."


@st.composite
def paragraphs(draw: Any) -> str:
    """A paragraph of one to a few sentences; now and then a very long one."""
    if draw(st.integers(0, 59)) == 0:  # very long: one sentence pattern repeated, no line break
        base = draw(st.lists(sentences(), min_size=1, max_size=2))
        times = draw(st.integers(10, 40))
        return " ".join(base * times)
    return " ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))


@st.composite
def transcripts(draw: Any) -> str:
    """An interview or broadcast transcript: an introduction, then labelled turns."""
    intro = draw(
        st.sampled_from(
            [
                "Union leader Niamh Corrigan spoke to Radio North host Peter Lind.",
                "RADIO NORTH TRANSCRIPT",
                "Prime Minister Marta Kowalczyk was interviewed on Tuesday.",
                "",
            ]
        )
    )
    labels = st.sampled_from(["Q", "A", "HOST", "CORRIGAN", "NIAMH CORRIGAN", "Peter Lind", "LIND", "O'BRIEN", "MR. X"])
    turns = draw(st.lists(st.tuples(labels, sentences()), min_size=1, max_size=8))
    separator = draw(st.sampled_from(["\n\n", "\n", "\r\n"]))
    return intro + separator + separator.join(f"{label}: {said}" for label, said in turns)


@st.composite
def _noisy(draw: Any, text: str) -> str:
    """Insert noise characters (control, zero-width, bidi, marks, separators) at drawn places."""
    inserts = draw(st.lists(st.tuples(st.integers(0, max(len(text), 0)), st.sampled_from(_NOISE)), max_size=6))
    for at, char in sorted(inserts, reverse=True):
        text = text[:at] + char + text[at:]
    return text


@st.composite
def documents(draw: Any) -> str:
    """A news-like document: optional header lines, paragraphs, optional sign-off, then noise.

    Of thirty documents, about two have no article text at all (blank lines only, or boilerplate),
    three are shredded news, two are in other languages and scripts, two are transcripts.
    """
    kind = draw(st.integers(0, 29))
    if kind == 0:
        blank = st.sampled_from([" ", "\n", "\t", "\r\n", "\u3000", "\xa0", "\u2029"])
        return draw(st.lists(blank, max_size=12).map("".join))
    if kind == 1:
        return "\n".join(draw(st.lists(st.sampled_from([*_SIGNOFFS, "Being updated", "Photo: AP"]), max_size=4)))
    if kind <= 4:  # shredded news: its pieces in any order, marks and noise between them
        return draw(st.lists(_PIECES, min_size=1, max_size=60).map("".join))
    if kind <= 6:  # an article in another language and script (the non-English extractors)
        foreign = draw(st.lists(st.sampled_from(_FOREIGN), min_size=1, max_size=8))
        text = draw(st.sampled_from([" ", "\n", "\n\n"])).join(foreign)
        return draw(_noisy(text)) if draw(st.booleans()) else text
    if kind <= 8:  # a transcript or interview: NAME: and Q:/A: turns
        return draw(_noisy(draw(transcripts()))) if draw(st.booleans()) else draw(transcripts())
    return draw(news())


@st.composite
def news(draw: Any) -> str:
    """A news article with at least one sentence of text: header lines, paragraphs, sign-offs, noise."""
    header = draw(st.lists(st.sampled_from(_HEADERS), max_size=4))
    body = draw(st.lists(paragraphs(), min_size=1, max_size=6))
    if draw(st.booleans()):  # a paragraph that opens a quote and leaves it open for the next
        body.insert(draw(st.integers(0, len(body))), f"“{draw(st.sampled_from(_CONTENT))}.")
    if draw(st.integers(0, 4)) == 0:  # a paragraph in another script
        body.append(draw(st.sampled_from(_FOREIGN)))
    tail = draw(st.lists(st.sampled_from(_SIGNOFFS), max_size=2))
    parts = [*header, *body, *tail]
    text = parts[0]
    for part in parts[1:]:
        text += draw(st.sampled_from(_SEPARATORS)) + part
    if draw(st.booleans()):
        text = draw(_noisy(text))
    if draw(st.integers(0, 9)) == 0:
        text = draw(st.sampled_from([" ", "\n", "\ufeff", "\u200f", "\r\n\r\n"])) + text
    return text


@st.composite
def titled_news(draw: Any) -> tuple[str, str | None]:
    """A news article and the title its metadata gives (none, a headline, its first line, all of it)."""
    text = draw(news())
    first = next((line for line in text.splitlines() if line.strip()), text)
    title = draw(st.sampled_from([None, "Talks fail in Geneva", first, text, text.strip()]))
    return text, title


def published_dates() -> st.SearchStrategy[str | None]:
    """A publication date to resolve relative days against, or none."""
    return st.sampled_from(
        [
            None,
            "2025-12-11",
            "2025-12-11T09:08:00+00:00",
            "2026-03-05",
            "2028-02-27",  # the day after next is 29 February
            "0001-01-01",  # the calendar's ends
            "9999-12-31",
            "2025-12-11T09:08:00+99:00",  # no zone
            "11.12.2025",
            "Thu, 11 Dec 2025 09:08:00 GMT",
            "yesterday",
            "",
        ]
    )


# ------------------------------------------------------------------------------- invariants
class InvariantError(AssertionError):
    """An invariant of the pipeline that does not hold for a generated input."""


class KnownIssue(InvariantError):
    """A failure tracked in issue 9 point 1: one span extracted twice, or two equal quote ids."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one check saw: the number of quotes, or the documented error the input raised."""

    quotes: int
    refused: str | None = None


_NO_ARTICLE = ("no article text left after cleaning", "empty: no text to read")


def _fail(invariant: str, detail: object) -> InvariantError:
    return InvariantError(f"{invariant}: {detail}")


def _check_span(text: str, span: dict[str, Any] | None, what: str, quote: dict[str, Any]) -> None:
    if span is None:
        return
    start, end = span["start"], span["end"]
    if not 0 <= start <= end <= len(text):
        raise _fail(f"{what} offsets out of range", (start, end, len(text), quote["quote_id"]))
    if text[start:end] != span["text"]:
        raise _fail(f"{what} text != body[start:end]", (span["text"], text[start:end], quote["quote_id"]))


def check_records(text: str, quotes: Sequence[Quote], *, unique: bool = True) -> None:
    """Offsets, fragments and schema of every record against ``text``; unique ids and spans.

    Args:
        text: what the offsets index.
        quotes: the records.
        unique: also check that ids and spans are unique (issue 9 point 1).

    Raises:
        InvariantError: an invariant broke (``KnownIssue`` for issue 9 point 1).
    """
    for quote in quotes:
        record = quote.to_record()
        errors = sorted(_VALIDATOR.iter_errors(record), key=str)
        if errors:
            raise _fail("record not valid against quote.schema.json", errors[0].message)
        _check_span(text, record, "quote", record)
        if all(c.isspace() or unicodedata.category(c) in {"Cc", "Cf", "Zs", "Zl", "Zp"} for c in record["text"]):
            raise _fail("quote text is blank", (record["text"], record["quote_id"]))
        _check_span(text, record["cue"], "cue", record)
        if record["speaker"] is not None:
            _check_span(text, record["speaker"]["mention"], "speaker mention", record)
        _check_span(text, record.get("source_mention"), "source mention", record)
        fragments = record.get("fragments", [])
        previous_end = record["start"]
        for fragment in fragments:
            _check_span(text, fragment, "fragment", record)
            if not previous_end <= fragment["start"] <= fragment["end"] <= record["end"]:
                raise _fail("fragments not ordered inside start..end", (record["start"], record["end"], fragments))
            previous_end = fragment["end"]
        if fragments and (fragments[0]["start"] != record["start"] or fragments[-1]["end"] != record["end"]):
            raise _fail("fragments do not run from start to end", (record["start"], record["end"], fragments))
    if not unique:
        return
    ids = [q.quote_id for q in quotes]
    if len(set(ids)) != len(ids):
        raise KnownIssue(f"unique quote ids (issue 9 point 1): {sorted(i for i in ids if ids.count(i) > 1)}")
    spans = [(q.start, q.end) for q in quotes]
    if len(set(spans)) != len(spans):
        raise KnownIssue(f"one record per span (issue 9 point 1): {sorted(s for s in spans if spans.count(s) > 1)}")


def check_extract(
    text: str, published: str | None = None, *, title: str | None = None, has_text: bool = False, unique: bool = True
) -> Outcome:
    """``onrecord.extract`` on ``text``: no exception but a documented InputError, every invariant.

    Args:
        text: the article.
        published: its publication date, as metadata.
        title: its title, as metadata.
        has_text: the text holds sentences of an article, so it must not be refused.
        unique: also check that ids and spans are unique (issue 9 point 1).

    Raises:
        InvariantError: an invariant broke.
        Exception: whatever the pipeline raised that it should not have.
    """
    try:
        quotes = extract(text, published=published, title=title)
    except InputError as exc:
        if exc.reason not in _NO_ARTICLE:
            raise _fail("undocumented InputError", exc) from exc
        if has_text:
            raise _fail("an article with text refused", exc) from exc
        return Outcome(0, exc.reason)
    check_records(text, quotes, unique=unique)
    return Outcome(len(quotes))


def _snapshot(archive: Archive) -> dict[str, Any]:
    conn = archive.connection
    return {
        "articles": sorted((a.id, a.content_hash, a.body) for a in archive.articles()),
        "quotes": sorted(json.dumps(q.to_record(), sort_keys=True) for q in archive.quotes()),
        "statements": sorted(json.dumps(s.to_dict(), sort_keys=True, default=str) for s in archive.statements()),
        "speakers": sorted(tuple(r) for r in conn.execute("SELECT * FROM speakers")),
    }


def _ingest(archive: Archive, data: bytes) -> Any:
    try:
        return archive.ingest(["-"], stdin=io.BytesIO(data), format="text")
    except sqlite3.IntegrityError as exc:
        if "quotes.id" in str(exc):
            raise KnownIssue(f"unique quote ids (issue 9 point 1): ingest stopped: {exc}") from exc
        raise


def check_ingest(texts: Iterable[str]) -> Outcome:
    """Ingest each text into a fresh in-memory archive, twice: same archive as ingesting once.

    Every stored quote keeps its offsets into the stored body and is schema-valid; an input is
    skipped only for a documented reason (no article text, or binary-looking bytes).

    Raises:
        InvariantError: an invariant broke.
    """
    texts = list(texts)
    total = 0
    refused = None
    with Archive(":memory:") as archive:
        for text in texts:
            data = text.encode("utf-8")
            report = _ingest(archive, data)
            for error in report.errors:
                if error.reason in _NO_ARTICLE or (error.reason.startswith("binary file") and looks_binary(data)):
                    refused = error.reason
                    continue
                if "UNIQUE constraint failed: quotes.id" in error.reason:
                    raise KnownIssue(f"unique quote ids (issue 9 point 1): {error}")
                raise _fail("article skipped", error)
        once = _snapshot(archive)
        for article in archive.articles():
            check_records(article.body, archive.quotes(article=article.id))
            total += len(archive.quotes(article=article.id))
        for text in texts:
            again = _ingest(archive, text.encode("utf-8"))
            if again.new or again.updated:
                raise _fail("ingest twice != ingest once (article stored again)", again.summary())
        twice = _snapshot(archive)
        for key in once:
            if once[key] != twice[key]:
                raise _fail(f"ingest twice != ingest once ({key} differ)", (len(once[key]), len(twice[key])))
    return Outcome(total, refused)
