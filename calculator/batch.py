"""Many cases at once: a CSV file of cases in, an overview and exports out.

**The CSV format.** One row per case, a header row first. The columns are the ``csv`` names of
the inputs table (:mod:`calculator.inputs`), in Dutch or in English, in any order; only a first
sick day is required. Separators ``,`` or ``;``; files in UTF-8 (with or without a byte order
mark) or Windows-1252 (what Excel writes). Dates as ``dd-mm-jjjj`` (also ``d-m-jjjj``,
``dd/mm/jjjj``) or ISO ``jjjj-mm-dd``.

===========================  ==========================================================
``eerste_ziektedag``         the first sick day, for an illness that goes on
``laatste_ziektedag``        with it: the last sick day, when fully recovered
``ziekteperiodes``           instead of the two above: periods ``begin/eind`` joined by
                             ``+``, the last one may be a bare ``begin``
``verlof``                   ``begin/eind`` of a pregnancy and maternity leave
a yes/no column              ``ja``, ``nee``, ``yes``, ``no``, ``1``, ``0``, ``x``
every other column           a date, or a number of weeks for ``loonsanctie_weken``
===========================  ==========================================================

:func:`read_csv` keeps the rows that read and reports the others with their row, column and
reason (in the visitor's language); :func:`overview` computes each case's line of the overview
(illness week, regime, next deadline, what is overdue or late); :func:`deadlines_csv` and
:func:`calendar` export every deadline of every case.

>>> text = "naam;eerste_ziektedag\\nA;05-01-2026\\nB;31-02-2026\\n"
>>> cases, errors = read_csv(text.encode("utf-8"), date(2026, 11, 30))
>>> [c["label"] for c in cases], [(e["row"], e["column"]) for e in errors]
(['A'], [(3, 'eerste_ziektedag')])
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from .dates import format_date, split_date
from .engine import Milestone, Schedule, calculate
from .errors import CalculatorError, InputErrors
from .fragment import encode
from .inputs import CASE_INPUTS, CSV_MAX_BYTES, CSV_MAX_ROWS, INPUTS, Input, put
from .model import read_case
from .overview import now, regime_text
from .words import LATE_BY, LATE_BY_ONE, STATUS, pick

MAX_ROWS = CSV_MAX_ROWS
MAX_BYTES = CSV_MAX_BYTES
FIRST, LAST = ("eerste_ziektedag", "first_sick_day"), ("laatste_ziektedag", "last_sick_day")
YES = frozenset({"ja", "j", "yes", "y", "1", "x", "waar", "true", "on"})
NO = frozenset({"nee", "n", "no", "0", "onwaar", "false", "off", ""})

ERRORS: dict[str, tuple[str, str]] = {
    "encoding": ("Het bestand is geen tekst (CSV).", "The file is not text (CSV)."),
    "too_big": (
        "Het bestand is te groot: hoogstens {max} rijen.",
        "The file is too large: at most {max} rows.",
    ),
    "too_big_bytes": (
        "Het bestand is te groot: hoogstens {max} MB.",
        "The file is too large: at most {max} MB.",
    ),
    "no_header": (
        "De eerste rij moet de kolomnamen hebben, met ten minste eerste_ziektedag.",
        "The first row must hold the column names, with at least first_sick_day.",
    ),
    "unknown_column": ("Onbekende kolom; die is overgeslagen.", "Unknown column; it was skipped."),
    "columns": (
        "De rij heeft meer kolommen dan de kopregel.",
        "The row has more columns than the header.",
    ),
    "flag": ("Vul ja of nee in.", "Enter yes or no."),
    "unreadable": (
        "Vanaf deze rij is het bestand geen geldige CSV (een aanhalingsteken dat niet sluit?).",
        "From this row on the file is not valid CSV (a quote that does not close?).",
    ),
}


def _pick(pair: tuple[str, str], lang: str, **params: object) -> str:
    return pick(pair, lang).format(**params)


def _mb() -> str:
    """``MAX_BYTES`` in megabytes, as people say it ("2")."""
    return f"{MAX_BYTES / 1_000_000:g}"


def _key(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", header.strip().lower()).strip("_")


#: Every header we read, in either language, to the input it fills ("first"/"last" for the
#: convenience columns of one period).
HEADERS: dict[str, str] = {
    **{name: row.id for row in CASE_INPUTS if row.csv for name in row.csv},
    **{name: "first" for name in FIRST},
    **{name: "last" for name in LAST},
}


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError("encoding")


def _iso(text: str, field: str, label: str) -> str:
    """A date as dd-mm-jjjj or ISO, made ISO (the calculator checks it fully)."""
    parts = split_date(text, field, label)
    return f"{int(parts['year']):04d}-{int(parts['month']):02d}-{int(parts['day']):02d}"


def _cell(row: Input, text: str, case: dict[str, Any]) -> None:
    """Put one cell's value into the case, converted from the CSV's forms; raises on a value
    of the wrong form (CalculatorError, or ValueError("flag"))."""
    if row.kind == "flag":
        word = text.strip().lower()
        if word not in YES | NO:
            raise ValueError("flag")
        if word in YES:
            put(case, row.key, not row.default)
    elif row.kind == "date":
        put(case, row.key, _iso(text, row.field(), row.label_key()))
    elif row.kind == "date_range":
        start, _, end = text.partition("/")
        value = {
            "start": _iso(start, row.field("start"), row.label_key("start")),
            "end": _iso(end, row.field("end"), row.label_key("end")),
        }
        put(case, row.key, value)
    elif row.kind == "periods":
        periods = []
        for index, item in enumerate(text.split("+")):
            start, _, end = item.partition("/")
            begin = _iso(start, f"periods.{index}.start", "periods.first")
            periods.append(
                {
                    "start": begin,
                    "end": _iso(end, f"periods.{index}.end", "periods.end")
                    if end.strip()
                    else None,
                }
            )
        case["periods"] = periods
    else:
        put(case, row.key, text.strip())


def read_csv(
    data: bytes, today: date, lang: str = "nl", *, overview: bool = False
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The cases of a CSV file (``{"row", "label", "case"}``) and the problems
    (``{"row", "column", "message"}``, row 1 is the header). Rows that read are kept.

    Every row is calculated to check it; with ``overview`` each case also carries what the
    ``batch`` action answers for it (``ok``, ``overview``, ``fragment``), from that same
    calculation, so a page need not ask for the same cases again."""
    errors: list[dict[str, Any]] = []
    if len(data) > MAX_BYTES:
        return [], [
            {"row": 0, "column": "", "message": _pick(ERRORS["too_big_bytes"], lang, max=_mb())}
        ]
    try:
        text = _decode(data)
    except ValueError:
        return [], [{"row": 0, "column": "", "message": _pick(ERRORS["encoding"], lang)}]
    lines = text.splitlines()
    header_line = next((line for line in lines if line.strip()), "")
    separator = ";" if header_line.count(";") > header_line.count(",") else ","
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        rows.extend(reader)
    except csv.Error:  # a quote that never closes, a stray line break inside a field
        errors.append(
            {"row": reader.line_num, "column": "", "message": _pick(ERRORS["unreadable"], lang)}
        )
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        return [], [{"row": 1, "column": "", "message": _pick(ERRORS["no_header"], lang)}]
    header = [_key(h) for h in rows[0]]
    known = [HEADERS.get(h) for h in header]
    if not ({"first", "periods"} & set(known)):
        return [], [{"row": 1, "column": "", "message": _pick(ERRORS["no_header"], lang)}]
    for name, target in zip(rows[0], known, strict=True):
        if target is None:
            errors.append(
                {"row": 1, "column": name.strip(), "message": _pick(ERRORS["unknown_column"], lang)}
            )
    if len(rows) - 1 > MAX_ROWS:
        errors.append(
            {"row": 0, "column": "", "message": _pick(ERRORS["too_big"], lang, max=MAX_ROWS)}
        )
        rows = rows[: MAX_ROWS + 1]
    cases = []
    for number, cells in enumerate(rows[1:], start=2):
        case, found = _row(cells, header, known, today, lang)
        if not isinstance(found, Schedule):
            errors.append({"row": number, **found})
            continue
        item = {"row": number, "label": case.get("label") or f"#{number - 1}", "case": case}
        if overview:
            item.update(ok=True, overview=overview_row(found, lang), fragment=encode(found.case))
        cases.append(item)
    return cases, errors


def _column_of(field: str, header: list[str], known: list[str | None]) -> str:
    """The CSV column an error's field came from ("" when no column of the file holds it)."""
    target: str | None = None
    if field.startswith("periods."):
        if "periods" in known:
            target = "periods"
        elif field.endswith(".end") and "last" in known:
            target = "last"
        else:
            target = "first"
    else:
        target = next(
            (row.id for row in CASE_INPUTS if field == row.key or field.startswith(row.key + ".")),
            None,
        )
    return header[known.index(target)] if target is not None and target in known else ""


def _row(
    cells: list[str], header: list[str], known: list[str | None], today: date, lang: str
) -> tuple[dict[str, Any], Schedule | dict[str, Any]]:
    """The case of one row and its schedule, or ``{}`` and the problem (column, message)."""
    if len(cells) > len(header):
        return {}, {"column": "", "message": _pick(ERRORS["columns"], lang)}
    case: dict[str, Any] = {}
    first = last = ""
    for name, target, text in zip(header, known, cells, strict=False):
        if target is None or not text.strip():
            continue
        if target == "first":
            first = text
            continue
        if target == "last":
            last = text
            continue
        try:
            _cell(INPUTS[target], text, case)
        except CalculatorError as error:
            return {}, {"column": name, "message": error.message(lang)}
        except ValueError:
            return {}, {"column": name, "message": _pick(ERRORS["flag"], lang)}
    if first and "periods" not in case:
        try:
            start = _iso(first, "periods.0.start", "periods.first")
            end = _iso(last, "periods.0.end", "periods.end") if last.strip() else None
        except CalculatorError as error:
            column = header[known.index("last" if error.field.endswith(".end") else "first")]
            return {}, {"column": column, "message": error.message(lang)}
        case["periods"] = [{"start": start, "end": end}]
    try:
        schedule = calculate(read_case(case), today)
    except CalculatorError as error:  # InputErrors: the first of its errors
        shown = error.errors[0] if isinstance(error, InputErrors) and error.errors else error
        return {}, {
            "column": _column_of(shown.field, header, known),
            "message": shown.message(lang),
        }
    return case, schedule


def late_text(m: Milestone, lang: str) -> str | None:
    """ "5 dagen te laat" for a step done late, else None."""
    if m.status != "late" or m.late_days is None:
        return None
    return pick(LATE_BY_ONE if m.late_days == 1 else LATE_BY, lang).format(days=m.late_days)


def overview_row(schedule: Schedule, lang: str) -> dict[str, Any]:
    """One case's line of the overview: week, regime, next deadline, what needs attention."""
    data = now(schedule)
    by_id = {m.id: m for m in schedule.milestones}

    def brief(milestone_id: str | None) -> dict[str, Any] | None:
        if milestone_id is None:
            return None
        m = by_id[milestone_id]
        return {
            "id": m.id,
            "title": pick(m.rule.title, lang),
            "date": m.date.isoformat(),
            "date_text": format_date(m.date, lang),
            "status": m.status,
            "status_text": pick(STATUS[m.status], lang),
            "late_days": m.late_days,
            "late_text": late_text(m, lang),
            "roles": list(m.rule.roles),
        }

    return {
        **data,
        "regime_text": regime_text(schedule, lang),
        "next": {role: brief(m) for role, m in data["next"].items()},
        "attention": [brief(m) for m in data["attention"]["all"]],
    }


def deadlines_csv(rows: Iterable[tuple[str, Schedule]], lang: str) -> str:
    """One row per case and milestone: label, milestone, date, status (and the actual date)."""
    head = {
        "nl": ["naam", "stap", "id", "datum", "status", "gedaan_op", "dagen_te_laat"],
        "en": ["name", "step", "id", "date", "status", "done_on", "days_late"],
    }["en" if lang == "en" else "nl"]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if lang == "nl" else ",", lineterminator="\r\n")
    writer.writerow(head)
    for label, schedule in rows:
        for m in sorted(schedule.milestones, key=lambda m: m.date):
            writer.writerow(
                [
                    label,
                    pick(m.rule.title, lang),
                    m.id,
                    m.date.isoformat(),
                    m.status,
                    m.actual.isoformat() if m.actual else "",
                    m.late_days if m.late_days is not None else "",
                ]
            )
    return out.getvalue()


def template(lang: str) -> str:
    """The downloadable CSV template: the headers and two example rows."""
    index = 1 if lang == "en" else 0
    columns = [INPUTS["label"].csv, FIRST, LAST]
    columns += [row.csv for row in CASE_INPUTS if row.csv and row.id not in ("label", "periods")]
    names = [pair[index] for pair in columns if pair]
    separator = "," if lang == "en" else ";"
    example = {
        "naam": ["Dossier 1", "Dossier 2"],
        "eerste_ziektedag": ["05-01-2026", "02-03-2026"],
        "laatste_ziektedag": ["", "31-05-2026"],
        "probleemanalyse_gedaan": ["10-02-2026", ""],
    }
    rows = [names]
    for i in range(2):
        rows.append(
            [example.get((columns[k] or ("", ""))[0], ["", ""])[i] for k in range(len(names))]
        )
    out = io.StringIO()
    csv.writer(out, delimiter=separator, lineterminator="\r\n").writerows(rows)
    return out.getvalue()
