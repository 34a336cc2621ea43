"""The Content-Security-Policy: in every built page, not violated by a full visit, and sent
as a header by path (only the embed pages, matched exactly, may be framed anywhere).

The browser test runs twice: with the policy only as the pages' ``<meta>`` (any static host),
and with it also as an HTTP header on every response (as site_config/maintainers/hosting.md asks
hosts
to send it), which also governs the calculator's module worker, where Pyodide compiles its
WebAssembly. Violations are collected from ``securitypolicyviolation`` events (an init
script reports them through an exposed function, across navigations) and from console
messages; any violation fails the test.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import pwd
import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, expect
from sitepages import CSP_REPORTER, is_calculator_page, origin

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


# ----- the header policy by path -------------------------------------------------------------

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


# ----- the hosting document's example ----------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
NGINX_BLOCK = re.compile(r"```nginx\n(.*?)```", re.S)


def readme_nginx() -> str:
    blocks = NGINX_BLOCK.findall((ROOT / "site_config/maintainers/hosting.md").read_text("utf-8"))
    assert len(blocks) == 1, "hosting.md has one nginx example"
    return str(blocks[0])


def nginx_locations(config: str) -> dict[str, str]:
    """``location`` argument (``"= /rekenhulp/embed/"``; ``""`` for the server level) to the
    directives written in it."""
    locations = {"": re.sub(r"location [^{]*\{[^}]*\}", "", config)}
    for match in re.finditer(r"location ([^{]*?)\s*\{([^}]*)\}", config):
        locations[match.group(1)] = match.group(2)
    return locations


def test_the_hosting_nginx_example_sends_the_policies_of_csp_py() -> None:
    config = readme_nginx()
    variables = dict(re.findall(r'set \$(\w+) "([^"]*)";', config))
    assert variables == {"csp": HEADER_POLICY, "csp_embed": EMBED_HEADER_POLICY}
    embed_locations = {"= /rekenhulp/embed/", "= /en/rekenhulp/embed/"}
    locations = nginx_locations(config)
    for where, directives in locations.items():
        # nginx inherits no add_header into a block with its own: each block sends all.
        policy = "$csp_embed" if where in embed_locations else "$csp"
        assert f"add_header Content-Security-Policy {policy} always;" in directives, where
        assert "add_header X-Content-Type-Options nosniff always;" in directives, where
    # The embed policy only in exact locations, which serve the page itself.
    framed = {w for w, d in locations.items() if "Content-Security-Policy $csp_embed" in d}
    assert framed == embed_locations
    for where in embed_locations:
        page = where.removeprefix("= ")
        assert f"try_files {page}index.html =404;" in locations[where]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


STOCK_NGINX_CONF = Path("/etc/nginx/nginx.conf")
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")
OPTIONAL_BROTLI = "# brotli_static on;"


def stock_nginx_conf(prefix: Path, site: Path, load_modules: str) -> str:
    """Debian's own ``nginx.conf`` with hosting.md's block as its one site (where Debian
    includes ``sites-enabled/*``). Only what a test must change: its log, pid and temporary
    files go into ``prefix``, the user is this one, no local ``conf.d`` is read, and the modules
    are ``load_modules`` (Debian's ``nginx`` package enables none; a machine may have more)."""
    conf = STOCK_NGINX_CONF.read_text("utf-8")
    user = pwd.getpwuid(os.geteuid()).pw_name
    temp = "".join(f"{kind}_temp_path {prefix};\n" for kind in TEMP_PATHS)
    for pattern, replacement in [
        (r"^user [^;]*;", f"user {user};" if os.geteuid() == 0 else ""),
        (r"^worker_processes [^;]*;", "worker_processes 1;"),
        (r"^pid [^;]*;", f"pid {prefix}/nginx.pid;"),
        (r"^error_log [^;]*;", f"error_log {prefix}/error.log;"),
        (r"^include /etc/nginx/modules-enabled/\*\.conf;", load_modules),
        (r"^\s*access_log [^;]*;", "access_log off;"),
        (r"^\s*include /etc/nginx/conf\.d/\*\.conf;", ""),
        (r"^\s*include /etc/nginx/sites-enabled/\*;", f"{temp}include {site};"),
    ]:
        conf, found = re.subn(pattern, replacement, conf, flags=re.M)
        assert found == 1, f"Debian's nginx.conf has no line {pattern!r} (a new layout?)"
    return conf


TEMP_PATHS = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")


@contextlib.contextmanager
def running_nginx(
    prefix: Path, site_dir: Path, server: str, load_modules: str = ""
) -> Iterator[str]:
    """nginx with Debian's configuration and ``server`` (hosting.md's block, its address and
    root filled in), on a free port; its URL."""
    nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
    if nginx is None or not STOCK_NGINX_CONF.is_file():
        pytest.skip("no Debian nginx on this machine (apt-get install nginx-light)")
    port = free_port()
    for placeholder in ("listen 80;", "root /srv/spoorwijzer/site;"):
        assert placeholder in server, placeholder
    server = server.replace("listen 80;", f"listen 127.0.0.1:{port};")
    server = server.replace("root /srv/spoorwijzer/site;", f"root {site_dir};")
    shutil.copy(STOCK_NGINX_CONF.parent / "mime.types", prefix / "mime.types")
    (prefix / "spoorwijzer").write_text(server, "utf-8")
    conf = prefix / "nginx.conf"  # relative includes (mime.types) resolve beside it
    conf.write_text(stock_nginx_conf(prefix, prefix / "spoorwijzer", load_modules), "utf-8")
    process = subprocess.Popen([nginx, "-c", str(conf), "-g", "daemon off;"])
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail((prefix / "error.log").read_text("utf-8", "replace"))
                time.sleep(0.05)  # polling for the port: nginx gives no readiness event
        yield f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def nginx_site(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The nginx example of hosting.md exactly as given, on Debian's stock nginx (no extra
    module)."""
    with running_nginx(tmp_path_factory.mktemp("nginx"), site_dir, readme_nginx()) as url:
        yield url


def test_the_hosting_nginx_example_marks_brotli_optional() -> None:
    """``brotli_static`` needs a module that Debian's nginx lacks: the line is a comment."""
    config = readme_nginx()
    assert OPTIONAL_BROTLI in config
    assert not re.search(r"^\s*brotli", config, re.M), "brotli_static must stay commented out"


def test_the_hosting_nginx_example_with_its_optional_brotli(
    site_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The optional line, uncommented, with Debian's ngx_brotli module (when installed)."""
    if not BROTLI_MODULE.is_file():
        pytest.skip("no ngx_brotli (apt-get install libnginx-mod-http-brotli-static)")
    server = readme_nginx().replace(OPTIONAL_BROTLI, OPTIONAL_BROTLI.removeprefix("# "))
    load = f"load_module {BROTLI_MODULE};"
    with running_nginx(tmp_path_factory.mktemp("nginx-br"), site_dir, server, load) as url:
        status, headers, _ = get(url, "/assets/spoorwijzer/worker.mjs", "br, gzip")
    assert status == 200 and headers.get("Content-Encoding") == "br"
    assert headers["Content-Type"].startswith("text/javascript")
    assert headers["Content-Security-Policy"] == HEADER_POLICY


@pytest.mark.parametrize("target", EMBED_TARGETS + HOSTILE_TARGETS)
def test_the_hosting_nginx_example_frames_only_the_embed_pages(
    nginx_site: str, target: str
) -> None:
    status, headers, body = get(nginx_site, target)
    assert headers["X-Content-Type-Options"] == "nosniff"
    embed = header_policy(target) == EMBED_HEADER_POLICY
    assert headers["Content-Security-Policy"] == (EMBED_HEADER_POLICY if embed else HEADER_POLICY)
    if embed:
        assert status == 200 and b"data-rekenhulp-embed" in body


def test_the_hosting_nginx_example_sends_the_right_types(nginx_site: str) -> None:
    for target, encoding, kind in [
        ("/tijdlijn/", "identity", "text/html"),
        ("/rekenhulp/embed/", "gzip", "text/html"),
        ("/assets/spoorwijzer/site.css", "identity", "text/css"),
        ("/assets/spoorwijzer/worker.mjs", "gzip", "text/javascript"),
        ("/pyodide/pyodide.asm.wasm", "gzip", "application/wasm"),
    ]:
        status, headers, _ = get(nginx_site, target, encoding)
        assert status == 200 and headers["Content-Type"].startswith(kind), target
        assert headers["X-Content-Type-Options"] == "nosniff", target
    _, headers, _ = get(nginx_site, "/rekenhulp/embed/", "gzip")
    assert headers.get("Content-Encoding") == "gzip"


@pytest.fixture
def csp_site(site_dir: Path) -> Iterator[str]:
    """The site with its meta policy only (a host that sends no header); the policy a host
    should send as a header is in force in test_site_console.py's visit of every page."""
    url, stop = start_in_thread(site_dir)
    yield url
    stop()


@pytest.mark.browser
def test_a_full_visit_violates_nothing(browser: Browser, csp_site: str, pages: list[str]) -> None:
    """Every page, a search, a calculation, its calendar and its share link: no CSP
    violation, and no request to another origin (nothing a visitor types leaves the site)."""
    context = browser.new_context(accept_downloads=True, service_workers="allow")
    violations: list[str] = []
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    context.expose_function("__cspViolation", lambda text: violations.append(str(text)))
    context.add_init_script(CSP_REPORTER)
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

        # Every page's own scripts, under the meta policy alone: the home page, a content
        # page, the bureaus' generator and every page that runs the worker, in both languages.
        # (test_site_console.py visits every page with both policies in force; the header's
        # policy is this one plus frame-ancestors, so a page clean there is clean here.)
        for path in pages_with_their_own_scripts(pages):
            page.goto(urljoin(csp_site, path))
            page.wait_for_load_state("networkidle")
        page.goto(csp_site)
        page.keyboard.press("/")
        page.locator("input.md-search__input").press_sequentially("ziekte")
        page.wait_for_selector(".md-search-result__item", timeout=10_000)

        calculate_download_and_share(page, csp_site)
        assert violations == []
        assert len(requests) >= len(pages_with_their_own_scripts(pages)), "the recorder saw nothing"
        local = [u for u in requests if u.startswith(("data:", "blob:"))]
        foreign = sorted({u for u in requests if origin(u) != origin(csp_site)} - set(local))
        assert not foreign, "requests to another origin:\n" + "\n".join(foreign)
    finally:
        context.close()


#: Content pages whose scripts differ from the rest's: the home page (its start form) and the
#: bureaus' page (the embed generator); a timeline page stands for every other content page.
OWN_SCRIPTS = frozenset({"", "bureaus", "tijdlijn"})


def pages_with_their_own_scripts(pages: list[str]) -> list[str]:
    chosen = [
        p
        for p in pages
        if is_calculator_page(p) or p.strip("/").removeprefix("en").strip("/") in OWN_SCRIPTS
    ]
    assert len(chosen) >= 2 * (len(OWN_SCRIPTS) + 2), chosen  # both languages, the worker's pages
    return chosen


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
