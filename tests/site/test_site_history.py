"""A case in the browser's history: what the calculator writes into its own address (the form as
typed, a result) and the link that opens a dossier from Meerdere dossiers hold no name and no
date of birth; the share link the visitor copies does. Drafts replace the address, never add
to the history. Name and date of birth still survive a reload, a switch of language and the
opening of a dossier, inside the browser only. Real Chromium, the site's policy in force."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

import pytest
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect

pytestmark = pytest.mark.browser

BOOT_MS = 90_000
TODAY = "2026-11-23"
NAME = "Jan Jansen"
BIRTH = ("1", "2", "1960")  # 1 February 1960
PERSONAL = re.compile(r"naam=|geboren=|Jan|1960")


@pytest.fixture
def context(browser: Browser, site_url: str) -> Iterator[BrowserContext]:
    context = browser.new_context(base_url=site_url)  # the site's own policy stays in force
    context.add_init_script(f"window.SPOORWIJZER_TODAY = {TODAY!r};")
    yield context
    context.close()


def wait_ready(page: Page) -> None:
    expect(page.locator("[data-rekenhulp]")).to_have_attribute(
        "data-state", "ready", timeout=BOOT_MS
    )


def fill_date(group: Locator, day: str, month: str, year: str, t: str = "nl") -> None:
    words = ("Dag", "Maand", "Jaar") if t == "nl" else ("Day", "Month", "Year")
    for word, value in zip(words, (day, month, year), strict=True):
        group.get_by_label(word, exact=True).fill(value)


def address(page: Page) -> str:
    return unquote(page.url)


def open_section(page: Page, section: str) -> None:
    details = page.locator(f'details[data-section="{section}"]')
    if details.get_attribute("open") is None:
        details.locator("> summary").click()


def test_the_calculator_keeps_name_and_birth_date_out_of_its_address(
    context: BrowserContext,
) -> None:
    page = context.new_page()
    page.goto("rekenhulp/")
    wait_ready(page)
    entries = page.evaluate("history.length")
    open_section(page, "label")
    page.get_by_label("Naam (alleen voor jezelf)", exact=True).fill(NAME)
    open_section(page, "person")
    fill_date(page.get_by_role("group", name="Geboortedatum van de werknemer"), *BIRTH)
    # The first sick day last: the first draft Python accepts holds the name and birth date.
    fill_date(page.get_by_role("group", name="Eerste ziektedag", exact=True), "5", "1", "2026")
    # The draft reaches the address (replacing it), without the name and the date of birth.
    expect(page).to_have_url(re.compile(r"#v=1&ziek=2026-01-05"), timeout=BOOT_MS)
    assert not PERSONAL.search(address(page)), address(page)
    assert page.evaluate("history.length") == entries

    # A reload of the draft fills in everything again: the name and date of birth come from
    # this tab's history entry, not from the address.
    page.reload()
    expect(page.get_by_label("Naam (alleen voor jezelf)", exact=True)).to_have_value(
        NAME, timeout=BOOT_MS
    )
    birth = page.get_by_role("group", name="Geboortedatum van de werknemer")
    expect(birth.get_by_label("Jaar", exact=True)).to_have_value("1960")

    # The result: the address holds the case without them, the share link holds it all, and
    # says where its contents end up.
    page.get_by_role("button", name="Bereken de termijnen").click()
    expect(page.locator(".rh-result")).to_be_visible(timeout=BOOT_MS)
    assert not PERSONAL.search(address(page)), address(page)
    share = unquote(page.locator("#rh-share-link").input_value())
    assert "naam=Jan Jansen" in share and "geboren=1960-02-01" in share
    hint = page.locator("#rh-share-hint")
    expect(hint).to_contain_text("Wie de link heeft, kan het lezen.")
    expect(hint).to_contain_text("geschiedenis van zijn browser")
    assert page.evaluate("history.length") == entries

    # The other language: the same case, the name and date of birth handed over in this tab.
    page.locator('a[hreflang="en"]').first.dispatch_event("click")  # in the language menu
    page.wait_for_url(re.compile(r"/en/rekenhulp/#v=1&ziek=2026-01-05"))
    expect(page.locator(".rh-result")).to_be_visible(timeout=BOOT_MS)
    expect(page.get_by_label("Name (just for you)", exact=True)).to_have_value(NAME)
    assert not PERSONAL.search(address(page)), address(page)
    assert "naam=Jan Jansen" in unquote(page.locator("#rh-share-link").input_value())


def test_a_dossier_opens_without_name_or_birth_date_in_its_address(
    context: BrowserContext, site_url: str
) -> None:
    dossiers = context.new_page()
    dossiers.goto("en/dossiers/")
    expect(dossiers.locator("[data-dossiers]")).to_have_attribute(
        "data-restored", "0", timeout=BOOT_MS
    )
    dossiers.get_by_label("Name (just for you)", exact=True).fill(NAME)
    first_day = dossiers.get_by_role("group", name="First sick day", exact=True)
    fill_date(first_day, "5", "1", "2026", "en")
    open_section(dossiers, "person")
    fill_date(dossiers.get_by_role("group", name="The employee's date of birth"), *BIRTH, t="en")
    dossiers.get_by_role("button", name="Add the case").click()
    row = dossiers.locator("[data-case]").first
    row.get_by_role("button", name=NAME).click()  # its details, with the link
    link = dossiers.locator("[data-details]").get_by_role("link")
    expect(link).to_be_visible(timeout=BOOT_MS)
    href = unquote(link.get_attribute("href") or "")
    assert href.startswith(f"{site_url}en/rekenhulp/#v=1&ziek=2026-01-05&"), href
    assert not PERSONAL.search(href) and re.search(r"&dossier=[0-9a-f]{32}$", href), href

    # Opened: the calculator asks this page for the name and date of birth.
    with context.expect_page() as opened:
        link.click()
    calculator = opened.value
    expect(calculator.locator(".rh-result")).to_be_visible(timeout=BOOT_MS)
    expect(calculator.get_by_label("Name (just for you)", exact=True)).to_have_value(NAME)
    birth = calculator.get_by_role("group", name="The employee's date of birth")
    expect(birth.get_by_label("Year", exact=True)).to_have_value("1960")
    assert not PERSONAL.search(address(calculator)) and "dossier=" not in calculator.url
    calculator.close()

    # With the list's page closed, the same link opens the case without them, and says so.
    dossiers.close()
    alone = context.new_page()
    alone.goto(href)
    expect(alone.locator(".rh-result")).to_be_visible(timeout=BOOT_MS)
    expect(alone.locator(".rh-status")).to_contain_text(
        "The name and date of birth of this case are not in the address", timeout=BOOT_MS
    )
    expect(alone.get_by_label("Name (just for you)", exact=True)).to_have_value("")
