"""Each reader their own answer, in real Chromium with the site's Content-Security-Policy in
force: the words per role and each reader's route, "Krijg ik nog loon?", the terms explained
where the result uses them, the due date of a pregnant employee, the home page's form that
keeps what was typed, and "Nu en hierna" that tells the truth about time.

Run: ``SPOORWIJZER_SITE=site .venv/bin/pytest tests/site/test_reader_answers.py`` after
``make build``.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect
from reader_pages import (
    BOOT_MS,
    LATE,
    PHONE,
    csp_context,  # noqa: F401 (the fixture `context`: pytest finds it in this module)
    csp_page_on_today,  # noqa: F401 (the fixture `csp_page`: pytest finds it in this module)
    new_context,
    open_result,
    page_on,
    wait_ready,
)

pytestmark = pytest.mark.browser


def choose_role(page: Page, role: str) -> None:
    page.locator(f"#rh-role-{role}").check()


# ----- 1. what to do and what is at stake, per role ------------------------------------------


def test_each_reader_reads_what_they_do_and_what_is_at_stake_for_them(csp_page: Page) -> None:
    page = csp_page
    open_result(page, LATE + "&rol=werknemer")
    item = page.locator('[data-attention-item="probleemanalyse"]')
    # the employee is not told to do the employer's duty: what they can do, and their stake
    expect(item).to_contain_text("Je werkgever moet dit regelen", use_inner_text=True)
    expect(item.locator(".rh-alert__do")).to_have_text(
        re.compile("^Vraag je werkgever"), use_inner_text=True
    )
    expect(item).not_to_contain_text("Vraag de bedrijfsarts nu", use_inner_text=True)
    item.get_by_text("Wat staat er op het spel?").click()
    stake = item.locator(".rh-alert__stake")
    expect(stake).to_contain_text("Een late analyse kost jou geen loon", use_inner_text=True)
    expect(stake).not_to_contain_text("loonsanctie", use_inner_text=True)
    timeline = page.locator('[data-milestone="probleemanalyse"]')
    expect(timeline.locator('[data-role-words="werknemer"]')).to_be_visible()
    expect(timeline.locator('[data-role-words="werkgever"]')).to_be_hidden()
    # the employer reads their duty, in "u", with the real stake and its sources
    choose_role(page, "werkgever")
    item = page.locator('[data-attention-item="probleemanalyse"]')
    expect(item.locator(".rh-alert__do")).to_have_text(
        re.compile("^Vraag de bedrijfsarts nu om de probleemanalyse"), use_inner_text=True
    )
    expect(item.locator(".rh-alert__status")).to_contain_text("Dit doet u nu", use_inner_text=True)
    item.get_by_text("Wat staat er op het spel?").click()
    expect(item.locator(".rh-alert__stake")).to_contain_text(
        "op zichzelf geen reden", use_inner_text=True
    )
    expect(item.get_by_role("link", name="Regeling procesgang art. 5")).to_be_visible()
    # everyone: each role's action under the role's name
    page.locator("#rh-role-all").check()
    words = page.locator('[data-attention-item="probleemanalyse"] .rh-alert__do')
    expect(words).to_have_count(3)
    expect(words.nth(0)).to_contain_text("Werkgever: Vraag de bedrijfsarts", use_inner_text=True)
    expect(words.nth(1)).to_contain_text("Werknemer: Vraag je werkgever", use_inner_text=True)
    expect(words.nth(2)).to_contain_text(
        "Re-integratiebureau: Vraag de werkgever", use_inner_text=True
    )
    expect(timeline.locator(".rh-role-words__who")).to_have_count(3)
    # "het re-integratiebureau", not "de re-integratiebureau"
    choose_role(page, "bureau")
    expect(page.locator(".rh-next__label")).to_have_text(
        "Eerstvolgende termijn voor het re-integratiebureau"
    )


@pytest.mark.parametrize(
    ("start", "link", "role"),
    [
        ("", "Reken je eigen termijnen uit", "werknemer"),
        ("", "Reken de termijnen van uw werknemer uit", "werkgever"),
        ("en/", "Work out your own deadlines", "werknemer"),
    ],
)
def test_each_readers_route_opens_their_view(
    csp_page: Page, start: str, link: str, role: str
) -> None:
    csp_page.goto(start)
    csp_page.get_by_role("link", name=link).click()
    expect(csp_page.locator(f"#rh-role-{role}")).to_be_checked(timeout=BOOT_MS)


# ----- 2. "Krijg ik nog loon?" -----------------------------------------------------------------


def test_the_employee_reads_whether_they_still_get_paid(csp_page: Page) -> None:
    page = csp_page
    open_result(page, LATE + "&rol=werknemer")
    pay = page.locator("[data-pay]")
    expect(pay.locator("h4")).to_have_text("Krijg ik nog loon?", use_inner_text=True)
    # BW 7:629: the 104 weeks end on day 728, Sunday 15 October 2028
    expect(pay).to_contain_text(
        "betaalt je werkgever je loon door, tot en met zondag 15 oktober 2028", use_inner_text=True
    )
    pay.get_by_text("Hoeveel, en wat daarna?").click()
    expect(pay).to_contain_text("Minstens 70% van je loon (regel in 2026)", use_inner_text=True)
    expect(pay).to_contain_text("tot en met zondag 17 oktober 2027", use_inner_text=True)  # day 364
    expect(pay).to_contain_text("geen bedrag voor jou", use_inner_text=True)
    expect(pay.get_by_role("link", name="BW art. 7:629").first).to_be_visible()
    expect(pay.get_by_role("link", name="Meer over geld tijdens ziekte")).to_have_attribute(
        "href", re.compile(r"/geld-tijdens-ziekte/#hoeveel$")
    )
    choose_role(page, "werkgever")
    expect(page.locator("[data-pay] h4")).to_have_text(
        "Hoe lang betaalt u het loon door?", use_inner_text=True
    )
    choose_role(page, "bureau")
    expect(page.locator("[data-pay]")).to_have_count(0)


# ----- 3. jargon explained where it is used ---------------------------------------------------


def test_terms_are_explained_where_the_result_uses_them(csp_page: Page) -> None:
    page = csp_page
    open_result(page, LATE + "&rol=werknemer")
    term = page.locator(".rh-result abbr.sw-term", has_text="casemanager")
    expect(term).to_have_count(1)
    term.focus()
    tip = page.locator(".rh-result .sw-tip:visible")
    expect(tip).to_contain_text("namens de werkgever de re-integratie regelt", use_inner_text=True)
    # in English the Dutch term is glossed at its first use
    open_result(page, LATE + "&rol=werknemer&taal=en", path="en/rekenhulp/")
    glossed = page.locator(".rh-result [data-result-term]", has_text="casemanager")
    expect(glossed).to_have_count(1)
    expect(glossed).to_contain_text("casemanager (case manager)", use_inner_text=True)


def test_every_step_links_to_the_sites_own_explanation(csp_page: Page) -> None:
    page = csp_page
    open_result(page, "v=1&ziek=2026-01-05&einde_contract=2027-06-30&rol=werkgever")
    milestones = page.locator("[data-milestone]")
    count = milestones.count()
    links = page.locator("[data-milestone] .rh-explained a")
    expect(links).to_have_count(count)
    for href in sorted(set(links.evaluate_all("(links) => links.map((a) => a.href)"))):
        address, _, anchor = href.partition("#")
        response = page.request.get(address)
        assert response.ok, href
        assert f'id="{anchor}"' in response.text(), href


# ----- 4. pregnancy from what she knows ---------------------------------------------------------


def test_a_pregnant_employee_enters_her_due_date(browser: Browser, site_url: str) -> None:
    page = page_on(browser, site_url, "2026-07-01", viewport=PHONE)
    page.goto("rekenhulp/")
    wait_ready(page)
    first = page.get_by_role("group", name="Eerste ziektedag", exact=True)
    first.get_by_label("Dag", exact=True).fill("5")
    first.get_by_label("Maand", exact=True).fill("jan")
    first.get_by_label("Jaar", exact=True).fill("2026")
    page.locator('details[data-section="leave"] > summary').click()
    due = page.get_by_role("group", name="Uitgerekende datum", exact=True)
    due.get_by_label("Dag", exact=True).fill("12")
    due.get_by_label("Maand", exact=True).fill("apr.")
    due.get_by_label("Jaar", exact=True).fill("2026")
    # on a phone the checkboxes' labels keep the width of the field, beside their box
    for item in page.locator('details[data-section="leave"] .rh-checkbox-item').all():
        label = item.locator("label").bounding_box()
        whole = item.bounding_box()
        assert label and whole and label["width"] > 0.8 * (whole["width"] - 40), (label, whole)
    page.get_by_role("button", name="Bereken de termijnen").click()
    leave = page.locator("[data-leave]")
    expect(leave).to_be_visible(timeout=BOOT_MS)
    # WAZO 3:1: from six weeks before the day after the due date, sixteen weeks
    expect(leave.locator(".rh-date time").first).to_have_attribute("datetime", "2026-03-02")
    expect(leave.locator(".rh-date time").last).to_have_attribute("datetime", "2026-06-21")
    expect(leave.locator(".rh-badge--indication").first).to_have_text(
        "indicatie", use_inner_text=True
    )
    expect(leave).to_contain_text("Geschat uit de uitgerekende datum", use_inner_text=True)
    # a line among the steps, in date order: after the plan (1 March), before the 42-week report
    order = page.locator(".rh-timeline > li").evaluate_all(
        "(items) => items.map((li) => li.dataset.milestone"
        " || (li.hasAttribute('data-leave') ? 'leave' : ''))"
    )
    assert order.index("leave") == order.index("plan_van_aanpak") + 1, order
    assert order.index("leave") < order.index("ziekmelding_uwv"), order
    page.context.close()


# ----- 5. the start form keeps what was typed ---------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "message", "part"),
    [
        (("31", "nov.", "2026"), "De eerste ziektedag moet een bestaande datum zijn", "day"),
        (("19", "okt.", "26"), "Schrijf het jaar van de eerste ziektedag voluit", "year"),
    ],
)
def test_the_home_form_keeps_what_was_typed_and_names_the_field(
    csp_page: Page, typed: tuple[str, str, str], message: str, part: str
) -> None:
    page = csp_page
    page.goto("")
    for name, value in zip(("day", "month", "year"), typed, strict=True):
        page.locator(f"#sw-start-{name}").fill(value)
    page.locator("form[data-sw-start] button").click()
    summary = page.locator(".rh-error-summary")
    expect(summary).to_be_visible(timeout=BOOT_MS)
    expect(summary).to_contain_text(message, use_inner_text=True)
    expect(summary).not_to_contain_text("link", use_inner_text=True)
    first = page.get_by_role("group", name="Eerste ziektedag", exact=True)
    for label, value in zip(("Dag", "Maand", "Jaar"), typed, strict=True):
        expect(first.get_by_label(label, exact=True)).to_have_value(value)
    wrong = first.get_by_label({"day": "Dag", "month": "Maand", "year": "Jaar"}[part], exact=True)
    expect(wrong).to_have_attribute("aria-invalid", "true")


def test_a_month_name_with_a_dot_calculates(csp_page: Page) -> None:
    csp_page.goto("")
    for name, value in zip(("day", "month", "year"), ("19", "okt.", "2026"), strict=True):
        csp_page.locator(f"#sw-start-{name}").fill(value)
    csp_page.locator("form[data-sw-start] button").click()
    expect(csp_page.locator('[data-milestone="eerste_ziektedag"] time')).to_have_attribute(
        "datetime", "2026-10-19", timeout=BOOT_MS
    )


# ----- 6. "Nu en hierna" tells the truth about time ---------------------------------------------


def test_an_open_window_says_so_and_an_overdue_step_plans_nothing_in_the_past(
    browser: Browser, site_url: str
) -> None:
    page = page_on(browser, site_url, "2026-11-30")
    # week 48: the eerstejaarsevaluatie's window (weeks 46-52) is open until 3 January 2027
    open_result(
        page, "v=1&ziek=2026-01-05&pa=2026-02-13&pva=2026-02-25&uwv=2026-10-20&rol=werkgever"
    )
    nxt = page.locator("[data-next]")
    expect(nxt).to_have_attribute("data-next", "eerstejaarsevaluatie")
    expect(nxt.locator('[data-window="open"]')).to_have_text(
        "Kan nu, tot en met zondag 3 januari 2027", use_inner_text=True
    )
    expect(nxt.locator('[data-window="open"] time')).to_have_attribute("datetime", "2027-01-03")
    page.context.close()
    page = page_on(browser, site_url)
    # the probleemanalyse was due on Sunday 29 November: "plan it on Friday 27" has passed
    open_result(page, LATE + "&rol=werkgever")
    expect(page.locator('[data-attention-item="probleemanalyse"]')).not_to_contain_text(
        "plan het op", use_inner_text=True
    )
    expect(page.locator('[data-milestone="probleemanalyse"]')).not_to_contain_text(
        "plan het op", use_inner_text=True
    )
    page.context.close()


STATUS_LOG = """
window.__statuses = [];
new MutationObserver(() => {
  const text = document.querySelector('.rh-status')?.textContent || '';
  if (text && window.__statuses.at(-1) !== text) window.__statuses.push(text);
}).observe(document, { subtree: true, childList: true, characterData: true });
"""


def test_the_loading_notice_speaks_of_progress_and_time(browser: Browser, site_url: str) -> None:
    context = new_context(browser, site_url)  # a fresh profile: a cold boot
    page = context.new_page()
    page.add_init_script(STATUS_LOG)
    page.goto("rekenhulp/")
    wait_ready(page)
    statuses: list[str] = page.evaluate("window.__statuses")
    loading = [s for s in statuses if "geladen" in s]
    assert loading, statuses
    assert all("MB" not in s and "megabyte" not in s for s in statuses), statuses
    assert all("een paar seconden" in s for s in loading), statuses
    assert any(re.search(r"stap [123] van 3", s) for s in loading), statuses
    context.close()
