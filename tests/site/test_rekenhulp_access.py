"""The calculator page for every visitor, in real Chromium: keyboard only from the first field
to the result, axe-core in each of the page's states, and the page that still points to the
timeline without JavaScript, without a worker, with a worker that cannot boot or with an
internal error in the calculator (a wheel with a planted bug).

Run: ``SPOORWIJZER_SITE=site .venv/bin/pytest tests/site/test_rekenhulp_access.py`` after
``make build`` (or without the variable: the session builds the site itself).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from rekenhulp_steps import (
    BOOT_MS,
    EN,
    EXAMPLES,
    NL,
    fill_periods,
    mismatches,
    open_calculator,
    shown_dates,
    submit,
    wait_ready,
    wait_result,
)
from release_files import boot_wheel, with_source
from waits import wait_animations_settled

from calculator.errors import INTERNAL_MESSAGE

pytestmark = pytest.mark.browser


def test_keyboard_only_flow(page: Page) -> None:
    """Tab, typing and Enter only: first sick day, add a recovery period, submit, role view."""
    case = next(c for c in EXAMPLES if c["id"] == "samentellen-20-dagen")
    open_calculator(page)
    wait_ready(page)
    for _ in range(100):
        if page.evaluate("document.activeElement?.id") == "rh-periods-0-start-day":
            break
        page.keyboard.press("Tab")
    else:
        pytest.fail("Tab never reaches the first sick day")

    def type_date(day: str, month: str, year: str) -> None:
        page.keyboard.type(day)
        page.keyboard.press("Tab")
        page.keyboard.type(month)
        page.keyboard.press("Tab")
        page.keyboard.type(year)

    type_date("5", "1", "2026")
    page.keyboard.press("Tab")  # the "add a period" button
    page.keyboard.press("Enter")
    expect(page.locator("#rh-periods-0-end-day")).to_be_focused()
    type_date("31", "3", "2026")
    page.keyboard.press("Tab")
    expect(page.locator("#rh-periods-1-start-day")).to_be_focused()
    type_date("21", "apr", "2026")
    page.keyboard.press("Enter")  # submits the form
    wait_result(page)
    expect(page.locator("#rh-result-heading")).to_be_focused()
    assert mismatches(case["expected"], shown_dates(page)) == {}

    # The role view is a radio group: Tab into it, arrows to choose.
    page.keyboard.press("Tab")
    expect(page.locator("#rh-role-all")).to_be_focused()
    page.keyboard.press("ArrowRight")
    expect(page.locator("#rh-role-werkgever")).to_be_checked()
    visible = page.locator("[data-milestone]:visible")
    expect(visible.first).to_be_visible()
    for element in visible.all():
        assert "werkgever" in (element.get_attribute("data-roles") or "")
    expect(page).to_have_url(re.compile("rol=werkgever"), timeout=10_000)


def test_without_a_worker_the_page_points_to_the_timeline(page: Page) -> None:
    page.add_init_script("delete window.Worker;")
    page.goto("rekenhulp/")
    fallback = page.locator(".rh-fallback")
    expect(fallback).to_be_visible()
    expect(fallback).to_have_attribute("role", "alert")
    link = fallback.get_by_role("link")
    expect(link).to_have_attribute("href", "../tijdlijn/")


def test_without_javascript_the_text_and_the_timeline_link_remain(
    browser: Browser, base_url: str
) -> None:
    context = browser.new_context(java_script_enabled=False, base_url=base_url)
    try:
        page = context.new_page()
        page.goto("rekenhulp/")
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        expect(page.locator(".rh-noscript")).to_be_visible()
        expect(page.locator(".rh-noscript").get_by_role("link")).to_have_attribute(
            "href", "../tijdlijn/"
        )
    finally:
        context.close()


@pytest.mark.parametrize("path", ["rekenhulp/", "en/rekenhulp/"])
def test_axe_finds_nothing_in_the_calculator_states(page: Page, path: str) -> None:
    """The stock page is scanned by the site tests; this scans what only JS shows: all
    optional sections open with a period added, the error summary, and the result."""
    from axe_playwright_python.sync_playwright import Axe

    t = EN if path.startswith("en/") else NL
    open_calculator(page, path)
    wait_ready(page)
    reports = {}

    def scan(state: str) -> None:
        # Material's "back to top" button fades in (125 ms) while these steps scroll the
        # page: let transitions settle so axe measures what a reader sees.
        wait_animations_settled(page)
        results = Axe().run(page)
        if results.violations_count:
            reports[state] = results.generate_report()

    page.get_by_role("button", name=t["add"]).click()
    for summary in page.locator("details.rh-optional > summary").all():
        summary.click()
    scan("form open")
    submit(page, t)
    expect(page.locator(".rh-error-summary")).to_be_visible(timeout=BOOT_MS)
    scan("errors")
    fill_periods(page, ["2026-01-05/2026-03-31", "2026-04-21"], t)
    submit(page, t)
    wait_result(page)
    expect(page.locator(".rh-error-summary")).to_be_hidden()
    scan("result")
    page.locator("#rh-role-werknemer").check()
    scan("role view")
    assert reports == {}, "\n".join(f"{k}:\n{v}" for k, v in reports.items())


def test_a_worker_that_cannot_boot_points_to_the_timeline(page: Page) -> None:
    page.route("**/wheels/manifest.json", lambda route: route.fulfill(status=404, body=""))
    open_calculator(page)
    fallback = page.locator(".rh-fallback")
    expect(fallback).to_be_visible(timeout=BOOT_MS)
    expect(fallback.get_by_role("link")).to_have_attribute("href", "../tijdlijn/")
    expect(page.locator("[data-rekenhulp]")).to_have_attribute("data-state", "failed")
    # Submitting now keeps the form and the typed input; nothing breaks.
    fill_periods(page, ["2026-01-05"])
    submit(page)
    expect(page.locator("#rh-periods-0-start-day")).to_have_value("5")


# ----- a fault of ours ---------------------------------------------------------------------------

PLANTED = """

def calculate(*args, **kwargs):  # planted by tests/site/test_rekenhulp_access.py
    raise RuntimeError("a planted bug")
"""


def wheel_with_a_planted_bug(site_dir: Path) -> tuple[str, bytes]:
    """The calculator wheel of the build with ``engine.calculate`` raising a plain exception:
    the boundary must answer ``internal`` (a fault of ours), as it would for any bug."""
    wheel = boot_wheel(site_dir)
    return wheel.name, with_source(
        wheel.read_bytes(), "calculator/engine.py", lambda text: text + PLANTED
    )


# A fresh profile: a memory snapshot kept by an earlier test holds the calculator imported
# from the real wheel, so the routed wheel's planted bug would never run.
@pytest.mark.fresh_profile
def test_an_internal_answer_keeps_the_form_and_offers_the_timeline(
    page: Page, site_dir: Path
) -> None:
    name, wheel = wheel_with_a_planted_bug(site_dir)
    page.route(
        f"**/wheels/{name}",
        lambda route: route.fulfill(
            status=200, content_type="application/octet-stream", body=wheel
        ),
    )
    open_calculator(page)
    fill_periods(page, ["2026-01-05/2026-03-31", "2026-04-21"])
    submit(page)
    summary = page.locator(".rh-error-summary")
    expect(summary).to_be_visible(timeout=BOOT_MS)
    expect(summary).to_have_attribute("data-error", "internal")
    expect(summary).to_be_focused()
    # The boundary's own calm message, and the way out: the timeline without the calculator.
    expect(summary).to_contain_text(INTERNAL_MESSAGE[0])
    expect(
        summary.get_by_role("link", name="Tijdlijn van de Wet verbetering poortwachter")
    ).to_have_attribute("href", "../tijdlijn/")
    # Nothing typed is blamed, and nothing typed is lost.
    expect(page.locator(".rh-form [aria-invalid]")).to_have_count(0)
    expect(page.locator(".rh-error-message:visible")).to_have_count(0)
    expect(page.locator("#rh-periods-0-start-day")).to_have_value("5")
    expect(page.locator("#rh-periods-0-end-day")).to_have_value("31")
    expect(page.locator("#rh-periods-1-start-day")).to_have_value("21")
    expect(page.locator(".rh-result")).to_be_hidden()
    expect(page.locator("[data-rekenhulp]")).to_have_attribute("data-state", "ready")
