"""The Content-Security-Policy: in every built page, and not violated by a full visit.

The browser test runs twice: with the policy only as the pages' ``<meta>`` (any static host),
and with it also as an HTTP header on every response (as the README's "Hosting" section asks hosts
to send it), which also governs the calculator's module worker, where Pyodide compiles its
WebAssembly. Violations are collected from ``securitypolicyviolation`` events (an init
script reports them through an exposed function, across navigations) and from console
messages; any violation fails the test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, expect

from site_config.csp import HEADER_POLICY, META_POLICY
from site_config.serve import start_in_thread

BOOT_MS = 90_000
META = re.compile(r'<head>\s*<meta http-equiv="Content-Security-Policy" content="([^"]*)">')
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc\s*=)([^>]*)>(.*?)</script>", re.S | re.I)
EVENT_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[^>]*\sstyle\s*=", re.I)

REPORTER = """
document.addEventListener("securitypolicyviolation", (event) => {
  // The exposed function's promise settles once the test has the report.
  window.__cspReported = window.__cspViolation(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
    + ` at ${event.sourceFile}:${event.lineNumber}`);
});
"""


def html_files(site_dir: Path) -> list[Path]:
    return sorted(site_dir.rglob("*.html"))


def test_every_page_starts_its_head_with_the_policy(site_dir: Path) -> None:
    wrong = [
        str(p.relative_to(site_dir))
        for p in html_files(site_dir)
        if (m := META.search(p.read_text("utf-8"))) is None
        or m.group(1).replace("&#39;", "'") != META_POLICY
    ]
    assert wrong == []
    assert "'unsafe-inline'" not in META_POLICY and "'unsafe-eval'" not in META_POLICY
    assert HEADER_POLICY.startswith(META_POLICY)


def test_no_page_has_inline_scripts_handlers_or_styles(site_dir: Path) -> None:
    problems = []
    for path in html_files(site_dir):
        html = path.read_text("utf-8")
        for match in INLINE_SCRIPT.finditer(html):
            if "application/json" not in match.group(1) and match.group(2).strip():
                problems.append(f"{path}: inline script {match.group(2)[:60]!r}")
        problems += [f"{path}: handler {m.group(0)[:80]!r}" for m in EVENT_HANDLER.finditer(html)]
        problems += [f"{path}: style {m.group(0)[:80]!r}" for m in STYLE_ATTRIBUTE.finditer(html)]
        if "javascript:" in html:
            problems.append(f"{path}: javascript: URL")
    assert problems == []


@pytest.fixture(params=["meta", "header"])
def csp_site(request: pytest.FixtureRequest, site_dir: Path) -> Iterator[str]:
    headers = {"Content-Security-Policy": HEADER_POLICY} if request.param == "header" else {}
    url, stop = start_in_thread(site_dir, headers=headers)
    yield url
    stop()


@pytest.mark.browser
def test_a_full_visit_violates_nothing(browser: Browser, csp_site: str, pages: list[str]) -> None:
    context = browser.new_context(accept_downloads=True, service_workers="allow")
    violations: list[str] = []
    context.expose_function("__cspViolation", lambda text: violations.append(str(text)))
    context.add_init_script(REPORTER)
    context.add_init_script("window.SPOORWIJZER_TODAY = '2026-11-23';")
    page = context.new_page()

    def on_console(message: ConsoleMessage) -> None:
        text = message.text
        if (
            "Content Security Policy" in text
            or "Content-Security-Policy" in text
            or text.startswith("Refused to")
        ):
            violations.append(f"console: {text}")

    page.on("console", on_console)
    page.on("worker", lambda worker: worker.on("console", on_console))
    try:
        # The listener works and the policy is in force: an injected inline script is refused.
        page.goto(csp_site)
        page.evaluate("""() => {
            const s = document.createElement("script");
            s.textContent = "window.__inlineRan = true";
            document.body.append(s);
        }""")
        # The refusal fires securitypolicyviolation; wait until its report reached the test.
        page.wait_for_function("() => window.__cspReported !== undefined", timeout=10_000)
        page.evaluate("() => window.__cspReported")
        assert page.evaluate("() => window.__inlineRan") is None
        assert any("script-src" in v for v in violations), violations
        violations.clear()

        for path in pages:
            page.goto(urljoin(csp_site, path))
            page.wait_for_load_state("networkidle")
        page.goto(csp_site)
        page.keyboard.press("/")
        page.locator("input.md-search__input").press_sequentially("ziekte")
        page.wait_for_selector(".md-search-result__item", timeout=10_000)

        calculate_download_and_share(page, csp_site)
        assert violations == []
    finally:
        context.close()


def calculate_download_and_share(page: Page, site: str) -> None:
    page.goto(urljoin(site, "rekenhulp/"))
    page.wait_for_function(
        "() => document.querySelector('[data-rekenhulp]')?.dataset.state === 'ready'",
        timeout=BOOT_MS,
    )
    group = page.get_by_role("group", name="Eerste ziektedag", exact=True)
    for label, value in (("Dag", "5"), ("Maand", "1"), ("Jaar", "2026")):
        group.get_by_label(label, exact=True).fill(value)
    page.get_by_role("button", name="Bereken de termijnen").click()
    expect(page.locator(".rh-result")).to_be_visible(timeout=BOOT_MS)
    with page.expect_download(timeout=BOOT_MS) as info:
        page.get_by_role("button", name="Zet in mijn agenda").click()
    assert info.value.suggested_filename.endswith(".ics")
    link = page.locator("#rh-share-link").input_value()
    page.goto("about:blank")
    page.goto(link)
    expect(page.locator(".rh-result")).to_be_visible(timeout=BOOT_MS)
    page.wait_for_load_state("networkidle")
