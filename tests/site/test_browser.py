"""The built handbook in a real headless Chromium (Debian's, never a downloaded one).

Served on 127.0.0.1 by ``http.server``; every request that is not for 127.0.0.1 is blocked and
recorded, and any console error fails the test. Chinese queries must put the right section first,
and the policies page must draw its diagrams offline.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from tests.site.conftest import Built

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: A reader's query and the section that must come first.
QUERIES = (
    ("账号矩阵", "/ch3/3.3/"),
    ("绝对化用语", "/ch9/9.1/"),
    ("危机", "/ch8/"),
    ("双重验证", "/ch9/9.5/"),
    ("术语", "/appendix/c/"),
    ("广告标识", "/ch6/6.3/"),
    ("汇报线", "/ch2/2.1/"),
    ("核心平台", "/ch3/3.2/"),
    ("社交聆听", "/ch7/7.5/"),
)
LOCAL_HOSTS = {"127.0.0.1"}
SHOTS = os.environ.get("SITE_SCREENSHOTS")  # a folder: save screenshots there for a look


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(built_site: Built) -> Iterator[str]:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "-b", "127.0.0.1", "-d", built_site.site],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail("http.server did not start")
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@dataclass
class Recorder:
    """Every request the browser made (pages and workers) and every console error."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def external(self) -> list[str]:
        return sorted(
            {
                url
                for url in self.requests
                if urlparse(url).scheme not in ("file", "data", "blob", "about")
                and urlparse(url).hostname not in LOCAL_HOSTS
            }
        )

    def assert_clean(self) -> None:
        assert not self.external(), f"requests left 127.0.0.1: {self.external()}"
        assert not self.errors, f"console errors: {self.errors}"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: run `make system-deps` (make test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def session(browser: object) -> Iterator[tuple[object, Recorder]]:
    """A fresh context: external requests blocked and recorded, console errors collected."""
    recorder = Recorder()
    context = browser.new_context(  # type: ignore[attr-defined]
        viewport={"width": 1280, "height": 900}, locale="zh-CN"
    )

    def route(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        parsed = urlparse(url)
        if parsed.scheme == "file" or parsed.hostname in LOCAL_HOSTS:
            route.continue_()  # type: ignore[attr-defined]
        else:
            route.abort()  # type: ignore[attr-defined]

    context.on("request", lambda request: recorder.requests.append(request.url))
    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and recorder.errors.append(m.text))
    page.on("pageerror", lambda exc: recorder.errors.append(str(exc)))
    try:
        yield page, recorder
    finally:
        context.close()


def _search(page: object, query: str) -> list[str]:
    page.click("input.md-search__input")  # type: ignore[attr-defined]
    page.fill("input.md-search__input", "")  # type: ignore[attr-defined]
    page.keyboard.press("End")  # type: ignore[attr-defined]
    # The previous query's results must be gone, or they would be read as this query's.
    page.wait_for_selector(  # type: ignore[attr-defined]
        ".md-search-result__item", state="detached", timeout=15000
    )
    page.keyboard.type(query)  # type: ignore[attr-defined]
    page.keyboard.press("End")  # insertText (CJK) fires no keyup; Material waits for one
    page.wait_for_selector(".md-search-result__item", timeout=15000)  # type: ignore[attr-defined]
    hrefs: list[str] = page.eval_on_selector_all(  # type: ignore[attr-defined]
        ".md-search-result__item > a", "links => links.map(a => a.pathname)"
    )
    return [unquote(h) for h in hrefs]


def _shot(page: object, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def test_chinese_queries_put_the_right_section_first(
    session: tuple[object, Recorder], server: str
) -> None:
    page, recorder = session
    page.goto(server + "/")  # type: ignore[attr-defined]
    _shot(page, "home")
    misses = []
    for query, expected in QUERIES:
        results = _search(page, query)
        if results[:1] != [expected]:
            misses.append(f"{query}: {results[:3]}")
        if query == QUERIES[0][0]:
            _shot(page, "search")
    assert not misses, f"wrong first result: {misses}"
    assert len(recorder.requests) > 5
    recorder.assert_clean()


def test_policies_page_draws_its_diagrams(session: tuple[object, Recorder], server: str) -> None:
    page, recorder = session
    page.goto(server + "/company/")  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "document.querySelectorAll('div.mermaid').length >= 2", timeout=20000
    )
    diagrams = page.locator("div.mermaid")  # type: ignore[attr-defined]
    for index in range(diagrams.count()):
        box = diagrams.nth(index).bounding_box()
        assert box and box["height"] > 150, f"diagram {index} did not render: {box}"
    assert page.locator("pre.mermaid").count() == 0  # type: ignore[attr-defined]
    _shot(page, "policies")
    page.click("label.md-header__button[for^=__palette]:visible")  # type: ignore[attr-defined]
    scheme = page.get_attribute("body", "data-md-color-scheme")  # type: ignore[attr-defined]
    assert scheme == "slate", "the palette toggle did not switch to the dark scheme"
    recorder.assert_clean()


def test_pages_load_without_errors(session: tuple[object, Recorder], server: str) -> None:
    page, recorder = session
    for path in ("/appendix/e/", "/rules/ad-law/absolute-term/", "/ch1/1.2/"):
        response = page.goto(server + path)  # type: ignore[attr-defined]
        assert response is not None and response.ok, path
    assert page.locator("abbr").count() > 0  # type: ignore[attr-defined]
    recorder.assert_clean()


def test_offline_zip_works_from_disk(session: tuple[object, Recorder], offline_site: Built) -> None:
    page, recorder = session
    page.goto((offline_site.site / "company/index.html").as_uri())  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "document.querySelectorAll('div.mermaid').length >= 2", timeout=20000
    )
    results = _search(page, "账号矩阵")
    assert results and results[0].endswith("/ch3/3.3.html"), results[:3]
    assert all(urlparse(u).scheme in ("file", "data", "blob", "about") for u in recorder.requests)
    recorder.assert_clean()
