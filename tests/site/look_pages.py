"""Helpers of the look tests: a built page's HTML and its article, and axe-core's report on a
page."""

from __future__ import annotations

from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

ROOT = Path(__file__).resolve().parents[2]


def html_of(site_dir: Path, path: str) -> str:
    return (site_dir / path.strip("/") / "index.html").read_text("utf-8")


def article(html: str) -> str:
    """The page's content (Material's article), without header, navigation and footer."""
    start = html.index('<article class="md-content__inner')
    return html[start : html.index("</article>", start)]


def axe_report(page: Page) -> str:
    results = Axe().run(page)
    return results.generate_report() if results.violations_count else ""
