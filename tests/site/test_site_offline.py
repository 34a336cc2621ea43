"""The service worker (site/sw.js) in real Chromium: every file crosses the network once,
offline after one visit, a new release replaces the cache on the next visit, content pages
load the runtime only on intent (a pointer over, focus on or touch of a link to the
calculator), and a page not kept offline shows the site's own offline page.

Each test serves its own copy of the built site with ``site_config.serve`` and records which
paths the server was asked for and what it answered, so "once", "offline" and "no runtime"
are checked at the server too, not only through the browser's own events. Going offline
means both ``context.set_offline(True)`` and stopping the server.
"""

from __future__ import annotations

import collections
import functools
import json
import re
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect
from playwright.sync_api import Error as PlaywrightError
from release_files import drop_precompressed, rewrite_in_wheel
from sitepages import is_calculator_page
from waits import RequestsInFlight

from site_config.hooks.offline import runtime_paths
from site_config.serve import Handler, Server

pytestmark = pytest.mark.browser

BOOT_MS = 90_000
TODAY = "2026-11-23"
CASE_START = ("5", "1", "2026")  # first sick day of the examples' continuous case
PA_TITLE_NL = "Probleemanalyse door de bedrijfsarts"
NEW_PA_TITLE_NL = "Probleemanalyse door de bedrijfsarts (release 2)"
MARKER = "Tweede release van de rekenhulp"


class RecordingServer:
    """``site_config.serve`` on one fixed port for any directory, logging request paths."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.answers: list[tuple[str, int]] = []  # (path, status) of every response
        self.port = 0
        self._server: Server | None = None
        self._thread: threading.Thread | None = None

    def start(self, directory: Path) -> str:
        paths, answers = self.paths, self.answers

        class Recording(Handler):
            def log_request(self, code: Any = "-", size: Any = "-") -> None:
                paths.append(self.path.split("?")[0])
                answers.append((self.path.split("?")[0], int(code)))

        handler = functools.partial(Recording, directory=str(directory))
        self._server = Server(("127.0.0.1", self.port), handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self.url

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)

    def runtime_requests(self) -> list[str]:
        return [p for p in self.paths if p.startswith(("/pyodide/", "/wheels/"))]

    def sent(self) -> collections.Counter[str]:
        """How many times the server sent each path with a body (200)."""
        return collections.Counter(path for path, status in self.answers if status == 200)


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    recording = RecordingServer()
    yield recording
    recording.stop()


@pytest.fixture
def site_copy(site_dir: Path, tmp_path: Path) -> Path:
    """A private copy of the build (the tests change files of it)."""
    target = tmp_path / "release-1"
    shutil.copytree(site_dir, target)
    return target


@pytest.fixture
def sw_context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(service_workers="allow", accept_downloads=True)
    context.add_init_script(f"window.SPOORWIJZER_TODAY = {TODAY!r};")
    yield context
    context.close()


# ----- helpers -----------------------------------------------------------------------------


def sw_version(site: Path) -> str:
    return str(json.loads((site / "version.json").read_text("utf-8"))["version"])


def cache_contents(page: Page) -> dict[str, list[str]]:
    """{cache name: [paths]} of every cache of the origin, read through the page."""
    result: dict[str, list[str]] = page.evaluate(
        """async () => {
            const out = {};
            for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                out[name] = (await cache.keys()).map((r) => new URL(r.url).pathname);
            }
            return out;
        }"""
    )
    return result


def poll(page: Page, script: str, arg: object = None, timeout_s: float = 60) -> None:
    """Evaluate the async ``script`` (awaited, unlike a wait_for_function predicate, which
    takes a returned Promise for a truthy answer) every 250 ms until it answers true."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            if page.evaluate(script, arg) is True:
                return
        except PlaywrightError as error:  # a navigation destroyed the context: ask again
            if "context was destroyed" not in str(error):
                raise
        if time.monotonic() > deadline:
            raise TimeoutError(f"not true after {timeout_s} s: {script[:200]}")
        page.wait_for_timeout(250)


def wait_for_cache(page: Page, version: str, paths: list[str], timeout_s: float = 90) -> None:
    """Wait until the cache of ``version`` holds every path (and no other version's cache)."""
    poll(
        page,
        """async ([name, wanted]) => {
            const keys = await caches.keys();
            if (keys.length !== 1 || keys[0] !== name) return false;
            const have = new Set((await (await caches.open(name)).keys())
                .map((r) => new URL(r.url).pathname));
            return wanted.every((p) => have.has(p));
        }""",
        [f"spoorwijzer-{version}", sorted(paths)],
        timeout_s,
    )


def wait_sw_idle(page: Page) -> None:
    """Wait until the service worker has done what pages asked of it so far."""
    page.evaluate(
        """() => navigator.serviceWorker.ready.then((registration) => new Promise((resolve) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(true);
            registration.active.postMessage({type: "idle"}, [channel.port2]);
        }))"""
    )


def wait_ready(page: Page) -> None:
    page.wait_for_function(
        "() => document.querySelector('[data-rekenhulp]')?.dataset.state === 'ready'",
        timeout=BOOT_MS,
    )


def calculate(page: Page) -> None:
    group = page.get_by_role("group", name="Eerste ziektedag", exact=True)
    for label, value in zip(("Dag", "Maand", "Jaar"), CASE_START, strict=True):
        group.get_by_label(label, exact=True).fill(value)
    page.get_by_role("button", name="Bereken de termijnen").click()
    expect(page.locator(".rh-result")).to_be_visible(timeout=BOOT_MS)


def pa_title(page: Page) -> str:
    return page.locator('[data-milestone="probleemanalyse"]').first.inner_text()


def served_by_service_worker(page: Page) -> bool:
    """True when the current document's navigation went through a service worker."""
    return bool(
        page.evaluate(
            "performance.getEntriesByType('navigation')[0].workerStart > 0"
            " && navigator.serviceWorker.controller !== null"
        )
    )


def go_offline(context: BrowserContext, server: RecordingServer) -> None:
    context.set_offline(True)
    server.stop()


def calculator_runtime(site: Path, group: str | None = "boot") -> list[str]:
    """URL paths of the runtime: "boot" (what the first result needs), "ics" or all (None)."""
    return ["/" + p for p in runtime_paths(site, group)]


def save_calendar(page: Page) -> None:
    with page.expect_download(timeout=BOOT_MS) as info:
        page.get_by_role("button", name="Zet in mijn agenda").click()
    assert info.value.suggested_filename.endswith(".ics")


def make_release_2(release_1: Path, target: Path) -> str:
    """A copy of release 1 with a new version, a visible marker on the calculator page and
    a changed rules table (another title of the probleemanalyse) inside the calculator wheel."""
    shutil.copytree(release_1, target)
    version = "release-2-" + sw_version(release_1)[:8]
    sw = target / "sw.js"
    sw.write_text(sw.read_text("utf-8").replace(sw_version(release_1), version), "utf-8")
    (target / "version.json").write_text(json.dumps({"version": version}), "utf-8")
    drop_precompressed(sw)
    page = target / "rekenhulp" / "index.html"
    html = page.read_text("utf-8")
    html, count = re.subn(r"(<h1[^>]*>)", rf"\1{MARKER} ", html, count=1)
    assert count == 1
    page.write_text(html, "utf-8")
    drop_precompressed(page)
    count = 0

    def new_title(text: str) -> str:
        nonlocal count
        count = text.count(f'"{PA_TITLE_NL}"')
        return text.replace(f'"{PA_TITLE_NL}"', f'"{NEW_PA_TITLE_NL}"')

    rewrite_in_wheel(target, "calculator/rules.py", new_title)
    assert count == 1, "the test's rules change no longer applies: update PA_TITLE_NL"
    return version


# ----- tests -------------------------------------------------------------------------------


def test_a_cold_calculator_visit_sends_every_file_once(
    sw_context: BrowserContext, server: RecordingServer, site_copy: Path
) -> None:
    """The service worker keeps what the page has already downloaded (from the
    browser's HTTP cache, no request at all for the runtime; a 304 without a body for the
    page's own files) and nothing is loaded that the first result does not need: no calendar
    wheels, no search index."""
    url = server.start(site_copy)
    page = sw_context.new_page()
    page.goto(url + "rekenhulp/")
    wait_ready(page)
    boot = calculator_runtime(site_copy)
    wait_for_cache(page, sw_version(site_copy), ["/rekenhulp/", *boot])
    calculate(page)

    requested = collections.Counter(server.paths)
    assert {path: requested[path] for path in boot} == dict.fromkeys(boot, 1)
    assert all(status == 200 for path, status in server.answers if path in boot)
    twice = {path: n for path, n in server.sent().items() if n > 1}
    assert twice == {}, f"sent more than once: {twice}"
    assert [p for p in server.paths if p in calculator_runtime(site_copy, "ics")] == []
    assert "/search/search_index.json" not in server.paths


def test_the_calendar_wheels_load_when_asked_for_and_are_kept(
    sw_context: BrowserContext, server: RecordingServer, site_copy: Path
) -> None:
    url = server.start(site_copy)
    page = sw_context.new_page()
    page.goto(url + "rekenhulp/")
    wait_ready(page)
    version = sw_version(site_copy)
    wait_for_cache(page, version, calculator_runtime(site_copy))
    calculate(page)
    ics = calculator_runtime(site_copy, "ics")
    assert not set(ics) & set(server.paths)
    save_calendar(page)
    assert sorted(p for p in server.paths if p in ics) == sorted(ics)  # once each
    # Leaving the page (hidden) lets the service worker keep them, from the HTTP cache.
    page.goto(url + "tijdlijn/")
    wait_for_cache(page, version, ics)
    assert collections.Counter(p for p in server.paths if p in ics) == dict.fromkeys(ics, 1)


def test_the_calculator_works_offline_after_one_visit(
    sw_context: BrowserContext, server: RecordingServer, site_copy: Path
) -> None:
    url = server.start(site_copy)
    page = sw_context.new_page()
    page.goto(url + "rekenhulp/")
    wait_ready(page)
    version = sw_version(site_copy)
    wait_for_cache(page, version, ["/rekenhulp/", *calculator_runtime(site_copy)])
    calculate(page)
    save_calendar(page)  # once online: the calendar's wheels are kept from then on
    page.goto(url + "tijdlijn/")
    # the runtime and the calendar's wheels (the spreadsheet's are only for Meerdere dossiers)
    calendar = calculator_runtime(site_copy, "ics")
    wait_for_cache(page, version, ["/tijdlijn/", *calculator_runtime(site_copy), *calendar])

    go_offline(sw_context, server)
    before = len(server.paths)
    page.goto(url + "rekenhulp/")
    assert served_by_service_worker(page)
    wait_ready(page)
    calculate(page)  # a fresh calculation, offline
    assert PA_TITLE_NL in pa_title(page)
    expect(page.locator('[data-milestone="wia_aanvraag"]').first).to_be_visible()
    save_calendar(page)
    # A content page visited before is there too.
    page.goto(url + "tijdlijn/")
    expect(page.locator("h1")).to_be_visible()
    assert served_by_service_worker(page)
    assert len(server.paths) == before  # nothing reached a server


def test_an_unvisited_page_offline_shows_the_sites_offline_page(
    sw_context: BrowserContext, server: RecordingServer, site_copy: Path
) -> None:
    """The English calculator, never visited, opened offline after a visit
    of the Dutch one: our offline page, in English, with a link to the kept Dutch page."""
    url = server.start(site_copy)
    page = sw_context.new_page()
    page.goto(url + "rekenhulp/")
    wait_ready(page)
    wait_for_cache(page, sw_version(site_copy), ["/rekenhulp/", *calculator_runtime(site_copy)])
    wait_sw_idle(page)  # the page's own files are kept too

    go_offline(sw_context, server)
    response = page.goto(url + "en/rekenhulp/")
    assert response is not None and response.status == 503
    offline = page.locator("[data-sw-offline]")
    expect(offline.get_by_role("heading", level=1)).to_have_text("You are offline")
    assert page.evaluate("document.documentElement.lang") == "en"
    link = offline.get_by_role("link", name=re.compile("Rekenhulp"))
    expect(link).to_have_attribute("href", "/rekenhulp/")
    expect(link).to_have_attribute("hreflang", "nl")
    link.click()
    wait_ready(page)
    calculate(page)
    assert PA_TITLE_NL in pa_title(page)
    # A Dutch page never visited: the offline page in Dutch.
    page.goto(url + "loonsanctie/")
    expect(page.locator("[data-sw-offline] h1")).to_have_text("Je bent offline")


def test_a_new_release_is_picked_up_on_the_next_visit(
    sw_context: BrowserContext, server: RecordingServer, site_copy: Path, tmp_path: Path
) -> None:
    version_1 = sw_version(site_copy)
    version_2 = make_release_2(site_copy, tmp_path / "release-2")
    assert version_2 != version_1

    # Visit 1: release 1 is cached.
    url = server.start(site_copy)
    page = sw_context.new_page()
    page.goto(url + "rekenhulp/")
    wait_ready(page)
    wait_for_cache(page, version_1, ["/rekenhulp/", *calculator_runtime(site_copy)])
    calculate(page)
    assert MARKER not in page.locator("h1").inner_text()
    assert NEW_PA_TITLE_NL not in pa_title(page)

    # The cache is really used: offline, the same old release still works.
    go_offline(sw_context, server)
    page.goto(url + "rekenhulp/")
    assert served_by_service_worker(page)
    wait_ready(page)
    calculate(page)
    assert NEW_PA_TITLE_NL not in pa_title(page)

    # Release 2 on the same origin and port; the next visit shows it and computes with it.
    sw_context.set_offline(False)
    assert server.start(tmp_path / "release-2") == url
    page.goto(url + "rekenhulp/")
    assert served_by_service_worker(page)  # the release-1 worker handled this navigation
    expect(page.locator("h1")).to_contain_text(MARKER)
    wait_ready(page)
    calculate(page)
    assert NEW_PA_TITLE_NL in pa_title(page)

    # The old cache is gone and the new one fills up; offline, release 2 stays.
    wait_for_cache(page, version_2, ["/rekenhulp/", *calculator_runtime(tmp_path / "release-2")])
    assert list(cache_contents(page)) == [f"spoorwijzer-{version_2}"]
    go_offline(sw_context, server)
    page.goto(url + "rekenhulp/")
    expect(page.locator("h1")).to_contain_text(MARKER)
    wait_ready(page)
    calculate(page)
    assert NEW_PA_TITLE_NL in pa_title(page)


def test_an_old_releases_worker_stays_out_of_the_way_after_a_restart(
    sw_context: BrowserContext, server: RecordingServer, site_copy: Path, tmp_path: Path
) -> None:
    """A worker that saw a newer release on the server passes everything through and keeps
    nothing, also after the browser stopped and restarted it (browsers stop idle workers), as
    long as the new worker has not taken over: here the host still serves the old sw.js."""
    version_1 = sw_version(site_copy)
    url = server.start(site_copy)
    page = _controlled_content_page(sw_context, url)
    wait_for_cache(page, version_1, ["/spoor-1-en-2/"])

    release_2 = tmp_path / "release-2"
    make_release_2(site_copy, release_2)
    shutil.copy(site_copy / "sw.js", release_2 / "sw.js")  # a stale copy in front of the host
    server.stop()
    assert server.start(release_2) == url
    page.goto(url + "tijdlijn/")
    wait_sw_idle(page)
    assert list(cache_contents(page)) == [f"spoorwijzer-{version_1}-stale"]

    cdp = sw_context.new_cdp_session(page)
    cdp.send("ServiceWorker.enable")
    cdp.send("ServiceWorker.stopAllWorkers")
    # A request of the page (no navigation) wakes the old worker up again.
    css = page.evaluate("fetch('/assets/spoorwijzer/site.css').then((r) => r.status)")
    assert css == 200
    wait_sw_idle(page)
    assert list(cache_contents(page)) == [f"spoorwijzer-{version_1}-stale"]


def test_content_pages_never_load_the_runtime_without_intent(
    sw_context: BrowserContext, server: RecordingServer, site_copy: Path, pages: list[str]
) -> None:
    url = server.start(site_copy)
    content = [path for path in pages if not is_calculator_page(path)]
    seen: list[str] = []
    sw_context.on("request", lambda request: seen.append(request.url))
    in_flight = RequestsInFlight(sw_context, lambda request_url: request_url.startswith(url))
    page = sw_context.new_page()

    def visit_all() -> None:
        for path in content:
            page.goto(url + path.lstrip("/"))
            page.wait_for_load_state("networkidle")

    # A first visit installs the worker; then every content page, controlled: the worker
    # caches pages, not the runtime.
    page.goto(url + content[0].lstrip("/"))
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")  # installed and active
    visit_all()  # every navigation from here on is controlled
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
    visit_all()
    wait_sw_idle(page)
    in_flight.wait_until_none()  # what the worker fetched for the last page has arrived
    assert server.runtime_requests() == []
    assert [u for u in seen if "/pyodide/" in u or "/wheels/" in u] == []


def _controlled_content_page(context: BrowserContext, url: str) -> Page:
    """A content page under an active service worker, the pointer away from every link."""
    page = context.new_page()
    page.goto(url + "tijdlijn/")
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.goto(url + "spoor-1-en-2/")
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=10_000)
    return page


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


# ----- memory snapshot ----------------------------------------------------------------------

#: Starts worker.mjs directly (as rekenhulp.js does) and returns every message but "progress".
#: mode "wait": ask the request once the snapshot message came (or at once when Python came
#: from a snapshot); "call-first": ask at once, before the worker is even ready, and wait for
#: the snapshot message too.
DRIVE_WORKER = """([mode, request]) => new Promise((resolve, reject) => {
    const worker = new Worker(new URL("/assets/spoorwijzer/worker.mjs", location.href),
                              {type: "module"});
    const seen = [];
    const has = (type) => seen.some((m) => m.type === type);
    const ask = () => worker.postMessage({id: 1, type: "call", request});
    const done = () => { clearTimeout(timer); worker.terminate(); resolve(seen); };
    const timer = setTimeout(done, 120000);
    if (mode === "call-first") ask();
    worker.onerror = (event) => reject(new Error(event.message));
    worker.onmessage = ({data}) => {
        if (data.type === "progress") return;
        seen.push(data);
        if (data.type === "ready" && mode === "wait" && data.snapshot) ask();
        if (data.type === "snapshot" && mode === "wait") ask();
        const restored = seen.some((m) => m.type === "ready" && m.snapshot);
        if (data.type === "fatal" || (has("result") && (restored || has("snapshot")))) done();
    };
})"""

EXAMPLE = json.dumps(
    {"action": "calculate", "today": TODAY, "case": {"periods": [{"start": "2026-01-05"}]}}
)

SNAPSHOT_ENTRIES = """async () => {
    const found = [];
    for (const name of await caches.keys()) {
        for (const r of await (await caches.open(name)).keys()) {
            if (new URL(r.url).pathname.startsWith("/.snapshot/")) found.push(name);
        }
    }
    return found;
}"""


def drive_worker(page: Page, mode: str = "wait", request: str = EXAMPLE) -> dict[str, Any]:
    messages: list[dict[str, Any]] = page.evaluate(DRIVE_WORKER, [mode, request])
    by_type = {m["type"]: m for m in messages}
    result = json.loads(by_type["result"]["response"])
    assert result["ok"], result
    if request == EXAMPLE:
        pa = next(m for m in result["milestones"] if m["id"] == "probleemanalyse")
        assert pa["date"] == "2026-02-15"  # calculator/examples.toml, first case
    return by_type


def test_a_second_visit_boots_from_a_memory_snapshot_and_falls_back_when_it_does_not_fit(
    sw_context: BrowserContext, server: RecordingServer, site_copy: Path
) -> None:
    url = server.start(site_copy)
    page = sw_context.new_page()
    page.goto(url + "rekenhulp/")
    wait_ready(page)
    # The page's worker keeps a snapshot in the release's cache (the visitor typed nothing).
    poll(page, "async () => (" + SNAPSHOT_ENTRIES + ")().then((names) => names.length === 1)")
    assert page.evaluate(SNAPSHOT_ENTRIES) == [f"spoorwijzer-{sw_version(site_copy)}"]

    # A later visit: Python comes from the snapshot and computes as before.
    page.reload()
    wait_ready(page)
    calculate(page)
    assert PA_TITLE_NL in pa_title(page)
    assert drive_worker(page)["ready"]["snapshot"] is True

    # A snapshot that does not fit this runtime (in the kept form, so Pyodide gets it and
    # refuses it), then bytes that are no snapshot at all: each time a normal boot, and a new
    # snapshot replaces the bad one.
    for kept_form in (True, False):
        page.evaluate(PUT_JUNK_SNAPSHOT, kept_form)
        messages = drive_worker(page)
        assert messages["ready"]["snapshot"] is False, kept_form
        assert messages["snapshot"]["kept"] is True
        assert drive_worker(page)["ready"]["snapshot"] is True


#: Replaces the kept snapshot by 1 MiB of sevens: in the kept form of worker.mjs's packPages
#: ("SPWSNAP2", the SHA-256 of the rest, memory length, page size, pages kept, their numbers,
#: the pages), whole, so that it reaches Pyodide, which must refuse it; or as bare bytes, which
#: are no snapshot at all.
PUT_JUNK_SNAPSHOT = """async (keptForm) => {
    const pages = 256, size = 4096, fields = 8 + 32, head = fields + 12;
    let bytes = new Uint8Array(pages * size).fill(7);
    if (keptForm) {
        bytes = new Uint8Array(head + 4 * pages + pages * size).fill(7);
        const view = new DataView(bytes.buffer);
        bytes.set([..."SPWSNAP2"].map((c) => c.charCodeAt(0)));
        view.setUint32(fields, pages * size, true);
        view.setUint32(fields + 4, size, true);
        view.setUint32(fields + 8, pages, true);
        for (let k = 0; k < pages; k++) view.setUint32(head + 4 * k, k, true);
        const digest = await crypto.subtle.digest("SHA-256", bytes.subarray(fields));
        bytes.set(new Uint8Array(digest), 8);
    }
    const [name] = (await caches.keys()).filter((n) => n.startsWith("spoorwijzer-"));
    const cache = await caches.open(name);
    const [key] = (await cache.keys()).filter((r) => r.url.includes("/.snapshot/"));
    await cache.put(key, new Response(bytes));
}"""


def test_the_snapshot_holds_nothing_the_visitor_typed(
    sw_context: BrowserContext, server: RecordingServer, site_copy: Path
) -> None:
    """A snapshot is a copy of Python's memory, kept on the device: it is taken before the
    worker handles any request, so a case sent at once (as a prefilled link does) is not in
    it."""
    url = server.start(site_copy)
    page = _controlled_content_page(sw_context, url)  # the site keeps an offline copy here
    wait_sw_idle(page)
    typed = "2019-11-13"  # a first sick day that appears nowhere in the calculator
    request = json.dumps({"action": "calculate", "case": {"periods": [{"start": typed}]}})
    messages = drive_worker(page, "call-first", request)
    assert messages["ready"]["snapshot"] is False
    assert messages["snapshot"]["kept"] is True
    assert typed in messages["result"]["response"]  # Python did see it
    found = page.evaluate(
        """async (typed) => {
            const response = await caches.match(new URL("/.snapshot/", location.href).href,
                                                 {ignoreSearch: true}) ||
                await (async () => {
                    for (const name of await caches.keys()) {
                        const cache = await caches.open(name);
                        const [key] = (await cache.keys())
                            .filter((r) => r.url.includes("/.snapshot/"));
                        if (key) return cache.match(key);
                    }
                })();
            const bytes = new Uint8Array(await response.arrayBuffer());  // pages, as they were
            const text = new TextDecoder("latin1").decode(bytes);
            return {size: bytes.length, typed: text.includes(typed),
                    known: text.includes("probleemanalyse")};
        }""",
        typed,
    )
    assert found["size"] > 10_000_000 and found["known"]  # really Python's memory
    assert found["typed"] is False
