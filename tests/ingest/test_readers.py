from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from onrecord.errors import InputError
from onrecord.ingest import READERS, read_paths
from onrecord.ingest.sources import Source
from onrecord.model import Document

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Courier</title><link>https://harbour.example/</link>
<item><title>Port strike enters second day</title><link>https://harbour.example/a/1</link>
<guid>https://harbour.example/a/1</guid><pubDate>Tue, 03 Mar 2026 08:15:00 +0000</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>“We will not go back without a deal,” union leader Ana Ruiz told reporters.</p>
<p>The strike began on Monday.</p>]]></content:encoded></item>
<item><title>Minister answers</title><link>https://harbour.example/a/2</link>
<pubDate>Wed, 04 Mar 2026 10:00:00 +0000</pubDate>
<description>Transport minister Luis Pardo said talks would resume on Thursday.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Northgate Times</title><id>urn:ngt</id>
<updated>2026-03-05T12:00:00Z</updated>
<entry><title>Talks resume</title><id>urn:ngt:42</id><published>2026-03-05T11:00:00Z</published>
<updated>2026-03-05T12:00:00Z</updated><link href="https://ngt.example/42"/>
<content type="html">&lt;p&gt;Talks resumed, the ministry said in a statement.&lt;/p&gt;</content></entry>
</feed>"""

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Talks resume | Daily Planet</title>
<meta property="og:site_name" content="Daily Planet">
<meta property="article:published_time" content="2026-03-05T09:30:00+01:00">
<link rel="canonical" href="https://planet.example/talks">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Talks resume",
"datePublished": "2026-03-05T09:30:00+01:00", "publisher": {"@type": "Organization", "name": "Daily Planet"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="cookie">We use cookies to improve your experience. Accept all cookies</div>
<article><h1>Talks resume</h1><p class="byline">By Jane Roe</p>
<p>Talks between the port authority and the union resumed on Thursday, officials said.</p>
<p>“We are ready to sign today,” union leader Ana Ruiz told reporters outside the building.</p>
<p>Transport minister Luis Pardo said the government would not raise its offer above 3%.</p>
<!-- ad slot --><script>var ad = 1;</script>
</article><aside><h3>Related</h3><a href="/x">Strike enters second day</a></aside>
<footer>© 2026 Daily Planet. All rights reserved.</footer></body></html>"""


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _read(*paths: str, fmt: str | None = None) -> tuple[list[Document], list[InputError]]:
    docs, errors = [], []
    for item in read_paths(paths, format=fmt):
        (errors if isinstance(item, InputError) else docs).append(item)
    return docs, errors  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("name", "content", "reader", "count", "media_type"),
    [
        ("a.txt", "Plain text article.", "text", 1, "text"),
        ("feed.rss", RSS, "feed", 2, None),
        ("feed.xml", ATOM, "feed", 1, "html"),
        ("page.html", PAGE, "html", 1, "html"),
        ("noext", RSS, "feed", 2, None),  # chosen by content
        ("page.htm", PAGE, "html", 1, "html"),
    ],
)
def test_readers_by_extension_and_content(
    tmp_path: Path, name: str, content: str, reader: str, count: int, media_type: str | None
) -> None:
    docs, errors = _read(str(_write(tmp_path, name, content)))
    assert not errors
    assert len(docs) == count
    assert {d.reader for d in docs} == {reader}
    if media_type:
        assert {d.media_type for d in docs} == {media_type}


def test_rss_items_carry_their_metadata(tmp_path: Path) -> None:
    docs, _ = _read(str(_write(tmp_path, "feed.rss", RSS)))
    first, second = docs
    assert first.id == "https://harbour.example/a/1"
    assert first.title == "Port strike enters second day"
    assert first.published == "Tue, 03 Mar 2026 08:15:00 +0000"
    assert first.outlet == "Harbour Courier"
    assert "union leader Ana Ruiz" in first.content  # content:encoded wins over the summary
    assert second.id == "https://harbour.example/a/2"  # no guid: the link
    assert second.media_type == "text" and "Luis Pardo" in second.content


def test_jsonl_reports_bad_lines_and_keeps_the_rest(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": "First article.", "published": "2026-03-01"}),
        "{not json",
        json.dumps({"id": "a3", "title": "no text"}),
        json.dumps({"id": "a4", "html": "<p>Fourth article.</p>", "outlet": "Wire"}),
        json.dumps(["not", "an", "object"]),
        "",
    ]
    path = _write(tmp_path, "batch.jsonl", "\n".join(lines))
    docs, errors = _read(str(path))
    assert [d.id for d in docs] == ["a1", "a4"]
    assert docs[1].media_type == "html"
    assert [(e.location, e.reason) for e in errors] == [
        ("line 2", "malformed JSON (Expecting property name enclosed in double quotes at column 2)"),
        ("line 3", "no 'text' (or 'html') field"),
        ("line 5", "expected a JSON object per line"),
    ]
    assert all(str(path) in str(e) for e in errors)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
        ("config.xml", b'<?xml version="1.0"?><config><a>1</a></config>', "not an RSS or Atom feed"),
        ("empty.jsonl", b"\n\n", "empty"),
        ("list.json", b'[{"title": "no text"}]', "not an article"),
        ("broken.json", b'{"text": ', "malformed JSON"),
        ("nav.html", b"<html><body><nav><a href='/'>Home</a></nav><script>x=1</script></body></html>", None),
    ],
)
def test_bad_inputs_are_reported_by_name(tmp_path: Path, name: str, content: bytes, reason: str | None) -> None:
    path = _write(tmp_path, name, content)
    docs, errors = _read(str(path))
    if reason is None:  # an HTML page is read; whether it holds text is cleaning's call
        assert len(docs) == 1
        return
    assert not docs
    assert len(errors) == 1
    assert str(path) in str(errors[0]) and reason in str(errors[0])


def test_missing_paths_and_empty_globs(tmp_path: Path) -> None:
    docs, errors = _read(str(tmp_path / "nope.txt"), str(tmp_path / "*.none"))
    assert not docs
    assert [e.reason for e in errors] == ["no such file or folder", "no file matches this pattern"]


def test_folders_are_walked_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    _write(tmp_path, "b.txt", "B article.")
    _write(tmp_path, "sub/a.txt", "A article.")
    _write(tmp_path, ".hidden.txt", "hidden")
    docs, errors = _read(str(tmp_path))
    assert not errors
    assert [Path(d.source).name for d in docs] == ["b.txt", "a.txt"]


def test_stdin_text_and_jsonl() -> None:
    text = list(read_paths(["-"], stdin=io.BytesIO(b"An article from a pipe.")))
    assert [d.content for d in text] == ["An article from a pipe."]  # type: ignore[union-attr]
    rows = b'{"id": "x", "text": "From JSONL on stdin."}\n'
    jsonl = list(read_paths(["-"], format="jsonl", stdin=io.BytesIO(rows)))
    assert [d.id for d in jsonl] == ["x"]  # type: ignore[union-attr]


def test_warc_reader(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, body, ctype in [
            ("https://planet.example/talks", PAGE.encode(), "text/html; charset=utf-8"),
            ("https://planet.example/logo.png", b"\x89PNG", "image/png"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)
    docs, errors = _read(str(path))
    assert not errors
    assert [(d.url, d.media_type, d.reader) for d in docs] == [("https://planet.example/talks", "html", "warc")]


def test_format_override_and_unknown_reader(tmp_path: Path) -> None:
    path = _write(tmp_path, "page.txt", PAGE)
    docs, _ = _read(str(path), fmt="html")
    assert docs[0].media_type == "html"
    from onrecord.errors import ConfigError

    with pytest.raises(ConfigError, match="unknown reader"):
        READERS.get("pdf")


def test_source_suffix() -> None:
    assert Source("x", Path("a/b.WARC.gz")).suffix == ".warc.gz"
    assert Source("x", Path("a/b.jsonl")).suffix == ".jsonl"


@pytest.mark.parametrize(
    ("record", "published", "outlet"),
    [
        ({"id": "a", "text": "Words.", "published": "2026-03-01", "outlet": "Wire"}, "2026-03-01", "Wire"),
        # another export's names for the same fields
        ({"id": "a", "text": "Words.", "publication_date": "2016-10-04", "publisher": "Courier"}, "2016-10-04",
         "Courier"),
        ({"id": "a", "text": "Words.", "datePublished": "2016-10-04T08:00:00Z"}, "2016-10-04T08:00:00Z", None),
        # inside a nested metadata object
        ({"id": "a", "text": "Words.", "meta": {"publication_date": "2016-10-04", "publisher": "breitbart"}},
         "2016-10-04", "breitbart"),
        # onrecord's own name wins over an alias
        ({"id": "a", "text": "Words.", "published": "2026-03-01", "meta": {"publication_date": "2016-10-04"}},
         "2026-03-01", None),
    ],
)  # fmt: skip
def test_jsonl_reads_other_exports_names_for_the_metadata(
    tmp_path: Path, record: dict[str, object], published: str, outlet: str | None
) -> None:
    path = _write(tmp_path, "batch.jsonl", json.dumps(record))
    docs, errors = _read(str(path))
    assert errors == []
    assert (docs[0].published, docs[0].outlet) == (published, outlet)
