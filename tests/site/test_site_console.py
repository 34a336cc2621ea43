"""A normal visit is clean: no console error, no uncaught exception, no 4xx
or 5xx response, no failed request, no request to another origin and no violation of the
header policy, on every built page in both languages.

One browser context visits every page the build has (``pages``), as a visitor would: the site
served with the headers a host should send (``serve.py --csp-header``), the policy in force,
the service worker allowed. The calculator pages boot Pyodide (their worker's console counts
too); the two full calculator pages are opened with a case in the fragment and calculate it;
at the end a search and the language switcher are used once in each language.

Before the fix every page logged two 404s: Material fetched ``sitemap.xml`` relative to each
``<link rel="alternate" hreflang>`` in the head, which the i18n plugin points at the page's
own translations (see overrides/main.html).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Request, Response, Worker, expect
from sitepages import CSP_REPORTER, is_calculator_page, origin

from site_config.serve import start_in_thread

BOOT_MS = 90_000
HEAD = re.compile(r"<head>(.*?)</head>", re.S)
ALTERNATE = re.compile(r"<link\b[^>]*\brel=\"alternate\"[^>]*\bhreflang=", re.I)
SWITCHER = re.compile(r'<a href="([^"]*)" hreflang="(nl|en)" class="md-select__link">')


def test_no_page_links_alternates_that_material_would_fetch_a_sitemap_for(
    site_dir: Path, pages: list[str]
) -> None:
    """The cause of the 404s, at build time: no hreflang alternates in any page's head, while
    the language switcher still links each page to its own translation."""
    for path in pages:
        html = (site_dir / path.strip("/") / "index.html").read_text("utf-8")
        head = HEAD.search(html)
        assert head is not None and not ALTERNATE.search(head.group(1)), path
        if "/embed/" in path:
            continue  # the embed pages have no header, so no switcher
        links = dict((lang, href) for href, lang in SWITCHER.findall(html))
        other = path.removeprefix("/en") if path.startswith("/en/") else "/en" + path
        assert urljoin(path, links["en" if other.startswith("/en/") else "nl"]) == other, path


@pytest.fixture(scope="module")
def hosted_site(site_dir: Path) -> Iterator[str]:
    url, stop = start_in_thread(site_dir, csp_header=True)
    yield url
    stop()


class Problems:
    """Everything a visit must not produce, with the page it happened on."""

    def __init__(self) -> None:
        self.current = ""
        self.found: list[str] = []

    def add(self, what: str) -> None:
        self.found.append(f"{self.current}: {what}")

    def console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.add(f"console error {message.text!r} at {message.location.get('url')}")

    def worker(self, worker: Worker) -> None:
        worker.on("console", self.console)

    def response(self, response: Response) -> None:
        if response.status >= 400:
            self.add(f"HTTP {response.status} {response.url}")

    def request_failed(self, request: Request) -> None:
        self.add(f"request failed ({request.failure}) {request.url}")

    def foreign(self, site: str) -> Callable[[Request], None]:
        """A recorder of requests to any origin but ``site`` (``data:`` and ``blob:`` are the
        page's own): nothing a visitor types may leave the site."""

        def record(request: Request) -> None:
            if not request.url.startswith(("data:", "blob:")) and origin(request.url) != site:
                self.add(f"request to another origin {request.url}")

        return record


#: A case for the calculator pages: their visit boots Pyodide and calculates it.
CASE = "#v=1&ziek=2026-01-05"


def visit(page: Page, url: str) -> None:
    """Open a page and wait until it is calm: loaded, the calculator (on its pages) ready or
    its result shown, and no request in flight (so that a late 404 is not missed)."""
    page.goto(url)
    calculator = page.locator("[data-rekenhulp]")
    if calculator.count():
        if url.endswith(CASE):
            expect(page.locator(".rh-result")).to_be_visible(timeout=BOOT_MS)
        expect(calculator).to_have_attribute("data-state", "ready", timeout=BOOT_MS)
    page.wait_for_load_state("networkidle", timeout=BOOT_MS)


@pytest.mark.browser
def test_a_visit_of_every_page_logs_no_error_and_gets_no_404(
    browser: Browser, hosted_site: str, pages: list[str]
) -> None:
    context = browser.new_context(service_workers="allow")
    problems = Problems()
    # The policy a host should send as a header is in force: any violation is a problem too
    # (test_site_csp.py visits every page under the meta policy alone).
    context.expose_function("__cspViolation", lambda text: problems.add(f"CSP: {text}"))
    context.add_init_script(CSP_REPORTER)
    context.on("response", problems.response)
    context.on("requestfailed", problems.request_failed)
    context.on("request", problems.foreign(origin(hosted_site)))
    page = context.new_page()
    page.on("console", problems.console)
    page.on("pageerror", lambda error: problems.add(f"uncaught {error}"))
    page.on("worker", problems.worker)
    try:
        assert len(pages) >= 30  # both languages, every page the build has
        for path in pages:
            problems.current = path
            case = CASE if is_calculator_page(path) and "/embed/" not in path else ""
            visit(page, urljoin(hosted_site, path.lstrip("/")) + case)
        # The header in use: a search, then the language switcher, in both languages.
        for path, other, target in (
            ("tijdlijn/", "en", "en/tijdlijn/"),
            ("en/tijdlijn/", "nl", "tijdlijn/"),
        ):
            problems.current = f"/{path} (search, language switch)"
            visit(page, urljoin(hosted_site, path))
            page.keyboard.press("/")
            page.locator("input.md-search__input").press_sequentially("ziekte")
            expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=BOOT_MS)
            page.keyboard.press("Escape")
            page.locator(".md-select button").first.hover()
            page.locator(f'a.md-select__link[hreflang="{other}"]').click()
            page.wait_for_url(urljoin(hosted_site, target))
            page.wait_for_load_state("networkidle", timeout=BOOT_MS)
        assert not problems.found, "\n".join(problems.found)
    finally:
        context.close()
