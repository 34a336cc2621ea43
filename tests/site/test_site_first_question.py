"""The home page's first question, in real Chromium against the strict build: it opens the
calculator with the case (the real Pyodide worker behind "Bereken"), joins and encodes what
was typed without parsing it, asks it as the calculator does, links to the calculator without
JavaScript and stands on a phone's first screen.

Expected dates come from calculator/examples.toml (checked by hand against the articles they
cite).
"""

from __future__ import annotations

import tomllib
from typing import Any
from urllib.parse import urljoin

import pytest
from look_pages import ROOT
from playwright.sync_api import Browser, Page, Request, expect

BOOT_MS = 90_000
TODAY = "2026-11-23"
EXAMPLES: list[dict[str, Any]] = tomllib.loads(
    (ROOT / "calculator" / "examples.toml").read_text("utf-8")
)["case"]


# ----- the home page's first question ------------------------------------------------------


def example(case_id: str) -> dict[str, Any]:
    return next(case for case in EXAMPLES if case["id"] == case_id)


@pytest.mark.browser
@pytest.mark.parametrize(
    ("home", "calculator", "month"),
    [("./", "/rekenhulp/", "jan"), ("en/", "/en/rekenhulp/", "Jan")],
)
def test_the_first_question_opens_the_calculator_with_the_case(
    page: Page, site_url: str, home: str, calculator: str, month: str
) -> None:
    requests: list[str] = []

    def record(request: Request) -> None:
        requests.append(request.url)

    page.add_init_script(f"window.SPOORWIJZER_TODAY = {TODAY!r};")
    page.on("request", record)
    page.goto(home)
    page.wait_for_load_state("networkidle")
    form = page.locator("form[data-sw-start]")
    form.locator('[data-part="day"]').fill("5")
    form.locator('[data-part="month"]').fill(month)
    form.locator('[data-part="year"]').fill(" 2026 ")
    on_home = [url for url in requests if "/pyodide/" in url or "/wheels/" in url]
    assert on_home == [], "the home page loaded the Python runtime"
    form.get_by_role("button").click()
    page.wait_for_url(urljoin(site_url, f"{calculator}#v=1&ziek=5-{month}-2026"))
    # the calculator's Python read the date as typed: the worked example's dates appear
    expected = example("doorlopend-maandag")["expected"]
    page.wait_for_function(
        "document.querySelectorAll('[data-milestone] time[datetime]').length > 5",
        timeout=BOOT_MS,
    )
    shown = page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('[data-milestone]')].map(
            (el) => [el.dataset.milestone,
                     [...el.querySelectorAll('time[datetime]')].map((t) => t.dateTime)]))"""
    )
    missing = {k: v for k, v in expected.items() if v not in shown.get(k, [])}
    assert missing == {}


@pytest.mark.browser
def test_what_is_typed_is_joined_and_encoded_not_parsed(page: Page, site_url: str) -> None:
    # block the calculator page itself: only the address it is asked for matters here
    page.route("**/rekenhulp/", lambda route: route.fulfill(body="", content_type="text/html"))
    page.goto("./")
    form = page.locator("form[data-sw-start]")
    form.locator('[data-part="day"]').fill("12/3")
    form.locator('[data-part="month"]').fill("maart &")
    form.locator('[data-part="year"]').fill("")
    form.locator('[data-part="year"]').press("Enter")
    page.wait_for_url("**/rekenhulp/#*")
    # as typed, but a "/" (in the link: the end of a period) becomes a space
    assert page.url == urljoin(site_url, "/rekenhulp/#v=1&ziek=12%203-maart%20%26-")


@pytest.mark.browser
def test_an_empty_first_question_opens_the_calculator_without_a_case(page: Page) -> None:
    page.route("**/rekenhulp/", lambda route: route.fulfill(body="", content_type="text/html"))
    page.goto("./")
    page.locator("form[data-sw-start]").get_by_role("button").click()
    page.wait_for_url("**/rekenhulp/")
    assert page.url.endswith("/rekenhulp/")


@pytest.mark.browser
@pytest.mark.parametrize(("home", "calculator"), [("./", "rekenhulp/"), ("en/", "en/rekenhulp/")])
def test_the_first_question_asks_it_as_the_calculator_does(
    page: Page, home: str, calculator: str
) -> None:
    """Legend, hint and the three labels are the calculator's own (its form as it renders)."""

    def words(where: str, group: str) -> list[str]:
        page.goto(where)
        fieldset = page.locator(group).first
        expect(fieldset).to_be_visible(timeout=BOOT_MS)
        return [
            fieldset.locator("legend").inner_text().strip(),
            fieldset.locator("p").first.inner_text().strip(),
            *[label.strip() for label in fieldset.locator("label").all_inner_texts()],
        ]

    home_words = words(home, "form[data-sw-start] fieldset")
    calculator_words = words(calculator, ".rekenhulp fieldset.rh-date")
    assert home_words == calculator_words
    page.goto(home)
    for part in ("day", "month", "year"):
        field = page.locator(f'form[data-sw-start] [data-part="{part}"]')
        expect(field).to_have_attribute("inputmode", "numeric")
        assert field.get_attribute("name") is None  # nothing typed is ever sent anywhere


@pytest.mark.browser
@pytest.mark.parametrize(("home", "href"), [("./", "rekenhulp/"), ("en/", "rekenhulp/")])
def test_without_javascript_the_home_page_links_to_the_calculator(
    browser: Browser, base_url: str, home: str, href: str
) -> None:
    context = browser.new_context(java_script_enabled=False, base_url=base_url)
    try:
        page = context.new_page()
        page.goto(home)
        expect(page.locator("form[data-sw-start]")).to_be_hidden()
        link = page.locator(".sw-start a[data-sw-calculator]")
        expect(link).to_be_visible()
        expect(link).to_have_attribute("href", href)
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 1280])
def test_on_a_phone_the_first_question_is_on_the_first_screen(page: Page, width: int) -> None:
    height = 844 if width == 390 else 800
    page.set_viewport_size({"width": width, "height": height})
    page.goto("./")
    button = page.locator("form[data-sw-start]").get_by_role("button")
    box = button.bounding_box()
    assert box and box["y"] + box["height"] <= height
