"""MkDocs hook: the Content-Security-Policy of every page, and no inline scripts.

- ``on_env`` gives the theme (``overrides/main.html``) the policy of ``site_config/csp.py``;
  the template writes it as the first element of ``<head>``. Under ``mkdocs serve`` the
  policy is left out: its live-reload script is inline.
- ``on_post_build`` moves every inline script of the built HTML (Material writes four small
  ones) into a file ``assets/spoorwijzer/inline/<sha256>.js`` and points the page at it, so the
  policy needs no ``'unsafe-inline'`` and no per-page hashes. A classic ``<script src>`` without
  ``defer`` runs at the same point of parsing as the inline script it replaces. JSON data
  blocks (``<script type="application/json">``) are not scripts and stay.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig

from site_config.csp import META_POLICY

ROOT = Path(__file__).resolve().parents[2]

log = logging.getLogger("mkdocs.hooks.spoorwijzer.hardening")

INLINE_DIR = "assets/spoorwijzer/inline"
#: An inline <script> (no src attribute): group 1 the attributes, group 2 the code.
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc\s*=)([^>]*)>(.*?)</script>", re.S | re.I)
DATA_TYPES = ("application/json", "application/ld+json", "importmap")
CONFIG_BASE = re.compile(
    r'<script id="__config" type="application/json">\{"annotate": [^,]*, '
    r'"base": "([^"]*)"'
)

_serving = False


def on_startup(command: str, **_: Any) -> None:
    global _serving
    _serving = command == "serve"


def on_env(env: Environment, **_: Any) -> Environment:
    env.globals["spoorwijzer_csp"] = "" if _serving else META_POLICY
    return env


def _script_type(attributes: str) -> str:
    match = re.search(r'\btype\s*=\s*"([^"]*)"', attributes, re.I)
    return match.group(1).strip().lower() if match else ""


def _src(html_file: Path, site_dir: Path, html: str, name: str) -> str:
    """URL of ``INLINE_DIR/name`` as seen from the page: Material's own base when present."""
    match = CONFIG_BASE.search(html)
    if match:
        return f"{match.group(1).rstrip('/')}/{INLINE_DIR}/{name}"
    relative = os.path.relpath(site_dir / INLINE_DIR / name, html_file.parent)
    return Path(relative).as_posix()


def externalize(html_file: Path, site_dir: Path) -> int:
    """Move the inline scripts of one HTML file into files; return how many were moved."""
    html = html_file.read_text("utf-8")
    moved = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal moved
        attributes, code = match.group(1), match.group(2)
        if _script_type(attributes) in DATA_TYPES or not code.strip():
            return match.group(0)
        name = hashlib.sha256(code.encode()).hexdigest()[:20] + ".js"
        target = site_dir / INLINE_DIR / name
        if not target.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(code, "utf-8")
        moved += 1
        return f'<script{attributes} src="{_src(html_file, site_dir, html, name)}"></script>'

    new = INLINE_SCRIPT.sub(replace, html)
    if moved:
        html_file.write_text(new, "utf-8")
    return moved


def on_post_build(config: MkDocsConfig, **_: Any) -> None:
    if _serving:
        return
    site_dir = Path(config.site_dir)
    moved = sum(externalize(path, site_dir) for path in sorted(site_dir.rglob("*.html")))
    log.debug("moved %d inline scripts to %s", moved, INLINE_DIR)
