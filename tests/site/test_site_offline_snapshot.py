"""The memory snapshot in real Chromium: a second visit boots Python from the snapshot the
calculator's worker kept in the service worker's cache, falls back to a normal boot when the
kept one does not fit, and the snapshot never holds what the visitor typed. One served copy
of the build per test (offline_site.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from offline_site import (
    PA_TITLE_NL,
    SNAPSHOT_ENTRIES,
    RecordingServer,
    _controlled_content_page,
    calculate,
    drive_worker,
    pa_title,
    poll,
    sw_version,
    wait_ready,
    wait_sw_idle,
)
from offline_site import server as server  # the fixtures, for this module
from offline_site import site_copy as site_copy
from offline_site import sw_context as sw_context
from playwright.sync_api import BrowserContext

pytestmark = pytest.mark.browser


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
