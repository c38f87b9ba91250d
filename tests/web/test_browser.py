"""The pages in a real browser: Playwright for Python driving the system's chromium.

Flow: search a phrase, open the statement, open a variant's article with that quote
highlighted, go on to the speaker. Hostile data must never run: any dialog, or any script the
Content-Security-Policy had to block, fails the test. Screenshots go to ``test-artifacts/``.
Skipped (with the reason) when chromium is not installed: ``apt-get install -y chromium``.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from onrecord.api import create_app
from tests.conftest import HOSTILE_NAME, ROOT, free_port

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="browser tests skipped: no chromium on PATH (install it: apt-get install -y chromium)"
)
ARTIFACTS = ROOT / "test-artifacts"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def server(web_db: Path) -> Iterator[str]:
    """A real uvicorn server on a free local port, in a thread."""
    import uvicorn

    port = free_port()
    config = uvicorn.Config(create_app(web_db), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    playwright_api = pytest.importorskip(
        "playwright.sync_api", reason="browser tests skipped: playwright not installed"
    )
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield launched
        launched.close()


class Watch:
    """Everything in a page that would mean data ran as code."""

    def __init__(self, page: Any) -> None:
        self.dialogs: list[str] = []
        self.blocked: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", self._console)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _console(self, message: Any) -> None:
        if "Content Security Policy" in message.text or "Refused to" in message.text:
            self.blocked.append(message.text)

    def assert_clean(self) -> None:
        assert not self.dialogs, f"a dialog opened: {self.dialogs}"
        assert not self.blocked, f"the page tried to run or load something: {self.blocked}"


@pytest.fixture()
def page(browser: Any) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(viewport={"width": 1200, "height": 900}, java_script_enabled=True)
    tab = context.new_page()
    watch = Watch(tab)
    yield tab, watch
    watch.assert_clean()
    context.close()


def _shot(tab: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_statement_article_speaker(server: str, page: tuple[Any, Watch]) -> None:
    tab, _ = page
    tab.goto(server + "/")
    _shot(tab, "01-home")
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.textContent") == "Skip to content"
    tab.fill("#q", '"every hospital"')
    tab.press("#q", "Enter")
    tab.wait_for_url("**/search?q=*")
    _shot(tab, "02-search")
    result = tab.locator("section[aria-labelledby='r-statements'] a.statement-link").first
    wording = result.inner_text()
    assert "every hospital" in wording
    result.click()
    tab.wait_for_url("**/statements/*")
    assert tab.locator("h1").inner_text().strip('“”" ') in wording
    assert tab.locator("table.variants tbody tr").count() >= 3
    assert tab.locator("table.variants ins.diff").count() >= 1
    assert tab.locator("svg.timeline circle").count() >= 3
    _shot(tab, "03-statement")
    tab.emulate_media(media="print")
    assert tab.locator("header.site").is_hidden()
    _shot(tab, "03b-statement-print")
    tab.emulate_media(media="screen")
    row = tab.locator("table.variants tbody tr", has_text="Northern Post").first
    link = row.locator("a.variant-link")
    quote_id = link.get_attribute("href").split("#q-")[1]
    link.click()
    tab.wait_for_url("**/articles/np-budget#q-*")
    highlighted = tab.locator(f"mark.q a[data-quote='{quote_id}']").first
    assert highlighted.is_visible()
    assert "every hospital" in highlighted.inner_text()
    background = tab.locator(f"mark.q:has(a[data-quote='{quote_id}'])").first.evaluate(
        "e => getComputedStyle(e).backgroundColor"
    )
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    _shot(tab, "04-article")
    tab.locator("a.speaker-link", has_text="Marta Kowalczyk").first.click()
    tab.wait_for_url("**/speakers/*")
    assert tab.locator("h1").inner_text() == "Marta Kowalczyk"
    assert tab.locator("ul.statements li").count() >= 2
    _shot(tab, "05-speaker")


@pytest.mark.parametrize(
    "path",
    [
        "/articles/evil-1",
        "/articles/evil-1?raw=1",
        "/search?q=" + quote("<script>alert(1)</script>"),
        "/search?q=alert",
        "/outlets/" + quote('"><img src=x onerror=alert(1)>', safe=""),
    ],
)
def test_hostile_data_never_runs(server: str, page: tuple[Any, Watch], path: str) -> None:
    tab, watch = page
    tab.goto(server + path)
    tab.wait_for_load_state("load")
    assert tab.locator("img").count() == 0
    assert tab.evaluate("document.querySelectorAll('script:not([type=\"application/ld+json\"])').length") == 0
    for link in tab.locator("a").all():
        assert not (link.get_attribute("href") or "").lower().startswith("javascript:")
    watch.assert_clean()
    _shot(tab, "hostile-" + "".join(c if c.isalnum() else "-" for c in path)[:40])


def test_hostile_speaker_pages(server: str, page: tuple[Any, Watch]) -> None:
    tab, watch = page
    tab.goto(server + "/articles/evil-1")
    tab.locator("a.speaker-link").first.click()
    tab.wait_for_url("**/speakers/*")
    assert tab.locator("h1").inner_text() == HOSTILE_NAME
    _shot(tab, "hostile-speaker")
    tab.locator("a.statement-link", has_text="alert").first.click()
    tab.wait_for_url("**/statements/*")
    assert "<script>alert(1)</script>" in tab.locator("h1").inner_text()
    _shot(tab, "hostile-statement")
    watch.assert_clean()
