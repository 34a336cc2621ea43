"""What every marker module uses: the calculator's data as the build reads it, the build's error,
and the HTML of a generated table (labelled cells that stack on a small screen).

Everything inserted into HTML is escaped with :func:`html.escape`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from calculator.words import pick

ROOT = Path(__file__).resolve().parents[2]


GLOSSARY_FILE = ROOT / "site_config" / "glossary.toml"


#: First sick day of the reference case behind the timeline table: a Monday, continuous
#: illness. Only the illness weeks of that case are shown, never its dates.
REFERENCE_FIRST_DAY = "2026-01-05"


TEXT: dict[str, dict[str, str]] = {
    "nl": {
        "week": "Week",
        "milestone": "Stap",
        "who": "Wie",
        "what": "Wat te doen",
        "sources": "Bronnen",
        "date": "Datum",
        "periods": "Ziekteperioden",
        "ongoing": "nog ziek",
        "recovered": "hersteld na",
        "used_by": "Gebruikt voor",
        "change": "Wijziging",
        "status": "Status",
        "effective": "Wanneer",
        "affects": "Gevolg voor de termijnen",
        "changes_caption": "Aangekondigde en voorgenomen wetswijzigingen",
        "timeline_caption": "Stappen van de Wet verbetering Poortwachter per ziekteweek "
        "(doorlopende ziekte)",
        "example_caption": "Berekende data",
        "no_changes": "Er zijn geen aangekondigde wetswijzigingen.",
        "from_to": "{start}–{end}",
    },
    "en": {
        "week": "Week",
        "milestone": "Step",
        "who": "Who",
        "what": "What to do",
        "sources": "Sources",
        "date": "Date",
        "periods": "Periods of illness",
        "ongoing": "still ill",
        "recovered": "recovered after",
        "used_by": "Used for",
        "change": "Change",
        "status": "Status",
        "effective": "When",
        "affects": "Effect on the deadlines",
        "changes_caption": "Announced and intended law changes",
        "timeline_caption": "Steps of the Wet verbetering Poortwachter by week of illness "
        "(continuous illness)",
        "example_caption": "Calculated dates",
        "no_changes": "No law changes have been announced.",
        "from_to": "{start}–{end}",
    },
}


def fail(message: str, page: Page | None = None) -> PluginError:
    where = f"{page.file.src_uri}: " if page is not None else ""
    return PluginError(f"Spoorwijzer markers: {where}{message}")


def rules_module() -> Any:
    import calculator.rules

    return calculator.rules


def nominal_weeks() -> dict[str, tuple[int | None, int]]:
    weeks: Mapping[str, Sequence[int | None]] = rules_module().nominal_weeks()
    return {
        key: (value[0], int(value[1]) if value[1] is not None else 0)
        for key, value in weeks.items()
    }


def constants() -> Mapping[str, Any]:
    result: Mapping[str, Any] = rules_module().CONSTANTS
    return result


def calculate(request: dict[str, Any]) -> dict[str, Any]:
    """Call the calculator's JSON boundary, exactly as the browser does."""
    from calculator.boundary import handle

    response: dict[str, Any] = json.loads(handle(json.dumps(request)))
    if not response.get("ok"):
        raise fail(f"the calculator refused {request!r}: {response.get('errors')!r}")
    return response


def date_text(value: dt.date | str, lang: str) -> str:
    """A date in the page's language, written by the calculator (``maandag 5 januari 2026``)."""
    from calculator.dates import format_date

    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
    return format_date(day, lang)


def sources_html(sources: Iterable[Mapping[str, str]]) -> str:
    links = []
    for source in sources:
        label = escape(str(source.get("label", "")))
        url = str(source.get("url") or "")
        links.append(f'<a href="{escape(url)}">{label}</a>' if url else label)
    return "<br>".join(links)


def cells(labels: Sequence[str], values: Sequence[str]) -> str:
    """The ``<td>``s of one row, each with its column's label in ``data-label``: on a small
    screen site.css stacks the cells and writes the label before each value (WCAG 1.4.10:
    no sideways scrolling at 320 px). ``values`` are HTML already; ``labels`` plain text.
    ``role="cell"`` keeps the table's semantics in browsers that drop them when CSS
    changes a table's ``display``."""
    if len(labels) != len(values):
        raise fail(f"a table row has {len(values)} cells for {len(labels)} columns")
    return "".join(
        f'<td role="cell" data-label="{escape(label)}">{value}</td>'
        for label, value in zip(labels, values, strict=True)
    )


def table_row(labels: Sequence[str], values: Sequence[str], attributes: str = "") -> str:
    """One ``<tr>`` of a generated table (``attributes`` HTML, e.g. an id), its cells by
    :func:`cells`."""
    return f'<tr role="row"{attributes}>{cells(labels, values)}</tr>'


def html_table(
    kind: str, caption: str | None, labels: Sequence[str], body: str, attributes: str = ""
) -> str:
    """A generated table of class ``kind`` and ``sw-stack`` (stacked rows on small screens),
    with explicit ARIA table roles for the same reason as in :func:`cells`."""
    head = "".join(f'<th scope="col" role="columnheader">{escape(label)}</th>' for label in labels)
    caption_html = f"<caption>{escape(caption)}</caption>\n" if caption else ""
    return (
        f'<table class="{kind} sw-stack" role="table"{attributes}>\n{caption_html}'
        f'<thead role="rowgroup"><tr role="row">{head}</tr></thead>\n'
        f'<tbody role="rowgroup">\n{body}\n</tbody>\n</table>'
    )


def dates_cell(milestone: Mapping[str, Any]) -> str:
    def one(iso: str, text: str | None) -> str:
        return f'<time datetime="{escape(iso)}">{escape(text or iso)}</time>'

    end = one(str(milestone["date"]), milestone.get("date_text"))
    if milestone.get("start"):
        return one(str(milestone["start"]), milestone.get("start_text")) + " – " + end
    return end


def rule_text(pair: tuple[str, str], lang: str) -> str:
    """A (Dutch, English) text of the rules in ``lang``, placeholders filled."""
    from calculator.texts import render

    return render(pick(pair, lang))
