"""Feed items trafilatura declines, deeply nested pages, and the lxml fallback that reads them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.archive import Archive
from onrecord.clean import clean
from onrecord.clean.fallback import html_paragraphs
from onrecord.errors import InputError
from onrecord.model import Document

SHORT_ITEM = "<p>Mayor Ines Kado said on Wednesday that the new bridge would open in May.</p>"
SHORT_RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Valley Ledger</title>
<item><title>Mayor backs bridge plan</title><link>https://ledger.example/b/1</link>
<pubDate>Thu, 05 Mar 2026 09:00:00 +0000</pubDate>
<content:encoded><![CDATA[{SHORT_ITEM}]]></content:encoded></item>
<item><title>Brief</title><link>https://ledger.example/b/2</link>
<description>&lt;p&gt;Council member Rua Penn &lt;b&gt;told&lt;/b&gt; reporters the vote was fair.&lt;/p&gt;
</description></item>
</channel></rss>"""
ARTICLE = (
    "<p>\u201cThe budget is balanced,\u201d finance chief Oren Malik told the council on Tuesday.</p>"
    "<p>He added that taxes would not rise this year.</p>"
)


def _deep_page(depth: int, body: str = ARTICLE) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Budget vote</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        + "<div>" * depth
        + body
        + "</div>" * depth
        + "<footer>All rights reserved.</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("html", "paragraphs"),
    [
        (
            ARTICLE,
            [
                "\u201cThe budget is balanced,\u201d finance chief Oren Malik told the council on Tuesday.",
                "He added that taxes would not rise this year.",
            ],
        ),
        ("<p>One <b>bold</b> word<br>and a line</p>", ["One bold word", "and a line"]),
        ("<div class='cookie-banner'>We use cookies</div><p>Text.</p><script>x=1</script>", ["Text."]),
        ("<nav>Home</nav><aside>Related</aside><figure><figcaption>Photo: AP</figcaption></figure>", []),
        ('<?xml version="1.0" encoding="utf-8"?><p>Declared encoding.</p>', ["Declared encoding."]),
        (
            _deep_page(5000),
            [
                "\u201cThe budget is balanced,\u201d finance chief Oren Malik told the council on Tuesday.",
                "He added that taxes would not rise this year.",
            ],
        ),
    ],
)
def test_html_paragraphs(html: str, paragraphs: list[str]) -> None:
    assert html_paragraphs(html).paragraphs == paragraphs


@pytest.mark.parametrize("reader", ["feed", "jsonl", "json"])
def test_short_embedded_html_is_kept(reader: str) -> None:
    article = clean(Document(content=SHORT_ITEM, source="f.rss", reader=reader, media_type="html"))
    assert article.body == "Mayor Ines Kado said on Wednesday that the new bridge would open in May."
    assert any("text read with lxml" in note for note in article.notes)


@pytest.mark.parametrize("depth", [300, 5000])
def test_deeply_nested_page_yields_its_text(depth: int) -> None:
    article = clean(Document(content=_deep_page(depth), source="deep.html", reader="html", media_type="html"))
    assert "finance chief Oren Malik told the council" in article.body
    assert "He added that taxes would not rise this year." in article.body
    assert "Home" not in article.body and "rights reserved" not in article.body
    assert any(f"nested {depth + 3} elements deep" in note for note in article.notes)


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        (
            _deep_page(5000, "<p>Menu</p><p>Sign in</p>"),
            r"deep\.html: no article text found in the page \(the page is "
            r"nested 5003 elements deep; .* 3 words, in no paragraph of 8 words or more\)",
        ),
        (
            "<html><body><nav><a href='/'>Home</a></nav><script>x=1</script></body></html>",
            r"no article text found in the page \(the page holds no text outside navigation",
        ),
    ],
)
def test_page_without_article_text_says_why(html: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        clean(Document(content=html, source="deep.html", reader="html", media_type="html"))


def test_short_feed_item_and_jsonl_html_are_stored(tmp_path: Path) -> None:
    (tmp_path / "short.rss").write_text(SHORT_RSS, encoding="utf-8")
    (tmp_path / "short.jsonl").write_text(json.dumps({"id": "j1", "html": SHORT_ITEM.replace("Wednesday", "Friday")}))
    (tmp_path / "deep.html").write_text(_deep_page(5000), encoding="utf-8")
    with Archive(":memory:") as archive:
        report = archive.ingest([str(tmp_path)])
        assert report.errors == []
        bodies = {a.id: a.body for a in archive.articles()}
    assert bodies["https://ledger.example/b/1"].startswith("Mayor Ines Kado said on Wednesday")
    assert bodies["https://ledger.example/b/2"] == "Council member Rua Penn told reporters the vote was fair."
    assert "on Friday" in bodies["j1"]
    assert sum("Oren Malik" in body for body in bodies.values()) == 1


@pytest.mark.parametrize(
    ("before", "first"),
    [
        ("<h1>Budget vote passes in the city council</h1>", "\u201cThe budget is balanced,\u201d"),
        (
            "<h1>Budget vote passes</h1><p class='lede'>The council approved the budget after a long debate.</p>",
            "The council approved the budget after a long debate.",
        ),
    ],
)
def test_deep_article_below_a_shallow_headline_is_not_lost(before: str, first: str) -> None:
    """trafilatura finds the shallow headline or lede; the article below the tree's depth limit is read too."""
    html = _deep_page(3000).replace("<body>", "<body>" + before, 1)
    article = clean(Document(content=html, source="deep.html", reader="html", media_type="html"))
    assert article.body.startswith(first)
    assert article.body.endswith("He added that taxes would not rise this year.")
    assert any("the page's tree was cut at 255 levels" in note for note in article.notes)
