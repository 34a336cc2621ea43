"""The embed guarded against what a host page can do, in real Chromium: a sandboxed iframe or
an opaque origin gets a link to the calculator instead of the calculator, hostile
parameters inject nothing, only a valid colour is used, and with the host's CSP header only
the embed page may be framed.

Run: ``SPOORWIJZER_SITE=site .venv/bin/pytest tests/site/test_bureau_embed_guard.py`` after
``make build`` (or without the variable: the session builds the site itself).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from bureau_host import (
    BOOT_MS,
    CALCULATE,
    bureau_origin,  # noqa: F401 (the fixture `bureau`: pytest finds it in this module)
    bureau_page,
    calculator_frame,
    embed_snippet,
    fill_date,
    shown_dates,
    wait_ready,
    wait_result,
)
from playwright.sync_api import Frame, Page, expect
from waits import wait_images_settled

from site_config.serve import start_in_thread

HOSTILE = '"><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'

pytestmark = pytest.mark.browser


def wait_answer(frame: Frame | Page) -> None:
    """Until the error summary or the result shows."""
    expect(
        frame.locator(".rh-error-summary:not([hidden]), .rh-result:not([hidden])").first
    ).to_be_visible(timeout=BOOT_MS)


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
