"""The Content-Security-Policy: in every built page, not violated by a full visit, and sent
as a header by path (only the embed pages, matched exactly, may be framed anywhere).

The browser test runs twice: with the policy only as the pages' ``<meta>`` (any static host),
and with it also as an HTTP header on every response (as the README's "Hosting" section asks hosts
to send it), which also governs the calculator's module worker, where Pyodide compiles its
WebAssembly. Violations are collected from ``securitypolicyviolation`` events (an init
script reports them through an exposed function, across navigations) and from console
messages; any violation fails the test.
"""

from __future__ import annotations

import http.client
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, expect

from site_config.csp import (
    EMBED_HEADER_POLICY,
    HEADER_POLICY,
    META_POLICY,
    header_policy,
    normalise_path,
    security_headers,
)
from site_config.serve import start_in_thread

BOOT_MS = 90_000
META = re.compile(r'<head>\s*<meta http-equiv="Content-Security-Policy" content="([^"]*)">')
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc\s*=)([^>]*)>(.*?)</script>", re.S | re.I)
EVENT_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[^>]*\sstyle\s*=", re.I)

REPORTER = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolation(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
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


# ----- the header policy by path (issue 14, item 6) -------------------------------------------

#: The embed pages as a bureau links them (query and fragment are the bureau's settings and
#: the case), and spellings every server resolves to the same page.
EMBED_TARGETS = [
    "/rekenhulp/embed/",
    "/en/rekenhulp/embed/",
    "/rekenhulp/embed/?kleur=1d70b8&rol=bureau",
    "/en/rekenhulp/embed/?kleur=%23fd0#v=1&ziek=2026-01-05",
    "/rekenhulp/embed/#v=1&ziek=2026-01-05/2026-03-31,2026-04-21",
    "//rekenhulp//embed/",
    "/rekenhulp/./embed/",
    "/tijdlijn/../rekenhulp/embed/",
    "/%72ekenhulp/embed/",
]

#: Paths that name (or resolve to) another page, or no page, while holding the embed path
#: somewhere: each must get the strict policy (``frame-ancestors 'self'``).
HOSTILE_TARGETS = [
    "/rekenhulp/embed/..%2F..%2Frekenhulp%2F",
    "/rekenhulp/embed/..%2f..%2ftijdlijn%2f",
    "/rekenhulp/embed/%2E%2E/%2E%2E/tijdlijn/",
    "/rekenhulp/embed/%2e%2e/",
    "/rekenhulp/embed/.%2E/.%2e/bureaus/",
    "/rekenhulp/embed/%2E%2E%2F%2E%2E%2Fbureaus%2F",
    "/en/rekenhulp/embed/%2E%2E%2F%2E%2E%2F%2E%2E%2F",
    "/rekenhulp/embed/../../tijdlijn/",
    "/rekenhulp/embed/%252E%252E/",
    "/rekenhulp/embed/x/",
    "/rekenhulp/embed/index.html",
    "/rekenhulp/embed/..",
    "/rekenhulp/embed",
    "/x/rekenhulp/embed/",
    "/rekenhulp/embed/rekenhulp/embed/",
    "/tijdlijn/?next=/rekenhulp/embed/",
    "/tijdlijn/#/rekenhulp/embed/",
    "/tijdlijn/%3F/rekenhulp/embed/",
    "/rekenhulp%2Fembed%2F..%2F",
]


@pytest.mark.parametrize("target", EMBED_TARGETS)
def test_the_embed_pages_may_be_framed_anywhere(target: str) -> None:
    assert header_policy(target) == EMBED_HEADER_POLICY
    assert EMBED_HEADER_POLICY.endswith("; frame-ancestors *")


@pytest.mark.parametrize("target", HOSTILE_TARGETS)
def test_every_other_path_gets_the_strict_policy(target: str) -> None:
    assert header_policy(target) == HEADER_POLICY
    assert HEADER_POLICY.endswith("; frame-ancestors 'self'")


def test_the_path_is_normalised_as_a_server_resolves_it() -> None:
    assert normalise_path("/rekenhulp/embed/..%2F..%2Frekenhulp%2F") == "/rekenhulp/"
    assert normalise_path("/rekenhulp/embed/%2E%2E/%2E%2E/tijdlijn/?a=b#c") == "/tijdlijn/"
    assert normalise_path("/../../..//en//./tijdlijn") == "/en/tijdlijn"
    assert normalise_path("/rekenhulp/embed/%252E%252E/") == "/rekenhulp/embed/%2E%2E/"
    assert normalise_path("") == "/"


def test_every_response_says_nosniff() -> None:
    for target in [*EMBED_TARGETS, *HOSTILE_TARGETS, "/", "/assets/spoorwijzer/embed.js"]:
        assert security_headers(target)["X-Content-Type-Options"] == "nosniff"


def get(base: str, target: str, encoding: str = "identity") -> tuple[int, dict[str, str], bytes]:
    """GET ``target`` exactly as written (http.client sends the request line unchanged)."""
    host = urlsplit(base)
    connection = http.client.HTTPConnection(host.hostname or "", host.port, timeout=10)
    try:
        connection.request("GET", target, headers={"Accept-Encoding": encoding})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def header_site(site_dir: Path) -> Iterator[str]:
    url, stop = start_in_thread(site_dir, csp_header=True)
    yield url
    stop()


@pytest.mark.parametrize("target", EMBED_TARGETS[:2] + HOSTILE_TARGETS)
def test_the_server_sends_the_policy_of_the_page_it_serves(
    header_site: str, site_dir: Path, target: str
) -> None:
    """`serve.py --csp-header`: the page a hostile path resolves to gets its own strict policy
    (and the embed policy goes only with the embed page's own HTML)."""
    status, headers, body = get(header_site, target)
    assert headers["X-Content-Type-Options"] == "nosniff"
    page = normalise_path(target)
    embed = page in {"/rekenhulp/embed/", "/en/rekenhulp/embed/"}
    assert headers["Content-Security-Policy"] == (EMBED_HEADER_POLICY if embed else HEADER_POLICY)
    if status == 200:
        # What was served is the file of the normalised path: the check above is about it.
        file = site_dir / page.strip("/")
        assert body == (file / "index.html" if page.endswith("/") else file).read_bytes()
    if embed:
        assert status == 200 and b"data-rekenhulp-embed" in body


def test_every_kind_of_response_carries_the_headers(header_site: str) -> None:
    """A page, a precompressed script, a redirect and a 404 all carry both headers."""
    for target, encoding, expected in [
        ("/tijdlijn/", "identity", 200),
        ("/assets/spoorwijzer/rekenhulp.js", "br, gzip", 200),
        ("/pyodide/pyodide-lock.json", "gzip", 200),
        ("/tijdlijn", "identity", 301),
        ("/rekenhulp/embed", "identity", 301),
        ("/no-such-page/", "identity", 404),
    ]:
        status, headers, _ = get(header_site, target, encoding)
        assert status == expected, target
        assert headers["X-Content-Type-Options"] == "nosniff", target
        assert headers["Content-Security-Policy"] == HEADER_POLICY, target
    _, headers, _ = get(header_site, "/assets/spoorwijzer/rekenhulp.js", "br")
    assert headers.get("Content-Encoding") == "br"


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
        page.wait_for_timeout(300)
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
