"""Pages of the reader tests with the site's Content-Security-Policy in force (pytest-playwright's
contexts bypass it): ``new_context`` and ``page_on``, the ``context`` and ``csp_page``
fixtures that replace pytest-playwright's in the modules that import them, and the steps to a
result on a fixed day.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

BOOT_MS = 90_000
TODAY = "2026-12-07"
#: Day 1 Monday 19 October 2026: on 7 December the probleemanalyse (due Sunday 29 November,
#: the end of week 6) is 8 days overdue.
LATE = "v=1&ziek=2026-10-19"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


def new_context(browser: Browser, site_url: str, **options: Any) -> BrowserContext:
    """A context with the pages' own CSP in force (unlike pytest-playwright's default)."""
    options.setdefault("viewport", DESKTOP)
    options.setdefault("locale", "nl-NL")
    return browser.new_context(base_url=site_url, bypass_csp=False, **options)


def page_on(browser: Browser, site_url: str, today: str = TODAY, **options: Any) -> Page:
    """A page in a new context (CSP in force) whose calculator's "today" is ``today``; close
    it with ``page.context.close()``."""
    page = new_context(browser, site_url, **options).new_page()
    page.add_init_script(f"window.SPOORWIJZER_TODAY = {today!r};")
    return page


@pytest.fixture(name="context")
def csp_context(browser: Browser, site_url: str) -> Iterator[BrowserContext]:
    context = new_context(browser, site_url)
    yield context
    context.close()


@pytest.fixture(name="csp_page")
def csp_page_on_today(context: BrowserContext) -> Page:
    page = context.new_page()
    page.add_init_script(f"window.SPOORWIJZER_TODAY = {TODAY!r};")
    return page


def open_result(page: Page, fragment: str, path: str = "rekenhulp/") -> None:
    page.goto(f"{path}#{fragment}")
    expect(page.locator("[data-now]")).to_be_visible(timeout=BOOT_MS)


def wait_ready(page: Page) -> None:
    expect(page.locator("[data-rekenhulp]")).to_have_attribute(
        "data-state", "ready", timeout=BOOT_MS
    )
