"""The block markers that are tables of the rules and the inputs: the timeline, the sources, the
law changes, the AOW ages, the share link's keys, the CSV columns, the case inputs and the home
page's first question.

The generated tables carry the column's label on every cell (``data-label``) and the class
``sw-stack``: on a small screen site.css shows each row as a stack of labelled cells."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from html import escape
from typing import Any

from calculator.words import pick

from .common import (
    REFERENCE_FIRST_DAY,
    TEXT,
    calculate,
    date_text,
    html_table,
    nominal_weeks,
    rule_text,
    rules_module,
    sources_html,
    table_row,
)


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
        table_row(
            labels,
            [
                escape(week),
                escape(str(m.get("title") or m["id"])),
                escape(str(m.get("actor_text") or "")),
                escape(_what_to_do(m)),
                sources_html(m.get("sources") or []),
            ],
            f' id="tijdlijn-{escape(m["id"])}" data-milestone="{escape(m["id"])}"',
        )
        for _, _, m, week in rows
    )
    return html_table("sw-timeline", t["timeline_caption"], labels, body)


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
        f"<li>{sources_html([{'label': label, 'url': url}])} "
        f'<span class="sw-used-by">({escape(t["used_by"])}: {escape(", ".join(titles))})</span>'
        "</li>"
        for (label, url), titles in sorted(by_source.items(), key=lambda item: item[0][0].lower())
    )
    return f'<ul class="sw-sources">\n{items}\n</ul>'


def changes_block(lang: str) -> str:
    """The pending law changes of calculator.rules.LAW_CHANGES as a table."""
    changes = list(rules_module().LAW_CHANGES)
    t = TEXT[lang]
    if not changes:
        return f"<p>{escape(t['no_changes'])}</p>"
    labels = [t["change"], t["status"], t["effective"], t["affects"]]
    rows = "\n".join(
        table_row(
            labels,
            [
                escape(rule_text(change.title, lang)),
                escape(rule_text(change.status, lang)),
                escape(rule_text(change.date, lang)),
                escape(rule_text(change.affects, lang)),
            ],
            f' id="wijziging-{escape(change.id)}"',
        )
        for change in changes
    )
    return html_table("sw-changes", t["changes_caption"], labels, rows)


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
        rows.append(table_row(labels, [escape(born), escape(age), escape(fixed)]))
    caption = t["caption"].format(year=aow.CHECKED.year)
    return html_table("sw-aow", caption, labels, "\n".join(rows))


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
        table_row(
            head,
            [
                f"<code>{escape(key)}</code>",
                escape(" / ".join(forms)),
                escape(" / ".join(labels)),
            ],
        )
        for key, (forms, labels) in rows.items()
    )
    return html_table("sw-link-keys", None, head, body)


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
        # the page is an HR officer's: the employer's words ("Naam (alleen voor uzelf)")
        (pair, pick(row.part.label_for("werkgever"), lang), pick(CSV_FORMS[row.kind], lang))
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
        table_row(
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
    return html_table("sw-csv-columns", None, head, body)


def case_inputs_block(lang: str) -> str:
    """The inputs table (calculator.inputs.schema) as a JSON data block for the page's form.
    ``</`` is escaped so that no value can close the element."""
    from calculator.inputs import schema

    data = json.dumps(schema(), ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f'<script type="application/json" id="sw-case-inputs">{data}</script>'


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
