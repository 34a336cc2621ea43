"""Content pages load the calculator's runtime only on intent (a pointer over, focus on or
touch of a link to the calculator), and Material's search index only when search is used: the
service worker (site/sw.js) in real Chromium, one served copy of the build per test
(offline_site.py).
"""

from __future__ import annotations

import collections
from pathlib import Path

import pytest
from offline_site import (
    BOOT_MS,
    RecordingServer,
    _controlled_content_page,
    cache_contents,
    calculate,
    calculator_runtime,
    poll,
    sw_version,
    wait_for_cache,
    wait_ready,
    wait_sw_idle,
)
from offline_site import server as server  # the fixtures, for this module
from offline_site import site_copy as site_copy
from offline_site import sw_context as sw_context
from playwright.sync_api import Browser, BrowserContext, expect
from sitepages import is_calculator_page
from waits import RequestsInFlight, wait_page_idle

pytestmark = pytest.mark.browser


#: The site's scripts a page has loaded (its own and the modules they import).
SCRIPTS_LOADED = """() => [...new Set(performance.getEntriesByType("resource")
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && /\\.m?js$/.test(url.pathname))
    .map((url) => url.pathname))].sort()"""


def test_content_pages_never_load_the_runtime_without_intent(
    sw_context: BrowserContext, server: RecordingServer, site_copy: Path, pages: list[str]
) -> None:
    """Every content page, under the service worker, loads none of the runtime and the worker
    keeps none of it for them; after the calculator has filled the worker's cache, content
    pages still ask for none of it, not even from the cache.

    The second walk (with the runtime cached) visits one page of each kind, not every page:
    what could ask for the runtime is the code a page runs, and content pages carry no
    scripts of their own. The first walk records the scripts each page loaded; a kind is a
    language and a set of loaded scripts, and the home pages are kinds of their own (start.js
    acts on their first question). A page that loads other scripts is thus a kind of its own
    and is walked again. Each page is left once its load handlers have run and it went idle
    (``wait_page_idle``), so that what it starts after loading has started.
    """
    url = server.start(site_copy)
    content = [path for path in pages if not is_calculator_page(path)]
    seen: list[str] = []
    sw_context.on("request", lambda request: seen.append(request.url))
    in_flight = RequestsInFlight(sw_context, lambda request_url: request_url.startswith(url))
    page = sw_context.new_page()
    kinds: dict[tuple[str, ...], str] = {}

    def visit(path: str) -> None:
        page.goto(url + path.lstrip("/"))
        wait_page_idle(page)

    # A first visit installs the worker; then every content page, controlled: the worker
    # caches pages, not the runtime.
    page.goto(url + content[0].lstrip("/"))
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")  # installed and active
    for path in content:  # every navigation from here on is controlled
        visit(path)
        language = "en" if path.startswith("/en/") else "nl"
        home = (path,) if path in ("/", "/en/") else ()
        kinds.setdefault((language, *home, *page.evaluate(SCRIPTS_LOADED)), path)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=10_000)
    # Until the worker has stored every content page and what it fetched has arrived.
    wait_for_cache(page, sw_version(site_copy), content)
    wait_sw_idle(page)
    in_flight.wait_until_none()
    cached = [p for paths in cache_contents(page).values() for p in paths]
    assert cached, "the service worker cached nothing"
    runtime = [p for p in cached if p.startswith(("/pyodide/", "/wheels/"))]
    assert runtime == []
    assert server.runtime_requests() == []
    assert [u for u in seen if "/pyodide/" in u or "/wheels/" in u] == []
    assert "/search/search_index.json" not in server.paths  # no search, no index

    # After the calculator filled the cache, content pages still ask for none of it.
    page.goto(url + "rekenhulp/")
    wait_ready(page)
    wait_for_cache(page, sw_version(site_copy), calculator_runtime(site_copy))
    page.goto(url)  # leaving the calculator: it asks to keep what it loaded, once more
    wait_sw_idle(page)
    in_flight.wait_until_none()
    server.paths.clear()
    seen.clear()
    sample = sorted(kinds.values())
    assert {"/", "/en/"} <= set(sample)
    for path in sample:
        visit(path)
    wait_sw_idle(page)
    in_flight.wait_until_none()  # what the worker fetched for the last page has arrived
    assert server.runtime_requests() == []
    assert [u for u in seen if "/pyodide/" in u or "/wheels/" in u] == []


def test_intent_on_a_content_page_prefetches_the_runtime(
    sw_context: BrowserContext, server: RecordingServer, site_copy: Path
) -> None:
    """Start before the click: a pointer over the calculator link fetches the
    runtime (the "boot" files, once each, no calendar wheels) into the service worker's
    cache; the calculator page then boots from it without asking the server for any."""
    url = server.start(site_copy)
    page = _controlled_content_page(sw_context, url)
    page.get_by_role("link", name="Tijdlijn").first.hover()  # not the calculator: nothing
    page.wait_for_load_state("networkidle")
    assert server.runtime_requests() == []

    nav_link = page.locator('.md-nav a[href$="rekenhulp/"]').first
    nav_link.hover()
    boot = calculator_runtime(site_copy)
    wait_for_cache(page, sw_version(site_copy), boot)

    def runtime_sent() -> collections.Counter[str]:
        return collections.Counter(p for p in server.paths if p in boot or p.startswith("/wheels/"))

    assert runtime_sent() == dict.fromkeys(boot, 1)
    nav_link.click()
    page.wait_for_url("**/rekenhulp/")
    wait_ready(page)
    calculate(page)
    assert runtime_sent() == dict.fromkeys(boot, 1)  # the calculator page asked for none


@pytest.mark.parametrize("intent", ["focus", "touch"])
def test_focus_and_touch_are_intent_too(
    browser: Browser, server: RecordingServer, site_copy: Path, intent: str
) -> None:
    context = browser.new_context(service_workers="allow")
    try:
        url = server.start(site_copy)
        page = _controlled_content_page(context, url)
        assert server.runtime_requests() == []
        link = page.locator('.md-nav a[href$="rekenhulp/"]').first
        if intent == "focus":
            link.focus()
        else:  # a touch that does not (yet) follow the link
            link.dispatch_event("touchstart")
        poll(
            page,
            """async () => {
                for (const key of await caches.keys()) {
                    const cache = await caches.open(key);
                    if (await cache.match(new URL("../pyodide/pyodide.mjs", location.href)))
                        return true;
                }
                return false;
            }""",
        )
        assert "/pyodide/pyodide.mjs" in server.runtime_requests()
    finally:
        context.close()


def test_the_search_index_loads_only_when_search_is_used(
    sw_context: BrowserContext, server: RecordingServer, site_copy: Path
) -> None:
    """Material's search index (0.26 MB brotli) waits for the search to be used:
    opened (here with the "/" key) or arrived at from a search result (?h=)."""
    url = server.start(site_copy)
    page = sw_context.new_page()
    page.goto(url + "tijdlijn/")
    page.wait_for_load_state("networkidle")
    assert "/search/search_index.json" not in server.paths
    with page.expect_response("**/search/search_index.json"):
        page.keyboard.press("/")
    page.locator("input.md-search__input").press_sequentially("ziekte")
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=BOOT_MS)
    assert server.paths.count("/search/search_index.json") == 1

    other = sw_context.new_page()
    with other.expect_response("**/search/search_index.json"):
        other.goto(url + "spoor-1-en-2/?h=ziekte")
