"""Content that fits a phone: every cell of a generated table carries its column label, no
page scrolls sideways at 320 px, the tables stay tables on a wide screen, and axe-core finds
nothing in the stacked tables.

Build-level tests read the HTML of the strict build; browser tests run real Chromium
against it.
"""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from look_pages import axe_report, html_of
from playwright.sync_api import Page, expect

#: Pages with the tables the markers write: timeline, worked examples, law changes, link keys.
TABLE_PAGES = ["tijdlijn/", "voorbeelden/", "wetswijzigingen/", "bureaus/"]


# ----- the generated tables ------------------------------------------------------------------


class TableReader(HTMLParser):
    """The column headers and each body row's data-label values of every table.sw-stack."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[dict[str, Any]] = []
        self.inside = False
        self.in_th = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table" and "sw-stack" in (a.get("class") or "").split():
            self.tables.append({"head": [], "rows": []})
            self.inside = True
        elif not self.inside:
            return
        elif tag == "th":
            self.in_th = True
            self.tables[-1]["head"].append("")
        elif tag == "tr" and a.get("role") == "row" and self.tables[-1]["head"]:
            self.tables[-1]["rows"].append([])
        elif tag == "td":
            self.tables[-1]["rows"][-1].append(a.get("data-label"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "th":
            self.in_th = False
        elif tag == "table":
            self.inside = False

    def handle_data(self, data: str) -> None:
        if self.in_th and self.tables:
            self.tables[-1]["head"][-1] += data


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_generated_table_cell_carries_its_column_label(site_dir: Path, lang: str) -> None:
    seen = 0
    for path in TABLE_PAGES:
        reader = TableReader()
        reader.feed(html_of(site_dir, ("en/" if lang == "en" else "") + path))
        assert reader.tables, f"no generated table on {path}"
        for table in reader.tables:
            head = [unescape(text.strip()) for text in table["head"]]
            assert table["rows"], f"{path}: a table without rows"
            for row in table["rows"]:
                assert row == head, f"{path}: cells {row} under columns {head}"
                seen += 1
    assert seen > 50


# ----- phones: no sideways scrolling ---------------------------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("path", TABLE_PAGES)
def test_the_table_pages_do_not_scroll_sideways_at_320_px(page: Page, path: str, lang: str) -> None:
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(("en/" if lang == "en" else "") + path)
    widths = page.evaluate(
        "[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]"
    )
    assert widths[0] <= widths[1], f"{path} is {widths[0]} px wide at 320 px"
    # the rows are stacked, each value with its column's label before it
    cell = page.locator("table.sw-stack tbody td").first
    label = cell.get_attribute("data-label")
    assert label
    shown = cell.evaluate("(td) => getComputedStyle(td, '::before').content")
    assert label in shown
    assert cell.evaluate("(td) => getComputedStyle(td.parentElement).display") == "block"


@pytest.mark.browser
def test_no_page_scrolls_sideways_at_320_px(page: Page, pages: list[str]) -> None:
    page.set_viewport_size({"width": 320, "height": 640})
    wide = {}
    for path in pages:
        page.goto(path.lstrip("/") or "./")
        width = page.evaluate("document.scrollingElement.scrollWidth")
        if width > 320:
            wide[path] = width
    assert wide == {}


@pytest.mark.browser
def test_the_tables_stay_tables_on_a_wide_screen(page: Page) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("tijdlijn/")
    table = page.locator("table.sw-timeline")
    assert table.evaluate("(t) => getComputedStyle(t).display") == "table"
    expect(table.locator("thead")).to_be_visible()


@pytest.mark.browser
@pytest.mark.parametrize(("path", "width"), [("tijdlijn/", 320), ("en/voorbeelden/", 320)])
def test_axe_finds_nothing_in_the_stacked_tables(page: Page, path: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 640})
    page.goto(path)
    assert axe_report(page) == ""
