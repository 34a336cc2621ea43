"""The service worker tests' own served copies of the build, and their helpers
(test_site_offline.py, test_site_offline_intent.py, test_site_offline_snapshot.py,
test_site_integrity.py).

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

from site_config.hooks.offline import runtime_paths
from site_config.serve import Handler, Server

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


def _controlled_content_page(context: BrowserContext, url: str) -> Page:
    """A content page under an active service worker, the pointer away from every link."""
    page = context.new_page()
    page.goto(url + "tijdlijn/")
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.goto(url + "spoor-1-en-2/")
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=10_000)
    return page


# ----- memory snapshot --------------------------------------------------------------------

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
