"""The page "Meerdere dossiers" (/dossiers/, /en/dossiers/) in real Chromium, against
the strict build, with the site's Content-Security-Policy in force.

Each page load boots Pyodide, so there are few tests, each a whole flow on one page:

- the Dutch page: the template from the page's link, five good rows and two broken ones read
  in, the two row errors, sorting and filtering, the calendar and the CSV of every deadline
  parsed back, the print layout, keeping the list on the device, a reload, "Wis alles", a
  reload; every request of the whole flow is a static file of the site (no case data leaves
  the browser), nothing is stored before the visitor asks, and axe finds nothing;
- the English page (test_dossiers_by_hand.py): a case added by hand (an error first),
  changed, opened in the calculator, and the whole list moved through a JSON file.

The expected dates are worked out by hand from the rules (calculator/rules.py; the reasoning
is beside each value), for "today" fixed at 2026-11-23 (a Monday).

Run: ``SPOORWIJZER_SITE=site .venv/bin/pytest tests/site/test_dossiers.py`` after a build.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import icalendar
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
    next_dates,
    row_of,
    rows,
    wait_restored,
)
from playwright.sync_api import Browser, expect

from calculator.batch import template

pytestmark = pytest.mark.browser

#: The five good rows and the two broken ones, by column (the template's Dutch headers).
#: Rows 4 and 7 of the file (the header is row 1) are broken.
ROWS: list[dict[str, str]] = [
    # Day 1 a Monday; the probleemanalyse done on 10-02. Week on 2026-11-23: 322 days after
    # day 1, so week 47. Plan van aanpak: 14 calendar days after the actual analysis,
    # 2026-02-24, not done: overdue. 42-week report: the first day after week 42 (day 294 =
    # 2026-10-25), 2026-10-26, not done: overdue. Next: eerstejaarsevaluatie at the end of
    # week 52, day 364 = 2027-01-03.
    {"naam": "Dossier A", "eerste_ziektedag": "05-01-2026", "probleemanalyse_gedaan": "10-02-2026"},
    # Day 1 2026-11-02 (ISO in the file): week 4. Next: the probleemanalyse at the end of
    # week 6, day 42 = 2026-12-13 (20 days ahead: "later").
    {"naam": "Dossier B", "eerste_ziektedag": "2026-11-02"},
    # 31 February does not exist.
    {"naam": "Fout 1", "eerste_ziektedag": "31-02-2026"},
    # Day 1 2026-10-12: the probleemanalyse was due at the end of week 6, day 42 =
    # 2026-11-22, yesterday: overdue. Next: the plan van aanpak two weeks (calendar days)
    # after that computed analysis, 2026-12-06: 13 days ahead, "soon".
    {"naam": "Dossier C", "eerste_ziektedag": "12-10-2026"},
    # Fully recovered on 31-05-2026, more than 28 days ago: the chain is closed, nothing is
    # next and nothing can be late.
    {"naam": "Dossier D", "eerste_ziektedag": "02-03-2026", "laatste_ziektedag": "31-05-2026"},
    # A probleemanalyse before the first sick day.
    {"naam": "Fout 2", "eerste_ziektedag": "05-01-2026", "probleemanalyse_gedaan": "01-12-2025"},
    # Born 1 January 1955: AOW age (66 years and 4 months) on 2021-05-01, before day 1
    # (2026-11-09): the AOW regime. Next: the probleemanalyse, day 42 = 2026-12-20.
    {"naam": "Dossier E", "eerste_ziektedag": "09-11-2026", "geboortedatum": "01-01-1955"},
]
GOOD = ["Dossier A", "Dossier B", "Dossier C", "Dossier D", "Dossier E"]
#: (row, column) of the broken rows, and a word of the reason (the field it names).
BROKEN = [
    ("4", "Fout 1", "eerste_ziektedag", "31-02-2026", "eerste ziektedag"),
    ("7", "Fout 2", "probleemanalyse_gedaan", "01-12-2025", "probleemanalyse"),
]
#: By next deadline, from the dates above; the closed case (no next deadline) last.
BY_NEXT = ["Dossier C", "Dossier B", "Dossier E", "Dossier A", "Dossier D"]
NEXT_DATES = ["2026-12-06", "2026-12-13", "2026-12-20", "2027-01-03", None]


def csv_file(header: list[str], separator: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator="\r\n")
    writer.writerow(header)
    for row in ROWS:
        assert set(row) <= set(header), set(row) - set(header)
        writer.writerow([row.get(name, "") for name in header])
    return out.getvalue().encode("utf-8")


# ----- the Dutch page: import, overview, exports, keeping and clearing ---------------------


def test_import_sort_export_keep_and_clear(browser: Browser, site_url: str, site_dir: Path) -> None:
    violations: list[str] = []
    context = new_context(browser, site_url, violations)
    recorder = Recorder(context)
    page = context.new_page()
    try:
        page.goto("dossiers/")
        wait_restored(page, 0)
        root = page.locator("[data-dossiers]")
        assert DB_NAME not in databases(page), "a visit alone must store nothing"
        expect(page.get_by_text("Er staan nog geen dossiers in de lijst.")).to_be_visible()

        # The template, downloaded through the page's own link: the build's file.
        with page.expect_download() as download:
            root.get_by_role("link", name="Download het sjabloon (CSV)").click()
        raw = Path(download.value.path()).read_bytes()
        assert raw == ("\ufeff" + template("nl")).encode("utf-8")
        header = next(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))

        # Five good rows and two broken ones.
        page.get_by_label("CSV- of Excel-bestand", exact=True).set_input_files(
            files=[
                {"name": "dossiers.csv", "mimeType": "text/csv", "buffer": csv_file(header, ";")}
            ]
        )
        page.get_by_role("button", name="Lees het bestand in").click()
        report = page.locator("[data-report]")
        expect(report.get_by_role("heading")).to_have_text("2 rijen konden niet worden gelezen")
        expect(report.get_by_role("heading")).to_be_focused()
        idle(page)
        expect(page.get_by_role("status")).to_have_text(
            "5 dossiers ingelezen. 2 rijen konden niet worden gelezen."
        )
        problems = report.locator("tbody tr")
        expect(problems).to_have_count(2)
        for line, (row, name, column, value, word) in zip(problems.all(), BROKEN, strict=True):
            expect(line.locator("th")).to_have_text(row)
            expect(line.locator("td").nth(0)).to_have_text(name)
            expect(line.locator("td").nth(1)).to_have_text(column)
            expect(line.locator("td").nth(2)).to_have_text(value)
            expect(line.locator("td").nth(3)).to_contain_text(word, ignore_case=True)
        expect(rows(page)).to_have_count(5)
        assert sorted(names(page)) == GOOD
        assert DB_NAME not in databases(page), "reading a file must store nothing"

        # Each case's line, as worked out by hand; the steps in its details.
        a = row_of(page, "Dossier A")
        expect(a.locator(".dw-regime")).to_have_text("Ziekteweek 47 van 104")
        expect(a.locator(".dw-attention .dw-badge")).to_have_text("2 niet ingevuld")
        a.get_by_role("button", name="Dossier A").click()
        details = page.locator('[data-details] [data-milestone="plan_van_aanpak"]')
        expect(details).to_have_attribute("data-status", "overdue")
        expect(details.locator("time")).to_have_attribute("datetime", "2026-02-24")
        report_42 = page.locator('[data-details] [data-milestone="ziekmelding_uwv"]')
        expect(report_42.locator("time")).to_have_attribute("datetime", "2026-10-26")
        a.get_by_role("button", name="Dossier A").click()
        expect(page.locator("[data-details]")).to_have_count(0)
        expect(row_of(page, "Dossier B").locator(".dw-regime")).to_have_text("Ziekteweek 4 van 104")
        expect(row_of(page, "Dossier C")).to_have_attribute("data-group", "overdue")
        # The officer reads about someone else: not "je bent hersteld".
        expect(row_of(page, "Dossier D").locator(".dw-regime")).to_have_text("Afgesloten: hersteld")
        expect(row_of(page, "Dossier D").locator(".dw-status")).to_have_attribute(
            "data-regime", "closed"
        )
        expect(row_of(page, "Dossier E").locator(".dw-status")).to_have_attribute(
            "data-regime", "aow"
        )
        # The most urgent first: cases with steps not marked as done on top.
        assert names(page)[:2] == ["Dossier A", "Dossier C"]
        headers = page.locator(".dw-table thead th")
        expect(headers.filter(has_text="Aandacht")).to_have_attribute("aria-sort", "descending")

        # Sort by next deadline, with the keyboard, then the other way round.
        sort_next = page.get_by_role("button", name="Volgende termijn (sorteer)")
        sort_next.focus()
        page.keyboard.press("Enter")
        expect(headers.filter(has_text="Volgende termijn")).to_have_attribute(
            "aria-sort", "ascending"
        )
        expect(headers.filter(has_text="Aandacht")).not_to_have_attribute("aria-sort", "descending")
        assert names(page) == BY_NEXT
        assert next_dates(page) == NEXT_DATES
        expect(page.get_by_role("status")).to_have_text("Gesorteerd op volgende termijn, oplopend.")
        sort_next.click()
        expect(headers.filter(has_text="Volgende termijn")).to_have_attribute(
            "aria-sort", "descending"
        )
        assert names(page) == [*reversed(BY_NEXT[:4]), "Dossier D"]

        # The counts filter when clicked: A and C have a step not marked as done (C's next
        # deadline, 6 December, is within 14 days, but C is late first); B and E have their
        # next deadline 20 and 27 days ahead; D has nothing open.
        counts = page.locator(".dw-counts button:visible")
        expect(counts).to_have_text(
            ["Alle 5", "2 te laat", "0 binnen 14 dagen", "2 op schema", "1 zonder open termijn"]
        )
        page.get_by_role("button", name="2 te laat").click()
        expect(page.get_by_role("button", name="2 te laat")).to_have_attribute(
            "aria-pressed", "true"
        )
        assert sorted(names(page)) == ["Dossier A", "Dossier C"]
        expect(page.locator(".dw-caption")).to_have_text("Dossiers: 2 van 5")
        page.get_by_role("button", name="2 op schema").click()
        assert sorted(names(page)) == ["Dossier B", "Dossier E"]
        page.get_by_role("button", name="Alle 5").click()
        # One role: the 42-week report is the employer's, not the employee's.
        page.get_by_label("Termijnen voor", exact=True).select_option("werknemer")
        expect(a.locator(".dw-attention .dw-badge")).to_have_text("1 niet ingevuld")
        page.get_by_label("Termijnen voor", exact=True).select_option("")
        expect(a.locator(".dw-attention .dw-badge")).to_have_text("2 niet ingevuld")

        # One calendar with every case's deadlines, each title starting with the case's name.
        with page.expect_download(timeout=BOOT_MS) as download:
            page.get_by_role("button", name="Zet alle termijnen in uw agenda (.ics)").click()
        assert download.value.suggested_filename.endswith(".ics")
        calendar = icalendar.Calendar.from_ical(Path(download.value.path()).read_bytes())
        titles = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
        assert titles and all(title.startswith(tuple(GOOD)) for title in titles), titles
        assert {label for label in GOOD if any(t.startswith(label) for t in titles)} >= {
            "Dossier A",
            "Dossier B",
            "Dossier C",
            "Dossier E",
        }
        assert not [t for t in titles if t.startswith("Fout")]

        # One CSV of every deadline, as Excel on a Dutch PC opens it: a byte order mark, ";",
        # Dutch headers and status words, dates as dd-mm-jjjj.
        with page.expect_download(timeout=BOOT_MS) as download:
            page.get_by_role("button", name="Download alle termijnen (CSV)").click()
        raw = Path(download.value.path()).read_bytes()
        assert raw.startswith("\ufeffNaam;Personeelsnummer;Stap;Wie;Datum;Status;".encode())
        table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
        assert {line["Naam"] for line in table} == set(GOOD)
        by_key = {(line["Naam"], line["Code"]): line for line in table}
        assert len(by_key) == len(table), "one row per case and milestone"
        assert by_key[("Dossier A", "plan_van_aanpak")]["Datum"] == "24-02-2026"
        assert by_key[("Dossier A", "plan_van_aanpak")]["Status"] == "Niet als gedaan ingevuld"
        assert by_key[("Dossier A", "probleemanalyse")]["Gedaan op"] == "10-02-2026"
        assert by_key[("Dossier C", "plan_van_aanpak")]["Datum"] == "06-12-2026"
        assert by_key[("Dossier B", "probleemanalyse")]["Datum"] == "13-12-2026"
        closed = {line["Status"] for line in table if line["Naam"] == "Dossier D"}
        assert not closed & {"Later", "Binnenkort", "Vandaag", "Niet als gedaan ingevuld"}

        # On paper: one compact table without the forms, buttons, filters, details or links
        # (a share link carries the name and the date of birth).
        a.get_by_role("button", name="Dossier A").click()
        page.emulate_media(media="print")
        expect(page.locator(".dw-table")).to_be_visible()
        for hidden in (".dw-add", ".dw-import-section", ".dw-controls", "[data-details]"):
            expect(page.locator(hidden)).to_be_hidden()
        links = page.locator(".dw-overview a")
        assert not [i for i in range(links.count()) if links.nth(i).is_visible()]
        page.emulate_media(media="screen")
        a.get_by_role("button", name="Dossier A").click()

        assert not (report_text := axe_violations(page)), report_text

        # Kept only on request; back after a reload.
        page.get_by_role("button", name="Bewaar op dit apparaat").click()
        expect(page.get_by_role("status")).to_have_text("De lijst is op dit apparaat bewaard.")
        assert DB_NAME in databases(page)
        page.reload()
        wait_restored(page, 5)
        assert sorted(names(page)) == GOOD
        expect(page.get_by_role("status")).to_have_text("5 bewaarde dossiers geladen.")
        expect(page.locator(".dw-store-state")).to_have_attribute("data-kept", "true")

        # "Wis alles", after a question; a reload shows nothing.
        page.get_by_role("button", name="Wis alles").click()
        expect(page.get_by_text("Weet u het zeker?")).to_be_focused()
        assert not (report_text := axe_violations(page)), report_text
        page.get_by_role("button", name="Ja, wis alles").click()
        expect(page.get_by_role("status")).to_have_text(
            "Alles is gewist, op de pagina en op dit apparaat."
        )
        expect(rows(page)).to_have_count(0)
        assert DB_NAME not in databases(page)
        page.reload()
        wait_restored(page, 0)
        expect(rows(page)).to_have_count(0)
        expect(page.get_by_text("Er staan nog geen dossiers in de lijst.")).to_be_visible()
        assert DB_NAME not in databases(page)

        page.wait_for_load_state("networkidle")
        assert recorder.requests, "the recorder saw nothing"
        assert recorder.problems(site_url, site_dir) == []
        assert violations == []
    finally:
        context.close()


def test_the_templates_are_written_from_the_calculator(site_dir: Path) -> None:
    """The build writes each language's template next to its page (hooks/dossiers.py), and
    the pages document every column of the reader from the inputs table."""
    from calculator.batch import HEADERS

    for lang, path in (
        ("nl", "dossiers/spoorwijzer-dossiers-sjabloon.csv"),
        ("en", "en/dossiers/spoorwijzer-cases-template.csv"),
    ):
        assert (site_dir / path).read_bytes() == ("\ufeff" + template(lang)).encode("utf-8")
        html = (site_dir / path).parent.joinpath("index.html").read_text("utf-8")
        assert f'href="{Path(path).name}"' in html
        documented = set(re_codes(html))
        assert set(HEADERS) <= documented, set(HEADERS) - documented


def re_codes(html: str) -> list[str]:
    """The column names in the page's table of columns."""
    table = html.split('<table class="sw-csv-columns', 1)[1].split("</table>", 1)[0]
    return re.findall(r"<code>([^<]+)</code>", table)
