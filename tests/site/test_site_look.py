"""Content that fits a phone, glossary terms that open on focus and
tap, the home page's first question, the site's own look and a social card per page.

Build-level tests read the HTML of the strict build; browser tests run real Chromium against
it (the calculator behind the home page's "Bereken" is the real Pyodide worker). Expected
dates come from calculator/examples.toml (checked by hand against the articles they cite),
the glossary texts from site_config/glossary.toml.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest
from axe_playwright_python.sync_playwright import Axe
from PIL import Image
from playwright.sync_api import Browser, Page, Request, expect

from site_config.hooks import social
from site_config.markers import glossary

ROOT = Path(__file__).resolve().parents[2]

BOOT_MS = 90_000
TODAY = "2026-11-23"
EXAMPLES: list[dict[str, Any]] = tomllib.loads(
    (ROOT / "calculator" / "examples.toml").read_text("utf-8")
)["case"]
#: Pages with the tables the markers write: timeline, worked examples, law changes, link keys.
TABLE_PAGES = ["tijdlijn/", "voorbeelden/", "wetswijzigingen/", "bureaus/"]


def html_of(site_dir: Path, path: str) -> str:
    return (site_dir / path.strip("/") / "index.html").read_text("utf-8")


def definition(term: str, lang: str) -> str:
    found = [t for t in glossary.load_glossary() if t.term == term]
    assert found, f"{term!r} is not in the glossary"
    return " ".join(found[0].text(lang).split())


# ----- the generated tables ------------------------------------------------------------------


class TableReader(HTMLParser):
    """The column headers and each body row's data-label values of every table.sw-stack."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[dict[str, Any]] = []
        self.inside = False
        self.in_th = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table" and "sw-stack" in (a.get("class") or "").split():
            self.tables.append({"head": [], "rows": []})
            self.inside = True
        elif not self.inside:
            return
        elif tag == "th":
            self.in_th = True
            self.tables[-1]["head"].append("")
        elif tag == "tr" and a.get("role") == "row" and self.tables[-1]["head"]:
            self.tables[-1]["rows"].append([])
        elif tag == "td":
            self.tables[-1]["rows"][-1].append(a.get("data-label"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "th":
            self.in_th = False
        elif tag == "table":
            self.inside = False

    def handle_data(self, data: str) -> None:
        if self.in_th and self.tables:
            self.tables[-1]["head"][-1] += data


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_generated_table_cell_carries_its_column_label(site_dir: Path, lang: str) -> None:
    seen = 0
    for path in TABLE_PAGES:
        reader = TableReader()
        reader.feed(html_of(site_dir, ("en/" if lang == "en" else "") + path))
        assert reader.tables, f"no generated table on {path}"
        for table in reader.tables:
            head = [unescape(text.strip()) for text in table["head"]]
            assert table["rows"], f"{path}: a table without rows"
            for row in table["rows"]:
                assert row == head, f"{path}: cells {row} under columns {head}"
                seen += 1
    assert seen > 50


# ----- glossary terms ------------------------------------------------------------------------

ABBR = re.compile(r"<abbr\b([^>]*)>(.*?)</abbr>", re.S)
TITLE = re.compile(r'title="([^"]*)"')


def article(html: str) -> str:
    """The page's content (Material's article), without header, navigation and footer."""
    start = html.index('<article class="md-content__inner')
    return html[start : html.index("</article>", start)]


def test_a_term_is_marked_once_per_page_and_never_inside_links_or_headings(
    site_dir: Path, pages: list[str]
) -> None:
    problems, marked = [], 0
    for path in pages:
        html = html_of(site_dir, path)
        titles = Counter(TITLE.search(attrs).group(1) for attrs, _ in ABBR.findall(html))
        problems += [f"{path}: {n} x {t[:40]!r}" for t, n in titles.items() if n > 1]
        problems += [
            f"{path}: abbr without sw-term" for a, _ in ABBR.findall(html) if "sw-term" not in a
        ]
        for zone in re.finditer(r"<(a|h[1-6]|summary)\b[^>]*>.*?</\1>", html, re.S):
            if "<abbr" in zone.group(0):
                problems.append(f"{path}: a term inside <{zone.group(1)}>")
        marked += sum(titles.values())
    assert problems == []
    assert marked > 100, "hardly any glossary term is marked any more"


def test_the_timeline_marks_a_term_that_it_uses_several_times_once(site_dir: Path) -> None:
    text = article(html_of(site_dir, "tijdlijn/"))
    plain = re.sub(r"<[^>]+>", "", text)
    assert plain.count("eerste ziektedag") >= 3
    title = definition("eerste ziektedag", "nl")
    assert text.count(f'title="{title}"') == 1


def test_mark_first_terms_keeps_one_mark_per_explanation() -> None:
    html = (
        '<h2>De <abbr title="A">arts</abbr></h2>'
        '<p><a href="x">de <abbr title="A">arts</abbr></a> en de <abbr title="A">artsen</abbr>,'
        ' de <abbr title="B">wet</abbr>, weer de <abbr title="A">arts</abbr>.</p>'
        '<details><summary><abbr title="C">term</abbr></summary><abbr title="C">term</abbr>'
        "</details>"
    )
    assert glossary.mark_first_terms(html) == (
        "<h2>De arts</h2>"
        '<p><a href="x">de arts</a> en de <abbr class="sw-term" title="A">artsen</abbr>,'
        ' de <abbr class="sw-term" title="B">wet</abbr>, weer de arts.</p>'
        '<details><summary>term</summary><abbr class="sw-term" title="C">term</abbr>'
        "</details>"
    )


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


# ----- phones: no sideways scrolling ---------------------------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("path", TABLE_PAGES)
def test_the_table_pages_do_not_scroll_sideways_at_320_px(page: Page, path: str, lang: str) -> None:
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(("en/" if lang == "en" else "") + path)
    widths = page.evaluate(
        "[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]"
    )
    assert widths[0] <= widths[1], f"{path} is {widths[0]} px wide at 320 px"
    # the rows are stacked, each value with its column's label before it
    cell = page.locator("table.sw-stack tbody td").first
    label = cell.get_attribute("data-label")
    assert label
    shown = cell.evaluate("(td) => getComputedStyle(td, '::before').content")
    assert label in shown
    assert cell.evaluate("(td) => getComputedStyle(td.parentElement).display") == "block"


@pytest.mark.browser
def test_no_page_scrolls_sideways_at_320_px(page: Page, pages: list[str]) -> None:
    page.set_viewport_size({"width": 320, "height": 640})
    wide = {}
    for path in pages:
        page.goto(path.lstrip("/") or "./")
        width = page.evaluate("document.scrollingElement.scrollWidth")
        if width > 320:
            wide[path] = width
    assert wide == {}


@pytest.mark.browser
def test_the_tables_stay_tables_on_a_wide_screen(page: Page) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("tijdlijn/")
    table = page.locator("table.sw-timeline")
    assert table.evaluate("(t) => getComputedStyle(t).display") == "table"
    expect(table.locator("thead")).to_be_visible()


# ----- glossary terms in the browser -----------------------------------------------------


def first_term(page: Page) -> Any:
    return page.locator("article abbr.sw-term").first


@pytest.mark.browser
def test_a_term_explains_itself_on_keyboard_focus(page: Page) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("tijdlijn/")
    term = first_term(page)
    expect(term).to_have_text("eerste ziektedag")
    explanation = definition("eerste ziektedag", "nl")
    tip = page.locator(f"#{term.get_attribute('aria-describedby')}")
    expect(tip).to_be_hidden()
    # from the page's title, Tab goes to the first thing one can act on in the text
    page.locator("article h1").click()
    for _ in range(10):
        page.keyboard.press("Tab")
        if term.evaluate("(el) => el === document.activeElement"):
            break
    expect(term).to_be_focused()
    expect(tip).to_be_visible()
    expect(tip).to_have_text(explanation)
    expect(tip).to_have_attribute("role", "tooltip")
    expect(term).to_have_accessible_description(explanation)
    assert term.get_attribute("title") is None  # no second, native tooltip
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    expect(term).to_be_focused()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    expect(tip).to_be_visible()
    page.keyboard.press("Tab")
    expect(tip).to_be_hidden()


@pytest.mark.browser
@pytest.mark.parametrize("width", [320, 390])
def test_a_term_explains_itself_on_tap(browser: Browser, base_url: str, width: int) -> None:
    context = browser.new_context(
        base_url=base_url,
        viewport={"width": width, "height": 700},
        has_touch=True,
        is_mobile=True,
        bypass_csp=True,
    )
    try:
        page = context.new_page()
        page.goto("en/tijdlijn/")
        term = first_term(page)
        tip = page.locator(f"#{term.get_attribute('aria-describedby')}")
        term.tap()
        expect(tip).to_be_visible()
        expect(tip).to_have_text(definition("eerste ziektedag", "en"))
        box = tip.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= width
        assert box["y"] + box["height"] <= 700
        page.locator("article h1").tap()
        expect(tip).to_be_hidden()
    finally:
        context.close()


@pytest.mark.browser
def test_a_term_explains_itself_on_hover_and_stays_while_the_pointer_is_on_it(
    page: Page,
) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("tijdlijn/")
    term = first_term(page)
    tip = page.locator(f"#{term.get_attribute('aria-describedby')}")
    term.hover()
    expect(tip).to_be_visible()
    tip.hover()
    expect(tip).to_be_visible()
    page.locator("article h1").hover()
    expect(tip).to_be_hidden()


def axe_report(page: Page) -> str:
    results = Axe().run(page)
    return results.generate_report() if results.violations_count else ""


@pytest.mark.browser
@pytest.mark.parametrize(("path", "width"), [("tijdlijn/", 320), ("en/voorbeelden/", 320)])
def test_axe_finds_nothing_in_the_stacked_tables(page: Page, path: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 640})
    page.goto(path)
    assert axe_report(page) == ""


@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 1280])
def test_axe_finds_nothing_with_a_term_open(page: Page, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    page.goto("tijdlijn/")
    first_term(page).focus()
    expect(page.locator(".sw-tip:not([hidden])")).to_have_count(1)
    assert axe_report(page) == ""


# ----- the home page's first question ------------------------------------------------------


def example(case_id: str) -> dict[str, Any]:
    return next(case for case in EXAMPLES if case["id"] == case_id)


@pytest.mark.browser
@pytest.mark.parametrize(
    ("home", "calculator", "month"),
    [("./", "/rekenhulp/", "jan"), ("en/", "/en/rekenhulp/", "Jan")],
)
def test_the_first_question_opens_the_calculator_with_the_case(
    page: Page, site_url: str, home: str, calculator: str, month: str
) -> None:
    requests: list[str] = []

    def record(request: Request) -> None:
        requests.append(request.url)

    page.add_init_script(f"window.SPOORWIJZER_TODAY = {TODAY!r};")
    page.on("request", record)
    page.goto(home)
    page.wait_for_load_state("networkidle")
    form = page.locator("form[data-sw-start]")
    form.locator('[data-part="day"]').fill("5")
    form.locator('[data-part="month"]').fill(month)
    form.locator('[data-part="year"]').fill(" 2026 ")
    on_home = [url for url in requests if "/pyodide/" in url or "/wheels/" in url]
    assert on_home == [], "the home page loaded the Python runtime"
    form.get_by_role("button").click()
    page.wait_for_url(urljoin(site_url, f"{calculator}#v=1&ziek=5-{month}-2026"))
    # the calculator's Python read the date as typed: the worked example's dates appear
    expected = example("doorlopend-maandag")["expected"]
    page.wait_for_function(
        "document.querySelectorAll('[data-milestone] time[datetime]').length > 5",
        timeout=BOOT_MS,
    )
    shown = page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('[data-milestone]')].map(
            (el) => [el.dataset.milestone,
                     [...el.querySelectorAll('time[datetime]')].map((t) => t.dateTime)]))"""
    )
    missing = {k: v for k, v in expected.items() if v not in shown.get(k, [])}
    assert missing == {}


@pytest.mark.browser
def test_what_is_typed_is_joined_and_encoded_not_parsed(page: Page, site_url: str) -> None:
    # block the calculator page itself: only the address it is asked for matters here
    page.route("**/rekenhulp/", lambda route: route.fulfill(body="", content_type="text/html"))
    page.goto("./")
    form = page.locator("form[data-sw-start]")
    form.locator('[data-part="day"]').fill("12/3")
    form.locator('[data-part="month"]').fill("maart &")
    form.locator('[data-part="year"]').fill("")
    form.locator('[data-part="year"]').press("Enter")
    page.wait_for_url("**/rekenhulp/#*")
    # as typed, but a "/" (in the link: the end of a period) becomes a space
    assert page.url == urljoin(site_url, "/rekenhulp/#v=1&ziek=12%203-maart%20%26-")


@pytest.mark.browser
def test_an_empty_first_question_opens_the_calculator_without_a_case(page: Page) -> None:
    page.route("**/rekenhulp/", lambda route: route.fulfill(body="", content_type="text/html"))
    page.goto("./")
    page.locator("form[data-sw-start]").get_by_role("button").click()
    page.wait_for_url("**/rekenhulp/")
    assert page.url.endswith("/rekenhulp/")


@pytest.mark.browser
@pytest.mark.parametrize(("home", "calculator"), [("./", "rekenhulp/"), ("en/", "en/rekenhulp/")])
def test_the_first_question_asks_it_as_the_calculator_does(
    page: Page, home: str, calculator: str
) -> None:
    """Legend, hint and the three labels are the calculator's own (its form as it renders)."""

    def words(where: str, group: str) -> list[str]:
        page.goto(where)
        fieldset = page.locator(group).first
        expect(fieldset).to_be_visible(timeout=BOOT_MS)
        return [
            fieldset.locator("legend").inner_text().strip(),
            fieldset.locator("p").first.inner_text().strip(),
            *[label.strip() for label in fieldset.locator("label").all_inner_texts()],
        ]

    home_words = words(home, "form[data-sw-start] fieldset")
    calculator_words = words(calculator, ".rekenhulp fieldset.rh-date")
    assert home_words == calculator_words
    page.goto(home)
    for part in ("day", "month", "year"):
        field = page.locator(f'form[data-sw-start] [data-part="{part}"]')
        expect(field).to_have_attribute("inputmode", "numeric")
        assert field.get_attribute("name") is None  # nothing typed is ever sent anywhere


@pytest.mark.browser
@pytest.mark.parametrize(("home", "href"), [("./", "rekenhulp/"), ("en/", "rekenhulp/")])
def test_without_javascript_the_home_page_links_to_the_calculator(
    browser: Browser, base_url: str, home: str, href: str
) -> None:
    context = browser.new_context(java_script_enabled=False, base_url=base_url)
    try:
        page = context.new_page()
        page.goto(home)
        expect(page.locator("form[data-sw-start]")).to_be_hidden()
        link = page.locator(".sw-start a[data-sw-calculator]")
        expect(link).to_be_visible()
        expect(link).to_have_attribute("href", href)
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 1280])
def test_on_a_phone_the_first_question_is_on_the_first_screen(page: Page, width: int) -> None:
    height = 844 if width == 390 else 800
    page.set_viewport_size({"width": width, "height": height})
    page.goto("./")
    button = page.locator("form[data-sw-start]").get_by_role("button")
    box = button.bounding_box()
    assert box and box["y"] + box["height"] <= height
