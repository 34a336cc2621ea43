"""The one JSON boundary: JSON text in, JSON text out. The browser worker and the CLI use it.

Request::

    {"action": ACTION, "lang": "nl" | "en", "today": "YYYY-MM-DD", ...}

The actions are the table :data:`ACTIONS`, each with its handler: ``calculate`` (the default:
a case in, its schedule out, shaped by :mod:`calculator.answer`), ``ics``, ``parse_fragment``,
``split_date``, ``read_csv`` and the batch actions ``batch``, ``batch_ics``, ``batch_csv``,
``batch_xlsx``. A case is ``{"periods": [{"start": DATE, "end": DATE | null}, ...], ...}``; a
DATE is ``"YYYY-MM-DD"`` or the three form fields as typed (``{"day", "month", "year"}``).
The full shape is documented in site_config/maintainers/architecture.md ("The JSON boundary").

Whatever arrives, the answer is JSON: ``{"ok": true, ...}`` or
``{"ok": false, "errors": [{"code", "field", "part", "message"}, ...]}``. Never a traceback.
An input the calculator cannot accept is a :class:`~calculator.errors.CalculatorError` with its
own code and field; anything else is a fault of ours, answered with the one code ``internal``
and a calm message in the visitor's language (the page keeps the form and offers the timeline).

>>> import json
>>> request = {"today": "2026-11-23", "case": {"periods": [{"start": "2026-01-05"}]}}
>>> answer = json.loads(handle(json.dumps(request)))
>>> [m["date"] for m in answer["milestones"] if m["id"] == "wia_aanvraag"]
['2027-10-17']
>>> json.loads(handle("junk"))["errors"][0]["code"]
'bad_request'
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from . import fragment as fragments
from . import law
from .answer import schedule_answer
from .dates import format_date, parse_date, split_date
from .engine import Schedule, calculate
from .errors import (
    INTERNAL,
    INTERNAL_MESSAGE,
    CalculatorError,
    ErrorInfo,
    InputErrors,
    first_per_field,
)
from .inputs import INPUTS, NOUNS
from .model import MAX_TEXT, Case, one_line, read_case
from .words import language, pick

Answer = dict[str, Any]

MAX_REQUEST = 6_000_000  # characters: a list of cases, or a file (base64) with the list it updates
MAX_DEPTH = 16  # nesting of objects and arrays; a case needs 4
MAX_CASES = 2000  # cases in one batch request; a longer list is sent in parts
MAX_PARTS = 1000  # parts of one export
MAX_LIST = 20_000  # dossiers of a list a file is read against (``existing``)


def handle(text: Any) -> str:
    """The boundary itself: never raises, always returns JSON text."""
    lang = "nl"
    try:
        request = _load(text)
        lang = language(request.get("lang"))
        return _dump(answer(request, lang))
    except CalculatorError as error:
        return _dump(error_answer(error, lang))
    except Exception:  # a fault of ours: say so calmly, never a traceback
        return _dump(internal_answer(lang))


def _load(text: Any) -> dict[str, Any]:
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    if not isinstance(text, str) or len(text) > MAX_REQUEST or nesting(text) > MAX_DEPTH:
        raise CalculatorError("bad_request")
    try:
        request = json.loads(text)
    except (ValueError, RecursionError):
        raise CalculatorError("bad_request") from None
    if not isinstance(request, dict):
        raise CalculatorError("bad_request")
    return request


def nesting(text: str) -> int:
    """How deeply objects and arrays nest in a JSON text, found without parsing it: a request
    nested thousands deep must be refused before the parser recurses (in Pyodide a stack
    overflow there breaks the runtime for every later request).

    >>> nesting('{"case": {"periods": [{"start": "2026-01-05"}]}}'), nesting('"[[["')
    (4, 0)
    """
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _dump(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False)


def error_answer(error: CalculatorError, lang: str) -> dict[str, Any]:
    errors = error.errors if isinstance(error, InputErrors) else [error]
    return {
        "ok": False,
        "lang": lang,
        "errors": [e.info(lang).as_dict() for e in first_per_field(errors)],
    }


def internal_answer(lang: str) -> dict[str, Any]:
    """The answer when something went wrong on our side (code ``internal``)."""
    info = ErrorInfo(INTERNAL, "request", pick(INTERNAL_MESSAGE, lang))
    return {"ok": False, "lang": lang, "errors": [info.as_dict()]}


def answer(request: Mapping[str, Any], lang: str = "nl") -> Answer:
    """The answer to a parsed request (a dict); raises :class:`CalculatorError`."""
    action = request.get("action", "calculate")
    if not isinstance(action, str) or action not in ACTIONS:
        raise CalculatorError("bad_request")
    return ACTIONS[action](request, lang)


def _calculate(request: Mapping[str, Any], lang: str) -> Answer:
    today = _today(request.get("today"))
    schedule = calculate(read_case(request.get("case")), today)
    role = request.get("role") if request.get("role") in INPUTS["role"].choices else None
    return schedule_answer(schedule, lang, role)


def _ics(request: Mapping[str, Any], lang: str) -> Answer:
    from .ics import to_ics  # the calendar's library loads only when a calendar is asked for

    today = _today(request.get("today"))
    case = read_case(request.get("case"))
    schedule = calculate(case, today)
    return {"ok": True, "lang": lang, "filename": ics_filename(case), "ics": to_ics(schedule, lang)}


def _split_date(request: Mapping[str, Any], lang: str) -> Answer:
    """A whole date pasted into one of the three fields."""
    field = str(request.get("field") or "date")[:40]
    label = request.get("label")
    label = label if isinstance(label, str) and label in NOUNS else "date"
    return {"ok": True, "lang": lang, **split_date(request.get("text"), field, label)}


def _read_csv(request: Mapping[str, Any], lang: str) -> Answer:
    today = _today(request.get("today"))
    existing = request.get("existing")
    if existing is not None and (not isinstance(existing, list) or len(existing) > MAX_LIST):
        raise CalculatorError("bad_request")
    with_overview = request.get("overview") is True
    return read_csv_answer(
        request.get("data"),
        today,
        lang,
        overview=with_overview,
        existing=existing,
        compact=request.get("compact") is True,
    )


def _batch(request: Mapping[str, Any], lang: str) -> Answer:
    today = _today(request.get("today"))
    return batch_answer(str(request.get("action")), request, today, lang)


def read_csv_answer(
    data: Any,
    today: date,
    lang: str,
    *,
    overview: bool = False,
    existing: list[Any] | None = None,
    compact: bool = False,
) -> dict[str, Any]:
    """A CSV or ``.xlsx`` file of cases (base64 of its bytes): the cases that read, and each
    problem; with ``overview`` each case also has its ``batch`` result (``ok``, ``overview``,
    ``fragment``), with ``compact`` in the short shape of :func:`batch_answer`; with
    ``existing`` (a list's dossiers) each case its ``match`` and the answer the dossiers no
    row matched (``missing``)."""
    if not isinstance(data, str):
        raise CalculatorError("bad_request")
    try:
        raw = base64.b64decode(data, validate=True)
    except (ValueError, binascii.Error):
        raise CalculatorError("bad_request") from None
    from . import batch  # only Meerdere dossiers reads files: the first answer never waits for it
    from .exports import StepWords

    words = StepWords(lang) if overview else None
    found = batch.read_file(
        raw, today, lang, overview=words, existing=existing, whole=overview and not compact
    )
    answer = {
        "ok": True,
        "lang": lang,
        "cases": found.cases,
        "errors": found.errors,
        "encoding": found.encoding,
    }
    if existing is not None:
        answer["missing"] = found.missing
    if words is None:
        return answer
    tables = words.tables() if compact else {}
    return {**answer, **batch_day(today, lang), **tables}


def batch_day(today: date, lang: str) -> dict[str, Any]:
    """The day an overview was calculated for, and what "soon" means in it."""
    return {
        "today": today.isoformat(),
        "today_text": format_date(today, lang),
        "soon_days": law.SOON.days,
    }


def _part(request: Mapping[str, Any]) -> tuple[bool, bool]:
    """(first, last): which part of an export this request is (a whole one by default)."""
    part, parts = request.get("part", 0), request.get("parts", 1)
    if (
        not isinstance(part, int)
        or not isinstance(parts, int)
        or isinstance(part, bool)
        or isinstance(parts, bool)
        or not 0 <= part < parts <= MAX_PARTS
    ):
        raise CalculatorError("bad_request")
    return part == 0, part == parts - 1


def batch_answer(action: str, request: Mapping[str, Any], today: date, lang: str) -> dict[str, Any]:
    """Many cases in one request: the overview line of each, or one calendar, or one CSV or
    spreadsheet of every deadline (in parts for a long list: ``part`` of ``parts``). A case
    that cannot be calculated gets its errors; the others go on.

    With ``compact`` (the page asks so) each overview line names its steps by id and the
    answer carries their words once (``steps``, ``status_text``: :class:`StepWords`);
    without it every step is whole in every line (the CLI's JSON)."""
    from . import batch, exports  # as in read_csv_answer: the calculator's page never needs them

    cases = request.get("cases")
    if not isinstance(cases, list) or len(cases) > MAX_CASES:
        raise CalculatorError("bad_request")
    first, last = _part(request)
    compact = request.get("compact") is True
    words = exports.StepWords(lang)
    results: list[dict[str, Any]] = []
    good: list[tuple[str, str, Schedule]] = []
    for item in cases:
        if not isinstance(item, Mapping):
            results.append(
                {"id": "", "label": "", **error_answer(CalculatorError("bad_request"), lang)}
            )
            continue
        label = one_line(str(item.get("label") or ""))[:MAX_TEXT]
        number = one_line(str(item.get("number") or ""))[: batch.MAX_NUMBER]
        key = str(item.get("id") or "")[:40]
        try:
            schedule = calculate(read_case(item.get("case")), today)
        except CalculatorError as error:
            results.append({"id": key, "label": label, **error_answer(error, lang)})
            continue
        good.append((label, number, schedule))
        if action == "batch":
            line = words.line(schedule)
            results.append(
                {
                    "id": key,
                    "label": label,
                    "ok": True,
                    "overview": line if compact else words.whole(line),
                    "fragment": fragments.encode(schedule.case, None, None),
                    "page_fragment": fragments.encode(schedule.case, None, None, personal=False),
                }
            )
    if action == "batch_ics":
        from .ics import to_ics_many

        text = to_ics_many([(label, s) for label, _, s in good], lang)
        name = "spoorwijzer-dossiers.ics"
        ics = exports.ics_part(text, first=first, last=last)
        return {"ok": True, "lang": lang, "filename": name, "ics": ics}
    if action == "batch_csv":
        name = pick(("spoorwijzer-termijnen.csv", "spoorwijzer-deadlines.csv"), lang)
        table = exports.deadlines_csv(good, lang, first=first)
        return {"ok": True, "lang": lang, "filename": name, "csv": table}
    if action == "batch_xlsx":
        from . import xlsx

        name = pick(("spoorwijzer-dossiers.xlsx", "spoorwijzer-cases.xlsx"), lang)
        data = xlsx.export_part(good, today, lang, first=first, last=last)
        return {"ok": True, "lang": lang, "filename": name, "xlsx": data, "done": last}
    return {
        "ok": True,
        "lang": lang,
        **batch_day(today, lang),
        "results": results,
        **(words.tables() if compact else {}),
    }


#: The last "today" the calculator accepts: a case that starts near the year 9999 would run
#: past the last date Python can hold (the 104 weeks, the extensions, ten years of checks).
LAST_TODAY = date(9899, 12, 31)


def _today(value: Any) -> date:
    if value is None or value == "":
        return date.today()
    day = parse_date(value, "today", "today")
    if day > LAST_TODAY:
        raise CalculatorError("bad_request", "today")
    return day


def ics_filename(case: Case) -> str:
    return f"spoorwijzer-{case.first_sick_day.isoformat()}.ics"


def parse_fragment(fragment: Any, lang: str) -> dict[str, Any]:
    """Read a share link. Returns what is valid and reports the rest; never fails."""
    decoded = fragments.decode(fragment)
    lang = decoded["lang"] or lang
    errors: list[dict[str, Any]] = []
    if decoded["bad_keys"]:
        detail = ", ".join(sorted({fragments.safe_key(k) for k in decoded["bad_keys"]}))
        errors.append(
            CalculatorError("bad_fragment", "fragment", detail=detail).info(lang).as_dict()
        )
    case = decoded["case"]
    try:
        checked = read_case(case)
    except CalculatorError as error:
        sub = error.errors if isinstance(error, InputErrors) else [error]
        errors += [
            e.info(lang).as_dict()
            for e in sub
            if not (e.code == "periods_missing" and not decoded["bad_keys"] and not case)
        ]
        checked = None
    if checked is None and not case.get("periods"):
        case.pop("periods", None)
    return {
        "ok": not errors,
        "lang": lang,
        "role": decoded["role"],
        "case": case,
        "complete": checked is not None,
        "errors": errors,
    }


#: Every action with its handler: the one place that says what the boundary answers.
ACTIONS: dict[str, Callable[[Mapping[str, Any], str], Answer]] = {
    "calculate": _calculate,
    "ics": _ics,
    "parse_fragment": lambda request, lang: parse_fragment(request.get("fragment"), lang),
    "split_date": _split_date,
    "read_csv": _read_csv,
    "batch": _batch,
    "batch_ics": _batch,
    "batch_csv": _batch,
    "batch_xlsx": _batch,
}

__all__ = ["ACTIONS", "answer", "handle"]
