"""The calculator embedded in an iframe on a bureau's page, in real Chromium: the page is
served from a second 127.0.0.1 port, a prefilled case shows the expected dates, the iframe
grows with the result (in coarse steps only) and stores nothing, calendar file, print and
share work inside it, and the messages to the parent carry only the height.

Run: ``SPOORWIJZER_SITE=site .venv/bin/pytest tests/site/test_bureau_embed.py`` after
``make build`` (or without the variable: the session builds the site itself).
"""

from __future__ import annotations

import itertools
import re
import tomllib
from pathlib import Path

import pytest
from bureau_host import (
    BOOT_MS,
    CALCULATE,
    HEIGHT_STEP,
    bureau_origin,  # noqa: F401 (the fixture `bureau`: pytest finds it in this module)
    bureau_page,
    calculator_frame,
    embed_snippet,
    fill_date,
    iframe_height,
    shown_dates,
    wait_height_settled,
    wait_ready,
    wait_result,
)
from playwright.sync_api import Page, Route, expect
from sitepages import origin

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = {
    case["id"]: case
    for case in tomllib.loads((ROOT / "calculator" / "examples.toml").read_text("utf-8"))["case"]
}


pytestmark = pytest.mark.browser


# ----- the embedded calculator on another origin ---------------------------------------------


def test_a_prefilled_case_in_the_iframe_shows_the_expected_dates(
    page: Page, site_url: str, bureau: tuple[str, Path]
) -> None:
    case = EXAMPLES["samentellen-20-dagen"]
    fragment = "v=1&ziek=" + ",".join(case["periods"])
    src = f"{site_url}rekenhulp/embed/?rol=bureau&kleur=1d70b8#{fragment}"
    requests: list[str] = []
    page.context.on("request", lambda request: requests.append(request.url))
    page.goto(bureau_page(bureau, embed_snippet(src, site_url)))
    frame = calculator_frame(page)
    wait_result(frame)
    shown = shown_dates(frame)
    assert {k: shown.get(k) for k in case["expected"]} == case["expected"]
    # The answer of a prefilled link comes into the host page's view: the embed asks
    # embed.js to scroll it there; without that it stays a screen below the form.
    expect(frame.locator("#rh-result-heading")).to_be_in_viewport()
    # The form holds the case, the role view is the bureau's, no site navigation is there.
    expect(frame.locator("#rh-periods-0-end-day")).to_have_value("31")
    expect(frame.locator("#rh-role-bureau")).to_be_checked()
    for gone in (".md-header", ".md-tabs", ".md-sidebar", ".md-footer", ".md-search"):
        assert frame.locator(gone).count() == 0, gone
    # The accent colour arrived, validated, as a custom property.
    assert (
        frame.evaluate(
            "getComputedStyle(document.querySelector('.rekenhulp'))"
            ".getPropertyValue('--rh-accent').trim()"
        )
        == "#1d70b8"
    )
    # The share link points at the full calculator page, with the case and the role.
    share = frame.locator("#rh-share-link").input_value()
    assert share.startswith(f"{site_url}rekenhulp/#v=1&ziek=2026-01-05/2026-03-31,2026-04-21")
    assert "rol=bureau" in share
    # The calculator started: the fallback link for sandboxed frames stays hidden.
    expect(frame.locator("[data-sw-embed-fallback]")).to_be_hidden()
    # The iframe is as tall as its content: no scroll bar inside the iframe.
    height = wait_height_settled(page, frame)
    assert height > 2000
    assert frame.evaluate("document.documentElement.scrollHeight <= window.innerHeight + 2")
    # The "Spoorwijzer" link opens the full site in a new tab.
    credit = frame.get_by_role("link", name=re.compile("^Spoorwijzer"))
    expect(credit).to_have_attribute("target", "_blank")
    expect(credit).to_have_attribute("rel", re.compile("noopener"))
    assert credit.evaluate("a => a.href") == site_url
    page.wait_for_load_state("networkidle")
    allowed = {origin(site_url), origin(bureau[0])}
    foreign = sorted(
        {u for u in requests if not u.startswith(("data:", "blob:")) and origin(u) not in allowed}
    )
    assert not foreign, "requests to a third origin:\n" + "\n".join(foreign)
    assert any(u.startswith(site_url + "pyodide/") for u in requests), "worker requests unseen"


# A fresh profile: the session's warm context keeps the runtime in Cache Storage, and this
# test asserts that the embed stores nothing at all.
@pytest.mark.fresh_profile
def test_the_iframe_grows_with_the_result_and_stores_nothing(
    page: Page, site_url: str, bureau: tuple[str, Path]
) -> None:
    page.goto(bureau_page(bureau, embed_snippet(f"{site_url}en/rekenhulp/embed/", site_url)))
    frame = calculator_frame(page)
    wait_ready(frame)
    before = wait_height_settled(page, frame)
    assert 300 < before < 2000
    fill_date(frame, "periods-0-start", "2026-01-05")
    frame.get_by_role("button", name="Calculate the deadlines").click()
    wait_result(frame)
    after = wait_height_settled(page, frame)
    assert after > before + 1000
    assert (
        shown_dates(frame)["wia_aanvraag"]
        == EXAMPLES["doorlopend-maandag"]["expected"]["wia_aanvraag"]
    )
    # No cookies, no storage, no service worker in the embedding context.
    assert page.context.cookies() == []
    assert frame.evaluate("""async () => [document.cookie, localStorage.length,
        sessionStorage.length, (await navigator.serviceWorker.getRegistrations()).length,
        (await caches.keys()).length]""") == ["", 0, 0, 0, 0]


@pytest.mark.parametrize("script", ["deferred", "after the iframe loaded"])
def test_embed_js_says_hello_only_to_a_loaded_iframe(
    page: Page, site_url: str, bureau: tuple[str, Path], script: str
) -> None:
    """embed.js asks the calculator for its height ("hello") once the iframe holds it: a
    message to the calculator's origin while the iframe still holds its empty about:blank is
    refused, with a warning in the bureau's console on every page view. Loaded after the
    iframe, it says hello at once, and the iframe still gets its height."""
    console: list[str] = []
    page.on("console", lambda message: console.append(f"{message.type}: {message.text}"))
    src = f"{site_url}rekenhulp/embed/"
    snippet = embed_snippet(src, site_url)
    if script == "deferred":
        # The calculator arrives after embed.js has run (DOMContentLoaded waits for deferred
        # scripts, not for iframes), as on a bureau's page where the calculator is slower.
        held: list[Route] = []
        page.route(src, lambda route: held.append(route))
        page.goto(bureau_page(bureau, snippet), wait_until="domcontentloaded")
        for route in held:
            route.continue_()
        page.unroute(src)
    else:
        page.goto(bureau_page(bureau, snippet.split("<script")[0]))
    frame = calculator_frame(page)
    wait_ready(frame)
    if script != "deferred":
        page.add_script_tag(url=f"{site_url}assets/spoorwijzer/embed.js")
    assert 300 < wait_height_settled(page, frame) < 2000
    assert [line for line in console if "postMessage" in line] == []


def test_ics_print_and_share_work_in_the_iframe(
    page: Page, site_url: str, bureau: tuple[str, Path]
) -> None:
    from icalendar import Calendar

    src = f"{site_url}rekenhulp/embed/#v=1&ziek=2026-01-05"
    page.goto(bureau_page(bureau, embed_snippet(src, site_url)))
    frame = calculator_frame(page)
    wait_result(frame)
    with page.expect_download(timeout=BOOT_MS) as download_info:
        frame.get_by_role("button", name="Zet in mijn agenda").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = Calendar.from_ical(Path(download.path()).read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) >= 8
    assert [e for e in events if "RRULE" in e], "the six-weekly evaluations as one series"
    frame.evaluate("window.print = () => { window.__printed = true; }")
    frame.get_by_role("button", name="Afdrukken").click()
    assert frame.evaluate("window.__printed") is True
    share = frame.locator("#rh-share-link").input_value()
    other = page.context.new_page()
    try:
        other.goto(share)
        expect(other.locator(".rh-result")).to_be_visible(timeout=BOOT_MS)
        assert other.locator(".md-header").count() == 1  # the full page, with navigation
        assert shown_dates(other.main_frame)["wia_aanvraag"] == "2027-10-17"
    finally:
        other.close()


# ----- what the parent learns ----------------------------------------------------------------

#: Cases of different length, among them some a few pixels apart (another role view, a recovery
#: or an actual probleemanalyse date, a new period): prefilled through the fragment.
HEIGHT_CASES = [
    "v=1&ziek=2026-01-05",
    "v=1&ziek=2026-01-05&rol=bureau",
    "v=1&ziek=2026-01-05&rol=werknemer",
    "v=1&ziek=2026-01-05/2026-03-31",
    "v=1&ziek=2026-01-05&pa=2026-02-01",
    "v=1&ziek=2026-02-02/2026-02-27,2026-03-28",
    "v=1&ziek=2026-01-05/2026-03-31,2026-04-21",
]

#: What the page measures before rounding: the bottom of the content, the body's padding and a
#: 16 px margin (embed-page.js, measure()).
MEASURE = """() => Math.ceil(document.querySelector('.md-content').getBoundingClientRect().bottom
    + window.scrollY + parseFloat(getComputedStyle(document.body).paddingBottom || '0') + 16)"""


def test_the_posted_height_tells_the_parent_only_a_coarse_step(
    page: Page, site_url: str, bureau: tuple[str, Path]
) -> None:
    page.add_init_script("""
        window.__heights = [];
        window.__results = 0;
        window.addEventListener('message', (e) => {
            if (e.data.type === 'spoorwijzer:height') window.__heights.push(e.data.height);
            if (e.data.type === 'spoorwijzer:scroll') window.__results += 1;
        });
    """)
    page.goto(bureau_page(bureau, embed_snippet(f"{site_url}rekenhulp/embed/", site_url)))
    frame = calculator_frame(page)
    wait_ready(frame)

    def measure_all() -> dict[str, tuple[int, int]]:
        measured: dict[str, tuple[int, int]] = {}
        for fragment in HEIGHT_CASES:
            # Each case's result makes the page post its height and then where the result
            # starts ("spoorwijzer:scroll", embed-page.js): once that has come, every height
            # posted before it belongs to an earlier case.
            results = page.evaluate("window.__results")
            frame.evaluate("(fragment) => { location.hash = fragment; }", fragment)
            page.wait_for_function(f"window.__results > {results}", timeout=BOOT_MS)
            wait_result(frame)
            # Ask for the height now ("hello", as embed.js does) and take the answer.
            count = page.evaluate("window.__heights.length")
            page.evaluate("""() => document.querySelector('iframe[data-spoorwijzer]')
                .contentWindow.postMessage({type: 'spoorwijzer:hello'}, '*')""")
            page.wait_for_function(f"window.__heights.length > {count}")
            posted = page.evaluate("window.__heights.at(-1)")
            measured[fragment] = (frame.evaluate(MEASURE), posted)
        return measured

    # Which cases share a step depends on today's content (any text moves every height). The
    # body's bottom padding, which the page measures too, moves every case alike: first shift
    # them so that the two closest heights fall in one step, then measure what is posted.
    heights = sorted({height for height, _ in measure_all().values()})
    low, high = min(itertools.pairwise(heights), key=lambda pair: pair[1] - pair[0])
    assert high - low < HEIGHT_STEP, heights
    frame.evaluate(
        """(px) => { const body = document.body;
            body.style.paddingBottom = parseFloat(getComputedStyle(body).paddingBottom) + px
                + 'px'; }""",
        -high % HEIGHT_STEP,
    )
    measured = measure_all()
    for fragment, (raw, posted) in measured.items():
        # A whole number of steps, the smallest that holds the content.
        assert posted % HEIGHT_STEP == 0, (fragment, raw, posted)
        assert raw <= posted < raw + HEIGHT_STEP, (fragment, raw, posted)
    same_step = [
        (a, b)
        for a, b in itertools.combinations(measured, 2)
        if measured[a][0] != measured[b][0]
        and -(-measured[a][0] // HEIGHT_STEP) == -(-measured[b][0] // HEIGHT_STEP)
    ]
    assert same_step, f"no two cases of different length within one step: {measured}"
    for a, b in same_step:
        assert measured[a][1] == measured[b][1], (a, b, measured)
    # The parent's embed.js still sizes the iframe: to the last posted height.
    assert iframe_height(page) == measured[HEIGHT_CASES[-1]][1]


def test_messages_carry_only_the_height_and_go_to_the_parent_origin_only(
    page: Page, site_url: str, bureau: tuple[str, Path]
) -> None:
    page.add_init_script("""
        window.__messages = [];
        window.addEventListener('message', (e) => window.__messages.push(
            {origin: e.origin, data: e.data}));
    """)
    page.goto(bureau_page(bureau, embed_snippet(f"{site_url}rekenhulp/embed/", site_url)))
    frame = calculator_frame(page)
    wait_ready(frame)
    page.wait_for_function("window.__messages.length > 0", timeout=BOOT_MS)
    messages = page.evaluate("window.__messages")
    for message in messages:
        assert message["origin"] == origin(site_url)
        assert set(message["data"]) == {"type", "height"}
        assert message["data"]["type"] == "spoorwijzer:height"
        assert isinstance(message["data"]["height"], int)
        assert message["data"]["height"] % HEIGHT_STEP == 0
    # After "Bereken": the height, then where the result is, only as a coarse step.
    count = len(messages)
    fill_date(frame, "periods-0-start", "2026-01-05")
    frame.locator(CALCULATE).click()
    wait_result(frame)
    page.wait_for_function(
        "(n) => window.__messages.slice(n).some((m) => m.data?.type === 'spoorwijzer:scroll')",
        arg=count,
        timeout=BOOT_MS,
    )
    for message in page.evaluate("window.__messages")[count:]:
        assert message["origin"] == origin(site_url)
        data = message["data"]
        if data["type"] == "spoorwijzer:scroll":
            assert set(data) == {"type", "top"}
            assert isinstance(data["top"], int) and data["top"] % HEIGHT_STEP == 0
            heading = frame.evaluate(
                "document.getElementById('rh-result-heading').getBoundingClientRect().top + scrollY"
            )
            assert data["top"] <= heading < data["top"] + HEIGHT_STEP
        else:
            assert set(data) == {"type", "height"} and data["type"] == "spoorwijzer:height"
    # A forged message from the bureau's own window (wrong source and origin) is ignored.
    before = iframe_height(page)
    page.evaluate("window.postMessage({type: 'spoorwijzer:height', height: 50}, '*')")
    frame.evaluate("parent.postMessage({type: 'spoorwijzer:height', height: 1e9}, '*')")
    frame.evaluate("parent.postMessage({type: 'spoorwijzer:height', height: '99999'}, '*')")
    # Posted messages arrive in order: once this last one is there, embed.js has handled the
    # forged ones (it handles each one at once, in its message event).
    frame.evaluate("parent.postMessage({type: 'test:last'}, '*')")
    page.wait_for_function("window.__messages.some((m) => m.data?.type === 'test:last')")
    assert iframe_height(page) == before
