"""The built site, checked without a browser: pages, language links, layout, origins."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from sitepages import built_pages, is_calculator_page, nav_pages, page_path

PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)


class Links(HTMLParser):
    """Collects (tag, attributes) of every element with a URL attribute."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if {"href", "src", "srcset", "action", "data"} & values.keys():
            self.elements.append((tag, values))


def parse(path: Path) -> list[tuple[str, dict[str, str]]]:
    parser = Links()
    parser.feed(path.read_text("utf-8"))
    return parser.elements


def html_file(site_dir: Path, url_path: str) -> Path:
    return site_dir / url_path.strip("/") / "index.html"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_nav_page_is_built(site_dir: Path, lang: str) -> None:
    missing = [
        page_path(name, lang)
        for name in nav_pages()
        if not html_file(site_dir, page_path(name, lang)).is_file()
    ]
    assert not missing, f"pages of the nav not built: {missing}"


def test_english_pages_are_english(site_dir: Path) -> None:
    for name in nav_pages():
        for lang in ("nl", "en"):
            text = html_file(site_dir, page_path(name, lang)).read_text("utf-8")
            assert f'<html lang="{lang}"' in text, f"{page_path(name, lang)} is not lang={lang}"


def test_language_switch_leads_to_the_same_page(site_dir: Path) -> None:
    for name in nav_pages():
        for lang, other in (("nl", "en"), ("en", "nl")):
            path = page_path(name, lang)
            switch = {
                attrs.get("hreflang"): attrs["href"]
                for tag, attrs in parse(html_file(site_dir, path))
                if tag == "a" and "md-select__link" in attrs.get("class", "")
            }
            assert other in switch, f"{path}: no language switch to {other}"
            target = urlsplit(urljoin(f"http://site{path}", switch[other])).path
            assert target == page_path(name, other), f"{path}: switch to {other} -> {target}"


def test_no_url_of_another_origin_is_loaded(site_dir: Path) -> None:
    """Scripts, styles, images, frames and preconnects only come from the site itself."""
    offenders = []
    for path in built_pages(site_dir):
        for tag, attrs in parse(html_file(site_dir, path)):
            if tag == "a" or (tag == "link" and attrs.get("rel") in {"alternate", "canonical"}):
                continue  # navigation, not a request
            for key in ("href", "src", "srcset", "action", "data"):
                value = attrs.get(key, "")
                if re.match(r"^(https?:)?//", value.strip()):
                    offenders.append(f"{path}: <{tag} {key}={value}>")
    for css in site_dir.rglob("*.css"):
        for url in re.findall(r"url\(\s*['\"]?((?:https?:)?//[^'\")]+)", css.read_text("utf-8")):
            offenders.append(f"{css.relative_to(site_dir)}: url({url})")
        for url in re.findall(r"@import\s+['\"]((?:https?:)?//[^'\"]+)", css.read_text("utf-8")):
            offenders.append(f"{css.relative_to(site_dir)}: @import {url}")
    assert not offenders, "requests to another origin:\n" + "\n".join(offenders)


def test_pyodide_runtime_and_wheels_are_in_the_site(site_dir: Path) -> None:
    for name in PYODIDE_FILES:
        assert (site_dir / "pyodide" / name).stat().st_size > 0, name
    manifest = json.loads((site_dir / "wheels" / "manifest.json").read_text("utf-8"))
    assert set(manifest) == {"boot", "ics", "xlsx"}
    assert manifest["boot"][0].startswith("spoorwijzer_calculator-")
    wheels = manifest["boot"] + manifest["ics"] + manifest["xlsx"]
    names = " ".join(wheels).lower()
    for package in (
        "python_dateutil-2.9.0.post0",
        "six-",
        "icalendar-7.3.0",
        "tzdata-",
        "typing_extensions-",
        "openpyxl-3.1.5",
        "et_xmlfile-2.0.0",
        "spoorwijzer_stdlib_xlsx-",
    ):
        assert package in names, package
    for wheel in wheels:
        assert wheel.endswith("-none-any.whl"), wheel
        assert (site_dir / "wheels" / wheel).stat().st_size > 0, wheel


NAVIGATION_RELS = {"alternate", "canonical", "prev", "next", "search", "sitemap"}
RUNTIME = re.compile(r"pyodide|/?wheels/|rekenhulp[^/]*\.(?:m?js|css)$|worker[^/]*\.m?js$")


def test_content_pages_do_not_reference_pyodide(site_dir: Path) -> None:
    """Only the calculator page may point at the runtime (the browser test checks loads)."""
    offenders = []
    for path in built_pages(site_dir):
        if is_calculator_page(path):
            continue
        for tag, attrs in parse(html_file(site_dir, path)):
            if tag == "a" or (tag == "link" and attrs.get("rel") in NAVIGATION_RELS):
                continue
            for key in ("href", "src", "data"):
                value = attrs.get(key, "")
                if RUNTIME.search(value) and "assets/javascripts/" not in value:
                    offenders.append(f"{path}: <{tag} {key}={value}>")
    assert not offenders, "\n".join(offenders)


@pytest.mark.parametrize(
    ("path", "mime"),
    [
        ("pyodide/pyodide.mjs", "text/javascript"),
        ("pyodide/pyodide.asm.wasm", "application/wasm"),
        ("pyodide/pyodide-lock.json", "application/json"),
        ("wheels/manifest.json", "application/json"),
    ],
)
def test_server_sends_the_runtime_with_the_right_mime_type(
    site_url: str, path: str, mime: str
) -> None:
    from urllib.request import urlopen

    with urlopen(urljoin(site_url, path)) as response:
        assert response.headers.get_content_type() == mime


#: The pages that show the calculator's form, and the stylesheets each family is split into
#: (site_config/overrides/partials/rekenhulp-styles.html links the calculator's, in order).
CALCULATOR_STYLED = ("rekenhulp", "rekenhulp/embed", "dossiers")
STYLE_FAMILIES = ("rekenhulp", "dossiers")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_calculator_pages_link_every_part_of_their_stylesheets(site_dir: Path, lang: str) -> None:
    """A stylesheet split into parts (rekenhulp.css, rekenhulp-*.css) is linked whole: a page
    that links one part links every part once, at a URL that exists; the calculator's pages
    link the calculator's."""
    problems = []
    for name in CALCULATOR_STYLED:
        path = page_path(name, lang)
        linked = [
            urljoin(path, attrs["href"])
            for tag, attrs in parse(html_file(site_dir, path))
            if tag == "link" and attrs.get("rel") == "stylesheet"
        ]
        for family in STYLE_FAMILIES:
            parts = sorted(
                "/" + css.relative_to(site_dir).as_posix()
                for css in (site_dir / "assets" / "spoorwijzer").glob("*.css")
                if re.fullmatch(rf"{family}(-[a-z-]+)?\.css", css.name)
            )
            mine = sorted(url for url in linked if url in parts)
            if (mine or family == "rekenhulp") and mine != parts:
                problems.append(f"{path} links {mine}, not {parts}")
    assert not problems, "\n".join(problems)
