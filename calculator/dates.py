"""Reading dates as visitors type them, and writing them in Dutch and English.

A date arrives as an ISO 8601 string (``"2026-01-05"``, from the CLI, a share link or a test) or
as the three fields of the GOV.UK date pattern, exactly as typed:
``{"day": "5", "month": "jan", "year": "2026"}``. Month names and abbreviations are accepted in
Dutch and English ("januari", "jan", "mrt", "March", "3"). Problems are reported in the GOV.UK
order: missing, then impossible; the caller checks the rules.

Dates are written by our own code, never by ``strftime``: inside Pyodide only the C locale
exists, so Dutch day and month names would come out in English.

>>> parse_date({"day": "26", "month": "okt", "year": "2026"}, "x")
datetime.date(2026, 10, 26)
>>> format_date(parse_date("2026-10-26", "x"), "nl")
'maandag 26 oktober 2026'
>>> format_date(parse_date("2026-10-26", "x"), "en")
'Monday 26 October 2026'
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .errors import CalculatorError, ImpossibleValueError, MissingValueError
from .words import pick

DAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_NL = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Every spelling we accept for a month, lower case, without a trailing dot.
_MONTH_WORDS: dict[str, int] = {}
for _i, (_nl, _en) in enumerate(zip(MONTHS_NL, MONTHS_EN, strict=True), start=1):
    for _word in (_nl, _en.lower(), _nl[:3], _en[:3].lower()):
        _MONTH_WORDS[_word] = _i
_MONTH_WORDS.update({"mrt": 3, "sept": 9, "okt": 10, "mei": 5})

# ASCII digits only ([0-9], not \\d): "²", Arabic-Indic or full-width digits are not read as
# numbers, so what the page shows and what Python computes are always the same characters.
_ISO = re.compile(r"\A[ \t]*([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})[ \t]*\Z")
_DAY_OR_MONTH_DIGITS = 2
_YEAR_DIGITS = 4


def _digits(text: str) -> bool:
    """Only the ASCII digits 0-9 (``str.isdigit`` also accepts "²" and other scripts)."""
    return text.isascii() and text.isdigit()


_MAX_FIELD = 40  # longer "dates" are junk; say so instead of parsing them


def parse_month(text: str) -> int | None:
    """A month number from digits or a Dutch/English name; ``None`` when it is neither."""
    word = text.strip().lower().rstrip(".")
    if _digits(word):
        if len(word) > _DAY_OR_MONTH_DIGITS:
            return None
        number = int(word)
        return number if 1 <= number <= 12 else None
    return _MONTH_WORDS.get(word)


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        raise TypeError("bool")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return value.strip()
    raise TypeError(type(value).__name__)


def parse_date(value: Any, field: str, label: str = "date") -> date:
    """Read one date. Raises :class:`MissingValueError` or :class:`ImpossibleValueError`."""
    if isinstance(value, date):
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        raise MissingValueError("date_missing", field, label=label)
    if isinstance(value, str):
        if len(value) > _MAX_FIELD:
            raise ImpossibleValueError("date_format", field, label=label)
        match = _ISO.match(value)
        if not match:
            raise ImpossibleValueError("date_format", field, label=label)
        return _make(int(match[1]), int(match[2]), int(match[3]), field, label, part=None)
    if isinstance(value, dict):
        return _parse_parts(value, field, label)
    raise ImpossibleValueError("date_format", field, label=label)


def _parse_parts(value: dict[str, Any], field: str, label: str) -> date:
    try:
        texts = {part: _as_text(value.get(part)) for part in ("day", "month", "year")}
    except TypeError:
        raise ImpossibleValueError("date_format", field, label=label) from None
    if not any(texts.values()):
        raise MissingValueError("date_missing", field, label=label)
    for part in ("day", "month", "year"):
        if not texts[part]:
            raise MissingValueError("date_part_missing", field, label=label, part=part)
    if any(len(t) > _MAX_FIELD for t in texts.values()):
        raise ImpossibleValueError("date_impossible", field, label=label)
    month = parse_month(texts["month"])
    if month is None:
        raise ImpossibleValueError("date_impossible", field, label=label, part="month")
    day = texts["day"]
    if not _digits(day) or len(day.lstrip("0") or "0") > _DAY_OR_MONTH_DIGITS:
        raise ImpossibleValueError("date_impossible", field, label=label, part="day")
    year = texts["year"]
    if _digits(year) and len(year) == 2:
        raise ImpossibleValueError("year_two_digits", field, label=label, part="year")
    if not _digits(year) or len(year) != _YEAR_DIGITS:
        raise ImpossibleValueError("date_impossible", field, label=label, part="year")
    return _make(int(year), month, int(texts["day"]), field, label, part="day")


#: A whole date typed or pasted into one field: 12-03-2026, 12/3/2026, 12.3.2026, 12 3 2026,
#: 12 maart 2026, 12 mrt. 2026 or 2026-03-12.
_WHOLE = re.compile(
    r"\A\s*([0-9]{1,2})\s*[-/. ]\s*([0-9]{1,2}|[A-Za-z]+\.?)\s*[-/. ]\s*([0-9]+)\s*\Z"
)
_WHOLE_ISO = re.compile(r"\A\s*([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})\s*\Z")


def split_date(text: Any, field: str = "date", label: str = "date") -> dict[str, str]:
    """The three fields of a whole date typed or pasted into one of them.

    >>> split_date("12-03-2026")
    {'day': '12', 'month': '3', 'year': '2026'}
    >>> split_date("12 maart 2026") == split_date("2026-3-12") == split_date("12/3/2026")
    True

    The fields then go through :func:`parse_date` like typed ones; a two-digit year is refused
    here already, with its own message ("write the year in full").
    """
    if not isinstance(text, str) or len(text) > _MAX_FIELD:
        raise ImpossibleValueError("date_format", field, label=label)
    iso = _WHOLE_ISO.match(text)
    if iso:
        return {"day": str(int(iso[3])), "month": str(int(iso[2])), "year": iso[1]}
    match = _WHOLE.match(text)
    if not match:
        raise ImpossibleValueError("date_format", field, label=label)
    day, month, year = match[1], match[2], match[3]
    if len(year) == 2:
        raise ImpossibleValueError("year_two_digits", field, label=label, part="year")
    number = parse_month(month)
    if number is None:
        raise ImpossibleValueError("date_impossible", field, label=label, part="month")
    parts = {"day": str(int(day)), "month": str(number), "year": year}
    parse_date(parts, field, label)  # the same checks as typed fields
    return parts


def _make(year: int, month: int, day: int, field: str, label: str, part: str | None) -> date:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        raise ImpossibleValueError("date_impossible", field, label=label, part=part) from None


def check_range(value: date, field: str, label: str, earliest: date, latest: date) -> None:
    """A real date, but outside what the calculator can honestly compute. When the year alone
    is out of range, only the year field is marked."""
    if value < earliest:
        raise CalculatorError(
            "date_too_early",
            field,
            label=label,
            part="year" if value.year < earliest.year else None,
            limit=format_date(earliest, "nl"),
            limit_en=format_date(earliest, "en"),
        )
    if value > latest:
        raise CalculatorError(
            "date_too_late",
            field,
            label=label,
            part="year" if value.year > latest.year else None,
            limit=format_date(latest, "nl"),
            limit_en=format_date(latest, "en"),
        )


def format_date(value: date, lang: str = "nl") -> str:
    """``maandag 26 oktober 2026`` or ``Monday 26 October 2026``."""
    days, months = pick((DAYS_NL, DAYS_EN), lang), pick((MONTHS_NL, MONTHS_EN), lang)
    return f"{days[value.weekday()]} {value.day} {months[value.month - 1]} {value.year}"


#: Short forms for a narrow screen: "zo 3 jan. 2027", "Sun 3 Jan 2027" (Dutch abbreviates a
#: month with a dot, except "mei", which is short already).
DAYS_NL_SHORT = ("ma", "di", "wo", "do", "vr", "za", "zo")
MONTHS_NL_SHORT = (
    "jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."
)  # fmt: skip
DAYS_EN_SHORT = tuple(day[:3] for day in DAYS_EN)
MONTHS_EN_SHORT = tuple(month[:3] for month in MONTHS_EN)


def format_date_short(value: date, lang: str = "nl") -> str:
    """``zo 3 jan. 2027`` or ``Sun 3 Jan 2027``."""
    days = pick((DAYS_NL_SHORT, DAYS_EN_SHORT), lang)
    months = pick((MONTHS_NL_SHORT, MONTHS_EN_SHORT), lang)
    return f"{days[value.weekday()]} {value.day} {months[value.month - 1]} {value.year}"


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later (or earlier); 29 February becomes 28 February.

    >>> add_years(date(2028, 2, 29), 2)
    datetime.date(2030, 2, 28)
    """
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
