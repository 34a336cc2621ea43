"""Shared fixtures: the built site, served on 127.0.0.1, and Debian's Chromium for Playwright.

- ``site_dir``: the output of ``mkdocs build --strict``, built once per session into a temp
  dir; set ``SPOORWIJZER_SITE=site`` to test an existing build instead (e.g. after
  ``make build``).
- ``site_url`` / ``base_url``: that directory served by ``site_config.serve`` on a free port
  of 127.0.0.1, e.g. ``http://127.0.0.1:41234/``; ``page.goto("rekenhulp/")`` works.
- ``browser_context_args``: pytest-playwright's contexts bypass the pages' CSP, because
  Playwright evaluates string predicates (``wait_for_function("...")``) with eval; the CSP
  and service worker tests (test_site_csp.py, test_site_offline.py, test_reader.py) make their
  own contexts with the policy in force. The browser's language is Dutch (nl-NL).
- ``browser_type_launch_args``: ``/usr/bin/chromium`` (or ``SPOORWIJZER_CHROMIUM``) with the
  flags that keep it quiet on a closed network (it keeps trying to reach Google's hosts).

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

import pytest
from hypothesis import settings

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
    # the one-time offer of the English page on the first Dutch page (test_reader.py tests it).
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
