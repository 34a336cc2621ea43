"""The form speaks to the reader the role switch names: the employee reads "je", the employer
"u" and "uw werknemer", the re-integration agency "je" and "de werknemer" (the result's
heading too: whose timeline it is); the page Meerdere
dossiers, an HR officer's tool, says "u" throughout (the README's "Writing")."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.browser

BOOT_MS = 90_000
TODAY = "2026-12-07"
JE = re.compile(r"\b(je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)
U = re.compile(r"\b(u|uw|uzelf)\b", re.IGNORECASE)


def page_on(browser: Browser, site_url: str) -> Page:
    """A Dutch page with the site's CSP in force and a fixed "today"."""
    context = browser.new_context(base_url=site_url, bypass_csp=False, locale="nl-NL")
    page = context.new_page()
    page.add_init_script(f"window.SPOORWIJZER_TODAY = {TODAY!r};")
    return page


def test_the_form_follows_the_role_switch(browser: Browser, site_url: str) -> None:
    page = page_on(browser, site_url)
    try:
        page.goto("rekenhulp/#v=1&ziek=2026-10-19&rol=werknemer")
        expect(page.locator("[data-now]")).to_be_visible(timeout=BOOT_MS)
        first = page.locator("#rh-periods-0-start-hint")
        heading = page.locator("#rh-result-heading")
        expect(heading).to_have_text("Jouw tijdlijn")
        add = page.locator(".rh-add .rh-hint")
        person = page.locator("[data-section='person'] > .rh-optional-body > .rh-hint")
        hints = {"eerste ziektedag": first, "periode toevoegen": add, "geboortedatum": person}

        def said() -> dict[str, str]:
            return {name: hint.text_content() or "" for name, hint in hints.items()}

        employee = said()
        for name, text in employee.items():
            assert JE.search(text) and not U.search(text), f"{name}, werknemer: {text}"

        page.locator("#rh-role-werkgever").check()
        expect(first).to_contain_text("uw werknemer")
        expect(heading).to_have_text("De tijdlijn van uw werknemer")
        for words in (
            page.locator(".rh-check-section h3"),
            page.locator("#rh-share-hint"),
            page.locator("label[for=rh-calendar-label]"),
        ):
            expect(words).to_contain_text(re.compile(r"\b[Uu]w?\b"))
            assert not JE.search(words.text_content() or ""), words
        for name, text in said().items():
            assert U.search(text) and not JE.search(text), f"{name}, werkgever: {text}"

        page.locator("#rh-role-bureau").check()
        expect(first).to_contain_text("de werknemer")
        expect(heading).to_have_text("De tijdlijn van de werknemer")
        for name, text in said().items():
            assert not U.search(text), f"{name}, bureau: {text}"

        page.locator("#rh-role-werknemer").check()
        expect(first).to_have_text(employee["eerste ziektedag"])
        expect(heading).to_have_text("Jouw tijdlijn")
        expect(page.locator(".rh-check-section h3")).to_have_text("Controleer je antwoorden")
        assert said() == employee
    finally:
        page.context.close()


def test_meerdere_dossiers_says_u(browser: Browser, site_url: str) -> None:
    """Every word of the page's own content and its tool (each optional part opened), not the
    site's navigation, which names the pages for employees ("Jouw situatie")."""
    page = page_on(browser, site_url)
    try:
        page.goto("dossiers/")
        root = page.locator("[data-dossiers]")
        expect(root).to_have_attribute("data-state", "ready", timeout=BOOT_MS)
        page.locator("[data-dossiers] details").evaluate_all(
            "(all) => all.forEach((d) => { d.open = true; })"
        )
        text = page.locator("article").inner_text()
        assert "Eerste ziektedag" in text  # the tool's form is there
        found = [text[max(0, m.start() - 60) : m.end() + 30] for m in JE.finditer(text)]
        assert not found, found
    finally:
        page.context.close()
