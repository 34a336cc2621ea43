"""Numbers in docs/: no milestone week typed by hand (the markers write them), a date beside
every amount, no amount in euros typed by hand (they come from calculator/amounts.toml, with
date and source), the voluntary extension without a maximum, and a checked-on date for every
announced law change.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from content_pages import ALL, ALLOWED_HOSTS, CODE, DOCS, LINK, PROSE, TRACKING, body, units

from calculator.rules import CONSTANTS, nominal_weeks
from site_config import amounts

# UWV names the report and its form after the week; those official names are allowed.
OFFICIAL_NAMES = re.compile(
    r"42e[- ]week(s)?melding|42nd-week report|42-week report|"
    r"langdurige\s+ziekte\s+in\s+de\s+42e\s+week",
    re.I,
)


CONST_MARKER = re.compile(r"\{\{\s*sw\.const\s+(\w+)\s*\}\}")
AMOUNT_MARKER = re.compile(r"\{\{\s*sw\.amount\s+(\w+)\s*\}\}")


def text_of(path: Path) -> str:
    return CODE.sub("", path.read_text("utf-8"))


def with_constants(text: str, lang: str = "nl") -> str:
    """``{{ sw.const NAME }}`` replaced by its value, so that ``70 procent`` is seen as such, and
    ``{{ sw.amount ID }}`` by what the build writes (the amount, its date stamp, its source)."""
    text = CONST_MARKER.sub(lambda m: str(CONSTANTS[m.group(1)]), text)
    return AMOUNT_MARKER.sub(lambda m: amounts.inline(m.group(1), lang), text)


def lang_of(path: Path) -> str:
    return "en" if path.name.endswith(".en.md") else "nl"


def milestone_weeks() -> set[int]:
    weeks: set[int] = set()
    for first, last in nominal_weeks().values():
        weeks.add(last)
        if first is not None:
            weeks.add(first)
    return weeks - {1}  # "week 1" of a month or a list is not a milestone claim


# --- numbers: weeks, amounts, fees ----------------------------------------------------------


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_no_hand_typed_milestone_weeks(path: Path) -> None:
    """A week number that names a milestone must come from a `{{ sw.week ... }}` marker."""
    text = OFFICIAL_NAMES.sub("", text_of(path))
    forbidden = milestone_weeks()
    hits = [
        m.group(0)
        for m in re.finditer(r"\b(?:week|weken|weeks)\s+(\d+)\b", text, re.I)
        if int(m.group(1)) in forbidden
    ]
    hits += [
        m.group(0)
        for m in re.finditer(
            r"\b(\d+)(?:e|ste|de|th|nd|rd)?[- ]?"
            r"(?:ziekte)?week\b",
            text,
            re.I,
        )
        if int(m.group(1)) in forbidden
    ]
    wachttijd = CONSTANTS["wachttijd_weken"]
    hits += re.findall(rf"\b{wachttijd}\s+(?:weken|weeks)\b", text, re.I)
    assert not hits, f"{path.name}: use markers for {hits}"


AMOUNT = re.compile(r"€\s*\d|\b\d+(?:[.,]\d+)?\s*(?:%|procent\b|percent\b|euros?\b)", re.I)
DATE = re.compile(r"\b(?:19|20)\d{2}\b|\{\{\s*sw\.checked\s*\}\}")


@pytest.mark.parametrize("path", PROSE, ids=lambda p: p.name)
def test_every_amount_has_a_date_within_a_sentence(path: Path) -> None:
    """An amount (€, %, procent, euro) changes over time: the same sentence, the one before or
    the one after it (for a table row: its header) says which year it belongs to."""
    markdown = with_constants(body(path), lang_of(path))
    markdown = LINK.sub("]()", re.sub(r"\]\([^)]*\)", "]()", markdown))
    undated = [
        sentence
        for sentence, context in units(markdown)
        if AMOUNT.search(sentence) and not any(DATE.search(part) for part in context)
    ]
    assert not undated, f"{path.name}: amounts without a date: {undated}"


def test_the_date_rule_finds_an_undated_amount() -> None:
    """The rule above is not vacuous: it flags a bare amount and accepts a dated one."""
    bare = "Je krijgt minstens 70 procent van je loon. Kijk in je cao.\n"
    dated = "In 2026 krijg je minstens 70 procent van je loon. Kijk in je cao.\n"
    table = "| Wie | Kosten (tarief 2026) |\n|---|---|\n| a | b |\n| Werknemer | € 100 |\n"

    def flagged(text: str) -> bool:
        return any(
            AMOUNT.search(sentence) and not any(DATE.search(p) for p in context)
            for sentence, context in units(text)
        )

    assert flagged(bare)
    assert not flagged(dated)
    assert not flagged(table)


EURO = re.compile(r"€\s*\d|\b\d+(?:[.,]\d+)?\s*euros?\b", re.I)


@pytest.mark.parametrize("path", PROSE, ids=lambda p: p.name)
def test_no_amount_in_euros_is_typed_by_hand(path: Path) -> None:
    """Amounts change every year: a page writes ``{{ sw.amount ID }}`` or ``{{ sw.fees }}``, and
    the build fills in the figure of calculator/amounts.toml with its date and source. Next
    year is then one edit, and no page keeps last year's fee."""
    typed = [m.group(0) for m in EURO.finditer(body(path))]
    assert not typed, f"{path.name}: amounts typed by hand {typed}; use {{{{ sw.amount ID }}}}"
    for name in AMOUNT_MARKER.findall(body(path)):
        assert name in amounts.current(), f"{path.name}: unknown amount {name!r}"


def test_every_amount_has_a_date_an_allowed_source_and_both_languages() -> None:
    rows = amounts.load()
    assert {row.id for row in rows} >= {
        "maximumdagloon",
        "minimumloon",
        "deskundigenoordeel_werknemer",
        "deskundigenoordeel_werkgever",
    }
    for row in rows:
        assert row.valid_from or row.year, row.id
        assert urlsplit(row.url).hostname in ALLOWED_HOSTS, (row.id, row.url)
        assert not TRACKING.search(row.url), row.id
        assert all(row.label) and all(row.unit) and all(row.source), row.id
        assert row.checked >= (row.valid_from or dt.date(row.year or 1, 1, 1)), row.id


def test_the_deskundigenoordeel_fees_come_from_one_table() -> None:
    """The fees are shown where a reader needs them (the explanation, the employee's conflict
    page, the FAQ) and always through the markers: a fee that changes is edited once."""
    pages = {p.name: body(p) for p in PROSE}
    assert "{{ sw.fees }}" in pages["loonsanctie.md"] and "{{ sw.fees }}" in pages["conflict.md"]
    assert "{{ sw.fees }}" in pages["loonsanctie.en.md"]
    assert "{{ sw.fees }}" in pages["conflict.en.md"]
    faq = pages["veelgestelde-vragen.md"]
    assert "sw.amount deskundigenoordeel_werkgever" in faq


# --- the voluntary extension has no maximum -------------------------------------------------

EXTENSION = re.compile(r"verlenging|verleng|extension|extend", re.I)
SANCTION = re.compile(r"loonsanctie|sanction|max_loonsanctie", re.I)
NO_MAXIMUM = re.compile(r"geen\s+maximum|no\s+maximum", re.I)
A_MAXIMUM = re.compile(
    r"(maximaal|hoogstens|ten hoogste|at most|no more than|up to|tot)\s+"
    r"(\{\{\s*sw\.const\s+\w+\s*\}\}|\d+)\s+(weken|weeks)",
    re.I,
)


def paragraphs(markdown: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n|\n(?=\s*[-*] )", markdown) if p.strip()]


@pytest.mark.parametrize("path", PROSE, ids=lambda p: p.name)
def test_voluntary_extension_has_no_maximum_on_the_pages(path: Path) -> None:
    """WIA art. 24 sets no maximum: where a page gives the minimum of the voluntary extension it
    also says there is no maximum, and no page caps the extension."""
    for paragraph in paragraphs(body(path)):
        if not EXTENSION.search(paragraph) or SANCTION.search(paragraph):
            continue
        assert not A_MAXIMUM.search(paragraph), f"{path.name}: a maximum for the extension"
        if "verlenging_min_weken" in paragraph:
            assert NO_MAXIMUM.search(paragraph), f"{path.name}: minimum without 'no maximum'"


def test_the_calculator_accepts_an_extension_longer_than_a_year() -> None:
    """The pages say 'geen maximum'; the calculator must agree (WIA 24)."""
    import json

    from calculator.boundary import handle

    response = json.loads(
        handle(
            json.dumps(
                {
                    "action": "calculate",
                    "lang": "nl",
                    "today": "2026-01-05",
                    "case": {
                        "periods": [{"start": "2026-01-05", "end": None}],
                        "extension_end": "2029-06-30",
                    },
                }
            )
        )
    )
    assert response["ok"], response.get("errors")


# --- law changes: each item dated ----------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "checked", "unknown"),
    [
        ("wetswijzigingen.md", "Gecontroleerd op", "Wat wij niet weten"),
        ("wetswijzigingen.en.md", "Checked on", "What we do not know"),
    ],
)
def test_every_announced_law_change_has_its_own_checked_on_date(
    page: str, checked: str, unknown: str
) -> None:
    text = body(DOCS / page)
    announced = text[text.index("{#aangekondigd}") : text.index("{#oude-regels}")]
    items = re.split(r"^### ", announced, flags=re.M)[1:]
    assert len(items) >= 3
    for item in items:
        assert re.search(rf"{checked} \d{{1,2}} \w+ 20\d\d", item), item[:80]
    bill = next(item for item in items if "36 869" in item)
    assert unknown in bill
    advice = next(item for item in items if "35 589" in item)
    assert re.search(r"niet\s+besloten|not decided", advice), "'beoogd 2028' must say undecided"
