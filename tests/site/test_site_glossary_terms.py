"""Glossary terms (site_config/glossary.toml) in the pages: a term is marked once per page and
never inside links or headings, and in real Chromium it explains itself on keyboard focus, on
tap and on hover, with nothing for axe-core to find while it is open.

Build-level tests read the HTML of the strict build; browser tests run real Chromium
against it.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from look_pages import article, axe_report, html_of
from playwright.sync_api import Browser, Page, expect

from site_config.markers import glossary


def definition(term: str, lang: str) -> str:
    found = [t for t in glossary.load_glossary() if t.term == term]
    assert found, f"{term!r} is not in the glossary"
    return " ".join(found[0].text(lang).split())


# ----- glossary terms ------------------------------------------------------------------------

ABBR = re.compile(r"<abbr\b([^>]*)>(.*?)</abbr>", re.S)
TITLE = re.compile(r'title="([^"]*)"')


def test_a_term_is_marked_once_per_page_and_never_inside_links_or_headings(
    site_dir: Path, pages: list[str]
) -> None:
    problems, marked = [], 0
    for path in pages:
        html = html_of(site_dir, path)
        titles = Counter(TITLE.search(attrs).group(1) for attrs, _ in ABBR.findall(html))
        problems += [f"{path}: {n} x {t[:40]!r}" for t, n in titles.items() if n > 1]
        problems += [
            f"{path}: abbr without sw-term" for a, _ in ABBR.findall(html) if "sw-term" not in a
        ]
        for zone in re.finditer(r"<(a|h[1-6]|summary)\b[^>]*>.*?</\1>", html, re.S):
            if "<abbr" in zone.group(0):
                problems.append(f"{path}: a term inside <{zone.group(1)}>")
        marked += sum(titles.values())
    assert problems == []
    assert marked > 100, "hardly any glossary term is marked any more"


def test_the_timeline_marks_a_term_that_it_uses_several_times_once(site_dir: Path) -> None:
    text = article(html_of(site_dir, "tijdlijn/"))
    plain = re.sub(r"<[^>]+>", "", text)
    assert plain.count("eerste ziektedag") >= 3
    title = definition("eerste ziektedag", "nl")
    assert text.count(f'title="{title}"') == 1


def test_mark_first_terms_keeps_one_mark_per_explanation() -> None:
    html = (
        '<h2>De <abbr title="A">arts</abbr></h2>'
        '<p><a href="x">de <abbr title="A">arts</abbr></a> en de <abbr title="A">artsen</abbr>,'
        ' de <abbr title="B">wet</abbr>, weer de <abbr title="A">arts</abbr>.</p>'
        '<details><summary><abbr title="C">term</abbr></summary><abbr title="C">term</abbr>'
        "</details>"
    )
    assert glossary.mark_first_terms(html) == (
        "<h2>De arts</h2>"
        '<p><a href="x">de arts</a> en de <abbr class="sw-term" title="A">artsen</abbr>,'
        ' de <abbr class="sw-term" title="B">wet</abbr>, weer de arts.</p>'
        '<details><summary>term</summary><abbr class="sw-term" title="C">term</abbr>'
        "</details>"
    )


# ----- glossary terms in the browser -----------------------------------------------------


def first_term(page: Page) -> Any:
    return page.locator("article abbr.sw-term").first


@pytest.mark.browser
def test_a_term_explains_itself_on_keyboard_focus(page: Page) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("tijdlijn/")
    term = first_term(page)
    expect(term).to_have_text("eerste ziektedag")
    explanation = definition("eerste ziektedag", "nl")
    tip = page.locator(f"#{term.get_attribute('aria-describedby')}")
    expect(tip).to_be_hidden()
    # from the page's title, Tab goes to the first thing one can act on in the text
    page.locator("article h1").click()
    for _ in range(10):
        page.keyboard.press("Tab")
        if term.evaluate("(el) => el === document.activeElement"):
            break
    expect(term).to_be_focused()
    expect(tip).to_be_visible()
    expect(tip).to_have_text(explanation)
    expect(tip).to_have_attribute("role", "tooltip")
    expect(term).to_have_accessible_description(explanation)
    assert term.get_attribute("title") is None  # no second, native tooltip
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    expect(term).to_be_focused()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    expect(tip).to_be_visible()
    page.keyboard.press("Tab")
    expect(tip).to_be_hidden()


@pytest.mark.browser
@pytest.mark.parametrize("width", [320, 390])
def test_a_term_explains_itself_on_tap(browser: Browser, base_url: str, width: int) -> None:
    context = browser.new_context(
        base_url=base_url,
        viewport={"width": width, "height": 700},
        has_touch=True,
        is_mobile=True,
        bypass_csp=True,
    )
    try:
        page = context.new_page()
        page.goto("en/tijdlijn/")
        term = first_term(page)
        tip = page.locator(f"#{term.get_attribute('aria-describedby')}")
        term.tap()
        expect(tip).to_be_visible()
        expect(tip).to_have_text(definition("eerste ziektedag", "en"))
        box = tip.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= width
        assert box["y"] + box["height"] <= 700
        page.locator("article h1").tap()
        expect(tip).to_be_hidden()
    finally:
        context.close()


@pytest.mark.browser
def test_a_term_explains_itself_on_hover_and_stays_while_the_pointer_is_on_it(
    page: Page,
) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("tijdlijn/")
    term = first_term(page)
    tip = page.locator(f"#{term.get_attribute('aria-describedby')}")
    term.hover()
    expect(tip).to_be_visible()
    tip.hover()
    expect(tip).to_be_visible()
    page.locator("article h1").hover()
    expect(tip).to_be_hidden()


@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 1280])
def test_axe_finds_nothing_with_a_term_open(page: Page, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    page.goto("tijdlijn/")
    first_term(page).focus()
    expect(page.locator(".sw-tip:not([hidden])")).to_have_count(1)
    assert axe_report(page) == ""
