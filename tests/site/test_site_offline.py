"""The service worker (site/sw.js) in real Chromium: every file crosses the network once,
offline after one visit, a new release replaces the cache on the next visit, and a page not
kept offline shows the site's own offline page. Content pages and the runtime:
test_site_offline_intent.py; the memory snapshot: test_site_offline_snapshot.py; the served
copies and helpers: offline_site.py.
"""

from __future__ import annotations

import collections
import re
import shutil
from pathlib import Path

import pytest
from offline_site import (
    MARKER,
    NEW_PA_TITLE_NL,
    PA_TITLE_NL,
    RecordingServer,
    cache_contents,
    calculate,
    calculator_runtime,
    go_offline,
    make_release_2,
    pa_title,
    save_calendar,
    served_by_service_worker,
    sw_version,
    wait_for_cache,
    wait_ready,
    wait_sw_idle,
)

# test_site_integrity.py imports these four from here.
from offline_site import SNAPSHOT_ENTRIES as SNAPSHOT_ENTRIES
from offline_site import _controlled_content_page as _controlled_content_page
from offline_site import drive_worker as drive_worker
from offline_site import poll as poll
from offline_site import server as server  # the fixtures, for this module
from offline_site import site_copy as site_copy
from offline_site import sw_context as sw_context
from playwright.sync_api import BrowserContext, expect

pytestmark = pytest.mark.browser


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
