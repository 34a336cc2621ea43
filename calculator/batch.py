"""Many cases at once: a CSV or ``.xlsx`` file of cases in, each row read or reported.

**The format.** One row per case, a header row first. The columns are the ``csv`` names of the
inputs table (:mod:`calculator.inputs`), in Dutch or in English, in any order; only a first
sick day is required. How the file itself is read (encodings, separators, quotes, row numbers
as the spreadsheet shows them, ``.xlsx``): :mod:`calculator.tablefile`. Dates as
``dd-mm-jjjj`` (also ``d-m-jjjj``, ``dd/mm/jjjj``) or ISO ``jjjj-mm-dd``.

===========================  ==========================================================
``personeelsnummer``         optional: the employee number that tells a dossier apart
                             when the same file is read again
``eerste_ziektedag``         the first sick day, for an illness that goes on
``laatste_ziektedag``        with it: the last sick day, when fully recovered
``ziekteperiodes``           instead of the two above: periods ``begin/eind`` joined by
                             ``+``, the last one may be a bare ``begin``
``verlof``                   ``begin/eind`` of a pregnancy and maternity leave
a yes/no column              ``ja``, ``nee``, ``yes``, ``no``, ``1``, ``0``, ``x``
every other column           a date, or a number of weeks for ``loonsanctie_weken``
===========================  ==========================================================

:func:`read_file` keeps the rows that read and reports each other one with its row number (as
the spreadsheet shows it), the row's name, the column, the value refused and the reason, in
the visitor's language. Read again next to a list (``existing``), each row says which dossier
of the list it updates (:mod:`calculator.merge`). The overview line of a case and the exports:
:mod:`calculator.exports`.

>>> text = "naam;eerste_ziektedag\\n\\nA;05-01-2026\\nNoël Visser;31-02-2026\\n"
>>> found = read_file(text.encode("utf-8"), date(2026, 11, 30))
>>> [c["label"] for c in found.cases], [(e["row"], e["name"], e["value"]) for e in found.errors]
(['A'], [(4, 'Noël Visser', '31-02-2026')])
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from . import tablefile
from .dates import split_date
from .engine import calculate
from .errors import CalculatorError, InputErrors
from .exports import StepWords
from .fragment import encode
from .inputs import CASE_INPUTS, CSV_MAX_BYTES, CSV_MAX_ROWS, INPUTS, Input, put
from .merge import Merger
from .model import one_line, read_case
from .words import pick

MAX_ROWS = CSV_MAX_ROWS
MAX_BYTES = CSV_MAX_BYTES
#: A cell of a column we read is at most this long (many periods fit; a stray quote's
#: swallowed rows do not).
MAX_CELL = 1000
MAX_NUMBER = 40  # characters of an employee number
MAX_SHOWN = 60  # characters of a refused value repeated in a report
FIRST, LAST = ("eerste_ziektedag", "first_sick_day"), ("laatste_ziektedag", "last_sick_day")
NUMBER = ("personeelsnummer", "employee_number")
YES = frozenset({"ja", "j", "yes", "y", "1", "x", "waar", "true", "on"})
NO = frozenset({"nee", "n", "no", "0", "onwaar", "false", "off", ""})

ERRORS: dict[str, tuple[str, str]] = {
    "encoding": ("Het bestand is geen tekst (CSV).", "The file is not text (CSV)."),
    "xls": (
        "Dit is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx of als CSV.",
        "This is an old Excel file (.xls). Save it in Excel as .xlsx or as CSV.",
    ),
    "xlsx": (
        "Dit .xlsx-bestand kan niet worden gelezen. Sla het in Excel opnieuw op, of als CSV.",
        "This .xlsx file cannot be read. Save it again in Excel, or as CSV.",
    ),
    "too_big": (
        "Het bestand is te groot: hoogstens {max} rijen. De rijen daarna zijn niet gelezen.",
        "The file is too large: at most {max} rows. The rows after that have not been read.",
    ),
    "too_big_bytes": (
        "Het bestand is te groot: hoogstens {max} MB.",
        "The file is too large: at most {max} MB.",
    ),
    "no_header": (
        "De eerste rij moet de kolomnamen hebben, met ten minste eerste_ziektedag.",
        "The first row must hold the column names, with at least first_sick_day.",
    ),
    "same_input": (
        "Twee kolommen betekenen hetzelfde: {columns}. Houd er één over.",
        "Two columns mean the same: {columns}. Keep one of them.",
    ),
    "unknown_column": ("Onbekende kolom; die is overgeslagen.", "Unknown column; it was skipped."),
    "columns": (
        "De rij heeft meer kolommen dan de kopregel.",
        "The row has more columns than the header.",
    ),
    "flag": ("Vul ja of nee in.", "Enter yes or no."),
    "too_long": (
        "Deze cel is te lang: {length} tekens, hoogstens {max}.",
        "This cell is too long: {length} characters, at most {max}.",
    ),
    "quote_unclosed": (
        'Een aanhalingsteken (") aan het begin van een cel sluit niet. Deze rij is niet gelezen; '
        "de rijen erna wel.",
        'A quote (") at the start of a cell never closes. This row has not been read; the rows '
        "after it have.",
    ),
    "quote_rest": (
        'Een aanhalingsteken (") aan het begin van een cel sluit niet. De rijen {row} tot en met '
        "{last} zijn niet gelezen.",
        'A quote (") at the start of a cell never closes. Rows {row} to {last} have not been read.',
    ),
    "quote_joined": (
        'Een aanhalingsteken (") sluit pas {lines} regels verder: die regels zijn één cel '
        "geworden. Deze rij en die regels zijn niet gelezen.",
        'A quote (") closes only {lines} lines further on: those lines became one cell. This '
        "row and those lines have not been read.",
    ),
    "not_utf8": (
        "In deze rij staan tekens die geen UTF-8 zijn, in een bestand dat verder UTF-8 is. "
        "Sla het bestand op als CSV UTF-8 en lees het opnieuw in.",
        "This row has characters that are not UTF-8, in a file that is otherwise UTF-8. Save "
        "the file as CSV UTF-8 and read it again.",
    ),
    "same_number": (
        "Personeelsnummer {number} staat ook op rij {other}. Zet alle ziekteperiodes van één "
        "persoon in één rij (kolom ziekteperiodes).",
        "Employee number {number} is also on row {other}. Put every period of sickness of one "
        "person in one row (column sickness_periods).",
    ),
    "same_case": (
        "Dezelfde naam en eerste ziektedag staan ook op rij {other}.",
        "The same name and first sick day are also on row {other}.",
    ),
}


def _message(code: str, lang: str, **params: object) -> str:
    return pick(ERRORS[code], lang).format(**params)


def _mb() -> str:
    """``MAX_BYTES`` in megabytes, as people say it ("2")."""
    return f"{MAX_BYTES / 1_000_000:g}"


def _key(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", header.strip().lower()).strip("_")


#: Every header we read, in either language, to the input it fills ("first"/"last" for the
#: convenience columns of one period, "number" for the employee number).
HEADERS: dict[str, str] = {
    **{name: row.id for row in CASE_INPUTS if row.csv for name in row.csv},
    **{name: "first" for name in FIRST},
    **{name: "last" for name in LAST},
    **{name: "number" for name in NUMBER},
}
#: Columns that fill the same input: two of them in one file are refused.
SAME_INPUT = {"first": "periods", "periods": "periods"}


@dataclass
class Reading:
    """What :func:`read_file` found: the cases (``{"row", "label", "number", "case"}`` and,
    with ``overview``, each one's overview line), the problems (``{"row", "name", "column",
    "value", "message"}``; row 0 is the whole file), how the file was read, and the dossiers
    of ``existing`` that no row matched."""

    cases: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    encoding: str = ""
    missing: list[str] = field(default_factory=list)


def _problem(
    row: int, message: str, column: str = "", name: str = "", value: str = ""
) -> dict[str, Any]:
    shown = one_line(value)
    if len(shown) > MAX_SHOWN:
        shown = shown[: MAX_SHOWN - 1] + "…"
    return {"row": row, "name": name, "column": column, "value": shown, "message": message}


@lru_cache(maxsize=4096)
def _iso(text: str, field: str, label: str) -> str:
    """A date as dd-mm-jjjj or ISO, made ISO (the calculator checks it fully). Kept per
    (text, field, label): the cells of a long file repeat their dates (a refused date raises
    each time, and names the field of that call)."""
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
    elif row.kind == "text":
        put(case, row.key, one_line(text))
    else:
        put(case, row.key, text.strip())


class _Columns:
    """The header row: which input each column fills."""

    def __init__(self, cells: list[str]) -> None:
        self.names = [one_line(cell) for cell in cells]
        self.targets = [HEADERS.get(_key(cell)) for cell in cells]

    def usable(self) -> bool:
        return bool({"first", "periods"} & set(self.targets))

    def same_input(self) -> list[str]:
        """The names of two columns that fill the same input, or []."""
        seen: dict[str, str] = {}
        for name, target in zip(self.names, self.targets, strict=True):
            if target is None:
                continue
            group = SAME_INPUT.get(target, target)
            if group in seen:
                return [seen[group], name]
            seen[group] = name
        return []

    def name_of(self, target: str) -> str:
        return self.names[self.targets.index(target)] if target in self.targets else ""

    def column_of(self, error_field: str) -> str:
        """The column an error's field came from ("" when no column of the file holds it)."""
        if error_field.startswith("periods."):
            if "periods" in self.targets:
                return self.name_of("periods")
            if error_field.endswith(".end") and "last" in self.targets:
                return self.name_of("last")
            return self.name_of("first")
        for row in CASE_INPUTS:
            if error_field == row.key or error_field.startswith(row.key + "."):
                return self.name_of(row.id)
        return ""


def read_file(
    data: bytes,
    today: date,
    lang: str = "nl",
    *,
    overview: StepWords | None = None,
    existing: Sequence[Mapping[str, Any]] | None = None,
    whole: bool = True,
) -> Reading:
    """The cases of a CSV or ``.xlsx`` file and the problems; rows that read are kept.

    Every row is calculated to check it; with ``overview`` (the step words the lines refer
    to) each case also carries what the ``batch`` action answers for it (``ok``,
    ``overview``, ``fragment``, ``page_fragment``), from that same calculation: each step
    whole, or with ``whole`` false by id (:class:`calculator.exports.StepWords`). With
    ``existing`` (the dossiers of a list: ``id``, ``number``, ``label``, ``case``) each case
    says which one it updates (``match``), carries the values the list has and the file leaves
    empty, and :attr:`Reading.missing` names the dossiers no row matched."""
    reading = Reading()
    if len(data) > MAX_BYTES:
        reading.errors.append(_problem(0, _message("too_big_bytes", lang, max=_mb())))
        return reading
    try:
        sheet = tablefile.read(data)
    except tablefile.FileError as error:
        reading.errors.append(_problem(0, _message(error.code, lang)))
        return reading
    reading.encoding = sheet.encoding
    for problem in sheet.problems:
        if problem.code == "quote_unclosed" and problem.last is not None:
            message = _message("quote_rest", lang, row=problem.row, last=problem.last)
        else:
            message = _message(problem.code, lang)
        reading.errors.append(_problem(problem.row, message, value=problem.text))
    if not sheet.rows:
        reading.errors.insert(0, _problem(1, _message("no_header", lang)))
        return reading
    (header_row, header_cells), *rows = sheet.rows
    columns = _Columns(header_cells)
    if not columns.usable():
        reading.errors.insert(0, _problem(header_row, _message("no_header", lang)))
        return reading
    if same := columns.same_input():
        message = _message("same_input", lang, columns=" / ".join(same))
        reading.errors.insert(0, _problem(header_row, message, " / ".join(same)))
        return reading
    for name, target in zip(columns.names, columns.targets, strict=True):
        if target is None and name:
            reading.errors.append(_problem(header_row, _message("unknown_column", lang), name))
    if len(rows) > MAX_ROWS:
        cut = rows[MAX_ROWS][0]
        reading.errors.append(_problem(cut, _message("too_big", lang, max=MAX_ROWS)))
        rows = rows[:MAX_ROWS]
    merger = Merger(existing or [])
    seen_numbers: dict[str, int] = {}
    seen_cases: dict[tuple[str, str], int] = {}
    for number, cells in rows:
        found = _row(cells, columns, sheet.joined.get(number, 0), sheet.separator, lang)
        if isinstance(found, dict):
            reading.errors.append({**found, "row": number})
            continue
        case, label, employee = found
        first_day = case["periods"][0]["start"]
        other = seen_numbers.get(employee.casefold()) if employee else None
        if other is None and not employee and label:
            other = seen_cases.get((label.casefold(), first_day))
        if other is not None:
            code = "same_number" if employee else "same_case"
            message = _message(code, lang, number=employee, other=other)
            column = columns.name_of("number") if employee else ""
            reading.errors.append(_problem(number, message, column, label, employee))
            continue
        match = merger.match(employee, label, first_day)
        merged = merger.merged(match, case) if match else case
        try:
            schedule = calculate(read_case(merged), today)
        except CalculatorError as error:  # InputErrors: the first of its errors
            shown = error.errors[0] if isinstance(error, InputErrors) and error.errors else error
            column = columns.column_of(shown.field)
            value = cells[columns.names.index(column)] if column in columns.names else ""
            reading.errors.append(_problem(number, shown.message(lang), column, label, value))
            continue
        if employee:
            seen_numbers[employee.casefold()] = number
        elif label:
            seen_cases[(label.casefold(), first_day)] = number
        merger.take(match)
        item: dict[str, Any] = {
            "row": number,
            "label": label or f"#{number}",
            "number": employee,
            "case": merged,
        }
        if existing is not None:
            item["match"] = match
        if overview is not None:
            line = overview.line(schedule)
            item.update(
                ok=True,
                overview=overview.whole(line) if whole else line,
                fragment=encode(schedule.case),
                page_fragment=encode(schedule.case, personal=False),
            )
        reading.cases.append(item)
    reading.missing = merger.missing()
    reading.errors.sort(key=lambda error: error["row"])
    return reading


def read_csv(
    data: bytes, today: date, lang: str = "nl", *, overview: bool = False
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """:func:`read_file` as (cases, problems); with ``overview`` each case's line whole."""
    reading = read_file(data, today, lang, overview=StepWords(lang) if overview else None)
    return reading.cases, reading.errors


def _row(
    cells: list[str], columns: _Columns, joined: int, separator: str, lang: str
) -> tuple[dict[str, Any], str, str] | dict[str, Any]:
    """The case, name and employee number of one row, or its problem (without the row)."""
    label = one_line(cells[columns.targets.index("label")]) if "label" in columns.targets else ""
    if len(cells) > len(columns.targets) and any(c.strip() for c in cells[len(columns.targets) :]):
        return _problem(0, _message("columns", lang), name=label)
    case: dict[str, Any] = {}
    first = last = employee = ""
    width = len(columns.targets)
    for name, target, text in zip(columns.names, columns.targets, cells, strict=False):
        if joined and ("\n" in text or "\r" in text):
            swallowed = any(
                line.count(separator) >= max(width - 1, 1) for line in text.splitlines()[1:]
            )
            if target is not None or swallowed:
                return _problem(0, _message("quote_joined", lang, lines=joined), name, label, text)
        if target is None or not text.strip():
            continue
        if len(text) > MAX_CELL or (target == "number" and len(text.strip()) > MAX_NUMBER):
            limit = MAX_NUMBER if target == "number" else MAX_CELL
            message = _message("too_long", lang, length=len(text.strip()), max=limit)
            return _problem(0, message, name, label, text)
        if target in ("first", "last", "number"):
            if target == "first":
                first = text
            elif target == "last":
                last = text
            else:
                employee = one_line(text)
            continue
        try:
            _cell(INPUTS[target], text, case)
        except CalculatorError as error:
            return _problem(0, error.message(lang), name, label, text)
        except ValueError:
            return _problem(0, _message("flag", lang), name, label, text)
    if "periods" not in case:
        try:
            start = _iso(first, "periods.0.start", "periods.first")
            end = _iso(last, "periods.0.end", "periods.end") if last.strip() else None
        except CalculatorError as error:
            which = "last" if error.field.endswith(".end") else "first"
            column = columns.name_of(which)
            return _problem(
                0, error.message(lang), column, label, last if which == "last" else first
            )
        case["periods"] = [{"start": start, "end": end}]
    return case, label, employee


def template(lang: str) -> str:
    """The downloadable CSV template: the headers and two example rows."""
    columns = [INPUTS["label"].csv, NUMBER, FIRST, LAST]
    columns += [row.csv for row in CASE_INPUTS if row.csv and row.id not in ("label", "periods")]
    names = [pick(pair, lang) for pair in columns if pair]
    separator = pick((";", ","), lang)
    example = {
        "naam": ["Dossier 1", "Dossier 2"],
        "personeelsnummer": ["1001", "1002"],
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
