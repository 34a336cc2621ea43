"""Screenshots of "Meerdere dossiers" (the architecture document's picture, and each state).

Reads a CSV file of 25 dossiers, as an HR officer with 25 employees on sick leave would, on the
built site with "today" fixed to Monday 23 November 2026, and saves what the officer sees:

- ``dossiers-overzicht-1280.png``: the overview at 1280 x 800
(site_config/maintainers/architecture.md);
- with ``--all``, into the same folder: the overview on a phone (390 x 844), a dossier's
  details with "Gedaan op…", the report of rows that could not be read, the question a file
  read again asks, the overview filtered on "te laat", and the print layout.

    .venv/bin/python -m site_config.tools.dossiers_screenshots site site_config/screenshots
    .venv/bin/python -m site_config.tools.dossiers_screenshots site /tmp/shots --all

Not part of the build or the tests: run it when the page's look changes, and look at the
pictures before committing them.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from site_config.serve import start_in_thread

from .bench_dossiers import csv_bytes
from .chromium import CHROMIUM_FLAGS, executable

TODAY = "2026-11-23"
#: Initials, as the page advises (no full names).
NAMES = (
    "A. Bakker", "B. de Boer", "C. Dekker", "D. van Dijk", "E. Jansen", "F. de Jong",
    "G. Kok", "H. Meijer", "I. Mulder", "J. Peters", "K. Smit", "L. de Vries", "M. Visser",
    "N. Vos", "O. de Wit", "P. Bos", "R. Hendriks", "S. Koster", "T. Postma", "U. Schouten",
    "V. Willems", "W. Brouwer", "Y. de Graaf", "Z. Kuipers", "Noël Zoet",
)  # fmt: skip


#: Days ill on TODAY and the one step left unrecorded (None: every step done in time), for
#: a list like the one an HR officer with 25 employees on sick leave keeps: three with a step
#: not marked as done, five with a deadline within 14 days, sixteen on schedule, one recovered.
PLAN: tuple[tuple[int, str | None], ...] = (
    (60, "probleemanalyse"), (170, "plan_van_aanpak"), (320, "ziekmelding_uwv"),
    (30, None), (35, None), (38, None), (285, None), (355, None),
    (7, None), (12, None), (18, None), (56, None), (75, None), (100, None), (130, None),
    (160, None), (190, None), (220, None), (250, None), (420, None), (450, None), (500, None),
    (560, None), (620, None),
)  # fmt: skip


def sample_rows() -> list[dict[str, str]]:
    """The dossiers of PLAN as rows of the Dutch template, in a shuffled order, and one that
    recovered in the spring. Each step due before TODAY is recorded three days before its
    deadline (the calculator says when that is), except the one PLAN leaves out."""
    from calculator.engine import calculate
    from calculator.inputs import STEP_INPUTS
    from calculator.model import read_case

    today = date.fromisoformat(TODAY)
    column = {row.step: row.csv[0] for row in STEP_INPUTS if row.step and row.csv}
    rows = []
    for i, (days, skip) in enumerate(PLAN):
        first = today - timedelta(days=days - 1)
        row = {
            "naam": NAMES[i],
            "personeelsnummer": str(1001 + i),
            "eerste_ziektedag": first.strftime("%d-%m-%Y"),
        }
        actual: dict[str, str] = {}
        for _ in range(6):  # each recorded step can move the next one's deadline
            case = {"periods": [{"start": first.isoformat()}], "actual": dict(actual)}
            schedule = calculate(read_case(case), today)
            due = [
                m for m in schedule.milestones
                if m.id in column and m.id != skip and m.id not in actual and m.date < today
            ]  # fmt: skip
            if not due:
                break
            done = min(due[0].date - timedelta(days=3), today - timedelta(days=1))
            actual[due[0].id] = max(done, first).isoformat()
        for step, day in actual.items():
            row[column[step]] = date.fromisoformat(day).strftime("%d-%m-%Y")
        rows.append(row)
    recovered = today - timedelta(days=240)
    rows.append(
        {
            "naam": NAMES[24],
            "personeelsnummer": "1025",
            "eerste_ziektedag": recovered.strftime("%d-%m-%Y"),
            "laatste_ziektedag": (recovered + timedelta(days=20)).strftime("%d-%m-%Y"),
        }
    )
    order = [
        7,
        2,
        15,
        0,
        21,
        11,
        4,
        18,
        9,
        24,
        13,
        1,
        19,
        6,
        22,
        10,
        3,
        16,
        12,
        23,
        5,
        17,
        8,
        20,
        14,
    ]
    return [rows[k] for k in order]


def sample_csv(rows: list[dict[str, str]]) -> bytes:
    """The rows as Excel on a Dutch PC saves them: ``;``, Windows-1252."""
    return csv_bytes(rows, "cp1252")


def _settle(page: Any) -> None:
    page.evaluate("document.activeElement?.blur()")  # no focus ring in the picture
    page.wait_for_function("() => document.getAnimations().every((a) => a.playState !== 'running')")


def main(argv: list[str] | None = None) -> int:
    from playwright.sync_api import FilePayload, expect, sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument(
        "--all", action="store_true", help="every state, not only the documented one"
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    data = sample_csv(sample_rows())
    url, stop = start_in_thread(args.site, "127.0.0.1")
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=executable(), args=list(CHROMIUM_FLAGS)
            )
            sizes = [(1280, 800), (390, 844)] if args.all else [(1280, 800)]
            for width, height in sizes:
                context = browser.new_context(
                    viewport={"width": width, "height": height}, device_scale_factor=1, base_url=url
                )
                context.add_init_script(f"window.SPOORWIJZER_TODAY = {TODAY!r};")
                page = context.new_page()
                page.goto("dossiers/")
                root = page.locator("[data-dossiers]")
                expect(root).to_have_attribute("data-state", "ready", timeout=90_000)
                page.locator("#dw-csv").set_input_files(
                    files=[FilePayload(name="verzuim.csv", mimeType="text/csv", buffer=data)]
                )
                page.locator(".dw-import-section form button").click()
                expect(page.locator(".dw-table tbody tr[data-case]")).to_have_count(25)
                expect(root).not_to_have_attribute("data-busy", "true")
                # From the top down to the overview (scrolling up would show Material's "back
                # to top" button over it).
                page.evaluate("window.scrollTo(0, 0)")
                page.evaluate(
                    "document.querySelector('.dw-overview').scrollIntoView({block: 'start'})"
                )
                _settle(page)
                page.screenshot(path=str(args.out / f"dossiers-overzicht-{width}.png"))
                if not args.all:
                    context.close()
                    continue
                first = page.locator(".dw-table tbody tr[data-case]").first
                first.locator(".dw-name-button").click()
                page.locator(".dw-details-row [data-done]").first.click()
                page.locator(".dw-details-row").scroll_into_view_if_needed()
                _settle(page)
                page.screenshot(path=str(args.out / f"dossiers-details-{width}.png"))
                page.locator(".dw-count--overdue").click()
                page.evaluate("window.scrollTo(0, 0)")
                page.evaluate(
                    "document.querySelector('.dw-overview').scrollIntoView({block: 'start'})"
                )
                _settle(page)
                page.screenshot(path=str(args.out / f"dossiers-te-laat-{width}.png"))
                page.locator(".dw-count--all").click()
                broken = data + "Fout;9999;;31-02-2026\r\n".encode("cp1252")
                page.locator("#dw-csv").set_input_files(
                    files=[FilePayload(name="verzuim.csv", mimeType="text/csv", buffer=broken)]
                )
                page.locator(".dw-import-section form button").click()
                expect(page.locator("[data-merge]")).to_be_visible()
                _settle(page)
                page.screenshot(path=str(args.out / f"dossiers-opnieuw-{width}.png"))
                page.locator("[data-merge] button").first.click()
                expect(page.locator("[data-report]")).to_be_visible()
                expect(root).not_to_have_attribute("data-busy", "true")
                page.locator("[data-report]").scroll_into_view_if_needed()
                _settle(page)
                page.screenshot(path=str(args.out / f"dossiers-rapport-{width}.png"))
                page.emulate_media(media="print")
                page.screenshot(path=str(args.out / f"dossiers-print-{width}.png"), full_page=True)
                context.close()
            browser.close()
    finally:
        stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
