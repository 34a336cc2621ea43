"""The one JSON boundary: JSON text in, JSON text out. The browser worker and the CLI use it.

Request::

    {"action": "calculate" | "ics" | "parse_fragment",   (default "calculate")
     "lang": "nl" | "en", "today": "YYYY-MM-DD", "role": "werkgever" | ...,
     "case": {"periods": [{"start": DATE, "end": DATE | null}, ...], ...},
     "fragment": "v=1&ziek=..."}

A DATE is ``"YYYY-MM-DD"`` or the three form fields as typed (``{"day", "month", "year"}``).
The full shape is documented in the README ("The JSON boundary").

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
from collections.abc import Mapping
from datetime import date
from typing import Any

from . import batch, exports, law, overview
from . import fragment as fragments
from .answer_leave import leave_line
from .dates import format_date, format_date_short, parse_date, split_date
from .engine import Milestone, Schedule, calculate
from .errors import (
    INTERNAL,
    INTERNAL_MESSAGE,
    CalculatorError,
    ErrorInfo,
    InputErrors,
    first_per_field,
)
from .explained import AT_STAKE, AT_STAKE_DEFAULT, EXPLAINED
from .explained import PAY as PAY_PAGE
from .inputs import CASE_INPUTS, INPUTS, NOUNS, Input
from .model import MAX_TEXT, Case, one_line, read_case
from .outcomes import outcomes_for
from .pay import pay_answers
from .roles import ACTION_STEPS, actions, step_words
from .rules import RULES_BY_ID, RULES_CHECKED
from .texts import fill, render
from .words import (
    AFTER_WEEK,
    DAY_1,
    DONE_ON,
    EXPLAIN,
    EXPLAIN_CHECKED,
    IF_RELAPSE,
    IN_TIME,
    LATE_BY,
    LATE_BY_ONE,
    NON_WORKING,
    NOTE,
    PICTURE_TEXT,
    RANGE,
    REASON,
    STATUS,
    WEEK,
    WEEKEND_DAY,
    WEEKS,
    WEEKS_UNIT,
    WINDOW_AHEAD,
    WINDOW_OPEN,
    YES,
    language,
    pick,
)

MAX_REQUEST = 6_000_000  # characters: a list of cases, or a file (base64) with the list it updates
MAX_DEPTH = 16  # nesting of objects and arrays; a case needs 4
ACTIONS = (
    "calculate",
    "ics",
    "parse_fragment",
    "split_date",
    "read_csv",
    "batch",
    "batch_ics",
    "batch_csv",
    "batch_xlsx",
)
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


def answer(request: Mapping[str, Any], lang: str = "nl") -> dict[str, Any]:
    """The answer to a parsed request (a dict); raises :class:`CalculatorError`."""
    action = request.get("action", "calculate")
    if action not in ACTIONS:
        raise CalculatorError("bad_request")
    if action == "parse_fragment":
        return parse_fragment(request.get("fragment"), lang)
    if action == "split_date":  # a whole date pasted into one of the three fields
        field = str(request.get("field") or "date")[:40]
        label = request.get("label")
        label = label if isinstance(label, str) and label in NOUNS else "date"
        return {"ok": True, "lang": lang, **split_date(request.get("text"), field, label)}
    today = _today(request.get("today"))
    if action == "read_csv":
        with_overview = request.get("overview") is True
        existing = request.get("existing")
        if existing is not None and (not isinstance(existing, list) or len(existing) > MAX_LIST):
            raise CalculatorError("bad_request")
        return read_csv_answer(
            request.get("data"), today, lang, overview=with_overview, existing=existing
        )
    if action in ("batch", "batch_ics", "batch_csv", "batch_xlsx"):
        return batch_answer(action, request, today, lang)
    case = read_case(request.get("case"))
    schedule = calculate(case, today)
    role = request.get("role") if request.get("role") in INPUTS["role"].choices else None
    if action == "ics":
        from .ics import to_ics

        return {
            "ok": True,
            "lang": lang,
            "filename": ics_filename(case),
            "ics": to_ics(schedule, lang),
        }
    return schedule_answer(schedule, lang, role)


def read_csv_answer(
    data: Any,
    today: date,
    lang: str,
    *,
    overview: bool = False,
    existing: list[Any] | None = None,
) -> dict[str, Any]:
    """A CSV or ``.xlsx`` file of cases (base64 of its bytes): the cases that read, and each
    problem; with ``overview`` each case also has its ``batch`` result (``ok``, ``overview``,
    ``fragment``); with ``existing`` (a list's dossiers) each case its ``match`` and the answer
    the dossiers no row matched (``missing``)."""
    if not isinstance(data, str):
        raise CalculatorError("bad_request")
    try:
        raw = base64.b64decode(data, validate=True)
    except (ValueError, binascii.Error):
        raise CalculatorError("bad_request") from None
    found = batch.read_file(raw, today, lang, overview=overview, existing=existing)
    answer = {
        "ok": True,
        "lang": lang,
        "cases": found.cases,
        "errors": found.errors,
        "encoding": found.encoding,
    }
    if existing is not None:
        answer["missing"] = found.missing
    return {**answer, **batch_day(today, lang)} if overview else answer


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
    that cannot be calculated gets its errors; the others go on."""
    cases = request.get("cases")
    if not isinstance(cases, list) or len(cases) > MAX_CASES:
        raise CalculatorError("bad_request")
    first, last = _part(request)
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
            results.append(
                {
                    "id": key,
                    "label": label,
                    "ok": True,
                    "overview": exports.overview_row(schedule, lang),
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


def schedule_answer(schedule: Schedule, lang: str, role: str | None = None) -> dict[str, Any]:
    """The JSON-ready answer for a schedule."""
    case, count = schedule.case, schedule.count
    today = schedule.today
    aow = schedule.aow
    return {
        "ok": True,
        "lang": lang,
        "today": today.isoformat(),
        "today_text": format_date(today, lang),
        "role": role,
        "milestones": [
            milestone_dict(schedule, m, lang, role) for m in by_date(schedule.milestones)
        ],
        "now": now_answer(schedule, lang),
        "picture": picture_answer(schedule, lang),
        "leave": leave_line(schedule, lang),
        "outcomes": [o.as_dict(lang, count.first_sick_day) for o in outcomes_for(schedule)],
        "counting": {
            "first_sick_day": count.first_sick_day.isoformat(),
            "first_sick_day_text": format_date(count.first_sick_day, lang),
            "sick_days": count.sick_days_until(today),
            "gap_days": count.gap_days,
            "week_today": schedule.week_today,
            "recovered_on": _iso(schedule.recovered_on),
            "relapse_until": _iso(schedule.relapse_until),
            "closed": schedule.closed,
            "facts": sorted(schedule.facts),
            "aow_date": None if aow is None else aow.date.isoformat(),
            "aow_date_text": None if aow is None else format_date(aow.date, lang),
            # not fixed in law yet (AOW art. 7a lid 2): the latest possible date plans the steps
            "aow_fixed": None if aow is None else aow.fixed,
            "aow_date_latest": None if aow is None else aow.latest.isoformat(),
        },
        "summary": summary(case, lang),
        "fragment": fragments.encode(case, role, lang),
        "page_fragment": fragments.encode(case, role, lang, personal=False),
    }


def by_date(milestones: tuple[Milestone, ...]) -> list[Milestone]:
    """In date order (a window by its last day); the table's order breaks ties."""
    return sorted(milestones, key=lambda m: m.date)


def now_answer(schedule: Schedule, lang: str) -> dict[str, Any]:
    """ "Nu en hierna": the regime in words, the next deadline and what needs attention."""
    return {
        **overview.now(schedule),
        "regime_text": overview.regime_text(schedule, lang),
        "pay": pay_answers(schedule, lang),
        "pay_explained": PAY_PAGE,
    }


def picture_answer(schedule: Schedule, lang: str) -> dict[str, Any]:
    """The picture's data with its text alternative."""
    data = overview.picture(schedule)
    start, end = date.fromisoformat(data["start"]), date.fromisoformat(data["end"])
    parts = [fill(pick(PICTURE_TEXT["span"], lang), {"start": start, "end": end}, lang)]
    for item in data["bands"]:
        dates = {"start": date.fromisoformat(item["start"]), "end": date.fromisoformat(item["end"])}
        item["text"] = fill(pick(PICTURE_TEXT[item["kind"]], lang), dates, lang)
        parts.append(item["text"])
    if data["today"] is not None:
        parts.append(fill(pick(PICTURE_TEXT["today"], lang), {"date": schedule.today}, lang))
    titles = {m.id: pick(m.rule.title, lang) for m in schedule.milestones}
    for mark in data["marks"]:
        mark["title"] = titles[mark["id"]]
        day = date.fromisoformat(mark["date"])
        mark["date_text"] = format_date(day, lang)
        mark["date_text_short"] = format_date_short(day, lang)
        parts.append(f"{mark['title']}: {mark['date_text']}")
    return {**data, "text": "; ".join(parts) + "."}


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def done_text(m: Milestone, lang: str) -> str | None:
    """ "Gedaan op maandag 20 februari 2026 — 5 dagen te laat" (or "— op tijd")."""
    if m.actual is None or not m.is_step:
        return None
    done = pick(DONE_ON, lang).format(date=format_date(m.actual, lang))
    if m.late_days is None:
        return f"{done} — {pick(IN_TIME, lang)}"
    late = LATE_BY_ONE if m.late_days == 1 else LATE_BY
    return f"{done} — {pick(late, lang).format(days=m.late_days)}"


def week_text(m: Milestone, lang: str) -> str | None:
    """The week: "week 6", "na week 42", "week 46–52", "dag 1" and English forms."""
    if m.rule.week_shown == "day_1":
        return pick(DAY_1, lang)
    if m.week is None:
        return None
    if m.rule.week_shown == "after":
        return pick(AFTER_WEEK, lang).format(week=m.week)
    if m.week_start is not None and m.week_start != m.week:
        return pick(WEEKS, lang).format(first=m.week_start, week=m.week)
    return pick(WEEK, lang).format(week=m.week)


def _non_working(m: Milestone, lang: str, today: date) -> dict[str, str] | None:
    """A deadline on a day without work, with the working day to plan it on; nothing when that
    working day has passed (an overdue step is never told to plan it on a day in the past)."""
    found = m.non_working_day
    if found is None or found.plan_on < today or m.status in ("done", "late", "overdue"):
        return None
    weekend = found.holiday is None
    if found.holiday is not None:
        reason = found.holiday.name(lang)
    else:
        reason = pick(WEEKEND_DAY[found.weekday], lang)
    plan_text = format_date(found.plan_on, lang)
    return {
        "reason": reason,
        "plan_on": found.plan_on.isoformat(),
        "plan_on_text": plan_text,
        "text": pick(NON_WORKING[weekend], lang).format(reason=reason, plan=plan_text),
    }


def window_text(m: Milestone, today: date, lang: str) -> str | None:
    """A window not yet done: "open now, until …" while today lies in it, else its span."""
    if m.rule.kind != "window" or m.start is None or m.status not in ("today", "soon", "later"):
        return None
    if m.start <= today:
        return fill(pick(WINDOW_OPEN, lang), {"date": m.date}, lang)
    return fill(pick(WINDOW_AHEAD, lang), {"start": m.start, "date": m.date}, lang)


def derivation(schedule: Schedule, m: Milestone, lang: str) -> list[str]:
    """How this date was calculated, one sentence per step, and who wins over it."""
    lines = []
    for code, params in schedule.derivation(m):
        values = dict(params)
        if "step" in values:
            values["step"] = [RULES_BY_ID[str(values["step"])].title]
        lines.append(fill(pick(EXPLAIN[code], lang), values, lang, schedule.count.first_sick_day))
    checked = {"checked": RULES_CHECKED}
    return [*lines, fill(pick(EXPLAIN_CHECKED, lang), checked, lang)]


def letter_known(schedule: Schedule) -> bool:
    """The visitor said what UWV's WIA letter was (its date, or that no letter came): the WIA
    application's words then no longer ask for it."""
    application = schedule.context.application if schedule.context else None
    return application is not None and bool(application.letter or application.no_letter)


def milestone_dict(
    schedule: Schedule, m: Milestone, lang: str, role: str | None = None
) -> dict[str, Any]:
    rule = m.rule
    on = schedule.count.first_sick_day  # the texts say the law of this case's first sick day

    def text(pair: tuple[str, str]) -> str:
        return render(pick(pair, lang), rule.id, on)

    def note(code: str) -> str:
        params = {"recorded": m.recorded, "first": schedule.count.first_sick_day}
        return fill(pick(NOTE[code], lang), params, lang, on)

    indication_parts = [text(rule.indication)] if rule.indication else []
    indication_parts += [text(REASON[code]) for code in m.reasons]
    needs_action = m.status in ("late", "overdue") and rule.id in ACTION_STEPS
    # What to do and what is at stake: for the role asked (the view "everyone": the role that
    # carries the duty), and every role's own words under ``actions``.
    known = letter_known(schedule)
    own = step_words(rule.id, role, m.status, lang, on, known) if needs_action else {}
    window = window_text(m, schedule.today, lang)
    relapse = m.if_relapse_before
    return {
        "id": rule.id,
        "kind": rule.kind,
        "date": m.date.isoformat(),
        "date_text": format_date(m.date, lang),
        "date_text_short": format_date_short(m.date, lang),
        "start": None if m.start is None else m.start.isoformat(),
        "start_text": None if m.start is None else format_date(m.start, lang),
        "week": m.week,
        "week_start": m.week_start,
        "week_text": week_text(m, lang),
        "day": m.day,
        "actor": rule.actor,
        "actor_text": pick(rule.actor_text, lang),
        "roles": list(rule.roles),
        "title": pick(rule.title, lang),
        "text": text(rule.text),
        "todo": {role: text(words) for role, words in rule.todo.items()},
        "sources": [s.as_dict(lang) for s in rule.sources],
        "explained": EXPLAINED.get(rule.id),
        "indication": m.indication,
        "indication_text": " ".join(indication_parts) or None,
        "status": m.status,
        "status_text": pick(STATUS[m.status], lang),
        "step": m.is_step,
        "late_days": m.late_days,
        "done_text": done_text(m, lang),
        "overdue_text": own.get("overdue_text"),
        "risk": own.get("risk"),
        "risk_sources": own.get("risk_sources", []),
        "risk_explained": AT_STAKE.get(rule.id, AT_STAKE_DEFAULT) if needs_action else None,
        "do_now": own.get("do_now"),
        "actions": actions(rule.id, rule.roles, m.status, lang, on, known) if needs_action else {},
        "notes": [{"code": code, "text": note(code)} for code in m.notes],
        "if_relapse_before": _iso(relapse),
        "relapse_text": None
        if relapse is None
        else fill(pick(IF_RELAPSE, lang), {"date": relapse}, lang),
        "non_working_day": _non_working(m, lang, schedule.today),
        "window_text": window,
        "window_open": window is not None and m.start is not None and m.start <= schedule.today,
        "derivation": derivation(schedule, m, lang),
        "actual": _iso(m.actual),
        "occurrences": [
            {"date": d.isoformat(), "date_text": format_date(d, lang)} for d in m.occurrences
        ],
    }


def _value_text(row: Input, value: Any, lang: str) -> str:
    if row.kind == "date":
        return format_date(value, lang)
    if row.kind == "date_range":
        return RANGE.format(start=format_date(value[0], lang), end=format_date(value[1], lang))
    if row.kind == "weeks":
        return f"{value} {pick(WEEKS_UNIT, lang)}"
    if row.kind == "flag":
        return pick(YES, lang)
    return str(value)


def summary(case: Case, lang: str) -> list[dict[str, str]]:
    """The "check your answers" rows, each with the field to change, in the table's order."""
    rows: list[dict[str, str]] = []
    parts = INPUTS["periods"].parts
    for index, period in enumerate(case.periods):
        label = parts["first" if index == 0 else "start"].summary
        assert label is not None
        rows.append(
            {
                "field": f"periods.{index}.start",
                "label": pick(label, lang),
                "value": format_date(period.start, lang),
            }
        )
        if period.end is not None:
            end_label = parts["end"].summary
            assert end_label is not None
            rows.append(
                {
                    "field": f"periods.{index}.end",
                    "label": pick(end_label, lang),
                    "value": format_date(period.end, lang),
                }
            )
    for row in CASE_INPUTS:
        part = row.parts.get("")
        if row.id not in case.values or part is None or part.summary is None:
            continue
        first_part = "start" if row.kind == "date_range" else ""
        rows.append(
            {
                "field": row.field(first_part),
                "label": pick(part.summary, lang),
                "value": _value_text(row, case.values[row.id], lang),
            }
        )
    return rows


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


__all__ = ["answer", "handle"]
