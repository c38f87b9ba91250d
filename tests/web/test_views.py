"""What the pages compute: word differences, links, highlighted bodies, relay chains, timelines."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from onrecord.archive import Archive
from onrecord.model import Statement, StatementVariant
from onrecord.web import svg, views


@pytest.mark.parametrize(
    ("canonical", "text", "differing"),
    [
        ("a ceasefire, not peace", "a ceasefire, not peace", []),
        ("a ceasefire, not peace", "A ceasefire - not peace.", []),
        ("a ceasefire, not peace", "peace, not a ceasefire", ["peace,", "not"]),
        ("We will protect every school", "We will protect every single school", ["single"]),
        ("x", "", []),
    ],
)
def test_word_diff(canonical: str, text: str, differing: list[str]) -> None:
    words = views.word_diff(canonical, text)
    assert "".join(w + s for w, s, _ in words) == text
    assert [w for w, _, d in words if d] == differing


@pytest.mark.parametrize(
    ("url", "href"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        (" JaVaScRiPt:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//evil.example", None),
        ("https://exa mple.org", None),
        (None, None),
    ],
)
def test_safe_href(url: str | None, href: str | None) -> None:
    assert views.safe_href(url) == href


@pytest.mark.parametrize(
    ("kind", "ident", "path"),
    [
        ("speakers", "p:ana-ruiz", "/speakers/p%3Aana-ruiz"),
        ("articles", "../../etc/passwd", "/articles/..%2F..%2Fetc%2Fpasswd"),
        ("outlets", 'A "B" <C>', "/outlets/A%20%22B%22%20%3CC%3E"),
    ],
)
def test_path_for_escapes_ids(kind: str, ident: str, path: str) -> None:
    assert views.path_for(kind, ident) == path


def test_article_pieces_cover_the_body_and_each_quote_once(web_db: Path) -> None:
    with Archive(web_db, readonly=True) as archive:
        for article in archive.articles():
            quotes = archive.article_quotes(article.id)
            pieces = views.article_pieces(article, quotes)
            assert "".join(p.text for p in pieces) == article.body
            firsts = [p.quote.quote_id for p in pieces if p.quote and p.first]
            lasts = [p.quote.quote_id for p in pieces if p.quote and p.last]
            assert sorted(firsts) == sorted(q.quote_id for q in quotes) == sorted(lasts)
            for p in pieces:
                if p.quote is not None and not p.quote.fragments:
                    assert p.text in p.quote.text


def _variant(qid: str, outlet: str, published: str, via: str | None = None) -> StatementVariant:
    return StatementVariant(qid, f"a-{qid}", outlet, published, "direct", "words", via, "en")


def test_relay_chain_and_spread_timeline() -> None:
    variants = (
        _variant("q3", "C", "2026-01-03", via="B"),
        _variant("q1", "A", "2026-01-01"),
        _variant("q2", "B", "2026-01-02", via="A"),
        _variant("q4", "A", "2026-01-04"),
    )
    statement = Statement("s1", "p:x", "X", "words", variants)
    chain = views.relay_chain(statement)
    assert [(s.outlet, s.via) for s in chain] == [("A", None), ("B", "A"), ("C", "B")]
    outlets, points, span = views.spread_points(variants)
    assert outlets == ["A", "B", "C"] and span == 3
    assert sorted(points) == [
        (0, 0, "A, 2026-01-01"),
        (1, 1, "B, 2026-01-02"),
        (2, 2, "C, 2026-01-03"),
        (3, 0, "A, 2026-01-04"),
    ]
    drawing = str(svg.spread_svg(statement))
    assert drawing.count("<circle") == 4 and 'role="img"' in drawing


def test_relay_chain_names_the_wire_a_papers_copy_came_from() -> None:
    wire_copy = replace(_variant("q2", "The Kell Examiner", "2026-01-02"), syndicated_from="KPA")
    statement = Statement("s1", "p:x", "X", "words", (_variant("q1", "KPA", "2026-01-01"), wire_copy))
    chain = views.relay_chain(statement)
    assert [(s.outlet, s.wire) for s in chain] == [("KPA", None), ("The Kell Examiner", "KPA")]
    assert chain[1].to_dict()["wire"] == "KPA"


def test_svg_escapes_labels() -> None:
    statement = Statement("s1", None, None, "w", (_variant("q1", "<script>x</script>", "2026-01-01"),))
    drawing = str(svg.spread_svg(statement))
    assert "<script>" not in drawing and "&lt;script&gt;" in drawing
    bars = str(svg.speaker_timeline_svg([("2026-01-01", 2, 3), ("2026-01-05", 1, 1), ("not a day", 1, 1)]))
    assert bars.count("<rect") == 2
    assert str(svg.speaker_timeline_svg([])) == ""
