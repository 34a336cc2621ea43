"""Shared fixtures: the built site, served on 127.0.0.1, and Debian's Chromium for Playwright.

- ``site_dir``: the output of ``mkdocs build --strict``, built once per session into a temp
  dir; set ``SPOORWIJZER_SITE=site`` to test an existing build instead (e.g. after
  ``make build``).
- ``site_url`` / ``base_url``: that directory served by ``site_config.serve`` on a free port
  of 127.0.0.1, e.g. ``http://127.0.0.1:41234/``; ``page.goto("rekenhulp/")`` works.
- ``browser_context_args``: pytest-playwright's contexts bypass the pages' CSP, because
  Playwright evaluates string predicates (``wait_for_function("...")``) with eval; the CSP
  and service worker tests (test_site_csp.py, test_site_offline*.py, test_reader_*.py) make
  their own contexts with the policy in force. The browser's language is Dutch (nl-NL).
- ``browser_type_launch_args``: ``/usr/bin/chromium`` (or ``SPOORWIJZER_CHROMIUM``) with the
  flags that keep it quiet on a closed network (it keeps trying to reach Google's hosts).
- ``context`` (and so pytest-playwright's ``page``): one browser context for the whole session,
  so that the calculator boots warm, the way a returning visitor's does: the runtime from the
  HTTP cache and Python from the memory snapshot the calculator keeps in Cache Storage (a cold
  boot in a fresh profile costs 2-4 s on a busy machine, for some 250 tests). Between tests
  ``WarmContext.reset`` closes every page and clears what a test could leave for the next:
  cookies, permissions, localStorage, IndexedDB, file systems and the service worker's
  registration of every origin the test reached (sessionStorage goes with the pages). Cache
  Storage and the HTTP cache stay: they hold the warm runtime. So every test still meets a
  first visit (no saved dossiers or settings, a page no service worker controls, which
  ``page.route`` can intercept), only faster. A test marked ``fresh_profile`` (or with a
  ``browser_context_args`` marker) gets pytest-playwright's own new context instead: one that
  tests the cold path or asserts that nothing was ever stored. Tests that make their own
  contexts (``browser.new_context``) are not affected.

Hypothesis runs without its per-example deadline: on a shared 2-core machine (and under
coverage) the first example of a property can take longer than 200 ms for reasons that are
not the code's; speed is measured by the benchmark, not asserted in tests.

A test that asks for ``site_dir`` or ``mkdocs_build`` (directly or through another fixture,
such as ``site_url`` or ``page``'s ``base_url``) is marked ``build`` at collection, so
``make unit`` (``-m "not build and ..."``) never waits for MkDocs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from hypothesis import settings
from playwright.sync_api import Browser, BrowserContext, Request

from site_config.serve import start_in_thread
from site_config.tools.chromium import CHROMIUM_FLAGS, executable

settings.register_profile("spoorwijzer", deadline=None)
settings.load_profile("spoorwijzer")

ROOT = Path(__file__).resolve().parents[1]


def build_site(
    target: Path, config: Path = ROOT / "mkdocs.yml"
) -> subprocess.CompletedProcess[str]:
    """Run ``mkdocs build --strict`` into ``target`` (with the venv's Python)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "--quiet",
        "--config-file",
        str(config),
        "--site-dir",
        str(target),
    ]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)


BUILD_FIXTURES = frozenset({"site_dir", "mkdocs_build"})


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "fresh_profile: the test's page gets a new browser context (empty caches, a cold "
        "calculator) instead of the session's warm one; see tests/conftest.py",
    )


@pytest.hookimpl(tryfirst=True)  # before -m deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark ``build`` every test whose fixtures include a MkDocs build."""
    for item in items:
        if BUILD_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.build)


@pytest.fixture(scope="session")
def mkdocs_build() -> Callable[[Path, Path], subprocess.CompletedProcess[str]]:
    """``mkdocs_build(target, config)``: a strict build of any config, for hook tests."""
    return build_site


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    existing = os.environ.get("SPOORWIJZER_SITE")
    if existing:
        path = Path(existing).resolve()
        if not (path / "index.html").is_file():
            pytest.fail(f"SPOORWIJZER_SITE={existing} holds no built site (run `make build`)")
        return path
    target = tmp_path_factory.mktemp("site")
    result = build_site(target)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}")
    return target


@pytest.fixture(scope="session")
def site_url(site_dir: Path) -> Iterator[str]:
    url, stop = start_in_thread(site_dir, "127.0.0.1")
    yield url
    stop()


@pytest.fixture(scope="session")
def base_url(site_url: str) -> str:
    """pytest-playwright's base URL: relative ``page.goto`` resolves against the site."""
    return site_url


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    # A Dutch browser, like the site's first reader: Chromium's own default (en-US) would get
    # the one-time offer of the English page on the first Dutch page (test_reader_access.py
    # tests it).
    return {**browser_context_args, "bypass_csp": True, "locale": "nl-NL"}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    flags = list(CHROMIUM_FLAGS)
    if browser_type_launch_args.get("headless", True):
        flags.insert(0, "--headless")
    return {
        **browser_type_launch_args,
        "executable_path": executable(),
        "args": [*browser_type_launch_args.get("args", []), *flags],
    }


#: What ``WarmContext.reset`` clears per origin (Chrome DevTools Protocol storage types): all
#: but ``cache_storage``, where the service worker and the calculator keep the runtime and
#: the memory snapshot.
CLEARED_STORAGE = "cookies,file_systems,indexeddb,local_storage,service_workers,websql"


class WarmContext:
    """One browser context shared by the tests, reset to a first visit between them."""

    def __init__(self, browser: Browser, args: dict[str, Any]) -> None:
        self.context = browser.new_context(**args)
        self.origins: set[str] = set()
        self.context.on("request", self._reached)

    def _reached(self, request: Request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme in ("http", "https"):
            self.origins.add(f"{parts.scheme}://{parts.netloc}")

    def reset(self) -> None:
        """Close every page; clear each reached origin's storage but its Cache Storage."""
        for page in self.context.pages:
            page.close()
        self.context.clear_cookies()
        self.context.clear_permissions()
        if not self.origins:
            return
        blank = self.context.new_page()
        cdp = self.context.new_cdp_session(blank)
        for origin in sorted(self.origins):
            cdp.send(
                "Storage.clearDataForOrigin", {"origin": origin, "storageTypes": CLEARED_STORAGE}
            )
        cdp.detach()
        blank.close()
        self.origins.clear()


@pytest.fixture(scope="session")
def warm_context(browser: Browser, browser_context_args: dict[str, Any]) -> Iterator[WarmContext]:
    warm = WarmContext(browser, browser_context_args)
    yield warm
    warm.context.close()


@pytest.fixture
def context(request: pytest.FixtureRequest) -> Iterator[BrowserContext]:
    """pytest-playwright's ``context``, shared and warm unless the test needs a fresh one."""
    node = request.node
    if node.get_closest_marker("fresh_profile") or node.get_closest_marker("browser_context_args"):
        yield request.getfixturevalue("new_context")()
        return
    warm: WarmContext = request.getfixturevalue("warm_context")
    try:
        yield warm.context
    finally:
        warm.reset()
