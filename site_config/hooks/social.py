"""MkDocs hook: a social preview card per page (``og:*`` and ``twitter:*`` in the head).

For every page the build draws a 1200 x 630 PNG with the page's heading on the site's petrol
background, beside the Spoorwijzer mark (the same junction of two tracks as
``assets/spoorwijzer/logo.svg``), with Pillow and its bundled scalable font
(``ImageFont.load_default(size=...)``): no font or image from anywhere else. The card is
written to ``assets/social/<page>.png`` (``index.png`` for the Dutch home page, ``en.png`` for
the English one, ``en-tijdlijn.png`` ...). Drawn cards are kept in ``.cache/social/`` by a hash
of their text and of this file, so an unchanged page costs a file copy.

``on_page_context`` gives the template (``overrides/partials/sw-social.html``, included by
``main.html``) the variable ``sw_social``: the title (the page's first heading), the
description (the page's ``description``, else the site's in the page's language) and the
image's URL.

The URL: Open Graph wants an absolute ``og:image``. ``site_url`` is empty in mkdocs.yml
(the site works from any address), so by default the URL is relative to the page
(``../assets/social/tijdlijn.png``), which browsers and some crawlers resolve but most social
sites ignore. A host that knows its address sets ``site_url`` (e.g.
``site_url: https://spoorwijzer.example/``, or ``mkdocs build`` with a config that inherits
mkdocs.yml and sets it); then ``og:image`` and ``og:url`` are absolute (see
site_config/maintainers/hosting.md).
"""

from __future__ import annotations

import hashlib
import logging
import shutil
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from PIL import Image, ImageDraw, ImageFont

log = logging.getLogger("mkdocs.hooks.spoorwijzer.social")

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "social"
OUTPUT_DIR = "assets/social"

WIDTH, HEIGHT = 1200, 630
MARGIN = 80
#: The palette of site.css.
PETROL = (14, 90, 102)
PETROL_DARK = (9, 63, 72)
PETROL_LIGHT = (47, 127, 139)
WHITE = (255, 255, 255)
TINT = (207, 227, 230)
RUST = (166, 58, 6)

TITLE_SIZES = (76, 68, 60, 52, 46)
TITLE_WIDTH = 820
MAX_LINES = 3

TAGLINE = {
    "nl": "Wet verbetering Poortwachter: uitgelegd en uitgerekend",
    "en": "The Dutch Gatekeeper Improvement Act, explained and calculated",
}


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def wrap(text: str, size: int, width: int = TITLE_WIDTH) -> list[str]:
    """``text`` in lines no wider than ``width`` pixels at ``size`` (a word wider than the
    line gets a line of its own and is cut with an ellipsis)."""
    font = _font(size)
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and font.getlength(candidate) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return [_fit(line, font, width) for line in lines]


def _fit(line: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont, width: int) -> str:
    while font.getlength(line) > width and len(line) > 1:
        line = line[:-2] + "…"
    return line


def layout(title: str) -> tuple[int, list[str]]:
    """The largest title size at which the title takes at most ``MAX_LINES`` lines; at the
    smallest size the lines after the last are dropped and the last ends with an ellipsis."""
    for size in TITLE_SIZES:
        lines = wrap(title, size)
        if len(lines) <= MAX_LINES:
            return size, lines
    size = TITLE_SIZES[-1]
    lines = wrap(title, size)[:MAX_LINES]
    lines[-1] = _fit(lines[-1] + " …", _font(size), TITLE_WIDTH)
    return size, lines


def _mark(draw: ImageDraw.ImageDraw, x: float, y: float, scale: float, colour: Any) -> None:
    """The junction mark of logo.svg (a 24-unit box) at (x, y), ``scale`` pixels per unit."""

    def point(px: float, py: float) -> tuple[float, float]:
        return (x + px * scale, y + py * scale)

    width = max(1, round(2.4 * scale))
    draw.line([point(12, 19.5), point(12, 13.5)], fill=colour, width=width)
    for end in (6.6, 17.4):
        # the branch: a gentle curve from the stem to the top corner, as short segments
        curve = [point(12 + (end - 12) * t**1.6, 13.5 - (13.5 - 5.2) * t) for t in _steps(12)]
        draw.line(curve, fill=colour, width=width, joint="curve")
    radius = 2.3 * scale
    for cx, cy in ((12, 20), (6, 4.4), (18, 4.4)):
        centre = point(cx, cy)
        draw.ellipse(
            [centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius],
            fill=colour,
        )
    for cx, cy in ((12, 13.5), (12, 19.5)):  # round joins and caps of the stem
        centre = point(cx, cy)
        half = width / 2
        draw.ellipse(
            [centre[0] - half, centre[1] - half, centre[0] + half, centre[1] + half], fill=colour
        )


def _steps(count: int) -> list[float]:
    return [i / count for i in range(count + 1)]


def render(title: str, lang: str) -> bytes:
    """The PNG card of a page: its title, the site's name and tagline, the mark."""
    image = Image.new("RGB", (WIDTH, HEIGHT), PETROL)
    draw = ImageDraw.Draw(image)
    # a darker band along the bottom and the mark, large and quiet, on the right
    draw.rectangle([0, HEIGHT - 120, WIDTH, HEIGHT], fill=PETROL_DARK)
    _mark(draw, WIDTH - 330, 60, 16, PETROL_LIGHT)
    draw.rectangle([MARGIN, 86, MARGIN + 64, 92], fill=RUST)
    # name
    _mark(draw, MARGIN - 4, 118, 2.4, WHITE)
    draw.text((MARGIN + 64, 122), "Spoorwijzer", font=_font(44), fill=WHITE)
    # title
    size, lines = layout(title)
    line_height = round(size * 1.18)
    top = 210 + (MAX_LINES - len(lines)) * line_height // 2
    for index, line in enumerate(lines):
        draw.text((MARGIN, top + index * line_height), line, font=_font(size), fill=WHITE)
    # tagline
    tagline = _fit(TAGLINE.get(lang, TAGLINE["nl"]), _font(32), WIDTH - 2 * MARGIN)
    draw.text((MARGIN, HEIGHT - 80), tagline, font=_font(32), fill=TINT)
    out = BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


# --- the pages -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Card:
    title: str
    description: str
    path: str  # relative to the site root, e.g. assets/social/en-tijdlijn.png


def image_path(page_url: str) -> str:
    """``""`` -> ``assets/social/index.png``; ``en/tijdlijn/`` -> ``.../en-tijdlijn.png``."""
    name = page_url.strip("/").replace("/", "-") or "index"
    return f"{OUTPUT_DIR}/{name}.png"


def heading(page: Page) -> str:
    """The page's first heading (its h1), else its title."""
    for item in page.toc.items:
        if item.level == 1 and item.title:
            return str(item.title)
    return str(page.title or "")


def page_language(page: Page) -> str:
    return str(getattr(page.file, "locale", None) or "nl")


_DRAWN = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]


def write_card(site_dir: Path, card: Card, lang: str) -> None:
    key = hashlib.sha256(f"{_DRAWN}\0{lang}\0{card.title}".encode()).hexdigest()[:24]
    cached = CACHE / f"{key}.png"
    if not cached.is_file():
        CACHE.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(render(card.title, lang))
    target = site_dir / card.path
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(cached, target)


def on_page_context(
    context: dict[str, Any], page: Page, config: MkDocsConfig, **_: Any
) -> dict[str, Any]:
    title = heading(page) or str(config.site_name)
    description = str(page.meta.get("description") or config.site_description or "")
    card = Card(title=title, description=description, path=image_path(page.url))
    write_card(Path(config.site_dir), card, page_language(page))
    site_url = str(config.site_url or "")
    if site_url:
        base = site_url.rstrip("/") + "/"
        image, url = base + card.path, base + page.url
    else:
        image, url = get_relative_url(card.path, page.url), ""
    context["sw_social"] = {
        "title": card.title,
        "description": card.description,
        "image": image,
        "url": url,
        "locale": "en_GB" if page_language(page) == "en" else "nl_NL",
    }
    return context
