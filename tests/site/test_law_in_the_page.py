"""The law's exceptions as a visitor sees them: real Pyodide in real Chromium, opened from a share
link the way a bureau links a case. Every expected date is worked out by hand in
calculator/worked_examples.toml; here the page must show the same.

- WIA art. 64 lid 6: after a late UWV letter the WIA application is due four weeks after it;
- AOW art. 7a lid 2: an AOW age not yet fixed drops no step, and the page says so;
- a date entered for an earlier, closed sickness chain does not count for the current one.

Run: ``SPOORWIJZER_SITE=site .venv/bin/pytest tests/site/test_law_in_the_page.py`` after
``make build``.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

#: Pyodide boots in 2-6 s here; a cold CI machine gets more room.
BOOT_MS = 90_000

pytestmark = pytest.mark.browser


def open_case(page: Page, fragment: str, today: str) -> Locator:
    """Open the calculator on a share link with "today" fixed; the result of the link."""
    page.add_init_script(f"window.SPOORWIJZER_TODAY = {today!r};")
    page.goto("about:blank")
    page.goto(f"rekenhulp/#v=1&{fragment}")
    result = page.locator(".rh-result")
    expect(result).to_be_visible(timeout=BOOT_MS)
    return result


def milestone(result: Locator, rule_id: str) -> Locator:
    return result.locator(f'.rh-timeline [data-milestone="{rule_id}"]')


def expect_date(m: Locator, iso: str) -> None:
    expect(m.locator(".rh-date time").last).to_have_attribute("datetime", iso)


def test_a_late_letter_moves_the_wia_application(page: Page) -> None:
    # WIA 64 lid 6: UWV's letter of 1 October 2027 came after week 89 (19 September 2027): the
    # application counts as on time until 29 October 2027, which is the step's date, "soon" on
    # 20 October, the next deadline for the employee, and no attention item.
    result = open_case(page, "ziek=2026-01-05&wia_brief=2027-10-01&rol=werknemer", "2027-10-20")
    application = milestone(result, "wia_aanvraag")
    expect_date(application, "2027-10-29")
    expect(application).to_have_attribute("data-status", "soon")
    now = page.locator("[data-now]")
    expect(now.locator("[data-next]")).to_have_attribute("data-next", "wia_aanvraag")
    expect(now.locator('[data-attention-item="wia_aanvraag"]')).to_have_count(0)
    derivation = application.locator("details.rh-derivation")
    derivation.locator("summary").click()
    expect(derivation).to_contain_text("art. 64 lid 6")
    expect(derivation).to_contain_text("vrijdag 29 oktober 2027")


def test_an_aow_age_not_fixed_drops_no_step(page: Page) -> None:
    # AOW art. 7a lid 2: born 1 October 1964, the AOW age for 2032 is not fixed. The steps the
    # latest possible age (1 April 2032, after the end on 29 February 2032) requires stay, and
    # the page says which date it assumes and that the age is not fixed.
    result = open_case(page, "ziek=2030-03-04&geboren=1964-10-01", "2030-03-10")
    expect_date(milestone(result, "reintegratieverslag"), "2031-11-30")
    expect_date(milestone(result, "wia_aanvraag"), "2031-12-14")
    expect_date(milestone(result, "start_wia"), "2032-03-01")
    expect(milestone(result, "einde_loondoorbetaling")).to_have_count(0)
    # the text as read (a glossary term's hidden explanation is not part of it)
    unsure = result.locator('[data-outcome="aow_leeftijd_onzeker"]')
    expect(unsure).to_contain_text("staat de AOW-leeftijd nog niet vast", use_inner_text=True)
    expect(unsure).to_contain_text("donderdag 1 januari 2032", use_inner_text=True)
    expect(unsure).to_contain_text(
        "De rekenhulp rekent met donderdag 1 april 2032", use_inner_text=True
    )
    expect(result.locator('[data-outcome="aow_tijdens_ziekte"]')).to_have_count(0)


def test_a_date_of_an_earlier_chain_does_not_count(page: Page) -> None:
    # A probleemanalyse of 30 January 2026 belongs to the chain that closed after 28 days of
    # recovery; the new chain began 4 March 2026: its probleemanalyse is due 14 April, overdue,
    # the plan van aanpak 28 April, and the step says why the entered date does not count.
    fragment = "ziek=2026-01-05/2026-02-03,2026-03-04&pa=2026-01-30"
    result = open_case(page, fragment, "2026-11-30")
    analysis = milestone(result, "probleemanalyse")
    expect_date(analysis, "2026-04-14")
    expect(analysis).to_have_attribute("data-status", "overdue")
    expect(analysis).not_to_contain_text("Gedaan op vrijdag 30 januari 2026")
    note = analysis.locator('[data-note="earlier_chain"]')
    expect(note).to_be_visible()
    expect(note).to_contain_text(re.compile("vrijdag 30 januari 2026.*woensdag 4 maart 2026"))
    expect_date(milestone(result, "plan_van_aanpak"), "2026-04-28")
    attention = page.locator('[data-now] [data-attention-item="probleemanalyse"]')
    expect(attention).to_have_attribute("data-status", "overdue")
