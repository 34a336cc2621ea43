"""Share links: the whole case in the URL fragment, which browsers never send to a server.

Format (documented for re-integration bureaus; all dates ISO 8601, keys in any order)::

    v=1&ziek=2026-01-05/2026-03-31,2026-04-21&rol=werkgever&taal=nl

The keys are the ``link`` of the rows of :mod:`calculator.inputs`
(site_config/maintainers/architecture.md lists them); each
kind of input has one way to write its value:

=============  ==============================================================================
periods        ``START/END`` ended in full recovery (END = last sick day), a bare ``START`` for
               the illness that goes on; comma-separated
date           ``YYYY-MM-DD``
date_range     ``START/END``
flag           ``1`` when the box is ticked (the value differs from the default)
weeks          a whole number
text           the visitor's own words, percent-encoded
choice         one of the row's choices (``rol``, ``taal``)
=============  ==============================================================================

Two rows may share a key when their values cannot be confused: ``sanctie`` is a number of weeks
or the date of UWV's repair decision. :func:`decode` never fails: what is valid comes back, the
rest is reported as bad keys.

>>> decode("v=1&ziek=2026-01-05/2026-03-31,2026-04-21&rol=bureau")["case"]["periods"]
[{'start': '2026-01-05', 'end': '2026-03-31'}, {'start': '2026-04-21', 'end': None}]
>>> decode("v=1&ziek=2026-01-05&sanctie=2027-01-04")["case"]["loonsanctie"]
{'repaired': '2027-01-04'}
>>> decode("ziek=5-jan-2026")["case"]["periods"]  # as typed in the home page's three fields
[{'start': '2026-01-05', 'end': None}]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any
from urllib.parse import parse_qsl, quote

from .dates import parse_date, split_date
from .errors import CalculatorError
from .inputs import TABLE, Input, by_link, put
from .model import Case

MAX_FRAGMENT = 100_000  # the boundary refuses longer requests anyway
MAX_PAIRS = 200  # more key=value pairs than this: read the first ones, report the rest
MAX_VALUE = 2_000  # a value longer than this cannot be a valid one
MAX_PERIODS = 50
MAX_WEEK_DIGITS = 3
VERSION_KEY = "v"
_DATE = re.compile(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
#: The inputs a link carries, in the table's order (picked once, not per link written).
LINKED: tuple[Input, ...] = tuple(row for row in TABLE if row.link is not None)


# --- writing ------------------------------------------------------------------------------------


def _write(row: Input, value: Any) -> str | None:
    """The link text of a parsed value, or None when nothing needs to be written."""
    if value is None:
        return None
    if row.kind == "periods":
        return ",".join(
            p.start.isoformat() + (f"/{p.end.isoformat()}" if p.end else "") for p in value
        )
    if row.kind == "date":
        return str(value.isoformat())
    if row.kind == "date_range":
        return f"{value[0].isoformat()}/{value[1].isoformat()}"
    if row.kind == "flag":
        return "1" if bool(value) != bool(row.default) else None
    if row.kind == "choice":
        return str(value) if value in row.choices else None
    if row.kind == "text":
        return quote(str(value), safe="")
    return str(value)


def encode(
    case: Case, role: str | None = None, lang: str | None = None, *, personal: bool = True
) -> str:
    """The canonical fragment (without ``#``) for a case; with ``personal=False`` without the
    inputs that name or identify a person (the name, the date of birth): the fragment a page
    may write into its own address.

    >>> from calculator.model import read_case
    >>> case = read_case({"periods": [{"start": "2026-01-05"}], "label": "Jan",
    ...                   "birth_date": "1960-02-01"})
    >>> encode(case)
    'v=1&ziek=2026-01-05&geboren=1960-02-01&naam=Jan'
    >>> encode(case, personal=False)
    'v=1&ziek=2026-01-05'
    """
    request = {"role": role, "lang": lang}
    parts = [f"{VERSION_KEY}=1"]
    for row in LINKED:
        if row.personal and not personal:
            continue
        value: Any
        if row.scope == "request":
            value = request.get(row.key)
        elif row.kind == "periods":
            value = case.periods
        else:
            value = case.values.get(row.id)
        text = _write(row, value)
        if text is not None:
            parts.append(f"{row.link}={text}")
    return "&".join(parts)


# --- reading: shape only; the calculator checks the values afterwards -------------------------


def _date(text: str) -> str | None:
    return text if _DATE.match(text) else None


_ORDER = ("day", "month", "year")
_LOOSE_PARTS = re.compile(r"\A\s*(\S+?)\s*[-/ ]\s*(\S+?)\s*[-/ ]\s*(\S+?)\s*\Z")


def _iso_or_parts(parts: dict[str, str]) -> str | dict[str, str]:
    """ISO when the three parts make a date; else the parts as typed, so that the form shows
    them and the calculator's own check names the field and the part that is wrong."""
    try:
        return parse_date(parts, "periods.0.start").isoformat()
    except CalculatorError:
        return parts


def _typed(text: str) -> str | dict[str, str]:
    """A first sick day as typed on the home page, whose three fields arrive joined with "-"
    (``5-jan-2026``, ``31-nov.-2026``, ``19-okt.-26``), or a whole date typed into one of them
    (``12-03-2026--``). What makes a date comes back ISO; anything else comes back as the three
    parts as typed: never lost, never "the link is wrong"."""
    stripped = text.strip("- ")
    if _DATE.match(stripped) or not text:
        return stripped
    try:  # a whole date, in the three fields or in one of them
        return _iso_or_parts(split_date(stripped))
    except CalculatorError:
        pass
    pieces = text.split("-")
    if len(pieces) == len(_ORDER):
        typed = {part: piece.strip() for part, piece in zip(_ORDER, pieces, strict=True)}
        return _iso_or_parts(typed)
    loose = _LOOSE_PARTS.match(stripped.replace(".", " ") if "-" not in stripped else stripped)
    if loose is not None:
        return _iso_or_parts(dict(zip(_ORDER, loose.groups(), strict=True)))
    return {"day": stripped, "month": "", "year": ""}


def _read_periods(text: str) -> tuple[list[dict[str, Any]], bool]:
    """The periods whose start has the right shape, and whether every item had it (more than
    :data:`MAX_PERIODS` is reported too: nothing is dropped without saying so). A single date
    as typed (``ziek=5-jan-2026``, from the home page's three fields) is read by Python too."""
    periods: list[dict[str, Any]] = []
    items = text.split(",")
    if len(items) == 1 and "/" not in text and not _DATE.match(text):
        typed = _typed(text)
        if isinstance(typed, dict):  # the parts as typed: read_case reports what is wrong
            return [{"start": typed, "end": None}], True
        items = [typed]
    all_ok = len(items) <= MAX_PERIODS
    for item in items[:MAX_PERIODS]:
        start, _, end = item.partition("/")
        end_ok = not end or _date(end) is not None
        all_ok = all_ok and _date(start) is not None and end_ok
        if _date(start) is not None:
            periods.append({"start": start, "end": end if end and end_ok else None})
    return periods, all_ok


def _read_range(text: str) -> dict[str, str] | None:
    start, _, end = text.partition("/")
    if _date(start) is None or _date(end) is None:
        return None
    return {"start": start, "end": end}


def _read_weeks(text: str) -> str | None:
    ok = text.isascii() and text.isdigit() and len(text) <= MAX_WEEK_DIGITS
    return text if ok else None


READERS: dict[str, Callable[[str, Input], Any]] = {
    "date": lambda text, row: _date(text),
    "date_range": lambda text, row: _read_range(text),
    "flag": lambda text, row: (not row.default) if text == "1" else bool(row.default),
    "weeks": lambda text, row: _read_weeks(text),
    "choice": lambda text, row: text if text in row.choices else None,
    "text": lambda text, row: text or None,
}

#: Keys of older links that are read without complaint but mean nothing any more:
#: ``verlof_zelfde_oorzaak=1`` said what is now the default (the law presumes the same cause).
LEGACY_KEYS = frozenset({"verlof_zelfde_oorzaak"})


def _pair(piece: str) -> list[tuple[str, str]]:
    """One ``key=value`` of the fragment, percent-decoded (nothing for an empty piece)."""
    return parse_qsl(piece, keep_blank_values=True) if piece else []


def decode(fragment: Any) -> dict[str, Any]:
    """``{"case": {...}, "role": ..., "lang": ..., "bad_keys": [...]}`` from a fragment.

    Dates are checked for shape here only; the calculator checks them fully afterwards, so a
    partly wrong link still fills the form with what it can: every known key that reads is kept,
    whatever else the link holds, and the rest is reported."""
    bad: list[str] = []
    case: dict[str, Any] = {}
    result: dict[str, Any] = {"case": case, "role": None, "lang": None, "bad_keys": bad}
    if not isinstance(fragment, str) or len(fragment) > MAX_FRAGMENT:
        bad.append("fragment")
        return result
    pieces = fragment.lstrip("#").split("&")
    if len(pieces) > MAX_PAIRS:
        bad.append("fragment")
    pairs = [pair for piece in pieces[:MAX_PAIRS] for pair in _pair(piece)]
    for key, raw in pairs:
        if len(raw) > MAX_VALUE:
            bad.append(key[:20])
            continue
        rows = by_link(key)
        if not rows:
            if key != VERSION_KEY and key not in LEGACY_KEYS:
                bad.append(key[:20])
            continue
        text = raw.strip()
        if rows[0].kind == "periods":
            periods, all_ok = _read_periods(text)
            case[rows[0].key] = periods
            if not all_ok:
                bad.append(key)
            continue
        for row in rows:
            value = READERS[row.kind](text, row)
            if value is not None:
                if row.scope == "request":
                    result[row.key] = value
                else:
                    put(case, row.key, value)
                break
        else:
            bad.append(key)
    return result


def safe_key(key: str) -> str:
    """A key as it may be shown in a message: only letters, digits and underscores."""
    return quote(re.sub(r"[^a-z0-9_]", "", key.lower())[:20]) or "?"


__all__ = ["date", "decode", "encode", "safe_key"]
