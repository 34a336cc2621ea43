"""Chromium against the built site: accessibility and the language switch.

That content pages load nothing of the runtime is proven with the service worker in play, in
test_site_offline_intent.py (``test_content_pages_never_load_the_runtime_without_intent``)."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page
from sitepages import nav_pages, page_path

pytestmark = pytest.mark.browser


def visit(page: Page, url: str) -> None:
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")


def axe_report(page: Page, url: str) -> str:
    visit(page, url)
    results = Axe().run(page)
    return results.generate_report() if results.violations_count else ""


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", nav_pages())
def test_page_has_no_axe_violations(page: Page, site_url: str, name: str, lang: str) -> None:
    report = axe_report(page, urljoin(site_url, page_path(name, lang)))
    assert not report, f"axe violations on {page_path(name, lang)}:\n{report}"


def test_pages_outside_the_nav_have_no_axe_violations(
    page: Page, site_url: str, pages: list[str]
) -> None:
    in_nav = {page_path(name, lang) for name in nav_pages() for lang in ("nl", "en")}
    reports = [
        f"--- {path}\n{report}"
        for path in pages
        if path not in in_nav
        if (report := axe_report(page, urljoin(site_url, path)))
    ]
    assert not reports, "axe violations:\n" + "\n".join(reports)


@pytest.mark.parametrize(
    ("name", "lang", "other"),
    [
        ("tijdlijn", "nl", "en"),
        ("tijdlijn", "en", "nl"),
        ("index", "nl", "en"),
        ("loonsanctie", "en", "nl"),
    ],
)
def test_language_switch_opens_the_same_page(
    page: Page, site_url: str, name: str, lang: str, other: str
) -> None:
    visit(page, urljoin(site_url, page_path(name, lang)))
    page.locator(".md-header__option .md-select").first.hover()
    link = page.locator(f'a.md-select__link[hreflang="{other}"]')
    link.click()
    page.wait_for_load_state("load")
    assert urlsplit(page.url).path == page_path(name, other)
    assert page.locator("html").get_attribute("lang") == other
