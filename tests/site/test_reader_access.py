"""The answer for every reader and device, in real Chromium with the site's
Content-Security-Policy in force (except the axe runs, which must inject axe-core): the
answer on paper, every tab stop visible and the skip link, a dark colour scheme, axe-core in
light and dark, the one-time offer of the English page to an English browser, and the embed
that looks like its host.

Run: ``SPOORWIJZER_SITE=site .venv/bin/pytest tests/site/test_reader_access.py`` after
``make build``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from reader_pages import (
    BOOT_MS,
    DESKTOP,
    LATE,
    PHONE,
    TODAY,
    csp_context,  # noqa: F401 (the fixture `context`: pytest finds it in this module)
    csp_page_on_today,  # noqa: F401 (the fixture `csp_page`: pytest finds it in this module)
    new_context,
    open_result,
    page_on,
    wait_ready,
)
from waits import wait_animations_settled

pytestmark = pytest.mark.browser


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
