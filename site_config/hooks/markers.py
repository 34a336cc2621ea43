"""MkDocs hook: replace the ``{{ sw.* }}`` markers in docs/ with data of the calculator.

No week number, date or constant of the law is typed by hand in docs/: the pages carry
markers, and this hook fills them in from the ``calculator`` package (the same rules table
the browser calculator uses). The markers:

Inline, anywhere in a line:

- ``{{ sw.week ID }}``: the illness week the law names for milestone ID (windows: last week);
- ``{{ sw.week_start ID }}``: the first week of a window milestone;
- ``{{ sw.const NAME }}``: a number of ``calculator.rules.CONSTANTS``;
- ``{{ sw.amount ID }}``: an amount in euros of ``calculator/amounts.toml`` with its date stamp
  and its source (``€ 304,25 bruto per dag (vanaf 1 januari 2026; bron: …)``);
- ``{{ sw.name ID }}`` / ``{{ sw.name_en ID }}``: the official (Dutch) name of a step and its
  English words, from ``calculator.names`` (a rename touches that file only);
- ``{{ sw.checked }}``: the date the rules were last checked, in the page's language.

Blocks, alone on a line: ``{{ sw.timeline }}``, ``{{ sw.examples }}``, ``{{ sw.sources }}``,
``{{ sw.worked_examples }}`` (calculator/worked_examples.toml by point of the law),
``{{ sw.link_keys }}`` (the share link's keys from the inputs table),
``{{ sw.csv_columns }}`` (the columns of a CSV file of cases, from the same table),
``{{ sw.first_question }}`` (the home page's first sick day and "Bereken", see start.js),
``{{ sw.fees }}`` (the deskundigenoordeel's fees) and ``{{ sw.amounts }}`` (the current figures
of calculator/amounts.toml), ``{{ sw.aow_ages }}`` (the AOW ages by date of birth, from
``calculator.aow``),
``{{ sw.glossary }}``, ``{{ sw.changes }}``, ``{{ sw.case_inputs }}`` (the calculator's table of
case inputs as a JSON data block, from which the page builds its form) and ``{{ sw.checked }}``.

An unknown marker, an unknown id, a block marker inside a line or anything else that starts
with ``{{ sw.`` and is not a valid marker fails the build with a ``PluginError``.

The glossary (``site_config/glossary.toml``) also becomes tooltips: every page gets
``*[term]: definition`` lines (Python-Markdown's abbr extension) in the page's language, and
``on_page_content`` keeps only the first mark of each term on a page (:func:`mark_first_terms`).

The generated tables (timeline, worked examples, law changes, share-link keys) carry the
column's label on every cell (``data-label``) and the class ``sw-stack``: on a small screen
site.css shows each row as a stack of labelled cells instead of a table wider than the phone.

Everything inserted into HTML is escaped with :func:`html.escape`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from calculator.counting import Period
from calculator.examples import Example
from calculator.names import put
from calculator.words import pick

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `mkdocs` started from .venv/bin: make site_config importable
    sys.path.insert(0, str(ROOT))
GLOSSARY_FILE = ROOT / "site_config" / "glossary.toml"

#: First sick day of the reference case behind the timeline table: a Monday, continuous
#: illness. Only the illness weeks of that case are shown, never its dates.
REFERENCE_FIRST_DAY = "2026-01-05"

#: Anything that looks like a marker; validated by ``MARKER``.
ANY_MARKER = re.compile(r"\{\{\s*sw\.[^}]*\}\}|\{\{\s*sw\.")
MARKER = re.compile(r"\{\{\s*sw\.(?P<name>[a-z_]+)(?:\s+(?P<arg>[A-Za-z0-9_]+))?\s*\}\}")

INLINE_MARKERS = frozenset({"week", "week_start", "const", "amount", "checked", "name", "name_en"})
BLOCK_MARKERS = frozenset(
    {
        "timeline",
        "examples",
        "worked_examples",
        "sources",
        "glossary",
        "changes",
        "checked",
        "case_inputs",
        "link_keys",
        "csv_columns",
        "first_question",
        "fees",
        "amounts",
        "aow_ages",
    }
)
NEEDS_ARGUMENT = frozenset({"week", "week_start", "const", "amount", "name", "name_en"})

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


# --- data of the calculator --------------------------------------------------------------


def _rules() -> Any:
    import calculator.rules

    return calculator.rules


def nominal_weeks() -> dict[str, tuple[int | None, int]]:
    weeks: Mapping[str, Sequence[int | None]] = _rules().nominal_weeks()
    return {
        key: (value[0], int(value[1]) if value[1] is not None else 0)
        for key, value in weeks.items()
    }


def constants() -> Mapping[str, Any]:
    result: Mapping[str, Any] = _rules().CONSTANTS
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


# --- inline markers ----------------------------------------------------------------------


def week_marker(milestone: str, *, first: bool) -> str:
    weeks = nominal_weeks()
    if milestone not in weeks:
        raise fail(f"unknown milestone id {milestone!r} (known: {', '.join(sorted(weeks))})")
    start, end = weeks[milestone]
    if first:
        if start is None:
            raise fail(f"milestone {milestone!r} is not a window: it has no week_start")
        return str(start)
    return str(end)


def const_marker(name: str) -> str:
    values = constants()
    if name not in values:
        raise fail(f"unknown constant {name!r} (known: {', '.join(sorted(values))})")
    return escape(str(values[name]))


def _amounts() -> Any:
    from site_config import amounts

    return amounts


def amount_marker(name: str, lang: str) -> str:
    """An amount of calculator/amounts.toml with its date stamp and source (HTML)."""
    module = _amounts()
    try:
        return str(module.inline(name, lang))
    except module.AmountError as error:
        raise fail(str(error)) from error


def _amounts_block(kind: str) -> Callable[[str], str]:
    def block(lang: str) -> str:
        module = _amounts()
        try:
            return str(getattr(module, f"{kind}_block")(lang))
        except module.AmountError as error:
            raise fail(str(error)) from error

    return block


def name_marker(name_id: str, *, english: bool) -> str:
    from calculator.names import NAMES

    if name_id not in NAMES:
        raise fail(f"unknown name {name_id!r} (known: {', '.join(sorted(NAMES))})")
    name = NAMES[name_id]
    return escape(name.en if english else name.nl)


def checked_marker(lang: str) -> str:
    checked = _rules().RULES_CHECKED
    return escape(date_text(checked, lang))


# --- block markers -----------------------------------------------------------------------


def _sources_html(sources: Iterable[Mapping[str, str]]) -> str:
    links = []
    for source in sources:
        label = escape(str(source.get("label", "")))
        url = str(source.get("url") or "")
        links.append(f'<a href="{escape(url)}">{label}</a>' if url else label)
    return "<br>".join(links)


def _week_cell(
    milestone: Mapping[str, Any], weeks: Mapping[str, tuple[int | None, int]], lang: str
) -> tuple[int, str]:
    start, end = weeks.get(milestone["id"], (milestone.get("week_start"), milestone.get("week")))
    if end is None:
        return (10**6, "")
    if start is not None and start != end:
        return (int(end), TEXT[lang]["from_to"].format(start=start, end=end))
    return (int(end), str(end))


def _what_to_do(milestone: Mapping[str, Any]) -> str:
    text = str(milestone.get("text") or "")
    if text:
        return text
    todo = milestone.get("todo") or {}
    return "; ".join(str(v) for v in todo.values())


def _cells(labels: Sequence[str], values: Sequence[str]) -> str:
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


def _row(labels: Sequence[str], values: Sequence[str], attributes: str = "") -> str:
    """One ``<tr>`` of a generated table (``attributes`` HTML, e.g. an id), its cells by
    :func:`_cells`."""
    return f'<tr role="row"{attributes}>{_cells(labels, values)}</tr>'


def _table(
    kind: str, caption: str | None, labels: Sequence[str], body: str, attributes: str = ""
) -> str:
    """A generated table of class ``kind`` and ``sw-stack`` (stacked rows on small screens),
    with explicit ARIA table roles for the same reason as in :func:`_cells`."""
    head = "".join(f'<th scope="col" role="columnheader">{escape(label)}</th>' for label in labels)
    caption_html = f"<caption>{escape(caption)}</caption>\n" if caption else ""
    return (
        f'<table class="{kind} sw-stack" role="table"{attributes}>\n{caption_html}'
        f'<thead role="rowgroup"><tr role="row">{head}</tr></thead>\n'
        f'<tbody role="rowgroup">\n{body}\n</tbody>\n</table>'
    )


def timeline_block(lang: str) -> str:
    """The week-by-week table, from the calculator's result for a continuous reference case."""
    response = calculate(
        {
            "action": "calculate",
            "lang": lang,
            "today": REFERENCE_FIRST_DAY,
            "case": {"periods": [{"start": REFERENCE_FIRST_DAY, "end": None}]},
        }
    )
    weeks = nominal_weeks()
    t = TEXT[lang]
    rows = []
    for order, milestone in enumerate(response["milestones"]):
        sort_week, week = _week_cell(milestone, weeks, lang)
        rows.append((sort_week, order, milestone, week))
    rows.sort(key=lambda row: (row[0], row[1]))
    labels = [t["week"], t["milestone"], t["who"], t["what"], t["sources"]]
    body = "\n".join(
        _row(
            labels,
            [
                escape(week),
                escape(str(m.get("title") or m["id"])),
                escape(str(m.get("actor_text") or "")),
                escape(_what_to_do(m)),
                _sources_html(m.get("sources") or []),
            ],
            f' id="tijdlijn-{escape(m["id"])}" data-milestone="{escape(m["id"])}"',
        )
        for _, _, m, week in rows
    )
    return _table("sw-timeline", t["timeline_caption"], labels, body)


def load_examples() -> list[Example]:
    from calculator.examples import load_examples as load

    examples = load()
    if not examples:
        raise fail("calculator.examples.load_examples() returned no cases")
    return examples


def _periods_text(periods: Sequence[Period], lang: str) -> str:
    t = TEXT[lang]
    parts = []
    for period in periods:
        start, end = period.start, period.end
        if end is None:
            parts.append(f"{date_text(start, lang)} ({t['ongoing']})")
        else:
            parts.append(
                f"{date_text(start, lang)} – {date_text(end, lang)} "
                f"({t['recovered']} {date_text(end, lang)})"
            )
    return "; ".join(parts)


def examples_block(lang: str) -> str:
    """One section per case of calculator/examples.toml with the calculated dates."""
    t = TEXT[lang]
    out = []
    for example in load_examples():
        response = calculate(
            {
                "action": "calculate",
                "lang": lang,
                "today": example.periods[0].start.isoformat(),
                "case": {
                    "periods": [
                        {"start": p.start.isoformat(), "end": p.end.isoformat() if p.end else None}
                        for p in example.periods
                    ]
                },
            }
        )
        check_expected(example, response)
        labels = [t["milestone"], t["week"], t["date"]]
        rows = "\n".join(
            _row(
                labels,
                [
                    escape(str(m.get("title") or m["id"])),
                    escape(str(m["week"]) if m.get("week") is not None else ""),
                    _dates_cell(m),
                ],
                f' data-milestone="{escape(m["id"])}"',
            )
            for m in response["milestones"]
            if m.get("date")
        )
        title = pick(example.title, lang)
        note = pick((example.note_nl, example.note), lang)
        out.append(
            f"### {escape(title)} {{#voorbeeld-{example.id}}}\n\n"
            f"{escape(note)}\n\n"
            f"**{t['periods']}:** {escape(_periods_text(example.periods, lang))}\n\n"
            + _table(
                "sw-example",
                f"{t['example_caption']}: {title}",
                labels,
                rows,
                f' data-example="{escape(example.id)}"',
            )
            + "\n"
        )
    return "\n".join(out)


#: Headings of the worked examples' groups: the points of the law they illustrate.
POINTS: dict[str, tuple[str, str]] = {
    "basis": (
        "Doorlopend, samengeteld, met verlof of sanctie",
        "Continuous, added together, leave, sanction",
    ),
    "10.1": ("Vrijwillige verlenging: geen maximum", "Voluntary extension: no maximum"),
    "10.2": ("Loonsanctie en zwangerschapsverlof", "Loonsanctie and maternity leave"),
    "10.3": (
        "Een afgelopen wachttijd begint niet opnieuw",
        "A completed waiting period does not restart",
    ),
    "10.4": ("Hersteld: open of afgesloten", "Recovered: open or closed"),
    "10.5": (
        "Plan van aanpak: twee weken na de probleemanalyse",
        "Plan van aanpak: two weeks after the probleemanalyse",
    ),
    "10.6": ("Vangnet: melden na zes weken", "Safety net: reporting after six weeks"),
    "10.7": ("Opzegverbod: twee jaar", "Ban on dismissal: two years"),
    "10.8": ("Te late WIA-aanvraag en de brief van UWV", "Late WIA application and UWV's letter"),
    "10.9": (
        "Geen verlenging na het einde van het contract",
        "No extension after the contract ended",
    ),
    "10.10": (
        "Zwangerschapsverlof: dezelfde oorzaak tenzij",
        "Maternity leave: the same cause unless",
    ),
    "10.11": ("Ziek uit dienst", "Contract ends during illness"),
    "10.12": (
        put("De {name ziekmelding_uwv} en werkdagen"),
        put("The {name_en ziekmelding_uwv} and working days"),
    ),
    "10.13": (
        "Eerstejaarsevaluatie te vroeg of te laat",
        "Eerstejaarsevaluatie too early or too late",
    ),
    "AOW": ("AOW-leeftijd", "AOW age"),
    "IVA": ("Vervroegde IVA", "Early IVA"),
    "statuses": ("Gedaan, te laat of nog te doen", "Done, late or still to do"),
    "uitgesloten": (
        "Wat de wet uitsluit, weigert de rekenhulp",
        "What the law rules out, the calculator refuses",
    ),
}

WORKED_TEXT = {
    "nl": {
        "entered": "Ingevuld",
        "today": "Datum van vandaag in dit voorbeeld",
        "refused": "De rekenhulp weigert dit, met de melding",
        "absent": "vervalt",
        "caption": "Uitkomst",
        "status": "Status",
    },
    "en": {
        "entered": "Entered",
        "today": "Today's date in this example",
        "refused": "The calculator refuses this, with the message",
        "absent": "falls away",
        "caption": "Result",
        "status": "Status",
    },
}


def worked_examples_block(lang: str) -> str:
    """calculator/worked_examples.toml by point of the law: the case, the reasoning, the result.
    The build fails when a calculated value differs from the example's expectation."""
    from calculator.boundary import handle
    from calculator.examples import load_worked_examples

    t = WORKED_TEXT[lang]
    out: list[str] = []
    examples = load_worked_examples()
    for point, titles in POINTS.items():
        group = [e for e in examples if e.point == point]
        if not group:
            continue
        out.append(f"## {escape(pick(titles, lang))} {{#punt-{slug(point)}}}\n")
        for example in group:
            request = {"lang": lang, "today": example.today, "case": example.case}
            response: dict[str, Any] = json.loads(handle(json.dumps(request)))
            out.append(_worked_case(example, response, lang, t))
    missing = {e.point for e in examples} - set(POINTS)
    if missing:
        raise fail(f"worked examples with points that have no heading: {sorted(missing)}")
    return "\n".join(out)


def _worked_case(example: Any, response: Mapping[str, Any], lang: str, t: Mapping[str, str]) -> str:
    reason = pick((example.reason_nl, example.reason), lang)
    anchor = f"{{#voorbeeld-{escape(example.id)}}}"
    head = f"### {escape(pick(example.title, lang))} {anchor}\n\n{escape(reason)}\n"
    if example.refusal is not None:
        if response.get("ok"):
            raise fail(
                f"worked example {example.id!r} should be refused, the calculator accepts it"
            )
        messages = "; ".join(str(e.get("message")) for e in response.get("errors", []))
        return f"{head}\n{escape(t['refused'])}: <q>{escape(messages)}</q>\n"
    if not response.get("ok"):
        raise fail(f"worked example {example.id!r} was refused: {response.get('errors')}")
    milestones = {m["id"]: m for m in response["milestones"]}
    _check_worked(example, milestones)
    entered = "".join(
        f"<dt>{escape(str(row['label']))}</dt><dd>{escape(str(row['value']))}</dd>"
        for row in response.get("summary", [])
    )
    with_status = bool(example.expected_status)
    keys = list(example.expected) + [
        k for k in example.expected_status if k not in example.expected
    ]
    labels = [TEXT[lang]["milestone"], TEXT[lang]["date"]] + ([t["status"]] if with_status else [])
    rows = []
    for key in keys:
        m = milestones.get(key)
        title = str(m["title"]) if m else _rule_text(_rules().RULES_BY_ID[key].title, lang)
        values = [escape(title), _dates_cell(m) if m else escape(t["absent"])]
        if with_status:
            values.append(escape(str(m.get("status_text"))) if m else "")
        rows.append(_row(labels, values, f' data-milestone="{escape(key)}"'))
    table = (
        _table(
            "sw-example",
            t["caption"],
            labels,
            "\n".join(rows),
            f' data-example="{escape(example.id)}"',
        )
        + "\n"
        if rows
        else ""
    )
    today = escape(str(response.get("today_text", "")))
    return (
        f'{head}\n<dl class="sw-entered"><dt>{escape(t["today"])}</dt><dd>{today}</dd>'
        f"{entered}</dl>\n\n{table}"
    )


def _check_worked(example: Any, milestones: Mapping[str, Mapping[str, Any]]) -> None:
    """Fail the build when a calculated value differs from the worked example's."""
    wrong = []
    for key, value in example.expected.items():
        got = milestones[key]["date"] if key in milestones else "absent"
        if got != value:
            wrong.append(f"{key}: expected {value}, calculated {got}")
    for key, value in example.expected_status.items():
        if milestones.get(key, {}).get("status") != value:
            wrong.append(f"{key}: expected status {value}")
    if wrong:
        raise fail(f"worked example {example.id!r} does not match: " + "; ".join(wrong))


def check_expected(example: Example, response: Mapping[str, Any]) -> None:
    """Fail the build when a calculated date differs from the example's expected date."""
    calculated = {m["id"]: m.get("date") for m in response["milestones"]}
    wrong = [
        f"{key}: expected {value}, calculated {calculated.get(key)}"
        for key, value in example.expected.items()
        if calculated.get(key) != value
    ]
    if wrong:
        raise fail(f"worked example {example.id!r} does not match: " + "; ".join(wrong))


def _dates_cell(milestone: Mapping[str, Any]) -> str:
    def one(iso: str, text: str | None) -> str:
        return f'<time datetime="{escape(iso)}">{escape(text or iso)}</time>'

    end = one(str(milestone["date"]), milestone.get("date_text"))
    if milestone.get("start"):
        return one(str(milestone["start"]), milestone.get("start_text")) + " – " + end
    return end


def sources_block(lang: str) -> str:
    """Every legal source of the rules table, with the milestones that rely on it."""
    response = calculate(
        {
            "action": "calculate",
            "lang": lang,
            "today": REFERENCE_FIRST_DAY,
            "case": {"periods": [{"start": REFERENCE_FIRST_DAY, "end": None}]},
        }
    )
    by_source: dict[tuple[str, str], list[str]] = {}
    for milestone in response["milestones"]:
        for source in milestone.get("sources") or []:
            key = (str(source.get("label", "")), str(source.get("url") or ""))
            titles = by_source.setdefault(key, [])
            title = str(milestone.get("title") or milestone["id"])
            if title not in titles:
                titles.append(title)
    t = TEXT[lang]
    items = "\n".join(
        f"<li>{_sources_html([{'label': label, 'url': url}])} "
        f'<span class="sw-used-by">({escape(t["used_by"])}: {escape(", ".join(titles))})</span>'
        "</li>"
        for (label, url), titles in sorted(by_source.items(), key=lambda item: item[0][0].lower())
    )
    return f'<ul class="sw-sources">\n{items}\n</ul>'


def _rule_text(pair: tuple[str, str], lang: str) -> str:
    """A (Dutch, English) text of the rules in ``lang``, placeholders filled."""
    from calculator.texts import render

    return render(pick(pair, lang))


def changes_block(lang: str) -> str:
    """The pending law changes of calculator.rules.LAW_CHANGES as a table."""
    changes = list(_rules().LAW_CHANGES)
    t = TEXT[lang]
    if not changes:
        return f"<p>{escape(t['no_changes'])}</p>"
    labels = [t["change"], t["status"], t["effective"], t["affects"]]
    rows = "\n".join(
        _row(
            labels,
            [
                escape(_rule_text(change.title, lang)),
                escape(_rule_text(change.status, lang)),
                escape(_rule_text(change.date, lang)),
                escape(_rule_text(change.affects, lang)),
            ],
            f' id="wijziging-{escape(change.id)}"',
        )
        for change in changes
    )
    return _table("sw-changes", t["changes_caption"], labels, rows)


AOW_TEXT: dict[str, dict[str, str]] = {
    "nl": {
        "born": "Geboren",
        "age": "AOW-leeftijd",
        "fixed": "Vastgesteld?",
        "yes": "ja",
        "no": "nog niet: minstens {age}",
        "years": "{y} jaar",
        "months": "{y} jaar en {m} {unit}",
        "month": "maand",
        "month_plural": "maanden",
        "range": "{start} tot en met {end}",
        "open": "vanaf {start}",
        "caption": "AOW-leeftijd naar geboortedatum, voor wie die in {year} of later bereikt",
    },
    "en": {
        "born": "Born",
        "age": "AOW age",
        "fixed": "Fixed in law?",
        "yes": "yes",
        "no": "not yet: at least {age}",
        "years": "{y} years",
        "months": "{y} years and {m} {unit}",
        "month": "month",
        "month_plural": "months",
        "range": "{start} to {end}",
        "open": "from {start}",
        "caption": "AOW age by date of birth, for those who reach it in {year} or later",
    },
}


def _short_date(day: dt.date, lang: str) -> str:
    """``1 oktober 1964`` / ``1 October 1964``: the weekday of date_text() left off."""
    return date_text(day, lang).split(" ", 1)[1]


def aow_ages_block(lang: str) -> str:
    """The AOW ages of ``calculator.aow.AOW_AGES`` for everyone who reaches the AOW age in or
    after the year the table was checked: one source for the page and the calculator."""
    from calculator import aow

    t = AOW_TEXT[lang]
    labels = [t["born"], t["age"], t["fixed"]]
    rows = []
    for row in aow.AOW_AGES:
        last = row.born_until and aow.aow_date(row.born_until).date
        if last is not None and last.year < aow.CHECKED.year:
            continue
        if row.months:
            unit = t["month"] if row.months == 1 else t["month_plural"]
            age = t["months"].format(y=row.years, m=row.months, unit=unit)
        else:
            age = t["years"].format(y=row.years)
        start = _short_date(row.born_from, lang)
        born = (
            t["range"].format(start=start, end=_short_date(row.born_until, lang))
            if row.born_until
            else t["open"].format(start=start)
        )
        fixed = t["yes"] if row.fixed else t["no"].format(age=age)
        rows.append(_row(labels, [escape(born), escape(age), escape(fixed)]))
    caption = t["caption"].format(year=aow.CHECKED.year)
    return _table("sw-aow", caption, labels, "\n".join(rows))


# --- glossary ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    term: str
    aliases: tuple[str, ...]
    nl: str
    en: str
    gloss_en: str = ""  # the Dutch term in English words, for its first use in English text

    def text(self, lang: str) -> str:
        return pick((self.nl, self.en), lang)


def load_glossary(path: Path | None = None) -> list[Term]:
    """Read glossary.toml (its format is in its header); a malformed entry fails the build.
    A term or text may say ``{name ID}`` for an official name (``calculator.names``)."""
    path = path or GLOSSARY_FILE
    if not path.is_file():
        return []
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise fail(f"{path.name}: {error}") from error
    terms = []
    for index, entry in enumerate(data.get("term", [])):
        try:
            terms.append(
                Term(
                    term=put(str(entry["term"])),
                    aliases=tuple(put(str(a)) for a in entry.get("aliases", [])),
                    nl=put(str(entry["nl"]).strip()),
                    en=put(str(entry["en"]).strip()),
                    gloss_en=put(str(entry.get("gloss_en", "")).strip()),
                )
            )
        except KeyError as error:
            raise fail(f"{path.name}: term #{index + 1} lacks {error}") from error
    return sorted(terms, key=lambda term: term.term.lower())


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def glossary_block(lang: str, path: Path | None = None) -> str:
    terms = load_glossary(path or GLOSSARY_FILE)
    if not terms:
        raise fail(f"{{{{ sw.glossary }}}} needs {GLOSSARY_FILE.relative_to(ROOT)} with terms")
    items = "\n".join(
        f'<dt id="begrip-{slug(term.term)}">{escape(term.term)}</dt>\n'
        f"<dd>{escape(term.text(lang))}</dd>"
        for term in terms
    )
    return f'<dl class="sw-glossary">\n{items}\n</dl>'


def abbreviations(lang: str, terms: Sequence[Term]) -> str:
    """The abbr definitions that turn glossary terms into tooltips on a page."""
    lines = []
    for term in terms:
        definition = " ".join(term.text(lang).split())
        for word in (term.term, *term.aliases):
            if word and "]" not in word:
                lines.append(f"*[{word}]: {definition}")
    return "\n".join(lines)


#: An abbreviation as Python-Markdown's abbr extension writes it.
ABBR = re.compile(r'<abbr title="(?P<title>[^"]*)">(?P<text>.*?)</abbr>', re.S)
#: Elements inside which a term is never marked: links, headings and summaries are
#: interactive or read as one label, and a focusable term inside them would be a second tab
#: stop (or a nested control) in the same place.
NO_TERM = re.compile(r"<(?P<tag>a|h[1-6]|summary|button|label)\b[^>]*>.*?</(?P=tag)>", re.S | re.I)


def mark_first_terms(html: str) -> str:
    """Keep one glossary tooltip per term and page: the first ``<abbr>`` of each explanation
    outside links, headings and summaries gets ``class="sw-term"`` (glossary.js makes it
    focusable and shows the explanation on focus, tap and hover); every other ``<abbr>`` of
    the abbr extension becomes plain text. A term and its aliases share their explanation,
    so ``bedrijfsarts`` and ``bedrijfsartsen`` are marked once between them."""
    blocked = [match.span() for match in NO_TERM.finditer(html)]
    seen: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        title, text = match.group("title"), match.group("text")
        inside = any(start <= match.start() < end for start, end in blocked)
        if inside or title in seen:
            return text
        seen.add(title)
        return f'<abbr class="sw-term" title="{title}">{text}</abbr>'

    return ABBR.sub(replace, html)


# --- the replacement ---------------------------------------------------------------------


LINK_FORMS = {
    "periods": ("BEGIN of BEGIN/EIND, met komma's", "START or START/END, with commas"),
    "date": ("JJJJ-MM-DD", "YYYY-MM-DD"),
    "date_range": ("BEGIN/EIND", "START/END"),
    "flag": ("1", "1"),
    "weeks": ("aantal weken", "number of weeks"),
    "text": ("tekst", "text"),
}
LINK_HEAD = {"nl": ("Onderdeel", "Waarde", "Betekenis"), "en": ("Part", "Value", "Meaning")}


def link_keys_block(lang: str) -> str:
    """The share link's keys, from the inputs table (calculator.inputs): one row per key."""
    from calculator.inputs import TABLE

    rows: dict[str, tuple[list[str], list[str]]] = {}
    for row in TABLE:
        if row.link is None:
            continue
        if row.kind == "choice":
            form = " / ".join(f"`{c}`" for c in row.choices)
        else:
            form = pick(LINK_FORMS[row.kind], lang)
        label = pick(row.parts[next(iter(row.parts))].label, lang)
        forms, labels = rows.setdefault(row.link, ([], []))
        forms.append(form)
        labels.append(label)
    head = list(LINK_HEAD[lang])
    body = "\n".join(
        _row(
            head,
            [
                f"<code>{escape(key)}</code>",
                escape(" / ".join(forms)),
                escape(" / ".join(labels)),
            ],
        )
        for key, (forms, labels) in rows.items()
    )
    return _table("sw-link-keys", None, head, body)


CSV_FORMS = {
    "periods": (
        "in plaats van de twee kolommen hierboven: perioden BEGIN/EIND, met + ertussen; "
        "de laatste mag alleen een BEGIN hebben",
        "instead of the two columns above: periods START/END joined by +; the last one may be "
        "a bare START",
    ),
    "date": ("datum: dd-mm-jjjj of jjjj-mm-dd", "date: dd-mm-yyyy or yyyy-mm-dd"),
    "date_range": ("BEGIN/EIND, twee datums", "START/END, two dates"),
    "flag": ("ja of nee (ook 1 of 0, x)", "yes or no (also 1 or 0, x)"),
    "weeks": ("aantal weken", "number of weeks"),
    "text": ("tekst", "text"),
}
#: What the employee number column means (it is no input of a case: it tells dossiers apart).
NUMBER_MEANS = (
    "Personeelsnummer, niet verplicht: hiermee herkent de pagina een dossier als u een nieuw "
    "bestand inleest",
    "Employee number, optional: with it the page recognises a case when you read a new file",
)
CSV_HEAD = {
    "nl": ("Kolom", "Kolom in het Engels", "Betekenis", "Wat vult u in"),
    "en": ("Column", "Column in Dutch", "Meaning", "What to enter"),
}


def csv_columns_block(lang: str) -> str:
    """The columns of a CSV file of cases (calculator.batch), from the inputs table: the
    header in the page's language first, then the other language's, the input's label and the
    form of a value. The first and last sick day of one period come before the rest."""
    from calculator.batch import FIRST, LAST, NUMBER
    from calculator.inputs import CASE_INPUTS, INPUTS, SECTIONS

    periods = INPUTS["periods"]
    rows: list[tuple[tuple[str, str], str, str]] = [
        (pair, pick(row.part.label, lang), pick(CSV_FORMS[row.kind], lang))
        for row in CASE_INPUTS
        if row.id == "label" and (pair := row.csv)
    ]
    rows.append((NUMBER, pick(NUMBER_MEANS, lang), pick(CSV_FORMS["text"], lang)))
    rows.append((FIRST, pick(periods.parts["first"].label, lang), pick(CSV_FORMS["date"], lang)))
    rows.append((LAST, pick(periods.parts["recovered"].label, lang), pick(CSV_FORMS["date"], lang)))
    for row in CASE_INPUTS:
        if row.csv is None or row.id == "label":
            continue
        if "" in row.parts:
            label = pick(row.part.label, lang)
        else:  # the periods: the section's title names them together
            label = next(pick(s.title, lang) for s in SECTIONS if s.id == row.section)
        rows.append((row.csv, label, pick(CSV_FORMS[row.kind], lang)))
    head = list(CSV_HEAD[lang])
    body = "\n".join(
        _row(
            head,
            [
                f"<code>{escape(pick(pair, lang))}</code>",
                f"<code>{escape(pick((pair[1], pair[0]), lang))}</code>",
                escape(label),
                escape(form),
            ],
        )
        for pair, label, form in rows
    )
    return _table("sw-csv-columns", None, head, body)


def case_inputs_block(lang: str) -> str:
    """The inputs table (calculator.inputs.schema) as a JSON data block for the page's form.
    ``</`` is escaped so that no value can close the element."""
    from calculator.inputs import schema

    data = json.dumps(schema(), ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f'<script type="application/json" id="sw-case-inputs">{data}</script>'


def glossary_data_block(lang: str) -> str:
    """The glossary as a JSON data block (``#sw-glossary``) for the calculator's result, which
    explains the terms it uses the way the content pages do (site_config's terms.mjs)."""
    terms = [
        {
            "term": term.term,
            "aliases": list(term.aliases),
            "text": " ".join(term.text(lang).split()),
            "gloss": pick(("", term.gloss_en), lang),
        }
        for term in load_glossary()
    ]
    data = json.dumps(terms, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f'<script type="application/json" id="sw-glossary">{data}</script>'


#: The three parts of a date field, as the calculator's form names them (rekenhulp.js).
DATE_PARTS = {"nl": ("Dag", "Maand", "Jaar"), "en": ("Day", "Month", "Year")}
START_TEXT = {"nl": "Bereken", "en": "Calculate"}


def first_question_block(lang: str) -> str:
    """The home page's first question: the first sick day in three fields (the GOV.UK date
    pattern, with the calculator's label and hint from the inputs table) and "Bereken".
    start.js joins the three fields as typed (``5-jan-2026``), appends them to
    ``data-fragment`` (``v=1&ziek=``: the share link's key for the periods) and opens the
    calculator (the page's link marked ``data-sw-calculator``), whose Python reads and checks
    the date. The fields
    have no ``name``: without JavaScript nothing typed is ever sent anywhere, and site.css
    hides the form (``scripting: none``) so that only the page's link to the calculator
    remains."""
    from calculator.fragment import VERSION_KEY
    from calculator.inputs import TABLE

    row = next(row for row in TABLE if row.kind == "periods")
    part = next(iter(row.parts.values()))
    hint = pick(part.hint, lang) if part.hint else ""
    fields = "".join(
        f'<div class="sw-start__item"><label for="sw-start-{name}">{escape(label)}</label>'
        f'<input id="sw-start-{name}" class="sw-start__input sw-start__input--{name}" '
        f'type="text" inputmode="numeric" autocomplete="off" spellcheck="false" '
        f'data-part="{name}"></div>'
        for name, label in zip(("day", "month", "year"), DATE_PARTS[lang], strict=True)
    )
    return (
        f'<form class="sw-start__form" data-sw-start '
        f'data-fragment="{escape(f"{VERSION_KEY}=1&{row.link}=")}" novalidate>'
        '<fieldset class="sw-start__date" role="group" aria-describedby="sw-start-hint">'
        f'<legend class="sw-start__legend">{escape(pick(part.label, lang))}</legend>'
        f'<p class="sw-start__hint" id="sw-start-hint">{escape(hint)}</p>'
        f'<div class="sw-start__inputs">{fields}</div></fieldset>'
        f'<button type="submit" class="sw-start__button">{escape(START_TEXT[lang])}</button>'
        "</form>"
    )


BLOCKS: dict[str, Callable[[str], str]] = {
    "timeline": timeline_block,
    "examples": examples_block,
    "sources": sources_block,
    "glossary": glossary_block,
    "changes": changes_block,
    # the calculator's form and result: its inputs table and the glossary its result explains
    "case_inputs": lambda lang: case_inputs_block(lang) + glossary_data_block(lang),
    "link_keys": link_keys_block,
    "csv_columns": csv_columns_block,
    "worked_examples": worked_examples_block,
    "first_question": first_question_block,
    "fees": _amounts_block("fees"),
    "amounts": _amounts_block("amounts"),
    "aow_ages": aow_ages_block,
    "checked": lambda lang: f'<p class="sw-checked">{checked_marker(lang)}</p>',
}


def _inline(match: re.Match[str], lang: str) -> str:
    name, arg = match.group("name"), match.group("arg")
    if name not in INLINE_MARKERS:
        if name in BLOCK_MARKERS:
            raise fail(f"block marker {match.group(0)!r} must stand alone on a line")
        raise fail(f"unknown marker {match.group(0)!r}")
    if (name in NEEDS_ARGUMENT) != (arg is not None):
        raise fail(f"marker {match.group(0)!r}: wrong number of arguments")
    if name == "week":
        return week_marker(str(arg), first=False)
    if name == "week_start":
        return week_marker(str(arg), first=True)
    if name == "const":
        return const_marker(str(arg))
    if name == "amount":
        return amount_marker(str(arg), lang)
    if name in ("name", "name_en"):
        return name_marker(str(arg), english=name == "name_en")
    return checked_marker(lang)


def replace_markers(markdown: str, lang: str) -> str:
    """Replace every ``{{ sw.* }}`` marker; raise PluginError on anything unknown."""
    if lang not in TEXT:
        raise fail(f"unsupported page language {lang!r}")
    out = []
    for line in markdown.split("\n"):
        if "{{" not in line:
            out.append(line)
            continue
        stripped = line.strip()
        whole = MARKER.fullmatch(stripped)
        if whole and whole.group("name") in BLOCKS and whole.group("arg") is None:
            out.extend(["", BLOCKS[whole.group("name")](lang), ""])
            continue
        for found in ANY_MARKER.finditer(line):
            if not MARKER.fullmatch(found.group(0)):
                raise fail(f"malformed marker {found.group(0)!r}")
        out.append(MARKER.sub(lambda match: _inline(match, lang), line))
    return "\n".join(out)


def page_language(page: Page, config: MkDocsConfig) -> str:
    locale = getattr(page.file, "locale", None)
    if locale is None:
        i18n = config.plugins.get("i18n")
        locale = getattr(i18n, "current_language", None)
    return str(locale or "nl")


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    lang = page_language(page, config)
    try:
        markdown = replace_markers(markdown, lang)
    except PluginError as error:
        raise PluginError(f"{page.file.src_uri}: {error}") from error
    terms = load_glossary()
    if terms:
        markdown = markdown.rstrip("\n") + "\n\n" + abbreviations(lang, terms) + "\n"
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return mark_first_terms(html)
