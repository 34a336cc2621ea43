"""The service worker (site/sw.js) in real Chromium: offline after one visit, a new release
replaces the cache on the next visit, and content pages never load the runtime through it.

Each test serves its own copy of the built site with ``site_config.serve`` and records which
paths the server was asked for, so "offline" and "no runtime" are checked at the server too,
not only through the browser's own events. Going offline means both
``context.set_offline(True)`` and stopping the server.
"""

from __future__ import annotations

import functools
import json
import re
import shutil
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect
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
        self.port = 0
        self._server: Server | None = None
        self._thread: threading.Thread | None = None

    def start(self, directory: Path) -> str:
        paths = self.paths

        class Recording(Handler):
            def log_request(self, code: Any = "-", size: Any = "-") -> None:
                paths.append(self.path.split("?")[0])

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


def wait_for_cache(page: Page, version: str, paths: list[str], timeout_s: float = 60) -> None:
    """Wait until the cache of ``version`` holds every path (and no other version's cache)."""
    name = f"spoorwijzer-{version}"
    wanted = sorted(paths)
    page.wait_for_function(
        """([name, wanted]) => caches.keys().then(async (keys) => {
            if (keys.length !== 1 || keys[0] !== name) return false;
            const have = new Set((await (await caches.open(name)).keys())
                .map((r) => new URL(r.url).pathname));
            return wanted.every((p) => have.has(p));
        })""",
        arg=[name, wanted],
        timeout=timeout_s * 1000,
        polling=250,
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


def calculator_runtime(site: Path) -> list[str]:
    return ["/" + p for p in runtime_paths(site)]


def make_release_2(release_1: Path, target: Path) -> str:
    """A copy of release 1 with a new version, a visible marker on the calculator page and
    a changed rules table (another title of the probleemanalyse) inside the calculator wheel."""
    shutil.copytree(release_1, target)
    version = "release-2-" + sw_version(release_1)[:8]
    sw = target / "sw.js"
    sw.write_text(sw.read_text("utf-8").replace(sw_version(release_1), version), "utf-8")
    (target / "version.json").write_text(json.dumps({"version": version}), "utf-8")
    for encoded in (target / "sw.js.br", target / "sw.js.gz"):
        encoded.unlink(missing_ok=True)
    page = target / "rekenhulp" / "index.html"
    html = page.read_text("utf-8")
    html, count = re.subn(r"(<h1[^>]*>)", rf"\1{MARKER} ", html, count=1)
    assert count == 1
    page.write_text(html, "utf-8")
    for encoded in (page.with_name("index.html.br"), page.with_name("index.html.gz")):
        encoded.unlink(missing_ok=True)
    manifest = json.loads((target / "wheels" / "manifest.json").read_text("utf-8"))
    wheel = target / "wheels" / manifest["boot"][0]
    rewritten = wheel.with_suffix(".tmp")
    changed = 0
    with zipfile.ZipFile(wheel) as source, zipfile.ZipFile(rewritten, "w") as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "calculator/rules.py":
                text = data.decode("utf-8")
                changed = text.count(f'"{PA_TITLE_NL}"')
                data = text.replace(f'"{PA_TITLE_NL}"', f'"{NEW_PA_TITLE_NL}"').encode()
            out.writestr(item, data)
    assert changed == 1, "the test's rules change no longer applies: update PA_TITLE_NL"
    rewritten.replace(wheel)
    for encoded in (wheel.with_name(wheel.name + ".br"), wheel.with_name(wheel.name + ".gz")):
        encoded.unlink(missing_ok=True)
    return version


# ----- tests -------------------------------------------------------------------------------


def test_the_calculator_works_offline_after_one_visit(
    sw_context: BrowserContext, server: RecordingServer, site_copy: Path
) -> None:
    url = server.start(site_copy)
    page = sw_context.new_page()
    page.goto(url + "rekenhulp/")
    wait_ready(page)
    wait_for_cache(page, sw_version(site_copy), ["/rekenhulp/", *calculator_runtime(site_copy)])
    page.goto(url + "tijdlijn/")
    wait_for_cache(page, sw_version(site_copy), ["/tijdlijn/"])

    go_offline(sw_context, server)
    before = len(server.paths)
    page.goto(url + "rekenhulp/")
    assert served_by_service_worker(page)
    wait_ready(page)
    calculate(page)  # a fresh calculation, offline
    assert PA_TITLE_NL in pa_title(page)
    expect(page.locator('[data-milestone="wia_aanvraag"]').first).to_be_visible()
    # The calendar file needs wheels loaded lazily: they were cached on the first visit.
    with page.expect_download(timeout=BOOT_MS) as info:
        page.get_by_role("button", name="Zet in mijn agenda").click()
    assert info.value.suggested_filename.endswith(".ics")
    # A content page visited before is there too.
    page.goto(url + "tijdlijn/")
    expect(page.locator("h1")).to_be_visible()
    assert served_by_service_worker(page)
    assert len(server.paths) == before  # nothing reached a server


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


def test_content_pages_never_load_the_runtime_through_the_service_worker(
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

    # First visits, the worker installing and active: it caches pages, not the runtime.
    visit_all()
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=10_000)
    visit_all()  # now controlled
    # Until the worker has stored every content page and what it fetched has arrived.
    wait_for_cache(page, sw_version(site_copy), content)
    in_flight.wait_until_none()
    cached = [p for paths in cache_contents(page).values() for p in paths]
    assert cached, "the service worker cached nothing"
    runtime = [p for p in cached if p.startswith(("/pyodide/", "/wheels/"))]
    assert runtime == []
    assert server.runtime_requests() == []

    # After the calculator filled the cache, content pages still ask for none of it.
    page.goto(url + "rekenhulp/")
    wait_ready(page)
    wait_for_cache(page, sw_version(site_copy), calculator_runtime(site_copy))
    # Let the calculator's own runtime downloads (the worker's and the service worker's
    # caching of the same files) finish before counting what the content pages ask for.
    in_flight.wait_until_none()
    server.paths.clear()
    seen.clear()
    visit_all()
    in_flight.wait_until_none()  # what the worker fetched for the last page has arrived
    assert server.runtime_requests() == []
    assert [u for u in seen if "/pyodide/" in u or "/wheels/" in u] == []
