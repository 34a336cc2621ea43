"""The bureau page and the links bureaus make, in real Chromium: the snippet the bureau page
generates works on a bureau's page, deep links that are partly wrong or hold only settings,
a full recovery given in a link, and axe-core on the embed page and the bureau page.

Run: ``SPOORWIJZER_SITE=site .venv/bin/pytest tests/site/test_bureau_snippet_and_links.py``
after ``make build`` (or without the variable: the session builds the site itself).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from bureau_host import (
    BOOT_MS,
    CALCULATE,
    bureau_origin,  # noqa: F401 (the fixture `bureau`: pytest finds it in this module)
    bureau_page,
    calculator_frame,
    fill_date,
    shown_dates,
    wait_height_settled,
    wait_ready,
    wait_result,
)
from playwright.sync_api import Page, expect
from waits import wait_animations_settled

pytestmark = pytest.mark.browser


# ----- the bureau page and its generator ---------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_generated_snippet_works_on_a_bureau_page(
    page: Page, site_url: str, bureau: tuple[str, Path], lang: str
) -> None:
    page.goto(site_url + ("en/bureaus/" if lang == "en" else "bureaus/"))
    form = page.locator("[data-sw-generator]")
    expect(form).to_have_attribute("data-ready", "true")
    page.locator("#sw-taal-en" if lang == "en" else "#sw-taal-nl").check()
    page.locator("#sw-kleur").fill('"><script>alert(1)</script>')
    expect(page.locator("#sw-kleur-error")).to_be_visible()
    snippet = page.locator("#sw-snippet").input_value()
    assert "<script>alert" not in snippet and "kleur" not in snippet
    page.locator("#sw-kleur").fill("#5a2d82")
    expect(page.locator("#sw-kleur-error")).to_be_hidden()
    page.locator("#sw-rol").select_option("werkgever")
    snippet = page.locator("#sw-snippet").input_value()
    link = page.locator("#sw-link").input_value()
    embed = "en/rekenhulp/embed/" if lang == "en" else "rekenhulp/embed/"
    assert f'src="{site_url}{embed}?kleur=5a2d82&amp;rol=werkgever"' in snippet
    assert f'<script src="{site_url}assets/spoorwijzer/embed.js" defer></script>' in snippet
    assert (
        link
        == site_url + ("en/rekenhulp/" if lang == "en" else "rekenhulp/") + "#v=1&rol=werkgever"
    )
    # The copy button puts the snippet on the clipboard as plain text.
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.locator("[data-sw-copy=snippet]").click()
    assert page.evaluate("navigator.clipboard.readText()") == snippet
    # The live preview: shown on request (it loads the calculator), then it follows the settings.
    preview = page.locator("iframe[data-sw-preview]")
    expect(preview).to_be_hidden()
    page.locator(".sw-preview__show").click()
    expect(preview).to_be_visible()
    expect(preview).to_have_attribute("src", f"{site_url}{embed}?kleur=5a2d82&rol=werkgever")
    page.locator("#sw-rol").select_option("werknemer")
    expect(preview).to_have_attribute("src", f"{site_url}{embed}?kleur=5a2d82&rol=werknemer")
    shown = preview.content_frame
    expect(shown.locator("[data-rekenhulp]")).to_have_attribute(
        "data-state", "ready", timeout=BOOT_MS
    )
    expect(shown.locator("[data-rekenhulp]")).to_have_attribute("data-role", "werknemer")
    assert (
        shown.locator(CALCULATE).evaluate("b => getComputedStyle(b).backgroundColor")
        == "rgb(90, 45, 130)"
    )
    page.locator("#sw-rol").select_option("werkgever")

    page.goto(bureau_page(bureau, snippet))
    frame = calculator_frame(page)
    wait_ready(frame)
    t = {"nl": "Bereken de termijnen", "en": "Calculate the deadlines"}[lang]
    fill_date(frame, "periods-0-start", "2026-01-05")
    frame.get_by_role("button", name=t).click()
    wait_result(frame)
    assert shown_dates(frame)["ziekmelding_uwv"] == "2026-10-26"
    # After "Bereken" the answer comes into the host page's view.
    expect(frame.locator("#rh-result-heading")).to_be_in_viewport()
    expect(frame.locator("#rh-role-werkgever")).to_be_checked()
    assert frame.evaluate("document.documentElement.lang") == lang
    wait_height_settled(page, frame)

    plain = page.context.new_page()
    try:
        plain.goto(link)
        expect(plain.locator("[data-rekenhulp]")).to_have_attribute(
            "data-state", "ready", timeout=BOOT_MS
        )
        expect(plain.locator(".rh-error-summary")).to_be_hidden()
    finally:
        plain.close()


# ----- fixes on the calculator page --------------------------------------------------------------


def test_a_full_recovery_without_a_new_period_shows_until_when_it_adds_together(
    page: Page,
) -> None:
    # The page calculates for the real today: a recovery of ten days ago still adds together
    # with a new period (under four weeks, WIA 23 lid 1), one of months ago closes the chain.
    today = date.today()
    start, last = today - timedelta(days=70), today - timedelta(days=10)
    page.goto(f"rekenhulp/#v=1&ziek={start.isoformat()}/{last.isoformat()}")
    expect(page.locator(".rh-result")).to_be_visible(timeout=BOOT_MS)
    expect(page.locator("[data-outcome=herstel]")).to_be_visible()
    expect(page.locator("#rh-periods-0-end-day")).to_have_value(str(last.day))
    expect(page.locator("#rh-periods-0-end-month")).to_have_value(str(last.month))
    link = page.locator("#rh-share-link").input_value()
    assert f"ziek={start.isoformat()}/{last.isoformat()}" in link
    # Typed by hand: the recovery disclosure asks for the last sick day.
    page.goto("about:blank")
    page.goto("rekenhulp/")
    wait_ready(page)
    fill_date(page.main_frame, "periods-0-start", start.isoformat())
    page.get_by_text("Nu volledig hersteld?").click()
    group = page.get_by_role("group", name="Laatste ziektedag voor herstel")
    group.get_by_label("Dag", exact=True).fill(str(last.day))
    group.get_by_label("Maand", exact=True).fill(str(last.month))
    group.get_by_label("Jaar", exact=True).fill(str(last.year))
    page.get_by_role("button", name="Bereken de termijnen").click()
    expect(page.locator("[data-outcome=herstel]")).to_be_visible(timeout=BOOT_MS)
    # Adding a new period moves that date into the new period's "last sick day".
    page.get_by_role("button", name="Hersteld en later opnieuw ziek? Voeg een periode toe").click()
    expect(page.locator("#rh-periods-0-end-day")).to_have_value(str(last.day))
    expect(page.locator("#rh-periods-1-end-day")).to_have_value("")


def test_a_partly_wrong_deep_link_fills_in_what_was_valid(page: Page) -> None:
    page.goto("rekenhulp/#v=1&ziek=2026-01-05/2026-03-31,2026-04-21&rol=directeur&eje=gisteren")
    summary = page.locator(".rh-error-summary")
    expect(summary).to_be_visible(timeout=BOOT_MS)
    expect(summary).to_be_focused()
    expect(page.locator("#rh-periods-0-start-day")).to_have_value("5")
    expect(page.locator("#rh-periods-0-end-day")).to_have_value("31")
    expect(page.locator("#rh-periods-1-start-day")).to_have_value("21")
    expect(page.locator(".rh-result")).to_be_hidden()


def test_a_settings_only_link_opens_the_empty_form_without_errors(page: Page) -> None:
    page.goto("rekenhulp/#v=1&rol=werknemer")
    wait_ready(page)
    # The link's role is set from the calculator's answer, in the same step that shows or
    # clears the errors: once it is checked, the link has been read.
    expect(page.locator("#rh-role-werknemer")).to_be_checked(timeout=BOOT_MS)
    expect(page.locator(".rh-error-summary")).to_be_hidden()
    fill_date(page.main_frame, "periods-0-start", "2026-01-05")
    page.get_by_role("button", name="Bereken de termijnen").click()
    expect(page.locator(".rh-result")).to_be_visible(timeout=BOOT_MS)
    expect(page.locator("#rh-role-werknemer")).to_be_checked()


# ----- axe ------------------------------------------------------------------------------------


def axe_violations(page: Page) -> str:
    from axe_playwright_python.sync_playwright import Axe

    wait_animations_settled(page)
    results = Axe().run(page)
    return results.generate_report() if results.violations_count else ""


@pytest.mark.parametrize("path", ["rekenhulp/embed/", "en/rekenhulp/embed/"])
def test_axe_finds_nothing_in_embed_mode(page: Page, site_url: str, path: str) -> None:
    page.goto(f"{site_url}{path}?kleur=5a2d82&rol=bureau")
    wait_ready(page)
    reports = {"form": axe_violations(page)}
    page.locator(CALCULATE).click()
    expect(page.locator(".rh-error-summary")).to_be_visible(timeout=BOOT_MS)
    reports["errors"] = axe_violations(page)
    page.goto(f"{site_url}{path}?kleur=5a2d82#v=1&ziek=2026-01-05/2026-03-31,2026-04-21&rol=bureau")
    page.reload()
    expect(page.locator(".rh-result")).to_be_visible(timeout=BOOT_MS)
    reports["result"] = axe_violations(page)
    reports = {k: v for k, v in reports.items() if v}
    assert reports == {}, "\n".join(f"{k}:\n{v}" for k, v in reports.items())


@pytest.mark.parametrize("path", ["bureaus/", "en/bureaus/"])
def test_axe_finds_nothing_on_the_bureau_page(page: Page, site_url: str, path: str) -> None:
    page.goto(site_url + path)
    expect(page.locator("[data-sw-generator]")).to_have_attribute("data-ready", "true")
    reports = {"page": axe_violations(page)}
    page.locator("#sw-kleur").fill("not a colour")
    expect(page.locator("#sw-kleur-error")).to_be_visible()
    page.locator("[data-sw-copy=link]").click()
    reports["generator"] = axe_violations(page)
    reports = {k: v for k, v in reports.items() if v}
    assert reports == {}, "\n".join(f"{k}:\n{v}" for k, v in reports.items())
