"""Links in docs/: internal links whose pages and anchors exist, external links only to
well-formed https addresses of allowed sources, every cited source on the sources page, and
no raw scripts or remote assets in the content.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from content_pages import ALL, ALLOWED_HOSTS, DOCS, DUTCH, ENGLISH, FAQ, LINK, PROSE, TRACKING, body
from markdown.extensions.toc import slugify

INTERNAL_LINK = re.compile(r"\]\(([a-z0-9/-]+\.md)?(?:#([A-Za-z0-9_-]+))?\)")


ANY_MARKER = re.compile(r"\{\{\s*sw\.[^}]*\}\}")


def anchors_of(path: Path) -> set[str]:
    """Explicit ``{#id}`` attributes and the ids Python-Markdown gives the other headings."""
    from site_config.markers.grammar import replace_markers

    lang = "en" if path.name.endswith(".en.md") else "nl"
    text = body(path)
    anchors = set(re.findall(r"\{#([A-Za-z0-9_-]+)\}", text))
    for heading in re.findall(r"^#{1,6} (.+)$", text, re.M):
        if "{#" in heading:
            continue
        rendered = ANY_MARKER.sub(lambda m: replace_markers(m.group(0), lang), heading)
        anchors.add(slugify(re.sub(r"[*_`]", "", rendered), "-"))
    return anchors


@pytest.mark.parametrize("path", PROSE, ids=lambda p: p.name)
def test_internal_links_point_to_existing_pages_and_anchors(path: Path) -> None:
    for target, anchor in INTERNAL_LINK.findall(body(path)):
        if not target and not anchor:
            continue
        page = DOCS / target if target else path
        if target and path.name.endswith(".en.md") and not target.endswith(".en.md"):
            page = (DOCS / target).with_name(Path(target).name.removesuffix(".md") + ".en.md")
        assert page.is_file(), f"{path.name}: link to missing page {target}"
        if anchor and not anchor.startswith("voorbeeld-") and anchor not in {"__codelineno"}:
            assert anchor in anchors_of(page), f"{path.name}: {target}#{anchor} does not exist"


def test_the_anchor_rule_finds_a_missing_anchor() -> None:
    assert "werkgevers" in anchors_of(FAQ["nl"])
    assert "niet-bestaand" not in anchors_of(FAQ["nl"])


# --- external links -------------------------------------------------------------------------


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_external_links_are_https_to_allowed_sources(path: Path) -> None:
    for match in LINK.finditer(path.read_text("utf-8")):
        url = next(g for g in match.groups() if g)
        parts = urlsplit(url)
        assert parts.scheme == "https", url
        assert parts.hostname in ALLOWED_HOSTS, url
        assert not TRACKING.search(url), url
        assert " " not in url and parts.netloc, url


def cited(markdown: str) -> set[str]:
    """The sources a page links to: a law on wetten.overheid.nl by its BWBR id (pages link
    articles, the sources page the law), any other page by its address."""
    found = set()
    for match in LINK.finditer(markdown):
        url = next(g for g in match.groups() if g)
        law = re.search(r"BWBR\d+", url) if "wetten.overheid.nl" in url else None
        found.add(law.group(0) if law else url)
    return found


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_source_a_page_cites_is_on_the_sources_page(lang: str) -> None:
    sources = DOCS / ("bronnen.md" if lang == "nl" else "bronnen.en.md")
    listed = cited(body(sources))
    missing = {
        f"{path.name}: {url}"
        for path in (DUTCH if lang == "nl" else ENGLISH)
        if path != sources
        for url in cited(body(path)) - listed
    }
    assert not missing, f"add to {sources.name}: {sorted(missing)}"


def test_no_raw_scripts_or_remote_assets_in_content() -> None:
    for path in ALL:
        if path.name.startswith("rekenhulp"):
            continue
        text = path.read_text("utf-8")
        assert "<script" not in text, path.name
        assert not re.search(r"<(img|iframe|link)[^>]+https?://", text), path.name
