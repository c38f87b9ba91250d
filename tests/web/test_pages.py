"""The pages through TestClient: every page and its JSON twin, JSON-LD, hostile data, odd ids."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html

from onrecord.archive import Archive
from tests.conftest import HOSTILE_NAME


def _targets(web_db: Path) -> dict[str, str]:
    with Archive(web_db) as a:
        shared = a.statements(min_outlets=3)[0]
        hostile = a.statements(speaker="Jan Novak", text="script")[0]
        return {
            "statement": shared.id,
            "speaker": shared.speaker_id or "",
            "hostile_statement": hostile.id,
            "hostile_speaker": hostile.speaker_id or "",
        }


PAGES = [
    ("/", "WebSite"),
    ("/search?q=hospital", "WebSite"),
    ("/statements/{statement}", "Quotation"),
    ("/speakers/{speaker}", "Person"),
    ("/articles/hh-budget", "NewsArticle"),
    ("/outlets/Harbour%20Herald", "NewsMediaOrganization"),
    ("/statements/{hostile_statement}", "Quotation"),
    ("/speakers/{hostile_speaker}", "Person"),
    ("/articles/evil-1", "NewsArticle"),
    ("/articles/evil-1?raw=1", "NewsArticle"),
    ("/outlets/" + quote('"><img src=x onerror=alert(1)>', safe=""), "NewsMediaOrganization"),
    ("/search?q=" + quote("<script>alert(1)</script>"), "WebSite"),
    ("/search?q=" + quote("' OR 1=1 --"), "WebSite"),
]


def _tree(text: str) -> Any:
    return lxml_html.fromstring(text)


@pytest.mark.parametrize(("path", "ld_type"), PAGES)
def test_page_renders_with_json_ld_and_no_live_markup_from_data(
    client: TestClient, web_db: Path, path: str, ld_type: str
) -> None:
    response = client.get(path.format(**_targets(web_db)))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert "script-src 'none'" in response.headers["content-security-policy"]
    tree = _tree(response.text)
    scripts = tree.xpath("//script")
    assert [s.get("type") for s in scripts] == ["application/ld+json"]
    data = json.loads(scripts[0].text)
    assert data["@context"] == "https://schema.org" and data["@type"] == ld_type
    assert not tree.xpath("//img"), "markup from the data became an element"
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        assert not [a for a in element.attrib if a.lower().startswith("on")], element.tag
        for attribute in ("href", "src", "action"):
            value = (element.get(attribute) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:text")), (element.tag, value)
    assert tree.xpath("//main[@id='main']") and tree.xpath("//header") and tree.xpath("//footer")
    for field in tree.xpath("//input[@id]"):
        assert tree.xpath(f"//label[@for='{field.get('id')}']"), field.get("id")


def test_hostile_text_is_shown_as_text(client: TestClient, web_db: Path) -> None:
    targets = _targets(web_db)
    article = client.get("/articles/evil-1").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Budget row" in article
    assert "<script>alert" not in article and "<img src=x" not in article
    assert 'href="javascript:' not in article
    assert "javascript:alert(1)" in _tree(article).text_content()  # the URL, as text
    speaker = client.get(f"/speakers/{quote(targets['hostile_speaker'], safe='')}")
    assert HOSTILE_NAME in _tree(speaker.text).xpath("string(//h1)")
    ld = _tree(speaker.text).xpath("//script")[0].text
    assert "<" not in ld and json.loads(ld)["name"] == HOSTILE_NAME


@pytest.mark.parametrize(
    ("path", "keys"),
    [
        ("/statements/{statement}", {"variants", "relay_chain", "differences"}),
        ("/speakers/{speaker}", {"statements_list", "timeline", "roles"}),
        ("/articles/hh-budget", {"body", "quotes"}),
        ("/outlets/Harbour%20Herald", {"recent", "first_reports"}),
        ("/search?q=hospital", {"search", "recent_statements", "top_speakers"}),
        ("/", {"recent_statements", "top_speakers"}),
    ],
)
def test_every_page_has_a_json_twin(client: TestClient, web_db: Path, path: str, keys: set[str]) -> None:
    path = path.format(**_targets(web_db))
    by_header = client.get(path, headers={"Accept": "application/json"})
    base, _, query = path.partition("?")
    suffixed = client.get(("/index" if base == "/" else base) + ".json" + (f"?{query}" if query else ""))
    for response in (by_header, suffixed):
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/json"
        assert keys <= set(response.json())
    assert by_header.json() == suffixed.json()


def test_statement_page_shows_variants_differences_first_report_and_timeline(client: TestClient, web_db: Path) -> None:
    targets = _targets(web_db)
    twin = client.get(f"/statements/{targets['statement']}.json").json()
    tree = _tree(client.get(f"/statements/{targets['statement']}").text)
    rows = tree.xpath("//table[@class='variants']/tbody/tr")
    assert len(rows) == len(twin["variants"]) >= 3
    assert tree.xpath("//ins[@class='diff']"), "no differing word marked"
    marked = {w.text for w in tree.xpath("//table//ins[@class='diff']")}
    assert marked <= {w for words in twin["differences"].values() for w in words}
    assert [s["outlet"] for s in twin["relay_chain"]] == ["Harbour Herald", "Northern Post", "Evening Wire"]
    assert "Harbour Herald" in tree.xpath("string(//dl[@class='facts']/dd[1])")
    assert tree.xpath("//svg[@role='img']//circle")
    links = tree.xpath("//a[@class='variant-link']/@href")
    assert all(link.startswith("/articles/") and "#q-" in link for link in links)


def test_article_page_highlights_every_quote_linking_to_its_statement(client: TestClient) -> None:
    record = client.get("/articles/hh-budget.json").json()
    tree = _tree(client.get("/articles/hh-budget").text)
    for quote_record in record["quotes"]:
        anchors = tree.xpath(f"//*[@id='q-{quote_record['quote_id']}']")
        assert len(anchors) == 1
        links = tree.xpath(f"//mark/a[@data-quote='{quote_record['quote_id']}']/@href")
        assert links and set(links) == {f"/statements/{quote_record['statement_id']}"}
    colours = {m.get("class") for m in tree.xpath("//mark")}
    assert len(colours) == 2  # two speakers, two colours
    assert "".join(tree.xpath("//div[@class='body']//text()")).count("Kowalczyk") >= 1


SQL = "' OR 1=1 --"


@pytest.mark.parametrize(
    "path",
    [
        "/api/articles?outlet={s}&q={s}&since=2026-01-01",
        "/api/articles/{s}",
        "/api/quotes?speaker={s}&text={s}&q={s}&outlet={s}&article={s}&statement={s}",
        "/api/speakers?q={s}",
        "/api/speakers/{s}",
        "/api/statements?speaker={s}&text={s}&q={s}",
        "/api/statements/{s}",
        "/api/outlets/{s}",
        "/api/search?q={s}",
        "/api/quotes?after={s}",
        "/api/quotes?since={s}",
        "/statements/{s}",
        "/speakers/{s}",
        "/articles/{s}",
        "/outlets/{s}",
        "/search?q={s}",
        "/speakers/p%3Amarta-kovalchik?after={s}",
    ],
)
@pytest.mark.parametrize("value", [SQL, '"unbalanced', "NEAR(a b)", "*", "a OR b AND NOT c", "\x00", "ü" * 300])
def test_sql_and_fts_looking_input_never_breaks_the_server(client: TestClient, path: str, value: str) -> None:
    response = client.get(path.format(s=quote(value, safe="")))
    assert response.status_code < 500, response.text
    if response.status_code == 200 and path.startswith("/api/") and "items" in response.json() and value == SQL:
        assert response.json()["items"] == [] or "q=" in path or "text=" in path


@pytest.mark.parametrize(
    "path",
    [
        "/articles/..%2F..%2F..%2Fetc%2Fpasswd",
        "/articles/../../etc/passwd",
        "/api/articles/..%2F..%2Fpyproject.toml",
        "/static/../../pyproject.toml",
        "/static/..%2F..%2F..%2Fpyproject.toml",
        "/static/%2e%2e/%2e%2e/api/app.py",
        "/outlets/..%2F..%2F..%2Fetc%2Fpasswd",
        "/speakers/..%5C..%5Cwindows",
    ],
)
def test_path_traversal_reads_no_file(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "root:" not in response.text and "[project]" not in response.text and "create_app" not in response.text


def test_static_stylesheet_is_served_and_prints(client: TestClient) -> None:
    css = client.get("/static/onrecord.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert "@media print" in css.text and ":focus-visible" in css.text


@pytest.mark.parametrize(
    ("path", "status"),
    [("/statements/nope", 404), ("/speakers/nobody", 404), ("/outlets/Nowhere", 404), ("/search?q=" + "x" * 600, 422)],
)
def test_page_errors_are_pages(client: TestClient, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert f"Error {status}" in response.text
    twin = client.get(path, headers={"Accept": "application/json"})
    assert twin.status_code == status and twin.headers["content-type"] == "application/problem+json"
