"""What the calculator page's tests do as a visitor would: open /rekenhulp/ on a fixed day, fill
in the dates of a case in Dutch or English, press Bereken and read the dates the result shows.

The fixed day ``TODAY`` is passed to Python (the page does no date logic); ``BOOT_MS`` gives
Pyodide room to boot on a cold machine; ``EXAMPLES`` are the worked examples
(calculator/examples.toml) whose dates the tests expect.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from pathlib import Path
from typing import Any

from playwright.sync_api import Locator, Page, expect

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES: list[dict[str, Any]] = tomllib.loads(
    (ROOT / "calculator" / "examples.toml").read_text("utf-8")
)["case"]

#: Fixed "today" for determinism (the page passes it to Python; no date logic in JS).
TODAY = "2026-11-23"
#: Pyodide boots in 2-6 s here; a cold CI machine gets more room.
BOOT_MS = 90_000


NL = {
    "first": "Eerste ziektedag",
    "day": "Dag",
    "month": "Maand",
    "year": "Jaar",
    "submit": "Bereken de termijnen",
    "add": "Hersteld en later opnieuw ziek? Voeg een periode toe",
    "last": "Laatste ziektedag voor volledig herstel",
    "new": "Nieuwe eerste ziektedag",
    "period": "Herstel en nieuwe ziekteperiode {n}",
    "remove": "Verwijder deze periode",
    "calendar": "Zet in mijn agenda",
}
EN = {
    "first": "First sick day",
    "day": "Day",
    "month": "Month",
    "year": "Year",
    "submit": "Calculate the deadlines",
    "add": "Recovered and ill again later? Add a period",
    "last": "Last sick day before full recovery",
    "new": "New first sick day",
    "period": "Recovery and new sickness period {n}",
    "remove": "Remove this period",
    "calendar": "Add to my calendar",
}


def open_calculator(page: Page, path: str = "rekenhulp/", today: str | None = TODAY) -> None:
    if today:
        page.add_init_script(f"window.SPOORWIJZER_TODAY = {today!r};")
    page.goto(path)


def wait_ready(page: Page) -> None:
    page.wait_for_function(
        "document.querySelector('[data-rekenhulp]')?.dataset.state === 'ready'", timeout=BOOT_MS
    )


def date_group(scope: Page | Locator, legend: str) -> Locator:
    return scope.get_by_role("group", name=legend, exact=True)


def fill_date(group: Locator, iso: str, t: dict[str, str] = NL, month: str | None = None) -> None:
    year, mm, dd = iso.split("-")
    group.get_by_label(t["day"], exact=True).fill(str(int(dd)))
    group.get_by_label(t["month"], exact=True).fill(month or str(int(mm)))
    group.get_by_label(t["year"], exact=True).fill(year)


def fill_periods(page: Page, periods: list[str], t: dict[str, str] = NL) -> None:
    """Enter sickness periods as in examples.toml ('start/end' or a bare start)."""
    remove = page.get_by_role("button", name=re.compile("^" + t["remove"]))
    while remove.count():
        remove.first.click()
    parts = [p.split("/") for p in periods]
    fill_date(date_group(page, t["first"]), parts[0][0], t)
    for n, (previous, current) in enumerate(itertools.pairwise(parts), start=2):
        page.get_by_role("button", name=t["add"]).click()
        block = date_group(page, t["period"].format(n=n))
        fill_date(date_group(block, t["last"]), previous[1], t)
        fill_date(date_group(block, t["new"]), current[0], t)


def submit(page: Page, t: dict[str, str] = NL) -> None:
    page.get_by_role("button", name=t["submit"]).click()


def wait_result(page: Page) -> None:
    expect(page.locator(".rh-result")).to_be_visible(timeout=BOOT_MS)


def shown_dates(page: Page) -> dict[str, str]:
    """{milestone id: datetime of the last <time> of its date} (windows: the last day)."""
    return page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('[data-milestone]')].map(
            (el) => [el.dataset.milestone,
                     [...el.querySelectorAll('.rh-date time')].pop()?.getAttribute('datetime')]))"""
    )


def mismatches(expected: dict[str, str], shown: dict[str, str]) -> dict[str, tuple[str, Any]]:
    return {k: (v, shown.get(k)) for k, v in expected.items() if shown.get(k) != v}
