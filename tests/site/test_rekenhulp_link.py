"""The case in the calculator page's address, in real Chromium: the share link that reproduces
the result in a new page, malformed, partial and hostile fragments, an anchor click, a
reload, and the English page and the language switch that keep the case.

Run: ``SPOORWIJZER_SITE=site .venv/bin/pytest tests/site/test_rekenhulp_link.py`` after
``make build`` (or without the variable: the session builds the site itself).
"""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import Browser, Page, Route, expect
from rekenhulp_steps import (
    BOOT_MS,
    EN,
    EXAMPLES,
    NL,
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
from waits import wait_images_settled

pytestmark = pytest.mark.browser


def test_the_share_link_reproduces_the_result_in_a_new_page(page: Page, browser: Browser) -> None:
    case = next(c for c in EXAMPLES if c["id"] == "samentellen-20-dagen")
    open_calculator(page)
    fill_periods(page, case["periods"])
    submit(page)
    wait_result(page)
    first = shown_dates(page)
    link = page.locator("#rh-share-link").input_value()
    assert "#" in link and "ziek=" in link
    assert page.url == link  # the fragment is in the address bar too

    other = browser.new_page()
    try:
        other.goto(link)
        wait_result(other)
        assert shown_dates(other) == first
        assert mismatches(case["expected"], shown_dates(other)) == {}
        # The form is filled in again, recovery period included.
        expect(other.locator("#rh-periods-0-start-day")).to_have_value("5")
        expect(other.locator("#rh-periods-0-end-day")).to_have_value("31")
        expect(other.locator("#rh-periods-1-start-day")).to_have_value("21")
    finally:
        other.close()


@pytest.mark.parametrize(
    "fragment",
    ["v=1&ziek=2026-02-31", "v=1&ziek=gisteren", "v=1&ziek=%%%&rol=", "v=99&foo=bar"],
)
def test_a_malformed_fragment_gives_the_form_with_a_message(page: Page, fragment: str) -> None:
    open_calculator(page, "rekenhulp/#" + fragment)
    summary = page.locator(".rh-error-summary")
    expect(summary).to_be_visible(timeout=BOOT_MS)
    expect(summary.get_by_role("listitem").first).not_to_be_empty()
    expect(date_group(page, "Eerste ziektedag")).to_be_visible()
    expect(page.locator(".rh-result")).to_be_hidden()


def test_a_partial_fragment_fills_in_what_was_valid(page: Page) -> None:
    open_calculator(page, "rekenhulp/#v=1&ziek=2026-01-05&eje=2026-99-99")
    summary = page.locator(".rh-error-summary")
    expect(summary).to_be_visible(timeout=BOOT_MS)
    expect(page.locator("#rh-periods-0-start-day")).to_have_value("5")
    expect(page.locator("#rh-periods-0-start-month")).to_have_value("1")
    expect(page.locator("#rh-periods-0-start-year")).to_have_value("2026")


def test_the_english_page_works(page: Page) -> None:
    case = EXAMPLES[0]
    open_calculator(page, "en/rekenhulp/")
    expect(page.get_by_role("status")).to_have_text(
        re.compile("Loading the calculator|The calculator is ready.")
    )
    fill_periods(page, case["periods"], EN)
    submit(page, EN)
    wait_result(page)
    expect(page.locator("#rh-result-heading")).to_have_text("Your timeline")
    assert mismatches(case["expected"], shown_dates(page)) == {}
    first_day = page.locator('[data-milestone="eerste_ziektedag"] .rh-date')
    expect(first_day).to_contain_text("January")
    # Errors are in English too.
    date_group(page, "First sick day").get_by_label("Month", exact=True).fill("")
    submit(page, EN)
    expect(page.locator(".rh-error-summary h2")).to_have_text("There is a problem")


HOSTILE = "<script>window.__pwned=1</script><img src=x onerror=window.__pwned=2>"


@pytest.mark.parametrize(
    "fragment",
    [
        "v=1&ziek=2026-01-05&rol=" + quote(HOSTILE),
        "v=1&ziek=" + quote(HOSTILE),
        "v=1&ziek=2026-01-05&" + quote(HOSTILE) + "=1",
        "v=1&ziek=2026-01-05&einde_contract=" + quote(HOSTILE),
    ],
    ids=["role", "period", "key", "contract"],
)
def test_nothing_from_the_fragment_is_injected_as_html(page: Page, fragment: str) -> None:
    open_calculator(page, "rekenhulp/#" + fragment)
    wait_ready(page)
    page.wait_for_function(
        "!document.querySelector('.rh-error-summary').hidden"
        " || !document.querySelector('.rh-result').hidden",
        timeout=BOOT_MS,
    )
    wait_images_settled(page)  # an injected <img onerror> has fired by then
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".rekenhulp script, .rekenhulp img").count() == 0


def test_a_link_in_the_other_language_opens_that_page(page: Page) -> None:
    case = EXAMPLES[0]
    open_calculator(page, f"rekenhulp/#v=1&ziek={case['periods'][0]}&taal=en")
    expect(page).to_have_url(re.compile(r"/en/rekenhulp/#.*taal=en"), timeout=BOOT_MS)
    wait_result(page)
    expect(page.locator("#rh-result-heading")).to_have_text("Your timeline")
    assert mismatches(case["expected"], shown_dates(page)) == {}


# ----- input is not lost by navigation ----------------------------------------------------


def test_an_anchor_click_keeps_the_case_in_the_address_bar(page: Page) -> None:
    open_calculator(page, "rekenhulp/#v=1&ziek=2026-01-05/2026-03-31,2026-04-21")
    wait_result(page)
    case_url = page.url
    assert "ziek=2026-01-05/2026-03-31,2026-04-21" in case_url
    page.locator(".md-sidebar--secondary").get_by_role("link", name="Zonder rekenhulp").click()
    expect(page.locator("#zonder-rekenhulp")).to_be_in_viewport()
    assert page.url == case_url
    page.reload()
    wait_result(page)
    expect(page.locator("#rh-periods-1-start-day")).to_have_value("21")
    assert page.url == case_url


def test_what_was_typed_survives_a_reload(page: Page) -> None:
    open_calculator(page)
    fill_date(date_group(page, "Eerste ziektedag"), "2026-01-05")
    page.get_by_text("Einde van het contract").click()
    fill_date(date_group(page, "Laatste dag van het contract"), "2026-12-31", month="dec")
    # Once Python accepts what was typed, the fragment holds it (nothing is calculated yet).
    expect(page).to_have_url(
        re.compile(r"ziek=2026-01-05&.*einde_contract=2026-12-31"), timeout=BOOT_MS
    )
    expect(page.locator(".rh-result")).to_be_hidden()
    page.reload()
    expect(page.locator("#rh-periods-0-start-day")).to_have_value("5", timeout=BOOT_MS)
    expect(page.locator("#rh-contract_end-month")).to_have_value("12")
    expect(page.locator('details[data-section="contract"]')).to_have_attribute("open", "")
    # After a result, an edit survives a reload too.
    submit(page)
    wait_result(page)
    date_group(page, "Eerste ziektedag").get_by_label("Dag", exact=True).fill("12")
    expect(page).to_have_url(re.compile(r"ziek=2026-01-12&"), timeout=BOOT_MS)
    page.reload()
    expect(page.locator("#rh-periods-0-start-day")).to_have_value("12", timeout=BOOT_MS)


def test_bereken_waits_while_loading_and_the_language_switch_keeps_the_case(page: Page) -> None:
    """ "Bereken" before the calculator is ready says so and runs when it is; the language menu
    opens the other language's page with the case."""
    held: list[Route] = []
    page.route("**/wheels/manifest.json", lambda route: held.append(route))
    open_calculator(page)
    fill_date(date_group(page, NL["first"]), "2026-01-05")
    submit(page)
    button = page.locator(".rh-form button[type=submit]")
    expect(button).to_contain_text("de rekenhulp laadt nog")
    expect(page.get_by_role("status")).to_contain_text("Even geduld")
    assert held, "the worker asks for the wheels' manifest while booting"
    held[0].fallback()
    wait_result(page)
    expect(button).to_have_text(NL["submit"])
    expect(page.locator("#rh-result-heading")).to_be_focused()
    assert mismatches(EXAMPLES[0]["expected"], shown_dates(page)) == {}

    page.locator('a[hreflang="en"]').first.dispatch_event("click")
    expect(page).to_have_url(re.compile(r"/en/rekenhulp/#v=1&ziek=2026-01-05&.*taal=en"))
    wait_result(page)
    expect(page.locator("#rh-result-heading")).to_have_text("Your timeline")
    expect(page.locator("#rh-periods-0-start-day")).to_have_value("5")
