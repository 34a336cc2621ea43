"""The calculator's form follows the table of case inputs (calculator/inputs.py), in real
Chromium: every input of the table has its fields on the page, and a new row of the table
appears on the page without a change to the page's script.

Run: ``SPOORWIJZER_SITE=site .venv/bin/pytest tests/site/test_rekenhulp_inputs_table.py``
after ``make build`` (or without the variable: the session builds the site itself).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, Route, expect
from rekenhulp_steps import date_group, fill_date, open_calculator

from calculator import inputs
from calculator.inputs import Input, Part, Section
from site_config.markers.tables import case_inputs_block

pytestmark = pytest.mark.browser


# ----- the form comes from the inputs table (calculator/inputs.py) -------------------------------

DATE_PARTS = ("day", "month", "year")
SCHEMA_BLOCK = re.compile(r'<script type="application/json" id="sw-case-inputs">.*?</script>', re.S)
ROOT_JS = "document.querySelector('[data-rekenhulp]').rekenhulp"


def control_names(row: Input) -> list[str]:
    """The names of the form controls a row gets: its boundary field names (plus the part)."""
    if row.kind == "periods":
        return [f"{row.key}.0.start.{p}" for p in DATE_PARTS]
    if row.kind == "date":
        return [f"{row.key}.{p}" for p in DATE_PARTS]
    if row.kind == "date_range":
        return [f"{row.key}.{half}.{p}" for half in ("start", "end") for p in DATE_PARTS]
    return [row.key]  # flag, weeks, text, choice


def open_every_section(page: Page) -> None:
    for summary in page.locator("details.rh-optional > summary").all():
        summary.click()


def test_every_input_of_the_table_has_its_fields_on_the_page(page: Page) -> None:
    open_calculator(page)
    expect(page.locator(".rh-form")).to_be_attached()
    names = set(page.evaluate("[...document.querySelectorAll('.rh-form [name]')].map(e => e.name)"))
    rows = [row for row in inputs.TABLE if row.scope == "case"]
    missing = {(row.id, n) for row in rows for n in control_names(row) if n not in names}
    assert missing == set()
    # Role and language are settings of the request, not questions of the form.
    request_keys = {row.key for row in inputs.TABLE if row.scope == "request"}
    assert not {n for n in names if n.split(".")[0] in request_keys}
    # The sections in the table's order; each optional one a closed <details> with its title.
    used = [s for s in inputs.SECTIONS if any(row.section == s.id for row in rows)]
    shown = page.evaluate(
        "[...document.querySelectorAll('.rh-form [data-section]')].map(e => e.dataset.section)"
    )
    assert shown == [s.id for s in used]
    for section in used:
        if section.optional:
            details = page.locator(f'details.rh-optional[data-section="{section.id}"]')
            expect(details).not_to_have_attribute("open", "")
            expect(details.locator("summary")).to_contain_text(section.title[0])
    # Every question carries the table's label as its accessible name.
    open_every_section(page)
    for row in rows:
        if row.kind == "date":
            expect(date_group(page, row.part.label[0])).to_have_count(1)
        elif row.kind == "date_range":
            for half in ("start", "end"):
                expect(date_group(page, row.parts[half].label[0])).to_have_count(1)
        elif row.kind == "flag":
            expect(page.get_by_role("checkbox", name=row.part.label[0], exact=True)).to_have_count(
                1
            )
        elif row.kind in ("weeks", "text"):
            expect(page.get_by_role("textbox", name=row.part.label[0], exact=True)).to_have_count(1)
    # A flag whose default is true is worded as the exception: its box starts unticked and
    # ticking it sends false (the illness after the leave has another cause: not added up).
    other_cause = page.get_by_role("checkbox", name=inputs.INPUTS["leave_same_cause"].part.label[0])
    expect(other_cause).not_to_be_checked()
    leave = page.evaluate(f"{ROOT_JS}.form.readCase()").get("pregnancy_leave") or {}
    assert "same_cause" not in leave
    other_cause.check()
    fill_date(date_group(page, "Eerste dag van het verlof"), "2026-03-02")
    assert page.evaluate(f"{ROOT_JS}.form.readCase()")["pregnancy_leave"]["same_cause"] is False
    page.evaluate(f"{ROOT_JS}.form.fillCase({{periods: [{{start: '2026-01-05'}}]}})")
    expect(other_cause).not_to_be_checked()
    page.evaluate(
        f"{ROOT_JS}.form.fillCase({{periods: [{{start: '2026-01-05'}}],"
        " pregnancy_leave: {same_cause: false}})"
    )
    expect(other_cause).to_be_checked()


TRIAL_SECTION = Section(
    "proef", ("Proefgegevens", "Trial details"), ("Alleen voor deze test.", "Only for this test.")
)


def trial_part(nl: str, en: str) -> Part:
    return Part(label=(nl, en), noun=(nl.lower(), en.lower()))


TRIAL_ROWS = (
    Input(
        id="proef_datum",
        kind="date",
        key="proef.datum",
        section="proef",
        parts={"": trial_part("Datum van de proef", "Date of the trial")},
    ),
    Input(
        id="proef_periode",
        kind="date_range",
        key="proef.periode",
        section="proef",
        parts={
            "": trial_part("Proefperiode", "Trial period"),
            "start": trial_part("Begin van de proef", "Start of the trial"),
            "end": trial_part("Einde van de proef", "End of the trial"),
        },
    ),
    Input(
        id="proef_vink",
        kind="flag",
        key="proef.vink",
        section="proef",
        default=False,
        parts={"": trial_part("De proef is gelukt", "The trial succeeded")},
    ),
    Input(
        id="proef_weken",
        kind="weeks",
        key="proef.weken",
        section="proef",
        parts={"": trial_part("Aantal proefweken", "Number of trial weeks")},
    ),
)


def test_a_new_row_in_the_table_appears_on_the_page_without_a_change_to_the_script(
    page: Page, site_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows of each kind and a section added to calculator/inputs.py (here: patched in, then
    written into the page the way the build's marker writes it) become questions of the form,
    are read into the case at their key and filled from it, and carry the boundary's errors."""
    monkeypatch.setattr(
        inputs, "SECTIONS", (*inputs.SECTIONS[:-1], TRIAL_SECTION, inputs.SECTIONS[-1])
    )
    monkeypatch.setattr(inputs, "TABLE", (*inputs.TABLE, *TRIAL_ROWS))
    html, count = SCHEMA_BLOCK.subn(
        lambda _: case_inputs_block("nl"),
        (site_dir / "rekenhulp" / "index.html").read_text("utf-8"),
    )
    assert count == 1

    def patched(route: Route) -> None:
        route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html)

    page.route("**/rekenhulp/", patched)
    open_calculator(page)
    section = page.locator('details.rh-optional[data-section="proef"]')
    expect(section.locator("summary")).to_contain_text("Proefgegevens")
    shown = page.evaluate(
        "[...document.querySelectorAll('.rh-form [data-section]')].map(e => e.dataset.section)"
    )
    assert shown[-1] == "proef"
    section.locator("summary").click()
    expect(section).to_contain_text("Alleen voor deze test.")
    fill_date(date_group(page, "Eerste ziektedag"), "2026-01-05")
    fill_date(date_group(section, "Datum van de proef"), "2026-03-04")
    fill_date(date_group(section, "Begin van de proef"), "2026-02-01")
    fill_date(date_group(section, "Einde van de proef"), "2026-02-28", month="feb")
    section.get_by_label("De proef is gelukt").check()
    section.get_by_label("Aantal proefweken").fill("3")

    case = page.evaluate(f"{ROOT_JS}.form.readCase()")
    assert case["proef"] == {
        "datum": {"day": "4", "month": "3", "year": "2026"},
        "periode": {
            "start": {"day": "1", "month": "2", "year": "2026"},
            "end": {"day": "28", "month": "feb", "year": "2026"},
        },
        "vink": True,
        "weken": "3",
    }
    assert case["periods"] == [{"start": {"day": "5", "month": "1", "year": "2026"}, "end": None}]

    # An error of the boundary for the field "proef.periode.end" lands on that field.
    page.evaluate(
        f"""() => {ROOT_JS}.showErrors({{ok: false, lang: "nl", errors: [{{code: "x",
            field: "proef.periode.end", part: "month", message: "Vul de maand in"}}]}}, true)"""
    )
    expect(page.locator("#rh-proef-periode-end-error")).to_contain_text("Vul de maand in")
    expect(page.locator("#rh-proef-periode-end-month")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#rh-proef-periode-end-day")).not_to_have_attribute("aria-invalid", "true")
    page.locator(".rh-error-summary").get_by_role("link").click()
    expect(page.locator("#rh-proef-periode-end-month")).to_be_focused()

    # Filled from a case Python parsed (ISO dates): the section opens, the rest is cleared.
    section.locator("summary").click()
    expect(section).not_to_have_attribute("open", "")
    page.evaluate(
        f"""() => {ROOT_JS}.form.fillCase({{periods: [{{start: "2026-01-05", end: null}}],
            proef: {{datum: "2026-05-06", weken: 7}}}})"""
    )
    expect(section).to_have_attribute("open", "")
    expect(page.locator("#rh-proef-datum-day")).to_have_value("6")
    expect(page.locator("#rh-proef-datum-month")).to_have_value("5")
    expect(page.locator("#rh-proef-weken")).to_have_value("7")
    expect(section.get_by_label("De proef is gelukt")).not_to_be_checked()
    expect(page.locator("#rh-proef-periode-start-day")).to_have_value("")
