"""Each reader their own answer, in real Chromium with the site's Content-Security-Policy in
force (no test context bypasses it here, except the axe runs, which must inject axe-core): the
words per role, "Krijg ik nog loon?", the terms explained where they are used, the due date,
the home page's form, the truth about time, paper, keyboard and colours, the English offer
and the embed that looks like its host.

Run: ``SPOORWIJZER_SITE=site .venv/bin/pytest tests/site/test_reader.py`` after ``make build``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect
from waits import wait_animations_settled

pytestmark = pytest.mark.browser

BOOT_MS = 90_000
TODAY = "2026-12-07"
#: Day 1 Monday 19 October 2026: on 7 December the probleemanalyse (due Sunday 29 November,
#: the end of week 6) is 8 days overdue.
LATE = "v=1&ziek=2026-10-19"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


def new_context(browser: Browser, site_url: str, **options: Any) -> BrowserContext:
    """A context with the pages' own CSP in force (unlike pytest-playwright's default)."""
    options.setdefault("viewport", DESKTOP)
    options.setdefault("locale", "nl-NL")
    return browser.new_context(base_url=site_url, bypass_csp=False, **options)


def page_on(browser: Browser, site_url: str, today: str = TODAY, **options: Any) -> Page:
    """A page in a new context (CSP in force) whose calculator's "today" is ``today``; close
    it with ``page.context.close()``."""
    page = new_context(browser, site_url, **options).new_page()
    page.add_init_script(f"window.SPOORWIJZER_TODAY = {today!r};")
    return page


@pytest.fixture
def context(browser: Browser, site_url: str) -> Iterator[BrowserContext]:
    context = new_context(browser, site_url)
    yield context
    context.close()


@pytest.fixture
def csp_page(context: BrowserContext) -> Page:
    page = context.new_page()
    page.add_init_script(f"window.SPOORWIJZER_TODAY = {TODAY!r};")
    return page


def open_result(page: Page, fragment: str, path: str = "rekenhulp/") -> None:
    page.goto(f"{path}#{fragment}")
    expect(page.locator("[data-now]")).to_be_visible(timeout=BOOT_MS)


def choose_role(page: Page, role: str) -> None:
    page.locator(f"#rh-role-{role}").check()


def wait_ready(page: Page) -> None:
    expect(page.locator("[data-rekenhulp]")).to_have_attribute(
        "data-state", "ready", timeout=BOOT_MS
    )


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


# ----- 7. paper -------------------------------------------------------------------------------

#: Two periods (20 days fit in April) and one step done late: the probleemanalyse, due
#: 15 February 2026, done on 1 March; the plan and the 42-week report done in time.
PAPER = "v=1&ziek=2026-01-05/2026-03-31,2026-04-21&pa=2026-03-01&pva=2026-03-10&uwv=2026-11-10"


def test_on_paper_now_and_next_comes_first_with_its_risks_open_in_four_pages(
    browser: Browser, site_url: str
) -> None:
    page = page_on(browser, site_url, "2026-11-23")
    open_result(page, PAPER + "&rol=werkgever")
    expect(page.locator('[data-attention-item="probleemanalyse"]')).to_have_attribute(
        "data-status", "late"
    )
    page.emulate_media(media="print")
    shown = page.locator(".rh-result > *:visible").evaluate_all(
        "(els) => els.filter((e) => e.getBoundingClientRect().height > 0)"
        ".sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)"
        ".map((e) => e.className)"
    )
    assert shown[0] == "rh-now-slot", shown
    # what is at stake prints open, without a click
    expect(page.locator('[data-attention-item="probleemanalyse"] .rh-alert__stake')).to_be_visible()
    # no heading without anything under it
    empty = page.locator(".rekenhulp").evaluate(
        """(root) => [...root.querySelectorAll('h2, h3, h4, caption, legend')]
            .filter((h) => h.getBoundingClientRect().height > 0)
            .filter((h) => {
                if (!h.textContent.trim()) return true;
                if (h.tagName === 'CAPTION' || h.tagName === 'LEGEND') return false;
                let next = h.nextElementSibling;
                while (next && next.getBoundingClientRect().height === 0) {
                    next = next.nextElementSibling;
                }
                const box = h.closest('li, section, div');
                const inside = box && box.textContent.trim() !== h.textContent.trim();
                return !next && !inside;
            }).map((h) => h.textContent.trim())"""
    )
    assert empty == [], empty
    pdf = page.pdf(format="A4")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 4, pages
    page.context.close()


# ----- 8. keyboard, colours, the English offer ----------------------------------------------------

FOCUSED = """() => {
    const e = document.activeElement;
    const r = e.getBoundingClientRect();
    let opacity = 1, shown = true;
    for (let n = e; n && n.nodeType === 1; n = n.parentElement) {
        const s = getComputedStyle(n);
        opacity *= parseFloat(s.opacity);
        if (s.visibility !== 'visible' || s.display === 'none') shown = false;
    }
    const inView = r.width > 1 && r.height > 1 && r.right > 0 && r.bottom > 0
        && r.left < innerWidth;
    const label = (e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 40);
    return { name: e.tagName + '.' + e.className + ' ' + label,
             visible: shown && inView && opacity > 0.05 };
}"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("path", ["", "rekenhulp/"])
def test_every_tab_stop_can_be_seen(
    browser: Browser, site_url: str, viewport: dict[str, int], path: str
) -> None:
    context = new_context(browser, site_url, viewport=viewport)
    page = context.new_page()
    page.goto(path)
    if path:
        wait_ready(page)
    hidden = []
    for _ in range(30):
        page.keyboard.press("Tab")
        wait_animations_settled(page)
        focused = page.evaluate(FOCUSED)
        if not focused["visible"]:
            hidden.append(focused["name"])
    assert hidden == [], hidden
    context.close()


def test_from_the_skip_link_to_the_first_date_field_in_two_tabs(csp_page: Page) -> None:
    page = csp_page
    page.goto("rekenhulp/")
    wait_ready(page)
    page.keyboard.press("Tab")
    expect(page.locator(".md-skip")).to_be_focused()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")  # the title's permalink
    page.keyboard.press("Tab")
    day = page.get_by_role("group", name="Eerste ziektedag", exact=True).get_by_label("Dag")
    expect(day).to_be_focused()


def luminance(rgb: str) -> float:
    channels = [int(x) / 255 for x in re.findall(r"[\d.]+", rgb)[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_a_dark_colour_scheme_when_the_device_asks_for_one(browser: Browser, site_url: str) -> None:
    for scheme, dark in (("dark", True), ("light", False)):
        page = page_on(browser, site_url, color_scheme=scheme)
        open_result(page, LATE + "&rol=werkgever")
        colours = page.evaluate(
            """() => ({
                page: getComputedStyle(document.body).backgroundColor,
                text: getComputedStyle(document.querySelector('.rh-next__date')).color,
                alert: getComputedStyle(document.querySelector('.rh-alert')).backgroundColor })"""
        )
        assert (luminance(colours["page"]) < 0.05) is dark, (scheme, colours)
        assert (luminance(colours["text"]) > 0.5) is dark, (scheme, colours)
        assert (luminance(colours["alert"]) < 0.05) is dark, (scheme, colours)
        page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_in_the_readers_answer_and_pages(
    browser: Browser, site_url: str, scheme: str
) -> None:
    from axe_playwright_python.sync_playwright import Axe

    # axe-core is injected into the page: the only context here that bypasses the CSP
    context = browser.new_context(
        base_url=site_url, bypass_csp=True, color_scheme=scheme, viewport=PHONE
    )
    page = context.new_page()
    page.add_init_script(f"window.SPOORWIJZER_TODAY = {TODAY!r};")
    reports = {}
    for fragment in (LATE + "&rol=werknemer", LATE, "v=1&ziek=2026-01-05&uitgerekend=2026-04-12"):
        page.goto("about:blank")
        open_result(page, fragment)
        for details in page.locator(".rh-result details").all():
            details.evaluate("(d) => { d.open = true; }")
        wait_animations_settled(page)
        results = Axe().run(page)
        if results.violations_count:
            reports[fragment] = results.generate_report()
    for path in ("", "tijdlijn/", "bureaus/", "en/"):  # content pages, in the same colours
        page.goto(path)
        expect(page.locator("h1")).to_be_visible()
        wait_animations_settled(page)
        results = Axe().run(page)
        if results.violations_count:
            reports[path or "/"] = results.generate_report()
    context.close()
    assert reports == {}, "\n".join(f"{k}:\n{v}" for k, v in reports.items())


def test_a_browser_set_to_english_is_offered_the_english_page_once(
    browser: Browser, site_url: str
) -> None:
    context = new_context(browser, site_url, locale="en-GB")
    page = context.new_page()
    page.goto("")
    offer = page.locator("[data-lang-offer]")
    expect(offer).to_be_visible()
    expect(offer.get_by_role("link", name="Read it in English")).to_have_attribute(
        "href", re.compile(r"/en/$")
    )
    assert page.url == site_url  # an offer, not a redirect
    page.goto("tijdlijn/")
    expect(page.locator("h1")).to_be_visible()
    expect(page.locator("[data-lang-offer]")).to_have_count(0)  # once
    context.close()
    for locale, path in (("nl-NL", ""), ("en-GB", "en/")):
        context = new_context(browser, site_url, locale=locale)
        page = context.new_page()
        page.goto(path)
        expect(page.locator("h1")).to_be_visible()
        expect(page.locator("[data-lang-offer]")).to_have_count(0)
        context.close()


# ----- 9. the embed looks like its host ---------------------------------------------------------


def test_the_generator_carries_the_look_into_the_snippet_and_the_preview(
    csp_page: Page, site_url: str
) -> None:
    page = csp_page
    page.goto("bureaus/")
    expect(page.locator("[data-sw-generator]")).to_have_attribute("data-ready", "true")
    page.get_by_label("Kleur (optioneel)").fill("5a2d82")
    page.get_by_label("Lettertype").select_option("schreef")
    page.get_by_label(re.compile("^Doorzichtige achtergrond")).check()
    snippet = page.locator('[data-sw-output="snippet"]')
    expect(snippet).to_have_value(
        re.compile(r"embed/\?kleur=5a2d82&amp;lettertype=schreef&amp;achtergrond=transparant")
    )
    page.get_by_role("button", name="Laat het voorbeeld zien").click()
    preview = page.locator("iframe[data-sw-preview]")
    expect(preview).to_have_attribute(
        "src", re.compile(r"\?kleur=5a2d82&lettertype=schreef&achtergrond=transparant$")
    )
    frame = preview.content_frame
    expect(frame.locator("html")).to_have_class(re.compile("sw-embed-font--schreef"))
    page.get_by_label("Lettertype").select_option("systeem")
    expect(preview).to_have_attribute("src", re.compile(r"lettertype=systeem"))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_an_embed_with_the_hosts_look_on_a_host_page(
    browser: Browser, site_url: str, tmp_path: Path, scheme: str
) -> None:
    from site_config.serve import start_in_thread

    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Bureau</title>'
        "<style>body { background: rgb(255, 248, 220); }</style></head><body>"
        "<h1>Bureau</h1>"
        f'<iframe data-spoorwijzer src="{site_url}rekenhulp/embed/?kleur=5a2d82'
        '&lettertype=schreef&achtergrond=transparant#v=1&ziek=2026-10-19" title="Spoorwijzer" '
        'width="100%" height="900" style="border: 0;"></iframe>'
        f'<script src="{site_url}assets/spoorwijzer/embed.js" defer></script></body></html>',
        "utf-8",
    )
    host, stop = start_in_thread(tmp_path, "127.0.0.1")
    try:
        context = browser.new_context(color_scheme=scheme, viewport=DESKTOP)
        page = context.new_page()
        page.add_init_script(f"window.SPOORWIJZER_TODAY = {TODAY!r};")
        page.goto(host)
        frame = page.frame_locator("iframe[data-spoorwijzer]")
        expect(frame.locator("[data-now]")).to_be_visible(timeout=BOOT_MS)
        inside = frame.locator("body").evaluate(
            """(body) => ({
                background: getComputedStyle(body).backgroundColor,
                html: getComputedStyle(document.documentElement).backgroundColor,
                font: getComputedStyle(body).fontFamily,
                text: getComputedStyle(document.querySelector('.rh-next__date')).color,
                button: getComputedStyle(
                    document.querySelector('.rh-button--primary')).backgroundColor })"""
        )
        assert inside["background"] == inside["html"] == "rgba(0, 0, 0, 0)", inside
        assert inside["font"].startswith("Georgia"), inside
        assert luminance(inside["text"]) < 0.2, inside  # dark text on the host's light page
        assert inside["button"] == "rgb(90, 45, 130)", inside
        # the host's own colour shows through the iframe where the calculator has no box
        page.locator("iframe[data-spoorwijzer]").screenshot(path=str(tmp_path / "shot.png"))
        context.close()
    finally:
        stop()
