"""The screenshots of the calculator's result on a phone (site_config/maintainers/architecture.md).

Opens share links on the built site at 390 x 844, with "today" fixed to Monday 23 November
2026 (the page's test hook), and saves what a visitor sees first: the result heading and
"Nu en hierna", as the page scrolls it into view after "Bereken". Two of them are the same
case for two readers: the employee's answer and the employer's, side by side there.

    .venv/bin/mkdocs build --strict -d site
    .venv/bin/python -m site_config.tools.result_screenshots site site_config/screenshots

Not part of the build or the tests: run it when the result's look changes, and look at the
pictures before committing them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from site_config.serve import start_in_thread

from .chromium import CHROMIUM_FLAGS, executable

TODAY = "2026-11-23"
#: file name -> the case in the fragment
SHOTS = {
    # Day 1 three weeks ago: the next step and who acts.
    "rekenhulp-nu-390.png": "v=1&ziek=2026-11-02",
    # A late probleemanalyse and an overdue 42-week report.
    "rekenhulp-te-laat-390.png": "v=1&ziek=2026-01-05&pa=2026-02-20&pva=2026-03-02",
    # Recovered 24 days ago: the steps apply only if the illness returns within four weeks.
    "rekenhulp-hersteld-390.png": "v=1&ziek=2026-01-05/2026-10-30&pa=2026-02-12&pva=2026-02-25",
    # The same case for two readers: day 1 Monday 28 September, the probleemanalyse (due
    # Sunday 8 November) not marked as done.
    "rekenhulp-werknemer-390.png": "v=1&ziek=2026-09-28&rol=werknemer",
    "rekenhulp-werkgever-390.png": "v=1&ziek=2026-09-28&rol=werkgever",
}


def main(site: Path, out: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    url, stop = start_in_thread(site, "127.0.0.1")
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=executable(), args=list(CHROMIUM_FLAGS)
            )
            context = browser.new_context(
                viewport={"width": 390, "height": 844}, device_scale_factor=1, base_url=url
            )
            context.add_init_script(f"window.SPOORWIJZER_TODAY = {TODAY!r};")
            for name, fragment in SHOTS.items():
                page = context.new_page()
                page.goto("rekenhulp/#" + fragment)
                expect(page.locator("[data-now]")).to_be_visible(timeout=90_000)
                page.evaluate("document.activeElement?.blur()")  # no focus ring in the picture
                # The header's title changes with a transition once the page scrolled: wait
                # until every animation and transition of the page has finished.
                page.wait_for_function(
                    "() => document.getAnimations().every((a) => a.playState !== 'running')"
                )
                page.screenshot(path=str(out / name))
                page.close()
            browser.close()
    finally:
        stop()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
