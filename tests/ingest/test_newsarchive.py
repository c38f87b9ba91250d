"""Newspaper-archive exports: documents split, header fields read, the body only kept."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from onrecord.archive import Archive
from onrecord.clean import clean
from onrecord.errors import InputError
from onrecord.ingest import READERS, choose_reader, read_paths
from onrecord.ingest.sources import Source
from onrecord.model import Document

EXPORTS = Path(__file__).parent.parent / "data" / "exports"
HERALD = EXPORTS / "harbour_herald.txt"
POST = EXPORTS / "northgate_post.txt"


def _documents(*paths: Path) -> tuple[list[Document], list[InputError]]:
    docs: list[Document] = []
    errors: list[InputError] = []
    for item in read_paths([str(p) for p in paths]):
        if isinstance(item, InputError):
            errors.append(item)
        else:
            docs.append(item)
    return docs, errors


@pytest.mark.parametrize(
    ("path", "index", "title", "published", "outlet", "url", "dateline", "byline", "first", "last"),
    [
        (
            HERALD,
            0,
            "Dock strike enters second day as port talks stall over pay offer",
            "March 3, 2026 Tuesday",
            "The Harbour Herald",
            "http://www.harbourherald.example/news/2026/03/03/dock-strike-second-day",
            "PORTVALE, March 2",
            "By Marta Quill; Staff Writer",
            "Dock workers at the Portvale container terminal",
            "into next week.",
        ),
        (
            HERALD,
            1,
            "Council delays vote on harbour bridge",
            "March 5, 2026 Thursday",
            "The Harbour Herald",
            None,
            None,
            "By Devin Okafor",
            "The city council on Wednesday postponed",
            "if construction began next year.",
        ),
        (
            HERALD,
            2,
            "Shipping line warns of rerouting if strike drags on",
            "March 7, 2026 Saturday",
            "The Harbour Herald",
            "http://www.harbourherald.example/business/2026/03/07/shipping-line-warns",
            "PORTVALE",
            None,
            "The Calder Shipping Line warned on Friday",
            "diverted over the weekend.",
        ),
        (
            POST,
            0,
            "Mill owners say new tariff will cost 400 jobs",
            "February 18, 2026 Wednesday",
            "Northgate Evening Post",
            None,
            "NORTHGATE, Feb. 17",
            "Priya Nandakumar",
            "The owners of the Brannock textile mill",
            "would be reviewed in June.",
        ),
        (
            POST,
            1,
            "Union calls for talks with mill",
            "February 20, 2026 Friday",
            "Northgate Evening Post",
            None,
            None,
            "Priya Nandakumar",
            "The textile workers' union asked",
            "''We found out from the front page,'' Dreyer said.",
        ),
    ],
)
def test_header_fields_and_body(
    path: Path,
    index: int,
    title: str,
    published: str,
    outlet: str,
    url: str | None,
    dateline: str | None,
    byline: str | None,
    first: str,
    last: str,
) -> None:
    docs, errors = _documents(path)
    assert errors == []
    doc = docs[index]
    assert doc.reader == "newsarchive"
    assert doc.location == f"document {index + 1}"
    assert (doc.title, doc.published, doc.outlet, doc.url, doc.dateline) == (title, published, outlet, url, dateline)
    assert doc.language == (None if (path, index) == (POST, 0) else "en")  # that one has no Language: field
    assert (f"byline: {byline}" in doc.notes) if byline else not any(n.startswith("byline") for n in doc.notes)
    assert doc.content.startswith(first) and doc.content.endswith(last)
    for header_or_trailer in ("SECTION:", "HEADLINE", "BYLINE", "LOAD-DATE", "Load-Date", "Copyright", "GRAPHIC"):
        assert header_or_trailer not in doc.content


def test_documents_per_file() -> None:
    docs, errors = _documents(HERALD, POST)
    assert errors == []
    assert [(Path(d.source).name, d.location) for d in docs] == [
        ("harbour_herald.txt", "document 1"),
        ("harbour_herald.txt", "document 2"),
        ("harbour_herald.txt", "document 3"),
        ("northgate_post.txt", "document 1"),
        ("northgate_post.txt", "document 2"),
    ]


@pytest.mark.parametrize(
    ("name", "content", "reader"),
    [
        ("export.txt", HERALD.read_bytes(), "newsarchive"),
        ("export.TXT", POST.read_bytes(), "newsarchive"),
        ("export", HERALD.read_bytes(), "newsarchive"),  # no extension: by content
        ("plain.txt", b"An article that mentions a BYLINE: once.\n\nNothing else.", "text"),
        ("notes.txt", b"HEADLINE: a draft\nSome notes without a body.", "text"),  # one field is not enough
        ("one.txt", b"HEADLINE: Talks resume\n\nBODY:\n\nTalks resumed, officials said.", "newsarchive"),
    ],
)
def test_export_recognised_by_content(tmp_path: Path, name: str, content: bytes, reader: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert choose_reader(Source(str(path), path)).name == reader


def test_article_from_export_keeps_header_metadata() -> None:
    docs, _ = _documents(HERALD)
    article = clean(docs[0])
    assert article.title == "Dock strike enters second day as port talks stall over pay offer"
    assert article.published == "2026-03-03"
    assert article.outlet == "The Harbour Herald"
    assert (article.dateline, article.place) == ("PORTVALE, March 2", "Portvale")
    assert article.url is not None and article.url.endswith("dock-strike-second-day")
    assert article.body.startswith("Dock workers at the Portvale container terminal")
    assert "edition: Final Edition" in article.notes


def test_crlf_cp1252_and_a_document_without_body(tmp_path: Path) -> None:
    text = POST.read_text(encoding="utf-8").replace("front page", "front page \u2013 again")
    broken = "Document 3 of 3\n\nA headline only\n\nNorthgate Evening Post\nFebruary 21, 2026 Saturday\n\n"
    broken += "Section: BUSINESS\nLength: 0 words\n\nEnd of Document\n"
    path = tmp_path / "export.txt"
    path.write_bytes((text + broken).replace("\n", "\r\n").encode("cp1252"))
    docs, errors = _documents(path)
    assert len(docs) == 2
    assert docs[1].content.endswith("''We found out from the front page \u2013 again,'' Dreyer said.")
    assert "\r" not in docs[0].content
    assert "not valid UTF-8; decoded as cp1252" in docs[0].notes
    assert [str(e) for e in errors] == [f"{path}, document 3: no BODY: section (no article text)"]


def test_export_without_any_article(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("1 of 1 DOCUMENTS\n\nHEADLINE: nothing\n\nLENGTH: 0 words\n", encoding="utf-8")
    _, errors = _documents(path)
    assert [e.reason for e in errors] == ["no BODY: section (no article text)"]


def test_ingest_stores_each_document_once(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    for path in (HERALD, POST):
        shutil.copy(path, folder / path.name)
    with Archive(":memory:") as archive:
        first = archive.ingest([str(folder)])
        again = archive.ingest([str(folder)])
        articles = {a.title: a for a in archive.articles()}
    assert (first.new, first.errors, again.new, again.already) == (5, [], 0, 5)
    assert articles["Union calls for talks with mill"].published == "2026-02-20"
    assert articles["Union calls for talks with mill"].outlet == "Northgate Evening Post"
    assert sorted(first.article_ids) == sorted(a.id for a in articles.values())


def test_reader_is_registered() -> None:
    assert "newsarchive" in READERS.names()


VARIANT = """                              The Coastal Tribune

                            {date}
                            FINAL EDITION

Copyright 2026 Coastal Tribune Co.

SECTION: LOCAL; Pg. 3

LENGTH: 98 words

HEADLINE: Harbour master retires

BODY: Harbour master Lena Brook retired on Monday after 31 years at the port.

   ''I leave the harbour in good hands,'' Brook said at a farewell dinner.

Graphic

PHOTO: Lena Brook at the harbour office.

LOAD-DATE: {loaded}

LANGUAGE: ENGLISH
"""


@pytest.mark.parametrize(
    ("date", "loaded", "published"),
    [
        ("Tuesday, April 7, 2026", "April 8, 2026", "2026-04-07"),
        ("04/07/2026", "April 8, 2026", "2026-04-07"),  # month first: day first would be after loading
        ("07/04/2026", "April 8, 2026", "2026-04-07"),  # day first
        ("04/07/2026", "July 5, 2026", "2026-07-04"),  # both before loading: the nearer one
    ],
)
def test_variant_layout_and_numeric_dates(tmp_path: Path, date: str, loaded: str, published: str) -> None:
    path = tmp_path / "tribune.txt"
    path.write_text(VARIANT.format(date=date, loaded=loaded), encoding="utf-8")
    docs, errors = _documents(path)
    assert errors == [] and len(docs) == 1
    article = clean(docs[0])
    assert article.published == published
    assert (article.title, article.outlet) == ("Harbour master retires", "The Coastal Tribune")
    assert article.body == (
        "Harbour master Lena Brook retired on Monday after 31 years at the port.\n\n"
        "''I leave the harbour in good hands,'' Brook said at a farewell dinner."
    )


def test_documents_exported_without_separators(tmp_path: Path) -> None:
    joined = re.sub(r"^ *\d+ of \d+ DOCUMENTS *$", "", HERALD.read_text(encoding="utf-8"), flags=re.M)
    assert "DOCUMENTS" not in joined
    path = tmp_path / "joined.txt"
    path.write_text(joined, encoding="utf-8")
    docs, errors = _documents(path)
    expected, _ = _documents(HERALD)
    assert errors == []
    assert [(d.title, d.published, d.outlet, d.url, d.dateline, d.content) for d in docs] == [
        (d.title, d.published, d.outlet, d.url, d.dateline, d.content) for d in expected
    ]
