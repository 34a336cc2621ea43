"""Nothing bad stays, and no fault is ours when it is not: a download cut off half-way is never
kept by the service worker, a failed boot forgets the runtime it loaded from the cache, a
damaged memory snapshot is never restored and a restore that hangs is ended, and offline the
calendar asks for a connection instead of blaming us. Real Chromium, the site's own policy in
force (the contexts do not bypass it), one served copy of the build per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, ConsoleMessage, Page, expect
from release_files import boot_wheel, rewrite_in_wheel
from test_site_offline import (
    SNAPSHOT_ENTRIES,
    RecordingServer,
    _controlled_content_page,
    calculate,
    calculator_runtime,
    drive_worker,
    go_offline,
    poll,
    sw_version,
    wait_for_cache,
    wait_ready,
    wait_sw_idle,
)
from test_site_offline import server as server  # the fixtures, for this module too
from test_site_offline import site_copy as site_copy
from test_site_offline import sw_context as sw_context

pytestmark = pytest.mark.browser

BOOT_MS = 90_000
FAILED_BOOT_NL = "De rekenhulp kon niet starten. Laad de pagina opnieuw"
NEEDS_CONNECTION_NL = "Hiervoor is één keer een internetverbinding nodig."


def wait_failed(page: Page) -> None:
    expect(page.locator("[data-rekenhulp]")).to_have_attribute(
        "data-state", "failed", timeout=BOOT_MS
    )


def truncate(path: Path) -> bytes:
    """Cut ``path`` to half its length, as a deploy still uploading leaves it; the old bytes."""
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    for suffix in (".br", ".gz"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return whole


def visit_calculator(context: BrowserContext, server: RecordingServer, site: Path) -> Page:
    """A first visit of the calculator page, until it is ready."""
    page = context.new_page()
    page.goto(server.start(site) + "rekenhulp/")
    wait_ready(page)
    return page


def kept_paths(page: Page) -> set[str]:
    return {
        path
        for paths in page.evaluate(
            """async () => {
                const out = [];
                for (const name of await caches.keys())
                    out.push((await (await caches.open(name)).keys())
                        .map((r) => new URL(r.url).pathname));
                return out;
            }"""
        )
        for path in paths
    }


# ----- a bad download ----------------------------------------------------------------------------


def test_a_download_cut_off_half_way_is_never_kept(
    sw_context: BrowserContext, server: RecordingServer, site_copy: Path
) -> None:
    """The host serves half of the calculator wheel once (a deploy still uploading). The service
    worker fetches the runtime on intent and again for the calculator's worker: it passes the
    bad copy on, keeps none, and once the host is fixed the calculator works. The page does not
    blame the browser."""
    wheel = boot_wheel(site_copy)
    path = "/wheels/" + wheel.name
    whole = truncate(wheel)
    url = server.start(site_copy)
    page = _controlled_content_page(sw_context, url)
    page.locator('.md-nav a[href$="rekenhulp/"]').first.hover()  # intent: fetch the runtime
    others = [p for p in calculator_runtime(site_copy) if p != path]
    wait_for_cache(page, sw_version(site_copy), others)
    wait_sw_idle(page)
    assert path in server.paths and path not in kept_paths(page)

    page.goto(url + "rekenhulp/")  # the worker asks the service worker, which asks the host
    wait_failed(page)
    fallback = page.locator(".rh-fallback")
    expect(fallback).to_contain_text(FAILED_BOOT_NL)
    expect(fallback).not_to_contain_text("browser")
    wait_sw_idle(page)
    assert path not in kept_paths(page)

    wheel.write_bytes(whole)  # the host is fixed
    page.reload()
    wait_ready(page)
    calculate(page)
    wait_for_cache(page, sw_version(site_copy), calculator_runtime(site_copy))


def test_a_failed_boot_forgets_what_it_loaded_from_the_cache(
    sw_context: BrowserContext, server: RecordingServer, site_copy: Path
) -> None:
    """Should a bad copy be kept all the same (here the test puts one in the cache), the boot
    that fails on it deletes the runtime from the cache before it says so: a reload fetches the
    host's files and works, instead of failing until the next release."""
    page = visit_calculator(sw_context, server, site_copy)
    version = sw_version(site_copy)
    wait_for_cache(page, version, calculator_runtime(site_copy))
    path = "/wheels/" + boot_wheel(site_copy).name
    page.evaluate(
        """async ([name, path]) => {
            const cache = await caches.open(name);
            const bytes = await (await cache.match(path)).arrayBuffer();
            await cache.put(path, new Response(bytes.slice(0, bytes.byteLength >> 1)));
        }""",
        [f"spoorwijzer-{version}", path],
    )
    page.reload()
    wait_failed(page)
    expect(page.locator(".rh-fallback")).to_contain_text(FAILED_BOOT_NL)
    runtime = [p for p in kept_paths(page) if p.startswith(("/pyodide/", "/wheels/"))]
    assert runtime == []
    page.reload()
    wait_ready(page)
    calculate(page)


# ----- a damaged snapshot ------------------------------------------------------------------------

#: Damage the kept snapshot: one byte of its stored digest ("digest"), or one byte of the memory
#: it holds, in its last kept page ("memory"). Either way the digest no longer fits.
DAMAGE_SNAPSHOT = """async (where) => {
    for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const key of await cache.keys()) {
            if (!key.url.includes("/.snapshot/")) continue;
            const bytes = new Uint8Array(await (await cache.match(key)).arrayBuffer());
            const at = where === "digest" ? 8 : bytes.length - 100;
            bytes[at] ^= 0xff;
            await cache.put(key, new Response(bytes));
            return true;
        }
    }
    return false;
}"""


def wait_snapshot_kept(page: Page) -> None:
    poll(page, "async () => (" + SNAPSHOT_ENTRIES + ")().then((names) => names.length === 1)")


@pytest.mark.parametrize("where", ["digest", "memory"])
def test_a_damaged_snapshot_is_never_restored(
    sw_context: BrowserContext, server: RecordingServer, site_copy: Path, where: str
) -> None:
    """The snapshot carries the SHA-256 of its contents, checked before Pyodide sees a byte
    of it: damaged, it is dropped and the worker boots normally and keeps a new one."""
    page = visit_calculator(sw_context, server, site_copy)
    wait_snapshot_kept(page)
    assert page.evaluate(DAMAGE_SNAPSHOT, where) is True
    messages = drive_worker(page)
    assert messages["ready"]["snapshot"] is False
    assert messages["snapshot"]["kept"] is True
    assert drive_worker(page)["ready"]["snapshot"] is True  # the new one is whole


#: The request worker.mjs's restore check sends (CHECK); the planted fault answers it never.
RESTORE_CHECK = {
    "action": "calculate",
    "today": "2026-11-23",
    "case": {"periods": [{"start": "2026-01-05"}]},
}
HANG_ON_CHECK = f"""

_handle = handle


def handle(text):  # planted by the test: the restore check of a snapshot never ends
    import json

    try:
        check = json.loads(text) == {RESTORE_CHECK!r}
    except Exception:
        check = False
    while check:
        pass
    return _handle(text)
"""


def test_a_restore_that_hangs_is_ended_and_the_worker_boots_normally(
    sw_context: BrowserContext, server: RecordingServer, site_copy: Path
) -> None:
    """A snapshot whose restore never ends (here a planted fault: the restored calculator
    loops at full CPU on the worker's check; a damaged snapshot did the same) is ended by the
    page after its deadline: the worker is stopped, the snapshot deleted, and a new worker
    boots normally. The visitor gets the calculator, a few seconds late."""
    rewrite_in_wheel(site_copy, "calculator/boundary.py", lambda text: text + HANG_ON_CHECK)
    page = visit_calculator(sw_context, server, site_copy)
    calculate(page)  # the fault leaves every other request alone
    wait_snapshot_kept(page)

    workers: list[str] = []
    page.on("worker", lambda worker: workers.append(worker.url))
    page.reload()
    wait_ready(page)
    calculate(page)
    # the stuck worker, then the one that booted normally (one only: RESTORE_CHECK is no
    # longer worker.mjs's CHECK, and the fault no longer hangs the restore)
    assert len([w for w in workers if w.endswith("/worker.mjs")]) == 2, workers


# ----- offline ---------------------------------------------------------------------------------


def test_the_calendar_offline_asks_for_a_connection_once(
    sw_context: BrowserContext, server: RecordingServer, site_copy: Path
) -> None:
    """The calendar's wheels load the first time a calendar is asked for. Offline before that,
    "Zet in mijn agenda" says a connection is needed once, not that something went wrong on our
    side; online it works, and from then on offline too."""
    page = visit_calculator(sw_context, server, site_copy)
    url = server.url
    wait_for_cache(page, sw_version(site_copy), ["/rekenhulp/", *calculator_runtime(site_copy)])
    wait_sw_idle(page)

    go_offline(sw_context, server)
    page.reload()
    wait_ready(page)
    calculate(page)
    calendar = page.get_by_role("button", name="Zet in mijn agenda")
    calendar.click()
    summary = page.locator(".rh-error-summary")
    expect(summary).to_have_attribute("data-error", "connection", timeout=BOOT_MS)
    expect(summary).to_contain_text(NEEDS_CONNECTION_NL)
    expect(summary).not_to_contain_text("aan onze kant")
    expect(page.get_by_label("Dag", exact=True).first).to_have_value("5")  # the form stays

    sw_context.set_offline(False)
    assert server.start(site_copy) == url
    with page.expect_download(timeout=BOOT_MS) as download:
        calendar.click()
    assert download.value.suggested_filename.endswith(".ics")
    wait_for_cache(page, sw_version(site_copy), calculator_runtime(site_copy, "ics"))

    go_offline(sw_context, server)
    page.reload()
    wait_ready(page)
    calculate(page)
    with page.expect_download(timeout=BOOT_MS) as download:
        page.get_by_role("button", name="Zet in mijn agenda").click()
    assert download.value.suggested_filename.endswith(".ics")


@pytest.fixture
def console(sw_context: BrowserContext) -> Iterator[list[str]]:
    """Every console message of the context's pages."""
    seen: list[str] = []

    def record(message: ConsoleMessage) -> None:
        seen.append(f"{message.type}: {message.text}")

    sw_context.on("console", record)
    yield seen


def test_the_offline_page_says_nothing_of_its_policy(
    sw_context: BrowserContext, server: RecordingServer, site_copy: Path, console: list[str]
) -> None:
    """The service worker's offline page has the site's policy as a header (with
    frame-ancestors) and in its meta tag without it: a meta tag cannot carry frame-ancestors,
    and Chromium says so in the console."""
    url = server.start(site_copy)
    page = _controlled_content_page(sw_context, url)
    wait_sw_idle(page)
    go_offline(sw_context, server)
    console.clear()
    response = page.goto(url + "loonsanctie/")
    assert response is not None and response.status == 503
    expect(page.locator("[data-sw-offline] h1")).to_have_text("Je bent offline")
    policy = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
    assert policy and "frame-ancestors" not in policy
    assert "frame-ancestors 'self'" in (response.headers.get("content-security-policy") or "")
    page.evaluate("new Promise((done) => requestAnimationFrame(() => setTimeout(done)))")
    # (Offline, Chromium also logs the page's own 503 and the favicon it could not fetch.)
    assert [m for m in console if "Content Security Policy" in m] == [], console
