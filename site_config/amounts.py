"""Amounts in euros that change over time: read from ``calculator/amounts.toml``, written on
the site's pages with their date and their source.

No page types an amount. A page writes ``{{ sw.amount ID }}`` (one figure in a sentence),
``{{ sw.amounts }}`` (the current figures as a table) or ``{{ sw.fees }}`` (the
deskundigenoordeel's fees), and the marker hook fills in the newest row of each id. So next
year is one edit: a row in the TOML file.

>>> row = current()["maximumdagloon"]
>>> row.stamp("nl"), row.stamp("en")
('vanaf 1 januari 2026', 'from 1 January 2026')
>>> euros(Decimal("2294.40"), "nl"), euros(Decimal("2294.40"), "en"), euros(Decimal("100"), "nl")
('€ 2.294,40', '€2,294.40', '€ 100')
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

from calculator.dates import MONTHS_EN, MONTHS_NL
from calculator.words import pick

ROOT = Path(__file__).resolve().parents[1]
AMOUNTS_FILE = ROOT / "calculator" / "amounts.toml"

MONTHS = {"nl": MONTHS_NL, "en": MONTHS_EN}
WORDS = {
    "nl": {
        "from": "vanaf",
        "rate": "tarief {year}",
        "source": "bron",
        "amount": "Bedrag",
        "value": "Hoeveel",
        "since": "Geldt",
        "who": "Wie vraagt het aan?",
        "cost": "Kosten",
        "fees_caption": "Kosten van een deskundigenoordeel",
        "amounts_caption": "Bedragen die elk jaar veranderen",
        "sources": "Bron",
    },
    "en": {
        "from": "from",
        "rate": "{year} rate",
        "source": "source",
        "amount": "Amount",
        "value": "How much",
        "since": "Applies",
        "who": "Who asks for it?",
        "cost": "Cost",
        "fees_caption": "What a deskundigenoordeel costs",
        "amounts_caption": "Amounts that change every year",
        "sources": "Source",
    },
}


class AmountError(ValueError):
    """A row of amounts.toml that cannot be shown: the build fails with this message."""


@dataclass(frozen=True)
class Amount:
    """One figure from the day (``valid_from``) or in the year (``year``) it applies."""

    id: str
    euros: Decimal
    valid_from: dt.date | None
    year: int | None
    label: tuple[str, str]
    unit: tuple[str, str]
    source: tuple[str, str]
    url: str
    checked: dt.date
    group: str = ""
    note: tuple[str, str] | None = None

    @property
    def order(self) -> tuple[int, dt.date]:
        """Newest last: a dated row counts from its day, a tariff from 1 January of its year."""
        day = self.valid_from or dt.date(self.year or 1, 1, 1)
        return (day.year, day)

    def stamp(self, lang: str) -> str:
        """The date stamp: ``vanaf 1 januari 2026`` or ``tarief 2026``."""
        if self.valid_from is not None:
            day = self.valid_from
            return f"{WORDS[lang]['from']} {day.day} {MONTHS[lang][day.month - 1]} {day.year}"
        return WORDS[lang]["rate"].format(year=self.year)

    def figure(self, lang: str) -> str:
        """The amount and its unit, e.g. ``€ 304,25 bruto per dag``."""
        return f"{euros(self.euros, lang)} {pick(self.unit, lang)}"

    def link(self, lang: str) -> str:
        """The source as an HTML link."""
        return f'<a href="{escape(self.url)}">{escape(pick(self.source, lang))}</a>'


def euros(value: Decimal, lang: str) -> str:
    """An amount as the page's language writes it: cents only when there are any."""
    whole = value == value.to_integral_value()
    text = f"{value:,.0f}" if whole else f"{value:,.2f}"
    dutch = "€ " + text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return pick((dutch, f"€{text}"), lang)


def _pair(entry: dict[str, Any], key: str, where: str) -> tuple[str, str]:
    value = entry.get(key)
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, str) and v.strip() for v in value)
    ):
        raise AmountError(f"{where}: {key} must be [Dutch, English]")
    return (value[0].strip(), value[1].strip())


def _row(entry: dict[str, Any], index: int) -> Amount:
    where = f"{AMOUNTS_FILE.name} amount #{index + 1} ({entry.get('id', '?')})"
    valid_from, year = entry.get("valid_from"), entry.get("year")
    if (valid_from is None) == (year is None):
        raise AmountError(f"{where}: give valid_from (a date) or year, not both or neither")
    if valid_from is not None and not isinstance(valid_from, dt.date):
        raise AmountError(f"{where}: valid_from must be a date")
    if year is not None and not isinstance(year, int):
        raise AmountError(f"{where}: year must be a number")
    checked = entry.get("checked")
    if not isinstance(checked, dt.date):
        raise AmountError(f"{where}: checked must be the date the source was read")
    url = str(entry.get("url", ""))
    if not url.startswith("https://"):
        raise AmountError(f"{where}: url must be an https address of the source")
    try:
        value = Decimal(str(entry["euros"]))
    except (KeyError, InvalidOperation) as error:
        raise AmountError(f"{where}: euros must be a decimal string") from error
    return Amount(
        id=str(entry.get("id", "")),
        euros=value,
        valid_from=valid_from,
        year=year,
        label=_pair(entry, "label", where),
        unit=_pair(entry, "unit", where),
        source=_pair(entry, "source", where),
        url=url,
        checked=checked,
        group=str(entry.get("group", "")),
        note=_pair(entry, "note", where) if "note" in entry else None,
    )


def load(path: Path | None = None) -> list[Amount]:
    """Every row of the file, in its order; a malformed row raises :class:`AmountError`."""
    data = tomllib.loads((path or AMOUNTS_FILE).read_text("utf-8"))
    rows = [_row(entry, index) for index, entry in enumerate(data.get("amount", []))]
    if any(not row.id for row in rows):
        raise AmountError(f"{(path or AMOUNTS_FILE).name}: every amount needs an id")
    return rows


def newest(rows: list[Amount]) -> dict[str, Amount]:
    """The newest row of each id: the latest ``valid_from`` (or ``year``) wins."""
    found: dict[str, Amount] = {}
    for row in rows:
        if row.id not in found or row.order >= found[row.id].order:
            found[row.id] = row
    return found


@lru_cache(maxsize=1)
def current() -> dict[str, Amount]:
    """The newest row of each id in calculator/amounts.toml: the figures the site shows."""
    return newest(load())


def get(name: str) -> Amount:
    amounts = current()
    if name not in amounts:
        raise AmountError(f"unknown amount {name!r} (known: {', '.join(sorted(amounts))})")
    return amounts[name]


# --- what the markers write ----------------------------------------------------------------


def inline(name: str, lang: str) -> str:
    """``{{ sw.amount ID }}``: the figure with its date stamp and its source, as HTML inside a
    sentence: ``€ 304,25 bruto per dag (vanaf 1 januari 2026; bron: <a>…</a>)``."""
    row = get(name)
    source = WORDS[lang]["source"]
    return f"{escape(row.figure(lang))} ({escape(row.stamp(lang))}; {source}: {row.link(lang)})"


def _cells(labels: list[str], values: list[str]) -> str:
    return "".join(
        f'<td role="cell" data-label="{escape(label)}">{value}</td>'
        for label, value in zip(labels, values, strict=True)
    )


def _table(kind: str, caption: str, labels: list[str], rows: list[list[str]]) -> str:
    """A table like the marker hook's generated tables (stacked on small screens)."""
    head = "".join(f'<th scope="col" role="columnheader">{escape(label)}</th>' for label in labels)
    body = "\n".join(f'<tr role="row">{_cells(labels, row)}</tr>' for row in rows)
    return (
        f'<table class="{kind} sw-stack" role="table">\n<caption>{escape(caption)}</caption>\n'
        f'<thead role="rowgroup"><tr role="row">{head}</tr></thead>\n'
        f'<tbody role="rowgroup">\n{body}\n</tbody>\n</table>'
    )


def fees_block(lang: str) -> str:
    """``{{ sw.fees }}``: the deskundigenoordeel's fees, who pays what, with date and source."""
    t = WORDS[lang]
    rows = [row for row in current().values() if row.group == "deskundigenoordeel"]
    if not rows:
        raise AmountError("no amounts in the group 'deskundigenoordeel'")
    labels = [t["who"], t["cost"], t["sources"]]
    body = []
    for row in rows:
        cost = f"{escape(row.figure(lang))} ({escape(row.stamp(lang))})"
        if row.note:
            cost += f". {escape(pick(row.note, lang))}"
        body.append([escape(pick(row.label, lang)), cost, row.link(lang)])
    return _table("sw-fees", t["fees_caption"], labels, body)


def amounts_block(lang: str) -> str:
    """``{{ sw.amounts }}``: the current figures that are not in a group, as a table."""
    t = WORDS[lang]
    labels = [t["amount"], t["value"], t["since"], t["sources"]]
    body = [
        [
            escape(pick(row.label, lang)),
            escape(row.figure(lang)),
            escape(row.stamp(lang)),
            row.link(lang),
        ]
        for row in current().values()
        if not row.group
    ]
    return _table("sw-amounts", t["amounts_caption"], labels, body)
