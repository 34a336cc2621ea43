"""The calculator page's form in real Chromium, against the strict build: the loading status,
the date fields, periods of sickness added and removed, the example dates for continuous
illness, and bad input that gets its message on the field and keeps what was typed.

Every date on screen comes from the Python calculator running in Pyodide in a Web Worker;
expected dates come from the worked examples (calculator/examples.toml).

Run: ``SPOORWIJZER_SITE=site .venv/bin/pytest tests/site/test_rekenhulp_form.py`` after
``make build`` (or without the variable: the session builds the site itself).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Page, Route, expect
from rekenhulp_steps import (
    BOOT_MS,
    EXAMPLES,
    NL,
    TODAY,
    date_group,
    fill_date,
    fill_periods,
    mismatches,
    open_calculator,
    shown_dates,
    submit,
    wait_ready,
    wait_result,
)

from calculator import inputs

pytestmark = pytest.mark.browser


def test_loading_status_then_ready(page: Page) -> None:
    """Also: the worker starts from <head> (early.mjs) while the page's modules are
    still on their way (rekenhulp.js is held back here until the worker runs), and the page
    adopts that worker: one worker, what it said meanwhile is not lost, and it calculates."""
    held: list[Route] = []
    released = False

    def hold(route: Route) -> None:
        if released:
            route.continue_()
        else:
            held.append(route)

    page.route("**/assets/spoorwijzer/rekenhulp.js", hold)
    workers: list[str] = []
    page.on("worker", lambda worker: workers.append(worker.url))
    page.add_init_script(f"window.SPOORWIJZER_TODAY = {TODAY!r};")
    with page.expect_worker(lambda worker: worker.url.endswith("/worker.mjs"), timeout=BOOT_MS):
        page.goto("rekenhulp/", wait_until="commit")
    released = True  # the worker runs without rekenhulp.js: let it come now
    for route in held:
        route.continue_()
    status = page.get_by_role("status")
    expect(status).to_have_attribute("aria-live", "polite")
    wait_ready(page)
    expect(status).to_have_text("De rekenhulp is klaar.")
    expect(page.locator(".rh-fallback")).to_be_hidden()
    fill_periods(page, ["2026-01-05"])
    submit(page)
    wait_result(page)
    assert [url for url in workers if url.endswith("/worker.mjs")] == [workers[0]]


def test_first_sick_day_fields_follow_the_date_pattern(page: Page) -> None:
    open_calculator(page)
    group = date_group(page, "Eerste ziektedag")
    expect(group).to_be_visible()
    for label in ("Dag", "Maand", "Jaar"):
        field = group.get_by_label(label, exact=True)
        expect(field).to_have_attribute("inputmode", "numeric")
        expect(field).to_have_attribute("type", "text")
    # The hint says what the first sick day is, and is announced with the group.
    expect(group).to_have_accessible_description(re.compile("halverwege"))
    # Optional sections are closed by default: one per optional section of the table.
    optional = [
        s
        for s in inputs.SECTIONS
        if s.optional and any(row.section == s.id and row.scope == "case" for row in inputs.TABLE)
    ]
    assert len(optional) >= 7  # leave, steps, sanction, extension, contract, person, label
    assert page.locator("details.rh-optional[open]").count() == 0
    assert page.locator("details.rh-optional").count() == len(optional)


@pytest.mark.parametrize(
    "case", [c for c in EXAMPLES if len(c["periods"]) == 1], ids=lambda c: c["id"]
)
def test_continuous_illness_shows_the_example_dates(page: Page, case: dict[str, Any]) -> None:
    open_calculator(page)
    fill_periods(page, case["periods"])
    submit(page)
    wait_result(page)
    assert mismatches(case["expected"], shown_dates(page)) == {}
    # The result heading takes focus, so a screen reader hears the result.
    expect(page.locator("#rh-result-heading")).to_be_focused()


def test_month_names_are_accepted(page: Page) -> None:
    case = EXAMPLES[0]
    open_calculator(page)
    fill_date(date_group(page, "Eerste ziektedag"), case["periods"][0], month="jan")
    submit(page)
    wait_result(page)
    assert mismatches(case["expected"], shown_dates(page)) == {}


def test_recovery_gaps_add_together(page: Page) -> None:
    """The samentellen examples (and the 28-day new period), one after another on one page."""
    cases = [c for c in EXAMPLES if len(c["periods"]) > 1]
    assert cases, "examples.toml has cases with recovery gaps"
    open_calculator(page)
    failures = {}
    for case in cases:
        fill_periods(page, case["periods"])
        submit(page)
        wait_result(page)
        page.wait_for_function(
            "(d) => document.querySelector('[data-milestone=\"eerste_ziektedag\"] time')"
            "?.getAttribute('datetime') === d",
            arg=case["expected"]["eerste_ziektedag"],
            timeout=BOOT_MS,
        )
        bad = mismatches(case["expected"], shown_dates(page))
        if bad:
            failures[case["id"]] = bad
    assert failures == {}


def test_periods_can_be_removed(page: Page) -> None:
    open_calculator(page)
    add = page.get_by_role("button", name=NL["add"])
    add.click()
    add.click()
    expect(page.locator("fieldset.rh-period")).to_have_count(2)
    # Focus moves into the new period, to its first field.
    third = date_group(page, "Herstel en nieuwe ziekteperiode 3")
    expect(date_group(third, NL["last"]).get_by_label("Dag")).to_be_focused()
    page.get_by_role("button", name="Verwijder deze periode 2").click()
    expect(page.locator("fieldset.rh-period")).to_have_count(1)
    # The remaining block is renumbered.
    expect(date_group(page, "Herstel en nieuwe ziekteperiode 2")).to_be_visible()
    expect(page.locator("#rh-periods-0-end-day")).to_be_attached()
    expect(page.locator("#rh-periods-1-start-day")).to_be_attached()


@pytest.mark.parametrize(
    ("day", "month", "year", "part"),
    [("31", "2", "2026", None), ("5", "", "2026", "month")],
    ids=["impossible-date", "empty-month"],
)
def test_bad_input_shows_the_error_summary_and_keeps_the_input(
    page: Page, day: str, month: str, year: str, part: str | None
) -> None:
    open_calculator(page)
    group = date_group(page, "Eerste ziektedag")
    group.get_by_label("Dag", exact=True).fill(day)
    group.get_by_label("Maand", exact=True).fill(month)
    group.get_by_label("Jaar", exact=True).fill(year)
    submit(page)
    summary = page.locator(".rh-error-summary")
    expect(summary).to_be_visible(timeout=BOOT_MS)
    expect(summary).to_have_attribute("role", "alert")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading")).to_have_text("Er is een probleem")
    expect(page).to_have_title(re.compile("^Fout: "))
    # What was typed is still there.
    expect(group.get_by_label("Dag", exact=True)).to_have_value(day)
    expect(group.get_by_label("Maand", exact=True)).to_have_value(month)
    expect(group.get_by_label("Jaar", exact=True)).to_have_value(year)
    # The field carries the same message, linked with aria-describedby.
    message = page.locator("#rh-periods-0-start-error")
    expect(message).to_be_visible()
    link = summary.get_by_role("link").first
    assert link.inner_text().strip() in message.inner_text()
    expect(group).to_have_accessible_description(re.compile(re.escape(link.inner_text().strip())))
    expect(page.locator(".rh-result")).to_be_hidden()
    # The summary link takes the visitor to the field (the month itself when it is missing).
    link.click()
    target = "Maand" if part == "month" else "Dag"
    expect(group.get_by_label(target, exact=True)).to_be_focused()
    expect(group.get_by_label(target, exact=True)).to_have_attribute("aria-invalid", "true")


def test_errors_in_an_added_period_point_at_that_period(page: Page) -> None:
    open_calculator(page)
    fill_date(date_group(page, "Eerste ziektedag"), "2026-01-05")
    page.get_by_role("button", name=NL["add"]).click()
    block = date_group(page, "Herstel en nieuwe ziekteperiode 2")
    fill_date(date_group(block, NL["last"]), "2026-03-31")
    submit(page)  # the new first sick day is empty
    summary = page.locator(".rh-error-summary")
    expect(summary).to_be_focused(timeout=BOOT_MS)
    summary.get_by_role("link").first.click()
    expect(page.locator("#rh-periods-1-start-day")).to_be_focused()
    expect(date_group(block, NL["last"]).get_by_label("Dag")).to_have_value("31")


def test_check_your_answers_change_link_focuses_the_field(page: Page) -> None:
    open_calculator(page)
    fill_periods(page, ["2026-01-05"])
    submit(page)
    wait_result(page)
    check = page.locator(".rh-check")
    expect(check).to_contain_text("Eerste ziektedag")
    check.get_by_role("link", name=re.compile("^Wijzig")).first.click()
    expect(page.locator("#rh-periods-0-start-day")).to_be_focused()
