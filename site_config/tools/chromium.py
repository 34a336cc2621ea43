"""Debian's Chromium as the tests and the benchmark launch it.

These machines reach only the package registries: without the background-networking flags
Chromium keeps trying (and failing) to reach Google's hosts. Playwright adds
``--headless`` itself for headless launches.
"""

from __future__ import annotations

import os
import shutil

CHROMIUM_FLAGS: list[str] = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def executable() -> str:
    """``SPOORWIJZER_CHROMIUM``, else ``chromium`` on the PATH, else Debian's path."""
    return os.environ.get("SPOORWIJZER_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
