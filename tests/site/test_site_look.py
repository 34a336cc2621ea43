"""The site's own look and a social card per page: every page has its own card (absolute URLs
with a site URL, a title that stays inside the card), the palette, logo and favicon are the
site's own and the palette keeps AA contrast in real Chromium.

Build-level tests read the HTML of the strict build; browser tests run real Chromium
against it.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from look_pages import ROOT, article, html_of
from PIL import Image
from playwright.sync_api import Page

from site_config.hooks import social

# ----- the social cards ----------------------------------------------------------------------

META = re.compile(r'<meta (?:property|name)="((?:og|twitter):[a-z:]+)" content="([^"]*)">')
H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)


def test_every_page_has_its_own_social_card(site_dir: Path, pages: list[str]) -> None:
    images: dict[str, bytes] = {}
    for path in pages:
        html = html_of(site_dir, path)
        meta = {key: unescape(value) for key, value in META.findall(html)}
        h1 = H1.search(article(html))
        assert h1, path
        heading = unescape(re.sub(r"<[^>]+>", "", h1.group(1))).replace("¶", "").strip()
        assert meta.get("og:title") == heading, path
        assert meta.get("twitter:title") == heading, path
        assert len(meta.get("og:description", "")) > 20, path
        assert meta.get("twitter:card") == "summary_large_image", path
        image_url = meta.get("og:image", "")
        assert image_url == meta.get("twitter:image"), path
        # site_url is empty: the URL is relative to the page and never names another host
        assert not re.match(r"[a-z]+:|//", image_url), image_url
        image = (site_dir / path.strip("/") / image_url).resolve()
        assert image.is_file(), f"{path}: {image_url}"
        with Image.open(image) as card:
            assert (card.format, card.size) == ("PNG", (1200, 630)), path
        images[path] = image.read_bytes()
    assert len(set(images.values())) == len(pages), "two pages share a card"
    assert images["/tijdlijn/"] != images["/en/tijdlijn/"]


def test_with_a_site_url_the_card_and_page_urls_are_absolute(
    mkdocs_build: Any, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Start\n\nTekst.\n", "utf-8")
    (docs / "stap.md").write_text("---\ndescription: Over een stap.\n---\n# Een stap\n", "utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: Spoorwijzer\n"
        "site_url: https://spoorwijzer.example/\n"
        "site_description: Beschrijving.\n"
        f"docs_dir: {docs}\n"
        f"theme:\n  name: material\n  custom_dir: {ROOT / 'site_config' / 'overrides'}\n"
        f"  font: false\nhooks:\n  - {ROOT / 'site_config' / 'hooks' / 'social.py'}\n",
        "utf-8",
    )
    result = mkdocs_build(tmp_path / "site", config)
    assert result.returncode == 0, result.stderr
    meta = dict(META.findall((tmp_path / "site" / "stap" / "index.html").read_text("utf-8")))
    assert meta["og:image"] == "https://spoorwijzer.example/assets/social/stap.png"
    assert meta["og:url"] == "https://spoorwijzer.example/stap/"
    assert meta["og:title"] == "Een stap"
    assert meta["og:description"] == "Over een stap."
    assert (tmp_path / "site" / "assets" / "social" / "stap.png").is_file()


@pytest.mark.parametrize(
    "title",
    [
        "Tijdlijn",
        "Spoor 2: werk gevonden of vastgelopen, en wat er gebeurt als het zoeken maanden niets"
        " oplevert voor werknemer en werkgever samen met het bureau en de arbeidsdeskundige",
        "Arbeidsongeschiktheidsverzekeringsuitvoeringsorganisatiesamenwerkingsverbanden",
    ],
)
def test_a_card_title_stays_inside_the_card(title: str) -> None:
    size, lines = social.layout(title)
    font = social._font(size)
    assert 1 <= len(lines) <= social.MAX_LINES
    assert all(font.getlength(line) <= social.TITLE_WIDTH for line in lines)
    assert social.MARGIN + social.TITLE_WIDTH < social.WIDTH - 250  # clear of the large mark


# ----- the site's own look -------------------------------------------------------------------


def test_the_palette_logo_and_favicon_are_our_own(site_dir: Path) -> None:
    html = html_of(site_dir, "/")
    assert 'data-md-color-primary="custom"' in html and "indigo" not in html
    logo = re.search(r'class="md-header__button md-logo"[^>]*>\s*<img src="([^"]+)"', html)
    assert logo and logo.group(1).endswith("assets/spoorwijzer/logo.svg")
    favicon = re.search(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', html)
    assert favicon and favicon.group(1).endswith("assets/spoorwijzer/favicon.svg")
    for url in (logo.group(1), favicon.group(1)):
        svg = (site_dir / url).read_text("utf-8")
        assert svg.startswith("<svg") and "http" not in svg.replace(
            'xmlns="http://www.w3.org/2000/svg"', ""
        )


def luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


#: Text a reader meets, on the home page, by selector; its background is the first opaque
#: one up the tree (translucent ones laid over it).
PAIRS = {
    "header title": ".md-header__topic",
    "page title": "article h1",
    "body text": "article > p",
    "link in text": "article > p a:not(.headerlink)",
    "link in a list": "article li a:not(.headerlink)",
    "navigation link": ".md-nav__link--active",
    "first question text": ".sw-start > p",
    "first question hint": ".sw-start__hint",
    "first question label": ".sw-start label",
    "first question link": ".sw-start a[data-sw-calculator]",
    "Bereken": ".sw-start__button",
    "admonition title": ".admonition-title",
    "admonition text": ".admonition > p",
    "admonition link": ".admonition a",
    "footer": ".md-copyright",
}

COLOURS = """(selector) => {
  const parse = (value) => value.match(/[\\d.]+/g).map(Number);
  const text = document.querySelector(selector);
  const layers = [];
  for (let el = text; el; el = el.parentElement) {
    const bg = parse(getComputedStyle(el).backgroundColor);
    if (bg.length < 4 || bg[3] > 0) layers.push(bg);
    if (bg.length < 4 || bg[3] === 1) break;
  }
  const over = ([r, g, b, a = 1], base) =>
    [r * a + base[0] * (1 - a), g * a + base[1] * (1 - a), b * a + base[2] * (1 - a)];
  let base = [255, 255, 255];
  for (const layer of layers.reverse()) base = over(layer, base);
  return [over(parse(getComputedStyle(text).color), base), base];
}"""


@pytest.mark.browser
def test_the_palette_keeps_aa_contrast(page: Page) -> None:
    """Measured in the page (computed colours), next to axe's own check on every page."""
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/")
    ratios = {}
    for what, selector in PAIRS.items():
        fg, bg = page.evaluate(COLOURS, selector)
        ratios[what] = round(contrast(tuple(fg), tuple(bg)), 2)
    print("contrast:", ratios)
    low = {what: ratio for what, ratio in ratios.items() if ratio < 4.5}
    assert low == {}, ratios
    header = page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
    assert header == "rgb(14, 90, 102)"  # petrol, not Material's indigo rgb(64, 81, 181)
