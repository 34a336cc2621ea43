"""What the browser tests of "Meerdere dossiers" (/dossiers/, /en/dossiers/) share: a context
with the site's Content-Security-Policy in force and "today" fixed, every request it makes,
waits on the page's own states, and the overview's rows read back."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Locator, Page, Request, expect
from sitepages import CSP_REPORTER

TODAY = "2026-11-23"
BOOT_MS = 90_000
DB_NAME = "spoorwijzer-dossiers"


class Recorder:
    """Every request of a context (pages, the calculator's worker, the service worker)."""

    def __init__(self, context: BrowserContext) -> None:
        self.requests: list[Request] = []
        context.on("request", lambda request: self.requests.append(request))

    def problems(self, site_url: str, site_dir: Path) -> list[str]:
        """Requests that are not a GET of a static file of the site, without a query."""
        found = []
        for request in self.requests:
            url = request.url
            if url.startswith(("blob:", "data:")):
                continue  # the page's own downloads; nothing goes over the network
            parts = urlsplit(url)
            path = unquote(parts.path).lstrip("/")
            target = site_dir / path
            if path.endswith("/") or not path:
                target = target / "index.html"
            if (
                not url.startswith(site_url)
                or request.method != "GET"
                or request.post_data is not None
                or parts.query
                or not target.is_file()
            ):
                found.append(f"{request.method} {url}")
        return found


def new_context(browser: Browser, site_url: str, violations: list[str]) -> BrowserContext:
    """A context with the site's CSP in force (no bypass), downloads, a fixed today."""
    context = browser.new_context(base_url=site_url, accept_downloads=True, service_workers="allow")
    context.expose_function("__cspViolation", lambda text: violations.append(str(text)))
    context.add_init_script(CSP_REPORTER)
    context.add_init_script(f"window.SPOORWIJZER_TODAY = {TODAY!r};")
    return context


def wait_restored(page: Page, count: int) -> None:
    root = page.locator("[data-dossiers]")
    expect(root).to_have_attribute("data-state", "ready", timeout=BOOT_MS)
    expect(root).to_have_attribute("data-restored", str(count), timeout=BOOT_MS)
    expect(root).not_to_have_attribute("data-busy", "true", timeout=BOOT_MS)


def idle(page: Page) -> None:
    expect(page.locator("[data-dossiers]")).not_to_have_attribute(
        "data-busy", "true", timeout=BOOT_MS
    )


def databases(page: Page) -> list[str]:
    names = page.evaluate("async () => (await indexedDB.databases()).map((db) => db.name)")
    return [str(name) for name in names]


def rows(page: Page) -> Locator:
    return page.locator(".dw-table tbody tr[data-case]")


def names(page: Page) -> list[str]:
    return [
        text.split("\n")[0].split(" (")[0].strip()
        for text in rows(page).locator("th").all_inner_texts()
    ]


def row_of(page: Page, label: str) -> Locator:
    return rows(page).filter(has=page.get_by_role("rowheader", name=label))


def next_dates(page: Page) -> list[str | None]:
    return [
        cell.locator("time").get_attribute("datetime") if cell.locator("time").count() else None
        for cell in rows(page).locator("[data-next]").all()
    ]


def axe_violations(page: Page) -> str:
    results = Axe().run(page)
    return results.generate_report() if results.violations_count else ""
