"""An HR officer's weekly routine on "Meerdere dossiers", in real Chromium against the strict
build with the site's Content-Security-Policy in force: the file from the HR system read in
(Windows-1252, a blank line, a bad row), who needs action, recording what was done, reading
the next week's file again, exporting for a colleague; and what must hold around it: two tabs,
a corrupted kept list, long lists, spreadsheets loaded only when asked for.

The 25 dossiers are site_config/tools/dossiers_screenshots.py's (the architecture document's
picture): three with a step not marked as done, five with a deadline within 14 days, sixteen
on schedule, one recovered; each step recorded three days before the deadline the calculator
gives it.

Run: ``SPOORWIJZER_SITE=site .venv/bin/pytest tests/site/test_dossiers_routine.py``.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Browser, BrowserContext, Page, expect
from sitepages import CSP_REPORTER

from site_config.tools.dossiers_screenshots import TODAY, sample_csv, sample_rows

pytestmark = pytest.mark.browser

BOOT_MS = 90_000
DB = "spoorwijzer-dossiers"


def new_context(
    browser: Browser, site_url: str, violations: list[str], **extra: Any
) -> BrowserContext:
    context = browser.new_context(base_url=site_url, accept_downloads=True, **extra)
    context.expose_function("__cspViolation", lambda text: violations.append(str(text)))
    context.add_init_script(CSP_REPORTER)
    context.add_init_script(f"window.SPOORWIJZER_TODAY = {TODAY!r};")
    return context


def ready(page: Page, restored: int | None = None) -> None:
    root = page.locator("[data-dossiers]")
    expect(root).to_have_attribute("data-state", "ready", timeout=BOOT_MS)
    if restored is not None:
        expect(root).to_have_attribute("data-restored", str(restored), timeout=BOOT_MS)
    idle(page)


def idle(page: Page) -> None:
    expect(page.locator("[data-dossiers]")).not_to_have_attribute(
        "data-busy", "true", timeout=BOOT_MS
    )


def read_file(page: Page, name: str, data: bytes) -> None:
    page.locator("#dw-csv").set_input_files(
        files=[{"name": name, "mimeType": "text/csv", "buffer": data}]
    )
    page.locator(".dw-import-section form button").click()


def read_list(page: Page, cases: list[dict[str, Any]]) -> None:
    data = json.dumps({"format": "spoorwijzer-dossiers", "version": 1, "cases": cases}).encode()
    page.locator("#dw-json").set_input_files(
        files=[{"name": "lijst.json", "mimeType": "application/json", "buffer": data}]
    )
    page.locator(".dw-export form button").click()


def rows(page: Page) -> Any:
    return page.locator(".dw-table tbody tr[data-case]")


def row_of(page: Page, label: str) -> Any:
    return rows(page).filter(has=page.get_by_role("rowheader", name=label))


def kept(page: Page) -> Any:
    return page.evaluate(
        """() => new Promise((resolve) => {
          const open = indexedDB.open("spoorwijzer-dossiers");
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains("lijst")) { db.close(); resolve(null); return; }
            const get = db.transaction("lijst").objectStore("lijst").get("dossiers");
            get.onsuccess = () => {
              const v = get.result;
              db.close();
              resolve(v ? {revision: v.revision, cases: v.cases.length,
                           unreadable: (v.unreadable || []).length} : null);
            };
          };
        })"""
    )


def put_kept(page: Page, kind: str) -> None:
    """Keep a broken value as the page would find it: "mixed", a list of 150 where one case
    is cyclic and one holds a BigInt (IndexedDB stores both; JSON cannot), or "no_list"."""
    page.evaluate(
        """(kind) => new Promise((resolve, reject) => {
          let value;
          if (kind === "mixed") {
            const cases = [];
            const plain = {periods: [{start: "2026-01-05"}]};
            for (let i = 0; i < 150; i++) cases.push({label: "D" + i, case: plain});
            const cyclic = {periods: []};
            cyclic.self = cyclic;
            cases[40] = {label: "Rond", case: cyclic};
            cases[90] = {label: "Groot", case: {...plain, x: 10n}};
            value = {format: "spoorwijzer-dossiers", version: 1, revision: 4, cases};
          } else {
            value = {format: "iets anders", cases: 7};
          }
          const open = indexedDB.open("spoorwijzer-dossiers", 1);
          open.onupgradeneeded = () => open.result.createObjectStore("lijst");
          open.onsuccess = () => {
            const tx = open.result.transaction("lijst", "readwrite");
            tx.objectStore("lijst").put(value, "dossiers");
            tx.oncomplete = () => { open.result.close(); resolve(); };
            tx.onerror = () => reject(tx.error);
          };
        })""",
        kind,
    )


# ----- the weekly routine -----------------------------------------------------------------


def test_the_weekly_routine(browser: Browser, site_url: str) -> None:
    violations: list[str] = []
    context = new_context(browser, site_url, violations, viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        page.goto("dossiers/")
        ready(page, 0)
        # Excel on a Dutch PC: ";", Windows-1252; a blank line 3; line 5 a date that does not
        # exist, named as the spreadsheet names it (row 5), with its name and value.
        lines = sample_csv(sample_rows()).split(b"\r\n")
        bad = "Noël Visser;9999;31-02-2026".encode("cp1252")
        data = b"\r\n".join([lines[0], lines[1], b"", lines[2], bad, *lines[3:]])
        read_file(page, "verzuim.csv", data)
        report = page.locator("[data-report]")
        expect(report.get_by_role("heading")).to_have_text("1 rij kon niet worden gelezen")
        cells = report.locator("tbody tr").first.locator("th, td")
        expect(cells).to_have_text(
            [
                "5",
                "Noël Visser",
                "eerste_ziektedag",
                "31-02-2026",
                "De eerste ziektedag moet een bestaande datum zijn",
            ]
        )
        idle(page)
        expect(page.get_by_role("status")).to_contain_text("gelezen als Windows-1252")
        expect(rows(page)).to_have_count(25)

        # One line per dossier: at least 15 on the screen once the overview is in view.
        page.evaluate(
            "document.querySelector('.dw-overview .dw-counts').scrollIntoView({block: 'start'})"
        )
        on_screen = page.evaluate(
            """() => [...document.querySelectorAll('.dw-table tbody tr[data-case]')]
                .map((row) => row.getBoundingClientRect())
                .filter((box) => box.top >= 0 && box.bottom <= innerHeight).length"""
        )
        assert on_screen >= 15, on_screen
        texts = page.locator(".dw-regime").all_inner_texts()
        assert not [t for t in texts if "je " in t or (" van 104" in t and int(t.split()[1]) > 104)]
        counts = page.locator(".dw-counts button:visible")
        expect(counts).to_have_text(
            ["Alle 25", "3 te laat", "5 binnen 14 dagen", "16 op schema", "1 zonder open termijn"]
        )
        page.get_by_role("button", name="3 te laat").click()
        expect(rows(page)).to_have_count(3)
        names = [n.strip() for n in rows(page).locator(".dw-name-text").all_inner_texts()]
        assert sorted(names) == ["A. Bakker", "B. de Boer", "C. Dekker"]

        # Record where you look: A. Bakker's probleemanalyse (not recorded; due at the end of
        # week 6) was done on 2 October 2026.
        bakker = row_of(page, "A. Bakker 1001")
        bakker.get_by_role("button", name="A. Bakker").click()
        details = page.locator("[data-details]")
        details.get_by_role(
            "button", name="Gedaan op… (Probleemanalyse door de bedrijfsarts)"
        ).click()
        fields = details.get_by_role("group", name="Datum van de probleemanalyse")
        fields.get_by_label("Dag", exact=True).fill("2")
        fields.get_by_label("Maand", exact=True).fill("10")
        fields.get_by_label("Jaar", exact=True).fill("2026")
        details.get_by_role("button", name="Opslaan").click()
        expect(page.get_by_role("status")).to_have_text("Opgeslagen bij “A. Bakker”.")
        expect(page.get_by_role("button", name="2 te laat")).to_be_visible()
        page.get_by_role("button", name="Alle 25").click()
        expect(row_of(page, "A. Bakker 1001")).not_to_have_attribute("data-group", "overdue")

        # Kept; the next week's file read again: updated, never doubled; the date recorded
        # here survives a file that does not carry it.
        page.get_by_role("button", name="Bewaar op dit apparaat").click()
        expect(page.get_by_role("status")).to_have_text("De lijst is op dit apparaat bewaard.")
        page.reload()
        ready(page, 25)
        read_file(page, "verzuim.csv", data)
        merge = page.locator("[data-merge]")
        expect(merge.get_by_role("heading")).to_be_focused()
        expect(merge).to_contain_text(
            "25 dossiers bijgewerkt, 0 nieuw, 0 niet meer in het bestand."
        )
        merge.get_by_role("button", name="Werk bij en voeg toe").click()
        idle(page)
        expect(rows(page)).to_have_count(25)
        expect(row_of(page, "A. Bakker 1001")).not_to_have_attribute("data-group", "overdue")
        # A file without two of them: they can go, on request.
        read_file(page, "verzuim.csv", b"\r\n".join([lines[0], *lines[3:]]))
        expect(merge).to_contain_text(
            "23 dossiers bijgewerkt, 0 nieuw, 2 niet meer in het bestand."
        )
        merge.get_by_role("button", name="Vervang de lijst (2 verwijderen)").click()
        idle(page)
        expect(rows(page)).to_have_count(23)
        expect(page.locator("[data-dossiers]")).to_have_attribute("data-revision", "3")
        assert kept(page)["cases"] == 23
        assert violations == []
    finally:
        context.close()


# ----- two tabs ---------------------------------------------------------------------------


def test_two_tabs_follow_each_other_and_a_wipe_holds(browser: Browser, site_url: str) -> None:
    violations: list[str] = []
    context = new_context(browser, site_url, violations)
    first, second = context.new_page(), context.new_page()
    try:
        first.goto("dossiers/")
        ready(first, 0)
        read_list(
            first,
            [{"label": f"D{i}", "case": {"periods": [{"start": "2026-01-05"}]}} for i in range(3)],
        )
        idle(first)
        first.get_by_role("button", name="Bewaar op dit apparaat").click()
        expect(first.get_by_role("status")).to_have_text("De lijst is op dit apparaat bewaard.")
        second.goto("dossiers/")
        ready(second, 3)

        # A change in one tab reaches the other.
        row_of(first, "D0").get_by_role("button", name="D0").click()
        first.get_by_role("button", name="Verwijder D0").click()
        expect(rows(second)).to_have_count(2)
        expect(second.locator("[data-dossiers]")).to_have_attribute("data-revision", "2")
        expect(second.get_by_role("status")).to_contain_text("in een ander tabblad gewijzigd")

        # A page never saves over a list it did not load (here: a stale revision).
        refused = second.evaluate(
            """async () => {
              const url = new URL("../assets/spoorwijzer/dossiers-store.mjs", location.href);
              const store = await import(url);
              const list = {format: "spoorwijzer-dossiers", version: 1, cases: []};
              try { await store.keep(list, 1); return "kept"; }
              catch (error) { return error.name; }
            }"""
        )
        assert refused == "Conflict"
        assert kept(first)["cases"] == 2

        # A wipe holds: the other tab clears too, and its next change keeps nothing.
        first.get_by_role("button", name="Wis alles").click()
        first.get_by_role("button", name="Ja, wis alles").click()
        expect(rows(second)).to_have_count(0)
        read_list(second, [{"label": "Nieuw", "case": {"periods": [{"start": "2026-01-05"}]}}])
        idle(second)
        expect(rows(second)).to_have_count(1)
        assert kept(second) is None
        assert violations == []
    finally:
        context.close()


# ----- a corrupted kept list --------------------------------------------------------------


def test_a_corrupted_kept_list_shows_the_rest_and_overwrites_nothing(
    browser: Browser, site_url: str
) -> None:
    violations: list[str] = []
    context = new_context(browser, site_url, violations)
    page = context.new_page()
    try:
        page.goto("dossiers/")
        ready(page, 0)
        put_kept(page, "mixed")
        page.reload()
        ready(page, 148)
        report = page.locator("[data-report]")
        expect(report.get_by_role("heading")).to_have_text(
            "2 bewaarde dossiers konden niet worden gelezen"
        )
        expect(report.locator("tbody tr td").first).to_have_text("Rond")
        # A change is kept; the two it could not read stay kept as they were.
        row_of(page, "D0").get_by_role("button", name="D0").click()
        page.get_by_role("button", name="Verwijder D0").click()
        expect(page.locator("[data-dossiers]")).to_have_attribute("data-revision", "5")
        assert kept(page) == {"revision": 5, "cases": 147, "unreadable": 2}

        # What is kept is no list at all: the page says so and overwrites nothing.
        put_kept(page, "no_list")
        page.reload()
        ready(page, 0)
        expect(page.get_by_role("status")).to_contain_text("kan niet worden gelezen")
        page.get_by_role("button", name="Bewaar op dit apparaat").click()
        assert (
            page.evaluate(
                """() => new Promise((resolve) => {
              const open = indexedDB.open("spoorwijzer-dossiers");
              open.onsuccess = () => {
                const get = open.result.transaction("lijst").objectStore("lijst").get("dossiers");
                get.onsuccess = () => { open.result.close(); resolve(get.result.format); };
              };
            })"""
            )
            == "iets anders"
        )
        assert violations == []
    finally:
        context.close()


# ----- exports: long lists, formulas, spreadsheets on demand --------------------------------


def test_long_lists_export_in_parts_spreadsheets_load_on_demand(
    browser: Browser, site_url: str
) -> None:
    violations: list[str] = []
    context = new_context(browser, site_url, violations)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    try:
        # The calculator's first visit loads no spreadsheet code, nor does this page's.
        page.goto("rekenhulp/")
        expect(page.locator("[data-rekenhulp]")).to_have_attribute(
            "data-state", "ready", timeout=BOOT_MS
        )
        page.goto("dossiers/")
        ready(page, 0)
        assert not [url for url in requests if "openpyxl" in url or "stdlib_xlsx" in url]

        # 2,100 dossiers (more than one request may hold), one named like a formula.
        cases = [
            {
                "label": f"D{i:04d}",
                "number": str(5000 + i),
                "case": {"periods": [{"start": "2026-01-05"}]},
            }
            for i in range(2100)
        ]
        cases[7]["label"] = "\t=1+1"
        read_list(page, cases)
        idle(page)
        expect(page.locator(".dw-overview")).to_have_attribute("data-total", "2100")
        with page.expect_download(timeout=BOOT_MS) as download:
            page.get_by_role("button", name="Download alle termijnen (CSV)").click()
        text = Path(download.value.path()).read_bytes().decode("utf-8")
        assert text.startswith("\ufeffNaam;") and text.count("\ufeff") == 1
        table = list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
        assert sum(1 for line in table if line[0] == "Naam") == 1  # one header
        assert len({line[0] for line in table[1:]}) == 2100
        assert "'=1+1" in {line[0] for line in table[1:]}  # a formula neutralised

        # The overview as a real spreadsheet: its wheels load now, from this site.
        with page.expect_download(timeout=BOOT_MS) as download:
            page.get_by_role("button", name="Download het overzicht (Excel)").click()
        assert [url for url in requests if "openpyxl" in url and url.startswith(site_url)]
        assert all(url.startswith((site_url, "blob:", "data:")) for url in requests)
        path = Path(download.value.path())
        book = load_workbook(io.BytesIO(path.read_bytes()))
        overview = list(book.worksheets[0].iter_rows(values_only=True))
        assert len(overview) == 2101 and overview[0][0] == "Naam"
        cell = book.worksheets[0]["A9"]
        assert cell.value == "=1+1" and cell.data_type == "s" and cell.quotePrefix

        # And it reads back: the same dossiers, matched by their personeelsnummer (a file
        # holds 2,000 rows at most: the rest are named as not read).
        read_file(page, "overzicht.xlsx", path.read_bytes())
        merge = page.locator("[data-merge]")
        expect(merge).to_contain_text(
            "2000 dossiers bijgewerkt, 0 nieuw, 100 niet meer in het bestand.", timeout=BOOT_MS
        )
        merge.get_by_role("button", name="Niets doen").click()
        expect(page.get_by_role("status")).to_have_text(
            "Het bestand is niet ingelezen. De lijst is niet veranderd."
        )
        assert violations == []
    finally:
        context.close()
