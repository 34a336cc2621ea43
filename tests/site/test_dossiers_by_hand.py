"""The English page "Meerdere dossiers" (/en/dossiers/) in real Chromium, against the strict
build, with the site's Content-Security-Policy in force: a case added by hand (an error
first), changed, opened in the calculator, and the whole list moved through a JSON file; a
long list drawn in parts. Every request of the flow is a static file of the site, nothing is
stored before the visitor asks, and axe finds nothing.

The expected dates are worked out by hand from the rules (calculator/rules.py; the reasoning
is beside each value), for "today" fixed at 2026-11-23 (a Monday).

Run: ``SPOORWIJZER_SITE=site .venv/bin/pytest tests/site/test_dossiers_by_hand.py`` after a
build.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from dossierpages import (
    BOOT_MS,
    DB_NAME,
    Recorder,
    axe_violations,
    databases,
    idle,
    names,
    new_context,
    row_of,
    rows,
    wait_restored,
)
from playwright.sync_api import Browser, Locator, Page, expect

pytestmark = pytest.mark.browser

# ----- the English page: a case by hand, changed, opened, moved as JSON ---------------------


def fill_date(group: Locator, day: str, month: str, year: str) -> None:
    group.get_by_label("Day", exact=True).fill(day)
    group.get_by_label("Month", exact=True).fill(month)
    group.get_by_label("Year", exact=True).fill(year)


def clear_and_read_list(page: Page, saved: dict[str, Any]) -> None:
    """The English page: "Clear everything", then read `saved` as a list file (JSON)."""
    page.get_by_role("button", name="Clear everything").click()
    page.get_by_role("button", name="Yes, clear everything").click()
    expect(rows(page)).to_have_count(0)
    page.get_by_label("Read a list (JSON)", exact=True).set_input_files(
        files=[
            {
                "name": "list.json",
                "mimeType": "application/json",
                "buffer": json.dumps(saved).encode(),
            }
        ]
    )
    page.get_by_role("button", name="Read the list").click()


def test_add_change_open_and_move_a_case(browser: Browser, site_url: str, site_dir: Path) -> None:
    violations: list[str] = []
    context = new_context(browser, site_url, violations)
    recorder = Recorder(context)
    page = context.new_page()
    try:
        page.goto("en/dossiers/")
        wait_restored(page, 0)
        first_day = page.get_by_role("group", name="First sick day", exact=True)

        # A date that does not exist: the error summary, the form keeps what was typed.
        page.get_by_label("Name (just for you)", exact=True).fill("File 17")
        fill_date(first_day, "31", "2", "2026")
        page.get_by_role("button", name="Add the case").click()
        summary = page.locator(".rh-error-summary")
        expect(summary).to_be_focused()
        expect(summary.get_by_role("link")).to_contain_text("first sick day")
        expect(first_day.get_by_label("Day", exact=True)).to_have_value("31")
        expect(rows(page)).to_have_count(0)
        assert not (report_text := axe_violations(page)), report_text

        # Corrected, with an actual date: the case is in the overview.
        fill_date(first_day, "5", "1", "2026")
        page.locator('[data-section="steps"] > summary').click()
        fill_date(
            page.get_by_role("group", name="Date of the problem analysis (probleemanalyse)"),
            "10",
            "2",
            "2026",
        )
        page.get_by_role("button", name="Add the case").click()
        expect(page.get_by_role("status")).to_have_text("“File 17” has been added.")
        expect(rows(page)).to_have_count(1)
        expect(page.get_by_label("Name (just for you)", exact=True)).to_have_value("")
        expect(first_day.get_by_label("Day", exact=True)).to_have_value("")
        row = row_of(page, "File 17")
        expect(row.locator(".dw-regime")).to_have_text("Week 47 of illness out of 104")

        # Changed: a new first sick day (2026-11-02, week 4; the probleemanalyse is due at the
        # end of week 6, 2026-12-13) and no analysis date.
        row.get_by_role("button", name="File 17").click()
        page.get_by_role("button", name="Change File 17").click()
        expect(page.get_by_role("heading", name="Change “File 17”")).to_be_focused()
        expect(first_day.get_by_label("Day", exact=True)).to_have_value("5")
        fill_date(first_day, "2", "11", "2026")
        fill_date(
            page.get_by_role("group", name="Date of the problem analysis (probleemanalyse)"),
            "",
            "",
            "",
        )
        page.get_by_role("button", name="Save the change").click()
        expect(page.get_by_role("status")).to_have_text("“File 17” has been changed.")
        expect(rows(page)).to_have_count(1)
        expect(row.locator(".dw-regime")).to_have_text("Week 4 of illness out of 104")
        expect(row.locator("[data-next] time")).to_have_attribute("datetime", "2026-12-13")

        # From its details (still open after the change) the case opens in the calculator's
        # result, in a new tab.
        expect(row.get_by_role("button", name="File 17")).to_have_attribute("aria-expanded", "true")
        link = page.locator("[data-details]").get_by_role("link")
        href = link.get_attribute("href") or ""
        assert href.startswith(f"{site_url}en/rekenhulp/#v=1&ziek=2026-11-02"), href
        with context.expect_page() as opened:
            link.click()
        calculator = opened.value
        expect(calculator.locator(".rh-result")).to_be_visible(timeout=BOOT_MS)
        expect(
            calculator.locator(
                '[data-milestone="probleemanalyse"] time[datetime="2026-12-13"]'
            ).first
        ).to_be_attached()
        calculator.close()

        # The list as a file, cleared, read back (with a case Python refuses).
        with page.expect_download() as download:
            page.get_by_role("button", name="Save the list as a file (JSON)").click()
        saved = json.loads(Path(download.value.path()).read_text("utf-8"))
        assert saved["format"] == "spoorwijzer-dossiers"
        assert [item["label"] for item in saved["cases"]] == ["File 17"]
        assert saved["cases"][0]["case"]["periods"] == [{"start": "2026-11-02", "end": None}]
        saved["cases"].append({"label": "Broken", "case": {"periods": [{"start": "2026-13-01"}]}})
        clear_and_read_list(page, saved)
        report = page.locator("[data-report]")
        expect(report.get_by_role("heading")).to_have_text("1 case could not be read")
        expect(report.locator("tbody tr th")).to_have_text("2")
        expect(report.locator("tbody tr td").first).to_have_text("Broken")
        expect(rows(page)).to_have_count(1)
        expect(row_of(page, "File 17").locator("[data-next] time")).to_have_attribute(
            "datetime", "2026-12-13"
        )

        # A long list: 60 cases, the first 50 drawn (PAGE_ROWS), the rest on request; the
        # keyboard goes on at the first new row; a new order starts at the top again; on
        # paper every case.
        case = saved["cases"][0]["case"]
        cases = [{"label": f"Case {n:02d}", "case": case} for n in range(1, 61)]
        clear_and_read_list(page, {**saved, "cases": cases})
        idle(page)
        expect(rows(page)).to_have_count(50)
        caption = page.locator(".dw-caption")
        expect(caption).to_have_text("Cases: 60 of 60, the first 50 below")
        more = page.get_by_role("button", name="Show 10 more cases (10 not shown)")
        more.click()
        expect(rows(page)).to_have_count(60)
        expect(rows(page).nth(50).locator(".dw-name-button")).to_be_focused()
        expect(page.get_by_role("status")).to_have_text("60 of 60 cases shown.")
        expect(more).to_be_hidden()
        expect(caption).to_have_text("Cases: 60 of 60")
        page.get_by_role("button", name=re.compile("^Name")).click()
        expect(rows(page)).to_have_count(50)
        assert names(page)[:2] == ["Case 01", "Case 02"]
        page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
        expect(rows(page)).to_have_count(60)
        assert not (report_text := axe_violations(page)), report_text
        assert DB_NAME not in databases(page), "nothing was kept: nothing is stored"

        page.wait_for_load_state("networkidle")
        assert recorder.problems(site_url, site_dir) == []
        assert violations == []
    finally:
        context.close()
