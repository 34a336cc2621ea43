"""The bureau kit in real Chromium: the embed page inside an iframe on a "bureau"
page served from a second 127.0.0.1 port, auto-height, hostile parameters, the snippet
generator of the bureau page, and axe.

Run: ``SPOORWIJZER_SITE=site .venv/bin/pytest tests/site/test_site_bureau.py`` after
``make build`` (or without the variable: the session builds the site itself).
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import Frame, Page, Route, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from sitepages import origin
from waits import wait_animations_settled, wait_images_settled

from site_config.serve import start_in_thread

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = {
    case["id"]: case
    for case in tomllib.loads((ROOT / "calculator" / "examples.toml").read_text("utf-8"))["case"]
}
BOOT_MS = 90_000
#: The embed posts its height rounded up to a multiple of this (embed-page.js, HEIGHT_STEP).
HEIGHT_STEP = 160
#: The form's "Bereken" button: the first submit button ("Gedaan op…" adds a small "Opslaan"
#: form per step of a result).
CALCULATE = "button[type=submit] >> nth=0"
HOSTILE = '"><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'

pytestmark = pytest.mark.browser

_counter = itertools.count()


@pytest.fixture(scope="module")
def bureau(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A second origin (another port of 127.0.0.1) for the bureau's own pages."""
    directory = tmp_path_factory.mktemp("bureau")
    (directory / "index.html").write_text("<!doctype html><title>Bureau</title>", "utf-8")
    url, stop = start_in_thread(directory, "127.0.0.1")
    yield url, directory
    stop()


def bureau_page(bureau: tuple[str, Path], body: str) -> str:
    """Write a bureau page holding ``body``; return its URL on the second origin."""
    url, directory = bureau
    name = f"page-{next(_counter)}.html"
    (directory / name).write_text(
        '<!doctype html>\n<html lang="nl"><head><meta charset="utf-8">'
        "<title>Re-integratiebureau Voorbeeld</title></head>\n<body>\n"
        "<h1>Re-integratiebureau Voorbeeld</h1>\n" + body + "\n</body></html>\n",
        "utf-8",
    )
    return url + name


def embed_snippet(src: str, site_url: str, height: int = 300) -> str:
    return (
        f'<iframe data-spoorwijzer src="{src}" title="Spoorwijzer" width="100%" '
        f'height="{height}" style="border:0"></iframe>\n'
        f'<script src="{site_url}assets/spoorwijzer/embed.js" defer></script>'
    )


def calculator_frame(page: Page) -> Frame:
    handle = page.locator("iframe[data-spoorwijzer]").element_handle(timeout=BOOT_MS)
    assert handle is not None
    frame = handle.content_frame()
    assert frame is not None
    return frame


def wait_ready(frame: Frame | Page) -> None:
    # expect(), not wait_for_function: the site's CSP forbids the eval the latter uses.
    expect(frame.locator("[data-rekenhulp]")).to_have_attribute(
        "data-state", "ready", timeout=BOOT_MS
    )


def wait_answer(frame: Frame | Page) -> None:
    """Until the error summary or the result shows."""
    expect(
        frame.locator(".rh-error-summary:not([hidden]), .rh-result:not([hidden])").first
    ).to_be_visible(timeout=BOOT_MS)


def wait_result(frame: Frame) -> None:
    expect(frame.locator(".rh-result")).to_be_visible(timeout=BOOT_MS)


def shown_dates(frame: Frame) -> dict[str, str]:
    return frame.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('[data-milestone]')].map(
            (el) => [el.dataset.milestone,
                     [...el.querySelectorAll('.rh-date time')].pop()?.getAttribute('datetime')]))"""
    )


def iframe_height(page: Page) -> float:
    return page.evaluate(
        "document.querySelector('iframe[data-spoorwijzer]').getBoundingClientRect().height"
    )


def content_height(frame: Frame) -> float:
    return frame.evaluate(
        "Math.ceil(document.querySelector('.md-content').getBoundingClientRect().bottom"
        " + window.scrollY)"
    )


IFRAME_HEIGHT_WITHIN = """([low, high]) => {
    const height = document.querySelector('iframe[data-spoorwijzer]')
        .getBoundingClientRect().height;
    return low <= height && height <= high;
}"""


def wait_height_settled(page: Page, frame: Frame) -> float:
    """Wait until the iframe is as tall as its content (within the page's slack and the
    rounding up to a multiple of HEIGHT_STEP).

    The content's height is read in the frame (another origin); the bureau page then waits,
    frame by frame, until embed.js has sized the iframe to it, and again if the content's
    height changed in the meantime.
    """
    content = content_height(frame)
    for _ in range(20):
        try:
            page.wait_for_function(
                IFRAME_HEIGHT_WITHIN, arg=[content, content + HEIGHT_STEP + 40], timeout=10_000
            )
        except PlaywrightTimeoutError:
            break
        if content_height(frame) == content:
            return iframe_height(page)
        content = content_height(frame)
    raise AssertionError(
        f"iframe height {iframe_height(page)} does not follow its content ({content_height(frame)})"
    )


def fill_date(frame: Frame, field: str, iso: str) -> None:
    year, month, day = iso.split("-")
    frame.locator(f"#rh-{field}-day").fill(str(int(day)))
    frame.locator(f"#rh-{field}-month").fill(str(int(month)))
    frame.locator(f"#rh-{field}-year").fill(year)


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


# ----- a sandboxed iframe ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sandbox", "path", "fragment", "name", "target"),
    [
        # Scripts run but the origin is opaque: the module scripts are refused (CORS).
        (
            "allow-scripts allow-popups",
            "rekenhulp/embed/",
            "#v=1&ziek=2026-01-05",
            "Open de rekenhulp op de site van Spoorwijzer",
            "rekenhulp/#v=1&ziek=2026-01-05",
        ),
        # No scripts at all: the <noscript> paragraph.
        (
            "",
            "en/rekenhulp/embed/",
            "",
            "Open the calculator on the Spoorwijzer site",
            "en/rekenhulp/",
        ),
    ],
)
def test_a_sandboxed_iframe_shows_a_link_to_the_calculator(
    page: Page,
    site_url: str,
    bureau: tuple[str, Path],
    sandbox: str,
    path: str,
    fragment: str,
    name: str,
    target: str,
) -> None:
    src = f"{site_url}{path}{fragment}"
    page.goto(
        bureau_page(
            bureau,
            f'<iframe id="sandboxed" sandbox="{sandbox}" src="{src}" '
            'title="Spoorwijzer" width="100%" height="600"></iframe>',
        )
    )
    handle = page.locator("#sandboxed").element_handle()
    assert handle is not None
    frame = handle.content_frame()
    assert frame is not None
    link = frame.get_by_role("link", name=re.compile("^" + name))
    expect(link).to_be_visible()
    assert link.evaluate("a => a.href") == site_url + target
    expect(link).to_have_attribute("target", "_blank")
    assert frame.locator("form, [data-rekenhulp]").count() == 0


def test_an_opaque_origin_does_not_start_the_calculator_even_when_modules_load(
    site_dir: Path, bureau: tuple[str, Path], page: Page
) -> None:
    """A host that sends `Access-Control-Allow-Origin: *` lets the module load in an opaque
    origin; embed-page.js then starts nothing (no worker) and the link shows."""
    url, stop = start_in_thread(site_dir, "127.0.0.1", headers={"Access-Control-Allow-Origin": "*"})
    requests: list[str] = []
    page.context.on("request", lambda request: requests.append(request.url))
    try:
        page.goto(
            bureau_page(
                bureau,
                f'<iframe id="sandboxed" sandbox="allow-scripts" '
                f'src="{url}rekenhulp/embed/" width="100%" height="600">'
                "</iframe>",
            )
        )
        handle = page.locator("#sandboxed").element_handle()
        assert handle is not None
        frame = handle.content_frame()
        assert frame is not None
        link = frame.get_by_role("link", name=re.compile("^Open de rekenhulp op de site"))
        expect(link).to_be_visible()
        assert link.evaluate("a => a.href") == url + "rekenhulp/"
        assert f"{url}assets/spoorwijzer/embed-page.js" in requests  # the module did load
        assert not any(u.startswith(url + "pyodide/") for u in requests)
        assert frame.locator("[data-rekenhulp]").count() == 0
    finally:
        stop()


# ----- hostile parameters ----------------------------------------------------------------------

HOSTILE_SRCS = {
    "colour-script": "rekenhulp/embed/?kleur=" + quote(HOSTILE) + "#v=1&ziek=2026-01-05",
    "colour-css": "rekenhulp/embed/?kleur="
    + quote("red;background:url(//evil.example/x)")
    + "#v=1&ziek=2026-01-05",
    "colour-almost": "rekenhulp/embed/?kleur=" + quote("#12345g") + "#v=1&ziek=2026-01-05",
    "colour-long": "rekenhulp/embed/?kleur=" + "a" * 3000 + "#v=1&ziek=2026-01-05",
    "role": "rekenhulp/embed/?rol=" + quote(HOSTILE) + "#v=1&ziek=2026-01-05",
    "role-unknown": "rekenhulp/embed/?rol=directeur#v=1&ziek=2026-01-05",
    "fragment-role": "rekenhulp/embed/#v=1&ziek=2026-01-05&rol=" + quote(HOSTILE),
    "fragment-period": "rekenhulp/embed/#v=1&ziek=" + quote(HOSTILE),
    "fragment-key": "rekenhulp/embed/#v=1&ziek=2026-01-05&" + quote(HOSTILE) + "=1",
    "fragment-dates": "rekenhulp/embed/#v=1&ziek=2026-01-05&pa="
    + quote(HOSTILE)
    + "&sanctie="
    + quote(HOSTILE)
    + "&einde_contract="
    + quote(HOSTILE),
    "fragment-long": "rekenhulp/embed/#v=1&ziek=" + "2026-01-05," * 20000,
    "fragment-language": "rekenhulp/embed/?kleur="
    + quote(HOSTILE)
    + "#v=1&ziek=2026-01-05&taal="
    + quote(HOSTILE),
}


@pytest.mark.parametrize("name", list(HOSTILE_SRCS))
def test_hostile_parameters_inject_nothing_and_the_page_still_works(
    page: Page, site_url: str, bureau: tuple[str, Path], name: str
) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(bureau_page(bureau, embed_snippet(site_url + HOSTILE_SRCS[name], site_url)))
    frame = calculator_frame(page)
    wait_ready(frame)
    wait_answer(frame)
    for scope in (page.main_frame, frame):
        wait_images_settled(scope)  # an injected <img onerror> has fired by then
        assert scope.evaluate("window.__pwned") is None
    assert dialogs == []
    root = frame.locator(".rekenhulp")
    assert root.locator("script, img, iframe, style, object, embed").count() == 0
    assert frame.evaluate("document.querySelectorAll('[onerror], [onload]').length") == 0
    style = root.get_attribute("style") or ""
    assert "url(" not in style and "script" not in style and "red" not in style
    accent = frame.evaluate(
        "document.querySelector('.rekenhulp').style.getPropertyValue('--rh-accent')"
    )
    assert accent == ""
    if name.startswith("role"):
        expect(frame.locator("#rh-role-all")).to_be_checked()
    # The calculator still works: enter a date, get the result.
    fill_date(frame, "periods-0-start", "2026-01-05")
    frame.locator(CALCULATE).click()
    wait_result(frame)
    assert shown_dates(frame)["probleemanalyse"] == "2026-02-15"


def test_a_valid_short_colour_is_expanded_and_used(
    page: Page, site_url: str, bureau: tuple[str, Path]
) -> None:
    src = f"{site_url}rekenhulp/embed/?kleur=%23fd0"
    page.goto(bureau_page(bureau, embed_snippet(src, site_url)))
    frame = calculator_frame(page)
    wait_ready(frame)
    button = frame.locator(CALCULATE)
    assert button.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(255, 221, 0)"
    # A light accent gets dark text (contrast), a dark one white text.
    assert button.evaluate("b => getComputedStyle(b).color") == "rgb(11, 12, 12)"


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


def test_with_the_hosts_csp_header_only_the_embed_page_may_be_framed(
    site_dir: Path, bureau: tuple[str, Path], page: Page
) -> None:
    """The header policy of site_config/maintainers/hosting.md: `frame-ancestors 'self'` for the
    site, `*` for the embed
    pages, so bureaus can frame the calculator but nobody can frame the rest of the site, not
    even through a path that holds the embed path and resolves to another page."""
    url, stop = start_in_thread(site_dir, "127.0.0.1", csp_header=True)
    try:
        embed = bureau_page(
            bureau, embed_snippet(f"{url}rekenhulp/embed/#v=1&ziek=2026-01-05", url)
        )
        page.goto(embed)
        frame = calculator_frame(page)
        wait_result(frame)
        refused = [
            "tijdlijn/",
            "rekenhulp/embed/..%2F..%2Frekenhulp%2F",
            "en/rekenhulp/embed/..%2F..%2F..%2Fbureaus%2F",
            "rekenhulp/embed/index.html",
        ]
        frames = "".join(
            f'<iframe id="x{i}" src="{url}{path}"></iframe>' for i, path in enumerate(refused)
        )
        # goto waits for the page's load event, which waits for every iframe's.
        page.goto(bureau_page(bureau, frames))
        for i, path in enumerate(refused):
            inner = page.locator(f"#x{i}").element_handle()
            assert inner is not None
            content = inner.content_frame()
            # Chromium replaces a refused frame with its error page
            assert content is None or not content.url.startswith(url), path
    finally:
        stop()
