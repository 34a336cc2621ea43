"""Helpers of the site tests: which pages the build has, and their URLs."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parents[2]

#: Pages that may load the Pyodide runtime (the calculator, and "Meerdere dossiers", which runs
#: the same worker); every other page is a content page.
CALCULATOR_PAGES = frozenset({"rekenhulp", "dossiers"})


def nav_pages() -> list[str]:
    """Page names of mkdocs.yml's nav (``index`` for the home page), in nav order."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    names: list[str] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, dict):
                for value in item.values():
                    walk(value if isinstance(value, list) else [value])
            elif isinstance(item, str) and item.endswith(".md"):
                names.append(item.removesuffix(".md"))

    walk(config["nav"])
    return names


def page_path(name: str, lang: str) -> str:
    """URL path of a page: ``/tijdlijn/``, ``/en/tijdlijn/``, ``/`` and ``/en/`` for index."""
    prefix = "/en/" if lang == "en" else "/"
    return prefix if name == "index" else f"{prefix}{name}/"


def built_pages(site_dir: Path) -> list[str]:
    """URL paths of every HTML page in the build (both languages), sorted."""
    paths = []
    for html in sorted(site_dir.rglob("index.html")):
        relative = html.parent.relative_to(site_dir).as_posix()
        if relative.split("/")[0] in {"pyodide", "wheels", "assets", "search"}:
            continue
        paths.append("/" if relative == "." else f"/{relative}/")
    return paths


def is_calculator_page(path: str) -> bool:
    parts = [part for part in path.split("/") if part and part != "en"]
    return bool(parts) and parts[0] in CALCULATOR_PAGES


def origin(url: str) -> str:
    """scheme://host:port of a URL."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


#: An init script that reports every CSP violation of a page to the test, through an exposed
#: function ``__cspViolation`` (its promise, kept in ``__cspReported``, settles once the test
#: has the report).
CSP_REPORTER = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspReported = window.__cspViolation(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
    + ` at ${event.sourceFile}:${event.lineNumber}`);
});
"""
