"""Spreadsheets (``.xlsx``) of Meerdere dossiers, with openpyxl: a file of cases read like a
CSV file (:mod:`calculator.tablefile`), and the overview written as a real workbook.

openpyxl is pure Python and loaded only here, and in the browser only when a spreadsheet is
asked for: the worker installs its wheels (and the few standard-library modules it needs that
the calculator does not) on the first request that reads or writes one.

**Reading.** The first worksheet; row numbers are the sheet's own. A date cell becomes an ISO
date, a whole number its digits ("1001", not "1001.0"), TRUE/FALSE ``ja``/``nee``; formulas
are read as the value Excel last saved with them. A file that is not a workbook, or one whose
parts would unpack to more than ``MAX_UNPACKED`` bytes, is refused as a whole.

**Writing.** Two sheets: *Overzicht* (a row per dossier: name, employee number, first sick
day, where the case stands, the next deadline and its date, the counts of steps not marked as
done and done late, and those steps) and *Termijnen* (a row per dossier and step, as the CSV
export). Dates are real dates, shown as ``dd-mm-jjjj`` in Dutch; a text that would start a
formula is written as text, with Excel's quote prefix (never as a formula); the header row
stays in view and has filters.

A long list is written in parts (the page sends at most ``MAX_CASES`` cases per request): the
rows of each part are kept here until the last part, which returns the file (base64).
"""

from __future__ import annotations

import base64
import io
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from .engine import Schedule
from .exports import DEADLINE_COLUMNS, FORMULA_START, deadline_rows, head, overview_row
from .tablefile import FileError
from .texts import fill
from .words import EXPORT_SHEETS, pick

#: A workbook of cases is small; one that unpacks to more is refused (a "zip bomb").
MAX_UNPACKED = 50_000_000
#: Rows read from a sheet at most (a file of cases has a header and CSV_MAX_ROWS rows; the
#: reader of cases reports what is over its own limit).
MAX_READ_ROWS = 2100
OVERVIEW_COLUMNS = (
    "name",
    "number",
    "first_sick_day",
    "regime",
    "next",
    "next_date",
    "overdue",
    "late",
    "attention",
)
WIDTHS = {"name": 28, "number": 16, "regime": 44, "next": 36, "attention": 60, "step": 44}


def _text(value: Any) -> str:
    """A cell's value as the text a CSV file would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(data: bytes, limit: int = MAX_READ_ROWS) -> list[tuple[int, list[str]]]:
    """The non-blank rows of the first sheet: (row number, cells as text)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED:
                raise FileError("xlsx")
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except FileError:
        raise
    except Exception:  # openpyxl raises many kinds for a file that is no workbook
        raise FileError("xlsx") from None
    rows: list[tuple[int, list[str]]] = []
    try:
        sheet = book.worksheets[0]
        first = sheet.min_row or 1
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=first):
            cells = [_text(value) for value in values]
            if any(cell.strip() for cell in cells):
                rows.append((number, cells))
                if len(rows) > limit:
                    break
    except Exception:
        raise FileError("xlsx") from None
    finally:
        book.close()
    return rows


# ----- writing ------------------------------------------------------------------------------

#: The rows of an export in parts, kept until its last part (one export at a time).
_pending: dict[str, list[list[Any]]] = {"overview": [], "deadlines": []}


def _cell(sheet: Any, value: Any, date_format: str) -> Any:
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, date):
        cell.number_format = date_format
    elif isinstance(value, str) and value.startswith(FORMULA_START):
        cell.data_type = "s"  # text, never a formula
        cell.quotePrefix = True
    return cell


def _steps(overview: dict[str, Any], lang: str) -> str:
    parts = []
    for item in overview["attention"]:
        extra = item["late_text"] or item["status_text"]
        parts.append(f"{item['title']} ({item['date_text_short']}, {extra})")
    return "; ".join(parts)


def overview_rows(cases: Iterable[tuple[str, str, Schedule]], lang: str) -> list[list[Any]]:
    rows = []
    for label, number, schedule in cases:
        line = overview_row(schedule, lang)
        upcoming = line["next"]["all"]
        statuses = [item["status"] for item in line["attention"]]
        rows.append(
            [
                label,
                number,
                schedule.count.first_sick_day,
                line["regime_text"],
                upcoming["title"] if upcoming else "",
                date.fromisoformat(upcoming["date"]) if upcoming else None,
                statuses.count("overdue"),
                statuses.count("late"),
                _steps(line, lang),
            ]
        )
    return rows


def export_part(
    cases: Sequence[tuple[str, str, Schedule]],
    today: date,
    lang: str,
    *,
    first: bool = True,
    last: bool = True,
) -> str | None:
    """Add the rows of these cases to the export; the last part returns the workbook
    (base64), the others None."""
    if first:
        _pending["overview"] = []
        _pending["deadlines"] = []
    _pending["overview"] += overview_rows(cases, lang)
    _pending["deadlines"] += [list(row) for row in deadline_rows(cases, lang)]
    if not last:
        return None
    data = workbook(_pending["overview"], _pending["deadlines"], today, lang)
    _pending["overview"] = []
    _pending["deadlines"] = []
    return base64.b64encode(data).decode("ascii")


def workbook(
    overview: list[list[Any]], deadlines: list[list[Any]], today: date, lang: str
) -> bytes:
    """The two sheets as an ``.xlsx`` file."""
    book = Workbook(write_only=True)
    book.properties.title = fill(pick(EXPORT_SHEETS["as_of"], lang), {"date": today}, lang)
    book.properties.creator = "Spoorwijzer"
    date_format = pick(("dd-mm-yyyy", "yyyy-mm-dd"), lang)
    bold = Font(bold=True)
    for key, columns, rows in (
        ("overview", OVERVIEW_COLUMNS, overview),
        ("deadlines", DEADLINE_COLUMNS, deadlines),
    ):
        sheet = book.create_sheet(pick(EXPORT_SHEETS[key], lang))
        for index, column in enumerate(columns, start=1):
            width = WIDTHS.get(column, 14 if column != "code" else 22)
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
        titles = []
        for text in head(lang, columns):
            cell = WriteOnlyCell(sheet, value=text)
            cell.font = bold
            titles.append(cell)
        sheet.append(titles)
        for row in rows:
            sheet.append([_cell(sheet, value, date_format) for value in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
